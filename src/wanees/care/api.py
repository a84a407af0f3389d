"""The seam between the conversation and the care layer.

The conversation knows nothing about risk rules, prompts or reply banks. For every user turn it
asks the care layer for a :class:`TurnPlan` and follows it: speak a fixed reply, or generate one
with the given messages, passing every clause through the plan's :class:`ReplyGuard` before it is
spoken, and falling back to ``plan.fallback_reply`` if the guard rejects the start of the reply or
no model answers.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wanees.config import Language
from wanees.engines.base import ChatMessage
from wanees.transport.protocol import Resource, RiskLevel

RISK_ORDER: dict[RiskLevel, int] = {
    RiskLevel.NONE: 0,
    RiskLevel.LOW: 1,
    RiskLevel.MEDIUM: 2,
    RiskLevel.HIGH: 3,
    RiskLevel.IMMINENT: 4,
}


def max_level(*levels: RiskLevel) -> RiskLevel:
    return max(levels, key=RISK_ORDER.__getitem__, default=RiskLevel.NONE)


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    level: RiskLevel
    reasons: tuple[str, ...] = ()
    # The language the person wrote or spoke in, so fixed replies match it.
    language: Language = "ar"


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    ok: bool
    reason: str | None = None


class ReplyGuard(abc.ABC):
    """Checks a generated reply clause by clause, before each clause is spoken."""

    @abc.abstractmethod
    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        """``chunk`` is the next clause; ``reply_so_far`` what was already accepted."""

    def check_final(self, reply: str) -> GuardVerdict:
        return GuardVerdict(ok=True)

    def can_stand_alone(self, reply: str) -> bool:
        """Whether the generated reply so far could be a whole reply. One that cannot (a bare
        "OK.") is held, not spoken, until the next clause joins it or :meth:`check_final`
        decides at the end of the stream."""
        return True


@dataclass(frozen=True, slots=True)
class PastTurn:
    user_text: str
    reply_text: str


@dataclass(slots=True)
class TurnPlan:
    assessment: RiskAssessment
    # Speak exactly this and generate nothing (crisis messages, follow-up questions).
    fixed_reply: str | None = None
    # Spoken before a generated reply (the first-turn disclosure).
    prefix: str | None = None
    messages: list[ChatMessage] = field(default_factory=list)
    guard: ReplyGuard | None = None
    fallback_reply: str = ""
    # Set when the session must be flagged for a human, with the reason stored.
    flag_reason: str | None = None
    # Show the verified resources (crisis banner) with this turn.
    show_resources: bool = False


class CareSessionState(Protocol):
    """Opaque per-session care state (accumulated risk, follow-up progress)."""


class CareLayer(Protocol):
    def new_session_state(self) -> CareSessionState: ...

    def resources(self) -> list[Resource]: ...

    async def plan_turn(
        self,
        user_text: str,
        history: Sequence[PastTurn],
        state: CareSessionState,
        *,
        language: Language | None,
        first_turn: bool,
    ) -> TurnPlan: ...
