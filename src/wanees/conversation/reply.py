"""Producing one reply: the model's clauses through the reply guard, spoken clause by clause.

A :class:`ReplyProducer` turns a care plan into speech. The plan's fixed reply, if any, is
spoken as is; otherwise its prefix (the first-turn disclosure) and then the model's reply,
streamed and split into clauses so TTS can start on the first while the model still writes.
Each clause passes the plan's guard first. A reply the guard rejects before anything of it was
spoken is asked of the fallback model, if one is configured; one that is still rejected, fails,
comes back empty or starts too late gives way to the care layer's bank reply (a failure with
no bank reply fails the turn).

Nothing here touches the session directly: every event and audio chunk goes through the
turn's :class:`Outbox`, so a speculative reply is produced by exactly the same code.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass, field

from wanees.care.api import TurnPlan
from wanees.config import Settings
from wanees.conversation.clock import TurnClock
from wanees.conversation.engines import Engines
from wanees.conversation.outbox import Outbox
from wanees.conversation.splitter import SentenceSplitter
from wanees.engines.base import LLM, GenerationOptions, SynthesisOptions
from wanees.engines.fallback import FallbackLLM
from wanees.logs import get_logger
from wanees.transport.protocol import ErrorCode, ResponseTextDelta, SessionSettings

log = get_logger(__name__)

SendEvent = Callable[[object], Awaitable[None]]
# Sends one chunk of reply audio and records it on the turn's clock.
SendReplyAudio = Callable[[bytes, TurnClock], Awaitable[None]]


class TurnFailedError(Exception):
    """Ends the current turn with an error event; the session carries on."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class Reply:
    spoken: list[str] = field(default_factory=list)
    interrupted: bool = False
    error: TurnFailedError | None = None
    prefix_clauses: int = 0  # the care layer's fixed opening (the first-turn disclosure)

    @property
    def text(self) -> str:
        return " ".join(self.spoken)

    @property
    def text_after_prefix(self) -> str:
        return " ".join(self.spoken[self.prefix_clauses :])


class ReplyProducer:
    """Speaks a care plan's reply for one session; one call of :meth:`speak` per turn."""

    def __init__(
        self,
        *,
        session_id: str,
        settings: Settings,
        engines: Engines,
        session_settings: Callable[[], SessionSettings],
        send_event: SendEvent,
        send_audio: SendReplyAudio,
    ) -> None:
        self.session_id = session_id
        self.settings = settings
        self.engines = engines
        # A getter: the session's settings are replaced (not changed) between turns.
        self._session_settings = session_settings
        self._send_event = send_event
        self._send_audio = send_audio

    async def speak(self, plan: TurnPlan, clock: TurnClock, language: str, out: Outbox) -> Reply:
        """Produce clauses (LLM, guard) in one task, synthesize them in this one, so the
        model keeps generating while earlier clauses are being spoken."""
        reply = Reply()
        clauses: asyncio.Queue[str | None] = asyncio.Queue()
        producer = asyncio.create_task(self._produce_clauses(plan, clock, clauses, reply))
        try:
            while True:
                clause = await clauses.get()
                if clause is None:
                    break
                await out.put(functools.partial(self._send_event, ResponseTextDelta(text=clause)))
                try:
                    await self._synthesize(clause, clock, language, out)
                except Exception as exc:  # any engine exception fails this stage only
                    log.warning("tts_failed", session=self.session_id, error=type(exc).__name__)
                    reply.error = TurnFailedError(ErrorCode.TTS_FAILED, "Speech synthesis failed.")
                    reply.interrupted = True
                    break
                reply.spoken.append(clause)  # only what was actually voiced counts as said
        finally:
            if not producer.done():
                producer.cancel()
            with contextlib.suppress(BaseException):
                await producer
        return reply

    async def _produce_clauses(
        self, plan: TurnPlan, clock: TurnClock, out: asyncio.Queue[str | None], reply: Reply
    ) -> None:
        try:
            if plan.fixed_reply is not None:
                clock.reply_source = "fixed"
                for clause in self._split_all(plan.fixed_reply):
                    out.put_nowait(clause)
                return
            accepted: list[str] = []
            if plan.prefix:
                for clause in self._split_all(plan.prefix):
                    accepted.append(clause)
                    reply.prefix_clauses += 1
                    out.put_nowait(clause)
            # Silence after the person stopped must stay short: a model (or its fallback) that
            # has not produced a usable first clause in time (a loaded machine can slow it
            # tenfold) gives way to the care layer's bank reply.
            budget_s = self.settings.turn.first_clause_timeout_s
            deadline = time.monotonic() + budget_s if plan.fallback_reply and budget_s > 0 else None
            llm = self.engines.llm
            why_not = await self._guarded_reply(plan, clock, llm, accepted, out, reply, deadline)
            if why_not is None:
                return
            clock.fallback_reason = why_not
            second = llm.after_first() if isinstance(llm, FallbackLLM) else None
            time_left = deadline is None or deadline > time.monotonic()
            if second is not None and why_not.startswith("guard:") and time_left:
                # Issue 4: on failure the fallback model if one is configured, else the bank.
                log.info("llm_fallback_model", session=self.session_id, reason=why_not)
                again = await self._guarded_reply(
                    plan, clock, second, accepted, out, reply, deadline
                )
                if again is None:
                    clock.reply_source = "fallback_model"
                    return
                log.info("llm_fallback_model_failed", session=self.session_id, reason=again)
            if why_not == "llm_failed" and not plan.fallback_reply:
                reply.error = TurnFailedError(
                    ErrorCode.LLM_FAILED, "The reply could not be generated."
                )
                return
            self._use_fallback(plan, clock, out)
        finally:
            out.put_nowait(None)

    async def _guarded_reply(
        self,
        plan: TurnPlan,
        clock: TurnClock,
        llm: LLM,
        accepted: list[str],
        out: asyncio.Queue[str | None],
        reply: Reply,
        deadline: float | None,
    ) -> str | None:
        """Stream ``llm``'s reply through the guard into ``out``, clause by clause.

        Returns None once any of it was put out (whether to its end or until the guard or the
        length cap stopped it), else a reason code for why none of it was: ``guard:<reason>``,
        ``first_clause_timeout``, ``llm_failed`` or ``empty``. A first clause too slight to
        stand alone ("نعم، تفهم.") is held until the next clause joins it, or the end of the
        stream lets ``guard.check_final`` decide: the person never hears a bare nod."""
        guard = plan.guard
        budget = self.settings.turn.max_reply_chars
        held: list[str] = []
        spoken = 0

        def put(clause: str) -> bool:
            used = sum(len(c) + 1 for c in accepted)
            if used + len(clause) > budget:
                reply.interrupted = True
                return False
            accepted.append(clause)
            out.put_nowait(clause)
            return True

        def rejected(reason: str | None, *, first: bool) -> None:
            log.info("guard_rejected", session=self.session_id, reason=reason, first=first)

        clauses = self._generate(plan, clock, llm)
        try:
            while True:
                try:
                    if spoken == 0 and deadline is not None:
                        left = max(0.0, deadline - time.monotonic())
                        clause = await asyncio.wait_for(anext(clauses), left)
                    else:
                        clause = await anext(clauses)
                except StopAsyncIteration:
                    break
                except TimeoutError:
                    log.info("llm_first_clause_timeout", session=self.session_id)
                    return "first_clause_timeout"
                if guard is not None:
                    verdict = guard.check_chunk(clause, " ".join([*accepted, *held]))
                    if not verdict.ok:
                        rejected(verdict.reason, first=spoken == 0)
                        if spoken == 0:
                            return f"guard:{verdict.reason}"
                        reply.interrupted = True
                        return None
                    if spoken == 0 and not guard.can_stand_alone(" ".join([*held, clause])):
                        held.append(clause)
                        continue
                clause = " ".join([*held, clause])
                held.clear()
                if not put(clause):
                    return None
                spoken += 1
        except Exception as exc:  # any engine exception fails this stage only
            log.warning(
                "llm_failed",
                session=self.session_id,
                error=type(exc).__name__,
                after_clauses=spoken,
            )
            if spoken == 0:
                return "llm_failed"
            reply.interrupted = True
            reply.error = TurnFailedError(ErrorCode.LLM_FAILED, "The reply could not be generated.")
            return None
        finally:
            with contextlib.suppress(Exception):
                await clauses.aclose()  # stops the model at once (guard, cap, budget)
        if held and guard is not None:
            whole = " ".join(held)
            verdict = guard.check_final(whole)
            if not verdict.ok:
                rejected(verdict.reason, first=True)
                return f"guard:{verdict.reason}"
            put(whole)
            return None
        return None if spoken else "empty"

    def _use_fallback(
        self, plan: TurnPlan, clock: TurnClock, out: asyncio.Queue[str | None]
    ) -> None:
        clock.fallback = True
        clock.reply_source = "bank"
        for clause in self._split_all(plan.fallback_reply):
            out.put_nowait(clause)

    def _split_all(self, text: str) -> list[str]:
        splitter = SentenceSplitter(self.settings.turn.max_chunk_chars)
        return [*splitter.push(text), *splitter.flush()]

    async def _generate(
        self, plan: TurnPlan, clock: TurnClock, llm: LLM
    ) -> AsyncGenerator[str, None]:
        turn = self.settings.turn
        splitter = SentenceSplitter(turn.max_chunk_chars, turn.first_chunk_words)
        options = GenerationOptions(
            max_tokens=self.settings.llm.max_tokens, temperature=self.settings.llm.temperature
        )
        if clock.llm_request is None:  # a fallback model's retry keeps the first request's time
            clock.llm_request = time.monotonic()
        stream = llm.stream_chat(plan.messages, options)
        try:
            async for delta in stream:
                if clock.llm_first_token is None:
                    clock.llm_first_token = time.monotonic()
                for clause in splitter.push(delta):
                    yield clause
            for clause in splitter.flush():
                yield clause
        finally:
            # Stop generation at once when the reply is cut short (guard, cap, disconnect).
            with contextlib.suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]

    async def _synthesize(self, clause: str, clock: TurnClock, language: str, out: Outbox) -> None:
        session_settings = self._session_settings()
        options = SynthesisOptions(
            voice=session_settings.voice or self.settings.tts.voice,
            rate=session_settings.rate or self.settings.tts.rate,
            language=language,
        )
        if clock.tts_request is None:
            clock.tts_request = time.monotonic()
        async for pcm in self.engines.tts.synthesize(clause, options):
            if not pcm:
                continue
            if clock.tts_first_byte is None:
                clock.tts_first_byte = time.monotonic()
            await out.put(functools.partial(self._send_audio, pcm, clock))
