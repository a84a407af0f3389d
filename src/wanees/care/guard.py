"""The reply guard: every generated clause is checked before it is spoken.

Fail-closed: anything that looks like method information, a diagnosis or medication advice,
encouragement of self-harm, a refusal, a phone number that is not verified, drifting into
another language or script, parroting the user (or speaking the person's own words as its
own), telling the person they are dead or will die, saying one of its recent replies again,
being only a bare acknowledgement ("نعم، تفهم."), or running on too long is rejected, and the
conversation speaks ``plan.fallback_reply`` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from wanees.care.api import GuardVerdict, ReplyGuard
from wanees.care.normalize import normalize, normalize_letters
from wanees.config import Language


def _re(pattern: str) -> re.Pattern[str]:
    # Patterns are written readably ("يئست", "على") and matched against normalised text.
    return re.compile(normalize_letters(pattern), re.IGNORECASE)


# Scripts a small multilingual model drifts into (Qwen: Chinese), never right for this product.
_FOREIGN_SCRIPT = re.compile(
    "[\u0400-\u04ff\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af]"
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")

_REFUSAL = _re(
    r"\b(?:i'?m sorry,? (?:but )?i (?:can'?t|cannot|am unable)|i (?:can'?t|cannot) (?:help|assist|"
    r"provide|answer|discuss)|as an ai (?:language )?model|as a language model|i'?m (?:just )?"
    r"(?:a|an) (?:ai )?language model|i am not able to (?:help|provide))|عذرا[،,]? ?(?:لا|ما) "
    r"(?:استطيع|اقدر)|لا (?:استطيع|يمكنني) (?:المساعده|مساعدتك|الاجابه|تقديم)|"
    r"بصفتي نموذج|كنموذج لغوي|انا نموذج لغوي|اسف،? ما اقدر اساعد|"
    # An apology followed, within the sentence, by "I cannot": the shape of a refusal, whatever
    # the verb. ("ما اقدر اتخيل" alone, "I can't imagine", stays allowed: it is empathy.)
    r"(?:اعتذر|اسف|اسفه|عذرا|عذر|متاسف|متاسفه)[^.!?؟]{0,30}(?:لا استطيع|لا يمكنني|لا يمكن|"
    r"لا اقدر|ما اقدر|ما اقدرش|لست قادر)|"
    r"لا (?:استطيع|يمكنني|يمكن) (?:توصيل|مساعد|المساعد|الرد|الاجابه|التحدث|مناقشه|تقديم)|"
    # Dialect: "I can't help / answer you" (the packaged model says it to grief and exams alike).
    r"(?:ما|لا) (?:اقدر|اقدرش|اقدر ان) (?:اساعد|اجاوب|ارد علي)|"
    r"\b(?:i apologi[sz]e|i am sorry|i'm sorry|sorry)[^.!?]{0,30}\bi (?:can'?t|cannot|am unable|"
    r"am not able)"
)
_DIAGNOSIS = _re(
    r"\byou (?:have|suffer from|are suffering from|'ve got|might have|probably have|seem to have)"
    r" (?:\w+ )?(?:depression|anxiety disorder|bipolar|ptsd|ocd|schizophrenia|adhd|a disorder|"
    r"a mental illness|borderline|psychosis|an eating disorder)\b|\byou(?:'re| are) "
    r"(?:clinically )?(?:depressed|bipolar|schizophrenic|psychotic)\b|\bdiagnos\w+|"
    r"(?<!\w)(?:عندك|انت مصاب ب|انتي مصابه ب|تعاني من|مصاب ب|مصابه ب)\s?(?:ال)?(?:اكتياب|"
    r"اكتئاب|اضطراب|وسواس|ثنائي القطب|فصام|ذهان|رهاب|اكتءاب)|تشخيص|تشخيصك"
)
_MEDICATION = _re(
    r"\b\d+\s?(?:mg|milligrams?|ml|ملغ|مليغرام|ملي)\b|\b(?:take|try|start|increase|stop taking)"
    r" (?:\w+ )?(?:pills?|tablets?|medication|meds|antidepressants?|sleeping pills|melatonin|"
    r"dose)\b|\b(?:sertraline|zoloft|prozac|fluoxetine|xanax|alprazolam|valium|diazepam|"
    r"paracetamol|tylenol|panadol|ibuprofen|lexapro|escitalopram|seroxat|paroxetine|quetiapine|"
    r"seroquel|lithium|melatonin|benadryl|ambien|zolpidem|lorazepam|clonazepam)\b|"
    r"(?<!\w)(?:خذ|خذي|اخذ|تاخذ|جرب|استخدم)\s(?:\w+\s)?(?:حبوب|حبه|دوا|دواء|ادويه|منوم|مهدي|"
    r"جرعه|مضاد)|(?:بنادول|بندول|زولفت|بروزاك|زاناكس|سيروكسات|ميلاتونين|جرعه|جرعات|مهدئ|منوم)"
)
_METHOD = _re(
    r"\b(?:bridges?|tallest|highest|rooftops?|cliffs?|floors? high|rope|noose|hang(?:ing)?|"
    r"guns?|firearms?|pistol|rifle|bullets?|knife|knives|blade|razor|poison\w*|overdos\w*|"
    r"lethal|fatal|doses?|pills?|tablets?|bleach|cyanide|jump(?:ing)? (?:off|from)|"
    r"train tracks)\b|(?<!\w)(?:[وفبل]|ال|بال)?(?:جسر|جسور|كوبري|اعلي|اطول مبني|سطح|"
    r"حبل|شنق|مسدس|سلاح|رصاص|سكين|موس|شفره|سم|السم|سموم|جرعه|حبوب|حبه|اقراص|قاتله|مميته|"
    r"قفز|تقفز|ينط|تنط)(?!\w)"
)
_ENCOURAGE = _re(
    r"\b(?:kill yourself|end your life|end it all|you should die|you'?d be better off dead|"
    r"go ahead and|nobody would miss you|no one would miss you|it'?s okay to (?:die|end)|"
    r"do it tonight|hurt yourself|cut yourself)\b|(?<!\w)(?:انتحر|اقتل نفسك|اقتل روحك|"
    r"انهي حياتك|اذي نفسك|اجرح نفسك|محد بيفقدك|ما حد بيفقدك|احسن لك تموت)(?!\w)|"
    # «موت» as a command ("die", "go and die and rest"), not the noun of a grief reply: «موت
    # أمك صعب» ("your mother's death is hard") names whose death, a command ends the clause or
    # goes on with «و…» or «احسن».
    r"(?<!\w)موت(?=\s*(?:$|[^\w\s]|و\w|احسن|خلاص))|(?<!\w)(?:روح|يالله) موت(?!\w)"
)
# The model talking about its answer instead of answering ("إليك الإجابة باللغة العربية:",
# "Here is my response:"): the packaged model's, side by side; spoken, it is nonsense.
_META = _re(
    r"\bhere(?:'s| is) (?:the|my|a) (?:answer|response|reply)\b|"
    r"\b(?:in|into) (?:the )?arabic language\b|"
    r"(?<!\w)اليك (?:ال)?(?:اجابه|رد)(?!\w)|(?<!\w)(?:الاجابه|الرد|ردي|اجابتي) باللغه(?!\w)|"
    r"(?<!\w)وفقا (?:لل|ل)?غه(?!\w)"
)
# A reply that tells the person they are dead or will die. The packaged model answered «my
# grandmother died last month» with «أنا متأكد من أنك تعرف أنك توفي الشهر الماضي» ("you died").
_PERSONS_DEATH = _re(
    r"\byou(?:'re| are| were)? (?:dead|died|will die|are going to die|gonna die)\b|"
    r"\byour (?:death|funeral|grave)\b|"
    r"(?<!\w)(?:انك|انكي|انت|انتي|ان|اني)\s(?:توفي|توفيت|متوفي|ميت|ميته|مت|متي|بتموت|بتموتين|"
    r"راح تموت|راح تموتين|سوف تموت|ستموت|تموت|تموتين)(?!\w)|(?<!\w)(?:موتك|وفاتك|جنازتك|قبرك)(?!\w)"
)
_CLAIMS_HUMAN = _re(
    r"\bi(?:'m| am) (?:a |your )?(?:doctor|therapist|psychologist|psychiatrist|human|real person|"
    r"nurse)\b|(?<!\w)انا (?:دكتور|دكتوره|طبيب|طبيبه|معالج|معالجه|انسان|اخصايي|اخصائي)(?!\w)"
)
_PHONE_LIKE = re.compile(r"\+?\d[\d\s-]{2,}\d")


# A reply whose first words match the start of a recent reply this closely repeats it.
REPEAT_MIN_WORDS = 3
REPEAT_RATIO = 0.85

# The person's own words said back as the companion's own, a small model's echo: a run of at
# least ECHO_RUN_WORDS words in the person's order that carries a first-person word («… وأنا
# خايف عليها» to «أمي مريضة وأنا خايف عليها»), or any run of ECHO_ANY_WORDS words. Reflective
# listening changes the person ("تحس" for "أحس", "you feel" for "I feel") within a few words,
# so it keeps shorter runs ("من بعد ما سافر أخوك", "feel really lonely since").
ECHO_RUN_WORDS = {"ar": 4, "en": 3}
ECHO_ANY_WORDS = {"ar": 5, "en": 6}
_FIRST_PERSON = frozenset(
    {
        *("انا", "وانا", "فانا", "اني", "انني", "واني", "عندي", "وعندي", "لي", "فيني", "بي"),
        *("نفسي", "روحي", "حالي", "معي", "مني", "علي", "ودي", "خاطري", "بغيت", "ابي", "ابا"),
        *("i", "i'm", "im", "i've", "i'd", "i'll", "my", "me", "myself", "mine"),
    }
)
# Normalised words that start like a first-person verb (ا + stem) or end like "my" (ي) but are
# not first person.
_NOT_FIRST_PERSON = frozenset(
    {
        *("انت", "انتي", "انتم", "انتو", "اذا", "ان", "او", "اي", "اكثر", "اول", "اخر", "احد"),
        *("اصلا", "اكيد", "ابدا", "امس", "ايش", "اهل", "اما", "الا", "اليه", "ايضا", "احيانا"),
        *("في", "شي", "الي", "اللي", "هي", "وهي", "يعني", "كي", "التي", "الذي", "حتي", "بعدي"),
    }
)


def _is_first_person(word: str) -> bool:
    """Whether a normalised word speaks as "I": a pronoun or "my"/"me" in the set above, an
    Arabic imperfect verb in the first person (أحس، أعرف، أنام: ا + stem), or a noun with the
    first-person suffix (أخوي، أمي، ربيعي). A heuristic, only used on runs copied from the
    person's own words, where these forms mean the companion is talking as them."""
    if word in _FIRST_PERSON:
        return True
    if word in _NOT_FIRST_PERSON or not _ARABIC.match(word) or word.startswith("ال"):
        return False
    stem = word[1:] if word.startswith(("و", "ف")) and len(word) > 3 else word
    if stem in _NOT_FIRST_PERSON or stem.endswith(("ك", "ج", "ه", "ها", "هم")):
        return False
    return (stem.startswith("ا") and len(stem) >= 3) or (stem.endswith("ي") and len(stem) >= 3)


def _shared_runs(first: Sequence[str], second: Sequence[str]) -> list[tuple[int, int]]:
    """Every maximal run of words that ``second`` shares with ``first``, in order, as (start in
    ``second``, length). Replies and transcripts are short: a plain table is fast enough."""
    runs: list[tuple[int, int]] = []
    previous = [0] * (len(first) + 1)
    for j, word in enumerate(second):
        current = [0] * (len(first) + 1)
        for i, other in enumerate(first):
            if word == other:
                current[i + 1] = previous[i] + 1
        previous = current
        runs.extend((j - n + 1, n) for n in current if n)
    # Keep the maximal ones: a run that continues at the next word of both is not maximal.
    ends = {(start, length) for start, length in runs}
    return [(s, n) for s, n in ends if (s, n + 1) not in ends]


# A whole reply needs this many words that are not a bare acknowledgement ("نعم", "تمام",
# "أفهم", "OK") to be a companion's reply rather than a nod. A small model under load answers
# «نعم، تفهم.» to everything; the bank says something that shows it listened.
MIN_CONTENT_WORDS = 3
# Normalised spellings (see care/normalize.py): alef forms folded, ta marbuta as ha.
ACKNOWLEDGEMENTS = frozenset(
    {
        *("نعم", "ايه", "ايوه", "ايوا", "اي", "اه", "اها", "هم", "م", "اوكي", "اوك", "تمام"),
        *("طيب", "زين", "اكيد", "بالطبع", "طبعا", "صح", "صحيح", "حسنا", "ماشي", "مفهوم"),
        *("فاهم", "فاهمه", "فاهمك", "فاهمج", "فاهمتك", "افهم", "افهمك", "افهمج", "فهمت"),
        *("فهمتك", "فهمك", "اعرف", "اعلم", "شكرا", "مشكور", "مشكوره", "انا", "انت", "انتي"),
        *("و", "يا", "ok", "okay", "yes", "yeah", "yep", "sure", "right", "alright", "i", "i'm"),
        *("see", "understand", "understood", "got", "it", "hmm", "mm", "oh", "ah", "of"),
        *("course", "absolutely", "exactly", "indeed", "totally", "fine", "thanks", "thank"),
        "you",
    }
)
_WORD = re.compile(r"[\w']+")


def _words(text: str) -> list[str]:
    """The normalised words of ``text``: no diacritics, punctuation or letter-form variants."""
    return [word for word in _WORD.findall(normalize(text)) if word.strip("'_")]


def content_words(text: str) -> int:
    """How many words of ``text`` say something beyond a bare acknowledgement."""
    return sum(word not in ACKNOWLEDGEMENTS for word in _words(text))


class CareReplyGuard(ReplyGuard):
    def __init__(
        self,
        *,
        user_text: str,
        language: Language,
        max_reply_chars: int,
        verified_numbers: frozenset[str],
        previous_replies: Sequence[str] = (),
    ) -> None:
        self._user = normalize(user_text)
        self._user_words = _words(user_text)
        self._language = language
        self._max_chars = max_reply_chars
        self._numbers = verified_numbers
        self._previous = [" ".join(_words(reply)) for reply in previous_replies]
        self._previous = [reply for reply in self._previous if reply]

    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        if len(reply_so_far) + len(chunk) > self._max_chars:
            return GuardVerdict(False, "too_long")
        if self._repeats_itself(f"{reply_so_far} {chunk}"):
            return GuardVerdict(False, "repeats_itself")
        return self._check_text(chunk)

    def _repeats_itself(self, reply: str) -> bool:
        """A small model often says its previous reply again, word for word, whatever was said.
        A companion that answers everything the same way is not listening: reject it.

        Judged on the start of a reply once it has a few words (so it is caught before it is
        spoken); a shorter reply only by :meth:`repeats_a_whole_reply` at its end, since two
        words in common is how people talk."""
        words = _words(reply)
        if len(words) < REPEAT_MIN_WORDS:
            return False
        text = " ".join(words)
        for previous in self._previous:
            start = previous[: len(text)]
            if SequenceMatcher(None, text, start, autojunk=False).ratio() >= REPEAT_RATIO:
                return True
        return False

    def repeats_a_whole_reply(self, reply: str) -> bool:
        """The whole of ``reply`` is one of the recent replies again (any length)."""
        text = " ".join(_words(reply))
        return any(
            SequenceMatcher(None, text, previous, autojunk=False).ratio() >= REPEAT_RATIO
            for previous in self._previous
        )

    def can_stand_alone(self, reply: str) -> bool:
        return content_words(reply) >= MIN_CONTENT_WORDS

    def check_final(self, reply: str) -> GuardVerdict:
        if len(reply) > self._max_chars:
            return GuardVerdict(False, "too_long")
        if not reply.strip():
            return GuardVerdict(False, "empty")
        verdict = self._check_text(reply)
        if not verdict.ok:
            return verdict
        if self._repeats_itself(reply) or self.repeats_a_whole_reply(reply):
            return GuardVerdict(False, "repeats_itself")
        if not self.can_stand_alone(reply):
            return GuardVerdict(False, "too_short")
        return self._check_parrot(reply)

    def _check_text(self, text: str) -> GuardVerdict:
        normalized = normalize(text)
        checks = (
            (_ENCOURAGE, "self_harm_encouragement"),
            (_METHOD, "method_or_means"),
            (_DIAGNOSIS, "diagnosis"),
            (_MEDICATION, "medication_advice"),
            (_REFUSAL, "refusal"),
            (_CLAIMS_HUMAN, "claims_to_be_human_or_clinician"),
            (_PERSONS_DEATH, "speaks_of_the_persons_death"),
            (_META, "talks_about_its_answer"),
        )
        for pattern, reason in checks:
            if pattern.search(normalized):
                return GuardVerdict(False, reason)
        for match in _PHONE_LIKE.finditer(normalized):
            digits = re.sub(r"\D", "", match.group())
            if digits.startswith("968") and len(digits) > 4:
                digits = digits[3:]
            if digits not in self._numbers:
                return GuardVerdict(False, "unverified_number")
        language = self._wrong_language(text)
        if language is not None:
            return language
        return self._check_parrot(text)

    def _wrong_language(self, text: str) -> GuardVerdict | None:
        if _FOREIGN_SCRIPT.search(text):
            return GuardVerdict(False, "wrong_script")
        arabic, latin = len(_ARABIC.findall(text)), len(_LATIN.findall(text))
        if self._language == "ar" and latin > 12 and latin > arabic:
            return GuardVerdict(False, "wrong_language")
        if self._language == "en" and arabic > 6 and arabic > latin:
            return GuardVerdict(False, "wrong_language")
        return None

    def _check_parrot(self, text: str) -> GuardVerdict:
        if self._echoes_the_person(text):
            return GuardVerdict(False, "parroting")
        reply = normalize(text)
        if len(reply.split()) < 5 or len(self._user.split()) < 5:
            return GuardVerdict(True)
        matcher = SequenceMatcher(None, self._user, reply, autojunk=False)
        longest = matcher.find_longest_match(0, len(self._user), 0, len(reply)).size
        if longest >= 0.7 * len(reply) or matcher.ratio() > 0.85:
            return GuardVerdict(False, "parroting")
        return GuardVerdict(True)

    def _echoes_the_person(self, text: str) -> bool:
        reply = _words(text)
        language = "ar" if _ARABIC.search(text) else "en"
        for start, length in _shared_runs(self._user_words, reply):
            run = reply[start : start + length]
            if length >= ECHO_ANY_WORDS[language]:
                return True
            if length >= ECHO_RUN_WORDS[language] and any(map(_is_first_person, run)):
                return True
        return False
