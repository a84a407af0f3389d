"""The stage waterfall per turn as a PNG: where the time between speech end and reply goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede pyplot
import matplotlib.pyplot as plt
from matplotlib.patches import Patch

from wanees.bench.report import GOALS

GOAL_P50_S = GOALS["voice_to_voice_p50_s"]

# Stage name -> colour, in pipeline order.
STAGE_COLOURS: dict[str, str] = {
    "VAD hang-over": "#9e9e9e",
    "STT": "#1f77b4",
    "LLM first token": "#ff7f0e",
    "no LLM token (fallback reply)": "#9467bd",
    "first clause": "#ffbb78",
    "TTS first audio": "#2ca02c",
    "transport + client": "#d62728",
}


def waterfall_segments(turn: dict[str, Any]) -> list[tuple[str, float, float]]:
    """(stage, start, length) from the turn's last voiced sample, in seconds.

    The server reports overlapping spans: end_of_utterance_delay runs from the last voiced sample
    to the final transcript and includes stt_latency; the LLM is asked right after the
    transcript; TTS first audio ends at the server's voice_to_voice. What remains between the
    first token and the TTS request is the model finishing its first clause.
    """
    stages = turn["stages"]
    eou = stages.get("end_of_utterance_delay")
    stt = stages.get("stt_latency")
    ttft = stages.get("llm_ttft")
    tts = stages.get("tts_ttfb")
    server_v2v = stages.get("voice_to_voice")
    client_v2v = turn.get("voice_to_voice")
    segments: list[tuple[str, float, float]] = []
    if eou is not None and stt is not None:
        segments.append(("VAD hang-over", 0.0, max(eou - stt, 0.0)))
        segments.append(("STT", max(eou - stt, 0.0), stt))
    cursor = eou if eou is not None else 0.0
    # A reply started speculatively during the hang-over: the LLM began before the transcript.
    cursor = max(0.0, cursor - (stages.get("llm_lead") or 0.0))
    if ttft is not None:
        segments.append(("LLM first token", cursor, ttft))
        cursor += ttft
    elif stages.get("fallback") and server_v2v is not None:
        # The model gave no token in time: the wait ends with the fallback reply's first clause.
        stop = server_v2v - (tts or 0.0)
        segments.append(("no LLM token (fallback reply)", cursor, stop - cursor))
        cursor = stop
    if server_v2v is not None:
        tts_start = server_v2v - (tts or 0.0)
        if tts_start > cursor:
            segments.append(("first clause", cursor, tts_start - cursor))
        if tts is not None:
            segments.append(("TTS first audio", tts_start, tts))
        if client_v2v is not None and client_v2v > server_v2v:
            segments.append(("transport + client", server_v2v, client_v2v - server_v2v))
    return [s for s in segments if s[2] > 0]


def write_waterfall(report: dict[str, Any], path: Path) -> None:
    turns = report["turns"]
    height = max(2.5, 0.45 * len(turns) + 1.5)
    figure, axes = plt.subplots(figsize=(12, height))
    try:
        labels = []
        for row, turn in enumerate(turns):
            labels.append(f"{turn['clip']}#{turn['repeat']}")
            for stage, start, length in waterfall_segments(turn):
                axes.barh(row, length, left=start, color=STAGE_COLOURS[stage], height=0.6)
            if turn.get("voice_to_voice") is not None:
                axes.plot(turn["voice_to_voice"], row, marker="|", color="black", markersize=14)
        # The goal for the median turn, so a glance shows which turns miss it.
        axes.axvline(GOAL_P50_S, color="black", linestyle="--", linewidth=1)
        axes.text(GOAL_P50_S, -0.6, f" goal p50 {GOAL_P50_S:g} s", fontsize="small", va="bottom")
        axes.set_yticks(range(len(turns)), labels)
        axes.invert_yaxis()
        axes.set_xlabel("seconds after the last voiced sample (| = client voice-to-voice)")
        axes.set_title("Wanees voice-to-voice stage waterfall per turn")
        handles = [Patch(color=c, label=name) for name, c in STAGE_COLOURS.items()]
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
        axes.grid(axis="x", alpha=0.3)
        figure.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(path, dpi=110)
    finally:
        plt.close(figure)
