"""Benchmark of the /events stream: how long after a check is committed by another process does a client get it?

A writer process records N checks (alternating unchanged and failed, ~5 per second) into a SQLite (or the
given PostgreSQL) store and prints each commit's wall-clock time; an SSE client of a served app notes when each
event arrives. Prints the lag (arrival − commit) percentiles and whether every check came once, in order.

    .venv/bin/python bench/events_lag.py                      # 200 checks on SQLite
    .venv/bin/python bench/events_lag.py --checks 50 --url postgresql://postgres@127.0.0.1/policy_bench
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.sse_client import SSEClient  # noqa: E402

from monitor.config.settings import Company  # noqa: E402
from monitor.store import Store  # noqa: E402
from monitor.web.app import close_streams, create_app, make_server  # noqa: E402

WRITER = """
import json, sys, time
from datetime import UTC, datetime
from monitor.domain.records import CheckDraft
from monitor.domain.values import Outcome
from monitor.store import Store
url, count, base = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
store = Store.open(url)
for i in range(count):
    if i % 2:
        draft = CheckDraft("acme", datetime.now(UTC), 0.1, Outcome.ERROR, error="HTTP 503")
    else:
        draft = CheckDraft("acme", datetime.now(UTC), 0.1, Outcome.UNCHANGED, base_snapshot_id=base, http_status=200)
    record, _ = store.record_check(draft)
    print(json.dumps({"id": record.id, "at": time.time()}), flush=True)
    time.sleep(0.2)
store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--url", help="SQLAlchemy URL of an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    store = Store.open(url)
    store.sync_companies([Company("acme", "Acme", "https://acme.example/privacy")])
    base = store.seed("acme", "# Privacy\nWe collect your email.", b"x", time_now())
    assert base is not None
    app = create_app(store)
    server = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = SSEClient("127.0.0.1", server.server_port)
    writer = subprocess.run(
        [sys.executable, "-c", WRITER, url, str(args.checks), str(base.id)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    commits = {d["id"]: d["at"] for d in map(json.loads, writer.stdout.splitlines())}
    received: list[tuple[int, float]] = []
    arrival_offset = time.time() - time.monotonic()
    while len(received) < len(commits):
        event = client.next(timeout=10)
        received.append((int(event.id or 0), event.received + arrival_offset))
    client.close()
    close_streams(app)
    server.shutdown()
    store.close()
    lags = sorted(at - commits[i] for i, at in received)
    in_order = [i for i, _ in received] == sorted(commits)
    q = statistics.quantiles(lags, n=100)
    print(f"backend {url.split(':')[0]}, {len(lags)} checks, every one once and in order: {in_order}")
    print(f"lag commit -> client: p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, max {lags[-1] * 1000:.0f} ms")


def time_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


if __name__ == "__main__":
    main()
