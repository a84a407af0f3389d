"""Speculative final transcripts: started at a pause, discarded when speech resumes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator

import pytest

from wanees.conversation.transcriber import UtteranceTranscriber
from wanees.engines.base import STT, EngineError, Transcript

FRAME = bytes(640)  # 20 ms of PCM16 at 16 kHz


class RecordingSTT(STT):
    """Each stream's final says how many bytes it heard; a partial after the first frame."""

    name = "recording"

    def __init__(self, *, fail: bool = False) -> None:
        self.streams: list[int] = []  # bytes heard per stream, in order of opening
        self.ended: list[bool] = []  # whether each stream's audio ended
        self.release = asyncio.Event()  # finals wait for this, like a decode in progress
        self.release.set()
        self.fail = fail

    async def transcribe(
        self, audio: AsyncIterable[bytes], *, language: str | None = None
    ) -> AsyncIterator[Transcript]:
        index = len(self.streams)
        self.streams.append(0)
        self.ended.append(False)
        async for chunk in audio:
            if self.fail:
                raise EngineError("broken")
            self.streams[index] += len(chunk)
            if self.streams[index] == len(chunk):
                yield Transcript(f"partial {index}", final=False)
        self.ended[index] = True
        await self.release.wait()
        yield Transcript(f"heard {self.streams[index]}", final=True, language=language)


async def _settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


async def test_without_pauses_one_stream_hears_the_whole_utterance() -> None:
    stt, partials = RecordingSTT(), []

    async def on_partial(text: str) -> None:
        partials.append(text)

    utterance = UtteranceTranscriber(stt, "ar", on_partial)
    for _ in range(5):
        utterance.feed(FRAME)
    await _settle()
    assert stt.ended == [False]  # still listening: no final decode yet
    utterance.end()
    text, _ = await utterance.result()
    assert text == f"heard {5 * len(FRAME)}"
    assert partials == ["partial 0"]


async def test_final_decode_starts_at_the_pause_and_is_used_when_the_turn_ends() -> None:
    stt = RecordingSTT()
    stt.release.clear()
    utterance = UtteranceTranscriber(stt, "ar", _ignore)
    for _ in range(5):
        utterance.feed(FRAME)
    utterance.pause()
    await _settle()
    assert stt.ended == [True]  # the engine is decoding while the hangover runs
    for _ in range(3):  # the hangover's silence
        utterance.feed(FRAME)
    utterance.end()
    stt.release.set()
    text, _ = await utterance.result()
    assert len(stt.streams) == 1  # no second decode after the end of speech
    assert text == f"heard {5 * len(FRAME)}"
    assert utterance.speculations == 1


async def test_speech_after_a_pause_discards_the_speculation_and_hears_everything() -> None:
    stt, partials = RecordingSTT(), []

    async def on_partial(text: str) -> None:
        partials.append(text)

    stt.release.clear()
    utterance = UtteranceTranscriber(stt, "ar", on_partial)
    for _ in range(4):
        utterance.feed(FRAME)
    utterance.pause()
    await _settle()
    assert stt.ended == [True]
    utterance.feed(FRAME)  # silence during the pause
    utterance.resume()
    for _ in range(3):
        utterance.feed(FRAME)
    await _settle()
    utterance.end()
    stt.release.set()
    text, _ = await utterance.result()
    assert stt.streams == [4 * len(FRAME), 8 * len(FRAME)]
    assert text == f"heard {8 * len(FRAME)}"  # everything, the pause's audio included
    assert "partial 1" in partials


async def test_a_failing_engine_fails_the_utterance_before_it_ends() -> None:
    utterance = UtteranceTranscriber(RecordingSTT(fail=True), "ar", _ignore)
    utterance.feed(FRAME)
    with pytest.raises(EngineError):
        await asyncio.wait_for(utterance.result(), timeout=5)


async def test_a_discarded_speculation_that_fails_does_not_fail_the_turn() -> None:
    class FailsFirstFinal(RecordingSTT):
        async def transcribe(
            self, audio: AsyncIterable[bytes], *, language: str | None = None
        ) -> AsyncIterator[Transcript]:
            first = not self.streams
            async for transcript in super().transcribe(audio, language=language):
                if first and transcript.final:
                    raise EngineError("stale decode failed")
                yield transcript

    stt = FailsFirstFinal()
    stt.release.clear()
    utterance = UtteranceTranscriber(stt, "ar", _ignore)
    utterance.feed(FRAME)
    utterance.pause()
    stt.release.set()
    await _settle()  # the speculative final fails while the hangover runs
    utterance.resume()
    utterance.feed(FRAME)
    await _settle()
    utterance.end()
    text, _ = await utterance.result()
    assert text == f"heard {2 * len(FRAME)}"


async def _ignore(_text: str) -> None:
    return None
