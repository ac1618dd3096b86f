"""Print alerts as readable plain text (the destination while Slack is not configured)."""

from __future__ import annotations

import html
import re
import threading
from typing import Any, TextIO

from monitor.domain.events import Alert, EventKind
from monitor.notify.message import ZWSP

RULE = "─" * 72
_LINK = re.compile(r"<([^|>]+)\|([^>]*)>")
#: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MARKS = re.compile(r"(?<![\w\u200b])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w\u200b])")


class ConsoleNotifier:
    """Writes each alert to `stream` (stdout in the CLI); `note` is printed once, before the first alert."""

    def __init__(self, stream: TextIO, *, note: str | None = None):
        self.stream = stream
        self.note = note
        self._lock = threading.Lock()

    def send(self, alert: Alert) -> str | None:
        text = printable(render_plain(alert))
        with self._lock:
            if self.note:
                self.stream.write(f"({self.note})\n")
                self.note = None
            self.stream.write(f"{text}\n")
            self.stream.flush()
        return None


def printable(text: str) -> str:
    """Text safe for a terminal: control characters (escape sequences from a hostile server's headers or
    page, carriage returns, bidirectional overrides) are shown as visible escapes, never interpreted."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def render_plain(alert: Alert) -> str:
    """The alert as text: a rule, who it is for, then the message's plain rendering."""
    for_whom = (
        f"test message for {alert.subscriber}"
        if alert.event is EventKind.TEST
        else f"alert {alert.id} for {alert.subscriber}"
    )
    if alert.destination != "console":
        for_whom += f" ({alert.destination})"
    body = alert.payload.get("plain") or blocks_to_text(alert.payload)
    return f"{RULE}\n{for_whom}\n\n{body}\n{RULE}"


def blocks_to_text(payload: dict[str, Any]) -> str:
    """A readable rendering of any Block Kit payload (for payloads built without a plain version)."""
    lines: list[str] = []
    for block in payload.get("blocks") or []:
        kind = block.get("type")
        if kind == "header":
            lines.append(block["text"]["text"])
        elif kind == "section" and block.get("text"):
            lines.append(mrkdwn_to_text(block["text"]["text"]))
        elif kind == "context":
            lines.append(" · ".join(mrkdwn_to_text(e.get("text", "")) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("")
    return "\n".join(lines) if lines else mrkdwn_to_text(payload.get("text", ""))


def mrkdwn_to_text(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2).strip('*_')}: {m.group(1)}", text)
    text = _MARKS.sub(r"\1", text)
    return html.unescape(text).replace(ZWSP, "")
