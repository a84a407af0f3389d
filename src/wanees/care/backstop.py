"""The fail-closed backstop: co-occurrence rules for phrasings the lexicon's rules have not met.

The rules in :mod:`wanees.care.lexicon` are exact constructions, so each new way of saying the
same thing ("أبغى أختفي عن هالعالم كله", "you won't hear from me again") is missed until someone
writes it down. The backstop looks for ingredients instead of constructions and raises a message
to MEDIUM at most (gentle C-SSRS questions, never the crisis message on its own say-so):

* ``own_death``: a death, suicide, self-harm or lethal-means root in any inflection, said by the
  speaker or with nobody else named, and not negated;
* ``distress_and_finality``: exhaustion, hopelessness or burden together with a death, leaving,
  disappearing or ending word, in the same message (any clause);
* ``means_ready``: pills, a rope or a blade collected, hidden or bought in quantity;
* ``farewell``: finality said to the listener ("ما راح تشوفوني بعد اليوم", "I'm ready to go").

It stays quiet for news and for someone else's death or suicide, for quoted songs, books and
films, and where the message laughs. Clauses arrive with fillers dropped and idioms blanked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wanees.care.lexicon import (
    ANSWERED_NO,
    ASKED_IF,
    DENIAL_LEAD,
    DENIAL_NEGATORS,
    DENIAL_THOUGHTS,
    LAUGHTER,
    LIGHT_WORDS,
    NEGATORS,
    NOT_A_NEGATION,
    ORDINARY_WILL,
)
from wanees.care.lexicon import BACKSTOP as words
from wanees.transport.protocol import RiskLevel

# The most the backstop ever says: ask, don't alarm.
BACKSTOP_LEVEL = RiskLevel.MEDIUM
# How many clauses apart distress and a word of ending may sit and still be read together.
_NEARBY_CLAUSES = 2


# «بعد ما», «قبل ما», «كل ما», «يوم ما»: "after", "before", "whenever", "the day that"; their
# ما joins a clause and negates nothing («عشان ما» does negate: "so that ... not").
_CONJUNCTIONS_WITH_MA = frozenset({"بعد", "قبل", "كل", "يوم", "وقت", "مثل", "زي", "لين"})

# «لا» then «عندي», «فيني» or «انا» answers "no" and goes on to affirm: Arabic negates these
# with «ما» or «ليس», never «لا» (a transcript drops the comma of «لا، عندي»).
_AFFIRMED_AFTER_LA = frozenset({"عندي", "فيني", "انا"})

# «ما أعلى مبنى»: ما before an elative asks which is the most ("what is the highest building"),
# it negates nothing. Not «أقوى» or «أقدر»: «ما أقوى أكمل» is "I can't go on".
_ELATIVES_AFTER_MA = frozenset(
    {"اعلي", "اطول", "ارفع", "اقرب", "اسرع", "اسهل", "اضمن", "اكثر", "اقل", "افضل", "انسب"}
)

_QUANTITIES_AFTER_MA = frozenset({"كميه", "مقدار", "عدد", "نوع", "اسم"})

# "never in my life thought of ...", "ما فكرت في حياتي ...": the phrase only stresses the negator.
_EVER_IN_MY_LIFE = re.compile(
    r"\bin (?:all )?my (?:whole |entire )?life\b|(?<!\w)(?:في|طول) (?:حياتي|عمري)(?!\w)"
)


def negated_before(clause: str, start: int) -> bool:
    """A negator among the last three words before ``start`` (light words skipped: "I'd never do
    anything to hurt myself"), unless a word of knowing follows it ("ما ادري", "I don't know")."""
    before = _EVER_IN_MY_LIFE.sub(" ", clause[:start]).split()
    if _denies_thoughts(before):
        return True
    kept = [w for w in before if w not in LIGHT_WORDS]
    window = kept[-3:]
    negator = max((i for i, word in enumerate(window) if word in NEGATORS), default=-1)
    if negator < 0:
        return False
    at = len(kept) - len(window) + negator  # the negator's place in ``kept``
    following = [*window[negator + 1 :], *clause[start:].split()[:1]]
    if window[negator] == "ما":
        if at > 0 and kept[at - 1] in _CONJUNCTIONS_WITH_MA:
            return False  # "بعد ما أسلم المشروع بأرحل": "after", not "not"
        if following and following[0].startswith("ال"):
            return False  # "ما الجرعة القاتلة؟": ما before a definite noun asks what it is
        if following and following[0] in _ELATIVES_AFTER_MA:
            return False  # "ما أعلى مبنى في مسقط؟": which is the highest
        if following and following[0] in _QUANTITIES_AFTER_MA:
            return False  # "ما كمية الأنسولين التي ...؟": what amount
    if window[negator] == "لا" and following and following[0] in _AFFIRMED_AFTER_LA:
        return False  # "لا عندي أفكار أأذي نفسي": "no, I do have", said without a comma
    return not any(w in NOT_A_NEGATION for w in window[negator + 1 :])


def asked_and_answered_no(text: str, message: str) -> bool:
    """A risk question quoted back in ``text`` («سألتيني إذا أفكر أموت», "you asked if I want to
    die") and answered no in the message («؟ لا والله», "? no"). The rules and the backstop
    both read it as a denial."""
    return bool(ASKED_IF.search(text)) and bool(ANSWERED_NO.search(message))


def _denies_thoughts(before: list[str]) -> bool:
    """ "ما عندي أي أفكار إني ...", "I've never had any thoughts of ...": read backwards from the
    act, only the words that lead to it, at least one naming thoughts or intention, then a
    negator that is not a bare "لا"/"no"."""
    lead: list[str] = []
    for word in reversed(before[-8:]):
        if word not in DENIAL_LEAD:
            return bool(lead) and word in DENIAL_NEGATORS and not DENIAL_THOUGHTS.isdisjoint(lead)
        lead.append(word)
    return False


def _own_root(clause: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``clause`` that no negator right before it cancels."""
    for match in pattern.finditer(clause):
        if not negated_before(clause, match.start()):
            return match
    return None


def backstop(clauses: Sequence[str], message: str) -> list[str]:
    """Reasons (empty when nothing fires) for raising ``message`` to :data:`BACKSTOP_LEVEL`.

    ``clauses`` are the message's clauses as the detector matched them (normalised, fillers
    dropped, idioms blanked); ``message`` is the normalised message."""
    if LAUGHTER.search(message):
        return []
    # A question quoted back and answered no («سألتيني إذا ...؟ لا») is reported speech too.
    unquoted = [
        c
        for c in clauses
        if c.strip() and not words.REPORTED.search(c) and not asked_and_answered_no(c, message)
    ]
    own = [c for c in unquoted if not words.OTHER_SUBJECT.search(c)]
    reasons: list[str] = []
    # Each class is a first-person phrasing in itself ("أخطط لإنهاء حياتي", "sleep and never
    # wake"): with nobody else named, the speaker is the one saying it.
    for name, pattern in words.CLASSES.items():
        scope = unquoted if name in words.OTHERS_IN_THE_PHRASE else own
        if not any(pattern.search(c) for c in scope):
            continue
        exception = words.CLASS_EXCEPTIONS.get(name)
        if exception is not None and exception.search(message):
            continue
        if name == "end_everything" and not (
            words.TONIGHT.search(message)
            or any(words.DISTRESS.search(c) or words.ENDING.search(c) for c in own)
        ):
            continue  # "بخلص كل شي" is as often the day's chores
        reasons.append(f"backstop:{name}")
    # Across clauses too: "goodbye, I love you all" is split at its comma. A farewell is often
    # addressed to someone ("أمي لا تزعلين علي إذا صار لي شي"): naming them does not make it theirs.
    farewell = any(words.FAREWELL.search(c) for c in [*unquoted, " ".join(unquoted)])
    if farewell and not (
        words.SEE_AGAIN.search(message)
        or ORDINARY_WILL.search(message)
        or words.GOOD_END_PRAYER.search(message)
    ):
        reasons.append("backstop:farewell")
    if not own:
        return reasons
    # "I feel like I'm dying, this flu is awful", "I cut myself shaving": not intent.
    intent = not words.NOT_INTENT.search(message)
    for i, clause in enumerate(own):
        # A death noun counts when the speaker is in its clause or a neighbouring one: in a
        # long post, "I" three sentences away is about something else.
        near_speaker = any(words.FIRST_PERSON.search(c) for c in own[max(0, i - 1) : i + 2])
        if intent and (
            _own_root(clause, words.FIRST_PERSON_DEATH)
            or (near_speaker and _own_root(clause, words.DEATH))
        ):
            reasons.append("backstop:own_death")
            break
    distress_at = [i for i, c in enumerate(own) if _own_root(c, words.DISTRESS)]
    ending_at = [
        i for i, c in enumerate(own) if _own_root(c, words.DEATH) or _own_root(c, words.ENDING)
    ]
    # Distress and an ending in the same or nearby clauses ("تعبت من كل شي، أبا أروح وما أرجع").
    if any(abs(d - e) <= _NEARBY_CLAUSES for d in distress_at for e in ending_at):
        reasons.append("backstop:distress_and_finality")
    # The verbs are the speaker's own ("جمعت", "خبيت", "I've been hoarding").
    if any(words.MEANS_READY.search(c) for c in own):
        reasons.append("backstop:means_ready")
    return reasons
