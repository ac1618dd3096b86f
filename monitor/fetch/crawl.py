"""Run one Scrapy crawl over the companies and hand every company's `Fetched` to a callback, exactly once."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from monitor.config.settings import Company, MonitorSettings
from monitor.domain.values import Fetched
from monitor.fetch.browser import browser_settings, may_render

logger = logging.getLogger(__name__)

#: Environment variable for benchmarks that serve every page from one host: N requests at once per domain,
#: and no delay between them. Real sites get 2 at a time, 0.25 s apart.
PER_DOMAIN_ENV = "POLICY_MONITOR_CONCURRENCY_PER_DOMAIN"

#: Seconds a crawl stopped by a signal may take to end gracefully before the reactor is stopped.
FORCE_STOP_AFTER_S = 2.0

RETRY_HTTP_CODES = (500, 502, 503, 504, 522, 524, 408, 429)


def scrapy_settings(
    settings: MonitorSettings, *, debug: bool = False, overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Every Scrapy setting policy-monitor uses, in one place (``overrides`` win)."""
    bench_per_domain = int(os.environ.get(PER_DOMAIN_ENV, "0") or 0)
    values: dict[str, Any] = {
        "BOT_NAME": "policy-monitor",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": True,  # a company opts out with respect_robots = false (meta dont_obey_robotstxt)
        # Polite to each site, busy across sites: one policy page per company, often one company per host.
        "CONCURRENT_REQUESTS": 64,
        "CONCURRENT_REQUESTS_PER_DOMAIN": bench_per_domain or settings.per_domain_concurrency,
        "DOWNLOAD_DELAY": 0.0 if bench_per_domain else settings.download_delay_seconds,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        "REACTOR_THREADPOOL_MAXSIZE": 20,  # DNS lookups
        "DOWNLOAD_TIMEOUT": settings.timeout_seconds,
        "DNS_TIMEOUT": settings.timeout_seconds,
        "DOWNLOAD_MAXSIZE": settings.max_body_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": settings.retries,
        "RETRY_HTTP_CODES": list(RETRY_HTTP_CODES),
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",  # the check records the failure; no need to shout here
        "BACKOFF_BASE_SECONDS": 1.0,
        "BACKOFF_BUDGET_SECONDS": settings.timeout_seconds,  # waits between retries never exceed this
        "HTTPERROR_ALLOW_ALL": True,  # 4xx/5xx reach the spider: the monitor judges them, with body and headers
        "REDIRECT_ENABLED": True,
        "COOKIES_ENABLED": True,  # in memory, one jar per company, gone when the crawl ends
        "HTTPCACHE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "MEMUSAGE_ENABLED": False,
        "LOGSTATS_INTERVAL": 0,
        "LOG_INSTALL_ROOT_HANDLER": False,  # keep the application's logging configuration
        "LOG_LEVEL": "DEBUG" if debug else "WARNING",
        "LOG_VERSIONS": [],
        "CONCURRENT_ITEMS": 1,  # one item per response: Scrapy would start 100 item workers for each
        # Only the extensions a policy crawl uses: Scrapy imports every listed one, even one set to None
        # (the remote-control extension alone loads aiohttp's web server).
        "EXTENSIONS_BASE": {"scrapy.extensions.corestats.CoreStats": 0, "scrapy.extensions.logcount.LogCount": 0},
        "WARN_ON_GENERATOR_RETURN_VALUE": False,  # else Scrapy re-reads the callback's source for each response
        # Off: middlewares a one-request-per-company crawl does not use (no links are followed, no allowed
        # domains, no stats read), each of which costs on every request and response. (The Referer one stays:
        # the redirect middlewares warn without it.)
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
        },
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "scrapy.downloadermiddlewares.stats.DownloaderStats": None,  # serialises every request and response
            "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
            "spiders.redirects.RedirectGuardMiddleware": 90,  # before robots.txt (100): nothing is fetched
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "spiders.robots.SharedRobotsTxtMiddleware": 100,  # every waiter gets the parser
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "spiders.middlewares.BackoffRetryMiddleware": 550,
            "spiders.middlewares.FetchClockMiddleware": 560,
        },
    }
    values.update(overrides or {})
    return values


def crawl(
    companies: Sequence[Company],
    settings: MonitorSettings,
    on_fetched: Callable[[Fetched], None],
    *,
    debug: bool = False,
    overrides: Mapping[str, Any] | None = None,
    callback_threads: int = 1,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    on_shutdown: Callable[[], None] = lambda: None,
) -> None:
    """Fetch every company's policy and call ``on_fetched`` once per company, with a response or an error.

    Blocks until the crawl is over. It can run only ONCE per process: Scrapy runs on the Twisted reactor,
    which cannot be restarted (the daemon therefore runs each crawl in a child process).

    ``on_fetched`` runs in a pool of ``callback_threads`` threads (1: calls never overlap, so it need not be
    thread-safe, and the reactor keeps downloading while it works); 0 calls it in the reactor thread. An
    exception it raises is logged and does not stop the crawl. A company the crawl could not reach at all
    (interrupted by a signal, say) is handed over with ``Fetched(error=...)`` after the crawl ends.
    ``validators`` (ETag, Last-Modified) by company slug make its request conditional (If-None-Match /
    If-Modified-Since).

    On SIGTERM/SIGINT ``on_shutdown`` runs first, inside the signal handler (it must only set flags and kill
    processes), then the crawl stops gracefully, and is forced to stop after FORCE_STOP_AFTER_S.
    """
    handover = _HandOver(companies, on_fetched, callback_threads)
    if not handover.pending:
        return
    from scrapy import signals

    from spiders.policy import PolicySpider

    if not debug:
        for name in ("scrapy.utils.log", "scrapy.crawler"):  # start-up banners, logged before we can set levels
            logging.getLogger(name).addFilter(_warnings_only)
    if may_render(handover.pending.values()):  # scrapy-playwright only where a document may need a browser
        overrides = {**browser_settings(settings), **(overrides or {})}
    _import_downloader()
    _offline_public_suffixes()
    process = _process_class()(scrapy_settings(settings, debug=debug, overrides=overrides), on_shutdown=on_shutdown)
    _quiet_scrapy(debug)
    crawler = process.create_crawler(PolicySpider)
    crawler.signals.connect(handover.item_scraped, signal=signals.item_scraped)
    crawler.signals.connect(handover.spider_closed, signal=signals.spider_closed)
    process.crawl(crawler, companies=list(handover.pending.values()), validators=validators or {})
    handover.start()
    with _crawl_gc():
        try:
            process.start()
        finally:
            handover.stop()
    handover.finish()


#: The youngest generation's threshold during a crawl (Python's default is 700 allocations).
CRAWL_GC_THRESHOLD = 10_000


@contextlib.contextmanager
def _crawl_gc() -> Iterator[None]:
    """Fewer garbage collections while the crawl runs, each with less to scan.

    What the set-up made (configuration, modules, the crawler) lives to the end of the crawl: frozen, no
    collection scans it again. Each request and response makes many short-lived objects (Deferreds, headers):
    the youngest generation is collected every 10 000 allocations instead of 700. 6-7 % of the CPU of a pass
    where nothing changed (1000 pages); peak memory unchanged. The crawl runs once per process.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], CRAWL_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _import_downloader() -> None:
    """Import Scrapy's TLS modules with a cheap `inspect.stack`.

    They define deprecated aliases through `create_deprecated_class`, which calls `inspect.stack()` only to
    name the calling module: that reads the source of every frame on the stack and scans `sys.modules` for
    each frame without a file, a third of a second of CPU at every start. The caller's frame is all it uses.
    """
    import importlib
    import inspect
    import sys

    if "scrapy.core.downloader.contextfactory" in sys.modules:
        return
    stack = inspect.stack

    def caller_only(context: int = 1) -> list[Any]:
        # [this frame's stand-in, the frame that called create_deprecated_class]: what it reads, [1][0]
        return [None, (sys._getframe(2),)]

    inspect.stack = caller_only
    try:
        for module in ("scrapy.core.downloader.contextfactory", "scrapy.core.downloader.tls"):
            importlib.import_module(module)
    finally:
        inspect.stack = stack


def _offline_public_suffixes() -> None:
    """Scrapy's cookie middleware tells public suffixes apart with the list bundled in tldextract, offline.

    By default tldextract downloads the Public Suffix List the first time a response sets a cookie, with no
    timeout, from inside the reactor: a firewalled host would stall the whole crawl, and every check would make
    a request nobody configured. The bundled snapshot is what it falls back to anyway; no cache on disk.
    """
    from scrapy.downloadermiddlewares import cookies
    from tldextract import TLDExtract

    cookies._split_domain = TLDExtract(suffix_list_urls=(), include_psl_private_domains=True, cache_dir=None)


def _process_class() -> type:
    """Scrapy's CrawlerProcess, with a shutdown hook run in the signal handler and a bounded graceful stop."""
    from scrapy.crawler import CrawlerProcess

    class Process(CrawlerProcess):
        def __init__(self, settings: dict[str, Any], *, on_shutdown: Callable[[], None]) -> None:
            super().__init__(settings)
            self.on_shutdown = on_shutdown

        def _signal_shutdown(self, signum: int, frame: Any) -> None:
            from twisted.internet import reactor

            self.on_shutdown()
            super()._signal_shutdown(signum, frame)
            # a download in flight would hold the graceful stop for up to timeout_seconds
            reactor.callFromThread(reactor.callLater, FORCE_STOP_AFTER_S, self._stop_reactor)

    return Process


def _warnings_only(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def _quiet_scrapy(debug: bool) -> None:
    """Scrapy logs at WARNING (DEBUG with ``debug``) through the application's handlers."""
    logging.getLogger("scrapy").setLevel(logging.DEBUG if debug else logging.WARNING)
    if not debug:
        # A robots.txt that cannot be downloaded is logged with a traceback; the fetch reports it anyway.
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)


class _HandOver:
    """Pass each company's `Fetched` to the callback exactly once, off the reactor thread."""

    def __init__(self, companies: Sequence[Company], on_fetched: Callable[[Fetched], None], threads: int):
        self.pending: dict[str, Company] = {}
        for company in companies:
            if company.slug in self.pending:
                logger.warning("company %s listed twice; fetched once", company.slug)
            self.pending[company.slug] = company
        self.on_fetched = on_fetched
        self.close_reason: str | None = None
        self.pool: Any = None
        if threads > 0:
            from twisted.python.threadpool import ThreadPool

            self.pool = ThreadPool(minthreads=1, maxthreads=threads, name="on-fetched")

    def start(self) -> None:
        if self.pool is not None:
            self.pool.start()

    def stop(self) -> None:
        if self.pool is not None and self.pool.started:
            self.pool.stop()  # waits for the calls already queued

    async def item_scraped(self, item: Any) -> None:
        if not isinstance(item, Fetched):
            return
        if self.pending.pop(item.company, None) is None:
            logger.warning("ignoring a second fetch of %s", item.company)
            return
        if self.pool is None:
            self.call(item)
            return
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.threads import deferToThreadPool

        # Scrapy awaits this handler, so a slow callback slows the crawl instead of piling up bodies.
        await maybe_deferred_to_future(deferToThreadPool(reactor, self.pool, self.call, item))

    def spider_closed(self, reason: str) -> None:
        self.close_reason = reason

    def call(self, fetched: Fetched) -> None:
        try:
            self.on_fetched(fetched)
        except Exception:
            logger.exception("handling the fetch of %s failed", fetched.company)

    def finish(self) -> None:
        """Hand over an error for each company the crawl never reached (it was interrupted, say)."""
        if not self.pending:
            return
        why = {"shutdown": "the crawl was interrupted (shutdown)", None: "the crawl did not run"}.get(
            self.close_reason, f"the crawl ended early ({self.close_reason})"
        )
        reason = f"not fetched: {why}"
        logger.warning("%d compan%s %s", len(self.pending), "y" if len(self.pending) == 1 else "ies", reason)
        for company in list(self.pending.values()):
            del self.pending[company.slug]
            self.call(Fetched(company=company.slug, url=company.url, fetched_at=datetime.now(UTC), error=reason))
