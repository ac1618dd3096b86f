"""Deliver the outbox: claim due alerts, send them, and record delivered / retry-later / failed.

Exactly once, as far as Slack lets us: an alert is claimed ('sending') before it is sent and marked delivered
as soon as Slack answers. If the process dies in between, the claim goes stale and the next deliverer takes
the alert again; for a bot-token alert it first looks for the message in the channel's recent history (our
message metadata carries the alert id) and only sends when it is not there. The same check runs before
retrying a send whose answer was lost (timeout, dropped connection, 5xx). Residual risk: incoming webhooks
and the console cannot be checked, so such an alert may be shown twice after a crash in that window (an
outgoing webhook's event is then re-sent with the same idempotency key, for the receiver to drop); and a
bot-token alert may be posted twice if the history cannot be read (missing channels:history scope).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TextIO

from monitor.config.settings import Config
from monitor.domain.events import Alert, EventKind
from monitor.errors import NotifyError, StoreError
from monitor.notify.base import UNCERTAIN_PREFIX, DeliveryChecker, DeliveryUncertain, Notifier
from monitor.notify.console import ConsoleNotifier
from monitor.notify.message import test_message
from monitor.notify.routing import CONSOLE, configured_webhooks, destination_for, slack_configured
from monitor.notify.slack import DEFAULT_OPTIONS, SlackBotNotifier, SlackOptions, WebhookNotifier
from monitor.notify.webhook import build_senders, test_body
from monitor.runtime import crashpoints
from monitor.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Resolver = Callable[[str], Notifier | None]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Backoff:
    """Delay before the n-th retry: first_s, doubled each time up to max_s, never less than Retry-After."""

    first_s: float = 30.0
    factor: float = 2.0
    max_s: float = 3600.0
    max_attempts: int = 12  # about 7.5 hours of Slack outage with the defaults

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        wait = min(self.max_s, self.first_s * self.factor ** max(0, attempt - 1))
        return max(wait, retry_after or 0.0)


@dataclass
class DeliveryStats:
    delivered: int = 0
    recovered: int = 0  # found already posted (after a crash or a lost answer): marked, not re-sent
    retrying: int = 0
    failed: int = 0
    skipped: int = 0  # no notifier in this process for the destination, or its notifier is paused
    lost_claims: int = 0  # another deliverer took the alert first
    errors: list[str] = field(default_factory=list)

    def __iadd__(self, other: DeliveryStats) -> DeliveryStats:
        for name in ("delivered", "recovered", "retrying", "failed", "skipped", "lost_claims"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors
        return self

    def __str__(self) -> str:
        return (
            f"{self.delivered} delivered, {self.recovered} found already delivered, {self.retrying} to "
            f"retry, {self.failed} failed, {self.skipped} skipped"
        )


class Notifiers:
    """Finds the notifier of a destination: `console`, `slack:<channel>` (the bot), `webhook:<ENV>` (a Slack
    incoming webhook), `hook:<name>` (an outgoing signed webhook)."""

    def __init__(
        self,
        console: Notifier,
        bot: Notifier | None = None,
        webhooks: Mapping[str, Notifier] | None = None,
        hooks: Mapping[str, Notifier] | None = None,
    ):
        self.console = console
        self.bot = bot
        self.webhooks = dict(webhooks or {})
        self.hooks = dict(hooks or {})

    @property
    def slack_configured(self) -> bool:
        return self.bot is not None

    def __call__(self, destination: str) -> Notifier | None:
        kind, _, rest = destination.partition(":")
        if kind == "slack":
            return self.bot
        if kind == "webhook":
            return self.webhooks.get(rest)
        if kind == "hook":
            return self.hooks.get(rest)
        return self.console if destination == CONSOLE else None


def build_notifiers(
    config: Config,
    env: Mapping[str, str],
    *,
    console_stream: TextIO | None = None,
    options: SlackOptions = DEFAULT_OPTIONS,
) -> Notifiers:
    """Notifiers from the environment variables the config names (secrets are never read from the file)."""
    bot = None
    if slack_configured(config, env):
        assert config.slack is not None
        bot = SlackBotNotifier(env[config.slack.token_env].strip(), config.slack.base_url, options=options)
    hooks = {
        name: WebhookNotifier(env[name].strip(), name=name, options=options)
        for name in configured_webhooks(config, env)
    }
    note = None
    if bot is None and any(s.channel for s in config.subscribers):
        var = config.slack.token_env if config.slack else "SLACK_BOT_TOKEN"
        where = "" if config.slack else " and add a [slack] section to the config"
        note = f"Slack is not configured: alerts are printed here. Set ${var}{where} to post them to Slack."
    senders = build_senders(config, env)
    return Notifiers(ConsoleNotifier(console_stream or sys.stdout, note=note), bot, hooks, senders)


class Deliverer:
    """Sends the due alerts of a store through the notifiers; safe to run in several processes at once."""

    def __init__(
        self,
        store: Store,
        notifiers: Mapping[str, Notifier] | Resolver,
        *,
        clock: Clock = utcnow,
        backoff: Backoff = Backoff(),
        batch: int = 50,
    ):
        self.store = store
        self.resolve: Resolver = _resolver(notifiers)
        self.clock = clock
        self.backoff = backoff
        self.batch = batch
        self._paused: dict[int, datetime] = {}  # id(notifier) -> no sends before (outage, rate limit)
        self._failures: dict[int, int] = {}  # id(notifier) -> consecutive transient failures
        self._warned: set[str] = set()

    # -- one pass --------------------------------------------------------------------------------

    def deliver_due(self, now: datetime | None = None, *, deadline: float | None = None) -> DeliveryStats:
        """Send every alert due at `now` (one batch), stopping early at the monotonic `deadline`."""
        now = now or self.clock()
        stats = DeliveryStats()
        for alert in self.store.due_alerts(now, limit=self.batch):
            if deadline is not None and time.monotonic() >= deadline:
                break
            notifier = self._notifier(alert.destination)
            if notifier is None or self._is_paused(notifier, now):
                stats.skipped += 1
                continue
            if self._deliver(alert, notifier, now, stats):
                self._failures.pop(id(notifier), None)
                self._paused.pop(id(notifier), None)
        return stats

    def _deliver(self, alert: Alert, notifier: Notifier, now: datetime, stats: DeliveryStats) -> bool:
        """Claim, check if need be, send and record one alert; True when the destination answered."""
        if not self.store.claim_alert(alert.id, now):
            stats.lost_claims += 1
            return False
        unconfirmed = alert.status == "sending" or (alert.last_error or "").startswith(UNCERTAIN_PREFIX)
        recovered = stats.recovered
        if unconfirmed and not self._confirm_not_sent(alert, notifier, stats):
            return stats.recovered > recovered  # found in the history: Slack answered
        try:
            ts = notifier.send(alert)
        except NotifyError as exc:
            self._failed_attempt(alert, notifier, exc, stats)
            return exc.permanent
        except Exception as exc:  # a bug in a notifier must not stop the outbox
            log.exception("alert %s: unexpected error while sending", alert.id)
            self._failed_attempt(alert, notifier, DeliveryUncertain(f"internal error: {exc!r}"), stats)
            return False
        crashpoints.reach("after_send_before_mark")
        self._delivered(alert, ts, stats)
        return True

    def _confirm_not_sent(self, alert: Alert, notifier: Notifier, stats: DeliveryStats) -> bool:
        """False when the alert turned out to be delivered already (or we must look again later)."""
        if not isinstance(notifier, DeliveryChecker):
            log.warning(
                "alert %s to %s may already have been delivered (a crash or a lost answer left it "
                "unconfirmed) and %s cannot be checked: sending it again",
                alert.id,
                alert.destination,
                alert.destination.split(":")[0],
            )
            return True
        try:
            ts = notifier.find_delivered(alert)
        except NotifyError as exc:
            if exc.permanent:
                log.warning(
                    "alert %s: cannot check whether it was already posted (%s); sending it again, "
                    "which may duplicate it",
                    alert.id,
                    exc,
                )
                return True
            self._retry(alert, f"{UNCERTAIN_PREFIX}{exc}", exc.retry_after, notifier, stats)
            return False
        if ts is None:
            log.info("alert %s was not posted before; sending it", alert.id)
            return True
        log.info("alert %s was already posted (ts %s); marking it delivered", alert.id, ts)
        self._mark(self.store.mark_delivered, alert.id, self.clock(), ts)
        stats.recovered += 1
        return False

    def _delivered(self, alert: Alert, ts: str | None, stats: DeliveryStats) -> None:
        self._mark(self.store.mark_delivered, alert.id, self.clock(), ts)
        stats.delivered += 1
        log.info("alert %s delivered to %s%s", alert.id, alert.destination, f" (ts {ts})" if ts else "")

    def _failed_attempt(self, alert: Alert, notifier: Notifier, exc: NotifyError, stats: DeliveryStats) -> None:
        attempt = alert.attempts + 1  # claim_alert counted this attempt
        error = (UNCERTAIN_PREFIX if isinstance(exc, DeliveryUncertain) else "") + str(exc)
        stats.errors.append(str(exc))
        if exc.permanent or attempt >= self.backoff.max_attempts:
            reason = str(exc) if exc.permanent else f"gave up after {attempt} attempts: {exc}"
            log.error("alert %s to %s failed: %s", alert.id, alert.destination, reason)
            self._mark(self.store.mark_failed, alert.id, reason)
            stats.failed += 1
            return
        self._retry(alert, error, exc.retry_after, notifier, stats, attempt=attempt)

    def _retry(
        self,
        alert: Alert,
        error: str,
        retry_after: float | None,
        notifier: Notifier,
        stats: DeliveryStats,
        *,
        attempt: int | None = None,
    ) -> None:
        attempt = attempt or alert.attempts + 1
        wait = self.backoff.delay(attempt, retry_after)
        at = self.clock() + timedelta(seconds=wait)
        # an outage or a rate limit concerns the whole notifier: its other alerts wait too, for a pause that
        # grows with the notifier's consecutive failures (one probe per pause, not one per alert)
        failures = self._failures[id(notifier)] = self._failures.get(id(notifier), 0) + 1
        pause = self.backoff.delay(failures, retry_after)
        self._paused[id(notifier)] = self.clock() + timedelta(seconds=pause)
        log.warning(
            "alert %s to %s: attempt %d failed (%s); next attempt in %.0f s",
            alert.id,
            alert.destination,
            attempt,
            error,
            wait,
        )
        self._mark(self.store.mark_retry, alert.id, error, at)
        stats.retrying += 1

    def _mark(self, method: Callable[..., None], *args: object) -> None:
        try:
            method(*args)
        except StoreError:
            # the claim goes stale and another pass recovers the alert (history check first)
            log.exception("could not record the outcome of alert %s", args[0])

    def _notifier(self, destination: str) -> Notifier | None:
        notifier = self.resolve(destination)
        if notifier is None and destination not in self._warned:
            self._warned.add(destination)
            log.warning(
                "no notifier for %s in this process (is its environment variable set?); its alerts "
                "wait for a process that has one",
                destination,
            )
        return notifier

    def _is_paused(self, notifier: Notifier, now: datetime) -> bool:
        until = self._paused.get(id(notifier))
        return until is not None and now < until

    # -- loops -----------------------------------------------------------------------------------

    def drain(self, timeout_s: float) -> DeliveryStats:
        """Deliver what is due now and retries falling due within `timeout_s`; leave the rest for the daemon."""
        deadline = time.monotonic() + max(0.0, timeout_s)
        total = DeliveryStats()
        while True:
            stats = self.deliver_due(self.clock(), deadline=deadline)
            total += stats
            remaining = deadline - time.monotonic()
            upcoming = self._next_due()
            if remaining <= 0 or upcoming is None:
                break
            wait = (upcoming - self.clock()).total_seconds()
            if wait > remaining:
                break
            if wait > 0:
                time.sleep(min(wait, remaining))
            elif not (stats.delivered or stats.recovered or stats.retrying or stats.failed):
                time.sleep(min(0.05, remaining))  # another process holds the due ones
        return total

    def _next_due(self) -> datetime | None:
        """When the next alert this deliverer can send falls due (None when there is none pending)."""
        times = []
        for alert in self.store.alerts(status="pending", limit=1000):
            notifier = self.resolve(alert.destination)
            if notifier is None:
                continue
            due = alert.next_attempt_at or alert.created_at
            paused = self._paused.get(id(notifier))
            times.append(max(due, paused) if paused else due)
        return min(times, default=None)

    def run(self, stop: threading.Event, interval_s: float = 5.0) -> None:
        """The daemon's delivery loop: a pass every `interval_s` until `stop` is set."""
        log.info("delivery loop started (every %g s)", interval_s)
        while not stop.is_set():
            try:
                stats = self.deliver_due(self.clock())
                if stats.delivered or stats.failed or stats.retrying or stats.recovered:
                    log.info("delivery: %s", stats)
            except Exception:
                log.exception("delivery pass failed; trying again in %g s", interval_s)
            stop.wait(interval_s)
        log.info("delivery loop stopped")


def _resolver(notifiers: Mapping[str, Notifier] | Resolver) -> Resolver:
    if not isinstance(notifiers, Mapping):
        return notifiers
    table = dict(notifiers)

    def resolve(destination: str) -> Notifier | None:
        return table.get(destination) or table.get(destination.partition(":")[0])

    return resolve


# --------------------------------------------------------------------------------------------- notify-test


def send_test(config: Config, notifiers: Notifiers, *, now: datetime | None = None) -> list[tuple[str, bool, str]]:
    """Send a test message to each subscriber and webhook, directly (not through the outbox): (name, ok, answer)."""
    now = now or utcnow()
    results = []
    for subscriber in config.subscribers:
        destination = destination_for(
            subscriber, slack_configured=notifiers.slack_configured, webhook_envs=set(notifiers.webhooks)
        )
        alert = Alert(
            id=0,
            subscriber=subscriber.name,
            destination=destination,
            event=EventKind.TEST,
            company="*",
            created_at=now,
            payload=test_message(
                subscriber.name, companies=subscriber.companies, min_severity=subscriber.min_severity, sent_at=now
            ),
        )
        notifier = notifiers(destination)
        assert notifier is not None  # destination_for only names configured notifiers
        try:
            ts = notifier.send(alert)
        except NotifyError as exc:
            results.append((subscriber.name, False, str(exc)))
            continue
        results.append((subscriber.name, True, _answer(config, subscriber.channel, destination, ts)))
    for hook in config.webhooks:
        sender = notifiers.hooks.get(hook.name)
        if sender is None:
            results.append((hook.name, False, f"not configured: set ${hook.url_env} and ${hook.secret_env}"))
            continue
        alert = Alert(0, hook.name, f"hook:{hook.name}", test_body(hook, now), EventKind.TEST, "*", now)
        try:
            sender.send(alert)
        except NotifyError as exc:
            results.append((hook.name, False, str(exc)))
            continue
        results.append((hook.name, True, f"signed test event accepted by the webhook in ${hook.url_env}"))
    return results


def _answer(config: Config, channel: str | None, destination: str, ts: str | None) -> str:
    kind, _, rest = destination.partition(":")
    if kind == "slack":
        return f"posted to {rest} (ts {ts})"
    if kind == "webhook":
        return f"posted via the webhook in ${rest}"
    if channel:
        var = config.slack.token_env if config.slack else "SLACK_BOT_TOKEN"
        return f"printed to the console: Slack is not configured (set ${var} to post to {channel})"
    return "printed to the console"
