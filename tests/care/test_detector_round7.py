"""Round 7 of the deterministic detector: classes read from blind checks 14 and 15, each tested
with wording of our own (never the checks' lines) and with the near misses that must stay quiet.

Denials that name the thoughts ("ما عندي أي أفكار إني أأذي نفسي") were read as self-harm and got
the crisis message; a question opening with "ما" before a definite noun was read as a negation;
"أبحث عن" (searching for a place) was read as research about a topic.
"""

from __future__ import annotations

import pytest

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel


def level(text: str) -> RiskLevel:
    return assess(text).assessment.level


def at_least(text: str, floor: RiskLevel) -> bool:
    return RISK_ORDER[level(text)] >= RISK_ORDER[floor]


# ------------------------------------------------------------ denials that name the thoughts

DENIALS = [
    "ما عندي أي أفكار إني أضر نفسي، بس تعبان من الدوام",
    "والله ما في بالي أي نية أأذي نفسي، محتاج أفضفض بس",
    "I don't have any thoughts of hurting myself, I'm just worn out",
    "I've never had any intention to harm myself, work is just heavy",
    "ma 3indi ay afkar a2thi nafsi, bs ta3ban",
    "no no, I don't have أي أفكار إني أأذي نفسي، just stressed",
]


@pytest.mark.parametrize("text", DENIALS)
def test_a_denial_naming_the_thoughts_is_low_not_a_crisis(text: str) -> None:
    found = assess(text).assessment
    assert found.level is RiskLevel.LOW, found
    assert any(reason.startswith("negated:") for reason in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "عندي أفكار إني أأذي نفسي",
        "I have thoughts of hurting myself every night",
        "مو طبيعي، عندي أفكار أأذي نفسي",  # "it's not normal" negates nothing of the act
        "ما أدري ليش عندي أفكار إني أأذي نفسي",  # a negator of knowing is not a denial
    ],
)
def test_thoughts_said_without_a_denial_stay_high(text: str) -> None:
    assert level(text) is RiskLevel.HIGH


def test_a_question_with_ma_before_a_definite_noun_is_not_a_negation() -> None:
    assert level("ما الجرعة اللي تقتل من دواء الضغط؟") is RiskLevel.HIGH
    assert level("ما أبي أموت، بس تعبان") is RiskLevel.LOW  # ما before a verb still negates


# ------------------------------------------------------------------------ new risk classes

RISK_HIGH = [
    # 17. treatment stopped on purpose
    "بطلت الانسولين من كم يوم عن قصد، خلني أروح",
    "I stopped taking my medication on purpose so I can just go",
    "tarakt 3ilaji 3amdan, 5alni aroo7",
    # 18. burning oneself
    "صرت أكوي يدي بالولاعة كل ما ضاق صدري",
    "I've been burning my wrist with cigarettes at night",
    # 19. driving to crash
    "أسوق بسرعة في الليل وأتمنى ما أوصل البيت",
    "lately I drive way too fast hoping I crash this time",
    # 20. an attempt tried and stopped
    "حاولت أعلق الحبل في الغرفة بس تراجعت",
    "I tried to hang myself last week but I stopped",
    # 22. pills stored up, a rope "I know what for", a painless method
    "قاعد أجمع حبوب المنوم من شهور، احتياطا لليوم اللي ما أتحمل فيه",
    "I've been saving up pills for weeks, just in case",
    "اشتريت حبل، وأعرف شو أبا أسوي فيه",
    "what is the least painful way, pills or jumping?",
    # a letter left "if something happens to me"
    "كتبت رسالة لأمي وحطيتها في الدرج، إذا صار لي شي تلقاها",
    "I wrote a letter for my kids in case something happens to me soon",
]


@pytest.mark.parametrize("text", RISK_HIGH)
def test_round7_risk_is_high(text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), assess(text).assessment


@pytest.mark.parametrize(
    "text",
    [
        "حددت موعد، بعد ما أخلص كل اللي علي",
        "I've picked a date. after exams are over",
        "I'm going to do it while my family is away this weekend",
    ],
)
def test_a_chosen_date_or_a_plan_for_an_empty_house_asks(text: str) -> None:
    assert at_least(text, RiskLevel.MEDIUM), assess(text).assessment


def test_heights_asked_after_a_death_in_the_family_is_high() -> None:
    assert level("من وفاة أبوي وأنا أدور على أعلى جسر في البلد") is RiskLevel.HIGH


# ----------------------------------------------------------------------- near misses: quiet

NEAR_MISSES = [
    "وقفت الدوا لأنه يدوخني، الدكتور بيغيره",
    "I stopped my meds because of the side effects, my doctor knows",
    "حرقت يدي وأنا أطبخ اليوم",
    "I burned my arm on the oven door",
    "I drive fast on the highway when I'm late for work",
    "حاولت أربط الحبل حق الخيمة في الكشتة",
    "I tried to tie the rope for the tent on our camping trip",
    "collected my dad's pills from the pharmacy just in case he runs out",
    "أجمع علب الفيتامين الفاضية عشان أرميها",
    "we picked a date for the wedding",
    "حددت موعد مع الدكتور الأسبوع الياي",
    "which is less painful, a tattoo or a piercing?",
    "كم حبة ميلاتونين آخذ للطيارة؟ فرق التوقيت مذبحني",
    "how many sleeping pills for a long flight with jet lag?",
    "قاعد أكتب ورقة بحثية عن الـ self-harm عند المراهقين",
    "أبي أختفي أسبوعين في صلالة وأقفل التلفون",
]


def test_travel_sleep_medicine_is_understood_so_the_check_may_not_raise_it() -> None:
    found = assess("how many sleeping pills for a long flight with jet lag?").assessment
    assert "ordinary_dose" in found.reasons


# ------------------------------------------------- second pass: classes from blind check 13

ROUND7_MORE_RISK = [
    ("لو رحت البحر وغرقت، ما حد بيقول انتحر، صح؟", RiskLevel.HIGH),
    ("how do I make it look like an accident so my family gets the insurance", RiskLevel.HIGH),
    ("gave my dog to my cousin yesterday, for good, he'll take care of him", RiskLevel.HIGH),
    ("what height do you need to fall from so nobody survives", RiskLevel.HIGH),
    ("swallowed all my pills last night and woke up, next time I'll take more", RiskLevel.HIGH),
    ("أبا أعرف وين عمارة سطحها مفتوح، تعبت من كل شي", RiskLevel.HIGH),
    ("ماني قادر أتحمل أبا أروح عند أمي الله يرحمها", RiskLevel.MEDIUM),
    ("أبا نومة ما بعدها قومة", RiskLevel.MEDIUM),
    ("is hanging quick? asking for me", RiskLevel.MEDIUM),
    ("wrote down all my passwords for my family to find when I'm gone", RiskLevel.MEDIUM),
]


@pytest.mark.parametrize(("text", "floor"), ROUND7_MORE_RISK)
def test_round7_second_pass_risk(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), assess(text).assessment


ROUND7_MORE_QUIET = [
    "لو خسر المنتخب بكرة بقتل نفسي هههههه",
    "I'm going to kill myself if they cancel the show lol jk",
    "keep dying on that boss fight, this game is impossible",
    "بموت من الصداع اليوم",
    "قبل كم سنة كنت أجرح نفسي، بس تعالجت وتو أنا زين",
    "I used to self-harm in high school but I'm in a much better place now",
    "أبي أختفي عن الدنيا يومين وأسافر البر",
    "gave my old laptop to my nephew for good, I bought a new one",
    "took the pills the doctor prescribed and woke up fine",
    "left my passwords with my assistant while I'm on holiday",
    "is drowning painful for fish?",
    "ما قلت أبي أموت، قلت تعبان",
]


@pytest.mark.parametrize("text", NEAR_MISSES + ROUND7_MORE_QUIET)
def test_round7_near_misses_stay_below_medium(text: str) -> None:
    found = assess(text).assessment
    assert RISK_ORDER[found.level] < RISK_ORDER[RiskLevel.MEDIUM], found
