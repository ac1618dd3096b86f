"""Domain values shared by every stage of the pipeline: frozen dataclasses and enums, no behaviour with I/O."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

#: The practice-category vocabulary (after the OPP-115 taxonomy), in a stable order.
CATEGORIES: tuple[str, ...] = (
    "data_collection",
    "data_use",
    "third_party_sharing",
    "data_retention",
    "data_security",
    "user_rights",
    "user_choice",
    "tracking",
    "children",
    "international_transfer",
    "policy_change",
    "contact",
    "other",
)


class Severity(enum.StrEnum):
    """How much a change matters. Ordered: ``none < cosmetic < minor < major < critical``."""

    NONE = "none"
    COSMETIC = "cosmetic"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self)

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    @property
    def material(self) -> bool:
        """Material means major or critical."""
        return self.rank >= _SEVERITY_ORDER.index(Severity.MAJOR)


_SEVERITY_ORDER = list(Severity)


class Direction(enum.StrEnum):
    REDUCES = "reduces_privacy"
    IMPROVES = "improves_privacy"
    NEUTRAL = "neutral"
    MIXED = "mixed"


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    MOVED = "moved"


class Outcome(enum.StrEnum):
    """The four outcomes of a check (as in urlwatch)."""

    NEW = "new"  # first snapshot of a company that had none
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ERROR = "error"  # the policy could not be read; nothing recorded as a change


class Format(enum.StrEnum):
    HTML = "html"
    MARKDOWN = "markdown"
    TEXT = "text"


# --------------------------------------------------------------------------------------------- config


@dataclass(frozen=True)
class Company:
    slug: str
    name: str
    url: str
    seed: Path | None = None
    select: str | None = None
    remove: tuple[str, ...] = ()
    schedule: str | None = None  # overrides MonitorSettings.schedule
    respect_robots: bool = True


@dataclass(frozen=True)
class Subscriber:
    name: str
    channel: str | None = None  # Slack channel for the bot token (chat.postMessage)
    webhook_env: str | None = None  # name of an env var holding an incoming-webhook URL
    companies: tuple[str, ...] = ("*",)
    min_severity: Severity = Severity.MAJOR
    categories: tuple[str, ...] = ()  # empty: any category
    failure_alerts: bool = False

    def follows(self, slug: str) -> bool:
        return "*" in self.companies or slug in self.companies


@dataclass(frozen=True)
class SlackSettings:
    token_env: str = "SLACK_BOT_TOKEN"
    base_url: str = "https://slack.com/api/"


@dataclass(frozen=True)
class MonitorSettings:
    database: str  # a SQLAlchemy URL (relative sqlite paths already resolved against the config file)
    schedule: str = "0 */6 * * *"
    timeout_seconds: float = 30.0
    web_base_url: str = "http://127.0.0.1:8080"
    user_agent: str = "policy-monitor/0.1 (+https://github.com/policy-monitor; privacy-monitor@example.org)"
    max_body_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    jitter_seconds: int = 60
    failure_threshold: int = 3  # consecutive failed checks before a "cannot read" alert
    collapse_ratio: float = 1 / 3  # new text shorter than this fraction of the last one is a failed capture
    delivery_wait_seconds: float = 20.0  # how long `check` waits to deliver its alerts before exiting
    flip_flop_days: float = 7.0  # back to a version seen this recently: a flip-flop (recorded, not alerted)
    per_domain_concurrency: int = 2  # requests at once to one host (politeness)
    download_delay_seconds: float = 0.25  # pause between requests to one host


@dataclass(frozen=True)
class Config:
    path: Path
    monitor: MonitorSettings
    companies: tuple[Company, ...]
    slack: SlackSettings | None = None
    subscribers: tuple[Subscriber, ...] = ()

    def company(self, slug: str) -> Company | None:
        return next((c for c in self.companies if c.slug == slug), None)


# --------------------------------------------------------------------------------------------- fetching


@dataclass(frozen=True)
class Fetched:
    """What a spider handed over for one company: a response, or the reason there is none."""

    company: str  # slug
    url: str
    fetched_at: datetime
    final_url: str | None = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    encoding: str | None = None  # as decided by the HTTP layer (header, meta, BOM)
    duration_s: float = 0.0
    error: str | None = None  # transport failure: timeout, refused, too large, robots ...

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


# --------------------------------------------------------------------------------------------- diff/classify


@dataclass(frozen=True)
class Change:
    """One aligned difference between two normalised texts (a sentence or block)."""

    kind: ChangeKind
    before: str | None
    after: str | None


@dataclass(frozen=True)
class ChangeVerdict:
    """A `Change` with the classifier's judgement."""

    kind: ChangeKind
    before: str | None
    after: str | None
    material: bool
    severity: Severity
    categories: tuple[str, ...]
    reason: str
    direction: Direction = Direction.NEUTRAL

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "before": self.before,
            "after": self.after,
            "material": self.material,
            "severity": self.severity.value,
            "categories": list(self.categories),
            "reason": self.reason,
            "direction": self.direction.value,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ChangeVerdict:
        return cls(
            kind=ChangeKind(d["kind"]),
            before=d.get("before"),
            after=d.get("after"),
            material=bool(d["material"]),
            severity=Severity(d["severity"]),
            categories=tuple(d.get("categories", ())),
            reason=d.get("reason", ""),
            direction=Direction(d.get("direction", "neutral")),
        )


@dataclass(frozen=True)
class Classification:
    material: bool
    severity: Severity
    direction: Direction
    categories: tuple[str, ...]
    summary: str
    changes: tuple[ChangeVerdict, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "material": self.material,
            "severity": self.severity.value,
            "direction": self.direction.value,
            "categories": list(self.categories),
            "summary": self.summary,
            "changes": [c.to_dict() for c in self.changes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Classification:
        return cls(
            material=bool(d["material"]),
            severity=Severity(d["severity"]),
            direction=Direction(d["direction"]),
            categories=tuple(d.get("categories", ())),
            summary=d.get("summary", ""),
            changes=tuple(ChangeVerdict.from_dict(c) for c in d.get("changes", ())),
        )


# --------------------------------------------------------------------------------------------- stored


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


# --------------------------------------------------------------------------------------------- drafts


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
