"""Bucket a company's changes over time into bars for a small server-rendered SVG chart. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from monitor.domain.records import ChangeRecord
from monitor.domain.values import Severity

MAX_BUCKETS = 30
WIDTH, HEIGHT, AXIS = 720, 140, 22


@dataclass(frozen=True)
class Bar:
    label: str  # "2024-05-13" (week starting), "2024-05", "2024 Q2" or "2024"
    count: int
    severity: Severity | None  # the worst change in the bucket
    x: float
    y: float
    width: float
    height: float
    show_label: bool


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    unit: str  # "week" | "month" | "quarter" | "year"
    max_count: int
    total: int
    width: int = WIDTH
    height: int = HEIGHT
    axis: int = AXIS

    @property
    def baseline(self) -> int:
        return self.height - self.axis


def _week(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month(d: date) -> date:
    return d.replace(day=1)


def _quarter(d: date) -> date:
    return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


def _year(d: date) -> date:
    return date(d.year, 1, 1)


def _after(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "year":
        return date(start.year + 1, 1, 1)
    months = 3 if unit == "quarter" else 1
    index = start.month - 1 + months
    return date(start.year + index // 12, index % 12 + 1, 1)


_UNITS = (("week", _week), ("month", _month), ("quarter", _quarter), ("year", _year))


def _label(start: date, unit: str) -> str:
    if unit == "week":
        return start.isoformat()
    if unit == "month":
        return start.strftime("%Y-%m")
    if unit == "quarter":
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def build_chart(changes: Sequence[ChangeRecord], until: datetime) -> Chart | None:
    """Bars from the first change to `until`, per week, month, quarter or year (the finest that fits)."""
    if not changes:
        return None
    days = [c.created_at.date() for c in changes]
    first, last = min(days), max(max(days), until.date())
    for unit, key in _UNITS:
        starts = [key(first)]
        while len(starts) <= MAX_BUCKETS and _after(starts[-1], unit) <= last:
            starts.append(_after(starts[-1], unit))
        if len(starts) <= MAX_BUCKETS:
            break
    counts = {s: 0 for s in starts}
    worst: dict[date, Severity] = {}
    for change, day in zip(changes, days, strict=True):
        bucket = key(day)
        if bucket not in counts:
            continue
        counts[bucket] += 1
        sev = change.classification.severity
        if bucket not in worst or sev > worst[bucket]:
            worst[bucket] = sev
    max_count = max(counts.values()) or 1
    slot = WIDTH / len(starts)
    plot = HEIGHT - AXIS - 16  # room above the tallest bar for its count
    label_every = max(1, round(len(starts) / 8))
    bars = []
    for i, start in enumerate(starts):
        h = plot * counts[start] / max_count
        bars.append(
            Bar(
                label=_label(start, unit),
                count=counts[start],
                severity=worst.get(start),
                x=round(i * slot + slot * 0.15, 1),
                y=round(HEIGHT - AXIS - h, 1),
                width=round(slot * 0.7, 1),
                height=round(h, 1),
                show_label=(len(starts) - 1 - i) % label_every == 0,
            )
        )
    return Chart(
        bars=tuple(bars),
        unit=unit,
        max_count=max_count,
        total=sum(counts.values()),
    )
