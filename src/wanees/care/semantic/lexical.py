"""The lexical half of the semantic check: character n-grams weighted by TF-IDF and a logistic
regression (scikit-learn), fitted from the committed corpus when the check loads.

Why a second learner beside E5: the small multilingual embedding blurs dialect spellings,
attached clitics and Arabizi; character n-grams of the normalised text keep them («بموت»,
«abi amoot», «ماباغي») and learn which pieces carry first-person risk. Out of fold on the corpus
the two disagree usefully: AUC 0.920 (E5) and 0.954 (n-grams) alone, 0.964 averaged.

Nothing is committed but the hyper-parameters: fitting on ~3,000 lines takes about two seconds
and is deterministic, so the model cannot drift from the corpus it claims to come from.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from wanees.care.normalize import normalize
from wanees.care.semantic.head import CorpusLine, Floats, LexicalParams, prepare


def lexical_text(text: str) -> str:
    """What the n-grams read: the text as the E5 side prepares it (Arabizi in Arabic script),
    then normalised as the rules read it (letter forms, diacritics, repeats, case)."""
    return normalize(prepare(text))


class LexicalModel:
    """A fitted n-gram classifier. ``probabilities`` is thread-safe (read-only after fitting)."""

    def __init__(self, params: LexicalParams, texts: Sequence[str], labels: Sequence[bool]) -> None:
        # Imported here: scikit-learn takes over a second to import, and only the check needs it.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.params = params
        self._vectorizer = TfidfVectorizer(
            analyzer="char",
            ngram_range=(params.ngram_min, params.ngram_max),
            min_df=params.min_df,
            sublinear_tf=True,
        )
        features = self._vectorizer.fit_transform([lexical_text(text) for text in texts])
        # Balanced classes, as the E5 head: a line's weight does not depend on its class's size.
        self._classifier = LogisticRegression(
            C=params.c, class_weight="balanced", max_iter=5000
        ).fit(features, np.asarray(labels, dtype=bool))

    @classmethod
    def of_corpus(cls, params: LexicalParams, lines: Sequence[CorpusLine]) -> LexicalModel:
        return cls(params, [line.text for line in lines], [line.label for line in lines])

    def probabilities(self, texts: Sequence[str]) -> Floats:
        if not texts:
            return np.zeros(0)
        features = self._vectorizer.transform([lexical_text(text) for text in texts])
        scores: npt.NDArray[np.float64] = self._classifier.predict_proba(features)[:, 1]
        return scores.astype(np.float64)


def combine(e5: Floats, lexical: Floats, e5_weight: float) -> Floats:
    """The check's probability: a weighted mean of the two learners' (weight chosen by CV)."""
    return np.asarray(e5_weight * e5 + (1.0 - e5_weight) * lexical, dtype=np.float64)
