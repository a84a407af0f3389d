"""The bench client against a scripted WebSocket peer: protocol edge cases, no real server."""

from __future__ import annotations

import json
from pathlib import Path

from websockets.asyncio.server import ServerConnection, serve

from wanees.bench.client import FRAME_BYTES, ClientOptions
from wanees.bench.clips import Clip
from wanees.bench.runner import run_turns

SAMPLE_RATE = 16_000


def _clip(name: str, seconds: float) -> Clip:
    samples = int(seconds * SAMPLE_RATE)
    return Clip(
        name=name,
        path=Path(f"{name}.wav"),
        pcm=b"\x10\x00" * samples,
        reference=None,
        last_voiced_sample=samples,
        voiced_windows=(True,) * (samples // 160),
    )


async def _ready(ws: ServerConnection) -> None:
    await ws.send(
        json.dumps({"type": "session.ready", "session_id": "s", "output_sample_rate": 8000})
    )
    start = json.loads(await ws.recv())
    assert start["type"] == "session.start"


async def test_a_scripted_turn_is_timed_and_its_reply_measured() -> None:
    received: list[int] = []

    async def handler(ws: ServerConnection) -> None:
        await _ready(ws)
        async for message in ws:
            if isinstance(message, bytes):
                received.append(len(message))
                if len(received) == 3:  # take the turn after 60 ms of audio
                    for event in (
                        {"type": "state", "state": "user_speaking"},
                        {"type": "state", "state": "thinking"},
                        {"type": "transcript.final", "text": "هلا"},
                        {"type": "state", "state": "speaking"},
                        {"type": "response.audio.start"},
                    ):
                        await ws.send(json.dumps(event))
                    await ws.send(bytes(8000))  # 0.5 s at 8 kHz
                    await ws.send(json.dumps({"type": "response.audio.done", "duration_s": 0.5}))
                    await ws.send(
                        json.dumps({"type": "turn.metrics", "turn_id": "t", "stt_latency": 0.1})
                    )
            elif json.loads(message)["type"] == "playback.done":
                await ws.send(json.dumps({"type": "state", "state": "listening"}))

    async with serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        results = await run_turns(
            f"ws://127.0.0.1:{port}",
            [_clip("short", 0.1)],
            repeat=1,
            warmup=False,
            options=ClientOptions(fast_playback=True, turn_timeout_s=5),
        )
    (turn,) = results
    assert turn.error is None
    assert all(size == FRAME_BYTES for size in received)
    assert turn.cut_short  # the server took the turn before the clip's speech was all sent
    # Three frames; a fourth only if the machine is so loaded that it left before the reply.
    assert 0.06 <= turn.sent_audio_s < 0.1
    assert turn.transcript == "هلا"
    assert turn.reply_audio_s == 0.5  # at the output rate session.ready announced
    assert turn.stages.stt_latency == 0.1
    assert turn.voice_to_voice is not None and turn.voice_to_voice >= 0


async def test_a_server_that_hangs_up_ends_the_run_but_keeps_earlier_turns() -> None:
    async def handler(ws: ServerConnection) -> None:
        await _ready(ws)
        # Clip "a" (10 frames) and its trailing silence (25 frames) go unanswered; the
        # connection drops during clip "b".
        for _ in range(36):
            await ws.recv()
        await ws.close()

    async with serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        results = await run_turns(
            f"ws://127.0.0.1:{port}",
            [_clip("a", 0.2), _clip("b", 0.2)],
            repeat=2,
            warmup=False,
            options=ClientOptions(fast_playback=True, turn_timeout_s=5, max_trailing_silence_s=0.5),
        )
    assert [r.clip for r in results] == ["a", "b"]
    assert results[0].error == "server did not take the turn after the clip"
    assert results[1].error is not None and results[1].error.startswith("session ended")
