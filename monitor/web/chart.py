"""Bucket a company's changes over time into bars for a small server-rendered SVG chart. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..models import ChangeRecord, Severity

MAX_BUCKETS = 24
WEEKLY_UP_TO_DAYS = 16 * 7
WIDTH, HEIGHT, AXIS = 720, 140, 22


@dataclass(frozen=True)
class Bar:
    label: str  # e.g. "2024-05" or "2024-05-13" (week starting)
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
    unit: str  # "week" | "month"
    max_count: int
    total: int
    width: int = WIDTH
    height: int = HEIGHT
    axis: int = AXIS

    @property
    def baseline(self) -> int:
        return self.height - self.axis


def _month(d: date) -> date:
    return d.replace(day=1)


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _week(d: date) -> date:
    return d - timedelta(days=d.weekday())


def build_chart(changes: Sequence[ChangeRecord], until: datetime) -> Chart | None:
    """Bars from the first change's week/month to `until`'s, at most MAX_BUCKETS (the most recent)."""
    if not changes:
        return None
    days = [c.created_at.date() for c in changes]
    first, last = min(days), max(max(days), until.date())
    weekly = (last - first).days <= WEEKLY_UP_TO_DAYS
    if weekly:
        starts = [_week(first)]
        while starts[-1] + timedelta(days=7) <= last:
            starts.append(starts[-1] + timedelta(days=7))
    else:
        starts = [_month(first)]
        while _next_month(starts[-1]) <= last:
            starts.append(_next_month(starts[-1]))
    starts = starts[-MAX_BUCKETS:]
    key = _week if weekly else _month
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
    plot = HEIGHT - AXIS - 6
    label_every = max(1, round(len(starts) / 8))
    bars = []
    for i, start in enumerate(starts):
        h = plot * counts[start] / max_count
        bars.append(
            Bar(
                label=start.isoformat() if weekly else start.strftime("%Y-%m"),
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
        unit="week" if weekly else "month",
        max_count=max_count,
        total=sum(counts.values()),
    )
