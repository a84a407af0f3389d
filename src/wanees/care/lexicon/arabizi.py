"""Arabizi rules: Arabic in Latin letters, digits for sounds ("abi amoot", "2nte7ar"), and
digit-free spellings ("wadi amoot").
"""

# Long alternations of words read better unbroken, and word lists as one string:
# ruff: noqa: E501
from __future__ import annotations

from wanees.care.lexicon.shared import Kind, Rule
from wanees.care.lexicon.shared import rx as _re
from wanees.transport.protocol import RiskLevel

# ------------------------------------------------------------------------ Arabizi building blocks

ZI_DESIRE = (
    r"wadi|waddi|wddi|wdy|wadd?y|nafsi|abi|abee|aby|abii|aba|abaa|abah|abgha|abgh|abga|ab8a|ab8i|ab8y|abghi|abgi|abi2|wedi|widdi|"
    r"weddi|wdi|odi|areed|arid|ariid|nawi|naawi|nawy|afakir|afakker|afaker|afkr|afkar|bfakr|"
    r"bafakir|bdi|biddi|badi|ba7awel|a7awel|7awalt|gararat|qararat|8arart"
)
ZI_FILL = r"(?:\s+(?:wallah|wallahi|walla|khalas|5alas|bs|bas|ani|ana|ini|in|an|law|lo|ya ?rab+))*"
ZI_DIE = r"(?:2|a)?mo+u?t|amo0t|mot|mout|el ?mawt|al ?mawt|al ?moot|el ?moot"
ZI_SUICIDE = r"(?:b|ba|a)?2n+t[aei]{1,2}r|(?:b|a|e|i|2|ba)?n+t[aei]?[7h][aei]{0,2}r|intihar|entihar"
# The speaker's own verb ("anta7er", "banta7ir", "2nta7ar"); the noun "el inti7ar" alone is topic
# talk (context.ZI_TOPIC), as is the past "ante7ar", judged like "الانتحار".
# "ante7ar" ends like the past "he did" (inta7ar): only the -er/-ir present is the speaker's.
ZI_SUICIDE_VERB = (
    r"(?:b|ba|a|2|sa|ra7 ?a|r7 ?a)n+t[aei]?[7h][ei]r|(?:b|ba|a)?2n+t[aei]{1,2}r|"
    # "2nte7ar": the 2 is the first person's hamza ("2nti7ar" with ti is the noun).
    r"(?:b|ba)?2n+t[ae][7h][aei]r"
)
ZI_TO_SUICIDE = r"(?:\s+(?:fi|fil|bil|b|bel|3n|3an|el|al|il))?"
ZI_SELF = r"7yati|hayati|el ?dinya|al ?donya|nafsi|nfsi|nafsy|nafse|nefsi|ro7i|roo7i|rou7i|rohi|roohi|roo7y|ro7y|7ali|7yati|7ayati"
ZI_KILL = (
    r"(?:a|b|ba)?(?:8|q|g|k|9)[ae]?t[ae]?l|(?:a|b|ba)?(?:5|kh)a?l+[ae]?s (?:3la|3ala|ala|mn|min|men)|"
    r"(?:a|b|ba)?shn[ae]?g|(?:a|b|ba)?nhi|(?:a|b|ba)?ajra7|(?:a|b|ba)?jr[ae]?[7h]|"
    r"(?:a|b|ba)?(?:2|')?(?:th|z|dh)i"
)
ZI_NEG = r"ma|mb|mo|mu|mub|mob|mish|mesh|la"
ZI_LIVE = r"a?3?[ei]{1,3}[sc]h|a?3?ai?sh|a?3?ish|a?3?eesh"


def _rules() -> list[Rule]:
    high, medium = RiskLevel.HIGH, RiskLevel.MEDIUM
    return [
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
            _re(
                rf"\b(?:{ZI_DESIRE}){ZI_FILL}{ZI_TO_SUICIDE}\s+(?:{ZI_SUICIDE})\b|"
                rf"\b(?:{ZI_SUICIDE_VERB})\b"
            ),
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
                r"(?:lil ?abad|l ?abad|mn el ?dinya|min ad ?dinya)(?! (?:shway|shwai|shwaya|shwy|kam|yomain|weekend|ayam|esbo3|fatra)))|"
                r"\b(?:allah|ya ?rab+|ya ?rb)\s+(?:ya5thni|ya5ithni|yakhithni|yakhethni|"
                r"ta5thni|takhethni|t5thni|takhithni|tekhithni|a5thni|5thni|khathni|(?:2|a)?mo+u?t)\b|\blaitni (?:mayt|mait|mayit|ma "
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


RULES: tuple[Rule, ...] = tuple(_rules())
