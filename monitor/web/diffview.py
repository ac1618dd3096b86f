"""Pair the sentence-level changes between two texts with their verdicts and word-level highlights."""

from __future__ import annotations

import bisect
import re
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
    """Finds the line and section heading of a snippet in a canonical text, in linear time overall.

    The text is searched as it is (no copy, no per-line work: a few C-level scans), from where the previous
    snippet was found (changes come in document order), then from the top. The characters scanned are
    capped at a multiple of the text's length, so a page of many changes cannot make this quadratic: past
    the cap a change is shown without its line number.
    """

    SCAN_FACTOR = 8

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.heading_lines = [bisect.bisect_right(self.starts, m.start()) - 1 for m in _HEADING.finditer(text)]
        self.cursor = 0
        self.budget = self.SCAN_FACTOR * len(text) + 100_000

    def line(self, index: int) -> str:
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index] : end]

    def find(self, snippet: str | None) -> tuple[int | None, str | None]:
        if not snippet:
            return None, None
        needle = strip_marker(snippet)
        index = None
        # a change may span several blocks: fall back on its first words
        for probe in (needle, needle[:60].rsplit(" ", 1)[0] if len(needle) > 60 else None):
            if probe:
                index = self._search(probe)
                if index is not None:
                    break
        if index is None:
            return None, None
        self.cursor = self.starts[index]
        at = bisect.bisect_right(self.heading_lines, index) - 1
        if at < 0 or self.heading_lines[at] == index:
            return index + 1, None
        return index + 1, strip_marker(self.line(self.heading_lines[at]))

    def _search(self, probe: str) -> int | None:
        """The line holding `probe`: after the cursor first, then before it; None past the scan budget."""
        if "\n" in probe or self.budget <= 0:
            return None
        pos = self.text.find(probe, self.cursor)
        self.budget -= (pos if pos >= 0 else len(self.text)) - self.cursor
        if pos < 0 and self.cursor:
            pos = self.text.find(probe, 0, self.cursor + len(probe))
            self.budget -= pos if pos >= 0 else self.cursor
        if pos < 0:
            return None
        return bisect.bisect_right(self.starts, pos) - 1


_NEWLINE = re.compile("\n")
_HEADING = re.compile("^# ", re.MULTILINE)


def _key(kind: ChangeKind, before: str | None, after: str | None) -> tuple[str, str, str]:
    return kind.value, before or "", after or ""


@dataclass(frozen=True)
class Item:
    """One difference to show: a change of the diff (or of the recorded classification) and its verdict."""

    kind: ChangeKind
    before: str | None
    after: str | None
    verdict: ChangeVerdict | None

    @classmethod
    def of(cls, verdict: ChangeVerdict) -> Item:
        return cls(verdict.kind, verdict.before, verdict.after, verdict)


def pair_items(changes: Sequence[Change], classification: Classification) -> list[Item]:
    """Every change of `changes`, each with its verdict from `classification` when one matches.

    Verdicts that match no change (a classification recorded by an earlier diff) are shown too, after them.
    """
    verdicts = {_key(v.kind, v.before, v.after): v for v in classification.changes}
    loose = {(v.before or "", v.after or ""): v for v in classification.changes}
    used: set[int] = set()
    items = []
    for change in changes:
        verdict = verdicts.get(_key(change.kind, change.before, change.after)) or loose.get(
            (change.before or "", change.after or "")
        )
        if verdict is not None:
            used.add(id(verdict))
        items.append(Item(change.kind, change.before, change.after, verdict))
    items += [Item(v.kind, v.before, v.after, v) for v in classification.changes if id(v) not in used]
    return items


def build_views(old: str, new: str, items: Sequence[Item], word_diff: Callable[[str, str], Ops]) -> list[ChangeView]:
    """The displayed form of `items` (a page of them): word operations, lines and section headings."""
    old_at, new_at = _Locator(old), _Locator(new)
    views = []
    for item in items:
        old_line, old_section = old_at.find(item.before)
        new_line, new_section = new_at.find(item.after)
        views.append(
            ChangeView(
                kind=item.kind,
                before=item.before,
                after=item.after,
                ops=display_ops(item.before or "", item.after or "", word_diff),
                verdict=item.verdict,
                old_line=old_line,
                new_line=new_line,
                section=new_section or old_section,
            )
        )
    return views


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
#: Characters of unchanged text kept on each side of the edit of a sentence longer than the display allows.
DISPLAY_CONTEXT = 2000


def display_ops(old: str, new: str, word_diff: Callable[[str, str], Ops]) -> Ops:
    """Word operations for display: the common head and tail are kept as they are and only the middle is
    diffed (most edits touch a few words, and a megabyte-long sentence then costs a scan); unchanged text
    longer than DISPLAY_CONTEXT on either side of the edit is cut to it, with an ellipsis."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    mid_a, mid_b = "".join(a[head : len(a) - tail]), "".join(b[head : len(b) - tail])
    if not mid_a and not mid_b:
        middle: Ops = []
    elif not mid_a or not mid_b or (len(a) - tail - head <= 2 and len(b) - tail - head <= 2):
        middle = [(-1, mid_a), (1, mid_b)]
    else:
        middle = word_diff(mid_a, mid_b)
    prefix, suffix = "".join(a[:head]), "".join(a[len(a) - tail :])
    if len(prefix) > DISPLAY_CONTEXT:
        prefix = "… " + prefix[-DISPLAY_CONTEXT:]
    if len(suffix) > DISPLAY_CONTEXT:
        suffix = suffix[:DISPLAY_CONTEXT] + " …"
    out: Ops = []
    for op, text in [(0, prefix), *middle, (0, suffix)]:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out
