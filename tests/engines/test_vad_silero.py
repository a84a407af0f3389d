from __future__ import annotations

import numpy as np
from tests.engines.conftest import eval_clip

from wanees.config import Settings
from wanees.engines.base import VADEvent, VADEventType, VADStream
from wanees.engines.vad.silero import create

PAD_S = 1.0


def _stream(min_silence_ms: int = 600, pause_ms: int = 0) -> VADStream:
    settings = Settings(vad={"pause_ms": pause_ms})  # type: ignore[arg-type]
    return create(settings).stream(threshold=0.5, min_silence_ms=min_silence_ms, min_speech_ms=200)


def _feed_unevenly(stream: VADStream, pcm: bytes) -> list[VADEvent]:
    """Push in irregular sizes (odd byte counts too) as a browser would."""
    rng = np.random.default_rng(7)
    events: list[VADEvent] = []
    position = 0
    while position < len(pcm):
        size = int(rng.integers(1, 3000))
        events += stream.push(pcm[position : position + size])
        position += size
    return events


def test_real_clip_gives_one_utterance_from_onset_to_last_word() -> None:
    clip = eval_clip("habibi_gulf.wav")
    silence = np.zeros(int(PAD_S * 16_000), dtype=np.int16)
    pcm = np.concatenate([silence, clip, silence]).tobytes()
    stream = _stream()
    events = _feed_unevenly(stream, pcm)
    assert [event.type for event in events] == [VADEventType.SPEECH_START, VADEventType.SPEECH_END]
    start, end = events[0].timestamp, events[1].timestamp
    assert PAD_S <= start <= PAD_S + 0.6  # the speaker starts ~0.3 s into the clip
    clip_end = PAD_S + len(clip) / 16_000
    assert clip_end - 0.5 <= end <= clip_end + 0.1  # speech runs to the clip's end
    assert not stream.speaking


def test_short_min_silence_splits_at_the_breath_pause() -> None:
    # The clip has a ~0.2 s pause mid-sentence: a 600 ms hangover bridges it, 100 ms does not.
    pcm = np.concatenate([eval_clip("habibi_gulf.wav"), np.zeros(16_000, np.int16)]).tobytes()
    events = _stream(min_silence_ms=100).push(pcm)
    assert [e.type for e in events].count(VADEventType.SPEECH_START) >= 2


def test_silence_and_faint_noise_give_no_events() -> None:
    stream = _stream()
    assert stream.push(bytes(16_000 * 2 * 3)) == []
    noise = np.random.default_rng(1).normal(0, 30, 16_000 * 3).astype(np.int16)
    assert stream.push(noise.tobytes()) == []
    assert not stream.speaking


def test_reset_forgets_an_utterance_in_progress() -> None:
    stream = _stream()
    stream.push(eval_clip("habibi_gulf.wav")[: 16_000 * 2].tobytes())
    assert stream.speaking
    stream.reset()
    assert not stream.speaking
    assert stream.push(bytes(16_000 * 2)) == []


def test_sessions_do_not_share_state() -> None:
    vad = create(Settings())
    one = vad.stream(threshold=0.5, min_silence_ms=600, min_speech_ms=200)
    two = vad.stream(threshold=0.5, min_silence_ms=600, min_speech_ms=200)
    one.push(eval_clip("habibi_gulf.wav")[: 16_000 * 2].tobytes())
    assert one.speaking and not two.speaking


def test_a_pause_inside_the_hangover_is_announced_then_the_end() -> None:
    clip = eval_clip("habibi_gulf.wav")
    pcm = np.concatenate([clip, np.zeros(16_000, np.int16)]).tobytes()
    events = _feed_unevenly(_stream(pause_ms=250), pcm)
    kinds = [event.type for event in events]
    assert kinds[0] is VADEventType.SPEECH_START and kinds[-1] is VADEventType.SPEECH_END
    # The last pause is the start of the silence that ended the turn: same voiced end.
    assert kinds[-2] is VADEventType.SPEECH_PAUSE
    assert events[-2].timestamp == events[-1].timestamp
    # Every earlier pause was followed by speech coming back.
    middle = kinds[1:-2]
    assert middle == [VADEventType.SPEECH_PAUSE, VADEventType.SPEECH_RESUME] * (len(middle) // 2)


def test_speech_after_a_pause_resumes_the_same_utterance() -> None:
    clip = eval_clip("habibi_gulf.wav")
    gap = np.zeros(int(0.4 * 16_000), np.int16)  # longer than the pause, shorter than 600 ms
    pcm = np.concatenate([clip[: 16_000 * 2], gap, clip[16_000 * 2 :], np.zeros(16_000, np.int16)])
    events = _stream(pause_ms=250).push(pcm.tobytes())
    kinds = [event.type for event in events]
    assert kinds.count(VADEventType.SPEECH_START) == 1
    assert kinds.count(VADEventType.SPEECH_END) == 1
    resumes = [e.timestamp for e in events if e.type is VADEventType.SPEECH_RESUME]
    assert any(2.3 <= t <= 2.6 for t in resumes)  # the voice after the inserted gap


def test_no_pause_events_when_the_pause_is_not_shorter_than_the_hangover() -> None:
    pcm = np.concatenate([eval_clip("habibi_gulf.wav"), np.zeros(16_000, np.int16)]).tobytes()
    kinds = [e.type for e in _stream(min_silence_ms=300, pause_ms=300).push(pcm)]
    assert VADEventType.SPEECH_PAUSE not in kinds and VADEventType.SPEECH_RESUME not in kinds
