"""Score the deterministic detector on the shared labelled text (``../shared/eval/text``).

Each set labels something different, so each is scored for what it can tell:

* Balaha 2022 labels "about suicide" (mostly news): its positives are not first-person risk. We
  report how many we flag and with which reasons, and the false-alarm rate on its negatives.
* Alshoushi labels depression, not risk: the false-alarm rate on it is what matters.
* The C-SSRS Reddit set: Ideation/Behavior/Attempt are at risk (recall); Supportive/Indicator are
  not (false alarms). A user is flagged when any of their posts is.
* The English tweets and the machine-translated Arabic set: recall and precision, secondary.

"Flagged" means MEDIUM or above (the level at which the companion changes course); the HIGH
column counts HIGH or IMMINENT. Scored with the embedding check on (care/semantic, as `wanees
risk` runs by default), with the rules-only figures beside them so its gain and cost show.
"""

from __future__ import annotations

import ast
import csv
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from wanees.care import semantic
from wanees.care.api import RISK_ORDER, RiskAssessment
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


Verdict = tuple[RiskLevel, tuple[str, ...]]


def rule_timings(texts: Iterable[str]) -> dict[str, float]:
    """Milliseconds the deterministic detector takes per message: median, 95th percentile, max."""
    return per_message_timings(assess, texts)


def per_message_timings(score: Callable[[str], object], texts: Iterable[str]) -> dict[str, float]:
    """Milliseconds ``score`` takes per message: median, 95th percentile, max. Each message is
    timed alone, once, after a short warm-up (regular expressions compile on first use)."""
    messages = list(texts)
    for text in messages[:20]:
        score(text)
    times: list[float] = []
    for text in messages:
        start = time.perf_counter()
        score(text)
        times.append((time.perf_counter() - start) * 1000)
    if not times:
        return {"messages": 0, "median_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0}
    times.sort()
    return {
        "messages": len(times),
        "median_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))],
        "max_ms": times[-1],
    }


class Scorer:
    """Rules-only and rules + embedding-check verdicts for a batch of messages."""

    def __init__(self, check: semantic.SemanticRiskCheck | None, threshold: float = 1.0) -> None:
        self.check = check
        self.threshold = threshold

    def verdicts(self, texts: list[str]) -> list[tuple[Verdict, Verdict]]:
        rules: list[RiskAssessment] = [assess(text).assessment for text in texts]
        combined: list[Verdict] = [(r.level, r.reasons) for r in rules]
        if self.check is not None:
            todo = [i for i, r in enumerate(rules) if semantic.may_raise(r.level, r.reasons)]
            probabilities = self.check.probabilities([texts[i] for i in todo])
            for i, probability in zip(todo, probabilities, strict=True):
                level, reasons = semantic.raised(
                    rules[i].level, rules[i].reasons, float(probability), self.threshold
                )
                combined[i] = (level, tuple(reasons))
        return [((r.level, r.reasons), c) for r, c in zip(rules, combined, strict=True)]


def load_scorer(use_semantic: bool) -> Scorer:
    """With the embedding check if asked for and loadable (a warning says why not, otherwise)."""
    if not use_semantic:
        return Scorer(None)
    from wanees.config import Settings

    try:
        check = semantic.get_semantic_check()
    except Exception as error:
        print(f"semantic check off: {error}", file=sys.stderr)
        return Scorer(None)
    return Scorer(check, semantic.threshold_of(Settings().care, check))


@dataclass(slots=True)
class Pair:
    """The same set scored twice: rules only, and rules + embedding check."""

    rules: Score
    combined: Score

    def add(self, label: bool, verdicts: tuple[Verdict, Verdict]) -> None:
        self.rules.add(label, *verdicts[0])
        self.combined.add(label, *verdicts[1])

    def as_dict(self, with_semantic: bool) -> dict[str, Any]:
        result = self.combined.as_dict()
        result["semantic"] = with_semantic
        result["rules_only"] = self.rules.as_dict()
        return result


def _pair(name: str) -> Pair:
    return Pair(Score(name), Score(name))


def _score_binary(name: str, path: Path, column: str, scorer: Scorer) -> Pair:
    rows = list(_rows(path))
    pair = _pair(name)
    for row, verdicts in zip(rows, scorer.verdicts([r["text"] for r in rows]), strict=True):
        pair.add(row[column].strip() == "1", verdicts)
    return pair


def _posts(cell: str) -> list[str]:
    try:
        value = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        return [cell]
    return [str(post) for post in value] if isinstance(value, list) else [str(value)]


def _worst(verdicts: list[Verdict]) -> Verdict:
    level, reasons = RiskLevel.NONE, []
    for found, found_reasons in verdicts:
        if RISK_ORDER[found] > RISK_ORDER[level]:
            level = found
        reasons += list(found_reasons)
    return level, tuple(reasons)


def _score_cssrs(path: Path, scorer: Scorer) -> Pair:
    pair = _pair("en_cssrs_reddit500 (per user)")
    for row in _rows(path):
        verdicts = scorer.verdicts(_posts(row["posts"]))
        user = (_worst([v[0] for v in verdicts]), _worst([v[1] for v in verdicts]))
        pair.add(row["cssrs_label"] in {"Ideation", "Behavior", "Attempt"}, user)
    return pair


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


def run_care_eval(eval_dir: Path, *, use_semantic: bool = True) -> dict[str, Any]:
    """Score every labelled set under ``eval_dir/text``; print a table; return the figures.

    Each set's figures are rules + embedding check (``semantic`` says whether it was on), with
    the rules alone under ``rules_only``."""
    text_dir = eval_dir / "text"
    scorer = load_scorer(use_semantic)
    on = scorer.check is not None
    results: dict[str, Any] = {}
    for name, (file_name, column) in SETS.items():
        path = text_dir / file_name
        if path.exists():
            results[name] = _score_binary(name, path, column, scorer).as_dict(on)
    cssrs = text_dir / "en_cssrs_reddit500.tsv"
    if cssrs.exists():
        results["en_cssrs_reddit500"] = _score_cssrs(cssrs, scorer).as_dict(on)
    _print_table(results)
    return results


def _fmt(value: object) -> str:
    return "-" if value is None else f"{value}"


def _print_table(results: dict[str, Any]) -> None:
    header = f"{'set':34} {'pos':>5} {'neg':>6} {'recall':>7} {'rec>=H':>7} {'prec':>6} {'FA':>6}"
    print(header + f" {'FA>=H':>6} | rules only: {'recall':>6} {'FA':>6}")
    for name, row in results.items():
        rules = row["rules_only"]
        print(
            f"{name:34} {row['positives']:>5} {row['negatives']:>6} {_fmt(row['recall']):>7} "
            f"{_fmt(row['recall_high']):>7} {_fmt(row['precision']):>6} "
            f"{_fmt(row['false_alarm_rate']):>6} {_fmt(row['false_alarm_rate_high']):>6} | "
            f"{'':12}{_fmt(rules['recall']):>6} {_fmt(rules['false_alarm_rate']):>6}"
        )
    if results and not next(iter(results.values()))["semantic"]:
        print("(embedding check off: both columns are the rules alone)")
    for name, row in results.items():
        print(f"\n{name}: {NOTES.get(name, '')}")
        print(f"  flagged positives by reason: {row['flagged_positive_reasons']}")
        print(f"  flagged negatives by reason: {row['flagged_negative_reasons']}")


def score_fresh(path: Path, scorer: Scorer | None = None) -> dict[str, dict[str, Any]]:
    """Score a fresh check (TSV: text, label 1/0, variety), per variety and overall ("all").

    Rules only unless a scorer with the embedding check is given (then as ``run_care_eval``)."""
    scorer = scorer or Scorer(None)
    rows = list(_rows(path))
    pairs: dict[str, Pair] = {}
    for row, verdicts in zip(rows, scorer.verdicts([r["text"] for r in rows]), strict=True):
        for name in (row["variety"], "all"):
            pairs.setdefault(name, _pair(name)).add(row["label"].strip() == "1", verdicts)
    return {name: pair.as_dict(scorer.check is not None) for name, pair in pairs.items()}


def _echo_timing(name: str, timing: dict[str, float]) -> None:
    typer.echo(
        f"{name}: {timing['messages']:.0f} messages, median {timing['median_ms']:.2f} ms, "
        f"p95 {timing['p95_ms']:.2f} ms, max {timing['max_ms']:.1f} ms per message"
    )


def care_eval(
    eval_dir: Annotated[
        Path, typer.Option(help="The shared evaluation folder (with text/)")
    ] = Path("../shared/eval"),
    fresh: Annotated[
        list[Path] | None,
        typer.Option(help="Also score a fresh check TSV (text, label, variety); repeatable"),
    ] = None,
    use_semantic: Annotated[
        bool, typer.Option("--semantic/--no-semantic", help="With the embedding check")
    ] = True,
    speed: Annotated[
        bool,
        typer.Option(
            "--speed",
            help="Only time the rules (and the learned check) per message on the fresh checks",
        ),
    ] = False,
) -> None:
    """Score the risk detector on the shared labelled text sets (and on fresh checks)."""
    if speed:
        if not fresh:
            typer.echo(
                "--speed times the rules on the fresh checks: give at least one --fresh", err=True
            )
            raise typer.Exit(2)
        texts = [row["text"] for path in fresh for row in _rows(path)]
        _echo_timing("rules", rule_timings(texts))
        if use_semantic:
            start = time.perf_counter()
            check = semantic.get_semantic_check()  # E5 mapped, the n-gram learner fitted
            loaded = time.perf_counter() - start
            _echo_timing("learned check", per_message_timings(check.probability, texts))
            typer.echo(f"learned check: loaded in {loaded:.1f} s")
        return
    scorer = load_scorer(use_semantic)
    for path in fresh or []:
        typer.echo(f"\n{path}   (rules + semantic | rules only)")
        for name, row in score_fresh(path, scorer).items():
            rules = row["rules_only"]
            typer.echo(
                f"  {name:8} recall {_fmt(row['recall']):>6} | {_fmt(rules['recall']):>6} "
                f"({row['positives']} at risk)  FA {_fmt(row['false_alarm_rate']):>6} | "
                f"{_fmt(rules['false_alarm_rate']):>6} ({row['negatives']} negatives)"
            )
    if not (eval_dir / "text").is_dir():
        typer.echo(f"no text/ folder under {eval_dir}", err=True)
        raise typer.Exit(2)
    run_care_eval(eval_dir, use_semantic=use_semantic)


if __name__ == "__main__":
    typer.run(care_eval)
