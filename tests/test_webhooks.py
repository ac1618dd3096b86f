"""Outgoing webhooks (issue 16): signed JSON events through the outbox, to a real receiver on 127.0.0.1.

The end-to-end tests run the real CLI against the bundled policy site; a crash between the send and the
outbox mark (`POLICY_MONITOR_CRASH_AT=after_send_before_mark`) re-sends the event with the same idempotency
key and body, so the receiver, which drops keys it has seen, processes each event exactly once.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import history, run_cli, seed, subprocess_ok, toml_table, write_config
from test_crash import age_claims

from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.domain.events import AlertDraft, EventKind, RecordedEvent
from monitor.domain.records import ChangeRecord, CheckRecord
from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Outcome, Severity
from monitor.errors import ConfigError
from monitor.notify import webhook
from monitor.notify.outbox import Backoff, Deliverer, build_notifiers
from monitor.store import Store
from tests.fakes.webhook_receiver import SECRET, WebhookReceiver

SLUG = "alopal"
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."
URL_ENV, SECRET_ENV = "GRC_WEBHOOK_URL", "GRC_WEBHOOK_SECRET"
NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as r:
        yield r


def hook_config(tmp_path: Path, site: PolicySite | None = None, **hook: Any) -> Path:
    config = write_config(tmp_path, site, companies=[SLUG, "aloscale"], web_base_url="https://pm.example")
    table = {"url_env": URL_ENV, "secret_env": SECRET_ENV, "name": "grc", **hook}
    config.write_text(config.read_text() + "\n" + toml_table("[[webhooks]]", table))
    return config


# ------------------------------------------------------------------------------------------ end to end


@pytest.mark.e2e
@pytest.mark.parametrize("point", ["after_fetch", "before_commit", "after_commit", "after_send_before_mark"])
def test_a_material_change_reaches_the_receiver_signed_and_once_across_a_crash(tmp_path, policy_site, receiver, point):
    config = hook_config(tmp_path, policy_site)
    env = {URL_ENV: receiver.url, SECRET_ENV: SECRET}
    seed(config)
    first = run_cli(config, "check", "--json", env=env)
    assert first.returncode == 0, subprocess_ok(first)
    assert receiver.deliveries == [], "an unchanged policy sent an event"

    policy_site.set_policy(SLUG, policy_site.text(SLUG).replace(BEFORE, AFTER))
    crashed = run_cli(config, "check", "--json", env={**env, "POLICY_MONITOR_CRASH_AT": point})
    assert crashed.returncode == -signal.SIGKILL, subprocess_ok(crashed)
    if point != "after_send_before_mark":
        assert receiver.deliveries == [], f"an event went out before the crash at {point}"
        restarted = run_cli(config, "check", "--json", env=env)
        assert restarted.returncode == 0, subprocess_ok(restarted)
        (sent,) = receiver.deliveries
        assert sent.signature_ok and len(receiver.processed) == 1
        assert receiver.processed[0]["severity"] == "critical"
        (alert,) = [a for a in history(config, SLUG)["alerts"] if a["destination"] == "hook:grc"]
        assert alert["status"] == "delivered" and alert["attempts"] == 1
        return
    assert len(receiver.deliveries) == 1, "the crash was meant to come after the receiver got the event"
    age_claims(config)
    restarted = run_cli(config, "check", "--json", env=env)
    assert restarted.returncode == 0, subprocess_ok(restarted)

    sent, again = receiver.deliveries
    assert sent.signature_ok and again.signature_ok
    assert again.key == sent.key and again.body == sent.body, "a re-send carries the same key and the same body"
    assert (sent.headers["x-policy-monitor-attempt"], again.headers["x-policy-monitor-attempt"]) == ("1", "2")
    assert len(receiver.processed) == 1, "the receiver processed the event once"
    event = receiver.processed[0]
    assert event["id"] == sent.key and sent.headers["x-policy-monitor-event"] == event["type"] == "policy.changed"
    assert event["company"] == {
        "slug": SLUG,
        "document": "privacy_policy",
        "name": "AloPal",
        "url": policy_site.url(SLUG),
    }
    assert event["severity"] == "critical" and event["material"] is True
    assert event["categories"] and "summary" in event and event["summary"]
    assert any("data brokers" in (c["after"] or "") and c["reason"] for c in event["changes"])
    assert event["links"]["diff"].startswith(f"https://pm.example/companies/{SLUG}/diff?from=")
    assert event["links"]["feed"] == f"https://pm.example/companies/{SLUG}/feed.atom"

    doc = history(config, SLUG)
    (alert,) = [a for a in doc["alerts"] if a["destination"] == "hook:grc"]
    assert alert["status"] == "delivered" and alert["attempts"] == 2

    assert run_cli(config, "check", "--json", env=env).returncode == 0
    assert len(receiver.deliveries) == 2, "a further check sent something again"


@pytest.mark.e2e
def test_a_cosmetic_change_sends_nothing_to_a_major_webhook(tmp_path, policy_site, receiver):
    config = hook_config(tmp_path, policy_site)
    env = {URL_ENV: receiver.url, SECRET_ENV: SECRET}
    seed(config)
    policy_site.set_policy(SLUG, policy_site.text(SLUG) + "\nLast updated: 3 December 2026.")
    result = run_cli(config, "check", "--json", env=env)
    assert result.returncode == 0, subprocess_ok(result)
    assert result.by_company()[SLUG]["outcome"] == "changed"
    assert receiver.deliveries == []


# ------------------------------------------------------------------------------------------ the outbox


def change_event(company: str = SLUG, severity: Severity = Severity.CRITICAL, category: str = "third_party_sharing"):
    reason, direction = "Now sells data", Direction.REDUCES
    verdict = ChangeVerdict(
        ChangeKind.MODIFIED, BEFORE, AFTER, severity.material, severity, (category,), reason, direction
    )
    cls = Classification(severity.material, severity, Direction.REDUCES, (category,), "Sells data now", (verdict,))
    check = CheckRecord(7, company, NOW, 0.5, Outcome.CHANGED, 200, None, 12, 3)
    change = ChangeRecord(3, company, NOW, 11, 12, cls)
    return RecordedEvent(EventKind.CHANGE, company, check, change=change)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    yield s
    s.close()


def queue_event(tmp_path: Path, policy_site: PolicySite, store: Store, url: str, **hook: Any) -> tuple[Deliverer, int]:
    config = load_config(hook_config(tmp_path / "cfg", policy_site, **hook))
    env = {URL_ENV: url, SECRET_ENV: SECRET}
    drafts = webhook.drafts_for(change_event(), config, webhook.configured(config, env))
    (alert_id,) = store.add_alerts(drafts, NOW)
    notifiers = build_notifiers(config, env)
    return Deliverer(store, notifiers, backoff=Backoff(first_s=0.01, factor=1, max_attempts=3)), alert_id


def test_retries_with_backoff_then_delivers_once(tmp_path, policy_site, store, receiver):
    deliverer, alert_id = queue_event(tmp_path, policy_site, store, receiver.url)
    receiver.fail_next(503, 500)
    stats = deliverer.drain(10)
    assert (stats.delivered, stats.retrying, stats.failed) == (1, 2, 0)
    assert [d.status for d in receiver.deliveries] == [503, 500, 200]
    assert len({d.key for d in receiver.deliveries}) == 1 and len(receiver.processed) == 1
    (alert,) = store.alerts()
    assert alert.id == alert_id and alert.status == "delivered" and alert.attempts == 3


def test_gives_up_after_max_attempts_and_says_so(tmp_path, policy_site, store, receiver):
    deliverer, _ = queue_event(tmp_path, policy_site, store, receiver.url)
    receiver.fail_next(503, 503, 503, 503)
    stats = deliverer.drain(10)
    assert stats.failed == 1 and len(receiver.deliveries) == 3
    (alert,) = store.alerts()
    assert alert.status == "failed"
    assert "gave up after 3 attempts" in alert.last_error and "HTTP 503" in alert.last_error
    assert receiver.url not in alert.last_error, "the URL is a secret"


@pytest.mark.parametrize("status", [400, 401, 404, 410])
def test_a_client_error_fails_at_once(tmp_path, policy_site, store, receiver, status):
    deliverer, _ = queue_event(tmp_path, policy_site, store, receiver.url)
    receiver.fail_next(status)
    assert deliverer.drain(5).failed == 1
    assert len(receiver.deliveries) == 1
    assert f"HTTP {status}" in store.alerts()[0].last_error


def test_a_wrong_secret_is_rejected_by_the_receiver(tmp_path, policy_site, store):
    with WebhookReceiver(secret="another-secret") as strict:
        deliverer, _ = queue_event(tmp_path, policy_site, store, strict.url)
        assert deliverer.drain(5).failed == 1
        assert strict.deliveries[0].signature_ok is False and strict.processed == []


def test_an_unreachable_receiver_is_retried_and_a_bad_url_fails(tmp_path, policy_site, store):
    deliverer, _ = queue_event(tmp_path, policy_site, store, "http://127.0.0.1:9/nothing-listens")
    stats = deliverer.drain(5)
    assert stats.failed == 1 and "cannot reach the webhook" in store.alerts()[0].last_error
    deliverer, _ = queue_event(tmp_path / "2", policy_site, store, "ftp://example.org/")
    deliverer.drain(5)
    assert "does not hold an http(s) URL" in store.alerts()[0].last_error


# ------------------------------------------------------------------------------------------ routing, config


def test_routing_follows_the_webhook_filters(tmp_path, policy_site):
    env = {URL_ENV: "http://127.0.0.1:1/", SECRET_ENV: SECRET}
    for hook, event, wanted in [
        ({}, change_event(), True),
        ({}, change_event(severity=Severity.MINOR), False),
        ({"min_severity": "minor"}, change_event(severity=Severity.MINOR), True),
        ({"companies": ["aloscale"]}, change_event(), False),
        ({"categories": ["children"]}, change_event(), False),
        ({"categories": ["third_party_sharing"]}, change_event(), True),
    ]:
        config = load_config(hook_config(tmp_path / str(len(str(hook))), policy_site, **hook))
        drafts = webhook.drafts_for(event, config, webhook.configured(config, env))
        assert bool(drafts) is wanted, (hook, event.change.classification.severity)
    config = load_config(hook_config(tmp_path / "unset", policy_site))
    assert webhook.configured(config, {URL_ENV: "http://x/"}) == (), "no secret: not configured"


def test_signature_is_hmac_sha256_of_the_exact_body():
    body = webhook.encode({"id": "k", "summary": "Ünïcode & <tags>"})
    header = webhook.sign(SECRET, body)
    assert header.startswith("sha256=") and len(header) == 7 + 64
    assert webhook.verify(SECRET, body, header)
    assert not webhook.verify(SECRET, body + b" ", header)
    assert not webhook.verify("other", body, header)


@pytest.mark.parametrize(
    "table, message",
    [
        ({"secret_env": SECRET_ENV}, "missing required key 'url_env'"),
        ({"url_env": "https://example.org/hook", "secret_env": SECRET_ENV}, "not an environment variable name"),
        ({"url_env": URL_ENV, "secret_env": SECRET_ENV, "min_severity": "huge"}, "must be one of"),
        ({"url_env": URL_ENV, "secret_env": SECRET_ENV, "companies": ["nobody"]}, "unknown company 'nobody'"),
        ({"url_env": URL_ENV, "secret_env": SECRET_ENV, "colour": "red"}, "unknown key 'colour'"),
    ],
)
def test_webhook_config_errors_name_the_key(tmp_path, policy_site, table, message):
    config = write_config(tmp_path, policy_site, companies=[SLUG])
    config.write_text(config.read_text() + "\n" + toml_table("[[webhooks]]", table))
    with pytest.raises(ConfigError, match=message) as raised:
        load_config(config)
    assert "[webhooks[0]" in str(raised.value)


def test_two_webhooks_with_one_name_are_an_error(tmp_path, policy_site):
    config = write_config(tmp_path, policy_site, companies=[SLUG])
    table = toml_table("[[webhooks]]", {"url_env": URL_ENV, "secret_env": SECRET_ENV})
    config.write_text(config.read_text() + "\n" + table + "\n" + table)
    with pytest.raises(ConfigError, match="duplicate webhook name"):
        load_config(config)


def test_alerts_draft_key_is_stable_per_event_and_webhook(tmp_path, policy_site):
    config = load_config(hook_config(tmp_path, policy_site))
    (hook,) = config.webhooks
    event = change_event()
    assert webhook.idempotency_key(event, hook) == webhook.idempotency_key(change_event(), hook)
    later = RecordedEvent(EventKind.CHANGE, SLUG, CheckRecord(8, SLUG, NOW + timedelta(hours=1), 0.5, Outcome.CHANGED))
    assert webhook.idempotency_key(later, hook) != webhook.idempotency_key(event, hook)
    assert isinstance(webhook.drafts_for(event, config, (hook,))[0], AlertDraft)


def test_notify_test_sends_each_webhook_a_signed_test_event(tmp_path, policy_site, receiver):
    config = hook_config(tmp_path, policy_site)
    result = run_cli(config, "notify-test", env={URL_ENV: receiver.url, SECRET_ENV: SECRET})
    assert result.returncode == 0, subprocess_ok(result)
    assert "grc" in result.stdout and "signed test event accepted" in result.stdout
    (delivery,) = receiver.deliveries
    assert delivery.signature_ok and delivery.json["type"] == "policy.test"
    unset = run_cli(config, "notify-test")
    assert unset.returncode == 1 and f"not configured: set ${URL_ENV} and ${SECRET_ENV}" in unset.stdout
