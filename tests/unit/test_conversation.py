"""The Conversation driven directly (no socket), for races a network test cannot pin down."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
from tests.conftest import StubCare, fake_settings, read_clip, recording_conversation

from wanees.app import create_engines
from wanees.conversation.conversation import Conversation
from wanees.engines.base import VADEventType
from wanees.storage.repository import Repository
from wanees.transport.protocol import (
    ErrorEvent,
    StateChanged,
    TranscriptFinal,
    TurnMetrics,
    TurnState,
)


async def test_a_turn_sent_while_listening_is_being_announced_is_accepted(
    tmp_path: Path,
) -> None:
    settings = fake_settings(
        tmp_path, turn={"playback_grace_s": 0.0}, fake={"tts_seconds_per_char": 0.001}
    )
    repository = Repository(settings.effective_database_url)
    await repository.open()
    events: list[object] = []
    second_turn_sent = asyncio.Event()
    conversation: Conversation

    async def send_event(event: object) -> None:
        events.append(event)
        listening = isinstance(event, StateChanged) and event.state is TurnState.LISTENING
        if listening and not second_turn_sent.is_set():
            # The client answers before this send has even returned.
            second_turn_sent.set()
            await conversation.on_text("الثاني")
        await asyncio.sleep(0)

    async def send_audio(_pcm: bytes) -> None:
        await asyncio.sleep(0)

    conversation = Conversation(
        session_id="s1",
        settings=settings,
        engines=create_engines(settings),
        care=StubCare(),
        repository=repository,
        send_event=send_event,
        send_audio=send_audio,
    )
    await repository.ensure_session("s1", {}, consent=True)
    await conversation.on_text("الأول")
    for _ in range(500):
        if sum(isinstance(e, TurnMetrics) for e in events) == 2:
            break
        await asyncio.sleep(0.01)
    await conversation.close()
    await repository.close()
    assert not [e for e in events if isinstance(e, ErrorEvent)]
    assert sum(isinstance(e, TurnMetrics) for e in events) == 2


async def test_a_pause_inside_the_hangover_gets_a_final_covering_the_whole_utterance(
    tmp_path: Path,
) -> None:
    """Silero VAD with pause events: the STT stream closed at the mid-sentence pause is
    discarded when speech resumes, and the final comes from a stream that heard everything."""
    settings = fake_settings(
        tmp_path,
        vad={"engine": ["silero"], "pause_ms": 250, "min_silence_ms": 600},
        turn={"playback_grace_s": 0.0},
        fake={"tts_seconds_per_char": 0.001},
    )
    clip = np.frombuffer(read_clip("habibi_gulf.wav"), np.int16)
    gap = np.zeros(int(0.45 * 16_000), np.int16)  # a pause, not an end of turn
    pcm = np.concatenate([clip[: 16_000 * 2], gap, clip[16_000 * 2 :], np.zeros(16_000, np.int16)])
    repository = Repository(settings.effective_database_url)
    await repository.open()
    await repository.ensure_session("s1", {}, consent=True)
    engines = create_engines(settings)
    conversation, events = recording_conversation(settings, engines, StubCare(), repository)
    kinds = [
        e.type
        for e in engines.vad.stream(threshold=0.5, min_silence_ms=600, min_speech_ms=200).push(
            pcm.tobytes()
        )
    ]
    assert VADEventType.SPEECH_RESUME in kinds  # the clip does exercise a discarded speculation
    frame = 640
    for start in range(0, len(pcm) * 2, frame):
        await conversation.on_audio(pcm.tobytes()[start : start + frame])
        await asyncio.sleep(0)
    for _ in range(500):
        if any(isinstance(e, TurnMetrics) for e in events):
            break
        await asyncio.sleep(0.01)
    await conversation.close()
    await repository.close()
    stt = engines.stt.engines[0]  # type: ignore[attr-defined]
    assert len(stt.received) >= 2  # the speculation at the gap, then the resumed stream
    # The final's stream heard the utterance through the last word, the gap included.
    assert stt.received[-1] >= (len(clip) + len(gap) - 16_000 // 2) * 2
    assert sum(isinstance(e, TranscriptFinal) for e in events) == 1
    assert not [e for e in events if isinstance(e, ErrorEvent)]


def test_history_window_drops_old_turns_in_blocks_so_the_prompt_prefix_stays_stable() -> None:
    from wanees.conversation.conversation import history_window

    turns = list(range(20))
    assert history_window(turns[:4], 6) == [0, 1, 2, 3]
    assert history_window(turns[:6], 6) == [0, 1, 2, 3, 4, 5]
    # Past the limit, three turns go at once, and the window then starts at the same turn for
    # the next three turns: the model's cached prefix survives them.
    starts = [history_window(turns[:n], 6)[0] for n in range(7, 13)]
    assert starts == [3, 3, 3, 6, 6, 6]
    assert all(len(history_window(turns[:n], 6)) <= 6 for n in range(20))
    assert history_window(turns, 0) == []
    assert history_window(turns[:3], 1) == [2]
