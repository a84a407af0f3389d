"""Bad input, engine failures, cancellation and isolation between sessions."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest
import websockets
from tests.conftest import StubCare, fake_settings, read_clip
from tests.integration.conftest import SILENCE_1S, Client, connect, eventually, live_server

from wanees.app import create_engines
from wanees.care.api import TurnPlan
from wanees.engines.base import LLM, ChatMessage, GenerationOptions
from wanees.engines.fake import FakeLLM
from wanees.engines.fallback import FallbackLLM

FRAME_20MS = b"\x01\x00" * 320


async def _completes_a_turn(client: Client) -> None:
    await client.send({"type": "text", "text": "كيف حالك"})
    await client.until("turn.metrics")
    await client.send({"type": "playback.done"})
    await client.until("state:listening")


async def test_every_bad_input_gets_its_code_and_the_session_survives(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, limits={"max_text_chars": 50})
    async with live_server(settings) as server, connect(server, start=False) as client:
        cases: list[tuple[str | bytes, str]] = [
            ("not json {", "invalid_json"),
            (json.dumps({"type": "dance"}), "unknown_event"),
            (json.dumps({"no": "type"}), "invalid_event"),
            (json.dumps(["a list"]), "invalid_event"),
            (json.dumps({"type": "text"}), "invalid_event"),
            (json.dumps({"type": "text", "text": "x", "extra": 1}), "invalid_event"),
            (json.dumps({"type": "session.update", "settings": {"rate": 9}}), "invalid_event"),
            (b"\x00" * (settings.limits.max_message_bytes + 2), "message_too_large"),
            ("x" * (settings.limits.max_message_bytes + 1), "message_too_large"),
        ]
        for frame, code in cases:
            await client.ws.send(frame)
            event = await client.until("error")
            assert event["code"] == code, frame[:40]
            assert "Traceback" not in event["message"]

        await client.send({"type": "session.start", "consent": True})
        started_cases: list[tuple[str | bytes, str]] = [
            (b"\x00" * 641, "invalid_audio"),  # odd length
            (b"\x00" * 318, "invalid_audio"),  # under 10 ms
            (b"\x00" * 16_002, "invalid_audio"),  # over 500 ms
            (json.dumps({"type": "session.start"}), "session_already_started"),
            (json.dumps({"type": "text", "text": "x" * 51}), "text_too_long"),
            (json.dumps({"type": "text", "text": "   "}), "invalid_event"),
        ]
        for frame, code in started_cases:
            await client.ws.send(frame)
            event = await client.until("error")
            assert event["code"] == code, frame[:40]

        # Boundary frames are accepted silently: 10 ms and 500 ms.
        await client.ws.send(b"\x00" * 320)
        await client.ws.send(b"\x00" * 16_000)
        await _completes_a_turn(client)
        assert client.errors().count("invalid_audio") == 3


async def test_session_start_is_optional(tmp_path: Path) -> None:
    """A client written from the contract alone may skip session.start and just talk."""
    async with live_server(fake_settings(tmp_path)) as server:
        async with connect(server, start=False) as client:
            await _completes_a_turn(client)
            await client.stream(read_clip("habibi_gulf.wav") + SILENCE_1S)
            assert (await client.until("transcript.final"))["text"]
            await client.until("turn.metrics")
            # The session was stored without consent, and a late session.start is refused.
            await client.send({"type": "session.start", "consent": True})
            assert (await client.until("error"))["code"] == "session_already_started"
        assert client.errors() == ["session_already_started"]


async def test_turn_input_before_session_ready_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wanees.storage.repository import Repository

    original = Repository.get_session

    async def slow_get_session(self: Repository, session_id: str) -> object:
        await asyncio.sleep(0.5)  # a resume lookup that takes a while
        return await original(self, session_id)

    monkeypatch.setattr(Repository, "get_session", slow_get_session)
    async with live_server(fake_settings(tmp_path)) as server:
        async with websockets.connect(server.ws_url + "?session_id=nope") as ws:
            # Talk at once, without waiting for session.ready.
            await ws.send(FRAME_20MS)
            await ws.send(json.dumps({"type": "text", "text": "هلا"}))
            await ws.send(json.dumps({"type": "session.start", "consent": True}))
            client = Client(ws)
            first = await client.next_event()
            second = await client.next_event()
            assert (first["type"], first["code"]) == ("error", "not_ready")
            assert (second["type"], second["code"]) == ("error", "not_ready")
            await client.until("session.ready")
            # Control events were kept: session.start took effect, and the session works.
            await _completes_a_turn(client)
            assert "session_already_started" not in client.errors()
        assert server.llm.calls and all(call[-1].content != "هلا" for call in server.llm.calls), (
            "a turn sent before session.ready must not be acted on later"
        )


async def test_consent_required(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, privacy={"require_consent": True})
    async with live_server(settings) as server:
        async with connect(server, consent=False) as client:
            assert (await client.until("error"))["code"] == "consent_required"
            await client.ws.send(FRAME_20MS)
            assert (await client.until("error"))["code"] == "consent_required"
            await client.send({"type": "text", "text": "هلا"})
            assert (await client.until("error"))["code"] == "consent_required"
        async with connect(server, consent=True) as client:
            await _completes_a_turn(client)
            assert "consent_required" not in client.errors()


async def test_typed_turn_while_busy(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, fake={"llm_token_delay_s": 0.05})
    async with live_server(settings) as server, connect(server) as client:
        await client.send({"type": "text", "text": "الأول"})
        await client.until("state:thinking")
        await client.send({"type": "text", "text": "الثاني"})
        assert (await client.until("error"))["code"] == "busy"
        await client.until("turn.metrics")
        assert len(server.llm.calls) == 1


@pytest.mark.parametrize(
    ("fail", "code"), [("stt", "stt_failed"), ("llm", "llm_failed"), ("tts", "tts_failed")]
)
async def test_engine_failure_ends_turn_then_next_turn_works(
    tmp_path: Path, fail: str, code: str
) -> None:
    settings = fake_settings(tmp_path)
    clip = read_clip("habibi_irq.wav")
    async with live_server(settings) as server, connect(server) as client:
        server.stt.config.fail = fail  # type: ignore[assignment]  # shared FakeSettings
        await client.stream(clip + SILENCE_1S)
        error = await client.until("error")
        assert error["code"] == code
        await client.until("state:listening")
        assert "turn.metrics" not in client.labels()

        server.stt.config.fail = "none"
        await client.stream(clip + SILENCE_1S)
        await client.until("turn.metrics")
        await client.send({"type": "playback.done"})
        await client.until("state:listening")
    assert await server.context.repository.count_turns(client.events[0]["session_id"]) == 1


async def test_llm_failure_mid_stream_keeps_what_was_said(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, fake={"fail": "llm_mid"})
    async with live_server(settings) as server, connect(server) as client:
        await client.send({"type": "text", "text": "هلا"})
        error = await client.until("error")
        assert error["code"] == "llm_failed"
        await client.until("state:listening")
        deltas = [e["text"] for e in client.events if e["type"] == "response.text.delta"]
        assert deltas and " ".join(deltas) != settings.fake.reply  # cut, not completed
        assert server.llm.calls  # generated once, never retried after output went out
        assert len(server.llm.calls) == 1


async def test_disconnect_mid_turn_cancels_the_llm(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, fake={"llm_token_delay_s": 0.5})
    async with live_server(settings) as server:
        async with connect(server) as client:
            await client.send({"type": "text", "text": "هلا"})
            await client.until("state:thinking")
            await eventually(lambda: server.llm.active == 1)
        await eventually(lambda: server.llm.active == 0)
        assert server.llm.cancelled == 1
        assert server.llm.active == 0
        await eventually(lambda: not server.context.conversations)  # session cleaned up


class HangOnWord(LLM):
    """Hangs forever for one user text; otherwise the ordinary fake."""

    name = "hang-on-word"

    def __init__(self, inner: FakeLLM, word: str) -> None:
        self.inner = inner
        self.word = word
        self.hanging = 0

    async def stream_chat(
        self, messages: Sequence[ChatMessage], options: GenerationOptions
    ) -> AsyncIterator[str]:
        if messages[-1].content == self.word:
            self.hanging += 1
            await asyncio.Event().wait()
        async for delta in self.inner.stream_chat(messages, options):
            yield delta


async def test_a_hanging_session_does_not_delay_another(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, llm={"timeout_s": 60})
    engines = create_engines(settings)
    inner = engines.llm.engines[0]  # type: ignore[attr-defined]
    hanging = HangOnWord(inner, "hang")
    engines.llm = FallbackLLM([hanging], timeout_s=60)
    async with (
        live_server(settings, engines=engines) as server,
        connect(server) as stuck,
        connect(server) as fine,
    ):
        await stuck.send({"type": "text", "text": "hang"})
        await stuck.until("state:thinking")
        await eventually(lambda: hanging.hanging == 1)
        for _ in range(2):
            await _completes_a_turn(fine)
        assert "response.text.delta" not in stuck.labels()
        assert server.context.admitted == 2


async def test_fallback_llm_serves_when_primary_times_out(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    engines = create_engines(settings)
    fake = engines.llm.engines[0]  # type: ignore[attr-defined]
    engines.llm = FallbackLLM([HangOnWord(fake, "هلا"), fake], timeout_s=0.2)
    async with live_server(settings, engines=engines) as server, connect(server) as client:
        await client.send({"type": "text", "text": "هلا"})
        await client.until("turn.metrics")
        done = next(e for e in client.events if e["type"] == "response.text.done")
        assert done["text"] == settings.fake.reply
        assert server.context.engines.llm.name == "hang-on-word+fake"


async def test_a_crash_inside_a_turn_is_an_internal_error_not_a_stuck_session(
    tmp_path: Path,
) -> None:
    def explode(_text: str) -> TurnPlan:
        raise RuntimeError("care layer bug")

    settings = fake_settings(tmp_path)
    care = StubCare(plans={"boom": explode})
    async with live_server(settings, care=care) as server, connect(server) as client:
        await client.send({"type": "text", "text": "boom"})
        error = await client.until("error")
        assert error["code"] == "internal_error"
        assert "care layer bug" not in error["message"]
        await client.until("state:listening")
        await _completes_a_turn(client)
