"""Preparing a turn's answer: the care plan, its side effects, and the reply spoken from it.

The same preparation serves a turn that is over and a speculative one still in the hangover
(see ``speculation.py``), and its planning half serves the prompt priming (``priming.py``):
every side effect goes through the caller's :class:`Outbox` and the care state is the caller's,
so none of them needs to know which kind it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wanees.care.api import CareLayer, CareSessionState, PastTurn, TurnPlan
from wanees.config import Settings
from wanees.conversation.clock import TurnClock
from wanees.conversation.outbox import Outbox
from wanees.conversation.priming import history_window
from wanees.conversation.reply import Reply, ReplyProducer, SendEvent
from wanees.logs import get_logger
from wanees.storage.repository import Repository
from wanees.transport.protocol import RiskAlert, SessionSettings

log = get_logger(__name__)


@dataclass(slots=True)
class Prepared:
    """A reply produced (and spoken, or held for speaking) by :meth:`TurnPreparer.prepare`."""

    plan: TurnPlan
    reply: Reply


class TurnPreparer:
    """Plans a session's turns with the care layer and has their replies produced."""

    def __init__(
        self,
        *,
        session_id: str,
        settings: Settings,
        care: CareLayer,
        repository: Repository,
        replies: ReplyProducer,
        history: Callable[[], Sequence[PastTurn]],
        session_settings: Callable[[], SessionSettings],
        send_event: SendEvent,
    ) -> None:
        self.session_id = session_id
        self.settings = settings
        self.care = care
        self.repository = repository
        self._replies = replies
        # Getters: the conversation adds to its history and replaces its settings between
        # turns, and each plan must see them as they are then.
        self._history = history
        self._session_settings = session_settings
        self._send_event = send_event

    async def plan(self, user_text: str, care_state: CareSessionState) -> TurnPlan:
        """The care layer's plan for ``user_text``: the prompt, the guard and the fallbacks."""
        history = self._history()
        return await self.care.plan_turn(
            user_text,
            history_window(history, self.settings.turn.history_turns),
            care_state,
            language=self._session_settings().language,
            first_turn=not history,
        )

    async def prepare(
        self, user_text: str, clock: TurnClock, care_state: CareSessionState, out: Outbox
    ) -> Prepared:
        """Plan the turn and produce its reply: every side effect (events, audio, the flag) goes
        through ``out``, so a speculative reply can run this before the turn is over."""
        plan = await self.plan(user_text, care_state)
        if plan.show_resources:
            alert = RiskAlert(level=plan.assessment.level, resources=self.care.resources())
            await out.put(functools.partial(self._send_event, alert))
        if plan.flag_reason:
            await out.put(functools.partial(self._flag, plan))

        # Speak in the language the person chose, else the one they spoke (fixed replies too).
        language = self._session_settings().language or plan.assessment.language
        reply = await self._replies.speak(plan, clock, "en" if language == "en" else "ar", out)
        return Prepared(plan, reply)

    async def _flag(self, plan: TurnPlan) -> None:
        assert plan.flag_reason is not None
        await self.repository.flag_session(self.session_id, plan.flag_reason)
        log.info("session_flagged", session=self.session_id, level=plan.assessment.level.value)
