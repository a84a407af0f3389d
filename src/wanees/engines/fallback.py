"""Fallback adapters: one engine interface over an ordered list of engines (LiveKit-style).

Each call tries the engines in order. An attempt fails if it raises or if its first output does
not arrive within the per-attempt timeout; the next engine is then tried. Once any output has
gone out (a partial transcript, a token, an audio chunk) the call is committed to that engine:
a later failure propagates, because retrying would repeat what the person already heard.
With a single engine the adapter adds only the first-item timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Callable, Sequence
from typing import Generic, TypeVar

from wanees.config import Settings
from wanees.engines import registry
from wanees.engines.base import (
    LLM,
    STT,
    TTS,
    VAD,
    ChatMessage,
    Engine,
    EngineError,
    GenerationOptions,
    SynthesisOptions,
    Transcript,
    VADStream,
    Voice,
)
from wanees.logs import get_logger
from wanees.metrics import ENGINE_FAILURES, ENGINE_SERVED

log = get_logger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=Engine)


class AllEnginesFailedError(EngineError):
    pass


class _EngineChain(Generic[E]):
    """An ordered list of engines of one kind, tried in turn; warmed and closed together."""

    def __init__(self, engines: Sequence[E], timeout_s: float) -> None:
        self.engines = list(engines)
        self.timeout_s = timeout_s
        self.name = "+".join(e.name for e in engines)

    async def warmup(self) -> None:
        for engine in self.engines:
            await engine.warmup()

    async def aclose(self) -> None:
        for engine in self.engines:
            await engine.aclose()


async def _first_with_timeout(
    stream: AsyncIterator[T], timeout_s: float, not_before: asyncio.Event | None
) -> T:
    """The stream's first item; the timeout starts once ``not_before`` is set (if given)."""
    step = asyncio.ensure_future(anext(stream))
    try:
        if not_before is not None and not not_before.is_set():
            waiter = asyncio.ensure_future(not_before.wait())
            try:
                await asyncio.wait({step, waiter}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
        if not step.done():
            done, _ = await asyncio.wait({step}, timeout=timeout_s)
            if not done:
                raise TimeoutError(f"no output within {timeout_s:g} s")
        return step.result()
    finally:
        if not step.done():
            step.cancel()
            with contextlib.suppress(BaseException):
                await step


async def _stream_with_fallback(
    kind: registry.Kind,
    engines: Sequence[E],
    open_stream: Callable[[E], AsyncIterator[T]],
    timeout_s: float,
    not_before: asyncio.Event | None = None,
) -> AsyncIterator[T]:
    errors: list[str] = []
    for engine in engines:
        stream = open_stream(engine)
        try:
            first = await _first_with_timeout(stream, timeout_s, not_before)
        except StopAsyncIteration:
            ENGINE_SERVED.labels(kind, engine.name).inc()
            return
        except Exception as exc:  # any engine failure falls back; cancellation does not
            ENGINE_FAILURES.labels(kind, engine.name).inc()
            log.warning(
                "engine_attempt_failed", kind=kind, engine=engine.name, error=type(exc).__name__
            )
            errors.append(f"{engine.name}: {type(exc).__name__}")
            with contextlib.suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]
            continue
        ENGINE_SERVED.labels(kind, engine.name).inc()
        try:
            yield first
            async for item in stream:
                yield item
        finally:
            with contextlib.suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]
        return
    raise AllEnginesFailedError(f"every {kind} engine failed ({'; '.join(errors)})")


class _Replayable:
    """Audio consumed once from the caller, buffered so a fallback STT can hear it all again."""

    def __init__(self, source: AsyncIterable[bytes]) -> None:
        self._source = aiter(source)
        self._chunks: list[bytes] = []
        self.ended = asyncio.Event()

    async def read(self) -> AsyncIterator[bytes]:
        index = 0
        while True:
            if index < len(self._chunks):
                yield self._chunks[index]
                index += 1
                continue
            if self.ended.is_set():
                return
            try:
                chunk = await anext(self._source)
            except StopAsyncIteration:
                self.ended.set()
                return
            self._chunks.append(chunk)


class FallbackSTT(_EngineChain[STT], STT):
    def transcribe(
        self, audio: AsyncIterable[bytes], *, language: str | None = None
    ) -> AsyncIterator[Transcript]:
        replay = _Replayable(audio)
        # The timeout only runs once the utterance is over: a final cannot come before that.
        return _stream_with_fallback(
            "stt",
            self.engines,
            lambda e: e.transcribe(replay.read(), language=language),
            self.timeout_s,
            replay.ended,
        )


class FallbackLLM(_EngineChain[LLM], LLM):
    def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        return _stream_with_fallback(
            "llm", self.engines, lambda e: e.stream_chat(messages, options), self.timeout_s
        )

    def after_first(self) -> FallbackLLM | None:
        """The chain without its first engine, or None if there is no other.

        The conversation regenerates a reply the guard rejected with it: the fallback model
        answers the same messages differently. It shares this chain's engines, so it is never
        warmed up or closed on its own."""
        if len(self.engines) < 2:
            return None
        return FallbackLLM(self.engines[1:], self.timeout_s)


class FallbackTTS(_EngineChain[TTS], TTS):
    def __init__(self, engines: Sequence[TTS], timeout_s: float) -> None:
        super().__init__(engines, timeout_s)
        # The output rate is announced once per session, so every fallback must match it.
        self.sample_rate = engines[0].sample_rate
        mismatched = [e.name for e in engines if e.sample_rate != self.sample_rate]
        if mismatched:
            raise EngineError(f"TTS fallbacks {mismatched} differ in sample rate")

    def voices(self) -> list[Voice]:
        return self.engines[0].voices()

    def synthesize(self, text: str, options: SynthesisOptions) -> AsyncIterator[bytes]:
        return _stream_with_fallback(
            "tts", self.engines, lambda e: e.synthesize(text, options), self.timeout_s
        )


class FallbackVAD(_EngineChain[VAD], VAD):
    """VAD runs inline per frame, so there is no per-call fallback: the first engine that could
    be created serves (creation-time fallback happens in :func:`create_engines`)."""

    def __init__(self, engines: Sequence[VAD]) -> None:
        super().__init__(engines[:1], timeout_s=0.0)
        self._spares = list(engines[1:])

    async def aclose(self) -> None:
        await super().aclose()
        for engine in self._spares:
            await engine.aclose()

    def stream(self, *, threshold: float, min_silence_ms: int, min_speech_ms: int) -> VADStream:
        return self.engines[0].stream(
            threshold=threshold, min_silence_ms=min_silence_ms, min_speech_ms=min_speech_ms
        )


def _create_all(
    kind: registry.Kind, names: Sequence[str], settings: Settings, cls: type[E]
) -> list[E]:
    """Create each named engine; one that cannot be created (model missing...) is skipped."""
    created: list[E] = []
    errors: list[str] = []
    for name in names:
        try:
            created.append(registry.create_typed(kind, name, settings, cls))
        except registry.UnknownEngineError:
            raise
        except Exception as exc:
            log.warning("engine_unavailable", kind=kind, engine=name, error=str(exc))
            errors.append(f"{name}: {exc}")
    if not created:
        raise AllEnginesFailedError(f"no {kind} engine could be created ({'; '.join(errors)})")
    return created


# Passing the abstract interface class as a runtime type check is intended here.
def create_vad(settings: Settings) -> FallbackVAD:
    engines = _create_all("vad", settings.vad.engine, settings, VAD)  # type: ignore[type-abstract]
    return FallbackVAD(engines)


def create_stt(settings: Settings) -> FallbackSTT:
    engines = _create_all("stt", settings.stt.engine, settings, STT)  # type: ignore[type-abstract]
    return FallbackSTT(engines, settings.stt.timeout_s)


def create_llm(settings: Settings) -> FallbackLLM:
    engines = _create_all("llm", settings.llm.engine, settings, LLM)  # type: ignore[type-abstract]
    return FallbackLLM(engines, settings.llm.timeout_s)


def create_tts(settings: Settings) -> FallbackTTS:
    engines = _create_all("tts", settings.tts.engine, settings, TTS)  # type: ignore[type-abstract]
    return FallbackTTS(engines, settings.tts.timeout_s)
