"""Domain values as JSON-ready dicts for the API (times in ISO 8601 UTC)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monitor.domain.documents import split_key
from monitor.domain.records import ChangeRecord, CheckRecord, CompanySummary, Snapshot
from monitor.domain.values import Classification
from monitor.web.diffview import ChangeView


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def check_dict(check: CheckRecord | None) -> dict[str, Any] | None:
    if check is None:
        return None
    return {
        "id": check.id,
        "started_at": iso(check.started_at),
        "duration_s": check.duration_s,
        "outcome": check.outcome.value,
        "http_status": check.http_status,
        "error": check.error,
        "snapshot_id": check.snapshot_id,
        "change_id": check.change_id,
    }


def change_dict(change: ChangeRecord | None, *, with_changes: bool = False) -> dict[str, Any] | None:
    if change is None:
        return None
    classification = change.classification.to_dict()
    if not with_changes:
        classification.pop("changes", None)
    return {
        "id": change.id,
        "created_at": iso(change.created_at),
        "from_snapshot": change.from_snapshot,
        "to_snapshot": change.to_snapshot,
        "flip_flop": change.flip_flop,
        "classification": classification,
    }


def summary_dict(s: CompanySummary) -> dict[str, Any]:
    return {
        "slug": s.slug,
        "company": split_key(s.slug)[0],
        "document": split_key(s.slug)[1],
        "name": s.name,
        "url": s.url,
        "snapshots": s.snapshots,
        "failing": s.failure_streak > 0,
        "failure_streak": s.failure_streak,
        "last_error": s.last_error,
        "last_check": check_dict(s.last_check),
        "last_change": change_dict(s.last_change),
    }


def snapshot_dict(s: Snapshot, *, with_text: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": s.id,
        "created_at": iso(s.created_at),
        "text_sha256": s.text_sha256,
        "source": s.source,
        "check_id": s.check_id,
        "has_raw": s.has_raw,
    }
    if with_text:
        out["text"] = s.text
    return out


def view_dict(v: ChangeView) -> dict[str, Any]:
    return {
        "kind": v.kind.value,
        "before": v.before,
        "after": v.after,
        "old_line": v.old_line,
        "new_line": v.new_line,
        "section": v.section,
        "verdict": v.verdict.to_dict() if v.verdict else None,
        "word_diff": [[op, text] for op, text in v.ops],
    }


def classification_summary(classification: Classification) -> dict[str, Any]:
    """A classification without its verdicts (the diff API lists them, page by page, as its changes)."""
    data = classification.to_dict()
    data.pop("changes", None)
    return data
