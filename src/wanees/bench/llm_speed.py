"""The local model's own speed with 1 and 2 threads (``wanees bench --llm-speed``).

Prompt reading and token rate of the configured GGUF through the real engine, the system prompt
cached as in a session, for each thread count. Run it on an idle machine and again beside other
work: llama.cpp's threads wait for each other at every step, so losing one core to another
process slows all of them, which is why ``llm.threads`` defaults to one fewer than the cores.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from wanees.care.prompt import system_prompt
from wanees.config import Settings
from wanees.engines.base import ChatMessage, GenerationOptions

# Three short turns in Gulf Arabic, about the length of a spoken utterance's transcript.
TURNS = (
    "والله تعبان شوي اليوم وما قدرت أنام زين البارحة",
    "الشغل وايد ضغط علي هالأسبوع وما عندي وقت لأهلي",
    "أحس إني وحيد من بعد ما سافر أخوي",
)


@dataclass(frozen=True, slots=True)
class Speed:
    threads: int
    prompt_tokens: int
    first_token_s: float
    tokens_per_s: float


async def measure(settings: Settings, threads: int, max_tokens: int = 24) -> list[Speed]:
    from wanees.engines.llm.llamacpp import LlamaCppLLM

    llm = LlamaCppLLM(
        settings.model_copy(update={"llm": settings.llm.model_copy(update={"threads": threads})})
    )
    system = ChatMessage("system", system_prompt("ar", elevated_risk=False))
    options = GenerationOptions(max_tokens=max_tokens, temperature=0.0)
    try:
        async for _ in llm.stream_chat(
            [system, ChatMessage("user", "هلا")], GenerationOptions(max_tokens=1)
        ):
            pass  # the system prompt is read once, as at start-up
        speeds: list[Speed] = []
        for text in TURNS:
            started = time.perf_counter()
            first: float | None = None
            async for _ in llm.stream_chat([system, ChatMessage("user", text)], options):
                first = first or time.perf_counter() - started
            total = time.perf_counter() - started
            stats = llm.last_stats
            rate = (stats.chunks - 1) / (total - first) if first and total > first else 0.0
            speeds.append(Speed(threads, stats.prompt_tokens, first or total, rate))
        return speeds
    finally:
        await llm.aclose()


def report(settings: Settings, thread_counts: Sequence[int] = (1, 2)) -> str:
    lines = ["threads  prompt tokens  first token s  tokens/s"]
    for threads in thread_counts:
        for speed in asyncio.run(measure(settings, threads)):
            lines.append(
                f"{speed.threads:>7}  {speed.prompt_tokens:>13}  {speed.first_token_s:>13.2f}"
                f"  {speed.tokens_per_s:>8.1f}"
            )
    return "\n".join(lines)
