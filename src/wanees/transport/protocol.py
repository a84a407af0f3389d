"""The WebSocket protocol: every JSON event as a typed pydantic model, one discriminated union per
direction. Binary frames carry audio: PCM s16le mono, 16 kHz from the client, ``output_sample_rate``
from the server. ``docs/protocol.md`` is generated from these models (``wanees protocol-schema``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from wanees.config import Language

# ------------------------------------------------------------------------------------ shared


class TurnState(StrEnum):
    LISTENING = "listening"
    USER_SPEAKING = "user_speaking"
    THINKING = "thinking"
    SPEAKING = "speaking"


class RiskLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    IMMINENT = "imminent"


class ErrorCode(StrEnum):
    """Stable error codes; clients may switch on them."""

    INVALID_JSON = "invalid_json"
    UNKNOWN_EVENT = "unknown_event"
    INVALID_EVENT = "invalid_event"
    MESSAGE_TOO_LARGE = "message_too_large"
    INVALID_AUDIO = "invalid_audio"  # odd byte count, or a frame outside 10-500 ms
    NOT_READY = "not_ready"
    SESSION_ALREADY_STARTED = "session_already_started"
    CONSENT_REQUIRED = "consent_required"
    BUSY = "busy"  # a typed turn while the assistant holds the turn
    TEXT_TOO_LONG = "text_too_long"
    SERVER_FULL = "server_full"
    SESSION_NOT_FOUND = "session_not_found"
    STT_FAILED = "stt_failed"
    LLM_FAILED = "llm_failed"
    TTS_FAILED = "tts_failed"
    INTERNAL = "internal_error"


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionSettings(BaseModel):
    """What the client may choose; applied from the next turn on. Unknown keys are ignored so
    an older server accepts a newer page."""

    model_config = ConfigDict(extra="ignore")

    language: Language | None = Field(None, description="Reply language: ar, en or mixed")
    voice: str | None = Field(None, description="TTS voice id (see session.ready voices)")
    rate: float | None = Field(None, ge=0.5, le=2.0, description="Speaking speed, 1.0 = normal")
    stt_language: str | None = Field(None, description="Speech recognition language, e.g. ar")


class Resource(BaseModel):
    """A verified help line, from the care layer's resource file (never from generated text)."""

    name_ar: str
    name_en: str
    number: str
    scope: str = ""
    kind: Literal["emergency", "child_protection", "information", "clinic"] = "emergency"


class HistoryTurn(BaseModel):
    turn_id: str
    user_text: str
    reply_text: str
    created_at: str  # ISO 8601, UTC
    risk_level: RiskLevel = RiskLevel.NONE
    input_mode: Literal["voice", "text"] = "voice"


# ----------------------------------------------------------------------- client to server


class SessionStart(_Event):
    type: Literal["session.start"] = "session.start"
    settings: SessionSettings = SessionSettings()
    consent: bool = Field(False, description="The person accepted the disclosure and storage")


class PlaybackDone(_Event):
    type: Literal["playback.done"] = "playback.done"


class TextInput(_Event):
    type: Literal["text"] = "text"
    text: str = Field(min_length=1)


class SessionUpdate(_Event):
    """Change settings mid-session; they apply from the next turn."""

    type: Literal["session.update"] = "session.update"
    settings: SessionSettings


class SessionDelete(_Event):
    """Delete this conversation and everything stored about it; the server then closes."""

    type: Literal["session.delete"] = "session.delete"


ClientEvent = Annotated[
    SessionStart | PlaybackDone | TextInput | SessionUpdate | SessionDelete,
    Field(discriminator="type"),
]
client_event_adapter: TypeAdapter[ClientEvent] = TypeAdapter(ClientEvent)


# ----------------------------------------------------------------------- server to client


class SessionReady(_Event):
    type: Literal["session.ready"] = "session.ready"
    session_id: str
    output_sample_rate: int
    input_sample_rate: int = 16_000
    resumed: bool = False
    voices: list[dict[str, str]] = []
    resources: list[Resource] = []
    # What the consent text tells the person: stored text is deleted after this many days.
    retention_days: int = Field(
        30, ge=0, description="Stored conversation text is deleted after this many days; 0 = kept"
    )


class SessionHistory(_Event):
    """Sent after session.ready when a session is resumed: the stored turns, oldest first."""

    type: Literal["session.history"] = "session.history"
    turns: list[HistoryTurn]


class SessionUpdated(_Event):
    type: Literal["session.updated"] = "session.updated"
    settings: SessionSettings


class SessionDeleted(_Event):
    type: Literal["session.deleted"] = "session.deleted"
    session_id: str


class StateChanged(_Event):
    type: Literal["state"] = "state"
    state: TurnState


class TranscriptPartial(_Event):
    type: Literal["transcript.partial"] = "transcript.partial"
    text: str


class TranscriptFinal(_Event):
    type: Literal["transcript.final"] = "transcript.final"
    text: str


class ResponseTextDelta(_Event):
    type: Literal["response.text.delta"] = "response.text.delta"
    text: str


class ResponseTextDone(_Event):
    type: Literal["response.text.done"] = "response.text.done"
    text: str


class ResponseAudioStart(_Event):
    type: Literal["response.audio.start"] = "response.audio.start"


class ResponseAudioDone(_Event):
    type: Literal["response.audio.done"] = "response.audio.done"
    duration_s: float = 0.0


class RiskAlert(_Event):
    """The care layer judged this turn risky: the page shows a persistent banner."""

    type: Literal["risk"] = "risk"
    level: RiskLevel
    resources: list[Resource]


ReplySource = Literal["model", "fallback_model", "bank", "fixed"]


class TurnMetrics(_Event):
    """Per-turn timings in seconds, named as Pipecat and LiveKit name them. None = not measured
    for this turn (e.g. no STT for a typed turn)."""

    type: Literal["turn.metrics"] = "turn.metrics"
    turn_id: str
    end_of_utterance_delay: float | None = None  # last voiced sample -> STT final available
    stt_latency: float | None = None  # end of user audio -> final transcript
    llm_ttft: float | None = None  # LLM request -> first token
    tts_ttfb: float | None = None  # first sentence to TTS -> first audio byte
    voice_to_voice: float | None = None  # end of user speech -> first reply audio sent
    # LLM request -> final transcript: how long before the turn ended the reply was started
    # (a speculative reply during the VAD hangover; 0 when it started after the transcript).
    llm_lead: float | None = None
    reply_audio_s: float | None = None
    user_audio_s: float | None = None
    fallback: bool = False  # the reply came from the curated bank
    # Where the reply came from: the model, the fallback model after the guard rejected the
    # model's reply, the curated bank, or a fixed text (crisis message). None: not reported.
    reply_source: ReplySource | None = None
    # Why the model's own reply was not spoken, as a code ("guard:too_short",
    # "first_clause_timeout", "llm_failed", "empty"); never any text of the reply.
    fallback_reason: str | None = None


class ErrorEvent(_Event):
    type: Literal["error"] = "error"
    code: ErrorCode
    message: str


ServerEvent = Annotated[
    SessionReady
    | SessionHistory
    | SessionUpdated
    | SessionDeleted
    | StateChanged
    | TranscriptPartial
    | TranscriptFinal
    | ResponseTextDelta
    | ResponseTextDone
    | ResponseAudioStart
    | ResponseAudioDone
    | RiskAlert
    | TurnMetrics
    | ErrorEvent,
    Field(discriminator="type"),
]
server_event_adapter: TypeAdapter[ServerEvent] = TypeAdapter(ServerEvent)
