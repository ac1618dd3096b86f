"""GET /events: Server-Sent Events of every check and change recorded in the store, by any process.

The stream polls the store for checks with a higher id than the last one sent (so it sees what a `check`,
the daemon's children or another host wrote, on SQLite and PostgreSQL alike). Each check is one event, its
id the check's id: `event: change` when the check recorded a change, else `event: check`. A client that
reconnects sends `Last-Event-ID` (browsers do it themselves) and gets every check after that one, none twice.
Without it the stream starts after the newest check; `?after=<id>` starts after a given one.

On PostgreSQL, ids are handed out before commit, so a check with a lower id can become visible after a
higher one: a gap in the ids is held back for `GAP_WAIT_S` before the stream moves past it.
"""

from __future__ import annotations

import json
import logging
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from flask import Blueprint, Response, current_app, request, url_for
from werkzeug.exceptions import BadRequest, ServiceUnavailable

from monitor.domain.documents import split_key
from monitor.domain.records import ChangeRecord, CheckRecord
from monitor.errors import StoreError
from monitor.store import Store
from monitor.web.data import MAX_ID
from monitor.web.views import diff_args, site

log = logging.getLogger(__name__)

bp = Blueprint("events", __name__)

POLL_S = 0.5
HEARTBEAT_S = 5.0  # also how soon a closed connection frees its stream
GAP_WAIT_S = 3.0
MAX_STREAM_S = 3600.0  # then the client reconnects with Last-Event-ID (bounds a stream's thread)
MAX_STREAMS = 32
RETRY_MS = 2000
BATCH = 200


Row = tuple[CheckRecord, ChangeRecord | None, int]  # a check, its change, the failure streak after it


class Cursor:
    """Where a stream stands: the last check id sent, and since when a gap after it has been waited for."""

    def __init__(self, last_id: int, *, clock: Callable[[], float] = time.monotonic, gap_wait_s: float = GAP_WAIT_S):
        self.last_id = last_id
        self.clock = clock
        self.gap_wait_s = gap_wait_s
        self._gap_since: float | None = None

    def advance(self, rows: list[Row]) -> list[Row]:
        """The rows (ascending ids above `last_id`) that may be sent now; moves `last_id` past them."""
        ready = []
        for row in rows:
            if row[0].id != self.last_id + 1:
                now = self.clock()
                if self._gap_since is None:
                    self._gap_since = now
                if now - self._gap_since < self.gap_wait_s:
                    break  # a lower id may still commit: wait a little before moving past it
            ready.append(row)
            self.last_id = row[0].id
            self._gap_since = None
        return ready


def event_data(row: Row, names: dict[str, str]) -> dict[str, Any]:
    """The JSON of one event (links relative to the site's root)."""
    check, change, streak = row
    company_url = url_for("web.company", slug=check.company)
    data: dict[str, Any] = {
        "id": check.id,
        "company": check.company,
        "document": split_key(check.company)[1],
        "name": names.get(check.company, check.company),
        "outcome": check.outcome.value,
        "started_at": check.started_at.isoformat(),
        "duration_s": round(check.duration_s, 3),
        "http_status": check.http_status,
        "error": check.error,
        "failure_streak": streak,
        "company_url": company_url,
        "change": None,
    }
    if change is not None:
        cls = change.classification
        data["change"] = {
            "id": change.id,
            "created_at": change.created_at.isoformat(),
            "from_snapshot": change.from_snapshot,
            "to_snapshot": change.to_snapshot,
            "material": cls.material,
            "severity": cls.severity.value,
            "categories": list(cls.categories),
            "summary": cls.summary,
            "flip_flop": change.flip_flop,
            "diff_url": url_for("web.diff", slug=check.company, **diff_args(change.from_snapshot, change.to_snapshot)),
        }
    return data


def frame(data: dict[str, Any]) -> str:
    """One SSE frame; json.dumps keeps the data on one line, whatever the policy text holds."""
    kind = "change" if data["change"] is not None else "check"
    return f"id: {data['id']}\nevent: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _start_id(store: Store) -> int:
    value = request.headers.get("Last-Event-ID") or request.args.get("after")
    if value is None or value.strip() == "":
        return store.last_check_id()
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or int(value) > MAX_ID:
        raise BadRequest(f"Last-Event-ID must be a check id (a whole number), not {value[:40]!r}.")
    return int(value)


@bp.get("/events")
def events() -> Response:
    s = site()
    state: StreamState = current_app.extensions["policy_monitor_streams"]
    start = _start_id(s.store)
    names = {c.slug: c.name for c in s.summaries()}
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    request_root = request.url_root
    client = request.environ.get("werkzeug.socket")  # werkzeug's server: notice a closed client at once
    if not state.slots.acquire(blocking=False):
        raise ServiceUnavailable(f"Too many open event streams (at most {MAX_STREAMS}); try again later.")

    def stream() -> Iterator[str]:
        yield f"retry: {RETRY_MS}\n\n"
        cursor = Cursor(start)
        opened = last_write = time.monotonic()
        while not state.stop.is_set() and time.monotonic() - opened < MAX_STREAM_S and not client_gone(client):
            try:
                rows = cursor.advance(s.store.checks_after(cursor.last_id, limit=BATCH))
            except StoreError:
                log.exception("event stream: cannot read the store; trying again")
                rows = []
            if rows:
                # the stream outlives the request: links are built in a context of their own
                with app.test_request_context(base_url=request_root):
                    frames = [frame(event_data(row, names)) for row in rows]
                yield "".join(frames)
                last_write = time.monotonic()
                if len(rows) == BATCH:
                    continue
            elif time.monotonic() - last_write >= HEARTBEAT_S:
                yield ": keep-alive\n\n"  # also finds out that a client went away
                last_write = time.monotonic()
            state.stop.wait(POLL_S)

    response = Response(stream(), mimetype="text/event-stream")
    response.call_on_close(state.slots.release)  # also when the stream never started
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Accel-Buffering"] = "no"  # no proxy buffering
    return response


def client_gone(sock: socket.socket | None) -> bool:
    """True when the client closed its end (its socket reads as end-of-file); unknown sockets never are."""
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


class StreamState:
    """The app's open streams: a bound on their number, and the event that ends them when the server stops."""

    def __init__(self, max_streams: int = MAX_STREAMS):
        self.slots = threading.BoundedSemaphore(max_streams)
        self.stop = threading.Event()
