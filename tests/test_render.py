"""JavaScript documents (issue 15): `render = "always" | "auto" | "never"` through scrapy-playwright and Debian's
/usr/bin/chromium, end to end with the real CLI against the demo site's app-shell page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SEEDS, TEST_MONITOR, run_cli, subprocess_ok, toml_table

from monitor.demo.documents import Document
from monitor.demo.site import PolicySite
from monitor.fetch.browser import CHROMIUM_ENV, DEFAULT_CHROMIUM

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", autouse=True)
def chromium() -> None:
    if not os.access(DEFAULT_CHROMIUM, os.X_OK):
        pytest.skip(
            f"BROWSER TESTS SKIPPED: {DEFAULT_CHROMIUM} is absent; install Debian chromium: apt-get install chromium"
        )
    pytest.importorskip("scrapy_playwright", reason="scrapy-playwright is not installed (pip install -e .)")


@pytest.fixture
def site():
    text = (SEEDS / "alopal.txt").read_text(encoding="utf-8")
    with PolicySite.from_seeds(SEEDS) as site:
        site.set_document("alopal", "static", Document("AloPal", "Privacy Policy", "html", text=text))
        site.set_document("alopal", "app", Document("AloPal", "Privacy Policy", "js", text=text))
        yield site


def config_for(tmp_path: Path, site: PolicySite, documents: list[dict]) -> Path:
    # a rendered page takes a browser's time on a loaded machine: 30 s rather than the tests' usual 2 s
    monitor = {**TEST_MONITOR, "timeout_seconds": 30}
    parts = [toml_table("[monitor]", monitor), toml_table("[[companies]]", {"slug": "alopal", "name": "AloPal"})]
    parts += [toml_table("[[companies.documents]]", d) for d in documents]
    path = tmp_path / "config.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_a_javascript_page_is_read_by_always_and_auto_and_not_by_never(tmp_path: Path, site: PolicySite) -> None:
    app = site.document_url("alopal", "app")
    config = config_for(
        tmp_path,
        site,
        [
            {"name": "static", "url": site.document_url("alopal", "static")},
            {"name": "always", "url": app, "render": "always"},
            {"name": "auto", "url": app, "render": "auto"},
            {"name": "never", "url": app, "render": "never"},
            {"name": "auto-static", "url": site.document_url("alopal", "static"), "render": "auto"},
        ],
    )
    result = run_cli(config, "check", "--json", "--no-deliver", timeout=240)
    assert result.returncode == 0, subprocess_ok(result)
    by_doc = {r["document"]: r for r in result.json_lines()}
    assert set(by_doc) == {"static", "always", "auto", "never", "auto-static"}, result.stdout
    for name in ("static", "always", "auto", "auto-static"):
        assert by_doc[name]["outcome"] == "new", by_doc[name]
    never = by_doc["never"]
    assert never["outcome"] == "error" and never["error"].startswith("no policy text found"), never

    def text(document: str) -> str:
        shown = run_cli(config, "show", "alopal", "--document", document)
        assert shown.returncode == 0, subprocess_ok(shown)
        return shown.stdout

    static = text("static")
    assert "AloPal will never rent or sell your Personal Information" in static
    assert text("always") == static and text("auto") == static and text("auto-static") == static


def test_a_browser_failure_is_a_failed_check_with_its_reason(tmp_path: Path, site: PolicySite) -> None:
    app = site.document_url("alopal", "app")
    config = config_for(tmp_path, site, [{"name": "always", "url": app, "render": "always"}])
    result = run_cli(
        config, "check", "--json", "--no-deliver", env={CHROMIUM_ENV: str(tmp_path / "no-chromium")}, timeout=120
    )
    assert result.returncode == 0, subprocess_ok(result)
    (line,) = result.json_lines()
    assert line["outcome"] == "error" and "browser unavailable" in line["error"] and "no-chromium" in line["error"]
    # a page the browser cannot load at all: the browser's own reason, as a failed check
    site.stop()
    result = run_cli(config, "check", "--json", "--no-deliver", timeout=120)
    (line,) = result.json_lines()
    assert line["outcome"] == "error" and "browser failed" in line["error"] and "CONNECTION_REFUSED" in line["error"]
