"""A reply prepared before the turn is known to be over, held back until it is.

The VAD ends a turn only after a hangover of silence (~600 ms), but the transcript of what was
said so far is often ready well before that (see ``transcriber.py``). A speculative reply runs
the care plan, the LLM, the guard and TTS during the hangover on a copy of the session's care
state, and everything it would send or store goes into an :class:`Outbox` that holds it, in
order, until the turn really ends with the same transcript (commit) or is dropped (speech
resumed, or a different transcript). The client never sees anything of a dropped speculation.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from prometheus_client import Counter

from wanees.care.api import CareSessionState
from wanees.conversation.clock import TurnClock
from wanees.conversation.outbox import Outbox
from wanees.conversation.preparation import Prepared
from wanees.logs import get_logger

log = get_logger(__name__)

SPECULATIONS = Counter(
    "wanees_speculations",
    "Replies started during the end-of-turn hangover, by what became of them",
    ["outcome"],  # used | discarded
)

# Plans the turn for this text and produces its reply, with every side effect through the
# outbox: the same call a turn makes once it is over.
Prepare = Callable[[str, TurnClock, CareSessionState, Outbox], Awaitable[Prepared]]


@dataclass(eq=False, slots=True)
class Speculation:
    """A reply started during the hangover from the transcript of the utterance so far.

    It works on its own copy of the care state and its own clock, and its output is held in
    ``outbox``; the turn adopts all three only if it ends with exactly ``source``'s text."""

    source: asyncio.Future[str]  # the paused STT attempt's final text
    care_state: CareSessionState
    clock: TurnClock
    outbox: Outbox
    task: asyncio.Task[Prepared | None] | None = None


class Speculator:
    """A session's speculation: at most one at a time, started, dropped or taken by the turn."""

    def __init__(self, *, session_id: str, prepare: Prepare) -> None:
        self.session_id = session_id
        self._prepare = prepare
        self.current: Speculation | None = None

    def start(self, pending: asyncio.Future[str], care_state: CareSessionState) -> None:
        """Prepare the reply to ``pending``'s transcript now, on a copy of ``care_state``."""
        speculation = Speculation(
            source=pending,
            # Plain data; the copy is adopted only if the turn ends with this transcript, so
            # a crisis line spoken and then continued is never assessed twice.
            care_state=copy.deepcopy(care_state),
            clock=TurnClock(input_mode="voice"),
            outbox=Outbox(held=True),
        )
        speculation.task = asyncio.create_task(
            self._reply(speculation), name=f"speculation-{self.session_id[:8]}"
        )
        speculation.task.add_done_callback(_retrieve)
        self.current = speculation

    async def _reply(self, speculation: Speculation) -> Prepared | None:
        # Shielded: dropping the speculation must not cancel the STT decode the turn may use.
        text = await asyncio.shield(speculation.source)
        if not text:
            return None
        log.debug("speculation_started", session=self.session_id)
        return await self._prepare(
            text, speculation.clock, speculation.care_state, speculation.outbox
        )

    def take(self, final_text: str) -> Speculation | None:
        """The current speculation if it answers exactly ``final_text``; else drop it."""
        speculation, self.current = self.current, None
        if speculation is None:
            return None
        source, task = speculation.source, speculation.task
        usable = (
            bool(final_text)
            and source.done()
            and not source.cancelled()
            and source.exception() is None
            and source.result() == final_text
            and task is not None
            and not (task.done() and (task.cancelled() or task.exception() is not None))
        )
        if not usable:
            self._discard(speculation, "differs")
            return None
        return speculation

    async def adopt(self, speculation: Speculation, clock: TurnClock) -> Prepared | None:
        """The turn ended with the speculated transcript: make the speculation the turn.

        The caller takes ``speculation.care_state`` as the session's before this commits."""
        assert speculation.task is not None
        SPECULATIONS.labels("used").inc()
        log.debug(
            "speculation_used",
            session=self.session_id,
            held=speculation.outbox.pending,
            ready=speculation.task.done(),
        )
        own = speculation.clock
        own.last_voiced, own.input_end = clock.last_voiced, clock.input_end
        own.stt_final, own.user_audio_s = clock.stt_final, clock.user_audio_s
        await speculation.outbox.commit()
        return await speculation.task

    def drop(self, reason: str) -> None:
        speculation, self.current = self.current, None
        if speculation is not None:
            self._discard(speculation, reason)

    def _discard(self, speculation: Speculation, reason: str) -> None:
        held = speculation.outbox.discard()
        if speculation.task is not None and not speculation.task.done():
            speculation.task.cancel()  # stops the LLM stream within a token
        SPECULATIONS.labels("discarded").inc()
        log.debug("speculation_discarded", session=self.session_id, reason=reason, held=held)


def _retrieve(task: asyncio.Task[Prepared | None]) -> None:
    if not task.cancelled():
        task.exception()  # a dropped speculation's failure is not the turn's: do not log it
