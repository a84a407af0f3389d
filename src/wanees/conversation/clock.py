"""The timestamps of one turn, from the last voiced sample to the first reply audio sent.

Every latency the project reports (``TurnMetrics``, Prometheus, the ``turn_done`` log line,
the stored turn) is a difference of two of these, so they are all measured the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from wanees.transport.protocol import ReplySource


@dataclass(slots=True)
class TurnClock:
    """Monotonic timestamps of one turn; the metrics are differences of these."""

    input_mode: str
    last_voiced: float | None = None  # estimated wall time of the last voiced sample
    input_end: float | None = None  # VAD end of speech was detected
    stt_final: float | None = None
    llm_request: float | None = None
    llm_first_token: float | None = None
    tts_request: float | None = None
    tts_first_byte: float | None = None
    first_audio_sent: float | None = None
    user_audio_s: float | None = None
    reply_samples: int = 0
    # When the page will finish playing what was sent so far, modelled as a gapless player:
    # each chunk starts when it arrives or when the previous one ends, whichever is later.
    playback_end: float = 0.0
    fallback: bool = False  # the curated bank's reply was spoken
    # Which path the reply took, and why the first model's reply was not spoken (a reason
    # code, never text): for the turn's metrics and log.
    reply_source: ReplySource = "model"
    fallback_reason: str | None = None

    def timings(self) -> dict[str, float | None]:
        def diff(a: float | None, b: float | None) -> float | None:
            return None if a is None or b is None else round(max(0.0, b - a), 4)

        return {
            "end_of_utterance_delay": diff(self.last_voiced, self.stt_final),
            "stt_latency": diff(self.input_end, self.stt_final),
            "llm_ttft": diff(self.llm_request, self.llm_first_token),
            "tts_ttfb": diff(self.tts_request, self.tts_first_byte),
            "voice_to_voice": diff(self.last_voiced, self.first_audio_sent),
            "llm_lead": diff(self.llm_request, self.stt_final),
        }
