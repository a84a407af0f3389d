"""The benchmark's WebSocket client: speaks clips at real-time pace and times the replies.

It behaves like the web page: 20 ms microphone frames sent as they would be captured, then
silence (a quiet room) until the server takes the turn, then a virtual loudspeaker that plays
the reply for its real duration before saying ``playback.done``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from wanees.bench.clips import Clip
from wanees.bench.report import ServerStages, TurnResult
from wanees.bench.scoring import char_errors, spoken_number, word_errors
from wanees.engines.base import INPUT_SAMPLE_RATE

FRAME_MS = 20
FRAME_BYTES = INPUT_SAMPLE_RATE * FRAME_MS // 1000 * 2
_SILENCE_FRAME = bytes(FRAME_BYTES)
# After the reply, turn.metrics may trail the return to listening by a moment.
_METRICS_GRACE_S = 2.0


class BenchProtocolError(RuntimeError):
    """The server broke the protocol or went away; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class ClientOptions:
    fast_playback: bool = False
    # Longest silence to send after the clip while waiting for the server to take the turn.
    max_trailing_silence_s: float = 5.0
    # From the server taking the turn to it listening again.
    turn_timeout_s: float = 180.0
    connect_timeout_s: float = 30.0


@dataclass(slots=True)
class _TurnLog:
    """What the reader saw during one turn, with receive times (perf_counter seconds)."""

    took_turn_at: float | None = None
    transcript: str | None = None
    reply_text: str | None = None
    audio_chunks: list[tuple[float, int]] = field(default_factory=list)  # (time, bytes)
    audio_done_at: float | None = None
    metrics: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)
    risk_level: str | None = None


class BenchSession:
    """One WebSocket session; turns run one after another, as the server's turn-taking demands."""

    def __init__(self, ws: ClientConnection, options: ClientOptions) -> None:
        self._ws = ws
        self._options = options
        self._changed = asyncio.Condition()
        self._reader: asyncio.Task[None] | None = None
        self.state: str | None = None
        self.output_sample_rate = INPUT_SAMPLE_RATE
        self.session_id: str | None = None
        self.closed_reason: str | None = None
        self._log = _TurnLog()

    # ------------------------------------------------------------------ connection lifecycle

    async def start(self) -> None:
        await self._ws.send(json.dumps({"type": "session.start", "consent": True}))
        ready = await self._next_json(self._options.connect_timeout_s)
        if ready.get("type") != "session.ready":
            raise BenchProtocolError(f"expected session.ready, got {_describe(ready)}")
        self.session_id = str(ready.get("session_id"))
        self.output_sample_rate = int(ready.get("output_sample_rate") or INPUT_SAMPLE_RATE)
        self.state = "listening"
        self._reader = asyncio.create_task(self._read_forever())

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
        await self._ws.close()

    async def _next_json(self, timeout_s: float) -> dict[str, Any]:
        while True:
            message = await asyncio.wait_for(self._ws.recv(), timeout_s)
            if isinstance(message, str):
                data = json.loads(message)
                if not isinstance(data, dict):
                    raise BenchProtocolError(f"expected a JSON object, got {type(data).__name__}")
                return data

    async def _read_forever(self) -> None:
        try:
            async for message in self._ws:
                now = time.perf_counter()
                async with self._changed:
                    if isinstance(message, bytes):
                        self._log.audio_chunks.append((now, len(message)))
                    else:
                        self._on_event(json.loads(message), now)
                    self._changed.notify_all()
            self.closed_reason = "server closed the connection"
        except ConnectionClosed as exc:
            self.closed_reason = f"connection closed: {exc}"
        async with self._changed:
            self._changed.notify_all()

    def _on_event(self, event: dict[str, Any], now: float) -> None:
        kind = event.get("type")
        log = self._log
        if kind == "state":
            self.state = str(event.get("state"))
            if self.state == "thinking" and log.took_turn_at is None:
                log.took_turn_at = now
        elif kind == "transcript.final":
            log.transcript = str(event.get("text", ""))
        elif kind == "response.text.done":
            log.reply_text = str(event.get("text", ""))
        elif kind == "response.audio.done":
            log.audio_done_at = now
        elif kind == "turn.metrics":
            log.metrics = event
        elif kind == "risk":
            log.risk_level = str(event.get("level"))
        elif kind == "error":
            log.errors.append(str(event.get("code")))

    async def _send(self, message: str | bytes) -> None:
        try:
            await self._ws.send(message)
        except ConnectionClosed as exc:
            raise BenchProtocolError(f"connection closed: {exc}") from exc

    async def _wait_for(self, predicate: Callable[[], bool], timeout_s: float) -> bool:
        """True once ``predicate`` holds, False on timeout; raises if the connection is gone."""
        try:
            async with asyncio.timeout(timeout_s), self._changed:
                while not predicate():
                    if self.closed_reason:
                        raise BenchProtocolError(self.closed_reason)
                    await self._changed.wait()
        except TimeoutError:
            return False
        return True

    # ------------------------------------------------------------------------------ one turn

    async def run_turn(self, clip: Clip, repeat: int) -> TurnResult:
        result = TurnResult(
            clip=clip.name,
            repeat=repeat,
            audio_s=clip.duration_s,
            last_voiced_s=clip.last_voiced_s,
        )
        if not await self._wait_for(
            lambda: self.state == "listening", self._options.turn_timeout_s
        ):
            raise BenchProtocolError(f"server never returned to listening (state {self.state})")
        async with self._changed:
            self._log = _TurnLog()
        sent_samples, last_voiced_at = await self._speak(clip)
        result.sent_audio_s = sent_samples / INPUT_SAMPLE_RATE
        result.cut_short = sent_samples < clip.last_voiced_sample
        log = self._log
        if log.took_turn_at is None:
            result.error = "server did not take the turn after the clip"
            return result
        await self._play_reply(log)
        finished = await self._wait_for(
            lambda: self.state == "listening", self._options.turn_timeout_s
        )
        if finished and log.metrics is None:
            await self._wait_for(lambda: log.metrics is not None, _METRICS_GRACE_S)
        self._fill_result(result, clip, log, last_voiced_at)
        if not finished:
            result.error = result.error or "turn timed out"
        return result

    async def _speak(self, clip: Clip) -> tuple[int, float | None]:
        """Stream the clip then silence, frame by frame on a fixed real-time schedule, until the
        server takes the turn. Returns the clip samples sent and when the last voiced sample of
        them was (perf_counter), placed by its position inside its frame."""
        frames = mic_frames(clip.pcm)
        silence_frames = int(self._options.max_trailing_silence_s * 1000 / FRAME_MS)
        frame_s = FRAME_MS / 1000
        start = time.perf_counter()
        sent_samples = 0
        last_voiced_at: float | None = None
        for index in range(len(frames) + silence_frames):
            # A microphone delivers a frame once it has been captured in full.
            await _sleep_until(start + (index + 1) * frame_s)
            if self._log.took_turn_at is not None or self.closed_reason:
                break  # the server holds the turn now and would discard the rest
            frame, clip_samples = frames[index] if index < len(frames) else (_SILENCE_FRAME, 0)
            await self._send(frame)
            sent_at = time.perf_counter()
            if clip_samples:
                sent_samples += clip_samples
                voiced_end = clip.last_voiced_before(sent_samples)
                if voiced_end is not None and voiced_end > sent_samples - clip_samples:
                    last_voiced_at = sent_at - (sent_samples - voiced_end) / INPUT_SAMPLE_RATE
        if self._log.took_turn_at is None:
            await self._wait_for(lambda: self._log.took_turn_at is not None, 2 * frame_s)
        return sent_samples, last_voiced_at

    async def _play_reply(self, log: _TurnLog) -> None:
        """Wait for the reply audio, "play" it, then report playback.done."""
        await self._wait_for(
            lambda: log.audio_done_at is not None or self.state == "listening",
            self._options.turn_timeout_s,
        )
        if log.audio_done_at is None:
            return  # no reply audio (nothing intelligible was said, or the turn failed)
        if not self._options.fast_playback:
            await _sleep_until(self._playback_end(log.audio_chunks))
        await self._send(json.dumps({"type": "playback.done"}))

    def _playback_end(self, chunks: list[tuple[float, int]]) -> float:
        """When a loudspeaker fed these chunks would fall silent (it waits for late chunks)."""
        end = 0.0
        for arrived, size in chunks:
            end = max(end, arrived) + size / 2 / self.output_sample_rate
        return end

    def _fill_result(
        self, result: TurnResult, clip: Clip, log: _TurnLog, last_voiced_at: float | None
    ) -> None:
        result.transcript = log.transcript
        result.reply_text = log.reply_text
        result.risk_level = log.risk_level
        if log.errors:
            result.error = ",".join(log.errors)
        if log.metrics is not None:
            result.stages = ServerStages.from_event(log.metrics)
        chunks = log.audio_chunks
        if chunks:
            result.reply_audio_s = sum(size for _, size in chunks) / 2 / self.output_sample_rate
            first_at = chunks[0][0]
            if last_voiced_at is not None:
                result.voice_to_voice = first_at - last_voiced_at
            streamed_s = (log.audio_done_at or chunks[-1][0]) - first_at
            if streamed_s > 0:
                result.reply_stream_rtf = result.reply_audio_s / streamed_s
            result.playback_underruns = _underruns(chunks, self.output_sample_rate)
        score_transcript(result, clip)


def mic_frames(pcm: bytes) -> list[tuple[bytes, int]]:
    """20 ms frames and how many clip samples each holds; the last is padded with silence
    because the server accepts only 10-500 ms frames (as a microphone would deliver)."""
    return [
        (pcm[i : i + FRAME_BYTES].ljust(FRAME_BYTES, b"\0"), len(pcm[i : i + FRAME_BYTES]) // 2)
        for i in range(0, len(pcm), FRAME_BYTES)
    ]


def score_transcript(result: TurnResult, clip: Clip) -> None:
    reference = clip.reference
    if reference is None or result.transcript is None:
        return
    result.reference_kind = reference.kind
    if reference.kind == "asr":
        result.word_errors = word_errors(reference.text, result.transcript)
        result.char_errors = char_errors(reference.text, result.transcript)
    elif reference.kind == "asr_word":
        result.number_expected = reference.number
        result.number_heard = spoken_number(result.transcript)


def _underruns(chunks: list[tuple[float, int]], sample_rate: int) -> int:
    """Chunks that arrived after the audio before them had finished playing (audible gaps)."""
    count = 0
    end: float | None = None
    for arrived, size in chunks:
        if end is not None and arrived > end:
            count += 1
        end = max(end or arrived, arrived) + size / 2 / sample_rate
    return count


async def _sleep_until(deadline: float) -> None:
    delay = deadline - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)


def _describe(event: dict[str, Any]) -> str:
    if event.get("type") == "error":
        return f"error {event.get('code')}: {event.get('message')}"
    return str(event.get("type"))


async def open_session(url: str, options: ClientOptions) -> BenchSession:
    ws = await asyncio.wait_for(connect(url, max_size=None), options.connect_timeout_s)
    session = BenchSession(ws, options)
    try:
        await session.start()
    except BaseException:
        await ws.close()
        raise
    return session
