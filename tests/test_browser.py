"""The web UI in headless Debian Chromium: what a person sees, and hostile policy text staying inert."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from web_history import (
    SELL_REASON,
    SELL_SUMMARY,
    T0,
    XSS_ALERT,
    XSS_ATTR,
    XSS_IMG,
    XSS_LINK,
    XSS_SCRIPT,
    History,
    build_history,
)

from monitor.web import create_app, make_server

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "diff-page.png"


@contextlib.contextmanager
def serving(app: Flask) -> Iterator[str]:
    """The app served on 127.0.0.1 (a free port) in a thread: its base URL."""
    server = make_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian Chromium driven by Playwright; the test is skipped, loudly, when either is missing."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"BROWSER TESTS SKIPPED: {CHROMIUM} is absent; install Debian chromium: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    history: History = build_history(tmp_path_factory.mktemp("browser") / "db.sqlite3")
    app = create_app(
        history.store,
        companies=history.companies,
        web_base_url="http://127.0.0.1:8080",  # stable permalinks, so the committed screenshot is too
        clock=lambda: T0 + timedelta(days=70),
    )
    with serving(app) as url:
        yield url
    history.store.close()


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    tab = context.new_page()
    tab.problems = []  # dialogs and console errors (a CSP violation is a console error)
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(f"console: {m.text}"))
    tab.on("pageerror", lambda e: tab.problems.append(f"pageerror: {e}"))
    yield tab
    context.close()


def test_overview_to_company_to_latest_diff(page, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Monitored privacy policies"
    acme_row = page.locator("tr", has_text="Acme Corp")
    assert acme_row.locator(".badge.sev-critical").inner_text().lower() == "critical"
    beta_row = page.locator("tr.failing", has_text="Beta Ltd")
    assert "FAILING × 3" in beta_row.inner_text().upper()

    page.get_by_role("link", name="Acme Corp").click()
    page.wait_for_url("**/companies/acme")
    assert page.locator("h1").inner_text() == "Acme Corp"
    assert SELL_SUMMARY in page.locator("ol.entries li").first.inner_text()
    assert page.locator("figure.chart svg rect.sev-critical").count() == 1

    page.locator("ol.entries li").first.locator("a.diff-link").click()
    page.wait_for_url("**/companies/acme/diff?from=*&to=*")
    assert page.locator("h1").inner_text() == "Acme Corp"
    assert page.locator(".verdict .badge.sev-critical").is_visible()
    assert SELL_REASON in page.locator("li.change.kind-modified .reason").inner_text()
    inserted = page.locator("li.change.kind-modified ins")
    deleted = page.locator("li.change.kind-modified del")
    assert "to advertising partners" in " ".join(inserted.all_inner_texts())
    assert "never" in " ".join(deleted.all_inner_texts())
    # highlights are visibly coloured, not just tagged
    assert inserted.first.evaluate("e => getComputedStyle(e).backgroundColor") not in ("", "rgba(0, 0, 0, 0)")
    assert deleted.first.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    moved = page.locator("li.change.kind-moved")
    assert "Moved, wording unchanged" in moved.inner_text()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.get_by_role("link", name="Inline").click()
    assert page.locator(".text.inline ins", has_text="to advertising partners").is_visible()
    assert page.problems == []


def test_hostile_policy_renders_inert_on_every_page(page, base_url: str) -> None:
    page.goto(base_url + "/companies/evil")
    snapshot_urls = [a.get_attribute("href") for a in page.locator("ol.entries a", has_text="Snapshot").all()]
    assert len(snapshot_urls) == 2
    urls = [
        "/",
        "/companies/evil",
        "/companies/evil?material=1",
        *snapshot_urls,
        "/companies/evil/diff",
        "/companies/evil/diff?view=inline",
    ]
    seen = ""
    for url in urls:
        page.goto(base_url + url)
        assert page.evaluate("typeof window.__xss") == "undefined", url
        # the only script is our own static file (the overview's live updates); no policy text became one
        assert page.locator("img, script:not([src='/static/live.js']), iframe").count() == 0, url
        hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], url
        seen += page.locator("body").inner_text()
    for payload in (XSS_SCRIPT, XSS_IMG, XSS_ATTR, XSS_ALERT, XSS_LINK, "Evil <b>Corp</b>"):
        assert payload in seen, f"{payload!r} is not shown literally"
    assert page.problems == []
