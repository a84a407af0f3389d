"""Model assembly from part packages, with tiny fake part packages built in tmp_path."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest

from wanees.engines.base import ModelMissingError
from wanees.engines.models import (
    PACKAGED,
    ChecksumMismatchError,
    ModelSpec,
    PackagedFile,
    assemble,
    state,
)

PIECES = [b"first part " * 100, b"second part " * 100, b"tail"]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three installed 'distributions' wanees-fake-part1..3, each holding one part file."""
    root = tmp_path / "site"
    for number, data in enumerate(PIECES, start=1):
        package = root / f"wanees_fake_part{number}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part{number}.bin").write_bytes(data)
    (root / "wanees_fake_part1" / "data" / "config.json").write_text('{"a": 1}')
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    return root


def _spec(part_hashes: bool = True, whole: bytes = b"".join(PIECES)) -> ModelSpec:
    parts = tuple(
        PackagedFile(
            f"wanees-fake-part{n}",
            "1.0",
            f"data/part{n}.bin",
            len(data) if part_hashes else None,
            _sha(data) if part_hashes else None,
        )
        for n, data in enumerate(PIECES, start=1)
    )
    config = PackagedFile("wanees-fake-part1", "1.0", "data/config.json", 8, _sha(b'{"a": 1}'))
    return ModelSpec(
        "fake-model", "model.bin", len(whole), _sha(whole), parts, (("config.json", config),)
    )


def _leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".part")]


def test_assembles_verifies_and_records_a_sidecar(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = assemble(_spec(), cache)
    assert path == cache / "fake-model" / "model.bin"
    assert path.read_bytes() == b"".join(PIECES)
    assert (cache / "fake-model" / "config.json").read_text() == '{"a": 1}'
    assert path.with_name("model.bin.sha256").read_text().strip() == _sha(b"".join(PIECES))
    assert state(_spec(), cache) == "ok" and state(_spec(), cache, full=True) == "ok"
    assert _leftovers(path.parent) == []


def test_second_assembly_is_skipped_without_the_parts(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = assemble(_spec(), cache)
    before = path.stat().st_mtime_ns
    for number in range(1, 4):  # uninstall the part packages: a verified model needs none
        (site / f"wanees_fake_part{number}" / "data" / f"part{number}.bin").unlink()
    assert assemble(_spec(), cache) == path and path.stat().st_mtime_ns == before


def test_corrupted_part_names_that_part_and_installs_nothing(site: Path, tmp_path: Path) -> None:
    bad = site / "wanees_fake_part2" / "data" / "part2.bin"
    bad.write_bytes(b"X" + PIECES[1][1:])  # same size, different bytes
    cache = tmp_path / "cache"
    with pytest.raises(ChecksumMismatchError, match=r"part2\.bin.*wanees-fake-part2.*SHA-256"):
        assemble(_spec(), cache)
    assert not (cache / "fake-model" / "model.bin").exists()
    assert _leftovers(cache / "fake-model") == []


def test_whole_file_checksum_is_checked_when_parts_have_none(site: Path, tmp_path: Path) -> None:
    spec = _spec(part_hashes=False, whole=b"something else entirely")
    with pytest.raises(ChecksumMismatchError, match=r"model\.bin assembled from 3 parts"):
        assemble(spec, tmp_path / "cache")


def test_missing_part_package_names_the_pip_command(site: Path, tmp_path: Path) -> None:
    spec = _spec()
    absent = PackagedFile("wanees-fake-part9", "2.5", "data/part9.bin")
    spec = ModelSpec(spec.name, spec.filename, spec.size, spec.sha256, (*spec.parts, absent))
    with pytest.raises(ModelMissingError) as caught:
        assemble(spec, tmp_path / "cache")
    assert "pip install wanees-fake-part9==2.5" in str(caught.value)
    assert "wanees models --install" in str(caught.value)


def test_damaged_install_is_detected_and_repaired(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = assemble(_spec(), cache)
    path.write_bytes(path.read_bytes()[:-1])  # truncated by a full disk, say
    assert state(_spec(), cache) == "unverified"
    assemble(_spec(), cache)
    assert path.read_bytes() == b"".join(PIECES)
    path.write_bytes(b"Z" + path.read_bytes()[1:])  # same size: only the full check sees it
    assert state(_spec(), cache) == "ok" and state(_spec(), cache, full=True) == "corrupt"
    assemble(_spec(), cache, force=True)
    assert state(_spec(), cache, full=True) == "ok"


def test_packaged_specs_are_consistent() -> None:
    for spec in PACKAGED:
        sizes = [part.size for part in spec.parts]
        assert None not in sizes and sum(s for s in sizes if s) == spec.size
        assert len(spec.sha256) == 64 and all(len(p.sha256 or "") == 64 for p in spec.parts)
