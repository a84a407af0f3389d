"""C-SSRS-style screening at medium risk: fixed questions, one per turn, answers raise the level.

Order and skip logic follow the C-SSRS screener: wish to be dead, thoughts of killing oneself;
if there are no such thoughts, straight to recent behaviour; otherwise method, intent, plan, then
behaviour. An unclear answer moves on without raising (the detector still reads the answer).
"""

from __future__ import annotations

import re
from enum import StrEnum

from wanees.care.normalize import normalize, normalize_letters
from wanees.care.texts import followups
from wanees.transport.protocol import RiskLevel


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(normalize_letters(pattern), re.IGNORECASE)


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


_UNSURE = _re(
    r"(?<!\w)(?:ما ادري|ما اعرف|مب متاكد|مو متاكد|لا ادري|مدري|ادري)(?!\w)|\b(?:don'?t know|"
    r"not sure|dunno|idk)\b"
)
_NO = _re(
    r"^(?:[وف])?(?:لا|لاء|لاا|ابدا|ابد|مستحيل|لا والله|ما فكرت|ما تمنيت|ما عندي|ما سويت|ما خططت|"
    r"ما جاتني|ما صار|no|nope|nah|never|not really|of course not|i haven'?t|i didn'?t|i don'?t|"
    r"no i)(?!\w)"
)
_YES = _re(
    r"(?<!\w)(?:ايوه|ايوا|ايه|اي|اكيد|نعم|صح|بلي|بلى|شوي|احيانا|مرات|يمكن|ممكن|فكرت|تمنيت|"
    r"عندي|خططت|سويت|جهزت|جاتني|دايم|كل يوم|yes|yeah|yep|yup|sometimes|maybe|kind of|sort of|"
    r"i have|i did|i do|a bit|a little|often|always|every day|a lot|definitely)(?!\w)"
)

# What a "yes" to each question means for the level.
_YES_LEVEL: dict[str, RiskLevel] = {
    "wish_dead": RiskLevel.MEDIUM,
    "thoughts": RiskLevel.MEDIUM,
    "method": RiskLevel.MEDIUM,
    "intent": RiskLevel.HIGH,
    "plan": RiskLevel.IMMINENT,
    "behaviour": RiskLevel.HIGH,
}


def classify_answer(text: str) -> Answer:
    normalized = normalize(text)
    if _UNSURE.search(normalized):
        return Answer.UNCLEAR
    if _NO.search(normalized):
        return Answer.NO
    if _YES.search(normalized):
        return Answer.YES
    return Answer.UNCLEAR


def question_ids() -> list[str]:
    return [question.id for question in followups()]


def after_answer(question_id: str, answer: Answer) -> tuple[RiskLevel, str | None]:
    """The level the answer implies and the next question to ask (None: screening done)."""
    ids = question_ids()
    level = (
        _YES_LEVEL.get(question_id, RiskLevel.MEDIUM) if answer is Answer.YES else RiskLevel.NONE
    )
    if question_id == "thoughts" and answer is Answer.NO:
        return level, "behaviour"
    position = ids.index(question_id)
    return level, ids[position + 1] if position + 1 < len(ids) else None
