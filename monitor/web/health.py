"""GET /healthz: is the store reachable, and has the daemon run each schedule's last cycle?

A cycle is late when a schedule fired more than `grace_s` ago (time for the crawl, the jitter and the child's
timeout) and one of its companies has no check since. 200 with `"status": "ok"`; 503 with `"late"` or
`"store unreachable"`. A store that has no check at all answers `"no cycle yet"` (200): nothing ran yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Blueprint, Response, current_app, jsonify

from monitor.config.load import cron_trigger
from monitor.web.metrics import DURATION_BUCKETS
from monitor.web.views import site

bp = Blueprint("health", __name__)


@dataclass(frozen=True)
class Schedule:
    crontab: str
    companies: tuple[str, ...]


@dataclass(frozen=True)
class HealthSettings:
    """What the daemon is expected to do: its schedules, and how long after a fire time its checks may come."""

    schedules: tuple[Schedule, ...] = ()
    grace_s: float = 600.0


def previous_fire(crontab: str, now: datetime) -> datetime | None:
    """The last time ≤ `now` at which `crontab` fired (None when it never did within a year)."""
    trigger = cron_trigger(crontab, timezone=UTC)
    window = timedelta(minutes=1)
    while window <= timedelta(days=400):
        fire = trigger.get_next_fire_time(None, now - window)
        if fire is not None and fire <= now:
            while True:  # walk forward to the last fire time not after now (few steps: the window is tight)
                after = trigger.get_next_fire_time(fire, fire + timedelta(microseconds=1))
                if after is None or after > now:
                    return fire
                fire = after
        window *= 2
    return None


def daemon_state(
    settings: HealthSettings, last_checks: dict[str, datetime], now: datetime
) -> tuple[str, list[dict[str, Any]]]:
    """("ok" | "late" | "no cycle yet", one entry per schedule)."""
    if not last_checks:
        return "no cycle yet", []
    status, report = "ok", []
    for schedule in settings.schedules:
        fired = previous_fire(schedule.crontab, now)
        expected = fired
        if fired is not None and (now - fired).total_seconds() < settings.grace_s:
            expected = previous_fire(schedule.crontab, fired - timedelta(microseconds=1))  # this run may be going
        missing = sorted(
            slug
            for slug in schedule.companies
            if expected is not None and (slug not in last_checks or last_checks[slug] < expected)
        )
        if missing:
            status = "late"
        report.append(
            {
                "schedule": schedule.crontab,
                "expected_since": expected.isoformat() if expected else None,
                "late_companies": missing,
            }
        )
    return status, report


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    s = site()
    settings: HealthSettings = current_app.extensions["policy_monitor_health"]
    now = s.clock()
    try:
        stats = s.store.stats(DURATION_BUCKETS[:1])
    except Exception as exc:  # any failure to read is "unreachable" to a probe
        return jsonify({"status": "store unreachable", "store": {"ok": False, "error": str(exc)[:300]}}), 503
    newest = max(stats.last_check.values(), default=None)
    status, schedules = daemon_state(settings, stats.last_check, now)
    doc = {
        "status": status,
        "store": {"ok": True},
        "daemon": {
            "last_cycle_at": newest.isoformat() if newest else None,
            "last_cycle_age_seconds": round((now - newest).total_seconds(), 1) if newest else None,
            "grace_seconds": settings.grace_s,
            "schedules": schedules,
        },
    }
    return jsonify(doc), 503 if status == "late" else 200
