"""Helpers shared by the unit and integration tests of the voice loop: evaluation clips, test
settings with fake engines, and a care-layer test double."""

from __future__ import annotations

import asyncio
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from wanees.care.api import (
    CareLayer,
    CareSessionState,
    GuardVerdict,
    PastTurn,
    ReplyGuard,
    RiskAssessment,
    TurnPlan,
)
from wanees.config import Language, Settings
from wanees.conversation.conversation import Conversation, Engines
from wanees.engines.base import ChatMessage
from wanees.storage.repository import Repository
from wanees.transport.protocol import Resource, RiskLevel

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"


def read_clip(name: str) -> bytes:
    """PCM16 16 kHz mono bytes of ../shared/eval/audio/<name> (skips the test if absent)."""
    path = EVAL_DIR / "audio" / name
    if not path.is_file():
        pytest.skip(f"evaluation clip {path} not available")
    with wave.open(str(path)) as clip:
        assert clip.getframerate() == 16_000 and clip.getnchannels() == 1
        assert clip.getsampwidth() == 2
        return clip.readframes(clip.getnframes())


def fake_settings(data_dir: Path, **overrides: object) -> Settings:
    """Fake engines, fast timings, storage in ``data_dir``; nested sections as dicts."""
    values: dict[str, object] = {
        "data_dir": data_dir,
        "warmup": False,
        "vad": {"engine": ["energy"], "min_silence_ms": 600, "pre_roll_ms": 200},
        "stt": {"engine": ["fake"], "timeout_s": 5},
        "llm": {"engine": ["fake"], "timeout_s": 5},
        "tts": {"engine": ["fake"], "timeout_s": 5},
        "turn": {"playback_grace_s": 5.0},
        "fake": {"llm_token_delay_s": 0.001, "tts_seconds_per_char": 0.01},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(values.get(key), dict):
            values[key] = {**values[key], **value}  # type: ignore[dict-item]
        else:
            values[key] = value
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return fake_settings(tmp_path)


# ------------------------------------------------------------------------ care double

RESOURCES = [Resource(name_ar="الطوارئ", name_en="Emergency", number="9999")]


@dataclass
class CareState:
    turns: int = 0


class FunctionGuard(ReplyGuard):
    def __init__(self, check: Callable[[str, str], bool]) -> None:
        self._check = check
        self.seen: list[str] = []

    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        self.seen.append(chunk)
        ok = self._check(chunk, reply_so_far)
        return GuardVerdict(ok=ok, reason=None if ok else "test_rejected")


@dataclass
class StubCare:
    """A CareLayer test double: no safety content, only what each test configures.

    ``plans`` maps a user text to a function building the plan (default: generate with
    messages [system, history..., user])."""

    fallback_reply: str = ""
    plans: dict[str, Callable[[str], TurnPlan]] = field(default_factory=dict)
    calls: list[tuple[str, int, bool]] = field(default_factory=list)

    def new_session_state(self) -> CareSessionState:
        return CareState()

    def resources(self) -> list[Resource]:
        return list(RESOURCES)

    async def plan_turn(
        self,
        user_text: str,
        history: Sequence[PastTurn],
        state: CareSessionState,
        *,
        language: Language | None,
        first_turn: bool,
    ) -> TurnPlan:
        self.calls.append((user_text, len(history), first_turn))
        if user_text in self.plans:
            return self.plans[user_text](user_text)
        messages = [ChatMessage("system", "test system prompt")]
        for past in history:
            messages += [
                ChatMessage("user", past.user_text),
                ChatMessage("assistant", past.reply_text),
            ]
        messages.append(ChatMessage("user", user_text))
        return TurnPlan(
            assessment=RiskAssessment(level=RiskLevel.NONE),
            messages=messages,
            fallback_reply=self.fallback_reply,
        )


def recording_conversation(
    settings: Settings, engines: Engines, care: CareLayer, repository: Repository
) -> tuple[Conversation, list[object]]:
    """A conversation for session "s1" whose events are recorded and whose audio goes nowhere."""
    events: list[object] = []

    async def send_event(event: object) -> None:
        events.append(event)

    async def send_audio(_pcm: bytes) -> None:
        await asyncio.sleep(0)

    conversation = Conversation(
        session_id="s1",
        settings=settings,
        engines=engines,
        care=care,
        repository=repository,
        send_event=send_event,
        send_audio=send_audio,
    )
    return conversation, events
