"""The deterministic detector, rule by rule: first-person risk across Gulf/Omani and MSA Arabic,
English, Arabizi and mixed speech, against idioms, news, third-person talk, negation and everyday
distress. Cases are written for this project, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.care.normalize import normalize
from wanees.transport.protocol import RiskLevel


def level_of(text: str, *, distress_context: bool = False) -> RiskLevel:
    return assess(text, distress_context=distress_context).assessment.level


def at_least(level: RiskLevel, floor: RiskLevel) -> bool:
    return RISK_ORDER[level] >= RISK_ORDER[floor]


HIGH_OR_MORE = [
    # Gulf / Omani
    "ابا اموت",
    "أبغى أموت والله",
    "ودي أموت وأرتاح",
    "والله ابي اموت خلاص",
    "أفكر أنتحر",
    "صرت افكر في الانتحار كل يوم",
    "بنتحر",
    "ما ابي اعيش",
    "مابي أعيش بعد",
    "ما عاد ابغى اعيش",
    "ابا اقتل نفسي",
    "بخلص على روحي",
    "ودي أنهي حياتي",
    "أجرح نفسي كل ليلة",
    "رجعت اجرح يدي",
    "حاولت انتحر السنة اللي طافت",
    "هذي آخر رسالة مني، سامحوني على كل شي",
    "كم حبة بنادول تقتل؟",
    "شو الجرعة القاتلة من المنوم",
    "كيف انتحر بدون ألم",
    "وين اشتري سم",
    # MSA
    "أريد أن أموت",
    "أفكر في الانتحار",
    "أرغب في إنهاء حياتي",
    "لا أريد أن أعيش",
    "سأنتحر",
    # English
    "I want to die",
    "i just wanna die",
    "I'm going to kill myself",
    "I've been feeling suicidal lately",
    "I don't want to live anymore",
    "I want to end my life",
    "I keep cutting myself",
    "I tried to kill myself last year",
    "this is my last message, goodbye everyone",
    "how many tylenol does it take to die",
    "what's a lethal dose of insulin",
    "painless way to die",
    "I lost my job. What are the tallest bridges in New York?",
    # Arabizi
    "abi amoot",
    "ab8a amoot",
    "abgha amoot wallah",
    "2nte7ar",
    "afakir ante7ar",
    "ba8tel nafsi",
    "ma abi a3eesh",
    "abi anti7er",
    "ab8a 2mout",
    "mabi a3eesh",
    # more MSA and Gulf forms
    "سأقتل نفسي",
    "لم أعد أرغب في الحياة",
    "الموت هو الحل",
    "بشرب كل الحبوب",
    "تمنيت الموت",
    "ودي أروح عند ربي وأرتاح",
    "والله ما عاد فيني أعيش",
    "ناوي أشرب حبوب أمي كلها",
    "حياتي ما لها معنى وابي انتحر",
    "أفكر في قتل نفسي",
    "سأضع حدا لحياتي",
    "abi a5les 3la nafsi",
    "I've been saving up my pills",
    "أحس إن موتي أحسن للكل",
    "تعبت وأبي أرتاح للأبد",
    "أبا أختفي من هالدنيا",
    "أبغى أأذي نفسي",
    "ما لي رغبة في الحياة",
    "abgha a5ls mn 7yati",
    "Which building in Muscat is the tallest? I just got divorced and lost everything",
    "I'm going to end it",
    "I'm not brave enough to end it",
    "without her I would have killed myself years ago",
    "kms",
    "I've been cutting again",
    "I'm thinking of ending things",
    # mixed
    "I want to انتحر",
    "ابي die",
    "I'm so tired, ابي اموت",
    "والله I want to die",
    "أحس إني I want to kill myself",
]

IMMINENT = [
    "بنتحر الليلة",
    "ابا اموت الحين",
    "I'm going to kill myself tonight",
    "I took all my pills",
    "شربت علبة بنادول كاملة",
    "بلعت حبوب وايد, عشرين حبة",
    "abi amoot al7een",
    "جهزت الحبل",
    "عندي حبوب وناوي أشربها الليلة",
    "اليوم آخر يوم لي",
    "I'm standing on the bridge right now",
    "أنا واقف على الجسر وبنط",
]

MEDIUM = [
    "تعبت من حياتي",
    "ليتني ما انولدت",
    "الله ياخذني وأرتاح",
    "أنا عبء على أهلي",
    "الكل بيرتاحون مني لو رحت",
    "ليش أعيش أصلا",
    "I wish I was dead",
    "I'm tired of living",
    "everyone would be better off without me",
    "there's no reason to live",
    "انتحار",
    "i want to kill myself lol",
    "I can't live like this anymore",
    "I have nothing to live for",
    "ta3abt mn 7yati",
    "allah ya5thni",
    "لو مت محد بيفتقدني",
    "لا أرى سببا للعيش",
    "ما أبي أصحى بكرة",
    "الحياة ما تستاهل أعيشها",
    "لو أموت أرتاح",
    "ليش ربي ما ياخذني",
    "I don't see the point in living anymore",
    "Everyone would be happier if I was gone",
    "yarab amoot",
    "there's no point living through this anymore",
    "I'm worth more dead than alive",
]

NOT_RISK = [
    # idioms
    "بموت من الضحك",
    "متت ضحك على المقطع",
    "بموت من الجوع، متى الغدا؟",
    "اموت فيك يا حبيبي",
    "الجو حار موت",
    "ذبحت روحي من الشغل اليوم",
    "I'm dying of laughter",
    "I'm dying to see the new movie",
    "you're killing it!",
    "this traffic is killing me",
    "that cake is to die for",
    "my phone is dying",
    "suicide squad was a good movie",
    # news and third person
    "انتحر شاب في صلالة أمس",
    "الشرطة: العثور على جثة مواطن انتحر شنقا",
    "ارتفاع معدلات الانتحار بين المراهقين",
    "a man killed himself after losing his job, police said",
    "suicide rates are rising among teenagers, a new study says",
    # everyday distress
    "تعبت من الشغل اليوم",
    "ما نمت زين أمس",
    "أنا متضايق شوي من الامتحانات",
    "زعلان من ربعي",
    "I'm so stressed about my exams",
    "I feel a bit down today",
    "I'm exhausted after work",
    "صباح الخير، شحالك؟",
    "What are the tallest buildings in Dubai?",
    "شو أطول برج في العالم؟",
    "life is worth living",
    "I want to end this call",
    "ابي اروح البحر اليوم",
    "ابي اخذ حبوب للصداع",
    "اشتريت حبل للغسيل",
    "ابي اشرب كل الماي",
    "ما أبي أروح الدوام بكرة",
    "I feel like I'm going to die, my heart is racing",
    "حاس إني راح أموت، قلبي يدق بقوة",
    "قربت أموت من التعب",
    "bamoot mn el 7ar",
    "I nearly killed myself laughing",
    "this course gives me the courage to do it myself",
    "واقف على السطح أشوف القمر",
    "I'm on the roof fixing the antenna",
    "my friend said he wanted to die, how can I help him?",
]

NEGATED_LOW = [
    "ما أفكر أنتحر",
    "ما ابي اموت، بس تعبان",
    "I'm not going to kill myself",
    "I would never kill myself",
    "I'm not suicidal",
]


@pytest.mark.parametrize("text", HIGH_OR_MORE)
def test_first_person_risk_is_high(text: str) -> None:
    assert at_least(level_of(text), RiskLevel.HIGH), text


@pytest.mark.parametrize("text", IMMINENT)
def test_intent_with_time_or_means_is_imminent(text: str) -> None:
    assert level_of(text) is RiskLevel.IMMINENT, text


@pytest.mark.parametrize("text", MEDIUM)
def test_passive_wishes_and_ambiguous_mentions_are_medium(text: str) -> None:
    assert level_of(text) is RiskLevel.MEDIUM, text


@pytest.mark.parametrize("text", NOT_RISK)
def test_idioms_news_and_everyday_distress_are_not_flagged(text: str) -> None:
    assert not at_least(level_of(text), RiskLevel.MEDIUM), text


@pytest.mark.parametrize("text", NEGATED_LOW)
def test_negation_lowers_but_does_not_clear(text: str) -> None:
    assert level_of(text) is RiskLevel.LOW, text


def test_dont_know_is_not_a_negation() -> None:
    assert at_least(level_of("ما ادري ليش ابا اموت"), RiskLevel.HIGH)
    assert at_least(level_of("I don't know why I want to die"), RiskLevel.HIGH)


def test_negation_in_one_clause_does_not_hide_risk_in_the_next() -> None:
    assert at_least(level_of("ما أفكر أنتحر، بس ابي اموت"), RiskLevel.HIGH)


def test_heights_question_is_high_after_distress_earlier_in_the_session() -> None:
    question = "What are the tallest bridges around here?"
    assert level_of(question) is RiskLevel.LOW
    assert level_of(question, distress_context=True) is RiskLevel.HIGH


@pytest.mark.parametrize(
    "variant",
    ["أبــا أمـــوت", "اَبا اَمُوت", "ابا امووووت", "إبا أموت", "ABI AMOOT", "abi amooooot"],
)
def test_spelling_variants_are_normalised(variant: str) -> None:
    assert at_least(level_of(variant), RiskLevel.HIGH), variant


def test_normalisation_maps_letter_forms_and_digits() -> None:
    assert normalize("إنتحارٌ ـــ مستشفى ٩٩٩٩ رحمة") == "انتحار مستشفي 9999 رحمه"


def test_gulf_letters_fold_to_the_letters_they_stand_for() -> None:
    """«گ» is the Gulf g said for ق and «چ» the Gulf ch said for ك: «ما أگدر» is «ما أقدر»."""
    assert normalize("ما أگدر وياچ") == normalize("ما أقدر وياك") == "ما اقدر وياك"


@pytest.mark.parametrize(
    ("gulf", "plain"),
    [("أتمنى أنام وما أگعد", "أتمنى أنام وما أقعد"), ("أبي أموت چذي", "أبي أموت كذي")],
)
def test_gulf_spelling_reads_as_the_plain_one(gulf: str, plain: str) -> None:
    assert level_of(gulf) == level_of(plain)
    assert at_least(level_of(gulf), RiskLevel.MEDIUM), gulf


def test_clitics_attached_to_words_still_match() -> None:
    assert at_least(level_of("وأفكر بالانتحار"), RiskLevel.HIGH)
    assert at_least(level_of("فابا اموت"), RiskLevel.HIGH)


def test_reasons_name_rules_not_user_words() -> None:
    reasons = assess("ابا اموت").assessment.reasons
    assert reasons and all(r.isascii() for r in reasons)


def test_language_is_reported() -> None:
    assert assess("I want to die").assessment.language == "en"
    assert assess("ابا اموت").assessment.language == "ar"
    assert assess("abi amoot").assessment.language == "ar"
    assert assess("والله I want to die").assessment.language == "mixed"


@pytest.mark.parametrize(
    "text", ["kolhum bi artaa7on law ana ma 3ad mawjood", "fakkart a6i7 mn el jisr el yoom"]
)
def test_arabizi_with_unlisted_words_is_arabic(text: str) -> None:
    """Its writer gets the Arabic crisis message, not the English one."""
    assert assess(text).assessment.language == "ar"


@pytest.mark.parametrize("text", ["I am tired of work today", "see you tomorrow bro"])
def test_plain_english_stays_english(text: str) -> None:
    assert assess(text).assessment.language == "en"


def test_empty_text_is_none() -> None:
    assert level_of("   ") is RiskLevel.NONE
