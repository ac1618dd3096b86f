"""Helpers of the store tests: draft builders, PostgreSQL databases, statement counting, child-process workers.

Run as a script (``python tests/conftest_store.py WORKER ARGS...``) it is the child process of the crash and
concurrency tests; each worker prints one line per committed result and flushes it at once.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import forked
import sqlalchemy as sa

from monitor.config.settings import Company
from monitor.domain.events import AlertDraft, RecordedEvent
from monitor.domain.records import CheckDraft
from monitor.domain.values import Classification, Direction, Outcome, Severity
from monitor.errors import ConflictError
from monitor.store import Store

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
PG_HOST, PG_PORT = "127.0.0.1", 5432
TABLES = ("alerts", "changes", "snapshots", "checks", "raws", "texts", "companies")


def company(slug: str = "acme") -> Company:
    return Company(slug=slug, name=slug.title(), url=f"https://{slug}.example/privacy")


def classification(severity: Severity = Severity.MAJOR, categories: tuple[str, ...] = ("data_use",)) -> Classification:
    return Classification(
        material=severity.material,
        severity=severity,
        direction=Direction.REDUCES,
        categories=categories,
        summary=f"{severity.value} change",
    )


def changed(
    base: int | None,
    text: str,
    *,
    at: datetime = T0,
    slug: str = "acme",
    severity: Severity = Severity.MAJOR,
    flip_flop_of: int | None = None,
) -> CheckDraft:
    return CheckDraft(
        company=slug,
        started_at=at,
        duration_s=0.5,
        outcome=Outcome.CHANGED,
        base_snapshot_id=base,
        http_status=200,
        final_url=f"https://{slug}.example/privacy",
        text=text,
        raw=f"<html><p>{text}</p></html>".encode(),
        content_type="text/html",
        classification=classification(severity),
        flip_flop_of=flip_flop_of,
    )


def unchanged(base: int, *, at: datetime = T0, slug: str = "acme") -> CheckDraft:
    return CheckDraft(
        company=slug, started_at=at, duration_s=0.2, outcome=Outcome.UNCHANGED, base_snapshot_id=base, http_status=200
    )


def failed(reason: str = "timeout", *, at: datetime = T0, slug: str = "acme") -> CheckDraft:
    return CheckDraft(company=slug, started_at=at, duration_s=30.0, outcome=Outcome.ERROR, error=reason)


def alert_for(*subscribers: str) -> Any:
    """A make_alerts callback sending every event to each subscriber's console."""

    def make(event: RecordedEvent) -> list[AlertDraft]:
        return [
            AlertDraft(
                subscriber=s,
                destination="console",
                payload={"text": f"{event.kind.value}"},
                event=event.kind,
                company=event.company,
            )
            for s in subscribers
        ]

    return make


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


@contextlib.contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Collect the SQL statements (not transaction control or pragmas) the store sends while inside."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb not in ("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "SAVEPOINT", "RELEASE"):
            seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)


# --------------------------------------------------------------------------------------------- PostgreSQL


def pg_admin() -> tuple[Any, str | None]:
    """An autocommit connection to the `postgres` database, or (None, why not)."""
    import psycopg

    try:
        return psycopg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", autocommit=True, connect_timeout=3
        ), None
    except psycopg.Error as exc:
        return None, f"PostgreSQL unreachable at {PG_HOST}:{PG_PORT} ({exc}); CI runs these tests"


def pg_create_database() -> str:
    """Create a uniquely named database; returns its SQLAlchemy URL."""
    name = f"pm_test_{uuid.uuid4().hex[:12]}"
    admin, why = pg_admin()
    if admin is None:
        raise RuntimeError(why)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{name}"


def pg_drop_database(url: str) -> None:
    name = sa.make_url(url).database
    admin, _ = pg_admin()
    if admin is not None:
        with admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_truncate(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))


# --------------------------------------------------------------------------------------------- processes

HERE = Path(__file__).resolve()
_FORK_OUTPUT: list[Path] = []  # made by the first fork in the test process, never by the workers themselves


def race_three_rounds(store: Store, url: str, tmp: Path) -> None:
    """Three rounds of two worker processes recording a change from the same base: each round one records
    it and the other meets a conflict (the race tests of SQLite and PostgreSQL)."""
    store.sync_companies([company()], T0)
    base = store.seed("acme", "v1", b"", T0)
    assert base is not None
    for round_ in range(3):
        outputs = run_together(
            [["race", url, "acme", str(base.id), f"text of round {round_} by {w}"] for w in ("a", "b")], tmp
        )
        results = sorted(line for out in outputs for line in out)
        assert len(results) == 2 and results[0] == "conflict" and results[1].startswith("ok:"), results
        latest = store.latest_snapshot("acme")
        assert latest is not None
        change = store.change_to("acme", latest.id)
        assert change is not None and change.from_snapshot == base.id
        assert results[1] == f"ok:{change.id}"
        base = latest
    assert len(store.changes("acme")) == 3 and store.integrity_check() == []


def _fork_output() -> Path:
    if not _FORK_OUTPUT:
        _FORK_OUTPUT.append(Path(tempfile.mkdtemp(prefix="policy-monitor-store-")))
        atexit.register(shutil.rmtree, _FORK_OUTPUT[0], ignore_errors=True)
    return _FORK_OUTPUT[0]


def spawn(*args: str) -> subprocess.Popen[str] | forked.ForkedCli:
    """A store worker (`WORKERS[args[0]](*args[1:])`) in its own process: forked from this warm test worker
    (no interpreter start, no imports), or `python conftest_store.py ARGS` while this process has the
    worker's SQLite file open (a fork would copy SQLite's per-process lock table) or with
    POLICY_MONITOR_TEST_COLD=1."""
    held = args[1].startswith("sqlite:///") and forked._databases_held_open(Path(args[1][len("sqlite:///") :]).parent)
    if held or not forked.can_fork():
        return subprocess.Popen(
            [sys.executable, str(HERE), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=HERE.parent.parent,
        )
    return forked.fork_function(WORKERS[args[0]], *args[1:], cwd=HERE.parent.parent, out_dir=_fork_output())


def run_together(commands: list[list[str]], tmp: Path, timeout: float = 60) -> list[list[str]]:
    """Start the workers, release them at the same instant, and return each one's output lines."""
    go = tmp / f"go-{uuid.uuid4().hex}"
    procs = [spawn(*cmd, str(go)) for cmd in commands]
    for proc in procs:  # each says "ready" once imports and connections are done
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == "ready", f"worker failed to start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
    go.touch()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        assert proc.returncode == 0, f"worker failed ({proc.returncode}): {err}"
        outputs.append(out.splitlines())
    return outputs


def _wait_for(go: str) -> None:
    print("ready", flush=True)
    while not os.path.exists(go):
        time.sleep(0.001)


def _worker_loop(url: str, slug: str) -> None:
    """Record checks forever (changed, unchanged, failed ...), printing each committed id, and "open" when
    inside a transaction that has written its rows but not committed."""
    store = Store.open(url)
    store.sync_companies([company(slug)], T0)
    filler = " ".join(f"clause{n}" for n in range(8000))  # ~80 KB: transactions long enough to be hit
    store.seed(slug, "seed " + filler, b"<p>seed</p>", T0)
    rng = random.Random(os.getpid())

    def make_alerts(event: RecordedEvent) -> list[AlertDraft]:
        # inside the transaction, after its rows are written: say so, and linger so kills land here too
        print("open", flush=True)
        time.sleep(rng.uniform(0.002, 0.02))
        return alert_for("ops", "legal")(event)

    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        latest = store.latest_snapshot(slug)
        assert latest is not None
        at = T0 + timedelta(minutes=i)
        kind = i % 3
        if kind == 0:
            text = f"version {os.getpid()}-{i} {filler}"
            draft = changed(latest.id, text, at=at, slug=slug)
            draft = CheckDraft(**{**draft.__dict__, "raw": (text * 2).encode()})
        elif kind == 1:
            draft = unchanged(latest.id, at=at, slug=slug)
        else:
            draft = failed(at=at, slug=slug)
        try:
            record, _ = store.record_check(draft, make_alerts, failure_threshold=1)
        except ConflictError:
            continue
        print(record.id, flush=True)


def _worker_race(url: str, slug: str, base: str, text: str, go: str) -> None:
    """Record one CHANGED check against `base`, holding the transaction open a moment if it wins."""
    store = Store.open(url)

    def slow_alerts(event: RecordedEvent) -> list[AlertDraft]:
        time.sleep(0.3)  # the other process is now blocked on our lock
        return alert_for("ops")(event)

    _wait_for(go)
    try:
        record, _ = store.record_check(changed(int(base), text, slug=slug), slow_alerts)
        print(f"ok:{record.change_id}", flush=True)
    except ConflictError:
        print("conflict", flush=True)


def _worker_claim(url: str, now: str, go: str) -> None:
    """Claim every due alert it can; print the ids it won."""
    store = Store.open(url)
    at = datetime.fromisoformat(now)
    _wait_for(go)
    won = []
    while due := store.due_alerts(at, limit=20):
        won += [a.id for a in due if store.claim_alert(a.id, at)]
    print(json.dumps(won, separators=(",", ":")), flush=True)


def _worker_open(url: str, go: str) -> None:
    _wait_for(go)
    store = Store.open(url)
    print(store.schema_version(), flush=True)


WORKERS = {"loop": _worker_loop, "race": _worker_race, "claim": _worker_claim, "open": _worker_open}

if __name__ == "__main__":
    WORKERS[sys.argv[1]](*sys.argv[2:])
