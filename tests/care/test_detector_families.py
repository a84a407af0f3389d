"""Issue 4, round 4: the rule families a blind dev-set review found missed or mis-read, each in
every variety it exists in (Gulf/Omani, MSA, English, Arabizi, mixed), beside near misses that
must stay unflagged. Examples written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel


def level_of(text: str) -> RiskLevel:
    return assess(text).assessment.level


def at_least(text: str, floor: RiskLevel) -> bool:
    return RISK_ORDER[level_of(text)] >= RISK_ORDER[floor]


def flagged(text: str) -> bool:
    return at_least(text, RiskLevel.MEDIUM)


# Each family: (at least MEDIUM, at least HIGH, must stay below MEDIUM).
FAMILIES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "not_want_to_be_here": (
        [
            "i dont want to be here",
            "ما ابي اكون هني",
            "ما ابا أكون هنا",
            "لا أريد أن أكون موجودا",
            "ma abi akoon hni",
            "mab8a akon mawjood",
            "honestly ma abi akoon here",
        ],
        [
            "I don't want to be here anymore",
            "ما ابي اكون هني بعد",
            "ma abi akoon hni ba3d",
            "ما ابغى اكون موجود بهالدنيا",
        ],
        [
            "I don't want to be here at this party",
            "I don't want to be here, this class is so boring",
            "ما ابي اكون هني، الجو حار",
            "ما ابي اكون هني في الاجتماع",
            "ma abi akoon hni fi el dawam bukra",
            "I want to be here with you",
        ],
    ),
    "reunion_after_death": (
        [
            "I want to join my dad since he died",
            "I just want to be with her again, she passed away",
            "ابا الحقه، الله يرحمه",
            "ودي ألحق أبوي الله يرحمه",
            "بروح لأمي الله يرحمها",
            "أريد أن ألحق بأخي رحمه الله",
            "aba al7ag abooy allah yr7amah",
            "abi aroo7 l ummi, allah yr7amha",
            "I want to join ubooy, allah yr7amah",
            "I want to be with my late husband",
            "وودي الحق امي الله يرحمها",
        ],
        [],
        [
            "ابي الحق ابوي في السوق",
            "بروح لأمي بكرة",
            "I want to be with her forever, she is my love",
            "my grandpa died, I want to go to his funeral",
            "ابي اروح لقبر ابوي الله يرحمه",
            "my friend wants to join her dad who died",
        ],
    ),
    "sleep_no_waking": (
        [
            "ابي نومة ما اصحى منها",
            "ودي انام وما اقوم",
            "I want to sleep and never wake up",
            "abi anam w ma as7a",
            "nam w ma as7a",
            "wadi nooma ma a9a7i minha",
            "ودي انام and never wake up",
        ],
        [],
        [
            "ابي انام وما اقوم الا الظهر",
            "I want to sleep and not wake up until noon",
            "nooma 7elwa, ma as7eet illa el thuhur",
        ],
    ),
    "not_go_on": (
        [
            "لا أريد أن أكمل",
            "ما ابي اكمل خلاص",
            "ma abi akammel",
            "ma 3ad abi akammel",
            "فما ابي اكمل",
            "I don't want to keep going anymore",
        ],
        [
            "ما ابي اكمل حياتي",
            "ma abi akammel 7ayati",
            "mabi akamel b 7yati",
            "I don't want to go on",
            "لا أرغب في الاستمرار في الحياة",
        ],
        [
            "ما ابي اكمل الدراسه",
            "I don't want to go on a trip",
            "I don't want to continue this course",
            "I don't want to keep going to the gym",
            "ma abi akammel el akl",
        ],
    ),
    "final_message": (
        [
            "don't look for me",
            "لا تدورون علي بعد اليوم",
            "la tdawroni ba3d",
        ],
        [
            "this is the last time you'll hear from me",
            "you'll never hear from me again",
            "آخر مرة تسمعون صوتي",
            "لن تسمعوا صوتي بعد اليوم",
            "wada3an lil abad",
            "wada3an ya dinya",
            "وداعًا للأبد",
            "hathi a5er resala",
            "goodbye forever يا دنيا",
        ],
        [
            "this is the last time you'll see me in this dress",
            "don't look for me at the mall, I'm not coming",
            "don't look for me, I'm at work late",
            "آخر مرة أطلب من هالمطعم",
            "wada3an ya shabab, ashoofkum bukra",
        ],
    ),
    "dose_to_not_wake": (
        [],
        [
            "كم حبة بنادول اخذ عشان ما اصحى",
            "how many pills to not wake up",
            "what's the amount of pills to end it",
            "how much insulin to not wake up",
            "وكم حبة لازم اخذ عشان ما اصحى",
            "kam 7aba panadol 3shan ma as7a",
            "ما الجرعة التي تكفي لإنهاء الأمر",
            "what dose would be enough to end it",
            "how many sleeping pills so I never wake up",
            "kam 7abba a5th so I don't wake up",
        ],
        [
            "how many pills do I take for a headache",
            "كم حبة بنادول اخذ للصداع",
            "how many melatonin pills so I don't wake up at 3am",
            "kam 7aba a5th 3shan anam zain",
        ],
    ),
    "jump": (
        [],
        [
            "افكر انط من الدريشة",
            "أفكر أرمي نفسي من السطح",
            "arme nafsi mn el balakona",
            "abi a8fiz mn el sat7",
            "thinking of jumping",
            "ودي I jump من البلكونه",
            "wadi ant6 mn el balkona",
            "فأفكر أرمي نفسي من الشباك",
        ],
        [
            "I'm thinking of jumping into a new career",
            "we went cliff jumping last summer",
            "ابي انط في المسبح",
            "the cat jumped from the window",
        ],
    ),
    "wish_fatal_accident": (
        [
            "اتمنى حادث ياخذني",
            "يا رب سيارة تدعمني وارتاح",
            "أتمنى أن تصدمني سيارة",
            "wish a car would hit me",
            "I hope I get hit by a bus",
            "atmana 7adith ya5thni",
            "wallah I wish a trela t9dmni",
            "أتمنى لو يصدمني قطار",
            "ya rabb t5thni",
        ],
        [],
        [
            "I hope a car hits him",
            "اتمنى ما يصير له حادث",
            "hope my team wins",
            "الحمد لله سلمت من الحادث",
        ],
    ),
    "disappear_forever": (
        [
            "ابي اختفي للأبد",
            "akhtafi lil abad",
            "abi a5tifi forever",
            "أريد أن أختفي إلى الأبد",
            "ودي اختفي from this world للابد",
        ],
        [],
        [
            "ابي اختفي من الدنيا شوي",
            "ابي اختفي من الدنيا كم يوم",
            "ابي اختفي من الدنيا ويكند",
            "abi a5tifi mn el dinya shway",
            "I'll disappear for a few days",
            "I wish I could disappear for the weekend",
            "ابي اختفي من السوشل ميديا للابد",
        ],
    ),
    "give_away_after_gone": (
        [],
        [
            "خذوا اغراضي لن أحتاجها بعد رحيلي",
            "ma b7tajhum ba3d ma amoot",
            "ما راح احتاج اغراضي بعد موتي",
            "I won't need these after I'm gone",
            "gave away my stuff, ma b7tajha ba3d mawti",
        ],
        [
            "gave away my old clothes, won't need them after I lose weight",
            "وزعت ملابسي القديمة ما احتاجها",
            "ما احتاج السيارة بعد ما اسافر",
        ],
    ),
    "no_point_in_my_life": (
        [
            "wesh el fayda men 7ayati",
            "ما في شي يستاهل اعيش عشانه",
            "لا شيء يستحق أن أعيش من أجله",
            "there's nothing worth living for",
            "ma fi shay yestahel a3eesh 3shanah",
            "what's the point of حياتي",
            "ما لقيت شي يستاهل اعيش عشانه",
        ],
        [],
        [
            "wesh el fayda men el dars",
            "ما في شي يستاهل نطلع عشانه اليوم",
            "nothing worth watching tonight",
        ],
    ),
}


def _cases(index: int) -> list[tuple[str, str]]:
    return [(family, text) for family, lists in FAMILIES.items() for text in lists[index]]


@pytest.mark.parametrize(("family", "text"), _cases(0) + _cases(1))
def test_family_is_asked_about(family: str, text: str) -> None:
    assert flagged(text), (family, text, assess(text).assessment)


@pytest.mark.parametrize(("family", "text"), _cases(1))
def test_family_is_high_when_it_is_ideation_or_method(family: str, text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), (family, text, assess(text).assessment)


@pytest.mark.parametrize(("family", "text"), _cases(2))
def test_family_near_miss_is_not_flagged(family: str, text: str) -> None:
    assert not flagged(text), (family, text, assess(text).assessment)


def test_reunion_needs_a_death_in_the_message_unless_it_is_following_alone() -> None:
    assert flagged("ابي اروح لابوي، الله يرحمه")
    assert not flagged("ابي اروح لابوي")
    assert not flagged("I want to join him")
    # "ابا الحقه" on its own: following someone is asked about; with a place after it, not.
    for text in ("ابا الحقه", "ابا الحق ابوي", "ودي الحقها", "aba al7agah"):
        assert flagged(text), text
    assert not flagged("ابا الحق ابوي في السوق")
    assert not flagged("ابي الحق الباص")
    assert level_of("ما ابي الحق ابوي، الله يرحمه") is RiskLevel.LOW  # negated, never cleared


# ----------------------------------------------------------------- false alarms the review found

FALSE_ALARMS = [
    # Negation with words in between: "never in my life thought of hurting myself".
    "والله ما فكرت بحياتي اني أأذي نفسي",
    "ما فكرت بعمري اني انتحر",
    "I have never in my life thought of hurting myself",
    # An ordinary will.
    "كتبت وصيتي عند المحامي",
    "كتبت وصيتي بعد ما تزوجت، انصح الكل يسوونها",
    "ktabt wasiyti 3ind el mo7ami",
    # Watching, reading or hearing about it.
    "shift film 3n el inti7ar",
    "shift khabar 3n el inti7ar",
    "garait maqal 3n el inti7ar w ta2atharet",
    "شفت مسلسل عن الانتحار وايد أثر فيني",
    "قريت كتاب عن الانتحار",
    "I watched a documentary about suicide and it got to me",
    # Idioms in Arabizi and mixed lines.
    "ga3ed amoot 3la el burger",
    "amoot 3la el shawarma",
    "ya5i this exam will be the death of me",
    "wallah el dawam will be the death of me",
]


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_review_false_alarms_stay_below_medium(text: str) -> None:
    assert not flagged(text), (text, assess(text).assessment)


def test_a_will_as_a_goodbye_is_still_high() -> None:
    assert at_least("كتبت وصيتي وسامحوني", RiskLevel.HIGH)
    assert at_least("كتبت وصيتي", RiskLevel.HIGH)


def test_arabizi_suicide_said_by_the_speaker_is_still_high() -> None:
    for text in ("abi anta7er", "banta7er", "ana afakir fil inti7ar", "wadi 2nta7er"):
        assert at_least(text, RiskLevel.HIGH), text
    # The noun alone with nobody in it is topic talk: low at most, never cleared to nothing.
    assert level_of("el inti7ar 7aram") is RiskLevel.LOW


def test_media_does_not_hide_a_rule_in_the_same_message() -> None:
    assert at_least("شفت فيلم عن الانتحار وصرت افكر انتحر", RiskLevel.HIGH)
    assert at_least("I watched a film about suicide and now I want to die", RiskLevel.HIGH)


SOMEONE_ELSE = [
    "they don't want to be here anymore",
    "the kids don't want to be here",
    "my mom wants to join my dad, he died",
    "my sister is thinking of jumping off the bridge, how do I help",
    "my brother asked how many pills to not wake up",
    "she wishes a car would hit her",
    "a5ooy y8ool ma yabi ykoon mawjood",
    "هو ما يبي يكمل حياته",
    "اختي تقول ودها تلحق امي الله يرحمها",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_a_family_said_of_someone_else_is_not_the_speakers(text: str) -> None:
    assert not flagged(text), (text, assess(text).assessment)
