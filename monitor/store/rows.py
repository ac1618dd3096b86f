"""Conversions between the store's rows and the domain values of models.py."""

from __future__ import annotations

import json
from collections.abc import Callable
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
    return _change_record(row, Classification.from_dict(row.classification))


def _change_record(row: Row, classification: Classification) -> ChangeRecord:
    return ChangeRecord(
        id=row.id,
        company=row.company,
        created_at=row.created_at,
        from_snapshot=row.from_snapshot,
        to_snapshot=row.to_snapshot,
        classification=classification,
        flip_flop=bool(row.flip_flop),
    )


#: Characters at the head of a stored classification read for its summary and direction (they come before
#: the verdicts, which may run to megabytes: the database is not asked to parse those).
HEAD_CHARS = 16_384
_DECODER = json.JSONDecoder()


def light_change_columns(changes: sa.Table) -> list[Any]:
    """A change's columns without its classification's verdicts: the head of its JSON holds the summary."""
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
        sa.func.substr(sa.cast(cls, sa.Text), 1, HEAD_CHARS).label("head"),
    ]


def _head_value(head: str, key: str) -> str | None:
    """The string value of a top-level `key` in the head of a JSON object written by json.dumps, if whole."""
    at = head.find(f'"{key}": "')
    if at < 0:
        return None
    try:
        value, _end = _DECODER.raw_decode(head, at + len(key) + 4)
    except json.JSONDecodeError:  # cut off by the head's end
        return None
    return value if isinstance(value, str) else None


def to_light_change(row: Row, full_summary: Callable[[int], tuple[str, str]] | None = None) -> ChangeRecord:
    """A change whose classification has its summary but no verdicts (`changes` is empty).

    `full_summary(change_id)` -> (summary, direction) is asked when the head did not hold them whole.
    """
    summary, direction = _head_value(row.head or "", "summary"), _head_value(row.head or "", "direction")
    if (summary is None or direction is None) and full_summary is not None:
        summary, direction = full_summary(row.id)
    classification = Classification(
        material=bool(row.material),
        severity=Severity(row.severity),
        direction=Direction(direction or "neutral"),
        categories=tuple(row.categories or ()),
        summary=summary or "",
    )
    return _change_record(row, classification)


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
