"""`wanees doctor` and `wanees models` through Typer's test runner, on tiny or fake models."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from tests.engines.tiny_gguf import write_tiny_llama
from typer.testing import CliRunner

from wanees.engines.doctor import doctor, models

app = typer.Typer()
app.command()(doctor)
app.command()(models)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WANEES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("WANEES_CONFIG_FILE", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("WANEES_VAD__ENGINE", "silero")
    monkeypatch.setenv("WANEES_STT__ENGINE", "fake")
    monkeypatch.setenv("WANEES_LLM__ENGINE", "llamacpp")
    monkeypatch.setenv("WANEES_TTS__ENGINE", "espeak")
    return tmp_path


def test_doctor_passes_with_working_engines(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WANEES_LLM__MODEL_PATH", str(write_tiny_llama(env / "tiny.gguf")))
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    for label in ("vad silero", "stt fake", "llm llamacpp", "tts espeak", "voice mb-ar2"):
        assert f"ok   {label}" in result.output


def test_doctor_fails_and_names_the_fix(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WANEES_LLM__MODEL_PATH", str(env / "missing.gguf"))
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 1
    assert "FAIL llm llamacpp" in result.output and "WANEES_LLM__MODEL_PATH" in result.output
    assert "ok   tts espeak" in result.output  # one failure does not hide the others


def test_models_reports_an_empty_cache_with_the_fix(env: Path) -> None:
    result = CliRunner().invoke(app, ["models"])
    assert result.exit_code == 1
    assert result.output.count("missing at") == 2
    assert "wanees models --install" in result.output
