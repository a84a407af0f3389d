"""``wanees bench --llm-speed`` drives the real llama.cpp engine (a tiny random-weight GGUF)."""

from __future__ import annotations

from pathlib import Path

from tests.engines.tiny_gguf import write_tiny_llama

from wanees.bench.llm_speed import TURNS, measure
from wanees.config import Settings


async def test_each_turn_is_timed_with_the_requested_threads(tmp_path: Path) -> None:
    model = write_tiny_llama(tmp_path / "tiny.gguf")
    settings = Settings(llm={"model_path": model, "context_size": 8192, "threads": 2})
    speeds = await measure(settings, threads=1, max_tokens=8)
    assert len(speeds) == len(TURNS)
    assert all(s.threads == 1 for s in speeds)
    # The system prompt (~2,000 byte tokens for this tiny vocabulary) is cached by the first
    # request: each turn reads only its own words.
    assert all(0 < s.prompt_tokens < 1000 for s in speeds)
    assert all(s.first_token_s > 0 and s.tokens_per_s > 0 for s in speeds)
