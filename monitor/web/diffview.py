"""Pair the sentence-level changes between two texts with their verdicts and word-level highlights."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor.domain.values import Change, ChangeKind, ChangeVerdict, Classification
from monitor.web.blocks import strip_marker

Ops = list[tuple[int, str]]


@dataclass(frozen=True)
class ChangeView:
    """One change as displayed: its text with word operations, where it sits, and the classifier's verdict."""

    kind: ChangeKind
    before: str | None
    after: str | None
    ops: Ops  # (-1 deleted, 0 kept, 1 inserted) at word granularity
    verdict: ChangeVerdict | None
    old_line: int | None  # 1-based line of the canonical text holding `before`
    new_line: int | None
    section: str | None  # the heading above the change

    @property
    def reworded(self) -> bool:
        return any(op != 0 for op, _ in self.ops)


class _Locator:
    """Finds the line and section heading of a snippet in a canonical text."""

    def __init__(self, text: str):
        self.lines = [strip_marker(line) for line in text.split("\n")]
        self.headings: list[str | None] = []
        current: str | None = None
        for raw, plain in zip(text.split("\n"), self.lines, strict=True):
            if raw.startswith("# "):
                current = plain
            self.headings.append(current)

    def find(self, snippet: str | None) -> tuple[int | None, str | None]:
        if not snippet:
            return None, None
        needle = strip_marker(snippet)
        # a change may span several blocks: fall back on its first words
        for probe in (needle, needle[:60].rsplit(" ", 1)[0] if len(needle) > 60 else None):
            if not probe:
                continue
            for index, line in enumerate(self.lines):
                if probe in line:
                    heading = self.headings[index]
                    return index + 1, (None if heading == line else heading)
        return None, None


def _key(kind: ChangeKind, before: str | None, after: str | None) -> tuple[str, str, str]:
    return kind.value, before or "", after or ""


def build_views(
    old: str,
    new: str,
    changes: Sequence[Change],
    classification: Classification,
    word_diff: Callable[[str, str], Ops],
) -> list[ChangeView]:
    """Every change of `changes`, each with its verdict from `classification` when one matches.

    Verdicts that match no change (a classification recorded by an earlier diff) are shown too, after them.
    """
    verdicts = {_key(v.kind, v.before, v.after): v for v in classification.changes}
    loose = {(v.before or "", v.after or ""): v for v in classification.changes}
    used: set[int] = set()
    old_at, new_at = _Locator(old), _Locator(new)

    def view(kind: ChangeKind, before: str | None, after: str | None, verdict: ChangeVerdict | None):
        old_line, old_section = old_at.find(before)
        new_line, new_section = new_at.find(after)
        return ChangeView(
            kind=kind,
            before=before,
            after=after,
            ops=word_diff(before or "", after or ""),
            verdict=verdict,
            old_line=old_line,
            new_line=new_line,
            section=new_section or old_section,
        )

    views = []
    for change in changes:
        verdict = verdicts.get(_key(change.kind, change.before, change.after)) or loose.get(
            (change.before or "", change.after or "")
        )
        if verdict is not None:
            used.add(id(verdict))
        views.append(view(change.kind, change.before, change.after, verdict))
    for verdict in classification.changes:
        if id(verdict) not in used:
            views.append(view(verdict.kind, verdict.before, verdict.after, verdict))
    return views
