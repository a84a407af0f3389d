"""The fail-closed backstop and the fresh evaluation sets of round 3.

``data/fresh_check_*.tsv`` are short first-person messages (label 1) and hard negatives (label
0) written for this project in Gulf/Omani and MSA Arabic, English, Arabizi and mixed speech.
Check 6 was scored before any change (0.387 recall), check 7 after the first backstop (0.385),
check 8 after the second (0.226) and check 9 after the third (0.345): each figure when measured
is the honest estimate for unseen phrasing, recorded in docs/safety.md section 6. The false-alarm
threshold is the issue's goal."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from wanees.care import lexicon
from wanees.care.api import RISK_ORDER
from wanees.care.backstop import BACKSTOP_LEVEL
from wanees.care.detector import assess
from wanees.care.evaluate import score_fresh
from wanees.care.lexicon import ar, arabizi, en, families, mixed
from wanees.transport.protocol import RiskLevel

DATA = Path(__file__).parent / "data"
VARIETIES = {"gulf", "msa", "en", "arabizi", "mixed"}
FRESH = [f"fresh_check_{n}.tsv" for n in (6, 7, 8, 9)]


def rows(name: str) -> list[tuple[str, bool, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["text"], row["label"] == "1", row["variety"]) for row in reader]


def flagged(text: str) -> bool:
    return RISK_ORDER[assess(text).assessment.level] >= RISK_ORDER[RiskLevel.MEDIUM]


@pytest.mark.parametrize("name", FRESH)
def test_fresh_sets_are_well_formed(name: str) -> None:
    data = rows(name)
    assert {variety for _, _, variety in data} == VARIETIES
    assert len({text for text, _, _ in data}) == len(data), "no duplicated lines"
    assert any(label for _, label, _ in data) and not all(label for _, label, _ in data)


# Check 6 meets the goal after its fixes; 7 and 8, written later, hold what their fixes
# reached (regression floors); check 9 is kept as measured, untuned.
GOALS = [("fresh_check_6.tsv", 0.95), ("fresh_check_7.tsv", 0.9), ("fresh_check_8.tsv", 0.8)]


@pytest.mark.parametrize(("name", "min_recall"), GOALS)
def test_fresh_sets_meet_the_recall_goal_after_their_fixes(name: str, min_recall: float) -> None:
    positives = [text for text, label, _ in rows(name) if label]
    missed = [text for text in positives if not flagged(text)]
    assert 1 - len(missed) / len(positives) >= min_recall, missed


@pytest.mark.parametrize("name", FRESH)
def test_false_alarms_on_hard_negatives_stay_within_budget(name: str) -> None:
    negatives = [text for text, label, _ in rows(name) if not label]
    alarms = [text for text in negatives if flagged(text)]
    assert len(alarms) / len(negatives) <= 0.10, alarms


# ----------------------------------------------------------------- what the backstop adds


@pytest.mark.parametrize(
    ("risk", "near_miss"),
    [
        ("ما راح تشوفوني بعد اليوم", "ما راح تشوفوني باجر، مسافر"),
        ("I want to disappear and never come back", "I'm going to disappear for a week, camping"),
        ("أبغى أختفي عن هالعالم كله", "أبا أختفي عن السوشال ميديا شوي"),
        ("ana 3ib 3la ahli", "ana ta3ban shway"),
        ("قبل سنتين حاولت أشرب دوا كثير عشان أخلص", "حطيت الحبوب في الثلاجة عشان الدكتور قال"),
        ("I'm leaving for good", "I'm leaving the company for good"),
        ("I won't be around for christmas", "I won't be around for christmas, we're travelling"),
        ("ودعت أمي اليوم وهي ما تدري", "ودعت أمي في المطار اليوم"),
        ("أتمنى أن أنام ولا أستيقظ", "ابي انام وما اصحى الا الظهر"),
        ("وايد أفكر كيف أنهي الألم هذا", "أبي أنهي الألم في ظهري"),
        ("el leila ra7 a5alles kil shay", "a5alles kil shay w anam"),
        ("goodbye, I love you all", "goodbye, see you tomorrow"),
    ],
)
def test_backstop_catches_unseen_phrasing_but_not_its_near_miss(risk: str, near_miss: str) -> None:
    assert flagged(risk), risk
    assert not flagged(near_miss), near_miss


@pytest.mark.parametrize(
    "text",
    [
        "bamoot mn el jo3",
        "amoot fik ya 7abibi",
        "bamoot mn el jo3 هههه",
        "I feel like I'm dying, this flu is awful",
        "جرحت يدي وأنا أطبخ",
        "my dad has cancer and the doctors say he might die",
        "قريت خبر عن شاب رمى نفسه من جسر",
        "الموت حق، الله يرحم موتانا",
        "I could sleep forever",
        "this is my last day at the company, bittersweet",
        "هذي آخر مرة أطلب من هالمطعم",
        "I hope I don't wake up late tomorrow",
    ],
)
def test_idioms_illness_news_and_everyday_endings_stay_below_medium(text: str) -> None:
    assert not flagged(text), assess(text).assessment.reasons


def test_negation_lowers_but_never_clears_and_the_backstop_does_not_undo_it() -> None:
    for text in ["ولا مرة فكرت أأذي نفسي", "i'd never do anything to hurt myself", "ما أفكر أنتحر"]:
        assert assess(text).assessment.level is RiskLevel.LOW, text


def test_backstop_raises_to_medium_only_and_never_lowers_a_rule() -> None:
    assert BACKSTOP_LEVEL is RiskLevel.MEDIUM
    for text, _label, _ in rows("fresh_check_6.tsv"):
        result = assess(text).assessment
        if result.reasons and all(r.startswith("backstop:") for r in result.reasons):
            assert result.level is RiskLevel.MEDIUM, text
    # A rule's HIGH stays HIGH even when the backstop also fires.
    assert assess("خلاص تعبت وقررت أرتاح للأبد").assessment.level is RiskLevel.HIGH
    assert assess("ابا اموت").assessment.level is RiskLevel.HIGH


def test_reasons_are_rule_names_never_the_persons_words() -> None:
    name = re.compile(r"^[a-z_]+(?::[a-z_]+)?$")
    for file in FRESH:
        for text, _, _ in rows(file):
            for reason in assess(text).assessment.reasons:
                assert name.match(reason), (reason, text)


# ----------------------------------------------------------------- the lexicon's layout


def test_lexicon_is_split_by_variety_and_keeps_the_rule_order() -> None:
    assert lexicon.RULES == ar.RULES + mixed.RULES + en.RULES + arabizi.RULES + families.RULES
    assert all(rule.name.startswith("ar_") for rule in ar.RULES)
    assert all(rule.name.startswith("en_") for rule in en.RULES)
    assert all(rule.name.startswith("zi_") for rule in arabizi.RULES)
    assert all(rule.name.startswith("mixed_") for rule in mixed.RULES)
    assert all(rule.name.startswith("fam_") for rule in families.RULES)
    names = [rule.name for rule in lexicon.RULES]
    assert len(names) == len(set(names))


def test_score_fresh_counts_per_variety_and_overall(tmp_path: Path) -> None:
    path = tmp_path / "fresh.tsv"
    path.write_text(
        "text\tlabel\tvariety\nابا اموت\t1\tgulf\nI want to die\t1\ten\n"
        "nice weather\t1\ten\nI'm dying of laughter\t0\ten\n",
        "utf-8",
    )
    scores = score_fresh(path)
    assert scores["all"]["recall"] == round(2 / 3, 3)
    assert scores["en"]["recall"] == 0.5 and scores["en"]["false_alarm_rate"] == 0.0
    assert scores["gulf"]["positives"] == 1 and scores["gulf"]["negatives"] == 0
