"""espeak-ng + MBROLA ar2 speech: real programs, plus a stand-in process for the streaming."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import numpy as np
import pytest

from wanees.config import Settings
from wanees.engines.base import SynthesisOptions
from wanees.engines.tts import espeak
from wanees.engines.tts.espeak import EspeakTTS, map_phonemes, speakable_numbers

SHORT = "كيف حالك اليوم؟"
LONG = "أنا هنا معك، وكلامك مهم عندي. خذ نفساً عميقاً، وخبرني شو اللي مضايقك اليوم."


@pytest.fixture(scope="module")
def tts() -> EspeakTTS:
    return EspeakTTS(Settings())


async def _speak(tts: EspeakTTS, text: str, **options: Any) -> np.ndarray:
    chunks = [c async for c in tts.synthesize(text, SynthesisOptions(**options))]
    assert all(len(c) % 2 == 0 for c in chunks)
    return np.frombuffer(b"".join(chunks), dtype=np.int16)


def _rms(audio: np.ndarray) -> float:
    return float(np.sqrt(np.mean(audio.astype(np.float64) ** 2)))


async def test_arabic_speech_is_audible_and_as_long_as_the_text(tts: EspeakTTS) -> None:
    short, long = await _speak(tts, SHORT), await _speak(tts, LONG)
    assert _rms(short) > 500 and _rms(long) > 500
    short_s, long_s = len(short) / 16_000, len(long) / 16_000
    assert 0.5 < short_s < 4
    ratio = (long_s / short_s) / (len(LONG) / len(SHORT))
    assert 0.4 < ratio < 2.0, (short_s, long_s)


async def test_faster_rate_gives_shorter_audio(tts: EspeakTTS) -> None:
    normal = await _speak(tts, LONG)
    fast = await _speak(tts, LONG, rate=1.6)
    assert len(fast) < 0.85 * len(normal)


async def test_phone_numbers_are_spoken_digit_by_digit(tts: EspeakTTS) -> None:
    assert speakable_numbers("اتصل على 9999 أو ٢٤٤٤١٩٩٩ خلال 24 ساعة") == (
        "اتصل على 9 9 9 9 أو 2 4 4 4 1 9 9 9 خلال 24 ساعة"
    )
    audio = await _speak(tts, "9999")
    assert len(audio) / 16_000 > 1.2 and _rms(audio) > 500  # four spoken digits


async def test_english_and_latin_text_use_an_english_voice(tts: EspeakTTS) -> None:
    assert tts.choose_voice("Hello there", SynthesisOptions()).language == "en"
    assert tts.choose_voice("مرحبا", SynthesisOptions(language="en")).language == "en"
    assert tts.choose_voice("مرحبا", SynthesisOptions()).language == "ar"
    audio = await _speak(tts, "I am here with you.", language="en")
    assert _rms(audio) > 500 and len(audio) / 16_000 > 0.8
    assert {"ar", "en"} <= {voice.id for voice in tts.voices()}


async def test_missing_mbrola_voice_falls_back_to_formant_arabic(
    tts: EspeakTTS, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(espeak, "mbrola_database", lambda voice: None)
    choice = tts.choose_voice(SHORT, SynthesisOptions())
    assert choice.espeak_voice == "ar" and choice.mbrola_db is None
    assert _rms(await _speak(tts, SHORT)) > 500
    assert "mb-ar2" not in {voice.id for voice in tts.voices()}


def test_ar2_phoneme_names_are_mapped() -> None:
    pho = "R 65\na 80 50 120\nQ 70\nb 60\n"
    assert map_phonemes(pho, espeak.AR2_PHONEMES) == "r 65\na 80 50 120\nG 70\nb 60\n"


async def test_empty_text_and_emoji_give_no_audio(tts: EspeakTTS) -> None:
    assert (await _speak(tts, "   ")).size == 0
    assert (await _speak(tts, "😊 🌷")).size == 0  # not read out as "smiling face"


SLOW_SYNTH = """
import struct, sys, time
rate = 22050
sys.stdout.buffer.write(b"RIFF" + struct.pack("<I", 0) + b"WAVEfmt " + struct.pack(
    "<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", 0))
tone = (b"\\x00\\x10\\x00\\xf0") * (rate // 4)
sys.stdout.buffer.write(tone)
sys.stdout.buffer.flush()
time.sleep(60)
"""


async def test_first_chunk_arrives_while_the_synthesiser_still_runs_and_close_kills_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[asyncio.subprocess.Process] = []
    real_exec = asyncio.create_subprocess_exec

    async def fake_exec(program: str, *args: str, **kwargs: Any) -> asyncio.subprocess.Process:
        process = await real_exec(sys.executable, "-c", SLOW_SYNTH, **kwargs)
        started.append(process)
        return process

    monkeypatch.setattr(espeak, "mbrola_database", lambda voice: None)  # one-process path
    monkeypatch.setattr(asyncio, "create_subprocess_exec", fake_exec)
    tts = EspeakTTS(Settings(tts={"diacritize": False}))
    stream = tts.synthesize(SHORT, SynthesisOptions())
    first = await asyncio.wait_for(anext(stream), timeout=20)
    assert len(first) == espeak.CHUNK_BYTES  # resampled from 22.05 kHz to 16 kHz, 100 ms
    assert started[0].returncode is None  # still "speaking": the audio was streamed
    await stream.aclose()
    assert started[0].returncode is not None  # barge-in ended the process


@pytest.mark.slow
async def test_speech_is_intelligible_to_whisper(tts: EspeakTTS) -> None:
    from wanees.engines.stt.whisper import DecodeOptions, WhisperSTT

    audio = await _speak(tts, "أنا هنا معك، وكلامك مهم.")
    stt = WhisperSTT(Settings())
    text = await asyncio.to_thread(stt.decode, audio.tobytes(), "ar", DecodeOptions(5, False))
    assert sum(word in text for word in ("أنا", "انا", "هنا", "معك", "كلامك")) >= 2, text
