"""Start-up work that spares the first person a slow first turn."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.conftest import fake_settings

from wanees.app import create_app, create_engines
from wanees.care import semantic
from wanees.care.prompt import system_prompt
from wanees.engines.fake import FakeLLM


def test_warmup_primes_the_llm_with_the_companions_system_prompt(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, warmup=True)
    engines = create_engines(settings)
    llm: FakeLLM = engines.llm.engines[0]  # type: ignore[attr-defined]

    with TestClient(create_app(settings, engines=engines)) as client:
        assert client.get("/readyz").status_code == 200

    # The real prompt's prefix is what every later turn shares, so that is what must be cached.
    primed = [call[0].content for call in llm.calls if call and call[0].role == "system"]
    assert primed and primed[0] == system_prompt("ar", elevated_risk=False)


def test_no_priming_when_warmup_is_off(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, warmup=False)
    engines = create_engines(settings)
    llm: FakeLLM = engines.llm.engines[0]  # type: ignore[attr-defined]

    with TestClient(create_app(settings, engines=engines)):
        pass

    assert llm.calls == []


def test_priming_outlasts_the_fallback_chains_per_attempt_timeout(tmp_path: Path) -> None:
    # A slow CPU can need longer than a turn's per-attempt timeout to read the system prompt
    # once; cut short, it would never be cached and every later turn would pay for it.
    settings = fake_settings(
        tmp_path, warmup=True, llm={"timeout_s": 0.05}, fake={"llm_first_token_delay_s": 0.3}
    )
    engines = create_engines(settings)
    llm: FakeLLM = engines.llm.engines[0]  # type: ignore[attr-defined]
    llm.reuses_prompt_prefix = True  # type: ignore[attr-defined]

    with TestClient(create_app(settings, engines=engines)) as client:
        assert client.get("/readyz").status_code == 200

    primes = [call for call in llm.calls if call and call[0].role == "system"]
    assert primes and llm.cancelled == 0  # read to its end, not cancelled at 0.05 s


def test_warmup_loads_the_semantic_check_before_the_server_is_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its n-gram learner is fitted at load (seconds); a first turn must not pay for that under
    # the check's 2 s budget, or the first person would get the rules alone.
    class Check:
        threshold = 0.5

        def probability(self, text: str) -> float:
            return 0.0

    loaded: list[str] = []

    def load() -> Check:
        loaded.append("loop" if _in_loop() else "thread")
        return Check()

    monkeypatch.setattr(semantic, "get_semantic_check", load)
    settings = fake_settings(tmp_path, warmup=True, care={"semantic": True})
    with TestClient(create_app(settings, engines=create_engines(settings))) as client:
        assert loaded and loaded[0] == "thread"  # loaded off the event loop, at start-up
        assert client.get("/readyz").status_code == 200
    loaded.clear()
    settings = fake_settings(tmp_path, warmup=False, care={"semantic": True})
    with TestClient(create_app(settings, engines=create_engines(settings))):
        assert loaded == []  # no warm-up asked: loaded on a first turn instead


def _in_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
