from __future__ import annotations

from collections.abc import Iterable

import pytest

from wanees.conversation.splitter import SentenceSplitter


def split_stream(deltas: Iterable[str], max_chars: int = 120) -> list[str]:
    splitter = SentenceSplitter(max_chars)
    chunks: list[str] = []
    for delta in deltas:
        chunks.extend(splitter.push(delta))
    chunks.extend(splitter.flush())
    return chunks


def by_words(text: str) -> list[str]:
    words = text.split(" ")
    return [words[0]] + [" " + w for w in words[1:]]


def test_arabic_sentence_punctuation() -> None:
    text = "كيف حالك اليوم؟ أنا هنا معك. خبرني أكثر!"
    assert split_stream(by_words(text)) == ["كيف حالك اليوم؟", "أنا هنا معك.", "خبرني أكثر!"]


def test_arabic_comma_and_semicolon_split_clauses() -> None:
    text = "الله يعطيك العافية، النوم مهم وايد؛ حاول ترتاح شوي الليلة وخبرني بكرة كيف صرت"
    chunks = split_stream(by_words(text))
    assert chunks[0] == "الله يعطيك العافية،"
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


def test_first_chunk_is_emitted_early_before_the_stream_ends() -> None:
    splitter = SentenceSplitter(120)
    early: list[str] = []
    for delta in by_words("هلا والله، كيف أقدر أساعدك اليوم في اللي تحس فيه"):
        early.extend(splitter.push(delta))
        if early:
            break
    assert early == ["هلا والله،"]


def test_short_clause_after_the_first_is_not_split_on_comma() -> None:
    text = "هذي أول جملة. بعدين، شي ثاني قصير."
    assert split_stream(by_words(text)) == ["هذي أول جملة.", "بعدين، شي ثاني قصير."]


@pytest.mark.parametrize(
    "text",
    [
        "اتصل على 24441999 لو تحتاج معلومات صحية.",
        "النسبة 3.5 في المية تقريباً.",
        "العدد 24,441 شخص.",
    ],
)
def test_numbers_are_never_split(text: str) -> None:
    # Stream character by character: the worst case for a splitter.
    chunks = split_stream(list(text))
    assert chunks == [text]


def test_phone_number_survives_the_length_cap() -> None:
    text = "رقم " + "24441999" * 4 + " هو الرقم"
    chunks = split_stream(list(text), max_chars=20)
    assert any("24441999" * 4 in c for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


def test_long_text_without_punctuation_is_capped_at_word_boundaries() -> None:
    words = ["كلمة"] * 60
    chunks = split_stream(by_words(" ".join(words)), max_chars=40)
    assert len(chunks) > 1
    assert all(len(c) <= 40 for c in chunks)
    assert " ".join(chunks).split(" ") == words


def test_flush_returns_the_rest_once() -> None:
    splitter = SentenceSplitter(120)
    assert list(splitter.push("بدون نهاية")) == []
    assert list(splitter.flush()) == ["بدون نهاية"]
    assert list(splitter.flush()) == []


def test_newline_ends_a_chunk() -> None:
    assert split_stream(["السطر الأول\nالسطر الثاني"]) == ["السطر الأول", "السطر الثاني"]


def test_runs_of_punctuation_stay_together() -> None:
    assert split_stream(by_words("صدق؟! أكيد...")) == ["صدق؟!", "أكيد..."]
