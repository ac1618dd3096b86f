"""A minimal Server-Sent Events client for tests: reads a stream in a thread, timestamps each event."""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    id: str | None
    event: str
    data: str
    received: float  # time.monotonic() when the blank line ending it arrived

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.data)


class SSEClient:
    def __init__(self, host: str, port: int, path: str = "/events", last_event_id: str | None = None):
        self.conn = http.client.HTTPConnection(host, port, timeout=30)
        headers = {"Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        self.conn.request("GET", path, headers=headers)
        self._sock = self.conn.sock  # the response takes it over when the server streams until it closes
        self.response = self.conn.getresponse()
        self.status = self.response.status
        self.headers = dict(self.response.getheaders())
        self.events: queue.Queue[Event] = queue.Queue()
        self.comments = 0
        self.retry_ms: int | None = None
        self._thread = threading.Thread(target=self._read, daemon=True)
        if self.status == 200:
            self._thread.start()

    def _read(self) -> None:
        fields: dict[str, list[str]] = {}
        try:
            while True:
                raw = self.response.readline()
                if not raw:
                    return
                line = raw.decode("utf-8").rstrip("\r\n")
                if line == "":
                    if "data" in fields or "event" in fields:
                        ids = fields.get("id")
                        self.events.put(
                            Event(
                                ids[-1] if ids else None,
                                (fields.get("event") or ["message"])[-1],
                                "\n".join(fields.get("data", [])),
                                time.monotonic(),
                            )
                        )
                    fields = {}
                elif line.startswith(":"):
                    self.comments += 1
                else:
                    name, _, value = line.partition(":")
                    value = value.removeprefix(" ")
                    if name == "retry":
                        self.retry_ms = int(value)
                    else:
                        fields.setdefault(name, []).append(value)
        except (OSError, ValueError, http.client.HTTPException):
            return

    def next(self, timeout: float) -> Event:
        return self.events.get(timeout=timeout)

    def take(self, count: int, timeout: float) -> list[Event]:
        deadline = time.monotonic() + timeout
        found = []
        while len(found) < count:
            found.append(self.events.get(timeout=max(0.01, deadline - time.monotonic())))
        return found

    def close(self) -> None:
        """Hang up, as a browser leaving the page does."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._sock.close()
        self.conn.close()
