"""Record a pass's checks, the unchanged ones in batches: one transaction for many small rows.

An unchanged check writes one row (no text), and its own transaction cost more than the row. `RecordInBatches`
keeps unchanged checks back and writes them together: when `rows` are waiting, when the oldest has waited
`delay_s`, before any other outcome is recorded, and at `close()` (the end of the crawl, or its shutdown).
A new, changed or failed check is recorded at once in its own transaction, as before, after the unchanged
ones fetched before it. Each result is reported (`emit`) once it is committed.

What a crash (SIGKILL, power loss) loses: at most the unchanged checks not yet written (fewer than `rows`,
fetched within the last `delay_s`), which the next pass checks again; never a new, changed or failed check,
nor an alert. `rows = 1` writes every check in its own transaction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from monitor.domain.records import CheckDraft
from monitor.domain.values import Fetched, Outcome
from monitor.runtime.check import Checker, CheckResult

log = logging.getLogger(__name__)

#: Unchanged checks written in one transaction, at most.
DEFAULT_ROWS = 100
#: The longest an unchanged check waits for its batch, in seconds.
DEFAULT_DELAY_S = 0.5


class RecordInBatches:
    """`process(fetched)` for each fetch (from one or more threads), `close()` once after the last."""

    def __init__(
        self,
        checker: Checker,
        emit: Callable[[CheckResult], None],
        *,
        rows: int = DEFAULT_ROWS,
        delay_s: float = DEFAULT_DELAY_S,
        on_error: Callable[[Fetched, Exception], CheckResult | None] | None = None,
    ):
        self.checker = checker
        self.emit = emit  # called under this object's lock: reports never interleave
        # What a check that could not be recorded reports (None: nothing); by default a failed check result.
        self.on_error = on_error or _internal_error
        self.rows = rows
        self.delay_s = delay_s
        self._lock = threading.Lock()
        self._pending: list[tuple[Fetched, CheckDraft]] = []
        self._timer: threading.Timer | None = None
        self._closed = False

    def process(self, fetched: Fetched) -> None:
        try:
            draft = self.checker.first_draft(fetched)  # the slow part (reading a page) holds no lock
        except Exception as exc:  # one company's failure must not stop the pass
            log.exception("%s: check failed", fetched.company)
            with self._lock:
                self._report(self.on_error(fetched, exc))
            return
        with self._lock:
            if draft.outcome is Outcome.UNCHANGED and self.rows > 1 and not self._closed:
                self._pending.append((fetched, draft))
                if len(self._pending) >= self.rows:
                    self._flush()
                elif self._timer is None:
                    self._timer = threading.Timer(self.delay_s, self.flush)
                    self._timer.daemon = True
                    self._timer.start()
                return
            self._flush()  # the checks fetched before this one are recorded before it
            self._report(self._commit(fetched, draft))

    def flush(self) -> None:
        """Write the unchanged checks waiting, now."""
        with self._lock:
            self._flush()

    def close(self) -> None:
        """Write what is waiting; from now on every check is written at once."""
        with self._lock:
            self._closed = True
            self._flush()

    def _flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if not batch:
            return
        try:
            results, conflicts = self.checker.commit_unchanged([draft for _, draft in batch])
        except Exception:
            log.exception("recording %d unchanged checks at once failed: recording them one by one", len(batch))
            for fetched, draft in batch:
                self._report(self._commit(fetched, draft))
            return
        for result in results:
            self.emit(result)
        fetched_of = {id(draft): fetched for fetched, draft in batch}
        for draft in conflicts:  # another process recorded a snapshot meanwhile: compare again
            self._report(self._commit(fetched_of[id(draft)], None))

    def _commit(self, fetched: Fetched, draft: CheckDraft | None) -> CheckResult | None:
        try:
            return self.checker.commit(fetched, draft)
        except Exception as exc:
            log.exception("%s: check failed", fetched.company)
            return self.on_error(fetched, exc)

    def _report(self, result: CheckResult | None) -> None:
        if result is not None:
            self.emit(result)


def _internal_error(fetched: Fetched, exc: Exception) -> CheckResult:
    return CheckResult(company=fetched.company, outcome=Outcome.ERROR, error=f"internal error: {exc}")
