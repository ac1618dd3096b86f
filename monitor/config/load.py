"""Read config.toml once, validate every key, and return typed, frozen settings (or one clear ConfigError)."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from apscheduler.triggers.cron import CronTrigger

from monitor.config.settings import (
    ClusterSettings,
    Company,
    Config,
    MonitorSettings,
    SlackSettings,
    Subscriber,
    WebhookSettings,
    WebSettings,
)
from monitor.domain.documents import DEFAULT_DOCUMENT, DOCUMENT_TYPES, RENDER_MODES, unit_key
from monitor.domain.values import CATEGORIES, Severity
from monitor.errors import ConfigError

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

#: Every key, its type and its help: the README's configuration table is checked against this by a test.
MONITOR_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "database": (str, "SQLite path (relative to the config file) or a SQLAlchemy URL (postgresql://...)"),
    "database_env": (str, "name of an environment variable holding the database URL (keeps its password out)"),
    "schedule": (str, "crontab of checks (5 fields, or 6 with seconds first); a company may override it"),
    "timeout_seconds": ((int, float), "per-request timeout of a fetch"),
    "analysis_timeout_seconds": ((int, float), "longest analysis of one fetched page; longer is a failed check"),
    "web_base_url": (str, "root of the web UI, used for links inside alerts"),
    "user_agent": (str, "User-Agent of the fetcher; keep a contact in it"),
    "max_body_bytes": (int, "largest response body accepted; bigger ones are a failed check"),
    "retries": (int, "retries (with backoff) of transient fetch errors"),
    "jitter_seconds": (int, "random delay added to each scheduled run"),
    "failure_threshold": (int, "consecutive failed checks before a 'cannot read this policy' alert"),
    "collapse_ratio": ((int, float), "extracted text shorter than this fraction of the last is a failed capture"),
    "delivery_wait_seconds": ((int, float), "how long `check` waits to deliver its alerts before exiting"),
    "flip_flop_days": (
        (int, float),
        "a change back to a version seen within this many days is a flip-flop: recorded, not alerted",
    ),
    "per_domain_concurrency": (int, "requests at once to one host (politeness; raise it for a local benchmark)"),
    "download_delay_seconds": ((int, float), "pause between two requests to the same host"),
    "full_fetch_every": (int, "at least every this many checks the page is fetched without If-None-Match"),
    "analysis_workers": (int, "worker processes reading pages at once when many need reading"),
    "unchanged_batch_rows": (int, "unchanged checks written in one transaction (1: each in its own)"),
}
COMPANY_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "slug": (str, "short unique id: lower-case letters, digits, - and _"),
    "name": (str, "display name"),
    "url": (str, "live URL of the privacy policy (http or https)"),
    "seed": (str, "baseline policy file, relative to the config file (optional)"),
    "select": (str, "CSS selector of the policy body (optional; found automatically otherwise)"),
    "remove": (list, "CSS selectors removed before extraction (optional)"),
    "schedule": (str, "crontab overriding [monitor] schedule for this company (optional)"),
    "respect_robots": (bool, "obey robots.txt (default true)"),
    "allow_private_redirects": (bool, "follow redirects to private addresses of another host (default false)"),
    "type": (str, "document type of the company's one-URL form (default privacy_policy)"),
    "render": (str, "never (default), auto or always: read the page in headless Chromium"),
    "documents": (list, "more documents of the company ([[companies.documents]])"),
}
#: Keys of one `[[companies.documents]]` entry (all but `url` optional).
DOCUMENT_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "type": (str, "privacy_policy, cookie_policy, regional_notice, subprocessors, dpa or terms_of_service"),
    "name": (str, "name of the document within its company (default: its type); unique per company"),
    "url": (str, "live URL of the document (http or https)"),
    "seed": (str, "baseline file of the document, relative to the config file (optional)"),
    "select": (str, "CSS selector of the document body (optional)"),
    "remove": (list, "CSS selectors removed before extraction (optional)"),
    "schedule": (str, "crontab for this document (default: the company's, else [monitor] schedule)"),
    "respect_robots": (bool, "obey robots.txt (default: the company's, true)"),
    "render": (str, "never (default), auto (only when the plain page holds no policy) or always"),
    "allow_private_redirects": (bool, "follow redirects to private addresses of another host (default: the company's)"),
}
SLACK_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "token_env": (str, "name of the environment variable holding the bot token (xoxb-...)"),
    "base_url": (str, "Slack Web API root (for proxies and tests)"),
}
SUBSCRIBER_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "name": (str, "unique name of the subscriber"),
    "channel": (str, "Slack channel posted to with the bot token"),
    "webhook_env": (str, "name of the environment variable holding an incoming-webhook URL"),
    "companies": (list, 'slugs followed, or ["*"] for all (default ["*"])'),
    "min_severity": (str, "least severity alerted: none, cosmetic, minor, major (default), critical"),
    "categories": (list, "only changes touching one of these categories (default: any)"),
    "failure_alerts": (bool, "also alert when a policy cannot be read N times in a row (default false)"),
}
WEB_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "enabled": (bool, "`run` also serves the web UI (default true)"),
    "host": (str, "address the web UI listens on (default 127.0.0.1)"),
    "port": (int, "port of the web UI (default 8080; 0 picks a free one)"),
}
WEBHOOK_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "url_env": (str, "name of the environment variable holding the URL events are POSTed to"),
    "secret_env": (str, "name of the environment variable holding the HMAC-SHA256 signing secret"),
    "name": (str, "unique name of the webhook (default: its url_env)"),
    "companies": (list, 'slugs followed, or ["*"] for all (default ["*"])'),
    "min_severity": (str, "least severity sent: none, cosmetic, minor, major (default), critical"),
    "categories": (list, "only changes touching one of these categories (default: any)"),
    "failure_alerts": (bool, "also send policy.failing / policy.recovered events (default false)"),
}
CLUSTER_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "queue": (str, "Redis URL of the job queue, e.g. redis://127.0.0.1:6379/0 (required; needs a PostgreSQL database)"),
    "namespace": (str, "prefix of every Redis key of this monitor (default policy-monitor)"),
    "batch_size": (int, "companies per queued job; each job is one Scrapy crawl in a child process (default 20)"),
    "worker_timeout_seconds": (
        (int, float),
        "a worker silent this long is taken for dead and its jobs go to another worker (default 60)",
    ),
}
TOP_KEYS = {"monitor", "companies", "slack", "subscribers", "web", "webhooks", "cluster"}


def load_config(path: str | Path) -> Config:
    """Read and validate a config file. Raises ConfigError naming the file, line and key on any problem."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found (pass --config PATH)", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read file: {exc}", path=path) from exc
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise ConfigError(f"not valid TOML: {exc}", path=path, line=line) from None
    return _Validator(path, source).config(data)


def _line_from_message(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


class _Validator:
    def __init__(self, path: Path, source: str):
        self.path = path
        self.base = path.resolve().parent
        self.lines = source.splitlines()

    # -- helpers -------------------------------------------------------------------------------

    def line(self, table: str, key: str | None, index: int = 0) -> int | None:
        """Best-effort line number of `key` inside the index-th `[table]` / `[[table]]`."""
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
        any_header = re.compile(r"^\s*\[")
        seen, start = -1, None
        for no, text in enumerate(self.lines, 1):
            if header.match(text):
                seen += 1
                if seen == index:
                    start = no
                    if key is None:
                        return no
                    continue
            elif start is not None and any_header.match(text):
                break
            if start is not None and key and re.match(r"^\s*" + re.escape(key) + r"\s*=", text):
                return no
        return start

    def fail(self, message: str, table: str, key: str | None = None, index: int = 0) -> ConfigError:
        label = table if key is None else f"{table}.{key}"
        if table in ("companies", "subscribers", "webhooks"):
            label = f"{table}[{index}]" + (f".{key}" if key else "")
        return ConfigError(message, path=self.path, key=label, line=self.line(table, key, index))

    def check_keys(self, table: str, data: Any, spec: dict, index: int = 0) -> dict:
        if not isinstance(data, dict):
            raise self.fail("must be a table", table, None, index)
        for key, value in data.items():
            if key not in spec:
                known = ", ".join(spec)
                raise self.fail(f"unknown key {key!r} (known keys: {known})", table, key, index)
            expected, _ = spec[key]
            if isinstance(value, bool) and expected in (int, (int, float)):
                raise self.fail(f"must be a number, not {value!r}", table, key, index)
            if not isinstance(value, expected):
                names = expected.__name__ if isinstance(expected, type) else " or ".join(t.__name__ for t in expected)
                raise self.fail(f"must be of type {names}, not {type(value).__name__}", table, key, index)
        return data

    def crontab(self, expr: str, table: str, key: str, index: int = 0) -> str:
        try:
            trigger = cron_trigger(expr, timezone="UTC")
        except ValueError as exc:
            raise self.fail(f"bad crontab {expr!r}: {exc}", table, key, index) from None
        from datetime import UTC, datetime

        if trigger.get_next_fire_time(None, datetime.now(UTC)) is None:
            raise self.fail(f"crontab {expr!r} never fires", table, key, index)
        return expr

    # -- sections ------------------------------------------------------------------------------

    def config(self, data: dict) -> Config:
        for key in data:
            if key not in TOP_KEYS:
                raise ConfigError(
                    f"unknown top-level key {key!r} (known: {', '.join(sorted(TOP_KEYS))})",
                    path=self.path,
                    key=key,
                    line=self.line(key, None),
                )
        monitor = self.monitor(data.get("monitor", {}))
        companies_data = data.get("companies", [])
        if not isinstance(companies_data, list):
            raise ConfigError("must be an array of tables ([[companies]])", path=self.path, key="companies")
        if not companies_data:
            raise ConfigError(
                "no [[companies]] to monitor: add at least one (slug, name, url)", path=self.path, key="companies"
            )
        companies = tuple(doc for i, c in enumerate(companies_data) for doc in self.company(c, i))
        seen: set[str] = set()
        for i, entry in enumerate(companies_data):
            if entry["slug"] in seen:
                raise self.fail(f"duplicate slug {entry['slug']!r}", "companies", "slug", i)
            seen.add(entry["slug"])
        slack = self.slack(data["slack"]) if "slack" in data else None
        subs_data = data.get("subscribers", [])
        if not isinstance(subs_data, list):
            raise ConfigError("must be an array of tables ([[subscribers]])", path=self.path, key="subscribers")
        subscribers = tuple(self.subscriber(s, i, seen) for i, s in enumerate(subs_data))
        names: set[str] = set()
        for i, sub in enumerate(subscribers):
            if sub.name in names:
                raise self.fail(f"duplicate subscriber name {sub.name!r}", "subscribers", "name", i)
            names.add(sub.name)
        web = self.web(data["web"]) if "web" in data else WebSettings()
        if "web_base_url" not in data.get("monitor", {}) and web.port:
            monitor = replace(monitor, web_base_url=web_root(web))  # alert links point where `run` serves
        hooks_data = data.get("webhooks", [])
        if not isinstance(hooks_data, list):
            raise ConfigError("must be an array of tables ([[webhooks]])", path=self.path, key="webhooks")
        webhooks = tuple(self.webhook(h, i, seen) for i, h in enumerate(hooks_data))
        hook_names: set[str] = set()
        for i, hook in enumerate(webhooks):
            if hook.name in hook_names:
                raise self.fail(f"duplicate webhook name {hook.name!r}", "webhooks", "name", i)
            hook_names.add(hook.name)
        cluster = self.cluster(data["cluster"], monitor) if "cluster" in data else None
        return Config(
            path=self.path,
            monitor=monitor,
            companies=companies,
            slack=slack,
            subscribers=subscribers,
            web=web,
            webhooks=webhooks,
            cluster=cluster,
        )

    def monitor(self, data: Any) -> MonitorSettings:
        data = dict(self.check_keys("monitor", data, MONITOR_KEYS))
        if "database_env" in data:
            data["database"] = self.database(self.database_from_env(data, data.pop("database_env")), "database_env")
        else:
            data["database"] = self.database(data.get("database", "data/policy-monitor.sqlite3"))
        if "schedule" in data:
            self.crontab(data["schedule"], "monitor", "schedule")
        positive = (
            "timeout_seconds",
            "analysis_timeout_seconds",
            "max_body_bytes",
            "failure_threshold",
            "delivery_wait_seconds",
            "per_domain_concurrency",
            "flip_flop_days",
            "full_fetch_every",
            "unchanged_batch_rows",
            "analysis_workers",
        )
        for key in positive:
            if key in data and data[key] <= 0:
                raise self.fail("must be greater than 0", "monitor", key)
        for key in ("retries", "jitter_seconds", "download_delay_seconds"):
            if key in data and data[key] < 0:
                raise self.fail("must not be negative", "monitor", key)
        if "collapse_ratio" in data and not 0 <= data["collapse_ratio"] < 1:
            raise self.fail("must be between 0 and 1", "monitor", "collapse_ratio")
        if "web_base_url" in data:
            self.url(data["web_base_url"], "monitor", "web_base_url")
            data["web_base_url"] = data["web_base_url"].rstrip("/")
        if "user_agent" in data and not data["user_agent"].strip():
            raise self.fail("must not be empty", "monitor", "user_agent")
        for key in ("timeout_seconds", "analysis_timeout_seconds"):
            if key in data:
                data[key] = float(data[key])
        known = {f.name for f in fields(MonitorSettings)}
        return MonitorSettings(**{k: v for k, v in data.items() if k in known})

    def database_from_env(self, data: dict[str, Any], name: str) -> str:
        if "database" in data:
            raise self.fail("give either database or database_env, not both", "monitor", "database_env")
        if not ENV_NAME_RE.match(name):
            raise self.fail(f"not an environment variable name: {name!r}", "monitor", "database_env")
        value = os.environ.get(name, "").strip()
        if not value:
            raise self.fail(f"the environment variable {name} is not set", "monitor", "database_env")
        return value

    def database(self, value: str, key: str = "database") -> str:
        if not value.strip():
            raise self.fail("must not be empty", "monitor", key)
        if "://" in value:
            import sqlalchemy as sa  # only for a URL: a command that reads no database does not load it

            try:  # the URL may hold a password: never quoted in the message
                sa.make_url(value).port  # noqa: B018 -- parsing the port is the check
            except ValueError as exc:
                why = f" (bad port: {exc})" if "int()" in str(exc) else ""
                raise self.fail(
                    f"not a valid database URL{why}; expected sqlite:///PATH or postgresql://USER@HOST:PORT/NAME",
                    "monitor",
                    key,
                ) from None
            except sa.exc.ArgumentError:
                raise self.fail(
                    "not a valid database URL; expected sqlite:///PATH or postgresql://USER@HOST:PORT/NAME",
                    "monitor",
                    key,
                ) from None
        if "://" in value:
            scheme = value.split("://", 1)[0]
            if not (scheme.startswith("sqlite") or scheme.startswith("postgres")):
                raise self.fail(f"unsupported database URL scheme {scheme!r} (sqlite or postgresql)", "monitor", key)
            if scheme.startswith("postgres") and not scheme.startswith("postgresql"):
                value = "postgresql" + value[len(scheme) :]
            if value.startswith("sqlite:///") and not value.startswith("sqlite:////"):
                rel = value[len("sqlite:///") :]
                if rel and rel != ":memory:":
                    value = "sqlite:///" + str((self.base / rel).resolve())
            return value
        return "sqlite:///" + str((self.base / value).resolve())

    def url(self, value: str, table: str, key: str, index: int = 0) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise self.fail(f"not an http(s) URL: {value!r}", table, key, index)
        if any(ch.isspace() for ch in value) or not re.fullmatch(r"[A-Za-z0-9.\-\[\]:_]+", parts.hostname):
            raise self.fail(f"not a valid URL (bad host or a space in it): {value!r}", table, key, index)
        try:
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise self.fail(f"not a valid URL (bad port): {value!r}", table, key, index) from None
        return value

    def company(self, data: Any, i: int) -> list[Company]:
        """The documents of one `[[companies]]` entry: its one-URL form (if `url` is set), then `documents`."""
        data = self.check_keys("companies", data, COMPANY_KEYS, i)
        for key in ("slug", "name"):
            if key not in data:
                raise self.fail(f"missing required key {key!r}", "companies", key, i)
        slug = data["slug"]
        if not SLUG_RE.match(slug):
            raise self.fail(f"bad slug {slug!r}: use lower-case letters, digits, - and _", "companies", "slug", i)
        if not data["name"].strip():
            raise self.fail("must not be empty", "companies", "name", i)
        extra = data.get("documents", [])
        if "url" not in data and not extra:
            raise self.fail("missing required key 'url' (or a [[companies.documents]] list)", "companies", "url", i)
        if "url" not in data:
            stray = [k for k in ("seed", "select", "remove", "type", "render") if k in data]
            if stray:
                raise self.fail(
                    f"{stray[0]!r} belongs to a document: without a company 'url', set it in [[companies.documents]]",
                    "companies",
                    stray[0],
                    i,
                )
        inherited = {k: data[k] for k in ("schedule", "respect_robots", "allow_private_redirects") if k in data}
        docs: list[Company] = []
        if "url" in data:
            own = {k: v for k, v in data.items() if k in DOCUMENT_KEYS and k != "name"}  # "name": the company's
            docs.append(self.document(slug, data["name"].strip(), own, "companies", i))
        for doc_data in extra:
            doc_data = self.check_keys("companies", doc_data, DOCUMENT_KEYS, i)
            if "url" not in doc_data:
                raise self.fail("a document needs its 'url'", "companies", "documents", i)
            docs.append(self.document(slug, data["name"].strip(), inherited | doc_data, "companies", i))
        names: set[str] = set()
        for doc in docs:
            if doc.document in names:
                raise self.fail(
                    f"two documents named {doc.document!r}: give one a distinct 'name'", "companies", "documents", i
                )
            names.add(doc.document)
        return docs

    def document(self, slug: str, name: str, data: dict, table: str, i: int) -> Company:
        """One document (the unit that is fetched and checked) of company `slug`."""
        self.url(data["url"], table, "url", i)
        doc_type = data.get("type", DEFAULT_DOCUMENT)
        if doc_type not in DOCUMENT_TYPES:
            known = ", ".join(DOCUMENT_TYPES)
            raise self.fail(f"unknown document type {doc_type!r} (known: {known})", table, "type", i)
        document = data.get("name", doc_type)
        if not SLUG_RE.match(document):
            why = "use lower-case letters, digits, - and _"
            raise self.fail(f"bad document name {document!r}: {why}", table, "name", i)
        render = data.get("render", "never")
        if render not in RENDER_MODES:
            raise self.fail(f"must be one of: {', '.join(RENDER_MODES)}", table, "render", i)
        seed = None
        if "seed" in data:
            seed = (self.base / data["seed"]).resolve()
            if not seed.is_file():
                raise self.fail(f"seed file not found: {seed}", table, "seed", i)
            try:
                seed.read_bytes()[:0].decode()
            except OSError as exc:
                raise self.fail(f"seed file unreadable: {exc}", table, "seed", i) from exc
        remove = data.get("remove", [])
        if not all(isinstance(r, str) and r.strip() for r in remove):
            raise self.fail("must be a list of CSS selectors (strings)", table, "remove", i)
        for key, selectors in (("select", [data["select"]] if "select" in data else []), ("remove", remove)):
            for selector in selectors:
                if not _valid_css(selector):
                    raise self.fail(f"not a valid CSS selector: {selector!r}", table, key, i)
        if "schedule" in data:
            self.crontab(data["schedule"], table, "schedule", i)
        return Company(
            slug=unit_key(slug, document),
            name=name,
            url=data["url"],
            seed=seed,
            select=data.get("select"),
            remove=tuple(remove),
            schedule=data.get("schedule"),
            respect_robots=data.get("respect_robots", True),
            document=document,
            doc_type=doc_type,
            render=render,
            allow_private_redirects=data.get("allow_private_redirects", False),
        )

    def slack(self, data: Any) -> SlackSettings:
        data = self.check_keys("slack", data, SLACK_KEYS)
        token_env = data.get("token_env", "SLACK_BOT_TOKEN")
        if not ENV_NAME_RE.match(token_env):
            raise self.fail(
                f"not an environment variable name: {token_env!r} (put the token in the environment, not in this file)",
                "slack",
                "token_env",
            )
        base_url = data.get("base_url", "https://slack.com/api/")
        self.url(base_url, "slack", "base_url")
        if not base_url.endswith("/"):
            base_url += "/"
        return SlackSettings(token_env=token_env, base_url=base_url)

    def cluster(self, data: Any, monitor: MonitorSettings) -> ClusterSettings:
        data = self.check_keys("cluster", data, CLUSTER_KEYS)
        if "queue" not in data:
            raise self.fail("missing required key 'queue' (e.g. redis://127.0.0.1:6379/0)", "cluster")
        queue = data["queue"]
        parts = urlsplit(queue)
        if parts.scheme not in ("redis", "rediss", "unix") or (parts.scheme != "unix" and not parts.hostname):
            raise self.fail(f"not a Redis URL (redis://host:port/db): {queue!r}", "cluster", "queue")
        if not monitor.database.startswith("postgresql"):
            raise ConfigError(
                "a [cluster] needs a PostgreSQL database that every machine reaches "
                f'(database = "postgresql://..."), not {monitor.database.split(":", 1)[0]!r}',
                path=self.path,
                key="monitor.database",
                line=self.line("monitor", "database") or self.line("cluster", "queue"),
            )
        namespace = data.get("namespace", "policy-monitor")
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", namespace):
            raise self.fail("use 1-64 letters, digits, '.', '_' or '-'", "cluster", "namespace")
        if data.get("batch_size", 1) < 1:
            raise self.fail("must be at least 1", "cluster", "batch_size")
        if data.get("worker_timeout_seconds", 1) <= 0:
            raise self.fail("must be greater than 0", "cluster", "worker_timeout_seconds")
        return ClusterSettings(
            queue=queue,
            namespace=namespace,
            batch_size=data.get("batch_size", 20),
            worker_timeout_seconds=float(data.get("worker_timeout_seconds", 60.0)),
        )

    def subscriber(self, data: Any, i: int, slugs: set[str]) -> Subscriber:
        data = self.check_keys("subscribers", data, SUBSCRIBER_KEYS, i)
        if "name" not in data:
            raise self.fail("missing required key 'name'", "subscribers", "name", i)
        if "channel" not in data and "webhook_env" not in data:
            raise self.fail("needs a 'channel' (bot token) or a 'webhook_env'", "subscribers", None, i)
        if "webhook_env" in data and not ENV_NAME_RE.match(data["webhook_env"]):
            raise self.fail(
                f"not an environment variable name: {data['webhook_env']!r} (put the webhook "
                "URL in the environment, not in this file)",
                "subscribers",
                "webhook_env",
                i,
            )
        companies, severity, categories = self.filters("subscribers", data, i, slugs)
        return Subscriber(
            name=data["name"],
            channel=data.get("channel"),
            webhook_env=data.get("webhook_env"),
            companies=tuple(companies),
            min_severity=severity,
            categories=tuple(categories),
            failure_alerts=data.get("failure_alerts", False),
        )

    def web(self, data: Any) -> WebSettings:
        data = self.check_keys("web", data, WEB_KEYS)
        host = data.get("host", "127.0.0.1")
        if not host.strip() or any(ch.isspace() for ch in host):
            raise self.fail(f"not a host address: {host!r}", "web", "host")
        port = data.get("port", 8080)
        if not 0 <= port <= 65535:
            raise self.fail("must be a port number between 0 and 65535", "web", "port")
        return WebSettings(enabled=data.get("enabled", True), host=host, port=port)

    def webhook(self, data: Any, i: int, slugs: set[str]) -> WebhookSettings:
        data = self.check_keys("webhooks", data, WEBHOOK_KEYS, i)
        for key in ("url_env", "secret_env"):
            if key not in data:
                raise self.fail(f"missing required key {key!r}", "webhooks", key, i)
            if not ENV_NAME_RE.match(data[key]):
                raise self.fail(
                    f"not an environment variable name: {data[key]!r} (put the value in the environment, "
                    "not in this file)",
                    "webhooks",
                    key,
                    i,
                )
        name = data.get("name", data["url_env"])
        if not name.strip():
            raise self.fail("must not be empty", "webhooks", "name", i)
        companies, severity, categories = self.filters("webhooks", data, i, slugs)
        return WebhookSettings(
            url_env=data["url_env"],
            secret_env=data["secret_env"],
            name=name,
            companies=companies,
            min_severity=severity,
            categories=categories,
            failure_alerts=data.get("failure_alerts", False),
        )

    def filters(
        self, table: str, data: dict, i: int, slugs: set[str]
    ) -> tuple[tuple[str, ...], Severity, tuple[str, ...]]:
        """The companies, min_severity and categories of a subscriber or webhook, validated."""
        companies = data.get("companies", ["*"])
        for slug in companies:
            if not isinstance(slug, str):
                raise self.fail("must be a list of company slugs", table, "companies", i)
            if slug != "*" and slug not in slugs:
                raise self.fail(f"unknown company {slug!r}", table, "companies", i)
        try:
            severity = Severity(data.get("min_severity", "major"))
        except ValueError:
            allowed = ", ".join(s.value for s in Severity)
            raise self.fail(f"must be one of: {allowed}", table, "min_severity", i) from None
        categories = data.get("categories", [])
        for cat in categories:
            if cat not in CATEGORIES:
                raise self.fail(f"unknown category {cat!r} (known: {', '.join(CATEGORIES)})", table, "categories", i)
        return tuple(companies), severity, tuple(categories)


def web_root(web: WebSettings) -> str:
    """The URL of the web UI that `run` serves (a wildcard address is reached on the loopback)."""
    host = "127.0.0.1" if web.host in ("0.0.0.0", "::", "*") else web.host
    return f"http://{f'[{host}]' if ':' in host else host}:{web.port}"


def cron_trigger(expr: str, **kwargs: Any) -> CronTrigger:
    """A CronTrigger from a 5-field crontab, or 6 fields with seconds first. Raises ValueError.

    Crontab semantics are kept: day-of-week 0 and 7 are Sunday (APScheduler itself counts 0 as Monday).
    """
    parts = expr.split()
    if len(parts) == 5:
        parts = ["0", *parts]
    elif len(parts) != 6:
        raise ValueError(f"expected 5 fields (or 6 with seconds first), got {len(parts)}")
    second, minute, hour, day, month, dow = parts
    return CronTrigger(
        second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=_crontab_weekdays(dow), **kwargs
    )


_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _crontab_weekdays(field: str) -> str:
    """Translate crontab day-of-week numbers (0-7, Sunday = 0 or 7) into names APScheduler reads right."""
    if field in ("*", "?"):
        return "*"
    days: list[str] = []
    for part in field.split(","):
        span, _, step_text = part.partition("/")
        step = int(step_text) if step_text.isdigit() else 1
        if step_text and not step_text.isdigit():
            raise ValueError(f"bad day-of-week step in {part!r}")
        if span == "*":
            low, high = 0, 6
        elif span.isdigit():
            low = int(span)
            high = 6 if step_text else low
        elif "-" in span and all(x.isdigit() for x in span.split("-", 1)):
            low, high = (int(x) for x in span.split("-", 1))
        else:
            days.append(part)  # names such as "mon-fri" mean the same to both
            continue
        if not (0 <= low <= 7 and 0 <= high <= 7 and low <= high) or step < 1:
            raise ValueError(f"day-of-week {part!r} out of range 0-7")
        days.extend(_WEEKDAYS[n] for n in range(low, high + 1, step))
    return ",".join(dict.fromkeys(days))


def _valid_css(selector: str) -> bool:
    from cssselect import GenericTranslator, SelectorError  # a Scrapy (parsel) dependency

    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError:
        return False
    return True
