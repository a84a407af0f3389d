from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Sequence

import pytest

from wanees.engines.base import (
    LLM,
    STT,
    TTS,
    ChatMessage,
    EngineError,
    GenerationOptions,
    SynthesisOptions,
    Transcript,
)
from wanees.engines.fallback import AllEnginesFailedError, FallbackLLM, FallbackSTT, FallbackTTS

MESSAGES = [ChatMessage("user", "هلا")]
OPTIONS = GenerationOptions()


class ScriptedLLM(LLM):
    """Yields ``tokens``; ``hang_first`` never yields; ``fail_after`` raises after n tokens."""

    def __init__(
        self,
        name: str,
        tokens: Sequence[str] = ("a", "b", "c"),
        *,
        hang_first: bool = False,
        fail_after: int | None = None,
    ) -> None:
        self.name = name
        self.tokens = tokens
        self.hang_first = hang_first
        self.fail_after = fail_after
        self.calls = 0
        self.closed = 0

    async def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        self.calls += 1
        try:
            if self.hang_first:
                await asyncio.Event().wait()
            for i, token in enumerate(self.tokens):
                if self.fail_after is not None and i == self.fail_after:
                    raise EngineError(f"{self.name} broke")
                yield token
        finally:
            self.closed += 1


async def collect(stream: AsyncIterator[str]) -> list[str]:
    return [item async for item in stream]


async def test_single_engine_is_a_pass_through() -> None:
    only = ScriptedLLM("only")
    assert await collect(FallbackLLM([only], 1.0).stream_chat(MESSAGES, OPTIONS)) == ["a", "b", "c"]
    assert only.calls == 1


async def test_timeout_on_first_item_falls_to_the_next_engine() -> None:
    slow, good = ScriptedLLM("slow", hang_first=True), ScriptedLLM("good", ["x", "y"])
    adapter = FallbackLLM([slow, good], timeout_s=0.05)
    assert await collect(adapter.stream_chat(MESSAGES, OPTIONS)) == ["x", "y"]
    assert slow.calls == 1 and slow.closed == 1  # the hung attempt was stopped, not leaked
    assert good.calls == 1


async def test_error_before_first_item_falls_to_the_next_engine() -> None:
    broken, good = ScriptedLLM("broken", fail_after=0), ScriptedLLM("good", ["x"])
    adapter = FallbackLLM([broken, good], timeout_s=1.0)
    assert await collect(adapter.stream_chat(MESSAGES, OPTIONS)) == ["x"]


async def test_no_retry_once_output_went_out() -> None:
    flaky, spare = ScriptedLLM("flaky", fail_after=1), ScriptedLLM("spare")
    adapter = FallbackLLM([flaky, spare], timeout_s=1.0)
    got: list[str] = []
    with pytest.raises(EngineError):
        async for token in adapter.stream_chat(MESSAGES, OPTIONS):
            got.append(token)
    assert got == ["a"]
    assert spare.calls == 0


async def test_all_engines_failing_raises_one_engine_error() -> None:
    adapter = FallbackLLM(
        [ScriptedLLM("one", fail_after=0), ScriptedLLM("two", hang_first=True)], timeout_s=0.05
    )
    with pytest.raises(AllEnginesFailedError, match=r"one.*two"):
        await collect(adapter.stream_chat(MESSAGES, OPTIONS))


class RecordingSTT(STT):
    def __init__(self, name: str, fail: bool) -> None:
        self.name = name
        self.fail = fail
        self.heard: list[bytes] = []

    async def transcribe(
        self, audio: AsyncIterable[bytes], *, language: str | None = None
    ) -> AsyncIterator[Transcript]:
        async for chunk in audio:
            self.heard.append(chunk)
        if self.fail:
            raise EngineError("no")
        yield Transcript(f"{self.name}:{len(self.heard)}", final=True)


async def test_stt_fallback_replays_the_whole_utterance() -> None:
    chunks = [bytes([i]) * 640 for i in range(5)]

    async def audio() -> AsyncIterator[bytes]:
        for chunk in chunks:
            await asyncio.sleep(0)
            yield chunk

    first, second = RecordingSTT("first", fail=True), RecordingSTT("second", fail=False)
    adapter = FallbackSTT([first, second], timeout_s=1.0)
    results = [t async for t in adapter.transcribe(audio())]
    assert [r.text for r in results] == ["second:5"]
    assert first.heard == chunks and second.heard == chunks


async def test_stt_timeout_starts_only_after_the_input_ends() -> None:
    # The utterance lasts longer than the timeout; the engine answers right after it ends.
    async def audio() -> AsyncIterator[bytes]:
        for _ in range(4):
            await asyncio.sleep(0.05)
            yield b"\x00" * 640

    only = RecordingSTT("only", fail=False)
    results = [t async for t in FallbackSTT([only], timeout_s=0.1).transcribe(audio())]
    assert [r.text for r in results] == ["only:4"]


class ChunkTTS(TTS):
    def __init__(self, name: str, *, fail_after: int | None = None) -> None:
        self.name = name
        self.fail_after = fail_after
        self.calls = 0

    async def synthesize(self, text: str, options: SynthesisOptions) -> AsyncIterator[bytes]:
        self.calls += 1
        for i in range(3):
            if self.fail_after is not None and i == self.fail_after:
                raise EngineError("tts broke")
            yield bytes([i]) * 320


async def test_tts_falls_back_before_audio_but_not_after() -> None:
    spare = ChunkTTS("spare")
    early = FallbackTTS([ChunkTTS("early", fail_after=0), spare], timeout_s=1.0)
    assert len([c async for c in early.synthesize("هلا", SynthesisOptions())]) == 3
    late = FallbackTTS([ChunkTTS("late", fail_after=2), spare], timeout_s=1.0)
    got: list[bytes] = []
    with pytest.raises(EngineError):
        async for chunk in late.synthesize("هلا", SynthesisOptions()):
            got.append(chunk)
    assert len(got) == 2 and spare.calls == 1
