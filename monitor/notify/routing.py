"""Decide which subscriber is told what, and where: recorded events → alert drafts for the outbox. Pure."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from monitor.config.settings import AlertFilter, Config, Subscriber
from monitor.domain.documents import document_title
from monitor.domain.events import AlertDraft, EventKind, RecordedEvent
from monitor.domain.values import CAPTURE_OK, Classification, Severity
from monitor.notify import message

CONSOLE = "console"


def slack_configured(config: Config, env: Mapping[str, str]) -> bool:
    """A [slack] section exists and the environment variable it names holds a token."""
    return config.slack is not None and bool(env.get(config.slack.token_env, "").strip())


def configured_webhooks(config: Config, env: Mapping[str, str]) -> frozenset[str]:
    """Names of the subscribers' webhook environment variables that are set."""
    return frozenset(s.webhook_env for s in config.subscribers if s.webhook_env and env.get(s.webhook_env, "").strip())


def destination_for(
    subscriber: Subscriber, *, slack_configured: bool, webhook_envs: Collection[str] | None = None
) -> str:
    """`slack:<channel>` with a bot token, else `webhook:<ENV>` if that variable is set, else `console`.

    `webhook_envs` None means "assume the webhook variables are set" (delivery reports them if not).
    """
    if subscriber.channel and slack_configured:
        return f"slack:{subscriber.channel}"
    if subscriber.webhook_env and (webhook_envs is None or subscriber.webhook_env in webhook_envs):
        return f"webhook:{subscriber.webhook_env}"
    return CONSOLE


def wants(subscriber: AlertFilter, event: RecordedEvent) -> bool:
    """Whether this subscriber (or webhook) is to be told about this event."""
    if not subscriber.follows(event.company):
        return False
    if event.kind in (EventKind.FAILING, EventKind.RECOVERED):
        return subscriber.failure_alerts
    if event.kind is not EventKind.CHANGE or event.change is None or event.change.flip_flop:
        return False
    cls = event.change.classification
    if cls.capture != CAPTURE_OK:
        return False  # a version that is not a capture of the policy (or a recovery from one) is no change
    if cls.severity < subscriber.min_severity:
        return False
    if not subscriber.categories:
        return True
    # the categories must be touched by a change that is itself severe enough for this subscriber
    verdicts = [v for v in cls.changes if v.severity >= subscriber.min_severity]
    touched = {c for v in verdicts for c in v.categories} if verdicts else set(cls.categories)
    return bool(touched & set(subscriber.categories))


def payload_for(
    event: RecordedEvent,
    config: Config,
    subscriber: Subscriber,
    prepared: Mapping[Severity, message.PreparedChange] | None = None,
) -> dict[str, Any]:
    company = config.company(event.company)
    name = company.name if company else event.company
    document = document_title(company.document, company.doc_type) if company else message.DEFAULT_NOUN
    base = config.monitor.web_base_url
    at = event.check.started_at
    if event.kind is EventKind.CHANGE:
        assert event.change is not None
        return message.change_message(
            name,
            event.company,
            event.change,
            base,
            at,
            min_severity=subscriber.min_severity,
            prepared=(prepared or {}).get(subscriber.min_severity),
            document=document,
        )
    if event.kind is EventKind.FAILING:
        return message.failing_message(
            name,
            event.company,
            reason=event.reason or event.check.error or "",
            failure_count=event.failure_count,
            web_base_url=base,
            checked_at=at,
            policy_url=company.url if company else None,
            document=document,
        )
    if event.kind is EventKind.RECOVERED:
        return message.recovered_message(
            name,
            event.company,
            failure_count=event.failure_count,
            web_base_url=base,
            checked_at=at,
            document=document,
        )
    raise ValueError(f"no message for {event.kind.value} events")


def alerts_for(
    event: RecordedEvent,
    config: Config,
    *,
    slack_configured: bool | None = None,
    webhook_envs: Collection[str] | None = None,
    env: Mapping[str, str] | None = None,
    prepared: Mapping[Severity, message.PreparedChange] | None = None,
) -> list[AlertDraft]:
    """One draft per interested subscriber (each at most once), in config order.

    Where Slack stands is given either as `slack_configured` (+ `webhook_envs`) or read from `env`.
    """
    if env is not None:
        slack_configured = _slack_configured(config, env) if slack_configured is None else slack_configured
        webhook_envs = configured_webhooks(config, env) if webhook_envs is None else webhook_envs
    if slack_configured is None:
        raise TypeError("alerts_for needs slack_configured= or env=")
    drafts = []
    for subscriber in config.subscribers:
        if not wants(subscriber, event):
            continue
        drafts.append(
            AlertDraft(
                subscriber=subscriber.name,
                destination=destination_for(subscriber, slack_configured=slack_configured, webhook_envs=webhook_envs),
                payload=payload_for(event, config, subscriber, prepared),
                event=event.kind,
                company=event.company,
            )
        )
    return drafts


_slack_configured = slack_configured


def prepare(config: Config, classification: Classification) -> dict[Severity, message.PreparedChange]:
    """The costly part of every change alert of this classification, per subscribers' least severity."""
    return {sev: message.prepare_change(classification, sev) for sev in {s.min_severity for s in config.subscribers}}


@dataclass(frozen=True)
class Router:
    """The `make_alerts` callback for `Store.record_check`, with destinations fixed when it was made.

    `prepare(classification)` renders what grows with the policy's size before the write transaction; the
    router it returns only assembles messages from that inside the transaction.
    """

    config: Config
    bot: bool
    hooks: frozenset[str]
    prepared: Mapping[Severity, message.PreparedChange] = field(default_factory=dict)

    def __call__(self, event: RecordedEvent) -> list[AlertDraft]:
        return alerts_for(
            event, self.config, slack_configured=self.bot, webhook_envs=self.hooks, prepared=self.prepared
        )

    def prepare(self, classification: Classification) -> Router:
        return replace(self, prepared=prepare(self.config, classification))


def make_router(config: Config, env: Mapping[str, str]) -> Router:
    """The router for `Store.record_check`, with destinations fixed from `env` now."""
    return Router(config, slack_configured(config, env), configured_webhooks(config, env))
