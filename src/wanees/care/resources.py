"""Verified help lines: the packaged file plus an optional clinic file, never generated text."""

from __future__ import annotations

import re
import tomllib
from importlib import resources as package_files
from pathlib import Path

from pydantic import ValidationError

from wanees.transport.protocol import Resource

PACKAGED_FILE = "resources.toml"


class ResourceFileError(ValueError):
    """The resource file is missing, not TOML, or has an entry that is not a valid resource."""


def _parse(text: str, origin: str) -> list[Resource]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ResourceFileError(f"{origin}: not valid TOML: {error}") from error
    entries = data.get("resource", [])
    if not isinstance(entries, list):
        raise ResourceFileError(f"{origin}: expected [[resource]] tables")
    parsed: list[Resource] = []
    for index, entry in enumerate(entries):
        try:
            resource = Resource.model_validate(entry)
        except ValidationError as error:
            raise ResourceFileError(
                f"{origin}: resource #{index + 1} is invalid: {error}"
            ) from error
        if not re.fullmatch(r"\+?[0-9][0-9 -]*", resource.number):
            raise ResourceFileError(f"{origin}: resource #{index + 1} has a malformed number")
        parsed.append(resource)
    return parsed


def packaged_resources() -> list[Resource]:
    text = package_files.files("wanees.care").joinpath("data", PACKAGED_FILE).read_text("utf-8")
    return _parse(text, PACKAGED_FILE)


def load_resources(extra_file: Path | None = None) -> list[Resource]:
    """The packaged verified lines, then the clinic's own (a clinic line never replaces one)."""
    found = packaged_resources()
    if extra_file is not None:
        try:
            text = extra_file.read_text("utf-8")
        except OSError as error:
            raise ResourceFileError(f"cannot read resources file {extra_file}: {error}") from error
        known = {resource.number for resource in found}
        found += [r for r in _parse(text, str(extra_file)) if r.number not in known]
    return found
