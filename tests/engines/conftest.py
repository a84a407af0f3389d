"""Shared helpers for the engine tests: the evaluation clips and their transcripts."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

EVAL_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


def eval_clip(name: str) -> np.ndarray:
    """A 16 kHz mono int16 clip from ../shared/eval/audio (skips the test when absent)."""
    path = EVAL_DIR / "audio" / name
    if not path.is_file():
        pytest.skip(f"evaluation clip {path} not available")
    audio, rate = sf.read(path, dtype="int16")
    assert rate == 16_000 and audio.ndim == 1
    return np.asarray(audio, dtype=np.int16)


def reference(name: str) -> str:
    with (EVAL_DIR / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["path"] == f"audio/{name}":
                return row["transcript_or_label"]
    raise KeyError(name)
