"""Arabizi (Arabic typed in Latin letters and digits) to Arabic script, for the crisis detector.

A sentence embedding knows Arabic far better than Arabizi, so "ta3abt mn 7yati" is rewritten to
"تعبت من حياتي" before it is embedded. The output is what a Gulf writer would most likely mean,
not a reversible transliteration: short vowels are dropped as in ordinary Arabic spelling and
long ones become letters. English words are left alone, in English lines and inside mixed ones.

    looks_like_arabizi(text) -> bool   does this line contain Arabizi (not just English)?
    to_arabic(text) -> str             the line with its Arabizi words in Arabic script

Gulf conventions are used where writers differ: 9 = ص (Gulf "9ert" صرت, "wa9alt" وصلت), 8 = ق
(a handful of frequent غ words such as "ab8a" are in the dictionary), g = ق ("galbi" قلبي) and
ch = ك (the Gulf چ of "bachir", "abchi"; Levantine writers mean ش, but not in this dialect).
"""

from __future__ import annotations

import re
from functools import lru_cache


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- Recognising Arabizi --------------------------------------------------------------------------

# A Latin word, digits allowed anywhere and an apostrophe only inside it (7'ali, mit'9ayeg). Digit
# runs without letters do not match: numbers ("3 days", "9999") are never rewritten.
_WORD = re.compile(r"(?:[A-Za-z0-9]+(?:'(?=[A-Za-z0-9]))?)+")
_HAS_LETTER = re.compile(r"[A-Za-z]")
# Digits that stand for Arabic sounds (0, 1 and 4 do not).
_SOUND_DIGIT = re.compile(r"[235-9]")
# Numbers with English units or ordinals: 3rd, 2pm, 5mg, 10km, 3days.
_NUMBER_WITH_UNIT = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|s|k|m|h|hr|hrs|min|mins|sec|kg|km|g|mg|ml|cm|mm|gb|mb|x|d|yo|yr|"
    r"yrs|day|days|week|weeks|hours?|years?)$"
)
_ENGLISH_WITH_DIGITS = _word_set(
    "mp3 mp4 ps4 ps5 b2b p2p h2o co2 2d 3d 4g 5g 4k 8k covid19 g2g a4 2day 2morrow 2moro 2nite "
    "2night gr8 l8r l8 m8 h8 w8 2gether 2go b4 4u"
)
# Frequent English words that Arabizi writers do not use for Arabic words. Short Arabizi words
# that happen to be English too ("ma", "la", "bas", "hal", "min", "man", "fi") are left out on
# purpose: in an Arabizi line they are Arabic.
_ENGLISH = _word_set(
    """
    i i'm im i've ive i'd i'll me my mine myself you you're youre your yours yourself he him his
    she her hers it it's its they them their we us our this that these those there here what
    when where why how who which whom whose the an and or but if so than then too very just
    really not no yes yeah ok okay please thanks thank sorry to of for from with without about at
    on in into by as up down out over under again all any some every each more most much many
    few other such only own same can can't cant could couldn't will won't would wouldn't should
    shouldn't must may might do does did don't dont doesn't didn't is are was were be been being
    am have has having haven't isn't aren't wasn't weren't get got getting go going gone went come
    want wanna gonna gotta need know think feel feeling felt like love hate tired sad alone lonely
    anymore anyone anything everyone everything nothing nobody someone something life live living
    die dying dead death kill killing suicide suicidal hurt hurting pain end ending myself help
    hope hopeless worthless tonight today tomorrow yesterday now always never still already
    work job school home family friend friends mom dad people time day night week year bad good
    better worse sleep stop keep make made let take say said tell told see saw look give lost
    because cause since while until before after maybe sure well also even though ever
    hello hey bye bro sis lol omg idk tbh pls plz u ur r im okay fine happy angry scared afraid
    anxious depressed stressed exam exams boss car phone video game games
    """
)
_ENGLISH_ENDINGS = re.compile(r"(?:ing|tion|sion|ness|ful|ous|ment|ly)$")
# Letters Arabizi hardly uses: p, v, x, and c other than in "ch".
_ENGLISH_LETTERS = re.compile(r"[pvx]|c(?!h)")

# Frequent Gulf/Omani words whose spelling rules would get wrong, or that matter most for risk
# (wanting, dying, being tired, life). Also the surest signs that a line is Arabizi.
_DICTIONARY: dict[str, str] = {
    "abi": "ابي", "abee": "ابي", "aby": "ابي", "abgha": "ابغى", "abga": "ابغى", "ab8a": "ابغى",
    "abghi": "ابغي", "mabi": "مابي", "mabee": "مابي", "mab8a": "مابغى", "mabgha": "مابغى",
    "yabi": "يبي", "tabi": "تبي",
    "amoot": "اموت", "amout": "اموت", "amut": "اموت", "amot": "اموت", "2moot": "اموت",
    "2mout": "اموت", "bamoot": "بموت", "bamot": "بموت", "moot": "موت", "mout": "موت",
    "mot": "موت", "mawt": "موت", "maut": "موت",
    "ante7ar": "انتحر", "anti7ar": "انتحر", "antaher": "انتحر", "antiher": "انتحر",
    "antahir": "انتحر", "bante7ar": "بنتحر", "banti7ar": "بنتحر", "bantaher": "بنتحر",
    "ma3ad": "ماعاد", "ma3d": "ماعاد", "mafi": "مافي", "ma3indi": "ماعندي", "ma3ndi": "ماعندي",
    "ana": "انا", "wana": "وانا", "enta": "انت", "inta": "انت", "ente": "انت", "inti": "انتي",
    "enti": "انتي", "huwa": "هو", "howa": "هو", "hiya": "هي", "heya": "هي",
    "hatha": "هذا", "hathi": "هذي", "elli": "اللي", "illi": "اللي",
    "3la": "على", "3ala": "على", "ma3": "مع", "ma3a": "مع", "m3": "مع", "3n": "عن", "3an": "عن",
    "mn": "من", "min": "من", "fi": "في", "li": "لي", "ba3d": "بعد", "ba3ad": "بعد",
    "ba3dain": "بعدين", "ma": "ما", "la": "لا", "ya": "يا", "bas": "بس", "kil": "كل",
    "kol": "كل", "kul": "كل", "ee": "اي", "aywa": "ايوه", "shu": "شو", "laish": "ليش",
    "leish": "ليش", "lesh": "ليش", "3ashan": "عشان", "3shan": "عشان", "ashan": "عشان",
    "ya3ni": "يعني", "wallah": "والله", "wallahi": "والله", "walla": "والله",
    "inshallah": "ان شاء الله", "inshalla": "ان شاء الله", "mashallah": "ما شاء الله",
    "alhamdulillah": "الحمدلله", "el7amdillah": "الحمدلله", "al7amdulillah": "الحمدلله",
    "allah": "الله", "yarab": "يارب", "yarabb": "يارب", "khalas": "خلاص", "5alas": "خلاص",
    "khalaas": "خلاص", "zain": "زين", "zein": "زين", "wayed": "وايد", "wayid": "وايد",
    "7ayat": "حياة", "7aya": "حياة", "dunya": "دنيا", "donya": "دنيا", "dinya": "دنيا",
    "ro7i": "روحي", "roo7i": "روحي", "ru7i": "روحي", "nafsi": "نفسي",
    "yom": "يوم", "youm": "يوم", "yoom": "يوم", "elyom": "اليوم", "elyoum": "اليوم",
    "alyoom": "اليوم", "al7een": "الحين", "al7in": "الحين", "el7een": "الحين",
    "el7in": "الحين", "tawa": "تو", "bachir": "باكر",
    "bacher": "باكر", "bukra": "بكرة", "bokra": "بكرة", "ta3ban": "تعبان", "taban": "تعبان",
    "ta3bana": "تعبانة", "wa7ed": "واحد", "wa7id": "واحد", "ra7a": "راحة", "nom": "نوم",
    "hal": "هال", "7yati": "حياتي", "7yatee": "حياتي", "7yat": "حياة", "shlonk": "شلونك",
    "shlonak": "شلونك", "shlonich": "شلونك", "itha": "اذا", "etha": "اذا", "aathi": "اذي",
    "athi": "اذي", "a2thi": "اذي", "wadi": "ودي", "waddi": "ودي", "wdi": "ودي", "abad": "ابد",
    "alam": "الم", "amal": "امل", "a7ad": "احد", "3ad": "عاد", "fini": "فيني", "fiini": "فيني",
    "feeni": "فيني", "habibi": "حبيبي", "arta7": "ارتاح", "as7a": "اصحى",
    "ba8a": "بقى", "ma7ad": "ماحد",
    # Round 10: "about him/her/me" (spelling rules give «عاله», "a burden").
    "3aleh": "عليه", "3alaih": "عليه", "3laih": "عليه", "3lih": "عليه", "3leh": "عليه",
    "3aleha": "عليها", "3alaiha": "عليها", "3laiha": "عليها", "3leha": "عليها",
    "3alay": "علي", "3alai": "علي", "3lay": "علي",
}  # fmt: skip

# Short Arabizi words that are also English words, names or abbreviations: on their own they do
# not make a line Arabizi ("see ya", "Ana is here", "nom nom"), two of them together do ("mallait
# mn el bait").
_WEAK_SIGNS = _word_set(
    "ana ma la ya w b el al il fi mn min bas hal kil kol kul ams ee aw wa bi li l lel bel rab rabi "
    "mu nom mot amal alam abad a7ad"
)
_STRONG_SIGNS = (frozenset(_DICTIONARY) - _WEAK_SIGNS) | _word_set(
    "abgi mub msh mish habibi shlonk shlonak shlonich wain wein ashoof a3eesh hayati "
    "tayeb bukra fiini feeni ahli ummi ukhti abooy sadeeg chithi kitha shway shwai shwaya "
    "shay el7een dawam adri leela abchi galbi maksoor zahgan khayef khayfa akhaf ta3bt ta3abt "
    "malait mallait kraht akhtifi artaah artah akamil akamel"
)


def _is_english_token(word: str) -> bool:
    if word in _ENGLISH or word in _ENGLISH_WITH_DIGITS or _NUMBER_WITH_UNIT.match(word):
        return True
    return not _SOUND_DIGIT.search(word) and (
        bool(_ENGLISH_ENDINGS.search(word)) or bool(_ENGLISH_LETTERS.search(word))
    )


def _is_strong_sign(word: str) -> bool:
    if word in _STRONG_SIGNS:
        return True
    # A sound digit inside a word with letters (7yati, ta3bt, 2nte7ar), unless it is a number with
    # a unit (3rd, 2pm) or a known English spelling with digits (mp3, gr8).
    return bool(_SOUND_DIGIT.search(word)) and not _is_english_token(word)


def _latin_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if _HAS_LETTER.search(w)]


def looks_like_arabizi(text: str) -> bool:
    """True when the Latin words of ``text`` include Arabizi; False for English-only lines, Arabic
    script and empty text. Mixed lines ("I wanna amoot") are Arabizi."""
    words = _latin_words(text)
    if any(_is_strong_sign(word) for word in words):
        return True
    weak = sum(1 for word in words if word in _WEAK_SIGNS)
    english = sum(1 for word in words if _is_english_token(word))
    return weak >= 2 and weak > english


# --- Spelling rules -------------------------------------------------------------------------------

# Consonants, longest first. Digits follow the common Gulf use (see the module docstring).
_CONSONANTS: tuple[tuple[str, str], ...] = (
    ("th'", "ذ"), ("3'", "غ"), ("'3", "غ"), ("7'", "خ"), ("'7", "خ"), ("9'", "ض"), ("'9", "ض"),
    ("6'", "ظ"), ("'6", "ظ"), ("sh", "ش"), ("ch", "ك"), ("kh", "خ"), ("gh", "غ"), ("th", "ث"),
    ("dh", "ذ"), ("ph", "ف"),
    ("2", "ء"), ("3", "ع"), ("5", "خ"), ("6", "ط"), ("7", "ح"), ("8", "ق"), ("9", "ص"),
    ("b", "ب"), ("c", "ك"), ("d", "د"), ("f", "ف"), ("g", "ق"), ("h", "ه"), ("j", "ج"),
    ("k", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("p", "ب"), ("q", "ق"), ("r", "ر"),
    ("s", "س"), ("t", "ت"), ("v", "ف"), ("w", "و"), ("x", "كس"), ("y", "ي"), ("z", "ز"),
)  # fmt: skip
# Long vowels and diphthongs: always written. "ay"/"aw" only count when no vowel follows (in
# "sayara" the y starts the next syllable).
_LONG_VOWELS: tuple[tuple[str, str], ...] = (
    ("aa", "ا"), ("ee", "ي"), ("ii", "ي"), ("ei", "ي"), ("ai", "ي"), ("oo", "و"), ("ou", "و"),
    ("uu", "و"),
)  # fmt: skip
_VOWELS = "aeiou"
_SHORT_AT_END = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}
_LONG_A = "ا"
_REPEATS = re.compile(r"(.)\1{2,}")
# Standalone words that Arabic writes joined to the next word: "w ana" وانا, "el yom" اليوم.
_PREFIXES: dict[str, str] = {
    "w": "و", "wa": "و", "b": "ب", "bi": "ب", "l": "ل", "el": "ال", "al": "ال", "il": "ال",
    "lel": "لل", "lil": "لل", "bel": "بال", "bil": "بال", "wel": "وال", "wil": "وال",
    "hal": "هال",
}  # fmt: skip
_ARTICLE = re.compile(r"^(el|al|il|lel|lil)([^aeiou\W].{2,})$")


def _units(word: str) -> list[tuple[str, str]]:
    """Split a lower-case word into (kind, value) units: ("C", arabic letter), ("V", short vowel
    letter) or ("L", arabic long vowel)."""
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        rest = word[i:]
        long_vowel = next(((lat, ar) for lat, ar in _LONG_VOWELS if rest.startswith(lat)), None)
        if long_vowel:
            units.append(("L", long_vowel[1]))
            i += len(long_vowel[0])
            continue
        if rest[:2] in ("ay", "aw") and (len(rest) == 2 or rest[2] not in _VOWELS + rest[1]):
            units.append(("L", "ي" if rest[1] == "y" else "و"))
            i += 2
            continue
        if rest[0] in _VOWELS:
            units.append(("V", rest[0]))
            i += 1
            continue
        consonant = next(((lat, ar) for lat, ar in _CONSONANTS if rest.startswith(lat)), None)
        if consonant:
            units.append(("C", consonant[1]))
            i += len(consonant[0])
        else:
            i += 1  # a stray apostrophe
    return units


def _hamza(units: list[tuple[str, str]], at: int) -> str:
    """The written form of a glottal stop (2) from its neighbouring vowels."""
    if at == len(units) - 1:
        return "ء"
    neighbours = {value for kind, value in units[max(at - 1, 0) : at + 2] if kind != "C"}
    if neighbours & {"i", "e", "ي"}:
        return "ئ"
    if neighbours & {"o", "u", "و"}:
        return "ؤ"
    return "أ" if neighbours else "ء"


def _short_vowel(units: list[tuple[str, str]], at: int, vowel: str) -> str:
    """Whether a single vowel letter is written: Arabic writes long vowels and drops short ones.
    Without a dictionary the syllable is the best guide. A single i, e, o or u inside a word is
    short (writers type "ee" and "oo" for the long ones) except in the verb and adjective ending
    -on (يحبون, مجنون). A single "a" is short before two consonants or a hamza, in the first
    syllable (except in the Ca-Ci-C of "nayim", "khayef", "jahiz") and after two different
    consonants (اقعد, احسن); it is long otherwise (حياتي, تعبان, دوام, سيارة)."""
    last = len(units) - 1
    if at == last:
        return _SHORT_AT_END[vowel]
    after = units[at + 1 : at + 3]
    if after[0][0] != "C":
        return _SHORT_AT_END[vowel] if vowel != "a" else _LONG_A
    if vowel in "ou" and at + 1 == last and after[0][1] == "ن" and last >= 3:
        return "و"
    if vowel != "a" or after[0][1] == "ء":
        return ""
    if len(after) == 2 and after[1][0] == "C":
        return ""  # a closed syllable
    final = at + 1 == last
    if final and after[0][1] == "ن" and units[0][0] == "C":
        return _LONG_A  # the -aan of adjectives and plurals: تعبان, زعلان, امتحانات
    if final and after[0][1] in ("ه", "ك") and last >= 4:
        return ""  # the pronouns -ah and -ak: ربه, عندك
    before = units[:at]
    if not any(kind in ("V", "L") for kind, _ in before):
        # First syllable: short, except before a consonant and a short i (fa3il participles).
        ci_c = at + 3 == last and after[1] in (("V", "i"), ("V", "e")) and units[last][0] == "C"
        return _LONG_A if ci_c else ""
    if len(before) >= 2 and before[-1][0] == "C" and before[-2][0] == "C":
        doubled = before[-1] == before[-2]
        # Hollow verbs of the ifta3al form keep their long a: ارتاح, ارتاحو, احتاج.
        next_vowel = units[at + 2] if at + 2 <= last else ("C", "")
        hollow = before[-1] == ("C", "ت") and (final or next_vowel in (("V", "o"), ("V", "u")))
        return _LONG_A if (doubled and not final) or hollow else ""
    return _LONG_A


def _spell(word: str) -> str:
    units = _units(word)
    out: list[str] = []
    start = 0
    if units and units[0] == ("C", "ء"):
        # Word-initial 2 is the alef that starts a vowel: إ before i/e, أ before a/o/u.
        following = units[1] if len(units) > 1 else ("C", "")
        if following[0] == "V":
            out.append("إ" if following[1] in "ie" else "أ")
            start = 2
        else:
            out.append("ا")
            start = 1
    for at in range(start, len(units)):
        kind, value = units[at]
        previous = units[at - 1] if at else None
        if kind == "C":
            if previous == (kind, value):
                continue  # a doubled letter is written once (the shadda is left out)
            out.append(_hamza(units, at) if value == "ء" else value)
        elif at == 0:
            out.append("ا" + ("" if kind == "V" or value == "ا" else value))
        elif kind == "L":
            out.append(value)
        elif previous == ("C", "ء"):
            continue  # the hamza's seat already carries this vowel
        elif (
            at == len(units) - 1 and value == "a" and units[0] == ("V", "a") and _not_pronoun(units)
        ):
            out.append("ى")  # a first-person verb: اتمنى, اعلى
        elif at == len(units) - 1 and _ends_in_ta_marbuta(units, value):
            out.append("ة")
        else:
            out.append(_short_vowel(units, at, value))
    return "".join(out)


def _not_pronoun(units: list[tuple[str, str]]) -> bool:
    return units[-2] not in (("C", "ه"), ("C", "ن"))


def _ends_in_ta_marbuta(units: list[tuple[str, str]], vowel: str) -> bool:
    """A final "a" on a longer word is usually ta marbuta (فترة, سيارة, ليلة), except after h and
    n, where it is the pronoun ها / نا (اشربها, حياتنا); on a short word it is ا (هلا, بقا)."""
    if vowel != "a" or not _not_pronoun(units):
        return False
    consonants = sum(1 for kind, _ in units if kind == "C")
    return consonants >= 3 or any(kind == "L" for kind, _ in units)


@lru_cache(maxsize=4096)
def _word_to_arabic(word: str) -> str:
    """One Latin word (lower case, no prefix split yet) in Arabic script."""
    word = _REPEATS.sub(r"\1\1", word)
    if word in _DICTIONARY:
        return _DICTIONARY[word]
    article = _ARTICLE.match(word)
    if article:
        return _PREFIXES[article.group(1)] + _word_to_arabic(article.group(2))
    return _spell(word)


def _keeps_latin(word: str) -> bool:
    return not _HAS_LETTER.search(word) or (
        _is_english_token(word) and word not in _DICTIONARY and word not in _PREFIXES
    )


def to_arabic(text: str) -> str:
    """Rewrite the Arabizi words of ``text`` in Arabic script. English lines, Arabic script,
    numbers, punctuation and emoji come back unchanged; in a mixed line the English words stay."""
    if not looks_like_arabizi(text):
        return text
    out: list[str] = []
    position = 0
    # A prefix word ("w", "el", "lel") waits for the next word to be joined to it: (joined form,
    # form written if nothing follows to join).
    pending: tuple[str, str] | None = None
    for match in _WORD.finditer(text):
        gap, original = text[position : match.start()], match.group()
        word = original.lower()
        position = match.end()
        arabic = not _keeps_latin(word)
        joinable = gap == "-" or (gap != "" and gap.strip(" \t") == "")  # not across lines
        if pending and arabic and joinable:
            gap = ""
        elif pending:
            out.append(pending[1])
            pending = None
        out.append(gap)
        if not arabic:
            out.append(original)
        elif word in _PREFIXES:
            joined = (pending[0] if pending else "") + _PREFIXES[word]
            pending = (joined, (pending[0] if pending else "") + _DICTIONARY.get(word, joined))
        else:
            out.append((pending[0] if pending else "") + _word_to_arabic(word))
            pending = None
    if pending:
        out.append(pending[1])
    out.append(text[position:])
    return "".join(out)
