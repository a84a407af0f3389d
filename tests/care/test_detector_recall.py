"""Issue 4: recall of first-person risk, class by class, each beside near misses that must stay
unflagged. Written for this project (short messages as said to a voice companion), not taken
from the evaluation sets."""

from __future__ import annotations

import pytest

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.care.lexicon import FILLERS
from wanees.care.normalize import drop_fillers, normalize
from wanees.transport.protocol import RiskLevel


def level_of(text: str) -> RiskLevel:
    return assess(text).assessment.level


def at_least(text: str, floor: RiskLevel) -> bool:
    return RISK_ORDER[level_of(text)] >= RISK_ORDER[floor]


# ----------------------------------------------------------------- fillers between rule words


@pytest.mark.parametrize(
    ("plain", "with_fillers"),
    [
        ("I want to die", "i seriously want to die"),
        ("I want to die", "I really fucking want to die"),
        ("I dont want to be here anymore", "I just dont want to fucking be here anymore"),
        ("I don't want to live", "honestly I don't even want to live"),
        ("ودي أموت", "والله ودي أموت"),
        ("أبا أموت", "خلاص أبا أموت"),
        ("ابي انتحر", "ابي يعني صدق انتحر"),
        ("abi amoot", "wallah abi amoot"),
    ],
)
def test_fillers_between_pattern_words_do_not_break_a_match(plain: str, with_fillers: str) -> None:
    assert at_least(plain, RiskLevel.HIGH), plain
    assert level_of(with_fillers) is level_of(plain), with_fillers


def test_fillers_do_not_remove_a_negation_or_its_effect() -> None:
    assert "not" not in FILLERS and "never" not in FILLERS and "ما" not in FILLERS
    assert level_of("I don't really want to die") is RiskLevel.LOW
    assert level_of("ما والله ابي اموت") is RiskLevel.LOW


def test_drop_fillers_keeps_every_other_word_in_order() -> None:
    clause = normalize("I just really want to see my friends")
    assert drop_fillers(clause, FILLERS) == "i want to see my friends"


# ----------------------------------------------------------------- English


ENGLISH_HIGH = [
    "can i just die already",
    "honestly can i just die",
    "I hope I die soon",
    "i should just die",
    "I deserve to die",
    "i feel like dying",
    "I hate myself and want to die",
    "I have a plan to end it",
    "I've been thinking about ending it all",
    "I decided to end it",
    # preparation / means / behaviour
    "I have pills saved up",
    "I bought a rope",
    "I tied a noose",
    "I said my goodbyes",
    "I'm giving away my things",
    "I gave away all my stuff",
    "I wrote a final letter",
    "I wrote letters to everyone",
    "I tried to overdose last week",
    "I tried to kill myself last year",
]

ENGLISH_MEDIUM_OR_MORE = [
    "I wish I was dead",
    "I want to disappear forever",
    "I want to disappear",
    "it would be easier to be dead",
    "everyone would be better if I was gone",
    "please someone just end me",
    "god please take me",
    "I just don't want to be here anymore",
    "what's the point of living",
    "what is the point of life",
    "what's the point anymore",
    "life is pointless",
    "why am I still alive",
    "I could write my funeral speech",
    "I've planned my own funeral",
    "I don't want to wake up",
    "i want to sleep and never wake up",
    "I want to sleep forever",
    "everyone would be better off without me",
    "I wrote a note",
]

ENGLISH_NOT_FLAGGED = [
    "can I die from eating raw chicken?",
    "I hope I don't fail tomorrow",
    "I should dye my hair",
    "I want to die my hair blue",
    "I feel like I'm dying, this flu is awful",
    "I want to end things with my boyfriend",
    "I decided to end it with her",
    "I could sleep forever",
    "I want to disappear for a weekend",
    "what's the point of this meeting",
    "this job is pointless",
    "I don't want to wake up early tomorrow",
    "I don't want to wake up before noon",
    "I wrote a note to my teacher",
    "I bought a rope for camping",
    "I have pills for my headache",
    "I said my goodbyes at the airport",
    "I said goodbye to my friends",
    "I'm giving away my old clothes to charity",
    "I'm planning my grandmother's funeral",
    "I'd kill for a coffee",
    "the singer died of an overdose",
    "I hate myself",
]


@pytest.mark.parametrize("text", ENGLISH_HIGH)
def test_english_ideation_preparation_and_attempts_are_high(text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ENGLISH_MEDIUM_OR_MORE)
def test_english_passive_wishes_are_at_least_medium(text: str) -> None:
    assert at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ENGLISH_NOT_FLAGGED)
def test_english_near_misses_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


def test_hating_oneself_is_low_and_with_a_wish_to_die_is_high() -> None:
    assert level_of("I hate myself") is RiskLevel.LOW
    assert at_least("I hate myself and I want to die", RiskLevel.HIGH)


# ----------------------------------------------------------------- Arabic (Gulf, Omani, MSA)

ARABIC_HIGH = [
    "والله ودي أموت",
    "أتمنى أموت",
    "الموت أرحم",
    "كتبت رسالة وداع",
    "جمعت حبوب",
    "وزعت أغراضي",
    "عطيت كل أشيائي لأخوي",
    "ودعت الكل",
    "اشتريت حبل",
    "الحبوب مجمعة عندي",
    "حاولت أنتحر الأسبوع الماضي",
    "أرغب في الموت",
    "لا أريد أن أعيش",
    "سأضع حدا لحياتي",
]

ARABIC_MEDIUM_OR_MORE = [
    "ودي أنام وما أقوم",
    "ما أبا أصحى باجر",
    "ياليتني ميت",
    "خلاص ما فيني أكمل",
    "ما عاد أقدر أكمل كذا",
    "لم أعد أحتمل الحياة",
    "ودي أختفي",
    "أبا أختفي للأبد",
    "ايش فايدة حياتي",
    "ما الفائدة من الحياة",
    "ليش أنا للحين عايش",
    "ما أستاهل أعيش",
]

ARABIC_NOT_FLAGGED = [
    "ما أبا أصحى بدري باجر",
    "ما أقدر أكمل شغلي اليوم",
    "ما فيني أكمل المذاكرة",
    "ودي أختفي عن الدوام يومين",
    "وزعت الحلويات على الجيران",
    "جمعت فلوس للسفرة",
    "كتبت رسالة لأمي",
    "اشتريت حبل للغسيل",
    "ودعت أهلي في المطار",
    "ايش فايدة هالاجتماع",
    "تعبت من كل شي",
    "أنا مضغوط وايد",
    "ما نمت زين",
    "بموت من الضحك",
    "قتلني الجوع",
    "انتحر شاب",
]


@pytest.mark.parametrize("text", ARABIC_HIGH)
def test_arabic_ideation_preparation_and_attempts_are_high(text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ARABIC_MEDIUM_OR_MORE)
def test_arabic_passive_wishes_and_cant_go_on_are_at_least_medium(text: str) -> None:
    assert at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ARABIC_NOT_FLAGGED)
def test_arabic_near_misses_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


def test_everyday_exhaustion_is_low_not_risk() -> None:
    assert level_of("تعبت من كل شي") is RiskLevel.LOW


# ----------------------------------------------------------------- Arabizi


@pytest.mark.parametrize(
    "text", ["ma abi a3eesh", "ab8a amoot", "wadi amoot", "waddi amoot", "b2ntir", "bantaher"]
)
def test_arabizi_ideation_is_high(text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ["I want to enter the room", "wadi el 7ail", "2ntadhir shway"])
def test_arabizi_look_alikes_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- second round of classes

MORE_HIGH = [
    "In tired of everything. Cant wait to die.",
    "i want to jump off a building",
    "i'm going to jump in front of a train",
    "i want to drive my car off a cliff",
    "i have a gun and i'm thinking of using it on myself",
    "i burned myself on purpose",
    "أفكر جدياً في الرحيل عن هذا العالم إلى الأبد",
    "لا أريد أن أكون هنا بعد الآن",
    "حاولت قتل نفسي",
    "my friend says I'm suicidal",
]

MORE_MEDIUM_OR_MORE = [
    "i wish i wasn't alive",
    "i wish i'd never been born",
    "i can't do life anymore",
    "i give up on life",
    "death sounds peaceful right now",
    "i keep picturing my own death",
    "i don't deserve to live",
    "i feel like i shouldn't be alive",
    "I just want to roll over and die",
    "لا أجد أي معنى لهذه الحياة",
    "سيكون من الأسهل أن أموت",
    "أريد أن تنتهي حياتي",
    "ياليت الموت ياخذني",
    "ما أحد بيفقدني لو مت",
    "ما أشوف فايدة من حياتي",
    "أتمنى لو كنت ميتا",
    "لم أعد أرغب في العيش",
    "my mom is suicidal and so am I",
]

MORE_NOT_FLAGGED = [
    "I hurt myself playing football",
    "I cut myself shaving",
    "I burned myself cooking",
    "Take it all back was so fun",
    "I want to jump into the pool",
    "my friend tried to kill himself",
    "my sister is suicidal, how can i help her",
    # Bare "ما ابي اكون هنا" is asked about now (round 4, tests/care/test_detector_families.py);
    # being here at a place is not.
    "ما ابي اكون هنا في الدوام",
    "أبي أطلع من البيت",
    "i don't see a future for this project",
    "i'm tired of everything today",
]


@pytest.mark.parametrize("text", MORE_HIGH)
def test_means_in_the_wish_msa_leaving_the_world_and_reported_self_are_high(text: str) -> None:
    assert at_least(text, RiskLevel.HIGH), (text, assess(text).assessment)


@pytest.mark.parametrize("text", MORE_MEDIUM_OR_MORE)
def test_more_passive_wishes_are_at_least_medium(text: str) -> None:
    assert at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


@pytest.mark.parametrize("text", MORE_NOT_FLAGGED)
def test_accidents_someone_elses_risk_and_plain_tiredness_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


def test_tired_of_everything_and_no_future_count_as_hopelessness() -> None:
    assert level_of("I'm tired of everything") is RiskLevel.LOW
    assert level_of("i don't see a future for myself") is RiskLevel.LOW


# ----------------------------------------------------------------- Gulf words, farewells, Arabizi

GULF_AND_ARABIZI_FLAGGED = [
    ("خاطري أموت", RiskLevel.HIGH),
    ("ما بغيت أعيش", RiskLevel.HIGH),
    ("بسوي في نفسي شي", RiskLevel.HIGH),
    ("قطعت عروقي", RiskLevel.HIGH),
    ("جرحت يدي بالموس عشان أرتاح", RiskLevel.HIGH),
    ("أخذت حبوب أمي كلها", RiskLevel.IMMINENT),
    ("كرهت عمري", RiskLevel.MEDIUM),
    ("أحسن لي أموت", RiskLevel.MEDIUM),
    ("I wanna amoot", RiskLevel.HIGH),
    ("ma fiini akamil", RiskLevel.MEDIUM),
    ("abi a5tifi", RiskLevel.MEDIUM),
    ("i'm going to do something to myself", RiskLevel.HIGH),
    ("i might do something stupid tonight", RiskLevel.MEDIUM),
    ("people would be happier without me", RiskLevel.MEDIUM),
    ("i just want the pain to stop forever", RiskLevel.MEDIUM),
    ("i'm not going to be around much longer", RiskLevel.HIGH),
    ("i can't keep living like this", RiskLevel.MEDIUM),
    ("i'm so tired of fighting to stay alive", RiskLevel.MEDIUM),
    ("this is goodbye", RiskLevel.HIGH),
    ("i'm sorry for everything, goodbye", RiskLevel.HIGH),
    ("اسف على كل شي، وداعا", RiskLevel.HIGH),
    ("goodbye everyone, see you in heaven", RiskLevel.HIGH),
    ("سامحوني على كل شي، اشوفكم في الجنة", RiskLevel.HIGH),
]

GULF_AND_EVERYDAY_NOT_FLAGGED = [
    "بغيت أموت من الضحك",
    "خاطري أسافر",
    "خاطري في شاورما",
    "ما لي خلق أروح الدوام",
    "ما أبي أكون موجود في الاجتماع",
    "جرحت يدي وأنا أطبخ",
    "سامحني، مع السلامة",
    "goodbye everyone, see you tomorrow",
    "سامحوني على كل شي، اشوفكم باجر",
    "love you all, bye!",
    "i'm going to do something stupid at the party",
    "i want the pain in my knee to stop",
    "people would be happier without taxes",
    "i'm giving up on dieting",
    "ana ta3ban shway",
]


@pytest.mark.parametrize(("text", "floor"), GULF_AND_ARABIZI_FLAGGED)
def test_gulf_words_farewells_and_arabizi_reach_their_level(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", GULF_AND_EVERYDAY_NOT_FLAGGED)
def test_everyday_goodbyes_and_gulf_wishes_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- Omani words, reunion, verdicts

OMANI_AND_REUNION_FLAGGED = [
    ("باغي أموت", RiskLevel.HIGH),
    ("ما عاد لي خاطر أعيش", RiskLevel.HIGH),
    ("أبا أرتاح من هالدنيا", RiskLevel.HIGH),
    ("بغيت أموت", RiskLevel.MEDIUM),
    ("وجودي ما له داعي", RiskLevel.MEDIUM),
    ("أحس ما لي داعي في هالدنيا", RiskLevel.MEDIUM),
    ("لو مت محد بيدري", RiskLevel.MEDIUM),
    ("i want to unalive", RiskLevel.HIGH),
    ("i want to be with my dad in heaven", RiskLevel.MEDIUM),
    ("death is the only way out", RiskLevel.HIGH),
    ("الموت هو الحل", RiskLevel.HIGH),
]

OMANI_AND_VERDICTS_NOT_FLAGGED = [
    "بغيت أموت أمس بحادث",
    "سويتها ومحد بيدري",
    "ابي ارتاح من الدوام",
    "الانتحار مش هو الحل",
    "الانتحار ليس الحل",
    "suicide is not the answer",
]


@pytest.mark.parametrize(("text", "floor"), OMANI_AND_REUNION_FLAGGED)
def test_omani_wants_worthless_existence_and_reunion_wishes_are_flagged(
    text: str, floor: RiskLevel
) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", OMANI_AND_VERDICTS_NOT_FLAGGED)
def test_near_misses_and_arguing_against_suicide_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- doubts about living, thoughts

THOUGHTS_AND_BEHAVIOUR_FLAGGED = [
    ("i'm not sure i want to be alive", RiskLevel.HIGH),
    ("i don't think i want to live anymore", RiskLevel.HIGH),
    ("i'm done. i'm ending it tonight", RiskLevel.IMMINENT),
    ("i took too many pills", RiskLevel.IMMINENT),
    ("i relapsed and cut", RiskLevel.HIGH),
    ("i've attempted before", RiskLevel.HIGH),
    ("i've been researching ways to die", RiskLevel.HIGH),
    ("i know how i'd do it", RiskLevel.HIGH),
    ("i can't live anymore", RiskLevel.MEDIUM),
    ("god please let me die", RiskLevel.MEDIUM),
    ("i want my life to be over", RiskLevel.MEDIUM),
    ("i wish i'd die in my sleep", RiskLevel.MEDIUM),
    ("i wish i didn't exist", RiskLevel.MEDIUM),
    ("i'm standing on the edge of the bridge", RiskLevel.MEDIUM),
    ("suicidal thoughts again", RiskLevel.MEDIUM),
    ("أفكار انتحارية", RiskLevel.MEDIUM),
    ("لدي أفكار انتحارية", RiskLevel.HIGH),
    ("تراودني أفكار انتحارية", RiskLevel.HIGH),
    ("أشعر برغبة في الموت", RiskLevel.HIGH),
    ("فكرة الانتحار ما تطلع من راسي", RiskLevel.HIGH),
    ("سأنهي حياتي", RiskLevel.HIGH),
    ("لا أرغب بالحياة", RiskLevel.HIGH),
    ("أفكر أشرب حبوب كثيرة", RiskLevel.HIGH),
    ("بلعت حبوب", RiskLevel.MEDIUM),
]

THOUGHTS_AND_BEHAVIOUR_NOT_FLAGGED = [
    "is suicide a sin?",
    "suicide is not the answer",
    "انتحار سياسي",
    "عملية انتحارية في السوق",
    "حزام انتحاري",
    "أبي أنام للأبد من التعب",
    "ابي انام وما اصحى الا الظهر",
    "I'm ending my subscription",
    "I'm ending it with him",
    "I took too many photos",
    "بلعت حبوب الضغط الصبح",
]


@pytest.mark.parametrize(("text", "floor"), THOUGHTS_AND_BEHAVIOUR_FLAGGED)
def test_doubts_about_living_thoughts_and_behaviour_reach_their_level(
    text: str, floor: RiskLevel
) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", THOUGHTS_AND_BEHAVIOUR_NOT_FLAGGED)
def test_questions_metaphors_bombers_and_lie_ins_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ["bantaher", "wadi amoot", "abee amot", "khalas ma abi a3eesh"])
def test_arabizi_without_digits_is_answered_in_arabic(text: str) -> None:
    assert assess(text).assessment.language == "ar"


@pytest.mark.parametrize("text", ["I want to die", "I feel so tired today", "allah is great"])
def test_english_stays_english(text: str) -> None:
    assert assess(text).assessment.language == "en"


# ----------------------------------------------------------------- wanting in any tense, stockpiles

ANY_TENSE_AND_STOCKPILES_FLAGGED = [
    ("i keep wishing i could just stop existing", RiskLevel.HIGH),
    ("part of me wants to die", RiskLevel.HIGH),
    ("i've been wanting to die for weeks", RiskLevel.HIGH),
    ("i don't see why i should keep living", RiskLevel.MEDIUM),
    ("i'm so close to ending it", RiskLevel.HIGH),
    ("i want to overdose", RiskLevel.HIGH),
    ("i stocked up on pills", RiskLevel.HIGH),
    ("i'm writing goodbye letters", RiskLevel.HIGH),
    ("لا أريد الاستمرار في الحياة", RiskLevel.HIGH),
]

ANY_TENSE_NOT_FLAGGED = [
    "that cake is to die for",
    "cross my heart and hope to die",
    "my friend wants to die",
    "i'd never do anything to hurt myself",
    "i stocked up on snacks",
]


@pytest.mark.parametrize(("text", "floor"), ANY_TENSE_AND_STOCKPILES_FLAGGED)
def test_wanting_in_any_tense_and_stockpiles_reach_their_level(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", ANY_TENSE_NOT_FLAGGED)
def test_praise_someone_elses_wish_and_far_negation_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- means made ready, staying alive

MEANS_AND_STAYING_ALIVE_FLAGGED = [
    ("i've got the pills ready", RiskLevel.HIGH),
    ("i sometimes think about jumping off my balcony", RiskLevel.HIGH),
    ("i'm going to take all my pills tonight", RiskLevel.IMMINENT),
    ("ما أبغى أكمل هالحياة", RiskLevel.HIGH),
    ("لا أريد أن أبقى على قيد الحياة", RiskLevel.HIGH),
]

MEANS_ROUTINE_NOT_FLAGGED = [
    "i need to take all my pills with food",
    "i'm going to take all my pills with me on the trip",
    "i've got the tickets ready",
    "ما أبغى أكمل هالمسلسل",
]


@pytest.mark.parametrize(("text", "floor"), MEANS_AND_STAYING_ALIVE_FLAGGED)
def test_means_made_ready_and_not_staying_alive_reach_their_level(
    text: str, floor: RiskLevel
) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", MEANS_ROUTINE_NOT_FLAGGED)
def test_taking_medication_as_a_routine_is_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- fresh check 3's misses

FRESH_THREE_FLAGGED = [
    ("i'm thinking about overdosing on my meds", RiskLevel.HIGH),
    ("i think everyone would be happier if i killed myself", RiskLevel.MEDIUM),
    ("i've had enough, i'm done living", RiskLevel.MEDIUM),
    ("i feel like the only way out is death", RiskLevel.HIGH),
    ("i don't see myself alive in a year", RiskLevel.MEDIUM),
    ("ما أشوف نفسي عايش بعد سنة", RiskLevel.MEDIUM),
    ("أحس إن الكل بيرتاح لو اختفيت", RiskLevel.MEDIUM),
    ("أريد أن أنهي هذا الألم إلى الأبد", RiskLevel.MEDIUM),
    ("i'd rather die than go on like this", RiskLevel.MEDIUM),
]

FRESH_THREE_NOT_FLAGGED = [
    "i'd rather die than eat broccoli lol",
    "i'd rather die than sing in public",
    "i'm done living in this city",
    "the only way out is through the back door",
    "ما أشوف نفسي عايش في دبي",
    "أبي أنهي هالمشروع للأبد",
]


@pytest.mark.parametrize(("text", "floor"), FRESH_THREE_FLAGGED)
def test_fresh_check_three_classes_reach_their_level(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", FRESH_THREE_NOT_FLAGGED)
def test_fresh_check_three_near_misses_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


# ----------------------------------------------------------------- fresh check 4's misses (Arabic)

FRESH_FOUR_FLAGGED = [
    ("أشوف الموت راحة", RiskLevel.HIGH),
    ("الموت أهون علي من هالعيشة", RiskLevel.HIGH),
    ("أمس شربت حبوب كثيرة عشان أموت", RiskLevel.HIGH),
    ("أنا حمل على أهلي", RiskLevel.MEDIUM),
    ("ابي اروح عند ابوي الله يرحمه", RiskLevel.MEDIUM),
]

FRESH_FOUR_NOT_FLAGGED = [
    "ما عمري فكرت أنتحر",
    "أبي أروح عند أمي في البيت",
    "شربت حبوب الضغط عشان أرتاح",
]


@pytest.mark.parametrize(("text", "floor"), FRESH_FOUR_FLAGGED)
def test_fresh_check_four_classes_reach_their_level(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", FRESH_FOUR_NOT_FLAGGED)
def test_fresh_check_four_near_misses_are_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)


def test_a_verb_opening_with_fa_is_not_a_conjunction() -> None:
    # "فكرت" opens with its own ف: the negation before it still counts.
    assert level_of("ما فكرت أنتحر") is RiskLevel.LOW
    # "وابي" opens with the conjunction و: a new thought, not negated by what came before.
    assert at_least("ما ادري وابي اموت", RiskLevel.HIGH)


# ----------------------------------------------------------------- spoken, disfluent transcripts

SPOKEN_FLAGGED = [
    ("um i i just want to die", RiskLevel.HIGH),
    ("like i don't know i kind of want to die", RiskLevel.HIGH),
    ("so yeah i've been thinking about suicide a lot", RiskLevel.MEDIUM),
    ("uh i have some pills and i'm thinking of taking them all", RiskLevel.HIGH),
    ("i kind of wish i could just not wake up", RiskLevel.MEDIUM),
    ("ابي ابي اموت", RiskLevel.HIGH),
    ("اه يعني أفكر أنتحر", RiskLevel.HIGH),
    ("ما أدري بس ودي أموت", RiskLevel.HIGH),
]

SPOKEN_NOT_FLAGGED = [
    "um i'm just tired you know",
    "my friend um she said she wants to die and i'm worried",
    "my meds are here and i need to take them all before bed",
    "i have vitamins and i forgot to take them all",
]


@pytest.mark.parametrize(("text", "floor"), SPOKEN_FLAGGED)
def test_disfluent_speech_transcripts_reach_their_level(text: str, floor: RiskLevel) -> None:
    assert at_least(text, floor), (text, assess(text).assessment)


@pytest.mark.parametrize("text", SPOKEN_NOT_FLAGGED)
def test_disfluent_everyday_speech_is_not_flagged(text: str) -> None:
    assert not at_least(text, RiskLevel.MEDIUM), (text, assess(text).assessment)
