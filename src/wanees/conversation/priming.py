"""Keeping a local model's prompt cache useful from one turn to the next.

A local model (llama.cpp) keeps the KV cache of the last prompt it read and re-reads only what
changed after the longest shared prefix. Two things keep that prefix long: the history window
drops old turns in blocks rather than one by one (:func:`history_window`), and while a reply
plays the next turn's prompt prefix is read ahead of time (:class:`Primer`).
"""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from wanees.care.api import CareSessionState, TurnPlan
from wanees.config import Settings
from wanees.conversation.engines import Engines
from wanees.engines.base import LLM, GenerationOptions
from wanees.logs import get_logger

log = get_logger(__name__)

T = TypeVar("T")

# What the next turn's prompt prefix is primed with: a greeting, neutral for the risk checks.
PRIME_TEXT = "هلا"

# The care layer's plan of a turn with this text on this care state, history as of now.
PlanTurn = Callable[[str, CareSessionState], Awaitable[TurnPlan]]


def history_window(history: Sequence[T], keep: int) -> list[T]:
    """The recent turns the model sees: at most ``keep``, dropped in blocks of ``keep // 2``.

    Sliding the window by one turn every turn would change the start of the prompt right after
    the system prompt, so a local model would re-read the whole history each turn (seconds on a
    2-core CPU). Dropping old turns in blocks keeps the prompt's prefix, and its KV cache, stable
    for several turns in a row.
    """
    if keep <= 0:
        return []
    excess = len(history) - keep
    if excess <= 0:
        return list(history)
    step = max(1, keep // 2)
    dropped = -(-excess // step) * step  # round up to a whole block
    return list(history[dropped:])


class Primer:
    """Reads the next turn's prompt prefix into the model's cache, in the background."""

    def __init__(
        self,
        *,
        session_id: str,
        settings: Settings,
        engines: Engines,
        plan_turn: PlanTurn,
        care_state: Callable[[], CareSessionState],
    ) -> None:
        self.session_id = session_id
        self.settings = settings
        self.engines = engines
        self._plan_turn = plan_turn
        # A getter: an adopted speculation replaces the session's care state.
        self._care_state = care_state
        self._task: asyncio.Task[None] | None = None

    def start(self, user_text: str = PRIME_TEXT) -> None:
        """Let a local model read the next turn's prompt prefix while this reply plays.

        The history the next turn sends ends with this exchange, and every few turns the
        history window drops a block, changing the whole prefix after the system prompt. Read
        now, while the CPU is idle during playback, the next turn's request only evaluates the
        person's new words. Only engines that keep a prompt cache benefit (a hosted API would
        only bill the tokens), and nothing waits for this.

        Priming with partial transcripts while the person speaks was tried and dropped: the
        final transcript rarely starts with the same tokens, and the extra work slowed the
        final STT decode (bench: end of utterance p50 0.83 s against 0.69 s)."""
        if not self.settings.llm.prime_next_turn or not reuses_prompt_prefix(self.engines.llm):
            return
        if self._task is not None and not self._task.done():
            return  # the one under way covers most of this prompt
        self._task = asyncio.create_task(
            self._prime(user_text), name=f"prime-{self.session_id[:8]}"
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _prime(self, user_text: str) -> None:
        # The care layer builds the prompt: ask it for the plan of this text on a copy of the
        # session's state, so the system prompt (language, risk note) and history are exactly
        # what the turn's own plan will contain before the person's words.
        try:
            plan = await self._plan_turn(user_text, copy.deepcopy(self._care_state()))
            if not plan.messages:
                return
            started = time.monotonic()
            stream = self.engines.llm.stream_chat(plan.messages, GenerationOptions(max_tokens=1))
            async for _ in stream:
                pass
            log.debug("llm_primed", session=self.session_id, s=round(time.monotonic() - started, 3))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # only a cache warm-up: the turn reads the prompt itself
            log.info("llm_prime_failed", session=self.session_id, error=type(exc).__name__)


def reuses_prompt_prefix(llm: LLM) -> bool:
    """Whether ``llm`` (or any engine of a fallback chain) keeps a reusable prompt cache."""
    engines = getattr(llm, "engines", None) or [llm]
    return any(getattr(engine, "reuses_prompt_prefix", False) for engine in engines)
