"""The job queue: a Dramatiq broker on Redis, its one job (`check_batch`), and the Redis keys we keep beside it.

Dramatiq's Redis broker acknowledges a job only after the actor returns (late ack): a fetched job sits in
the worker's ack set until then. A worker that dies stops sending heartbeats; after
`worker_timeout_seconds` another worker's maintenance call puts its unacknowledged jobs back on the queue.
A job whose actor raises is retried with a backoff (`MAX_RETRIES` times).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from monitor.config.settings import ClusterSettings
from monitor.errors import QueueError

log = logging.getLogger(__name__)

QUEUE_NAME = "checks"
ACTOR_NAME = "check_batch"
#: Out of Dramatiq's 1,000,000: how many broker calls also requeue the jobs of dead workers. Idle workers
#: poll about once a second, so a dead worker's jobs are back on the queue seconds after its timeout.
MAINTENANCE_CHANCE = 100_000
MAX_RETRIES = 5
MIN_BACKOFF_MS = 1_000
MAX_BACKOFF_MS = 60_000


@dataclass(frozen=True)
class Job:
    """Check these companies for the run scheduled at `scheduled_at` (the identity of each check)."""

    label: str  # the pass, for logs
    scheduled_at: datetime
    slugs: tuple[str, ...]


JobHandler = Callable[[Job], None]


def shown_url(url: str) -> str:
    """The queue URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class JobQueue:
    """The cluster's queue. A worker passes `handler` (run for each job); the scheduler only sends."""

    def __init__(
        self,
        settings: ClusterSettings,
        *,
        handler: JobHandler | None = None,
        time_limit_s: float = 3600.0,
    ):
        import dramatiq
        import redis
        from dramatiq.brokers.redis import RedisBroker

        self.settings = settings
        self.namespace = settings.namespace
        self.redis = redis.Redis.from_url(settings.queue, socket_connect_timeout=5, socket_timeout=30)
        self.broker = RedisBroker(
            client=self.redis,
            namespace=settings.namespace,
            heartbeat_timeout=int(settings.worker_timeout_seconds * 1000),
            maintenance_chance=MAINTENANCE_CHANCE,
        )
        self._handler = handler
        self.actor = dramatiq.Actor(
            self._perform,
            broker=self.broker,
            actor_name=ACTOR_NAME,
            queue_name=QUEUE_NAME,
            priority=0,
            options={
                "max_retries": MAX_RETRIES,
                "min_backoff": MIN_BACKOFF_MS,
                "max_backoff": MAX_BACKOFF_MS,
                "time_limit": int(time_limit_s * 1000),
            },
        )

    # -- connection ------------------------------------------------------------------------------
    def ping(self) -> None:
        """Raise QueueError with a clear message when Redis cannot be reached."""
        import redis

        try:
            self.redis.ping()
        except redis.RedisError as exc:
            raise QueueError(f"cannot reach the queue {shown_url(self.settings.queue)}: {exc}") from exc

    def close(self) -> None:
        self.redis.close()

    def key(self, *parts: str) -> str:
        """A Redis key of policy-monitor's own bookkeeping, under the namespace."""
        return ":".join((self.namespace, "pm", *parts))

    # -- jobs ------------------------------------------------------------------------------------
    def send(self, job: Job, *, delay_ms: int | None = None) -> None:
        self.actor.send_with_options(
            args=(job.label, job.scheduled_at.isoformat(), list(job.slugs)), delay=delay_ms or None
        )

    def _perform(self, label: str, scheduled_at: str, slugs: Sequence[str]) -> None:
        if self._handler is None:
            raise QueueError("this process only sends jobs")
        self._handler(Job(label, datetime.fromisoformat(scheduled_at), tuple(slugs)))

    # -- depth -----------------------------------------------------------------------------------
    def depth(self) -> dict[str, int]:
        """Jobs waiting (queued or delayed for a retry), held by workers (not yet acknowledged), dead-lettered."""
        import redis

        queue = f"{self.namespace}:{QUEUE_NAME}"
        try:
            waiting = self.redis.llen(queue) + self.redis.llen(f"{queue}.DQ")
            held = 0
            for key in self.redis.scan_iter(match=f"{self.namespace}:__acks__.*", count=500):
                held += int(self.redis.scard(key))
            dead = self.redis.zcard(f"{queue}.XQ")
        except redis.RedisError as exc:
            raise QueueError(f"cannot read the queue {shown_url(self.settings.queue)}: {exc}") from exc
        return {"waiting": int(waiting), "in_progress": held, "dead": int(dead)}

    def forget_everything(self) -> int:
        """Delete every key of this namespace (tests and benchmarks clean up with it). Returns how many."""
        keys: list[Any] = list(self.redis.scan_iter(match=f"{self.namespace}:*", count=1000))
        for start in range(0, len(keys), 500):
            self.redis.delete(*keys[start : start + 500])
        return len(keys)
