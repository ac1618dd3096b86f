"""Fetching: one real Scrapy crawl (in a child process) over a local server scripted with every scenario."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from fakes.policy_http import PolicyServer, Route, html_page

from spiders.middlewares import parse_retry_after

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

CONTACT = "policy-monitor-tests (+mailto:tests@example.org)"
TIMEOUT_S = 1.5
MAX_BODY = 1_000_000
ROOT = Path(__file__).resolve().parents[1]

# The child runs crawl() once (the reactor cannot restart) and writes one JSON line per on_fetched call.
CHILD = textwrap.dedent("""
    import json, logging, sys, time
    from pathlib import Path
    from monitor.fetch.crawl import crawl
    from monitor.config.settings import Company, MonitorSettings
    logging.basicConfig(level=logging.WARNING)  # as the CLI does
    spec = json.load(sys.stdin)
    out = open(spec["out"], "w")
    import tldextract.suffix_list  # any download of the Public Suffix List is written down, then refused
    find_first_response = tldextract.suffix_list.find_first_response
    def no_download(cache, urls, *args, **kwargs):
        if urls:
            Path(spec["out"] + ".psl-download").write_text("attempted: " + " ".join(urls))
            raise OSError("the tests are offline")
        return find_first_response(cache, urls, *args, **kwargs)
    tldextract.suffix_list.find_first_response = no_download
    def on_fetched(f):
        out.write(json.dumps({
            "company": f.company, "url": f.url, "final_url": f.final_url, "status": f.status,
            "headers": f.headers, "body_len": len(f.body), "body": f.body[:4000].decode("latin-1"),
            "encoding": f.encoding, "duration_s": f.duration_s, "error": f.error,
            "fetched_at": f.fetched_at.isoformat()}) + "\\n")
        out.flush()
        if f.company == "callback-fails":
            raise RuntimeError("a bug in the pipeline")
    companies = [Company(**c) for c in spec["companies"]]
    started = time.monotonic()
    crawl(companies, MonitorSettings(**spec["settings"]), on_fetched, overrides=spec.get("overrides"))
    # VmHWM, not ru_maxrss: Linux carries the parent's (pytest's) high-water mark across fork+exec into
    # ru_maxrss, while VmHWM belongs to this process image alone.
    hwm_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    out.write(json.dumps({"wall_s": time.monotonic() - started, "maxrss_kb": hwm_kb}) + "\\n")
""")


def run_crawl(tmp: Path, companies: list[dict[str, Any]], **settings: Any) -> tuple[dict[str, list], dict, str]:
    """Run one crawl in a child; return the JSON lines by company, the child's summary line and its stderr."""
    out = tmp / "fetched.jsonl"
    spec = {
        "out": str(out),
        "companies": companies,
        "settings": {
            "database": "sqlite://",
            "timeout_seconds": TIMEOUT_S,
            "user_agent": CONTACT,
            "max_body_bytes": MAX_BODY,
            "retries": 2,
            **settings,
        },
        "overrides": {
            "BACKOFF_BASE_SECONDS": 0.2,
            "BACKOFF_BUDGET_SECONDS": 3,
            "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        },  # all scenarios share 127.0.0.1
    }
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps(spec),
        text=True,
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        # an empty tldextract cache: a download of the suffix list would not be skipped thanks to an old cache
        env={**os.environ, "PYTHONPATH": str(ROOT), "TLDEXTRACT_CACHE": str(tmp / "tldextract-cache")},
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    by_company: dict[str, list] = {}
    for line in lines[:-1]:
        by_company.setdefault(line["company"], []).append(line)
    return by_company, lines[-1], proc.stderr


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory):
    """One crawl, many scenarios: each company is a scenario served by the same local server."""
    tmp = tmp_path_factory.mktemp("fetch")
    with PolicyServer() as srv, PolicyServer() as robots_srv:
        srv.route("/robots.txt", body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
        srv.route("/policy", body=html_page("Privacy Policy", "We collect your email."))
        srv.route("/private/policy", body=html_page("Hidden policy", "Robots say no."))
        srv.route(
            "/flaky",
            Route(
                body=html_page("Flaky", "Third time lucky."),
                statuses=[503, 503, 200],
                headers={"Content-Type": "text/html", "Retry-After": "1"},
            ),
        )
        srv.route("/flaky-fast", Route(body=html_page("Flaky", "Backoff."), statuses=[502, 502, 200]))
        srv.route("/always-503", Route(body=b"down for maintenance", statuses=[503]))
        srv.route("/slow", Route(body=html_page("Slow", "zzz"), delay_s=TIMEOUT_S * 3))
        srv.route("/huge", Route(body=b"<html><body>", stream_bytes=60_000_000, declare_length=False))
        srv.route("/huge-declared", Route(body=b"<html><body>", stream_bytes=60_000_000))
        srv.route("/gone", Route(body=b"<h1>Not here</h1>", statuses=[404], headers={"X-Why": "Moved"}))
        srv.route("/old-policy", Route(statuses=[301], headers={"Location": "/login?next=/policy"}))
        srv.route("/login?next=/policy", body=html_page("Sign in", "Please log in."))
        srv.route(
            "/latin1",
            Route(
                body=html_page("Politique", "Données à caractère personnel", charset="iso-8859-1"),
                headers={"Content-Type": "text/html; charset=ISO-8859-1"},
            ),
        )
        srv.route("/echo-ua", body=html_page("UA", "hello"))
        srv.route(
            "/sets-cookie",
            Route(
                body=html_page("Cookies", "We set a session cookie."),
                headers={"Content-Type": "text/html", "Set-Cookie": "sid=1; Domain=127.0.0.1; Path=/"},
            ),
        )
        robots_srv.route("/robots.txt", body=b"User-agent: *\nDisallow: /\n", headers={"Content-Type": "text/plain"})
        robots_srv.route("/policy", body=html_page("Ignored robots", "We do not care about robots."))

        def company(slug: str, url: str, **kw: Any) -> dict[str, Any]:
            return {"slug": slug, "name": slug.title(), "url": url, **kw}

        companies = [
            company("normal", srv.url("/policy")),
            company("robots-blocked", srv.url("/private/policy")),
            company("robots-ignored", robots_srv.url("/policy"), respect_robots=False),
            company("flaky", srv.url("/flaky")),
            company("flaky-fast", srv.url("/flaky-fast")),
            company("always-503", srv.url("/always-503")),
            company("slow", srv.url("/slow")),
            company("huge", srv.url("/huge")),
            company("huge-declared", srv.url("/huge-declared")),
            company("gone", srv.url("/gone")),
            company("redirected", srv.url("/old-policy")),
            company("latin1", srv.url("/latin1")),
            company("echo-ua", srv.url("/echo-ua")),
            company("callback-fails", srv.url("/policy")),
            company("sets-cookie", srv.url("/sets-cookie")),
            company("refused", "http://127.0.0.1:9/policy"),
            company("no-dns", "http://policy.invalid/privacy"),
        ]
        by_company, summary, stderr = run_crawl(tmp, companies)
        yield {
            "srv": srv,
            "robots_srv": robots_srv,
            "by": by_company,
            "summary": summary,
            "stderr": stderr,
            "companies": companies,
        }


def one(crawled: dict, slug: str) -> dict[str, Any]:
    calls = crawled["by"].get(slug, [])
    assert len(calls) == 1, f"{slug}: on_fetched called {len(calls)} times"
    return calls[0]


def test_a_cookie_never_makes_the_crawl_download_the_public_suffix_list(crawled, tmp_path_factory):
    # Scrapy's cookie middleware asks tldextract whether a cookie's domain is a public suffix; by default that
    # downloads the list (no timeout, inside the reactor) the first time. The bundled list must answer.
    got = one(crawled, "sets-cookie")
    assert got["status"] == 200, got["error"]
    fetched = next(tmp_path_factory.getbasetemp().glob("fetch*/fetched.jsonl"))
    assert not Path(str(fetched) + ".psl-download").exists()


def test_every_company_handed_over_exactly_once(crawled):
    assert sorted(crawled["by"]) == sorted(c["slug"] for c in crawled["companies"])
    assert all(len(calls) == 1 for calls in crawled["by"].values())


def test_a_failing_callback_does_not_stop_the_crawl(crawled):
    assert one(crawled, "callback-fails")["status"] == 200
    assert "handling the fetch of callback-fails failed" in crawled["stderr"]
    assert "wall_s" in crawled["summary"]


def test_normal_page(crawled):
    f = one(crawled, "normal")
    assert f["error"] is None and f["status"] == 200
    assert "We collect your email." in f["body"]
    assert f["headers"]["content-type"] == "text/html; charset=utf-8"
    assert f["encoding"] == "utf-8"
    assert f["final_url"] == f["url"] == crawled["srv"].url("/policy")
    assert 0 < f["duration_s"] < TIMEOUT_S
    assert f["fetched_at"].endswith("+00:00")


def test_robots_disallow_is_an_error(crawled):
    f = one(crawled, "robots-blocked")
    assert f["error"] == "blocked by robots.txt" and f["status"] is None
    assert crawled["srv"].hits_of("/private/policy") == []


def test_robots_ignored_when_company_opts_out(crawled):
    f = one(crawled, "robots-ignored")
    assert f["error"] is None and f["status"] == 200
    assert crawled["robots_srv"].hits_of("/robots.txt") == []


def test_retries_503_with_retry_after(crawled):
    f = one(crawled, "flaky")
    assert f["error"] is None and f["status"] == 200 and "Third time lucky." in f["body"]
    hits = crawled["srv"].hits_of("/flaky")
    assert len(hits) == 3
    gaps = [b.at - a.at for a, b in itertools.pairwise(hits)]
    assert all(gap >= 0.95 for gap in gaps), gaps  # Retry-After: 1 honoured over the 0.2 s base backoff


def test_retries_back_off_exponentially(crawled):
    f = one(crawled, "flaky-fast")
    assert f["status"] == 200
    hits = crawled["srv"].hits_of("/flaky-fast")
    gaps = [b.at - a.at for a, b in itertools.pairwise(hits)]
    assert len(gaps) == 2
    assert gaps[0] >= 0.14 and gaps[1] >= 0.29, gaps  # ≥ 0.2 s then ≥ 0.4 s, less 25 % jitter


def test_retries_exhausted_keeps_the_last_response(crawled):
    f = one(crawled, "always-503")
    assert f["status"] == 503 and f["body"] == "down for maintenance"
    assert len(crawled["srv"].hits_of("/always-503")) == 3  # 1 + retries


def test_timeout_is_an_error(crawled):
    f = one(crawled, "slow")
    assert f["error"] == f"timed out after {TIMEOUT_S:g} s"
    assert f["status"] is None


@pytest.mark.parametrize("slug", ["huge", "huge-declared"])
def test_body_over_the_limit_is_an_error_with_bounded_memory(crawled, slug):
    f = one(crawled, slug)
    assert f["error"] == f"response larger than {MAX_BODY} bytes"
    assert f["body_len"] == 0
    # 60 MB were on offer; the child never held them (Scrapy + Python alone is ~80 MB).
    assert crawled["summary"]["maxrss_kb"] < 125_000, crawled["summary"]


def test_http_error_reaches_the_monitor(crawled):
    f = one(crawled, "gone")
    assert f["error"] is None and f["status"] == 404
    assert f["body"] == "<h1>Not here</h1>" and f["headers"]["x-why"] == "Moved"


def test_redirect_to_login_is_visible_in_final_url(crawled):
    f = one(crawled, "redirected")
    assert f["url"] == crawled["srv"].url("/old-policy")
    assert f["final_url"] == crawled["srv"].url("/login?next=/policy")
    assert f["status"] == 200 and "Please log in." in f["body"]


def test_latin1_page_reports_its_encoding(crawled):
    f = one(crawled, "latin1")
    assert f["encoding"] in ("cp1252", "latin-1", "iso8859-1")
    assert "Données à caractère" in f["body"].encode("latin-1").decode(f["encoding"])


def test_user_agent_carries_the_contact(crawled):
    one(crawled, "echo-ua")
    (hit,) = crawled["srv"].hits_of("/echo-ua")
    assert hit.headers["user-agent"] == CONTACT
    robots = crawled["srv"].hits_of("/robots.txt")
    assert len(robots) == 1 and robots[0].headers["user-agent"] == CONTACT


def test_connection_refused_and_dns_errors(crawled):
    assert one(crawled, "refused")["error"] == "connection refused by 127.0.0.1"
    assert one(crawled, "no-dns")["error"] == "DNS lookup failed for policy.invalid"


def test_parse_retry_after():
    from datetime import UTC, datetime

    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(b"7") == 7.0
    assert parse_retry_after(b"Wed, 01 Jan 2025 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after(b"soon") is None and parse_retry_after(None) is None
