"""The trained head: logistic regression on E5 embeddings, the lexical learner's settings, and
the corpus both are trained on.

Raw cosine similarities between E5 embeddings are anisotropic (almost everything lands between
0.78 and 0.90), so nearest-neighbour thresholds separate poorly; a linear classifier on the
standardised embedding learns which directions carry first-person risk.

The check's probability is a weighted mean of this head's and the character n-gram learner's
(``lexical.py``), which is re-fitted from the corpus at load; the head stores its settings and
the weight. The fitted head is tiny (384 weights and a bias) and is committed as
``data/semantic_head.json`` beside the corpus it came from (``data/semantic_train.tsv``);
``tests/care/test_semantic.py`` re-trains it from the corpus and checks the committed numbers
are reproduced, so the JSON can never drift from the text it claims to come from.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from wanees.care.arabizi import to_arabic
from wanees.care.semantic.model import DIM, MODEL_SHA256, Side, Vectors
from wanees.engines.models import ChecksumMismatchError

Floats = npt.NDArray[np.float64]

_DATA = resources.files("wanees.care") / "data"
CORPUS_PATH = Path(str(_DATA / "semantic_train.tsv"))
HEAD_PATH = Path(str(_DATA / "semantic_head.json"))
HEAD_FORMAT = 2
# Only a message's first characters are embedded: long posts took seconds each, and what decides
# the turn is said early (the rules still read all of it).
MAX_CHARS = 1000


def prepare(text: str) -> str:
    """What the model reads, in training and in use alike: Arabizi ("abi amoot") rewritten in
    Arabic script, which E5 knows far better than Latin-letter Arabic; everything else as is."""
    return to_arabic(text[:MAX_CHARS])


@dataclass(frozen=True, slots=True)
class CorpusLine:
    text: str
    label: bool
    variety: str
    # "risk" (label 1); "hard" for the false-alarm classes (everyday distress, idioms,
    # news, other people, denials); "small_talk" for greetings and chat, which teach the head
    # what a companion mostly hears but would flatter a false-alarm rate.
    kind: str


def read_corpus(path: Path = CORPUS_PATH) -> list[CorpusLine]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        lines = [
            CorpusLine(r["text"], r["label"].strip() == "1", r["variety"], r["kind"])
            for r in reader
        ]
    if not lines or {line.label for line in lines} != {True, False}:
        raise ValueError(f"{path}: the corpus needs lines of both labels")
    return lines


def corpus_sha256(path: Path = CORPUS_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------ logistic regression


def fit_logistic(x: Vectors, y: npt.NDArray[np.bool_], l2: float) -> tuple[Floats, float]:
    """Weights and bias of an L2-regularised logistic regression, classes weighted equally.

    Features are standardised inside (mean and spread of this training set) and the scaling is
    folded back into the returned weights, so callers score raw embeddings. Newton's method on
    385 parameters converges in a handful of exact steps: deterministic, no learning rate.
    """
    data = np.asarray(x, dtype=np.float64)
    mean, scale = data.mean(axis=0), data.std(axis=0) + 1e-6
    z = np.hstack([(data - mean) / scale, np.ones((len(data), 1))])
    target = np.asarray(y, dtype=np.float64)
    positives = max(float(target.sum()), 1.0)
    negatives = max(float(len(target) - target.sum()), 1.0)
    # Balanced weights: each class counts as half of the data whatever its size.
    sample = np.where(target > 0, 0.5 / positives, 0.5 / negatives)
    penalty = np.full(z.shape[1], l2 / len(target))
    penalty[-1] = 0.0  # the bias is not shrunk
    theta = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ theta, -30, 30)))
        gradient = z.T @ (sample * (p - target)) + penalty * theta
        hessian = (z * (sample * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    weights = theta[:-1] / scale
    bias = float(theta[-1] - weights @ mean)
    return weights, bias


def sigmoid_scores(x: Vectors, weights: Floats, bias: float) -> Floats:
    logits = np.asarray(x, dtype=np.float64) @ weights + bias
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30))), dtype=np.float64)


# ---------------------------------------------------------------------------------- the head


@dataclass(frozen=True, slots=True)
class LexicalParams:
    """The character n-gram learner's settings, chosen by cross-validation (train.py)."""

    ngram_min: int = 2
    ngram_max: int = 6
    c: float = 30.0  # inverse L2 strength, as scikit-learn spells it
    min_df: int = 2  # an n-gram seen in one line only says nothing general

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LexicalParams:
        return cls(
            int(data["ngram_min"]), int(data["ngram_max"]), float(data["c"]), int(data["min_df"])
        )


@dataclass(frozen=True, slots=True)
class Head:
    weights: Floats
    bias: float
    side: Side
    l2: float
    lexical: LexicalParams
    e5_weight: float  # the E5 head's share of the check's probability; the rest is lexical
    threshold: float  # on the combined probability
    model_sha256: str
    corpus_sha256: str
    cross_validation: dict[str, Any]

    def e5_probabilities(self, vectors: Vectors) -> Floats:
        return sigmoid_scores(vectors, self.weights, self.bias)

    def to_json(self) -> str:
        data = {
            "format": HEAD_FORMAT,
            "model_sha256": self.model_sha256,
            "corpus_sha256": self.corpus_sha256,
            "side": self.side,
            "l2": self.l2,
            "lexical": self.lexical.as_dict(),
            "e5_weight": self.e5_weight,
            "threshold": self.threshold,
            "cross_validation": self.cross_validation,
            "bias": self.bias,
            "weights": [float(w) for w in self.weights],
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def load_head(path: Path = HEAD_PATH) -> Head:
    """The committed head; refused if it was trained on other embeddings than the pinned model's."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != HEAD_FORMAT or len(data.get("weights", [])) != DIM:
        raise ValueError(
            f"{path}: not a format-{HEAD_FORMAT} head of {DIM} weights; re-train: "
            "python -m wanees.care.semantic.train --write"
        )
    if data["model_sha256"] != MODEL_SHA256:
        raise ChecksumMismatchError(
            f"{path} was trained on another embedding model; re-train: "
            "python -m wanees.care.semantic.train --write"
        )
    return Head(
        weights=np.asarray(data["weights"], dtype=np.float64),
        bias=float(data["bias"]),
        side=data["side"],
        l2=float(data["l2"]),
        lexical=LexicalParams.from_dict(data["lexical"]),
        e5_weight=float(data["e5_weight"]),
        threshold=float(data["threshold"]),
        model_sha256=data["model_sha256"],
        corpus_sha256=data["corpus_sha256"],
        cross_validation=dict(data.get("cross_validation", {})),
    )
