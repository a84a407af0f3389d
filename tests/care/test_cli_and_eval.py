"""`wanees risk` (one JSON line per input line) and the evaluation entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from wanees.care.cli import risk
from wanees.care.evaluate import care_eval, rule_timings, run_care_eval
from wanees.cli import app


def test_risk_command_writes_one_json_object_per_line() -> None:
    lines = ["ابا اموت", "", "I'm dying of laughter", "abi amoot al7een", "ما أفكر أنتحر"]
    result = CliRunner().invoke(app, ["risk"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [row["level"] for row in rows] == ["high", "none", "none", "imminent", "low"]
    assert rows[1]["reasons"] == []
    assert all(isinstance(row["reasons"], list) for row in rows)


def test_risk_is_the_registered_command() -> None:
    assert any(command.callback is risk for command in app.registered_commands)


def test_run_care_eval_scores_each_set_for_what_it_labels(tmp_path: Path) -> None:
    text = tmp_path / "text"
    text.mkdir()
    (text / "en_suicide_twitter.tsv").write_text(
        "id\ttext\tlabel\tlabel_text\n0\tI want to die\t1\tx\n1\tmaking lunch\t0\tx\n"
        "2\tnice weather today\t1\tx\n",
        "utf-8",
    )
    (text / "en_cssrs_reddit500.tsv").write_text(
        "user\tposts\tcssrs_label\tat_risk\n"
        "u0\t['I keep thinking I want to kill myself', 'bad day']\tIdeation\t1\n"
        "u1\t['you can get through this']\tSupportive\t0\n",
        "utf-8",
    )
    results = run_care_eval(tmp_path)
    assert results["en_suicide_twitter"]["recall"] == 0.5
    assert results["en_suicide_twitter"]["false_alarm_rate"] == 0.0
    assert results["en_cssrs_reddit500"]["recall"] == 1.0
    assert "ar_depression_alshoushi" not in results  # absent sets are skipped


def test_rule_timings_time_every_message_and_order_their_figures() -> None:
    timing = rule_timings(["ابي اموت", "I want to die tonight", "hello", "تعبت من كل شي"] * 5)
    assert timing["messages"] == 20
    assert 0 < timing["median_ms"] <= timing["p95_ms"] <= timing["max_ms"]
    assert rule_timings([])["messages"] == 0


def test_care_eval_speed_times_the_fresh_checks_and_asks_for_one(tmp_path: Path) -> None:
    command = typer.Typer()
    command.command()(care_eval)
    missing = CliRunner().invoke(command, ["--speed"])
    assert missing.exit_code == 2 and "--fresh" in missing.output
    fresh = tmp_path / "check.tsv"
    fresh.write_text("text\tlabel\tvariety\nابي اموت\t1\tomani\nhello\t0\ten\n", encoding="utf-8")
    timed = CliRunner().invoke(command, ["--speed", "--no-semantic", "--fresh", str(fresh)])
    assert timed.exit_code == 0, timed.output
    assert "rules: 2 messages" in timed.output
    assert "learned check" not in timed.output


@pytest.mark.slow
def test_care_eval_speed_times_the_learned_check_too(tmp_path: Path) -> None:
    command = typer.Typer()
    command.command()(care_eval)
    fresh = tmp_path / "check.tsv"
    fresh.write_text("text\tlabel\tvariety\nابي اموت\t1\tomani\nhello\t0\ten\n", encoding="utf-8")
    timed = CliRunner().invoke(command, ["--speed", "--fresh", str(fresh)])
    assert timed.exit_code == 0, timed.output
    assert "rules: 2 messages" in timed.output
    assert "learned check: 2 messages" in timed.output
    assert "learned check: loaded in" in timed.output
