"""Round 13 of the deterministic detector: classes read from checks 31-34 (each scored once on
arrival, then opened), each tested with wording of our own (never the checks' lines) and with
near misses.

Fixed, false alarms: a past told as over («من خمس سنين جرحت نفسي، الحين الحمدلله مرتاح»,
"I overdosed once years ago but therapy helped and I'm in a good place") when its frame or its
recovery was worded differently; a denial with "at all" or "zero" in it; a risk question quoted
back and answered no; someone else's words («أبوي يقول ...») or act («جارتي حاولت ...»);
someone else who "took his own life"; "tired to death", a prayer giving one's years to a sick
child, "I thought I'd die" of a scare, death as God's truth in English.

Fixed, a safety bug: a good past told before the risk ("years ago I was doing great, but these
days I wish I was dead") was lowered as a past that is over. The recovery must now come after
the risk.

Fixed, misses: "he'd be better off if I was dead" was someone else's; a way to go quietly,
looked for; going to relieve the others; a rope bought "not for the tent"; on the edge and
brought back by someone; a lethal amount asked as «ما كمية ...» or "what's the most ... before
it's fatal"; «ما أبا أصير عبء» is no denial, so the rest of the message decides.
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches

from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel

RISK = [
    # The speaker inside a third person's gain.
    ("my wife would be better off if I was dead", M),
    ("she'd be happier if I was gone for good", M),
    # A way to go quietly.
    ("صرت أبحث عن طريقة أموت فيها بهدوء", H),
    ("I keep looking for a way to slip away peacefully", H),
    # Going, to relieve the others.
    ("خلاص بختفي وأريح الكل مني", H),
    ("maybe I should just disappear and spare them", H),
    # A rope bought, not for what ropes are for.
    ("جبت حبل أمس، ومو عشان الغنم", H),
    ("ordered a rope online and it's not for the boat", H),
    # On the edge, brought back.
    ("البارحة طلعت على السطح وأمي لحقتني ونزلتني", H),
    ("last month I stood on the bridge until a stranger talked me down", H),
    # A lethal amount asked.
    ("ما كمية البنادول اللي توقف القلب؟ تعبت", H),
    ("what's the most sleeping pills a person can take before it's lethal", H),
    # A good past, then the risk: not a past that is over.
    ("years ago I was doing great, but these days I wish I was dead", M),
    ("زمان كنت مرتاح بس من فترة أتمنى الموت", M),
    ("قبل سنتين كنت بخير، وهالشهر صرت أفكر أنتحر", M),
    # Not over: still there.
    ("قبل سنين حاولت أنتحر، وللحين الفكرة ما تروح", M),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round13_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


QUIET = [
    # A past that is over, in other frames and recoveries.
    "من خمس سنين جرحت نفسي، الحين الحمدلله مرتاح ومتزوج",
    "I overdosed once, years ago, but therapy helped and I'm in a good place",
    "قبل ثلاث سنوات فكرت في الانتحار، أما الآن فقد أعدت بناء حياتي",
    "gabl sanatain kint afaker anta7er, el 7een el7amdilla mit3afi",
    "مررت بفترة إيذاء النفس في الجامعة لكنني تعافيت منذ زمن",
    "four years ago I tried to end it, today I'm stable and I run marathons",
    "يوم توفى أبوي كنت أتمنى الموت، بس بعد سنتين رضيت بقضاء الله",
    # Denials with "at all" or "zero" in them.
    "أنا مضغوط بس لا أفكر إطلاقاً في إيذاء نفسي",
    "zero thoughts of killing myself, I'm just heartbroken",
    # A risk question quoted back and answered no.
    "سألتني الدكتورة إذا أبي أموت؟ لا، بس تعبانة من الشغل",
    "you asked if I want to die? no, I'm just exhausted",
    # Someone else's words or act.
    "أبوي يقول يا ليتني مت قبل أشوف هالشي",
    "جارتي حاولت الانتحار أمس، كيف أساعدها؟",
    "my cousin's husband took his own life, the family is broken",
    # Idioms: tired to death, a prayer, a scare, God's truth.
    "تعبت من الدوام لين الموت، أبي إجازة",
    "ta3bt mn el shoghol l7ad el mot",
    "ولدي في المستشفى، يا رب خذ من عمري وعطه",
    "the car skidded and I thought I was going to die, I'm still shaking",
    "death is part of life, I know, but I miss my grandfather",
]


@pytest.mark.parametrize("text", QUIET)
def test_round13_quiet(text: str) -> None:
    assert_below_medium(text)


def test_not_wanting_to_be_a_burden_is_no_denial() -> None:
    """«ما أبي أصير عبء على أحد» denies nothing: a «negated:» reason would keep the learned
    check from reading the rest of the message («... ودي أخلص من الحين»)."""
    for text in ("ما أبي أصير عبء على أحد", "ما أبا أكون عالة على عيالي"):
        found = assess(text).assessment
        assert not any(reason.startswith("negated") for reason in found.reasons), found
        assert "ar_burden" not in found.reasons, found


def test_a_yes_to_the_quoted_question_stays_risk() -> None:
    assert_reaches("سألتني إذا أفكر أموت؟ إيه، كل يوم", H)


def test_a_woman_named_as_an_object_does_not_take_the_speakers_verb() -> None:
    assert_reaches("كتبت اسم أختي في الوصية وحاولت أنتحر البارحة", H)
