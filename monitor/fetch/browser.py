"""Headless Chromium for documents with `render = "auto" | "always"`: scrapy-playwright driving Debian's
/usr/bin/chromium (never a browser download). Installed only in a crawl where some document may need it; the
browser itself starts at the first page that is rendered."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from monitor.config.settings import Company, MonitorSettings

#: The browser binary (an environment variable lets a test point at a missing one).
CHROMIUM_ENV = "POLICY_MONITOR_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


#: How long Chromium may take to start (a loaded machine needs seconds), whatever the page timeout.
LAUNCH_TIMEOUT_S = 30.0


def chromium_path() -> str:
    return os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM


def chromium_missing() -> str | None:
    """Why no browser can run here (None when the binary is there)."""
    path = chromium_path()
    if os.access(path, os.X_OK):
        return None
    return f"browser unavailable: {path} is not installed (`make browser` installs Debian's chromium)"


def may_render(companies: Iterable[Company]) -> bool:
    return any(c.render != "never" for c in companies)


def browser_settings(settings: MonitorSettings) -> dict[str, Any]:
    """The Scrapy settings that route requests marked ``meta["playwright"]`` through headless Chromium."""
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": chromium_path(),
            "headless": True,
            "args": list(CHROMIUM_ARGS),
            "timeout": max(LAUNCH_TIMEOUT_S, settings.timeout_seconds) * 1000,  # starting Chromium is slow
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.timeout_seconds * 1000,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
        # no images, fonts or media: the text is what is read
        "PLAYWRIGHT_ABORT_REQUEST": _abort_request,
    }


def _abort_request(request: Any) -> bool:
    return request.resource_type in ("image", "media", "font")
