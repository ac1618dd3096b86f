"""Downloader middlewares of the policy spider: retries with exponential backoff, and a per-fetch clock."""

from __future__ import annotations

import email.utils
import logging
import random
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: request.meta key: monotonic time of the first download attempt (kept across retries and redirects).
STARTED_KEY = "policy_fetch_started"
#: request.meta key: seconds already spent waiting between retries of this fetch.
WAITED_KEY = "policy_backoff_waited"


class FetchClockMiddleware:
    """Stamp each fetch with the time of its first download attempt, so durations include retries."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchClockMiddleware:
        return cls()

    def process_request(self, request: Request) -> None:
        request.meta.setdefault(STARTED_KEY, time.monotonic())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, but each retry waits ``base * 2**(n-1)`` seconds (±25 % jitter) first.

    A ``Retry-After`` header (seconds or an HTTP date) is honoured when it asks for longer. The waits of one
    fetch never add up to more than BACKOFF_BUDGET_SECONDS: a retry that would exceed the budget (say a
    ``Retry-After: 3600``) is not made, and the last response or error stands. The wait holds one of the
    CONCURRENT_REQUESTS slots but no connection, and other requests proceed meanwhile.
    """

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.base = settings.getfloat("BACKOFF_BASE_SECONDS", 1.0)
        self.budget = settings.getfloat("BACKOFF_BUDGET_SECONDS", 30.0)

    # Scrapy accepts coroutine middleware methods, which its sync base-class signatures do not express
    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self.delay(request, retry_after=parse_retry_after(response.headers.get(b"Retry-After")))
        if delay is None:
            logger.info(
                "not retrying %s (HTTP %d): the server asks for a longer wait than the budget allows",
                request.url,
                response.status,
            )
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await self.wait(retry, delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        delay = self.delay(request, retry_after=None)
        if delay is None:
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        await self.wait(retry, delay)
        return retry

    def delay(self, request: Request, *, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or None when the retry budget cannot afford it."""
        attempt = request.meta.get("retry_times", 0) + 1
        remaining = self.budget - request.meta.get(WAITED_KEY, 0.0)
        if retry_after is not None and retry_after > remaining:
            return None
        backoff = self.base * 2 ** (attempt - 1) * random.uniform(0.75, 1.25)
        return max(0.0, min(max(backoff, retry_after or 0.0), remaining))

    async def wait(self, retry: Request, delay: float) -> None:
        retry.meta[WAITED_KEY] = retry.meta.get(WAITED_KEY, 0.0) + delay
        if delay > 0:
            from twisted.internet import reactor  # imported late: Scrapy installs the reactor it wants first

            logger.debug("retrying %s in %.2f s", retry.url, delay)
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))


def parse_retry_after(value: bytes | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header value (delta-seconds or HTTP-date); None if absent/bad."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
