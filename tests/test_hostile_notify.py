"""Hostile text and secrets at the notification edge (issue 13): control characters never reach the terminal,
the webhook URL never reaches the logs or alerts.last_error."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime

from fakes.policy_http import PolicyServer
from test_notify_delivery import BACKOFF, FAST, Clock

from monitor.config.settings import Subscriber
from monitor.domain.events import AlertDraft, EventKind
from monitor.notify import message
from monitor.notify.console import ConsoleNotifier, printable
from monitor.notify.outbox import Deliverer
from monitor.notify.routing import alerts_for
from monitor.notify.slack import WebhookNotifier
from monitor.store import Store
from tests.fakes.samples import SELL, change_event, config

AT = datetime(2026, 3, 1, tzinfo=UTC)
HOSTILE = "HTTP 503; Retry-After: \x1b[2J\x1b]0;pwned\x07 and \r\x1b[31mfake OK\x9b \u202eevil"


def test_control_characters_are_shown_not_interpreted(tmp_path):
    payload = message.failing_message(
        "Evil\x1b[1m Corp", "evil", reason=HOSTILE, failure_count=3, web_base_url="http://w", checked_at=AT
    )
    with Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        store.add_alerts([AlertDraft("ops", "console", payload, EventKind.FAILING, "evil")], AT)
        out = io.StringIO()
        stats = Deliverer(store, {"console": ConsoleNotifier(out)}, clock=lambda: AT).deliver_due(AT)
    assert stats.delivered == 1
    printed = out.getvalue()
    assert not any(ch in printed for ch in "\x1b\x07\r\x9b\u202e"), repr(printed)
    assert "\\x1b[2J" in printed and "\\u202e" in printed  # shown, so the reader sees what the server sent
    assert printable("line one\n\tline two") == "line one\n\tline two"


def test_the_webhook_url_is_in_no_log_and_no_last_error(tmp_path, caplog):
    secret_path = "/services/T0001/B0002/XXsecretTOKENxx"
    with PolicyServer() as server, Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}") as store:
        # a server that echoes the URL in its error answer, as proxies and misconfigured gateways do
        server.route(secret_path, body=f"invalid_token for {server.url(secret_path)}".encode(), statuses=[400])
        url = server.url(secret_path)
        hook = Subscriber(name="hook", webhook_env="PM_HOOK")
        clock = Clock()
        ids = store.add_alerts(alerts_for(change_event(SELL), config(hook), slack_configured=False), clock())
        notifier = WebhookNotifier(url, name="PM_HOOK", options=FAST)
        with caplog.at_level(logging.DEBUG):
            stats = Deliverer(store, {"webhook:PM_HOOK": notifier}, clock=clock, backoff=BACKOFF).deliver_due(clock())
            unreachable = WebhookNotifier("http://127.0.0.1:9" + secret_path, name="PM_HOOK2", options=FAST)
            ids += store.add_alerts(alerts_for(change_event(SELL), config(hook), slack_configured=False), clock())
            Deliverer(store, {"webhook:PM_HOOK": unreachable}, clock=clock, backoff=BACKOFF).deliver_due(clock())
        errors = [store_alert.last_error or "" for store_alert in store.alerts()]
    assert stats.failed == 1 and len(server.hits_of(secret_path)) >= 1
    assert any("invalid_token" in e and "$PM_HOOK" in e for e in errors), errors
    assert all("XXsecretTOKENxx" not in e for e in errors), errors
    assert caplog.records and "XXsecretTOKENxx" not in caplog.text
