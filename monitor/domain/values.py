"""Domain values of the pipeline: severities, formats, fetched pages, changes and their classification."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
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

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
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
    conditional: bool = False  # the request carried the last capture's validators (If-None-Match ...)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


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
    rule: str = ""  # the id of the classifier rule that gave this verdict (monitor.classify.rules.RULES)

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
            "rule": self.rule,
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
            rule=d.get("rule", ""),
        )


#: The `capture` of a `Classification` whose two versions are both captures of the policy.
CAPTURE_OK = "ok"


@dataclass(frozen=True)
class Classification:
    material: bool
    severity: Severity
    direction: Direction
    categories: tuple[str, ...]
    summary: str
    changes: tuple[ChangeVerdict, ...] = ()
    #: "ok" when both versions are captures of the policy, else why one is not (then nothing is material)
    capture: str = CAPTURE_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "material": self.material,
            "severity": self.severity.value,
            "direction": self.direction.value,
            "categories": list(self.categories),
            "summary": self.summary,
            "changes": [c.to_dict() for c in self.changes],
            "capture": self.capture,
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
            capture=d.get("capture") or CAPTURE_OK,
        )
