from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from wanees.transport.protocol import (
    ErrorCode,
    ErrorEvent,
    ResponseTextDelta,
    SessionReady,
    SessionStart,
    StateChanged,
    TextInput,
    TurnMetrics,
    TurnState,
    client_event_adapter,
    server_event_adapter,
)


@pytest.mark.parametrize(
    "event",
    [
        SessionReady(session_id="s", output_sample_rate=22_050, resumed=True),
        StateChanged(state=TurnState.SPEAKING),
        ResponseTextDelta(text="هلا والله،"),
        TurnMetrics(turn_id="t", voice_to_voice=1.25, fallback=True),
        ErrorEvent(code=ErrorCode.INVALID_AUDIO, message="odd"),
    ],
)
def test_server_events_round_trip_through_the_union(event: object) -> None:
    assert hasattr(event, "model_dump_json")
    wire = event.model_dump_json()  # type: ignore[attr-defined]
    parsed = server_event_adapter.validate_json(wire)
    assert type(parsed) is type(event)
    assert parsed == event


def test_client_discriminator_picks_the_model() -> None:
    start = client_event_adapter.validate_python(
        {"type": "session.start", "consent": True, "settings": {"rate": 1.5, "future": 1}}
    )
    assert isinstance(start, SessionStart) and start.consent and start.settings.rate == 1.5
    text = client_event_adapter.validate_json(json.dumps({"type": "text", "text": "هلا"}))
    assert isinstance(text, TextInput) and text.text == "هلا"


@pytest.mark.parametrize(
    "payload",
    [
        {"type": "dance"},
        {"text": "no type"},
        {"type": "text"},
        {"type": "text", "text": ""},
        {"type": "text", "text": "x", "unexpected": True},
        {"type": "session.update", "settings": {"rate": 5}},
    ],
)
def test_invalid_client_events_are_rejected(payload: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        client_event_adapter.validate_python(payload)


def test_error_codes_serialise_as_their_stable_strings() -> None:
    wire = json.loads(ErrorEvent(code=ErrorCode.SERVER_FULL, message="m").model_dump_json())
    assert wire == {"type": "error", "code": "server_full", "message": "m"}
