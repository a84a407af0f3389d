"""Cut streamed LLM text into speakable chunks (sentences or clauses) as early as it is safe.

TTS starts on the first chunk, so a short first clause cuts the time to first audio. Chunks end
at sentence punctuation (Latin and Arabic), at newlines, at a comma or semicolon once the chunk is
long enough, or at a word boundary when a chunk reaches ``max_chars``. A '.' or ',' between two
digits ("3.5", "24,441") is part of a number and never a boundary, and a phone number such as
24441999 is never cut by the length cap.

A streamed reply's first chunk may also end without punctuation (``first_chunk_words``): before
a conjunction once it has a few words, or after that many whole words. At ~13 tokens/s a small
model spends about 75 ms per token, so a first sentence of 15 words would otherwise keep the
person waiting over a second more. Only whole words are cut, never next to a digit.
"""

from __future__ import annotations

from collections.abc import Iterator

SENTENCE_END = frozenset(".!?؟\n")
# Arabic comma and semicolon end a clause just like Latin ones, but are unambiguous (never in
# numbers), so they count as soon as the first chunk has a few words.
CLAUSE_END = frozenset(",;،؛")
# A clause boundary only splits once the chunk has this many characters (first chunk: fewer,
# because latency matters most there).
MIN_CLAUSE_CHARS = 40
MIN_FIRST_CLAUSE_CHARS = 8
# A first chunk cut without punctuation has at least this many words: fewer sounds clipped.
MIN_FIRST_CHUNK_WORDS = 3
# Words that start a new clause: cutting before one keeps the intonation natural.
CONJUNCTIONS = frozenset(
    {
        *("بس", "لكن", "لاكن", "ولكن", "عشان", "علشان", "وعشان", "لأن", "لان", "لأنه", "لانه"),
        *("حتى", "إذا", "اذا", "وإذا", "واذا", "لو", "ولو", "يوم", "لين", "ثم", "بعدين"),
        *("وبعدين", "و", "أو", "او", "يعني"),
        *("and", "but", "because", "so", "if", "when", "or"),
    }
)


class SentenceSplitter:
    def __init__(self, max_chars: int = 120, first_chunk_words: int = 0) -> None:
        self.max_chars = max_chars
        # 0: the first chunk ends only at punctuation or the length cap (fixed texts).
        self.first_chunk_words = first_chunk_words
        self._buffer = ""
        self._emitted = 0

    def push(self, delta: str) -> Iterator[str]:
        """Add streamed text; yield every chunk that is complete."""
        self._buffer += delta
        while True:
            cut = self._find_cut()
            if cut is None:
                return
            chunk, self._buffer = self._buffer[:cut].strip(), self._buffer[cut:]
            if chunk:
                self._emitted += 1
                yield chunk

    def flush(self) -> Iterator[str]:
        """The stream ended: yield what is left."""
        rest, self._buffer = self._buffer.strip(), ""
        if rest:
            self._emitted += 1
            yield rest

    def _find_cut(self) -> int | None:
        text = self._buffer
        min_clause = MIN_FIRST_CLAUSE_CHARS if self._emitted == 0 else MIN_CLAUSE_CHARS
        for i, ch in enumerate(text):
            if i >= self.max_chars:
                break
            if ch in SENTENCE_END or ch in CLAUSE_END:
                # The character after the mark must be known to tell "3.5" from "3. Then".
                if i + 1 >= len(text) and ch != "\n":
                    return None
                if ch in ".," and _between_digits(text, i):
                    continue
                if ch in SENTENCE_END:
                    end = _after_run(text, i)
                    if end is None:
                        return None
                    return end
                if len(text[:i].strip()) >= min_clause:
                    return i + 1
        if len(text) > self.max_chars:
            return _word_boundary(text, self.max_chars)
        if self._emitted == 0 and self.first_chunk_words:
            return _early_first_cut(text, self.first_chunk_words)
        return None


def _early_first_cut(text: str, max_words: int) -> int | None:
    """Where a punctuation-less first chunk may end: before a conjunction that follows at
    least MIN_FIRST_CHUNK_WORDS words, else after ``max_words`` words; None to keep waiting.

    Only words followed by a space are known to be whole (the next token may extend the
    last one), and a cut next to a word with a digit could split a number across chunks."""
    words: list[str] = []  # the whole words, in order
    ends: list[int] = []  # where each whole word ends
    start: int | None = None
    for i, ch in enumerate(text):
        if ch.isspace():
            if start is not None:
                words.append(text[start:i])
                ends.append(i)
                start = None
        elif start is None:
            start = i
    enough = max(max_words, MIN_FIRST_CHUNK_WORDS)
    for n, word in enumerate(words):
        if n >= MIN_FIRST_CHUNK_WORDS and word in CONJUNCTIONS and not _has_digit(words[n - 1]):
            return ends[n - 1]
        # The word after the cut must be whole too, so neither side of the cut is a number.
        if n + 1 >= enough and n + 1 < len(words) and not _has_digit(word + words[n + 1]):
            return ends[n]
    return None


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _after_run(text: str, i: int) -> int | None:
    """Index after a run of closing punctuation ("?!", "..."), or None if it may continue."""
    j = i + 1
    while j < len(text) and (text[j] in SENTENCE_END or text[j] in "\"')»"):
        j += 1
    if j >= len(text) and text[i] != "\n":
        return None
    return j


def _word_boundary(text: str, limit: int) -> int | None:
    """Last space at or before ``limit`` not inside a number; else the end of the long word."""
    space = text.rfind(" ", 0, limit + 1)
    if space > 0:
        return space
    # One very long word: keep it whole (a number must never be cut); wait for its end.
    nxt = text.find(" ", limit)
    return nxt if nxt > 0 else None
