"""`wanees bench` end to end: a real `wanees serve` subprocess on fake engines, one short clip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wanees.cli import app

EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
CLIP = "digit_01_1_one_0000.wav"


@pytest.mark.skipif(not (EVAL_DIR / "audio" / CLIP).is_file(), reason="shared eval clips absent")
def test_bench_on_fake_engines_writes_a_complete_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "bench",
            "--fake",
            "--clips",
            CLIP,
            "--eval-dir",
            str(EVAL_DIR),
            "--fast-playback",
            "--out",
            str(tmp_path),
            "--startup-timeout",
            "60",
            "--turn-timeout",
            "30",
        ],
    )
    assert result.exit_code == 0, result.output

    reports = list(tmp_path.glob("bench-*.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert list(tmp_path.glob("bench-*.png"))
    assert "v2v (client)" in result.stdout

    assert report["meta"]["engines"] == {
        "vad": "energy",
        "stt": "fake",
        "llm": "fake",
        "tts": "fake",
    }
    assert report["turns_total"] == 1 and report["turns_failed"] == 0
    turn = report["turns"][0]
    assert turn["clip"] == "digit_01_1_one_0000"
    assert turn["error"] is None and not turn["cut_short"]
    # The fake recogniser always hears its configured sentence; it is not a number.
    assert turn["transcript"]
    assert turn["number_expected"] == 1 and turn["number_correct"] is False
    assert turn["reply_text"] and turn["reply_audio_s"] > 0
    # Latency is positive and includes at least part of the VAD's silence hang-over, but is
    # bounded by the clip's trailing silence plus the turn's own processing.
    assert 0 < turn["voice_to_voice"] < 30
    stages = turn["stages"]
    for name in ("end_of_utterance_delay", "stt_latency", "llm_ttft", "tts_ttfb"):
        assert stages[name] is not None and stages[name] >= 0
    assert stages["voice_to_voice"] >= stages["end_of_utterance_delay"]
    assert stages["reply_audio_s"] == pytest.approx(turn["reply_audio_s"], abs=0.01)

    summary = report["summary"]
    assert summary["voice_to_voice"]["n"] == 1
    assert summary["voice_to_voice"]["p50"] == pytest.approx(turn["voice_to_voice"])
    assert report["server"]["mode"] == "subprocess"
    assert report["server"]["peak_rss_mb"] > 10
    assert 0 < report["server"]["cpu_share_of_machine"] <= 1.0
    # The TTS engine timed alone on the reply that was spoken.
    assert report["tts"]["engine"] == "fake" and report["tts"]["texts"] == 1
    assert report["tts"]["rows"][0]["audio_s"] == pytest.approx(turn["reply_audio_s"], rel=0.05)
    assert set(report["goals"]) == {
        "voice_to_voice_p50_s",
        "voice_to_voice_p95_s",
        "wer",
        "peak_rss_mb",
    }


def test_bench_care_runs_the_care_evaluation_and_saves_its_figures(tmp_path: Path) -> None:
    # An evaluation folder without text sets: the wiring is what is tested here (the care
    # layer's own tests score the real sets).
    (tmp_path / "eval" / "text").mkdir(parents=True)
    result = CliRunner().invoke(
        app, ["bench", "--care", "--eval-dir", str(tmp_path / "eval"), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    saved = json.loads(next(tmp_path.glob("care-*.json")).read_text(encoding="utf-8"))
    assert saved["results"] == {}
    assert saved["eval_dir"].endswith("eval")
