"""What keeps `check` cheap when nothing changed (issue 12): work that is not done, asserted by spies.

- a pass where every page is settled by a 304 starts no analysis worker and loads neither the page reader
  nor the classifier in the checking process; a pass with a changed page starts the worker once and still
  does not load the classifier in the checking process (the worker runs it);
- the Scrapy settings leave out the middlewares a one-request-per-company crawl does not use and keep the
  ones the product relies on;
- Scrapy's TLS modules are imported without `inspect.stack`, and keep their class names.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, cli_env, run_cli, subprocess_ok, write_config
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list

from monitor.config.settings import MonitorSettings
from monitor.demo.render import render_policy_page
from monitor.demo.static import StaticSite
from monitor.fetch.crawl import scrapy_settings

SEED = (REPO / "seeds" / "alopal.txt").read_text(encoding="utf-8")
SOLD = SEED.replace(
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may sell your Personal Information to data brokers.",
)

#: One `app.check` pass in a fresh interpreter, with a counter on the analysis worker's start; prints what
#: the checking process loaded.
PASS = """
import json, sys
from pathlib import Path
from monitor import app
from monitor.config.load import load_config
from monitor.runtime import analysis

started = []
real = analysis._Worker.start.__func__

def start(cls):
    started.append(1)
    return real(cls)

analysis._Worker.start = classmethod(start)
results = app.check(load_config(Path(sys.argv[1])), deliver=False)
print(json.dumps({
    "outcomes": [r.outcome.value for r in results],
    "workers": len(started),
    "reader": "monitor.capture.assess" in sys.modules,
    "classifier": any(m.startswith("monitor.classify") for m in sys.modules),
}))
"""


def html(text: str) -> bytes:
    return render_policy_page(text, title="Privacy Policy", company="AloPal", variant=1).encode("utf-8")


@pytest.fixture
def site() -> Iterator[StaticSite]:
    with StaticSite("honour") as served:
        served.set_page("alopal", html(SEED))
        yield served


def one_pass(config: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", PASS, str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
        cwd=config.parent,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_an_unchanged_pass_loads_no_analysis_and_a_changed_page_loads_it_in_the_worker_only(tmp_path, site):
    table = {"slug": "alopal", "name": "AloPal", "url": site.url("alopal")}
    config = write_config(tmp_path, companies=[table], seeds=False)
    first = run_cli(config, "check", "--json", "--no-deliver")
    assert first.returncode == 0, subprocess_ok(first)
    assert [d["outcome"] for d in first.json_lines()] == ["new"]

    unchanged = one_pass(config)
    assert site.statuses[304] == 1
    assert unchanged == {"outcomes": ["unchanged"], "workers": 0, "reader": False, "classifier": False}

    site.set_page("alopal", html(SOLD))
    changed = one_pass(config)
    assert changed["outcomes"] == ["changed"] and changed["workers"] == 1
    assert changed["classifier"] is False  # classified in the worker; this process only reads the verdict


def test_a_pass_with_a_new_company_starts_the_worker_ahead(tmp_path, site):
    table = {"slug": "alopal", "name": "AloPal", "url": site.url("alopal")}
    config = write_config(tmp_path, companies=[table], seeds=False)
    assert one_pass(config) == {"outcomes": ["new"], "workers": 1, "reader": True, "classifier": False}


def test_the_crawl_runs_only_the_middlewares_a_policy_fetch_uses():
    settings = Settings(scrapy_settings(MonitorSettings(database="")))
    downloader = build_component_list(settings.getwithbase("DOWNLOADER_MIDDLEWARES"))
    spider = build_component_list(settings.getwithbase("SPIDER_MIDDLEWARES"))
    names = {getattr(c, "__name__", str(c).rsplit(".", 1)[-1]) for c in downloader + spider}
    for needed in (
        "RedirectGuardMiddleware",
        "SharedRobotsTxtMiddleware",
        "BackoffRetryMiddleware",
        "FetchClockMiddleware",
        "DownloadTimeoutMiddleware",
        "UserAgentMiddleware",
        "HttpCompressionMiddleware",
        "RedirectMiddleware",
        "MetaRefreshMiddleware",
        "CookiesMiddleware",
        "HttpErrorMiddleware",
    ):
        assert needed in names, f"{needed} is missing"
    for unused in (
        "DownloaderStats",
        "OffsiteMiddleware",
        "HttpCacheMiddleware",
        "UrlLengthMiddleware",
        "DepthMiddleware",
        "RobotsTxtMiddleware",
        "RetryMiddleware",
    ):
        assert unused not in names, f"{unused} still runs on every request"
    assert settings.getbool("WARN_ON_GENERATOR_RETURN_VALUE") is False


def test_scrapy_tls_modules_load_without_inspect_stack():
    script = """
import inspect, sys
calls = []
real = inspect.stack
inspect.stack = lambda *a, **k: calls.append(1) or real(*a, **k)
from monitor.fetch.crawl import _import_downloader
_import_downloader()
from scrapy.core.downloader import contextfactory, tls
print(len(calls), contextfactory.ScrapyClientContextFactory.__module__, tls.ScrapyClientTLSOptions.__module__,
      inspect.stack.__name__)
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=cli_env(), cwd=REPO
    )
    assert proc.returncode == 0, proc.stderr
    calls, factory_module, options_module, restored = proc.stdout.split()
    assert calls == "0"
    assert factory_module == "scrapy.core.downloader.contextfactory"
    assert options_module == "scrapy.core.downloader.tls"
    assert restored == "<lambda>"  # the spy put back, not ours left behind


def test_the_crawl_freezes_its_set_up_and_collects_young_objects_less_often_then_restores_both():
    import gc

    from monitor.fetch import crawl as crawl_module

    before = gc.get_threshold()
    gc.collect()
    with crawl_module._crawl_gc():
        assert gc.get_freeze_count() > 0  # the set-up's objects: never scanned again during the crawl
        assert gc.get_threshold() == (max(before[0], crawl_module.CRAWL_GC_THRESHOLD), *before[1:])
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
