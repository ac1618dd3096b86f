"""The store's tables as of the latest migration, for building queries (the DDL lives in migrations.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa


class UTCDateTime(sa.types.TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps them as naive UTC text)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:  # a naive time is taken to be UTC already
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = sa.MetaData()
_ts = UTCDateTime

companies = sa.Table(
    "companies",
    metadata,
    sa.Column("slug", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("created_at", _ts, nullable=False),
    sa.Column("document", sa.String(64), nullable=False, server_default="privacy_policy"),
)
texts = sa.Table(
    "texts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("length", sa.Integer, nullable=False),
)
raws = sa.Table(
    "raws",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Column("content_type", sa.Text),
    sa.Column("size", sa.Integer, nullable=False),
)
checks = sa.Table(
    "checks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("company", sa.String(64), nullable=False),
    sa.Column("started_at", _ts, nullable=False),
    sa.Column("duration_s", sa.Float, nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("error", sa.Text),
    sa.Column("final_url", sa.Text),
    sa.Column("snapshot_id", sa.Integer),
    sa.Column("change_id", sa.Integer),
    sa.Column("streak", sa.Integer, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("body_sha256", sa.String(64)),
    sa.Column("region_sha256", sa.String(64)),
    sa.Column("since_full", sa.Integer, nullable=False, server_default="0"),
    sa.Column("scheduled_at", _ts),  # the scheduled run this check belongs to (cluster); unique per company
    sa.Column("document", sa.String(64), nullable=False, server_default="privacy_policy"),
)
snapshots = sa.Table(
    "snapshots",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("company", sa.String(64), nullable=False),
    sa.Column("created_at", _ts, nullable=False),
    sa.Column("text_id", sa.Integer, nullable=False),
    sa.Column("raw_id", sa.Integer),
    sa.Column("source", sa.String(8), nullable=False),
    sa.Column("check_id", sa.Integer),
    sa.Column("document", sa.String(64), nullable=False, server_default="privacy_policy"),
)
changes = sa.Table(
    "changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("company", sa.String(64), nullable=False),
    sa.Column("created_at", _ts, nullable=False),
    sa.Column("from_snapshot", sa.Integer, nullable=False),
    sa.Column("to_snapshot", sa.Integer, nullable=False),
    sa.Column("classification", sa.JSON, nullable=False),
    sa.Column("material", sa.Boolean, nullable=False),
    sa.Column("severity", sa.String(16), nullable=False),
    sa.Column("categories", sa.JSON, nullable=False),
    sa.Column("flip_flop", sa.Boolean, nullable=False),
    sa.Column("document", sa.String(64), nullable=False, server_default="privacy_policy"),
)
alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("change_id", sa.Integer),
    sa.Column("check_id", sa.Integer),
    sa.Column("event", sa.String(16), nullable=False),
    sa.Column("company", sa.String(64), nullable=False),
    sa.Column("subscriber", sa.Text, nullable=False),
    sa.Column("destination", sa.Text, nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", _ts, nullable=False),
    sa.Column("claimed_at", _ts),
    sa.Column("last_error", sa.Text),
    sa.Column("created_at", _ts, nullable=False),
    sa.Column("delivered_at", _ts),
    sa.Column("slack_ts", sa.String(64)),
    sa.Column("document", sa.String(64), nullable=False, server_default="privacy_policy"),
)
