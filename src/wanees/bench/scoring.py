"""Speech-recognition scoring: Arabic normalisation, WER/CER and spoken-number matching.

Normalisation removes the differences that say nothing about recognition quality (diacritics,
tatweel, punctuation, alef/hamza seat spellings, taa marbuta vs haa, alef maqsura vs yaa), so the
scores count real word and letter errors, not spelling conventions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_LETTER_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
    }
)
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")


def _is_punctuation_or_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] in ("P", "S")


def normalize_arabic(text: str) -> str:
    """Text reduced to the letters and digits that recognition is judged on, single-spaced."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_LETTER_MAP).translate(_ARABIC_INDIC_DIGITS).lower()
    text = "".join(" " if _is_punctuation_or_symbol(c) else c for c in text)
    return _SPACES.sub(" ", text).strip()


def edit_distance(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Levenshtein distance (substitutions, deletions, insertions all cost 1)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_item in enumerate(reference, start=1):
        current = [i]
        for j, hyp_item in enumerate(hypothesis, start=1):
            current.append(
                min(
                    previous[j] + 1,  # deletion
                    current[j - 1] + 1,  # insertion
                    previous[j - 1] + (ref_item != hyp_item),  # substitution or match
                )
            )
        previous = current
    return previous[-1]


@dataclass(frozen=True, slots=True)
class ErrorCount:
    """Edits and reference length, kept apart so a corpus score weights clips by length."""

    edits: int
    reference_length: int

    @property
    def rate(self) -> float | None:
        if self.reference_length == 0:
            return None
        return self.edits / self.reference_length

    def __add__(self, other: ErrorCount) -> ErrorCount:
        return ErrorCount(self.edits + other.edits, self.reference_length + other.reference_length)


def word_errors(reference: str, hypothesis: str) -> ErrorCount:
    ref_words = normalize_arabic(reference).split()
    hyp_words = normalize_arabic(hypothesis).split()
    return ErrorCount(edit_distance(ref_words, hyp_words), len(ref_words))


def char_errors(reference: str, hypothesis: str) -> ErrorCount:
    """Character errors over the normalised text, spaces excluded (word splits are not letters)."""
    ref_chars = normalize_arabic(reference).replace(" ", "")
    hyp_chars = normalize_arabic(hypothesis).replace(" ", "")
    return ErrorCount(edit_distance(ref_chars, hyp_chars), len(ref_chars))


def wer(reference: str, hypothesis: str) -> float | None:
    return word_errors(reference, hypothesis).rate


def cer(reference: str, hypothesis: str) -> float | None:
    return char_errors(reference, hypothesis).rate


# Spoken numbers 0-10 in their normalised spellings, MSA and dialect (ث is often said ت).
_NUMBER_WORDS: dict[str, int] = {
    "صفر": 0,
    "زيرو": 0,
    "واحد": 1,
    "واحده": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثنين": 2,
    "اتنين": 2,
    "تنين": 2,
    "ثلاثه": 3,
    "ثلاث": 3,
    "تلاته": 3,
    "تلات": 3,
    "ثلاثا": 3,
    "اربعه": 4,
    "اربع": 4,
    "خمسه": 5,
    "خمس": 5,
    "سته": 6,
    "ست": 6,
    "سبعه": 7,
    "سبع": 7,
    "ثمانيه": 8,
    "ثماني": 8,
    "ثمان": 8,
    "تمانيه": 8,
    "تماني": 8,
    "تمان": 8,
    "تسعه": 9,
    "تسع": 9,
    "عشره": 10,
    "عشر": 10,
}


def spoken_number(text: str) -> int | None:
    """The first number in a transcript, written in digits or as an Arabic word 0-10."""
    for token in normalize_arabic(text).split():
        if token.isdigit():
            return int(token)
        # A conjunction or article glued on the front: "والخمسه", "الثلاثه".
        for candidate in (token, token.removeprefix("و"), token.removeprefix("ال")):
            if candidate in _NUMBER_WORDS:
                return _NUMBER_WORDS[candidate]
            if candidate.startswith("ال") and candidate[2:] in _NUMBER_WORDS:
                return _NUMBER_WORDS[candidate[2:]]
    return None
