"""Crash safety and cross-process concurrency of the SQLite store, with real child processes."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest
from conftest_store import T0, race_three_rounds, run_together, spawn

from monitor.domain.events import AlertDraft, EventKind
from monitor.domain.values import Outcome
from monitor.store import Store, migrations

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes


def _check_history_is_whole(store: Store, committed: set[int], slug: str) -> None:
    """Every reported check is there, and every change has its snapshot, text, check and alerts."""
    assert store.integrity_check() == []
    checks = {c.id: c for c in store.checks(slug, limit=100_000)}
    assert committed <= checks.keys(), f"committed checks lost: {sorted(committed - checks.keys())[:10]}"
    for change in store.changes(slug, limit=100_000):
        snap = store.snapshot(slug, change.to_snapshot)
        assert snap is not None and snap.text and snap.text.startswith("version ")
        assert store.raw_body(snap.id) is not None
        assert snap.check_id is not None
        check = checks[snap.check_id]
        assert (check.outcome, check.change_id) == (Outcome.CHANGED, change.id)
        assert sorted(a.subscriber for a in store.alerts_for_change(change.id)) == ["legal", "ops"]


def test_killing_a_writer_at_random_moments_loses_nothing_committed(tmp_path: Path):
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    rng = random.Random(20240301)
    committed: set[int] = set()
    inside_transaction = 0  # kills that landed after a transaction wrote its rows, before its commit
    kills = 0
    # at least 10 kills, and on until 3 of them have hit an open transaction (a loaded machine shifts the timing)
    while kills < 10 or (inside_transaction < 3 and kills < 40):
        kills += 1
        child = spawn("loop", url, "acme")
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        assert ready == "ready", child.stderr.read() if child.stderr else ready
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        # the last line may be cut short by the kill; a full line was printed after its commit
        lines = [line for line in out.split("\n")[:-1] if line]
        committed |= {int(n) for n in lines if n.isdigit()}
        inside_transaction += bool(lines) and lines[-1] == "open"
        raw = sqlite3.connect(path)
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        raw.close()
        store = Store.open(url)
        try:
            _check_history_is_whole(store, committed, "acme")
        finally:
            store.close()
    assert len(committed) >= 20, "the writer hardly committed anything: the test exercised nothing"
    assert inside_transaction >= 3, f"only {inside_transaction} of {kills} kills hit an open transaction"


def test_two_processes_racing_on_the_same_base_record_one_change(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/race.sqlite3"
    with Store.open(url) as store:
        race_three_rounds(store, url, tmp_path)


def test_two_processes_claiming_alerts_claim_each_once(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/claims.sqlite3"
    store = Store.open(url)
    drafts = [AlertDraft(f"s{i}", "console", {"text": str(i)}, EventKind.TEST, "acme") for i in range(150)]
    ids = store.add_alerts(drafts, T0)
    now = (T0 + timedelta(seconds=1)).isoformat()
    outputs = run_together([["claim", url, now], ["claim", url, now]], tmp_path)
    won = [json.loads(out[0]) for out in outputs]
    assert sorted(won[0] + won[1]) == sorted(ids)
    assert not set(won[0]) & set(won[1])
    assert all(a.attempts == 1 and a.status == "sending" for a in store.alerts(limit=1000))
    store.close()


@pytest.mark.parametrize("openers", [4, 12])
def test_concurrent_first_opens_migrate_once(tmp_path: Path, openers: int):
    url = f"sqlite:///{tmp_path}/fresh/new.sqlite3"
    outputs = run_together([["open", url]] * openers, tmp_path)
    assert [out for out in outputs] == [[str(migrations.LATEST_VERSION)]] * openers
    raw = sqlite3.connect(tmp_path / "fresh" / "new.sqlite3")
    versions = raw.execute("SELECT version FROM schema_version").fetchall()
    raw.close()
    assert versions == [(m.version,) for m in migrations.MIGRATIONS]
