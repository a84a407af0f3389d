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


def _fail_on(text: str) -> None:
    try:
        {"known": 1}[text]
    except KeyError as error:
        raise RuntimeError(f"could not handle {text}") from error


def test_logged_exceptions_keep_the_traceback_but_not_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(fake_settings(tmp_path, log_json=True))
    try:
        try:
            _fail_on(SECRET)
        except RuntimeError:
            get_logger("test").exception("turn_crashed", session="s1")
            # A third-party library logging through the standard module, as uvicorn does.
            logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
        err = capsys.readouterr().err
        assert SECRET not in err
        lines = [json.loads(line) for line in err.strip().splitlines()]
        assert [line["event"] for line in lines] == [
            "turn_crashed",
            "Exception in ASGI application",
        ]
        for line in lines:
            trace = line["exception"]
            # Where it failed, and what kind of failure, in cause-then-effect order.
            assert "_fail_on" in trace
            assert trace.index("builtins.KeyError") < trace.index("builtins.RuntimeError")
    finally:
        logging.getLogger().handlers.clear()
