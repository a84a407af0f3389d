"""Round 12 of the deterministic detector: classes read from blind checks 29 and 30 (scored twice,
then opened), each tested with wording of our own (never the checks' lines) and with near misses.

Fixed: a lethal dose asked by a pharmacist for a patient, or for a pharmacology quiz, was method
seeking (not when the speaker is the one it would kill); things given away before a move for work
were a goodbye in English too; recoveries told as "I've been clean" or «الحين أنا زينة» were not
heard; "bmoot mn el 97k" (laughing) was not an idiom. A tallest-building question "and nobody
asks me why" now counts like one asked alone.
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches

from wanees.transport.protocol import RiskLevel

RISK = [
    # Slitting one's own arm.
    ("كل ما ضاق صدري أشرط ذراعي بالموس", H),
    # A goodbye posted, deleted and meant.
    ("نزلت ستوري وداع ومسحته، بس كنت أقصده", H),
    ("I posted a goodbye post last night and deleted it, I meant every word", H),
    # Not minding never waking; something to sleep and never wake.
    ("عادي عندي لو ما قمت من النوم", M),
    ("honestly I wouldn't mind if I didn't wake up", M),
    ("أدور دوا ينيمني وما عاد أصحى", H),
    # Leaving this world, said with another verb.
    ("بعد العيد بطلع من هالدنيا", H),
    ("ba3d el 3eed bamshi min el dunya", H),
    # Cutting as routine: the forearm, "cutting" opening the sentence.
    ("جرح زندي صار عادة كل ليلة", H),
    ("cutting is how I get through every night now", H),
    # Painkillers bought each week and hidden.
    ("كل أسبوع أجيب مسكنات وأدسها في الشنطة", H),
    # The tallest building, in secret.
    ("what's the highest building with roof access, don't ask why", M),
    # A nurse who would be the one it kills.
    ("I'm a nurse so I know the lethal dose that would kill me", H),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round12_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


QUIET = [
    # A dose asked at work or for a course.
    "أنا ممرضة وسألتني مريضة عن الجرعة القاتلة للبنادول، شرحت لها",
    "what's the lethal dose of caffeine? it's for the toxicology quiz",
    # A move for work.
    "giving away my furniture because I'm moving to Doha for work",
    # Recoveries.
    "قبل سنين جرحت نفسي، الحين أنا بخير وأشوف معالجة",
    "I used to self harm in my teens, I've been clean for ages",
    # Laughing in Arabizi.
    "wallah bamoot mn el 97k 3la hal video",
    # Look-alikes of the new families.
    "شرطت يدي بالغلط وأنا أفتح العلبة",
    "posted a goodbye story for my old job, I meant every word of thanks",
    "عادي لو ما صحيت بدري، بكرة إجازة",
    "I need something to help me sleep, I keep waking at night",
    "بطلع من البيت بعد العيد",
    "أشتري كل أسبوع مسكنات لأمي عشان ركبتها",
]


@pytest.mark.parametrize("text", QUIET)
def test_round12_near_misses_stay_below_medium(text: str) -> None:
    assert_below_medium(text)
