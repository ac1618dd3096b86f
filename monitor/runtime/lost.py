"""Checks a killed child never recorded: each company it left without a check gets a failed one.

A check child SIGKILLed (by the kernel's OOM killer, say) or killed after the hard timeout records nothing for
the companies it had not finished: without a row, their history and /healthz would not show that anything
went wrong. The parent records, for each, the failed check "check process killed by signal 9 (SIGKILL)" /
"check process timed out after 660 s" / "check process exited with status 1: MemoryError" (a child that ended on
an error it could not handle) through `Store.record_check`, like any failed fetch: no snapshot and
no alert (a failure streak counts it, and a later check's alert about the streak tells of it). A child the
daemon itself ended on shutdown is not a failure and leaves nothing.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from monitor.domain.records import CheckDraft
from monitor.domain.values import Outcome
from monitor.runtime.child import ChildResult

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the store itself is imported only when a child was actually lost
    from monitor.store import Store


#: How much of a failed child's last line of output its failed checks quote.
LAST_WORDS = 200

#: The companies (of the ones given) whose check of this run is recorded already.
Recorded = Callable[["Store", Sequence[str]], set[str]]


def lost_reason(result: ChildResult, timeout_s: float) -> str | None:
    """Why the child's unrecorded companies failed, or None when it ended normally or on shutdown."""
    if result.killed == "timeout":
        return f"check process timed out after {timeout_s:g} s"
    if result.killed is None and result.returncode is not None and result.returncode < 0:
        number = -result.returncode
        try:
            name = f" ({signal.Signals(number).name})"
        except ValueError:
            name = ""
        return f"check process killed by signal {number}{name}"
    if result.killed is None and result.returncode:
        # an error the child could not handle (a traceback, out of memory): its last words say which
        last = next((line.strip() for line in reversed(result.stderr_tail) if line.strip()), "")
        return f"check process exited with status {result.returncode}" + (f": {last[:LAST_WORDS]}" if last else "")
    return None


def checked_since(since: datetime) -> Recorded:
    """Recorded = the company's latest check started at or after `since` (the daemon's children)."""

    def recorded(store: Store, slugs: Sequence[str]) -> set[str]:
        done = set()
        for slug in slugs:
            latest = store.checks(slug, limit=1)
            if latest and latest[0].started_at >= since:
                done.add(slug)
        return done

    return recorded


def scheduled(scheduled_at: datetime) -> Recorded:
    """Recorded = the company's check of the run scheduled at `scheduled_at` exists (the cluster's children)."""
    return lambda store, slugs: store.scheduled_checks(scheduled_at, slugs)


def record_lost_checks(database: str, result: ChildResult, reason: str, recorded: Recorded) -> list[str]:
    """Record the failed check `reason` for each of the child's companies without a check; return them.

    Never raises: a store that cannot be reached is logged (the child's end is logged already)."""
    from monitor.store import Store

    now = datetime.now(UTC)
    duration = max(0.0, (now - result.started_at).total_seconds())
    lost: list[str] = []
    try:
        with Store.open(database) as store:
            done = recorded(store, result.slugs)
            for slug in result.slugs:
                if slug in done:
                    continue
                draft = CheckDraft(
                    company=slug, started_at=result.started_at, duration_s=duration, outcome=Outcome.ERROR, error=reason
                )
                store.record_check(draft)
                lost.append(slug)
    except Exception:
        log.exception("could not record the failed checks of a lost check child (%s)", reason)
        return lost
    if lost:
        log.warning("%s: recorded as failed checks of %s", reason, ", ".join(lost))
    return lost
