"""Benchmark clips: which WAV files, their reference transcripts and where their speech ends."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import soundfile as sf

from wanees.engines.base import INPUT_SAMPLE_RATE

DEFAULT_CLIPS = "habibi_*.wav"
_DIGIT_LABEL = re.compile(r"label=digit\s+(\d+)")
_WINDOW_S = 0.010


class ClipError(ValueError):
    """A clip cannot be benchmarked (missing, wrong format); the message says which and why."""


@dataclass(frozen=True, slots=True)
class Reference:
    kind: str  # "asr" (score WER/CER), "asr_word" (score by number), "noref"
    text: str
    dialect: str = ""
    number: int | None = None


@dataclass(frozen=True, slots=True)
class Clip:
    name: str
    path: Path
    pcm: bytes  # s16le mono 16 kHz
    reference: Reference | None
    # End of speech in the clip (exclusive sample index), from an energy threshold: the clips
    # are cut from longer recordings, so speech can run to the very last sample or end early.
    last_voiced_sample: int
    # Per 10 ms window: does it clear the speech threshold (for clips the server cuts short).
    voiced_windows: tuple[bool, ...] = ()

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / INPUT_SAMPLE_RATE

    @property
    def last_voiced_s(self) -> float:
        return self.last_voiced_sample / INPUT_SAMPLE_RATE

    def last_voiced_before(self, sample_count: int) -> int | None:
        """End of the last voiced window within the first ``sample_count`` samples."""
        if sample_count >= self.last_voiced_sample:
            return self.last_voiced_sample
        window = int(INPUT_SAMPLE_RATE * _WINDOW_S)
        for index in range(min(sample_count // window, len(self.voiced_windows)) - 1, -1, -1):
            if self.voiced_windows[index]:
                return (index + 1) * window
        return None


def default_eval_dir() -> Path:
    """``../shared/eval`` beside the repository (the working folder when run from the repo)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "eval"
        if (parent / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "eval"


def load_manifest(eval_dir: Path) -> dict[str, Reference]:
    """References keyed by the file name (``habibi_gulf.wav``)."""
    manifest = eval_dir / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    references: dict[str, Reference] = {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = row.get("kind") or ""
            if kind not in ("asr", "asr_word", "noref"):
                continue
            number: int | None = None
            if kind == "asr_word":
                match = _DIGIT_LABEL.search(row.get("notes") or "")
                number = int(match.group(1)) if match else None
            references[Path(row["path"]).name] = Reference(
                kind=kind,
                text=row.get("transcript_or_label") or "",
                dialect=row.get("dialect_or_language") or "",
                number=number,
            )
    return references


def select_paths(eval_dir: Path, pattern: str) -> list[Path]:
    """``all``, a glob relative to ``eval_dir/audio`` (comma-separated allowed), or file paths."""
    audio_dir = eval_dir / "audio"
    if pattern.strip() == "all":
        pattern = "*.wav"
    paths: list[Path] = []
    for part in (p.strip() for p in pattern.split(",")):
        if not part:
            continue
        as_path = Path(part)
        if as_path.is_file():
            paths.append(as_path)
            continue
        matched = sorted(audio_dir.glob(part))
        if not matched:
            raise ClipError(f"no clip matches {part!r} in {audio_dir}")
        paths.extend(matched)
    return list(dict.fromkeys(paths))  # keep order, drop duplicates


def read_pcm16(path: Path) -> npt.NDArray[np.int16]:
    try:
        samples, rate = sf.read(str(path), dtype="int16", always_2d=True)
    except (OSError, RuntimeError) as exc:  # soundfile raises LibsndfileError(RuntimeError)
        raise ClipError(f"cannot read {path}: {exc}") from exc
    if rate != INPUT_SAMPLE_RATE:
        raise ClipError(f"{path} is {rate} Hz; the protocol needs {INPUT_SAMPLE_RATE} Hz")
    if samples.shape[1] != 1:
        raise ClipError(f"{path} has {samples.shape[1]} channels; the protocol needs mono")
    mono: npt.NDArray[np.int16] = samples[:, 0].astype(np.int16)
    return mono


def voiced_windows(samples: npt.NDArray[np.int16]) -> npt.NDArray[np.bool_]:
    """Which 10 ms windows clear the clip's speech threshold.

    The threshold adapts to each recording: 35 dB under its loudest window, but at least 10 dB
    over its noise floor (10th percentile), so room noise in the tail does not count as speech.
    """
    window = int(INPUT_SAMPLE_RATE * _WINDOW_S)
    count = len(samples) // window
    if count == 0:
        return np.zeros(0, dtype=np.bool_)
    frames = samples[: count * window].astype(np.float64).reshape(count, window) / 32768.0
    level_db = 10.0 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    threshold = max(float(level_db.max()) - 35.0, float(np.percentile(level_db, 10)) + 10.0)
    voiced: npt.NDArray[np.bool_] = level_db >= threshold
    return voiced


def find_last_voiced_sample(samples: npt.NDArray[np.int16]) -> int:
    """End of the last 10 ms window that clears the speech threshold (see voiced_windows)."""
    window = int(INPUT_SAMPLE_RATE * _WINDOW_S)
    count = len(samples) // window
    voiced = np.flatnonzero(voiced_windows(samples))
    if voiced.size == 0:
        return len(samples)
    last = int(voiced[-1])
    # A clip cut mid-word: the partial window at the end is speech too.
    if last == count - 1:
        return len(samples)
    return (last + 1) * window


def load_clips(eval_dir: Path, pattern: str = DEFAULT_CLIPS) -> list[Clip]:
    references = load_manifest(eval_dir)
    clips = []
    for path in select_paths(eval_dir, pattern):
        samples = read_pcm16(path)
        clips.append(
            Clip(
                name=path.stem,
                path=path,
                pcm=samples.astype("<i2").tobytes(),
                reference=references.get(path.name),
                last_voiced_sample=find_last_voiced_sample(samples),
                voiced_windows=tuple(bool(v) for v in voiced_windows(samples)),
            )
        )
    return clips
