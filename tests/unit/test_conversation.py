"""The Conversation driven directly (no socket), for races a network test cannot pin down."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import StubCare, fake_settings

from wanees.app import create_engines
from wanees.conversation.conversation import Conversation
from wanees.storage.repository import Repository
from wanees.transport.protocol import ErrorEvent, StateChanged, TurnMetrics, TurnState


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
