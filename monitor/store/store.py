"""The one place that reads and writes the database (SQLite by default, PostgreSQL by URL).

SQLAlchemy Core. Every write is one transaction: on SQLite it starts with ``BEGIN IMMEDIATE`` (so writers
from several processes queue on the busy timeout instead of failing half-way); on PostgreSQL
`record_check` locks the company row (``SELECT ... FOR UPDATE``). Times are stored as UTC.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.selectable import NamedFromClause

from monitor.config.settings import Company
from monitor.domain.documents import split_key
from monitor.domain.events import Alert, AlertDraft, EventKind, RecordedEvent
from monitor.domain.records import ChangeRecord, CheckDraft, CheckRecord, CompanySummary, FetchState, Snapshot
from monitor.domain.values import ChangeVerdict, Outcome, Severity
from monitor.errors import ConflictError, StoreError
from monitor.store import engine as store_engine
from monitor.store import migrations
from monitor.store.rows import (
    alert_values,
    light_change_columns,
    snapshot_query,
    to_alert,
    to_change,
    to_check,
    to_light_change,
    to_snapshot,
)
from monitor.store.schema import alerts, changes, checks, companies, raws, snapshots, texts
from monitor.store.stats import StoreStats, read_stats

log = logging.getLogger(__name__)

#: A 'sending' alert claimed longer ago than this is taken to belong to a crashed sender.
DEFAULT_CLAIM_TIMEOUT_S = 60.0
ALERT_STATUSES = ("pending", "sending", "delivered", "failed")


def _clean(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL; replace it on every backend so both store the same thing."""
    return value.replace("\x00", "\ufffd") if value and "\x00" in value else value


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_of(key: str) -> str:
    """The document a unit key names (a bare company slug: its privacy policy)."""
    return split_key(key)[1]


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Store:
    """Open with `Store.open(url)`; all methods are safe to call from several threads and processes."""

    def __init__(self, engine: Engine, *, claim_timeout: float = DEFAULT_CLAIM_TIMEOUT_S):
        self.engine = engine
        self.claim_timeout = timedelta(seconds=claim_timeout)
        self._pg = engine.dialect.name == "postgresql"
        self._q = _Statements(for_update=self._pg)

    @classmethod
    def open(cls, url: str, *, claim_timeout: float = DEFAULT_CLAIM_TIMEOUT_S) -> Store:
        """Connect and apply pending migrations. Raises StoreError with a clear message on failure."""
        parsed = store_engine.engine_url(url)
        shown = parsed.render_as_string(hide_password=True)
        engine = store_engine.create_engine(parsed)
        try:
            migrations.migrate(engine)
        except StoreError:
            engine.dispose()
            raise
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(f"cannot open database {shown}: {reason}") from exc
        log.debug("opened %s", shown)
        return cls(engine, claim_timeout=claim_timeout)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------------
    @contextmanager
    def _tx(self, *, write: bool) -> Iterator[Connection]:
        """One transaction; database failures become StoreError, anything raised inside rolls it back."""
        try:
            with self.engine.connect() as conn:
                if write:
                    conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    yield conn
        except sa.exc.SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            if "database is locked" in reason:
                reason += f" (another process kept it busy for over {store_engine.SQLITE_BUSY_TIMEOUT_MS // 1000} s)"
            raise StoreError(f"database error: {reason}") from exc

    def _write(self) -> AbstractContextManager[Connection]:
        return self._tx(write=True)

    def _read(self) -> AbstractContextManager[Connection]:
        return self._tx(write=False)

    def _insert(self, table: sa.Table) -> Any:
        # imported here: loading the PostgreSQL dialect (and its drivers' modules) slows every start-up
        if self._pg:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table)
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table)

    # -- housekeeping ----------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._read() as conn:
            return migrations.current_version(conn)

    def integrity_check(self) -> list[str]:
        """Problems found (empty when the database is sound)."""
        problems: list[str] = []
        with self._read() as conn:
            if not self._pg:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
                problems += [f"integrity: {r}" for r in rows if r != "ok"]
                for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
            for description, query in _SANITY_QUERIES:
                for (row_id,) in conn.execute(sa.text(query)):
                    problems.append(f"{description}: id {row_id}")
        return problems

    # -- companies -------------------------------------------------------------------------------
    def sync_companies(self, companies_: Sequence[Company], at: datetime | None = None) -> None:
        """Insert or update slug/name/url of the configured companies (others are kept, not deleted)."""
        if not companies_:
            return
        at = at or datetime.now(UTC)  # only the first sight of a company is dated
        stmt = self._insert(companies)
        stmt = stmt.on_conflict_do_update(
            index_elements=[companies.c.slug], set_={"name": stmt.excluded.name, "url": stmt.excluded.url}
        )
        with self._write() as conn:
            rows = [
                {"slug": c.slug, "name": c.label, "url": c.url, "created_at": at, "document": c.document}
                for c in companies_
            ]
            conn.execute(stmt, rows)

    def company_summaries(self) -> list[CompanySummary]:
        """Every company with its latest check and change, in four queries whatever the history."""
        # one index probe per company (a GROUP BY over all checks would read the whole history)
        last_check, last_change = _latest_per_company(checks.alias()), _latest_per_company(changes.alias())
        with self._read() as conn:
            rows = conn.execute(sa.select(companies).order_by(companies.c.slug)).all()
            counts = {
                company: n
                for company, n in conn.execute(
                    sa.select(snapshots.c.company, sa.func.count()).group_by(snapshots.c.company)
                )
            }
            check_rows = {
                r.company: r for r in conn.execute(sa.select(checks).join(companies, checks.c.id == last_check))
            }
            light = sa.select(*light_change_columns(changes)).join(companies, changes.c.id == last_change)
            change_rows = {r.company: r for r in conn.execute(light)}  # summaries, not whole classifications
        summaries = []
        for row in rows:
            check = check_rows.get(row.slug)
            streak = check.streak if check is not None else 0
            summaries.append(
                CompanySummary(
                    slug=row.slug,
                    name=row.name,
                    url=row.url,
                    snapshots=counts.get(row.slug, 0),
                    last_check=to_check(check) if check is not None else None,
                    last_change=(
                        to_light_change(change_rows[row.slug], self._summary_of) if row.slug in change_rows else None
                    ),
                    failure_streak=streak,
                    last_error=check.error if check is not None and streak else None,
                )
            )
        return summaries

    # -- snapshots -------------------------------------------------------------------------------
    def seed(self, company: str, text: str, raw: bytes, at: datetime) -> Snapshot | None:
        """Record a baseline snapshot unless the company already has one (then return None)."""
        text = _clean(text) or ""
        with self._write() as conn:
            self._lock_company(conn, company)
            if conn.execute(sa.select(snapshots.c.id).where(snapshots.c.company == company).limit(1)).first():
                return None
            text_id, sha = self._put_text(conn, text)
            raw_id = self._put_raw(conn, raw, None) if raw else None
            snapshot_id = conn.execute(
                snapshots.insert()
                .values(
                    company=company,
                    created_at=at,
                    text_id=text_id,
                    raw_id=raw_id,
                    source="seed",
                    document=document_of(company),
                )
                .returning(snapshots.c.id)
            ).scalar_one()
        return Snapshot(
            id=snapshot_id,
            company=company,
            created_at=_aware(at),
            text_sha256=sha,
            source="seed",
            text=text,
            has_raw=raw_id is not None,
        )

    def latest_snapshot(self, company: str) -> Snapshot | None:
        """The newest snapshot, with its text."""
        query = snapshot_query(with_text=True).where(snapshots.c.company == company)
        with self._read() as conn:
            row = conn.execute(query.order_by(snapshots.c.id.desc()).limit(1)).first()
        return to_snapshot(row) if row else None

    def snapshot(self, company: str, snapshot_id: int) -> Snapshot | None:
        """One snapshot of this company, with its text (None if absent or of another company)."""
        query = snapshot_query(with_text=True).where(snapshots.c.company == company, snapshots.c.id == snapshot_id)
        with self._read() as conn:
            row = conn.execute(query).first()
        return to_snapshot(row) if row else None

    def snapshots(self, company: str, *, limit: int = 50, offset: int = 0) -> list[Snapshot]:
        """Newest first, without text."""
        query = (
            snapshot_query(with_text=False)
            .where(snapshots.c.company == company)
            .order_by(snapshots.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            return [to_snapshot(r) for r in conn.execute(query)]

    def count_snapshots(self, company: str) -> int:
        with self._read() as conn:
            return conn.execute(
                sa.select(sa.func.count()).select_from(snapshots).where(snapshots.c.company == company)
            ).scalar_one()

    def raw_body(self, snapshot_id: int) -> tuple[bytes, str | None] | None:
        """The raw fetched body (decompressed) and its content type."""
        query = (
            sa.select(raws.c.body, raws.c.content_type)
            .join(snapshots, snapshots.c.raw_id == raws.c.id)
            .where(snapshots.c.id == snapshot_id)
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        try:
            return zlib.decompress(row.body), row.content_type
        except zlib.error as exc:
            raise StoreError(f"raw body of snapshot {snapshot_id} is corrupt: {exc}") from exc

    def snapshot_with_text(self, company: str, text_sha256: str) -> Snapshot | None:
        """The newest earlier snapshot whose text has this hash (to spot A/B flip-flops)."""
        query = (
            snapshot_query(with_text=True)
            .where(snapshots.c.company == company, texts.c.sha256 == text_sha256)
            .order_by(snapshots.c.id.desc())
            .limit(1)
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        return to_snapshot(row) if row else None

    # -- checks ----------------------------------------------------------------------------------
    def record_check(
        self,
        draft: CheckDraft,
        make_alerts: Callable[[RecordedEvent], Sequence[AlertDraft]] = lambda event: (),
        *,
        failure_threshold: int = 3,
    ) -> tuple[CheckRecord, list[RecordedEvent]]:
        """Write one check and everything it implies in ONE transaction.

        NEW/CHANGED: raises ConflictError if the company's latest snapshot is no longer
        `draft.base_snapshot_id`; stores the text once (by sha256), the raw body compressed, a snapshot
        and, for CHANGED, a change with its classification. Events produced (a CHANGE for a change that is
        not a flip-flop, FAILING when this error makes the streak reach `failure_threshold`, RECOVERED when
        a success ends a streak that had reached it) are passed to `make_alerts`, whose drafts are written
        to the outbox in the same transaction.

        An UNCHANGED draft whose base is no longer the latest snapshot raises ConflictError too (it
        compared against a stale text). An ERROR draft never conflicts. An unchanged check writes one row.
        """
        _validate(draft)
        with self._write() as conn:
            record, events = self._record(conn, draft, make_alerts, failure_threshold)
        self._log_check(draft, record, events)
        return record, events

    def record_unchanged(
        self,
        drafts: Sequence[CheckDraft],
        make_alerts: Callable[[RecordedEvent], Sequence[AlertDraft]] = lambda event: (),
        *,
        failure_threshold: int = 3,
    ) -> tuple[list[tuple[CheckDraft, CheckRecord, list[RecordedEvent]]], list[CheckDraft]]:
        """Write many UNCHANGED checks in ONE transaction: each as `record_check` would, in order.

        An unchanged check is one small row, and its transaction cost more than the row: a pass where little
        changed writes them in batches. Returns (draft, record, events) of each check written, and the drafts
        NOT written because their base is no longer the company's latest snapshot (a conflict: compare again
        and record them one by one). A conflict is found before anything of its draft is written, so it
        leaves the others' writes whole. Anything else raised rolls the whole batch back. The companies are
        locked in the order of their slugs (on PostgreSQL each row lock is held to the commit: two batches
        taking them in one order cannot deadlock), and written in that order.
        """
        for draft in drafts:
            _validate(draft)
            if draft.outcome is not Outcome.UNCHANGED:
                raise ValueError(f"record_unchanged takes unchanged checks, not {draft.outcome.value}")
        written: list[tuple[CheckDraft, CheckRecord, list[RecordedEvent]]] = []
        conflicts: list[CheckDraft] = []
        if not drafts:
            return written, conflicts
        ordered = sorted(drafts, key=lambda d: d.company)
        with self._write() as conn:
            slugs = sorted({d.company for d in ordered})
            if self._pg:  # row locks in slug order, then the state (read after the locks are granted)
                conn.execute(self._q.lock_companies, {"slugs": slugs}).all()
            states = {row[0]: (row[1], row[2] or 0) for row in conn.execute(self._q.company_states, {"slugs": slugs})}
            runs = sorted({d.scheduled_at for d in ordered if d.scheduled_at is not None})
            done: dict[tuple[str, datetime], CheckRecord] = {}
            if runs:  # a redelivered job: the run's checks recorded already are returned, nothing changed
                found = conn.execute(self._q.scheduled_checks, {"slugs": slugs, "runs": runs})
                done = {(row.company, _aware(row.scheduled_at)): to_check(row) for row in found}
            plain: list[CheckDraft] = []

            def insert_plain() -> None:
                # One statement for all (INSERT ... VALUES (...), (...) RETURNING id, company): RETURNING's rows
                # come in no promised order, so each id is found by its company (one row each in `plain`).
                if not plain:
                    return
                rows = [self._check_values(d, d.base_snapshot_id, None, 0) for d in plain]
                ids = {company: check_id for check_id, company in conn.execute(self._q.insert_checks, rows)}
                for draft in plain:
                    written.append(
                        (draft, self._check_record(ids[draft.company], draft, draft.base_snapshot_id, None), [])
                    )
                plain.clear()

            for draft in ordered:
                if draft.company not in states:
                    raise StoreError(f"unknown company {draft.company!r} (not in the database; sync_companies first)")
                latest, prev_streak = states[draft.company]
                if draft.scheduled_at is not None and (draft.company, _aware(draft.scheduled_at)) in done:
                    log.info("%s: the check scheduled at %s is already recorded", draft.company, draft.scheduled_at)
                    written.append((draft, done[draft.company, _aware(draft.scheduled_at)], []))
                    continue
                if prev_streak >= failure_threshold:
                    # a recovery (an event, its alerts): written as record_check writes it (after those before
                    # it: written in slug order)
                    insert_plain()
                    try:
                        record, events = self._record(conn, draft, make_alerts, failure_threshold)
                    except ConflictError:
                        conflicts.append(draft)
                        continue
                    written.append((draft, record, events))
                    continue
                if latest != draft.base_snapshot_id:
                    conflicts.append(draft)
                    continue
                if any(d.company == draft.company for d in plain[-1:]):  # (sorted: a repeat is the last one)
                    insert_plain()
                plain.append(draft)
            insert_plain()
        for draft, record, events in written:
            self._log_check(draft, record, events)
        return written, conflicts

    def _record(
        self,
        conn: Connection,
        draft: CheckDraft,
        make_alerts: Callable[[RecordedEvent], Sequence[AlertDraft]],
        failure_threshold: int,
    ) -> tuple[CheckRecord, list[RecordedEvent]]:
        """`record_check` inside the caller's transaction; a ConflictError is raised before any write."""
        latest, prev_streak, prev_error = self._lock_company_state(conn, draft.company)
        if draft.scheduled_at is not None:
            done = self._scheduled_check(conn, draft.company, draft.scheduled_at)
            if done is not None:  # a redelivered job: the run's check is recorded already, change nothing
                log.info("%s: the check scheduled at %s is already recorded", draft.company, draft.scheduled_at)
                return done, []
        if draft.outcome is not Outcome.ERROR and latest != draft.base_snapshot_id:
            raise ConflictError(
                f"{draft.company}: latest snapshot is {latest}, not {draft.base_snapshot_id} "
                "(another check was recorded first); recompute and retry"
            )
        snapshot_id, change = None, None
        if draft.outcome in (Outcome.NEW, Outcome.CHANGED):
            snapshot_id, change = self._put_snapshot(conn, draft)
        elif draft.outcome is Outcome.UNCHANGED:
            snapshot_id = draft.base_snapshot_id
        streak = prev_streak + 1 if draft.outcome is Outcome.ERROR else 0
        change_id = change.id if change else None
        values = self._check_values(draft, snapshot_id, change_id, streak)
        check_id = conn.execute(self._q.insert_check, values).scalar_one()
        if snapshot_id is not None and draft.outcome is not Outcome.UNCHANGED:
            conn.execute(snapshots.update().where(snapshots.c.id == snapshot_id).values(check_id=check_id))
        record = self._check_record(check_id, draft, snapshot_id, change_id)
        events = _events(record, change, streak, prev_streak, prev_error, failure_threshold)
        for recorded in events:
            change_id = recorded.change.id if recorded.change else None
            self._put_alerts(
                conn, list(make_alerts(recorded)), draft.started_at, check_id=check_id, change_id=change_id
            )
        return record, events

    @staticmethod
    def _check_values(draft: CheckDraft, snapshot_id: int | None, change_id: int | None, streak: int) -> dict[str, Any]:
        """The row of a check."""
        return {
            "company": draft.company,
            "document": document_of(draft.company),
            "started_at": draft.started_at,
            "duration_s": draft.duration_s,
            "outcome": draft.outcome.value,
            "http_status": draft.http_status,
            "error": _clean(draft.error),
            "final_url": _clean(draft.final_url),
            "snapshot_id": snapshot_id,
            "change_id": change_id,
            "streak": streak,
            **_fetch_state_values(draft),
            "scheduled_at": draft.scheduled_at,
        }

    @staticmethod
    def _check_record(check_id: int, draft: CheckDraft, snapshot_id: int | None, change_id: int | None) -> CheckRecord:
        return CheckRecord(
            id=check_id,
            company=draft.company,
            started_at=_aware(draft.started_at),
            duration_s=draft.duration_s,
            outcome=draft.outcome,
            http_status=draft.http_status,
            error=_clean(draft.error),
            snapshot_id=snapshot_id,
            change_id=change_id,
        )

    @staticmethod
    def _log_check(draft: CheckDraft, record: CheckRecord, events: list[RecordedEvent]) -> None:
        log.debug(
            "%s: check %d %s%s",
            draft.company,
            record.id,
            draft.outcome.value,
            "".join(f" +{e.kind.value}" for e in events),
        )

    def _scheduled_check(self, conn: Connection, company: str, scheduled_at: datetime) -> CheckRecord | None:
        row = conn.execute(self._q.scheduled_check, {"company": company, "scheduled_at": scheduled_at}).first()
        return to_check(row) if row is not None else None

    def scheduled_checks(self, scheduled_at: datetime, companies_: Sequence[str] | None = None) -> set[str]:
        """The companies whose check of the run scheduled at `scheduled_at` is recorded (of `companies_`)."""
        query = sa.select(checks.c.company).where(checks.c.scheduled_at == scheduled_at)
        if companies_ is not None:
            query = query.where(checks.c.company.in_(list(companies_)))
        with self._read() as conn:
            return set(conn.execute(query).scalars())

    def checks(self, company: str, *, limit: int = 50, offset: int = 0) -> list[CheckRecord]:
        """Newest first."""
        query = (
            sa.select(checks)
            .where(checks.c.company == company)
            .order_by(checks.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as conn:
            return [to_check(r) for r in conn.execute(query)]

    def failure_streak(self, company: str) -> tuple[int, str | None]:
        """Consecutive failed checks up to now, and the last reason."""
        query = (
            sa.select(checks.c.streak, checks.c.error)
            .where(checks.c.company == company)
            .order_by(checks.c.id.desc())
            .limit(1)
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None or not row.streak:
            return 0, None
        return row.streak, row.error

    def fetch_state(self, company: str) -> FetchState | None:
        """What the company's last successful check left for the next one (None before any)."""
        return self.fetch_states([company]).get(company)

    def fetch_states(self, slugs: Sequence[str] | None = None) -> dict[str, FetchState]:
        """`fetch_state` of many companies at once (all when `slugs` is None), one index probe each."""
        c2 = checks.alias()
        last_ok = _latest_per_company(c2, c2.c.outcome != Outcome.ERROR.value)
        latest = (
            sa.select(sa.func.max(snapshots.c.id))
            .where(snapshots.c.company == companies.c.slug)
            .correlate(companies)
            .scalar_subquery()
        )
        query = (
            sa.select(
                companies.c.slug,
                latest.label("latest"),
                checks.c.snapshot_id,
                checks.c.etag,
                checks.c.last_modified,
                checks.c.body_sha256,
                checks.c.region_sha256,
                checks.c.since_full,
            )
            .select_from(companies)
            .join(checks, checks.c.id == last_ok)
        )
        if slugs is not None and len(slugs) == 1:
            query = query.where(companies.c.slug == slugs[0])
        wanted = None if slugs is None else set(slugs)
        with self._read() as conn:
            rows = conn.execute(query).all()
        return {
            row.slug: FetchState(
                company=row.slug,
                snapshot_id=row.snapshot_id,
                latest_snapshot_id=row.latest,
                etag=row.etag,
                last_modified=row.last_modified,
                body_sha256=row.body_sha256,
                region_sha256=row.region_sha256,
                since_full=row.since_full or 0,
            )
            for row in rows
            if wanted is None or row.slug in wanted
        }

    # -- changes ---------------------------------------------------------------------------------
    def changes(
        self, company: str, *, material_only: bool = False, limit: int = 50, offset: int = 0, verdicts: bool = True
    ) -> list[ChangeRecord]:
        """Newest first (`verdicts=False`: each classification's summary only, not its verdicts)."""
        columns = [changes] if verdicts else light_change_columns(changes)
        query = sa.select(*columns).where(changes.c.company == company)
        if material_only:
            query = query.where(changes.c.material.is_(True))
        query = query.order_by(changes.c.id.desc()).limit(limit).offset(offset)
        convert = to_change if verdicts else functools.partial(to_light_change, full_summary=self._summary_of)
        with self._read() as conn:
            return [convert(r) for r in conn.execute(query)]

    def change_verdicts(self, change_id: int, *, offset: int = 0, limit: int = 500) -> list[ChangeVerdict]:
        """A page of a change's verdicts, in order, picked out of the stored JSON by the database itself (a
        change of 100 000 paragraphs is never loaded whole)."""
        if self._pg:
            query = (
                "SELECT e.value FROM changes, json_array_elements(changes.classification -> 'changes') "
                "WITH ORDINALITY AS e(value, n) WHERE changes.id = :id ORDER BY e.n LIMIT :limit OFFSET :offset"
            )
        else:
            query = (
                "SELECT e.value FROM changes, json_each(changes.classification, '$.changes') AS e "
                "WHERE changes.id = :id ORDER BY e.key LIMIT :limit OFFSET :offset"
            )
        with self._read() as conn:
            rows = conn.execute(sa.text(query), {"id": change_id, "limit": limit, "offset": offset}).scalars()
            return [ChangeVerdict.from_dict(v if isinstance(v, dict) else json.loads(v)) for v in rows]

    def change_tally(self, change_id: int) -> dict[str, int]:
        """How many of a change's verdicts have each severity, counted by the database."""
        if self._pg:
            query = (
                "SELECT e ->> 'severity', count(*) FROM changes, "
                "json_array_elements(changes.classification -> 'changes') AS e WHERE changes.id = :id GROUP BY 1"
            )
        else:
            query = (  # one walk of the JSON (json_extract per element would parse each one again)
                "SELECT t.value, count(*) FROM changes, json_tree(changes.classification, '$.changes') AS t "
                "WHERE changes.id = :id AND t.key = 'severity' AND t.path NOT LIKE '$.changes[%].%' GROUP BY 1"
            )
        with self._read() as conn:
            return {str(sev): n for sev, n in conn.execute(sa.text(query), {"id": change_id})}

    def _summary_of(self, change_id: int) -> tuple[str, str]:
        """A classification's summary and direction read whole (when its head did not hold them)."""
        cls = changes.c.classification
        query = sa.select(cls["summary"].as_string(), cls["direction"].as_string()).where(changes.c.id == change_id)
        with self._read() as conn:
            row = conn.execute(query).one()
        return row[0] or "", row[1] or "neutral"

    def change(self, change_id: int) -> ChangeRecord | None:
        with self._read() as conn:
            row = conn.execute(sa.select(changes).where(changes.c.id == change_id)).first()
        return to_change(row) if row else None

    def change_to(self, company: str, snapshot_id: int, *, verdicts: bool = True) -> ChangeRecord | None:
        """The change that produced this snapshot (`verdicts=False`: its classification's summary only)."""
        columns = [changes] if verdicts else light_change_columns(changes)
        query = sa.select(*columns).where(changes.c.company == company, changes.c.to_snapshot == snapshot_id)
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return to_change(row) if verdicts else to_light_change(row, self._summary_of)

    # -- outbox ----------------------------------------------------------------------------------
    def add_alerts(self, drafts: Sequence[AlertDraft], at: datetime) -> list[int]:
        """Queue alerts that belong to no check (a test message, say); returns their ids."""
        with self._write() as conn:
            return [
                conn.execute(alerts.insert().values(alert_values(d, at)).returning(alerts.c.id)).scalar_one()
                for d in drafts
            ]

    def due_alerts(self, now: datetime, *, limit: int = 50) -> list[Alert]:
        """Pending alerts whose next attempt is due, oldest first (and 'sending' ones left by a crash)."""
        pending = (
            sa.select(alerts)
            .where(alerts.c.status == "pending", alerts.c.next_attempt_at <= now)
            .order_by(alerts.c.next_attempt_at, alerts.c.id)
            .limit(limit)
        )
        stale = (
            sa.select(alerts)
            .where(alerts.c.status == "sending", alerts.c.claimed_at <= now - self.claim_timeout)
            .order_by(alerts.c.claimed_at, alerts.c.id)
            .limit(limit)
        )
        with self._read() as conn:
            rows = [*conn.execute(pending).all(), *conn.execute(stale).all()]
        rows.sort(key=lambda r: (r.next_attempt_at, r.id))
        return [to_alert(r) for r in rows[:limit]]

    def claim_alert(self, alert_id: int, now: datetime) -> bool:
        """Atomically move a due alert to 'sending' (False if another process has it)."""
        due = sa.or_(
            sa.and_(alerts.c.status == "pending", alerts.c.next_attempt_at <= now),
            sa.and_(alerts.c.status == "sending", alerts.c.claimed_at <= now - self.claim_timeout),
        )
        stmt = (
            alerts.update()
            .where(alerts.c.id == alert_id, due)
            .values(status="sending", claimed_at=now, attempts=alerts.c.attempts + 1)
        )
        with self._write() as conn:
            return conn.execute(stmt).rowcount == 1

    def mark_delivered(self, alert_id: int, at: datetime, slack_ts: str | None) -> None:
        self._update_alert(alert_id, status="delivered", delivered_at=at, slack_ts=slack_ts, claimed_at=None)

    def mark_retry(self, alert_id: int, error: str, next_attempt_at: datetime) -> None:
        self._update_alert(
            alert_id, status="pending", last_error=error, next_attempt_at=next_attempt_at, claimed_at=None
        )

    def mark_failed(self, alert_id: int, error: str) -> None:
        """Give up (a permanent error such as channel_not_found)."""
        self._update_alert(alert_id, status="failed", last_error=error, claimed_at=None)

    def alerts(self, *, status: str | None = None, company: str | None = None, limit: int = 100) -> list[Alert]:
        """Newest first, optionally of one status and of one company."""
        if status is not None and status not in ALERT_STATUSES:
            raise ValueError(f"unknown alert status {status!r} (one of {', '.join(ALERT_STATUSES)})")
        query = sa.select(alerts)
        if status is not None:
            query = query.where(alerts.c.status == status)
        if company is not None:
            query = query.where(alerts.c.company == company)
        with self._read() as conn:
            return [to_alert(r) for r in conn.execute(query.order_by(alerts.c.id.desc()).limit(limit))]

    def alerts_for_change(self, change_id: int) -> list[Alert]:
        """The alerts a change produced, oldest first."""
        query = sa.select(alerts).where(alerts.c.change_id == change_id).order_by(alerts.c.id)
        with self._read() as conn:
            return [to_alert(r) for r in conn.execute(query)]

    # -- feeds, events, metrics ------------------------------------------------------------------
    def recent_changes(
        self,
        company: str | None = None,
        *,
        material_only: bool = False,
        min_severity: Severity | None = None,
        limit: int = 50,
    ) -> list[ChangeRecord]:
        """Changes of one company (or all), newest first; flip-flops (never alerted) are left out."""
        query = sa.select(changes).where(changes.c.flip_flop.is_(False))
        if company is not None:
            query = query.where(changes.c.company == company)
        if material_only:
            query = query.where(changes.c.material.is_(True))
        if min_severity is not None:
            query = query.where(changes.c.severity.in_([s.value for s in Severity if s >= min_severity]))
        with self._read() as conn:
            return [to_change(r) for r in conn.execute(query.order_by(changes.c.id.desc()).limit(limit))]

    def checks_after(self, after_id: int, *, limit: int = 100) -> list[tuple[CheckRecord, ChangeRecord | None, int]]:
        """Checks of every company with an id above `after_id`, oldest first: each with the change it recorded
        and the company's failure streak after it."""
        query = sa.select(checks).where(checks.c.id > after_id).order_by(checks.c.id).limit(limit)
        with self._read() as conn:
            rows = conn.execute(query).all()
            ids = [r.change_id for r in rows if r.change_id is not None]
            recorded = (
                {r.id: to_change(r) for r in conn.execute(sa.select(changes).where(changes.c.id.in_(ids)))}
                if ids
                else {}
            )
        return [(to_check(r), recorded.get(r.change_id) if r.change_id else None, r.streak) for r in rows]

    def last_check_id(self) -> int:
        """The id of the newest check of any company (0 when there is none)."""
        with self._read() as conn:
            return conn.execute(sa.select(sa.func.max(checks.c.id))).scalar() or 0

    def stats(self, buckets: Sequence[float]) -> StoreStats:
        """Aggregates of the whole history (see `monitor.store.stats`)."""
        with self._read() as conn:
            return read_stats(conn, buckets)

    # -- internals -------------------------------------------------------------------------------
    def _update_alert(self, alert_id: int, **values: Any) -> None:
        with self._write() as conn:
            if conn.execute(alerts.update().where(alerts.c.id == alert_id).values(**values)).rowcount != 1:
                raise StoreError(f"no alert with id {alert_id}")

    def _lock_company(self, conn: Connection, company: str) -> None:
        """Serialise writers of one company (SQLite's BEGIN IMMEDIATE already serialises all writers)."""
        if conn.execute(self._q.lock_company, {"company": company}).first() is None:
            raise StoreError(f"unknown company {company!r} (it is not in the database; sync_companies first)")

    def _lock_company_state(self, conn: Connection, company: str) -> tuple[int | None, int, str | None]:
        """`_lock_company`, then (latest snapshot id, failure streak, last error).

        On SQLite, BEGIN IMMEDIATE already holds the lock: one query. On PostgreSQL the state is read by a
        second statement, after the row lock is granted: a statement that waited for the lock still sees
        the data of when it started (READ COMMITTED), i.e. not the check the lock holder just recorded.
        """
        if self._pg:
            self._lock_company(conn, company)
        row = conn.execute(self._q.company_state, {"company": company}).first()
        if row is None:
            raise StoreError(f"unknown company {company!r} (it is not in the database; sync_companies first)")
        return row[1], row[2] or 0, row[3]

    def _put_text(self, conn: Connection, text: str) -> tuple[int, str]:
        """The id of this text, stored once across all companies."""
        text = _clean(text) or ""
        data = text.encode("utf-8")
        sha = _sha256(data)
        query = sa.select(texts.c.id).where(texts.c.sha256 == sha)
        text_id = conn.execute(query).scalar()
        if text_id is None:
            conn.execute(
                self._insert(texts)
                .values(sha256=sha, text=text, length=len(text))
                .on_conflict_do_nothing(index_elements=[texts.c.sha256])
            )
            text_id = conn.execute(query).scalar_one()
        return text_id, sha

    def _put_raw(self, conn: Connection, raw: bytes, content_type: str | None) -> int:
        sha = _sha256(raw)
        query = sa.select(raws.c.id).where(raws.c.sha256 == sha)
        raw_id = conn.execute(query).scalar()
        if raw_id is None:
            conn.execute(
                self._insert(raws)
                .values(sha256=sha, body=zlib.compress(raw, 6), content_type=_clean(content_type), size=len(raw))
                .on_conflict_do_nothing(index_elements=[raws.c.sha256])
            )
            raw_id = conn.execute(query).scalar_one()
        return raw_id

    def _put_snapshot(self, conn: Connection, draft: CheckDraft) -> tuple[int, ChangeRecord | None]:
        assert draft.text is not None  # checked by _validate
        text_id, _ = self._put_text(conn, draft.text)
        raw_id = self._put_raw(conn, draft.raw, draft.content_type) if draft.raw else None
        snapshot_id = conn.execute(
            snapshots.insert()
            .values(
                company=draft.company,
                created_at=draft.started_at,
                text_id=text_id,
                raw_id=raw_id,
                source="fetch",
                document=document_of(draft.company),
            )
            .returning(snapshots.c.id)
        ).scalar_one()
        if draft.outcome is not Outcome.CHANGED:
            return snapshot_id, None
        assert draft.classification is not None and draft.base_snapshot_id is not None
        cls = draft.classification
        flip_flop = draft.flip_flop_of is not None
        change_id = conn.execute(
            changes.insert()
            .values(
                company=draft.company,
                document=document_of(draft.company),
                created_at=draft.started_at,
                from_snapshot=draft.base_snapshot_id,
                to_snapshot=snapshot_id,
                classification=cls.to_dict(),
                material=cls.material,
                severity=cls.severity.value,
                categories=list(cls.categories),
                flip_flop=flip_flop,
            )
            .returning(changes.c.id)
        ).scalar_one()
        return snapshot_id, ChangeRecord(
            id=change_id,
            company=draft.company,
            created_at=_aware(draft.started_at),
            from_snapshot=draft.base_snapshot_id,
            to_snapshot=snapshot_id,
            classification=cls,
            flip_flop=flip_flop,
        )

    @staticmethod
    def _put_alerts(
        conn: Connection, drafts: list[AlertDraft], at: datetime, *, check_id: int, change_id: int | None
    ) -> None:
        seen: set[tuple[str, str, str]] = set()
        rows = []
        for draft in drafts:
            key = (draft.subscriber, draft.event.value, draft.destination)
            if key in seen:  # the same message twice to the same place is one message
                log.warning("duplicate alert for %s/%s dropped", draft.subscriber, draft.destination)
                continue
            seen.add(key)
            rows.append(alert_values(draft, at) | {"check_id": check_id, "change_id": change_id})
        if rows:
            conn.execute(alerts.insert(), rows)


# --------------------------------------------------------------------------------------------- helpers


class _Statements:
    """The statements of every check, built once with bound parameters: SQLAlchemy then compiles each once
    and finds it in its cache by a key computed once, instead of building, keying and looking up a new
    statement for every check (which cost more than the SQL itself)."""

    def __init__(self, *, for_update: bool):
        company: sa.BindParameter[str] = sa.bindparam("company")
        lock = sa.select(companies.c.slug).where(companies.c.slug == company)
        self.lock_company = lock.with_for_update() if for_update else lock
        last = (
            sa.select(checks.c.streak, checks.c.error)
            .where(checks.c.company == company)
            .order_by(checks.c.id.desc())
            .limit(1)
            .subquery()
        )
        latest = sa.select(sa.func.max(snapshots.c.id)).where(snapshots.c.company == company).scalar_subquery()
        state = sa.select(
            companies.c.slug,
            latest,
            sa.select(last.c.streak).scalar_subquery(),
            sa.select(last.c.error).scalar_subquery(),
        ).where(companies.c.slug == company)
        self.company_state = state
        self.scheduled_check = sa.select(checks).where(
            checks.c.company == company, checks.c.scheduled_at == sa.bindparam("scheduled_at")
        )
        self.insert_check = checks.insert().returning(checks.c.id)
        self.insert_checks = checks.insert().returning(checks.c.id, checks.c.company)
        # The same state for many companies at once (record_unchanged).
        slugs: sa.BindParameter[list[str]] = sa.bindparam("slugs", expanding=True)
        many = sa.select(companies.c.slug).where(companies.c.slug.in_(slugs)).order_by(companies.c.slug)
        self.lock_companies = many.with_for_update()
        self.scheduled_checks = sa.select(checks).where(
            checks.c.company.in_(slugs), checks.c.scheduled_at.in_(sa.bindparam("runs", expanding=True))
        )
        last_check = checks.alias("last_check")

        def last_of(column: str) -> Any:
            return (
                sa.select(last_check.c[column])
                .where(last_check.c.company == companies.c.slug)
                .order_by(last_check.c.id.desc())
                .limit(1)
                .correlate(companies)
                .scalar_subquery()
            )

        newest = (
            sa.select(sa.func.max(snapshots.c.id))
            .where(snapshots.c.company == companies.c.slug)
            .correlate(companies)
            .scalar_subquery()
        )
        self.company_states = sa.select(companies.c.slug, newest, last_of("streak")).where(companies.c.slug.in_(slugs))


#: Cross-table invariants FKs cannot express; each query returns the ids of offending rows.
_SANITY_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "check points at a missing snapshot",
        "SELECT c.id FROM checks c LEFT JOIN snapshots s ON s.id = c.snapshot_id "
        "WHERE c.snapshot_id IS NOT NULL AND s.id IS NULL",
    ),
    (
        "check points at a missing change",
        "SELECT c.id FROM checks c LEFT JOIN changes ch ON ch.id = c.change_id "
        "WHERE c.change_id IS NOT NULL AND ch.id IS NULL",
    ),
    (
        "changed check without its change or snapshot",
        "SELECT id FROM checks WHERE outcome = 'changed' AND (change_id IS NULL OR snapshot_id IS NULL)",
    ),
    ("new check without its snapshot", "SELECT id FROM checks WHERE outcome = 'new' AND snapshot_id IS NULL"),
    (
        "failed check with a snapshot or change",
        "SELECT id FROM checks WHERE outcome = 'error' AND (snapshot_id IS NOT NULL OR change_id IS NOT NULL)",
    ),
    (
        "fetched snapshot without the check that produced it",
        "SELECT id FROM snapshots WHERE source = 'fetch' AND check_id IS NULL",
    ),
    (
        "change between snapshots of another company",
        "SELECT ch.id FROM changes ch JOIN snapshots a ON a.id = ch.from_snapshot "
        "JOIN snapshots b ON b.id = ch.to_snapshot WHERE a.company <> ch.company OR b.company <> ch.company",
    ),
    ("change not newer than its base", "SELECT id FROM changes WHERE to_snapshot <= from_snapshot"),
    (
        "snapshot with a missing text",
        "SELECT s.id FROM snapshots s LEFT JOIN texts t ON t.id = s.text_id WHERE t.id IS NULL",
    ),
    (
        "alert of a change of another company",
        "SELECT a.id FROM alerts a JOIN changes ch ON ch.id = a.change_id WHERE a.company <> ch.company",
    ),
)


def _latest_per_company(table: NamedFromClause, *where: Any) -> Any:
    """The id of the company's latest row of `table` (meeting `where`), correlated with `companies`: one
    index probe per company, where a GROUP BY would read the whole history."""
    return (
        sa.select(table.c.id)
        .where(table.c.company == companies.c.slug, *where)
        .correlate(companies)
        .order_by(table.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _fetch_state_values(draft: CheckDraft) -> dict[str, Any]:
    """The columns that let the next check skip work; a failed check leaves none (the last success's stay)."""
    if draft.outcome is Outcome.ERROR:
        return {"since_full": 0}
    return {
        "etag": _clean(draft.etag),
        "last_modified": _clean(draft.last_modified),
        "body_sha256": draft.body_sha256,
        "region_sha256": draft.region_sha256,
        "since_full": draft.since_full,
    }


def _validate(draft: CheckDraft) -> None:
    if draft.outcome in (Outcome.NEW, Outcome.CHANGED) and draft.text is None:
        raise ValueError(f"a {draft.outcome.value} check needs its text")
    if draft.outcome is Outcome.CHANGED and (draft.classification is None or draft.base_snapshot_id is None):
        raise ValueError("a changed check needs a classification and the base snapshot it was compared to")
    if draft.outcome is Outcome.UNCHANGED and draft.base_snapshot_id is None:
        raise ValueError("an unchanged check needs the snapshot it matched (base_snapshot_id)")


def _events(
    record: CheckRecord,
    change: ChangeRecord | None,
    streak: int,
    prev_streak: int,
    prev_error: str | None,
    threshold: int,
) -> list[RecordedEvent]:
    events = []
    if change is not None and not change.flip_flop:
        events.append(RecordedEvent(EventKind.CHANGE, record.company, record, change=change))
    if record.outcome is Outcome.ERROR and streak == threshold:
        events.append(
            RecordedEvent(EventKind.FAILING, record.company, record, failure_count=streak, reason=record.error)
        )
    if record.outcome is not Outcome.ERROR and prev_streak >= threshold:
        events.append(
            RecordedEvent(EventKind.RECOVERED, record.company, record, failure_count=prev_streak, reason=prev_error)
        )
    return events
