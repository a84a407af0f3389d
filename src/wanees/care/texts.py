"""The fixed words (disclosure, crisis messages, screening questions) and the reply bank, read
once from the package data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from typing import Any

from wanees.care.normalize import normalize
from wanees.config import Language
from wanees.transport.protocol import RiskLevel


def _load(name: str) -> dict[str, Any]:
    text = package_files.files("wanees.care").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


def _pick(entry: dict[str, str], language: Language) -> str:
    """Mixed speech gets the Arabic text (the companion's home language) unless given its own."""
    if language in entry:
        return entry[language]
    return entry["en"] if language == "en" else entry["ar"]


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: str
    ar: str
    en: str

    def text(self, language: Language) -> str:
        return self.en if language == "en" else self.ar


@cache
def _crisis() -> dict[str, Any]:
    return _load("crisis.toml")


def disclosure(language: Language) -> str:
    return _pick(_crisis()["disclosure"], language)


def crisis_message(level: RiskLevel, language: Language) -> str:
    key = "imminent" if level is RiskLevel.IMMINENT else "high"
    return _pick(_crisis()["crisis"][key], language)


@cache
def followups() -> tuple[FollowUp, ...]:
    return tuple(FollowUp(q["id"], q["ar"], q["en"]) for q in _crisis()["followup"])


def followup_done(language: Language) -> str:
    return _pick(_crisis()["followup_done"], language)


@dataclass(frozen=True, slots=True)
class Situation:
    name: str
    keywords: tuple[re.Pattern[str], ...]
    ar: tuple[str, ...]
    en: tuple[str, ...]


@cache
def situations() -> tuple[Situation, ...]:
    found = []
    for name, entry in _load("replies.toml").items():
        patterns = tuple(
            re.compile(rf"(?<!\w)(?:[وفبل]|ال|بال|وال)?{re.escape(normalize(word))}(?!\w)")
            for word in entry["keywords"]
        )
        found.append(Situation(name, patterns, tuple(entry["ar"]), tuple(entry["en"])))
    return tuple(found)


def classify_situation(user_text: str) -> str:
    """The situation with the most keyword hits; ties go to the earlier (more specific) one."""
    text = normalize(user_text)
    if len(re.sub(r"\W", "", text)) < 2:
        return "not_understood"
    best, best_hits = "default", 0
    for situation in situations():
        hits = sum(1 for pattern in situation.keywords if pattern.search(text))
        if hits > best_hits:
            best, best_hits = situation.name, hits
    return best


def fallback_reply(user_text: str, language: Language, turn_index: int) -> str:
    """A bank reply for the user's situation; varies with ``turn_index``, same input same reply."""
    name = classify_situation(user_text)
    situation = next(s for s in situations() if s.name == name)
    options = situation.en if language == "en" else situation.ar
    return options[turn_index % len(options)]
