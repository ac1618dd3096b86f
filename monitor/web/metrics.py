"""GET /metrics: Prometheus metrics computed from the store at each scrape (so every process's work counts).

Counters are totals over the whole recorded history: they only grow while the history is kept, and a
scrape from any `serve` process sees what every `check`, daemon child or delivery thread has written.
"""

from __future__ import annotations

from collections.abc import Iterator

from flask import Blueprint, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from monitor.store import Store
from monitor.web.views import site

bp = Blueprint("metrics", __name__)

#: Upper bounds (seconds) of the fetch-duration histogram's buckets.
DURATION_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class StoreCollector(Collector):
    """Reads the store's aggregates and yields them as metric families."""

    def __init__(self, store: Store):
        self.store = store

    def collect(self) -> Iterator[Metric]:
        stats = self.store.stats(DURATION_BUCKETS)
        checks = CounterMetricFamily(
            "policy_monitor_checks", "Checks recorded, by company and outcome.", labels=["company", "outcome"]
        )
        for (company, outcome), n in sorted(stats.checks.items()):
            checks.add_metric([company, outcome], n)
        yield checks
        changes = CounterMetricFamily(
            "policy_monitor_changes",
            "Changes recorded (flip-flops excluded), by company and severity.",
            labels=["company", "severity"],
        )
        for (company, severity), n in sorted(stats.changes.items()):
            changes.add_metric([company, severity], n)
        yield changes
        flips = CounterMetricFamily(
            "policy_monitor_flip_flops", "Changes back to a recently seen version (not alerted).", labels=["company"]
        )
        for company, n in sorted(stats.flip_flops.items()):
            flips.add_metric([company], n)
        yield flips
        labels = ["destination", "event"]
        delivered = CounterMetricFamily("policy_monitor_alerts_delivered", "Alerts delivered.", labels=labels)
        failed = CounterMetricFamily("policy_monitor_alerts_failed", "Alerts given up on.", labels=labels)
        pending = GaugeMetricFamily(
            "policy_monitor_alerts_pending", "Alerts waiting in the outbox (incl. being sent).", labels=labels
        )
        waiting: dict[tuple[str, str], int] = {}
        for (kind, event, status), n in sorted(stats.alerts.items()):
            if status == "delivered":
                delivered.add_metric([kind, event], n)
            elif status == "failed":
                failed.add_metric([kind, event], n)
            else:
                waiting[(kind, event)] = waiting.get((kind, event), 0) + n
        for (kind, event), n in sorted(waiting.items()):
            pending.add_metric([kind, event], n)
        yield from (delivered, failed, pending)
        durations = HistogramMetricFamily(
            "policy_monitor_fetch_duration_seconds", "Duration of checks (fetch and processing).", labels=["company"]
        )
        for company, hist in sorted(stats.durations.items()):
            buckets = [(_bound(le), count) for le, count in hist.buckets]
            durations.add_metric([company], buckets, sum_value=hist.total)
        yield durations
        streaks = GaugeMetricFamily(
            "policy_monitor_failure_streak", "Consecutive failed checks now, by company.", labels=["company"]
        )
        for company, streak in sorted(stats.streaks.items()):
            streaks.add_metric([company], streak)
        yield streaks
        last = GaugeMetricFamily(
            "policy_monitor_last_check_timestamp_seconds", "Start of the newest check (Unix time).", labels=["company"]
        )
        for company, at in sorted(stats.last_check.items()):
            last.add_metric([company], at.timestamp())
        yield last


def _bound(le: float) -> str:
    return "+Inf" if le == float("inf") else repr(le)


def registry(store: Store) -> CollectorRegistry:
    """A registry of this app's own (not the process-global one: several apps may live in one process)."""
    reg = CollectorRegistry(auto_describe=False)
    reg.register(StoreCollector(store))
    return reg


@bp.get("/metrics")
def metrics() -> Response:
    reg = registry(site().store)
    return Response(generate_latest(reg), content_type=CONTENT_TYPE_LATEST)
