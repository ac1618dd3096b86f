"""The one place that builds and wires the monitor's objects from a `Config`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from monitor.config.settings import Company, Config
from monitor.domain.records import FetchState
from monitor.domain.values import Classification
from monitor.errors import InputError

if TYPE_CHECKING:  # imported lazily below: start-up only pays for what a command uses ("classify" no database)
    from flask import Flask

    from monitor.cluster.queue import JobQueue
    from monitor.notify.outbox import Deliverer
    from monitor.runtime.analysis import Analyser
    from monitor.runtime.check import Checker, CheckResult
    from monitor.store import Store
    from monitor.web.health import HealthSettings

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


def open_store(config: Config) -> Store:
    from monitor.store import Store

    store = Store.open(config.monitor.database)
    store.sync_companies(config.companies)
    return store


def select_companies(
    config: Config, slugs: Sequence[str] | None, documents: Sequence[str] | None = None
) -> tuple[Company, ...]:
    """The documents to check: every document of the companies named (all when none), of these documents only.

    A slug may also be a document's unit key (``acme.cookie_policy``).
    """
    chosen = config.companies
    if slugs:
        unknown = [s for s in slugs if config.company(s) is None and not config.documents(s)]
        if unknown:
            known = ", ".join(dict.fromkeys(c.company for c in config.companies))
            raise InputError(f"unknown company {', '.join(map(repr, unknown))} (configured: {known})")
        chosen = tuple(c for c in chosen if c.slug in slugs or c.company in slugs)
    if documents:
        names = {c.document for c in chosen}
        unknown = [d for d in documents if d not in names]
        if unknown:
            raise InputError(
                f"no document {', '.join(map(repr, unknown))} among the companies chosen "
                f"(their documents: {', '.join(sorted(names))})"
            )
        chosen = tuple(c for c in chosen if c.document in documents)
    return chosen


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


def read_policy_file(path: Path) -> str:
    """Decode a policy file given on the command line or as a seed (UTF-8, else the HTML's own charset)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:65536]:
        raise InputError(f"{path}: not a text, Markdown or HTML file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from w3lib.encoding import html_to_unicode

        text = html_to_unicode(None, data)[1]
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError(f"{path}: not a text, Markdown or HTML file (binary content)")
    return text


def _pdf_file(path: Path) -> str | None:
    """The canonical text of a PDF file (a document's seed may be one), or None if it is not a PDF."""
    try:
        with path.open("rb") as f:
            if not f.read(1024).lstrip().startswith(b"%PDF"):
                return None
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    from monitor.domain.values import Format
    from monitor.text.normalise import normalise
    from monitor.text.pdf import PdfError, pdf_text

    try:
        return normalise(pdf_text(data), Format.TEXT)
    except PdfError as exc:
        raise InputError(f"{path}: {exc}") from exc


def canonical_file(path: Path) -> str:
    """The canonical text of a policy file; an error if it holds no text at all."""
    from monitor.text.normalise import detect_format, normalise

    text = read_policy_file(path)
    canonical = normalise(text, detect_format(text, path.name))
    if not canonical.strip():
        raise InputError(f"{path}: no policy text in this file (it is empty once markup is removed)")
    return canonical


def classify_files(old: Path, new: Path) -> Classification:
    """Classify the change between two policy files, capture sanity first.

    A file that cannot be read at all is an error; one that holds no policy text (empty once markup is
    removed, or binary content) is a version that is not a capture of the policy: a `capture` verdict.
    """
    from monitor.capture.pair import capture_verdict, classify_pair  # the classifier: loaded when used
    from monitor.capture.sanity import NEW, OLD, Verdict

    for path in (old, new):
        try:
            path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    texts: dict[str, str] = {}
    for side, path in ((NEW, new), (OLD, old)):
        try:
            texts[side] = canonical_file(path)
        except InputError as exc:
            problem = str(exc).removeprefix(f"{path}: ")
            verdict = Verdict(side, problem)
            return capture_verdict(verdict.reason, recovery=verdict.recovery)
    return classify_pair(texts[OLD], texts[NEW])


# ------------------------------------------------------------------------------------------ seed


@dataclass(frozen=True)
class SeedResult:
    company: str
    status: str  # "seeded" | "already seeded" | "no seed file"
    snapshot: int | None = None


def seed(config: Config, store: Store, now: datetime | None = None) -> list[SeedResult]:
    results = []
    for company in config.companies:
        if company.seed is None:
            results.append(SeedResult(company.slug, "no seed file"))
            continue
        raw = company.seed.read_bytes()
        text = _pdf_file(company.seed) or canonical_file(company.seed)  # a PDF document's seed may be the PDF
        snap = store.seed(company.slug, text, raw, now or utcnow())
        if snap is None:
            latest = store.latest_snapshot(company.slug)
            results.append(SeedResult(company.slug, "already seeded", latest.id if latest else None))
        else:
            results.append(SeedResult(company.slug, "seeded", snap.id))
    return results


# ------------------------------------------------------------------------------------------ alerts


def make_deliverer(config: Config, store: Store, env: Mapping[str, str], out: TextIO | None = None) -> Deliverer:
    from monitor.notify.outbox import Deliverer, build_notifiers

    return Deliverer(store, build_notifiers(config, env, console_stream=out), clock=utcnow)


# ------------------------------------------------------------------------------------------ check


def make_checker(
    config: Config,
    store: Store,
    env: Mapping[str, str],
    *,
    scheduled_at: datetime | None = None,
    analyser: Analyser | None = None,
    states: Mapping[str, FetchState] | None = None,
) -> Checker:
    """The pipeline of one fetch, with alerts routed to the subscribers and webhooks configured in `env`.

    `states`: the companies' fetch states read before the crawl (each serves its company's first attempt).
    """
    from monitor.notify.routing import make_router
    from monitor.notify.webhook import with_webhooks
    from monitor.runtime.check import Checker

    route = with_webhooks(make_router(config, env), config, env)
    return Checker(config, store, route, clock=utcnow, scheduled_at=scheduled_at, analyser=analyser, states=states)


def conditional_validators(
    config: Config, store: Store, companies: Sequence[Company]
) -> dict[str, tuple[str | None, str | None]]:
    """The (ETag, Last-Modified) of each company whose next fetch may be a conditional GET."""
    return validators_of(config, store.fetch_states([c.slug for c in companies]))


def validators_of(config: Config, states: Mapping[str, FetchState]) -> dict[str, tuple[str | None, str | None]]:
    """`conditional_validators` from fetch states already read."""
    every = config.monitor.full_fetch_every
    return {slug: v for slug, state in states.items() if (v := state.validators(every)) is not None}


def check(
    config: Config,
    slugs: Sequence[str] | None = None,
    *,
    deliver: bool = True,
    on_result: Callable[[CheckResult], None] = lambda r: None,
    env: Mapping[str, str] | None = None,
    out: TextIO | None = None,
) -> list[CheckResult]:
    """One pass over the companies: fetch, record, and (unless told not to) deliver the alerts produced.

    Runs a Scrapy crawl, so it can be called once per process (the Twisted reactor cannot restart).
    """
    from monitor.fetch.crawl import crawl
    from monitor.runtime.analysis import Analyser
    from monitor.runtime.unchanged import RecordInBatches

    env = os.environ if env is None else env
    companies = select_companies(config, slugs)
    store = open_store(config)
    states = store.fetch_states([c.slug for c in companies])  # one query: the crawl's and the checks'
    # The analysis worker (a second interpreter loading the page reader and the classifier) starts while the
    # crawl downloads when some page is sure to need it; when every company has a current fetch state, most
    # pages are settled by a 304 or the same bytes, and it starts at the first page that needs reading.
    warm = any(states.get(c.slug) is None or not states[c.slug].current for c in companies)
    workers = config.monitor.analysis_workers
    analyser = Analyser(config.monitor.analysis_timeout_seconds, warm=warm, workers=workers)
    try:
        validators = validators_of(config, states)
        checker = make_checker(config, store, env, analyser=analyser, states=states)
        del states
        results: list[CheckResult] = []

        def emit(result: CheckResult) -> None:  # called by one thread at a time
            results.append(result)
            on_result(result)

        # Unchanged checks are written in batches (a crash loses at most the batch not yet written; see
        # runtime.unchanged); any other outcome at once, in its own transaction.
        recorder = RecordInBatches(checker, emit, rows=config.monitor.unchanged_batch_rows)
        try:
            crawl(
                companies,
                config.monitor,
                recorder.process,
                validators=validators,
                on_shutdown=analyser.abort,
                callback_threads=workers,  # as many pages read at once as there are analysis workers
            )
        finally:
            recorder.close()
        # nothing falling due while `check` waits: no need to load the notifiers (and Slack's SDK)
        wait = config.monitor.delivery_wait_seconds
        if analyser.aborted:  # stopped by a signal: the daemon delivers what was recorded
            log.info("check stopped by a signal: its alerts stay queued for the daemon")
        elif deliver and store.due_alerts(utcnow() + timedelta(seconds=wait), limit=1):
            stats = make_deliverer(config, store, env, out).drain(wait)
            log.info("delivery: %s", stats)
        return results
    finally:
        analyser.close()
        store.close()


# ------------------------------------------------------------------------------------------ daemon / web


def run_daemon(config_path: Path, config: Config, env: Mapping[str, str] | None = None) -> int:
    """The daemon, with the web UI beside it unless `[web] enabled = false` (a taken port is logged, not fatal).

    With a `[cluster]`, the daemon is the scheduler that queues passes for the workers (and delivers alerts).
    """
    from monitor.runtime.daemon import run_daemon as run

    env = os.environ if env is None else env
    store = open_store(config)
    web = None
    try:
        seed(config, store)
        deliverer = make_deliverer(config, store, env)
        if config.web.enabled:
            from monitor.runtime.webui import BackgroundServer

            web = BackgroundServer(lambda: web_app(config, store), config.web.host, config.web.port)
            web.start()
        if config.cluster is not None:
            from monitor.cluster.scheduler import run_scheduler

            queue = job_queue(config)
            try:
                return run_scheduler(config, queue, delivery=lambda stop: deliverer.run(stop, interval_s=5.0))
            finally:
                queue.close()
        return run(config_path, config, delivery=lambda stop: deliverer.run(stop, interval_s=5.0))
    finally:
        if web is not None:
            web.stop()
        store.close()


def health_settings(config: Config) -> HealthSettings:
    """What /healthz expects of the daemon: its schedules and how late a cycle's checks may come."""
    from monitor.runtime.daemon import child_timeout, schedule_groups
    from monitor.web.health import HealthSettings, Schedule

    schedules = tuple(Schedule(expr, tuple(c.slug for c in cs)) for expr, cs in schedule_groups(config).items())
    return HealthSettings(schedules, grace_s=child_timeout(config) + config.monitor.jitter_seconds + 60)


def web_app(config: Config, store: Store) -> Flask:
    from monitor.web.app import create_app

    return create_app(
        store,
        companies=config.companies,
        web_base_url=config.monitor.web_base_url,
        health_settings=health_settings(config),
    )


def serve(config: Config, host: str | None = None, port: int | None = None) -> None:
    from monitor.web.app import serve as serve_app

    store = open_store(config)
    try:
        serve_app(
            web_app(config, store),
            host=config.web.host if host is None else host,
            port=config.web.port if port is None else port,
        )
    finally:
        store.close()


def notify_test(
    config: Config, env: Mapping[str, str] | None = None, out: TextIO | None = None
) -> list[tuple[str, bool, str]]:
    from monitor.notify.outbox import build_notifiers, send_test

    env = os.environ if env is None else env
    return send_test(config, build_notifiers(config, env, console_stream=out))


# ------------------------------------------------------------------------------------------ cluster


def job_queue(config: Config) -> JobQueue:
    """The cluster's queue, checked reachable (InputError when no `[cluster]` is configured)."""
    from monitor.cluster.queue import JobQueue

    if config.cluster is None:
        raise InputError('no [cluster] in the configuration: add one with queue = "redis://..." (see README.md)')
    queue = JobQueue(config.cluster)
    queue.ping()
    return queue


def run_worker(config_path: Path, config: Config, *, concurrency: int, grace_s: float) -> int:
    from monitor.cluster.worker import run_worker as run

    if config.cluster is None:
        raise InputError("no [cluster] in the configuration: `worker` needs one (see README.md)")
    return run(config_path, config, concurrency=concurrency, grace_s=grace_s)


def enqueue(config: Config, slugs: Sequence[str] | None = None) -> tuple[datetime, int]:
    """Queue one pass over the companies now; its scheduled time (the checks' identity) and its job count."""
    from monitor.cluster.passes import Pass, enqueue_pass

    companies = select_companies(config, slugs)
    queue = job_queue(config)
    assert config.cluster is not None
    try:
        open_store(config).close()  # the companies are in the database before a worker records them
        at = utcnow()
        jobs = enqueue_pass(
            queue,
            Pass("enqueue", at, tuple(c.slug for c in companies)),
            batch_size=config.cluster.batch_size,
            once=False,
        )
        return at, jobs or 0
    finally:
        queue.close()


def cluster_status(config: Config) -> dict:
    from monitor.cluster.status import cluster_status as status
    from monitor.store import Store

    queue = job_queue(config)
    try:
        store = Store.open(config.monitor.database)
        try:
            return status(queue, store)
        finally:
            store.close()
    finally:
        queue.close()
