"""TTS real-time factor, measured apart from the conversation: audio seconds per second of
synthesis for the replies the server actually spoke.

Inside a turn the synthesizer waits for the model's clauses, so the reply's streaming rate mixes
LLM and TTS speed. This runs the configured TTS engine alone, in a child process with the same
environment as the server, after the server has stopped (so nothing competes for the cores).

Child protocol: a JSON list of texts on stdin, a JSON object on stdout.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from typing import Any

from wanees.bench.report import summarize

_MAX_TEXTS = 12


def measure_in_child(
    texts: list[str], env_overrides: dict[str, str], timeout_s: float
) -> dict[str, Any]:
    """Run this module in a child process; an error is reported in the result, never raised,
    because the latency figures already gathered must not be lost to it."""
    unique = list(dict.fromkeys(t for t in texts if t.strip()))[:_MAX_TEXTS]
    if not unique:
        return {"error": "no reply text to synthesize"}
    env = {**os.environ, **env_overrides, "HF_HUB_OFFLINE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "wanees.bench.tts_rtf"],
            input=json.dumps(unique, ensure_ascii=False),
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"TTS measurement took over {timeout_s:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"TTS measurement failed: {last[:200]}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


async def _measure(texts: list[str]) -> dict[str, Any]:
    from wanees.config import Settings
    from wanees.engines import registry
    from wanees.engines.base import TTS, SynthesisOptions

    settings = Settings()  # type: ignore[call-arg]
    name = settings.tts.engine[0]
    tts = registry.create("tts", name, settings)
    if not isinstance(tts, TTS):
        raise SystemExit(f"tts engine {name!r} is not a TTS")
    await tts.warmup()
    options = SynthesisOptions(voice=settings.tts.voice, rate=settings.tts.rate)
    rows = []
    try:
        for text in texts:
            began = time.perf_counter()
            first_audio: float | None = None
            samples = 0
            async for chunk in tts.synthesize(text, options):
                if first_audio is None and chunk:
                    first_audio = time.perf_counter() - began
                samples += len(chunk) // 2
            elapsed = time.perf_counter() - began
            audio_s = samples / tts.sample_rate
            rows.append(
                {
                    "chars": len(text),
                    "audio_s": audio_s,
                    "synthesis_s": elapsed,
                    "first_audio_s": first_audio,
                    "rtf": audio_s / elapsed if elapsed > 0 else None,
                }
            )
    finally:
        await tts.aclose()
    return {
        "engine": name,
        "texts": len(rows),
        "rtf": summarize(r["rtf"] for r in rows),
        "first_audio_s": summarize(r["first_audio_s"] for r in rows),
        "rows": rows,
    }


def main() -> None:
    texts = json.loads(sys.stdin.read())
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise SystemExit("expected a JSON list of strings on stdin")
    print(json.dumps(asyncio.run(_measure(texts))))


if __name__ == "__main__":
    main()
