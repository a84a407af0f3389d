"""The care layer end to end: plans for ordinary, crisis and screening turns, the model check
that may only raise, the first-turn disclosure, the fallback bank and the resource file."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from wanees.care.api import CareLayer, PastTurn, TurnPlan
from wanees.care.layer import create_care_layer
from wanees.care.resources import ResourceFileError
from wanees.care.texts import classify_situation, fallback_reply
from wanees.config import CareSettings, Language, Settings
from wanees.engines.base import LLM, ChatMessage, GenerationOptions
from wanees.transport.protocol import RiskLevel


class ScriptedLLM(LLM):
    """Answers the risk check with a fixed word, or hangs, or fails."""

    def __init__(self, answer: str = "none", *, hang: bool = False, fail: bool = False) -> None:
        self.answer, self.hang, self.fail, self.calls = answer, hang, fail, 0

    async def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        self.calls += 1
        if self.fail:
            raise RuntimeError("model crashed")
        if self.hang:
            await asyncio.sleep(10)
        yield self.answer


def layer(llm: LLM | None = None, **care: object) -> CareLayer:
    settings = Settings(care=CareSettings(**care))  # type: ignore[arg-type]
    return create_care_layer(settings, llm)


async def turns(care: CareLayer, *texts: str, language: Language | None = None) -> list[TurnPlan]:
    state = care.new_session_state()
    plans = []
    for index, text in enumerate(texts):
        plans.append(
            await care.plan_turn(text, [], state, language=language, first_turn=index == 0)
        )
    return plans


async def test_ordinary_turn_is_generated_with_prompt_guard_fallback_and_disclosure() -> None:
    care = layer()
    history = [PastTurn("هلا", "هلا والله")]
    plan = await care.plan_turn(
        "تعبت من الشغل اليوم", history, care.new_session_state(), language=None, first_turn=True
    )
    assert plan.fixed_reply is None
    assert plan.assessment.level is RiskLevel.NONE
    assert plan.messages[0].role == "system" and "ونيس" in plan.messages[0].content
    assert [m.role for m in plan.messages[1:]] == ["user", "assistant", "user"]
    assert plan.messages[-1].content == "تعبت من الشغل اليوم"
    assert plan.guard is not None and plan.fallback_reply
    assert plan.prefix is not None and "9999" in plan.prefix
    assert plan.flag_reason is None and not plan.show_resources


async def test_no_disclosure_after_the_first_turn() -> None:
    plans = await turns(layer(), "هلا", "شحالك")
    assert plans[1].prefix is None


@pytest.mark.parametrize(
    ("text", "language", "must_contain"),
    [("ابا اموت", "ar", "9999"), ("I want to kill myself", "en", "9999")],
)
async def test_high_risk_gets_the_fixed_crisis_reply_in_the_users_language(
    text: str, language: str, must_contain: str
) -> None:
    (plan,) = await turns(layer(), text)
    assert plan.assessment.level is RiskLevel.HIGH
    assert plan.assessment.language == language
    assert plan.fixed_reply is not None and must_contain in plan.fixed_reply
    assert plan.messages == [] and plan.show_resources
    assert plan.flag_reason is not None and plan.flag_reason.startswith("high")
    assert text not in plan.flag_reason  # reasons are rule names, never the person's words
    if language == "en":
        assert plan.fixed_reply.isascii()


async def test_imminent_risk_gets_the_imminent_message() -> None:
    high, imminent = await turns(layer(), "ابا اموت"), await turns(layer(), "ابا اموت الليلة")
    assert imminent[0].assessment.level is RiskLevel.IMMINENT
    assert imminent[0].fixed_reply != high[0].fixed_reply


async def test_medium_risk_starts_screening_and_a_plan_raises_to_imminent() -> None:
    plans = await turns(
        layer(), "I'm tired of living", "yes", "yes", "yes", "no", "yes, I have a plan"
    )
    asked = [p.fixed_reply or "" for p in plans[:5]]
    assert "wished you were dead" in asked[0]
    assert "thoughts of killing yourself" in asked[1]
    assert "how you might do it" in asked[2]
    assert "intention" in asked[3]
    assert "details of when or how" in asked[4]
    assert all(p.assessment.level is RiskLevel.MEDIUM for p in plans[:5])
    assert plans[5].assessment.level is RiskLevel.IMMINENT
    assert plans[5].flag_reason is not None


async def test_no_thoughts_skips_to_recent_behaviour_then_carries_on() -> None:
    plans = await turns(layer(), "تعبت من حياتي", "لا", "لا", "لا", "شكرا")
    assert "تمنيت" in (plans[0].fixed_reply or "")
    assert "أفكار" in (plans[1].fixed_reply or "")
    assert "تجهز" in (plans[2].fixed_reply or "")  # skipped method, intent and plan
    assert plans[3].fixed_reply is None and plans[3].messages
    assert plans[4].fixed_reply is None


async def test_low_signals_accumulate_to_medium() -> None:
    # The rules' levels alone: the learned check reads a bare «ما في امل» as risk on its own
    # (above the operating point since round 8), which would skip the accumulation tested here.
    plans = await turns(layer(semantic=False), "ما في امل", "أنا فاشل", "يئست", "ما ادري")
    levels = [p.assessment.level for p in plans]
    assert levels[0] is RiskLevel.LOW
    assert RiskLevel.MEDIUM in levels[1:]


async def test_after_a_crisis_the_session_stays_elevated() -> None:
    plans = await turns(layer(), "ابا اموت", "تمام")
    assert plans[1].assessment.level is RiskLevel.MEDIUM
    assert plans[1].show_resources


async def test_model_check_may_raise_the_level() -> None:
    llm = ScriptedLLM("high")
    (plan,) = await turns(layer(llm, model_check=True), "ما عاد لي خلق على شي")
    assert llm.calls == 1
    assert plan.assessment.level is RiskLevel.HIGH
    assert "model_check:high" in plan.assessment.reasons


async def test_model_check_never_lowers_the_level() -> None:
    (plan,) = await turns(layer(ScriptedLLM("none"), model_check=True), "ابا اموت")
    assert plan.assessment.level is RiskLevel.HIGH


@pytest.mark.parametrize("llm", [ScriptedLLM(hang=True), ScriptedLLM(fail=True)])
async def test_model_check_failure_or_timeout_keeps_the_deterministic_level(llm: LLM) -> None:
    care = layer(llm, model_check=True, model_check_timeout_s=0.05)
    (plan,) = await turns(care, "ابا اموت")
    assert plan.assessment.level is RiskLevel.HIGH


async def test_model_check_is_off_unless_configured() -> None:
    llm = ScriptedLLM("imminent")
    (plan,) = await turns(layer(llm), "هلا")
    assert llm.calls == 0 and plan.assessment.level is RiskLevel.NONE


async def test_settings_language_overrides_detection() -> None:
    (plan,) = await turns(layer(), "ابا اموت", language="en")
    assert plan.assessment.language == "en" and (plan.fixed_reply or "").isascii()


async def test_short_answer_keeps_the_session_language() -> None:
    plans = await turns(layer(), "abi amoot", "ok")
    assert plans[1].assessment.language == "ar"


async def test_history_is_limited_to_the_configured_turns() -> None:
    care = create_care_layer(Settings(turn={"history_turns": 2}), None)  # type: ignore[arg-type]
    history = [PastTurn(f"u{i}", f"a{i}") for i in range(5)]
    plan = await care.plan_turn(
        "هلا", history, care.new_session_state(), language="ar", first_turn=False
    )
    assert [m.content for m in plan.messages[1:]] == ["u3", "a3", "u4", "a4", "هلا"]


def test_fallback_bank_matches_situation_and_varies_deterministically() -> None:
    assert classify_situation("ما أقدر أنام بالليل") == "sleep"
    assert classify_situation("I feel so lonely") == "loneliness"
    assert classify_situation("توفى أبوي الله يرحمه") == "grief"
    assert classify_situation("ء") == "not_understood"
    replies = {fallback_reply("أنا حزين", "ar", turn) for turn in range(6)}
    assert len(replies) > 1
    assert fallback_reply("أنا حزين", "ar", 3) == fallback_reply("أنا حزين", "ar", 3)
    assert fallback_reply("I'm so sad", "en", 0).isascii()


def test_resources_are_the_verified_three_plus_a_clinics_own(tmp_path: Path) -> None:
    assert {r.number for r in layer().resources()} == {"9999", "1100", "24441999"}
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(
        '[[resource]]\nname_ar = "عيادتنا"\nname_en = "Our clinic"\n'
        'number = "9999"\nkind = "clinic"\n',
        "utf-8",
    )
    numbers = [r.number for r in layer(resources_file=clinic).resources()]
    assert numbers.count("9999") == 1  # a clinic line never replaces a verified one


def test_a_broken_resource_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[resource]]\nname_en = "x"\n', "utf-8")
    with pytest.raises(ResourceFileError, match="invalid"):
        layer(resources_file=broken)
    with pytest.raises(ResourceFileError, match="cannot read"):
        layer(resources_file=tmp_path / "missing.toml")
