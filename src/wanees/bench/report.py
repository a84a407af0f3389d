"""Per-turn results, their aggregation (p50/p95) and the stdout table and JSON file."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from wanees.bench.scoring import ErrorCount


@dataclass(slots=True)
class ServerStages:
    """The server's own view of one turn, from ``turn.metrics`` (seconds; None = not measured)."""

    end_of_utterance_delay: float | None = None
    stt_latency: float | None = None
    llm_ttft: float | None = None
    tts_ttfb: float | None = None
    voice_to_voice: float | None = None
    reply_audio_s: float | None = None
    user_audio_s: float | None = None
    fallback: bool = False
    llm_lead: float | None = None  # the reply was started this long before the turn ended

    @classmethod
    def from_event(cls, event: dict[str, Any]) -> ServerStages:
        def seconds(name: str) -> float | None:
            value = event.get(name)
            return float(value) if isinstance(value, int | float) else None

        return cls(
            end_of_utterance_delay=seconds("end_of_utterance_delay"),
            stt_latency=seconds("stt_latency"),
            llm_ttft=seconds("llm_ttft"),
            tts_ttfb=seconds("tts_ttfb"),
            voice_to_voice=seconds("voice_to_voice"),
            reply_audio_s=seconds("reply_audio_s"),
            user_audio_s=seconds("user_audio_s"),
            fallback=bool(event.get("fallback", False)),
            llm_lead=seconds("llm_lead"),
        )


@dataclass(slots=True)
class TurnResult:
    clip: str
    repeat: int
    audio_s: float
    last_voiced_s: float
    sent_audio_s: float = 0.0
    # The server took the turn before the clip's speech had all been sent (a pause inside the
    # clip was long enough to end the utterance); the rest of the clip was not sent.
    cut_short: bool = False
    transcript: str | None = None
    reply_text: str | None = None
    reference_kind: str | None = None
    word_errors: ErrorCount | None = None
    char_errors: ErrorCount | None = None
    number_expected: int | None = None
    number_heard: int | None = None
    # Client clock: last voiced sample sent -> first reply audio byte received.
    voice_to_voice: float | None = None
    reply_audio_s: float = 0.0
    # Reply audio seconds per second of streaming (first byte -> audio done); above 1 the
    # server delivers faster than it is played, so playback never starves.
    reply_stream_rtf: float | None = None
    playback_underruns: int = 0
    stages: ServerStages = field(default_factory=ServerStages)
    risk_level: str | None = None
    error: str | None = None

    @property
    def wer(self) -> float | None:
        return self.word_errors.rate if self.word_errors else None

    @property
    def cer(self) -> float | None:
        return self.char_errors.rate if self.char_errors else None

    @property
    def number_correct(self) -> bool | None:
        if self.number_expected is None:
            return None
        return self.number_heard == self.number_expected

    @property
    def stt_rtf(self) -> float | None:
        """Server STT time after the utterance ended, per second of user audio."""
        audio = self.stages.user_audio_s or self.sent_audio_s
        if self.stages.stt_latency is None or not audio:
            return None
        return self.stages.stt_latency / audio

    @property
    def first_clause_wait(self) -> float | None:
        """Server time not covered by its stage timings: after the first token, until the first
        clause was complete and sent to TTS (derived: v2v - end of utterance - LLM - TTS, plus
        the LLM's lead when the reply was started speculatively during the hang-over)."""
        s = self.stages
        parts = (s.voice_to_voice, s.end_of_utterance_delay, s.llm_ttft, s.tts_ttfb)
        if any(p is None for p in parts):
            return None
        v2v, eou, ttft, ttfb = (float(p or 0.0) for p in parts)
        return max(0.0, v2v - eou - ttft - ttfb + (s.llm_lead or 0.0))

    def metric(self, key: str) -> float | None:
        """A numeric per-turn figure by its report key (see :data:`LATENCY_METRICS`)."""
        if key.startswith("server."):
            value = getattr(self.stages, key.removeprefix("server."))
        else:
            value = getattr(self, key)
        if isinstance(value, bool) or value is None:
            return None
        return float(value)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["stages"] = asdict(self.stages)
        for name in ("word_errors", "char_errors"):
            count = getattr(self, name)
            data[name] = None if count is None else asdict(count)
        data.update(
            wer=self.wer,
            cer=self.cer,
            number_correct=self.number_correct,
            stt_rtf=self.stt_rtf,
            first_clause_wait=self.first_clause_wait,
        )
        return data


# Report key -> column label, in pipeline order.
LATENCY_METRICS: dict[str, str] = {
    "voice_to_voice": "v2v (client)",
    "server.voice_to_voice": "v2v (server)",
    "server.end_of_utterance_delay": "end of utterance",
    "server.stt_latency": "STT",
    "server.llm_ttft": "LLM 1st token",
    "server.llm_lead": "LLM lead (spec.)",
    "first_clause_wait": "1st clause (derived)",
    "server.tts_ttfb": "TTS 1st audio",
    "stt_rtf": "STT RTF",
    "reply_stream_rtf": "reply stream RTF",
    "reply_audio_s": "reply audio s",
}


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), q in 0-100."""
    if not values:
        raise ValueError("percentile of no values")
    return float(np.percentile(np.asarray(values, dtype=np.float64), q))


def summarize(values: Iterable[float | None]) -> dict[str, float | int | None]:
    present = [v for v in values if v is not None and math.isfinite(v)]
    if not present:
        return {"n": 0, "p50": None, "p95": None, "mean": None, "min": None, "max": None}
    return {
        "n": len(present),
        "p50": percentile(present, 50),
        "p95": percentile(present, 95),
        "mean": float(np.mean(present)),
        "min": min(present),
        "max": max(present),
    }


def _total(counts: Iterable[ErrorCount | None]) -> ErrorCount | None:
    present = [c for c in counts if c is not None]
    if not present:
        return None
    total = present[0]
    for count in present[1:]:
        total = total + count
    return total


def recognition_summary(turns: Sequence[TurnResult]) -> dict[str, Any]:
    """Corpus WER/CER (edits over all reference words, so long clips weigh more) and the
    spoken-number accuracy of the digit clips."""
    words = _total(t.word_errors for t in turns)
    chars = _total(t.char_errors for t in turns)
    numbers = [t.number_correct for t in turns if t.number_correct is not None]
    return {
        "wer": words.rate if words else None,
        "cer": chars.rate if chars else None,
        "scored_turns": sum(1 for t in turns if t.word_errors is not None),
        "reference_words": words.reference_length if words else 0,
        "number_accuracy": (sum(numbers) / len(numbers)) if numbers else None,
        "number_clips": len(numbers),
    }


# Goals from the issue, checked on whatever clips were run (they are meant for the habibi six).
GOALS: dict[str, float] = {
    "voice_to_voice_p50_s": 1.2,
    "voice_to_voice_p95_s": 2.0,
    "wer": 0.50,
    "peak_rss_mb": 3 * 1024,
}


def check_goals(
    summary: dict[str, Any], recognition: dict[str, Any], peak_rss_mb: float | None
) -> dict[str, dict[str, Any]]:
    v2v = summary.get("voice_to_voice", {})
    observed = {
        "voice_to_voice_p50_s": v2v.get("p50"),
        "voice_to_voice_p95_s": v2v.get("p95"),
        "wer": recognition.get("wer"),
        "peak_rss_mb": peak_rss_mb,
    }
    return {
        name: {
            "goal": f"<= {limit:g}" if name != "peak_rss_mb" else f"< {limit:g}",
            "observed": observed[name],
            "met": None
            if observed[name] is None
            else (observed[name] < limit if name == "peak_rss_mb" else observed[name] <= limit),
        }
        for name, limit in GOALS.items()
    }


def build_report(
    turns: Sequence[TurnResult], *, meta: dict[str, Any], server: dict[str, Any]
) -> dict[str, Any]:
    summary = {key: summarize(t.metric(key) for t in turns) for key in LATENCY_METRICS}
    recognition = recognition_summary(turns)
    return {
        "meta": meta,
        "server": server,
        "summary": summary,
        "recognition": recognition,
        "goals": check_goals(summary, recognition, server.get("peak_rss_mb")),
        "turns_total": len(turns),
        "turns_failed": sum(1 for t in turns if t.error),
        "turns_cut_short": sum(1 for t in turns if t.cut_short),
        "turns": [t.to_json() for t in turns],
    }


def write_json(report: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def _fmt(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}"


def format_table(report: dict[str, Any]) -> str:
    """Per-turn rows, then p50/p95 per metric, recognition scores, memory and goals."""
    columns = [
        ("clip", 22),
        ("v2v", 6),
        ("srv v2v", 7),
        ("eou", 6),
        ("stt", 6),
        ("llm", 6),
        ("tts", 6),
        ("reply s", 7),
        ("WER", 5),
        ("CER", 5),
        ("note", 12),
    ]
    lines = ["  ".join(name.ljust(width) for name, width in columns)]
    for turn in report["turns"]:
        stages = turn["stages"]
        note = turn["error"] or ("cut short" if turn["cut_short"] else "")
        if turn["number_correct"] is not None:
            note = note or ("number ok" if turn["number_correct"] else "number wrong")
        cells = [
            f"{turn['clip']}#{turn['repeat']}",
            _fmt(turn["voice_to_voice"]),
            _fmt(stages["voice_to_voice"]),
            _fmt(stages["end_of_utterance_delay"]),
            _fmt(stages["stt_latency"]),
            _fmt(stages["llm_ttft"]),
            _fmt(stages["tts_ttfb"]),
            _fmt(turn["reply_audio_s"], 1),
            _fmt(turn["wer"]),
            _fmt(turn["cer"]),
            note[:24],
        ]
        lines.append("  ".join(c.ljust(w) for c, (_, w) in zip(cells, columns, strict=True)))

    lines += ["", f"{'metric (s)':22}  {'n':>3}  {'p50':>6}  {'p95':>6}  {'mean':>6}  {'max':>6}"]
    for key, label in LATENCY_METRICS.items():
        stats = report["summary"][key]
        lines.append(
            f"{label:22}  {stats['n']:>3}  {_fmt(stats['p50']):>6}  {_fmt(stats['p95']):>6}"
            f"  {_fmt(stats['mean']):>6}  {_fmt(stats['max']):>6}"
        )
    recog = report["recognition"]
    lines.append("")
    lines.append(
        f"STT corpus WER {_fmt(recog['wer'])}  CER {_fmt(recog['cer'])}"
        f"  ({recog['scored_turns']} turns, {recog['reference_words']} reference words)"
    )
    if recog["number_clips"]:
        lines.append(
            f"spoken numbers correct {_fmt(recog['number_accuracy'])}"
            f" of {recog['number_clips']} digit clips"
        )
    tts = report.get("tts")
    if tts is not None:
        if "error" in tts:
            lines.append(f"TTS RTF (alone): {tts['error']}")
        else:
            lines.append(
                f"TTS RTF (alone, {tts['engine']}, {tts['texts']} replies):"
                f" p50 {_fmt(tts['rtf']['p50'], 1)}x real time,"
                f" first audio p50 {_fmt(tts['first_audio_s']['p50'])} s"
            )
    server = report["server"]
    lines.append(
        f"server peak RSS {_fmt(server.get('peak_rss_mb'), 0)} MB"
        f" (after start {_fmt(server.get('rss_after_start_mb'), 0)} MB,"
        f" start-up {_fmt(server.get('startup_s'), 1)} s)"
    )
    if server.get("cpu_share_of_machine") is not None:
        machine = report["meta"].get("machine", {})
        lines.append(
            f"server CPU {server['cpu_s']:.0f} s = {100 * server['cpu_share_of_machine']:.0f} %"
            f" of the machine; machine busy {machine.get('cpu_percent_during_run', '-')} %,"
            f" load average {machine.get('load_average_1m_start', 0):.1f}"
            f" -> {machine.get('load_average_1m_end', 0):.1f}"
        )
    lines.append(
        f"turns {report['turns_total']}, failed {report['turns_failed']},"
        f" cut short {report['turns_cut_short']}"
    )
    for name, goal in report["goals"].items():
        verdict = {True: "met", False: "NOT met", None: "not measured"}[goal["met"]]
        observed = goal["observed"]
        lines.append(f"goal {name} {goal['goal']}: {_fmt(observed)} -> {verdict}")
    return "\n".join(lines)
