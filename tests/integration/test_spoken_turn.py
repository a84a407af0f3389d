"""A spoken turn end to end over a real WebSocket, with fake engines and a real Arabic clip."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import fake_settings, read_clip
from tests.integration.conftest import SILENCE_1S, connect, live_server

from wanees.metrics import DISCARDED_AUDIO_FRAMES


def _sample(metric: object) -> float:
    return float(metric._value.get())  # type: ignore[attr-defined]


async def test_full_spoken_turn_events_in_order(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    clip = read_clip("habibi_gulf.wav")
    async with live_server(settings) as server, connect(server) as client:
        await client.stream(clip + SILENCE_1S)
        done = await client.until("response.audio.done")
        metrics = await client.until("turn.metrics")
        await client.send({"type": "playback.done"})
        await client.until("state:listening")

        labels = client.order
        expected = [
            "session.ready",
            "state:user_speaking",
            "state:thinking",
            "transcript.final",
            "response.text.delta",
            "state:speaking",
            "response.audio.start",
            "<audio>",
        ]
        assert [x for x in labels if x in expected][: len(expected)] == expected
        tail = labels[labels.index("response.audio.done") - 1 :]
        assert tail == [
            "response.text.done",
            "response.audio.done",
            "turn.metrics",
            "state:listening",
        ]
        final = next(e for e in client.events if e["type"] == "transcript.final")
        assert final["text"] == settings.fake.transcript
        deltas = [e["text"] for e in client.events if e["type"] == "response.text.delta"]
        text_done = next(e for e in client.events if e["type"] == "response.text.done")
        assert " ".join(deltas) == text_done["text"] == settings.fake.reply
        # The audio received is exactly what the reply says it lasted.
        assert client.audio == pytest.approx(done["duration_s"] * 16_000 * 2, abs=2)
        assert client.audio > 0
        # The STT got the utterance (with pre-roll), not the trailing silence after speech end.
        assert len(server.stt.received) == 1
        assert 4.5 * 32_000 < server.stt.received[0] < len(clip) + 32_000
        for key in ("stt_latency", "llm_ttft", "tts_ttfb", "voice_to_voice"):
            assert metrics[key] is not None and metrics[key] >= 0
        assert metrics["user_audio_s"] > 4.5
        # The turn is stored, text only.
        history = await server.context.repository.history(client.events[0]["session_id"])
        assert [(t.user_text, t.reply_text, t.input_mode) for t in history] == [
            (settings.fake.transcript, settings.fake.reply, "voice")
        ]


async def test_audio_while_assistant_holds_turn_is_discarded(tmp_path: Path) -> None:
    # A slow LLM keeps the assistant thinking/speaking while the user goes on talking.
    settings = fake_settings(tmp_path, fake={"llm_token_delay_s": 0.02})
    clip = read_clip("habibi_gulf.wav")
    async with live_server(settings) as server, connect(server) as client:
        await client.stream(clip + SILENCE_1S)
        await client.until("state:thinking")
        before = _sample(DISCARDED_AUDIO_FRAMES)
        received_before = list(server.stt.received)
        await client.stream(clip)  # speech the server must not hear
        await client.until("turn.metrics")
        await client.send({"type": "playback.done"})
        await client.until("state:listening")

        assert _sample(DISCARDED_AUDIO_FRAMES) - before >= len(clip) // 640 - 1
        assert server.stt.received == received_before  # nothing more reached the STT
        assert client.labels().count("transcript.final") == 1
        assert client.labels().count("state:user_speaking") == 1

        # After the turn the server listens again: the next utterance is heard.
        await client.stream(clip + SILENCE_1S)
        await client.until("transcript.final")
        assert len(server.stt.received) == 2


async def test_returns_to_listening_without_playback_done(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, turn={"playback_grace_s": 0.2})
    async with live_server(settings) as server, connect(server) as client:
        await client.send({"type": "text", "text": "مرحبا"})
        done = await client.until("response.audio.done")
        await client.until("state:listening", wait_s=done["duration_s"] + 3)
        assert server.context.conversations  # session still open and usable
        await client.send({"type": "text", "text": "مرحبا مرة ثانية"})
        await client.until("turn.metrics")


async def test_playback_done_ends_the_wait_early(tmp_path: Path) -> None:
    # A long grace period: only playback.done can bring the state back quickly.
    settings = fake_settings(tmp_path, turn={"playback_grace_s": 30.0})
    async with live_server(settings) as server, connect(server) as client:
        await client.send({"type": "text", "text": "مرحبا"})
        await client.until("turn.metrics")
        await client.send({"type": "playback.done"})
        await client.until("state:listening", wait_s=3)
        assert server.llm.calls
