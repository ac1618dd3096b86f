"""The one place that reads and writes the database (SQLite by default, PostgreSQL by URL).

INTERFACE SKELETON — to be implemented (SQLAlchemy Core). Method names and signatures are the contract the
rest of the package codes against; keep them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from .models import (
    Alert,
    AlertDraft,
    ChangeRecord,
    CheckDraft,
    CheckRecord,
    Company,
    CompanySummary,
    RecordedEvent,
    Snapshot,
)


class Store:
    """Open with `Store.open(url)`; all methods are safe to call from several threads and processes."""

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect and apply pending migrations. Raises StoreError with a clear message on failure."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def integrity_check(self) -> list[str]:
        """Problems found (empty when the database is sound)."""
        raise NotImplementedError

    # -- companies -------------------------------------------------------------------------------
    def sync_companies(self, companies: Sequence[Company]) -> None:
        """Insert or update slug/name/url of the configured companies (others are kept, not deleted)."""
        raise NotImplementedError

    def company_summaries(self) -> list[CompanySummary]:
        raise NotImplementedError

    # -- snapshots -------------------------------------------------------------------------------
    def seed(self, company: str, text: str, raw: bytes, at: datetime) -> Snapshot | None:
        """Record a baseline snapshot unless the company already has one (then return None)."""
        raise NotImplementedError

    def latest_snapshot(self, company: str) -> Snapshot | None:
        """The newest snapshot, with its text."""
        raise NotImplementedError

    def snapshot(self, company: str, snapshot_id: int) -> Snapshot | None:
        """One snapshot of this company, with its text (None if absent or of another company)."""
        raise NotImplementedError

    def snapshots(self, company: str, *, limit: int = 50, offset: int = 0) -> list[Snapshot]:
        """Newest first, without text."""
        raise NotImplementedError

    def count_snapshots(self, company: str) -> int:
        raise NotImplementedError

    def raw_body(self, snapshot_id: int) -> tuple[bytes, str | None] | None:
        """The raw fetched body (decompressed) and its content type."""
        raise NotImplementedError

    def snapshot_with_text(self, company: str, text_sha256: str) -> Snapshot | None:
        """The newest earlier snapshot whose text has this hash (to spot A/B flip-flops)."""
        raise NotImplementedError

    # -- checks ----------------------------------------------------------------------------------
    def record_check(
        self,
        draft: CheckDraft,
        make_alerts: Callable[[RecordedEvent], Sequence[AlertDraft]] = lambda event: (),
        *,
        failure_threshold: int = 3,
    ) -> tuple[CheckRecord, list[RecordedEvent]]:
        """Write one check and everything it implies in ONE transaction.

        NEW/CHANGED: raises ConflictError if the company's latest snapshot is no longer
        `draft.base_snapshot_id`; stores the text once (by sha256), the raw body compressed, a snapshot
        and, for CHANGED, a change with its classification. Events produced (a CHANGE for a change that is
        not a flip-flop, FAILING when this error makes the streak reach `failure_threshold`, RECOVERED when
        a success ends a streak that had reached it) are passed to `make_alerts`, whose drafts are written
        to the outbox in the same transaction.
        """
        raise NotImplementedError

    def checks(self, company: str, *, limit: int = 50, offset: int = 0) -> list[CheckRecord]:
        """Newest first."""
        raise NotImplementedError

    def failure_streak(self, company: str) -> tuple[int, str | None]:
        """Consecutive failed checks up to now, and the last reason."""
        raise NotImplementedError

    # -- changes ---------------------------------------------------------------------------------
    def changes(
        self, company: str, *, material_only: bool = False, limit: int = 50, offset: int = 0
    ) -> list[ChangeRecord]:
        """Newest first."""
        raise NotImplementedError

    def change(self, change_id: int) -> ChangeRecord | None:
        raise NotImplementedError

    def change_to(self, company: str, snapshot_id: int) -> ChangeRecord | None:
        """The change that produced this snapshot."""
        raise NotImplementedError

    # -- outbox ----------------------------------------------------------------------------------
    def add_alerts(self, drafts: Sequence[AlertDraft], at: datetime) -> list[int]:
        raise NotImplementedError

    def due_alerts(self, now: datetime, *, limit: int = 50) -> list[Alert]:
        """Pending alerts whose next attempt is due, oldest first (and 'sending' ones left by a crash)."""
        raise NotImplementedError

    def claim_alert(self, alert_id: int, now: datetime) -> bool:
        """Atomically move a due alert to 'sending' (False if another process has it)."""
        raise NotImplementedError

    def mark_delivered(self, alert_id: int, at: datetime, slack_ts: str | None) -> None:
        raise NotImplementedError

    def mark_retry(self, alert_id: int, error: str, next_attempt_at: datetime) -> None:
        raise NotImplementedError

    def mark_failed(self, alert_id: int, error: str) -> None:
        """Give up (a permanent error such as channel_not_found)."""
        raise NotImplementedError

    def alerts(self, *, status: str | None = None, limit: int = 100) -> list[Alert]:
        raise NotImplementedError
