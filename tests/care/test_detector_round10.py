"""Round 10 of the deterministic detector: classes read from blind checks 24-26 (scored, then
opened), each tested with wording of our own (never the checks' lines) and with near misses.

Bugs fixed: "my coworker said he wants to end it all" was the speaker's own (the subject sat
before "wants to"); «ما أعلى مبنى» ("what is the highest building") was read as a negation; the
Arabizi "3aleh" ("about him") was spelt «عاله» ("a burden"); «يبي ينتحر» ("he wants to kill
himself") was the speaker's own because "my" was near; a will made before a business trip was
imminent; belongings given away before a move were a goodbye; the prayer «يجعل آخر كلامنا لا إله
إلا الله» was a farewell; a recovery told as "I've been fine for ages" or «حياتي تمام» was not
heard, so a past that is over stayed HIGH.
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches, at_least, level

from wanees.care.arabizi import to_arabic
from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel

RISK = [
    # Cutting as a routine, named as a noun.
    ("جرح يدي صار شي يومي، مثل شرب الماي", H),
    ("the cutting is a nightly thing now, I can't stop", H),
    ("الـ cutting صار روتين كل ليلة", H),
    # A rope that will hold a person.
    ("محتاج حبل قوي يتحمل وزن شخص", H),
    ("where do I get a rope that can take my weight", H),
    # A rope bought and the place known.
    ("جبت حبل وعارف وين بروح", H),
    ("got a rope, and I know exactly where to go", H),
    # An unnamed act, interrupted.
    ("كنت على وشك اسويها البارحة بس ابوي طق الباب", M),
    ("I was about to do it when my mum came home early", M),
    # Medicine stopped on purpose, waiting.
    ("توقفت عن أخذ الإنسولين من أيام، وأنتظر ما سيحدث", H),
    ("stopped taking my meds on purpose, just waiting to see what happens", H),
    # Gas, a shut door, sleep.
    ("بخلي الغاز مفتوح وأنام", H),
    ("smelled gas in the kitchen, thinking I'll just shut the door and sleep", H),
    # Whether a household poison kills, with despair around it.
    ("هل مبيد الحشرات يموت لو انشرب؟ ما عدت اتحمل", H),
    ("can bleach kill you if you drink it, I'm so hopeless", H),
    # "How high is it" of a bridge named before, after a loss.
    ("since my dad passed I drive past that bridge every night. how high is it", H),
    # The tallest bridge with a wish not to live.
    ("ما أعلى جسر في البلد؟ تعبت من حياتي", H),
    ("ما أطول برج في مسقط؟ ما عدت اتحمل شي بعد ما خسرت شغلي", H),
    # Gone by a day.
    ("don't bother with my shift, I'll be gone by Thursday", M),
    # Resting "for good".
    ("once the house is sold I can finally rest. for good.", M),
    # Asking God not to be woken.
    ("يا رب لا تصحيني بكرة", M),
    ("ya allah la t9a7eeni bacher", M),
    # Pills gathered over months, strip by strip.
    ("أجمع حبوب الضغط شريط بعد شريط في الخزانة", H),
    # The speaker still wants it when someone else is named as the cause.
    ("he makes me want to end it all", H),
    ("my brother says I want to end it all and he is right", H),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round10_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


QUIET = [
    # Someone else wants to end it: the subject sits before "wants to".
    "my roommate said she wants to end it all, how can I help her",
    "صديقي قال he's going to end it, I called his dad",
    "my friend قال انه يبي ينتحر وانا خايف عليه",
    "a5ooy y8ool ma yabi y3eesh w ana 5ayef 3aleh",
    "my cousin's suicidal and her parents don't know",
    # A past that is over.
    "كنت أجرح نفسي وأنا في الثانوي، الحين صار لي سنين بخير",
    "I self-harmed back in college, I've been fine for years now",
    "قبل كم سنة فكرت أنتحر، الحين متزوجة وحياتي حلوة",
    "مررت بفترة اكتئاب وتمنيت الموت، لكنني تعافيت",
    "I went through a very rough time at uni and wanted to die, I'm good now",
    # A will before a journey, belongings before a move.
    "كتبت وصيتي قبل رحلة عمل طويلة، هذا إجراء روتيني",
    "وزعت اغراضي لأننا بنعزل لبيت جديد",
    # A prayer for a good end.
    "اللهم اجعل آخر كلامنا لا إله إلا الله",
    # A football joke.
    "هههه بنتحر لو النادي خسر الديربي",
    # Ordinary look-alikes of the new families.
    "I cut class every day last term lol",
    "cutting carbs is a daily habit now",
    "I need a rope strong enough to hold my weight for the climbing gym",
    "I was going to do my homework but my sister walked in",
    "سكرت الغاز وقفلت الباب ونمت",
    "does bleach kill mould on the bathroom tiles",
    "هل الكلوركس يقتل لو ولدي شربه؟ خايفة عليه",
    "how high is that bridge? the view must be amazing",
    "ما أعلى مبنى في مسقط؟ أبي أصوره",
    "I'll be gone by Friday for the work trip",
    "after exams I can finally rest",
    "يمه لا تصحيني بكرة",
    "stopped taking my antibiotics because the doctor said so",
]


@pytest.mark.parametrize("text", QUIET)
def test_round10_near_misses_stay_below_medium(text: str) -> None:
    assert_below_medium(text)


def test_a_poison_question_alone_is_low_and_high_with_despair() -> None:
    # The "bridges" pattern: asked alone it is only noted, with despair it is HIGH.
    assert level("does rat poison kill a person") is RiskLevel.LOW
    assert level("does rat poison kill a person, I'm worthless anyway") is RiskLevel.HIGH


def test_ma_before_an_elative_asks_but_ma_before_able_still_negates() -> None:
    assert level("ما أعلى جسر في مسقط") is RiskLevel.LOW  # asked, not denied
    assert "negated:ar_heights" not in assess("ما أعلى جسر في مسقط").assessment.reasons
    # «ما أقوى» is "I can't": the wish after it still counts.
    assert at_least("ما أقوى أكمل، أبي أموت", H)


def test_arabizi_about_him_is_not_a_burden() -> None:
    spelt = to_arabic("ana 5ayfa 3aleh")
    assert spelt.endswith(" عليه") and "عاله" not in spelt, spelt


def test_joining_someone_elses_suicidality_is_still_the_speakers() -> None:
    assert at_least("my cousin's suicidal and so am I", M)
