"""Events worth telling people about, and the alerts that carry them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.domain.records import ChangeRecord, CheckRecord


class EventKind(enum.StrEnum):
    CHANGE = "change"
    FAILING = "failing"  # N consecutive failed checks
    RECOVERED = "recovered"
    TEST = "test"


@dataclass(frozen=True)
class Alert:
    """One message for one subscriber, kept in the outbox until delivered."""

    id: int
    subscriber: str
    destination: str  # "console" | "slack:<channel>" | "webhook:<ENV_NAME>"
    payload: dict[str, Any]  # {"text": ..., "blocks": [...]}
    event: EventKind
    company: str
    created_at: datetime
    attempts: int = 0
    status: str = "pending"  # pending | sending | delivered | failed
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    delivered_at: datetime | None = None
    slack_ts: str | None = None


@dataclass(frozen=True)
class RecordedEvent:
    """Something worth telling subscribers about, produced inside `record_check`'s transaction."""

    kind: EventKind
    company: str
    check: CheckRecord
    change: ChangeRecord | None = None  # for CHANGE
    failure_count: int = 0  # for FAILING / RECOVERED: the length of the failure streak
    reason: str | None = None  # for FAILING: the last error


@dataclass(frozen=True)
class AlertDraft:
    subscriber: str
    destination: str  # "console" | "slack:<channel>" | "webhook:<ENV_NAME>"
    payload: dict[str, Any]
    event: EventKind
    company: str
