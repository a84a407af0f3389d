"""Score the deterministic detector on the shared labelled text (``../shared/eval/text``).

Each set labels something different, so each is scored for what it can tell:

* Balaha 2022 labels "about suicide" (mostly news): its positives are not first-person risk. We
  report how many we flag and with which reasons, and the false-alarm rate on its negatives.
* Alshoushi labels depression, not risk: the false-alarm rate on it is what matters.
* The C-SSRS Reddit set: Ideation/Behavior/Attempt are at risk (recall); Supportive/Indicator are
  not (false alarms). A user is flagged when any of their posts is.
* The English tweets and the machine-translated Arabic set: recall and precision, secondary.

"Flagged" means MEDIUM or above (the level at which the companion changes course); the HIGH
column counts HIGH or IMMINENT.
"""

from __future__ import annotations

import ast
import csv
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.transport.protocol import RiskLevel

csv.field_size_limit(sys.maxsize)


@dataclass(slots=True)
class Score:
    name: str
    positives: int = 0
    negatives: int = 0
    true_pos: int = 0
    false_pos: int = 0
    high_pos: int = 0
    high_neg: int = 0
    reasons_pos: Counter[str] = field(default_factory=Counter)
    reasons_neg: Counter[str] = field(default_factory=Counter)

    def add(self, label: bool, level: RiskLevel, reasons: Iterable[str]) -> None:
        flagged = RISK_ORDER[level] >= RISK_ORDER[RiskLevel.MEDIUM]
        high = RISK_ORDER[level] >= RISK_ORDER[RiskLevel.HIGH]
        if label:
            self.positives += 1
            self.true_pos += flagged
            self.high_pos += high
            if flagged:
                self.reasons_pos.update(reasons)
        else:
            self.negatives += 1
            self.false_pos += flagged
            self.high_neg += high
            if flagged:
                self.reasons_neg.update(reasons)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "positives": self.positives,
            "negatives": self.negatives,
            "recall": ratio(self.true_pos, self.positives),
            "recall_high": ratio(self.high_pos, self.positives),
            "precision": ratio(self.true_pos, self.true_pos + self.false_pos),
            "false_alarm_rate": ratio(self.false_pos, self.negatives),
            "false_alarm_rate_high": ratio(self.high_neg, self.negatives),
            "flagged_positive_reasons": dict(self.reasons_pos.most_common(8)),
            "flagged_negative_reasons": dict(self.reasons_neg.most_common(8)),
        }


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _score_binary(name: str, path: Path, column: str) -> Score:
    score = Score(name)
    for row in _rows(path):
        result = assess(row["text"]).assessment
        score.add(row[column].strip() == "1", result.level, result.reasons)
    return score


def _posts(cell: str) -> list[str]:
    try:
        value = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        return [cell]
    return [str(post) for post in value] if isinstance(value, list) else [str(value)]


def _score_cssrs(path: Path) -> Score:
    score = Score("en_cssrs_reddit500 (per user)")
    for row in _rows(path):
        level, reasons = RiskLevel.NONE, []
        for post in _posts(row["posts"]):
            result = assess(post).assessment
            if RISK_ORDER[result.level] > RISK_ORDER[level]:
                level = result.level
            reasons += list(result.reasons)
        score.add(row["cssrs_label"] in {"Ideation", "Behavior", "Attempt"}, level, reasons)
    return score


SETS: dict[str, tuple[str, str]] = {
    "ar_suicide_balaha2022": ("ar_suicide_balaha2022.tsv", "label_majority"),
    "ar_suicide_balaha2022_highagree": ("ar_suicide_balaha2022_highagree.tsv", "label_majority"),
    "ar_depression_alshoushi": ("ar_depression_alshoushi.tsv", "label"),
    "en_suicide_twitter": ("en_suicide_twitter.tsv", "label"),
    "ar_suicide_tintin2310_MT": ("ar_suicide_tintin2310_MT.tsv", "label"),
}
NOTES = {
    "ar_suicide_balaha2022": "label = about suicide (mostly news): recall is NOT the target",
    "ar_suicide_balaha2022_highagree": "same, >= 4/5 agreement",
    "ar_depression_alshoushi": "label = depression, not risk: false alarms on both labels matter",
    "en_suicide_twitter": "potential suicide tweets",
    "ar_suicide_tintin2310_MT": "machine-translated, secondary",
    "en_cssrs_reddit500": "positives = Ideation/Behavior/Attempt; negatives = Supportive/Indicator",
}


def run_care_eval(eval_dir: Path) -> dict[str, Any]:
    """Score every labelled set under ``eval_dir/text``; print a table; return the figures."""
    text_dir = eval_dir / "text"
    results: dict[str, Any] = {}
    for name, (file_name, column) in SETS.items():
        path = text_dir / file_name
        if path.exists():
            results[name] = _score_binary(name, path, column).as_dict()
    cssrs = text_dir / "en_cssrs_reddit500.tsv"
    if cssrs.exists():
        results["en_cssrs_reddit500"] = _score_cssrs(cssrs).as_dict()
    _print_table(results)
    return results


def _fmt(value: object) -> str:
    return "-" if value is None else f"{value}"


def _print_table(results: dict[str, Any]) -> None:
    header = f"{'set':34} {'pos':>5} {'neg':>6} {'recall':>7} {'rec>=H':>7} {'prec':>6} {'FA':>6}"
    print(header + f" {'FA>=H':>6}")
    for name, row in results.items():
        print(
            f"{name:34} {row['positives']:>5} {row['negatives']:>6} {_fmt(row['recall']):>7} "
            f"{_fmt(row['recall_high']):>7} {_fmt(row['precision']):>6} "
            f"{_fmt(row['false_alarm_rate']):>6} {_fmt(row['false_alarm_rate_high']):>6}"
        )
    for name, row in results.items():
        print(f"\n{name}: {NOTES.get(name, '')}")
        print(f"  flagged positives by reason: {row['flagged_positive_reasons']}")
        print(f"  flagged negatives by reason: {row['flagged_negative_reasons']}")


def score_fresh(path: Path) -> dict[str, dict[str, Any]]:
    """Score a fresh check (TSV: text, label 1/0, variety), per variety and overall ("all")."""
    scores: dict[str, Score] = {}
    for row in _rows(path):
        result = assess(row["text"]).assessment
        for name in (row["variety"], "all"):
            scores.setdefault(name, Score(name)).add(
                row["label"].strip() == "1", result.level, result.reasons
            )
    return {name: score.as_dict() for name, score in scores.items()}


def care_eval(
    eval_dir: Annotated[
        Path, typer.Option(help="The shared evaluation folder (with text/)")
    ] = Path("../shared/eval"),
    fresh: Annotated[
        list[Path] | None,
        typer.Option(help="Also score a fresh check TSV (text, label, variety); repeatable"),
    ] = None,
) -> None:
    """Score the risk detector on the shared labelled text sets (and on fresh checks)."""
    for path in fresh or []:
        typer.echo(f"\n{path}")
        for name, row in score_fresh(path).items():
            typer.echo(
                f"  {name:8} recall {_fmt(row['recall']):>6} ({row['positives']} at risk)  "
                f"FA {_fmt(row['false_alarm_rate']):>6} ({row['negatives']} negatives)"
            )
    if not (eval_dir / "text").is_dir():
        typer.echo(f"no text/ folder under {eval_dir}", err=True)
        raise typer.Exit(2)
    run_care_eval(eval_dir)


if __name__ == "__main__":
    typer.run(care_eval)
