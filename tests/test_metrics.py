"""/metrics and /healthz (issue 16): Prometheus text parsed by prometheus-client's own parser, its counters
compared with the history the CLI prints; health from the store and the daemon's schedules."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import histories, run_cli, seed, subprocess_ok, write_config
from prometheus_client.parser import text_string_to_metric_families

from monitor import app as monitor_app
from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.store import Store
from monitor.web import create_app
from monitor.web.health import HealthSettings, Schedule, daemon_state, previous_fire

SLUGS = ["alopal", "aloscale", "alsoft"]
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of the exposition, keyed by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return found


@pytest.fixture
def config(tmp_path: Path, policy_site: PolicySite) -> Path:
    """Three companies after four passes: a material change, a cosmetic one, a failing page, console alerts."""
    path = write_config(
        tmp_path,
        policy_site,
        companies=SLUGS,
        subscribers=[{"name": "team", "channel": "#privacy", "min_severity": "cosmetic", "failure_alerts": True}],
    )
    seed(path)
    text = policy_site.text("alopal")
    steps = [
        lambda: None,
        lambda: policy_site.set_policy("alopal", text.replace(BEFORE, AFTER)),
        lambda: policy_site.set_fault("alsoft", "status", code=503),
        lambda: policy_site.set_policy("alopal", text.replace(BEFORE, AFTER) + "\nLast updated: 3 December 2026."),
    ]
    for step in steps:
        step()
        result = run_cli(path, "check", "--json")
        assert result.returncode == 0, subprocess_ok(result)
    return path


def test_metrics_parse_and_match_the_history(config: Path):
    store = Store.open(load_config(config).monitor.database)
    try:
        client = monitor_app.web_app(load_config(config), store).test_client()
        response = client.get("/metrics")
    finally:
        store.close()
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    got = samples(response.text)
    docs = histories(config, SLUGS)

    for slug, doc in docs.items():
        outcomes = Counter(c["outcome"] for c in doc["checks"])
        for outcome, n in outcomes.items():
            assert got[("policy_monitor_checks_total", (("company", slug), ("outcome", outcome)))] == n
        reported = {k: v for k, v in got.items() if k[0] == "policy_monitor_checks_total" and ("company", slug) in k[1]}
        assert sum(reported.values()) == len(doc["checks"]), "no outcome counted that the history lacks"
        severities = Counter(c["severity"] for c in doc["changes"] if not c["flip_flop"])
        for severity, n in severities.items():
            assert got[("policy_monitor_changes_total", (("company", slug), ("severity", severity)))] == n
        hist = ("company", slug), ("le", "+Inf")
        assert got[("policy_monitor_fetch_duration_seconds_bucket", hist)] == len(doc["checks"])
        assert got[("policy_monitor_fetch_duration_seconds_count", (("company", slug),))] == len(doc["checks"])
        total = sum(c["duration_s"] for c in doc["checks"])
        assert got[("policy_monitor_fetch_duration_seconds_sum", (("company", slug),))] == pytest.approx(
            total, abs=0.01
        )
        assert got[("policy_monitor_failure_streak", (("company", slug),))] == doc["failures"]

    assert docs["alopal"]["changes"] and docs["alsoft"]["failures"] == 2
    delivered = sum(1 for d in docs.values() for a in d["alerts"] if a["status"] == "delivered")
    assert delivered >= 2  # the two changes (alsoft's 2 failures stay under the threshold of 3)
    assert sum(v for k, v in got.items() if k[0] == "policy_monitor_alerts_delivered_total") == delivered
    by_event = Counter(a["event"] for d in docs.values() for a in d["alerts"] if a["status"] == "delivered")
    for event, n in by_event.items():
        assert got[("policy_monitor_alerts_delivered_total", (("destination", "console"), ("event", event)))] == n


def test_alert_failures_and_pending_are_counted(tmp_path: Path):
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        from monitor.domain.events import AlertDraft, EventKind

        now = datetime.now(UTC)
        draft = AlertDraft("grc", "hook:grc", {"id": "x"}, EventKind.CHANGE, "acme")
        failed, delivered, _pending = store.add_alerts([draft, draft, draft], now)
        store.mark_failed(failed, "gave up after 12 attempts: HTTP 503")
        store.mark_delivered(delivered, now, None)
        got = samples(create_app(store).test_client().get("/metrics").text)
    finally:
        store.close()
    key = (("destination", "webhook"), ("event", "change"))
    assert got[("policy_monitor_alerts_failed_total", key)] == 1
    assert got[("policy_monitor_alerts_delivered_total", key)] == 1
    assert got[("policy_monitor_alerts_pending", key)] == 1


# ------------------------------------------------------------------------------------------ health


def test_healthz_reports_the_store_and_the_last_cycle(config: Path):
    store = Store.open(load_config(config).monitor.database)
    try:
        client = monitor_app.web_app(load_config(config), store).test_client()
        response = client.get("/healthz")
    finally:
        store.close()
    doc: dict[str, Any] = response.get_json()
    assert response.status_code == 200, doc
    assert doc["status"] == "ok" and doc["store"] == {"ok": True}
    assert 0 <= doc["daemon"]["last_cycle_age_seconds"] < 300
    assert doc["daemon"]["schedules"][0]["schedule"] == "0 */6 * * *"
    assert doc["daemon"]["schedules"][0]["late_companies"] == []


def test_healthz_says_when_the_store_is_unreachable(tmp_path: Path):
    store = Store(sa.create_engine(f"sqlite:///{tmp_path}/no/such/dir/db.sqlite3"))
    response = create_app(store).test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "store unreachable"


def test_a_late_cycle_is_503_and_names_the_companies():
    now = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    settings = HealthSettings((Schedule("0 */6 * * *", ("acme", "beta")),), grace_s=600)
    fresh = {"acme": datetime(2026, 3, 10, 12, 0, 5, tzinfo=UTC), "beta": datetime(2026, 3, 10, 12, 1, tzinfo=UTC)}
    assert daemon_state(settings, fresh, now) == ("ok", [_report("2026-03-10T12:00:00+00:00", [])])
    stale = {**fresh, "beta": datetime(2026, 3, 10, 6, 0, 30, tzinfo=UTC)}
    assert daemon_state(settings, stale, now)[0] == "late"
    assert daemon_state(settings, stale, now)[1][0]["late_companies"] == ["beta"]
    # within the grace after a fire time the run may still be going: the previous fire is what counts
    just_fired = datetime(2026, 3, 10, 12, 5, tzinfo=UTC)
    previous_run = {"acme": datetime(2026, 3, 10, 6, 0, 3, tzinfo=UTC), "beta": datetime(2026, 3, 10, 6, 2, tzinfo=UTC)}
    assert daemon_state(settings, previous_run, just_fired)[0] == "ok"
    assert daemon_state(settings, {}, now)[0] == "no cycle yet"


def _report(expected: str, late: list[str]) -> dict[str, Any]:
    return {"schedule": "0 */6 * * *", "expected_since": expected, "late_companies": late}


@pytest.mark.parametrize(
    "crontab, now, expected",
    [
        ("0 */6 * * *", "2026-03-10T13:00:00", "2026-03-10T12:00:00"),
        ("0 */6 * * *", "2026-03-10T12:00:00", "2026-03-10T12:00:00"),
        ("30 4 * * 1", "2026-03-10T13:00:00", "2026-03-09T04:30:00"),  # Mondays
        ("*/10 * * * * *", "2026-03-10T13:00:07", "2026-03-10T13:00:00"),  # seconds first
        ("0 0 1 1 *", "2026-03-10T13:00:00", "2026-01-01T00:00:00"),
    ],
)
def test_previous_fire_time(crontab: str, now: str, expected: str):
    at = datetime.fromisoformat(now).replace(tzinfo=UTC)
    assert previous_fire(crontab, at) == datetime.fromisoformat(expected).replace(tzinfo=UTC)
    assert previous_fire(crontab, at + timedelta(microseconds=1)) == datetime.fromisoformat(expected).replace(
        tzinfo=UTC
    )
