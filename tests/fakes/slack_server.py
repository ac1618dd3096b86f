"""A fake Slack on 127.0.0.1 (port 0): the Web API methods we call and an incoming webhook, in a thread.

It records every request, answers like Slack (JSON with ok/error, 429 with Retry-After, plain-text webhook
answers), validates blocks as Slack would (`invalid_blocks`), keeps the posted messages with their metadata
for conversations.history, and plays scripted answers queued per method:

    with FakeSlack() as slack:
        slack.script("chat.postMessage", Reply.rate_limited(1), Reply.rate_limited(1), Reply.server_error())
        ...  # the fourth call succeeds
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.blockkit import block_problems

TOKEN = "xoxb-fake-0000-token"
WEBHOOK_PATH = "/services/T0000FAKE/B0000FAKE/abcdefghijklmnopqrstuvwx"
CHANNELS = {"privacy-alerts": "C0PRIVACY1", "legal": "C0LEGAL001", "kids": "G0KIDSPRV1"}
AUTH = {
    "ok": True,
    "url": "https://fake-workspace.slack.com/",
    "team": "Fake Workspace",
    "user": "policy-monitor",
    "team_id": "T0000FAKE",
    "user_id": "U0BOT0001",
    "bot_id": "B0BOT0001",
}


@dataclass(frozen=True)
class Reply:
    """A scripted answer. `process` also performs the call first (the message IS posted); `drop` closes the
    connection without answering; `delay_s` waits before answering. `Reply(process=True, delay_s=30)` holds
    the answer of a message already posted: kill the sender meanwhile to test crash recovery."""

    status: int = 200
    body: Any = None  # dict -> JSON; str -> text
    headers: dict[str, str] = field(default_factory=dict)
    process: bool = False
    drop: bool = False
    delay_s: float = 0.0

    @classmethod
    def rate_limited(cls, retry_after: int = 1) -> Reply:
        return cls(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)})

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls(status, "<html><body>Internal Server Error</body></html>", {"Content-Type": "text/html"})

    @classmethod
    def error(cls, code: str) -> Reply:
        return cls(200, {"ok": False, "error": code})

    @classmethod
    def posted_then_dropped(cls) -> Reply:
        """Slack posts the message but the answer never arrives (a crash or a cut connection)."""
        return cls(process=True, drop=True)


@dataclass(frozen=True)
class Recorded:
    method: str  # "chat.postMessage", "webhook", ...
    path: str
    headers: dict[str, str]
    params: dict[str, Any]  # query string + form body + JSON body, merged
    at: float


class FakeSlack:
    """Start with `with FakeSlack() as slack:`; `base_url` for WebClient, `webhook_url` for WebhookClient."""

    def __init__(self, *, port: int = 0, token: str = TOKEN, channels: dict[str, str] | None = None):
        self.token = token
        self.channels = dict(CHANNELS if channels is None else channels)
        self.requests: list[Recorded] = []
        self.messages: list[dict[str, Any]] = []  # every message posted, oldest first
        self.webhook_messages: list[dict[str, Any]] = []
        self._scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._ts = itertools.count(100)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{WEBHOOK_PATH}"

    def start(self) -> FakeSlack:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-slack", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, method: str, *replies: Reply) -> None:
        with self._lock:
            self._scripts[method].extend(replies)

    def calls(self, method: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.method == method]

    def posted(self, channel_id: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.messages if channel_id is None or m["channel"] == channel_id]

    def wait_for_calls(self, method: str, count: int = 1, timeout_s: float = 10.0) -> list[Recorded]:
        """Block until `method` was called `count` times (e.g. to kill -9 a sender mid-request)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = self.calls(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"{method} called {len(self.calls(method))} times, expected {count}")

    # -- the API ---------------------------------------------------------------------------------

    def _next_reply(self, method: str) -> Reply | None:
        with self._lock:
            queue = self._scripts.get(method)
            return queue.popleft() if queue else None

    def _record(self, recorded: Recorded) -> None:
        with self._lock:
            self.requests.append(recorded)

    def api(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any, dict]:
        if headers.get("authorization") != f"Bearer {self.token}":
            return 200, {"ok": False, "error": "invalid_auth" if "authorization" in headers else "not_authed"}, {}
        if method == "auth.test":
            return 200, AUTH, {}
        if method == "chat.postMessage":
            return self._post_message(params)
        if method == "conversations.history":
            return self._history(params)
        if method == "conversations.list":
            chans = [
                {"id": cid, "name": name, "is_private": cid.startswith("G"), "is_archived": False}
                for name, cid in self.channels.items()
            ]
            return 200, {"ok": True, "channels": chans, "response_metadata": {"next_cursor": ""}}, {}
        return 200, {"ok": False, "error": "unknown_method"}, {}

    def _channel_id(self, channel: str) -> str | None:
        if channel in self.channels.values():
            return channel
        return self.channels.get(channel.lstrip("#"))

    def _post_message(self, params: dict[str, Any]) -> tuple[int, Any, dict]:
        channel = self._channel_id(str(params.get("channel", "")))
        if channel is None:
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        if params.get("blocks") is not None and block_problems(params):
            return 200, {"ok": False, "error": "invalid_blocks", "errors": block_problems(params)}, {}
        if not params.get("text") and not params.get("blocks"):
            return 200, {"ok": False, "error": "no_text"}, {}
        ts = f"{int(time.time())}.{next(self._ts):06d}"  # like Slack: wall-clock seconds, unique
        message = {
            "type": "message",
            "channel": channel,
            "ts": ts,
            "text": params.get("text"),
            "blocks": params.get("blocks"),
            "metadata": params.get("metadata"),
            "unfurl_links": params.get("unfurl_links"),
            "unfurl_media": params.get("unfurl_media"),
            "bot_id": AUTH["bot_id"],
        }
        with self._lock:
            self.messages.append(message)
        public = {k: v for k, v in message.items() if k not in ("channel", "metadata", "unfurl_links", "unfurl_media")}
        return 200, {"ok": True, "channel": channel, "ts": ts, "message": public}, {}

    def _history(self, params: dict[str, Any]) -> tuple[int, Any, dict]:
        channel = str(params.get("channel", ""))
        if channel not in self.channels.values():
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        oldest = float(params.get("oldest") or 0)
        with_metadata = str(params.get("include_all_metadata", "")).lower() in ("1", "true")
        found = []
        for m in reversed(self.posted(channel)):  # newest first, like Slack
            if float(m["ts"]) >= oldest:
                item = {k: v for k, v in m.items() if k not in ("channel", "unfurl_links", "unfurl_media")}
                if not with_metadata or not item.get("metadata"):
                    item.pop("metadata", None)
                found.append(item)
        return 200, {"ok": True, "messages": found, "has_more": False, "response_metadata": {"next_cursor": ""}}, {}

    def webhook(self, params: dict[str, Any]) -> tuple[int, Any, dict]:
        if params.get("blocks") is not None and block_problems(params):
            return 400, "invalid_blocks", {}
        if not params.get("text") and not params.get("blocks"):
            return 400, "no_text", {}
        with self._lock:
            self.webhook_messages.append(params)
        return 200, "ok", {}


def _handler(slack: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self.do_POST()

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            params: dict[str, Any] = dict(parse_qsl(parts.query))
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if raw and kind == "application/json":
                params.update(json.loads(raw))
            elif raw:
                params.update(parse_qsl(raw.decode("utf-8")))
            for key in ("blocks", "metadata"):  # form posts carry these as JSON strings
                if isinstance(params.get(key), str):
                    params[key] = json.loads(params[key])
            headers = {k.lower(): v for k, v in self.headers.items()}
            if parts.path == WEBHOOK_PATH:
                method = "webhook"
            elif parts.path.startswith("/api/"):
                method = parts.path[len("/api/") :]
            else:
                self._answer(404, "not found", {})
                return
            slack._record(Recorded(method, parts.path, headers, params, time.time()))
            reply = slack._next_reply(method)
            if reply is None or reply.process:
                status, body, extra = (
                    slack.webhook(params) if method == "webhook" else slack.api(method, params, headers)
                )
            if reply is not None:
                time.sleep(reply.delay_s)
                if reply.drop:
                    self.close_connection = True
                    self.connection.close()
                    return
                if not reply.process:
                    status, body, extra = reply.status, reply.body, reply.headers
            self._answer(status, body, extra)

        def _answer(self, status: int, body: Any, headers: dict[str, str]) -> None:
            if isinstance(body, dict | list):
                data, kind = json.dumps(body).encode(), "application/json; charset=utf-8"
            else:
                data, kind = str(body or "").encode(), "text/html; charset=utf-8"
            self.send_response(status)
            self.send_header("Content-Type", headers.get("Content-Type", kind))
            for key, value in headers.items():
                if key != "Content-Type":
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
