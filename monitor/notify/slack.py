"""Post alerts to Slack: with a bot token (chat.postMessage) or an incoming webhook, via slack-sdk."""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web import WebClient
from slack_sdk.webhook import WebhookClient

from monitor.domain.events import Alert, EventKind
from monitor.errors import NotifyError
from monitor.notify.base import DeliveryUncertain

log = logging.getLogger(__name__)

METADATA_EVENT = "policy_monitor_alert"
HISTORY_MARGIN_S = 600
CHANNEL_ID_RE = re.compile(r"^[CGD][A-Z0-9]{6,}$")

#: Errors that another attempt cannot fix, with what to do about them.
PERMANENT = {
    "channel_not_found": "the channel does not exist or the app cannot see it (invite the app, or use a channel ID)",
    "not_in_channel": "the app is not in the channel (invite it, or add the chat:write.public scope)",
    "is_archived": "the channel is archived",
    "invalid_auth": "the bot token is not valid",
    "not_authed": "no bot token was sent",
    "account_inactive": "the bot token belongs to a deleted app or user",
    "token_revoked": "the bot token was revoked",
    "token_expired": "the bot token expired",
    "no_permission": "the token may not post here",
    "missing_scope": "the token lacks a scope (chat:write is required)",
    "restricted_action": "the workspace does not allow posting here",
    "ekm_access_denied": "the workspace's keys deny access",
    "team_access_not_granted": "the app is not granted access to this workspace",
    "invalid_arguments": "Slack rejected the message",
    "msg_too_long": "the message is too long",
    "invalid_blocks": "Slack rejected the message's blocks",
    "invalid_blocks_format": "Slack rejected the message's blocks",
    # incoming webhooks answer in plain text
    "invalid_payload": "Slack rejected the message",
    "invalid_token": "the webhook URL is not valid",
    "no_service": "the webhook was removed or disabled",
    "no_service_id": "the webhook URL is not valid",
    "no_team": "the webhook's workspace is gone",
    "team_disabled": "the webhook's workspace is disabled",
    "no_active_hooks": "the webhook is disabled",
    "action_prohibited": "the workspace's admin prevents this webhook from posting",
    "posting_to_general_channel_denied": "only admins may post to this channel",
    "channel_is_archived": "the channel is archived",
    "user_not_found": "the webhook's user is gone",
}
BLOCK_ERRORS = {"invalid_blocks", "invalid_blocks_format"}


@dataclass(frozen=True)
class SlackOptions:
    """How hard one `send` tries before handing the alert back to the outbox (short in tests)."""

    timeout_s: float = 10.0
    inline_retries: int = 3  # retries inside one send (429 / 500 / 503 / connection refused)
    max_inline_wait_s: float = 10.0  # a longer Retry-After is left to the outbox's schedule
    backoff_factor_s: float = 0.5  # first inline retry interval (then doubled)


DEFAULT_OPTIONS = SlackOptions()


class BoundedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """Honours 429 Retry-After inside the call, but only for short waits; longer ones raise, so the outbox
    reschedules the alert instead of blocking the delivery thread."""

    def __init__(self, max_retry_count: int, max_wait_s: float):
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait_s = max_wait_s

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        return retry_after(response.headers) <= self.max_wait_s

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        state.next_attempt_requested = True
        wait = retry_after(response.headers if response is not None else {})
        time.sleep(wait + random.uniform(0, 0.1))
        state.increment_current_attempt()


def retry_after(headers: Any) -> float:
    """Seconds from a Retry-After header (1 when absent or unreadable, as slack-sdk assumes)."""
    for key in headers or {}:
        if key.lower() == "retry-after":
            value = headers[key]
            value = value[0] if isinstance(value, list | tuple) else value
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                return 1.0
    return 1.0


class ProportionalJitter(Jitter):
    """Up to 25 % more than the computed interval (slack-sdk's RandomJitter adds up to a whole second)."""

    def recalculate(self, duration: float) -> float:
        return duration * (1 + random.uniform(0, 0.25))


def retry_handlers(options: SlackOptions) -> list[RetryHandler]:
    interval = BackoffRetryIntervalCalculator(backoff_factor=options.backoff_factor_s, jitter=ProportionalJitter())
    n = options.inline_retries
    return [
        BoundedRateLimitRetryHandler(n, options.max_inline_wait_s),
        ServerErrorRetryHandler(max_retry_count=n, interval_calculator=interval),
        # only URLError: the request never reached Slack (refused, DNS, connect timeout). A reset or timeout
        # while waiting for the answer may come after Slack posted the message: that is not retried here.
        # once: a black-holed network costs a connect timeout per try
        ConnectionErrorRetryHandler(max_retry_count=min(n, 1), interval_calculator=interval, error_types=[URLError]),
    ]


def _api_error(exc: SlackApiError, what: str) -> NotifyError:
    response = exc.response
    status = getattr(response, "status_code", None)
    data = response.data if isinstance(getattr(response, "data", None), dict) else {}
    code = str(data.get("error") or f"HTTP {status}")
    return _error(code, status, getattr(response, "headers", {}) or {}, what)


def _error(code: str, status: int | None, headers: Any, what: str) -> NotifyError:
    """Map Slack's answer to a NotifyError the outbox knows how to schedule (with Slack's `code`)."""
    error = _classify(code, status, headers, what)
    error.code = code  # type: ignore[attr-defined]
    return error


def error_code(exc: NotifyError) -> str | None:
    """Slack's error code (such as `channel_not_found`) behind a NotifyError, if it came from Slack."""
    return getattr(exc, "code", None)


def _classify(code: str, status: int | None, headers: Any, what: str) -> NotifyError:
    if status == 429 or code == "ratelimited":
        wait = retry_after(headers)
        return NotifyError(f"{what}: rate limited by Slack (retry after {wait:g} s)", retry_after=wait)
    if code in PERMANENT:
        return NotifyError(f"{what}: {code}: {PERMANENT[code]}", permanent=True)
    if status is not None and status >= 500:
        # Slack may have acted before failing: the retry checks the channel history first
        return DeliveryUncertain(f"{what}: Slack answered {code} (HTTP {status})")
    return NotifyError(f"{what}: Slack answered {code}" + (f" (HTTP {status})" if status else ""))


def _transport_error(exc: Exception, what: str) -> NotifyError:
    if isinstance(exc, URLError):  # never reached Slack
        return NotifyError(f"{what}: cannot reach Slack: {exc.reason}")
    return DeliveryUncertain(f"{what}: no answer from Slack ({type(exc).__name__}: {exc})")


class Redactor(logging.Filter):
    """Replaces a secret URL (and its path, which holds the token) by a label in log records and texts."""

    def __init__(self, url: str, label: str) -> None:
        super().__init__()
        path = urlsplit(url).path
        self.secrets = tuple(s for s in (url, url.rstrip("/"), path if len(path) > 8 else "") if s)
        self.label = label

    def text(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, self.label)
        return value

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            record.msg, record.args = self.text(message), None
        return True


def channel_of(alert: Alert) -> str:
    kind, _, channel = alert.destination.partition(":")
    if kind != "slack" or not channel:
        raise NotifyError(f"not a Slack channel destination: {alert.destination!r}", permanent=True)
    return channel


def alert_metadata(alert: Alert) -> dict[str, Any]:
    """Message metadata naming the alert, so a restarted sender can find what it already posted."""
    return {
        "event_type": METADATA_EVENT,
        "event_payload": {
            "alert_id": alert.id,
            "created": _iso(alert.created_at),
            "subscriber": alert.subscriber,
            "company": alert.company,
            "event": alert.event.value,
        },
    }


def _name(alert: Alert) -> str:
    return "the test message" if alert.event is EventKind.TEST else f"alert {alert.id}"


def _iso(at: datetime) -> str:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


class SlackBotNotifier:
    """chat.postMessage with a bot token (scope chat:write; chat:write.public to skip joining channels)."""

    def __init__(
        self,
        token: str,
        base_url: str = "https://slack.com/api/",
        *,
        options: SlackOptions = DEFAULT_OPTIONS,
        history_pages: int = 5,
    ):
        if not base_url.endswith("/"):
            base_url += "/"  # slack-sdk joins method names onto it
        self.client = WebClient(
            token=token,
            base_url=base_url,
            timeout=int(max(1, options.timeout_s)),
            retry_handlers=retry_handlers(options),
        )
        self.history_pages = history_pages
        self._channel_ids: dict[str, str] = {}

    def send(self, alert: Alert) -> str | None:
        channel = channel_of(alert)
        payload = alert.payload
        what = f"posting {_name(alert)} to {channel}"
        args: dict[str, Any] = {
            "channel": channel,
            "text": payload.get("text") or "policy-monitor alert",
            "unfurl_links": False,
            "unfurl_media": False,
            "metadata": alert_metadata(alert),
        }
        try:
            response = self._post(what, blocks=payload.get("blocks") or None, **args)
        except NotifyError as exc:
            if error_code(exc) not in BLOCK_ERRORS:
                raise
            log.warning("%s: Slack rejected the blocks; sending the text alone", what)
            response = self._post(what + " (text only)", **args)
        self._channel_ids[channel.lstrip("#")] = response.get("channel") or channel
        return response.get("ts")

    def _post(self, what: str, **args: Any) -> Any:
        try:
            return self.client.chat_postMessage(**args)
        except SlackApiError as exc:
            raise _api_error(exc, what) from exc
        except Exception as exc:  # transport: refused, reset, timeout, garbled answer
            raise _transport_error(exc, what) from exc

    def check(self) -> dict[str, Any]:
        """auth.test: who the token posts as (raises NotifyError when it is not valid)."""
        try:
            return dict(self.client.auth_test().data)  # type: ignore[arg-type]
        except SlackApiError as exc:
            raise _api_error(exc, "checking the bot token") from exc
        except Exception as exc:
            raise _transport_error(exc, "checking the bot token") from exc

    # -- finding an alert already posted ---------------------------------------------------------

    def find_delivered(self, alert: Alert) -> str | None:
        """The ts of the message carrying this alert in the channel's recent history, or None.

        Needs channels:history (groups:history for private channels) and, for channel names, channels:read
        (groups:read); raises a permanent NotifyError when it cannot look, a transient one on rate limits
        and outages.
        """
        channel = self._channel_id(channel_of(alert))
        created = alert.created_at if alert.created_at.tzinfo else alert.created_at.replace(tzinfo=UTC)
        oldest = f"{created.timestamp() - HISTORY_MARGIN_S:.6f}"  # margin: our clock vs Slack's
        for message in self._history(channel, oldest, f"looking for alert {alert.id} in {channel}"):
            metadata = message.get("metadata") or {}
            data = metadata.get("event_payload") or {}
            if (
                metadata.get("event_type") == METADATA_EVENT
                and data.get("alert_id") == alert.id
                and data.get("created") == _iso(alert.created_at)
            ):
                return message.get("ts")
        return None

    def _history(self, channel: str, oldest: str, what: str) -> Iterator[dict[str, Any]]:
        cursor = None
        for _ in range(self.history_pages):
            try:
                page = self.client.conversations_history(
                    channel=channel, oldest=oldest, limit=200, include_all_metadata=True, cursor=cursor
                )
            except SlackApiError as exc:
                raise _api_error(exc, what) from exc
            except Exception as exc:
                raise NotifyError(f"{what}: cannot reach Slack: {exc}") from exc
            yield from page.get("messages") or []
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return

    def _channel_id(self, channel: str) -> str:
        if CHANNEL_ID_RE.match(channel):
            return channel
        name = channel.lstrip("#")
        if name not in self._channel_ids:
            what = f"finding the ID of channel #{name}"
            cursor = None
            while True:
                try:
                    page = self.client.conversations_list(
                        types="public_channel,private_channel", exclude_archived=True, limit=1000, cursor=cursor
                    )
                except SlackApiError as exc:
                    raise _api_error(exc, what) from exc
                except Exception as exc:
                    raise NotifyError(f"{what}: cannot reach Slack: {exc}") from exc
                for conversation in page.get("channels") or []:
                    self._channel_ids[conversation.get("name", "")] = conversation["id"]
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if name in self._channel_ids or not cursor:
                    break
            if name not in self._channel_ids:
                raise NotifyError(f"{what}: no such channel visible to the app", permanent=True)
        return self._channel_ids[name]


class WebhookNotifier:
    """An incoming webhook (posts to the one channel chosen when the webhook was created).

    A webhook answers no ts and offers no history: an alert whose delivery was cut off after sending may be
    posted twice.
    """

    def __init__(self, url: str, *, name: str = "webhook", options: SlackOptions = DEFAULT_OPTIONS):
        self.name = name  # the environment variable's name: the URL itself is a secret, never logged
        self.redact = Redactor(url, f"${name}")
        client_log = logging.getLogger(f"{__name__}.webhook.{name}")  # slack-sdk logs the URL: scrubbed here
        if not any(isinstance(f, Redactor) and f.secrets == self.redact.secrets for f in client_log.filters):
            client_log.addFilter(self.redact)
        self.client = WebhookClient(
            url=url,
            timeout=int(max(1, options.timeout_s)),
            retry_handlers=retry_handlers(options),
            logger=client_log,
        )

    def send(self, alert: Alert) -> str | None:
        try:
            return self._send(alert)
        except NotifyError as exc:  # its text becomes alerts.last_error and log lines
            exc.args = (self.redact.text(str(exc)), *exc.args[1:])
            if exc.__cause__ is not None and self.redact.text(str(exc.__cause__)) != str(exc.__cause__):
                exc.__cause__, exc.__suppress_context__ = None, True  # a traceback would quote the URL
            raise

    def _send(self, alert: Alert) -> str | None:
        payload = alert.payload
        what = f"posting {_name(alert)} via the webhook in ${self.name}"
        text = payload.get("text") or "policy-monitor alert"
        try:
            self._post(what, text=text, blocks=payload.get("blocks") or None)
        except NotifyError as exc:
            if error_code(exc) not in (*BLOCK_ERRORS, "invalid_payload"):
                raise
            log.warning("%s: Slack rejected the blocks; sending the text alone", what)
            self._post(what + " (text only)", text=text, blocks=None)
        return None

    def _post(self, what: str, **args: Any) -> None:
        try:
            response = self.client.send(unfurl_links=False, unfurl_media=False, **args)
        except Exception as exc:
            raise _transport_error(exc, what) from exc
        if response.status_code == 200:
            return
        code = (response.body or "").strip()[:100] or f"HTTP {response.status_code}"
        if response.status_code in (400, 403, 404, 410) and code not in PERMANENT:
            raise NotifyError(f"{what}: Slack answered {code} (HTTP {response.status_code})", permanent=True)
        raise _error(code, response.status_code, response.headers, what)
