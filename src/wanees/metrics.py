"""Prometheus metrics, registered once per process on the default registry (``/metrics``).

Histogram names follow the per-turn timings of ``turn.metrics`` (seconds).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0)

STAGE_HISTOGRAMS: dict[str, Histogram] = {
    name: Histogram(f"wanees_{name}_seconds", doc, buckets=_LATENCY_BUCKETS)
    for name, doc in {
        "end_of_utterance_delay": "Last voiced sample to final transcript",
        "stt_latency": "End of user audio to final transcript",
        "llm_ttft": "LLM request to first token",
        "tts_ttfb": "First chunk to TTS to first audio byte",
        "voice_to_voice": "End of user speech to first reply audio sent",
    }.items()
}

TURNS = Counter("wanees_turns", "Completed turns", ["input_mode", "fallback"])
ERRORS = Counter("wanees_errors", "Errors sent to clients or raised by engines", ["code"])
DISCARDED_AUDIO_FRAMES = Counter(
    "wanees_discarded_audio_frames", "Audio frames dropped because the assistant held the turn"
)
ACTIVE_SESSIONS = Gauge("wanees_active_sessions", "Open WebSocket sessions")
ENGINE_SERVED = Counter("wanees_engine_served", "Calls served, per engine", ["kind", "engine"])
ENGINE_FAILURES = Counter(
    "wanees_engine_failures", "Failed or timed-out engine attempts", ["kind", "engine"]
)


def observe_turn(timings: dict[str, float | None]) -> None:
    for name, value in timings.items():
        histogram = STAGE_HISTOGRAMS.get(name)
        if histogram is not None and value is not None:
            histogram.observe(value)
