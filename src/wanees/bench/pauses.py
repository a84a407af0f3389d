"""The silences inside spoken turns, as the Silero VAD hears them (``wanees bench --pauses``).

``vad.min_silence_ms`` is the hang-over that ends a turn: every internal pause at least that
long would split a turn in two, and strict turn-taking then drops the rest of the sentence. This
lists every internal pause in the clips so the hang-over can be chosen against real speech, in
the VAD's own units (32 ms chunks: a setting is rounded up to whole chunks).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wanees.bench.clips import read_pcm16
from wanees.engines.base import VADEventType
from wanees.engines.vad.silero import CHUNK_S, SileroStream

# A hang-over long enough that nothing inside a clip ends it: every silence shows as a pause.
_NO_END_MS = 60_000
_SHORTEST_PAUSE_MS = 64  # two chunks: shorter gaps are between syllables


@dataclass(frozen=True, slots=True)
class Pause:
    clip: str
    at_s: float  # end of the last voiced chunk before it
    length_s: float  # until the first voiced chunk after it


def internal_pauses(name: str, pcm: bytes, threshold: float = 0.5) -> list[Pause]:
    """Every silence between two stretches of speech in ``pcm`` (none after the last word)."""
    stream = SileroStream(threshold, _NO_END_MS, 200, _SHORTEST_PAUSE_MS)
    pauses: list[Pause] = []
    started: float | None = None
    for event in stream.push(pcm):
        if event.type is VADEventType.SPEECH_PAUSE:
            started = event.timestamp
        elif event.type is VADEventType.SPEECH_RESUME and started is not None:
            pauses.append(Pause(name, round(started, 3), round(event.timestamp - started, 3)))
            started = None
    return pauses


def effective_hangover_s(min_silence_ms: int) -> float:
    """The silence that really ends a turn: the setting rounded up to whole VAD chunks."""
    return max(1, math.ceil(min_silence_ms / 1000 / CHUNK_S)) * CHUNK_S


def splits(pauses: Sequence[Pause], min_silence_ms: int) -> list[Pause]:
    """The pauses that would end the turn early with this hang-over."""
    limit = effective_hangover_s(min_silence_ms)
    return [p for p in pauses if p.length_s >= limit - 1e-9]


def report(paths: Sequence[Path], candidates: Sequence[int] = (450, 500, 550, 600)) -> str:
    pauses = [p for path in paths for p in internal_pauses(path.stem, read_pcm16(path).tobytes())]
    lines = [
        f"{len(paths)} clip(s), {len(pauses)} internal pause(s) of {_SHORTEST_PAUSE_MS} ms or more "
        f"(Silero, {CHUNK_S * 1000:.0f} ms chunks)"
    ]
    for pause in sorted(pauses, key=lambda p: -p.length_s):
        lines.append(f"  {pause.clip:<24} at {pause.at_s:6.2f} s  {pause.length_s * 1000:5.0f} ms")
    for ms in candidates:
        split = splits(pauses, ms)
        names = ", ".join(sorted({p.clip for p in split})) or "none"
        lines.append(
            f"min_silence_ms={ms}: ends a turn after {effective_hangover_s(ms) * 1000:.0f} ms; "
            f"would split {len(split)} pause(s): {names}"
        )
    return "\n".join(lines)
