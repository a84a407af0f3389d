from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from tests.conftest import fake_settings

from wanees.logs import REDACTED, configure_logging, get_logger, redact_sensitive

SECRET = "أنا أفكر أنهي حياتي"


def test_processor_redacts_sensitive_keys_nested_too() -> None:
    event = {
        "event": "turn_done",
        "session": "abc",
        "user_text": SECRET,
        "Transcript": SECRET,
        "details": {"reply": SECRET, "llm_ttft": 0.2},
        "voice_to_voice": 1.1,
    }
    out = redact_sensitive(None, "info", event)
    assert SECRET not in json.dumps(out, ensure_ascii=False)
    assert out["user_text"] == out["Transcript"] == REDACTED
    assert out["details"] == {"reply": REDACTED, "llm_ttft": 0.2}
    assert out["session"] == "abc" and out["voice_to_voice"] == 1.1


def test_configured_json_logs_never_contain_user_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(fake_settings(tmp_path, log_json=True))
    try:
        get_logger("test").info("turn_done", session="s1", text=SECRET, reply=SECRET, code="x")
        logging.getLogger("stdlib").warning("plain %s", "message")
        err = capsys.readouterr().err
        lines = [json.loads(line) for line in err.strip().splitlines()]
        assert SECRET not in err
        assert lines[0]["event"] == "turn_done" and lines[0]["session"] == "s1"
        assert lines[0]["text"] == REDACTED
        assert lines[1]["event"] == "plain message"
    finally:
        logging.getLogger().handlers.clear()
