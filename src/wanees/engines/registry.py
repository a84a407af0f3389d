"""Names to engine implementations.

Each entry is ``"module:factory"``, imported only when chosen, so the fakes and hosted providers
never pull in heavy libraries they do not need. A factory takes the whole :class:`Settings` and
returns an engine instance. Add a provider by adding one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Literal, TypeVar, cast

from wanees.config import Settings
from wanees.engines.base import LLM, STT, TTS, VAD, Engine

Kind = Literal["vad", "stt", "llm", "tts"]

REGISTRY: dict[Kind, dict[str, str]] = {
    "vad": {
        "silero": "wanees.engines.vad.silero:create",
        "energy": "wanees.engines.fake:create_energy_vad",
        "fake": "wanees.engines.fake:create_energy_vad",
    },
    "stt": {
        "whisper": "wanees.engines.stt.whisper:create",
        "fake": "wanees.engines.fake:create_stt",
    },
    "llm": {
        "llamacpp": "wanees.engines.llm.llamacpp:create",
        "fake": "wanees.engines.fake:create_llm",
    },
    "tts": {
        "espeak": "wanees.engines.tts.espeak:create",
        "fake": "wanees.engines.fake:create_tts",
    },
}

E = TypeVar("E", bound=Engine)


class UnknownEngineError(ValueError):
    pass


def _factory(kind: Kind, name: str) -> Callable[[Settings], Engine]:
    try:
        target = REGISTRY[kind][name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY[kind]))
        raise UnknownEngineError(f"unknown {kind} engine {name!r}; known: {known}") from None
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    return cast(Callable[[Settings], Engine], getattr(module, attr))


def create(kind: Kind, name: str, settings: Settings) -> Engine:
    return _factory(kind, name)(settings)


def names(kind: Kind) -> list[str]:
    return sorted(REGISTRY[kind])


def create_typed(kind: Kind, name: str, settings: Settings, cls: type[E]) -> E:
    engine = create(kind, name, settings)
    if not isinstance(engine, cls):
        raise TypeError(
            f"{kind} engine {name!r} is a {type(engine).__name__}, not a {cls.__name__}"
        )
    return engine


__all__ = ["LLM", "REGISTRY", "STT", "TTS", "VAD", "Kind", "UnknownEngineError", "create", "names"]
