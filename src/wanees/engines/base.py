"""The four engine interfaces: VAD, STT, LLM, TTS.

They are deliberately narrow and async so that a local model and a streaming cloud provider fit
behind the same shape:

* STT consumes an async stream of 16 kHz PCM16 audio and yields partial then final transcripts.
* LLM streams text deltas for a list of chat messages.
* TTS streams PCM16 audio chunks for one piece of text (a sentence or clause).
* VAD is synchronous and cheap (well under a millisecond per 32 ms frame), so it is called inline
  for every audio frame; each session gets its own stream with its own state.

Engines that wrap a blocking library must run the blocking calls off the event loop
(``asyncio.to_thread`` or an executor) and guard libraries that are not thread-safe with a lock.
An engine is created once per process and shared by all sessions; per-session state lives in the
stream objects it hands out.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterable, AsyncIterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

INPUT_SAMPLE_RATE = 16_000
"""Every audio stream into the server is PCM signed 16-bit little-endian mono at this rate."""


class EngineError(RuntimeError):
    """An engine failed in a way the turn cannot recover from (the session itself survives)."""


class ModelMissingError(EngineError):
    """A model file is not installed. The message names what to install."""


class Engine(abc.ABC):  # noqa: B024 - the kinds below declare the abstract methods
    """What every engine has: a name for logs and metrics, warm-up and clean-up."""

    name: str = "engine"

    async def warmup(self) -> None:  # noqa: B027 - optional hook
        """Load and exercise the model once so the first user does not pay for it."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release resources at shutdown."""


# --------------------------------------------------------------------------------------- VAD


class VADEventType(StrEnum):
    SPEECH_START = "speech_start"
    SPEECH_END = "speech_end"
    # Optional (a VAD may never emit them): the speaker has paused for a short while but the
    # end-of-speech hangover is still running, and speech came back after such a pause. They
    # let a consumer start end-of-turn work early and discard it if the utterance goes on.
    SPEECH_PAUSE = "speech_pause"
    SPEECH_RESUME = "speech_resume"


@dataclass(frozen=True, slots=True)
class VADEvent:
    type: VADEventType
    # Stream time in seconds (samples seen / sample rate) at which the event became true:
    # for SPEECH_END and SPEECH_PAUSE, the end of the last voiced frame (before the silence).
    timestamp: float


class VADStream(abc.ABC):
    """Per-session voice activity state. Feed any number of samples; get the events they cause."""

    @abc.abstractmethod
    def push(self, pcm: bytes) -> list[VADEvent]:
        """Consume PCM16 mono 16 kHz bytes (any length); return start/end events in order."""

    @property
    @abc.abstractmethod
    def speaking(self) -> bool:
        """True between a SPEECH_START and the following SPEECH_END."""

    @abc.abstractmethod
    def reset(self) -> None:
        """Forget all state (used when the turn is handed to the assistant)."""


class VAD(Engine):
    @abc.abstractmethod
    def stream(
        self,
        *,
        threshold: float,
        min_silence_ms: int,
        min_speech_ms: int,
    ) -> VADStream:
        """A new independent stream for one session."""


# --------------------------------------------------------------------------------------- STT


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    final: bool
    language: str | None = None
    # Seconds of audio the transcript covers; used for real-time factors.
    audio_duration: float = 0.0


class STT(Engine):
    @abc.abstractmethod
    def transcribe(
        self,
        audio: AsyncIterable[bytes],
        *,
        language: str | None = None,
    ) -> AsyncIterator[Transcript]:
        """Consume one utterance of PCM16 16 kHz audio; yield partials, then exactly one final.

        The audio iterator ends when the utterance ends (VAD end of speech). Partials are
        optional and best-effort; the final transcript must follow as soon as possible after
        the input ends. An empty final text means nothing intelligible was said.
        """


# --------------------------------------------------------------------------------------- LLM

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class GenerationOptions:
    max_tokens: int = 120
    temperature: float = 0.6
    stop: Sequence[str] = field(default_factory=tuple)


class LLM(Engine):
    @abc.abstractmethod
    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions,
    ) -> AsyncIterator[str]:
        """Yield text deltas of the assistant's reply as they are generated.

        Implementations should keep the (unchanging) system prompt first so a local model can
        reuse its KV cache across turns.
        """


# --------------------------------------------------------------------------------------- TTS


@dataclass(frozen=True, slots=True)
class Voice:
    id: str
    label: str
    language: str = "ar"
    gender: str = "male"


@dataclass(frozen=True, slots=True)
class SynthesisOptions:
    voice: str | None = None
    rate: float = 1.0  # 1.0 = normal speed
    pitch: int | None = None
    language: str = "ar"


class TTS(Engine):
    sample_rate: int = 16_000

    @abc.abstractmethod
    def synthesize(self, text: str, options: SynthesisOptions) -> AsyncIterator[bytes]:
        """Yield PCM16 mono chunks at ``sample_rate`` for ``text``; first chunk as soon as
        possible."""

    def voices(self) -> list[Voice]:
        return []
