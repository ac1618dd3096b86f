"""`run` with a cluster: queue each schedule's passes on time (never twice), and deliver the alerts; no fetching.

At start each schedule's latest due pass is queued unless it already was (so a new cluster checks every
company at once, as the single-process daemon does, and a restarted scheduler queues nothing again); then
each pass is queued when its crontab fires.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import redis

from monitor.cluster.passes import Pass, enqueue_pass, latest_fire_time, next_fire_time
from monitor.cluster.queue import JobQueue
from monitor.config.settings import Config
from monitor.errors import MonitorError
from monitor.runtime.daemon import schedule_groups
from monitor.runtime.signals import stop_on_signals

log = logging.getLogger(__name__)

#: A delivery loop that sends pending alerts until the event is set (`Deliverer.run(stop, interval_s)`).
Delivery = Callable[[threading.Event], None]

POLL_S = 0.5
RETRY_S = 5.0  # a pass that could not be queued (Redis down) is tried again this often


def run_scheduler(
    config: Config,
    queue: JobQueue,
    *,
    delivery: Delivery | None = None,
    stop_event: threading.Event | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    """Queue passes until SIGTERM/SIGINT (or `stop_event`); deliver alerts in a thread. Returns the exit code."""
    assert config.cluster is not None
    stop = stop_event or threading.Event()
    restore = stop_on_signals(stop)
    deliverer = _start_delivery(delivery, stop)
    groups = schedule_groups(config)
    due: dict[str, datetime | None] = {}
    now = clock()
    log.info(
        "policy-monitor scheduler: %d companies, %d schedule(s), jobs of %d on %s (namespace %s); no fetching here",
        len(config.companies),
        len(groups),
        config.cluster.batch_size,
        queue.settings.queue.split("@")[-1],
        config.cluster.namespace,
    )
    for expr in groups:
        due[expr] = latest_fire_time(expr, now) or next_fire_time(expr, now)
    try:
        while not stop.is_set():
            now = clock()
            for expr, companies in groups.items():
                at = due[expr]
                if at is None or at > now:
                    continue
                p = Pass(expr, at, tuple(c.slug for c in companies))
                try:
                    enqueue_pass(
                        queue,
                        p,
                        batch_size=config.cluster.batch_size,
                        jitter_s=config.monitor.jitter_seconds,
                        clock=clock,
                    )
                except (MonitorError, OSError, redis.RedisError) as exc:
                    log.error("pass %s: could not queue it (%s); trying again in %.0f s", p.label, exc, RETRY_S)
                    stop.wait(RETRY_S)
                    continue
                due[expr] = next_fire_time(expr, at)
                log.info("[%s] next pass %s", expr, _when(due[expr]))
            stop.wait(POLL_S)
    finally:
        log.info("scheduler stopping")
        stop.set()
        if deliverer is not None:
            deliverer.join(timeout=3)
        restore()
    return 0


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "never"


def _start_delivery(delivery: Delivery | None, stop: threading.Event) -> threading.Thread | None:
    if delivery is None:
        return None

    def loop() -> None:
        pause = 1.0
        while not stop.is_set():
            try:
                delivery(stop)
            except Exception:
                log.exception("alert delivery crashed; restarting it in %.0f s", pause)
                pause = min(pause * 2, 60.0)
            stop.wait(pause)

    thread = threading.Thread(target=loop, name="delivery", daemon=True)
    thread.start()
    return thread
