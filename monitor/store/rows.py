"""Conversions between the store's rows and the domain values of models.py."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from monitor.domain.documents import split_key
from monitor.domain.events import Alert, AlertDraft, EventKind
from monitor.domain.records import ChangeRecord, CheckRecord, Snapshot
from monitor.domain.values import Classification, Direction, Outcome, Severity
from monitor.store.schema import snapshots, texts


def snapshot_query(*, with_text: bool) -> sa.Select:
    extra = [texts.c.text] if with_text else []
    return sa.select(snapshots, texts.c.sha256, *extra).join(texts, texts.c.id == snapshots.c.text_id)


def to_snapshot(row: Row) -> Snapshot:
    mapping = row._mapping
    return Snapshot(
        id=row.id,
        company=row.company,
        created_at=row.created_at,
        text_sha256=row.sha256,
        source=row.source,
        check_id=row.check_id,
        text=mapping.get("text"),
        has_raw=row.raw_id is not None,
    )


def to_check(row: Row) -> CheckRecord:
    return CheckRecord(
        id=row.id,
        company=row.company,
        started_at=row.started_at,
        duration_s=row.duration_s,
        outcome=Outcome(row.outcome),
        http_status=row.http_status,
        error=row.error,
        snapshot_id=row.snapshot_id,
        change_id=row.change_id,
    )


def to_change(row: Row) -> ChangeRecord:
    return ChangeRecord(
        id=row.id,
        company=row.company,
        created_at=row.created_at,
        from_snapshot=row.from_snapshot,
        to_snapshot=row.to_snapshot,
        classification=Classification.from_dict(row.classification),
        flip_flop=bool(row.flip_flop),
    )


def light_change_columns(changes: sa.Table) -> list[Any]:
    """A change's columns without its classification's verdicts: the summary and direction are read from it."""
    cls = changes.c.classification
    return [
        changes.c.id,
        changes.c.company,
        changes.c.created_at,
        changes.c.from_snapshot,
        changes.c.to_snapshot,
        changes.c.material,
        changes.c.severity,
        changes.c.categories,
        changes.c.flip_flop,
        cls["summary"].as_string().label("summary"),
        cls["direction"].as_string().label("direction"),
    ]


def to_light_change(row: Row) -> ChangeRecord:
    """A change whose classification has its summary but no verdicts (`changes` is empty)."""
    return ChangeRecord(
        id=row.id,
        company=row.company,
        created_at=row.created_at,
        from_snapshot=row.from_snapshot,
        to_snapshot=row.to_snapshot,
        classification=Classification(
            material=bool(row.material),
            severity=Severity(row.severity),
            direction=Direction(row.direction or "neutral"),
            categories=tuple(row.categories or ()),
            summary=row.summary or "",
        ),
        flip_flop=bool(row.flip_flop),
    )


def alert_values(draft: AlertDraft, at: datetime) -> dict[str, Any]:
    return {
        "event": draft.event.value,
        "company": draft.company,
        "document": split_key(draft.company)[1],
        "subscriber": draft.subscriber,
        "destination": draft.destination,
        "payload": draft.payload,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": at,
        "created_at": at,
    }


def to_alert(row: Row) -> Alert:
    return Alert(
        id=row.id,
        subscriber=row.subscriber,
        destination=row.destination,
        payload=row.payload,
        event=EventKind(row.event),
        company=row.company,
        created_at=row.created_at,
        attempts=row.attempts,
        status=row.status,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        delivered_at=row.delivered_at,
        slack_ts=row.slack_ts,
    )
