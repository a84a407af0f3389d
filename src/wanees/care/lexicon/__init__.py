"""Risk lexicons, one module per language variety, written against normalised text.

* :mod:`.ar` Gulf/Omani and MSA Arabic, :mod:`.en` English, :mod:`.arabizi` Arabizi,
  :mod:`.mixed` code-switched rules; :mod:`.families` indirect families written once across all
  varieties;
* :mod:`.context` idioms, news and third person, negators, fillers and the other patterns the
  detector reads around a rule;
* :mod:`.backstop` the word classes of the fail-closed backstop (:mod:`wanees.care.backstop`);
* :mod:`.shared` the rule record and the pattern helpers.

Each rule is a first-person construction; bare topic words ("انتحار", "suicide") are judged by
their clause (news or a third-person subject -> none, otherwise low or medium: fail-closed).
"""

from __future__ import annotations

from wanees.care.lexicon import ar, arabizi, en, families, mixed
from wanees.care.lexicon import backstop as BACKSTOP
from wanees.care.lexicon.ar import ORDINARY_WILL
from wanees.care.lexicon.context import (
    ABILITY,
    ALONE,
    ANSWERED_NO,
    AR_I,
    AR_REPORTED_SPEECH,
    AR_SHE_OR_I_VERBS,
    AR_SHE_SUBJECT,
    AR_TOPIC,
    ASKED_IF,
    DENIAL_LEAD,
    DENIAL_NEGATORS,
    DENIAL_THOUGHTS,
    DESIRE_WORDS,
    DISTRESS,
    EN_FIRST_SUBJECT,
    EN_THIRD_SUBJECT,
    EN_TOPIC,
    EN_VERB_CHAIN,
    FAREWELL,
    FAREWELL_RULES,
    FILLERS,
    FIRST_PERSON,
    HOPELESSNESS,
    IDIOMS,
    IMMINENCE,
    JOKE_SAID,
    JOKING,
    LAUGHTER,
    LIGHT_WORDS,
    ME_TOO,
    MEDIA,
    NEGATORS,
    NOT_A_NEGATION,
    NOW_THEN,
    ORDINARY_DOSE,
    PAST_FRAME,
    QUESTION_WORDS,
    RECOVERED,
    RECURRENCE,
    SEE_YOU,
    SUICIDAL_THOUGHTS,
    TEMPORARY,
    THIRD_PERSON,
    ZI_TOPIC,
)
from wanees.care.lexicon.shared import Kind, Rule

# The order is the one the detector tries them in (it decides the order of reasons only).
DEATH_OF_ANOTHER = families.DEATH_OF_ANOTHER
RULES: tuple[Rule, ...] = ar.RULES + mixed.RULES + en.RULES + arabizi.RULES + families.RULES

__all__ = [
    "ABILITY",
    "ALONE",
    "ANSWERED_NO",
    "AR_I",
    "AR_REPORTED_SPEECH",
    "AR_SHE_OR_I_VERBS",
    "AR_SHE_SUBJECT",
    "AR_TOPIC",
    "ASKED_IF",
    "BACKSTOP",
    "DEATH_OF_ANOTHER",
    "DENIAL_LEAD",
    "DENIAL_NEGATORS",
    "DENIAL_THOUGHTS",
    "DESIRE_WORDS",
    "DISTRESS",
    "EN_FIRST_SUBJECT",
    "EN_THIRD_SUBJECT",
    "EN_TOPIC",
    "EN_VERB_CHAIN",
    "FAREWELL",
    "FAREWELL_RULES",
    "FILLERS",
    "FIRST_PERSON",
    "HOPELESSNESS",
    "IDIOMS",
    "IMMINENCE",
    "JOKE_SAID",
    "JOKING",
    "LAUGHTER",
    "LIGHT_WORDS",
    "MEDIA",
    "ME_TOO",
    "NEGATORS",
    "NOT_A_NEGATION",
    "NOW_THEN",
    "ORDINARY_DOSE",
    "ORDINARY_WILL",
    "PAST_FRAME",
    "QUESTION_WORDS",
    "RECOVERED",
    "RECURRENCE",
    "RULES",
    "SEE_YOU",
    "SUICIDAL_THOUGHTS",
    "TEMPORARY",
    "THIRD_PERSON",
    "ZI_TOPIC",
    "Kind",
    "Rule",
]
