"""Speech-to-text for one utterance, with the final transcript started speculatively at a pause.

The VAD ends a turn only after a hangover of silence (~600 ms), but announces a shorter pause
first. At the pause the STT stream is closed, so the engine starts its final decode while the
hangover still runs; if the turn then ends, that result is used at once. If speech resumes, the
result is discarded and a new STT stream is opened with all the utterance's audio so far, so
the final transcript always covers the whole utterance.

Only the STT interface is used (``transcribe`` over an audio stream), so any engine and the
fallback adapter work unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from wanees.engines.base import STT

OnPartial = Callable[[str], Awaitable[None]]


class _Attempt:
    """One STT stream over the utterance so far; ``task`` resolves to its final text."""

    def __init__(self, stt: STT, language: str | None, first: bytes, on_partial: OnPartial):
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        if first:
            self.queue.put_nowait(first)
        self.current = True  # partials of a discarded attempt are not shown
        self.closed = False  # its audio has ended: the final decode is under way
        self.final_at: float | None = None
        self.task = asyncio.ensure_future(self._run(stt, language, on_partial))

    async def _audio(self) -> AsyncIterator[bytes]:
        while (chunk := await self.queue.get()) is not None:
            yield chunk

    async def _run(self, stt: STT, language: str | None, on_partial: OnPartial) -> str:
        transcripts = stt.transcribe(self._audio(), language=language)
        try:
            async for transcript in transcripts:
                if transcript.final:
                    self.final_at = time.monotonic()
                    return transcript.text.strip()
                if self.current and transcript.text.strip():
                    await on_partial(transcript.text.strip())
        finally:
            with contextlib.suppress(Exception):
                await transcripts.aclose()  # type: ignore[attr-defined]
        return ""

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.queue.put_nowait(None)

    def discard(self) -> None:
        self.current = False
        self.close()
        if self.task.done():
            _retrieve(self.task)
        else:
            # The engine may be in a decode it cannot interrupt; it finishes in the background.
            self.task.add_done_callback(_retrieve)
            self.task.cancel()


class UtteranceTranscriber:
    """Feed it the utterance's audio and the VAD's pause/resume/end; ``result`` gives the text."""

    def __init__(self, stt: STT, language: str | None, on_partial: OnPartial) -> None:
        self._stt = stt
        self._language = language
        self._on_partial = on_partial
        self._audio = bytearray()
        self._done = asyncio.Event()  # the utterance ended, or its STT failed
        self._error: BaseException | None = None
        self._attempt = self._start(b"")
        self.speculations = 0  # final decodes started at a pause (discarded ones included)

    def _start(self, audio: bytes) -> _Attempt:
        attempt = _Attempt(self._stt, self._language, audio, self._on_partial)
        attempt.task.add_done_callback(lambda task: self._attempt_done(attempt, task))
        return attempt

    def _attempt_done(self, attempt: _Attempt, task: asyncio.Future[str]) -> None:
        if attempt is not self._attempt or attempt.closed or task.cancelled():
            return  # a speculation's failure shows in ``result``, unless speech resumes
        if task.exception() is not None and self._error is None:
            # A failing engine ends the turn at once, even while the person is still speaking.
            self._error = task.exception()
            self._done.set()

    @property
    def audio_bytes(self) -> int:
        return len(self._audio)

    def feed(self, pcm: bytes) -> None:
        self._audio += pcm
        # While paused the audio is only kept: it is silence unless speech resumes, and then
        # the next attempt hears all of it.
        if not self._attempt.closed:
            self._attempt.queue.put_nowait(pcm)

    def pause(self) -> asyncio.Future[str] | None:
        """The speaker paused: let the engine start its final decode now.

        Returns the speculative final text's future (None if no decode was started): if the
        turn ends without speech resuming, ``result`` gives this very text."""
        if self._attempt.closed or self._done.is_set():
            return None
        self.speculations += 1
        self._attempt.close()
        return self._attempt.task

    def resume(self) -> None:
        """Speech came back after a pause: the decode under way is stale."""
        if not self._attempt.closed or self._done.is_set():
            return
        self._attempt.discard()
        self._attempt = self._start(bytes(self._audio))

    def end(self) -> None:
        """The utterance is over (VAD end of speech or the length cap)."""
        self._attempt.close()
        self._done.set()

    async def result(self) -> tuple[str, float]:
        """The final text once the utterance has ended, and when it was ready (monotonic).

        Engine errors propagate. Cancelling abandons the STT stream."""
        try:
            await self._done.wait()
            if self._error is not None:
                raise self._error
            text = await self._attempt.task
        except BaseException:
            self._attempt.discard()
            raise
        return text, self._attempt.final_at or time.monotonic()


def _retrieve(task: asyncio.Future[str]) -> None:
    if not task.cancelled():
        task.exception()  # so asyncio does not log "exception was never retrieved"
