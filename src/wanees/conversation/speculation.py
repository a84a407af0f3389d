"""Output of a reply prepared before the turn is known to be over, held back until it is.

The VAD ends a turn only after a hangover of silence (~600 ms), but the transcript of what was
said so far is often ready well before that (see ``transcriber.py``). A speculative reply runs
the care plan, the LLM, the guard and TTS during the hangover on a copy of the session's care
state, and everything it would send or store goes into an :class:`Outbox` that holds it, in
order, until the turn really ends with the same transcript (commit) or is dropped (speech
resumed, or a different transcript). The client never sees anything of a dropped speculation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from prometheus_client import Counter

Action = Callable[[], Awaitable[None]]

SPECULATIONS = Counter(
    "wanees_speculations",
    "Replies started during the end-of-turn hangover, by what became of them",
    ["outcome"],  # used | discarded
)


class Outbox:
    """Where a turn's side effects go: performed at once, or held in order until ``commit``.

    Side effects are passed as zero-argument coroutine functions (send an event, send audio,
    flag the session) so that held ones run exactly as they would have, only later.
    """

    def __init__(self, *, held: bool) -> None:
        self._held: list[Action] | None = [] if held else None

    @property
    def committed(self) -> bool:
        return self._held is None

    @property
    def pending(self) -> int:
        """How many side effects are being held (0 once committed)."""
        return len(self._held) if self._held is not None else 0

    async def put(self, action: Action) -> None:
        if self._held is None:
            await action()
        else:
            self._held.append(action)

    async def commit(self) -> None:
        """Perform what was held, in order, then pass everything straight through.

        Actions put while the held ones are being performed join the end of the queue, so
        the order is kept even while the speculative reply is still producing."""
        held = self._held
        if held is None:
            return
        while held:
            await held.pop(0)()
        self._held = None

    def discard(self) -> int:
        """Forget what was held; return how many side effects never happened."""
        dropped = self.pending
        self._held = []
        return dropped
