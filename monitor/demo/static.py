"""Static policy pages on loopback with validators (ETag, Last-Modified), for benchmarks and tests.

A page's bytes change only when `set_page` is called. How the server treats conditional requests
(If-None-Match / If-Modified-Since) is its `mode`:

- ``honour``: 304 Not Modified when the validators match the current page, else 200;
- ``ignore``: always 200 with the whole page, and no validators sent (as many servers do);
- ``lie``: 304 to every conditional request, even after the page changed (a broken cache in front).

    with StaticSite(mode="honour") as site:
        site.set_page("acme", html_bytes)
        site.url("acme")          # http://127.0.0.1:PORT/acme
        site.requests["acme"]     # the conditional headers of every request, in order
"""

from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = ("honour", "ignore", "lie")


class StaticSite:
    """A threaded HTTP server of fixed pages, one per slug at ``/<slug>``."""

    def __init__(self, mode: str = "honour", *, record: bool = True):
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (one of {', '.join(MODES)})")
        self.mode = mode
        self.record = record
        self._pages: dict[str, tuple[bytes, str, str]] = {}  # slug -> (body, etag, last-modified)
        self._lock = threading.Lock()
        self._version = 0
        self.requests: dict[str, list[dict[str, str | None]]] = defaultdict(list)
        self.statuses: dict[int, int] = defaultdict(int)
        self.server = _Server(("127.0.0.1", 0), _handler_for(self))
        self.thread = threading.Thread(target=self.server.serve_forever, name="static-site", daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, slug: str) -> str:
        return f"{self.base_url}/{slug}"

    def set_page(self, slug: str, body: bytes) -> None:
        """Serve `body` for `slug` from now on (with new validators when it differs from before)."""
        with self._lock:
            old = self._pages.get(slug)
            if old is not None and old[0] == body:
                return
            self._version += 1
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            # Last-Modified has one-second resolution: make each version's distinct and increasing.
            modified = format_datetime(datetime.fromtimestamp(1_700_000_000 + self._version, UTC), usegmt=True)
            self._pages[slug] = (body, etag, modified)

    def page(self, slug: str) -> tuple[bytes, str, str] | None:
        with self._lock:
            return self._pages.get(slug)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> StaticSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


def _handler_for(site: StaticSite) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass

    Handler.site = site
    return Handler


class _Handler(BaseHTTPRequestHandler):
    site: StaticSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        site = self.site
        slug = self.path.lstrip("/").split("?", 1)[0]
        found = site.page(slug)
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if site.record:
            with site._lock:
                site.requests[slug].append({"if-none-match": inm, "if-modified-since": ims})
        if found is None:
            self._send(404, b"not found", {})
            return
        body, etag, modified = found
        conditional = inm is not None or ims is not None
        if site.mode == "ignore":
            self._send(200, body, {})
            return
        validators = {"ETag": etag, "Last-Modified": modified}
        fresh = (inm == etag) if inm is not None else (ims == modified)
        if conditional and (site.mode == "lie" or fresh):
            self._send(304, b"", validators if site.mode == "honour" else {})
            return
        self._send(200, body, validators)

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        with self.site._lock:
            self.site.statuses[status] += 1
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)
