"""Sub-processor lists read as rows of (entity, purpose, location), compared as sets. Pure.

A new entity, a new location of an entity or a changed purpose is material (GDPR Art. 28 says customers must be
told of them): `third_party_sharing`, plus `international_transfer` where data goes to a location. A row that
disappears is a minor change; a re-sorted or restyled table (table ↔ list, bold, column widths) is no change
of any row. Rows are the canonical text's table lines (``a | b | c``) and list items (``- a - b - c``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Severity

SHARING, TRANSFER = "third_party_sharing", "international_transfer"

#: Header words of each column (a header row holds only such cells).
_ENTITY = re.compile(r"\b(?:entity|entities|name|sub-?processors?|vendors?|compan(?:y|ies)|providers?|party)\b")
_PURPOSE = re.compile(r"\b(?:purposes?|services?|function|activit(?:y|ies)|processing|nature|description|role)\b")
_LOCATION = re.compile(r"\b(?:locations?|countr(?:y|ies)|regions?|jurisdictions?|where|hq|headquarters)\b")
_LEGAL = re.compile(r"\b(?:inc|ltd|llc|limited|gmbh|sarl|sas|s\.?a|bv|b\.?v|ag|plc|corp|corporation|co)\b\.?")
_WORDS = re.compile(r"[^\w]+")
_DIGIT = re.compile(r"\d")
_LOCATION_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|&)\s*")
#: More rows than this is not a sub-processor list a person reads; the rest are left to the text diff.
MAX_ROWS = 2000
MAX_CELL = 300


@dataclass(frozen=True)
class Row:
    entity: str
    purpose: str
    locations: tuple[str, ...]
    line: str  # the row as it appears in the canonical text

    @property
    def key(self) -> str:
        return entity_key(self.entity)

    def quote(self) -> str:
        return " - ".join(part for part in (self.entity, self.purpose, ", ".join(self.locations)) if part)


def entity_key(name: str) -> str:
    """The same entity, however it is styled: case, punctuation and legal-form suffixes ignored."""
    low = name.casefold()
    stripped = _WORDS.sub(" ", _LEGAL.sub(" ", low)).split()
    return " ".join(stripped) or " ".join(_WORDS.sub(" ", low).split())


def _plain(text: str) -> str:
    return " ".join(_WORDS.sub(" ", text.casefold()).split())


def _cells(line: str) -> list[str] | None:
    if " | " in line:
        cells = [c.strip() for c in line.strip("| ").split(" | ")]
    elif line.startswith("- ") and line.count(" - ") >= 1:
        cells = [c.strip() for c in line[2:].split(" - ")]
    else:
        return None
    if len(cells) < 2 or not cells[0] or any(len(c) > MAX_CELL for c in cells):
        return None
    return cells


def _header(cells: Sequence[str]) -> dict[str, int] | None:
    """Column of each field when `cells` is a header row, else None."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        low = cell.casefold()
        for field, pattern in (("location", _LOCATION), ("purpose", _PURPOSE), ("entity", _ENTITY)):
            if field not in columns and pattern.search(low) and len(low.split()) <= 4 and not _DIGIT.search(low):
                columns[field] = index
                break
        else:
            return None
    return columns if "entity" in columns else None


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def read_rows(text: str) -> tuple[list[Row], list[str]]:
    """The sub-processor rows of a canonical text, and its other lines (header rows dropped)."""
    rows: list[Row] = []
    rest: list[str] = []
    columns = {"entity": 0, "purpose": 1, "location": 2}
    for line in text.split("\n"):
        cells = _cells(line) if len(rows) < MAX_ROWS else None
        if cells is None:
            rest.append(line)
            continue
        header = _header(cells)
        if header is not None:
            columns = header
            continue
        entity, purpose, location = (_cell(cells, columns.get(f)) for f in ("entity", "purpose", "location"))
        locations = tuple(loc for loc in _LOCATION_SPLIT.split(location) if loc)
        rows.append(Row(entity, purpose, locations, line))
    return rows, rest


def classify_subprocessors(
    before: str, after: str, classify_text: Callable[[str, str], Classification]
) -> Classification | None:
    """The change between two versions of a sub-processor list, or None when neither holds rows.

    `classify_text` judges what is not a row (an introduction, a notice period) as any policy text.
    """
    old_rows, old_rest = read_rows(before)
    new_rows, new_rest = read_rows(after)
    if not old_rows and not new_rows:
        return None
    verdicts = _row_verdicts(old_rows, new_rows)
    if old_rest != new_rest:
        verdicts += list(classify_text("\n".join(old_rest), "\n".join(new_rest)).changes)
    if not verdicts:
        kind = Severity.COSMETIC if before != after else Severity.NONE
        summary = "Sub-processor list re-ordered or restyled; no entity, purpose or location changed."
        return Classification(False, kind, Direction.NEUTRAL, (), summary if before != after else "No change.")
    return _summarise(verdicts)


def _row_verdicts(old_rows: Sequence[Row], new_rows: Sequence[Row]) -> list[ChangeVerdict]:
    old = {row.key: row for row in old_rows}
    new = {row.key: row for row in new_rows}
    out: list[ChangeVerdict] = []
    old_locations = {_plain(loc) for row in old_rows for loc in row.locations}
    for key, row in new.items():
        was = old.get(key)
        if was is None:
            categories = (SHARING, TRANSFER) if row.locations else (SHARING,)
            fresh = [loc for loc in row.locations if _plain(loc) not in old_locations]
            where = f" in {', '.join(row.locations)}" if row.locations else ""
            reason = f"new sub-processor {row.entity} ({row.purpose or 'purpose not stated'}){where}"
            if fresh:
                reason += f"; a location new to the list: {', '.join(fresh)}"
            out.append(_verdict(ChangeKind.ADDED, None, row.line, True, categories, reason, Direction.REDUCES))
            continue
        gained = [loc for loc in row.locations if _plain(loc) not in {_plain(x) for x in was.locations}]
        if gained:
            reason = f"{row.entity} now processes data in {', '.join(gained)}"
            reason += f" (was: {', '.join(was.locations) or 'no location stated'})"
            out.append(_verdict(ChangeKind.MODIFIED, was.line, row.line, True, (TRANSFER,), reason, Direction.REDUCES))
        if _plain(row.purpose) != _plain(was.purpose):
            reason = f"{row.entity}: purpose changed from {was.purpose!r} to {row.purpose!r}"
            out.append(_verdict(ChangeKind.MODIFIED, was.line, row.line, True, (SHARING,), reason, Direction.REDUCES))
        lost = [loc for loc in was.locations if _plain(loc) not in {_plain(x) for x in row.locations}]
        if lost and not gained:
            reason = f"{row.entity} no longer processes data in {', '.join(lost)}"
            out.append(
                _verdict(ChangeKind.MODIFIED, was.line, row.line, False, (TRANSFER,), reason, Direction.IMPROVES)
            )
    for key, row in old.items():
        if key not in new:
            reason = f"sub-processor removed: {row.quote()}"
            out.append(_verdict(ChangeKind.REMOVED, row.line, None, False, (SHARING,), reason, Direction.IMPROVES))
    return out


def _verdict(
    kind: ChangeKind,
    before: str | None,
    after: str | None,
    material: bool,
    categories: tuple[str, ...],
    reason: str,
    direction: Direction,
) -> ChangeVerdict:
    severity = Severity.MAJOR if material else Severity.MINOR
    return ChangeVerdict(kind, before, after, material, severity, categories, reason, direction)


def _summarise(verdicts: Sequence[ChangeVerdict]) -> Classification:
    severity = max((v.severity for v in verdicts), key=lambda s: s.rank)
    material = any(v.material for v in verdicts)
    categories: list[str] = []
    for v in sorted(verdicts, key=lambda v: -v.severity.rank):
        categories += [c for c in v.categories if c not in categories]
    directions = {v.direction for v in verdicts if v.direction is not Direction.NEUTRAL}
    direction = directions.pop() if len(directions) == 1 else (Direction.MIXED if directions else Direction.NEUTRAL)
    ranked = sorted(verdicts, key=lambda v: (-v.severity.rank, not v.material))
    reasons = [v.reason for v in ranked[:3]]
    more = f" (and {len(verdicts) - 3} more)" if len(verdicts) > 3 else ""
    summary = "Sub-processors: " + "; ".join(reasons) + more + "."
    return Classification(material, severity, direction, tuple(categories), summary, tuple(verdicts))
