"""Hostile sites against the fetcher (issue 13): redirects and meta refreshes into private addresses (SSRF),
robots.txt with many companies on one host, oversized compressed bodies, control characters in headers."""

from __future__ import annotations

import contextlib
import gzip

import pytest
from fakes.policy_http import PolicyServer, html_page
from test_fetch import MAX_BODY, run_crawl

POLICY = html_page("Privacy Policy", "We collect your email address to run the service.")
ADMIN = html_page("Admin console", "Internal admin page: secret tokens live here.")


def company(slug: str, url: str, **extra) -> dict:
    return {"slug": slug, "name": slug, "url": url, **extra}


def refresh_to(url: str) -> bytes:
    return f'<html><head><meta http-equiv="refresh" content="0; url={url}"></head><body></body></html>'.encode()


@pytest.fixture(scope="module")
def redirected(tmp_path_factory: pytest.TempPathFactory):
    """127.0.0.1 redirects (302 and meta refresh) to an 'internal' server on 127.0.0.2, and within itself."""
    with PolicyServer("127.0.0.1") as site, PolicyServer("127.0.0.2") as internal:
        internal.route("/admin", body=ADMIN)
        admin = internal.url("/admin")
        site.route("/302", body=b"", statuses=[302], headers={"Location": admin})
        site.route("/refresh", body=refresh_to(admin))
        site.route("/moved", body=b"", statuses=[301], headers={"Location": "/policy"})
        site.route("/policy", body=POLICY)
        bomb = gzip.compress(b"<p>" + b"0" * 30_000_000 + b"</p>", 9)  # 30 MB behind ~30 KB
        site.route("/bomb", body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
        companies = [
            company("bomb", site.url("/bomb")),
            company("via-302", site.url("/302")),
            company("via-refresh", site.url("/refresh")),
            company("via-302-allowed", site.url("/302"), allow_private_redirects=True),
            company("via-refresh-allowed", site.url("/refresh"), allow_private_redirects=True),
            company("same-host", site.url("/moved")),
        ]
        by_company, _summary, stderr = run_crawl(tmp_path_factory.mktemp("redirects"), companies)
        yield by_company, internal, stderr


@pytest.mark.parametrize("slug", ["via-302", "via-refresh"])
def test_a_redirect_to_a_private_address_of_another_host_is_a_failed_check(redirected, slug):
    by_company, _internal, _ = redirected
    (fetched,) = by_company[slug]
    assert fetched["error"] is not None and fetched["error"].startswith("redirected to a private address"), fetched
    assert "127.0.0.2" in fetched["error"]
    assert fetched["body_len"] == 0 and "secret" not in fetched["body"]


@pytest.mark.parametrize("slug", ["via-302-allowed", "via-refresh-allowed"])
def test_with_the_opt_in_the_redirect_is_followed(redirected, slug):
    by_company, internal, _ = redirected
    (fetched,) = by_company[slug]
    assert fetched["error"] is None and fetched["status"] == 200, fetched
    assert fetched["final_url"] == internal.url("/admin") and "Admin console" in fetched["body"]


def test_only_the_opted_in_companies_reached_the_internal_host(redirected):
    _by_company, internal, _ = redirected
    assert len(internal.hits_of("/admin")) == 2  # the two opted-in companies, nothing else
    assert internal.hits_of("/robots.txt") == [] or len(internal.hits_of("/robots.txt")) <= 1


def test_an_oversized_compressed_response_is_too_large(redirected):
    by_company, _internal, _ = redirected
    (fetched,) = by_company["bomb"]
    assert fetched["error"] == f"response larger than {MAX_BODY} bytes (once decompressed)", fetched


def test_a_redirect_within_the_same_host_is_followed(redirected):
    by_company, _internal, _ = redirected
    (fetched,) = by_company["same-host"]
    assert fetched["error"] is None and fetched["final_url"].endswith("/policy") and "email" in fetched["body"]


def test_robots_txt_holds_for_every_company_on_one_host(tmp_path):
    """5 companies on one host, 2 of them disallowed: exactly those 2 are blocked, on 10 hosts out of 10.

    The 10 hosts (one server each) are crawled together: each is the scenario once, racing on its own robots.txt.
    """
    allowed = [f"/policies/{n}" for n in range(3)]
    disallowed = ["/private/a", "/private/b"]
    with contextlib.ExitStack() as stack:
        sites = [stack.enter_context(PolicyServer()) for _ in range(10)]
        companies = []
        for h, site in enumerate(sites):
            site.route(
                "/robots.txt", body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}
            )
            for i, path in enumerate(allowed + disallowed):
                site.route(path, body=POLICY)
                companies.append(company(f"h{h}-c{i}", site.url(path)))
        by_company, _summary, _ = run_crawl(tmp_path, companies)
        hits = [{p: len(site.hits_of(p)) for p in allowed + disallowed} for site in sites]
    for h in range(10):
        results = {i: by_company[f"h{h}-c{i}"][0] for i in range(5)}
        blocked = sorted(i for i, f in results.items() if f["error"] == "blocked by robots.txt")
        assert blocked == [3, 4], (h, results)
        assert all(results[i]["status"] == 200 for i in range(3)), (h, results)
        assert hits[h] == {**dict.fromkeys(allowed, 1), **dict.fromkeys(disallowed, 0)}, h
