"""The first chunk of a streamed reply without punctuation: early enough, never mid-word."""

from __future__ import annotations

from collections.abc import Iterable

from wanees.conversation.splitter import SentenceSplitter


def by_words(text: str) -> list[str]:
    words = text.split(" ")
    return [words[0]] + [" " + w for w in words[1:]]


def stream(deltas: Iterable[str], first_chunk_words: int = 5) -> list[str]:
    splitter = SentenceSplitter(120, first_chunk_words)
    chunks: list[str] = []
    for delta in deltas:
        chunks.extend(splitter.push(delta))
    return [*chunks, *splitter.flush()]


def first_chunk_while_streaming(deltas: Iterable[str], first_chunk_words: int = 5) -> str:
    """The first chunk, taken at the moment the splitter gives it (before the stream ends)."""
    splitter = SentenceSplitter(120, first_chunk_words)
    for delta in deltas:
        for chunk in splitter.push(delta):
            return chunk
    raise AssertionError("no chunk before the end of the stream")


def test_a_long_first_sentence_goes_to_tts_after_a_few_whole_words() -> None:
    text = "أنا فاهم عليك وايد الحين وأحس إن النوم صار صعب عليك هالأيام."
    assert first_chunk_while_streaming(by_words(text)) == "أنا فاهم عليك وايد الحين"
    chunks = stream(by_words(text))
    assert chunks == ["أنا فاهم عليك وايد الحين", "وأحس إن النوم صار صعب عليك هالأيام."]


def test_a_conjunction_ends_the_first_chunk_early_but_not_before_three_words() -> None:
    text = "النوم مهم وايد بس لا تضغط على نفسك الليلة"
    assert first_chunk_while_streaming(by_words(text)) == "النوم مهم وايد"
    # «بس» after two words is too early: the first chunk waits for the word count.
    text = "تعبان شوي بس الحمد لله اليوم أحسن من أمس"
    assert first_chunk_while_streaming(by_words(text)) == "تعبان شوي بس الحمد لله"


def test_words_are_never_cut_even_streamed_character_by_character() -> None:
    text = "أنا فاهم عليك وايد الحين وأحس إن النوم صار صعب عليك هالأيام"
    chunks = stream(list(text))
    assert " ".join(chunks).split(" ") == text.split(" ")
    assert chunks[0] == "أنا فاهم عليك وايد الحين"


def test_a_number_is_never_at_an_early_cut() -> None:
    text = "تقدر تتصل على الرقم 9999 الحين لو تحتاج أحد يسمعك"
    chunks = stream(by_words(text), first_chunk_words=4)
    assert all(not c.endswith("الرقم") for c in chunks[:1])
    assert any("9999" in c and "الرقم" in c for c in chunks)  # the number stays with its words


def test_punctuation_still_wins_and_zero_turns_the_rule_off() -> None:
    assert first_chunk_while_streaming(by_words("هلا والله، كيف أقدر أساعدك اليوم")) == "هلا والله،"
    text = "أنا فاهم عليك وايد الحين وأحس إن النوم صار صعب عليك"
    assert stream(by_words(text), first_chunk_words=0) == [text]
