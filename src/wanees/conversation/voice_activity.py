"""The VAD over one session's incoming audio, with the bookkeeping endpointing needs around it.

Two things are kept beside the VAD stream. The audio just before speech was detected (the
pre-roll), because the VAD announces speech only once some of it has passed and the utterance
must still start with its first syllable. And how much audio was pushed since the last reset,
because the VAD dates its events in stream time, and frames can arrive faster or slower than
real time: the difference tells how long ago, in wall time, the person stopped speaking.
"""

from __future__ import annotations

from collections import deque

from wanees.config import VADSettings
from wanees.engines.base import INPUT_SAMPLE_RATE, VAD, VADEvent


class VoiceActivity:
    """One session's VAD stream, its pre-roll and its count of the audio pushed."""

    def __init__(self, vad: VAD, settings: VADSettings) -> None:
        self.settings = settings
        self._stream = vad.stream(
            threshold=settings.threshold,
            min_silence_ms=settings.min_silence_ms,
            min_speech_ms=settings.min_speech_ms,
        )
        self._samples_in = 0  # samples pushed to the VAD since its last reset
        self._pre_roll: deque[bytes] = deque()
        self._pre_roll_bytes = 0

    def push(self, pcm: bytes) -> list[VADEvent]:
        """The VAD events ``pcm`` causes, in order."""
        self._samples_in += len(pcm) // 2
        return self._stream.push(pcm)

    def lag(self, event: VADEvent) -> float:
        """How far the audio pushed so far runs past ``event``, in seconds (never negative)."""
        return max(0.0, self._samples_in / INPUT_SAMPLE_RATE - event.timestamp)

    def remember(self, pcm: bytes) -> None:
        """Keep ``pcm`` as pre-roll, dropping what is older than the pre-roll needs."""
        self._pre_roll.append(pcm)
        self._pre_roll_bytes += len(pcm)
        keep = self.settings.pre_roll_ms * INPUT_SAMPLE_RATE * 2 // 1000
        # Keep the pre-roll window plus the VAD's own onset delay (min_speech_ms), because
        # SPEECH_START fires only after that much voiced audio has already arrived.
        keep += self.settings.min_speech_ms * INPUT_SAMPLE_RATE * 2 // 1000
        while self._pre_roll and self._pre_roll_bytes - len(self._pre_roll[0]) >= keep:
            self._pre_roll_bytes -= len(self._pre_roll.popleft())

    def take_pre_roll(self) -> list[bytes]:
        """The pre-roll, oldest first; it is forgotten here."""
        chunks = list(self._pre_roll)
        self._clear_pre_roll()
        return chunks

    def reset(self) -> None:
        self._stream.reset()
        self._samples_in = 0
        self._clear_pre_roll()

    def _clear_pre_roll(self) -> None:
        self._pre_roll.clear()
        self._pre_roll_bytes = 0
