"""What a finished turn leaves behind: the events that close it, its metrics and its record.

One :class:`TurnReport` per turn that produced a reply, so the client's ``turn.metrics``, the
Prometheus histograms, the ``turn_done`` log line and the stored turn all carry the same turn
id and the same numbers.
"""

from __future__ import annotations

import uuid

from wanees.conversation.clock import TurnClock
from wanees.conversation.preparation import Prepared
from wanees.logs import get_logger
from wanees.metrics import TURNS, observe_turn
from wanees.storage.repository import NewTurn
from wanees.transport.protocol import ResponseAudioDone, ResponseTextDone, TurnMetrics

log = get_logger(__name__)


class TurnReport:
    """One finished turn, as the client, the metrics, the log and the database each see it."""

    def __init__(
        self,
        *,
        session_id: str,
        user_text: str,
        clock: TurnClock,
        prepared: Prepared,
        speculative: bool,
        sample_rate: int,
    ) -> None:
        self.session_id = session_id
        self.user_text = user_text
        self.clock = clock
        self.plan, self.reply = prepared.plan, prepared.reply
        self.speculative = speculative
        self.turn_id = uuid.uuid4().hex
        self.timings = clock.timings()
        self.reply_audio_s = round(clock.reply_samples / sample_rate, 3)

    def closing_events(self) -> list[object]:
        """What the client is sent once the reply is over: its text, its audio length, and
        (if anything was said) the turn's metrics."""
        clock, reply = self.clock, self.reply
        events: list[object] = []
        if reply.spoken:
            events.append(ResponseTextDone(text=reply.text))
        if clock.first_audio_sent is not None:
            events.append(ResponseAudioDone(duration_s=self.reply_audio_s))
        if reply.spoken:
            events.append(
                TurnMetrics(
                    turn_id=self.turn_id,
                    **self.timings,
                    reply_audio_s=self.reply_audio_s,
                    user_audio_s=clock.user_audio_s,
                    fallback=clock.fallback,
                    reply_source=clock.reply_source,
                    fallback_reason=clock.fallback_reason,
                )
            )
        return events

    def observe(self) -> None:
        """Count the turn in the Prometheus metrics and log it (numbers and codes, no text)."""
        clock = self.clock
        observe_turn(self.timings)
        TURNS.labels(clock.input_mode, str(clock.fallback).lower()).inc()
        log.info(
            "turn_done",
            session=self.session_id,
            turn=self.turn_id,
            mode=clock.input_mode,
            fallback=clock.fallback,
            reply_source=clock.reply_source,
            fallback_reason=clock.fallback_reason,
            interrupted=self.reply.interrupted,
            speculative=self.speculative,
            risk=self.plan.assessment.level.value,
            reply_audio_s=self.reply_audio_s,
            **self.timings,
        )

    def stored_turn(self) -> NewTurn:
        clock = self.clock
        return NewTurn(
            turn_id=self.turn_id,
            input_mode=clock.input_mode,
            user_text=self.user_text,
            reply_text=self.reply.text,
            risk_level=self.plan.assessment.level,
            fallback=clock.fallback,
            interrupted=self.reply.interrupted,
            metrics={
                **{k: v for k, v in self.timings.items() if v is not None},
                "reply_source": clock.reply_source,
                **({"fallback_reason": clock.fallback_reason} if clock.fallback_reason else {}),
            },
        )
