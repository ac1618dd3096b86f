"""A tiny threaded HTTP server on a loopback address (127.0.0.1 by default; IPv6 too), port 0, with scripted
routes, for the fetch and daemon tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Route:
    """What one path answers. ``statuses`` are served in turn (the last one repeats)."""

    body: bytes = b""
    statuses: list[int] = field(default_factory=lambda: [200])
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay_s: float = 0.0  # sleep before answering
    stream_bytes: int = 0  # send this many bytes of filler after the body, without a Content-Length
    declare_length: bool = True
    hits: int = 0


@dataclass
class Hit:
    path: str
    at: float
    headers: dict[str, str]


class PolicyServer:
    """``with PolicyServer() as srv: srv.route("/p", Route(body=...)); url = srv.url("/p")``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        server = _Server6 if ":" in host else _Server
        self.httpd = server((host, 0), _handler_for(self))
        # a short poll interval: shutdown() returns at once, not after up to 0.5 s
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), name="policy-http", daemon=True)

    def __enter__(self) -> PolicyServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://[{host}]:{port}" if ":" in str(host) else f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, route: Route | None = None, **kwargs: Any) -> Route:
        self.routes[path] = route or Route(**kwargs)
        return self.routes[path]

    def hits_of(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.hits.append(Hit(handler.path, time.monotonic(), {k.lower(): v for k, v in handler.headers.items()}))
            route = self.routes.get(handler.path)
            if route is not None:
                status = route.statuses[min(route.hits, len(route.statuses) - 1)]
                route.hits += 1
        if route is None:
            _send(handler, 404, {"Content-Type": "text/plain"}, b"not found")
            return
        if route.delay_s:
            time.sleep(route.delay_s)
        if route.stream_bytes:
            _stream(handler, status, route)
        else:
            _send(handler, status, route.headers, route.body, declare_length=route.declare_length)


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # the listen backlog: a crawl opens many connections at once
    daemon_threads = True


class _Server6(_Server):
    address_family = socket.AF_INET6


def _handler_for(server: PolicyServer) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            try:
                server.answer(self)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def do_POST(self) -> None:  # answered like a GET, once the request body is read
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.do_GET()

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    return Handler


def _send(
    handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes, *, declare_length: bool = True
) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    if declare_length:
        handler.send_header("Content-Length", str(len(body)))
    else:
        handler.send_header("Connection", "close")
        handler.close_connection = True
    handler.end_headers()
    handler.wfile.write(body)


def _stream(handler: BaseHTTPRequestHandler, status: int, route: Route) -> None:
    """Send the body then ``stream_bytes`` of filler, close-delimited; stop when the client hangs up."""
    handler.close_connection = True
    handler.send_response(status)
    for name, value in route.headers.items():
        handler.send_header(name, value)
    if route.declare_length:
        handler.send_header("Content-Length", str(len(route.body) + route.stream_bytes))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(route.body)
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"
    sent = 0
    while sent < route.stream_bytes:
        piece = chunk[: route.stream_bytes - sent]
        handler.wfile.write(piece)
        sent += len(piece)


def html_page(title: str, *paragraphs: str, charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><main><h1>{title}</h1>{body}</main></body></html>"
    ).encode(charset)
