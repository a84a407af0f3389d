"""After a turn, a local model reads the next turn's prompt prefix while the reply plays."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import StubCare, fake_settings, recording_conversation

from wanees.app import create_engines
from wanees.conversation.conversation import PRIME_TEXT
from wanees.engines.base import ChatMessage
from wanees.storage.repository import Repository
from wanees.transport.protocol import StateChanged, TurnMetrics, TurnState


async def two_text_turns(tmp_path: Path, *, caches_prompt: bool) -> list[list[ChatMessage]]:
    """Every message list the LLM was sent over two typed turns."""
    settings = fake_settings(
        tmp_path, turn={"playback_grace_s": 0.0}, fake={"tts_seconds_per_char": 0.001}
    )
    repository = Repository(settings.effective_database_url)
    await repository.open()
    await repository.ensure_session("s1", {}, consent=True)
    engines = create_engines(settings)
    llm = engines.llm.engines[0]  # type: ignore[attr-defined]
    if caches_prompt:
        llm.reuses_prompt_prefix = True  # as llama.cpp's engine declares
    conversation, events = recording_conversation(settings, engines, StubCare(), repository)

    async def turn(text: str, number: int) -> None:
        await conversation.on_text(text)
        for _ in range(500):
            done = sum(isinstance(e, TurnMetrics) for e in events) == number
            if done and conversation.state is TurnState.LISTENING:
                return
            await asyncio.sleep(0.01)
        raise AssertionError("turn did not finish")

    await turn("الأول", 1)
    await asyncio.sleep(0.05)  # the priming runs in the background
    await turn("الثاني", 2)
    await conversation.close()
    await repository.close()
    assert [e.state for e in events if isinstance(e, StateChanged)].count(TurnState.SPEAKING) == 2
    return [list(call) for call in llm.calls]


async def test_the_next_turns_prompt_prefix_is_sent_ahead_with_the_same_messages(
    tmp_path: Path,
) -> None:
    calls = await two_text_turns(tmp_path, caches_prompt=True)
    first, prime, second = calls[0], calls[1], calls[2]
    assert first[-1] == ChatMessage("user", "الأول")
    assert prime[-1] == ChatMessage("user", PRIME_TEXT)
    # Everything before the person's new words is exactly what the next turn sends.
    assert prime[:-1] == second[:-1]
    assert second[-1] == ChatMessage("user", "الثاني")
    assert ChatMessage("user", "الأول") in prime  # the finished exchange is part of it


async def test_an_engine_without_a_prompt_cache_is_not_primed(tmp_path: Path) -> None:
    calls = await two_text_turns(tmp_path, caches_prompt=False)
    assert [call[-1].content for call in calls] == ["الأول", "الثاني"]
