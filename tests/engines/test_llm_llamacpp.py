"""xllamacpp's real code path on a tiny random-weight GGUF written by the test (loads in ms)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from tests.engines.tiny_gguf import write_tiny_llama

from wanees.config import Settings
from wanees.engines.base import ChatMessage, EngineError, GenerationOptions, ModelMissingError
from wanees.engines.llm.llamacpp import LlamaCppLLM, drop_oldest_exchange

SYSTEM = ChatMessage("system", "you are a kind and patient companion who listens well")


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_llama(tmp_path_factory.mktemp("gguf") / "tiny.gguf")


@pytest.fixture
async def llm(model_path: Path) -> AsyncIterator[LlamaCppLLM]:
    engine = LlamaCppLLM(
        Settings(llm={"model_path": model_path, "context_size": 1024, "threads": 1})
    )
    yield engine
    await engine.aclose()


def _greedy(max_tokens: int) -> GenerationOptions:
    return GenerationOptions(max_tokens=max_tokens, temperature=0.0)


async def test_streams_text_deltas_up_to_max_tokens(llm: LlamaCppLLM) -> None:
    messages = [SYSTEM, ChatMessage("user", "hello")]
    deltas = [d async for d in llm.stream_chat(messages, _greedy(24))]
    assert len(deltas) > 1 and all(isinstance(d, str) and d for d in deltas)
    assert 1 < len(deltas) <= 24
    assert "".join(deltas).strip()
    assert llm.last_stats.finished and not llm.last_stats.cancelled


async def test_closing_the_stream_stops_generation(llm: LlamaCppLLM) -> None:
    stream = llm.stream_chat([SYSTEM, ChatMessage("user", "tell me a long story")], _greedy(2000))
    received = [await anext(stream) for _ in range(3)]
    await stream.aclose()
    await llm.wait_idle()
    assert len(received) == 3
    assert llm.last_stats.cancelled and llm.last_stats.chunks < 50


async def test_cancelling_the_consumer_task_stops_generation(llm: LlamaCppLLM) -> None:
    first = asyncio.Event()

    async def consume() -> None:
        async for _ in llm.stream_chat([SYSTEM, ChatMessage("user", "go on")], _greedy(2000)):
            first.set()
            await asyncio.sleep(0.01)

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), timeout=10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await llm.wait_idle()
    assert llm.last_stats.cancelled and llm.last_stats.chunks < 500


async def test_next_turn_reuses_the_system_prompt_kv_cache(llm: LlamaCppLLM) -> None:
    turn = [SYSTEM, ChatMessage("user", "first")]
    _ = [d async for d in llm.stream_chat(turn, _greedy(4))]
    follow_up = [*turn, ChatMessage("assistant", "ok"), ChatMessage("user", "second")]
    _ = [d async for d in llm.stream_chat(follow_up, _greedy(4))]
    assert llm.last_stats.cached_tokens >= 10  # at least the system prompt was not re-evaluated
    assert llm.last_stats.prompt_tokens < llm.last_stats.cached_tokens


async def test_long_history_is_trimmed_from_the_oldest_exchange(llm: LlamaCppLLM) -> None:
    old = [ChatMessage("user", "word " * 400), ChatMessage("assistant", "reply " * 300)]
    recent = [ChatMessage("user", "how are you"), ChatMessage("assistant", "fine")]
    messages = [SYSTEM, *old, *recent, ChatMessage("user", "and now")]  # > 1024 tokens
    deltas = [d async for d in llm.stream_chat(messages, _greedy(4))]
    assert deltas and llm.last_stats.finished


def test_drop_oldest_exchange_keeps_system_and_latest() -> None:
    u1, a1, u2 = ChatMessage("user", "1"), ChatMessage("assistant", "2"), ChatMessage("user", "3")
    assert drop_oldest_exchange([SYSTEM, u1, a1, u2]) == [SYSTEM, u2]
    assert drop_oldest_exchange([SYSTEM, a1, u2]) == [SYSTEM, u2]
    assert drop_oldest_exchange([SYSTEM, u2]) is None


async def test_too_long_a_prompt_is_an_engine_error_not_a_crash(llm: LlamaCppLLM) -> None:
    huge = ChatMessage("user", "word " * 3000)  # far beyond the 1024-token context
    with pytest.raises(EngineError):
        _ = [d async for d in llm.stream_chat([SYSTEM, huge], _greedy(4))]
    deltas = [d async for d in llm.stream_chat([SYSTEM, ChatMessage("user", "hi")], _greedy(4))]
    assert deltas  # the engine still works afterwards


async def test_missing_configured_model_names_the_setting(tmp_path: Path) -> None:
    engine = LlamaCppLLM(Settings(llm={"model_path": tmp_path / "nope.gguf"}))
    with pytest.raises(ModelMissingError, match="WANEES_LLM__MODEL_PATH"):
        _ = [d async for d in engine.stream_chat([SYSTEM], _greedy(4))]
    await engine.aclose()


async def test_a_file_that_is_not_a_model_is_a_clear_engine_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_bytes(b"this is not a GGUF file" * 100)
    engine = LlamaCppLLM(Settings(llm={"model_path": bogus, "threads": 1}))
    with pytest.raises(EngineError, match="could not load the model"):
        _ = [d async for d in engine.stream_chat([SYSTEM], _greedy(4))]
    await engine.aclose()


def test_threads_leave_a_core_free_unless_configured(tmp_path: Path) -> None:
    from wanees.engines.llm.llamacpp import _server_params, default_threads

    assert [default_threads(n) for n in (None, 1, 2, 4, 8)] == [1, 1, 1, 3, 7]
    params = _server_params(tmp_path / "m.gguf", 1024, 3)
    assert params.cpuparams.n_threads == params.cpuparams_batch.n_threads == 3


async def test_a_primed_prefix_leaves_only_the_new_user_message_to_read(llm: LlamaCppLLM) -> None:
    """The conversation's priming: the next turn's messages with a placeholder user message,
    one token. The real turn then reads only its own user message (and the chat template's
    few tokens around it), however long the history before it."""
    history = [SYSTEM]
    for i in range(3):
        history += [
            ChatMessage("user", f"tell me about day number {i} of the week please"),
            ChatMessage("assistant", f"day {i} was a calm and quiet day for everyone at home"),
        ]
    _ = [d async for d in llm.stream_chat([*history, ChatMessage("user", "hi")], _greedy(1))]
    primed = llm.last_stats
    words = "i could not sleep well last night"
    _ = [d async for d in llm.stream_chat([*history, ChatMessage("user", words)], _greedy(2))]
    turn = llm.last_stats
    # This tiny vocabulary spells most text letter by letter: the history is ~500 tokens, the
    # last user message with the chat template's markers around it under 40 plus its letters.
    assert turn.cached_tokens >= primed.prompt_tokens + primed.cached_tokens - 40
    assert turn.prompt_tokens <= len(words) + 40 < primed.prompt_tokens
