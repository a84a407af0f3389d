"""No phone number that is not verified may appear anywhere in the product's source, docs or
static files: a wrong crisis number shown to someone at risk can cost a life.

Phone-like means: a run of four or more digits (ASCII or Arabic-Indic), or digit groups of two or
more separated by spaces or dashes making up eight digits (an Omani number), or anything after +968.
In Python files only string literals and comments are read (numeric constants are not shown to
anyone). The allow-list below is deliberately narrow; each entry says why it is not a phone number.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import tokenize
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

VERIFIED = {"9999", "1100", "24441999"}  # see src/wanees/care/data/resources.toml

SAMPLE_RATES = {"8000", "16000", "22050", "24000", "44100", "48000"}  # Hz
BINARY_SIZES = {"1024", "2048", "4096", "8192", "16384", "32767", "32768", "65535", "65536"}
PORTS = {"8000", "8080"}  # the default serving ports named in the README
STANDARDS = {"8601"}  # ISO 8601


def _allowed(digits: str) -> bool:
    if digits in VERIFIED | SAMPLE_RATES | BINARY_SIZES | PORTS | STANDARDS:
        return True
    number = int(digits)
    if len(digits) == 4 and 1900 <= number <= 2099:  # years
        return True
    if re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", digits):  # dates
        return True
    if 1000 <= number <= 1015 and len(digits) == 4:  # WebSocket close codes (RFC 6455)
        return True
    if number % 500 == 0 and number <= 100_000 and not digits.startswith("0"):  # ms, limits
        return True
    if number % 1600 == 0 and number <= 160_000:  # sample counts: 100 ms steps at 16 kHz
        return True
    if number == 3600:  # seconds in an hour
        return True
    if "0123456789" in digits or "123456789" in digits:  # digit alphabets in translit tables
        return True
    # Zero-padded counters (migration "0001"); an Omani number never starts with 0.
    return digits.startswith("0") and len(digits) <= 5


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PHONE_LIKE = re.compile(
    r"\+\s?968[\s-]?\d[\d\s-]*\d"  # anything dialled with the country code
    r"|(?<![\w.#:/\\×-])\d{2,4}(?:[ -]\d{2,4}){1,3}(?![\w.:/×-])"  # grouped: 2444 1999
    # A plain run; not part of a word, decimal, path, hex colour or a size such as 1280×800.
    r"|(?<![\w.#:/\\×-])\d{4,}(?![\w.:/×-])"
)
_TEXT_SUFFIXES = {".md", ".toml", ".txt", ".html", ".js", ".css", ".json", ".yaml", ".yml"}
_TEXT_SUFFIXES |= {".sh", ".cfg", ".ini", ".tsv", ".svg"}


def _phone_like(text: str) -> list[str]:
    found = []
    for match in _PHONE_LIKE.finditer(text.translate(_ARABIC_DIGITS)):
        digits = re.sub(r"\D", "", match.group())
        grouped = not match.group().isdigit()
        if grouped and len(digits) != 8 and not match.group().startswith("+"):
            continue  # Omani numbers have 8 digits; "0 0 24 24" (SVG), "10-15" are not numbers
        if digits.startswith("968") and len(digits) > 4 and match.group().startswith("+"):
            digits = digits[3:]
        if not _allowed(digits):
            found.append(match.group())
    return found


def _python_text(source: str) -> str:
    """String literals and comments only."""
    parts = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.STRING, tokenize.COMMENT):
            parts.append(token.string)
    return "\n".join(parts)


def _product_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    files = []
    for name in listed:
        path = REPO / name
        if path == Path(__file__).resolve():
            continue  # this file holds the known-bad examples the scan must catch
        if name and path.is_file() and (path.suffix == ".py" or path.suffix in _TEXT_SUFFIXES):
            files.append(path)
    return files


def _json_strings(value: object) -> list[str]:
    """Keys and string values: JSON numbers are data (weights, counts), never shown as text."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_json_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def _offending(path: Path) -> list[str]:
    text = path.read_text("utf-8", errors="replace")
    if path.suffix == ".json":
        # A file that does not parse is read whole.
        with contextlib.suppress(ValueError):
            text = "\n".join(_json_strings(json.loads(text)))
    if path.suffix == ".py":
        # A file mid-edit that does not tokenize is read whole.
        with contextlib.suppress(tokenize.TokenError, SyntaxError):
            text = _python_text(text)
    return _phone_like(text)


def test_no_unverified_phone_numbers_anywhere_in_the_repo() -> None:
    files = _product_files()
    assert any(p.name == "resources.toml" for p in files), "the scan must see the resources file"
    offenders = {
        str(path.relative_to(REPO)): found for path in files if (found := _offending(path))
    }
    assert offenders == {}, f"unverified phone-like numbers: {offenders}"


@pytest.mark.parametrize(
    "text",
    [
        "call 24673000 now",
        "اتصل على ٢٤٦٧٣٠٠٠",
        "Mental Health Support Line +968 24 607 555",
        "clinic: 9523 3077",
        "hotline 1099",
        "Oman Mental Health Crisis Line 800-HELP (4357)",
    ],
)
def test_the_scan_catches_unverified_numbers(text: str) -> None:
    assert _phone_like(text), text


@pytest.mark.parametrize(
    "text",
    [
        "call 9999 or 1100",
        "Ministry of Health +968 24441999",
        "٩٩٩٩",
        "sample rate 16000 Hz, 2026, viewBox='0 0 24 24', version 2026.10.11549",
        "color: #405045; sha 3e54d5e",
        "desktop 1280×800",
    ],
)
def test_the_scan_allows_verified_and_plain_non_phone_numbers(text: str) -> None:
    assert _phone_like(text) == []


def test_json_strings_are_scanned_and_json_numbers_are_not(tmp_path: Path) -> None:
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"positives": 1222, "weights": [24673000.5]}), encoding="utf-8")
    assert _offending(data) == []
    data.write_text(json.dumps({"line": {"label": "call 24673000"}}), encoding="utf-8")
    assert _offending(data) == ["24673000"]
