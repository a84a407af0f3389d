"""Text normalisation for matching: one spelling per word, whatever keyboard or dialect wrote it.

Arabic is written with optional diacritics, several alef/hamza forms, ta marbuta written as ha,
alef maqsura as ya, tatweel for emphasis and letters repeated for feeling ("اموووت"). Digits may be
Arabic-Indic. Latin text (English, Arabizi) is lower-cased. Repeated letters are squeezed so
"diiiie" and "اموووت" match their plain spelling.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ء": "",
        "ی": "ي",
        "ک": "ك",
        # Gulf letters: «گ» is the Gulf g, said for ق («ما أگدر» is «ما أقدر»), and «چ» the Gulf ch,
        # said for ك («وياچ» is «وياك»), so each folds to the letter the other spellings use.
        "گ": "ق",
        "ڨ": "ق",
        "ڤ": "ف",
        "چ": "ك",
        "پ": "ب",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "’": "'",
        "‘": "'",
        "؟": "?",
        "،": ",",
        "؛": ";",
    }
)
# Three or more of the same letter become one (Arabic rarely doubles a letter in writing; English
# doubles are kept because only runs of three or more are squeezed).
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_SPACES = re.compile(r"\s+")
_CLAUSE_BREAKS = re.compile(r"[.!?;,\n]+|\s(?:but|however|بس|لكن|بعدين)\s")


def normalize_letters(text: str) -> str:
    """Letter forms only (no case or spacing changes): used on the lexicons' own patterns."""
    return _DIACRITICS.sub("", text).translate(_LETTER_MAP)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).translate(_LETTER_MAP).lower()
    text = _REPEATS.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def drop_fillers(clause: str, fillers: frozenset[str]) -> str:
    """Remove filler words ("just", "fucking", "والله") so that "I just dont want to fucking be
    here" meets the same rule as "I dont want to be here": a rule tolerates any run of fillers
    between its words without each rule having to spell them out."""
    return " ".join(word for word in clause.split() if word not in fillers)


def clauses(normalized: str) -> list[str]:
    """Split into clauses so that a negation or a news subject only affects its own clause."""
    return [part.strip() for part in _CLAUSE_BREAKS.split(f" {normalized} ") if part.strip()]
