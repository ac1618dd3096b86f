"""`status`: queue depth, the workers seen recently and their last heartbeat, checks per minute, recent passes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from monitor.cluster.passes import recent_passes
from monitor.cluster.queue import JobQueue
from monitor.cluster.worker import WORKERS_TTL_S
from monitor.store import Store

RATE_MINUTES = 5  # checks per minute: the mean over this many whole minutes


def cluster_status(queue: JobQueue, store: Store, *, now: datetime | None = None, passes: int = 5) -> dict[str, Any]:
    """Everything `policy-monitor status` shows, as one JSON-ready document."""
    now = now or datetime.now(UTC)
    timeout = queue.settings.worker_timeout_seconds
    workers = []
    for worker_id, raw in queue.redis.hgetall(queue.key("workers")).items():
        try:
            doc = json.loads(raw)
            seen = datetime.fromisoformat(doc["last_heartbeat"])
        except (ValueError, KeyError, TypeError):
            continue
        age = (now - seen).total_seconds()
        if age > WORKERS_TTL_S:  # long gone: forgotten
            queue.redis.hdel(queue.key("workers"), worker_id)
            continue
        if doc.get("state") not in ("stopped",) and age > timeout:
            doc["state"] = "silent (dead?)"
        doc["heartbeat_age_s"] = round(age, 1)
        workers.append(doc)
    workers.sort(key=lambda w: w["heartbeat_age_s"])
    minute = int(now.timestamp() // 60)
    keys = [queue.key("checks", str(m)) for m in range(minute - RATE_MINUTES, minute + 1)]
    counts = [int(v or 0) for v in queue.redis.mget(keys)]
    recent = []
    for p in recent_passes(queue, passes):
        at = datetime.fromisoformat(p["scheduled_at"])
        recent.append({**p, "recorded": len(store.scheduled_checks(at))})
    return {
        "namespace": queue.namespace,
        "queue": queue.depth(),
        "jobs_enqueued": int(queue.redis.get(queue.key("jobs-enqueued")) or 0),
        "workers": workers,
        "checks_per_minute": round(sum(counts[:-1]) / RATE_MINUTES, 1),
        "checks_this_minute": counts[-1],
        "passes": recent,
        "at": now.isoformat(),
    }
