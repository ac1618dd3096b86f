"""Versioned schema migrations of the store: an ordered list applied once each, under a lock, in a transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from monitor.errors import StoreError

log = logging.getLogger(__name__)

#: An arbitrary constant key for PostgreSQL's advisory lock that serialises concurrent migrators.
_PG_MIGRATION_LOCK = 0x706D_6D69_6772  # "pmmigr"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    """Frozen DDL of schema version 1. Never edit: later changes go in a new migration.

    It repeats much of schema.py on purpose: schema.py is the tables as they are NOW (what the code reads and
    writes), this is the tables as they were at version 1, which every database is built from and migrated
    up; sharing the definitions would silently change what an old database is migrated from."""
    md = sa.MetaData()
    ts = sa.DateTime(timezone=True)
    sa.Table(
        "companies",
        md,
        sa.Column("slug", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("created_at", ts, nullable=False),
    )
    sa.Table(
        "texts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("length", sa.Integer, nullable=False),
    )
    sa.Table(
        "raws",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.LargeBinary, nullable=False),  # zlib-compressed
        sa.Column("content_type", sa.Text),
        sa.Column("size", sa.Integer, nullable=False),  # uncompressed bytes
    )
    sa.Table(
        "checks",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("company", sa.String(64), sa.ForeignKey("companies.slug"), nullable=False),
        sa.Column("started_at", ts, nullable=False),
        sa.Column("duration_s", sa.Float, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("error", sa.Text),
        sa.Column("final_url", sa.Text),
        # Cyclic references (a check produces a snapshot that points back at it): no FK declared on
        # these two; integrity_check() verifies them instead.
        sa.Column("snapshot_id", sa.Integer),
        sa.Column("change_id", sa.Integer),
        # consecutive failed checks ending with this one (0 for a success): the streak in O(1)
        sa.Column("streak", sa.Integer, nullable=False),
        sa.Index("ix_checks_company_id", "company", "id"),
    )
    sa.Table(
        "snapshots",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("company", sa.String(64), sa.ForeignKey("companies.slug"), nullable=False),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("text_id", sa.Integer, sa.ForeignKey("texts.id"), nullable=False),
        sa.Column("raw_id", sa.Integer, sa.ForeignKey("raws.id")),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("checks.id")),
        sa.Index("ix_snapshots_company_id", "company", "id"),
        sa.Index("ix_snapshots_company_text", "company", "text_id"),
    )
    sa.Table(
        "changes",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("company", sa.String(64), sa.ForeignKey("companies.slug"), nullable=False),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("from_snapshot", sa.Integer, sa.ForeignKey("snapshots.id"), nullable=False),
        sa.Column("to_snapshot", sa.Integer, sa.ForeignKey("snapshots.id"), nullable=False, unique=True),
        sa.Column("classification", sa.JSON, nullable=False),
        sa.Column("material", sa.Boolean, nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("flip_flop", sa.Boolean, nullable=False),
        sa.Index("ix_changes_company_id", "company", "id"),
    )
    sa.Table(
        "alerts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("change_id", sa.Integer, sa.ForeignKey("changes.id")),
        sa.Column("check_id", sa.Integer, sa.ForeignKey("checks.id")),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("company", sa.String(64), nullable=False),
        sa.Column("subscriber", sa.Text, nullable=False),
        sa.Column("destination", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", ts, nullable=False),
        sa.Column("claimed_at", ts),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("delivered_at", ts),
        sa.Column("slack_ts", sa.String(64)),
        # an event of a check is alerted once per subscriber and destination, whatever retries happen
        sa.UniqueConstraint("check_id", "subscriber", "event", "destination", name="uq_alerts_once"),
        sa.Index("ix_alerts_due", "status", "next_attempt_at"),
        sa.Index("ix_alerts_change", "change_id"),
    )
    md.create_all(conn)


def _v2_fetch_state(conn: Connection) -> None:
    """What a check leaves for the next one to skip work: validators, body and policy-region hashes."""
    for column in (
        "etag TEXT",
        "last_modified TEXT",
        "body_sha256 VARCHAR(64)",
        "region_sha256 VARCHAR(64)",
        "since_full INTEGER NOT NULL DEFAULT 0",
    ):
        conn.execute(sa.text(f"ALTER TABLE checks ADD COLUMN {column}"))


def _v3_scheduled_checks(conn: Connection) -> None:
    """A check may carry the identity of the scheduled run it belongs to; one check per company and run."""
    ts = sa.DateTime(timezone=True).compile(dialect=conn.dialect)
    conn.execute(sa.text(f"ALTER TABLE checks ADD COLUMN scheduled_at {ts}"))
    # NULLs never collide: checks outside a cluster (no scheduled identity) are not constrained.
    conn.execute(sa.text("CREATE UNIQUE INDEX uq_checks_scheduled ON checks (company, scheduled_at)"))
    conn.execute(sa.text("CREATE INDEX ix_checks_scheduled_at ON checks (scheduled_at)"))


def _v4_documents(conn: Connection) -> None:
    """Several documents per company: each row names its document; what was there is the privacy policy."""
    for table in ("companies", "checks", "snapshots", "changes", "alerts"):
        conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN document VARCHAR(64) NOT NULL DEFAULT 'privacy_policy'"))


#: Every migration, in order. Append only; never renumber or edit one that has shipped.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _v1_initial),
    Migration(2, "fetch state of checks (conditional GET, body and region hashes)", _v2_fetch_state),
    Migration(3, "scheduled checks: one check per company and scheduled run", _v3_scheduled_checks),
    Migration(4, "documents: the document of each company row, check, snapshot, change and alert", _v4_documents),
)
LATEST_VERSION = MIGRATIONS[-1].version

_VERSION_TABLE = sa.Table(
    "schema_version",
    sa.MetaData(),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("description", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)


def current_version(conn: Connection) -> int:
    """The schema version of the database (0 for an empty one)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(_VERSION_TABLE.c.version), 0))).scalar_one()


def _check_not_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise StoreError(
            f"the database has schema version {version}, newer than this policy-monitor knows "
            f"({LATEST_VERSION}); upgrade policy-monitor or use another database"
        )


def migrate(engine: Engine) -> int:
    """Bring the schema up to LATEST_VERSION; safe to run from several processes at once. Returns it."""
    with engine.connect() as conn:
        version = current_version(conn)
        conn.rollback()
    _check_not_newer(version)
    if version == LATEST_VERSION:
        return version
    # Writers lock: BEGIN IMMEDIATE on SQLite (see store_engine._on_sqlite_begin), an advisory lock on PostgreSQL.
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        _VERSION_TABLE.create(conn, checkfirst=True)
        version = current_version(conn)  # another process may have migrated while we waited
        _check_not_newer(version)
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            log.info("applying migration %d: %s", migration.version, migration.description)
            try:
                migration.apply(conn)
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(f"migration {migration.version} ({migration.description}) failed: {exc}") from exc
            conn.execute(
                _VERSION_TABLE.insert().values(
                    version=migration.version,
                    description=migration.description,
                    applied_at=datetime.now(UTC),
                )
            )
            version = migration.version
    return version
