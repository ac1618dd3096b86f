"""Outgoing webhooks: signed JSON events (policy.changed / failing / recovered) POSTed through the outbox.

Each `[[webhooks]]` entry gets its own alerts in the outbox (destination `hook:<name>`), so a webhook is
delivered, retried with backoff and given up on exactly like a Slack alert. The body is JSON; the header
`X-Policy-Monitor-Signature: sha256=<hex>` is the HMAC-SHA256 of the exact body bytes with the secret from
`secret_env`, and `Idempotency-Key` (also the body's `id`) names the event: it is the same on every attempt.
A webhook cannot be asked what it already received, so an event whose send was cut off (a crash between the
send and the outbox mark, a timeout) is sent again with the same key: receivers drop keys they have seen.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import urllib.request
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from http.client import HTTPException
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

from monitor.config.settings import Config, WebhookSettings
from monitor.domain.documents import split_key
from monitor.domain.events import Alert, AlertDraft, EventKind, RecordedEvent
from monitor.errors import NotifyError
from monitor.notify import message
from monitor.notify.base import DeliveryUncertain
from monitor.notify.routing import wants

log = logging.getLogger(__name__)

PREFIX = "hook:"
SIGNATURE_HEADER = "X-Policy-Monitor-Signature"
EVENT_HEADER = "X-Policy-Monitor-Event"
ATTEMPT_HEADER = "X-Policy-Monitor-Attempt"
IDEMPOTENCY_HEADER = "Idempotency-Key"
USER_AGENT = "policy-monitor-webhook/1"
EVENT_TYPES = {
    EventKind.CHANGE: "policy.changed",
    EventKind.FAILING: "policy.failing",
    EventKind.RECOVERED: "policy.recovered",
    EventKind.TEST: "policy.test",
}
_KEY_NAMESPACE = uuid.UUID("6f1f3c52-3a5e-4d7b-9d0e-2b8a0c5f7e11")
MAX_ERROR_BODY = 200


# ------------------------------------------------------------------------------------------ pure: body


def destination(hook: WebhookSettings) -> str:
    return PREFIX + hook.name


def idempotency_key(event: RecordedEvent, hook: WebhookSettings) -> str:
    """Stable for one event and one webhook: the check that produced it, the kind, the webhook's name."""
    return str(uuid.uuid5(_KEY_NAMESPACE, f"{event.company}/{event.check.id}/{event.kind.value}/{hook.name}"))


def event_body(event: RecordedEvent, config: Config, hook: WebhookSettings) -> dict[str, Any]:
    """The JSON body of one event for one webhook (times in ISO 8601 UTC; links rooted at web_base_url)."""
    company = config.company(event.company)
    base = config.monitor.web_base_url.rstrip("/")
    check = event.check
    body: dict[str, Any] = {
        "id": idempotency_key(event, hook),
        "type": EVENT_TYPES[event.kind],
        "created_at": check.started_at.isoformat(),
        "company": {
            "slug": event.company,
            "document": split_key(event.company)[1],
            "name": company.label if company else event.company,
            "url": company.url if company else None,
        },
        "check": {
            "id": check.id,
            "outcome": check.outcome.value,
            "started_at": check.started_at.isoformat(),
            "http_status": check.http_status,
            "error": check.error,
        },
        "links": {
            "company": message.company_url(base, event.company),
            "feed": f"{message.company_url(base, event.company)}/feed.atom",
        },
    }
    if event.kind is EventKind.CHANGE and event.change is not None:
        cls = event.change.classification
        body.update(
            change_id=event.change.id,
            snapshots={"from": event.change.from_snapshot, "to": event.change.to_snapshot},
            material=cls.material,
            severity=cls.severity.value,
            direction=cls.direction.value,
            categories=list(cls.categories),
            summary=cls.summary,
            changes=[verdict.to_dict() for verdict in cls.changes],
        )
        body["links"]["diff"] = message.diff_url(base, event.company, event.change)
    else:
        body.update(failure_count=event.failure_count, reason=event.reason)
    return body


def test_body(hook: WebhookSettings, sent_at: datetime) -> dict[str, Any]:
    """The body of `notify-test`'s event: a `policy.test` with a fresh id (receivers may drop it)."""
    return {
        "id": str(uuid.uuid4()),
        "type": EVENT_TYPES[EventKind.TEST],
        "created_at": sent_at.isoformat(),
        "message": f"policy-monitor test event for webhook {hook.name}: signature and delivery work.",
    }


def encode(body: Mapping[str, Any]) -> bytes:
    """The exact bytes sent (and signed): compact UTF-8 JSON, keys in the body's order."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: `sha256=` and the hex HMAC-SHA256 of `body` keyed with `secret`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    return hmac.compare_digest(sign(secret, body), header or "")


def configured(config: Config, env: Mapping[str, str]) -> tuple[WebhookSettings, ...]:
    """The webhooks whose URL and secret variables are both set."""
    return tuple(h for h in config.webhooks if env.get(h.url_env, "").strip() and env.get(h.secret_env, "").strip())


def drafts_for(event: RecordedEvent, config: Config, hooks: tuple[WebhookSettings, ...]) -> list[AlertDraft]:
    """One outbox draft per webhook that wants this event."""
    return [
        AlertDraft(
            subscriber=hook.name,
            destination=destination(hook),
            payload=event_body(event, config, hook),
            event=event.kind,
            company=event.company,
        )
        for hook in hooks
        if wants(hook, event)
    ]


def with_webhooks(
    route: Callable[[RecordedEvent], list[AlertDraft]], config: Config, env: Mapping[str, str]
) -> Callable[[RecordedEvent], list[AlertDraft]]:
    """A `make_alerts` callback that adds the configured webhooks' drafts to `route`'s."""
    hooks = configured(config, env)
    for hook in config.webhooks:
        if hook not in hooks:
            log.warning(
                "webhook %s is not configured in this environment: set $%s and $%s to send it events",
                hook.name,
                hook.url_env,
                hook.secret_env,
            )
    if not hooks:
        return route
    return _WithWebhooks(route, config, hooks)


class _WithWebhooks:
    """`route`'s drafts plus the webhooks'; `prepare` (messages rendered before the write transaction) kept."""

    def __init__(self, route: Callable[[RecordedEvent], list[AlertDraft]], config: Config, hooks: Any) -> None:
        self.route, self.config, self.hooks = route, config, hooks

    def __call__(self, event: RecordedEvent) -> list[AlertDraft]:
        return [*self.route(event), *drafts_for(event, self.config, self.hooks)]

    def prepare(self, classification: Any) -> _WithWebhooks:
        prepare = getattr(self.route, "prepare", None)
        return self if prepare is None else _WithWebhooks(prepare(classification), self.config, self.hooks)


# ------------------------------------------------------------------------------------------ I/O: the sender


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A signed event goes to the configured URL only: a redirect is an error, not a new destination."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class WebhookSender:
    """POSTs an alert's body to a webhook URL, signed; the URL (a secret) is never logged, only its variable."""

    def __init__(self, hook: WebhookSettings, url: str, secret: str, *, timeout_s: float = 10.0):
        self.hook = hook
        self.url = url.strip()
        self.secret = secret.strip()
        self.timeout_s = timeout_s
        self._opener = urllib.request.build_opener(_NoRedirects())

    def send(self, alert: Alert) -> str | None:
        what = f"alert {alert.id} to webhook {self.hook.name} (${self.hook.url_env})"
        if urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).hostname:
            raise NotifyError(f"{what}: ${self.hook.url_env} does not hold an http(s) URL", permanent=True)
        body = encode(alert.payload)
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": USER_AGENT,
                SIGNATURE_HEADER: sign(self.secret, body),
                EVENT_HEADER: str(alert.payload.get("type", "")),
                IDEMPOTENCY_HEADER: str(alert.payload.get("id", alert.id)),
                ATTEMPT_HEADER: str(alert.attempts + 1),
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout_s) as response:
                response.read(65536)
                status = response.status
        except HTTPError as exc:
            raise _http_error(exc, what) from exc
        except URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                raise DeliveryUncertain(f"{what}: no answer within {self.timeout_s:g} s") from exc
            raise NotifyError(f"{what}: cannot reach the webhook: {exc.reason}") from exc  # never sent
        except (TimeoutError, HTTPException, ConnectionError, OSError) as exc:
            raise DeliveryUncertain(f"{what}: no answer ({type(exc).__name__}: {exc})") from exc
        if not 200 <= status < 300:
            raise NotifyError(f"{what}: the webhook answered HTTP {status}", permanent=True)
        return None


def _http_error(exc: HTTPError, what: str) -> NotifyError:
    try:
        detail = exc.read(MAX_ERROR_BODY).decode("utf-8", "replace").strip()
    except Exception:
        detail = ""
    detail = "".join(ch if ch.isprintable() else " " for ch in detail)
    text = f"{what}: the webhook answered HTTP {exc.code}" + (f" ({detail})" if detail else "")
    if exc.code in (408, 425, 429) or exc.code >= 500:
        return NotifyError(text, retry_after=_retry_after(exc.headers.get("Retry-After") if exc.headers else None))
    if 300 <= exc.code < 400:
        return NotifyError(text + ": redirects are not followed; configure the final URL", permanent=True)
    return NotifyError(text, permanent=True)


def _retry_after(value: str | None) -> float | None:
    try:
        return min(3600.0, max(0.0, float(value))) if value else None
    except ValueError:
        return None


def build_senders(config: Config, env: Mapping[str, str]) -> dict[str, WebhookSender]:
    """The senders of the webhooks configured in `env`, by name."""
    return {hook.name: WebhookSender(hook, env[hook.url_env], env[hook.secret_env]) for hook in configured(config, env)}
