"""What the detector's round tests share: the level a message gets, whether it reaches a floor,
and the two assertions every round makes (its risk reaches its level, its near misses stay below
MEDIUM), each failing with the detector's full assessment."""

from __future__ import annotations

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel

H, M = RiskLevel.HIGH, RiskLevel.MEDIUM


def level(text: str) -> RiskLevel:
    return assess(text).assessment.level


def at_least(text: str, floor: RiskLevel) -> bool:
    return RISK_ORDER[level(text)] >= RISK_ORDER[floor]


def assert_reaches(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


def assert_below_medium(text: str) -> None:
    assert not at_least(text, M), (text, assess(text).assessment)
