"""Alerts: build the messages (message), pick their subscribers (routing), deliver them (outbox, notifiers)."""

import importlib
from typing import Any

#: Where each public name lives: imported on first use, so that routing alerts does not load Slack's SDK.
_HOMES = {
    "DeliveryChecker": "base",
    "DeliveryUncertain": "base",
    "Notifier": "base",
    "ConsoleNotifier": "console",
    "change_message": "message",
    "escape_mrkdwn": "message",
    "failing_message": "message",
    "recovered_message": "message",
    "test_message": "message",
    "Backoff": "outbox",
    "Deliverer": "outbox",
    "DeliveryStats": "outbox",
    "Notifiers": "outbox",
    "build_notifiers": "outbox",
    "send_test": "outbox",
    "alerts_for": "routing",
    "make_router": "routing",
    "SlackBotNotifier": "slack",
    "SlackOptions": "slack",
    "WebhookNotifier": "slack",
    "WebhookSender": "webhook",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


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
    "WebhookSender",
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
