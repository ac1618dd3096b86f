"""The policy spider: one request per company; every response or failure is handed over as a `Fetched` item."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response, TextResponse
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer, error
from twisted.python.failure import Failure

from monitor.config.settings import Company
from monitor.domain.values import Fetched
from monitor.fetch.browser import chromium_missing
from spiders.middlewares import STARTED_KEY
from spiders.redirects import ALLOW_KEY, PrivateRedirect

logger = logging.getLogger(__name__)

COMPANY_KEY = "policy_company"
URL_KEY = "policy_url"  # the URL as configured (Scrapy may escape the request's copy)
CONDITIONAL_KEY = "policy_conditional"  # the request carries the last capture's validators
RENDER_KEY = "policy_render"  # the document's render mode: never, auto or always

#: What makes scrapy-playwright load a request in headless Chromium (the page's `load` event, then its DOM).
BROWSER_META: dict[str, Any] = {"playwright": True, "playwright_page_goto_kwargs": {"wait_until": "load"}}

#: (ETag, Last-Modified) of a company's last capture, for a conditional GET.
Validators = tuple[str | None, str | None]


class PolicySpider(scrapy.Spider):
    """Fetch each company's policy URL once (following redirects) and yield exactly one `Fetched` for it."""

    name = "policy"

    def __init__(
        self, companies: Iterable[Company] = (), validators: Mapping[str, Validators] | None = None, **kwargs: Any
    ):
        super().__init__(**kwargs)
        self.companies = tuple(companies)
        self.validators = dict(validators or {})
        self._by_slug = {c.slug: c for c in self.companies}

    async def start(self) -> AsyncIterator[Any]:
        for company in self.companies:
            if company.render != "never" and (missing := chromium_missing()) is not None:
                yield Fetched(company=company.slug, url=company.url, fetched_at=_now(), error=missing)
                continue
            rendered = company.render == "always"  # a browser's request carries no validators
            headers = {} if rendered else conditional_headers(self.validators.get(company.slug))
            try:
                request = scrapy.Request(
                    company.url,
                    callback=self.parse,
                    errback=self.failed,
                    dont_filter=True,
                    headers=headers or None,
                    meta={
                        COMPANY_KEY: company.slug,
                        URL_KEY: company.url,
                        CONDITIONAL_KEY: bool(headers),
                        "dont_obey_robotstxt": not company.respect_robots,
                        ALLOW_KEY: company.allow_private_redirects,
                        "cookiejar": company.slug,  # no session shared between companies
                        RENDER_KEY: company.render,
                        **(BROWSER_META if rendered else {}),
                    },
                )
            except ValueError as exc:
                yield Fetched(company=company.slug, url=company.url, fetched_at=_now(), error=f"bad URL: {exc}")
                continue
            yield request

    def parse(self, response: Response) -> Iterable[Fetched | scrapy.Request]:
        fetched = fetched_from_response(response)
        company = self._by_slug.get(fetched.company)
        plain = not response.meta.get("playwright")
        auto = plain and response.meta.get(RENDER_KEY) == "auto"
        if auto and company is not None and response.request is not None and _needs_browser(fetched, company):
            # the plain page is an app shell: read it again in the browser (the shell is not handed over)
            yield response.request.replace(
                headers={}, meta={**response.meta, CONDITIONAL_KEY: False, **BROWSER_META}, dont_filter=True
            )
            return
        yield fetched

    def failed(self, failure: Failure) -> Iterable[Fetched]:
        request: scrapy.Request = failure.request  # type: ignore[attr-defined]
        yield Fetched(
            company=request.meta[COMPANY_KEY],
            url=request.meta.get(URL_KEY, request.url),
            fetched_at=_now(),
            final_url=request.url,
            duration_s=_elapsed(request.meta),
            error=("browser failed: " if request.meta.get("playwright") else "")
            + describe_failure(failure, request, self.settings.getint("DOWNLOAD_MAXSIZE")),
        )


def _needs_browser(fetched: Fetched, company: Company) -> bool:
    from monitor.capture.assess import needs_browser  # the page reader: loaded only when a page may need it

    return needs_browser(fetched, company)


def conditional_headers(validators: Validators | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last capture's ETag / Last-Modified (empty: fetch in full)."""
    etag, last_modified = validators or (None, None)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def fetched_from_response(response: Response) -> Fetched:
    meta = response.meta
    headers = {
        key.decode("latin-1").lower(): values[0].decode("latin-1") for key, values in response.headers.items() if values
    }
    return Fetched(
        company=meta[COMPANY_KEY],
        url=meta.get(URL_KEY, response.url),
        fetched_at=_now(),
        final_url=response.url,
        status=response.status,
        headers=headers,
        body=response.body,
        encoding=response.encoding if isinstance(response, TextResponse) else None,
        duration_s=_elapsed(meta),
        conditional=bool(meta.get(CONDITIONAL_KEY)),
    )


def describe_failure(failure: Failure, request: scrapy.Request, maxsize: int) -> str:
    """A short, human reason for a failed fetch: what a reader of the check history needs to see."""
    if failure.value is None:  # Twisted types it Optional; a Failure made from an error always has one
        return failure.getErrorMessage()
    exc = _innermost(failure.value)
    host = urlparse_cached(request).hostname or request.url
    if isinstance(exc, PrivateRedirect):
        return str(exc)
    if type(exc).__name__ == "_DecompressionMaxSizeExceeded":  # Scrapy's, raised while decompressing a bomb
        return f"response larger than {getattr(exc, 'max_size', maxsize)} bytes (once decompressed)"
    if isinstance(exc, IgnoreRequest):
        return "blocked by robots.txt" if "robots.txt" in str(exc) else f"request dropped: {exc}"
    if isinstance(exc, (DownloadTimeoutError, error.TimeoutError, defer.TimeoutError)):
        return f"timed out after {request.meta.get('download_timeout', 0):g} s"
    if isinstance(exc, (CannotResolveHostError, error.DNSLookupError)):
        return f"DNS lookup failed for {host}"
    if isinstance(exc, (DownloadConnectionRefusedError, error.ConnectionRefusedError)):
        return f"connection refused by {host}"
    maxsize = request.meta.get("download_maxsize", maxsize)
    if isinstance(exc, DownloadCancelledError) or (isinstance(exc, defer.CancelledError) and maxsize):
        # Scrapy cancels the download when the body passes DOWNLOAD_MAXSIZE (before or while reading it).
        return f"response larger than {maxsize} bytes"
    if isinstance(exc, ResponseDataLossError):
        return "connection closed before the whole response arrived"
    if isinstance(exc, (error.ConnectionLost, error.ConnectionDone)):
        return f"connection to {host} lost"
    if isinstance(exc, error.ConnectError):
        return f"cannot connect to {host}: {exc}"
    if "SSL" in type(exc).__name__ or "TLS" in type(exc).__name__:
        return f"TLS error with {host}: {exc}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _innermost(exc: BaseException) -> BaseException:
    """The underlying error of wrappers that carry a list of Twisted failures (ResponseNeverReceived, ...)."""
    for _ in range(5):
        if exc.__cause__ is not None:  # Scrapy's DownloadFailedError(str(e)) from e
            exc = exc.__cause__
            continue
        reasons = getattr(exc, "reasons", None)
        if reasons is None and exc.args and isinstance(exc.args[0], list):
            reasons = exc.args[0]
        inner = next((r.value for r in reasons or () if isinstance(r, Failure)), None)
        if inner is None:
            return exc
        exc = inner
    return exc


def _now() -> datetime:
    return datetime.now(UTC)


def _elapsed(meta: dict[str, Any]) -> float:
    started = meta.get(STARTED_KEY)
    if started is None:
        return float(meta.get("download_latency", 0.0))
    return round(time.monotonic() - started, 6)
