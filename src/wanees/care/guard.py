"""The reply guard: every generated clause is checked before it is spoken.

Fail-closed: anything that looks like method information, a diagnosis or medication advice,
encouragement of self-harm, a refusal, a phone number that is not verified, drifting into
another language or script, parroting the user, or running on too long is rejected, and the
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
    r"(?:اعتذر|اسف|اسفه|عذرا|متاسف|متاسفه)[^.!?؟]{0,30}(?:لا استطيع|لا يمكنني|لا اقدر|ما اقدر|"
    r"ما اگدر|ما اقدرش|لست قادر)|"
    r"لا (?:استطيع|يمكنني) (?:توصيل|مساعد|المساعد|الرد|الاجابه|التحدث|مناقشه|تقديم)|"
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
    r"do it tonight|hurt yourself|cut yourself)\b|(?<!\w)(?:انتحر|اقتل نفسك|اقتل روحك|موت|"
    r"انهي حياتك|اذي نفسك|اجرح نفسك|محد بيفقدك|ما حد بيفقدك|احسن لك تموت)(?!\w)"
)
_CLAIMS_HUMAN = _re(
    r"\bi(?:'m| am) (?:a |your )?(?:doctor|therapist|psychologist|psychiatrist|human|real person|"
    r"nurse)\b|(?<!\w)انا (?:دكتور|دكتوره|طبيب|طبيبه|معالج|معالجه|انسان|اخصايي|اخصائي)(?!\w)"
)
_PHONE_LIKE = re.compile(r"\+?\d[\d\s-]{2,}\d")


# A reply whose first words match the start of a recent reply this closely repeats it.
REPEAT_MIN_WORDS = 3
REPEAT_RATIO = 0.85


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
        self._language = language
        self._max_chars = max_reply_chars
        self._numbers = verified_numbers
        self._previous = [normalize(reply) for reply in previous_replies if reply.strip()]

    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        if len(reply_so_far) + len(chunk) > self._max_chars:
            return GuardVerdict(False, "too_long")
        if self._repeats_itself(f"{reply_so_far} {chunk}"):
            return GuardVerdict(False, "repeats_itself")
        return self._check_text(chunk)

    def _repeats_itself(self, reply: str) -> bool:
        """A small model often says its previous reply again, word for word, whatever was said.
        A companion that answers everything the same way is not listening: reject it."""
        text = normalize(reply)
        if len(text.split()) < REPEAT_MIN_WORDS:
            return False
        for previous in self._previous:
            start = previous[: len(text)]
            if SequenceMatcher(None, text, start, autojunk=False).ratio() >= REPEAT_RATIO:
                return True
        return False

    def check_final(self, reply: str) -> GuardVerdict:
        if len(reply) > self._max_chars:
            return GuardVerdict(False, "too_long")
        if not reply.strip():
            return GuardVerdict(False, "empty")
        verdict = self._check_text(reply)
        if not verdict.ok:
            return verdict
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
        reply = normalize(text)
        if len(reply.split()) < 5 or len(self._user.split()) < 5:
            return GuardVerdict(True)
        matcher = SequenceMatcher(None, self._user, reply, autojunk=False)
        longest = matcher.find_longest_match(0, len(self._user), 0, len(reply)).size
        if longest >= 0.7 * len(reply) or matcher.ratio() > 0.85:
            return GuardVerdict(False, "parroting")
        return GuardVerdict(True)
