"""One conversation per WebSocket connection: audio in, VAD, STT, care plan, LLM, TTS, audio out.

Nothing here is shared between sessions except the engines (which hand out per-call streams)
and the storage repository. Turn-taking is strict: while the assistant is thinking or speaking,
incoming audio is discarded (never queued) and counted.

This module holds the session between turns, takes its input (voice, endpointed with the VAD,
or typed text) and runs each turn from start to finish. The parts of a turn live beside it:
``voice_activity.py`` (the VAD and the audio before speech), ``preparation.py`` (the care plan
and its side effects), ``reply.py`` (the reply through the guard and TTS), ``speculation.py``
(the same, started during the end-of-turn hangover), ``priming.py`` (a local model's prompt
cache) and ``report.py`` (the finished turn's events, metrics and stored record).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable

from wanees.care.api import CareLayer, PastTurn
from wanees.config import Settings
from wanees.conversation.clock import TurnClock
from wanees.conversation.engines import Engines
from wanees.conversation.outbox import Outbox
from wanees.conversation.preparation import Prepared, TurnPreparer
from wanees.conversation.priming import PRIME_TEXT, Primer, history_window
from wanees.conversation.reply import ReplyProducer, SendEvent, TurnFailedError
from wanees.conversation.report import TurnReport
from wanees.conversation.speculation import Speculator
from wanees.conversation.state import TurnStateMachine
from wanees.conversation.transcriber import UtteranceTranscriber
from wanees.conversation.voice_activity import VoiceActivity
from wanees.engines.base import INPUT_SAMPLE_RATE, VADEventType
from wanees.logs import get_logger
from wanees.metrics import DISCARDED_AUDIO_FRAMES, ERRORS
from wanees.storage.repository import Repository
from wanees.transport.protocol import (
    ErrorCode,
    ErrorEvent,
    HistoryTurn,
    ResponseAudioStart,
    SessionSettings,
    StateChanged,
    TranscriptFinal,
    TranscriptPartial,
    TurnState,
)

# Imported from here by the transport, the app and the tests.
__all__ = ["PRIME_TEXT", "Conversation", "Engines", "TurnFailedError", "history_window"]

log = get_logger(__name__)

SendAudio = Callable[[bytes], Awaitable[None]]


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
        self._vad = VoiceActivity(engines.vad, settings.vad)
        self._utterance: UtteranceTranscriber | None = None
        self._clock: TurnClock | None = None
        self._turn_task: asyncio.Task[None] | None = None
        self._replies = ReplyProducer(
            session_id=session_id,
            settings=settings,
            engines=engines,
            session_settings=lambda: self.session_settings,
            send_event=send_event,
            send_audio=self._send_reply_audio,
        )
        self._preparer = TurnPreparer(
            session_id=session_id,
            settings=settings,
            care=care,
            repository=repository,
            replies=self._replies,
            history=lambda: self.history,
            session_settings=lambda: self.session_settings,
            send_event=send_event,
        )
        self._speculator = Speculator(session_id=session_id, prepare=self._preparer.prepare)
        self._primer = Primer(
            session_id=session_id,
            settings=settings,
            engines=engines,
            plan_turn=self._preparer.plan,
            care_state=lambda: self.care_state,
        )
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
        if self._utterance is not None:
            self._utterance.feed(pcm)
        else:
            self._vad.remember(pcm)
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
                self._speculator.drop("resumed")
                self._utterance.resume()
            elif event.type is VADEventType.SPEECH_END:
                await self._end_utterance(last_voiced=now - self._vad.lag(event))
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
        self._speculator.drop("closed")
        self._primer.cancel()
        task, self._turn_task = self._turn_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):
                await task

    async def send_error(self, code: ErrorCode, message: str) -> None:
        ERRORS.labels(code.value).inc()
        await self._send_event(ErrorEvent(code=code, message=message))

    # ------------------------------------------------------------------ voice input

    async def _start_utterance(self) -> None:
        language = self.session_settings.stt_language or self.settings.stt.language
        utterance = UtteranceTranscriber(self.engines.stt, language, self._send_partial)
        for chunk in self._vad.take_pre_roll():
            utterance.feed(chunk)
        self._utterance = utterance
        self._clock = TurnClock(input_mode="voice")
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
        self._vad.reset()
        await self._set_state(TurnState.THINKING)

    def _speculate(self, pending: asyncio.Future[str]) -> None:
        """The speaker paused and a final decode started: prepare the reply to it now."""
        self._speculator.drop("superseded")
        if self.settings.turn.speculate and not self._closed:
            self._speculator.start(pending, self.care_state)

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

    async def _voice_turn(self, utterance: UtteranceTranscriber, clock: TurnClock) -> None:
        try:
            text = await self._transcribe(utterance, clock)
        except TurnFailedError as failure:
            # The utterance may still be open (STT failed early): stop feeding it.
            if self._utterance is utterance:
                self._utterance = None
            self._speculator.drop("stt_failed")
            await self._fail_turn(failure)
            return
        speculation = self._speculator.take(text)
        if not text:
            log.info("empty_transcript", session=self.session_id)
            await self._return_to_listening()
            return
        await self._send_event(TranscriptFinal(text=text))
        if speculation is None:
            await self._respond(text, clock)
            return
        self.care_state = speculation.care_state  # assessed on the copy: now the session's
        prepared = await self._speculator.adopt(speculation, clock)
        if prepared is None:  # the speculation had nothing to say: answer as usual
            await self._respond(text, clock)
            return
        await self._finish(text, speculation.clock, prepared, speculative=True)

    async def _text_turn(self, text: str) -> None:
        await self._respond(text, TurnClock(input_mode="text"))

    async def _transcribe(self, utterance: UtteranceTranscriber, clock: TurnClock) -> str:
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

    async def _respond(self, user_text: str, clock: TurnClock) -> None:
        prepared = await self._preparer.prepare(
            user_text, clock, self.care_state, Outbox(held=False)
        )
        await self._finish(user_text, clock, prepared, speculative=False)

    async def _finish(
        self, user_text: str, clock: TurnClock, prepared: Prepared, *, speculative: bool
    ) -> None:
        """The reply has been produced and its output committed: report, store, hand back."""
        reply = prepared.reply
        report = TurnReport(
            session_id=self.session_id,
            user_text=user_text,
            clock=clock,
            prepared=prepared,
            speculative=speculative,
            sample_rate=self.engines.tts.sample_rate,
        )
        for event in report.closing_events():
            await self._send_event(event)
        if reply.spoken:
            report.observe()
            # The model's context gets the reply without the fixed disclosure: a small model
            # shown it as its own words repeats it on every later turn, and what it generated
            # itself is what its KV cache holds, so the next prompt reuses the cache.
            self.history.append(PastTurn(user_text=user_text, reply_text=reply.text_after_prefix))
            await self.repository.add_turn(self.session_id, report.stored_turn())
            self._primer.start()
        if reply.error is not None:
            await self._fail_turn(reply.error)
            return
        if clock.first_audio_sent is not None:
            await self._await_playback(clock.playback_end)
        await self._return_to_listening()

    async def _send_reply_audio(self, pcm: bytes, clock: TurnClock) -> None:
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
        self._vad.reset()
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
