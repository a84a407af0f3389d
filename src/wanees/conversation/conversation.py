"""One conversation per WebSocket connection: audio in, VAD, STT, care plan, LLM, TTS, audio out.

Nothing here is shared between sessions except the engines (which hand out per-call streams)
and the storage repository. Turn-taking is strict: while the assistant is thinking or speaking,
incoming audio is discarded (never queued) and counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import time
import uuid
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from wanees.care.api import CareLayer, CareSessionState, PastTurn, TurnPlan
from wanees.config import Settings
from wanees.conversation.speculation import SPECULATIONS, Outbox
from wanees.conversation.splitter import SentenceSplitter
from wanees.conversation.state import TurnStateMachine
from wanees.conversation.transcriber import UtteranceTranscriber
from wanees.engines.base import (
    INPUT_SAMPLE_RATE,
    LLM,
    STT,
    TTS,
    VAD,
    GenerationOptions,
    SynthesisOptions,
    VADEventType,
)
from wanees.engines.fallback import FallbackLLM
from wanees.logs import get_logger
from wanees.metrics import DISCARDED_AUDIO_FRAMES, ERRORS, TURNS, observe_turn
from wanees.storage.repository import NewTurn, Repository
from wanees.transport.protocol import (
    ErrorCode,
    ErrorEvent,
    HistoryTurn,
    ReplySource,
    ResponseAudioDone,
    ResponseAudioStart,
    ResponseTextDelta,
    ResponseTextDone,
    RiskAlert,
    SessionSettings,
    StateChanged,
    TranscriptFinal,
    TranscriptPartial,
    TurnMetrics,
    TurnState,
)

log = get_logger(__name__)

T = TypeVar("T")

# What the next turn's prompt prefix is primed with: a greeting, neutral for the risk checks.
PRIME_TEXT = "هلا"

SendEvent = Callable[[object], Awaitable[None]]
SendAudio = Callable[[bytes], Awaitable[None]]


@dataclass(slots=True)
class Engines:
    vad: VAD
    stt: STT
    llm: LLM
    tts: TTS

    async def warmup(self) -> None:
        for engine in (self.vad, self.stt, self.llm, self.tts):
            await engine.warmup()

    async def aclose(self) -> None:
        for engine in (self.vad, self.stt, self.llm, self.tts):
            with contextlib.suppress(Exception):
                await engine.aclose()


def history_window(history: Sequence[T], keep: int) -> list[T]:
    """The recent turns the model sees: at most ``keep``, dropped in blocks of ``keep // 2``.

    Sliding the window by one turn every turn would change the start of the prompt right after
    the system prompt, so a local model would re-read the whole history each turn (seconds on a
    2-core CPU). Dropping old turns in blocks keeps the prompt's prefix, and its KV cache, stable
    for several turns in a row.
    """
    if keep <= 0:
        return []
    excess = len(history) - keep
    if excess <= 0:
        return list(history)
    step = max(1, keep // 2)
    dropped = -(-excess // step) * step  # round up to a whole block
    return list(history[dropped:])


class TurnFailedError(Exception):
    """Ends the current turn with an error event; the session carries on."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class _TurnClock:
    """Monotonic timestamps of one turn; the metrics are differences of these."""

    input_mode: str
    last_voiced: float | None = None  # estimated wall time of the last voiced sample
    input_end: float | None = None  # VAD end of speech was detected
    stt_final: float | None = None
    llm_request: float | None = None
    llm_first_token: float | None = None
    tts_request: float | None = None
    tts_first_byte: float | None = None
    first_audio_sent: float | None = None
    user_audio_s: float | None = None
    reply_samples: int = 0
    # When the page will finish playing what was sent so far, modelled as a gapless player:
    # each chunk starts when it arrives or when the previous one ends, whichever is later.
    playback_end: float = 0.0
    fallback: bool = False  # the curated bank's reply was spoken
    # Which path the reply took, and why the first model's reply was not spoken (a reason
    # code, never text): for the turn's metrics and log.
    reply_source: ReplySource = "model"
    fallback_reason: str | None = None

    def timings(self) -> dict[str, float | None]:
        def diff(a: float | None, b: float | None) -> float | None:
            return None if a is None or b is None else round(max(0.0, b - a), 4)

        return {
            "end_of_utterance_delay": diff(self.last_voiced, self.stt_final),
            "stt_latency": diff(self.input_end, self.stt_final),
            "llm_ttft": diff(self.llm_request, self.llm_first_token),
            "tts_ttfb": diff(self.tts_request, self.tts_first_byte),
            "voice_to_voice": diff(self.last_voiced, self.first_audio_sent),
            "llm_lead": diff(self.llm_request, self.stt_final),
        }


@dataclass(slots=True)
class _Reply:
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


@dataclass(slots=True)
class _Prepared:
    """A reply produced (and spoken, or held for speaking) by :meth:`Conversation._prepare`."""

    plan: TurnPlan
    reply: _Reply


@dataclass(eq=False, slots=True)
class _Speculation:
    """A reply started during the hangover from the transcript of the utterance so far.

    It works on its own copy of the care state and its own clock, and its output is held in
    ``outbox``; the turn adopts all three only if it ends with exactly ``source``'s text."""

    source: asyncio.Future[str]  # the paused STT attempt's final text
    care_state: CareSessionState
    clock: _TurnClock
    outbox: Outbox
    task: asyncio.Task[_Prepared | None] | None = None


class Conversation:
    def __init__(
        self,
        *,
        session_id: str,
        settings: Settings,
        engines: Engines,
        care: CareLayer,
        repository: Repository,
        send_event: SendEvent,
        send_audio: SendAudio,
        history: list[HistoryTurn] | None = None,
    ) -> None:
        self.session_id = session_id
        self.settings = settings
        self.engines = engines
        self.care = care
        self.repository = repository
        self._send_event = send_event
        self._send_audio = send_audio
        self.session_settings = SessionSettings()
        self._pending_settings: SessionSettings | None = None
        self.machine = TurnStateMachine()
        self.care_state = care.new_session_state()
        self.history: list[PastTurn] = [
            PastTurn(user_text=t.user_text, reply_text=t.reply_text) for t in history or []
        ]
        self._vad = engines.vad.stream(
            threshold=settings.vad.threshold,
            min_silence_ms=settings.vad.min_silence_ms,
            min_speech_ms=settings.vad.min_speech_ms,
        )
        self._samples_in = 0  # samples pushed to the VAD since its last reset
        self._pre_roll: deque[bytes] = deque()
        self._pre_roll_bytes = 0
        self._utterance: UtteranceTranscriber | None = None
        self._clock: _TurnClock | None = None
        self._turn_task: asyncio.Task[None] | None = None
        self._speculation: _Speculation | None = None
        self._priming: asyncio.Task[None] | None = None
        self._playback_done = asyncio.Event()
        self._closed = False
        self._stall_timer: asyncio.TimerHandle | None = None
        self._stall_task: asyncio.Task[None] | None = None  # held so it is not collected early

    # ------------------------------------------------------------------ public surface

    @property
    def state(self) -> TurnState:
        return self.machine.state

    def apply_settings(self, update: SessionSettings) -> SessionSettings:
        """Merge ``update`` into the session settings from the next turn on (a turn in progress
        keeps what it started with); return the merged settings."""
        base = self._pending_settings or self.session_settings
        merged = base.model_copy(update=update.model_dump(exclude_none=True))
        if self.machine.state is TurnState.LISTENING and self._turn_task is None:
            self.session_settings = merged
        else:
            self._pending_settings = merged
        return merged

    async def on_audio(self, pcm: bytes) -> None:
        """One validated PCM16 16 kHz frame from the client."""
        if not self.machine.user_holds_turn or self._closed:
            DISCARDED_AUDIO_FRAMES.inc()
            return
        now = time.monotonic()
        self._samples_in += len(pcm) // 2
        if self._utterance is not None:
            self._utterance.feed(pcm)
        else:
            self._remember_pre_roll(pcm)
        for event in self._vad.push(pcm):
            if event.type is VADEventType.SPEECH_START and self._utterance is None:
                await self._start_utterance()
            elif self._utterance is None:
                continue
            elif event.type is VADEventType.SPEECH_PAUSE:
                pending = self._utterance.pause()
                if pending is not None:
                    self._speculate(pending)
            elif event.type is VADEventType.SPEECH_RESUME:
                self._drop_speculation("resumed")
                self._utterance.resume()
            elif event.type is VADEventType.SPEECH_END:
                lag = self._samples_in / INPUT_SAMPLE_RATE - event.timestamp
                await self._end_utterance(last_voiced=now - max(0.0, lag))
        limit = self.settings.vad.max_utterance_s * INPUT_SAMPLE_RATE * 2
        if self._utterance is not None and self._utterance.audio_bytes >= limit:
            await self._end_utterance(last_voiced=now)
        self._watch_for_stall(now)

    def _watch_for_stall(self, last_frame_at: float) -> None:
        """(Re)arm the timer that ends an utterance whose audio stopped arriving."""
        if self._stall_timer is not None:
            self._stall_timer.cancel()
            self._stall_timer = None
        if self._utterance is None:
            return
        utterance = self._utterance

        def stalled() -> None:
            if self._utterance is utterance and not self._closed:
                log.info("input_stalled", session=self.session_id)
                self._stall_task = asyncio.create_task(
                    self._end_utterance(last_voiced=last_frame_at)
                )

        delay = self.settings.vad.input_stall_ms / 1000
        self._stall_timer = asyncio.get_running_loop().call_later(delay, stalled)

    async def on_text(self, text: str) -> None:
        if self.machine.state is not TurnState.LISTENING or self._turn_task is not None:
            await self.send_error(ErrorCode.BUSY, "Wait until the reply has finished.")
            return
        await self._set_state(TurnState.THINKING)
        self._start_turn(self._text_turn(text))

    def on_playback_done(self) -> None:
        self._playback_done.set()

    async def close(self) -> None:
        """The connection is gone: cancel everything this session started, and wait for it."""
        self._closed = True
        if self._stall_timer is not None:
            self._stall_timer.cancel()
        self._drop_speculation("closed")
        if self._priming is not None:
            self._priming.cancel()
        task, self._turn_task = self._turn_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):
                await task

    async def send_error(self, code: ErrorCode, message: str) -> None:
        ERRORS.labels(code.value).inc()
        await self._send_event(ErrorEvent(code=code, message=message))

    # ------------------------------------------------------------------ voice input

    def _remember_pre_roll(self, pcm: bytes) -> None:
        self._pre_roll.append(pcm)
        self._pre_roll_bytes += len(pcm)
        keep = self.settings.vad.pre_roll_ms * INPUT_SAMPLE_RATE * 2 // 1000
        # Keep the pre-roll window plus the VAD's own onset delay (min_speech_ms), because
        # SPEECH_START fires only after that much voiced audio has already arrived.
        keep += self.settings.vad.min_speech_ms * INPUT_SAMPLE_RATE * 2 // 1000
        while self._pre_roll and self._pre_roll_bytes - len(self._pre_roll[0]) >= keep:
            self._pre_roll_bytes -= len(self._pre_roll.popleft())

    async def _start_utterance(self) -> None:
        language = self.session_settings.stt_language or self.settings.stt.language
        utterance = UtteranceTranscriber(self.engines.stt, language, self._send_partial)
        for chunk in self._pre_roll:
            utterance.feed(chunk)
        self._pre_roll.clear()
        self._pre_roll_bytes = 0
        self._utterance = utterance
        self._clock = _TurnClock(input_mode="voice")
        await self._set_state(TurnState.USER_SPEAKING)
        self._start_turn(self._voice_turn(utterance, self._clock))

    async def _send_partial(self, text: str) -> None:
        await self._send_event(TranscriptPartial(text=text))

    async def _end_utterance(self, *, last_voiced: float) -> None:
        utterance, self._utterance = self._utterance, None
        if utterance is None:
            return
        utterance.end()
        if self._clock is not None:
            self._clock.last_voiced = last_voiced
            self._clock.input_end = time.monotonic()
            self._clock.user_audio_s = utterance.audio_bytes / 2 / INPUT_SAMPLE_RATE
        self._reset_vad()
        await self._set_state(TurnState.THINKING)

    def _reset_vad(self) -> None:
        self._vad.reset()
        self._samples_in = 0
        self._pre_roll.clear()
        self._pre_roll_bytes = 0

    # ------------------------------------------------------------------ turns

    def _start_turn(self, work: Awaitable[None]) -> None:
        async def run() -> None:
            try:
                await work
            except TurnFailedError as failure:
                await self._fail_turn(failure)
            except Exception:
                # A bug or a storage/care failure must not leave the session stuck "thinking".
                log.exception("turn_crashed", session=self.session_id)
                await self._fail_turn(
                    TurnFailedError(ErrorCode.INTERNAL, "Something went wrong on the server.")
                )
            finally:
                if self._turn_task is asyncio.current_task():
                    self._turn_task = None
                if self._pending_settings is not None:
                    self.session_settings, self._pending_settings = self._pending_settings, None

        self._turn_task = asyncio.create_task(run(), name=f"turn-{self.session_id[:8]}")

    async def _voice_turn(self, utterance: UtteranceTranscriber, clock: _TurnClock) -> None:
        try:
            text = await self._transcribe(utterance, clock)
        except TurnFailedError as failure:
            # The utterance may still be open (STT failed early): stop feeding it.
            if self._utterance is utterance:
                self._utterance = None
            self._drop_speculation("stt_failed")
            await self._fail_turn(failure)
            return
        speculation = self._take_speculation(text)
        if not text:
            log.info("empty_transcript", session=self.session_id)
            await self._return_to_listening()
            return
        await self._send_event(TranscriptFinal(text=text))
        if speculation is None:
            await self._respond(text, clock)
            return
        prepared = await self._adopt(speculation, clock)
        if prepared is None:  # the speculation had nothing to say: answer as usual
            await self._respond(text, clock)
            return
        await self._finish(text, speculation.clock, prepared, speculative=True)

    # ------------------------------------------------------------------ priming

    def _start_priming(self, user_text: str = PRIME_TEXT) -> None:
        """Let a local model read the next turn's prompt prefix while this reply plays.

        The history the next turn sends ends with this exchange, and every few turns the
        history window drops a block, changing the whole prefix after the system prompt. Read
        now, while the CPU is idle during playback, the next turn's request only evaluates the
        person's new words. Only engines that keep a prompt cache benefit (a hosted API would
        only bill the tokens), and nothing waits for this.

        Priming with partial transcripts while the person speaks was tried and dropped: the
        final transcript rarely starts with the same tokens, and the extra work slowed the
        final STT decode (bench: end of utterance p50 0.83 s against 0.69 s)."""
        if not self.settings.llm.prime_next_turn or not _reuses_prompt_prefix(self.engines.llm):
            return
        if self._priming is not None and not self._priming.done():
            return  # the one under way covers most of this prompt
        self._priming = asyncio.create_task(
            self._prime(user_text), name=f"prime-{self.session_id[:8]}"
        )

    async def _prime(self, user_text: str) -> None:
        # The care layer builds the prompt: ask it for the plan of this text on a copy of the
        # session's state, so the system prompt (language, risk note) and history are exactly
        # what the turn's own plan will contain before the person's words.
        try:
            plan = await self.care.plan_turn(
                user_text,
                history_window(self.history, self.settings.turn.history_turns),
                copy.deepcopy(self.care_state),
                language=self.session_settings.language,
                first_turn=not self.history,
            )
            if not plan.messages:
                return
            started = time.monotonic()
            stream = self.engines.llm.stream_chat(plan.messages, GenerationOptions(max_tokens=1))
            async for _ in stream:
                pass
            log.debug("llm_primed", session=self.session_id, s=round(time.monotonic() - started, 3))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # only a cache warm-up: the turn reads the prompt itself
            log.info("llm_prime_failed", session=self.session_id, error=type(exc).__name__)

    # ------------------------------------------------------------------ speculation

    def _speculate(self, pending: asyncio.Future[str]) -> None:
        """The speaker paused and a final decode started: prepare the reply to it now."""
        self._drop_speculation("superseded")
        if not self.settings.turn.speculate or self._closed:
            return
        speculation = _Speculation(
            source=pending,
            # Plain data; the copy is adopted only if the turn ends with this transcript, so
            # a crisis line spoken and then continued is never assessed twice.
            care_state=copy.deepcopy(self.care_state),
            clock=_TurnClock(input_mode="voice"),
            outbox=Outbox(held=True),
        )
        speculation.task = asyncio.create_task(
            self._speculative_reply(speculation), name=f"speculation-{self.session_id[:8]}"
        )
        speculation.task.add_done_callback(_retrieve)
        self._speculation = speculation

    async def _speculative_reply(self, speculation: _Speculation) -> _Prepared | None:
        # Shielded: dropping the speculation must not cancel the STT decode the turn may use.
        text = await asyncio.shield(speculation.source)
        if not text:
            return None
        log.debug("speculation_started", session=self.session_id)
        return await self._prepare(
            text, speculation.clock, speculation.care_state, speculation.outbox
        )

    def _take_speculation(self, final_text: str) -> _Speculation | None:
        """The current speculation if it answers exactly ``final_text``; else drop it."""
        speculation, self._speculation = self._speculation, None
        if speculation is None:
            return None
        source, task = speculation.source, speculation.task
        usable = (
            bool(final_text)
            and source.done()
            and not source.cancelled()
            and source.exception() is None
            and source.result() == final_text
            and task is not None
            and not (task.done() and (task.cancelled() or task.exception() is not None))
        )
        if not usable:
            self._discard(speculation, "differs")
            return None
        return speculation

    async def _adopt(self, speculation: _Speculation, clock: _TurnClock) -> _Prepared | None:
        """The turn ended with the speculated transcript: make the speculation the turn."""
        assert speculation.task is not None
        SPECULATIONS.labels("used").inc()
        log.debug(
            "speculation_used",
            session=self.session_id,
            held=speculation.outbox.pending,
            ready=speculation.task.done(),
        )
        own = speculation.clock
        own.last_voiced, own.input_end = clock.last_voiced, clock.input_end
        own.stt_final, own.user_audio_s = clock.stt_final, clock.user_audio_s
        self.care_state = speculation.care_state
        await speculation.outbox.commit()
        return await speculation.task

    def _drop_speculation(self, reason: str) -> None:
        speculation, self._speculation = self._speculation, None
        if speculation is not None:
            self._discard(speculation, reason)

    def _discard(self, speculation: _Speculation, reason: str) -> None:
        held = speculation.outbox.discard()
        if speculation.task is not None and not speculation.task.done():
            speculation.task.cancel()  # stops the LLM stream within a token
        SPECULATIONS.labels("discarded").inc()
        log.debug("speculation_discarded", session=self.session_id, reason=reason, held=held)

    async def _text_turn(self, text: str) -> None:
        await self._respond(text, _TurnClock(input_mode="text"))

    async def _transcribe(self, utterance: UtteranceTranscriber, clock: _TurnClock) -> str:
        try:
            final, ready_at = await utterance.result()
        except Exception as exc:  # any engine exception fails this stage only
            log.warning("stt_failed", session=self.session_id, error=type(exc).__name__)
            raise TurnFailedError(ErrorCode.STT_FAILED, "Speech recognition failed.") from exc
        # A speculative final may be ready before the hangover ended; the transcript is usable
        # from the end of the utterance on.
        clock.stt_final = max(ready_at, clock.input_end or ready_at)
        log.debug("stt_final", session=self.session_id, speculations=utterance.speculations)
        return final

    async def _respond(self, user_text: str, clock: _TurnClock) -> None:
        prepared = await self._prepare(user_text, clock, self.care_state, Outbox(held=False))
        await self._finish(user_text, clock, prepared, speculative=False)

    async def _prepare(
        self, user_text: str, clock: _TurnClock, care_state: CareSessionState, out: Outbox
    ) -> _Prepared:
        """Plan the turn and produce its reply: every side effect (events, audio, the flag) goes
        through ``out``, so a speculative reply can run this before the turn is over."""
        plan = await self.care.plan_turn(
            user_text,
            history_window(self.history, self.settings.turn.history_turns),
            care_state,
            language=self.session_settings.language,
            first_turn=not self.history,
        )
        if plan.show_resources:
            alert = RiskAlert(level=plan.assessment.level, resources=self.care.resources())
            await out.put(functools.partial(self._send_event, alert))
        if plan.flag_reason:
            await out.put(functools.partial(self._flag, plan))

        # Speak in the language the person chose, else the one they spoke (fixed replies too).
        language = self.session_settings.language or plan.assessment.language
        reply = await self._speak(plan, clock, "en" if language == "en" else "ar", out)
        return _Prepared(plan, reply)

    async def _flag(self, plan: TurnPlan) -> None:
        assert plan.flag_reason is not None
        await self.repository.flag_session(self.session_id, plan.flag_reason)
        log.info("session_flagged", session=self.session_id, level=plan.assessment.level.value)

    async def _finish(
        self, user_text: str, clock: _TurnClock, prepared: _Prepared, *, speculative: bool
    ) -> None:
        """The reply has been produced and its output committed: report, store, hand back."""
        plan, reply = prepared.plan, prepared.reply
        reply_text = reply.text
        if reply.spoken:
            await self._send_event(ResponseTextDone(text=reply_text))
        duration = clock.reply_samples / self.engines.tts.sample_rate
        if clock.first_audio_sent is not None:
            await self._send_event(ResponseAudioDone(duration_s=round(duration, 3)))
        turn_id = uuid.uuid4().hex
        timings = clock.timings()
        if reply.spoken:
            await self._send_event(
                TurnMetrics(
                    turn_id=turn_id,
                    **timings,
                    reply_audio_s=round(duration, 3),
                    user_audio_s=clock.user_audio_s,
                    fallback=clock.fallback,
                    reply_source=clock.reply_source,
                    fallback_reason=clock.fallback_reason,
                )
            )
            observe_turn(timings)
            TURNS.labels(clock.input_mode, str(clock.fallback).lower()).inc()
            log.info(
                "turn_done",
                session=self.session_id,
                turn=turn_id,
                mode=clock.input_mode,
                fallback=clock.fallback,
                reply_source=clock.reply_source,
                fallback_reason=clock.fallback_reason,
                interrupted=reply.interrupted,
                speculative=speculative,
                risk=plan.assessment.level.value,
                reply_audio_s=round(duration, 3),
                **timings,
            )
            # The model's context gets the reply without the fixed disclosure: a small model
            # shown it as its own words repeats it on every later turn, and what it generated
            # itself is what its KV cache holds, so the next prompt reuses the cache.
            self.history.append(PastTurn(user_text=user_text, reply_text=reply.text_after_prefix))
            await self.repository.add_turn(
                self.session_id,
                NewTurn(
                    turn_id=turn_id,
                    input_mode=clock.input_mode,
                    user_text=user_text,
                    reply_text=reply_text,
                    risk_level=plan.assessment.level,
                    fallback=clock.fallback,
                    interrupted=reply.interrupted,
                    metrics={
                        **{k: v for k, v in timings.items() if v is not None},
                        "reply_source": clock.reply_source,
                        **(
                            {"fallback_reason": clock.fallback_reason}
                            if clock.fallback_reason
                            else {}
                        ),
                    },
                ),
            )
            self._start_priming()
        if reply.error is not None:
            await self._fail_turn(reply.error)
            return
        if clock.first_audio_sent is not None:
            await self._await_playback(clock.playback_end)
        await self._return_to_listening()

    async def _speak(self, plan: TurnPlan, clock: _TurnClock, language: str, out: Outbox) -> _Reply:
        """Produce clauses (LLM, guard) in one task, synthesize them in this one, so the
        model keeps generating while earlier clauses are being spoken."""
        reply = _Reply()
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
        self, plan: TurnPlan, clock: _TurnClock, out: asyncio.Queue[str | None], reply: _Reply
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
        clock: _TurnClock,
        llm: LLM,
        accepted: list[str],
        out: asyncio.Queue[str | None],
        reply: _Reply,
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
        self, plan: TurnPlan, clock: _TurnClock, out: asyncio.Queue[str | None]
    ) -> None:
        clock.fallback = True
        clock.reply_source = "bank"
        for clause in self._split_all(plan.fallback_reply):
            out.put_nowait(clause)

    def _split_all(self, text: str) -> list[str]:
        splitter = SentenceSplitter(self.settings.turn.max_chunk_chars)
        return [*splitter.push(text), *splitter.flush()]

    async def _generate(
        self, plan: TurnPlan, clock: _TurnClock, llm: LLM
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

    async def _synthesize(self, clause: str, clock: _TurnClock, language: str, out: Outbox) -> None:
        options = SynthesisOptions(
            voice=self.session_settings.voice or self.settings.tts.voice,
            rate=self.session_settings.rate or self.settings.tts.rate,
            language=language,
        )
        if clock.tts_request is None:
            clock.tts_request = time.monotonic()
        async for pcm in self.engines.tts.synthesize(clause, options):
            if not pcm:
                continue
            if clock.tts_first_byte is None:
                clock.tts_first_byte = time.monotonic()
            await out.put(functools.partial(self._send_reply_audio, pcm, clock))

    async def _send_reply_audio(self, pcm: bytes, clock: _TurnClock) -> None:
        """Send one chunk of the reply (the first one hands the turn to the assistant)."""
        if clock.first_audio_sent is None:
            self._playback_done.clear()  # a stale report from an earlier turn
            await self._set_state(TurnState.SPEAKING)
            await self._send_event(ResponseAudioStart())
            clock.first_audio_sent = time.monotonic()
        await self._send_audio(pcm)
        clock.reply_samples += len(pcm) // 2
        chunk_s = len(pcm) / 2 / self.engines.tts.sample_rate
        clock.playback_end = max(clock.playback_end, time.monotonic()) + chunk_s

    async def _await_playback(self, audio_end: float) -> None:
        """Hold the turn until the page says it finished playing, or the audio's own length
        plus a grace period has passed (a page that never reports must not lock us out)."""
        deadline = audio_end + self.settings.turn.playback_grace_s
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(
                self._playback_done.wait(), timeout=max(0.0, deadline - time.monotonic())
            )

    async def _fail_turn(self, failure: TurnFailedError) -> None:
        await self.send_error(failure.code, str(failure))
        await self._return_to_listening()

    async def _return_to_listening(self) -> None:
        self._utterance = None
        self._reset_vad()
        # Close the books before announcing "listening": a fast client may send its next turn
        # the moment it reads the state, while this task is still suspended in the send.
        if self._turn_task is asyncio.current_task():
            self._turn_task = None
        if self._pending_settings is not None:
            self.session_settings, self._pending_settings = self._pending_settings, None
        if self.machine.state is not TurnState.LISTENING:
            await self._set_state(TurnState.LISTENING)

    async def _set_state(self, state: TurnState) -> None:
        self.machine.to(state)
        log.debug("state", session=self.session_id, state=state.value)
        await self._send_event(StateChanged(state=state))


def _reuses_prompt_prefix(llm: LLM) -> bool:
    """Whether ``llm`` (or any engine of a fallback chain) keeps a reusable prompt cache."""
    engines = getattr(llm, "engines", None) or [llm]
    return any(getattr(engine, "reuses_prompt_prefix", False) for engine in engines)


def _retrieve(task: asyncio.Task[_Prepared | None]) -> None:
    if not task.cancelled():
        task.exception()  # a dropped speculation's failure is not the turn's: do not log it
