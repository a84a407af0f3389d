"""The semantic check's character n-gram learner (care/semantic/lexical.py): real scikit-learn
fits on small corpora made here, the combination with E5, the head's stored settings, and the
server loading the check at start-up."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from wanees.care import semantic
from wanees.care.semantic import head as head_module
from wanees.care.semantic.head import CorpusLine, LexicalParams, load_head
from wanees.care.semantic.lexical import LexicalModel, combine, lexical_text
from wanees.config import CareSettings

RISK = [
    "ابا اموت وارتاح من كل شي",
    "ودي اموت تعبت من الحياة",
    "ما ابا اعيش بعد اليوم",
    "خلاص ابا انهي حياتي",
    "I want to die tonight",
    "I don't want to live anymore",
]
EVERYDAY = [
    "ابا اروح السوق باجر",
    "ودي اشرب قهوة الحين",
    "تعبت من الدوام اليوم",
    "خلاص خلصت الواجب",
    "I want to go to the beach tonight",
    "I don't want to cook anymore today",
]
SMALL = LexicalParams(ngram_min=2, ngram_max=4, c=10.0, min_df=1)


@pytest.fixture(scope="module")
def model() -> LexicalModel:
    return LexicalModel(SMALL, RISK + EVERYDAY, [True] * len(RISK) + [False] * len(EVERYDAY))


def test_spellings_and_arabizi_it_never_saw_score_as_their_arabic_forms(
    model: LexicalModel,
) -> None:
    # Hamza, repeated letters and a clitic are normalised away; Arabizi is read in Arabic script.
    unseen_risk = ["وأبااا أموووت", "abi amoot w artaa7"]
    unseen_everyday = ["وأبا أروح السوق", "abi aroo7 al soog"]
    risk = model.probabilities(unseen_risk)
    everyday = model.probabilities(unseen_everyday)
    assert risk.min() > everyday.max(), (risk, everyday)
    assert lexical_text("وأبااا أموووت") == lexical_text("وابا اموت")


def test_fitting_is_deterministic_so_the_head_can_store_settings_only() -> None:
    labels = [True] * len(RISK) + [False] * len(EVERYDAY)
    first = LexicalModel(SMALL, RISK + EVERYDAY, labels)
    again = LexicalModel(SMALL, RISK + EVERYDAY, labels)
    probe = ["ابا اموت", "hello there", "I want to go out"]
    np.testing.assert_array_equal(first.probabilities(probe), again.probabilities(probe))


def test_of_corpus_reads_text_and_label(model: LexicalModel) -> None:
    lines = [CorpusLine(t, True, "omani", "risk") for t in RISK] + [
        CorpusLine(t, False, "omani", "hard") for t in EVERYDAY
    ]
    from_lines = LexicalModel.of_corpus(SMALL, lines)
    probe = ["ودي اموت", "ودي اروح"]
    np.testing.assert_allclose(from_lines.probabilities(probe), model.probabilities(probe))
    assert model.probabilities([]).shape == (0,)


def test_the_combination_is_a_weighted_mean_in_unit_range() -> None:
    e5, lexical = np.array([0.9, 0.1, 0.5]), np.array([0.5, 0.3, 0.5])
    np.testing.assert_allclose(combine(e5, lexical, 0.4), [0.66, 0.22, 0.5])
    np.testing.assert_allclose(combine(e5, lexical, 1.0), e5)


def test_the_head_stores_the_learner_settings_and_round_trips(tmp_path: Path) -> None:
    committed = load_head()
    assert 0.0 < committed.e5_weight < 1.0
    again = tmp_path / "head.json"
    again.write_text(committed.to_json(), encoding="utf-8")
    loaded = load_head(again)
    assert loaded.lexical == committed.lexical and loaded.e5_weight == committed.e5_weight
    assert loaded.threshold == committed.threshold


def test_a_head_of_the_older_format_is_refused_with_the_retrain_command(tmp_path: Path) -> None:
    data = json.loads(head_module.HEAD_PATH.read_text(encoding="utf-8"))
    data["format"] = 1
    del data["lexical"]
    old = tmp_path / "head.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="format-2"):
        load_head(old)


@pytest.mark.slow
def test_the_real_check_is_the_weighted_mean_of_its_two_learners() -> None:
    check = semantic.get_semantic_check()
    texts = ["khalas ta3abt, abi arou7 w ma arja3", "good morning", "ودي أنام وما أصحى"]
    e5 = check.head.e5_probabilities(
        check.embedder.embed([head_module.prepare(t) for t in texts], check.head.side)
    )
    expected = combine(e5, check.lexical.probabilities(texts), check.head.e5_weight)
    np.testing.assert_allclose(check.probabilities(texts), expected, atol=1e-9)
    assert check.lexical.params == check.head.lexical


async def test_warm_loads_the_check_off_the_loop_and_only_when_it_is_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(semantic, "get_semantic_check", lambda: calls.append(1))
    await semantic.warm(CareSettings(semantic=False))
    assert calls == []
    await semantic.warm(CareSettings())
    assert calls == [1]


async def test_a_failed_warm_up_is_logged_and_not_fatal(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> None:
        raise ModuleNotFoundError("No module named 'sklearn'")

    monkeypatch.setattr(semantic, "get_semantic_check", missing)
    with caplog.at_level(logging.WARNING):
        await semantic.warm(CareSettings())
    assert "sklearn" in caplog.text
