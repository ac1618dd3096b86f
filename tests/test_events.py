"""GET /events (issue 16): checks recorded by another process reach a Server-Sent Events client within 2 s,
and a client that reconnects with Last-Event-ID gets every check after it, none twice."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import run_cli, seed, start_cli, subprocess_ok, write_config
from conftest_store import pg_admin, pg_create_database, pg_drop_database
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import app as monitor_app
from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.domain.records import CheckRecord
from monitor.domain.values import Outcome
from monitor.store import Store
from monitor.web.app import close_streams, make_server
from monitor.web.events import Cursor
from tests.fakes.sse_client import SSEClient

SLUGS = ["alopal", "aloscale"]
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."


class Served:
    def __init__(self, config: Path):
        self.config = config
        self.store = Store.open(load_config(config).monitor.database)
        self.app = monitor_app.web_app(load_config(config), self.store)
        self.server = make_server(self.app, "127.0.0.1", 0)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def client(self, last_event_id: str | None = None, path: str = "/events") -> SSEClient:
        return SSEClient("127.0.0.1", self.port, path, last_event_id)

    def close(self) -> None:
        close_streams(self.app)
        self.server.shutdown()
        self.server.server_close()
        self.store.close()


@pytest.fixture
def served(tmp_path: Path, policy_site: PolicySite) -> Iterator[Served]:
    config = write_config(tmp_path, policy_site, companies=SLUGS)
    seed(config)
    s = Served(config)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def served_on(request: pytest.FixtureRequest, tmp_path: Path, policy_site: PolicySite) -> Iterator[Served]:
    """The served store on SQLite, and on a PostgreSQL database of its own (skipped loudly without one)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("served")
        return
    admin, why = pg_admin()
    if admin is None:
        pytest.skip(f"SKIPPED POSTGRESQL EVENT STREAM TEST: {why}")
    admin.close()
    url = pg_create_database()
    try:
        config = write_config(tmp_path, policy_site, companies=SLUGS, database=url)
        seed(config)
        s = Served(config)
        yield s
        s.close()
    finally:
        pg_drop_database(url)


def watch_commits(store: Store, after: int, count: int, stop: threading.Event) -> dict[int, float]:
    """When each new check row became visible in the database (polled every 20 ms), by id."""
    seen: dict[int, float] = {}

    def poll() -> None:
        while not stop.is_set() and len(seen) < count:
            for check, _, _ in store.checks_after(after):
                seen.setdefault(check.id, time.monotonic())
            time.sleep(0.02)

    threading.Thread(target=poll, daemon=True).start()
    return seen


@pytest.mark.e2e
def test_a_check_in_another_process_reaches_the_stream_within_2_s(served_on: Served, policy_site: PolicySite):
    served = served_on
    stream = served.client()
    assert stream.status == 200 and stream.headers["Content-Type"].startswith("text/event-stream")
    policy_site.set_policy("alopal", policy_site.text("alopal").replace(BEFORE, AFTER))
    stop = threading.Event()
    committed = watch_commits(served.store, served.store.last_check_id(), len(SLUGS), stop)
    check = start_cli(served.config, "check", "--json")
    try:
        events = stream.take(len(SLUGS), timeout=120)
        _out, err = check.communicate(timeout=120)
        # the stream may be quicker than this test's 20 ms poll of the database: let the poll see every commit (its
        # time is then later than the event's, a lag below zero, which is what the bound allows)
        deadline = time.monotonic() + 10
        while len(committed) < len(SLUGS) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        if check.poll() is None:
            check.kill()
        stream.close()
    assert check.returncode == 0, err[-3000:]
    by_company = {e.json["company"]: e for e in events}
    assert set(by_company) == set(SLUGS)
    changed, unchanged = by_company["alopal"], by_company["aloscale"]
    assert changed.event == "change" and changed.json["outcome"] == "changed"
    assert changed.json["change"]["severity"] == "critical" and changed.json["change"]["material"] is True
    assert changed.json["change"]["diff_url"].startswith("/companies/alopal/diff?from=")
    assert unchanged.event == "check" and unchanged.json["change"] is None
    for e in events:
        assert e.id == str(e.json["id"])
        assert e.json["id"] in committed, f"this test's poll of the database never saw check {e.id} committed"
        lag = e.received - committed[e.json["id"]]
        assert lag < 2.0, f"check {e.id} reached the stream {lag:.2f} s after it was committed"


@pytest.mark.e2e
def test_resume_from_last_event_id_loses_and_repeats_nothing(served: Served, policy_site: PolicySite):
    start = served.store.last_check_id()
    first = served.client()
    result = run_cli(served.config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    got = first.take(len(SLUGS), timeout=10)
    first.close()
    last_seen = got[-1].id
    assert last_seen is not None

    # two more passes while no client listens (one of them records a change)
    policy_site.set_policy("alopal", policy_site.text("alopal").replace(BEFORE, AFTER))
    for _ in range(2):
        result = run_cli(served.config, "check", "--json")
        assert result.returncode == 0, subprocess_ok(result)
    recorded = [c.id for c, _, _ in served.store.checks_after(int(last_seen))]
    assert len(recorded) == 2 * len(SLUGS)

    resumed = served.client(last_event_id=last_seen)
    try:
        events = resumed.take(len(recorded), timeout=10)
        time.sleep(1.5)  # several polls: nothing more may come
        assert resumed.events.empty(), f"an event came twice or from nowhere: {resumed.events.get()}"
    finally:
        resumed.close()
    assert [int(e.id) for e in events] == recorded, "every check after Last-Event-ID, in order, once"
    assert [e.event for e in events].count("change") == 1
    assert [int(e.id) for e in got] == [c.id for c, _, _ in served.store.checks_after(start, limit=len(SLUGS))]
    assert resumed.retry_ms == 2000


@pytest.mark.e2e
def test_a_new_client_starts_after_the_newest_check_and_bad_ids_are_refused(served: Served):
    result = run_cli(served.config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    fresh = served.client()
    try:
        time.sleep(1.2)
        assert fresh.events.empty(), "a client without Last-Event-ID got old checks"
    finally:
        fresh.close()
    replay = served.client(path="/events?after=0")
    try:
        assert len(replay.take(len(SLUGS), timeout=5)) == len(SLUGS)
    finally:
        replay.close()
    for bad in ("-1", "abc", "1e9", "9" * 40):
        refused = served.client(last_event_id=bad)
        assert refused.status == 400, bad
        refused.close()


def test_the_stream_ends_when_the_server_stops(served: Served):
    stream = served.client()
    close_streams(served.app)
    stream._thread.join(timeout=5)
    assert not stream._thread.is_alive(), "the stream kept its thread after the server stopped"
    stream.close()


# ------------------------------------------------------------------------------------------ the cursor


def _row(check_id: int) -> tuple[CheckRecord, None, int]:
    return CheckRecord(check_id, "acme", datetime(2026, 1, 1, tzinfo=UTC), 0.1, Outcome.UNCHANGED), None, 0


def test_cursor_holds_a_gap_back_then_moves_past_it():
    now = [100.0]
    cursor = Cursor(10, clock=lambda: now[0], gap_wait_s=3)
    assert [r[0].id for r in cursor.advance([_row(11), _row(13)])] == [11], "13 waits: 12 may still commit"
    now[0] += 1
    assert cursor.advance([_row(13)]) == []
    assert [r[0].id for r in cursor.advance([_row(12), _row(13)])] == [12, 13], "12 came: both go, in order"
    assert cursor.advance([_row(15)]) == []
    now[0] += 3.5
    assert [r[0].id for r in cursor.advance([_row(15)])] == [15], "a gap that lasts is a rolled-back id"
    assert cursor.last_id == 15


def test_open_streams_are_bounded_and_a_closed_one_frees_its_slot(served: Served):
    from monitor.web.events import StreamState

    served.app.extensions["policy_monitor_streams"] = StreamState(max_streams=1)
    first = served.client()
    assert first.status == 200
    second = served.client()
    assert second.status == 503, "a second stream over the bound of 1"
    second.close()
    first.close()  # the server notices (at its next poll, or at worst its next keep-alives) and frees the slot
    deadline = time.monotonic() + 15
    while True:
        third = served.client()
        if third.status == 200 or time.monotonic() > deadline:
            break
        third.close()
        time.sleep(0.5)
    third.close()
    assert third.status == 200, "the closed stream's slot was never freed"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=2.5), min_size=1, max_size=30))
def test_cursor_sends_every_id_once_in_order_when_commits_lag_less_than_the_wait(delays: list[float]):
    """Ids 1..n become visible at i*0.1 + delay (commit order differs from id order, as on PostgreSQL):
    polled every 0.5 s, the stream sends each exactly once, in increasing order, none skipped."""
    visible_at = {i: i * 0.1 + d for i, d in enumerate(delays, 1)}
    now = [0.0]
    cursor = Cursor(0, clock=lambda: now[0], gap_wait_s=3)
    sent: list[int] = []
    while now[0] < max(visible_at.values()) + 5:
        rows = [_row(i) for i in sorted(visible_at) if visible_at[i] <= now[0] and i > cursor.last_id]
        sent += [r[0].id for r in cursor.advance(rows)]
        now[0] += 0.5
    assert sent == sorted(visible_at)
