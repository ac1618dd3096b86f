"""The analysis runs in one worker process, and in a second one only once many pages need reading at once.

Real worker processes (`python -m monitor.runtime.analysis`) running real functions.
"""

from __future__ import annotations

import threading
import time

import pytest

from monitor.runtime.analysis import SPREAD_AFTER, Analyser, Function, Interrupted, OverBudget

SLEEP = Function("time", "sleep")
PID = Function("os", "getpid")
NAP_S = 0.6


def running(analyser: Analyser) -> set[int]:
    return {s.worker.proc.pid for s in analyser._slots if s.worker is not None and s.worker.alive()}


def at_once(analyser: Analyser, jobs: int) -> float:
    """Run `jobs` naps from as many threads at once; the wall time they took together."""
    errors: list[BaseException] = []

    def nap() -> None:
        try:
            analyser.run(analyser.budget(), SLEEP, NAP_S)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=nap) for _ in range(jobs)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    return time.monotonic() - start


def test_one_worker_until_many_jobs_then_two_run_at_once():
    analyser = Analyser(30, warm=False, workers=2)
    try:
        # few jobs: one worker, even when two ask at once (the second waits for it)
        took = at_once(analyser, 2)
        assert len(running(analyser)) == 1
        assert took >= 2 * NAP_S
        pid = analyser.run(analyser.budget(), PID)
        assert running(analyser) == {pid}
        for _ in range(SPREAD_AFTER):
            assert analyser.run(analyser.budget(), PID) == pid  # one at a time: the running worker serves all
        assert running(analyser) == {pid}

        at_once(analyser, 2)  # many jobs, all workers busy: the second starts
        assert len(running(analyser)) == 2 and pid in running(analyser)
        took = at_once(analyser, 2)  # both started: two naps take about one
        assert took < 2 * NAP_S, took
    finally:
        analyser.close()
    assert running(analyser) == set()


def test_one_worker_when_told_so():
    analyser = Analyser(30, warm=False, workers=1)
    try:
        for _ in range(SPREAD_AFTER + 1):
            analyser.run(analyser.budget(), PID)
        took = at_once(analyser, 2)
        assert len(running(analyser)) == 1 and took >= 2 * NAP_S
    finally:
        analyser.close()


def test_abort_kills_every_worker_and_interrupts_the_jobs():
    analyser = Analyser(30, warm=False, workers=2)
    try:
        for _ in range(SPREAD_AFTER + 1):
            analyser.run(analyser.budget(), PID)
        at_once(analyser, 2)
        workers = [s.worker for s in analyser._slots]
        assert all(w is not None for w in workers)
        analyser.abort()
        for worker in workers:
            assert worker is not None
            worker.proc.wait(timeout=10)
        with pytest.raises(Interrupted):
            analyser.run(analyser.budget(), PID)
    finally:
        analyser.close()


def test_waiting_for_the_worker_is_not_counted_in_a_page_s_budget():
    # pages read by several threads at once queue for the one worker: each page's budget is its own analysis, so
    # a quick page queued behind a slow one is no "took longer than" failure (a real check pass on a loaded machine)
    budget = 1.5
    analyser = Analyser(budget, warm=False, workers=1)
    try:
        analyser.run(analyser.budget(), PID)  # the worker is up
        errors: list[BaseException] = []

        def page(seconds: float) -> None:
            try:
                analyser.run(analyser.budget(), SLEEP, seconds)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=page, args=(0.9,)) for _ in range(3)]  # 2.7 s in all, 0.9 s each
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        # a page that is slow itself still fails: the budget holds for its own analysis
        with pytest.raises(Exception, match="took longer than"):
            analyser.run(analyser.budget(), SLEEP, budget + 1)
    finally:
        analyser.close()


def test_a_page_s_budget_is_spent_only_by_its_jobs_and_holds_over_all_of_them():
    # the check reads the store between a page's jobs (its last snapshot, its recent checks); a slow read (a
    # writer holding SQLite's lock) is not analysis, but the page's jobs together must keep within the budget
    analyser = Analyser(2.0, warm=False, workers=1)
    try:
        budget = analyser.budget()
        analyser.run(budget, SLEEP, 0.7)
        time.sleep(1.5)  # the store read between two jobs
        analyser.run(budget, SLEEP, 0.7)  # 1.4 s of jobs in 2.9 s: within the page's 2 s
        assert budget.left < 0.6, budget.left
        with pytest.raises(OverBudget, match=r"took longer than 2 s"):
            analyser.run(budget, SLEEP, 0.7)  # the third job spends the rest
        assert budget.left == 0.0
    finally:
        analyser.close()
