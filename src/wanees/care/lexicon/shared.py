"""What every lexicon module shares: rule kinds, the rule record and the pattern helpers.

Patterns are written readably ("يئست", "على") and compiled against normalised text (see
:mod:`wanees.care.normalize`: alef forms -> ا, ة -> ه, ى -> ي, lower case, squeezed repeats).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from wanees.care.normalize import normalize_letters
from wanees.transport.protocol import RiskLevel


class Kind(StrEnum):
    IDEATION = "ideation"  # wants to die, to kill themself
    PASSIVE = "passive"  # wishes to be dead, tired of life, a burden
    SELF_HARM = "self_harm"
    ATTEMPT = "attempt"  # a past or ongoing attempt
    GOODBYE = "goodbye"
    METHOD = "method"  # asking for lethal means
    HEIGHTS = "heights"  # the "bridges" question: risky only with distress around it
    TOPIC = "topic"  # the word suicide with no clear person


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: Kind
    level: RiskLevel
    pattern: re.Pattern[str]
    # The match carries its own negation ("ما ابي اعيش"): a negator before it is not checked.
    self_negating: bool = False
    # Holds only when the whole message also matches this ("ابا الحقها" with a death in it).
    needs: re.Pattern[str] | None = None
    # Does not hold when the whole message matches this (a will made with a lawyer).
    unless: re.Pattern[str] | None = None
    # A time word ("tonight", "اليوم") makes an intent imminent; False where the time dates
    # something else ("I bought a rope today").
    timed: bool = True


def rx(pattern: str) -> re.Pattern[str]:
    # Patterns are written readably ("يئست", "على") and matched against normalised text.
    return re.compile(normalize_letters(pattern), re.IGNORECASE)


def ar_words(body: str) -> str:
    """An Arabic phrase standing alone as words, allowing a leading و or ف."""
    return rf"(?<!\w)(?:[وف])?(?:{body})(?!\w)"
