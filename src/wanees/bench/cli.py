"""`wanees bench`: voice-to-voice latency, stage timings, STT accuracy and server memory.

Heavy imports (matplotlib, websockets, numpy) happen inside the command so that the rest of the
command line stays quick to start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def _parse_env(pairs: list[str]) -> dict[str, str]:
    env: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.startswith("WANEES_"):
            raise typer.BadParameter(
                f"expected WANEES_NAME=value, got {pair!r}", param_hint="--set"
            )
        env[name] = value
    return env


def _run_care_eval(eval_dir: Path, out: Path) -> None:
    """The care layer's risk-detection evaluation (it prints its own table); figures to JSON."""
    from datetime import UTC, datetime

    from wanees.bench.report import write_json
    from wanees.care.evaluate import run_care_eval

    results = run_care_eval(eval_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = out / f"care-{stamp}.json"
    write_json({"eval_dir": str(eval_dir), "results": results}, path)
    typer.echo(f"\nJSON: {path}")


def bench(
    url: Annotated[
        str | None,
        typer.Option("--url", help="Benchmark an already running server (ws://host:port/ws)"),
    ] = None,
    server_pid: Annotated[
        int | None,
        typer.Option("--server-pid", help="With --url: the server's process id, for its memory"),
    ] = None,
    clips: Annotated[
        str,
        typer.Option(
            "--clips", help="'all', a glob in the eval audio folder (comma-separated) or WAV paths"
        ),
    ] = "habibi_*.wav",
    eval_dir: Annotated[
        Path | None, typer.Option("--eval-dir", help="Evaluation material (default ../shared/eval)")
    ] = None,
    repeat: Annotated[int, typer.Option("--repeat", min=1, help="Times to run every clip")] = 1,
    warmup: Annotated[
        bool, typer.Option("--warmup", help="One untimed turn before measuring")
    ] = False,
    engines: Annotated[
        str, typer.Option("--engines", help="Server engine preset: config, embedded or fake")
    ] = "config",
    fake: Annotated[bool, typer.Option("--fake", help="Shorthand for --engines fake")] = False,
    fast_playback: Annotated[
        bool,
        typer.Option("--fast-playback", help="Send playback.done at once, not after the reply"),
    ] = False,
    set_env: Annotated[
        list[str] | None,
        typer.Option(
            "--set", help="Extra server setting, e.g. WANEES_STT__BEAM_SIZE=1 (repeatable)"
        ),
    ] = None,
    max_silence: Annotated[
        float, typer.Option("--max-silence", min=0.5, help="Most trailing silence (s) per clip")
    ] = 5.0,
    turn_timeout: Annotated[float, typer.Option("--turn-timeout", min=1.0)] = 180.0,
    startup_timeout: Annotated[float, typer.Option("--startup-timeout", min=1.0)] = 300.0,
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the JSON, PNG and server log")
    ] = Path("bench-results"),
    tts_rtf: Annotated[
        bool,
        typer.Option("--tts-rtf/--no-tts-rtf", help="Time the TTS engine alone afterwards"),
    ] = True,
    care: Annotated[
        bool, typer.Option("--care", help="Run the care layer's evaluation instead")
    ] = False,
    pauses: Annotated[
        bool,
        typer.Option(
            "--pauses", help="List the silences inside the clips (for vad.min_silence_ms) instead"
        ),
    ] = False,
    llm_speed: Annotated[
        bool,
        typer.Option("--llm-speed", help="Time the local LLM alone with 1 and 2 threads instead"),
    ] = False,
    replies: Annotated[
        bool,
        typer.Option(
            "--replies",
            help="Everyday dialect messages through the LLM and reply guard: how often the "
            "model's reply is spoken, and the replies (--set applies)",
        ),
    ] = False,
) -> None:
    """Benchmark the voice loop over the WebSocket: latency per stage, WER/CER, memory."""
    from wanees.bench.clips import ClipError, default_eval_dir, load_clips

    if care:
        _run_care_eval(eval_dir or default_eval_dir(), out)
        return
    if replies:
        import os

        from wanees.bench.replies import report as replies_report
        from wanees.config import Settings

        os.environ.update(_parse_env(set_env or []))
        typer.echo(replies_report(Settings()))
        return
    if llm_speed:
        from wanees.bench.llm_speed import report as speed_report
        from wanees.config import Settings

        typer.echo(speed_report(Settings()))
        return
    if pauses:
        from wanees.bench.clips import select_paths
        from wanees.bench.pauses import report as pause_report

        try:
            typer.echo(pause_report(select_paths(eval_dir or default_eval_dir(), clips)))
        except ClipError as error:
            raise typer.BadParameter(str(error)) from error
        return

    from wanees.bench.client import BenchProtocolError, ClientOptions
    from wanees.bench.report import TurnResult, format_table
    from wanees.bench.runner import BenchOptions, run_benchmark
    from wanees.bench.server import ENGINE_PRESETS, ServerStartError

    preset = "fake" if fake else engines
    if preset not in ENGINE_PRESETS:
        known = ", ".join(ENGINE_PRESETS)
        raise typer.BadParameter(
            f"unknown preset {preset!r}; known: {known}", param_hint="--engines"
        )
    if url is not None and (preset != "config" or set_env):
        raise typer.BadParameter(
            "engines and settings belong to the server you started", param_hint="--url"
        )
    try:
        selected = load_clips(eval_dir or default_eval_dir(), clips)
    except ClipError as exc:
        raise typer.BadParameter(str(exc), param_hint="--clips") from exc

    def progress(turn: TurnResult) -> None:
        v2v = "-" if turn.voice_to_voice is None else f"{turn.voice_to_voice:.2f} s"
        note = f" ({turn.error})" if turn.error else ""
        typer.echo(f"  {turn.clip}#{turn.repeat}: voice-to-voice {v2v}{note}", err=True)

    options = BenchOptions(
        out_dir=out,
        url=url,
        server_pid=server_pid,
        engines=preset,
        repeat=repeat,
        warmup=warmup,
        client=ClientOptions(
            fast_playback=fast_playback,
            max_trailing_silence_s=max_silence,
            turn_timeout_s=turn_timeout,
        ),
        startup_timeout_s=startup_timeout,
        extra_env=_parse_env(set_env or []),
        tts_rtf=tts_rtf,
    )
    typer.echo(f"benchmarking {len(selected)} clip(s) x {repeat} ...", err=True)
    try:
        output = run_benchmark(selected, options, progress=progress)
    except (ServerStartError, BenchProtocolError, OSError, TimeoutError) as exc:
        typer.echo(f"benchmark failed: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(format_table(output.report))
    typer.echo(f"\nJSON: {output.json_path}\nchart: {output.chart_path}")
