"""The ``/ws`` endpoint: validate every inbound frame, drive one :class:`Conversation`.

Every bad input gets an ``error`` event with a stable code and the connection stays usable;
nothing the client sends can make the server send a traceback or crash the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from dataclasses import dataclass, field

from fastapi import WebSocket, WebSocketDisconnect
from pydantic import BaseModel, ValidationError
from starlette.websockets import WebSocketState

from wanees.care.api import CareLayer
from wanees.config import Settings
from wanees.conversation.conversation import Conversation, Engines
from wanees.logs import get_logger
from wanees.metrics import ACTIVE_SESSIONS, ERRORS
from wanees.storage.repository import Repository
from wanees.transport.protocol import (
    ErrorCode,
    ErrorEvent,
    PlaybackDone,
    SessionDelete,
    SessionDeleted,
    SessionHistory,
    SessionReady,
    SessionSettings,
    SessionStart,
    SessionUpdate,
    SessionUpdated,
    TextInput,
    client_event_adapter,
)

log = get_logger(__name__)

MIN_FRAME_BYTES = 16_000 * 2 * 10 // 1000  # 10 ms
MAX_FRAME_BYTES = 16_000 * 2 * 500 // 1000  # 500 ms
CLIENT_EVENT_TYPES = frozenset(
    {"session.start", "playback.done", "text", "session.update", "session.delete"}
)


@dataclass(slots=True)
class ServerContext:
    """What the app's lifespan builds once and every connection shares."""

    settings: Settings
    engines: Engines
    care: CareLayer
    repository: Repository
    admitted: int = 0  # open connections holding a session slot
    conversations: dict[str, Conversation] = field(default_factory=dict)
    sockets: dict[str, WebSocket] = field(default_factory=dict)


class _Sender:
    """Serialises sends on one socket so events and audio never interleave mid-frame."""

    def __init__(self, websocket: WebSocket) -> None:
        self._ws = websocket
        self._lock = asyncio.Lock()
        self.closed = False

    async def event(self, event: object) -> None:
        assert isinstance(event, BaseModel)
        await self._send(text=event.model_dump_json())

    async def audio(self, pcm: bytes) -> None:
        await self._send(data=pcm)

    async def _send(self, *, text: str | None = None, data: bytes | None = None) -> None:
        if self.closed:
            return
        async with self._lock:
            try:
                if text is not None:
                    await self._ws.send_text(text)
                elif data is not None:
                    await self._ws.send_bytes(data)
            except (WebSocketDisconnect, RuntimeError, OSError):
                # The peer left; the receive loop notices and cancels the session's work.
                self.closed = True


async def websocket_endpoint(websocket: WebSocket, context: ServerContext) -> None:
    await websocket.accept()
    sender = _Sender(websocket)
    if context.admitted >= context.settings.limits.max_sessions:
        ERRORS.labels(ErrorCode.SERVER_FULL.value).inc()
        await sender.event(
            ErrorEvent(code=ErrorCode.SERVER_FULL, message="The server is full; try again soon.")
        )
        await websocket.close(code=1013)
        return
    # Take the slot before the first await, so concurrent connections cannot all squeeze in.
    context.admitted += 1
    ACTIVE_SESSIONS.inc()
    try:
        await _serve_session(websocket, context, sender)
    finally:
        context.admitted -= 1
        ACTIVE_SESSIONS.dec()


async def _serve_session(websocket: WebSocket, context: ServerContext, sender: _Sender) -> None:
    # Frames are read from the moment the socket is accepted, so that audio or a typed turn sent
    # before `session.ready` is answered with `not_ready` rather than silently acted on later.
    inbox: asyncio.Queue[Message] = asyncio.Queue()
    gate = _ReadyGate()
    reader = asyncio.create_task(_read_frames(websocket, inbox, gate, sender))
    try:
        await _prepare_and_run(websocket, context, sender, inbox, gate)
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader


Message = dict[str, object]


class _ReadyGate:
    def __init__(self) -> None:
        self.ready = False


def _is_turn_input(message: Message) -> bool:
    """Audio, or a typed turn: what only makes sense once the session exists."""
    if message.get("bytes") is not None:
        return True
    text = message.get("text")
    if not isinstance(text, str) or len(text) > 4096:
        return False
    with contextlib.suppress(ValueError):
        payload = json.loads(text)
        return isinstance(payload, dict) and payload.get("type") == "text"
    return False


async def _read_frames(
    websocket: WebSocket, inbox: asyncio.Queue[Message], gate: _ReadyGate, sender: _Sender
) -> None:
    while True:
        try:
            message: Message = dict(await websocket.receive())
        except (WebSocketDisconnect, RuntimeError):
            message = {"type": "websocket.disconnect"}
        if message["type"] == "websocket.disconnect":
            await inbox.put(message)
            return
        if not gate.ready and _is_turn_input(message):
            ERRORS.labels(ErrorCode.NOT_READY.value).inc()
            await sender.event(
                ErrorEvent(
                    code=ErrorCode.NOT_READY, message="Wait for session.ready before talking."
                )
            )
            continue
        await inbox.put(message)


async def _prepare_and_run(
    websocket: WebSocket,
    context: ServerContext,
    sender: _Sender,
    inbox: asyncio.Queue[Message],
    gate: _ReadyGate,
) -> None:
    requested = websocket.query_params.get("session_id")
    stored = await context.repository.get_session(requested) if requested else None
    if stored is not None and stored.id in context.conversations:
        # The same conversation open twice would interleave its turns: the newer page wins.
        await context.conversations[stored.id].close()
        with contextlib.suppress(Exception):
            await context.sockets[stored.id].close(code=1000)
    session_id = stored.id if stored else str(uuid.uuid4())
    history = await context.repository.history(session_id) if stored else []
    conversation = Conversation(
        session_id=session_id,
        settings=context.settings,
        engines=context.engines,
        care=context.care,
        repository=context.repository,
        send_event=sender.event,
        send_audio=sender.audio,
        history=history,
    )
    if stored is not None:
        conversation.apply_settings(SessionSettings.model_validate(stored.settings))
    context.conversations[session_id] = conversation
    context.sockets[session_id] = websocket
    log.info("session_open", session=session_id, resumed=stored is not None)
    try:
        await sender.event(
            SessionReady(
                session_id=session_id,
                output_sample_rate=context.engines.tts.sample_rate,
                resumed=stored is not None,
                voices=[
                    {"id": v.id, "label": v.label, "language": v.language, "gender": v.gender}
                    for v in context.engines.tts.voices()
                ],
                resources=context.care.resources(),
                retention_days=context.settings.privacy.retention_days,
            )
        )
        gate.ready = True
        if stored is not None:
            await sender.event(SessionHistory(turns=history))
        elif requested:
            await conversation.send_error(
                ErrorCode.SESSION_NOT_FOUND, "That conversation is not stored; a new one started."
            )
        session = _Session(
            context, conversation, sender, stored_consent=bool(stored and stored.consented)
        )
        await session.run(websocket, inbox)
    finally:
        await conversation.close()
        # A newer connection may have taken this conversation over: leave its entries alone.
        if context.conversations.get(session_id) is conversation:
            del context.conversations[session_id]
            context.sockets.pop(session_id, None)
        log.info("session_closed", session=session_id)


class _Session:
    def __init__(
        self,
        context: ServerContext,
        conversation: Conversation,
        sender: _Sender,
        *,
        stored_consent: bool,
    ) -> None:
        self.context = context
        self.settings = context.settings
        self.conversation = conversation
        self.sender = sender
        self.started = False
        self.consented = stored_consent

    async def run(self, websocket: WebSocket, inbox: asyncio.Queue[Message]) -> None:
        while True:
            message = await inbox.get()
            if message["type"] == "websocket.disconnect":
                return  # closed by the peer, or from our side (deleted over HTTP)
            data, text = message.get("bytes"), message.get("text")
            try:
                if isinstance(data, bytes):
                    await self._on_bytes(data)
                elif isinstance(text, str) and await self._on_text(text, websocket):
                    return
            except Exception:
                # Never a traceback to the client; the log has it (no user content in it).
                log.exception("internal_error", session=self.conversation.session_id)
                await self._error(ErrorCode.INTERNAL, "Something went wrong on the server.")
            if self.sender.closed:
                return

    async def _error(self, code: ErrorCode, message: str) -> None:
        await self.conversation.send_error(code, message)

    async def _on_bytes(self, data: bytes) -> None:
        if len(data) > self.settings.limits.max_message_bytes:
            await self._error(ErrorCode.MESSAGE_TOO_LARGE, "Frame too large.")
            return
        if len(data) % 2:
            await self._error(ErrorCode.INVALID_AUDIO, "PCM16 audio needs an even byte count.")
            return
        if not MIN_FRAME_BYTES <= len(data) <= MAX_FRAME_BYTES:
            await self._error(
                ErrorCode.INVALID_AUDIO, "Send audio frames of 10 to 500 ms (16 kHz PCM16)."
            )
            return
        if not await self._ready_for_turns():
            return
        await self.conversation.on_audio(data)

    async def _ready_for_turns(self) -> bool:
        """May a turn start? `session.start` is optional: without it the session starts on
        default settings, unless this deployment requires consent first."""
        if self.consented or not self.settings.privacy.require_consent:
            if not self.started:
                self.started = True
                current = self.conversation.apply_settings(SessionSettings())
                await self.context.repository.ensure_session(
                    self.conversation.session_id,
                    current.model_dump(exclude_none=True),
                    consent=False,
                )
            return True
        await self._error(ErrorCode.CONSENT_REQUIRED, "Consent is required before talking.")
        return False

    async def _on_text(self, raw: str, websocket: WebSocket) -> bool:
        """Handle one JSON event; True when the connection should end."""
        if len(raw.encode()) > self.settings.limits.max_message_bytes:
            await self._error(ErrorCode.MESSAGE_TOO_LARGE, "Message too large.")
            return False
        try:
            payload = json.loads(raw)
        except ValueError:
            await self._error(ErrorCode.INVALID_JSON, "Messages must be JSON.")
            return False
        kind = payload.get("type") if isinstance(payload, dict) else None
        if not isinstance(kind, str):
            await self._error(ErrorCode.INVALID_EVENT, "An event needs a string 'type'.")
            return False
        if kind not in CLIENT_EVENT_TYPES:
            await self._error(ErrorCode.UNKNOWN_EVENT, f"Unknown event type {kind[:40]!r}.")
            return False
        try:
            event = client_event_adapter.validate_python(payload)
        except ValidationError as exc:
            fields = ", ".join(".".join(str(p) for p in err["loc"]) for err in exc.errors())
            await self._error(ErrorCode.INVALID_EVENT, f"Invalid {kind}: check {fields}.")
            return False
        return await self._dispatch(event, websocket)

    async def _dispatch(self, event: object, websocket: WebSocket) -> bool:
        conversation = self.conversation
        repository = self.context.repository
        if isinstance(event, SessionStart):
            if self.started:
                await self._error(ErrorCode.SESSION_ALREADY_STARTED, "The session already started.")
                return False
            self.started = True
            self.consented = self.consented or event.consent
            merged = conversation.apply_settings(event.settings)
            await repository.ensure_session(
                conversation.session_id,
                merged.model_dump(exclude_none=True),
                consent=event.consent,
            )
            if self.settings.privacy.require_consent and not self.consented:
                await self._error(ErrorCode.CONSENT_REQUIRED, "Consent is required before talking.")
        elif isinstance(event, PlaybackDone):
            conversation.on_playback_done()
        elif isinstance(event, TextInput):
            if not await self._ready_for_turns():
                pass
            elif not event.text.strip():
                await self._error(ErrorCode.INVALID_EVENT, "The text is empty.")
            elif len(event.text) > self.settings.limits.max_text_chars:
                await self._error(ErrorCode.TEXT_TOO_LONG, "That message is too long.")
            else:
                await conversation.on_text(event.text.strip())
        elif isinstance(event, SessionUpdate):
            merged = conversation.apply_settings(event.settings)
            if self.started:
                await repository.update_settings(
                    conversation.session_id, merged.model_dump(exclude_none=True)
                )
            await self.sender.event(SessionUpdated(settings=merged))
        elif isinstance(event, SessionDelete):
            await conversation.close()
            await repository.delete_session(conversation.session_id)
            log.info("session_deleted", session=conversation.session_id)
            await self.sender.event(SessionDeleted(session_id=conversation.session_id))
            if websocket.application_state is WebSocketState.CONNECTED:
                with contextlib.suppress(Exception):
                    await websocket.close(code=1000)
            return True
        return False
