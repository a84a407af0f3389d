"""Async access to stored conversations.

SQLAlchemy's synchronous API runs in worker threads (``asyncio.to_thread``), so a slow disk
never stalls the event loop; each call opens its own short session. The schema is created and
upgraded only by the Alembic migrations shipped in this package (:func:`migrate`).
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, select
from sqlalchemy.orm import Session, sessionmaker

from wanees.storage.models import SessionRow, TurnRow, utcnow
from wanees.transport.protocol import HistoryTurn, RiskLevel

MIGRATIONS = Path(__file__).with_name("migrations")


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest schema (creates it on an empty database)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        # SQLite enforces ON DELETE CASCADE only with this pragma, per connection.
        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class StoredSession:
    id: str
    settings: dict[str, Any]
    consented: bool
    flagged: bool
    flag_reason: str | None
    max_risk_level: str


@dataclass(frozen=True, slots=True)
class NewTurn:
    input_mode: str
    user_text: str
    reply_text: str
    risk_level: RiskLevel
    fallback: bool
    interrupted: bool
    metrics: dict[str, Any]
    turn_id: str = ""


_RISK_RANK = {level.value: rank for rank, level in enumerate(RiskLevel)}


class Repository:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # --------------------------------------------------------------------- life cycle

    async def open(self) -> None:
        await asyncio.to_thread(migrate, self.engine)

    async def close(self) -> None:
        await asyncio.to_thread(self.engine.dispose)

    # --------------------------------------------------------------------- sessions

    def _get(self, db: Session, session_id: str) -> SessionRow | None:
        return db.get(SessionRow, session_id)

    async def get_session(self, session_id: str) -> StoredSession | None:
        def run() -> StoredSession | None:
            with self._sessions() as db:
                row = self._get(db, session_id)
                return None if row is None else _stored(row)

        return await asyncio.to_thread(run)

    async def ensure_session(
        self, session_id: str, settings: dict[str, Any], consent: bool
    ) -> None:
        """Create the session row, or update its settings and consent if it exists."""

        def run() -> None:
            with self._sessions.begin() as db:
                row = self._get(db, session_id)
                if row is None:
                    row = SessionRow(id=session_id, settings=settings, max_risk_level="none")
                    row.flagged = False
                    db.add(row)
                else:
                    row.settings = settings
                    row.updated_at = utcnow()
                if consent and row.consent_at is None:
                    row.consent_at = utcnow()

        await asyncio.to_thread(run)

    async def update_settings(self, session_id: str, settings: dict[str, Any]) -> None:
        def run() -> None:
            with self._sessions.begin() as db:
                row = self._get(db, session_id)
                if row is not None:
                    row.settings = settings
                    row.updated_at = utcnow()

        await asyncio.to_thread(run)

    async def flag_session(self, session_id: str, reason: str) -> None:
        def run() -> None:
            with self._sessions.begin() as db:
                row = self._get(db, session_id)
                if row is not None:
                    row.flagged = True
                    row.flag_reason = reason
                    row.flagged_at = utcnow()

        await asyncio.to_thread(run)

    async def delete_session(self, session_id: str) -> bool:
        def run() -> bool:
            with self._sessions.begin() as db:
                # Explicit turn deletion too: not every database enforces the cascade.
                db.execute(delete(TurnRow).where(TurnRow.session_id == session_id))
                result = db.execute(delete(SessionRow).where(SessionRow.id == session_id))
                return bool(result.rowcount)  # type: ignore[attr-defined]

        return await asyncio.to_thread(run)

    async def purge_older_than(self, days: int) -> int:
        """Retention: delete sessions (and their turns) last touched more than ``days`` ago."""
        if days <= 0:
            return 0
        cutoff = utcnow() - timedelta(days=days)

        def run() -> int:
            with self._sessions.begin() as db:
                old = select(SessionRow.id).where(SessionRow.updated_at < cutoff)
                ids = list(db.scalars(old))
                if not ids:
                    return 0
                db.execute(delete(TurnRow).where(TurnRow.session_id.in_(ids)))
                db.execute(delete(SessionRow).where(SessionRow.id.in_(ids)))
                return len(ids)

        return await asyncio.to_thread(run)

    # --------------------------------------------------------------------- turns

    async def add_turn(self, session_id: str, turn: NewTurn) -> str:
        turn_id = turn.turn_id or uuid.uuid4().hex

        def run() -> None:
            with self._sessions.begin() as db:
                row = self._get(db, session_id)
                if row is None:
                    return  # deleted meanwhile: store nothing
                count = len(row.turns)
                db.add(
                    TurnRow(
                        id=turn_id,
                        session_id=session_id,
                        index=count,
                        input_mode=turn.input_mode,
                        user_text=turn.user_text,
                        reply_text=turn.reply_text,
                        risk_level=turn.risk_level.value,
                        fallback=turn.fallback,
                        interrupted=turn.interrupted,
                        metrics=turn.metrics,
                    )
                )
                if _RISK_RANK[turn.risk_level.value] > _RISK_RANK.get(row.max_risk_level, 0):
                    row.max_risk_level = turn.risk_level.value
                row.updated_at = utcnow()

        await asyncio.to_thread(run)
        return turn_id

    async def history(self, session_id: str) -> list[HistoryTurn]:
        def run() -> list[HistoryTurn]:
            with self._sessions() as db:
                rows = db.scalars(
                    select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)
                )
                return [
                    HistoryTurn(
                        turn_id=row.id,
                        user_text=row.user_text,
                        reply_text=row.reply_text,
                        created_at=_aware(row.created_at).isoformat(),
                        risk_level=RiskLevel(row.risk_level),
                        input_mode="text" if row.input_mode == "text" else "voice",
                    )
                    for row in rows
                ]

        return await asyncio.to_thread(run)

    async def count_turns(self, session_id: str) -> int:
        return len(await self.history(session_id))


def _stored(row: SessionRow) -> StoredSession:
    return StoredSession(
        id=row.id,
        settings=dict(row.settings or {}),
        consented=row.consent_at is not None,
        flagged=row.flagged,
        flag_reason=row.flag_reason,
        max_risk_level=row.max_risk_level,
    )
