"""Round 8 of the deterministic detector: classes read from the misses and false alarms of blind
checks 16-18 (scored, then opened), each tested with wording of our own (never the checks' lines)
and with the near misses that must stay quiet.

Two bugs: the backstop looked for laughter in the normalised message, where "ههههه" is folded
to one letter, so «بموت إذا ما خلصته ههههه» asked screening questions; and a time word dated the
purchase of a rope as if it timed an act ("اشتريت حبل اليوم" was imminent).
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches, at_least, level

from wanees.transport.protocol import RiskLevel

RISK = [
    # A plan for when the house is empty, the time said first.
    ("when my parents travel next week I'm going to do it", M),
    ("يوم يسافرون أهلي الأسبوع الجاي بسويها", M),
    ("لما يطلع الكل للعرس بقعد بروحي وبنفذها", M),
    # A decision standing alone, then "I'll do it" with nothing named.
    ("قررت خلاص، بعد الامتحانات بسويها", M),
    ("I made up my mind, after graduation I'm going to do it", M),
    # Pills kept for the right moment; things given away "I won't need".
    ("I've had pills hidden in my drawer for weeks, just waiting for the right moment", H),
    ("sold my guitar and cancelled my gym, I won't need either of them", H),
    ("gave my playstation to my cousin, tying up loose ends", H),
    ("عطيت قطوتي لجارتنا، ما راح أحتاجها بعد", H),
    # Up a height, then jump or stay up there; "somewhere high".
    ("بطلع فوق سطح العمارة الليلة وما بنزل", H),
    ("أفكر بأعلى برج في مسقط، أطلع فوقه وأنط", H),
    ("I need somewhere high where nobody will stop me", M),
    # Hitting oneself until dizzy, to stop thinking.
    ("I bang my head on the wall until I feel dizzy, it's the only thing that quiets my mind", H),
    ("أضرب راسي بالطوفة لين أدوخ عشان أرتاح من التفكير", H),
    # A sleep with no waking; better off with the insurance; not here next month.
    ("أبا أرقد رقدة ما فيها صحوة", M),
    ("I just want a sleep I won't wake up from", M),
    ("my kids would be better off with the life insurance than with me", M),
    ("ما أشوف حالي موجود الشهر الياي", M),
    ("ma ashoof nafsi mawjood el shahar el jay", M),
    ("I won't be around by next month, I've made sure of it", M),
    # Debts written down and who takes my things; a rope bought.
    ("كتبت الديون اللي علي ومن ياخذ أغراضي", M),
    ("I bought a rope today. don't ask me what for", H),
    ("اشتريت حبل اليوم", M),
    # Asking God to take one's life; "finish my life" (second-language English).
    ("أسأل الله أن يتوفاني الليلة", M),
    ("يا رب تتوفاني وأرتاح", M),
    ("better I finish my life, nobody help me", H),
    # Speed asked "for it to be over".
    ("how fast do I need to drive into a wall for it to be over", H),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round8_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


def test_a_rope_bought_today_asks_but_is_not_imminent() -> None:
    # The day dates the purchase, not an act: screening questions, not the crisis message.
    assert level("اشتريت حبل اليوم") is RiskLevel.MEDIUM


def test_laughter_folded_by_normalising_still_quiets_the_backstop() -> None:
    assert not at_least("مديري يبي التقرير قبل الظهر، بموت إذا ما خلصته ههههه", M)
    # Laughter does not hide a plain wish: it only lowers it to questions.
    assert level("ههههه ابا اموت") is RiskLevel.MEDIUM


QUIET = [
    # Idioms: dying of worry, of laughing (Arabizi spelling), "I die for you".
    "أكاد أموت من القلق قبل مقابلة العمل غداً.",
    "nuktat a5ooi 5alatni amoot mn el 9'a7ik",
    "amoot feech ya 7abibti",
    # Risk told as a past that is over.
    "I used to cut myself in college but I've been clean for three years now",
    "كنت أجرح نفسي في الثانوية، الحين صار لي فترة نظيفة الحمدلله",
    # Someone else: "واحد" (a man) is the subject.
    "سمعت إن واحد من حارتنا انتحر، الله يرحمه",
    # A prayer for a good end, not a wish to die now.
    "اللهم توفني مسلما وألحقني بالصالحين",
    "اللهم أحيني ما كانت الحياة خيرا لي وتوفني إذا كانت الوفاة خيرا لي",
    # "finish" with a thing named.
    "I want to finish my life's work before I retire",
    "I'll finish myself the painting",
    # A decision that names what was decided; a task named.
    "قررت أسجل في الجيم، بكرة بسويها",
    "I've decided to apply for the job, I'll do it tomorrow",
    "I decided to quit smoking, I'll do it tomorrow",
    # Given away with a reason, or old things replaced.
    "sold my car because I won't need it after moving to Dubai",
    "عطيت سيارتي لأخوي، ما راح أحتاجها بعد ما أنتقل",
    "وزعت ملابسي القديمة ما احتاجها",
    # Heights for a view, a rope with a use, head-banging as frustration.
    "بطلع فوق السطح أصور الغروب وبنزل",
    "I need somewhere high to get a phone signal out here",
    "I bought rope for the boat today",
    "I've been banging my head against the wall with this bug all day",
    # Not here next month because of a job or a move.
    "ما أشوف حالي هني الشهر الياي، الشركة بتنقلني صلالة",
    "I won't be here next month, my contract ends and I'm moving back home",
    "I'll finish my thesis this month",
]


@pytest.mark.parametrize("text", QUIET)
def test_round8_near_misses_stay_below_medium(text: str) -> None:
    assert_below_medium(text)
