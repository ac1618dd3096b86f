"""Read what each page shows from the store (shared by the HTML pages and the JSON API)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from werkzeug.exceptions import BadRequest, NotFound

from monitor.capture.pair import classify_pair
from monitor.config.settings import Company
from monitor.domain.records import ChangeRecord, CheckRecord, CompanySummary, Snapshot
from monitor.domain.values import Classification, Severity
from monitor.store import Store
from monitor.text import diff
from monitor.web.chart import Chart, build_chart
from monitor.web.diffview import ChangeView, Item, build_views, pair_items

PAGE_SIZE = 50
SEVERITIES = frozenset(s.value for s in Severity)
#: Differences shown on one diff page (a change of 100 000 paragraphs is paged, not rendered at once).
DIFF_PAGE_SIZE = 500
#: Pairs of snapshots whose diff and classification are kept in memory.
PAIR_CACHE_SIZE = 8
CHART_CHANGES = 5000
SORT_KEYS = ("name", "last_check", "last_change", "severity", "snapshots")
DEFAULT_ORDER = {"name": "asc", "last_check": "desc", "last_change": "desc", "severity": "desc", "snapshots": "desc"}


@dataclass(frozen=True)
class Page:
    number: int
    has_next: bool
    total_items: int | None = None
    size: int = PAGE_SIZE

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def total_pages(self) -> int | None:
        if self.total_items is None:
            return None
        return max(1, -(-self.total_items // self.size))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


@dataclass(frozen=True)
class Entry:
    """One row of a company's timeline: a snapshot and the change that produced it (if any)."""

    snapshot_id: int
    created_at: datetime
    source: str | None
    has_raw: bool
    change: ChangeRecord | None


@dataclass(frozen=True)
class Timeline:
    company: CompanySummary
    entries: list[Entry]
    page: Page
    material_only: bool
    checks: list[CheckRecord]
    checks_page: Page
    chart: Chart | None


@dataclass(frozen=True)
class SnapshotDetail:
    company: CompanySummary
    snapshot: Snapshot
    change: ChangeRecord | None  # the change that produced it
    latest_id: int | None  # the company's newest snapshot, to compare with


@dataclass(frozen=True)
class DiffData:
    company: CompanySummary
    old: Snapshot
    new: Snapshot
    classification: Classification
    recorded: ChangeRecord | None  # the stored change when the pair is one; else computed on the fly
    views: list[ChangeView]  # this page's differences (DIFF_PAGE_SIZE at most)
    previous: ChangeRecord | None  # the change that produced `old` (summary only), to walk back through history
    page: Page  # which differences are shown (total_items: all of them)
    tally: tuple[tuple[str, int], ...] = ()  # differences per severity over all pages, most severe first

    @property
    def first_index(self) -> int:
        """1-based number of this page's first difference."""
        return self.page.offset + 1

    def counts(self) -> list[tuple[str, int]]:
        """How many differences of each severity (all pages), most severe first."""
        return list(self.tally)


@dataclass(frozen=True)
class _Pair:
    """What a diff page needs of two snapshots, whatever page of it is shown: computed once, then cached.

    A recorded change keeps its verdicts in the store (`items` None): each page reads its own.
    """

    classification: Classification
    items: list[Item] | None
    total: int
    tally: tuple[tuple[str, int], ...]


def _tally(severities: Sequence[str | None]) -> tuple[tuple[str, int], ...]:
    found: dict[Severity | None, int] = {}
    for value in severities:
        key = Severity(value) if value else None
        found[key] = found.get(key, 0) + 1
    return _ordered(found)


def _ordered(found: dict[Severity | None, int]) -> tuple[tuple[str, int], ...]:
    ordered = sorted(found.items(), key=lambda kv: -1 if kv[0] is None else kv[0].rank, reverse=True)
    return tuple((sev.value if sev else "unclassified", n) for sev, n in ordered)


MAX_ID = 2**62  # larger numbers would overflow the database's integers
MAX_PAGE = 2**31  # times a page size, still far inside the database's integers


def parse_positive(value: str | None, name: str, default: int | None = 1, maximum: int = MAX_ID) -> int | None:
    if value is None or value == "":
        return default
    if not (value.isascii() and value.isdigit()) or len(value) > 30 or not 1 <= int(value) <= maximum:
        raise BadRequest(f"{name} must be a positive whole number up to {maximum}, not {value[:40]!r}.")
    return int(value)


def check_id(value: int, name: str = "snapshot id") -> int:
    """An id taken from the path: beyond the database's integers it is a bad request, not a server error."""
    if not 1 <= value <= MAX_ID:
        raise BadRequest(f"{name} must be a whole number from 1 to {MAX_ID}, not {str(value)[:40]}.")
    return value


class Site:
    """The store plus the configured companies, as the web UI sees them."""

    def __init__(
        self,
        store: Store,
        companies: Sequence[Company] | None = None,
        base_url: str = "",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self.store = store
        self.clock = clock
        self.companies = tuple(companies or ())
        self.base_url = base_url.rstrip("/")
        self._pairs: OrderedDict[tuple[int, int, bool], _Pair] = OrderedDict()
        self._pairs_lock = threading.Lock()

    # -- companies ------------------------------------------------------------------------------
    def summaries(self) -> list[CompanySummary]:
        """Every company in the store, plus configured companies not yet stored (with no history)."""
        rows = {s.slug: s for s in self.store.company_summaries()}
        for c in self.companies:
            if c.slug not in rows:
                rows[c.slug] = CompanySummary(c.slug, c.label, c.url, 0, None, None, 0, None)
        return list(rows.values())

    def summary(self, slug: str) -> CompanySummary:
        found = next((s for s in self.summaries() if s.slug == slug), None)
        if found is None:
            raise NotFound(f"No company with the slug {slug[:80]!r} is monitored.")
        return found

    def overview(self, sort: str, order: str) -> list[CompanySummary]:
        if sort not in SORT_KEYS:
            raise BadRequest(f"sort must be one of {', '.join(SORT_KEYS)}.")
        if order not in ("asc", "desc"):
            raise BadRequest("order must be asc or desc.")
        return sort_summaries(self.summaries(), sort, descending=order == "desc")

    # -- timeline -------------------------------------------------------------------------------
    def timeline(self, slug: str, *, page: int, material_only: bool, checks_page: int, now: datetime) -> Timeline:
        company = self.summary(slug)
        number = Page(page, False)
        if material_only:
            changes = self.store.changes(
                slug, material_only=True, limit=PAGE_SIZE + 1, offset=number.offset, verdicts=False
            )
            entries = [Entry(c.to_snapshot, c.created_at, None, False, c) for c in changes[:PAGE_SIZE]]
            listing = Page(page, len(changes) > PAGE_SIZE)
        else:
            total = self.store.count_snapshots(slug)
            snaps = self.store.snapshots(slug, limit=PAGE_SIZE, offset=number.offset)
            entries = [
                Entry(s.id, s.created_at, s.source, s.has_raw, self.store.change_to(slug, s.id, verdicts=False))
                for s in snaps
            ]
            listing = Page(page, number.offset + len(snaps) < total, total)
        if page > 1 and not entries:
            raise NotFound(f"Page {page} is past the end of {company.name}'s history.")
        checks_at = Page(checks_page, False)
        checks = self.store.checks(slug, limit=PAGE_SIZE + 1, offset=checks_at.offset)
        every_change = self.store.changes(slug, limit=CHART_CHANGES, verdicts=False)
        return Timeline(
            company=company,
            entries=entries,
            page=listing,
            material_only=material_only,
            checks=checks[:PAGE_SIZE],
            checks_page=Page(checks_page, len(checks) > PAGE_SIZE),
            chart=build_chart(every_change, now),
        )

    def snapshot_page(self, slug: str, page: int) -> tuple[CompanySummary, list[Snapshot], Page]:
        company = self.summary(slug)
        number = Page(page, False)
        total = self.store.count_snapshots(slug)
        snaps = self.store.snapshots(slug, limit=PAGE_SIZE, offset=number.offset)
        if page > 1 and not snaps:
            raise NotFound(f"Page {page} is past the end of {company.name}'s snapshots ({total}).")
        return company, snaps, Page(page, number.offset + len(snaps) < total, total)

    # -- one snapshot ---------------------------------------------------------------------------
    def snapshot(self, slug: str, snapshot_id: int) -> SnapshotDetail:
        company = self.summary(slug)
        snap = self._snapshot(slug, snapshot_id)
        newest = self.store.snapshots(slug, limit=1)
        change = self.store.change_to(slug, snap.id, verdicts=False)
        return SnapshotDetail(company, snap, change, newest[0].id if newest else None)

    def raw(self, slug: str, snapshot_id: int) -> tuple[bytes, str | None]:
        self.summary(slug)
        snap = self._snapshot(slug, snapshot_id)
        raw = self.store.raw_body(snap.id)
        if raw is None:
            raise NotFound(f"Snapshot {snap.id} has no raw fetched page (it was seeded from a file).")
        return raw

    def _snapshot(self, slug: str, snapshot_id: int) -> Snapshot:
        snap = self.store.snapshot(slug, check_id(snapshot_id))
        if snap is not None:
            return snap
        owner = next(
            (s.slug for s in self.summaries() if s.slug != slug and self.store.snapshot(s.slug, snapshot_id)),
            None,
        )
        if owner is not None:
            raise BadRequest(f"Snapshot {snapshot_id} belongs to another company ({owner}), not to {slug}.")
        raise NotFound(f"Snapshot {snapshot_id} does not exist for {slug}.")

    # -- diff -----------------------------------------------------------------------------------
    def diff(self, slug: str, from_arg: str | None, to_arg: str | None, page: int = 1) -> DiffData:
        company = self.summary(slug)
        from_id = parse_positive(from_arg, "from", None)
        to_id = parse_positive(to_arg, "to", None)
        if from_id is None and to_id is None:
            latest = self.store.changes(slug, limit=1, verdicts=False)
            if not latest:
                raise NotFound(f"{company.name} has no recorded change yet: there is nothing to compare.")
            from_id, to_id = latest[0].from_snapshot, latest[0].to_snapshot
        elif from_id is None or to_id is None:
            raise BadRequest("Give both from and to snapshot ids, or neither for the latest change.")
        old, new = self._snapshot(slug, from_id), self._snapshot(slug, to_id)
        header = self.store.change_to(slug, new.id, verdicts=False)
        is_recorded = header is not None and header.from_snapshot == old.id
        pair = self._pair(slug, old, new, header if is_recorded else None)
        recorded = header if is_recorded else None
        at = Page(page, False, pair.total, DIFF_PAGE_SIZE)
        if page > 1 and at.offset >= pair.total:
            raise NotFound(f"Page {page} is past the end of the {pair.total} differences.")
        if pair.items is not None:
            shown = pair.items[at.offset : at.offset + DIFF_PAGE_SIZE]
        else:
            assert recorded is not None
            verdicts = self.store.change_verdicts(recorded.id, offset=at.offset, limit=DIFF_PAGE_SIZE)
            shown = [Item.of(v) for v in verdicts]
        at = Page(page, at.offset + len(shown) < pair.total, pair.total, DIFF_PAGE_SIZE)
        views = build_views(old.text or "", new.text or "", shown, diff.word_diff)
        previous = self.store.change_to(slug, old.id, verdicts=False)
        return DiffData(company, old, new, pair.classification, recorded, views, previous, at, pair.tally)

    def _pair(self, slug: str, old: Snapshot, new: Snapshot, recorded: ChangeRecord | None) -> _Pair:
        """The classification and differences of two snapshots (snapshots never change: cached by id).

        A recorded change shows its recorded verdicts (the diff it was classified from), converted page by
        page; any other pair is diffed and classified here, once.
        """
        key = (old.id, new.id, recorded is not None)
        with self._pairs_lock:
            if key in self._pairs:
                self._pairs.move_to_end(key)
                return self._pairs[key]
        old_text, new_text = old.text or "", new.text or ""
        if recorded is not None:  # its summary here; its verdicts stay in the store, read page by page
            counts = self.store.change_tally(recorded.id)
            tally = _ordered({Severity(k) if k in SEVERITIES else None: n for k, n in counts.items()})
            pair = _Pair(recorded.classification, None, sum(counts.values()), tally)
        else:
            classification = classify_pair(old_text, new_text)
            items = pair_items(diff.diff_texts(old_text, new_text), classification)
            pair = _Pair(
                classification, items, len(items), _tally([i.verdict.severity if i.verdict else None for i in items])
            )
        with self._pairs_lock:
            self._pairs[key] = pair
            while len(self._pairs) > PAIR_CACHE_SIZE:
                self._pairs.popitem(last=False)
        return pair

    # -- links ----------------------------------------------------------------------------------
    def absolute(self, path: str, request_root: str) -> str:
        return (self.base_url or request_root.rstrip("/")) + path


def sort_summaries(rows: list[CompanySummary], key: str, *, descending: bool) -> list[CompanySummary]:
    """Sort by `key`; companies without a value (never checked, never changed) always come last."""
    rows = sorted(rows, key=lambda s: (s.name.casefold(), s.slug))

    def value(s: CompanySummary) -> Any:  # one comparable kind per key: str, int or datetime
        if key == "name":
            return s.name.casefold()
        if key == "snapshots":
            return s.snapshots
        if key == "last_check":
            return _utc(s.last_check.started_at) if s.last_check else None
        if key == "last_change":
            return _utc(s.last_change.created_at) if s.last_change else None
        return s.last_change.classification.severity.rank if s.last_change else None

    present = [s for s in rows if value(s) is not None]
    missing = [s for s in rows if value(s) is None]
    return sorted(present, key=value, reverse=descending) + missing


def _utc(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
