"""Run the pure analysis of a page (capture assessment, classification) in a worker process, within a budget.

No page may stall a check: the text algorithms are bounded, but a megabyte-long policy still costs seconds,
and pure code cannot be interrupted from another thread. The `Analyser` therefore hands each job to a
long-lived worker process (`python -m monitor.runtime.analysis`, started ahead of the first job; a second one
when many pages need reading) and waits at most until the page's deadline; a job that runs over has its
worker killed (the next job starts a new one) and raises `OverBudget`. `abort()` (called on SIGTERM) kills the
workers at once: the job in progress and every later one raise `Interrupted`, so each page still ends as a
recorded failed check, quickly.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from monitor.errors import MonitorError

log = logging.getLogger(__name__)

T = TypeVar("T")

READY = "ready"
#: Seconds to wait for a new worker to import the analysis code, on top of a job's own budget.
STARTUP_ALLOWANCE_S = 30.0


@dataclass(frozen=True)
class Function:
    """A module-level function by module and name, imported where it is called: the caller need not load
    the analysis code the worker runs (the classifier's tables, say) just to name a function."""

    module: str
    name: str

    def __call__(self, *args: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.name)(*args)


class AnalysisError(MonitorError):
    """The analysis of a page did not finish."""


class OverBudget(AnalysisError):
    """The page took longer to analyse than its budget."""


class Interrupted(AnalysisError):
    """The check was stopped (SIGTERM) before the page was analysed."""


class Budget:
    """The seconds of analysis left to one page, spent only while a worker runs one of its jobs: waiting for a
    free worker, a worker's start-up, and the check's own store reads between jobs are not the page's time."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.left = seconds

    def spend(self, seconds: float) -> None:
        self.left = max(0.0, self.left - seconds)


class Analyser:
    """Run functions of the pure packages in worker processes, each call within a deadline. Thread-safe.

    One worker runs one job at a time. With `workers` > 1, more workers start only once `SPREAD_AFTER` jobs
    have been asked for and a job finds every running worker busy: a pass where few pages need reading
    never pays for a second worker's start (~0.5 s of CPU importing the analysis code).
    """

    def __init__(self, budget_s: float, *, warm: bool = True, workers: int = 1) -> None:
        self.budget_s = budget_s
        self._aborted = threading.Event()
        self._slots = [_Slot() for _ in range(max(1, workers))]
        self._free = threading.Condition()  # guards each slot's `busy` and `_jobs`
        self._jobs = 0
        self._starting: threading.Thread | None = None
        if warm:  # import the analysis code while the crawl downloads
            self._starting = threading.Thread(
                target=self._slots[0].start_quietly, args=(self._aborted,), name="analysis-start", daemon=True
            )
            self._starting.start()

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    def budget(self) -> Budget:
        """A new page's budget: `budget_s` seconds of its own analysis, over all its jobs."""
        return Budget(self.budget_s)

    def run(self, budget: Budget, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker; OverBudget once the page's `budget` is spent, Interrupted after `abort()`. Only
        the time the worker spends on the job counts: not the wait for a free worker (other pages' analyses, pages
        read by several threads at once), nor a new worker's start-up."""
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        slot = self._take()
        try:
            return slot.run(self, budget, fn, args)
        finally:
            with self._free:
                slot.busy = False
                self._free.notify()

    def _take(self) -> _Slot:
        with self._free:
            self._jobs += 1
            while True:
                usable = self._slots if self._jobs > SPREAD_AFTER else self._slots[:1]
                for slot in usable:  # a running worker first; another starts only when all are busy
                    if not slot.busy and (slot.worker is not None or all(s.busy for s in usable if s.worker)):
                        slot.busy = True
                        return slot
                self._free.wait()

    def abort(self) -> None:
        """Stop now (safe in a signal handler): kill the workers; this and every later job is Interrupted."""
        self._aborted.set()
        for slot in self._slots:
            worker = slot.worker
            if worker is not None:
                worker.kill(wait=False)

    def close(self) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        for slot in self._slots:
            slot.close()


#: Jobs (a page needing reading asks for one to three) before a second worker may start.
SPREAD_AFTER = 16


class _Slot:
    """One worker process (started on first use, restarted after a kill) and the job it runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one job at a time in the one worker
        self.worker: _Worker | None = None
        self.busy = False

    def run(self, owner: Analyser, budget: Budget, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        with self._lock:
            if owner.aborted:
                raise Interrupted("the check was stopped before this page was analysed")
            worker = self.worker
            if worker is None or not worker.alive():
                worker = self.worker = _Worker.start()
            if not worker.ready:  # importing the analysis code is not the page's time
                if not worker.wait(STARTUP_ALLOWANCE_S, owner._aborted) or worker.receive() != (True, READY):
                    worker.kill()
                    self.worker = None
                    if owner.aborted:
                        raise Interrupted("the check was stopped before this page was analysed")
                    raise AnalysisError("the analysis worker did not start")
                worker.ready = True
            sent = time.monotonic()
            worker.send((fn, args))
            ready = worker.wait(budget.left, owner._aborted)
            budget.spend(time.monotonic() - sent)
            if owner.aborted:
                worker.kill()
                raise Interrupted("the check was stopped while this page was being analysed")
            if not ready:
                worker.kill()
                self.worker = None
                raise OverBudget(f"analysing the page took longer than {budget.seconds:g} s")
            try:
                ok, value = worker.receive()
            except (EOFError, OSError) as exc:
                worker.kill()
                self.worker = None
                if owner.aborted:
                    raise Interrupted("the check was stopped while this page was being analysed") from exc
                raise AnalysisError(f"the analysis worker died (exit code {worker.returncode()})") from exc
        if not ok:
            raise value
        return value

    def start_quietly(self, aborted: threading.Event) -> None:
        try:
            with self._lock:
                if self.worker is None and not aborted.is_set():
                    self.worker = _Worker.start()
        except OSError as exc:  # the first job tries again and reports it
            log.warning("cannot start the analysis worker: %s", exc)

    def close(self) -> None:
        with self._lock:
            if self.worker is not None:
                self.worker.stop()
                self.worker = None


class _Worker:
    """One `python -m monitor.runtime.analysis` child and the two pipes to it."""

    def __init__(self, proc: subprocess.Popen[bytes], to_worker: Connection, from_worker: Connection) -> None:
        self.proc = proc
        self.to_worker = to_worker
        self.from_worker = from_worker
        self.ready = False  # it sent READY once its imports were done

    @classmethod
    def start(cls) -> _Worker:
        jobs_r, jobs_w = os.pipe()
        results_r, results_w = os.pipe()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "monitor.runtime.analysis", str(jobs_r), str(results_w)],
                pass_fds=(jobs_r, results_w),
                stdin=subprocess.DEVNULL,
            )
        finally:
            os.close(jobs_r)
            os.close(results_w)
        return cls(proc, Connection(jobs_w, readable=False), Connection(results_r, writable=False))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, job: Any) -> None:
        self.to_worker.send(job)

    def wait(self, timeout: float, aborted: threading.Event) -> bool:
        """Whether a result (or the worker's end) arrived within `timeout`; returns early on abort."""
        end = time.monotonic() + timeout
        while not aborted.is_set():
            remaining = end - time.monotonic()
            if remaining <= 0:
                return False
            if self.from_worker.poll(min(remaining, 0.25)):
                return True
        return False

    def receive(self) -> tuple[bool, Any]:
        return self.from_worker.recv()

    def returncode(self) -> int | None:
        return self.proc.poll()

    def kill(self, *, wait: bool = True) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            os.kill(self.proc.pid, 9)
        if wait:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
            self._close_pipes()

    def stop(self) -> None:
        if not self.ready:  # still importing: nothing to finish
            self.kill()
            return
        self._close_pipes()  # the worker reads EOF and exits
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    def _close_pipes(self) -> None:
        for conn in (self.to_worker, self.from_worker):
            with contextlib.suppress(OSError):
                conn.close()


def serve(jobs: Connection, results: Connection) -> None:
    """The worker's loop: run each (function, args) received, send back (True, value) or (False, error)."""
    for module in (
        "monitor.capture.assess",
        "monitor.capture.sanity",
        "monitor.classify.documents",
    ):  # imported before the first job's clock
        importlib.import_module(module)
    # The analysis code and its tables live as long as the worker: no collection need scan them again; a
    # page's analysis makes many short-lived objects, collected every 10 000 allocations instead of 700.
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    results.send((True, READY))
    while True:
        try:
            fn, args = jobs.recv()
        except EOFError:
            return
        try:
            reply: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            reply = (False, AnalysisError(f"{type(exc).__name__}: {exc}"))
        results.send(reply)


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which ends us
    serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
