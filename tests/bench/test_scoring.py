"""Arabic normalisation, WER/CER and spoken-number scoring on hand-made cases."""

from __future__ import annotations

import pytest

from wanees.bench.scoring import (
    ErrorCount,
    cer,
    char_errors,
    edit_distance,
    normalize_arabic,
    spoken_number,
    wer,
    word_errors,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مَرْحَبًا", "مرحبا"),  # diacritics
        ("جمـــيل", "جميل"),  # tatweel
        ("أحمد إلى آخر", "احمد الي اخر"),  # alef forms, alef maqsura
        ("مدرسة", "مدرسه"),  # taa marbuta
        ("مؤمن قائم", "مومن قايم"),  # hamza seats
        ("كيفك؟ زين، الحمد لله.", "كيفك زين الحمد لله"),  # Arabic punctuation
        ("  كلام \t  كثير \n", "كلام كثير"),  # spaces collapse
        ("الساعة ١٠", "الساعه 10"),  # Arabic-Indic digits
    ],
)
def test_normalize_arabic(raw: str, expected: str) -> None:
    assert normalize_arabic(raw) == expected


def test_edit_distance_counts_each_kind_of_edit() -> None:
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("abc", "axc") == 1  # substitution
    assert edit_distance("abc", "ac") == 1  # deletion
    assert edit_distance("abc", "abxc") == 1  # insertion
    assert edit_distance("", "ab") == 2
    assert edit_distance(["a", "b"], []) == 2


def test_wer_ignores_spelling_conventions_but_counts_word_errors() -> None:
    reference = "وين تو الناس متى تصحى"
    assert wer(reference, "وَين تو النّاس متي تصحي.") == 0.0
    assert wer(reference, "وين تو الناس متى نامت") == pytest.approx(1 / 5)
    assert wer(reference, "وين الناس متى تصحى") == pytest.approx(1 / 5)  # one deletion
    assert wer(reference, "وين تو الناس يا متى تصحى") == pytest.approx(1 / 5)  # one insertion
    assert wer(reference, "") == 1.0
    assert wer("", "شي") is None  # nothing to score against


def test_cer_counts_letters_not_spaces() -> None:
    assert cer("كتاب", "كتاب") == 0.0
    assert cer("كتاب", "كتب") == pytest.approx(1 / 4)
    # A wrongly split word is a word error but no letter error.
    assert cer("الحمدلله", "الحمد لله") == 0.0
    assert wer("الحمدلله", "الحمد لله") == 2.0


def test_corpus_counts_weight_clips_by_length() -> None:
    short = word_errors("زين", "شين")  # 1 of 1 wrong
    long = word_errors("انا تعبان شوي اليوم", "انا تعبان شوي اليوم")  # 0 of 4 wrong
    total = short + long
    assert total == ErrorCount(edits=1, reference_length=5)
    assert total.rate == pytest.approx(0.2)  # not the mean of rates (0.5)
    assert char_errors("ab", "").rate == 1.0


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("خمسة", 5),
        ("خمسه.", 5),
        ("اثنين", 2),
        ("إثنان", 2),
        ("ثلاث", 3),
        ("تلاتة", 3),
        ("٧", 7),
        ("الرقم 10", 10),
        ("والعشرة", 10),
        ("صِفر", 0),
        ("ثمانية", 8),
        ("مرحبا", None),
        ("", None),
    ],
)
def test_spoken_number(text: str, number: int | None) -> None:
    assert spoken_number(text) == number
