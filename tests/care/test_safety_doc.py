"""docs/safety.md quotes the fixed messages verbatim, so the protocol on paper is the one in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from wanees.care.texts import crisis_message, disclosure, followups
from wanees.transport.protocol import RiskLevel

DOC = Path(__file__).resolve().parents[2] / "docs" / "safety.md"

FIXED = [
    disclosure("ar"),
    disclosure("en"),
    crisis_message(RiskLevel.HIGH, "ar"),
    crisis_message(RiskLevel.HIGH, "en"),
    crisis_message(RiskLevel.IMMINENT, "ar"),
    crisis_message(RiskLevel.IMMINENT, "en"),
    *(q.ar for q in followups()),
    *(q.en for q in followups()),
]


@pytest.mark.parametrize("message", FIXED)
def test_safety_doc_quotes_every_fixed_message(message: str) -> None:
    assert message in DOC.read_text("utf-8")


@pytest.mark.parametrize("message", FIXED[2:6])
def test_crisis_messages_give_the_emergency_number(message: str) -> None:
    assert "9999" in message
