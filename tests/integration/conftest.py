"""A real uvicorn server on a free port in the test's event loop, and a small WebSocket client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
import websockets
from tests.conftest import StubCare
from websockets.asyncio.client import ClientConnection

from wanees.app import create_app, create_engines
from wanees.care.api import CareLayer
from wanees.config import Settings
from wanees.conversation.conversation import Engines
from wanees.engines.fake import FakeLLM, FakeSTT, FakeTTS
from wanees.transport.websocket import ServerContext

SILENCE_1S = b"\x00\x00" * 16_000


@dataclass
class LiveServer:
    port: int
    app: Any
    engines: Engines

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def context(self) -> ServerContext:
        return self.app.state.context  # type: ignore[no-any-return]

    # The fakes behind the fallback adapters, for assertions.
    @property
    def stt(self) -> FakeSTT:
        return self.engines.stt.engines[0]  # type: ignore[attr-defined,no-any-return]

    @property
    def llm(self) -> FakeLLM:
        return self.engines.llm.engines[0]  # type: ignore[attr-defined,no-any-return]

    @property
    def tts(self) -> FakeTTS:
        return self.engines.tts.engines[0]  # type: ignore[attr-defined,no-any-return]


@contextlib.asynccontextmanager
async def live_server(
    settings: Settings, *, engines: Engines | None = None, care: CareLayer | None = None
) -> AsyncIterator[LiveServer]:
    engines = engines or create_engines(settings)
    app = create_app(settings, engines=engines, care=care or StubCare())
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_config=None, lifespan="on", ws_max_size=16 * 1024 * 1024, ws_ping_interval=None
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield LiveServer(port=port, app=app, engines=engines)
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)
        sock.close()


@dataclass
class Client:
    """Collects every server frame; JSON events in ``events``, audio byte count in ``audio``."""

    ws: ClientConnection
    events: list[dict[str, Any]] = field(default_factory=list)
    audio: int = 0
    audio_frames: int = 0
    order: list[str] = field(default_factory=list)  # event types and "<audio>", in order

    async def next_event(self, wait_s: float = 5.0) -> dict[str, Any]:
        while True:
            frame = await asyncio.wait_for(self.ws.recv(), wait_s)
            if isinstance(frame, bytes):
                self.audio += len(frame)
                self.audio_frames += 1
                if not self.order or self.order[-1] != "<audio>":
                    self.order.append("<audio>")
                continue
            event: dict[str, Any] = json.loads(frame)
            self.events.append(event)
            self.order.append(_label(event))
            return event

    async def until(self, label: str, wait_s: float = 5.0) -> dict[str, Any]:
        """Read events until one whose label (type, or "state:<s>") matches."""
        while True:
            event = await self.next_event(wait_s)
            if _label(event) == label:
                return event

    async def send(self, payload: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(payload))

    async def stream(self, pcm: bytes, frame_ms: int = 20) -> None:
        step = 16_000 * 2 * frame_ms // 1000
        for offset in range(0, len(pcm) - step + 1, step):
            await self.ws.send(pcm[offset : offset + step])
        await asyncio.sleep(0)

    def labels(self) -> list[str]:
        return [_label(e) for e in self.events]

    def errors(self) -> list[str]:
        return [e["code"] for e in self.events if e["type"] == "error"]


async def eventually(condition: Callable[[], bool], wait_s: float = 5.0) -> None:
    """Poll a condition set by server-side code running in this same event loop."""
    for _ in range(int(wait_s / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached in time")


def _label(event: dict[str, Any]) -> str:
    return f"state:{event['state']}" if event["type"] == "state" else str(event["type"])


@contextlib.asynccontextmanager
async def connect(
    server: LiveServer, *, start: bool = True, query: str = "", consent: bool = True
) -> AsyncIterator[Client]:
    async with websockets.connect(server.ws_url + query, max_size=None) as ws:
        client = Client(ws)
        await client.until("session.ready")
        if start:
            await client.send({"type": "session.start", "consent": consent})
        yield client
