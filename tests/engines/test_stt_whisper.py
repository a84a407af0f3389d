"""Whisper base through faster-whisper, on real Arabic clips (real model: slow)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

import pytest
from tests.engines.conftest import eval_clip, reference

from wanees.config import Settings
from wanees.engines.base import Transcript
from wanees.engines.stt.whisper import WhisperSTT, clean_text

pytestmark = pytest.mark.slow
CHUNK = 3200  # 100 ms of PCM16


def _normalise(text: str) -> str:
    text = re.sub(r"[\u064B-\u0652\u0670\u0640]", "", text)  # diacritics, tatweel
    text = re.sub("[إأآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _cer(ref: str, hyp: str) -> float:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))


@pytest.fixture(scope="module")
def stt() -> WhisperSTT:
    return WhisperSTT(Settings(stt={"partials": True, "partial_interval_s": 1.0}))


async def _chunks(pcm: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(pcm), CHUNK):
        yield pcm[start : start + CHUNK]


async def _collect(stt: WhisperSTT, audio: AsyncIterator[bytes]) -> list[Transcript]:
    return [t async for t in stt.transcribe(audio, language="ar")]


async def test_real_clip_final_transcript_is_close_to_the_reference(stt: WhisperSTT) -> None:
    clip = eval_clip("habibi_gulf.wav")
    results = await _collect(stt, _chunks(clip.tobytes()))
    final = results[-1]
    assert final.final and sum(t.final for t in results) == 1
    assert re.search(r"[\u0600-\u06FF]", final.text), final.text
    assert final.audio_duration == pytest.approx(len(clip) / 16_000, abs=0.01)
    cer = _cer(_normalise(reference("habibi_gulf.wav")), _normalise(final.text))
    print(f"CER {cer:.2f}: {final.text}")
    assert cer < 0.6


async def test_long_utterance_yields_partials_then_exactly_one_final() -> None:
    # Greedy final: this test is about the shape of the stream, not accuracy (model is shared).
    stt = WhisperSTT(Settings(stt={"partials": True, "partial_interval_s": 1.0, "beam_size": 1}))
    pcm = eval_clip("habibi_gulf.wav").tobytes()
    seen_partial = asyncio.Event()

    async def audio() -> AsyncIterator[bytes]:
        for start in range(0, len(pcm), CHUNK):
            yield pcm[start : start + CHUNK]
            if start == 20 * CHUNK:  # 2 s in: hold the rest until a partial has come out
                await asyncio.wait_for(seen_partial.wait(), timeout=60)

    results: list[Transcript] = []
    async for transcript in stt.transcribe(audio(), language="ar"):
        results.append(transcript)
        if not transcript.final:
            seen_partial.set()
    partials = [t for t in results if not t.final]
    assert partials and all(t.text for t in partials)
    assert [t.final for t in results].count(True) == 1 and results[-1].final
    assert results[-1].audio_duration > partials[0].audio_duration
    assert re.search(r"[\u0600-\u06FF]", results[-1].text)


async def test_partials_disabled_gives_only_the_final() -> None:
    quiet = WhisperSTT(Settings(stt={"partials": False, "beam_size": 1}))
    results = await _collect(quiet, _chunks(eval_clip("habibi_uae.wav").tobytes()))
    assert len(results) == 1 and results[0].final and results[0].text


async def test_mixed_language_setting_reports_the_detected_language() -> None:
    mixed = WhisperSTT(Settings(stt={"language": "mixed", "partials": False, "beam_size": 1}))
    results = await _collect_any(mixed, _chunks(eval_clip("habibi_irq.wav").tobytes()))
    assert results[-1].final and results[-1].language == "ar" and results[-1].text


async def _collect_any(stt: WhisperSTT, audio: AsyncIterator[bytes]) -> list[Transcript]:
    return [t async for t in stt.transcribe(audio)]


async def test_empty_and_click_length_input_give_an_empty_final(stt: WhisperSTT) -> None:
    assert await _collect(stt, _chunks(b"")) == [Transcript("", True, "ar", 0.0)]
    results = await _collect(stt, _chunks(bytes(1600)))  # 50 ms
    assert [(t.text, t.final) for t in results] == [("", True)]


def test_subtitle_credit_hallucinations_are_dropped() -> None:
    assert clean_text(" ترجمة نانسي قنقر ") == ""
    assert clean_text("شكرا للمشاهدة.") == ""
    assert clean_text(" شكرا  لك ") == "شكرا لك"


def test_encoder_window_covers_the_utterance_plus_padding() -> None:
    trimmed = WhisperSTT(Settings(stt={"window_pad_s": 1.0}))
    assert trimmed._window_frames(5 * 16_000) == 600  # 10 ms frames: 5 s of speech + 1 s
    assert trimmed._window_frames(16_000 * 3 // 2 + 1) == 252  # rounded up, even
    assert trimmed._window_frames(29 * 16_000) is None  # as long as Whisper's own window
    assert WhisperSTT(Settings(stt={"full_window": True}))._window_frames(16_000) is None


async def test_trimmed_and_full_window_agree_on_a_read_sentence() -> None:
    # The MSA clip is clear read speech: encoding 30 s or the utterance must hear the same.
    pcm = eval_clip("asc_train_0003.wav").tobytes()
    texts = []
    for full in (True, False):
        engine = WhisperSTT(Settings(stt={"full_window": full, "partials": False}))
        texts.append(_normalise((await _collect(engine, _chunks(pcm)))[-1].text))
    ref = _normalise(reference("asc_train_0003.wav"))
    assert _cer(ref, texts[1]) <= _cer(ref, texts[0]) + 0.05, texts
