"""Run one `check` child process for the daemon: a hard timeout, a graceful kill, and its results logged."""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Builds the argv of a child that checks the given companies and prints one JSON line per company.
CheckCommand = Callable[[Sequence[str]], list[str]]


def check_command(config_path: Path) -> CheckCommand:
    """`python -m monitor --config PATH check --no-deliver --json --company SLUG...` (the daemon delivers)."""

    def command(slugs: Sequence[str]) -> list[str]:
        argv = [sys.executable, "-m", "monitor", "--config", str(config_path), "check", "--no-deliver", "--json"]
        for slug in slugs:
            argv += ["--company", slug]
        return argv

    return command


@dataclass
class ChildResult:
    slugs: tuple[str, ...]
    returncode: int | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    duration_s: float = 0.0
    killed: str | None = None  # "timeout" | "shutdown" when the daemon ended it
    stderr_tail: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))  # wall clock, before the child

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.killed is None


class ChildRunner:
    """Start check children and keep track of them, so that shutdown can end every one still running."""

    def __init__(self, command: CheckCommand, *, timeout_s: float, grace_s: float = 5.0):
        self.command = command
        self.timeout_s = timeout_s
        self.grace_s = grace_s
        self._running: dict[int, subprocess.Popen[str]] = {}
        self._lock = threading.Lock()
        self._closed = False

    def run(self, slugs: Sequence[str]) -> ChildResult:
        """Run one child to the end (or kill it); log each company's outcome as its JSON line arrives."""
        result = ChildResult(tuple(slugs))
        with self._lock:
            if self._closed:
                result.killed = "shutdown"
                return result
            started = time.monotonic()
            # Own session: a Ctrl-C in the terminal reaches the daemon only, which then ends the child itself.
            proc = subprocess.Popen(
                self.command(slugs),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                start_new_session=True,
            )
            self._running[proc.pid] = proc
        label = describe(slugs)
        logger.info("check started for %s (pid %d)", label, proc.pid)
        tail: collections.deque[str] = collections.deque(maxlen=20)
        readers = [
            threading.Thread(target=self._read_stdout, args=(proc, result), daemon=True),
            threading.Thread(target=_read_stderr, args=(proc, tail, label), daemon=True),
        ]
        for reader in readers:
            reader.start()
        try:
            proc.wait(timeout=self.timeout_s)
        except subprocess.TimeoutExpired:
            result.killed = result.killed or "timeout"
            logger.error("check of %s still running after %.0f s: killing it (pid %d)", label, self.timeout_s, proc.pid)
            self._end(proc)
        finally:
            for reader in readers:
                reader.join(timeout=5)
            with self._lock:
                self._running.pop(proc.pid, None)
                if self._closed and result.killed is None and proc.returncode != 0:
                    result.killed = "shutdown"
        result.returncode = proc.returncode
        result.duration_s = time.monotonic() - started
        result.stderr_tail = list(tail)
        _log_end(result, label)
        return result

    def close(self) -> None:
        """Refuse new children and end the running ones: SIGTERM, then SIGKILL after the grace period."""
        with self._lock:
            self._closed = True
            procs = list(self._running.values())
        if procs:
            logger.info("ending %d running check(s)", len(procs))
        threads = [threading.Thread(target=self._end, args=(p,), daemon=True) for p in procs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=self.grace_s + 2)

    def _end(self, proc: subprocess.Popen[str]) -> None:
        _signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout=self.grace_s)
        except subprocess.TimeoutExpired:
            logger.warning("check child %d ignored SIGTERM for %.0f s: SIGKILL", proc.pid, self.grace_s)
            _signal_group(proc, signal.SIGKILL)
            proc.wait()

    def _read_stdout(self, proc: subprocess.Popen[str], result: ChildResult) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.strip()
            if not line:
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                logger.debug("check child %d: %s", proc.pid, line)
                continue
            if isinstance(doc, dict) and "company" in doc and "outcome" in doc:
                result.results.append(doc)
                log_outcome(doc)


def log_outcome(doc: dict[str, Any]) -> None:
    """One log line per company checked, at WARNING for failures and material changes."""
    company, outcome = doc.get("company"), doc.get("outcome")
    if outcome == "error":
        failures = doc.get("failures") or 0
        streak = f" ({failures} failed checks in a row)" if failures > 1 else ""
        logger.warning("%s: check failed: %s%s", company, doc.get("error"), streak)
    elif outcome == "changed":
        level = logging.WARNING if doc.get("material") else logging.INFO
        cats = ", ".join(doc.get("categories") or ()) or "-"
        logger.log(
            level,
            "%s: changed, %s %s [%s] -> snapshot #%s",
            company,
            "MATERIAL" if doc.get("material") else "not material",
            doc.get("severity"),
            cats,
            doc.get("snapshot"),
        )
    else:
        logger.info("%s: %s (snapshot #%s)", company, outcome, doc.get("snapshot"))


def _log_end(result: ChildResult, label: str) -> None:
    missing = sorted(set(result.slugs) - {str(r.get("company")) for r in result.results})
    if result.ok:
        counts = Counter(str(r.get("outcome")) for r in result.results)
        tally = ", ".join(f"{counts[o]} {o}" for o in ("changed", "unchanged", "new", "error") if counts[o])
        logger.info("check of %s done in %.1f s: %s", label, result.duration_s, tally or "nothing checked")
        if counts["error"]:
            logger.info(
                "failed checks are recorded with their reason (see `policy-monitor history SLUG`); "
                "they are never reported as policy changes"
            )
    elif result.killed == "shutdown":
        logger.info("check of %s stopped by shutdown after %.1f s", label, result.duration_s)
    else:
        why = "killed after the hard timeout" if result.killed == "timeout" else f"exited {result.returncode}"
        tail = "\n".join(result.stderr_tail[-5:])
        logger.error(
            "check of %s %s after %.1f s%s",
            label,
            why,
            result.duration_s,
            f"; its last output:\n{tail}" if tail else "",
        )
    if missing and result.killed != "shutdown":
        logger.warning("no result for %s from the check of %s", ", ".join(missing), label)


def _read_stderr(proc: subprocess.Popen[str], tail: collections.deque[str], label: str) -> None:
    assert proc.stderr is not None
    for line in proc.stderr:
        line = line.rstrip()
        if line:
            tail.append(line)
            logger.info("[check %s] %s", label, line)


def _signal_group(proc: subprocess.Popen[str], sig: signal.Signals) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)  # the child leads its own session: its helpers go too


def describe(slugs: Sequence[str]) -> str:
    """Slugs for a log line: all of a few, the count and the first three of many."""
    return ", ".join(slugs) if len(slugs) <= 5 else f"{len(slugs)} companies ({', '.join(slugs[:3])}, ...)"
