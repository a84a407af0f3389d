"""Deterministic stand-in engines, plus a real (if simple) energy-based VAD.

They let the whole voice loop run and be tested without any model: delays and failures are
configurable (``WANEES_FAKE__...``, see :class:`wanees.config.FakeSettings`), and the fake STT
records what it was fed so tests can prove that discarded audio never reached it.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterable, AsyncIterator, Sequence

import numpy as np

from wanees.config import FakeSettings, Settings
from wanees.engines.base import (
    INPUT_SAMPLE_RATE,
    LLM,
    STT,
    TTS,
    VAD,
    ChatMessage,
    EngineError,
    GenerationOptions,
    SynthesisOptions,
    Transcript,
    VADEvent,
    VADEventType,
    VADStream,
    Voice,
)

# ------------------------------------------------------------------------------------- VAD

_FRAME_SAMPLES = 512  # 32 ms, the same window Silero uses, so timings compare.


class EnergyVADStream(VADStream):
    """RMS energy per 32 ms frame against a dBFS threshold, with Silero's start/end rules:
    speech starts after ``min_speech_ms`` of voiced frames, ends after ``min_silence_ms`` of
    unvoiced ones (the hangover), and the end timestamp is the end of the last voiced frame."""

    def __init__(self, *, threshold_db: float, min_silence_ms: int, min_speech_ms: int) -> None:
        self._threshold_db = threshold_db
        self._min_speech = max(1, math.ceil(min_speech_ms * INPUT_SAMPLE_RATE / 1000))
        self._min_silence = max(1, math.ceil(min_silence_ms * INPUT_SAMPLE_RATE / 1000))
        self.reset()

    def reset(self) -> None:
        self._buffer = b""
        self._samples_seen = 0
        self._speaking = False
        self._voiced_run_start: int | None = None
        self._last_voiced_end = 0
        self._silence_run = 0

    @property
    def speaking(self) -> bool:
        return self._speaking

    def push(self, pcm: bytes) -> list[VADEvent]:
        self._buffer += pcm
        events: list[VADEvent] = []
        frame_bytes = _FRAME_SAMPLES * 2
        while len(self._buffer) >= frame_bytes:
            frame, self._buffer = self._buffer[:frame_bytes], self._buffer[frame_bytes:]
            event = self._frame(frame)
            if event is not None:
                events.append(event)
        return events

    def _frame(self, frame: bytes) -> VADEvent | None:
        samples = np.frombuffer(frame, dtype="<i2").astype(np.float32) / 32768.0
        rms = float(np.sqrt(np.mean(samples * samples)))
        voiced = 20 * math.log10(max(rms, 1e-9)) >= self._threshold_db
        start = self._samples_seen
        self._samples_seen += _FRAME_SAMPLES
        if voiced:
            self._silence_run = 0
            self._last_voiced_end = self._samples_seen
            if self._voiced_run_start is None:
                self._voiced_run_start = start
            if (
                not self._speaking
                and self._samples_seen - self._voiced_run_start >= self._min_speech
            ):
                self._speaking = True
                return VADEvent(
                    VADEventType.SPEECH_START, self._voiced_run_start / INPUT_SAMPLE_RATE
                )
            return None
        if not self._speaking:
            self._voiced_run_start = None
            return None
        self._silence_run += _FRAME_SAMPLES
        if self._silence_run >= self._min_silence:
            self._speaking = False
            self._voiced_run_start = None
            self._silence_run = 0
            return VADEvent(VADEventType.SPEECH_END, self._last_voiced_end / INPUT_SAMPLE_RATE)
        return None


class EnergyVAD(VAD):
    name = "energy"

    def __init__(self, threshold_db: float) -> None:
        self._threshold_db = threshold_db

    def stream(self, *, threshold: float, min_silence_ms: int, min_speech_ms: int) -> VADStream:
        # ``threshold`` is a speech probability for model VADs; energy uses its own dBFS level.
        return EnergyVADStream(
            threshold_db=self._threshold_db,
            min_silence_ms=min_silence_ms,
            min_speech_ms=min_speech_ms,
        )


def create_energy_vad(settings: Settings) -> EnergyVAD:
    return EnergyVAD(settings.fake.energy_threshold_db)


# ------------------------------------------------------------------------------------- STT


class FakeSTT(STT):
    """Consumes the whole utterance, emits one partial, then the configured transcript."""

    name = "fake"

    def __init__(self, config: FakeSettings) -> None:
        self.config = config
        # Bytes received per utterance, in order: tests assert on what reached the engine.
        self.received: list[int] = []

    async def transcribe(
        self, audio: AsyncIterable[bytes], *, language: str | None = None
    ) -> AsyncIterator[Transcript]:
        if self.config.fail == "stt":
            raise EngineError("fake STT failure")
        total = 0
        partial_sent = False
        index = len(self.received)
        self.received.append(0)
        async for chunk in audio:
            total += len(chunk)
            self.received[index] = total
            if not partial_sent and total >= INPUT_SAMPLE_RATE:  # after one second of audio
                partial_sent = True
                yield Transcript(self.config.transcript.split(" ")[0], final=False)
        if self.config.stt_delay_s:
            await asyncio.sleep(self.config.stt_delay_s)
        yield Transcript(
            self.config.transcript,
            final=True,
            language=language,
            audio_duration=total / 2 / INPUT_SAMPLE_RATE,
        )


def create_stt(settings: Settings) -> FakeSTT:
    return FakeSTT(settings.fake)


# ------------------------------------------------------------------------------------- LLM


class FakeLLM(LLM):
    """Streams the configured reply word by word."""

    name = "fake"

    def __init__(self, config: FakeSettings) -> None:
        self.config = config
        self.calls: list[Sequence[ChatMessage]] = []
        # Set when a stream is cancelled while running: tests prove disconnects stop the LLM.
        self.cancelled = 0
        self.active = 0

    async def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        self.calls.append(list(messages))
        self.active += 1
        try:
            fail = self.config.fail
            if fail == "llm":
                raise EngineError("fake LLM failure before the first token")
            if fail == "llm_hang":
                await asyncio.Event().wait()
            if self.config.llm_first_token_delay_s:
                await asyncio.sleep(self.config.llm_first_token_delay_s)
            words = self.config.reply.split(" ")
            for i, word in enumerate(words):
                if fail == "llm_mid" and i == len(words) // 2:
                    raise EngineError("fake LLM failure mid-stream")
                if i and self.config.llm_token_delay_s:
                    await asyncio.sleep(self.config.llm_token_delay_s)
                yield word if i == 0 else " " + word
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.active -= 1


def create_llm(settings: Settings) -> FakeLLM:
    return FakeLLM(settings.fake)


# ------------------------------------------------------------------------------------- TTS


class FakeTTS(TTS):
    """A quiet 220 Hz tone whose length is proportional to the text."""

    name = "fake"

    def __init__(self, config: FakeSettings) -> None:
        self.config = config
        self.sample_rate = config.tts_sample_rate
        self.texts: list[str] = []

    def voices(self) -> list[Voice]:
        return [Voice(id="fake", label="Fake tone")]

    async def synthesize(self, text: str, options: SynthesisOptions) -> AsyncIterator[bytes]:
        if self.config.fail == "tts":
            raise EngineError("fake TTS failure")
        self.texts.append(text)
        if self.config.tts_delay_s:
            await asyncio.sleep(self.config.tts_delay_s)
        rate = options.rate or 1.0
        total = int(len(text) * self.config.tts_seconds_per_char / rate * self.sample_rate)
        t = np.arange(total, dtype=np.float32) / self.sample_rate
        pcm = (0.1 * 32767 * np.sin(2 * np.pi * 220.0 * t)).astype("<i2").tobytes()
        step = self.sample_rate * self.config.tts_chunk_ms // 1000 * 2
        for offset in range(0, len(pcm), step):
            yield pcm[offset : offset + step]
            await asyncio.sleep(0)  # let other sessions run between chunks


def create_tts(settings: Settings) -> FakeTTS:
    return FakeTTS(settings.fake)
