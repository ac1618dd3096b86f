"""Crash safety (issue 6): `kill -9` during a check or an alert's delivery, then a restart, loses no recorded
change and no alert, duplicates neither, and leaves the database sound. Two checks at once record one change.

Crashes at exact points use the `POLICY_MONITOR_CRASH_AT=<point>` hook (monitor/crashpoints.py); crashes by
timing kill the real CLI while a slow page or a slow Slack keeps it busy.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import history, run_cli, seed, start_cli, subprocess_ok, write_config

from monitor.demo.site import PolicySite
from tests.fakes.slack_server import TOKEN, FakeSlack, Reply

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

TOKEN_ENV = {"SLACK_BOT_TOKEN": TOKEN}
SLUG = "alopal"
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def about(slack: FakeSlack, needle: str) -> list[dict[str, Any]]:
    """The messages Slack has posted that mention `needle`."""
    return [m for m in slack.posted() if needle in json.dumps(m, ensure_ascii=False)]


@pytest.fixture
def setup(tmp_path: Path, policy_site: PolicySite, slack: FakeSlack) -> Callable[..., Path]:
    """A seeded, once-checked config whose alerts go to the fake Slack; then AloPal's policy changes."""

    def make(companies: list[str] | None = None, **monitor: Any) -> Path:
        config = write_config(
            tmp_path,
            policy_site,
            companies=companies,
            slack={"token_env": "SLACK_BOT_TOKEN", "base_url": slack.base_url},
            subscribers=[{"name": "privacy-team", "channel": "#privacy-alerts", "min_severity": "major"}],
            **monitor,
        )
        seed(config)
        first = run_cli(config, "check", "--json", env=TOKEN_ENV)
        assert first.returncode == 0, subprocess_ok(first)
        assert not slack.posted(), f"the first check alerted: {slack.posted()}"
        text = policy_site.text(SLUG)
        assert BEFORE in text
        policy_site.set_policy(SLUG, text.replace(BEFORE, AFTER))
        return config

    return make


def database(config: Path) -> Path:
    return config.parent / "db.sqlite3"


def assert_sound(config: Path, slack: FakeSlack) -> None:
    """The database is intact, the change is recorded once, and it was alerted exactly once."""
    with sqlite3.connect(database(config)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    from monitor.store import Store

    store = Store.open(f"sqlite:///{database(config)}")
    try:
        assert store.integrity_check() == []
    finally:
        store.close()
    doc = history(config, SLUG)
    material = [c for c in doc["changes"] if c["material"]]
    assert len(material) == 1, f"expected the change recorded once: {doc['changes']}"
    assert len(doc["changes"]) == 1, doc["changes"]
    posted = about(slack, "AloPal")
    assert len(posted) == 1, f"expected one alert about AloPal, Slack got {len(posted)}: {posted}"
    assert "data brokers" in json.dumps(posted[0])


def age_claims(config: Path, seconds: float = 3600) -> None:
    """Pretend the crashed sender's claim on its alerts is old: the restart may take them over now."""
    import sqlalchemy as sa

    from monitor.store.schema import alerts

    engine = sa.create_engine(f"sqlite:///{database(config)}")
    with engine.begin() as conn:
        conn.execute(
            alerts.update()
            .where(alerts.c.status == "sending")
            .values(claimed_at=datetime.now(UTC) - timedelta(seconds=seconds))
        )
    engine.dispose()


def count_rows(config: Path, sql: str) -> int:
    """One number read straight from the SQLite file (while the CLI under test may be writing it)."""
    with sqlite3.connect(database(config), timeout=10) as db:
        return db.execute(sql).fetchone()[0]


def restart(config: Path) -> None:
    result = run_cli(config, "check", "--json", env=TOKEN_ENV)
    assert result.returncode == 0, subprocess_ok(result)


# ------------------------------------------------------------------------------------------ exact points


@pytest.mark.parametrize("point", ["after_fetch", "before_commit", "after_commit", "after_send_before_mark"])
def test_kill_at_a_point_then_restart_loses_and_duplicates_nothing(setup, slack, point):
    config = setup()
    crashed = run_cli(config, "check", "--json", env={**TOKEN_ENV, "POLICY_MONITOR_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, f"the crash point {point!r} was not reached:\n" + subprocess_ok(
        crashed
    )
    if point == "after_send_before_mark":
        assert len(about(slack, "AloPal")) == 1, "the crash was meant to happen after Slack got the alert"
        age_claims(config)
    restart(config)
    assert_sound(config, slack)
    restart(config)  # and a further check changes nothing
    assert_sound(config, slack)


# ------------------------------------------------------------------------------------------ by timing


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_kill_during_the_crawl_then_restart(setup, slack, policy_site):
    config = setup(timeout_seconds=20)
    policy_site.set_fault("alsoft", "slow", seconds=8, times=1)
    proc = start_cli(config, "check", "--json", env=TOKEN_ENV, cold=True)  # one cold `python -m monitor`
    try:
        _wait(lambda: policy_site.hits.get("alsoft", 0) >= 2, 60, "the slow page to be requested")
        # the other four companies' checks of this run are committed; alsoft's is still waiting for its page
        _wait(lambda: count_rows(config, "SELECT count(*) FROM checks") >= 9, 30, "the other checks to be recorded")
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    restart(config)
    assert_sound(config, slack)


def test_kill_during_delivery_then_restart(setup, slack):
    config = setup()
    slack.script("chat.postMessage", Reply(process=True, delay_s=20))  # posted, answered late
    proc = start_cli(config, "check", "--json", env=TOKEN_ENV)
    try:
        _wait(lambda: bool(slack.posted()), 90, "the alert to reach Slack")
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    age_claims(config)
    restart(config)
    assert_sound(config, slack)


def test_recorded_but_undelivered_alert_is_delivered_once_by_the_next_check(setup, slack):
    config = setup()
    held = run_cli(config, "check", "--json", "--no-deliver", env=TOKEN_ENV)
    assert held.returncode == 0, subprocess_ok(held)
    assert held.by_company()[SLUG]["material"] is True
    assert slack.posted() == [], "--no-deliver delivered"
    restart(config)
    assert_sound(config, slack)


def test_the_daemon_delivers_what_check_left_in_the_outbox(setup, slack):
    config = setup()
    held = run_cli(config, "check", "--json", "--no-deliver", env=TOKEN_ENV)
    assert held.returncode == 0, subprocess_ok(held)
    daemon = start_cli(config, "run", env=TOKEN_ENV)
    try:
        _wait(lambda: bool(about(slack, "AloPal")) or daemon.poll() is not None, 60, "the daemon to deliver")
        assert daemon.poll() is None, daemon.communicate()[1][-3000:]
        # the alert is marked delivered, so no later delivery round sends it again (Deliverer.run's own test
        # watches further rounds send nothing)
        sql = "SELECT count(*) FROM alerts WHERE status != 'delivered'"
        _wait(lambda: count_rows(config, sql) == 0, 30, "the alert to be marked delivered")
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.communicate(timeout=30)
        except Exception:
            daemon.kill()
            daemon.communicate()
    assert_sound(config, slack)


def test_two_checks_at_once_record_one_change(setup, slack):
    config = setup()
    procs = [start_cli(config, "check", "--json", env=TOKEN_ENV) for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-3000:]
    assert_sound(config, slack)


# ------------------------------------------------------------------------------------------ a killed child


def _daemon_with_child_env(config: Path, env: dict[str, str], until: Callable[[], bool], **kwargs: Any) -> None:
    """Run the daemon (in this process) once at start, its `check` child with `env` added; stop when `until`."""
    import threading

    from monitor.config.load import load_config
    from monitor.runtime.child import check_command
    from monitor.runtime.daemon import run_daemon

    base = check_command(config)
    extra = [f"{k}={v}" for k, v in env.items()]
    stop = threading.Event()
    codes: list[int] = []
    thread = threading.Thread(
        target=lambda: codes.append(
            run_daemon(
                config, load_config(config), stop_event=stop, command=lambda s: ["env", *extra, *base(s)], **kwargs
            )
        ),
        daemon=True,
    )
    thread.start()
    try:
        _wait(until, 120, "the killed check child's companies to be recorded")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert codes == [0]


def test_a_check_child_that_exits_on_an_error_leaves_a_failed_check_quoting_its_last_words(setup, slack):
    """The daemon's child ends with an exit status (an error it could not handle, not a signal): each company it
    had not recorded gets the failed check 'check process exited with status 3: <its last line>'."""
    config = setup(["alopal", "alsoft"], schedule="0 0 1 1 *", unchanged_batch_rows=1)
    snapshots = count_rows(config, "SELECT count(*) FROM snapshots")
    reason = "check process exited with status 3: crash point after_fetch: ending with status 3"
    sql = f"SELECT count(*) FROM checks WHERE error = '{reason}'"
    env = {**TOKEN_ENV, "POLICY_MONITOR_CRASH_AT": "after_fetch", "POLICY_MONITOR_CRASH_EXIT": "3"}
    _daemon_with_child_env(config, env, lambda: count_rows(config, sql) >= 2)
    time.sleep(0.5)
    assert count_rows(config, sql) == 2
    assert count_rows(config, "SELECT count(*) FROM snapshots") == snapshots
    assert count_rows(config, "SELECT count(*) FROM alerts") == 0
    assert not about(slack, "AloPal")
    restart(config)
    assert_sound(config, slack)


@pytest.mark.parametrize(("point", "lost"), [("after_fetch", 2), ("after_commit", 1)])
def test_a_check_child_killed_by_a_signal_leaves_a_failed_check(setup, slack, point, lost):
    """The daemon's child is SIGKILLed: each company it had not recorded gets the failed check 'check process
    killed by signal 9 (SIGKILL)' (no snapshot, no alert); the next check records the change, alerted once."""
    # Every check in its own transaction: killed after the first commit, exactly one company is left (with
    # batches, the unchanged alsoft may be written with the changed alopal: test_unchanged_batches.py).
    config = setup(["alopal", "alsoft"], schedule="0 0 1 1 *", unchanged_batch_rows=1)
    snapshots = count_rows(config, "SELECT count(*) FROM snapshots")
    reason = "check process killed by signal 9 (SIGKILL)"
    sql = f"SELECT count(*) FROM checks WHERE error = '{reason}'"
    _daemon_with_child_env(
        config, {**TOKEN_ENV, "POLICY_MONITOR_CRASH_AT": point}, lambda: count_rows(config, sql) >= lost
    )
    time.sleep(0.5)  # nothing more comes
    assert count_rows(config, sql) == lost
    killed = [c for slug in ("alopal", "alsoft") for c in history(config, slug)["checks"] if c["error"] == reason]
    assert len(killed) == lost and all(c["outcome"] == "error" and c["snapshot"] is None for c in killed), killed
    if point == "after_fetch":  # nothing of the pass was recorded but the failures
        assert count_rows(config, "SELECT count(*) FROM snapshots") == snapshots
        assert count_rows(config, "SELECT count(*) FROM alerts") == 0
    assert not about(slack, "AloPal") and not about(slack, reason)
    restart(config)
    assert_sound(config, slack)
