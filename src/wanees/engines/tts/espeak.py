"""Arabic speech from espeak-ng + the MBROLA ``ar2`` diphone voice, diacritised first.

Arabic is written without short vowels; espeak-ng reads bare consonant clusters, so the text is
first diacritised with text2tashkeel (a small INT8 ONNX model). Each sentence then runs
through external programs (no shared library state in our process):

* MBROLA voices: ``espeak-ng --pho`` turns text into phonemes with durations and pitch, we map
  the few phoneme names the Debian ``ar2`` table lacks, and ``mbrola`` renders them. espeak-ng's
  own MBROLA path would silently replace every ر (espeak ``R``) and غ (``Q``) with a pause.
* Formant voices (``ar``, ``en``): ``espeak-ng --stdout``.

Both write a streaming WAV to stdout; audio is resampled to 16 kHz (``ar2`` is 22.05 kHz) and
yielded in 100 ms chunks as the process produces it.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import struct
import threading
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from wanees.config import Settings
from wanees.engines.base import TTS, EngineError, SynthesisOptions, Voice

OUTPUT_RATE = 16_000
CHUNK_BYTES = OUTPUT_RATE // 10 * 2  # 100 ms of PCM16
BASE_WPM = 165  # espeak-ng's default is 175; a touch slower is clearer for the diphone voice
MBROLA_DIRS = (Path("/usr/share/mbrola"), Path("/usr/local/share/mbrola"))
# espeak-ng phoneme names that the ar2 database spells differently (see `mbrola -i ar2`).
AR2_PHONEMES = {"R": "r", "Q": "G", "Z;": "Z"}
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LONG_NUMBER = re.compile(r"\d{4,}")
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    espeak_voice: str  # e.g. "mb-ar2" or "ar"
    mbrola_db: Path | None  # set for MBROLA voices
    language: str = "ar"


def mbrola_database(voice: str) -> Path | None:
    """The installed MBROLA database for ``mb-xx1`` voices, or None."""
    if not voice.startswith("mb-") or shutil.which("mbrola") is None:
        return None
    name = voice[3:]
    for base in MBROLA_DIRS:
        for candidate in (base / name / name, base / name):
            if candidate.is_file():
                return candidate
    return None


def is_english(text: str, language: str) -> bool:
    if language == "en":
        return True
    return bool(_LATIN.search(text)) and not _ARABIC.search(text)


def without_symbols(text: str) -> str:
    """Drop emoji and other pictographs, which espeak-ng would read out by name."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "So")


def speakable_numbers(text: str) -> str:
    """Read phone numbers digit by digit: 9999 as "nine nine nine nine", not "nine thousand..."."""
    text = text.translate(_ARABIC_INDIC)
    return _LONG_NUMBER.sub(lambda m: " ".join(m.group()), text)


def map_phonemes(pho: str, mapping: dict[str, str]) -> str:
    lines = []
    for line in pho.splitlines():
        name, sep, rest = line.partition(" ")
        if sep and name in mapping:
            line = f"{mapping[name]} {rest}"
        elif not sep and line.split("\t", 1)[0] in mapping:
            name, _, rest = line.partition("\t")
            line = f"{mapping[name]}\t{rest}"
        lines.append(line)
    return "\n".join(lines) + "\n"


async def read_wav_header(stream: asyncio.StreamReader) -> tuple[int, int]:
    """Consume a (streaming, size-less) WAV header; return (sample rate, channels)."""
    riff = await stream.readexactly(12)
    if riff[:4] != b"RIFF" or riff[8:12] != b"WAVE":
        raise EngineError("speech synthesiser did not produce a WAV stream")
    rate = channels = 0
    while True:
        chunk_id, size = struct.unpack("<4sI", await stream.readexactly(8))
        if chunk_id == b"data":
            if not rate:
                raise EngineError("WAV stream without a format chunk")
            return rate, channels
        body = await stream.readexactly(size)
        if chunk_id == b"fmt ":
            fmt, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            if fmt != 1 or bits != 16:
                raise EngineError(f"unsupported WAV format {fmt}/{bits} bit")


class Resampler:
    """Streaming PCM16 mono resampling through libswresample (PyAV, already a Whisper dep)."""

    def __init__(self, source_rate: int, target_rate: int) -> None:
        import av

        self._av: Any = av
        self._source_rate = source_rate
        self._resampler: Any = av.AudioResampler(format="s16", layout="mono", rate=target_rate)

    def _run(self, frame: Any) -> bytes:
        return b"".join(out.to_ndarray().tobytes() for out in self._resampler.resample(frame))

    def push(self, pcm: bytes) -> bytes:
        samples = np.frombuffer(pcm, dtype=np.int16).reshape(1, -1)
        frame = self._av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = self._source_rate
        return self._run(frame)

    def flush(self) -> bytes:
        return self._run(None)


class EspeakTTS(TTS):
    name = "espeak"
    sample_rate = OUTPUT_RATE

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.tts
        self._diacritizer: Any = None
        self._diacritize_lock = threading.Lock()  # one ONNX session, built once

    # ----------------------------------------------------------------------------- text

    def diacritize(self, text: str) -> str:
        with self._diacritize_lock:
            if self._diacritizer is None:
                from text2tashkeel import Diacritizer

                # The bundled INT8 flagship: offline, ~5 MB, a few ms per sentence.
                self._diacritizer = Diacritizer("rawi-ensemble")
            return str(self._diacritizer.diacritize(text))

    def choose_voice(self, text: str, options: SynthesisOptions) -> VoiceChoice:
        if is_english(text, options.language):
            database = mbrola_database("mb-en1")
            if database is not None:
                return VoiceChoice("mb-en1", database, "en")
            return VoiceChoice("en", None, "en")
        wanted = options.voice or self._settings.voice
        if wanted.startswith("mb-"):
            database = mbrola_database(wanted)
            if database is not None:
                return VoiceChoice(wanted, database)
            wanted = "ar"  # formant fallback: far less intelligible, but never silent
        return VoiceChoice(wanted, None)

    def voices(self) -> list[Voice]:
        found = (
            [Voice("mb-ar2", "Arabic, male (MBROLA ar2)", "ar")]
            if mbrola_database("mb-ar2")
            else []
        )
        found.append(Voice("ar", "Arabic, male (espeak formant, less clear)", "ar"))
        if mbrola_database("mb-en1"):
            found.append(Voice("mb-en1", "English, male (MBROLA en1)", "en"))
        found.append(Voice("en", "English, male (espeak formant)", "en"))
        return found

    # ----------------------------------------------------------------------------- audio

    def _espeak_args(self, voice: str, options: SynthesisOptions) -> list[str]:
        # options.rate already carries the configured or per-session speed (callers fill it
        # from settings.tts.rate), so it is not multiplied by the setting again here.
        wpm = max(80, min(450, round(BASE_WPM * options.rate)))
        pitch = options.pitch if options.pitch is not None else self._settings.pitch
        return ["espeak-ng", "-v", voice, "-s", str(wpm), "-p", str(pitch), "-b", "1"]

    async def _start(self, text: str, choice: VoiceChoice, options: SynthesisOptions) -> list[Any]:
        espeak = self._espeak_args(choice.espeak_voice, options)
        pipe = asyncio.subprocess.PIPE
        if choice.mbrola_db is None:
            volume = str(self._settings.volume)
            process = await asyncio.create_subprocess_exec(
                *espeak, "-a", volume, "--stdout",
                stdin=pipe, stdout=pipe, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
            process.stdin.write(text.encode())  # type: ignore[union-attr]
            process.stdin.close()  # type: ignore[union-attr]
            return [process]
        # Phonemes take milliseconds; the rendering is what streams.
        phonemes = await asyncio.create_subprocess_exec(
            *espeak, "-q", "--pho", stdin=pipe, stdout=pipe, stderr=pipe
        )
        pho, errors = await phonemes.communicate(text.encode())
        if phonemes.returncode != 0:
            raise EngineError(f"espeak-ng failed: {errors.decode(errors='replace')[:200]}")
        mapping = AR2_PHONEMES if choice.espeak_voice == "mb-ar2" else {}
        volume = f"{self._settings.volume / 100:.2f}"
        render = await asyncio.create_subprocess_exec(
            "mbrola", "-e", "-v", volume, str(choice.mbrola_db), "-", "-.wav",
            stdin=pipe, stdout=pipe, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        render.stdin.write(map_phonemes(pho.decode(), mapping).encode())  # type: ignore[union-attr]
        render.stdin.close()  # type: ignore[union-attr]
        return [render]

    async def synthesize(self, text: str, options: SynthesisOptions) -> AsyncIterator[bytes]:
        text = speakable_numbers(" ".join(without_symbols(text).split()))
        if not text:
            return
        choice = self.choose_voice(text, options)
        if self._settings.diacritize and choice.language == "ar" and _ARABIC.search(text):
            text = await asyncio.to_thread(self.diacritize, text)
        processes = await self._start(text, choice, options)
        process = processes[0]
        assert process.stdout is not None
        try:
            try:
                rate, channels = await read_wav_header(process.stdout)
            except asyncio.IncompleteReadError:
                raise EngineError(f"{choice.espeak_voice}: synthesiser produced no audio") from None
            if channels != 1:
                raise EngineError(f"unexpected {channels}-channel audio from espeak-ng")
            resampler = Resampler(rate, OUTPUT_RATE) if rate != OUTPUT_RATE else None
            pending = bytearray()
            carry = b""  # a pipe read can end mid-sample
            read_size = max(2, CHUNK_BYTES * rate // OUTPUT_RATE // 2 * 2)
            while block := await process.stdout.read(read_size):
                block, carry = _split_samples(carry + block)
                pending += resampler.push(block) if resampler and block else block
                while len(pending) >= CHUNK_BYTES:
                    yield bytes(pending[:CHUNK_BYTES])
                    del pending[:CHUNK_BYTES]
            if resampler is not None:
                pending += resampler.flush()
            if pending:
                yield bytes(pending[: len(pending) // 2 * 2])
            await process.wait()
        finally:
            for proc in processes:
                if proc.returncode is None:  # abandoned mid-sentence (barge-in)
                    with contextlib.suppress(ProcessLookupError):
                        proc.kill()
                    await proc.wait()

    async def warmup(self) -> None:
        async for _ in self.synthesize("مرحبا", SynthesisOptions()):
            pass


def _split_samples(data: bytes) -> tuple[bytes, bytes]:
    """Whole 16-bit samples, and the odd byte (if any) to prepend to the next read."""
    whole = len(data) // 2 * 2
    return data[:whole], data[whole:]


def create(settings: Settings) -> TTS:
    return EspeakTTS(settings)
