"""What the store records and hands back: snapshots, checks, changes, summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.domain.values import Classification, Outcome


@dataclass(frozen=True)
class Snapshot:
    """A stored version of a company's normalised policy text."""

    id: int
    company: str
    created_at: datetime
    text_sha256: str
    source: str  # "seed" | "fetch"
    check_id: int | None = None
    text: str | None = None  # loaded on demand
    has_raw: bool = False


@dataclass(frozen=True)
class CheckRecord:
    """One check of one company, as stored (an unchanged check costs one of these and nothing else)."""

    id: int
    company: str
    started_at: datetime
    duration_s: float
    outcome: Outcome
    http_status: int | None = None
    error: str | None = None
    snapshot_id: int | None = None  # the snapshot the check produced (new/changed) or matched (unchanged)
    change_id: int | None = None


@dataclass(frozen=True)
class ChangeRecord:
    """A recorded change between two snapshots, with its classification."""

    id: int
    company: str
    created_at: datetime
    from_snapshot: int
    to_snapshot: int
    classification: Classification
    flip_flop: bool = False  # the new text equals an earlier snapshot (A/B variants): shown, not alerted


@dataclass(frozen=True)
class CheckDraft:
    """What the pipeline decided about one fetch, handed to `Store.record_check` to write atomically."""

    company: str
    started_at: datetime
    duration_s: float
    outcome: Outcome
    base_snapshot_id: int | None = None  # the snapshot compared against; a mismatch at write time = conflict
    http_status: int | None = None
    error: str | None = None  # reason of a failed check
    final_url: str | None = None
    text: str | None = None  # normalised text, for NEW and CHANGED
    raw: bytes | None = None  # raw fetched body, for NEW and CHANGED (stored compressed)
    content_type: str | None = None
    classification: Classification | None = None  # for CHANGED
    flip_flop_of: int | None = None  # id of an earlier snapshot with the same text (A/B flip-flop)


@dataclass(frozen=True)
class CompanySummary:
    """One row of the overview: a company with its latest activity."""

    slug: str
    name: str
    url: str
    snapshots: int
    last_check: CheckRecord | None
    last_change: ChangeRecord | None
    failure_streak: int
    last_error: str | None
