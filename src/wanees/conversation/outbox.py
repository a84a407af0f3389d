"""Where a turn's side effects go, so that a reply can be produced before it may be sent.

A turn normally sends as it goes; a speculative one (see ``speculation.py``) must hold all of
it until the turn is known to be over. Both write through an :class:`Outbox`, so the code that
produces a reply never needs to know which kind it is producing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

Action = Callable[[], Awaitable[None]]


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
