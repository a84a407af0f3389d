"""The reply guard inside a live turn: a bare nod is held or replaced, a repeat goes to the bank,
and a rejected reply gets one more try from the fallback model before the bank."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import CareState, fake_settings, recording_conversation

from wanees.app import create_engines
from wanees.care.api import CareSessionState, PastTurn, RiskAssessment, TurnPlan
from wanees.care.guard import CareReplyGuard
from wanees.config import FakeSettings, Language
from wanees.engines.base import ChatMessage
from wanees.engines.fake import FakeLLM
from wanees.engines.fallback import FallbackLLM
from wanees.storage.repository import Repository
from wanees.transport.protocol import (
    ErrorEvent,
    Resource,
    ResponseTextDelta,
    ResponseTextDone,
    RiskLevel,
    TurnMetrics,
)

BANK = "أنا هني وأسمعك، خذ راحتك وخبرني شو صاير معاك."
GOOD = "الله يعطيك العافية، النوم مهم وايد. شو اللي شاغل بالك الليلة؟"
REFUSAL = "عذراً، لا أستطيع المساعدة في هذا. تكلم مع أحد."
OTHER_REFUSAL = "آسف، بس ما أقدر أساعدك في هذا الموضوع."


@dataclass
class GuardedCare:
    """A care double whose plans carry the product's real reply guard and a bank reply."""

    plans: int = 0
    previous: list[list[str]] = field(default_factory=list)

    def new_session_state(self) -> CareSessionState:
        return CareState()

    def resources(self) -> list[Resource]:
        return []

    async def plan_turn(
        self,
        user_text: str,
        history: Sequence[PastTurn],
        state: CareSessionState,
        *,
        language: Language | None,
        first_turn: bool,
    ) -> TurnPlan:
        self.plans += 1
        replies = [turn.reply_text for turn in history]
        self.previous.append(replies)
        return TurnPlan(
            assessment=RiskAssessment(level=RiskLevel.NONE),
            messages=[ChatMessage("system", "test"), ChatMessage("user", user_text)],
            guard=CareReplyGuard(
                user_text=user_text,
                language="ar",
                max_reply_chars=240,
                verified_numbers=frozenset({"9999"}),
                previous_replies=replies,
            ),
            fallback_reply=BANK,
        )


def model(reply: str, *, first_token_delay_s: float = 0.0) -> FakeLLM:
    return FakeLLM(
        FakeSettings(
            reply=reply, llm_token_delay_s=0.001, llm_first_token_delay_s=first_token_delay_s
        )
    )


@dataclass
class Turn:
    deltas: list[str]
    text: str | None
    metrics: TurnMetrics


async def run_turns(
    tmp_path: Path,
    models: list[FakeLLM],
    user_texts: list[str],
    *,
    first_clause_timeout_s: float = 5.0,
) -> list[Turn]:
    settings = fake_settings(
        tmp_path,
        turn={"playback_grace_s": 0.0, "first_clause_timeout_s": first_clause_timeout_s},
        fake={"tts_seconds_per_char": 0.0005},
    )
    repository = Repository(settings.effective_database_url)
    await repository.open()
    await repository.ensure_session("s1", {}, consent=True)
    engines = create_engines(settings)
    engines.llm = FallbackLLM(models, timeout_s=5.0)
    conversation, events = recording_conversation(settings, engines, GuardedCare(), repository)
    turns: list[Turn] = []
    try:
        for text in user_texts:
            start = len(events)
            await conversation.on_text(text)
            for _ in range(1000):
                if any(isinstance(e, TurnMetrics) for e in events[start:]):
                    break
                await asyncio.sleep(0.01)
            for _ in range(500):  # back to listening before the next turn
                if conversation._turn_task is None:
                    break
                await asyncio.sleep(0.01)
            mine = events[start:]
            assert not [e for e in mine if isinstance(e, ErrorEvent)]
            done = [e.text for e in mine if isinstance(e, ResponseTextDone)]
            turns.append(
                Turn(
                    deltas=[e.text for e in mine if isinstance(e, ResponseTextDelta)],
                    text=done[-1] if done else None,
                    metrics=next(e for e in mine if isinstance(e, TurnMetrics)),
                )
            )
    finally:
        await conversation.close()
        await repository.close()
    return turns


async def test_a_reply_the_guard_rejects_is_regenerated_by_the_fallback_model(
    tmp_path: Path,
) -> None:
    first, second = model(REFUSAL), model(GOOD)
    [turn] = await run_turns(tmp_path, [first, second], ["ما نمت زين"])
    assert turn.text == GOOD
    assert not any("أستطيع" in delta for delta in turn.deltas)  # the refusal was never said
    assert (turn.metrics.reply_source, turn.metrics.fallback) == ("fallback_model", False)
    assert turn.metrics.fallback_reason == "guard:refusal"
    assert len(first.calls) == len(second.calls) == 1
    assert second.calls[0] == first.calls[0]  # the same messages


async def test_when_the_fallback_model_is_rejected_too_the_bank_speaks(tmp_path: Path) -> None:
    first, second = model(REFUSAL), model(OTHER_REFUSAL)
    [turn] = await run_turns(tmp_path, [first, second], ["ما نمت زين"])
    assert turn.text == BANK
    assert (turn.metrics.reply_source, turn.metrics.fallback) == ("bank", True)
    assert turn.metrics.fallback_reason == "guard:refusal"
    assert len(second.calls) == 1


async def test_with_a_single_model_a_rejected_reply_goes_straight_to_the_bank(
    tmp_path: Path,
) -> None:
    only = model(REFUSAL)
    [turn] = await run_turns(tmp_path, [only], ["ما نمت زين"])
    assert turn.text == BANK
    assert (turn.metrics.reply_source, turn.metrics.fallback) == ("bank", True)
    assert len(only.calls) == 1


async def test_the_fallback_model_gets_only_what_is_left_of_the_first_clause_budget(
    tmp_path: Path,
) -> None:
    # Rejected at once, but the fallback model's first words would come after the budget.
    first, slow = model(REFUSAL), model(GOOD, first_token_delay_s=2.0)
    [turn] = await run_turns(tmp_path, [first, slow], ["ما نمت زين"], first_clause_timeout_s=0.5)
    assert turn.text == BANK
    assert turn.metrics.reply_source == "bank"
    assert len(slow.calls) == 1


async def test_a_model_that_times_out_is_not_retried_with_the_fallback_model(
    tmp_path: Path,
) -> None:
    # The chain already moves on when an engine is slow to start; the budget is spent anyway.
    slow, second = model(GOOD, first_token_delay_s=1.0), model(GOOD)
    [turn] = await run_turns(tmp_path, [slow, second], ["ما نمت زين"], first_clause_timeout_s=0.3)
    assert turn.text == BANK
    assert turn.metrics.fallback_reason == "first_clause_timeout"
    assert second.calls == []


async def test_a_short_first_clause_is_held_and_joins_the_next(tmp_path: Path) -> None:
    reply = "نعم، أفهم. النوم مهم وايد، شو اللي شاغل بالك الليلة؟"
    [turn] = await run_turns(tmp_path, [model(reply)], ["ما نمت زين"])
    assert turn.text == reply
    # The nod is never spoken on its own: it starts the first spoken clause.
    assert turn.deltas[0].startswith("نعم، أفهم. النوم")
    assert turn.metrics.reply_source == "model"


async def test_a_reply_that_is_only_a_nod_is_replaced_by_the_bank(tmp_path: Path) -> None:
    [turn] = await run_turns(tmp_path, [model("نعم، تفهم.")], ["ما نمت زين"])
    assert turn.text == BANK
    assert "نعم، تفهم." not in turn.deltas
    assert (turn.metrics.reply_source, turn.metrics.fallback_reason) == (
        "bank",
        "guard:too_short",
    )


async def test_a_nod_rejected_by_the_first_model_is_regenerated_by_the_fallback(
    tmp_path: Path,
) -> None:
    [turn] = await run_turns(tmp_path, [model("تمام."), model(GOOD)], ["ما نمت زين"])
    assert turn.text == GOOD
    assert (turn.metrics.reply_source, turn.metrics.fallback_reason) == (
        "fallback_model",
        "guard:too_short",
    )


async def test_the_same_reply_as_an_earlier_turn_goes_to_the_bank(tmp_path: Path) -> None:
    turns = await run_turns(tmp_path, [model(GOOD)], ["ما نمت زين", "وايد تعبان اليوم"])
    assert [t.text for t in turns] == [GOOD, BANK]
    assert turns[1].metrics.fallback_reason == "guard:repeats_itself"
    assert turns[0].metrics.reply_source == "model"
