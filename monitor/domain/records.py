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
    # What lets the next check skip work (see `FetchState`); none of it for a failed check.
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    region_sha256: str | None = None
    since_full: int = 0  # conditional fetches since the last unconditional one (0: this one was full)
    scheduled_at: datetime | None = None  # the scheduled run it belongs to: recorded at most once per company


@dataclass(frozen=True)
class FetchState:
    """What the last successful check of a company left for the next one to skip work.

    Valid only while `snapshot_id` is still the company's latest snapshot: validators for a conditional GET,
    the hash of the raw body and of the extracted policy region (before normalisation) of that capture, and
    how many conditional fetches have been made since the last unconditional one.
    """

    company: str
    snapshot_id: int | None
    latest_snapshot_id: int | None
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    region_sha256: str | None = None
    since_full: int = 0

    @property
    def current(self) -> bool:
        """Whether it describes the capture of the company's latest snapshot."""
        return self.snapshot_id is not None and self.snapshot_id == self.latest_snapshot_id

    def validators(self, full_fetch_every: int) -> tuple[str | None, str | None] | None:
        """(ETag, Last-Modified) for a conditional GET, or None when the next fetch must be unconditional."""
        if not self.current or not (self.etag or self.last_modified):
            return None
        if self.since_full + 1 >= full_fetch_every:
            return None  # a server that answers 304 although the page changed is caught here
        return self.etag, self.last_modified


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
