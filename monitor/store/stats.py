"""Aggregates over the whole history for /metrics and /healthz: a few GROUP BY queries, read in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.store.schema import alerts, changes, checks


@dataclass(frozen=True)
class DurationHistogram:
    """Cumulative counts of check durations at each upper bound (the last bound is +Inf), and their sum."""

    buckets: tuple[tuple[float, int], ...]
    total: float

    @property
    def count(self) -> int:
        return self.buckets[-1][1] if self.buckets else 0


@dataclass(frozen=True)
class StoreStats:
    checks: dict[tuple[str, str], int] = field(default_factory=dict)  # (company, outcome) -> count
    changes: dict[tuple[str, str], int] = field(default_factory=dict)  # (company, severity) -> count (no flip-flops)
    flip_flops: dict[str, int] = field(default_factory=dict)  # company -> count
    alerts: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (kind, event, status) -> count
    durations: dict[str, DurationHistogram] = field(default_factory=dict)  # company -> histogram
    streaks: dict[str, int] = field(default_factory=dict)  # company -> consecutive failed checks now
    last_check: dict[str, datetime] = field(default_factory=dict)  # company -> start of its newest check


def read_stats(conn: Connection, buckets: Sequence[float]) -> StoreStats:
    """Every aggregate of `StoreStats` (durations bucketed at `buckets`, in seconds, ascending)."""
    check_rows = conn.execute(
        sa.select(checks.c.company, checks.c.outcome, sa.func.count()).group_by(checks.c.company, checks.c.outcome)
    ).all()
    change_rows = conn.execute(
        sa.select(changes.c.company, changes.c.severity, changes.c.flip_flop, sa.func.count()).group_by(
            changes.c.company, changes.c.severity, changes.c.flip_flop
        )
    ).all()
    kind = sa.case(
        (alerts.c.destination.like("slack:%"), "slack"),
        (alerts.c.destination.like("webhook:%"), "slack_webhook"),
        (alerts.c.destination.like("hook:%"), "webhook"),
        else_=alerts.c.destination,
    )
    alert_key = (kind, alerts.c.event, alerts.c.status)
    alert_rows = conn.execute(sa.select(*alert_key, sa.func.count()).group_by(*alert_key)).all()
    counts = [sa.func.sum(sa.case((checks.c.duration_s <= b, 1), else_=0)) for b in buckets]
    duration_rows = conn.execute(
        sa.select(checks.c.company, sa.func.count(), sa.func.sum(checks.c.duration_s), *counts).group_by(
            checks.c.company
        )
    ).all()
    newest = sa.select(checks.c.company, sa.func.max(checks.c.id).label("id")).group_by(checks.c.company).subquery()
    last_rows = conn.execute(
        sa.select(checks.c.company, checks.c.streak, checks.c.started_at).join(newest, newest.c.id == checks.c.id)
    ).all()
    change_counts: dict[tuple[str, str], int] = {}
    flip_flops: dict[str, int] = {}
    for company, severity, flip_flop, n in change_rows:
        if flip_flop:
            flip_flops[company] = flip_flops.get(company, 0) + n
        else:
            change_counts[(company, severity)] = change_counts.get((company, severity), 0) + n
    durations = {}
    for company, total_count, total, *cumulative in duration_rows:
        pairs = [(float(b), int(c or 0)) for b, c in zip(buckets, cumulative, strict=True)]
        durations[company] = DurationHistogram((*pairs, (float("inf"), int(total_count))), float(total or 0.0))
    return StoreStats(
        checks={(company, outcome): n for company, outcome, n in check_rows},
        changes=change_counts,
        flip_flops=flip_flops,
        alerts={(k, event, status): n for k, event, status, n in alert_rows},
        durations=durations,
        streaks={company: streak for company, streak, _ in last_rows},
        last_check={company: at for company, _, at in last_rows},
    )
