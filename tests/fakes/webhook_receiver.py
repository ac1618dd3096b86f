"""A webhook receiver on 127.0.0.1 (port 0), written as the README tells integrators to write one.

It verifies each POST's HMAC-SHA256 signature over the raw body (rejecting a bad one with 401), processes
each idempotency key once (a repeat is answered 200 and dropped), and records everything it was sent. Scripted
answers (`fail_next(503, 503)`) make it fail the next requests with those statuses.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SECRET = "whsec-test-3f9a1c"


@dataclass(frozen=True)
class Delivery:
    headers: dict[str, str]
    body: bytes
    signature_ok: bool
    status: int

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body)

    @property
    def key(self) -> str:
        return self.headers.get("idempotency-key", "")


class WebhookReceiver:
    def __init__(self, secret: str = SECRET):
        self.secret = secret
        self.deliveries: list[Delivery] = []  # every request, in order
        self.processed: list[dict[str, Any]] = []  # each event once (first delivery of each key)
        self._seen: set[str] = set()
        self._script: deque[int] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)  # quick shutdown

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/hooks/policy-monitor"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail_next(self, *statuses: int) -> None:
        with self._lock:
            self._script.extend(statuses)

    def receive(self, headers: dict[str, str], body: bytes) -> int:
        expected = "sha256=" + hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()
        signature_ok = hmac.compare_digest(expected, headers.get("x-policy-monitor-signature", ""))
        with self._lock:
            status = self._script.popleft() if self._script else (200 if signature_ok else 401)
            self.deliveries.append(Delivery(headers, body, signature_ok, status))
            key = headers.get("idempotency-key", "")
            if status == 200 and key not in self._seen:
                self._seen.add(key)
                self.processed.append(json.loads(body))
        return status


def _handler(receiver: WebhookReceiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status = receiver.receive({k.lower(): v for k, v in self.headers.items()}, body)
            payload = b'{"ok":true}' if status == 200 else b'{"ok":false}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler
