from __future__ import annotations

from tests.conftest import read_clip

from wanees.engines.base import VADEventType
from wanees.engines.fake import EnergyVADStream


def run(pcm: bytes, frame_bytes: int = 640, **kwargs: int) -> list[tuple[VADEventType, float]]:
    params = {"min_silence_ms": 600, "min_speech_ms": 200, **kwargs}
    vad = EnergyVADStream(threshold_db=-40.0, **params)
    events = []
    for offset in range(0, len(pcm), frame_bytes):
        events += [(e.type, e.timestamp) for e in vad.push(pcm[offset : offset + frame_bytes])]
    return events


def test_detects_speech_start_and_end_on_a_real_clip() -> None:
    clip = read_clip("habibi_irq.wav")
    duration = len(clip) / 32_000
    events = run(clip + b"\x00" * 32_000)
    assert [kind for kind, _ in events] == [VADEventType.SPEECH_START, VADEventType.SPEECH_END]
    start, end = events[0][1], events[1][1]
    assert 0.0 <= start < 0.5
    assert duration - 0.8 < end <= duration + 0.05


def test_frame_size_does_not_change_the_events() -> None:
    clip = read_clip("habibi_irq.wav") + b"\x00" * 32_000
    assert run(clip, frame_bytes=640) == run(clip, frame_bytes=3_200) == run(clip, 333 * 2)


def test_short_pause_stays_in_one_utterance_long_pause_ends_it() -> None:
    clip = read_clip("habibi_gulf.wav") + b"\x00" * 32_000
    # This clip has a ~0.3 s pause in the middle.
    assert len(run(clip, min_silence_ms=600)) == 2
    assert len(run(clip, min_silence_ms=250)) == 4


def test_silence_and_short_clicks_are_not_speech() -> None:
    silence = b"\x00\x00" * 16_000
    click = (b"\xff\x7f\x01\x80" * 800)[:1_600]  # 50 ms of full-scale noise
    assert run(silence + click + silence) == []


def test_reset_forgets_an_utterance_in_progress() -> None:
    clip = read_clip("habibi_irq.wav")
    vad = EnergyVADStream(threshold_db=-40.0, min_silence_ms=600, min_speech_ms=200)
    events = vad.push(clip[: 32_000 * 2])
    assert vad.speaking and events[0].type is VADEventType.SPEECH_START
    vad.reset()
    assert not vad.speaking
    assert vad.push(b"\x00" * 64_000) == []
