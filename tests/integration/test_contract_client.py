"""A client written from the WebSocket contract alone: no session.start, a clip streamed with no
trailing silence, speech sent while the reply plays, then playback.done."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import fake_settings, read_clip
from tests.integration.conftest import connect, live_server


async def test_a_contract_only_client_completes_a_turn_and_is_not_heard_over_the_reply(
    tmp_path: Path,
) -> None:
    settings = fake_settings(
        tmp_path, vad={"input_stall_ms": 800}, fake={"tts_seconds_per_char": 0.05}
    )
    clip = read_clip("habibi_gulf.wav")
    async with live_server(settings) as server, connect(server, start=False) as client:
        # The clip ends on speech and nothing follows it: the turn must still end.
        await client.stream(clip)
        final = await client.until("transcript.final", wait_s=10)
        assert final["text"]
        await client.until("response.audio.start")

        # Talking over the reply: discarded, never transcribed, not even later.
        utterances_before = len(server.stt.received)
        await client.stream(clip)
        await client.until("response.audio.done", wait_s=10)
        await client.until("turn.metrics")
        await client.send({"type": "playback.done"})
        await client.until("state:listening")
        await asyncio.sleep(1.0)  # longer than the stall timeout: nothing may surface
        assert len(server.stt.received) == utterances_before
        finals = [e for e in client.events if e["type"] == "transcript.final"]
        assert len(finals) == 1
        assert client.audio > 0
        assert client.errors() == []
