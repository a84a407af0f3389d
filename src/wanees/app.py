"""The FastAPI application: engines, storage and care layer built once in the lifespan; the
web page, the voice WebSocket, health, readiness, metrics and conversation deletion."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI, HTTPException, Response, WebSocket
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from wanees.care import semantic
from wanees.care.api import CareLayer
from wanees.config import Settings
from wanees.conversation.conversation import Engines
from wanees.engines import fallback
from wanees.engines.base import GenerationOptions
from wanees.logs import get_logger
from wanees.storage.repository import Repository
from wanees.transport.websocket import ServerContext, websocket_endpoint

log = get_logger(__name__)

STATIC_DIR = Path(__file__).parent / "web" / "static"
RETENTION_INTERVAL_S = 24 * 3600
_PLACEHOLDER_PAGE = (
    "<!doctype html><meta charset=utf-8><title>Wanees</title><p>Wanees is running.</p>"
)


def create_engines(settings: Settings) -> Engines:
    return Engines(
        vad=fallback.create_vad(settings),
        stt=fallback.create_stt(settings),
        llm=fallback.create_llm(settings),
        tts=fallback.create_tts(settings),
    )


def create_care(settings: Settings, engines: Engines) -> CareLayer:
    from wanees.care.layer import create_care_layer

    return create_care_layer(settings, engines.llm)


async def prime_llm_cache(engines: Engines, care: CareLayer) -> None:
    """Evaluate the companion's system prompt once at start-up.

    The prompt is several hundred tokens; a local model on 2 cores needs seconds to read it cold,
    but reuses its KV cache for the unchanged prefix on every later turn. Paying that here means
    the first person to speak does not wait for it. The messages come from the care layer's own
    plan for a greeting, so the cached prefix is exactly what a real turn sends.
    """
    plan = await care.plan_turn(
        "هلا", [], care.new_session_state(), language="ar", first_turn=False
    )
    if not plan.messages:
        return
    messages = plan.messages
    started = time.perf_counter()
    # Each engine of a fallback chain directly, not through the chain: its per-attempt timeout
    # is for a person waiting, and a slow CPU can need longer than that to read the prompt once
    # (a 528-token prompt took 48 s on one thread of a slow host). Cut short, the prompt would
    # never be cached, and every turn would wait for it and give way to the bank.
    chain = getattr(engines.llm, "engines", None) or [engines.llm]
    try:
        for position, llm in enumerate(chain):
            # The first engine answers every turn; a fallback only matters if it caches too.
            if position == 0 or getattr(llm, "reuses_prompt_prefix", False):
                async for _ in llm.stream_chat(messages, GenerationOptions(max_tokens=1)):
                    pass
    except Exception:
        # Not fatal: the first turn is slower, and the fallback reply still answers.
        log.exception("llm_prime_failed")
        return
    log.info("llm_prime_done", seconds=round(time.perf_counter() - started, 2))


async def _retention_loop(repository: Repository, days: int) -> None:
    while True:
        try:
            purged = await repository.purge_older_than(days)
            if purged:
                log.info("retention_purged", sessions=purged, days=days)
        except Exception:
            log.exception("retention_failed")
        await asyncio.sleep(RETENTION_INTERVAL_S)


def create_app(
    settings: Settings,
    *,
    engines: Engines | None = None,
    care: CareLayer | None = None,
) -> FastAPI:
    """``engines`` and ``care`` may be injected (tests); by default they come from settings."""
    state: dict[str, ServerContext] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        built: Engines = (
            engines if engines is not None else await asyncio.to_thread(create_engines, settings)
        )
        if settings.warmup:
            await built.warmup()
        repository = Repository(settings.effective_database_url)
        await repository.open()
        care_layer = care or create_care(settings, built)
        if settings.warmup:
            await semantic.warm(settings.care)
            await prime_llm_cache(built, care_layer)
        context = ServerContext(
            settings=settings,
            engines=built,
            care=care_layer,
            repository=repository,
        )
        state["context"] = context
        app.state.context = context
        retention = asyncio.create_task(
            _retention_loop(repository, settings.privacy.retention_days)
        )
        log.info(
            "server_ready",
            vad=built.vad.name,
            stt=built.stt.name,
            llm=built.llm.name,
            tts=built.tts.name,
        )
        try:
            yield
        finally:
            retention.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await retention
            for conversation in list(context.conversations.values()):
                await conversation.close()
            if engines is None:
                await built.aclose()
            await repository.close()
            state.clear()

    app = FastAPI(title="Wanees", lifespan=lifespan, docs_url=None, redoc_url=None)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz(response: Response) -> dict[str, object]:
        context = state.get("context")
        if context is None:
            response.status_code = 503
            return {"ready": False}
        return {
            "ready": True,
            "engines": {
                "vad": context.engines.vad.name,
                "stt": context.engines.stt.name,
                "llm": context.engines.llm.name,
                "tts": context.engines.tts.name,
            },
            "sessions": context.admitted,
        }

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    @app.delete("/api/sessions/{session_id}", status_code=204)
    async def delete_session(session_id: str) -> Response:
        context = state["context"]
        live = context.conversations.get(session_id)
        if live is not None:
            await live.close()
        socket = context.sockets.get(session_id)
        if socket is not None:
            with contextlib.suppress(Exception):
                await socket.close(code=1000)
        if not await context.repository.delete_session(session_id):
            raise HTTPException(status_code=404, detail="session not found")
        log.info("session_deleted", session=session_id, via="http")
        return Response(status_code=204)

    @app.websocket("/ws")
    async def ws(websocket: WebSocket) -> None:
        await websocket_endpoint(websocket, state["context"])

    if (STATIC_DIR / "index.html").exists():
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="static")
    else:

        @app.get("/", response_class=HTMLResponse)
        async def placeholder() -> str:
            return _PLACEHOLDER_PAGE

        @app.get("/{path:path}", response_class=PlainTextResponse, include_in_schema=False)
        async def not_found(path: str) -> Response:
            return PlainTextResponse("not found", status_code=404)

    return app
