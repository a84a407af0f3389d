"""Code-switched rules: an English desire with an Arabic or Arabizi death word, and the reverse."""

# Long alternations of words read better unbroken, and word lists as one string:
from __future__ import annotations

from wanees.care.lexicon.ar import AR_SUICIDE
from wanees.care.lexicon.arabizi import ZI_DIE, ZI_SUICIDE
from wanees.care.lexicon.shared import Kind, Rule
from wanees.care.lexicon.shared import rx as _re
from wanees.transport.protocol import RiskLevel


def _rules() -> list[Rule]:
    high = RiskLevel.HIGH
    return [
        Rule(
            "mixed_desire",
            Kind.IDEATION,
            high,
            _re(
                rf"\b(?:want|wanna|going|gonna|thinking about|think about)\s+(?:to\s+)?"
                rf"(?:{AR_SUICIDE}|اموت|الموت|اقتل نفسي|اقتل روحي|{ZI_DIE}|{ZI_SUICIDE})\b|"
                r"(?<!\w)(?:ابي|ابا|ابغي|ودي|اريد|افكر)\s+(?:to\s+)?(?:die|kill myself|"
                r"suicide|end it|end my life)\b"
            ),
        ),
    ]


RULES: tuple[Rule, ...] = tuple(_rules())
