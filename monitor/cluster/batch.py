"""The child process of one job: crawl its companies with Scrapy and record each check once for the scheduled time.

    python -m monitor.cluster.batch --config PATH --scheduled-at ISO SLUG...

Prints one JSON line per company (as `check --json` does). Companies whose check of that time is already
recorded (a redelivered job) are not fetched again. A company the crawl never reached (the worker is
stopping) is not recorded: the exit code is then 3 and the job goes back to the queue. The child ends itself
when its worker dies, so an orphan never goes on working.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from monitor.config.load import load_config
from monitor.domain.values import Fetched
from monitor.errors import MonitorError

log = logging.getLogger(__name__)

#: Exit code when some companies were not recorded (the job must run again).
INCOMPLETE = 3
#: The crawl's reason for a company it never reached (fetch/crawl.py): not a check of the policy.
NOT_FETCHED = "not fetched:"


def child_command(config_path: Path, scheduled_at: datetime, slugs: Sequence[str]) -> list[str]:
    return [
        sys.executable,
        "-m",
        "monitor.cluster.batch",
        "--config",
        str(config_path),
        "--scheduled-at",
        scheduled_at.isoformat(),
        *slugs,
    ]


def watch_parent(interval_s: float = 0.5) -> None:
    """End this process at once if the worker that started it dies (a SIGKILL leaves no one to end us)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval_s)
            if os.getppid() != parent:
                os._exit(INCOMPLETE)  # an open transaction is rolled back by the database

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def run_batch(config_path: Path, scheduled_at: datetime, slugs: Sequence[str]) -> int:
    from monitor.app import conditional_validators, make_checker
    from monitor.fetch.crawl import crawl
    from monitor.runtime.check import CheckResult
    from monitor.runtime.unchanged import RecordInBatches
    from monitor.store import Store

    config = load_config(config_path)
    unknown = [s for s in slugs if config.company(s) is None]
    if unknown:  # running the job again would not help: skipped, loudly
        log.error("not in this machine's config.toml, not checked: %s (give every machine the same config)", unknown)
        slugs = [s for s in slugs if s not in unknown]
    store = Store.open(config.monitor.database)
    lock = threading.Lock()
    recorded: set[str] = set()

    def emit(doc: dict) -> None:
        with lock:
            print(json.dumps(doc, ensure_ascii=False), flush=True)

    try:
        done_before = store.scheduled_checks(scheduled_at, slugs)
        for slug in sorted(done_before):
            emit({"company": slug, "outcome": "already recorded"})
        recorded |= done_before
        todo = [c for c in (config.company(s) for s in slugs) if c is not None and c.slug not in done_before]
        checker = make_checker(config, store, os.environ, scheduled_at=scheduled_at)

        def on_recorded(result: CheckResult) -> None:
            with lock:
                recorded.add(result.company)
            emit(result.to_json())

        def not_recorded(fetched: Fetched, exc: Exception) -> None:  # the job fails and runs again
            log.error("%s: check not recorded (%s)", fetched.company, exc)

        # Unchanged checks in batches, as `check` writes them: a child killed meanwhile leaves the batch not
        # yet written unrecorded, and the job's next run checks those companies again.
        recorder = RecordInBatches(
            checker, on_recorded, rows=config.monitor.unchanged_batch_rows, on_error=not_recorded
        )

        def on_fetched(fetched: Fetched) -> None:
            if fetched.error and fetched.error.startswith(NOT_FETCHED):
                log.info("%s: %s; left for the job's next run", fetched.company, fetched.error)
                return
            recorder.process(fetched)

        if todo:
            try:
                crawl(todo, config.monitor, on_fetched, validators=conditional_validators(config, store, todo))
            finally:
                recorder.close()
    finally:
        store.close()
    missing = [s for s in slugs if s not in recorded]
    if missing:
        log.warning("%d of %d companies not recorded: %s", len(missing), len(slugs), ", ".join(missing[:10]))
        return INCOMPLETE
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m monitor.cluster.batch", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--scheduled-at", required=True, type=datetime.fromisoformat)
    parser.add_argument("slugs", nargs="+")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    scheduled_at = args.scheduled_at
    if scheduled_at.tzinfo is None:
        scheduled_at = scheduled_at.replace(tzinfo=UTC)
    watch_parent()
    try:
        return run_batch(args.config, scheduled_at, args.slugs)
    except MonitorError as exc:
        print(f"policy-monitor batch: error: {exc}", file=sys.stderr)
        return INCOMPLETE


if __name__ == "__main__":
    sys.exit(main())
