"""Risk lexicons: Gulf/Omani and MSA Arabic, English and Arabizi, written against normalised text
(see :mod:`wanees.care.normalize`: alef forms -> ا, ة -> ه, ى -> ي, lower case, squeezed repeats).

Each rule is a first-person construction ("ابا اموت", "I want to die", "abi amoot"), so a verb
in the third person ("يبي يموت", "he wants to die") or an object that is not the speaker
("قتل نفسه", "killed himself") does not fire it. Bare topic words ("انتحار", "suicide") are
ambiguous and judged by their clause: news or a third-person subject -> none, otherwise low or
medium (fail-closed). Idioms are removed before matching. Words carry optional Arabic clitics:
leading و/ف, and the particles ب/ل/ال where a noun or a Gulf future verb can take them.
"""

# Long alternations of words read better unbroken, and word lists as one string:
# ruff: noqa: E501, SIM905
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from wanees.care.normalize import normalize_letters
from wanees.transport.protocol import RiskLevel


class Kind(StrEnum):
    IDEATION = "ideation"  # wants to die, to kill themself
    PASSIVE = "passive"  # wishes to be dead, tired of life, a burden
    SELF_HARM = "self_harm"
    ATTEMPT = "attempt"  # a past or ongoing attempt
    GOODBYE = "goodbye"
    METHOD = "method"  # asking for lethal means
    HEIGHTS = "heights"  # the "bridges" question: risky only with distress around it
    TOPIC = "topic"  # the word suicide with no clear person


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: Kind
    level: RiskLevel
    pattern: re.Pattern[str]
    # The match carries its own negation ("ما ابي اعيش"): a negator before it is not checked.
    self_negating: bool = False


def _re(pattern: str) -> re.Pattern[str]:
    # Patterns are written readably ("يئست", "على") and matched against normalised text.
    return re.compile(normalize_letters(pattern), re.IGNORECASE)


def _ar(body: str) -> str:
    """An Arabic phrase standing alone as words, allowing a leading و or ف."""
    return rf"(?<!\w)(?:[وف])?(?:{body})(?!\w)"


# ------------------------------------------------------------------------ Arabic building blocks

# First-person wanting/intending/thinking, Gulf and Omani first (ابا، ابغى، ودي), then MSA.
AR_DESIRE = (
    r"ابا|ابي|ابيه|ابغي|ابغا|ابغ|ودي|اود|اريد|ارغب|تمنيت|اتمنيت|ناوي|ناويه|نويت|قررت|مقرر|مقرره|عازم|"
    r"عايز|عاوز|عايزه|بدي|حاب|حابه|اتمني|نفسي|افكر|بفكر|اففكر|فكرت|قاعد افكر|قاعده افكر|"
    r"صرت افكر|اخطط|بخطط|خططت|ودي لو|احاول|بحاول|بحاوله|خاطري|بخاطري|باغي|باغيه"
)
AR_FILL = (
    r"(?:\s+(?:والله|واللهي|خلاص|صدق|صراحه|بس|فعلا|انا|اني|ان|انني|لو|بجد|حقا|يارب|يا رب|"
    r"من زمان|من جد|كثير|وايد|بقوه|جديا|دايم|دايما|كل يوم|احيانا|في|ب|بال|عن))*"
)
AR_DIE = (
    r"امو+ت|الموت|بالموت|مو+ت|اختفي من (?:ال|هال)دنيا|اروح من (?:ال|هال)دنيا|افارق الحياه|"
    r"افارق (?:ال|هال)دنيا|ارتاح للابد|انام للابد(?! من (?:ال)?(?:تعب|نعاس|سهر))|ارقد للابد|ارتاح من (?:ال|هال)دنيا للابد|"
    r"اودع الدنيا|اطلع من الدنيا|ارحل عن الدنيا|اكون ميت|اكون ميته|اصير ميت|افتك من حياتي|"
    r"افتك من الدنيا|افتك من هالدنيا|ارتاح من (?:ال|هال)(?:دنيا|حياه)|ارتاح من حياتي|اروح عند ربي|اروح لربي|الحق بربي|القي ربي|اخلص من الدنيا|"
    # MSA: leaving this world ("الرحيل عن هذا العالم إلى الأبد").
    r"(?:ارحل|الرحيل|اغادر|مغادره|افارق|مفارقه|ارحل من|اطلع من) (?:عن |من )?(?:هذا العالم|هالعالم|"
    r"العالم|هذه الدنيا|هالدنيا|الدنيا|هذه الحياه|هالحياه|الحياه)"
)
AR_SUICIDE = r"انتحر|الانتحار|بالانتحار|انتحار|نتحر"
AR_SELF = r"نفسي|روحي|حالي|عمري|حياتي"
AR_KILL_1P = (
    r"اقتل|بقتل|باقتل|ساقتل|سوف اقتل|راح اقتل|اخلص علي|اخلص على|بخلص علي|بخلص على|اخلص من|بخلص من|انهي|بنهي|انهاء|"
    r"انها|انهي علي|اشنق|بشنق|اخنق|بخنق|ارمي|برمي|اذبح|بذبح|اطيح|بطيح|اموت|بموت|اسمم|بسمم|"
    r"احرق|بحرق|اقطع|بقطع"
)
AR_NEG = r"ما|مب|مو|مش|مانا|ماني|مانيب|مابي|مابا|لا|لن|لم|ليس|لست|ولا|مستحيل|ابدا|ابد"
AR_LIVE = (
    r"اعيش|عيش|العيش|اكمل حياتي|اكمل بالحياه|اكمل في الحياه|ابقي عايش|ابقي عايشه|"
    r"اكون عايش|اكون عايشه|احيا|اكمل (?:هال|ال)?حياه|اكمل (?:في|ب)(?:ها?ل)?دنيا|اكمل هالعيشه|"
    r"(?:ابقي|اظل|اكون|اعيش) علي قيد الحياه|"
    # Present in this world, not in a meeting ("ما ابي اكون موجود في الاجتماع").
    r"اكون موجود(?:ه)?(?=\s*$|\s(?:بعد|اكثر|في (?:ها?ل)?(?:دنيا|عالم|حياه)|بهالدنيا|بالدنيا))|"
    r"الحياه|الحياه بعد|هالحياه|"
    r"هالدنيا|الدنيا|حياتي|هالعيشه|العيشه|في الحياه|في هالدنيا|"
    # "لا أريد أن أكون هنا بعد الآن": being here, only with "any more" (not "at this party").
    r"اكون هنا (?:بعد الان|بعد اليوم|اكثر|بعد)|"
    r"(?:ال)?استمرار (?:في |ب)(?:ال|هال)?حياه|استمر (?:في |ب)(?:ال|هال)?حياه"
)
AR_DISTRESS_CONTEXT = _ar(
    r"(?:خسرت|فقدت|ضيعت|ضاع|راح) (?:\w+ )?(?:شغلي|وظيفتي|عملي|كل شي|كلشي|اهلي|زوجتي|زوجي|"
    r"امي|ابوي|ابي|ولدي|بنتي|فلوسي|بيتي|حبيبي|حبيبتي|صديقي|دراستي)|انطردت|فصلوني|فنشوني|"
    r"طردوني|تفنشت|تطلقت|طلقتني|طلقني|انفصلت|انفصلنا|تركتني|تركني|توفي|توفت|توفيت|مات|ماتت|"
    r"مكتئب|مكتئبه|حزين|حزينه|ضايق|ضايقه|متضايق|متضايقه|تعبان|تعبانه|يايس|يايسه|ياس|محطم|"
    r"محطمه|وحيد|وحيده|مقهور|مقهوره|رسبت|مدين|ديون|مفلس|ما في امل|مافي امل|ضاقت|خلاص"
)

# ------------------------------------------------------------------------ English building blocks

EN_DESIRE = (
    # Not "going to"/"about to": "I feel like I'm going to die" is panic, not intent.
    r"want(?:ed|s|ing)?|wanna|wish(?:ed|ing)?(?: i could)?|need(?:ing)?|plan(?:ning)?|"
    r"intend(?:ing)?|decided|"
    r"ready|trying|try|tempted|longing|"
    r"(?:think|thinking|thought|considering|considered)(?: about| of)?(?: how)?"
)
EN_DISTRESS_CONTEXT = (
    r"\b(?:lost (?:my|our) (?:\w+ )?(?:job|wife|husband|mom|mum|mother|dad|father|son|daughter|"
    r"family|friend|home|house|everything|baby|partner|girlfriend|boyfriend)|got fired|"
    r"been fired|was fired|laid off|divorced?|broke up|dumped|passed away|died|funeral|hopeless|"
    r"worthless|depressed|devastated|alone|lonely|heartbroken|failed|bankrupt|in debt|"
    r"can'?t take it|nothing left|no way out|ruined)\b"
)

# ------------------------------------------------------------------------ Arabizi building blocks

ZI_DESIRE = (
    r"wadi|waddi|wddi|wdy|wadd?y|nafsi|abi|abee|aby|abii|aba|abaa|abah|abgha|abgh|abga|ab8a|ab8i|ab8y|abghi|abgi|abi2|wedi|widdi|"
    r"weddi|wdi|odi|areed|arid|ariid|nawi|naawi|nawy|afakir|afakker|afaker|afkr|afkar|bfakr|"
    r"bafakir|bdi|biddi|badi|ba7awel|a7awel|7awalt|gararat|qararat|8arart"
)
ZI_FILL = r"(?:\s+(?:wallah|wallahi|walla|khalas|5alas|bs|bas|ani|ana|ini|in|an|law|lo|ya ?rab+))*"
ZI_DIE = r"(?:2|a)?mo+u?t|amo0t|mot|mout|el ?mawt|al ?mawt|al ?moot|el ?moot"
ZI_SUICIDE = r"(?:b|ba|a)?2n+t[aei]{1,2}r|(?:b|a|e|i|2|ba)?n+t[aei]?[7h][aei]{0,2}r|intihar|entihar"
ZI_SELF = r"7yati|hayati|el ?dinya|al ?donya|nafsi|nfsi|nafsy|nafse|nefsi|ro7i|roo7i|rou7i|rohi|roohi|roo7y|ro7y|7ali|7yati|7ayati"
ZI_KILL = (
    r"(?:a|b|ba)?(?:8|q|g|k|9)[ae]?t[ae]?l|(?:a|b|ba)?(?:5|kh)a?l+[ae]?s (?:3la|3ala|ala|mn|min|men)|"
    r"(?:a|b|ba)?shn[ae]?g|(?:a|b|ba)?nhi|(?:a|b|ba)?ajra7|(?:a|b|ba)?jr[ae]?[7h]|"
    r"(?:a|b|ba)?(?:2|')?(?:th|z|dh)i"
)
ZI_NEG = r"ma|mb|mo|mu|mub|mob|mish|mesh|la"
ZI_LIVE = r"a?3?[ei]{1,3}[sc]h|a?3?ai?sh|a?3?ish|a?3?eesh"


def _rules() -> list[Rule]:
    high, medium, imminent = RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.IMMINENT
    rules = [
        # ---------------------------------------------------------------- Arabic (Gulf + MSA)
        Rule(
            "ar_want_to_die",
            Kind.IDEATION,
            high,
            _re(_ar(rf"(?:{AR_DESIRE}){AR_FILL}\s+(?:{AR_DIE})")),
        ),
        Rule(
            "ar_want_suicide",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    rf"(?:{AR_DESIRE}){AR_FILL}\s+(?:ب|ف|ا|ن)?(?:{AR_SUICIDE}|قتل نفسي|قتل روحي|"
                    r"انها حياتي|انهاء حياتي|ايذاء نفسي|اذيه نفسي)"
                )
            ),
        ),
        Rule(
            "ar_gulf_future_suicide",
            Kind.IDEATION,
            high,
            _re(_ar(r"(?:بنتحر|بانتحر|راح انتحر|رح انتحر|حنتحر|سانتحر|سوف انتحر|بروح انتحر)")),
        ),
        Rule(
            "ar_kill_myself",
            Kind.IDEATION,
            high,
            _re(_ar(rf"(?:{AR_KILL_1P})\s+(?:\w+\s+)?(?:{AR_SELF})")),
        ),
        Rule(
            "ar_end_my_life",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    r"(?:سانهي|سوف انهي|راح انهي|انهي|بنهي|انهاء|انها|اخلص|بخلص|اوقف|اقفل) (?:\w+ )?"
                    r"(?:حياتي|عمري|كل شي)|"
                    r"(?:اضع|ساضع|سوف اضع|بحط|احط) (?:حدا|حد) (?:لحياتي|لعمري)"
                )
            ),
        ),
        Rule(
            "ar_not_want_to_live",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    rf"(?:{AR_NEG})\s?(?:عاد\s|عدت\s|اعد\s|بعد\s)?(?:{AR_DESIRE}|بغيت|قادر|قادره|اقدر|لي خلق|"
                    rf"عندي رغبه|عندي رغبه في|لي رغبه|لي رغبه في|لدي رغبه في|فيني|فيني حيل|بي حيل|لي نفس|لي خاطر|ليه خاطر)\s?(?:ان\s|اني\s|في\s|ب)?(?:{AR_LIVE})|"
                    rf"(?:مابي|مابا|مابغي|مابغا|ماابي|مااريد)\s(?:ان\s|اني\s)?(?:{AR_LIVE})"
                )
            ),
            self_negating=True,
        ),
        Rule(
            "ar_no_reason_to_live",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"(?:ليش|ليه|لماذا|لمين|عشان شو|ما في سبب|مافي سبب|ما عندي سبب|ما له داعي|"
                    r"ما لها داعي|ما في داعي|مافي داعي|ما في شي|مافي شي|ما ظل شي|ما بقي شي)"
                    r"\s(?:\w+\s)?(?:اعيش|عيش|للعيش|للحياه|احيا|اكمل|يخليني اعيش|اعيش عشانه)|"
                    r"(?:لا|ما) (?:اري|اشوف|اجد|القي|عندي|لدي) (?:اي )?(?:سببا|سبب|داعي|معني|هدف) "
                    r"(?:للعيش|للحياه|اعيش|لاعيش|للبقاء|لوجودي|لهذه الحياه|لهالحياه|لحياتي|في الحياه|"
                    r"في حياتي)"
                )
            ),
            self_negating=True,
        ),
        Rule(
            "ar_tired_of_life",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"(?:تعبت|مليت|طفشت|زهقت|كرهت|اكره|سئمت|سيمت|يئست|يايس|يايسه|قرفت)\s"
                    r"(?:من\s)?(?:\w+\s)?(?:حياتي|عمري|الحياه|الدنيا|العيشه|عيشتي|هالحياه|هالدنيا|العيش|"
                    r"اني عايش|اني عايشه|وجودي)"
                )
            ),
        ),
        Rule(
            "ar_wish_dead",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"(?:ليتني|ياليتني|يا ليتني|ياريتني|يا ريتني|ريتني|ليت|يا ليت|ياليت|ياريت|يا ريت|ريت)\s?"
                    r"(?:\w+\s)?(?:ميت|ميته|مت|اموت|ما انولدت|ما خلقت|ما جيت|ما كنت|مو موجود|"
                    r"مب موجود|مو عايش|ما عشت|انام وما اصحي|انام وما اقوم|اختفي)|"
                    r"(?:الله|يا ?رب|ربي|الموت) (?:ليش |ليه )?(?:ما )?(?:ياخذني|ياخذ روحي|ياخذ عمري|خذني|تاخذني|تاخذ روحي|"
                    r"اخذني|يريحني من الدنيا|يميتني|امتني|يقبض روحي|اقبض روحي)|"
                    r"(?:ابي|ابا|ابغي|ودي|اتمني|نفسي) (?:انام|ارقد) (?:و|وما|وما عاد|ولا) ?"
                    # "وما اصحى الا الظهر" is a lie-in.
                    r"(?:اصحي|اقوم|اوعي|اقعد)(?!\s(?:الا|لين|قبل|بدري|الساعه|الظهر|العصر|متاخر))|"
                    # MSA: "أتمنى لو كنت ميتا", "تمنيت لو أني لم أولد".
                    r"(?:اتمني|تمنيت|ودي|اريد|نفسي) (?:لو )?(?:اني |انني )?(?:كنت|اكون) (?:ميت|ميته|ميتا)|"
                    r"(?:اتمني|تمنيت|ودي) (?:لو )?(?:اني |انني )?(?:ما|لم) (?:انولدت|اولد|اخلق|خلقت|جيت)"
                )
            ),
        ),
        Rule(
            "ar_life_not_worth",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"(?:الحياه|حياتي|الدنيا|هالحياه|هالدنيا|العيشه) (?:\w+ )?(?:ما|مب|مو|لا)\s?"
                    r"(?:تستاهل|تسوي|تستحق|لها طعم|لها معني)|"
                    r"(?:لو|اذا) (?:اموت|مت|رحت) (?:\w+ )?(?:ارتاح|احسن|بيرتاحون|يرتاحون|بيرتاح)|"
                    r"(?:اموت|موتي) (?:\w+ )?(?:احسن|ارحم|افضل) (?:لي|لهم|للكل|من)|"
                    r"(?:احسن|افضل|اريح) (?:لي |لهم |للكل )?(?:اني |لو )?(?:اموت|اكون ميت|اكون ميته)(?!\w)|"
                    r"(?:من )?(?:احسن|افضل|اسهل|اريح|الاسهل|الافضل|الاحسن) (?:لي |للكل |لهم |للجميع )?"
                    r"(?:لو|اذا|ان) (?:اموت|مت|ما كنت موجود|ما كنت موجوده|اختفيت|رحت|اكون ميت)|"
                    r"(?:اريد|ابي|ابا|ابغي|ودي|اتمني|نفسي) (?:ان )?(?:تنتهي|تخلص|توقف) (?:حياتي|هالحياه|"
                    r"عمري|هالعيشه)|"
                    rf"(?:{AR_NEG})\s?(?:ابي|ابا|ابغي|ودي|اريد|مابي)?\s?(?:اصحي|اقوم من النوم|"
                    r"اشوف بكره|اشوف الصبح)(?=\s*$|\s(?:باجر|بكره|بكرا|الصبح|ابدا|ابد|للابد|مره ثانيه|"
                    r"بعد|ثاني)\s*$)"
                )
            ),
            self_negating=True,
        ),
        Rule(
            "ar_at_height",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    r"(?:انا )?(?:واقف|واقفه|قاعد|قاعده|طالع|طالعه|جالس|جالسه) (?:الحين )?(?:على|فوق|عند) "
                    r"(?:حافه |طرف )?(?:ال)?(?:جسر|سطح|كوبري|حافه|جرف|منحدر)"
                )
                + r"(?=.*(?:نط|نقز|طيح|رمي|اموت|بموت|نتحر|وداعا|سامحوني|خلاص|باي))"
            ),
        ),
        Rule(
            "ar_burden",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"انا (?:\w+ )?(?:عب|عبي|عبء|عالة|عاله|حمل ثقيل|ثقل|حمل علي)|عاله علي|عبء علي|عب علي|"
                    r"(?:الكل|كلهم|اهلي|الناس|العالم) (?:\w+ )?(?:بيرتاحون|بيرتاح|راح يرتاحون|"
                    r"بيكونون احسن|بيصيرون احسن|احسن) (?:مني|بدوني|من غيري|لو مت|لو رحت|اذا مت|لو اختفيت|"
                    r"اذا اختفيت|لو ما كنت موجود|لو ما كنت موجوده)|"
                    r"(?:محد|ما حد|ماحد|ما احد|مااحد|ما فيه احد|ولا احد|لا احد) (?:\w+ )?(?:بيفقدني|راح يفقدني|بيحس فيني|بيفتقدني|"
                    r"بيفتقدوني|بيفقدوني|بيحسون فيني|بيفرق معهم|"
                    r"بيدري عني|بيتذكرني|بيهتم) ?(?:لو|اذا)? ?(?:مت|رحت|اختفيت)?|"
                    # "لو مت محد بيدري": nobody would know or grieve, tied to dying (a bare "محد
                    # بيدري" is a secret kept).
                    r"(?:لو|اذا) (?:مت|رحت|اختفيت) (?:\w+ )?(?:محد|ما حد|ماحد|ما احد|ولا احد) (?:\w+ )?"
                    r"(?:بيدري|بيزعل|بيحزن|بيبكي|بيلاحظ|بيهتم|بيسال)|"
                    r"(?:محد|ما حد|ماحد|ما احد|ولا احد) (?:\w+ )?(?:بيدري|بيزعل|بيحزن|بيبكي|بيلاحظ|بيسال) "
                    r"(?:\w+ )?(?:لو|اذا) (?:مت|رحت|اختفيت)|"
                    r"احسن (?:لهم |للكل )?(?:بدوني|لو ما كنت موجود|لو ما كنت موجوده|لو مت)"
                )
            ),
        ),
        Rule(
            "ar_self_harm",
            Kind.SELF_HARM,
            high,
            _re(
                _ar(
                    r"(?:اجرح|بجرح|جرحت|اذي|ااذي|باذي|اذيت|اوذي|بوذي|اضر|بضر|اضرب|بضرب|اقص|بقص|"
                    r"اشطب|بشطب|شطبت|احرق|بحرق|حرقت|اعاقب|بعاقب|عاقبت)\s(?:\w+\s)?"
                    r"(?:نفسي|روحي|جسمي|جسدي)|"
                    r"(?:اجرح|بجرح|اقص|بقص|اشطب|بشطب|اقطع|بقطع)\s(?:\w+\s)?"
                    r"(?:يدي|ايدي|معصمي|عروقي|شراييني|ذراعي|فخذي|جلدي)|"
                    r"(?:ايذا|ايذاء|اذيه|اذي|جرح|تجريح) (?:النفس|نفسي|الذات)|"
                    r"(?:رجعت|ارجع|برجع|رديت) (?:\w+ )?(?:اجرح|اشطب|اذي|اقص)|"
                    # Past cuts: veins always; a hand only with a blade or a reason ("جرحت يدي وانا
                    # اطبخ" is cooking).
                    r"(?:قطعت|جرحت|قصيت|شطبت|شقيت) (?:\w+ )?(?:عروقي|شراييني|معصمي)|"
                    r"(?:قطعت|جرحت|قصيت|شطبت) (?:يدي|ايدي|ذراعي|فخذي|جلدي) (?:بالموس|بموس|بالشفره|بشفره|"
                    r"عمدا|عن قصد|بقصد|عشان ارتاح|عشان احس)|"
                    r"(?:بسوي|ابي اسوي|ابا اسوي|راح اسوي|ناوي اسوي|بعمل|سافعل|خايف اسوي) "
                    r"(?:في |ب)(?:نفسي|روحي|حالي) (?:شي|شيء|حاجه)"
                )
            ),
        ),
        Rule(
            "ar_attempt",
            Kind.ATTEMPT,
            high,
            _re(
                _ar(
                    rf"(?:حاولت|جربت|سويت|كنت ب|كنت راح|كنت بروح)\s?(?:\w+\s)?"
                    rf"(?:{AR_SUICIDE}|اقتل نفسي|اقتل روحي|قتل نفسي|قتل روحي|اموت|انهي حياتي|انهاء حياتي|اشنق|"
                    r"محاوله انتحار)|"
                    r"(?:عندي|سويت|سبق لي|سبق وسويت) (?:\w+ )?محاول(?:ه|ات) انتحار"
                )
            ),
        ),
        Rule(
            "ar_ingested",
            Kind.ATTEMPT,
            imminent,
            _re(
                _ar(
                    r"(?:شربت|بلعت|اخذت|خذيت|تناولت|ابتلعت|كليت)\s(?:\w+\s){0,3}?"
                    r"(?:كل|كامل|كثير|وايد|علبه|علب|شريط|شرايط|\d{2,}|عشرين|ثلاثين|خمسين|"
                    r"جرعه كبيره|جرعه زايده)\s?(?:\w+\s){0,2}?(?:ال)?(?:حبوب|حبه|حبات|دوا|دواء|"
                    r"ادويه|بنادول|بندول|منوم|منومات)|"
                    r"(?:شربت|بلعت|اخذت|خذيت|تناولت|ابتلعت)\s(?:ال)?(?:حبوب|حبات|ادويه|دوا|منومات)\s"
                    r"(?:\w+\s)?(?:كلها|كثير|كثيره|وايد|كامله|\d{2,})|"
                    # Taken "to die": whatever the amount.
                    r"(?:شربت|بلعت|اخذت|خذيت|تناولت|ابتلعت)\s(?:\w+\s){1,3}?(?:عشان|علشان|حتي|لين|كي)\s"
                    r"(?:اموت|انتحر|اخلص|ما اصحي)|"
                    r"(?:شربت|بلعت|اخذت|خذيت|تناولت|ابتلعت)\s(?:\w+\s)?(?:سم|السم|كلوركس|كلور|"
                    r"مبيد|فلاش|ديتول)"
                )
            ),
        ),
        Rule(
            "ar_goodbye",
            Kind.GOODBYE,
            high,
            _re(
                _ar(
                    r"(?:هذي|هذه|هاذي|هذا|هاذا) (?:\w+ )?(?:اخر|آخر) (?:رساله|مره|كلام|كلمه|يوم|ليله)"
                    r"|اخر رساله (?:مني|لكم|لك)|وداعا (?:للابد|يا دنيا|يا عالم)|"
                    r"سامحوني (?:على كل شي|علي كل شي|اذا رحت|ان رحت|لو رحت|اذا مت|لو مت)|"
                    r"كتبت (?:\w+ )?(?:وصيتي|رساله وداع|رسالتي الاخيره)|"
                    r"اخر (?:يوم|ليله) (?:لي|في حياتي|في عمري|اعيشه|بعيشه)|"
                    r"(?:ما|مب|مو) (?:راح|رح|ب)?(?:تشوفوني|تشوفني|بتشوفوني|تسمعون مني) (?:بعد|مره ثانيه|"
                    r"بعد اليوم|بعد الليله|مره ثانيه ابدا)"
                )
            ),
        ),
        Rule(
            "ar_method_dose",
            Kind.METHOD,
            high,
            _re(
                r"(?:كم|قد ايش|قديش|كمية|كميه|عدد)\s(?:\w+\s){0,3}?(?:حبه|حبات|حبوب|جرعه|ملغ|"
                r"مليغرام|ملي|شريط|علبه|بنادول|بندول|منوم|انسولين)(?!\w)[^.?]{0,40}?(?:تقتل|يقتل|"
                r"تموت|يموت|اموت|للموت|قاتله|قاتل|الوفاه|مميت|مميته|تكفي عشان|توقف القلب)|"
                r"(?:جرعه|الجرعه|كميه) (?:\w+ )?(?:قاتله|مميته|المميته|القاتله|اللي تقتل|الي تقتل|"
                r"اللي تموت|الي تموت)"
            ),
        ),
        Rule(
            "ar_method_how",
            Kind.METHOD,
            high,
            _re(
                r"(?:كيف|شلون|شو الطريقه|ويش الطريقه|ايش الطريقه|طريقه)\s(?:\w+\s)?(?:اموت|انتحر|"
                r"اشنق|اقتل نفسي|اقتل روحي|اسمم نفسي|اخلص علي نفسي|اخلص على نفسي|اخلص من حياتي)|"
                r"(?:اسهل|افضل|اسرع|اضمن|احسن) (?:طريقه|طرق|وسيله) (?:\w+ )?(?:للموت|للانتحار|اموت|"
                r"انتحر|الانتحار|بدون الم|بلا الم|بدون وجع)|"
                r"(?:موت|انتحار|اموت|الموت) (?:بدون|بلا|من غير) (?:الم|وجع)|"
                r"(?:وين|من وين|منين|كيف) (?:\w+ )?(?:اشتري|احصل|القي|اجيب|اجد)\s(?:\w+\s)?"
                r"(?:سم|مسدس|سلاح|حبل|رصاص|مبيد|سيانيد)"
            ),
        ),
        Rule(
            "ar_heights",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(
                r"(?:اعلي|اطول|ارفع|اعلا)\s(?:\w+\s)?(?:جسر|جسور|كوبري|كباري|مبني|مباني|برج|ابراج|"
                r"عماره|عمارات|بنايه|جبل|جرف|منحدر|سطح|طابق)|"
                r"(?:كم طابق|من كم طابق|من اي طابق|كم ارتفاع)[^.?]{0,40}?(?:اموت|يموت|للموت|يقتل|"
                r"تقتل|قاتل|مميت)"
            ),
        ),
        Rule(
            "ar_death_is_the_answer",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    # "الانتحار مش هو الحل" argues against it: no negator in the gap.
                    r"(?:الموت|الانتحار|انتحاري|موتي) (?:(?!مش|مو|مب|ليس|ليست|ما|لا)\w+ )?(?:هو |هي )?"
                    r"(?:الحل|الحل الوحيد|ارحم|راحه|الراحه|راحه لي|اهون|اهون علي|"
                    r"احسن لي|احسن حل|اريح لي|الطريق الوحيد|احسن للكل|احسن لهم|احسن للجميع|"
                    r"احسن لاهلي|افضل للجميع|افضل لي)"
                )
            ),
        ),
        Rule(
            "ar_intend_means",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    rf"(?:(?:{AR_DESIRE})\s|ب|راح\s|رح\s)(?:اشرب|ابلع|اخذ|شرب|بلع|اخذ)\s(?:\w+\s)?"
                    r"(?:كل الحبوب|الحبوب كلها|علبه|العلبه كلها|كل الدوا|سم|السم|كلوركس|كلور|مبيد|"
                    r"حبوب (?:كثير|كثيره|وايد|واجد)|جرعه (?:زايده|كبيره)|اوفر دوز)"
                )
            ),
        ),
        Rule(
            "ar_means_prepared",
            Kind.IDEATION,
            high,
            _re(
                _ar(
                    r"(?:جهزت|جمعت|خبيت|خزنت)\s(?:\w+\s)?(?:ال)?(?:حبل|حبوب|سم|مسدس|شفره|شفرات|موس)|"
                    r"(?:اشتريت|شريت|جبت)\s(?:\w+\s)?(?:ال)?(?:حبل|حبوب|سم|مسدس|شفره)\s"
                    r"(?:عشان|حق|علشان|ل)\s?(?:اموت|انتحر|اخلص|اشنق|اقتل)"
                )
            ),
        ),
        Rule(
            "ar_intend_means_object",
            Kind.IDEATION,
            high,
            _re(
                r"(?:حبوب|سم|دوا|ادويه|علبه|كلور)[^.]{0,40}?(?<!\w)(?:[وف])?(?:ناوي|ابي|ابا|ابغي|ودي|"
                r"راح|رح|ب)\s?(?:اشرب|ابلع|اخذ|بشرب|ببلع)(?:ها|هم)(?!\w)|"
                r"(?<!\w)(?:[وف])?(?:ناوي|ابي|ابا|ابغي|ودي|راح|رح|ب)\s?(?:اشرب|ابلع|اخذ|شرب|بلع)"
                r"\s(?=[^.]{0,40}(?:حبوب|حبه|حبات|دوا|ادويه|بنادول|منوم))"
                r"[^.]{0,30}?(?:كل|كلها|كلهم|علبه|كامله|\d{2,}|عشرين|ثلاثين)(?!\w)"
            ),
        ),
        Rule(
            "ar_bghit_die",
            Kind.PASSIVE,
            medium,
            _re(
                # Omani "بغيت" is "I want", Gulf "بغيت" is "I nearly": either way worth asking.
                _ar(r"بغيت (?:امو+ت|انتحر|اقتل نفسي|اقتل روحي|اموت واخلص|اموت وارتاح)")
                + r"(?=\s*$)"
            ),
        ),
        Rule(
            "ar_suicidal_thoughts",
            Kind.IDEATION,
            high,
            _re(
                # MSA and Gulf "I have suicidal thoughts", "I feel a wish to die".
                _ar(
                    r"(?:عندي|لدي|تراودني|تجيني|جتني|تجيني|يراودني|اعاني من|صارت تجيني|تطاردني|"
                    r"تلاحقني|اعاني|راودتني) (?:\w+ )?(?:افكار|فكره|ميول|رغبه|نزعه) (?:ال)?(?:انتحاريه|"
                    r"انتحار|بالانتحار|للانتحار|في الانتحار|موت|الموت|في الموت|بالموت)|"
                    r"(?:اشعر|احس|حاس|حاسه|اشعر) (?:ب|بال)?(?:رغبه|ميول) (?:في |ب|بال|لل)?(?:الموت|موت|"
                    r"الانتحار|انتحار|اموت|انتحر)|"
                    r"فكره (?:ال)?(?:انتحار|موت) (?:\w+ ){0,2}(?:ما تطلع|ما تروح|ما تفارقني|مسيطره|"
                    r"تلاحقني|تراودني|في راسي|ببالي)"
                )
            ),
        ),
        Rule(
            "ar_swallowed",
            Kind.ATTEMPT,
            medium,
            _re(
                # "بلعت حبوب" with no dose: asked about, not assumed (a dose makes it imminent).
                _ar(r"(?:بلعت|ابتلعت) (?:ال)?(?:حبوب|حبات|دوا|ادويه)") + r"(?=\s*$)"
            ),
        ),
        Rule(
            "ar_cant_go_on",
            Kind.PASSIVE,
            medium,
            _re(
                # "خلاص ما فيني أكمل": going on with nothing after it is going on with life; "ما اقدر
                # اكمل شغلي" (can't finish my work) has an object and is not this.
                _ar(
                    r"(?:ما|مب|مو|لا|لم)\s?(?:عاد\s|اعد\s)?(?:فيني|بي|اقدر|قادر|قادره|اقوي|اتحمل|استحمل|"
                    r"احتمل|اطيق)\s(?:حيل\s|ان\s)?(?:اكمل|استمر|اكمل كذا|اواصل|اعيش كذا|اتحمل|استحمل|احتمل)"
                    r"(?=\s*$|\s(?:كذا|هكذا|هيك|بعد|اكثر|خلاص|في الحياه|حياتي|بحياتي|بهالحياه|بهالدنيا|"
                    r"في هالدنيا|هالحياه|هالعيشه|العيشه|الحياه))|"
                    # "لم أعد أحتمل الحياة": enduring life itself, not a day or a person.
                    r"(?:ما|مب|مو|لا|لم)\s?(?:عاد\s|اعد\s)?(?:اتحمل|استحمل|احتمل|اطيق)\s"
                    r"(?:الحياه|حياتي|هالحياه|العيشه|هالعيشه|الدنيا|هالدنيا|العيش|عيشتي|اني عايش)"
                )
            ),
            self_negating=True,
        ),
        Rule(
            "ar_no_future_alive",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    # "ما اشوف نفسي عايش بعد سنة"; "انهي هالالم للابد".
                    r"(?:ما|لا|مب|مو) (?:اشوف|اتخيل|اتوقع|اري) (?:نفسي )?(?:عايش|عايشه|موجود|موجوده|حي|"
                    r"حيه) (?:بعد|لين|الين|الي|حتي)|"
                    r"(?:انهي|اوقف|انهاء|اخلص من|ينتهي|تنتهي) (?:هذا |هذه )?(?:ال|هال)(?:الم|وجع|عذاب|"
                    r"معاناه) (?:الي الابد|للابد|نهاييا|بشكل نهايي|كله للابد)"
                )
            ),
        ),
        Rule(
            "ar_reunion_with_the_dead",
            Kind.PASSIVE,
            medium,
            _re(
                # "ابي اروح عند ابوي الله يرحمه": joining someone who has died.
                _ar(
                    rf"(?:{AR_DESIRE}){AR_FILL}\s+(?:اروح|الحق|اكون|اجلس|ارقد)\s(?:عند|مع|ب|جنب)\s?\w+ "
                    r"(?:الله يرحم\w*|رحمه الله|رحمها الله|المرحوم\w*|في قبره|في قبرها|في الجنه)"
                )
            ),
        ),
        Rule(
            "ar_disappear",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(rf"(?:{AR_DESIRE}){AR_FILL}\s+(?:اختفي|اتلاشي|انمحي|اغيب)")
                + r"(?=\s*$|\s(?:للابد|من الوجود|من هالعالم|من العالم|عن الكل|عن الوجود|عن الدنيا|"
                r"عن هالدنيا|ولا ارجع|وما ارجع))"
            ),
        ),
        Rule(
            "ar_point_of_living",
            Kind.PASSIVE,
            medium,
            _re(
                _ar(
                    r"(?:ايش|شو|وش|ويش|ما|ما هي|مو|مب)\s(?:ال)?(?:فايده|هدف|الهدف|معني|المعني)\s(?:من\s)?"
                    r"(?:حياتي|الحياه|العيش|عيشتي|وجودي|هالحياه|اني عايش|اني عايشه|اني اعيش|اعيش|"
                    r"بقايي|اني موجود)|"
                    r"(?:وجودي|حياتي|عيشتي) (?:ما|مو|مب) ?(?:له|لها) (?:داعي|فايده|لزمه)|"
                    r"ما ?(?:لي|لوجودي) (?:داعي|لزمه) (?:في |ب)?(?:ها?ل)?(?:دنيا|حياه)|"
                    r"(?:ما|لا) (?:اشوف|اري|اجد|القي|لقيت|عاد اشوف) (?:اي )?(?:فايده|معني|هدف|داعي) "
                    r"(?:من |في |ل)?(?:حياتي|الحياه|العيش|عيشتي|وجودي|هالحياه|اني عايش|اني اعيش)|"
                    r"(?:ليش|ليه|لماذا|لمين|عشان شو) (?:انا |اني )?(?:للحين |باقي |لسه |بعدني )?"
                    r"(?:عايش|عايشه|حي|حيه|على قيد الحياه)(?!\w)|"
                    r"(?:ما|لا) (?:استاهل|استحق|اسوي) (?:ان )?(?:اعيش|الحياه|العيش|اكون عايش|اكون عايشه)"
                )
            ),
            self_negating=True,
        ),
        Rule(
            "ar_preparation",
            Kind.GOODBYE,
            high,
            _re(
                # Putting affairs in order: giving belongings away, farewells, saved-up means.
                _ar(
                    r"(?:وزعت|عطيت|اعطيت|فرقت|تبرعت ب|ابي اوزع|بوزع|قاعد اوزع)\s(?:كل\s)?"
                    r"(?:اغراضي|اشيايي|حاجاتي|ممتلكاتي|اغراضي الشخصيه)|"
                    r"(?:ودعت|ودعتهم|ودعت كل) (?:الكل|الجميع|اهلي|كل احد|كل الناس|الدنيا|كل اللي احبهم)"
                    r"(?=\s*$)|"
                    r"(?:حبوب|الحبوب|دوا|ادويه|سم|حبل|الحبل) (?:\w+ )?(?:مجمعه|مخبيه|مخزنه|جاهزه|جاهز|"
                    r"مجهزه|مجهز|عندي)(?=\s*$)|"
                    r"(?:اشتريت|شريت|جبت|جهزت)\s(?:\w+\s)?(?:ال)?(?:حبل|سم|مسدس)(?=\s*$)|"
                    r"كتبت (?:\w+ )?(?:رساله|رسايل) (?:لاهلي|للكل|لكل احد|للجميع|الاخيره|اخيره)(?=\s*$)"
                )
            ),
        ),
        Rule(
            "mixed_desire",
            Kind.IDEATION,
            high,
            _re(
                rf"\b(?:want|wanna|going|gonna|thinking about|think about)\s+(?:to\s+)?"
                rf"(?:{AR_SUICIDE}|اموت|الموت|اقتل نفسي|اقتل روحي|{ZI_DIE}|{ZI_SUICIDE})\b|"
                r"(?<!\w)(?:ابي|ابا|ابغي|ودي|اريد|افكر)\s+(?:to\s+)?(?:die|kill myself|"
                r"suicide|end it|end my life)\b"
            ),
        ),
        # ---------------------------------------------------------------- English
        Rule(
            "en_want_to_die",
            Kind.IDEATION,
            high,
            _re(
                rf"\b(?:{EN_DESIRE})\s+(?:to\s+)?(?:(?:just|actually|really|fucking|literally|"
                r"honestly|simply|finally|seriously|go|peacefully|quietly)\s+){0,2}(?:die|be dead|not (?:be )?alive|"
                r"stop (?:existing|living)|not exist|cease to exist|unalive(?: my ?self| me)?|overdose|od|"
                r"overdosing)\b"
            ),
        ),
        Rule(
            "en_kill_myself",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:kill|killing|end|ending|off|offing|hang|hanging|shoot|shooting|drown|"
                r"drowning|poison|poisoning)\s+my ?self\b|\bunalive (?:my ?self|me)\b|"
                r"\b(?:end|ending)\s+(?:my (?:own )?life|it all|things|everything)\b(?! with\b| between\b)|"
                r"\b(?:take|taking) my (?:own )?life\b|\bkms\b|\b(?:going to|gonna|want to|wanna|will|'ll|about to) "
                r"end it\b|"
                r"\b(?:i'?m|i am|i feel|feeling|i've been|i have been|been|i get|i was|i'?m getting)"
                r"\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}suicidal\b|"
                r"\b(?:commit|committing|attempt|attempting|thinking about|thought about|"
                r"thinking of|think about|considering|contemplating|planning) (?:on )?suicide\b"
                r"(?=.*\b(?:i|i'?m|me|my)\b)|(?<=\bi )(?:\w+ )?(?:\w+ )?"
                r"(?:commit|attempt) suicide\b|"
                r"\b(?:i'?ll|i will|i'?m gonna|i'?m going to|gonna)\s+(?:\w+\s+)?"
                r"(?:jump off|jump in front|slit my|overdose|od\b)"
            ),
        ),
        Rule(
            "en_courage_to_die",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:courage|brave enough|guts|nerve|balls|strength|bravery) to (?:finally )?"
                r"(?:end it|kill myself|end my life|end it all|take my (?:own )?life)\b|"
                r"\b(?:almost|nearly|would have|would've|could have|could've|should have|"
                r"should've) killed myself\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_not_want_to_live",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:don'?t|do not|dont|no longer|never|not) (?:\w+ )?(?:want|wanna|wish|"
                r"feel like)\s+(?:to\s+)?(?:live|be alive|exist|go on|keep living|continue living|"
                r"be here anymore|be on this earth)\b|\bdon'?t want to be here anymore\b|"
                r"\b(?:don'?t think|not sure|unsure (?:if|whether)|not sure if|no longer sure) (?:if )?"
                r"(?:i )?(?:want|wanna) (?:to )?(?:live|be alive|be here|exist|go on|keep living)\b|"
                r"\b(?:won'?t|will not|(?:i'?m|i am) not (?:going to|gonna)) be (?:here|around|alive) "
                r"(?:much longer|tomorrow|anymore|"
                r"for long|by)\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_passive",
            Kind.PASSIVE,
            medium,
            _re(
                r"\bwish (?:i|i'?d) (?:wasn'?t|weren'?t) (?:alive|here|born|around)\b|"
                r"\bwish (?:i|i'?d) (?:had )?(?:never|not) (?:been born|existed|woken up|woke up)\b|"
                r"\b(?:can'?t|cannot) do (?:life|living|this life)\b|"
                r"\b(?:death|dying|being dead|not existing) (?:sounds|seems|feels|would be) (?:so )?(?:nice|"
                r"peaceful|good|great|better|like a relief|a relief|appealing|comforting|tempting|"
                r"like peace|easier)\b|"
                r"\b(?:picture|picturing|imagine|imagining|visuali[sz]e|visuali[sz]ing) my (?:own )?"
                r"(?:death|funeral|suicide)\b|"
                r"\bhope (?:my|the) (?:plane|car|bus) (?:crashes|crash)\b|"
                r"\bwish (?:i|i'?d) (?:was|were|had|could|would)\s+(?:just\s+)?(?:dead|die|"
                r"disappear|never been born|not been born|died|not wake up|never wake up)\b|"
                r"\b(?:better off dead|worth more dead|(?:i have|have had|my) (?:a )?death wish|rather not exist|"
                # "I'd rather die than eat broccoli" is taste; "than go on like this" is not.
                r"rather (?:be dead|die)(?! than (?!(?:go on|live|keep|continue|face|wake|be alive|"
                r"spend another|feel)))|"
                r"hope i (?:don'?t|never) wake up|(?:don'?t|not) want to wake up(?! (?:until|till|before|"
                r"early|on time|for|at|in time|tomorrow morning)\b)|"
                r"no (?:reason|point) (?:(?:to|in|of) )?(?:live|living|go(?:ing)? on|be(?:ing)? alive|"
                r"keep going)|tired of (?:living|life|being alive|existing)|"
                r"sick of (?:living|life|being alive)|done with (?:life|living|everything)|"
                r"(?:i'?m|i am) done (?:living|being alive|existing)(?! (?:in|at|with|here|there|like|on|"
                r"under|near|by|alone|together))|"
                r"(?:don'?t|can'?t|do not|cannot) see myself (?:alive|here|around|living) (?:in|by|next|"
                r"a|much)|"
                r"can'?t go on|cannot go on|can'?t keep going|can'?t take (?:it|this|life) "
                r"anymore|(?:life|living) (?:isn'?t|is not|is no longer|ain'?t) (?:\w+ )?worth "
                r"(?:living|it)|can'?t live like this|nothing (?:left )?to live for|tired of it all|"
                r"want (?:it|this|everything) (?:all )?to (?:be over|end|stop)|"
                r"(?:disappear|vanish) forever|(?:want|wanna|need) (?:the pain|it|everything|this) to "
                r"(?:stop|end) (?:forever|for good|permanently)|"
                r"can'?t (?:keep )?liv(?:e|ing) (?:like this|anymore|any more)|"
                r"(?:want|wish) my life (?:to be over|to end|was over|would end)|"
                r"wish (?:i'?d|i would|i could) (?:just )?die|wish i (?:didn'?t|did not) exist|(?:tired|sick) of (?:fighting|trying|"
                r"struggling) to (?:stay alive|live|survive|keep going|keep living)|"
                r"(?:giv(?:e|ing)|gave) up on (?:\w+ ){0,2}(?:life|living)|(?:want|wanna|wish i could|need) (?:to )?(?:go to )?sleep forever|(?:don'?t|do not|can'?t|cannot) see (?:the |any )?"
                r"(?:point|reason) (?:in|of|to|for) (?:living|life|going on|being alive|live)|"
                r"(?:don'?t|can'?t|do not|cannot) see why i should (?:keep living|live|go on|stay "
                r"alive|be alive|keep going|be here)|"
                r"want out of (?:this|my) life|i'?m a waste of (?:life|space|oxygen)|"
                r"(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot )?"
                r"about (?:dying|death|being dead|not being alive|not existing)|"
                r"not worth living|why (?:should|do) i (?:even )?(?:live|keep living|bother living))\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_wish_to_die",
            Kind.IDEATION,
            high,
            _re(
                # "can i die already", "I hope I die", "I should die", "I deserve to die"; not a
                # health question ("can I die from ...").
                r"\bcan'?t wait to die\b|\bcan i (?:please )?die\b(?! (?:from|of|if|because|when|after|by|in|eating|with)\b)|"
                r"\bi (?:hope|pray) (?:that )?i (?:die|get killed|drop dead|don'?t wake up|never "
                r"wake up|get hit by)\b|"
                r"\bi (?:should|deserve to|need to|ought to|might as well|may as well|better) "
                r"(?:go )?(?:die|be dead|kill myself|end it|end my life)\b|"
                r"\bi (?:feel like|felt like) (?:dying|killing myself|ending it)\b|"
                r"\bi'?m ending it(?: all)?\b(?! with\b)|\bi know (?:exactly )?how i'?d do it\b|"
                r"\b(?:so |really |very )?close to (?:ending it|ending my life|killing myself|"
                r"taking my (?:own )?life|doing it)\b|"
                r"\b(?:research|researching|researched|looked up|looking up|googled|googling|searching|"
                r"searched) (?:\w+ )?(?:ways|how|methods) to (?:die|kill myself|end (?:it|my life)|"
                r"commit suicide|overdose)\b|"
                r"\b(?:only|best|easiest) (?:way out|answer|option|solution|escape) (?:is|would be) "
                r"(?:death|dying|suicide|to die|killing myself|to end it)\b|"
                r"\b(?:death|suicide|dying|killing myself) (?:is|seems like|feels like) (?:the )?"
                r"(?:only |best )?(?:answer|solution|way out|option)\b|"
                r"\b(?:going to|gonna|might|will|i'?ll|about to|scared i'?ll|afraid i'?ll|want to) "
                r"do something (?:\w+ )?to myself\b|"
                # Means named in the wish: a jump, a train, a crash, a gun turned on oneself.
                rf"\b(?:{EN_DESIRE}|going to|gonna|about to|i'?ll|i will) (?:to )?(?:jump(?:ing)?|"
                r"throw(?:ing)? myself|step(?:ping)?) (?:off|from|in front of|under|out of) (?:a |the |my )?(?:\w+ )?(?:bridge|"
                r"building|roof|rooftop|cliff|balcony|train|bus|car|truck|window|tower|ledge)\b|"
                rf"\b(?:{EN_DESIRE}|going to|gonna) (?:to )?(?:drive|crash) (?:my car |the car )?"
                r"(?:off a cliff|into (?:a|the) (?:wall|tree|river|sea|truck|ocean))\b|"
                r"\b(?:use|using) (?:it|the gun|a gun|my gun) on myself\b|"
                rf"\b(?:{EN_DESIRE}|going to|gonna|about to|i'?ll|i will) (?:to )?(?:take|swallow|down) "
                r"(?:all|every one of|the whole bottle of|a bottle of|a handful of|the rest of) "
                r"(?:of )?(?:my |the |her |his )?(?:pills|meds|tablets|sleeping pills|painkillers)\b"
                # "take all my pills with food / on time": a routine.
                r"(?! (?:with|on time|at|before|after|in the|every|daily|each|as|for|today as))|"
                # "I have some pills and I'm thinking of taking them all".
                rf"\b(?:pills|meds|tablets|painkillers)\b.{{0,40}}\b(?:{EN_DESIRE}|going to|gonna|about to)"
                r" (?:to )?(?:take|taking|swallow|swallowing|down|downing) (?:them|it) all\b"
                r"(?! (?:with|on time|at|before|after|in the|every|daily|each|as|for))|"
                r"\b(?:got|have|i'?ve got) (?:the|my|all the|all my) (?:pills|rope|gun|noose|blade|"
                r"razor) (?:ready|prepared|lined up|set out|with me)\b|"
                r"\bturn (?:the|a|my) gun on myself\b|"
                r"\b(?:want|wanna|wish|plan|planning|planned|decided|thinking|thought|have a plan|"
                r"made a plan|got a plan|ready) (?:about |of |to )?(?:end|ending) "
                r"(?:it|it all|everything|things)\b(?! with\b| between\b)"
            ),
        ),
        Rule(
            "en_better_dead",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:would|will|'d|it'?s|is|be|it'?d) (?:be )?(?:so )?(?:much |a lot )?"
                r"(?:easier|better|simpler|best) (?:for everyone )?(?:to be dead|to die|to just die|"
                r"if i (?:was|were) dead|if i died|if i (?:wasn'?t|weren'?t) (?:here|alive|around)|"
                r"if i didn'?t exist|to not exist|not to exist|to not be here|if i (?:was|were) gone)\b|"
                r"\b(?:someone|somebody|anyone|god|lord)(?: please)? (?:end|kill|take) me\b|"
                r"\bplease (?:end|kill|take) me\b|\b(?:god|lord|please),? (?:please )?let me die\b|"
                r"\b(?:on|at) the edge of (?:a|the) (?:bridge|roof|rooftop|cliff|building)\b|"
                # Reunion with God or the dead: "I want to be with my dad in heaven".
                r"\b(?:want|wanna|wish i could|ready|need) to (?:go (?:home )?to|be with|meet|see|join) "
                r"(?:god|jesus|allah|the lord|(?:my )?\w+ in heaven)\b|"
                # "I might do something stupid": unnamed harm, asked about rather than assumed.
                r"\b(?:going to|gonna|might|about to|scared i'?ll|afraid i'?ll|i'?ll) do something "
                r"(?:stupid|drastic|dangerous|i can'?t take back)\b(?! (?:at|in|with|like|on) )|"
                r"\b(?:write|writing|wrote|written|plan|planning|planned|picked|picking|choose|"
                r"choosing)\b.{0,20}?\bmy (?:own )?(?:funeral|eulogy|obituary|epitaph)\b"
            ),
        ),
        Rule(
            "en_no_point_living",
            Kind.PASSIVE,
            medium,
            _re(
                r"\bwhat(?:'?s| is) (?:the )?(?:point|use|purpose|reason) (?:of|in|for) (?:living|life|"
                r"being alive|going on|existing|my life|anything|it all|carrying on|staying alive|"
                r"me)\b|\bwhat(?:'?s| is) the point (?:anymore|any more)\b|"
                r"\b(?:life|living|my life|existence|everything) (?:is|feels|seems) (?:so )?"
                r"(?:pointless|meaningless|not worth it)\b|"
                r"\bthere'?s no point (?:anymore|any more|in anything|to anything|in going on)\b|"
                r"\b(?:shouldn'?t|should not|don'?t deserve to|do not deserve to|didn'?t deserve to) "
                r"(?:be )?(?:alive|live|exist|be here|be born)\b|"
                r"\bwhy (?:am i|am i even|should i|do i) (?:still )?(?:alive|here|exist|be alive|stay "
                r"alive)\b(?=\s*$)"
            ),
        ),
        Rule(
            "en_never_wake",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:want|wanna|wish|hope|pray|would like|rather)\b.{0,30}?\b(?:and )?(?:never|not|"
                r"don'?t) wake (?:up|up again)\b(?! (?:until|till|before|early|on time|for|at|in "
                r"time|tomorrow morning)\b)|"
                r"\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) (?:wake|open)\b|"
                r"\b(?:want|wanna|wish i could|need) to (?:\w+ ){1,4}and die\b|"
                r"\b(?:want|wanna|need|wish i could|wish to) (?:to )?(?:disappear|vanish)"
                r"(?=\s*$| forever| from (?:this world|the world|earth|existence|everyone|everything))"
            ),
        ),
        Rule(
            "en_preparation",
            Kind.GOODBYE,
            high,
            _re(
                # Putting affairs in order and means made ready, said plainly in few words.
                r"\b(?:pills|meds|tablets|medication|sleeping pills|painkillers)\s+(?:\w+\s+)?"
                r"(?:saved|stashed|stockpiled|hidden|hoarded|put aside|set aside|collected)"
                r"(?: up| away)?\b|"
                r"\b(?:bought|got|have|ordered|found|got myself|i'?ve got) (?:a|the|my|some) "
                r"(?:rope|noose)(?=\s*$| (?:ready|for myself|for me|to hang|to end|to die|already|today|"
                r"tonight|yesterday|now|in my room|and))|"
                r"\b(?:tied|made|tying|making|have|got) (?:a|the|my) noose\b|"
                r"\b(?:bought|got|have|got myself) (?:a|the) gun(?=\s*$| (?:for myself|to end|to "
                r"die|ready))|"
                r"\b(?:said|saying|say) (?:all )?(?:my )?goodbyes(?=\s*$| already| to everyone| to "
                r"(?:my )?family| to the world)|"
                r"\bsaid goodbye to (?:everyone|everybody|you all|all of you|the world|life)\b|"
                r"\b(?:gave|give|given|giving) away (?:all )?(?:of )?my (?:stuff|things|belongings|"
                r"possessions)\b|"
                r"\b(?:wrote|written|writing|left|leaving|finished) (?:a|my|the) note(?=\s*$)|"
                r"\b(?:wrote|written|writing|left|leaving|finished) (?:a|my|the) (?:last |final )"
                r"(?:note|letter|letters|notes|message)\b|"
                r"\b(?:wrote|written|writing|left|leaving) (?:a |my )?(?:note|letter|letters|notes) "
                r"(?:for|to) (?:everyone|everybody|all of you|the people i love|my whole family)\b"
            ),
        ),
        Rule(
            "en_at_height",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:i'?m|i am)\s+(?:\w+\s+)?(?:standing|sitting|up)?\s?(?:on|at|on top of|at the "
                r"edge of) (?:a|the) (?:bridge|roof|rooftop|ledge|cliff|edge|top floor|balcony "
                r"railing)\b(?=.*\b(?:now|jump|end|die|goodbye|can'?t)\b)"
            ),
        ),
        Rule(
            "en_burden",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:i'?m|i am|i feel like|feel like)\s+(?:\w+\s+)?(?:a burden|a waste of space|"
                r"a waste of oxygen)\b|\b(?:everyone|everybody|they|my family|people|the world)"
                r"(?: would| will|'?d)? be (?:\w+ )?(?:better|happier) (?:off )?without me\b|"
                r"\b(?:would|will|'d) be (?:\w+ )?(?:happier|better|fine|relieved) (?:off )?(?:if i "
                r"(?:was|were|'m|am|died|disappeared|killed myself|ended it) ?(?:gone|dead|not here|"
                r"not around)?|when i'?m gone)|"
                r"\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:miss|care|notice)"
                r"(?: me| if i)?\b"
            ),
        ),
        Rule(
            "en_self_harm",
            Kind.SELF_HARM,
            high,
            _re(
                r"\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|injure|"
                r"injuring|injured|punish|punishing|punished|starve|starving|starved|scratch|"
                r"scratching|scratched)\s+my ?self\b"
                # "I hurt myself playing football", "cut myself shaving": an accident.
                r"(?! (?:playing|at (?:the )?(?:gym|work|game|match)|while|shaving|cooking|in the "
                r"kitchen|by accident|accidentally|on (?:a|the) (?:stove|oven|knife|glass|iron)|"
                r"with (?:a|the) (?:knife|stove|iron|paper|oven)|falling|when i fell|lifting|running|"
                r"skiing|working out|exercising|training|doing|at practice|in (?:the|a) (?:game|match|"
                r"accident|fall)))|"
                r"\bself[- ]?harm(?:ing|ed)?\b|\bself[- ]?injur\w*|"
                r"\b(?:cut|cutting|slit|slitting|slash|slashing)\s+(?:my|a)\s+(?:wrists?|arms?|legs?|"
                r"thighs?|skin|veins)\b|\brelaps\w* (?:on|into|with) (?:self[- ]?harm|cutting)\b|"
                r"\bi (?:\w+ )?(?:cut|relapsed) again\b|\b(?:been )?cutting again\b|"
                r"\brelapsed (?:and|on|with|into) (?:cut|cutting|self[- ]?harm|hurting myself)\b|"
                r"\b(?:knife|blade|razor|glass) (?:into|in|through|across) my\b|"
                r"\b(?:saving|stockpiling|hoarding|collecting|saved up|stockpiled|hoarded|stocked up on|"
                r"stocking up on|gathered|gathering) "
                r"(?:up )?(?:my |some |all my )?(?:pills|meds|medication|tablets|sleeping pills)\b"
            ),
        ),
        Rule(
            "en_attempt",
            Kind.ATTEMPT,
            high,
            _re(
                r"\b(?:i|i'?ve|ive|i have|i had|i once)\s+(?:\w+\s+)?(?:tried|attempted)\s+"
                r"(?:to\s+)?(?:kill myself|suicide|end my life|overdose|die|hang myself|"
                r"end it)\b|\bsurvived (?:a|my|an) (?:suicide )?attempt\b|"
                r"\bi(?:'?ve| have)? attempted (?:before|once|twice|\w+ times|last \w+)\b|"
                r"\bmy (?:\w+ )?(?:suicide )?attempts?\b(?=.*\b(?:suicide|kill|die|overdose)\b)|"
                r"\b(?:i|i'?ve) (?:\w+ )?overdosed\b"
            ),
        ),
        Rule(
            "en_ingested",
            Kind.ATTEMPT,
            imminent,
            _re(
                r"\b(?:i|i'?ve|i have|just)\s+(?:\w+\s+)?(?:took|taken|swallowed|downed) too many "
                r"(?:pills|tablets|meds|sleeping pills|painkillers|panadol|tylenol)\b|"
                r"\b(?:i|i'?ve|i have|just)\s+(?:\w+\s+)?(?:took|taken|swallowed|downed|ate)\b"
                r".{0,40}?\b(?:all|whole|bottle|bunch|handful|\d{2,}|twenty|thirty|forty|fifty|"
                r"entire|pack|box|lots of|a lot of)\b.{0,20}?\b(?:pills?|tablets?|meds|"
                r"medications?|paracetamol|tylenol|panadol|advil|ibuprofen|aspirin|"
                r"sleeping pills|xanax)\b|\bi (?:just |have just )?(?:drank|swallowed|took) "
                r"(?:\w+ )?(?:bleach|poison|antifreeze|rat poison)\b"
            ),
        ),
        Rule(
            "en_goodbye",
            Kind.GOODBYE,
            high,
            _re(
                r"\bthis is (?:my )?goodbye(?=\s*$| forever| for good| everyone| to everyone)|"
                r"\b(?:this is|it'?s|these are) my (?:last|final) (?:message|post|goodbye|words|"
                r"night|day|letter)\b|\bgoodbye (?:forever|everyone|world|cruel world)\b|"
                r"\b(?:my|a|wrote a|writing a|writing my) suicide note\b|"
                r"\bby the time you (?:read|see) this\b|\bsaying goodbye to (?:everyone|you all|"
                r"the world|all of you)\b|\b(?:wrote|writing|written) (?:my|a) "
                r"(?:goodbye|farewell) (?:note|letter)\b|"
                r"\b(?:wrote|writing|written|finished) (?:my |some )?(?:goodbye|farewell) "
                r"(?:notes|letters|messages)\b|\bgiving away (?:all )?my (?:stuff|things|"
                r"belongings)\b"
            ),
        ),
        Rule(
            "en_method_dose",
            Kind.METHOD,
            high,
            _re(
                r"\bhow (?:many|much)\b.{0,40}?\b(?:pills?|tablets?|paracetamol|tylenol|panadol|"
                r"acetaminophen|ibuprofen|advil|aspirin|insulin|sleeping pills|mg|milligrams?|"
                r"xanax|benadryl|bleach|alcohol|meds)\b.{0,40}?\b(?:kill|die|lethal|fatal|overdose|"
                r"od|deadly|dead|death)\b|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|"
                r"quantity)\b"
            ),
        ),
        Rule(
            "en_method_how",
            Kind.METHOD,
            high,
            _re(
                r"\bhow (?:to|do i|can i|would i|do you|does one|do people|could i|should i)\s+"
                r"(?:\w+\s+)?(?:kill (?:my|your|one)self|commit suicide|die painlessly|die quickly|"
                r"hang (?:my|your|one)self|overdose|slit (?:my|your) wrists|end (?:my|your|one'?s) "
                r"life|tie a noose)\b|\b(?:painless|quick|quickest|easiest|fastest|best|surest|"
                r"easy|peaceful|effective)\s+(?:way|ways|method|methods) (?:to|of) (?:die|dying|"
                r"kill (?:my|your|one)self|suicide|commit suicide|end (?:it|my life))\b|"
                r"\bpainless (?:death|suicide)\b|\bwhere (?:can|do|could|should) i (?:buy|get|find) "
                r"(?:a |some )?(?:gun|rope|noose|poison|firearm|cyanide|barbiturates)\b|"
                r"\b(?:jump|fall|falling|jumping)\b.{0,30}?\b(?:to die|fatal|kill you|kill me|"
                r"lethal|guaranteed death|survive)\b"
            ),
        ),
        Rule(
            "en_heights",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(
                r"\b(?:bridges?|buildings?|towers?|cliffs?)\b[^.?]{0,30}\b(?:tallest|highest)\b|"
                r"\b(?:tallest|highest|high)\s+(?:\w+\s+)?(?:bridges?|buildings?|towers?|cliffs?|"
                r"rooftops?|roofs?|floors?|parking (?:garages?|structures?)|places? to jump)\b"
            ),
        ),
        # ---------------------------------------------------------------- Arabizi
        Rule(
            "zi_want_to_die",
            Kind.IDEATION,
            high,
            _re(rf"\b(?:{ZI_DESIRE}){ZI_FILL}\s+(?:{ZI_DIE})\b"),
        ),
        Rule(
            "zi_suicide",
            Kind.IDEATION,
            high,
            _re(rf"\b(?:(?:{ZI_DESIRE}){ZI_FILL}\s+)?(?:{ZI_SUICIDE})\b"),
        ),
        Rule(
            "zi_kill_myself",
            Kind.IDEATION,
            high,
            _re(rf"\b(?:{ZI_KILL})\s+(?:\w+\s+)?(?:{ZI_SELF})\b"),
        ),
        Rule(
            "zi_not_want_to_live",
            Kind.IDEATION,
            high,
            _re(
                rf"\b(?:{ZI_NEG})\s?(?:{ZI_DESIRE}|bi|bee|by|bgha|b8a|b8y)\s+(?:an\s+)?"
                rf"(?:{ZI_LIVE})\b"
            ),
            self_negating=True,
        ),
        Rule(
            "zi_passive",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:ta3abt|t3bt|ta3bt|malait|malet|mallait|zh8t|zahagt|kraht|kr8t|krhat|"
                r"ta3ban|ta3bana)\s+(?:(?:mn|min|men|3la)\s+)?(?:7yati|7ayati|hayati|7yaty|"
                r"el ?dinya|al ?donya|il ?dinya|el ?7ayah|al ?7aya|el ?7aya|ad ?dinya)\b|"
                r"\b(?:ma|mb|mo|mu) ?(?:fini|fiini|feeni|fenee|a8dar|agdar|aqdar|8ader|gader) "
                r"(?:akamil|akamel|akammil|akmel|akml|akamm?el|akaml)\b(?=\s*$| (?:5alas|khalas|ba3ad|"
                r"b3d|akthar|ak8ar|7yati|hayati))|"
                rf"\b(?:{ZI_DESIRE}){ZI_FILL}\s+(?:a5tifi|akhtifi|a5tefi|akhtefi|a5tfi)\b(?=\s*$| "
                r"(?:lil ?abad|l ?abad|mn el ?dinya|min ad ?dinya))|"
                r"\b(?:allah|ya ?rab+|ya ?rb)\s+(?:ya5thni|ya5ithni|yakhithni|yakhethni|"
                r"ta5thni|takhethni|a5thni|5thni|khathni|(?:2|a)?mo+u?t)\b|\blaitni (?:mayt|mait|mayit|ma "
                r"2nwlad|ma anwalad|ma tweladt)\b"
            ),
        ),
        Rule(
            "zi_method_dose",
            Kind.METHOD,
            high,
            _re(
                r"\b(?:kam|kem|cm|gad eish)\s+(?:\w+\s+)?(?:7ab+a|7ba|7bh|7boob|7ubub|7abat|habba|"
                r"hbob|jur3a)\b.{0,30}?\b(?:t8tl|tqtl|tgtl|t8tel|taqtel|tagtel|tamoot|tmoot|"
                r"amoot|y8tl|yqtl|ymoot|lil ?mot)\b"
            ),
        ),
    ]
    return rules


RULES: tuple[Rule, ...] = tuple(_rules())

# ------------------------------------------------------------------------ context patterns

# Idioms removed before matching: "بموت من الضحك", "اموت فيك" (I adore you), "dying of laughter",
# "killing it". Their words never count as risk.
IDIOMS = _re(
    r"(?<!\w)(?:[وف])?(?:ب|ا|راح ا|رح ا)?(?:موت|اموت|متت|مت|ميت|ميته|مايت|بموت|يموتني|تموتني|"
    r"موتني|موتتني|ذبحني|ذبحتني|قتلني|قتلتني|بتقتلني|يقتلني|ذابحني|ذبحت روحي|ذبحت نفسي|"
    r"قتلت نفسي|قتلت روحي|هلكت روحي|هلكت نفسي|انتحر|بنتحر|سانتحر|راح انتحر)\s(?:من\s|بال|ب|علي\s|على\s|مع\s)?(?:ال)?"
    r"(?:ضحك|جوع|برد|حر|ملل|طفش|فرح|وناسه|شوق|غيره|فضول|عطش|تعب|نعاس|خوف|حيا|خجل|قهر|زهق|"
    r"انتظار|حماس|شغل|دراسه|مذاكره|تمرين|رياضه|زحمه|ريحه|حلاوه|جمال|لذاذه|الم)\w*"
    r"|(?<!\w)(?:ب|ا)?(?:اموت|موت|ميت|ميته|متت)\s(?:في|فيك|فيه|فيها|فيكم|فيهم|عليك|عليه|عليها|"
    r"عليكم|علي|على|بك|عشانك|عشانه|عشانها|علشانك|فداك|فداه|فدا|بحبك|بحبه)(?!\w)"
    r"|(?<!\w)(?:حلو|حلوه|زين|زينه|بارد|حار|تعبان|جوعان|مستانس|مستانسه)\sموت(?!\w)"
    r"|(?<!\w)ضحك\w*\s(?:\w+\s)?(?:لين|حتي|الين)\s(?:مت|متت|موت)(?!\w)"
    r"|\bkill(?:ed|ing)? myself (?:laughing|with laughter)\b"
    r"|\b(?:dying|die|died|dead|killing me|killed me|kill me)\s+(?:of|from|with|laughing|"
    r"laughter)\s*(?:laughter|laughing|embarrassment|boredom|hunger|cuteness|jealousy|"
    r"curiosity|heat|cold|thirst|excitement|shame)?\b|\bdying to\b|"
    r"\b(?:is|are|was|were|'s|looks?|sounds?|smells?|tastes?) (?:\w+ )?to die for\b|"
    r"\b(?:would|'d|i'd) die for\b|\bdying for (?:a|an|some|the|my)\b|\bkill(?:ing|ed|s)? it\b|"
    r"\bkill(?:ing)? (?:some )?time\b|\b(?:die|dye|dying|died) (?:my|your|her|his|the) (?:hair|beard|clothes|shirt)\b|\bkill for (?:a|an|some)\b|\bdead (?:tired|serious|"
    r"on|end|line|lines|battery|phone)\b|\bdrop[- ]dead\b|\bkill(?:ed|ing)? (?:the|a|that|this) "
    r"(?:lights?|engine|process|app|bug|music|spider|fly|mosquito|cockroach|roach|vibe|mood|"
    r"game|battery|conversation|boss)\b|\b(?:is|are|was|were|it'?s|this|that|you|these|those)"
    r"\s+(?:\w+\s+)?kill(?:ing|s) me\b|\bi'?m dead\b(?=.*(?:lol|lmao|haha|xd))|"
    r"\bmy phone (?:is )?(?:dying|dead|died)\b|\bsuicide (?:squad|doors?|run|sprints?|"
    r"bomber|attack|mission)\b|\b(?:die|dying) (?:hard|laughing)\b|\bdying (?:light|star)\b"
    r"|(?<!\w)(?<!افكار )(?<!فكره )(?<!ميول )(?<!رغبه )(?<!نزعه )(?<!مشاعر )انتحاري(?:ه|ين|ون)?(?!\w)|(?<!\w)(?:عمليه|عمليات|هجوم|تفجير|حزام) انتحاري\w*"
)

# News or someone else as the subject: a bare topic word then belongs to someone else.
THIRD_PERSON = _re(
    r"(?<!\w)(?:[وف]|ال|لل|ب)?(?:شاب|شابه|رجل|امراه|سيده|فتاه|بنت|ولد|طالب|طالبه|طفل|طفله|مراهق|"
    r"مراهقه|مواطن|مواطنه|وافد|وافده|عامل|عامله|شخص|اشخاص|لاعب|ممثل|ممثله|مغني|مغنيه|فنان|فنانه|"
    r"سجين|جندي|ضابط|مريض|مريضه|زوجها|زوجته|هو|هي|هم|نفسه|نفسها|نفسهم|انفسهم|حياته|حياتها|روحه|"
    r"روحها|ابنه|ابنته|صديقي|صديقتي|صديقه|اخوي|اختي|ربيعي|خوي|جاري|جارنا|عمره|عمرها|عاما|عام|"
    r"الشرطه|شرطه|الامن|النيابه|مصدر|صحيفه|جريده|خبر|اخبار|عاجل|فيديو|بالفيديو|حادثه|حادث|"
    r"ظاهره|نسبه|نسب|معدل|معدلات|احصاييه|احصاييات|احصائيات|دراسه|ارتفاع|تزايد|جثه|جثمان|العثور|"
    r"ضحيه|اقدم|اقدمت|يقدم|تقدم|اعلن|اعلنت|سجن|مستشفي|منطقه|محافظه|ولايه|مدينه|الوقايه|التوعيه|"
    r"العالمي|منظمه|مكافحه|حالات|قضيه|جريمه|تفاصيل|ماساه|صدمه|المشاهير|مشهور|مشهوره|انتحرت|"
    r"انتحروا|ينتحر|ينتحرون|تنتحر|قتل نفسه|قتلت نفسها|وقد|لقد|شنق|غرقا|حرقا|شنقا|برصاصه)(?!\w)"
    r"|\b(?:he|she|they|his|her|their|him|them|someone|somebody|man|woman|teen|teenager|boy|girl|"
    r"student|police|reported|reports|news|study|studies|rate|rates|awareness|prevention|"
    r"according|celebrity|actor|singer|friend|brother|sister|cousin|mom|dad|mother|father|"
    r"people|victim|suspect|article|research|statistics|documentary|movie|film|song|book|"
    r"character|hotline|month|day|world)\b"
)

FIRST_PERSON = _re(
    r"(?<!\w)(?:[وف])?(?:انا|اني|انني|نفسي|روحي|حياتي|ابي|ابا|ابغي|ودي|افكر|فكرت|قررت|ناوي|"
    r"حاولت|بحاول|صرت|عندي|فيني|احس|حاسس|حاسه)(?!\w)"
    r"|\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|myself|mine|abi|aba|ana|ani|abgha|ab8a)\b"
)

AR_TOPIC = _re(_ar(r"(?:ال|بال|لل)?(?:انتحاريه|انتحار|انتحر|ينتحر|تنتحر|نتحر)"))
EN_TOPIC = _re(r"\bsuicid(?:e|al)\b|\bkill(?:ed|ing)? (?:him|her|them)sel(?:f|ves)\b")

# A negator among the last three words before a match lowers it ("ما افكر انتحر", "I'm not going
# to kill myself"), unless a word of knowing follows the negator: "ما ادري ليش", "I don't know why".
NEGATORS = frozenset(
    "ما مب مو مش مانا ماني مانيب لا لن لم ليس لست ولا مستحيل ابدا ابد not never no don't dont "
    "won't wont wouldn't isn't ain't didn't can't't nor ma mb mo mu mub mob mish mesh la".split()
)
SUICIDAL_THOUGHTS = _re(
    r"\bsuicid(?:al|e) (?:thoughts?|feelings?|urges?|ideation|ideas?)\b|\bthoughts? of "
    r"(?:suicide|killing myself|dying)\b|(?<!\w)(?:افكار|فكره|ميول|رغبه|نزعه|مشاعر)"
    r"(?:ي)? (?:ال)?(?:انتحاريه|انتحار)(?!\w)"
)
# A short message opening with one of these asks about suicide rather than telling of it.
QUESTION_WORDS = frozenset(
    normalize_letters(
        "what why how is are does do can should who when where هل ليش ليه لماذا شو ايش وش ويش كيف "
        "شلون متي وين ما"
    ).split()
)
LIGHT_WORDS = frozenset("do anything to ever something".split())
EN_THIRD_SUBJECT = frozenset(
    "he she they someone somebody he's she's they're hes shes theyre who friend brother sister "
    "mom dad mother father son daughter cousin people".split()
)
# "my sister is suicidal and so am I": the speaker joins the third-person subject.
# Matched after fillers are dropped, so "so am i" is seen as "am i".
ME_TOO = re.compile(r"\bam i\s*$|\b(?:me too|same here|i am too|i'?m too|and i am|and do i)\b")
EN_FIRST_SUBJECT = frozenset("i i'm im i've ive me my".split())
NOT_A_NEGATION = frozenset(
    "ادري اعرف اعلم عارف عارفه فاهم فاهمه متاكد متاكده اظن know sure think care mind stop help "
    "understand remember get matter other one body".split()
)

IMMINENCE = _re(
    r"(?<!\w)(?:[وف])?(?:الليله|الحين|هالحين|الحينه|اليوم|بعد شوي|بعد ساعه|خلاص قررت|قررت خلاص|"
    r"جهزت|جاهز|جاهزه|عندي (?:\w+ )?(?:الحبل|حبل|الحبوب|حبوب|سم|السم|مسدس|سلاح|خطه|الخطه)|"
    r"واقف|واقفه|(?:على|فوق|علي) (?:ال)?(?:جسر|سطح|كوبري|حافه)|كتبت (?:رساله|وصيتي|رسالتي)|"
    r"دحين|هلحين|ساعات|قريب)(?!\w)"
    r"|\b(?:tonight|right now|now|today|this (?:evening|weekend|morning)|in an hour|soon|"
    r"i have (?:a|the) (?:plan|rope|gun|pills|note)|i(?:'ve| have) (?:got|bought) (?:a|the) "
    r"(?:rope|gun|pills)|on the (?:bridge|roof|ledge|edge)|decided|it'?s time|"
    r"al ?7een|el ?7een|hal ?7een|il ?7in|alleila|el ?lela|al ?laila|el ?lila)\b"
)

HOPELESSNESS = _re(
    r"(?<!\w)(?:[وف])?(?:ما في امل|مافي امل|ما فيه امل|ما له فايده|ما لها فايده|ما في فايده|"
    r"مافي فايده|يايس|يايسه|يئست|كرهت نفسي|اكره نفسي|انا فاشل|انا فاشله|ما لي قيمه|"
    r"ما عندي قيمه|انا ولا شي|تعبت من كل شي|ما عاد فيني حيل|ما عاد اقدر|ما اقدر اكمل|"
    r"ما اتحمل|محد يحتاجني|ما احد يحتاجني|ماحد يحتاجني|ضاقت فيني الدنيا|ضاقت بي الدنيا|الدنيا ضاقت|ما له معني|ما لها معني|بلا معني)(?!\w)"
    r"|\b(?:hopeless|worthless|no point|nothing matters|i hate myself|i'?m useless|no future|"
    r"give up on (?:life|everything)|can'?t do this anymore|empty inside|no way out|"
    r"i'?m a failure|trapped|(?:nobody|no one) needs me|(?:tired|sick) of everything|(?:don'?t|can'?t) see (?:a|any) future)\b"
)

LAUGHTER = re.compile(r"ه{3,}|خخخ|\b(?:lol|lmao|lmfao|haha\w*|hhh+|xd)\b|😂|🤣|😹", re.IGNORECASE)
DISTRESS = _re(AR_DISTRESS_CONTEXT + "|" + EN_DISTRESS_CONTEXT)

# Words that only add emphasis or hesitation: dropped before matching, so "i seriously want to
# die" and "والله ودي اموت" meet the plain rule. Never a negator, a subject, a time ("خلاص قررت"
# is imminence) or a word a rule needs ("like" in "feel like dying", "يارب" in "يارب خذني").
FILLERS = frozenset(
    normalize_letters(
        "just really fucking fuckin fkn fking effing freaking frickin friggin bloody damn goddamn "
        "seriously honestly literally actually truly genuinely basically totally kinda sorta "
        "lowkey highkey ngl tbh fr deadass so very um uh uhh umm hmm erm also even still "
        "sometimes often always constantly lately simply completely absolutely pretty super "
        "والله واللهي ووالله صدق صراحه بصراحه يعني فعلا بجد جد اصلا حقيقي حقيقه فقط حقا wallah wallahi "
        "walla ya3ni"
    ).split()
)

# A goodbye that expects to meet again is an ordinary goodbye; "see you in heaven" is not.
SEE_YOU = _re(
    r"\b(?:see (?:you|ya|u) (?!(?:in|on) (?:heaven|another life|the next life|the other side|"
    r"a better place))(?:tomorrow|later|soon|next|tonight|in|at|on|then|again|around)|cya|ttyl|"
    r"talk (?:to you |to u )?(?:soon|later|tomorrow)|good ?night|have a (?:good|nice|great))\b|"
    r"(?<!\w)(?:اشوفكم|اشوفك|نشوفكم|نتلاقي|نلتقي|اكلمكم|اكلمك|تصبحون علي خير|تصبح علي خير)(?!\w)"
    r"(?! (?:في |ب)?(?:الجنه|الاخره|دار الحق|الحياه الثانيه))"
)
FAREWELL_RULES = frozenset({"en_goodbye", "ar_goodbye"})
# Apology for everything and a goodbye in one message, in either order.
FAREWELL = _re(
    r"\b(?:sorry for everything|forgive me for everything)\b.{0,60}?\b(?:goodbye|bye|farewell)\b|"
    r"\bi love you all\b.{0,60}?\b(?:goodbye|farewell)\b|"
    r"\b(?:goodbye|farewell)\b.{0,60}?\b(?:sorry for everything|forgive me for everything)\b|"
    # "سامحني، مع السلامة" ends many a phone call: only forgiveness for everything counts.
    r"(?<!\w)(?:سامحوني|سامحني|اسف|اسفه|اسفين) (?:علي|عن) كل شي(?!\w).{0,60}?"
    r"(?<!\w)(?:وداعا|مع السلامه|الله معكم|باي)(?!\w)|"
    r"(?<!\w)وداعا(?!\w).{0,60}?(?<!\w)(?:سامحوني|سامحني)(?!\w)"
)
