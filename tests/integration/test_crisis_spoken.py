"""The crisis path in a spoken session, end to end: real audio over the WebSocket, the real care
layer, a fixed pre-written reply with the verified numbers, and the session flagged for a human."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import fake_settings, read_clip
from tests.integration.conftest import SILENCE_1S, connect, live_server

from wanees.app import create_engines
from wanees.care.layer import create_care_layer
from wanees.care.texts import crisis_message
from wanees.transport.protocol import RiskLevel

RISKY = "والله تعبت، ما أبا أعيش، أبا أموت"


async def test_a_spoken_risk_turn_gets_the_fixed_crisis_reply_and_flags_the_session(
    tmp_path: Path,
) -> None:
    settings = fake_settings(tmp_path, fake={"transcript": RISKY})
    engines = create_engines(settings)
    care = create_care_layer(settings, engines.llm)
    async with live_server(settings, engines=engines, care=care) as server:
        async with connect(server) as client:
            await client.stream(read_clip("habibi_gulf.wav") + SILENCE_1S)
            assert (await client.until("transcript.final", wait_s=10))["text"] == RISKY
            risk = await client.until("risk")
            done = await client.until("response.text.done")
            await client.until("response.audio.done")
            session_id = client.events[0]["session_id"]

        assert risk["level"] in {"high", "imminent"}
        numbers = {resource["number"] for resource in risk["resources"]}
        assert "9999" in numbers and numbers <= {"9999", "1100", "24441999"}
        # Fixed and pre-written, never generated: the LLM was not asked for this turn.
        level = RiskLevel(risk["level"])
        assert done["text"].endswith(crisis_message(level, "ar"))
        assert "9999" in done["text"]
        assert not any(RISKY in m.content for call in server.llm.calls for m in call)
        assert client.audio > 0  # spoken, not only shown

        stored = await server.context.repository.get_session(session_id)
        assert stored is not None and stored.flagged
        assert stored.flag_reason and RISKY not in stored.flag_reason  # a reason, not the words
