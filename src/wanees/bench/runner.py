"""Runs a benchmark: clips through one WebSocket session, then the report, JSON and chart."""

from __future__ import annotations

import asyncio
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from wanees.bench.chart import write_waterfall
from wanees.bench.client import BenchProtocolError, ClientOptions, open_session
from wanees.bench.clips import Clip
from wanees.bench.report import TurnResult, build_report, write_json
from wanees.bench.server import ENGINE_PRESETS, MemorySampler, ServerProcess
from wanees.bench.tts_rtf import measure_in_child

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BenchOptions:
    out_dir: Path
    url: str | None = None
    server_pid: int | None = None
    engines: str = "config"
    repeat: int = 1
    warmup: bool = False
    client: ClientOptions = field(default_factory=ClientOptions)
    startup_timeout_s: float = 300.0
    extra_env: dict[str, str] = field(default_factory=dict)
    # Measure the TTS engine alone afterwards (local server only: the engine must be ours).
    tts_rtf: bool = True


@dataclass(frozen=True, slots=True)
class BenchOutput:
    report: dict[str, Any]
    json_path: Path
    chart_path: Path


async def run_turns(
    url: str,
    clips: list[Clip],
    *,
    repeat: int,
    warmup: bool,
    options: ClientOptions,
    progress: Callable[[TurnResult], None] | None = None,
) -> list[TurnResult]:
    """Every clip ``repeat`` times, in one session (a conversation), after an optional untimed
    warm-up turn with the first clip."""
    session = await open_session(url, options)
    results: list[TurnResult] = []
    try:
        if warmup and clips:
            await session.run_turn(clips[0], repeat=-1)
        for repeat_index in range(repeat):
            for clip in clips:
                try:
                    result = await session.run_turn(clip, repeat=repeat_index)
                except BenchProtocolError as exc:
                    # The session is unusable; keep what was measured and say where it stopped.
                    result = TurnResult(
                        clip=clip.name,
                        repeat=repeat_index,
                        audio_s=clip.duration_s,
                        last_voiced_s=clip.last_voiced_s,
                        error=f"session ended: {exc}",
                    )
                    results.append(result)
                    if progress is not None:
                        progress(result)
                    return results
                results.append(result)
                if progress is not None:
                    progress(result)
    finally:
        await session.close()
    return results


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except OSError:
        return None
    return done.stdout.strip() or None


def _machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "cpu_model": platform.processor() or platform.machine(),
        "memory_total_mb": round(psutil.virtual_memory().total / _MB),
        "python": platform.python_version(),
        "load_average_1m_start": os.getloadavg()[0],
    }


def _engine_names(engines: str, extra_env: dict[str, str]) -> dict[str, str]:
    from wanees.config import Settings

    current = Settings()  # type: ignore[call-arg]
    names = {kind: ",".join(getattr(current, kind).engine) for kind in ("vad", "stt", "llm", "tts")}
    for variable, value in {**ENGINE_PRESETS[engines], **extra_env}.items():
        parts = variable.removeprefix("WANEES_").lower().split("__")
        if len(parts) == 2 and parts[1] == "engine" and parts[0] in names:
            names[parts[0]] = value
    return names


def run_benchmark(
    clips: list[Clip],
    options: BenchOptions,
    progress: Callable[[TurnResult], None] | None = None,
) -> BenchOutput:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(["wanees", *sys.argv[1:]]),
        "git_commit": _git_commit(),
        "machine": _machine(),
        "clips": [clip.name for clip in clips],
        "repeat": options.repeat,
        "warmup": options.warmup,
        "fast_playback": options.client.fast_playback,
        "engines_preset": options.engines if options.url is None else None,
        "engines": _engine_names(options.engines, options.extra_env)
        if options.url is None
        else None,
        "client": asdict(options.client),
    }
    server_info: dict[str, Any] = {}
    psutil.cpu_percent()  # start the machine-wide CPU counter
    began = time.perf_counter()

    def drive(url: str) -> list[TurnResult]:
        return asyncio.run(
            run_turns(
                url,
                clips,
                repeat=options.repeat,
                warmup=options.warmup,
                options=options.client,
                progress=progress,
            )
        )

    if options.url is None:
        env = {**ENGINE_PRESETS[options.engines], **options.extra_env}
        server = ServerProcess(
            env_overrides=env,
            log_path=options.out_dir / f"server-{stamp}.log",
            startup_timeout_s=options.startup_timeout_s,
        )
        with server:
            meta["url"] = server.url
            turns_began = time.perf_counter()
            turns = drive(server.url)
            turns_wall_s = time.perf_counter() - turns_began
        # Outside the block: the server has stopped, so its CPU total is known.
        server_info = {
            "mode": "subprocess",
            "log": str(server.log_path),
            "startup_s": server.startup_s,
            "rss_after_start_mb": (server.rss_after_start_bytes or 0) / _MB,
            "peak_rss_mb": (server.peak_rss_bytes or 0) / _MB,
            "peak_main_rss_mb": server.sampler.peak_main_bytes / _MB if server.sampler else None,
            "peak_children_private_mb": server.sampler.peak_children_bytes / _MB
            if server.sampler
            else None,
            "rss_samples": server.sampler.samples if server.sampler else 0,
            "cpu_s": server.cpu_s,
            # Share of the machine's cores the server used while the turns ran; well under
            # 100 % with a busy machine means the figures include waiting for a core.
            "cpu_share_of_machine": None
            if server.cpu_s is None
            else server.cpu_s / (turns_wall_s * (os.cpu_count() or 1)),
        }
    else:
        meta["url"] = options.url
        sampler = MemorySampler(options.server_pid).start() if options.server_pid else None
        try:
            turns = drive(options.url)
        finally:
            if sampler is not None:
                sampler.stop()
        server_info = {"mode": "url", "pid": options.server_pid}
        if sampler is not None:
            server_info["peak_rss_mb"] = sampler.peak_bytes / _MB
    meta["duration_s"] = time.perf_counter() - began
    meta["machine"]["cpu_percent_during_run"] = psutil.cpu_percent()
    meta["machine"]["load_average_1m_end"] = os.getloadavg()[0]

    report = build_report(turns, meta=meta, server=server_info)
    if options.url is None and options.tts_rtf:
        report["tts"] = measure_in_child(
            [t.reply_text or "" for t in turns],
            {**ENGINE_PRESETS[options.engines], **options.extra_env},
            timeout_s=options.startup_timeout_s,
        )
    json_path = options.out_dir / f"bench-{stamp}.json"
    chart_path = options.out_dir / f"bench-{stamp}.png"
    write_json(report, json_path)
    write_waterfall(report, chart_path)
    return BenchOutput(report=report, json_path=json_path, chart_path=chart_path)
