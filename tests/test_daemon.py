"""The daemon: schedules, grouping, no overlapping runs, child failures, shutdown — with fake and real children."""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor.config.settings import Company, Config, MonitorSettings
from monitor.runtime.daemon import run_daemon, schedule_groups, schedule_trigger

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

ROOT = Path(__file__).resolve().parents[1]
EVERY_2S = "*/2 * * * * *"
NEVER_SOON = "0 0 1 1 *"  # once a year

# A stand-in for `python -m monitor check --json`: notes when it starts and ends, prints one JSON line per slug.
FAKE_CHILD = textwrap.dedent("""
    import json, os, signal, sys, time
    log, sleep, mode, *slugs = sys.argv[1:]
    if mode == "ignore-term":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    def note(what):
        with open(log, "a") as f:
            f.write(json.dumps({"event": what, "at": time.time(), "pid": os.getpid(), "slugs": slugs}) + "\\n")
    note("start")
    if mode == "crash":
        sys.stderr.write("Traceback (most recent call last):\\nRuntimeError: boom\\n")
        sys.exit(3)
    time.sleep(float(sleep))
    for slug in slugs:
        print(json.dumps({"company": slug, "outcome": "unchanged", "material": False, "severity": None,
                          "categories": [], "snapshot": 7, "error": None}), flush=True)
    note("end")
""")


@dataclass
class Fake:
    log: Path
    script: Path

    def command(self, sleep: float = 0.0, mode: str = "ok") -> Callable[[list[str]], list[str]]:
        return lambda slugs: [sys.executable, str(self.script), str(self.log), str(sleep), mode, *slugs]

    def events(self, kind: str | None = None) -> list[dict]:
        if not self.log.exists():
            return []
        events = [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()]
        return [e for e in events if kind is None or e["event"] == kind]

    def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.05)
        return predicate()


@pytest.fixture
def fake(tmp_path: Path) -> Fake:
    script = tmp_path / "fake_check.py"
    script.write_text(FAKE_CHILD)
    return Fake(tmp_path / "children.jsonl", script)


def make_config(tmp_path: Path, *companies: Company, schedule: str = EVERY_2S, timeout: float = 1.0) -> Config:
    settings = MonitorSettings(
        database=f"sqlite:///{tmp_path / 'db.sqlite3'}", schedule=schedule, timeout_seconds=timeout, jitter_seconds=0
    )
    return Config(path=tmp_path / "config.toml", monitor=settings, companies=companies)


def company(slug: str, schedule: str | None = None) -> Company:
    return Company(slug=slug, name=slug.title(), url=f"http://127.0.0.1:9/{slug}", schedule=schedule)


@pytest.fixture
def daemon_thread() -> Iterator[Callable[..., threading.Event]]:
    """Start run_daemon in a thread; the fixture stops it and checks it returned 0 within 10 s."""
    started: list[tuple[threading.Thread, threading.Event, list[int]]] = []

    def start(config: Config, **kwargs) -> threading.Event:
        stop = threading.Event()
        codes: list[int] = []
        thread = threading.Thread(
            target=lambda: codes.append(run_daemon(config.path, config, stop_event=stop, **kwargs)), daemon=True
        )
        thread.start()
        started.append((thread, stop, codes))
        return stop

    yield start
    for thread, stop, codes in started:
        stop.set()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the daemon did not stop within 10 s"
        assert codes == [0]


def test_groups_companies_by_schedule(tmp_path):
    config = make_config(tmp_path, company("a"), company("b", NEVER_SOON), company("c"))
    assert {expr: [c.slug for c in cs] for expr, cs in schedule_groups(config).items()} == {
        EVERY_2S: ["a", "c"],
        NEVER_SOON: ["b"],
    }


@pytest.mark.parametrize("expr", ["0 */6 * * *", "30 0 */6 * * *"])
def test_triggers_are_utc_with_the_configured_jitter(expr):
    from datetime import UTC, datetime

    trigger = schedule_trigger(expr, 60)
    assert trigger.jitter == 60 and str(trigger.timezone) == "UTC"
    assert trigger.get_next_fire_time(None, datetime(2025, 1, 1, 1, 0, tzinfo=UTC)).hour == 6
    assert schedule_trigger(expr, 0).jitter is None


def test_runs_at_start_then_every_cycle(tmp_path, fake, daemon_thread, caplog):
    caplog.set_level(logging.INFO)
    config = make_config(tmp_path, company("a"), company("b"))
    stop = daemon_thread(config, command=fake.command())
    assert fake.wait_for(lambda: len(fake.events("end")) >= 1, 3), "no immediate first run"
    assert fake.wait_for(lambda: len(fake.events("end")) >= 4, 10), fake.events()
    stop.set()
    starts = fake.events("start")
    assert all(e["slugs"] == ["a", "b"] for e in starts)  # one child per schedule, not per company
    scheduled = [e["at"] for e in starts[1:]]
    assert all(t % 2 < 0.5 or t % 2 > 1.9 for t in scheduled), scheduled  # on the 2 s grid (< 0.5 s late under load)
    assert "a: unchanged (snapshot #7)" in caplog.text and "b: unchanged (snapshot #7)" in caplog.text
    assert "next scheduled run" in caplog.text


def test_company_schedule_overrides_the_default(tmp_path, fake, daemon_thread):
    config = make_config(tmp_path, company("yearly"), company("fast", EVERY_2S), schedule=NEVER_SOON)
    daemon_thread(config, command=fake.command())
    assert fake.wait_for(lambda: sum(e["slugs"] == ["fast"] for e in fake.events("end")) >= 3, 10)
    runs = [e["slugs"] for e in fake.events("start")]
    assert runs.count(["yearly"]) == 1  # only the run at start-up
    assert all(slugs in (["yearly"], ["fast"]) for slugs in runs)


def test_a_slow_check_never_overlaps_the_next(tmp_path, fake, daemon_thread, caplog):
    caplog.set_level(logging.INFO)
    config = make_config(tmp_path, company("slow"), schedule="* * * * * *")  # every second
    daemon_thread(config, command=fake.command(sleep=2.5))
    assert fake.wait_for(lambda: len(fake.events("end")) >= 2, 12)
    events = sorted(fake.events(), key=lambda e: e["at"])
    running = 0
    for e in events:
        running += 1 if e["event"] == "start" else -1
        assert running <= 1, events
    assert "previous run still going; this run skipped" in caplog.text


def test_a_crashed_child_is_logged_and_the_daemon_carries_on(tmp_path, fake, daemon_thread, caplog):
    caplog.set_level(logging.INFO)
    config = make_config(tmp_path, company("a"))
    daemon_thread(config, command=fake.command(mode="crash"))
    assert fake.wait_for(lambda: len(fake.events("start")) >= 2, 6)
    assert fake.wait_for(lambda: "exited 3" in caplog.text, 2)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and "exited 3" in r.getMessage()]
    assert errors and "RuntimeError: boom" in errors[0].getMessage()


def test_a_hung_child_is_killed_after_the_hard_timeout(tmp_path, fake, daemon_thread, caplog):
    caplog.set_level(logging.INFO)
    config = make_config(tmp_path, company("a"), schedule=NEVER_SOON)
    daemon_thread(config, command=fake.command(sleep=60, mode="ignore-term"), child_timeout_s=1, child_grace_s=0.5)
    assert fake.wait_for(lambda: "killed after the hard timeout" in caplog.text, 6), caplog.text
    (start,) = fake.events("start")
    assert not _alive(start["pid"])


def test_a_hung_child_leaves_a_failed_check_for_each_company(tmp_path, fake, daemon_thread):
    """Killed after the hard timeout, the child recorded nothing: the daemon records the failed check
    'check process timed out after 1 s' for each of its companies in the SQLite file (no snapshot, no alert)."""
    from monitor.store import Store

    config = make_config(tmp_path, company("a"), company("b"), schedule=NEVER_SOON)
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
    daemon_thread(config, command=fake.command(sleep=60, mode="ignore-term"), child_timeout_s=1, child_grace_s=0.5)

    def failed() -> dict[str, list]:
        with Store.open(config.monitor.database) as store:
            return {slug: store.checks(slug) for slug in ("a", "b")}

    assert fake.wait_for(lambda: all(failed().values()), 10)
    for slug, checks in failed().items():
        (check,) = checks
        assert check.outcome.value == "error" and check.error == "check process timed out after 1 s", (slug, check)
        assert check.snapshot_id is None and check.change_id is None
    with Store.open(config.monitor.database) as store:
        assert store.alerts() == [] and store.failure_streak("a") == (1, "check process timed out after 1 s")


def test_a_child_ended_by_shutdown_leaves_no_check(tmp_path, fake, daemon_thread):
    from monitor.store import Store

    config = make_config(tmp_path, company("a"), schedule=NEVER_SOON)
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
    stop = daemon_thread(config, command=fake.command(sleep=60))
    assert fake.wait_for(lambda: bool(fake.events("start")), 10)
    stop.set()
    (start,) = fake.events("start")
    assert fake.wait_for(lambda: not _alive(start["pid"]), 10)
    time.sleep(0.5)
    with Store.open(config.monitor.database) as store:
        assert store.checks("a") == []


def test_delivery_runs_in_a_thread_and_is_restarted_after_a_crash(tmp_path, fake, daemon_thread, caplog):
    calls: list[float] = []

    def delivery(stop: threading.Event) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise RuntimeError("slack down")
        stop.wait()

    config = make_config(tmp_path, company("a"), schedule=NEVER_SOON)
    stop = daemon_thread(config, command=fake.command(), delivery=delivery)
    assert fake.wait_for(lambda: len(calls) == 2, 5)
    assert "alert delivery crashed" in caplog.text
    stop.set()


DAEMON_MAIN = textwrap.dedent("""
    import logging, sys
    from pathlib import Path
    from monitor.runtime.daemon import run_daemon
    from monitor.config.settings import Company, Config, MonitorSettings
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    fake, log = sys.argv[1:]
    settings = MonitorSettings(database="sqlite://", schedule="*/2 * * * * *", jitter_seconds=0, timeout_seconds=1)
    config = Config(path=Path("config.toml"), monitor=settings,
                    companies=(Company(slug="a", name="A", url="http://127.0.0.1:9/"),))
    command = lambda slugs: [sys.executable, fake, log, "60", "ignore-term", *slugs]
    sys.exit(run_daemon(config.path, config, command=command))
""")


def test_sigterm_stops_the_daemon_and_kills_the_running_check(tmp_path, fake):
    proc = subprocess.Popen(
        [sys.executable, "-c", DAEMON_MAIN, str(fake.script), str(fake.log)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert fake.wait_for(lambda: len(fake.events("start")) == 1, 10), "the first check never started"
        (start,) = fake.events("start")
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
        _, stderr = proc.communicate()
    assert code == 0, stderr
    assert took < 10
    assert not _alive(start["pid"]), "the check child survived the daemon"
    assert "received SIGTERM" in stderr and "SIGKILL" in stderr  # the child ignored SIGTERM


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or between the open and the read
        return False
    return state not in ("Z", "X")


def test_real_daemon_records_a_check_every_cycle(tmp_path, policy_site):
    """`python -m monitor --config X run` against the local policy site: 3 scheduled checks recorded."""
    from conftest import history, seed, start_cli, write_config

    config = write_config(tmp_path, policy_site, companies=["alopal"], schedule=EVERY_2S, jitter_seconds=0)
    seed(config)
    daemon = start_cli(config, "run", cold=True)  # `python -m monitor run`, as a service manager starts it
    try:
        deadline = time.monotonic() + 90  # three cycles; a check takes seconds, more on a loaded machine
        checks: list[dict] = []
        while time.monotonic() < deadline and len(checks) < 3 and daemon.poll() is None:
            time.sleep(0.2)  # a read of the store (in this process), not a CLI start-up
            checks = history(config, "alopal")["checks"]
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=10)
    finally:
        if daemon.poll() is None:
            daemon.kill()
        _, stderr = daemon.communicate()
    assert len(checks) >= 3, stderr[-3000:]
    assert all(c["outcome"] in ("unchanged", "changed", "new") for c in checks), checks
    assert code == 0, stderr[-3000:]
    assert "alopal: unchanged" in stderr and "next scheduled run" in stderr
