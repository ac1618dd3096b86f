"""The live overview in headless Debian Chromium: a check run by the CLI in another process shows up in the
open page without a reload, under the strict CSP; without JavaScript the page is complete as served."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli, seed, subprocess_ok, write_config
from test_browser import chromium, serving

from monitor import app as monitor_app
from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.store import Store
from monitor.web.app import close_streams

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."


@pytest.fixture
def served(tmp_path: Path, policy_site: PolicySite) -> Iterator[tuple[Path, str]]:
    config = write_config(tmp_path, policy_site, companies=["alopal", "aloscale"])
    seed(config)
    store = Store.open(load_config(config).monitor.database)
    app = monitor_app.web_app(load_config(config), store)
    with serving(app) as url:
        yield config, url
        close_streams(app)  # before the server's shutdown: it waits for the open event streams
    store.close()


@pytest.fixture
def browser():
    with chromium() as browser:
        yield browser


def test_the_overview_shows_a_new_check_without_reload(browser, served, policy_site):
    config, base_url = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    try:
        page.goto(base_url + "/")
        row = page.locator("tr", has_text="AloPal")
        assert "never checked" in row.inner_text()
        page.locator(".live-status.on").wait_for(timeout=10_000)  # the stream is open
        page.evaluate("window.__sameDocument = true")

        policy_site.set_policy("alopal", policy_site.text("alopal").replace(BEFORE, AFTER))
        result = run_cli(config, "check", "--json")
        assert result.returncode == 0, subprocess_ok(result)

        row.locator("td.last-check .outcome.out-changed").wait_for(timeout=10_000)
        assert row.locator("td.severity .badge.sev-critical").inner_text().lower() == "critical"
        assert "data brokers" in row.locator("td.last-change .summary").inner_text()
        href = row.locator("td.last-change a.diff-link").get_attribute("href")
        assert href.startswith("/companies/alopal/diff?from=")
        other = page.locator("tr", has_text="Aloscale")
        other.locator("td.last-check .outcome.out-unchanged").wait_for(timeout=10_000)
        assert page.evaluate("window.__sameDocument") is True, "the page was reloaded"
        assert problems == [], problems  # a CSP violation is a console error

        row.locator("td.last-change a.diff-link").click()
        page.wait_for_url("**/companies/alopal/diff?from=*&to=*")
        assert page.locator(".verdict .badge.sev-critical").is_visible()
    finally:
        context.close()


def test_without_javascript_the_overview_is_complete(browser, served):
    config, base_url = served
    result = run_cli(config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        row = page.locator("tr", has_text="AloPal")
        assert row.locator("td.last-check .outcome").inner_text().lower() in ("unchanged", "changed")
        assert page.locator(".live-status").is_hidden()
        assert page.locator("a.feed-link").get_attribute("href") == "/feed.atom"
    finally:
        context.close()
