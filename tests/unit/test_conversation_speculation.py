"""Speculative replies: prepared during the VAD hangover, invisible until the turn really ends.

Silero VAD on a real clip (it announces the pause that starts a speculation), fake STT/LLM/TTS.
Audio is fed frame by frame, and whenever a speculation is running the feed waits until it has
produced everything it can, so "the speculation finished before the turn ended" holds in every
run instead of depending on timing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from prometheus_client import REGISTRY
from tests.conftest import StubCare, fake_settings, read_clip

from wanees.app import create_engines
from wanees.care.api import CareLayer
from wanees.care.layer import SessionCare, create_care_layer
from wanees.config import Settings
from wanees.conversation import conversation as conversation_module
from wanees.conversation.conversation import Conversation, Engines
from wanees.conversation.transcriber import UtteranceTranscriber
from wanees.storage.repository import Repository
from wanees.transport.protocol import (
    ErrorEvent,
    ResponseTextDelta,
    ResponseTextDone,
    RiskAlert,
    StateChanged,
    TranscriptFinal,
    TranscriptPartial,
    TurnMetrics,
    TurnState,
)

FRAME_BYTES = 640  # 20 ms, as the page sends
RISKY = "والله تعبت، ما أبا أعيش، أبا أموت"
GAP_AT_S = 2.0


def speculation_count(outcome: str) -> float:
    return REGISTRY.get_sample_value("wanees_speculations_total", {"outcome": outcome}) or 0.0


def clip_with_trailing_silence() -> bytes:
    # habibi_gulf has no pause of 250 ms inside it: its only speculation is at the end.
    return read_clip("habibi_gulf.wav") + bytes(16_000 * 2)


def clip_with_a_pause() -> tuple[bytes, bytes]:
    """The clip cut at 2 s by a 450 ms silence (a pause, not an end of turn), and the rest."""
    clip = np.frombuffer(read_clip("habibi_gulf.wav"), np.int16)
    cut = int(GAP_AT_S * 16_000)
    gap = np.zeros(int(0.45 * 16_000), np.int16)
    head = np.concatenate([clip[:cut], gap]).tobytes()
    tail = np.concatenate([clip[cut:], np.zeros(16_000, np.int16)]).tobytes()
    return head, tail


def spec_settings(tmp_path: Path, *, speculate: bool = True, **fake: object) -> Settings:
    return fake_settings(
        tmp_path,
        vad={"engine": ["silero"], "pause_ms": 250, "min_silence_ms": 600},
        turn={"playback_grace_s": 0.0, "speculate": speculate},
        fake={"tts_seconds_per_char": 0.001, **fake},
    )


@dataclass
class Session:
    conversation: Conversation
    engines: Engines
    repository: Repository
    events: list[object] = field(default_factory=list)
    audio_chunks: int = 0

    async def feed(self, pcm: bytes) -> None:
        for start in range(0, len(pcm), FRAME_BYTES):
            await self.conversation.on_audio(pcm[start : start + FRAME_BYTES])
            speculation = self.conversation._speculator.current
            if speculation is not None and speculation.task is not None:
                await asyncio.wait({speculation.task}, timeout=10)
            await asyncio.sleep(0)

    async def turn_done(self) -> None:
        for _ in range(1000):
            finished = any(isinstance(e, (TurnMetrics, ErrorEvent)) for e in self.events)
            if finished and self.conversation.state is TurnState.LISTENING:
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the turn did not finish")

    def of(self, kind: type) -> list[object]:
        return [e for e in self.events if isinstance(e, kind)]


@asynccontextmanager
async def session(settings: Settings, care: CareLayer | None = None) -> AsyncIterator[Session]:
    repository = Repository(settings.effective_database_url)
    await repository.open()
    await repository.ensure_session("s1", {}, consent=True)
    engines = create_engines(settings)
    holder: list[Session] = []

    async def send_event(event: object) -> None:
        holder[0].events.append(event)

    async def send_audio(_pcm: bytes) -> None:
        holder[0].audio_chunks += 1
        await asyncio.sleep(0)

    conversation = Conversation(
        session_id="s1",
        settings=settings,
        engines=engines,
        care=care or StubCare(),
        repository=repository,
        send_event=send_event,
        send_audio=send_audio,
    )
    holder.append(Session(conversation, engines, repository))
    try:
        yield holder[0]
    finally:
        await conversation.close()
        await repository.close()


def visible(events: list[object]) -> Iterator[tuple[str, str]]:
    """What the client sees of a turn, minus timings and partials (which are not replies)."""
    for event in events:
        if isinstance(event, (TurnMetrics, TranscriptPartial)):
            continue
        text = getattr(event, "text", None) or getattr(event, "state", None) or ""
        yield type(event).__name__, str(text)


async def stored_turns(repository: Repository) -> list[tuple[str, str]]:
    return [(t.user_text, t.reply_text) for t in await repository.history("s1")]


async def test_a_committed_speculation_gives_the_same_turn_as_no_speculation(
    tmp_path: Path,
) -> None:
    pcm = clip_with_trailing_silence()
    used_before = speculation_count("used")

    async with session(spec_settings(tmp_path / "plain", speculate=False)) as plain:
        await plain.feed(pcm)
        await plain.turn_done()
        plain_turns = await stored_turns(plain.repository)
    assert speculation_count("used") == used_before  # switched off: no speculation

    async with session(spec_settings(tmp_path / "spec")) as spec:
        llm = spec.engines.llm.engines[0]  # type: ignore[attr-defined]
        split = len(pcm) - 22_400  # 300 ms into the trailing silence: paused, not yet ended
        await spec.feed(pcm[:split])
        # The reply was generated and synthesized during the hangover, but nothing left.
        assert llm.calls and spec.conversation.state is TurnState.USER_SPEAKING
        assert spec.audio_chunks == 0
        assert not spec.of(ResponseTextDelta) and not spec.of(TranscriptFinal)
        await spec.feed(pcm[split:])
        await spec.turn_done()
        spec_turns = await stored_turns(spec.repository)
        assert len(llm.calls) == 1  # adopted, not generated again

    assert speculation_count("used") == used_before + 1
    assert list(visible(spec.events)) == list(visible(plain.events))
    assert spec.audio_chunks == plain.audio_chunks > 0
    assert spec_turns == plain_turns and len(spec_turns) == 1
    assert spec.conversation.history == plain.conversation.history
    metrics, plain_metrics = spec.of(TurnMetrics)[0], plain.of(TurnMetrics)[0]
    assert isinstance(metrics, TurnMetrics) and isinstance(plain_metrics, TurnMetrics)
    # The speculative reply was asked for before the transcript was final; the other after.
    assert metrics.llm_lead is not None and metrics.llm_lead > 0
    assert plain_metrics.llm_lead == 0


async def test_resumed_speech_discards_a_crisis_speculation_without_a_trace(
    tmp_path: Path,
) -> None:
    """A crisis line, a pause, then more words: the speculative crisis plan (alert, flag, fixed
    reply) must leave nothing behind; the real turn flags and alerts exactly once."""
    settings = spec_settings(tmp_path, transcript=RISKY)
    care = create_care_layer(settings, None)
    head, tail = clip_with_a_pause()
    discarded_before = speculation_count("discarded")
    async with session(settings, care) as spoken:
        await spoken.feed(head)
        speculation = spoken.conversation._speculator.current
        assert speculation is not None and speculation.task is not None
        assert speculation.task.done() and speculation.outbox.pending > 0  # all of it held
        assert not spoken.of(RiskAlert) and spoken.audio_chunks == 0
        assert spoken.conversation.state is TurnState.USER_SPEAKING
        stored = await spoken.repository.get_session("s1")
        assert stored is not None and not stored.flagged
        state = spoken.conversation.care_state
        assert isinstance(state, SessionCare) and state.turns == 0

        resumed = 16_000  # 500 ms of the words after the pause
        await spoken.feed(tail[:resumed])
        assert spoken.conversation._speculator.current is None  # dropped as soon as speech resumed
        assert speculation_count("discarded") == discarded_before + 1
        assert speculation.task.done() and not spoken.of(RiskAlert)
        await spoken.feed(tail[resumed:])
        await spoken.turn_done()

        assert speculation_count("discarded") >= discarded_before + 1
        assert len(spoken.of(RiskAlert)) == 1
        assert len(spoken.of(ResponseTextDone)) == 1
        states = [e.state for e in spoken.of(StateChanged)]  # type: ignore[attr-defined]
        assert states.count(TurnState.SPEAKING) == 1
        state = spoken.conversation.care_state
        assert isinstance(state, SessionCare) and state.turns == 1
        stored = await spoken.repository.get_session("s1")
        assert stored is not None and stored.flagged
        assert len(await stored_turns(spoken.repository)) == 1


async def test_a_different_final_transcript_discards_the_speculation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class DifferentFinal(UtteranceTranscriber):
        """A recogniser whose final differs from the transcript speculated on."""

        async def result(self) -> tuple[str, float]:
            text, ready_at = await super().result()
            return text + " ثاني", ready_at

    monkeypatch.setattr(conversation_module, "UtteranceTranscriber", DifferentFinal)
    settings = spec_settings(tmp_path)
    care = StubCare()
    discarded_before = speculation_count("discarded")
    used_before = speculation_count("used")
    async with session(settings, care) as spoken:
        llm = spoken.engines.llm.engines[0]  # type: ignore[attr-defined]
        await spoken.feed(clip_with_trailing_silence())
        await spoken.turn_done()

        transcript = settings.fake.transcript
        assert [call[0] for call in care.calls] == [transcript, transcript + " ثاني"]
        assert len(llm.calls) == 2  # the speculation's, then the real turn's
        assert speculation_count("discarded") == discarded_before + 1
        assert speculation_count("used") == used_before
        assert len(spoken.of(ResponseTextDone)) == 1
        states = [e.state for e in spoken.of(StateChanged)]  # type: ignore[attr-defined]
        assert states == [
            TurnState.USER_SPEAKING,
            TurnState.THINKING,
            TurnState.SPEAKING,
            TurnState.LISTENING,
        ]
        assert await stored_turns(spoken.repository) == [
            (transcript + " ثاني", settings.fake.reply)
        ]
        assert [(t.user_text) for t in spoken.conversation.history] == [transcript + " ثاني"]
        assert not spoken.of(ErrorEvent)
