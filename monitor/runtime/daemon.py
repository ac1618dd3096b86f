"""The daemon: APScheduler runs one job per schedule, each run a `check` child process; a thread delivers."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.config.load import cron_trigger
from monitor.config.settings import Company, Config
from monitor.runtime.child import CheckCommand, ChildResult, ChildRunner, check_command, describe
from monitor.runtime.lost import checked_since, lost_reason, record_lost_checks
from monitor.runtime.signals import stop_on_signals

logger = logging.getLogger(__name__)

#: Delivery: a loop that sends pending alerts until the event is set (e.g. `Deliverer.run(stop, interval_s)`).
Delivery = Callable[[threading.Event], None]

MISFIRE_GRACE_S = 300  # a run late by more than this (the machine slept, say) is skipped, not run late
STOP_POLL_S = 0.5


def schedule_groups(config: Config) -> dict[str, tuple[Company, ...]]:
    """Companies grouped by crontab (a company's own `schedule`, else `[monitor] schedule`), in config order."""
    groups: dict[str, list[Company]] = {}
    for company in config.companies:
        groups.setdefault(company.schedule or config.monitor.schedule, []).append(company)
    return {expr: tuple(companies) for expr, companies in groups.items()}


def child_timeout(config: Config) -> float:
    """How long one check child may run before it is killed (a hung crawl must not block its schedule)."""
    return 10 * config.monitor.timeout_seconds + 60


def run_daemon(
    config_path: Path,
    config: Config,
    *,
    stop_event: threading.Event | None = None,
    delivery: Delivery | None = None,
    command: CheckCommand | None = None,
    child_timeout_s: float | None = None,
    child_grace_s: float = 5.0,
    run_at_start: bool = True,
) -> int:
    """Check companies on their schedules until SIGTERM/SIGINT (or ``stop_event``); return the exit code.

    Each run is a child process (``command``, by default ``python -m monitor check --no-deliver --json``)
    because a Scrapy crawl can run only once per process; the children record checks and queue alerts in
    the store inside transactions, so killing one never corrupts it. ``delivery`` runs in a thread.
    """
    stop = stop_event or threading.Event()
    runner = ChildRunner(
        command or check_command(config_path), timeout_s=child_timeout_s or child_timeout(config), grace_s=child_grace_s
    )
    scheduler = _scheduler(config, runner, run_at_start=run_at_start)
    received: list[int] = []
    restore = stop_on_signals(stop, received)
    delivery_thread = _start_delivery(delivery, stop)
    _log_startup(config, scheduler, run_at_start=run_at_start)
    scheduler.start()
    try:
        while not stop.wait(STOP_POLL_S):
            pass
    finally:
        why = f"received {signal.Signals(received[0]).name}" if received else "stop requested"
        logger.info("stopping (%s): no new checks; ending running checks and delivery", why)
        scheduler.shutdown(wait=False)
        stop.set()
        runner.close()
        if delivery_thread is not None:
            delivery_thread.join(timeout=3)
            if delivery_thread.is_alive():
                logger.warning("delivery did not stop within 3 s; leaving it")
        restore()
        logger.info("stopped")
    return 0


def _scheduler(config: Config, runner: ChildRunner, *, run_at_start: bool) -> BackgroundScheduler:
    # The child runner logs each run and _job_event the skipped/missed ones: APScheduler's own lines would
    # repeat them (job errors, at ERROR, still show).
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    groups = schedule_groups(config)
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(max_workers=max(1, len(groups)))},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_S},
    )
    now = datetime.now(UTC)
    for i, (expr, companies) in enumerate(groups.items(), 1):
        trigger = schedule_trigger(expr, config.monitor.jitter_seconds)
        slugs = [c.slug for c in companies]
        extra: dict[str, Any] = {"next_run_time": now} if run_at_start else {}
        scheduler.add_job(
            run_check,
            trigger,
            args=[runner, config.monitor.database, slugs],
            id=f"schedule-{i}",
            name=f"check [{expr}] {describe(slugs)}",
            **extra,
        )
    scheduler.add_listener(_job_event, EVENT_JOB_ERROR | EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
    return scheduler


def run_check(runner: ChildRunner, database: str, slugs: list[str]) -> ChildResult:
    """One scheduled run: the check child; if it was killed (signal, timeout), its unrecorded companies get a
    failed check (`monitor.runtime.lost`)."""
    result = runner.run(slugs)
    reason = lost_reason(result, runner.timeout_s)
    if reason is not None:
        record_lost_checks(database, result, reason, checked_since(result.started_at))
    return result


def schedule_trigger(expr: str, jitter_s: int) -> Any:
    """The UTC cron trigger of a schedule (5 fields, or 6 with seconds first), with up to `jitter_s` s of jitter."""
    trigger = cron_trigger(expr, timezone=UTC)
    # Set after construction: CronTrigger.from_crontab (5-field crontabs) takes no jitter argument.
    trigger.jitter = jitter_s or None
    return trigger


def _job_event(event: JobExecutionEvent) -> None:
    if event.code == EVENT_JOB_MAX_INSTANCES:
        logger.info("%s: previous run still going; this run skipped", event.job_id)
    elif event.code == EVENT_JOB_MISSED:
        logger.warning("%s: run due at %s missed (daemon busy or asleep)", event.job_id, event.scheduled_run_time)
    elif event.exception is not None:
        logger.error("%s: run failed: %r", event.job_id, event.exception)


def _log_startup(config: Config, scheduler: BackgroundScheduler, *, run_at_start: bool) -> None:
    logger.info(
        "policy-monitor daemon: %d companies, %d schedule(s), jitter up to %d s, %s",
        len(config.companies),
        len(scheduler.get_jobs()),
        config.monitor.jitter_seconds,
        "checking every company now" if run_at_start else "first checks on schedule",
    )
    now = datetime.now(UTC)
    for job in scheduler.get_jobs():
        logger.info("  %s: next scheduled run %s", job.name, _when(job.trigger.get_next_fire_time(None, now)))


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "never"


def _start_delivery(delivery: Delivery | None, stop: threading.Event) -> threading.Thread | None:
    if delivery is None:
        return None
    thread = threading.Thread(target=_deliver_until_stopped, args=(delivery, stop), name="delivery", daemon=True)
    thread.start()
    return thread


def _deliver_until_stopped(delivery: Delivery, stop: threading.Event) -> None:
    """Run the delivery loop; if it crashes, log it and start it again (after a pause), until stopped."""
    pause = 1.0
    while not stop.is_set():
        try:
            delivery(stop)
        except Exception:
            logger.exception("alert delivery crashed; restarting it in %.0f s", pause)
            stop.wait(pause)
            pause = min(pause * 2, 60.0)
        else:
            if not stop.is_set():
                stop.wait(pause)  # a loop that returned early is restarted, without spinning
