"""A bundled policy website on loopback: seed policies as web pages whose chrome changes on every request,
with switchable fault modes (errors, blocks, timeouts, huge bodies, A/B flip-flops ...) for demos and tests.

    with PolicySite.from_seeds() as site:
        site.url("alopal")                                  # http://127.0.0.1:PORT/alopal/privacy
        site.set_policy("alopal", new_text)                 # the company edits its policy
        site.set_fault("alopal", "status", code=503, retry_after=5, times=1)
        site.set_fault("alopal", None)                      # back to normal

Run standalone with ``python -m monitor.demo.site --port 8000``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import itertools
import re
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.demo.documents import Document, render_document
from monitor.demo.render import render_policy_page
from monitor.domain.values import Format

#: Every fault kind `set_fault` accepts, with its options (all optional).
FAULTS: dict[str, str] = {
    "status": "code=500, retry_after=None, body=None (403 defaults to an 'automated requests blocked' page)",
    "timeout": "seconds=60: wait that long before answering (longer than any sane client timeout)",
    "slow": "seconds=2: answer normally after a delay",
    "empty": "200 with an empty body",
    "captcha": "status=200: a 'checking your browser' captcha interstitial",
    "login": "302 redirect to /login, which serves a sign-in form",
    "maintenance": "status=200: a 'down for maintenance' page",
    "huge": "size=60 MB, declare_length=False: a body streamed on the fly, never held in memory",
    "content_type": "content_type='application/pdf', body=<PDF bytes>",
    "latin1": "declare='header'|'meta': the policy in ISO-8859-1 (not a fault: it must decode)",
    "flipflop": "alt=<text>: alternate between the policy (A) and alt (B) on each request",
    "tokens": "visible_timestamp=False: request tokens, session ids, nonces, a rotating widget in the body",
    "reset": "close the connection without answering (TCP RST)",
    "error_page": "a 200 'something went wrong' page inside the site's chrome",
    "landing": "a marketing landing page inside the site's chrome, in place of the policy",
    "language": "the privacy page served in French (another language than the policy)",
    "truncated": "keep=0.1: only the first share of the policy's lines (a capture cut short)",
}

#: Display names of the five seed companies (the rest fall back to the slug).
SEED_NAMES: dict[str, str] = {
    "aloscale": "Aloscale Inc.",
    "alopal": "AloPal",
    "alsoft": "ALSOFT",
    "allocloud": "ALLOcloud (OpenS)",
    "altostack": "AltoStack Ltd",
}

_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
    b"/Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
_POSTS = (
    "Five tips for a faster checkout",
    "Our new data centre in Frankfurt",
    "Meet the support team",
    "Release notes: version 4.2",
    "How we test our backups",
    "Customer story: Northwind",
    "Spring webinar series",
    "Accessibility improvements",
)


#: What the policy page serves under the error_page, landing and language faults (in the site's chrome).
ERROR_TEXT = "Oops! Something went wrong on our side.\nPlease try again in a few minutes. Reference: 7f3a-19."
LANDING_TEXT = """Work smarter, together
The all-in-one workspace loved by over two million teams worldwide.
Plan projects, track every task and ship on time with boards, timelines and automations that fit the way \
your team already works.
Start your free trial today - no credit card needed.
Trusted by the world's fastest growing companies
Connect the tools you already use: calendars, chat, spreadsheets and more than two hundred integrations.
Everything in one place
Dashboards give every manager a real-time view of progress, budgets and workload across all teams.
Templates for marketing, engineering, sales and operations get you started in minutes.
Pricing that grows with you
Free for small teams. Business plans start at eight euros per seat per month, billed yearly.
Book a demo with our product experts and see how much time your team could save each week."""
FRENCH_TEXT = """Politique de confidentialité
Nous attachons une grande importance à la protection de vos données personnelles. La présente politique \
explique quelles données nous recueillons, pour quelles finalités et quels sont vos droits.
Données que nous recueillons
Lorsque vous créez un compte, nous recueillons votre nom, votre adresse électronique et votre numéro de \
téléphone. Lorsque vous utilisez nos services, nous enregistrons les pages consultées et l'adresse IP de \
votre appareil.
Utilisation de vos données
Nous utilisons vos données pour fournir nos services, pour répondre à vos demandes et pour améliorer nos \
produits. Nous ne vendons pas vos données à des tiers.
Conservation
Vos données sont conservées pendant toute la durée de votre compte, puis supprimées dans un délai de \
douze mois après sa clôture, sauf obligation légale contraire.
Vos droits
Vous pouvez à tout moment demander l'accès à vos données, leur rectification ou leur effacement, et vous \
opposer à leur traitement. Pour exercer ces droits, écrivez-nous depuis la page de contact de notre site.
Modifications
Nous pouvons modifier cette politique. En cas de changement important, nous vous en informerons par \
courrier électronique avant son entrée en vigueur."""


def repo_seeds_dir() -> Path:
    """The `seeds/` folder of this checkout (the demo and tests serve the seed policies from it)."""
    return Path(__file__).resolve().parents[2] / "seeds"


def format_of(path: Path) -> Format:
    return Format.MARKDOWN if path.suffix.lower() in (".md", ".markdown") else Format.TEXT


@dataclass
class Policy:
    """One company's page on the site."""

    slug: str
    name: str
    text: str
    fmt: Format | None = None
    layout: str = "semantic"  # or "divsoup"


@dataclass
class Fault:
    kind: str
    opts: dict[str, Any] = field(default_factory=dict)
    remaining: int | None = None  # requests left before the fault clears itself (None: until cleared)


class PolicySite:
    """A threaded HTTP server serving `/<slug>/privacy` for each policy, plus `/robots.txt` and `/login`."""

    def __init__(
        self,
        policies: Mapping[str, str | Policy] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        names: Mapping[str, str] | None = None,
        layouts: Mapping[str, str] | None = None,
        chrome: bool = True,
    ):
        self._lock = threading.Lock()
        self._policies: dict[str, Policy] = {}
        self._faults: dict[str, Fault] = {}
        self._counter = itertools.count(1)
        self._flips: dict[str, int] = {}
        self._documents: dict[tuple[str, str], Document] = {}  # (slug, name) -> another document of the company
        self.hits: dict[str, int] = {}  # requests per slug, faults included
        self.user_agents: list[str] = []
        self.robots = "User-agent: *\nAllow: /\n"
        self.chrome = chrome
        self._stopping = threading.Event()
        for slug, value in (policies or {}).items():
            if isinstance(value, Policy):
                self._policies[slug] = value
            else:
                name = (names or {}).get(slug) or SEED_NAMES.get(slug, slug)
                layout = (layouts or {}).get(slug, "semantic")
                self._policies[slug] = Policy(slug, name, value, None, layout)
        self._server = _Server((host, port), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="policy-site", daemon=True
        )
        self._thread.start()

    @classmethod
    def from_seeds(cls, seeds_dir: Path | None = None, **kwargs: Any) -> PolicySite:
        """A site serving every seed policy of `seeds_dir` (default: the repository's `seeds/`)."""
        seeds_dir = seeds_dir or repo_seeds_dir()
        policies: dict[str, str | Policy] = {}
        for path in sorted(seeds_dir.iterdir()):
            if path.suffix.lower() in (".txt", ".md", ".markdown") and not path.name.startswith(("README", ".")):
                slug = path.stem
                name = (kwargs.get("names") or {}).get(slug) or SEED_NAMES.get(slug, slug)
                layout = (kwargs.get("layouts") or {}).get(slug, "semantic")
                policies[slug] = Policy(slug, name, path.read_text(encoding="utf-8"), format_of(path), layout)
        return cls(policies, **kwargs)

    # -- addresses ------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, slug: str) -> str:
        return f"{self.base_url}/{slug}/privacy"

    @property
    def slugs(self) -> list[str]:
        with self._lock:
            return list(self._policies)

    # -- mutable state --------------------------------------------------------------------------------

    def policy(self, slug: str) -> Policy:
        with self._lock:
            return self._policies[slug]

    def text(self, slug: str) -> str:
        return self.policy(slug).text

    def set_policy(
        self,
        slug: str,
        text: str,
        *,
        fmt: Format | None = None,
        name: str | None = None,
        layout: str | None = None,
    ) -> None:
        """Publish a new text of a policy (adds the company if it is new)."""
        with self._lock:
            old = self._policies.get(slug)
            self._policies[slug] = Policy(
                slug,
                name or (old.name if old else SEED_NAMES.get(slug, slug)),
                text,
                fmt if fmt is not None else (old.fmt if old else None),
                layout or (old.layout if old else "semantic"),
            )

    def set_document(self, slug: str, name: str, document: Document) -> str:
        """Publish (or replace) another document of a company at ``/<slug>/docs/<name>``; returns its URL."""
        with self._lock:
            self._documents[(slug, name)] = document
        return self.document_url(slug, name)

    def document(self, slug: str, name: str) -> Document:
        with self._lock:
            return self._documents[(slug, name)]

    def document_url(self, slug: str, name: str) -> str:
        return f"{self.base_url}/{slug}/docs/{name}"

    def set_fault(self, slug: str, kind: str | None, *, times: int | None = None, **opts: Any) -> None:
        """Make `slug`'s page misbehave (see FAULTS); `times=N` clears it after N requests; None clears it."""
        with self._lock:
            if kind is None:
                self._faults.pop(slug, None)
                return
            if kind not in FAULTS:
                raise ValueError(f"unknown fault {kind!r} (known: {', '.join(FAULTS)})")
            self._faults[slug] = Fault(kind, dict(opts), times)
            self._flips[slug] = 0

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self, slug: str) -> Fault | None:
        with self._lock:
            fault = self._faults.get(slug)
            if fault is not None and fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    del self._faults[slug]
            return fault

    # -- lifecycle ------------------------------------------------------------------------------------

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> PolicySite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- rendering ------------------------------------------------------------------------------------

    def render(self, slug: str, *, variant: int | None = None, text: str | None = None) -> str:
        """The HTML of `slug`'s page as served (chrome varies with `variant`, the request number)."""
        page = self.policy(slug)
        if variant is None:
            variant = next(self._counter)
        return render_policy_page(
            page.text if text is None else text,
            fmt=page.fmt,
            title=f"{page.name} Privacy Policy",
            company=page.name,
            variant=variant,
            chrome=self.chrome,
            layout=page.layout,
        )

    def _next_flip(self, slug: str) -> int:
        with self._lock:
            n = self._flips.get(slug, 0)
            self._flips[slug] = n + 1
            return n

    def _count(self, slug: str, user_agent: str) -> int:
        with self._lock:
            self.hits[slug] = self.hits.get(slug, 0) + 1
            self.user_agents.append(user_agent)
        return next(self._counter)


# ------------------------------------------------------------------------------------------ noise


def add_tokens(page: str, variant: int, *, visible_timestamp: bool = False, text: str | None = None) -> str:
    """Per-request noise inside the policy's own area: session ids in links, CSRF tokens, nonces, a comment
    with a timestamp and a rotating 'latest posts' widget. None of it is policy text."""
    token = hashlib.sha256(f"{variant}-{time.time_ns()}".encode()).hexdigest()
    sid = token[:24]
    now = datetime.now(UTC)
    page = re.sub(r'href="(/[^"#?]*)"', lambda m: f'href="{m.group(1)}?sessionid={sid}"', page)
    posts = [_POSTS[(variant + i) % len(_POSTS)] for i in range(3)]
    items = "".join(
        f'<li><a href="/blog/{variant + i}?sid={sid}">{html.escape(p)}</a> '
        f'<time datetime="{now.isoformat()}">{now:%d %b %Y}</time></li>'
        for i, p in enumerate(posts)
    )
    stamp = (
        f'<p class="generated">Page generated {now:%Y-%m-%d %H:%M:%S.%f} UTC, request {variant}</p>'
        if visible_timestamp
        else ""
    )
    noise = (
        f"<!-- rendered {now.isoformat()} by node web-{variant % 7} trace={token[:16]} -->"
        f'<aside class="widget latest-posts" aria-label="Latest posts"><h3>Latest posts</h3><ul>{items}</ul>'
        "</aside>"
        f'<form class="feedback" action="/feedback?session={sid}" method="post">'
        f'<input type="hidden" name="csrf_token" value="{token}">'
        f'<input type="hidden" name="ts" value="{now.timestamp():.6f}"></form>'
        f'<script nonce="{token[:20]}">window.__REQUEST_ID="{token[20:40]}";window.__TS={now.timestamp()};'
        "</script>" + stamp
    )
    at = _end_of_policy(page, text) if text else -1
    if at == -1:
        at = next((i for c in ("</article>", "</main>", "</body>") if (i := page.rfind(c)) != -1), len(page))
    return page[:at] + noise + page[at:]


def _end_of_policy(page: str, text: str) -> int:
    """Where the element holding the policy's last words ends in `page` (-1 if they cannot be found)."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = re.findall(r"[A-Za-z0-9]+", lines[-1]) if lines else []
    if len(words) < 2:
        return -1
    matches = list(re.finditer(r"\W+".join(words[-3:]), page))
    if not matches:
        return -1
    close = page.find("</", matches[-1].end())
    return page.find(">", close) + 1 if close != -1 else -1


def _as_latin1(page: str, declare: str) -> tuple[bytes, str]:
    if declare == "meta":
        meta = '<meta charset="iso-8859-1">'
        page, n = re.subn(r"<meta\s+charset=[\"']?[\w-]+[\"']?\s*/?>", meta, page, count=1, flags=re.I)
        if not n:
            page = re.sub(r"<head[^>]*>", lambda m: m.group(0) + meta, page, count=1, flags=re.I)
        content_type = "text/html"
    else:
        page = re.sub(r"<meta\s+charset=[\"']?[\w-]+[\"']?\s*/?>", "", page, flags=re.I)
        content_type = "text/html; charset=ISO-8859-1"
    return page.encode("iso-8859-1", "xmlcharrefreplace"), content_type


def _simple_page(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"</head><body>{body}</body></html>"
    ).encode()


_CAPTCHA = _simple_page(
    "Just a moment...",
    '<div class="challenge"><h1>Checking your browser before accessing the site.</h1>'
    "<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>"
    '<form id="challenge-form"><div class="g-recaptcha" data-sitekey="6Lc_demo"></div>'
    "<p>Please complete the CAPTCHA to prove you are human.</p></form></div>",
)
_MAINTENANCE = _simple_page(
    "Down for maintenance",
    "<main><h1>We&rsquo;ll be back soon!</h1><p>Sorry for the inconvenience. Our website is currently "
    "undergoing scheduled maintenance. Please check back later.</p><p>&mdash; The Team</p></main>",
)
_LOGIN = _simple_page(
    "Sign in",
    '<main><h1>Sign in to continue</h1><form method="post" action="/login">'
    '<label>Email <input type="email" name="email"></label>'
    '<label>Password <input type="password" name="password"></label>'
    '<button type="submit">Sign in</button></form><p><a href="/reset">Forgot your password?</a></p></main>',
)
_BLOCKED = _simple_page(
    "Access denied",
    "<h1>Access denied</h1><p>Automated requests blocked. Your request looks automated; if you believe this "
    "is an error, contact the site owner with reference 8f2c1a.</p>",
)


# ------------------------------------------------------------------------------------------ HTTP


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 256  # a crawler opens dozens of connections at once; the default backlog is 5


def _handler_for(site: PolicySite) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass

    Handler.site = site
    return Handler


class _Handler(BaseHTTPRequestHandler):
    site: PolicySite
    server_version = "PolicySite/1.0"
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and the demo print their own story

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        # A client that gives up (e.g. on a body over its size limit) is not the site's problem.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route()

    def _route(self) -> None:
        path = urlsplit(self.path).path
        if path == "/robots.txt":
            return self._send(200, self.site.robots.encode(), "text/plain; charset=utf-8")
        if path == "/login":
            return self._send(200, _LOGIN, "text/html; charset=utf-8")
        if path in ("/", "/index.html"):
            links = "".join(
                f'<li><a href="/{s}/privacy">{html.escape(self.site.policy(s).name)}</a></li>' for s in self.site.slugs
            )
            return self._send(
                200,
                _simple_page("Policy site", f"<h1>Policies</h1><ul>{links}</ul>"),
                "text/html; charset=utf-8",
            )
        doc = re.fullmatch(r"/([^/]+)/docs/([^/]+)", path)
        if doc:
            return self._document(doc.group(1), doc.group(2))
        m = re.fullmatch(r"/([^/]+)/privacy/?", path)
        if not m or m.group(1) not in self.site.slugs:
            return self._send(404, _simple_page("Not found", "<h1>404 Not Found</h1>"), "text/html; charset=utf-8")
        slug = m.group(1)
        variant = self.site._count(slug, self.headers.get("User-Agent", ""))
        fault = self.site._take_fault(slug)
        if fault is None:
            return self._page(slug, variant)
        getattr(self, "_fault_" + fault.kind)(slug, variant, **fault.opts)

    # -- responses ------------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _page(self, slug: str, variant: int, text: str | None = None) -> None:
        page = self.site.render(slug, variant=variant, text=text)
        self._send(
            200,
            page.encode("utf-8"),
            "text/html; charset=utf-8",
            {"Set-Cookie": f"session={hashlib.md5(str(variant).encode()).hexdigest()}; Path=/"},
        )

    def _document(self, slug: str, name: str) -> None:
        try:
            document = self.site.document(slug, name)
        except KeyError:
            return self._send(404, _simple_page("Not found", "<h1>404 Not Found</h1>"), "text/html; charset=utf-8")
        body, content_type = render_document(document, next(self.site._counter))
        self._send(200, body, content_type)

    # -- faults (one method per kind in FAULTS) -------------------------------------------------------

    def _fault_status(
        self,
        slug: str,
        variant: int,
        code: int = 500,
        retry_after: int | str | None = None,
        body: str | bytes | None = None,
    ) -> None:
        if body is None:
            reason = self.responses.get(code, ("Error",))[0]
            content = _BLOCKED if code == 403 else _simple_page(f"{code} {reason}", f"<h1>{code} {reason}</h1>")
        else:
            content = body.encode() if isinstance(body, str) else body
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        self._send(code, content, "text/html; charset=utf-8", headers)

    def _fault_timeout(self, slug: str, variant: int, seconds: float = 60.0) -> None:
        if not self.site._stopping.wait(seconds):
            self._page(slug, variant)

    def _fault_slow(self, slug: str, variant: int, seconds: float = 2.0) -> None:
        self.site._stopping.wait(seconds)
        self._page(slug, variant)

    def _fault_empty(self, slug: str, variant: int) -> None:
        self._send(200, b"", "text/html; charset=utf-8")

    def _fault_captcha(self, slug: str, variant: int, status: int = 200) -> None:
        self._send(status, _CAPTCHA, "text/html; charset=utf-8")

    def _fault_login(self, slug: str, variant: int) -> None:
        self._send(302, b"", "text/html; charset=utf-8", {"Location": f"/login?next=/{slug}/privacy"})

    def _fault_maintenance(self, slug: str, variant: int, status: int = 200) -> None:
        self._send(status, _MAINTENANCE, "text/html; charset=utf-8")

    def _fault_content_type(
        self, slug: str, variant: int, content_type: str = "application/pdf", body: bytes = _PDF
    ) -> None:
        self._send(200, body, content_type)

    def _fault_latin1(self, slug: str, variant: int, declare: str = "header") -> None:
        body, content_type = _as_latin1(self.site.render(slug, variant=variant), declare)
        self._send(200, body, content_type)

    def _fault_flipflop(self, slug: str, variant: int, alt: str | None = None) -> None:
        if alt is None:
            alt = self.site.text(slug) + "\nWe may share your personal data with our advertising partners."
        self._page(slug, variant, text=alt if self.site._next_flip(slug) % 2 else None)

    def _fault_tokens(self, slug: str, variant: int, visible_timestamp: bool = False) -> None:
        page = add_tokens(
            self.site.render(slug, variant=variant),
            variant,
            visible_timestamp=visible_timestamp,
            text=self.site.text(slug),
        )
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

    def _fault_reset(self, slug: str, variant: int) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _fault_error_page(self, slug: str, variant: int) -> None:
        self._page(slug, variant, text=ERROR_TEXT)

    def _fault_landing(self, slug: str, variant: int) -> None:
        self._page(slug, variant, text=LANDING_TEXT)

    def _fault_language(self, slug: str, variant: int) -> None:
        self._page(slug, variant, text=FRENCH_TEXT)

    def _fault_truncated(self, slug: str, variant: int, keep: float = 0.1) -> None:
        lines = self.site.text(slug).splitlines()
        self._page(slug, variant, text="\n".join(lines[: max(1, int(len(lines) * keep))]))

    def _fault_huge(self, slug: str, variant: int, size: int = 60 * 1024 * 1024, declare_length: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if declare_length:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        for chunk in _huge_body(size):
            if self.site._stopping.is_set():
                break
            self.wfile.write(chunk)


def _huge_body(size: int, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
    head = b"<!DOCTYPE html><html><head><title>Privacy Policy</title></head><body><main>"
    para = b"<p>We process personal data only as described in this policy and applicable law.</p>\n"
    block = para * (chunk_size // len(para) + 1)
    yield head
    sent = len(head)
    while sent < size:
        piece = block[: min(chunk_size, size - sent)]
        sent += len(piece)
        yield piece


# ------------------------------------------------------------------------------------------ standalone


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the standalone site as cleanly as Ctrl-C


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m monitor.demo.site",
        description="Serve the seed privacy policies as web pages on loopback, with chrome (nav, cookie "
        "banner, sidebar, footer) that changes on every request. Press Ctrl-C to stop.",
    )
    parser.add_argument("--port", type=int, default=8000, help="TCP port on 127.0.0.1 (0: any free port; default 8000)")
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        help=f"folder of seed policies, one file per company (default: {repo_seeds_dir()})",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SLUG=KIND",
        help=f"start with a fault on a page; KIND is one of: {', '.join(FAULTS)} (repeatable)",
    )
    args = parser.parse_args(argv)
    seeds = args.seeds or repo_seeds_dir()
    if not seeds.is_dir():
        parser.error(f"no seeds folder at {seeds}")
    try:
        site = PolicySite.from_seeds(seeds, port=args.port)
    except OSError as exc:
        parser.error(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}")
    for spec in args.fault:
        slug, _, kind = spec.partition("=")
        if slug not in site.slugs or kind not in FAULTS:
            site.stop()
            parser.error(f"bad --fault {spec!r}: expected SLUG=KIND with a served slug and a known kind")
        site.set_fault(slug, kind)
    signal.signal(signal.SIGTERM, _interrupt)
    print(f"Policy site on {site.base_url}/ (Ctrl-C to stop)", flush=True)
    for slug in site.slugs:
        print(f"  {slug:<12} {site.url(slug)}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
