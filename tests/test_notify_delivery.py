"""Delivery through a fake Slack on loopback and a real SQLite outbox: retries, outages, errors, crashes."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor.config.settings import SlackSettings, Subscriber
from monitor.domain.events import AlertDraft, EventKind
from monitor.domain.values import Severity
from monitor.notify.base import UNCERTAIN_PREFIX
from monitor.notify.console import ConsoleNotifier
from monitor.notify.outbox import Backoff, Deliverer, Notifiers, build_notifiers, send_test
from monitor.notify.routing import alerts_for
from monitor.notify.slack import SlackBotNotifier, SlackOptions, WebhookNotifier
from monitor.store import Store
from tests.fakes.samples import AT, RETENTION, SELL, change_event, config
from tests.fakes.slack_server import TOKEN, FakeSlack, Reply

FAST = SlackOptions(timeout_s=2, inline_retries=3, max_inline_wait_s=2, backoff_factor_s=0.01)
NO_INLINE = dataclasses.replace(FAST, inline_retries=0)
BACKOFF = Backoff(first_s=30, factor=2, max_s=600, max_attempts=4)
CLAIM_TIMEOUT = 60
REPO = Path(__file__).resolve().parents[1]
PRIVACY = Subscriber(name="privacy-team", channel="#privacy-alerts", failure_alerts=True)


class Clock:
    def __init__(self) -> None:
        self.now = AT

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def wall_clock(ahead_s: float = 0):
    """The real clock, `ahead_s` in the future (to see another process's claims as stale)."""
    return lambda: datetime.now(UTC) + timedelta(seconds=ahead_s)


@pytest.fixture
def store(tmp_path):
    s = Store.open(f"sqlite:///{tmp_path / 'pm.sqlite3'}", claim_timeout=CLAIM_TIMEOUT)
    yield s
    s.close()


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def clock():
    return Clock()


def queue(store, clock, *subscribers: Subscriber, count: int = 1) -> list[int]:
    cfg = config(*(subscribers or (PRIVACY,)))
    drafts = alerts_for(change_event(SELL, RETENTION), cfg, slack_configured=True)
    return store.add_alerts(drafts * count, clock())


def deliverer(store, clock, slack, options=FAST, **kw) -> Deliverer:
    bot = SlackBotNotifier(TOKEN, slack.base_url, options=options)
    return Deliverer(store, {"slack": bot}, clock=clock, backoff=kw.pop("backoff", BACKOFF), **kw)


def alert(store, alert_id):
    return next(a for a in store.alerts(limit=1000) if a.id == alert_id)


def test_delivered_once_through_two_rate_limits_and_a_server_error(store, clock, slack):
    [alert_id] = queue(store, clock)
    slack.script("chat.postMessage", Reply.rate_limited(1), Reply.rate_limited(1), Reply.server_error())
    started = time.monotonic()
    stats = deliverer(store, clock, slack).deliver_due(clock())
    assert time.monotonic() - started >= 2.0, "Retry-After: 1 was honoured twice"
    assert (stats.delivered, stats.retrying, stats.failed) == (1, 0, 0)
    assert len(slack.calls("chat.postMessage")) == 4
    [message] = slack.posted()
    delivered = alert(store, alert_id)
    assert delivered.status == "delivered" and delivered.slack_ts == message["ts"]
    assert re.fullmatch(r"\d{10}\.\d{6}", message["ts"])
    assert delivered.delivered_at == clock()
    call = slack.calls("chat.postMessage")[-1]
    assert call.headers["authorization"] == f"Bearer {TOKEN}"
    assert call.params["channel"] == "#privacy-alerts"
    assert call.params["unfurl_links"] is False and call.params["unfurl_media"] is False
    assert "plain" not in call.params
    assert message["metadata"]["event_type"] == "policy_monitor_alert"
    assert message["metadata"]["event_payload"]["alert_id"] == alert_id
    assert message["blocks"][0]["text"]["text"] == "🔴 Aloscale Inc.: critical privacy policy change"
    assert deliverer(store, clock, slack).deliver_due(clock()).delivered == 0  # nothing left to send
    assert len(slack.posted()) == 1


def test_long_rate_limit_is_left_to_the_outbox_schedule(store, clock, slack):
    [alert_id] = queue(store, clock)
    slack.script("chat.postMessage", Reply.rate_limited(120))
    d = deliverer(store, clock, slack)
    started = time.monotonic()
    assert d.deliver_due(clock()).retrying == 1
    assert time.monotonic() - started < 1.5, "a 120 s Retry-After must not block the delivery thread"
    waiting = alert(store, alert_id)
    assert waiting.status == "pending" and waiting.next_attempt_at == clock() + timedelta(seconds=120)
    assert "rate limited" in waiting.last_error
    clock.advance(60)
    assert d.deliver_due(clock()).delivered == 0
    clock.advance(61)
    assert d.deliver_due(clock()).delivered == 1
    assert len(slack.posted()) == 1


def test_outage_keeps_alerts_pending_then_delivers_each_once(store, clock):
    down = FakeSlack()
    port, base_url = down.port, down.base_url
    down.stop()  # connection refused from now on
    ids = queue(store, clock, count=3)
    d = Deliverer(store, {"slack": SlackBotNotifier(TOKEN, base_url, options=FAST)}, clock=clock, backoff=BACKOFF)
    stats = d.deliver_due(clock())
    assert (stats.delivered, stats.retrying, stats.skipped) == (0, 1, 2), "one probe, not a hammering"
    first = alert(store, ids[0])
    assert first.status == "pending" and first.next_attempt_at == clock() + timedelta(seconds=30)
    assert "cannot reach Slack" in first.last_error and not first.last_error.startswith(UNCERTAIN_PREFIX)
    assert [alert(store, i).attempts for i in ids] == [1, 0, 0]
    clock.advance(31)
    assert d.deliver_due(clock()).retrying == 1  # still down: the next probe waits twice as long
    assert sum(alert(store, i).attempts for i in ids) == 2
    clock.advance(31)
    assert d.deliver_due(clock()).skipped == 3
    with FakeSlack(port=port) as back:
        clock.advance(30)
        assert d.deliver_due(clock()).delivered == 3
        assert len(back.posted()) == 3
        assert {m["metadata"]["event_payload"]["alert_id"] for m in back.posted()} == set(ids)
        assert d.deliver_due(clock()).delivered == 0
    assert all(alert(store, i).status == "delivered" for i in ids)


@pytest.mark.parametrize(
    ("channel", "reply", "hint"),
    [
        ("#no-such-channel", None, "channel_not_found"),
        ("#privacy-alerts", Reply.error("not_in_channel"), "chat:write.public"),
        ("#privacy-alerts", Reply.error("invalid_auth"), "bot token is not valid"),
    ],
)
def test_permanent_errors_fail_the_alert_without_retrying(store, clock, slack, channel, reply, hint):
    [alert_id] = queue(store, clock, Subscriber(name="s", channel=channel))
    if reply:
        slack.script("chat.postMessage", reply)
    d = deliverer(store, clock, slack)
    assert d.deliver_due(clock()).failed == 1
    failed = alert(store, alert_id)
    assert failed.status == "failed" and hint in failed.last_error
    clock.advance(86400)
    assert d.deliver_due(clock()).failed == 0
    assert len(slack.calls("chat.postMessage")) == 1 and slack.posted() == []


def test_gives_up_after_max_attempts(store, clock, slack):
    [alert_id] = queue(store, clock)
    slack.script("chat.postMessage", *[Reply.server_error(502)] * 10)
    d = deliverer(store, clock, slack, backoff=Backoff(first_s=1, max_attempts=3))
    for _ in range(5):
        d.deliver_due(clock())
        clock.advance(3600)
    failed = alert(store, alert_id)
    assert failed.status == "failed" and failed.attempts == 3
    assert "gave up after 3 attempts" in failed.last_error
    assert len(slack.calls("chat.postMessage")) == 3


def test_rejected_blocks_fall_back_to_the_text(store, clock, slack):
    queue(store, clock)
    slack.script("chat.postMessage", Reply.error("invalid_blocks"))
    assert deliverer(store, clock, slack).deliver_due(clock()).delivered == 1
    [message] = slack.posted()
    assert message["blocks"] is None and "critical privacy policy change" in message["text"]


# ------------------------------------------------------------------------------------ crashes


def test_crash_after_posting_is_found_in_history_and_not_posted_again(store, clock, slack):
    [alert_id] = queue(store, clock)
    [due] = store.due_alerts(clock())
    assert store.claim_alert(alert_id, clock())
    ts = SlackBotNotifier(TOKEN, slack.base_url, options=FAST).send(due)  # ...and the process dies here
    clock.advance(30)
    assert deliverer(store, clock, slack).deliver_due(clock()).recovered == 0, "claim not stale yet"
    clock.advance(CLAIM_TIMEOUT)
    stats = deliverer(store, clock, slack).deliver_due(clock())
    assert (stats.recovered, stats.delivered) == (1, 0)
    assert len(slack.posted()) == 1
    recovered = alert(store, alert_id)
    assert recovered.status == "delivered" and recovered.slack_ts == ts
    history = slack.calls("conversations.history")[-1].params
    assert history["channel"] == "C0PRIVACY1" and history["include_all_metadata"] in ("1", "true", True)


def test_crash_before_posting_sends_once(store, clock, slack):
    [alert_id] = queue(store, clock)
    assert store.claim_alert(alert_id, clock())  # ...and the process dies before sending
    clock.advance(CLAIM_TIMEOUT + 1)
    stats = deliverer(store, clock, slack).deliver_due(clock())
    assert (stats.recovered, stats.delivered) == (0, 1)
    assert len(slack.posted()) == 1 and len(slack.calls("conversations.history")) == 1
    assert alert(store, alert_id).slack_ts == slack.posted()[0]["ts"]


def test_lost_answer_is_checked_before_retrying(store, clock, slack):
    [alert_id] = queue(store, clock, Subscriber(name="legal", channel="C0LEGAL001"))
    slack.script("chat.postMessage", Reply.posted_then_dropped())
    d = deliverer(store, clock, slack)
    assert d.deliver_due(clock()).retrying == 1
    assert alert(store, alert_id).last_error.startswith(UNCERTAIN_PREFIX)
    clock.advance(31)
    stats = d.deliver_due(clock())
    assert (stats.recovered, stats.delivered) == (1, 0)
    [message] = slack.posted()
    assert alert(store, alert_id).slack_ts == message["ts"]
    assert slack.calls("conversations.list") == [], "a channel ID needs no lookup"


CHILD = """
import sys
from monitor.notify.outbox import Deliverer
from monitor.notify.slack import SlackBotNotifier, SlackOptions
from monitor.store import Store
store = Store.open(sys.argv[1])
bot = SlackBotNotifier(sys.argv[3], sys.argv[2], options=SlackOptions(timeout_s=60))
Deliverer(store, {"slack": bot}).drain(60)
"""


@pytest.mark.e2e
def test_sender_killed_while_slack_answers_is_recovered_without_a_duplicate(tmp_path, slack):
    url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    store = Store.open(url, claim_timeout=CLAIM_TIMEOUT)
    [alert_id] = queue(store, wall_clock())
    slack.script("chat.postMessage", Reply(process=True, delay_s=30))  # posted; the answer is held
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, slack.base_url, TOKEN], cwd=REPO)
    try:
        slack.wait_for_calls("chat.postMessage", timeout_s=20)
        time.sleep(0.2)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert alert(store, alert_id).status == "sending"
    later = wall_clock(CLAIM_TIMEOUT + 1)
    stats = Deliverer(store, {"slack": SlackBotNotifier(TOKEN, slack.base_url, options=FAST)}, clock=later).drain(5)
    assert (stats.recovered, stats.delivered) == (1, 0)
    [message] = slack.posted()
    assert alert(store, alert_id).slack_ts == message["ts"]
    store.close()


def test_unreadable_history_still_delivers(store, clock, slack):
    [alert_id] = queue(store, clock)
    store.claim_alert(alert_id, clock())
    clock.advance(CLAIM_TIMEOUT + 1)
    slack.script("conversations.list", Reply.error("missing_scope"))
    assert deliverer(store, clock, slack).deliver_due(clock()).delivered == 1
    assert len(slack.posted()) == 1


def test_two_deliverers_racing_post_each_alert_once(tmp_path, slack):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    stores = [Store.open(url) for _ in range(3)]
    ids = queue(stores[0], Clock(), count=12)
    workers = [Deliverer(s, {"slack": SlackBotNotifier(TOKEN, slack.base_url, options=FAST)}) for s in stores]
    threads = [threading.Thread(target=w.drain, args=(10,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    posted = [m["metadata"]["event_payload"]["alert_id"] for m in slack.posted()]
    assert sorted(posted) == sorted(ids)
    for s in stores:
        s.close()


# ------------------------------------------------------------------------------------ loops


def test_drain_waits_for_a_short_retry_but_not_beyond_its_budget(store, slack):
    queue(store, Clock(), count=2)
    slack.script("chat.postMessage", Reply.rate_limited(1))
    d = Deliverer(
        store, {"slack": SlackBotNotifier(TOKEN, slack.base_url, options=NO_INLINE)}, backoff=Backoff(first_s=0.2)
    )
    started = time.monotonic()
    stats = d.drain(5)
    assert stats.delivered == 2 and len(slack.posted()) == 2
    assert 0.9 <= time.monotonic() - started < 4
    queue(store, Clock())
    slack.script("chat.postMessage", Reply.rate_limited(30))
    started = time.monotonic()
    stats = d.drain(0.5)
    assert stats.delivered == 0 and stats.retrying == 1 and time.monotonic() - started < 1.5
    assert len(store.alerts(status="pending")) == 1, "left for the daemon"


def test_run_loop_delivers_until_stopped(store, slack):
    d = Deliverer(store, {"slack": SlackBotNotifier(TOKEN, slack.base_url, options=FAST)})
    passes: list[int] = []
    deliver_due = d.deliver_due

    def counted(*args: Any, **kwargs: Any) -> Any:
        passes.append(len(slack.posted()))
        return deliver_due(*args, **kwargs)

    d.deliver_due = counted  # type: ignore[method-assign]
    stop = threading.Event()
    thread = threading.Thread(target=d.run, args=(stop, 0.05))
    thread.start()
    try:
        queue(store, Clock())
        deadline = time.monotonic() + 10
        # until three passes have run after the one that posted: a delivered alert is never sent again
        while sum(1 for posted in passes if posted) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        stop.set()
        thread.join(5)
    assert not thread.is_alive() and len(slack.posted()) == 1
    assert sum(1 for posted in passes if posted) >= 3, passes


# ------------------------------------------------------------------------------------ webhook, console


def test_webhook_delivery_retries_and_permanent_errors(store, clock, slack):
    hook = Subscriber(name="hook", webhook_env="PM_HOOK", failure_alerts=True)
    ids = store.add_alerts(alerts_for(change_event(SELL), config(hook), slack_configured=False), clock())
    slack.script("webhook", Reply.rate_limited(1), Reply.server_error(503))
    notifier = WebhookNotifier(slack.webhook_url, name="PM_HOOK", options=FAST)
    d = Deliverer(store, {"webhook:PM_HOOK": notifier}, clock=clock, backoff=BACKOFF)
    assert d.deliver_due(clock()).delivered == 1
    [posted] = slack.webhook_messages
    assert posted["unfurl_links"] is False and posted["blocks"][0]["type"] == "header"
    assert alert(store, ids[0]).slack_ts is None and alert(store, ids[0]).status == "delivered"
    ids = store.add_alerts(alerts_for(change_event(SELL), config(hook), slack_configured=False), clock())
    slack.script("webhook", Reply(404, "no_service"))
    assert d.deliver_due(clock()).failed == 1
    assert "no_service" in alert(store, ids[0]).last_error


def test_console_prints_a_readable_alert(store, clock):
    out = io.StringIO()
    drafts = alerts_for(change_event(SELL, RETENTION), config(PRIVACY), slack_configured=False)
    assert drafts[0].destination == "console"
    store.add_alerts(drafts, clock())
    Deliverer(store, Notifiers(ConsoleNotifier(out, note="Slack is not configured")), clock=clock).drain(1)
    text = out.getvalue()
    assert text.startswith("(Slack is not configured)\n")
    assert "alert 1 for privacy-team" in text
    assert "🔴 Aloscale Inc.: critical privacy policy change" in text
    assert "We [-do not-] {+may+} sell your personal information" in text
    assert "See the diff: http://127.0.0.1:8080/companies/aloscale/diff?from=12&to=13" in text
    assert store.alerts(status="delivered")[0].slack_ts is None


def test_build_notifiers_reads_secrets_from_the_named_environment_variables(slack):
    hook = Subscriber(name="hook", webhook_env="PM_HOOK")
    cfg = dataclasses.replace(config(PRIVACY, hook), slack=SlackSettings(token_env="PM_TOKEN", base_url=slack.base_url))
    out = io.StringIO()
    none = build_notifiers(cfg, {}, console_stream=out)
    assert not none.slack_configured and none("slack:#privacy-alerts") is None and none("console")
    assert none("webhook:PM_HOOK") is None
    both = build_notifiers(cfg, {"PM_TOKEN": TOKEN, "PM_HOOK": slack.webhook_url}, options=FAST)
    assert both.slack_configured and both("webhook:PM_HOOK") is not None
    assert both("slack:#x").check()["team"] == "Fake Workspace"


def test_notify_test_reports_each_subscriber(slack):
    subs = (
        PRIVACY,
        Subscriber(name="nowhere", channel="#no-such-channel"),
        Subscriber(name="hook", webhook_env="PM_HOOK", min_severity=Severity.MINOR),
    )
    cfg = dataclasses.replace(config(*subs), slack=SlackSettings(token_env="PM_TOKEN", base_url=slack.base_url))
    results = send_test(cfg, build_notifiers(cfg, {"PM_TOKEN": TOKEN, "PM_HOOK": slack.webhook_url}, options=FAST))
    assert [(name, ok) for name, ok, _ in results] == [("privacy-team", True), ("nowhere", False), ("hook", True)]
    assert results[0][2] == f"posted to #privacy-alerts (ts {slack.posted()[0]['ts']})"
    assert "channel_not_found" in results[1][2]
    assert "test message" in slack.posted()[0]["text"].lower()
    out = io.StringIO()
    offline = send_test(cfg, build_notifiers(cfg, {}, console_stream=out))
    assert offline[0] == (
        "privacy-team",
        True,
        "printed to the console: Slack is not configured (set $PM_TOKEN to post to #privacy-alerts)",
    )
    assert "policy-monitor test message" in out.getvalue()


def test_alert_drafts_are_stored_and_read_back_intact(store, clock):
    draft = AlertDraft(
        subscriber="s",
        destination="slack:#x",
        event=EventKind.FAILING,
        company="aloscale",
        payload={"text": "t", "blocks": [], "plain": "p", "unfurl_links": False},
    )
    [alert_id] = store.add_alerts([draft], clock())
    assert alert(store, alert_id).payload == draft.payload
