"""Aggregation of per-turn results into p50/p95, corpus scores, goals and the table."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from wanees.bench.chart import waterfall_segments, write_waterfall
from wanees.bench.client import FRAME_BYTES, mic_frames, score_transcript
from wanees.bench.clips import Clip, Reference, find_last_voiced_sample
from wanees.bench.report import (
    ServerStages,
    TurnResult,
    build_report,
    format_table,
    percentile,
    summarize,
    write_json,
)
from wanees.bench.scoring import ErrorCount


def test_percentiles_interpolate_linearly() -> None:
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 50) == pytest.approx(5.5)
    assert percentile(values, 95) == pytest.approx(9.55)
    assert percentile([2.0], 95) == 2.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_summarize_skips_missing_values() -> None:
    stats = summarize([1.0, None, 3.0, float("nan")])
    assert stats["n"] == 2
    assert stats["p50"] == pytest.approx(2.0)
    assert stats["max"] == 3.0
    assert summarize([None])["p50"] is None


def _turn(clip: str, v2v: float | None, words: ErrorCount | None) -> TurnResult:
    return TurnResult(
        clip=clip,
        repeat=0,
        audio_s=6.0,
        last_voiced_s=5.8,
        sent_audio_s=6.0,
        voice_to_voice=v2v,
        word_errors=words,
        stages=ServerStages(
            end_of_utterance_delay=0.9,
            stt_latency=0.3,
            llm_ttft=0.2,
            tts_ttfb=0.1,
            voice_to_voice=1.3,
            user_audio_s=6.0,
        ),
    )


def test_report_aggregates_latency_recognition_and_goals(tmp_path: Path) -> None:
    turns = [
        _turn("a", 1.0, ErrorCount(2, 10)),
        _turn("b", 3.0, ErrorCount(6, 10)),
        _turn("c", None, None),  # failed turn: counted, but not in the figures
    ]
    turns[2].error = "stt_failed"
    report = build_report(turns, meta={"clips": ["a", "b", "c"]}, server={"peak_rss_mb": 900.0})

    v2v = report["summary"]["voice_to_voice"]
    assert v2v["n"] == 2
    assert v2v["p50"] == pytest.approx(2.0)
    assert v2v["p95"] == pytest.approx(2.9)
    assert report["summary"]["stt_rtf"]["p50"] == pytest.approx(0.05)
    # 1.3 s server v2v - 0.9 end of utterance - 0.2 LLM - 0.1 TTS
    assert report["summary"]["first_clause_wait"]["p50"] == pytest.approx(0.1)
    assert report["recognition"]["wer"] == pytest.approx(0.4)
    assert report["turns_failed"] == 1
    goals = report["goals"]
    assert goals["voice_to_voice_p50_s"]["met"] is False
    assert goals["wer"]["met"] is True
    assert goals["peak_rss_mb"]["met"] is True

    table = format_table(report)
    assert "a#0" in table and "stt_failed" in table
    assert "NOT met" in table

    path = tmp_path / "out" / "report.json"
    write_json(report, path)
    assert json.loads(path.read_text(encoding="utf-8"))["turns"][1]["wer"] == pytest.approx(0.6)


def test_digit_clips_are_scored_by_number_not_words() -> None:
    clip = Clip(
        name="digit",
        path=Path("digit.wav"),
        pcm=b"",
        reference=Reference(kind="asr_word", text="اثنان", number=2),
        last_voiced_sample=0,
    )
    turn = _turn("digit", 1.0, None)
    turn.transcript = "اثنين"
    score_transcript(turn, clip)
    assert turn.word_errors is None
    assert turn.number_correct is True
    report = build_report([turn], meta={}, server={})
    assert report["recognition"]["number_accuracy"] == 1.0
    assert report["recognition"]["wer"] is None


def test_last_voiced_sample_ignores_trailing_room_noise() -> None:
    rate = 16_000
    rng = np.random.default_rng(0)
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(rate) / rate)
    noise = 0.0005 * rng.standard_normal(rate // 2)
    samples = (np.concatenate([noise, tone, noise]) * 32767).astype(np.int16)
    end = find_last_voiced_sample(samples)
    assert abs(end - int(1.5 * rate)) <= 160  # within one 10 ms window
    # Speech running to the last sample (a clip cut mid-word) ends at the clip's end.
    cut = (np.concatenate([noise, tone[:-37]]) * 32767).astype(np.int16)
    assert find_last_voiced_sample(cut) == len(cut)


def test_waterfall_places_stages_end_to_end(tmp_path: Path) -> None:
    turn = _turn("a", 1.5, None).to_json()
    segments = {name: (start, length) for name, start, length in waterfall_segments(turn)}
    assert segments["VAD hang-over"] == pytest.approx((0.0, 0.6))
    assert segments["STT"] == pytest.approx((0.6, 0.3))
    assert segments["LLM first token"] == pytest.approx((0.9, 0.2))
    assert segments["first clause"] == pytest.approx((1.1, 0.1))
    assert segments["TTS first audio"] == pytest.approx((1.2, 0.1))
    assert segments["transport + client"] == pytest.approx((1.3, 0.2))
    chart = tmp_path / "chart.png"
    write_waterfall({"turns": [turn]}, chart)
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_mic_frames_are_whole_20ms_frames_and_keep_every_sample() -> None:
    pcm = bytes(range(256)) * 3 + b"\x01\x02" * 10  # 788 bytes: one full frame and a tail
    frames = mic_frames(pcm)
    assert all(len(frame) == FRAME_BYTES for frame, _ in frames)
    assert sum(samples for _, samples in frames) * 2 == len(pcm)
    assert b"".join(frame for frame, _ in frames)[: len(pcm)] == pcm
    # A 2-sample tail becomes a full frame, not a 4-byte message the server would refuse.
    assert mic_frames(b"\x00" * (FRAME_BYTES + 4))[-1] == (bytes(FRAME_BYTES), 2)


def test_waterfall_shows_a_fallback_turn_as_a_wait_for_the_model() -> None:
    turn = _turn("a", 3.2, None)
    turn.stages.llm_ttft = None
    turn.stages.fallback = True
    turn.stages.voice_to_voice = 3.0
    segments = {name: (start, length) for name, start, length in waterfall_segments(turn.to_json())}
    assert segments["no LLM token (fallback reply)"] == pytest.approx((0.9, 2.0))
    assert "first clause" not in segments
    assert segments["TTS first audio"] == pytest.approx((2.9, 0.1))


def test_memory_sampler_does_not_count_a_forked_child_twice() -> None:
    import subprocess
    import sys
    import time

    from wanees.bench.server import MemorySampler

    # A parent holding ~80 MB forks a child that shares it all (as before an exec).
    script = (
        "import os, time\n"
        "data = bytearray(80 * 1024 * 1024)\n"
        "for i in range(0, len(data), 4096): data[i] = 1\n"
        "pid = os.fork()\n"
        "if pid: print('ready', flush=True)\n"
        "time.sleep(3)\n"
        "if pid: os.waitpid(pid, 0)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        sampler = MemorySampler(parent.pid, interval_s=0.05).start()
        time.sleep(0.5)
        sampler.stop()
    finally:
        parent.kill()
        parent.wait()
    mb = 1024 * 1024
    assert sampler.peak_main_bytes > 80 * mb
    assert sampler.peak_children_bytes < 40 * mb
    assert sampler.peak_bytes < sampler.peak_main_bytes + 40 * mb


def test_a_speculative_turn_starts_the_llm_before_the_transcript() -> None:
    """The reply was started 0.5 s before the turn ended (during the hang-over): its first
    token came 0.2 s after it was asked for, so before the final transcript."""
    turn = _turn("a", 1.0, None)
    turn.stages.llm_lead = 0.5
    turn.stages.voice_to_voice = 0.95
    segments = {name: (start, length) for name, start, length in waterfall_segments(turn.to_json())}
    assert segments["LLM first token"] == pytest.approx((0.4, 0.2))
    assert segments["first clause"] == pytest.approx((0.6, 0.25))
    assert segments["TTS first audio"] == pytest.approx((0.85, 0.1))
    # v2v 0.95 - end of utterance 0.9 - LLM 0.2 - TTS 0.1 + lead 0.5
    assert turn.first_clause_wait == pytest.approx(0.25)
