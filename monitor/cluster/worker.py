"""`worker`: Dramatiq worker threads take jobs from the queue and run each as a `batch` child (Scrapy once per process).

A job is acknowledged only when its child has recorded every company (late ack); otherwise it is retried.
SIGTERM (or Ctrl-C): no new jobs; jobs held but not started go back to the queue at once; running jobs get
`grace_s` to finish, then their children are ended and those jobs go back to the queue too. A second
SIGTERM ends the children at once. A SIGKILLed worker's jobs go back once its heartbeat is
`worker_timeout_seconds` old, and its children end themselves.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from monitor.cluster.batch import child_command
from monitor.cluster.queue import Job, JobQueue
from monitor.config.settings import Config
from monitor.errors import MonitorError
from monitor.runtime.child import ChildRunner, describe
from monitor.runtime.daemon import child_timeout
from monitor.runtime.lost import lost_reason, record_lost_checks, scheduled
from monitor.runtime.signals import stop_on_signals

log = logging.getLogger(__name__)

WORKERS_TTL_S = 86_400  # a worker unseen for a day is dropped from `status`
COUNTER_TTL_S = 2 * 3_600  # per-minute check counters kept this long


class JobNotDone(MonitorError):
    """A job's child did not record every company: Dramatiq puts the job back on the queue (with a backoff)."""


class Bookkeeping:
    """The worker's entry in `status`: heartbeat, jobs running, checks recorded; and the per-minute counters."""

    def __init__(self, queue: JobQueue, concurrency: int):
        self.queue = queue
        self.id = f"{socket.gethostname()}:{os.getpid()}"
        self.started = datetime.now(UTC).isoformat()
        self.concurrency = concurrency
        self.running = 0
        self.checks = 0
        self.jobs = 0
        self._lock = threading.Lock()

    def beat(self, state: str = "running") -> None:
        with self._lock:
            doc = {
                "id": self.id,
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "state": state,
                "started": self.started,
                "last_heartbeat": datetime.now(UTC).isoformat(),
                "concurrency": self.concurrency,
                "running": self.running,
                "jobs": self.jobs,
                "checks": self.checks,
            }
        key = self.queue.key("workers")
        pipe = self.queue.redis.pipeline()
        pipe.hset(key, self.id, json.dumps(doc))
        pipe.expire(key, WORKERS_TTL_S)
        pipe.execute()

    def job_started(self) -> None:
        with self._lock:
            self.running += 1

    def job_ended(self, checks: int) -> None:
        with self._lock:
            self.running -= 1
            self.jobs += 1
            self.checks += checks
        if checks:
            key = self.queue.key("checks", str(int(time.time() // 60)))
            pipe = self.queue.redis.pipeline()
            pipe.incrby(key, checks)
            pipe.expire(key, COUNTER_TTL_S)
            pipe.execute()


class Children:
    """The `batch` children running now, so that shutdown can end them (and refuse new ones)."""

    def __init__(
        self,
        command: Callable[[Job], Callable[..., list[str]]],
        timeout_s: float,
        grace_s: float,
        database: str | None = None,
    ):
        self.command = command
        self.database = database  # where a killed child's unrecorded companies get their failed check
        self.timeout_s = timeout_s
        self.grace_s = grace_s
        self._running: set[ChildRunner] = set()
        self._closed = False
        self._lock = threading.Lock()

    def run(self, job: Job) -> tuple[bool, int, str]:
        """Run the job's child: (every company recorded?, checks recorded now, why not)."""
        runner = ChildRunner(self.command(job), timeout_s=self.timeout_s, grace_s=self.grace_s)
        with self._lock:
            if self._closed:
                return False, 0, "the worker is stopping"
            self._running.add(runner)
        try:
            result = runner.run(job.slugs)
        finally:
            with self._lock:
                self._running.discard(runner)
        fresh = sum(1 for r in result.results if r.get("outcome") != "already recorded")
        reason = lost_reason(result, self.timeout_s)
        if reason is not None and self.database is not None:
            # Not for the run (no scheduled_at): the job goes back to the queue and checks them for the run.
            fresh += len(record_lost_checks(self.database, result, reason, scheduled(job.scheduled_at)))
        if result.ok:
            return True, fresh, ""
        why = result.killed or f"exit code {result.returncode}"
        return False, fresh, why

    def close(self) -> None:
        with self._lock:
            self._closed = True
            runners = list(self._running)
        for runner in runners:
            threading.Thread(target=runner.close, daemon=True).start()


def run_worker(
    config_path: Path,
    config: Config,
    *,
    concurrency: int,
    grace_s: float = 30.0,
    stop_event: threading.Event | None = None,
) -> int:
    """Work until SIGTERM/SIGINT (or `stop_event`). Returns the exit code."""
    from dramatiq import Worker

    from monitor.store import Store

    assert config.cluster is not None
    timeout_s = child_timeout(config)
    children = Children(
        lambda job: lambda slugs: child_command(config_path, job.scheduled_at, slugs),
        timeout_s,
        5.0,
        database=config.monitor.database,
    )
    book: Bookkeeping | None = None

    def handle(job: Job) -> None:
        assert book is not None
        book.job_started()
        ok, checks, why = False, 0, ""
        try:
            ok, checks, why = children.run(job)
        finally:
            book.job_ended(checks)
            _safe(book.beat, "running")
        if not ok:
            raise JobNotDone(f"pass {job.label}: {describe(job.slugs)} not all recorded ({why}); job back to the queue")

    queue = JobQueue(config.cluster, handler=handle, time_limit_s=timeout_s + 120)
    queue.ping()
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
    book = Bookkeeping(queue, concurrency)
    worker = Worker(queue.broker, worker_threads=concurrency, worker_timeout=1000)
    worker.queue_prefetch = concurrency  # hold no more jobs than we run: the others stay for other workers
    stop = stop_event or threading.Event()
    signals: list[int] = []
    restore = stop_on_signals(stop, signals, on_second=children.close)
    interval = max(0.5, min(5.0, config.cluster.worker_timeout_seconds / 4))
    worker.start()
    book.beat()
    log.info(
        "policy-monitor worker %s: %d job(s) at a time, namespace %s; Ctrl-C or SIGTERM stops it",
        book.id,
        concurrency,
        config.cluster.namespace,
    )
    try:
        while not stop.wait(interval):
            try:
                book.beat()
            except Exception as exc:  # Redis away for a moment: Dramatiq reconnects, so do we
                log.warning("heartbeat not recorded: %s", exc)
    finally:
        log.info("stopping: no new jobs; running jobs have %.0f s to finish, the others go back to the queue", grace_s)
        _safe(book.beat, "stopping")
        timer = threading.Timer(grace_s, children.close)
        timer.daemon = True
        timer.start()
        worker.stop(timeout=int((grace_s + 15) * 1000))
        timer.cancel()
        children.close()
        _safe(book.beat, "stopped")
        restore()
        queue.close()
        log.info("stopped (%d jobs, %d checks)", book.jobs, book.checks)
    return 0


def _safe(call: Callable[[str], None], state: str) -> None:
    try:
        call(state)
    except Exception as exc:
        log.warning("could not record the worker's state %r: %s", state, exc)
