"""The care layer: assess every user turn, then plan the reply (minimal first version)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wanees.care.api import (
    CareSessionState,
    GuardVerdict,
    PastTurn,
    ReplyGuard,
    RiskAssessment,
    TurnPlan,
    max_level,
)
from wanees.care.resources import load_resources
from wanees.config import Language, Settings
from wanees.engines.base import LLM, ChatMessage
from wanees.transport.protocol import Resource, RiskLevel

_HIGH = re.compile(
    r"انتحر|اقتل نفسي|أقتل نفسي|ابا اموت|أبا أموت|ابغى اموت|أبغى أموت|suicide|kill myself|"
    r"want to die|end my life",
    re.IGNORECASE,
)

SYSTEM_PROMPT = (
    "أنت ونيس، رفيق ذكاء اصطناعي داعم يتكلم باللهجة العمانية."
    " ردودك قصيرة ودافئة، جملة إلى ثلاث جمل، وسؤال واحد فقط."
    " لست طبيباً ولا معالجاً ولا تشخّص ولا تصف أدوية."
)
CRISIS_AR = (
    "أنا وايد قلقان عليك، وسلامتك أهم شي الحين. أنا ذكاء اصطناعي وما أقدر أساعدك بروحي،"
    " فلو سمحت اتصل الحين بالطوارئ على 9999، أو كلّم حد تثق فيه يكون معاك."
)
CRISIS_EN = (
    "I'm really worried about you, and your safety matters most right now. I'm an AI and can't"
    " help you alone: please call emergency services on 9999 now, or reach someone you trust."
)
DISCLOSURE_AR = "هلا، أنا ونيس، ذكاء اصطناعي مب طبيب. لو كنت في خطر اتصل على 9999."
FALLBACK_AR = "أنا أسمعك. تبا تخبرني أكثر عن اللي تحس فيه؟"


@dataclass(slots=True)
class SessionCare:
    level: RiskLevel = RiskLevel.NONE


class _LengthGuard(ReplyGuard):
    def __init__(self, max_chars: int) -> None:
        self._max_chars = max_chars

    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        if len(reply_so_far) + len(chunk) > self._max_chars:
            return GuardVerdict(ok=False, reason="too_long")
        return GuardVerdict(ok=True)


class WaneesCareLayer:
    def __init__(self, settings: Settings, llm: LLM | None) -> None:
        self._settings = settings
        self._llm = llm
        self._resources = load_resources(settings.care.resources_file)

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
        assert isinstance(state, SessionCare)
        lang: Language = language or ("en" if re.search(r"[a-zA-Z]", user_text) else "ar")
        level = RiskLevel.HIGH if _HIGH.search(user_text) else RiskLevel.NONE
        state.level = max_level(state.level, level)
        assessment = RiskAssessment(
            level=level, reasons=("keyword",) if level else (), language=lang
        )
        if level is RiskLevel.HIGH:
            return TurnPlan(
                assessment=assessment,
                fixed_reply=CRISIS_EN if lang == "en" else CRISIS_AR,
                fallback_reply=CRISIS_EN if lang == "en" else CRISIS_AR,
                flag_reason="high: keyword",
                show_resources=True,
            )
        messages = [ChatMessage("system", SYSTEM_PROMPT)]
        for turn in history[-self._settings.turn.history_turns :]:
            messages += [
                ChatMessage("user", turn.user_text),
                ChatMessage("assistant", turn.reply_text),
            ]
        messages.append(ChatMessage("user", user_text))
        return TurnPlan(
            assessment=assessment,
            prefix=DISCLOSURE_AR if first_turn else None,
            messages=messages,
            guard=_LengthGuard(self._settings.turn.max_reply_chars),
            fallback_reply=FALLBACK_AR,
        )


def create_care_layer(settings: Settings, llm: LLM | None) -> WaneesCareLayer:
    return WaneesCareLayer(settings, llm)
