"""The deterministic risk detector: runs on every user turn before any model, in a few
milliseconds per message (``python -m wanees.care.evaluate --speed``), with no model loading.

Per clause: filler words are dropped ("just", "fucking", "والله": a rule's words may have any
run of them in between), idioms are blanked out, then every rule in :mod:`wanees.care.lexicon`
is tried. A rule preceded by a negation ("ما افكر انتحر", "I'm not going to kill myself") drops
to LOW rather than NONE - negation lowers, it never clears (fail-closed). Bare topic words
("انتحار", "suicide") are NONE when the clause is news or about someone else, LOW when nobody
is named, MEDIUM when the speaker is in it or the message is only that word. A method question
about heights becomes HIGH when the message (or the session, via ``distress_context``) carries a
loss or distress; ideation together with a time, a plan or means becomes IMMINENT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wanees.care import lexicon
from wanees.care.api import RISK_ORDER, RiskAssessment, max_level
from wanees.care.arabizi import to_arabic
from wanees.care.backstop import (
    BACKSTOP_LEVEL,
    asked_and_answered_no,
    backstop,
    negated_before,
)
from wanees.care.language import detect_language
from wanees.care.lexicon import Kind
from wanees.care.normalize import clauses, drop_fillers, normalize
from wanees.config import Language
from wanees.transport.protocol import RiskLevel

# A message this short (in words) naming suicide and nobody else is taken as the speaker's own.
_SHORT_MESSAGE = 4
# How much of a medicine: the question the embedding check reads as risk on its own.
_DOSE_QUESTION = re.compile(
    r"(?<!\w)(?:كم|جرعه|الجرعه)(?!\w)|\b(?:how many|how much|dose|dosage|kam|jur3a)\b"
)
# Reasons by which the rules understood a message as not the speaker's current risk: the
# embedding check may not raise it, and Arabizi is not re-read in Arabic script over them.
UNDERSTOOD = (
    "negated:",
    "third_person:",
    "see_you:",
    "idiom_ignored",
    "topic_third_person",
    "past_resolved",
    "ordinary_dose",
    "joking_lowered",
)
# Reasons that are not a rule understanding a phrasing.
_NOT_A_RULE = ("backstop", "topic", "idiom", "negated", "hopelessness", "see_you", "third_person")
# The "bridges" question, however it is asked (a height, "how high is it?", whether a household
# poison kills): HIGH with a loss or distress around it.
_HEIGHTS_RULES = frozenset(
    {"ar_heights", "en_heights", "fam_roof_access", "fam_poison_question", "fam_how_high_is_it"}
)
# Rules of a wish to die or to stop living: with a method question they make it HIGH.
_WISH_RULES = frozenset(r.name for r in lexicon.RULES if r.kind in {Kind.IDEATION, Kind.PASSIVE})
# Kinds that a time, a plan or means ("tonight", "I have the pills") make imminent.
_INTENT_KINDS = {Kind.IDEATION, Kind.GOODBYE, Kind.METHOD}


@dataclass(frozen=True, slots=True)
class Detection:
    assessment: RiskAssessment
    # Loss or distress words seen: a later method question is read in their light.
    distress: bool
    hopeless: bool


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _strip_idioms(clause: str) -> tuple[str, bool]:
    found = False
    for match in reversed(list(lexicon.IDIOMS.finditer(clause))):
        clause = _blank(clause, match.start(), match.end())
        found = True
    return clause, found


def _opens_with_conjunction(pattern: re.Pattern[str], matched: str) -> bool:
    """A match opening with the clitic و/ف ("وابي اموت") starts a new thought: no negation
    carries over. The letter is a clitic only if the match still holds without it ("فكرت انتحر"
    opens with the verb's own ف)."""
    text = matched.lstrip()
    return text[:1] in {"و", "ف"} and pattern.match(text[1:]) is not None


def _wanting_after_inability(clause: str, start: int, matched: str) -> bool:
    """ "ماني قادر أكمل أبي أروح عند أبوي": the negator negates being able; the wanting that
    opens the match is a verb phrase of its own."""
    first = matched.split()[:1]
    if not first or first[0] not in lexicon.DESIRE_WORDS:
        return False
    return any(word in lexicon.ABILITY for word in clause[:start].split()[-4:])


# "he'd be better off if I was dead": the speaker is in the act; the third person only gains.
_SPEAKER_IN_MATCH = re.compile(r"\b(?:i|me|myself|i'm|im)\b")


def _third_person_subject(clause: str, start: int, matched: str = "") -> bool:
    """ "he wanted to die", "my friend wants to kill herself": someone else is the subject.
    A match that opens with its own first-person subject ("my friend says I'm suicidal") is not,
    nor one with the speaker inside it: "he'd | be better off if I was dead".
    The subject is looked for before the verbs that lead to the match: "he wants to | end it
    all", "she said she's going to | end it"."""
    following = clause[start:].split()[:1]
    if following and following[0] in lexicon.EN_FIRST_SUBJECT - {"my", "me"}:
        return False
    if _SPEAKER_IN_MATCH.search(matched):
        return False
    before = clause[:start].split()
    while before and before[-1] in lexicon.EN_VERB_CHAIN:
        before.pop()
    return _someone_else_named(before[-2:])


_NOT_WANTING = re.compile(
    r"(?:^|\s)(?:ما|مب|مو|لا|don'?t|do not|never) (?:\S+ )?(?:ابا|ابي|ابغي|ابغا|اريد|want|wanna)"
    r"(?: to)?(?: \S+)?\s*$"
)


def _not_wanting_to_become(clause: str, start: int) -> bool:
    return bool(_NOT_WANTING.search(clause[:start]))


def _arabic_someone_else(clause: str, start: int, matched: str) -> bool:
    """«أمي تقول يا ليتني مت»: the words of someone named just before. «زميلتي في السكن
    حاولت الانتحار»: a verb that is "I" or "she" alike, after a woman named as its subject and
    no «أنا» before it."""
    before = clause[:start]
    if lexicon.AR_REPORTED_SPEECH.search(before):
        return True
    first = matched.split()[:1]
    if not first or first[0] not in lexicon.AR_SHE_OR_I_VERBS or lexicon.AR_I.search(before):
        return False
    # She is the subject when she opens the clause or stands right before the verb; «اسم أختي
    # على حسابي وكتبت لها» names her as an object, and «و» carries on the speaker's own verbs.
    words = before.split()
    return bool(words) and (
        bool(lexicon.AR_SHE_SUBJECT.fullmatch(words[0]))
        or bool(lexicon.AR_SHE_SUBJECT.fullmatch(words[-1]))
    )


def _topic_of_someone_else(clause: str, topic: re.Match[str]) -> bool:
    """ "my friend killed himself", "my sister is suicidal": "my" names whose, not who."""
    if re.search(r"(?:him|her|them)sel", topic.group()):
        return True
    if topic.group().lstrip("وف ").startswith("ي"):
        return True  # «يبي ينتحر»: the verb's own person is "he"
    if lexicon.ME_TOO.search(clause):
        return False
    return _someone_else_named(clause[: topic.start()].split()[-3:])


def _someone_else_named(window: list[str]) -> bool:
    """A third person among the words before a match and no "I": "my friend wants to die" ("my"
    says whose friend; the friend is the subject). "my brother's cutting again": the
    contraction's "is" belongs to the brother."""
    window = [w.removesuffix("'s") for w in window]
    return any(w in lexicon.EN_THIRD_SUBJECT for w in window) and not any(
        w in lexicon.EN_FIRST_SUBJECT - {"my", "me"} for w in window
    )


def _short_own_mention(clause: str, whole_message_words: int) -> bool:
    """Thoughts of suicide named in a short statement with nobody else, no negator and no
    question word in it. A bare "انتحار" in a few words is as often a metaphor ("انتحار سياسي")."""
    words = clause.split()
    return (
        whole_message_words <= _SHORT_MESSAGE
        and bool(lexicon.SUICIDAL_THOUGHTS.search(clause))
        and not lexicon.THIRD_PERSON.search(clause)
        and not any(w in lexicon.NEGATORS for w in words)
        and words[0] not in lexicon.QUESTION_WORDS
    )


def _near(pattern: re.Pattern[str], clause: str, position: int, words: int = 4) -> bool:
    """Whether ``pattern`` occurs within ``words`` words either side of ``position``."""
    before = clause[:position].split()[-words:]
    after = clause[position:].split()[: words + 1]
    return bool(pattern.search(" ".join([*before, *after])))


def _prepare(clause: str) -> tuple[str, bool]:
    """Fillers dropped and idioms blanked: the clause every rule and the backstop match."""
    return _strip_idioms(drop_fillers(clause, lexicon.FILLERS))


def _applies(rule: lexicon.Rule, message: str) -> bool:
    """A rule's message-wide condition: a context it needs, an ordinary look-alike it is not."""
    if rule.needs is not None and not rule.needs.search(message):
        return False
    return rule.unless is None or not rule.unless.search(message)


def _assess_clause(
    clause: str,
    had_idiom: bool,
    whole_message_words: int,
    *,
    message: str = "",
    see_you: bool = False,
) -> tuple[RiskLevel, list[str]]:
    level = RiskLevel.NONE
    reasons: list[str] = []
    acute = False
    for rule in lexicon.RULES:
        if not _applies(rule, message or clause):
            continue
        for match in rule.pattern.finditer(clause):
            joined = _opens_with_conjunction(rule.pattern, match.group())
            if see_you and rule.name in lexicon.FAREWELL_RULES:
                # "goodbye everyone, see you tomorrow": a goodbye with a tomorrow in it.
                reasons.append(f"see_you:{rule.name}")
                continue
            # Family rules read English too: "my sister is thinking of jumping" is hers.
            if (
                rule.name.startswith(("en_", "fam_"))
                and _third_person_subject(clause, match.start(), match.group())
            ) or (
                rule.name.startswith(("ar_", "fam_"))
                and _arabic_someone_else(clause, match.start(), match.group())
            ):
                reasons.append(f"third_person:{rule.name}")
                continue
            if lexicon.MEDIA.search(clause[: match.start()]):
                # "عندي assignment عن self-harm prevention": a study or a film about it.
                reasons.append(f"topic_media:{rule.name}")
                continue
            if rule.name.endswith("_burden") and _not_wanting_to_become(clause, match.start()):
                # «ما أبا أصير عبء على عيالي», "I don't want to be a burden": neither a risk
                # said nor one denied; the rest of the message, and the learned check, decide.
                continue
            if (
                not rule.self_negating
                and not joined
                and not _wanting_after_inability(clause, match.start(), match.group())
                and (
                    negated_before(clause, match.start())
                    or asked_and_answered_no(clause[: match.start()], message)
                )
            ):
                level = max_level(level, RiskLevel.LOW)
                reasons.append(f"negated:{rule.name}")
                continue
            level = max_level(level, rule.level)
            reasons.append(rule.name)
            acute = acute or (rule.kind in _INTENT_KINDS and rule.timed)
            break
    if not reasons:
        topic = (
            lexicon.AR_TOPIC.search(clause)
            or lexicon.EN_TOPIC.search(clause)
            or lexicon.ZI_TOPIC.search(clause)
        )
        if topic is not None:
            if negated_before(clause, topic.start()):
                level, reason = RiskLevel.LOW, "negated:topic"
            elif _topic_of_someone_else(clause, topic):
                level, reason = RiskLevel.NONE, "topic_third_person_or_news"
            elif lexicon.MEDIA.search(clause[: topic.start()]):
                # "شفت مسلسل عن الانتحار وأثر فيني": watching or reading about it is topic talk.
                level, reason = RiskLevel.NONE, "topic_media"
            elif _near(lexicon.FIRST_PERSON, clause, topic.start()) or whole_message_words <= 1:
                level, reason = RiskLevel.MEDIUM, "topic_first_person"
            elif _short_own_mention(clause, whole_message_words):
                # "suicidal thoughts again", "افكار انتحاريه": said to a companion in a few
                # words with nobody else in them, the thoughts are the speaker's own.
                level, reason = RiskLevel.MEDIUM, "topic_short_message"
            elif lexicon.THIRD_PERSON.search(clause):
                level, reason = RiskLevel.NONE, "topic_third_person_or_news"
            else:
                level, reason = RiskLevel.LOW, "topic_unclear_person"
            reasons.append(reason)
    if acute and lexicon.IMMINENCE.search(clause):
        level = max_level(level, RiskLevel.IMMINENT)
        reasons.append("imminence")
    if had_idiom and not reasons:
        reasons.append("idiom_ignored")
    return level, reasons


def assess(
    text: str,
    *,
    language: Language | None = None,
    distress_context: bool = False,
) -> Detection:
    """Assess one user message. ``distress_context``: loss or distress earlier in the session."""
    lang = language or detect_language(text)
    found = _detect(text, lang, distress_context)
    if any(reason.startswith(UNDERSTOOD) for reason in found.assessment.reasons):
        return found
    # Latin-letter Arabic is read again in Arabic script by the Arabic rules, which cover far
    # more phrasings than the Arabizi lexicon ("wain a6wal jisr ... ma 3ad fini 7eel").
    # ``to_arabic`` returns anything that is not Arabizi unchanged.
    arabic = to_arabic(text)
    if arabic == text:
        return found
    script = _detect(arabic, lang, distress_context)
    mine, theirs = found.assessment, script.assessment
    # Only a rule that understood a phrasing counts: the fail-closed backstop and the topic
    # words have already read the message as written, and a transliteration can lose an
    # idiom's shape ("bamoot mn el jo3").
    if RISK_ORDER[theirs.level] <= RISK_ORDER[mine.level] or not any(
        not reason.startswith(_NOT_A_RULE) for reason in theirs.reasons
    ):
        return found
    reasons = (*mine.reasons, *(f"arabizi_script:{reason}" for reason in theirs.reasons))
    return Detection(
        RiskAssessment(theirs.level, tuple(dict.fromkeys(reasons)), lang),
        found.distress or script.distress,
        found.hopeless or script.hopeless,
    )


def _detect(text: str, lang: Language, distress_context: bool) -> Detection:
    normalized = normalize(text)
    if not normalized:
        return Detection(RiskAssessment(RiskLevel.NONE, (), lang), False, False)
    words = len(normalized.split())
    level = RiskLevel.NONE
    reasons: list[str] = []
    see_you = bool(lexicon.SEE_YOU.search(normalized))
    raw_clauses = clauses(normalized)
    prepared = [_prepare(clause) for clause in raw_clauses]
    last_risky = -1  # the last clause a rule read as risk: a recovery must come after it
    for index, (clause, had_idiom) in enumerate(prepared):
        clause_level, clause_reasons = _assess_clause(
            clause, had_idiom, words, message=normalized, see_you=see_you
        )
        level = max_level(level, clause_level)
        reasons += clause_reasons
        if RISK_ORDER[clause_level] >= RISK_ORDER[RiskLevel.MEDIUM]:
            last_risky = index
    if not see_you and lexicon.FAREWELL.search(normalized):
        # "I'm sorry for everything, goodbye": the two halves sit in different clauses.
        level = max_level(level, RiskLevel.HIGH)
        reasons.append("farewell")
    distress = bool(lexicon.DISTRESS.search(normalized))
    hopeless = bool(lexicon.HOPELESSNESS.search(normalized))
    asked_heights = any(reason in _HEIGHTS_RULES for reason in reasons)
    # A death in the family is a loss too: "since my wife died I look for the tallest building".
    bereaved = bool(lexicon.DEATH_OF_ANOTHER.search(normalized))
    # A wish to die or to stop living in the message is distress too ("أطول جسر؟ تعبت من حياتي").
    wished = any(reason in _WISH_RULES for reason in reasons)
    if asked_heights and (distress or hopeless or distress_context or bereaved or wished):
        level = max_level(level, RiskLevel.HIGH)
        reasons.append("heights_after_distress")
    elif asked_heights and lexicon.ALONE.search(normalized):
        level = max_level(level, RiskLevel.MEDIUM)
        reasons.append("heights_alone")
    acute_reasons = [r for r in reasons if not r.startswith(("negated", "topic", "idiom"))]
    if acute_reasons and level is RiskLevel.HIGH and lexicon.LAUGHTER.search(text):
        # "lol I want to die": probably hyperbole, but ask rather than ignore it.
        level = RiskLevel.MEDIUM
        reasons.append("laughter_lowered")
        if lexicon.JOKING.search(normalized):
            level = RiskLevel.LOW
            reasons.append("joking_lowered")
    elif acute_reasons and level is RiskLevel.HIGH and _joke_said(normalized):
        # "أمزح طبعاً، لا تخافون", "I was kidding when I said I'd jump": said outright.
        level = RiskLevel.LOW
        reasons.append("joking_lowered")
    # A joke the rules lowered is not sent back up by the backstop's ingredients.
    if RISK_ORDER[level] < RISK_ORDER[BACKSTOP_LEVEL] and "joking_lowered" not in reasons:
        # Fail-closed: ingredients of risk that no rule's construction covered still ask.
        caught = backstop([clause for clause, _ in prepared], normalized)
        if caught:
            level = BACKSTOP_LEVEL
            reasons += caught
    if _past_and_resolved(normalized, level, raw_clauses, prepared, last_risky):
        level = RiskLevel.LOW
        reasons.append("past_resolved")
    if level is RiskLevel.NONE and hopeless:
        level = RiskLevel.LOW
        reasons.append("hopelessness")
    if level is RiskLevel.NONE and not distress and _ordinary_dose(normalized):
        reasons.append("ordinary_dose")
    return Detection(RiskAssessment(level, tuple(dict.fromkeys(reasons)), lang), distress, hopeless)


def _joke_said(message: str) -> bool:
    """ "أمزح", "I was kidding" said outright, with no negator before it ("مو قاعد أمزح")."""
    return any(
        not negated_before(message, match.start()) for match in lexicon.JOKE_SAID.finditer(message)
    )


def _ordinary_dose(message: str) -> bool:
    """A dose or "how many pills" asked for a child or an everyday illness."""
    return bool(lexicon.ORDINARY_DOSE.search(message)) and bool(_DOSE_QUESTION.search(message))


def _past_and_resolved(
    message: str,
    level: RiskLevel,
    raw_clauses: list[str],
    prepared: list[tuple[str, bool]],
    last_risky: int,
) -> bool:
    """Risk told as a past that is over: a past frame, then a recovery after the last risk the
    rules or the backstop read ("years ago I tried to end it, today I'm stable"), not negated
    ("ما تعافيت"), and nothing saying it is back. A recovery before the risk is the good time
    that ended ("years ago I was doing great, but these days I wish I was dead")."""
    if not (
        RISK_ORDER[RiskLevel.MEDIUM] <= RISK_ORDER[level] <= RISK_ORDER[RiskLevel.HIGH]
        and lexicon.PAST_FRAME.search(message)
        and not lexicon.RECURRENCE.search(message)
    ):
        return False
    last = max(
        [last_risky, *(i for i, (clause, _) in enumerate(prepared) if backstop([clause], message))]
    )
    if last < 0:
        return False
    if any(_recovered(clause) for clause in raw_clauses[last + 1 :]):
        return True
    now = lexicon.NOW_THEN.search(raw_clauses[last])  # "... and now I'm fine", one clause
    return now is not None and _recovered(raw_clauses[last][now.end() :])


def _recovered(text: str) -> bool:
    return any(
        not negated_before(text, match.start()) for match in lexicon.RECOVERED.finditer(text)
    )
