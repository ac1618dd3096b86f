"""How the store connects: URL parsing (psycopg 3 for PostgreSQL) and SQLite's pragmas and BEGIN IMMEDIATE."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
import weakref
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from monitor.errors import StoreError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


def engine_url(url: str) -> sa.URL:
    """Parse a database URL, choosing the psycopg 3 driver for PostgreSQL."""
    try:
        parsed = sa.make_url(url)
    except (sa.exc.ArgumentError, ValueError) as exc:  # the URL may hold a password: never quoted
        raise StoreError("not a valid database URL (expected sqlite:///PATH or postgresql://USER@HOST/NAME)") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {parsed.drivername!r} (use sqlite:/// or postgresql://)")
    return parsed


def create_engine(url: sa.URL) -> Engine:
    """An engine for a parsed URL; for a SQLite file, its folder is created first."""
    if url.get_backend_name() == "postgresql":
        return _fork_safe(sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10}))
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser().resolve()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {path.parent}: {exc.strerror or exc}") from exc
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        url = url.set(database=str(path))
        engine = sa.create_engine(url)
    else:  # one in-memory database shared by every use of this store
        engine = sa.create_engine(url, poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return _fork_safe(engine)


def _fork_safe(engine: Engine) -> Engine:
    """A forked child must not reuse the parent's pooled connections (SQLAlchemy's documented recipe)."""
    ref = weakref.ref(engine)

    def after_fork() -> None:
        engine = ref()
        if engine is not None:
            engine.dispose(close=False)

    os.register_at_fork(after_in_child=after_fork)
    return engine


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # SQLAlchemy's documented recipe: stop pysqlite from issuing its own BEGIN, so _on_sqlite_begin can.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        mode = _journal_mode_wal(cursor)
        if mode not in ("wal", "memory"):  # e.g. a network file system without shared memory
            log.warning("SQLite refused WAL mode (journal_mode=%s): writers will block readers", mode)
        cursor.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable against a killed process
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _journal_mode_wal(cursor: Any) -> str:
    """Switch to WAL, retrying while another connection holds the lock the switch needs.

    SQLite does not call the busy handler for this switch, so when several processes open a new file at once
    one of them can get "database is locked" at once, whatever busy_timeout says; retry up to that timeout.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            return str(cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
