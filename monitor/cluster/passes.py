"""A pass: the companies of one schedule checked for one scheduled time, queued as jobs once per (schedule, time).

The scheduled time is the identity of each of the pass's checks: the store records one check per company
and time, so a job delivered twice changes nothing. A marker in Redis (`SET NX`) keeps a restarted or second
scheduler from queueing a pass again; one that died half-way through queueing is taken over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.cluster.queue import Job, JobQueue
from monitor.config.load import cron_trigger

log = logging.getLogger(__name__)

PASS_TTL_S = 35 * 86_400  # markers outlive any sane schedule's interval
STALE_ENQUEUE_S = 120.0  # a marker still 'enqueuing' after this belongs to a scheduler that died mid-way
RECENT_PASSES = 50  # how many passes `status` can list
#: Windows searched, smallest first, for the latest fire time of a crontab (bounds the work on any crontab).
_WINDOWS = tuple(timedelta(seconds=s) for s in (60, 3_600, 86_400, 32 * 86_400, 366 * 86_400, 5 * 366 * 86_400))


@dataclass(frozen=True)
class Pass:
    schedule: str  # the crontab, or "enqueue" for a pass an operator queued
    scheduled_at: datetime
    slugs: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"[{self.schedule}] {self.scheduled_at.isoformat()}"


def latest_fire_time(expr: str, now: datetime) -> datetime | None:
    """The last time at or before `now` when the crontab fired (None if not within five years)."""
    trigger = cron_trigger(expr, timezone=UTC)
    for window in _WINDOWS:
        fire = trigger.get_next_fire_time(None, now - window)
        if fire is None or fire > now:
            continue
        while True:
            following = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
            if following is None or following > now:
                return fire
            fire = following
    return None


def next_fire_time(expr: str, after: datetime) -> datetime | None:
    """The first time strictly after `after` when the crontab fires."""
    trigger = cron_trigger(expr, timezone=UTC)
    return trigger.get_next_fire_time(None, after + timedelta(microseconds=1))


def batches(slugs: Sequence[str], size: int) -> list[tuple[str, ...]]:
    return [tuple(slugs[i : i + size]) for i in range(0, len(slugs), size)]


def pass_marker(queue: JobQueue, p: Pass) -> str:
    digest = hashlib.sha256(p.schedule.encode("utf-8")).hexdigest()[:16]
    return queue.key("pass", digest, p.scheduled_at.isoformat())


def enqueue_pass(
    queue: JobQueue,
    p: Pass,
    *,
    batch_size: int,
    once: bool = True,
    jitter_s: float = 0.0,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int | None:
    """Queue the pass as jobs of `batch_size` companies; the number of jobs, or None if it was queued before.

    With `once`, a pass is queued once whatever the number of schedulers and restarts. `jitter_s` delays
    each job by a random time up to that, to spread the requests.
    """
    now = clock()
    marker = pass_marker(queue, p)
    claim = json.dumps({"state": "enqueuing", "by": f"{socket.gethostname()}:{os.getpid()}", "at": now.isoformat()})
    if once and not queue.redis.set(marker, claim, nx=True, ex=PASS_TTL_S):
        current = _load(queue.redis.get(marker))
        started = _when(current.get("at"))
        if current.get("state") != "enqueuing" or (started and (now - started).total_seconds() < STALE_ENQUEUE_S):
            log.info("pass %s: already queued (%s by %s)", p.label, current.get("state"), current.get("by"))
            return None
        log.warning("pass %s: the scheduler queueing it (%s) stopped half-way; queueing it again", p.label, current)
        queue.redis.set(marker, claim, ex=PASS_TTL_S)
    jobs = batches(p.slugs, batch_size)
    for slugs in jobs:
        delay = int(random.uniform(0, jitter_s) * 1000) if jitter_s > 0 else None
        queue.send(Job(p.label, p.scheduled_at, slugs), delay_ms=delay)
    done = {"state": "enqueued", "by": f"{socket.gethostname()}:{os.getpid()}", "at": clock().isoformat()}
    queue.redis.set(marker, json.dumps(done), ex=PASS_TTL_S)
    entry = {
        "schedule": p.schedule,
        "scheduled_at": p.scheduled_at.isoformat(),
        "companies": len(p.slugs),
        "jobs": len(jobs),
        "enqueued_at": now.isoformat(),
    }
    pipe = queue.redis.pipeline()
    pipe.zadd(queue.key("passes"), {json.dumps(entry, sort_keys=True): now.timestamp()})
    pipe.zremrangebyrank(queue.key("passes"), 0, -(RECENT_PASSES + 1))
    pipe.incrby(queue.key("jobs-enqueued"), len(jobs))
    pipe.execute()
    log.info("pass %s: queued %d companies in %d job(s)", p.label, len(p.slugs), len(jobs))
    return len(jobs)


def recent_passes(queue: JobQueue, limit: int = 5) -> list[dict[str, Any]]:
    """The latest passes queued, newest first."""
    entries = queue.redis.zrevrange(queue.key("passes"), 0, limit - 1)
    return [doc for doc in (_load(e) for e in entries) if doc]


def _load(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    try:
        doc = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _when(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
