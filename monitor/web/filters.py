"""Jinja filters and globals for the templates (formatting only; every value stays autoescaped)."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask

from monitor.domain.values import Direction

DIRECTIONS = {
    Direction.REDUCES: "reduces privacy",
    Direction.IMPROVES: "improves privacy",
    Direction.NEUTRAL: "neutral",
    Direction.MIXED: "mixed",
}


def _utc(dt: datetime) -> datetime:
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)


def when(dt: datetime | None) -> str:
    return _utc(dt).strftime("%Y-%m-%d %H:%M UTC") if dt else "—"


def iso(dt: datetime | None) -> str:
    return _utc(dt).isoformat() if dt else ""


def ago(dt: datetime | None, now: datetime | None = None) -> str:
    if dt is None:
        return ""
    seconds = int(((now or datetime.now(UTC)) - _utc(dt)).total_seconds())
    if seconds < 0:
        return "in the future"
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"


def category(name: str) -> str:
    return name.replace("_", " ")


def direction(value: Direction | None) -> str:
    return DIRECTIONS.get(value, "") if value else ""


def truncate_middle(text: str | None, limit: int = 160) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def register(app: Flask) -> None:
    app.add_template_filter(when)
    app.add_template_filter(iso)
    app.add_template_filter(ago)
    app.add_template_filter(category)
    app.add_template_filter(direction)
    app.add_template_filter(truncate_middle, "shorten")
