"""The web UI and JSON API, in-process with Flask's test client over a real SQLite store."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from flask.testing import FlaskClient
from web_history import (
    ACME_V2,
    SELL_REASON,
    SELL_SUMMARY,
    T0,
    XSS_ATTR,
    XSS_IMG,
    XSS_LINK,
    XSS_SCRIPT,
    History,
    build_history,
)

from monitor.domain.records import ChangeRecord
from monitor.domain.values import Classification, Direction, Severity
from monitor.web import create_app
from monitor.web.chart import build_chart

NOW = T0 + timedelta(days=70)
EXPECTED_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: The one script a page may load: the overview's live updates, a static file of our own (no inline script).
OWN_SCRIPTS = ("/static/live.js",)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    h = build_history(tmp_path_factory.mktemp("web") / "db.sqlite3")
    yield h
    h.store.close()


@pytest.fixture(scope="module")
def client(history: History) -> FlaskClient:
    app = create_app(
        history.store, companies=history.companies, web_base_url="https://monitor.example", clock=lambda: NOW
    )
    return app.test_client()


def html(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:500])
    assert response.mimetype == "text/html"
    return response.text


def rows(page: str) -> list[str]:
    """The company names of the overview table, in order."""
    return re.findall(r'class="company-link"[^>]*>([^<]+)</a>', page)


class _ActiveContent(HTMLParser):
    """Collects what a browser could run: script/img/iframe/object tags, on* handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        own_script = tag == "script" and dict(attrs).get("src") in OWN_SCRIPTS
        if tag in ("script", "img", "iframe", "object", "embed", "base") and not own_script:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag}[{name}]")
            if (
                name in ("href", "src", "action", "formaction")
                and (value or "").strip().lower().startswith(("javascript:", "data:", "vbscript:"))
                and value != "data:,"
            ):
                self.found.append(f"{tag}[{name}={value}]")


def active_content(page: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(page)
    return parser.found


# ---------------------------------------------------------------------------------------------- overview


def test_overview_lists_every_company_with_its_latest_activity(client: FlaskClient) -> None:
    page = html(client, "/")
    assert rows(page) == [
        "Acme Corp",
        "Beta Ltd",
        "Evil &lt;b&gt;Corp&lt;/b&gt;",
        "Gamma &amp; Sons",
        "Zeta (not yet checked)",
    ]
    acme = page[page.index("Acme Corp") : page.index("Beta Ltd")]
    assert '<span class="badge sev-critical">critical</span>' in acme
    assert SELL_SUMMARY in acme
    assert "unchanged" in acme
    assert re.search(r'<td class="num">3</td>', acme)
    assert "never checked" in page[page.index("Zeta") :]


def test_failing_companies_stand_out_with_streak_and_reason(client: FlaskClient) -> None:
    page = html(client, "/")
    beta_row = re.search(r'<tr class="company failing">.*?Beta Ltd.*?</tr>', page, re.S)
    assert beta_row, "Beta's row is not marked failing"
    assert "failing × 3" in beta_row.group(0)
    assert "HTTP 503: &lt;title&gt;Maintenance&lt;/title&gt;" in beta_row.group(0)
    assert "2 failing" in page  # beta (3 errors) and evil (1 error)
    acme_row = re.search(r'<tr class="company">\s*<th scope="row">\s*<a class="company-link"[^>]*>Acme', page)
    assert acme_row, "Acme (last check fine) must not be marked failing"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sort=name&order=desc", ["Zeta", "Gamma", "Evil", "Beta", "Acme"]),
        ("sort=snapshots&order=desc", ["Gamma", "Acme", "Evil", "Beta", "Zeta"]),
        ("sort=snapshots&order=asc", ["Zeta", "Beta", "Evil", "Acme", "Gamma"]),
        ("sort=severity", ["Acme", "Evil", "Gamma", "Beta", "Zeta"]),  # critical, major, major; none last
        ("sort=last_check", ["Gamma", "Acme", "Evil", "Beta", "Zeta"]),  # newest first, never checked last
        ("sort=last_change&order=asc", ["Evil", "Acme", "Gamma", "Beta", "Zeta"]),
    ],
)
def test_overview_sorts_server_side(client: FlaskClient, query: str, expected: list[str]) -> None:
    names = [name.split()[0] for name in rows(html(client, "/?" + query))]
    assert names == expected


def test_sort_headers_are_links_that_flip_the_order(client: FlaskClient) -> None:
    page = html(client, "/?sort=snapshots&order=desc")
    assert 'href="/?sort=snapshots&amp;order=asc"' in page
    assert 'href="/?sort=name&amp;order=asc"' in page
    assert 'aria-sort="descending"' in page
    assert "Bad Request" in html(client, "/?sort=bogus", 400)


# ---------------------------------------------------------------------------------------------- timeline


def test_company_timeline_shows_changes_with_severity_direction_and_diff_links(
    client: FlaskClient, history: History
) -> None:
    v0, v1, v2 = history.acme_snapshots
    page = html(client, "/companies/acme")
    assert "<h1>Acme Corp</h1>" in page
    assert SELL_SUMMARY in page and "Contact details extended" in page
    assert '<span class="badge sev-critical">critical</span>' in page
    assert '<span class="badge sev-minor">minor</span>' in page
    assert "reduces privacy" in page and "improves privacy" in page
    assert "third party sharing" in page
    assert f'href="/companies/acme/diff?from={v1}&amp;to={v2}"' in page
    assert f'href="/companies/acme/diff?from={v0}&amp;to={v1}"' in page
    assert "Baseline snapshot" in page
    # the checks section lists the unchanged check and the two changes
    assert page.count('class="outcome out-changed"') == 2
    assert page.count('class="outcome out-unchanged"') >= 1


def test_material_filter_keeps_only_material_changes(client: FlaskClient) -> None:
    page = html(client, "/companies/acme?material=1")
    assert SELL_SUMMARY in page
    assert "Contact details extended" not in page
    assert "Baseline snapshot" not in page
    assert 'name="material" value="1" checked' in page
    everything = html(client, "/companies/acme")
    assert 'href="/companies/acme?material=1"' in everything


def test_timeline_paginates_fifty_per_page(client: FlaskClient) -> None:
    first = html(client, "/companies/gamma")
    assert first.count('<li class="entry') == 50
    assert "Gamma edit number 60" in first and "Gamma edit number 11" in first
    assert "Gamma edit number 10<" not in first
    assert 'href="/companies/gamma?page=2"' in first and "Page 1 of 2" in first
    second = html(client, "/companies/gamma?page=2")
    assert second.count('<li class="entry') == 11  # 10 changes and the seed
    assert "Gamma edit number 10<" in second and "Baseline snapshot" in second
    assert 'href="/companies/gamma?page=1"' in second
    material = html(client, "/companies/gamma?material=1")
    assert material.count('<li class="entry') == 12  # every fifth change is major
    assert not re.search(r"[?;]page=2", material)  # one page only (the checks have their own pager)
    assert "positive whole number" in html(client, "/companies/gamma?page=abc", 400)
    assert "positive whole number" in html(client, "/companies/gamma?page=" + "9" * 30, 400)
    assert "past the end" in html(client, "/companies/gamma?page=3", 404)


def test_timeline_has_a_server_side_chart_coloured_by_severity(client: FlaskClient) -> None:
    page = html(client, "/companies/acme")
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'class="sev-critical"' in svg and 'class="sev-minor"' in svg
    assert re.search(r"<title>2024-02-\d\d: 1 change, worst critical</title>", svg)
    assert "<script" not in svg and "style=" not in svg


def test_configured_company_without_history_has_a_page(client: FlaskClient) -> None:
    page = html(client, "/companies/zeta")
    assert "Zeta (not yet checked)" in page and "No snapshot yet." in page
    assert "No company with the slug" in html(client, "/companies/nobody", 404)


# ---------------------------------------------------------------------------------------------- snapshot


def test_snapshot_page_renders_headings_and_lists(client: FlaskClient, history: History) -> None:
    v0 = history.acme_snapshots[0]
    page = html(client, f"/companies/acme/snapshots/{v0}")
    assert '<h2 id="l1">Acme privacy policy</h2>' in page
    assert '<h2 id="l2">1. What we collect</h2>' in page
    assert re.search(r"<ul id=\"l4\"><li>account details</li><li>payment records</li></ul>", page)
    assert '<p id="l7">We never sell your personal data.</p>' in page
    assert f'href="/companies/acme/snapshots/{v0}/raw"' in page
    assert "does not exist" in html(client, "/companies/acme/snapshots/999999", 404)


def test_snapshot_of_another_company_is_a_bad_request(client: FlaskClient, history: History) -> None:
    evil = history.evil_snapshots[0]
    assert "belongs to another company" in html(client, f"/companies/acme/snapshots/{evil}", 400)


def test_raw_download_cannot_run_in_our_origin(client: FlaskClient, history: History) -> None:
    evil = history.evil_snapshots[1]
    response = client.get(f"/companies/evil/snapshots/{evil}/raw")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="evil-snapshot-{evil}.html"'
    assert response.headers["Content-Type"] in ("text/plain; charset=utf-8", "application/octet-stream")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert XSS_SCRIPT.encode() in response.data  # the page exactly as fetched
    gamma_seed = client.get("/api/companies/gamma/snapshots?page=2").json["snapshots"][-1]["id"]
    assert client.get(f"/companies/gamma/snapshots/{gamma_seed}/raw").status_code == 404


# ---------------------------------------------------------------------------------------------- diff


def test_diff_defaults_to_the_latest_change_with_word_highlights_and_reasons(
    client: FlaskClient, history: History
) -> None:
    _, v1, v2 = history.acme_snapshots
    page = html(client, "/companies/acme/diff")
    assert f"snapshot #{v1}</a>" in page and f"snapshot #{v2}</a>" in page
    assert '<span class="badge sev-critical">critical</span>' in page
    assert SELL_SUMMARY in page and SELL_REASON in page
    assert "<del>never </del>" in page or "<del>never</del>" in page
    assert "<ins> to advertising partners</ins>" in page
    assert "Recorded change #" in page
    assert "https://monitor.example/companies/acme/diff?from=" in page  # permalink on the configured base
    assert html(client, f"/companies/acme/diff?from={v1}&to={v2}") == page


def test_diff_walks_back_through_history_and_counts_by_severity(client: FlaskClient, history: History) -> None:
    v0, v1, v2 = history.acme_snapshots
    page = html(client, f"/companies/acme/diff?from={v1}&to={v2}")
    assert re.search(r"2 differences:\s+1 critical, 1 cosmetic\.", page)
    assert f'href="/companies/acme/diff?view=side&amp;from={v0}&amp;to={v1}">← Previous change' in page
    assert "Previous change" not in html(client, f"/companies/acme/diff?from={v0}&to={v1}")


def test_snapshot_links_to_a_comparison_with_the_current_version(client: FlaskClient, history: History) -> None:
    v0, _, v2 = history.acme_snapshots
    assert f'href="/companies/acme/diff?from={v0}&amp;to={v2}">Compare with the current version' in html(
        client, f"/companies/acme/snapshots/{v0}"
    )
    assert "Compare with the current version" not in html(client, f"/companies/acme/snapshots/{v2}")


def test_diff_shows_moved_paragraphs_as_moved(client: FlaskClient, history: History) -> None:
    _, v1, v2 = history.acme_snapshots
    page = html(client, f"/companies/acme/diff?from={v1}&to={v2}")
    moved = re.search(r'<li class="change kind-moved.*?</li>', page, re.S)
    assert moved, "the retention paragraph moved to the top and should be shown as moved"
    assert "moved from line 8 to line 2" in moved.group(0)
    assert "We keep your data for 30 days" in moved.group(0)
    assert "Paragraph moved" in moved.group(0)


def test_diff_view_toggle_inline_and_side_by_side(client: FlaskClient, history: History) -> None:
    _, v1, v2 = history.acme_snapshots
    side = html(client, f"/companies/acme/diff?from={v1}&to={v2}")
    assert 'class="side"' in side
    assert f'href="/companies/acme/diff?view=inline&amp;from={v1}&amp;to={v2}"' in side
    inline = html(client, f"/companies/acme/diff?from={v1}&to={v2}&view=inline")
    assert 'class="side"' not in inline
    assert re.search(r'<div class="text inline">We <del>never </del>sell your personal data<ins>', inline)


def test_diff_errors_are_clear(client: FlaskClient, history: History) -> None:
    v0 = history.acme_snapshots[0]
    assert "Snapshot 999999 does not exist" in html(client, f"/companies/acme/diff?from={v0}&to=999999", 404)
    evil = history.evil_snapshots[1]
    assert "belongs to another company" in html(client, f"/companies/acme/diff?from={v0}&to={evil}", 400)
    assert "positive whole number" in html(client, f"/companies/acme/diff?from=x&to={v0}", 400)
    assert "Give both" in html(client, f"/companies/acme/diff?from={v0}", 400)
    assert "no recorded change yet" in html(client, "/companies/beta/diff", 404)
    assert "No company" in html(client, "/companies/nobody/diff", 404)


def test_arbitrary_pair_is_classified_on_the_fly(client: FlaskClient, history: History) -> None:
    v0, _, v2 = history.acme_snapshots
    page = html(client, f"/companies/acme/diff?from={v0}&to={v2}")
    assert "Not a recorded change" in page
    assert "<ins>" in page and "kind-moved" in page
    body = client.get(f"/api/companies/acme/diff?from={v0}&to={v2}").json
    assert body["classification_source"] == "computed" and body["recorded_change"] is None
    assert body["classification"]["material"] is True  # "never sell" -> "sell" is material for any classifier
    assert all(c["verdict"] for c in body["changes"] if c["kind"] != "moved")


def test_chart_buckets_grow_with_the_span_of_history() -> None:
    def change(day: int, severity: Severity) -> ChangeRecord:
        cls = Classification(severity.material, severity, Direction.NEUTRAL, (), "")
        return ChangeRecord(day, "x", T0 + timedelta(days=day), 1, 2, cls)

    weekly = build_chart([change(0, Severity.MINOR), change(3, Severity.MAJOR)], T0 + timedelta(days=20))
    assert weekly is not None and weekly.unit == "week" and len(weekly.bars) == 3
    assert (weekly.bars[0].count, weekly.bars[0].severity) == (2, Severity.MAJOR)
    years = [change(0, Severity.CRITICAL), change(400, Severity.MINOR), change(1000, Severity.MINOR)]
    quarterly = build_chart(years, T0 + timedelta(days=1000))
    assert quarterly is not None and quarterly.unit == "quarter" and quarterly.bars[0].label == "2024 Q1"
    assert sum(b.count for b in quarterly.bars) == 3 and quarterly.bars[-1].label == "2026 Q3"
    assert build_chart([], T0) is None


# ---------------------------------------------------------------------------------------------- JSON API


def test_api_companies(client: FlaskClient) -> None:
    response = client.get("/api/companies?sort=severity")
    assert response.status_code == 200 and response.mimetype == "application/json"
    companies = response.json["companies"]
    assert [c["slug"] for c in companies] == ["acme", "evil", "gamma", "beta", "zeta"]
    acme = companies[0]
    assert acme["name"] == "Acme Corp" and acme["snapshots"] == 3 and acme["failing"] is False
    assert acme["last_change"]["classification"]["severity"] == "critical"
    assert acme["last_check"]["outcome"] == "unchanged"
    assert acme["html_url"] == "https://monitor.example/companies/acme"
    beta = next(c for c in companies if c["slug"] == "beta")
    assert beta["failing"] is True and beta["failure_streak"] == 3
    assert beta["last_error"] == "HTTP 503: <title>Maintenance</title>"  # JSON carries the text as it is


def test_api_timeline_and_snapshots(client: FlaskClient, history: History) -> None:
    timeline = client.get("/api/companies/gamma?material=1").json
    assert timeline["material_only"] is True and len(timeline["timeline"]) == 12
    assert all(e["change"]["classification"]["material"] for e in timeline["timeline"])
    assert timeline["chart"]["buckets"]
    page2 = client.get("/api/companies/gamma/snapshots?page=2").json
    assert len(page2["snapshots"]) == 11
    assert page2["pagination"] == {
        "page": 2,
        "per_page": 50,
        "has_next": False,
        "has_prev": True,
        "total_items": 61,
        "total_pages": 2,
    }
    v2 = history.acme_snapshots[2]
    snap = client.get(f"/api/companies/acme/snapshots/{v2}").json
    assert snap["text"] == ACME_V2 and snap["change"]["classification"]["summary"] == SELL_SUMMARY
    assert snap["raw_url"].endswith(f"/companies/acme/snapshots/{v2}/raw")


def test_api_diff(client: FlaskClient, history: History) -> None:
    _, v1, v2 = history.acme_snapshots
    body = client.get(f"/api/companies/acme/diff?from={v1}&to={v2}").json
    assert body["classification"]["severity"] == "critical"
    assert body["classification_source"] == "recorded"
    kinds = {c["kind"] for c in body["changes"]}
    assert kinds == {"modified", "moved"}
    modified = next(c for c in body["changes"] if c["kind"] == "modified")
    assert [1, " to advertising partners"] in modified["word_diff"]
    assert modified["verdict"]["reason"] == SELL_REASON
    assert body["html_url"] == f"https://monitor.example/companies/acme/diff?from={v1}&to={v2}"


@pytest.mark.parametrize(
    "url",
    [
        "/api/companies/nobody",
        "/api/companies/nobody/snapshots",
        "/api/companies/acme/snapshots/999999",
        "/api/companies/nobody/diff",
        "/api/companies/acme/diff?from=999999&to=1",
    ],
)
def test_api_errors_are_json(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.json["error"]["status"] == 404 and response.json["error"]["message"]


# ---------------------------------------------------------------------------------------------- security


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/companies/acme",
        "/companies/acme/diff",
        "/api/companies",
        "/static/style.css",
        "/nowhere",
        "/api/companies/nobody",
        "/companies/acme/diff?from=x&to=y",
    ],
)
def test_security_headers_on_every_response(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.headers["Content-Security-Policy"] == EXPECTED_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_hostile_policy_text_is_escaped_everywhere(client: FlaskClient, history: History) -> None:
    e0, e1 = history.evil_snapshots
    pages = [
        "/",
        "/companies/evil",
        f"/companies/evil/snapshots/{e0}",
        f"/companies/evil/snapshots/{e1}",
        "/companies/evil/diff",
        "/companies/evil/diff?view=inline",
    ]
    for url in pages:
        page = html(client, url)
        for payload in (XSS_SCRIPT, XSS_IMG, XSS_ATTR, "<b>Corp</b>"):
            assert payload not in page, (url, payload)
        assert active_content(page) == [], url
    diff = html(client, "/companies/evil/diff")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in diff
    assert XSS_LINK in diff  # shown as text
    assert "Summary &lt;script&gt;" in diff and "Reason &lt;img src=x onerror=" in diff
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html(client, f"/companies/evil/snapshots/{e0}")
