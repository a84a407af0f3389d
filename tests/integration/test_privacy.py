"""Nothing a person says or hears may end up in the logs, with the real care layer too."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from tests.conftest import fake_settings, read_clip
from tests.integration.conftest import SILENCE_1S, Client, connect, live_server

from wanees.app import create_care, create_engines
from wanees.logs import configure_logging

SPOKEN = "أحس إني وحيد وما أحد يفهمني أبداً"
TYPED = "أمس ما نمت أبداً وأفكر وايد في شغلي"


async def test_a_conversation_leaves_no_user_content_in_logs(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    settings = fake_settings(
        tmp_path, log_json=True, log_level="DEBUG", fake={"transcript": SPOKEN}
    )
    configure_logging(settings)
    try:
        engines = create_engines(settings)
        care = create_care(settings, engines)  # the real care layer
        async with (
            live_server(settings, engines=engines, care=care) as server,
            connect(server) as client,
        ):
            await client.stream(read_clip("habibi_irq.wav") + SILENCE_1S)
            await _finish(client)
            await client.send({"type": "text", "text": TYPED})
            await _finish(client)
            replies = [e["text"] for e in client.events if e["type"] == "response.text.done"]
        out, err = capfd.readouterr()
    finally:
        logging.getLogger().handlers.clear()
    logs = out + err
    assert "turn_done" in logs  # the turns were logged...
    for secret in (SPOKEN, TYPED, *replies):
        assert secret not in logs  # ...without what was said
    for fragment in (SPOKEN.split()[1], TYPED.split()[2]):
        assert fragment not in logs


async def _finish(client: Client) -> None:
    await client.until("turn.metrics")
    await client.send({"type": "playback.done"})
    await client.until("state:listening")
