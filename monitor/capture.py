"""Decide whether a fetch captured the policy, and extract its text — or say why it did not. Pure.

INTERFACE SKELETON — to be implemented.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Company, Fetched, MonitorSettings


@dataclass(frozen=True)
class Capture:
    ok: bool
    text: str | None = None  # canonical text when ok
    reason: str | None = None  # why not, when not ok: "HTTP 503", "empty page", "captcha page", ...


def assess(fetched: Fetched, company: Company, previous_text: str | None, settings: MonitorSettings) -> Capture:
    raise NotImplementedError
