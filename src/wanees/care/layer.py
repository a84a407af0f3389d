"""The care layer: assess every user turn in layers, keep the session's risk, plan the reply.

1. Deterministic detector (always, < 1 ms); then the embedding check (settings.care.semantic),
   which may raise an indirect line to MEDIUM only.
2. Optional model check (settings.care.model_check): may only raise the level; failures and
   timeouts leave the deterministic level.
3. Session level: risk accumulates across turns; medium risk starts fixed C-SSRS-style questions,
   one per turn, whose answers can raise the level.

High or imminent risk gets a fixed, pre-written crisis message (never generated), the verified
resources and a flag for human review. Everything else is generated with the system prompt,
recent history and a reply guard, with a curated bank reply as fallback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from wanees.care import semantic
from wanees.care.api import (
    RISK_ORDER,
    CareSessionState,
    PastTurn,
    RiskAssessment,
    TurnPlan,
    max_level,
)
from wanees.care.detector import assess
from wanees.care.guard import CareReplyGuard
from wanees.care.language import detect_language
from wanees.care.model_check import model_risk_level
from wanees.care.prompt import system_prompt
from wanees.care.resources import load_resources
from wanees.care.screening import after_answer, classify_answer, question_ids
from wanees.care.texts import crisis_message, disclosure, fallback_reply, followups
from wanees.config import Language, Settings
from wanees.engines.base import LLM, ChatMessage
from wanees.transport.protocol import Resource, RiskLevel

# Low signals (hopelessness, a negated thought) add up: this many points make the session medium.
_ACCUMULATION_THRESHOLD = 2.5
_POINTS = {RiskLevel.LOW: 1.0, RiskLevel.MEDIUM: 2.0}
_DECAY = 0.85  # per turn, so an old remark fades


@dataclass(slots=True)
class SessionCare:
    """Per-session care state. Holds levels and reason codes only, never the person's words."""

    turns: int = 0
    peak: RiskLevel = RiskLevel.NONE
    points: float = 0.0
    distress: bool = False
    # Screening: the question asked last turn, the one to ask next, and whether it ran already.
    awaiting: str | None = None
    next_question: str | None = None
    screening_started: bool = False
    reasons: list[str] = field(default_factory=list)
    language: Language | None = None

    def language_of(self, text: str) -> Language:
        """A short reply ("ok", "ايه") keeps the session's language; a longer one sets it."""
        if self.language is not None and len(text.split()) < 3:
            return self.language
        self.language = detect_language(text)
        return self.language

    @property
    def floor(self) -> RiskLevel:
        """The level the conversation stays at whatever this turn says."""
        if RISK_ORDER[self.peak] >= RISK_ORDER[RiskLevel.HIGH] or (
            self.points >= _ACCUMULATION_THRESHOLD
        ):
            return RiskLevel.MEDIUM
        return RiskLevel.NONE


class WaneesCareLayer:
    def __init__(self, settings: Settings, llm: LLM | None) -> None:
        self._settings = settings
        self._llm = llm
        self._resources = load_resources(settings.care.resources_file)
        self._numbers = frozenset(
            "".join(ch for ch in r.number if ch.isdigit()) for r in self._resources
        )

    def new_session_state(self) -> CareSessionState:
        return SessionCare()

    def resources(self) -> list[Resource]:
        return list(self._resources)

    async def plan_turn(
        self,
        user_text: str,
        history: Sequence[PastTurn],
        state: CareSessionState,
        *,
        language: Language | None,
        first_turn: bool,
    ) -> TurnPlan:
        if not isinstance(state, SessionCare):
            raise TypeError("state must come from new_session_state()")
        lang: Language = language or state.language_of(user_text)
        level, reasons = await self._assess(user_text, state, lang)
        state.turns += 1
        state.peak = max_level(state.peak, level)
        state.points = state.points * _DECAY + _POINTS.get(level, 0.0)
        effective = max_level(level, state.floor)
        if effective is not level:
            reasons.append("session_accumulated")
        state.reasons = list(dict.fromkeys([*state.reasons, *reasons]))[-20:]
        assessment = RiskAssessment(effective, tuple(dict.fromkeys(reasons)), lang)
        if RISK_ORDER[effective] >= RISK_ORDER[RiskLevel.HIGH]:
            state.awaiting = None
            return self._crisis_plan(assessment)
        if effective is RiskLevel.MEDIUM and not state.screening_started:
            state.screening_started = True
            state.next_question = question_ids()[0]
        if state.next_question is not None:
            state.awaiting, state.next_question = state.next_question, None
            return self._question_plan(assessment, state.awaiting, first_turn)
        return self._generated_plan(assessment, user_text, history, state, first_turn)

    async def _assess(
        self, user_text: str, state: SessionCare, lang: Language
    ) -> tuple[RiskLevel, list[str]]:
        # A few milliseconds of regular expressions: off the event loop, like the learned check.
        detection = await asyncio.to_thread(
            assess, user_text, language=lang, distress_context=state.distress
        )
        state.distress = state.distress or detection.distress
        level, reasons = detection.assessment.level, list(detection.assessment.reasons)
        if state.awaiting is None:
            # Layer 1b: the embedding check for indirect phrasing, MEDIUM at most, raise-only.
            # Not on an answer to a screening question ("no, I haven't"): screening reads those.
            level, reasons = await semantic.raise_level(
                user_text, level, reasons, self._settings.care
            )
        if state.awaiting is not None:
            answer = classify_answer(user_text)
            answer_level, state.next_question = after_answer(state.awaiting, answer)
            reasons.append(f"screening:{state.awaiting}:{answer.value}")
            level = max_level(level, answer_level)
            state.awaiting = None
        if (
            self._settings.care.model_check
            and self._llm is not None
            and RISK_ORDER[level] < RISK_ORDER[RiskLevel.IMMINENT]
        ):
            model_level = await model_risk_level(
                self._llm, user_text, self._settings.care.model_check_timeout_s
            )
            if model_level is not None and RISK_ORDER[model_level] > RISK_ORDER[level]:
                level = model_level
                reasons.append(f"model_check:{model_level.value}")
        return level, reasons

    # ------------------------------------------------------------------------------- plans

    def _crisis_plan(self, assessment: RiskAssessment) -> TurnPlan:
        message = crisis_message(assessment.level, assessment.language)
        return TurnPlan(
            assessment=assessment,
            fixed_reply=message,
            fallback_reply=message,
            flag_reason=_flag_reason(assessment),
            show_resources=True,
        )

    def _question_plan(
        self, assessment: RiskAssessment, question_id: str, first_turn: bool
    ) -> TurnPlan:
        question = next(q for q in followups() if q.id == question_id)
        text = question.text(assessment.language)
        if first_turn:
            # A fixed reply has no prefix, so the first-turn disclosure goes in front of it.
            text = f"{disclosure(assessment.language)} {text}"
        return TurnPlan(
            assessment=assessment,
            fixed_reply=text,
            fallback_reply=text,
            flag_reason=_flag_reason(assessment),
            show_resources=True,
        )

    def _generated_plan(
        self,
        assessment: RiskAssessment,
        user_text: str,
        history: Sequence[PastTurn],
        state: SessionCare,
        first_turn: bool,
    ) -> TurnPlan:
        elevated = (
            RISK_ORDER[max_level(assessment.level, state.peak)] >= RISK_ORDER[RiskLevel.MEDIUM]
        )
        messages = [
            ChatMessage("system", system_prompt(assessment.language, elevated_risk=elevated))
        ]
        keep = self._settings.turn.history_turns
        for turn in list(history)[-keep:] if keep else []:
            messages.append(ChatMessage("user", turn.user_text))
            messages.append(ChatMessage("assistant", turn.reply_text))
        messages.append(ChatMessage("user", user_text))
        guard = CareReplyGuard(
            user_text=user_text,
            language=assessment.language,
            max_reply_chars=self._settings.turn.max_reply_chars,
            verified_numbers=self._numbers,
            previous_replies=[turn.reply_text for turn in list(history)[-REPEAT_WINDOW:]],
        )
        return TurnPlan(
            assessment=assessment,
            prefix=disclosure(assessment.language) if first_turn else None,
            messages=messages,
            guard=guard,
            fallback_reply=fallback_reply(user_text, assessment.language, state.turns),
            flag_reason=_flag_reason(assessment) if assessment.level is RiskLevel.MEDIUM else None,
            show_resources=elevated,
        )


# How many of its own recent replies the model may not simply say again.
REPEAT_WINDOW = 3


def _flag_reason(assessment: RiskAssessment) -> str:
    """Level and rule names only (no user text): safe to store and to show on a dashboard."""
    return f"{assessment.level.value}: {', '.join(assessment.reasons) or 'unspecified'}"


def create_care_layer(settings: Settings, llm: LLM | None) -> WaneesCareLayer:
    return WaneesCareLayer(settings, llm)
