"""Sessions: resume, deletion, admission control, settings, HTTP endpoints, storage schema."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import websockets
from tests.conftest import StubCare, fake_settings
from tests.integration.conftest import Client, connect, live_server

from wanees.care.api import GuardVerdict, ReplyGuard, RiskAssessment, TurnPlan
from wanees.storage.repository import Repository
from wanees.transport.protocol import RiskLevel


async def _turn(client: Client, text: str) -> dict[str, object]:
    await client.send({"type": "text", "text": text})
    metrics = await client.until("turn.metrics")
    await client.send({"type": "playback.done"})
    await client.until("state:listening")
    return metrics


async def test_resume_returns_history_and_continues_it(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    care = StubCare()
    async with live_server(settings, care=care) as server:
        async with connect(server) as first:
            session_id = first.events[0]["session_id"]
            assert first.events[0]["resumed"] is False
            await _turn(first, "السؤال الأول")
            await _turn(first, "السؤال الثاني")
        async with connect(server, query=f"?session_id={session_id}") as again:
            ready = again.events[0]
            assert ready["session_id"] == session_id and ready["resumed"] is True
            history = await again.until("session.history")
            assert [t["user_text"] for t in history["turns"]] == ["السؤال الأول", "السؤال الثاني"]
            assert all(t["reply_text"] == settings.fake.reply for t in history["turns"])
            await _turn(again, "السؤال الثالث")
        # The care layer saw the stored history, and it was not a first turn any more.
        assert care.calls[-1] == ("السؤال الثالث", 2, False)
        async with connect(server, query="?session_id=unknown-id") as stranger:
            assert stranger.events[0]["session_id"] != "unknown-id"
            assert stranger.events[0]["resumed"] is False
            assert (await stranger.until("error"))["code"] == "session_not_found"


async def test_session_delete_removes_rows_and_closes(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    async with live_server(settings) as server, connect(server) as client:
        session_id = client.events[0]["session_id"]
        await _turn(client, "احذفني")
        repository = server.context.repository
        await repository.flag_session(session_id, "test flag")
        assert await repository.count_turns(session_id) == 1
        await client.send({"type": "session.delete"})
        deleted = await client.until("session.deleted")
        assert deleted["session_id"] == session_id
        await asyncio.wait_for(client.ws.wait_closed(), 5)
        assert await repository.get_session(session_id) is None
        assert await repository.count_turns(session_id) == 0
    with sqlite3.connect(tmp_path / "wanees.db") as db:
        assert db.execute("select count(*) from turns").fetchone() == (0,)
        assert db.execute("select count(*) from sessions").fetchone() == (0,)


async def test_http_delete_and_health_endpoints(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    async with (
        live_server(settings) as server,
        httpx.AsyncClient(base_url=server.http_url) as http,
    ):
        assert (await http.get("/healthz")).json() == {"status": "ok"}
        ready = (await http.get("/readyz")).json()
        assert ready["ready"] is True and ready["engines"]["llm"] == "fake"
        async with connect(server) as client:
            session_id = client.events[0]["session_id"]
            await _turn(client, "هلا")
            metrics = (await http.get("/metrics")).text
            assert "wanees_voice_to_voice_seconds_bucket" in metrics
            assert "wanees_active_sessions 1.0" in metrics
            assert (await http.delete(f"/api/sessions/{session_id}")).status_code == 204
            await asyncio.wait_for(client.ws.wait_closed(), 5)
        assert await server.context.repository.get_session(session_id) is None
        assert (await http.delete(f"/api/sessions/{session_id}")).status_code == 404
        assert (await http.get("/")).status_code == 200


async def test_server_full(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, limits={"max_sessions": 1})
    async with live_server(settings) as server, connect(server) as first:
        async with websockets.connect(server.ws_url) as ws:
            refused = Client(ws)
            event = await refused.next_event()
            assert event["type"] == "error" and event["code"] == "server_full"
            await asyncio.wait_for(ws.wait_closed(), 5)
            assert ws.close_code == 1013
        await _turn(first, "ما زلت هنا")


async def test_session_update_applies_from_next_turn(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    async with live_server(settings) as server, connect(server) as client:
        await _turn(client, "بسرعة عادية")
        normal = client.audio
        await client.send({"type": "session.update", "settings": {"rate": 2.0}})
        updated = await client.until("session.updated")
        assert updated["settings"]["rate"] == 2.0
        await _turn(client, "بسرعة عادية")
        # Same reply at double speed: about half the audio.
        assert abs((client.audio - normal) * 2 - normal) <= normal * 0.05
        stored = await server.context.repository.get_session(client.events[0]["session_id"])
        assert stored is not None and stored.settings["rate"] == 2.0


class RejectWhen(ReplyGuard):
    def __init__(self, word: str) -> None:
        self.word = word

    def check_chunk(self, chunk: str, reply_so_far: str) -> GuardVerdict:
        return GuardVerdict(ok=self.word not in chunk, reason="test")


def _plan(**kwargs: object) -> TurnPlan:
    base: dict[str, object] = {"assessment": RiskAssessment(level=RiskLevel.NONE)}
    base.update(kwargs)
    return TurnPlan(**base)  # type: ignore[arg-type]


async def test_care_plans_are_followed(tmp_path: Path) -> None:
    reply = "أول جملة هنا. ثاني جملة فيها كلمة ممنوعة. ثالث جملة."
    settings = fake_settings(tmp_path, fake={"reply": reply})
    from wanees.engines.base import ChatMessage

    msgs = [ChatMessage("user", "x")]
    care = StubCare(
        plans={
            "fixed": lambda _t: _plan(
                assessment=RiskAssessment(level=RiskLevel.HIGH),
                fixed_reply="اتصل على 9999 الحين.",
                show_resources=True,
                flag_reason="high risk",
            ),
            "reject-first": lambda _t: _plan(
                messages=msgs, guard=RejectWhen("أول"), fallback_reply="أنا أسمعك."
            ),
            "reject-later": lambda _t: _plan(
                messages=msgs, guard=RejectWhen("ممنوعة"), prefix="مقدمة."
            ),
        }
    )
    async with live_server(settings, care=care) as server, connect(server) as client:
        session_id = client.events[0]["session_id"]
        calls_before = len(server.llm.calls)
        await _turn(client, "fixed")
        risk = next(e for e in client.events if e["type"] == "risk")
        assert risk["level"] == "high" and risk["resources"][0]["number"] == "9999"
        done = [e for e in client.events if e["type"] == "response.text.done"]
        assert done[-1]["text"] == "اتصل على 9999 الحين."
        assert len(server.llm.calls) == calls_before  # fixed reply: no generation
        stored = await server.context.repository.get_session(session_id)
        assert stored is not None and stored.flagged and stored.flag_reason == "high risk"
        assert stored.max_risk_level == "high"

        metrics = await _turn(client, "reject-first")
        done = [e for e in client.events if e["type"] == "response.text.done"]
        assert done[-1]["text"] == "أنا أسمعك."
        assert metrics["fallback"] is True

        metrics = await _turn(client, "reject-later")
        done = [e for e in client.events if e["type"] == "response.text.done"]
        assert done[-1]["text"] == "مقدمة. أول جملة هنا."
        assert metrics["fallback"] is False
        history = await server.context.repository.history(session_id)
        assert [t.reply_text for t in history][-1] == "مقدمة. أول جملة هنا."

        # The stored turn keeps what was said; the model's context drops the fixed opening.
        await _turn(client, "after")
        assistant = [m.content for m in server.llm.calls[-1] if m.role == "assistant"]
        assert assistant[-1] == "أول جملة هنا."


async def test_reply_is_capped(tmp_path: Path) -> None:
    sentence = "هذي جملة طويلة شوي عشان نختبر الحد الأقصى للرد."
    settings = fake_settings(
        tmp_path, fake={"reply": " ".join([sentence] * 20)}, turn={"max_reply_chars": 120}
    )
    async with live_server(settings) as server, connect(server) as client:
        await _turn(client, "هلا")
        done = next(e for e in client.events if e["type"] == "response.text.done")
        assert 0 < len(done["text"]) <= 120
        assert server.llm.active == 0  # generation stopped at the cap


async def test_migrations_create_schema_on_empty_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    repository = Repository(f"sqlite:///{path}")
    await repository.open()
    await repository.open()  # idempotent: already at head
    await repository.close()
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
        columns = {row[1] for row in db.execute("pragma table_info(turns)")}
        version = db.execute("select version_num from alembic_version").fetchall()
    assert {"sessions", "turns", "alembic_version"} <= tables
    assert {"session_id", "user_text", "reply_text", "risk_level", "metrics"} <= columns
    assert version == [("0001",)]


async def test_retention_purges_old_sessions(tmp_path: Path) -> None:
    repository = Repository(f"sqlite:///{tmp_path / 'r.db'}")
    await repository.open()
    await repository.ensure_session("old", {}, consent=True)
    await repository.ensure_session("new", {}, consent=True)
    with sqlite3.connect(tmp_path / "r.db") as db:
        db.execute("update sessions set updated_at = '2020-01-01 00:00:00' where id = 'old'")
    assert await repository.purge_older_than(30) == 1
    assert await repository.get_session("old") is None
    assert await repository.get_session("new") is not None
    assert await repository.purge_older_than(0) == 0  # 0 = keep forever
    await repository.close()


async def test_session_ready_tells_the_client_the_retention_period(tmp_path: Path) -> None:
    """The consent text quotes it, so it must be the configured value, not a default."""
    settings = fake_settings(tmp_path)
    settings.privacy.retention_days = 12
    async with live_server(settings) as server, connect(server, start=False) as client:
        assert client.events[0]["type"] == "session.ready"
        assert client.events[0]["retention_days"] == 12


async def test_resuming_an_open_session_replaces_the_older_connection(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path)
    async with live_server(settings) as server, connect(server) as old:
        session_id = old.events[0]["session_id"]
        await _turn(old, "هلا")
        async with connect(server, query=f"?session_id={session_id}") as new:
            await asyncio.wait_for(old.ws.wait_closed(), 5)
            assert new.events[0]["resumed"] is True
            await _turn(new, "رجعت")
            assert server.context.conversations[session_id] is not None
            assert server.context.admitted == 1
        assert await server.context.repository.count_turns(session_id) == 2


async def test_admission_holds_under_simultaneous_connections(tmp_path: Path) -> None:
    settings = fake_settings(tmp_path, limits={"max_sessions": 2})
    async with live_server(settings) as server:
        sockets = await asyncio.gather(*(websockets.connect(server.ws_url) for _ in range(5)))
        try:
            firsts = [Client(ws) for ws in sockets]
            events = await asyncio.gather(*(c.next_event() for c in firsts))
            kinds = sorted(e["type"] for e in events)
            assert kinds == ["error", "error", "error", "session.ready", "session.ready"]
        finally:
            for ws in sockets:
                await ws.close()


async def test_migrations_match_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from wanees.storage.models import Base

    repository = Repository(f"sqlite:///{tmp_path / 'drift.db'}")
    await repository.open()
    with repository.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    await repository.close()
    assert diff == [], "models changed without a migration"


async def test_a_model_too_slow_for_its_first_clause_gives_way_to_the_fallback(
    tmp_path: Path,
) -> None:
    settings = fake_settings(
        tmp_path,
        fake={"llm_first_token_delay_s": 30.0},
        turn={"first_clause_timeout_s": 0.3},
    )
    care = StubCare(fallback_reply="أنا أسمعك، خذ راحتك.")
    async with live_server(settings, care=care) as server, connect(server) as client:
        # Well inside the LLM engine's own 5 s first-token timeout: the budget did this.
        metrics = await asyncio.wait_for(_turn(client, "هلا"), timeout=3)
        done = [e for e in client.events if e["type"] == "response.text.done"]
        assert done[-1]["text"] == "أنا أسمعك، خذ راحتك."
        assert metrics["fallback"] is True
        assert server.llm.active == 0  # the slow generation was stopped, not left running
