"""The validated configuration as typed, frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from monitor.domain.documents import DEFAULT_DOCUMENT, DEFAULT_RENDER, document_title, split_key
from monitor.domain.values import Severity


@dataclass(frozen=True)
class Company:
    """One document of a company, the unit that is fetched, checked and stored.

    `slug` is the unit key (`monitor.domain.documents.unit_key`): the company's slug for its privacy
    policy, ``slug.document`` for its other documents.
    """

    slug: str
    name: str
    url: str
    seed: Path | None = None
    select: str | None = None
    remove: tuple[str, ...] = ()
    schedule: str | None = None  # overrides MonitorSettings.schedule
    respect_robots: bool = True
    document: str = DEFAULT_DOCUMENT  # the document's name within its company (defaults to its type)
    doc_type: str = DEFAULT_DOCUMENT  # one of monitor.domain.documents.DOCUMENT_TYPES
    render: str = DEFAULT_RENDER  # "never" | "auto" | "always"

    @property
    def company(self) -> str:
        """The slug of the company this document belongs to."""
        return split_key(self.slug)[0]

    @property
    def label(self) -> str:
        """The company's name, with the document's title unless it is the privacy policy."""
        if self.document == DEFAULT_DOCUMENT:
            return self.name
        return f"{self.name} ({document_title(self.document, self.doc_type)})"

    allow_private_redirects: bool = False  # follow redirects to loopback/private addresses of another host


def follows(companies: tuple[str, ...], slug: str) -> bool:
    """Whether a `companies` filter (slugs, or "*") takes `slug`: a company or one of its documents (a unit key)."""
    return "*" in companies or slug in companies or split_key(slug)[0] in companies


@dataclass(frozen=True, kw_only=True)
class AlertFilter:
    """Which events a subscriber or a webhook is told about (`monitor.notify.routing.wants`)."""

    companies: tuple[str, ...] = ("*",)
    min_severity: Severity = Severity.MAJOR
    categories: tuple[str, ...] = ()  # empty: any category
    failure_alerts: bool = False

    def follows(self, slug: str) -> bool:
        return follows(self.companies, slug)


@dataclass(frozen=True)
class Subscriber(AlertFilter):
    name: str
    channel: str | None = None  # Slack channel for the bot token (chat.postMessage)
    webhook_env: str | None = None  # name of an env var holding an incoming-webhook URL


@dataclass(frozen=True)
class SlackSettings:
    token_env: str = "SLACK_BOT_TOKEN"
    base_url: str = "https://slack.com/api/"


@dataclass(frozen=True)
class MonitorSettings:
    database: str  # a SQLAlchemy URL (relative sqlite paths already resolved against the config file)
    schedule: str = "0 */6 * * *"
    timeout_seconds: float = 30.0
    analysis_timeout_seconds: float = 30.0  # budget for analysing one fetched page (assess + classify)
    web_base_url: str = "http://127.0.0.1:8080"
    user_agent: str = "policy-monitor/0.1 (+https://github.com/policy-monitor; privacy-monitor@example.org)"
    max_body_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    jitter_seconds: int = 60
    failure_threshold: int = 3  # consecutive failed checks before a "cannot read" alert
    collapse_ratio: float = 1 / 3  # new text shorter than this fraction of the last one is a failed capture
    delivery_wait_seconds: float = 20.0  # how long `check` waits to deliver its alerts before exiting
    flip_flop_days: float = 7.0  # back to a version seen this recently: a flip-flop (recorded, not alerted)
    per_domain_concurrency: int = 2  # requests at once to one host (politeness)
    download_delay_seconds: float = 0.25  # pause between requests to one host
    full_fetch_every: int = 24  # at least every this many checks a company's page is fetched unconditionally
    analysis_workers: int = 2  # pages read at once when many need reading (a second worker starts on demand)
    unchanged_batch_rows: int = 100  # unchanged checks written in one transaction (1: each in its own)


@dataclass(frozen=True)
class WebSettings:
    """The web UI that `run` serves beside the daemon (`serve` serves it alone)."""

    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8080


@dataclass(frozen=True)
class WebhookSettings(AlertFilter):
    """An outgoing webhook: signed JSON events POSTed to a URL kept in the environment."""

    url_env: str  # name of the environment variable holding the URL (the URL is a secret)
    secret_env: str  # name of the environment variable holding the HMAC-SHA256 signing secret
    name: str = ""  # defaults to url_env


@dataclass(frozen=True)
class ClusterSettings:
    """`[cluster]`: checks spread over worker processes through a Redis queue (needs PostgreSQL)."""

    queue: str  # redis://host:port/db
    namespace: str = "policy-monitor"  # prefix of every Redis key (several monitors may share one Redis)
    batch_size: int = 20  # companies per queued job (one Scrapy child process per job)
    worker_timeout_seconds: float = 60.0  # a worker silent this long is dead: its jobs go to another worker


@dataclass(frozen=True)
class Config:
    path: Path
    monitor: MonitorSettings
    companies: tuple[Company, ...]
    slack: SlackSettings | None = None
    subscribers: tuple[Subscriber, ...] = ()
    web: WebSettings = WebSettings()
    webhooks: tuple[WebhookSettings, ...] = ()
    cluster: ClusterSettings | None = None  # None: one process checks everything (the default)

    def company(self, slug: str) -> Company | None:
        """The document with this unit key (a bare company slug names its privacy policy)."""
        return next((c for c in self.companies if c.slug == slug), None)

    def documents(self, slug: str) -> tuple[Company, ...]:
        """Every document of the company with this slug, in configuration order."""
        return tuple(c for c in self.companies if c.company == slug)
