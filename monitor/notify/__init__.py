"""Alerts: build the messages (message), pick their subscribers (routing), deliver them (outbox, notifiers)."""

from monitor.notify.base import DeliveryChecker, DeliveryUncertain, Notifier
from monitor.notify.console import ConsoleNotifier
from monitor.notify.message import change_message, escape_mrkdwn, failing_message, recovered_message, test_message
from monitor.notify.outbox import Backoff, Deliverer, DeliveryStats, Notifiers, build_notifiers, send_test
from monitor.notify.routing import alerts_for, make_router
from monitor.notify.slack import SlackBotNotifier, SlackOptions, WebhookNotifier

__all__ = [
    "Backoff",
    "ConsoleNotifier",
    "Deliverer",
    "DeliveryChecker",
    "DeliveryStats",
    "DeliveryUncertain",
    "Notifier",
    "Notifiers",
    "SlackBotNotifier",
    "SlackOptions",
    "WebhookNotifier",
    "alerts_for",
    "build_notifiers",
    "change_message",
    "escape_mrkdwn",
    "failing_message",
    "make_router",
    "recovered_message",
    "send_test",
    "test_message",
]
