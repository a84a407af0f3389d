"""The optional model-based risk check (settings.care.model_check): a capable LLM reads the
message and may RAISE the deterministic level, never lower it. Any failure or a timeout leaves
the deterministic level standing."""

from __future__ import annotations

import asyncio
import logging
import re

from wanees.engines.base import LLM, ChatMessage, GenerationOptions
from wanees.transport.protocol import RiskLevel

log = logging.getLogger(__name__)

_INSTRUCTION = """\
You screen messages sent to a mental-health support companion for suicide and self-harm risk.
The message may be Omani/Gulf Arabic, MSA, English, Arabizi or a mix, and may be a noisy speech
transcript. Judge only the writer's own risk, not news, jokes, idioms or other people.
Answer with exactly one word:
none - no sign of risk to themself
low - hopelessness or distress without thoughts of death
medium - wishes to be dead, tired of life, feels a burden, or unclear hints of suicide
high - thoughts or intent of suicide or self-harm, asking for lethal methods or means
imminent - a plan, means at hand, a time (tonight, now), or an attempt under way"""

_LEVEL_WORD = re.compile(r"\b(none|low|medium|high|imminent)\b", re.IGNORECASE)


async def _ask(llm: LLM, text: str) -> str:
    messages = [ChatMessage("system", _INSTRUCTION), ChatMessage("user", f"Message: {text}")]
    reply = ""
    async for delta in llm.stream_chat(messages, GenerationOptions(max_tokens=6, temperature=0.0)):
        reply += delta
        if _LEVEL_WORD.search(reply):
            break
    return reply


async def model_risk_level(llm: LLM, text: str, timeout_s: float) -> RiskLevel | None:
    """The model's level, or None when it fails, times out or answers something else."""
    try:
        reply = await asyncio.wait_for(_ask(llm, text), timeout=timeout_s)
    except Exception as error:  # any failure means: keep the deterministic level
        log.warning("care model check failed: %s", type(error).__name__)
        return None
    match = _LEVEL_WORD.search(reply)
    return RiskLevel(match.group(1).lower()) if match else None
