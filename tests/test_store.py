"""Tests of monitor.store on a real SQLite file; StoreContract is rerun on PostgreSQL by test_store_postgres."""

from __future__ import annotations

import dataclasses
import itertools
import sqlite3
import threading
import zlib
from datetime import timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest_store import (
    T0,
    alert_for,
    changed,
    company,
    failed,
    row_counts,
    statements,
    unchanged,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.domain.events import AlertDraft, EventKind
from monitor.domain.values import Outcome, Severity
from monitor.errors import ConflictError, StoreError
from monitor.store import Store, migrations
from monitor.store import schema as store_schema


def _seeded(store: Store, slug: str = "acme", text: str = "# Privacy\nWe collect your email.") -> int:
    store.sync_companies([company(slug)], T0)
    snap = store.seed(slug, text, b"<h1>Privacy</h1><p>We collect your email.</p>", T0)
    assert snap is not None
    return snap.id


class StoreContract:
    """Behaviour every backend must show. Subclasses provide the `store` fixture (an empty database)."""

    # -- opening ---------------------------------------------------------------------------------
    def test_open_is_idempotent_and_records_the_schema_version(self, store: Store, url: str):
        assert store.schema_version() == migrations.LATEST_VERSION
        again = Store.open(url)
        try:
            assert again.schema_version() == migrations.LATEST_VERSION
            with again.engine.connect() as conn:
                assert conn.execute(sa.text("SELECT count(*) FROM schema_version")).scalar_one() == len(
                    migrations.MIGRATIONS
                )
        finally:
            again.close()

    def test_migrated_schema_matches_the_tables_the_queries_use(self, store: Store):
        inspector = sa.inspect(store.engine)
        for table in store_schema.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == set(table.c.keys()), table.name

    def test_a_newer_schema_than_the_code_knows_is_refused(self, store: Store, url: str):
        with store.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'from the future', :at)"
                ),
                {"at": T0},
            )
        with pytest.raises(StoreError, match="schema version 999, newer"):
            Store.open(url)

    def test_a_pending_migration_is_applied_on_open(self, store: Store, url: str, monkeypatch: pytest.MonkeyPatch):
        def add_note(conn: sa.Connection) -> None:
            conn.execute(sa.text("ALTER TABLE companies ADD COLUMN note TEXT"))

        monkeypatch.setattr(
            migrations,
            "MIGRATIONS",
            (*migrations.MIGRATIONS, migrations.Migration(migrations.LATEST_VERSION + 1, "company notes", add_note)),
        )
        monkeypatch.setattr(migrations, "LATEST_VERSION", migrations.LATEST_VERSION + 1)
        upgraded = Store.open(url)
        try:
            assert upgraded.schema_version() == migrations.LATEST_VERSION
            assert "note" in {c["name"] for c in sa.inspect(upgraded.engine).get_columns("companies")}
        finally:
            with upgraded.engine.begin() as conn:  # leave the shared PostgreSQL database as it was
                conn.execute(sa.text("ALTER TABLE companies DROP COLUMN note"))
                conn.execute(sa.text("DELETE FROM schema_version WHERE version = :v"), {"v": migrations.LATEST_VERSION})
            upgraded.close()

    def test_a_failing_migration_changes_nothing(self, store: Store, url: str, monkeypatch: pytest.MonkeyPatch):
        def broken(conn: sa.Connection) -> None:
            conn.execute(sa.text("CREATE TABLE half_done (id INTEGER)"))
            conn.execute(sa.text("SELECT * FROM no_such_table"))

        before = migrations.LATEST_VERSION
        monkeypatch.setattr(
            migrations, "MIGRATIONS", (*migrations.MIGRATIONS, migrations.Migration(before + 1, "broken step", broken))
        )
        monkeypatch.setattr(migrations, "LATEST_VERSION", before + 1)
        with pytest.raises(StoreError, match=f"migration {before + 1} \\(broken step\\) failed"):
            Store.open(url)
        assert store.schema_version() == before
        assert not sa.inspect(store.engine).has_table("half_done")

    # -- companies and seeds ---------------------------------------------------------------------
    def test_sync_companies_upserts_and_keeps_unconfigured_ones(self, store: Store):
        store.sync_companies([company("acme"), company("globex")], T0)
        store.sync_companies([company("acme").__class__("acme", "ACME Corp", "https://acme.example/p")], T0)
        by_slug = {s.slug: s for s in store.company_summaries()}
        assert set(by_slug) == {"acme", "globex"}
        assert (by_slug["acme"].name, by_slug["acme"].url) == ("ACME Corp", "https://acme.example/p")

    def test_seed_is_idempotent(self, store: Store):
        first = _seeded(store)
        assert store.seed("acme", "something else", b"x", T0 + timedelta(days=1)) is None
        assert store.count_snapshots("acme") == 1
        latest = store.latest_snapshot("acme")
        assert latest is not None and latest.id == first and latest.source == "seed"
        assert latest.text == "# Privacy\nWe collect your email."

    def test_writing_for_an_unknown_company_is_a_clear_error(self, store: Store):
        with pytest.raises(StoreError, match="unknown company 'nope'"):
            store.seed("nope", "text", b"", T0)
        with pytest.raises(StoreError, match="unknown company 'nope'"):
            store.record_check(failed(slug="nope"))

    # -- record_check ----------------------------------------------------------------------------
    def test_an_unchanged_check_costs_one_insert_and_one_row(self, store: Store):
        base = _seeded(store)
        before = row_counts(store)
        with statements(store) as sql:
            record, events = store.record_check(unchanged(base), alert_for("ops"))
        writes = [s for s in sql if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
        assert len(writes) == 1 and writes[0].lstrip().upper().startswith("INSERT INTO CHECKS")
        after = row_counts(store)
        assert after == before | {"checks": before["checks"] + 1}
        assert (record.outcome, record.snapshot_id, record.change_id, events) == (Outcome.UNCHANGED, base, None, [])

    def test_reading_the_latest_snapshot_with_text_is_one_query(self, store: Store):
        _seeded(store)
        with statements(store) as sql:
            latest = store.latest_snapshot("acme")
        assert latest is not None and latest.text
        assert len(sql) == 1

    def test_a_change_is_stored_with_snapshot_text_raw_classification_and_alerts(self, store: Store):
        base = _seeded(store)
        at = T0 + timedelta(hours=6)
        record, events = store.record_check(
            changed(base, "# Privacy\nWe sell your email.", at=at), alert_for("ops", "legal")
        )
        assert record.outcome is Outcome.CHANGED and record.change_id is not None
        assert [e.kind for e in events] == [EventKind.CHANGE]
        change = events[0].change
        assert change is not None and (change.from_snapshot, change.to_snapshot) == (base, record.snapshot_id)
        assert store.change(change.id) == change
        assert store.change_to("acme", record.snapshot_id) == change
        assert change.classification.severity is Severity.MAJOR and change.classification.material
        snap = store.latest_snapshot("acme")
        assert snap is not None and snap.id == record.snapshot_id and snap.check_id == record.id
        assert snap.text == "# Privacy\nWe sell your email." and snap.has_raw and snap.created_at == at
        assert store.raw_body(snap.id) == (b"<html><p># Privacy\nWe sell your email.</p></html>", "text/html")
        assert sorted(a.subscriber for a in store.alerts_for_change(change.id)) == ["legal", "ops"]
        assert all(a.status == "pending" and a.next_attempt_at == at for a in store.alerts())
        assert store.checks("acme")[0] == record
        assert store.integrity_check() == []

    def test_identical_text_is_stored_once_across_companies(self, store: Store):
        _seeded(store, "acme", "Shared boilerplate policy.")
        _seeded(store, "globex", "Shared boilerplate policy.")
        counts = row_counts(store)
        assert (counts["snapshots"], counts["texts"]) == (2, 1)

    def test_raw_bodies_are_kept_compressed_apart_from_texts(self, store: Store):
        base = _seeded(store)
        body = b"<html>" + b"<p>repetitive chrome</p>" * 2000 + b"</html>"
        draft = changed(base, "New text.")
        record, _ = store.record_check(draft.__class__(**{**draft.__dict__, "raw": body}))
        with store.engine.connect() as conn:
            stored, size = conn.execute(sa.text("SELECT body, size FROM raws ORDER BY id DESC")).first()
        assert size == len(body) and len(stored) < len(body) / 10 and zlib.decompress(stored) == body
        assert store.raw_body(record.snapshot_id) == (body, "text/html")

    def test_a_stale_base_is_a_conflict_and_writes_nothing(self, store: Store):
        base = _seeded(store)
        store.record_check(changed(base, "v2"))
        before = row_counts(store)
        for draft in (changed(base, "v2 from a slower worker"), unchanged(base)):
            with pytest.raises(ConflictError):
                store.record_check(draft, alert_for("ops"))
        assert row_counts(store) == before

    def test_unchanged_checks_in_one_transaction_leave_out_a_conflict_and_keep_its_events(self, store: Store):
        bases = {slug: _seeded(store, slug, text=f"# Privacy\n{slug} collects your email.") for slug in "cabde"}
        store.record_check(changed(bases["b"], "b changed meanwhile", slug="b"))  # b's next base is stale
        for n in range(3):  # d has failed three times in a row: its next success is a recovery
            store.record_check(failed(f"timeout {n}", slug="d"), failure_threshold=3)
        before = row_counts(store)
        commits: list[int] = []

        def on_commit(conn: object) -> None:
            commits.append(1)

        sa.event.listen(store.engine, "commit", on_commit)
        try:
            written, conflicts = store.record_unchanged(
                [unchanged(bases[slug], slug=slug) for slug in "edcba"], alert_for("ops"), failure_threshold=3
            )
        finally:
            sa.event.remove(store.engine, "commit", on_commit)
        assert len(commits) == 1
        assert [d.company for d in conflicts] == ["b"]
        assert [(d.company, r.outcome, r.snapshot_id) for d, r, _ in written] == [
            (slug, Outcome.UNCHANGED, bases[slug])
            for slug in "acde"  # locked and written in slug order
        ]
        events = {d.company: [(e.kind, e.failure_count) for e in ev] for d, _, ev in written}
        assert events == {"a": [], "c": [], "d": [(EventKind.RECOVERED, 3)], "e": []}
        assert row_counts(store) == before | {"checks": before["checks"] + 4, "alerts": before["alerts"] + 1}
        assert store.failure_streak("d") == (0, None)
        assert [c.outcome for c in store.checks("b", limit=1)] == [Outcome.CHANGED]  # nothing written for b

        with pytest.raises(ValueError, match="unchanged checks"):
            store.record_unchanged([failed(slug="a")])
        assert store.record_unchanged([]) == ([], [])

    def test_a_batch_of_unchanged_checks_takes_the_same_statements_for_2_or_20(self, store: Store):
        bases = {f"co{i:02d}": _seeded(store, f"co{i:02d}", text=f"co{i:02d} text") for i in range(20)}
        counts = []
        for n in (2, 20):
            with statements(store) as sql:
                written, conflicts = store.record_unchanged([unchanged(bases[s], slug=s) for s in list(bases)[:n]])
            assert (len(written), conflicts) == (n, [])
            counts.append(len(sql))
        assert counts[0] == counts[1] <= 3, counts  # (lock,) states, one INSERT of every row

    def test_a_redelivered_batch_of_scheduled_unchanged_checks_changes_nothing(self, store: Store):
        bases = {slug: _seeded(store, slug, text=f"{slug} text") for slug in "abc"}
        run = T0 + timedelta(hours=6)

        def drafts(slugs: str) -> list:
            return [dataclasses.replace(unchanged(bases[s], slug=s), scheduled_at=run) for s in slugs]

        first, _ = store.record_unchanged(drafts("ab"))
        assert store.scheduled_checks(run, list(bases)) == {"a", "b"}
        before = row_counts(store)
        again, conflicts = store.record_unchanged(drafts("abc"))  # the job runs again: a and b are recorded
        assert conflicts == []
        assert [r.id for _, r, _ in again][:2] == [r.id for _, r, _ in first]
        assert row_counts(store) == before | {"checks": before["checks"] + 1}
        assert store.scheduled_checks(run, list(bases)) == {"a", "b", "c"}

    def test_a_failing_batch_of_unchanged_checks_writes_none_of_them(self, store: Store):
        bases = {slug: _seeded(store, slug, text=f"{slug} text") for slug in "ab"}
        before = row_counts(store)
        drafts = [unchanged(bases["a"], slug="a"), unchanged(bases["b"], slug="b"), unchanged(bases["a"], slug="zz")]
        with pytest.raises(StoreError, match="unknown company 'zz'"):
            store.record_unchanged(drafts)
        assert row_counts(store) == before

    def test_new_conflicts_when_a_snapshot_already_exists(self, store: Store):
        _seeded(store)
        draft = changed(None, "first?").__class__(
            company="acme", started_at=T0, duration_s=1, outcome=Outcome.NEW, text="first?"
        )
        with pytest.raises(ConflictError):
            store.record_check(draft)

    def test_a_first_fetch_records_a_new_snapshot(self, store: Store):
        store.sync_companies([company()], T0)
        draft = changed(None, "x").__class__(
            company="acme",
            started_at=T0,
            duration_s=1,
            outcome=Outcome.NEW,
            text="first text",
            raw=b"<p>first text</p>",
        )
        record, events = store.record_check(draft, alert_for("ops"))
        assert record.outcome is Outcome.NEW and events == []
        snap = store.latest_snapshot("acme")
        assert snap is not None and (snap.id, snap.source, snap.text) == (record.snapshot_id, "fetch", "first text")

    def test_a_flip_flop_is_recorded_but_not_alerted(self, store: Store):
        base = _seeded(store, text="Variant A.")
        second, _ = store.record_check(changed(base, "Variant B."))
        earlier = store.snapshot_with_text("acme", store.snapshot("acme", base).text_sha256)
        assert earlier is not None and earlier.id == base
        record, events = store.record_check(
            changed(second.snapshot_id, "Variant A.", flip_flop_of=base), alert_for("ops")
        )
        assert events == []
        change = store.change(record.change_id)
        assert change is not None and change.flip_flop
        assert store.alerts_for_change(change.id) == []
        assert row_counts(store)["texts"] == 2

    def test_failure_streak_alerts_once_at_the_threshold_and_on_recovery(self, store: Store):
        base = _seeded(store)
        kinds = []
        for n in range(5):
            _, events = store.record_check(failed(f"timeout {n}"), alert_for("ops"), failure_threshold=3)
            kinds.append([(e.kind, e.failure_count, e.reason) for e in events])
        assert kinds == [[], [], [(EventKind.FAILING, 3, "timeout 2")], [], []]
        assert store.failure_streak("acme") == (5, "timeout 4")
        _, events = store.record_check(unchanged(base), alert_for("ops"), failure_threshold=3)
        assert [(e.kind, e.failure_count, e.reason) for e in events] == [(EventKind.RECOVERED, 5, "timeout 4")]
        assert store.failure_streak("acme") == (0, None)
        assert [a.event for a in store.alerts()] == [EventKind.RECOVERED, EventKind.FAILING]
        # a short streak ends silently
        store.record_check(failed(), alert_for("ops"), failure_threshold=3)
        _, events = store.record_check(unchanged(base), alert_for("ops"), failure_threshold=3)
        assert events == []

    def test_a_failing_make_alerts_rolls_everything_back(self, store: Store):
        base = _seeded(store)
        before = row_counts(store)

        def broken(event):
            raise RuntimeError("routing bug")

        with pytest.raises(RuntimeError, match="routing bug"):
            store.record_check(changed(base, "v2"), broken)
        assert row_counts(store) == before

    def test_an_alert_cannot_be_recorded_twice(self, store: Store):
        base = _seeded(store)
        record, _ = store.record_check(changed(base, "v2"), alert_for("ops", "ops"))
        assert len(store.alerts()) == 1
        row = {
            "check_id": record.id,
            "event": "change",
            "company": "acme",
            "subscriber": "ops",
            "destination": "console",
            "payload": {},
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": T0,
            "created_at": T0,
        }
        with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
            conn.execute(store_schema.alerts.insert(), row)

    def test_nul_characters_from_the_web_do_not_break_a_write(self, store: Store):
        base = _seeded(store)
        _, events = store.record_check(failed("bad header 'x\x00y'"), alert_for("ops"), failure_threshold=1)
        assert events[0].reason == "bad header 'x\ufffdy'"
        draft = changed(base, "Text with a \x00 inside.")
        record, _ = store.record_check(draft.__class__(**{**draft.__dict__, "content_type": "text/html\x00"}))
        snap = store.latest_snapshot("acme")
        assert snap is not None and snap.text == "Text with a \ufffd inside."
        assert store.raw_body(record.snapshot_id) == (draft.raw, "text/html\ufffd")

    def test_threads_sharing_one_store_keep_a_straight_history(self, store: Store):
        """Threads changing one company retry on conflicts; the changes form one unbroken chain."""
        _seeded(store, "shared", "v0")
        recorded: list[int] = []

        def worker(name: str) -> None:
            for n in range(8):
                while True:
                    latest = store.latest_snapshot("shared")
                    assert latest is not None
                    try:
                        record, _ = store.record_check(changed(latest.id, f"{name} {n}", slug="shared"))
                    except ConflictError:
                        continue
                    recorded.append(record.change_id)
                    break
                store.record_check(failed(slug="shared"))

        threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        chain = sorted(store.changes("shared", limit=100), key=lambda c: c.id)
        assert len(chain) == len(recorded) == 32
        assert all(a.to_snapshot == b.from_snapshot for a, b in itertools.pairwise(chain))
        assert len(store.checks("shared", limit=100)) == 64 and store.integrity_check() == []

    # -- reading ---------------------------------------------------------------------------------
    def test_history_pages_newest_first_without_text(self, store: Store):
        base = _seeded(store)
        for n in range(5):
            record, _ = store.record_check(changed(base, f"version {n}", at=T0 + timedelta(days=n + 1)))
            base = record.snapshot_id
        assert store.count_snapshots("acme") == 6
        page1, page2 = store.snapshots("acme", limit=4), store.snapshots("acme", limit=4, offset=4)
        ids = [s.id for s in page1 + page2]
        assert ids == sorted(ids, reverse=True) and len(ids) == 6
        assert all(s.text is None for s in page1 + page2) and page2[-1].source == "seed"
        assert [c.to_snapshot for c in store.changes("acme", limit=2)] == ids[:2]

    def test_material_only_filters_changes(self, store: Store):
        base = _seeded(store)
        for n, severity in enumerate((Severity.MINOR, Severity.CRITICAL, Severity.COSMETIC)):
            record, _ = store.record_check(changed(base, f"v{n}", severity=severity))
            base = record.snapshot_id
        assert [c.classification.severity for c in store.changes("acme")] == [
            Severity.COSMETIC,
            Severity.CRITICAL,
            Severity.MINOR,
        ]
        assert [c.classification.severity for c in store.changes("acme", material_only=True)] == [Severity.CRITICAL]

    def test_a_snapshot_of_another_company_is_not_found(self, store: Store):
        base = _seeded(store, "acme")
        _seeded(store, "globex", "Other text.")
        assert store.snapshot("globex", base) is None
        assert store.snapshot("acme", base) is not None
        assert store.raw_body(10_000) is None and store.change(10_000) is None

    def test_company_summaries_take_the_same_queries_for_3_or_30_companies(self, store: Store):
        def queries() -> int:
            with statements(store) as sql:
                store.company_summaries()
            return len(sql)

        for n in range(3):
            base = _seeded(store, f"c{n}", f"text {n}")
            store.record_check(changed(base, f"text {n} v2", slug=f"c{n}"))
        few = queries()
        for n in range(3, 30):
            _seeded(store, f"c{n}", f"text {n}")
            store.record_check(failed(slug=f"c{n}"))
        assert queries() == few <= 4

    def test_company_summary_shows_latest_activity(self, store: Store):
        base = _seeded(store)
        record, _ = store.record_check(changed(base, "v2", at=T0 + timedelta(hours=1)))
        store.record_check(failed("HTTP 503", at=T0 + timedelta(hours=2)))
        [summary] = store.company_summaries()
        assert summary.snapshots == 2 and summary.failure_streak == 1 and summary.last_error == "HTTP 503"
        assert summary.last_check is not None and summary.last_check.outcome is Outcome.ERROR
        assert summary.last_change is not None and summary.last_change.id == record.change_id

    def test_times_come_back_utc_aware(self, store: Store):
        base = _seeded(store)
        paris = timezone(timedelta(hours=2))
        record, _ = store.record_check(unchanged(base, at=T0.astimezone(paris)))
        stored = store.checks("acme")[0].started_at
        assert stored == T0 and stored.utcoffset() == timedelta(0) and record.started_at.tzinfo is not None

    # -- outbox ----------------------------------------------------------------------------------
    def _queue(self, store: Store, n: int = 1) -> list[int]:
        drafts = [
            AlertDraft(f"sub{i}", "slack:#privacy", {"text": f"hi {i}"}, EventKind.TEST, "acme") for i in range(n)
        ]
        return store.add_alerts(drafts, T0)

    def test_an_alert_is_claimed_once_then_delivered(self, store: Store):
        [alert_id] = self._queue(store)
        assert store.due_alerts(T0 - timedelta(seconds=1)) == []
        [due] = store.due_alerts(T0)
        assert (due.id, due.payload, due.status) == (alert_id, {"text": "hi 0"}, "pending")
        assert store.claim_alert(alert_id, T0) is True
        assert store.claim_alert(alert_id, T0) is False
        assert store.due_alerts(T0 + timedelta(seconds=5)) == []
        store.mark_delivered(alert_id, T0 + timedelta(seconds=1), "1700000000.000100")
        [sent] = store.alerts(status="delivered")
        assert (sent.attempts, sent.slack_ts, sent.delivered_at) == (1, "1700000000.000100", T0 + timedelta(seconds=1))
        assert store.claim_alert(alert_id, T0 + timedelta(days=1)) is False

    def test_a_retry_waits_for_its_time_and_counts_attempts(self, store: Store):
        [alert_id] = self._queue(store)
        assert store.claim_alert(alert_id, T0)
        store.mark_retry(alert_id, "ratelimited", T0 + timedelta(minutes=1))
        assert store.due_alerts(T0 + timedelta(seconds=59)) == []
        assert store.claim_alert(alert_id, T0 + timedelta(seconds=59)) is False
        [due] = store.due_alerts(T0 + timedelta(minutes=1))
        assert (due.attempts, due.last_error) == (1, "ratelimited")
        assert store.claim_alert(alert_id, T0 + timedelta(minutes=1))
        store.mark_failed(alert_id, "channel_not_found")
        [failed_alert] = store.alerts(status="failed")
        assert (failed_alert.attempts, failed_alert.last_error) == (2, "channel_not_found")
        assert store.due_alerts(T0 + timedelta(days=1)) == []

    def test_a_claim_left_by_a_crashed_sender_is_taken_over(self, store: Store):
        [alert_id] = self._queue(store)
        assert store.claim_alert(alert_id, T0)
        later = T0 + store.claim_timeout + timedelta(seconds=1)
        assert [a.id for a in store.due_alerts(later)] == [alert_id]
        assert store.claim_alert(alert_id, later) is True
        assert store.alerts()[0].attempts == 2

    def test_due_alerts_are_oldest_first_and_limited(self, store: Store):
        ids = self._queue(store, 5)
        assert [a.id for a in store.due_alerts(T0, limit=3)] == ids[:3]
        with pytest.raises(ValueError, match="unknown alert status"):
            store.alerts(status="lost")
        with pytest.raises(StoreError, match="no alert"):
            store.mark_delivered(10_000, T0, None)

    # -- integrity -------------------------------------------------------------------------------
    def test_integrity_check_finds_a_check_pointing_at_a_missing_change(self, store: Store):
        base = _seeded(store)
        record, _ = store.record_check(unchanged(base))
        assert store.integrity_check() == []
        with store.engine.begin() as conn:
            conn.execute(sa.text("UPDATE checks SET change_id = 4242 WHERE id = :id"), {"id": record.id})
        assert any("missing change" in p for p in store.integrity_check())

    # -- feeds, events, metrics (issue 16) -------------------------------------------------------
    def test_checks_after_an_id_come_oldest_first_with_their_change_and_streak(self, store: Store):
        base = _seeded(store)
        _seeded(store, "globex")
        first, _ = store.record_check(unchanged(base))
        change, _ = store.record_check(changed(base, "# Privacy\nWe sell your email.", at=T0 + timedelta(hours=1)))
        error, _ = store.record_check(failed("HTTP 503", slug="globex", at=T0 + timedelta(hours=2)))
        assert store.last_check_id() == error.id
        rows = store.checks_after(first.id)
        assert [(c.id, c.outcome) for c, _, _ in rows] == [(change.id, Outcome.CHANGED), (error.id, Outcome.ERROR)]
        assert rows[0][1] is not None and rows[0][1].id == change.change_id and rows[1][1] is None
        assert [streak for _, _, streak in rows] == [0, 1]
        assert store.checks_after(error.id) == [] and len(store.checks_after(0, limit=2)) == 2

    def test_recent_changes_filter_and_leave_flip_flops_out(self, store: Store):
        base = _seeded(store)
        minor, _ = store.record_check(changed(base, "# Privacy\nv2", severity=Severity.MINOR))
        critical, _ = store.record_check(changed(minor.snapshot_id, "# Privacy\nv3", severity=Severity.CRITICAL))
        store.record_check(changed(critical.snapshot_id, "# Privacy\nv2", flip_flop_of=minor.snapshot_id))
        assert [c.id for c in store.recent_changes()] == [critical.change_id, minor.change_id]
        assert [c.id for c in store.recent_changes("acme", material_only=True)] == [critical.change_id]
        assert [c.id for c in store.recent_changes(min_severity=Severity.MINOR)] == [
            critical.change_id,
            minor.change_id,
        ]
        assert store.recent_changes(min_severity=Severity.CRITICAL)[0].id == critical.change_id
        assert store.recent_changes("globex") == []

    def test_stats_count_the_whole_history(self, store: Store):
        base = _seeded(store)
        store.record_check(unchanged(base))
        store.record_check(unchanged(base))
        store.record_check(changed(base, "# Privacy\nv2", severity=Severity.CRITICAL))
        store.record_check(failed("timeout"), alert_for("team"), failure_threshold=1)
        stats = store.stats((0.25, 1.0))
        assert stats.checks == {("acme", "unchanged"): 2, ("acme", "changed"): 1, ("acme", "error"): 1}
        assert stats.changes == {("acme", "critical"): 1}
        assert stats.streaks == {"acme": 1}
        hist = stats.durations["acme"]
        assert hist.buckets == ((0.25, 2), (1.0, 3), (float("inf"), 4))
        assert hist.total == pytest.approx(0.2 + 0.2 + 0.5 + 30.0)
        assert stats.alerts == {("console", "failing", "pending"): 1}
        assert stats.last_check["acme"] == T0 and stats.last_check["acme"].tzinfo is not None


class TestSqliteStore(StoreContract):
    @pytest.fixture
    def url(self, tmp_path: Path) -> str:
        return f"sqlite:///{tmp_path}/nested/dir/monitor.sqlite3"

    @pytest.fixture
    def store(self, url: str):
        store = Store.open(url)
        yield store
        store.close()


class TestSqliteSpecifics:
    def test_pragmas_make_it_durable_and_concurrent(self, tmp_path: Path):
        store = Store.open(f"sqlite:///{tmp_path}/m.sqlite3")
        with store.engine.connect() as conn:
            pragma = {
                p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        store.close()
        assert pragma == {"journal_mode": "wal", "synchronous": 1, "foreign_keys": 1, "busy_timeout": 30000}

    def test_a_file_that_is_not_a_database_is_refused(self, tmp_path: Path):
        path = tmp_path / "notes.sqlite3"
        path.write_text("these are my notes, not a database\n" * 100)
        with pytest.raises(StoreError, match="file is not a database"):
            Store.open(f"sqlite:///{path}")
        assert path.read_text().startswith("these are my notes")

    def test_an_unusable_path_is_refused(self, tmp_path: Path):
        (tmp_path / "afile").write_text("x")
        with pytest.raises(StoreError, match="cannot create the database folder"):
            Store.open(f"sqlite:///{tmp_path}/afile/sub/m.sqlite3")
        with pytest.raises(StoreError, match="is a folder"):
            Store.open(f"sqlite:///{tmp_path}")

    def test_unsupported_urls_are_refused(self):
        with pytest.raises(StoreError, match="unsupported database"):
            Store.open("mysql://localhost/monitor")

    def test_writes_are_begun_immediate(self, tmp_path: Path):
        store = Store.open(f"sqlite:///{tmp_path}/m.sqlite3")
        base = _seeded(store)
        begins: list[str] = []
        sa.event.listen(
            store.engine,
            "before_cursor_execute",
            lambda c, cur, statement, *a: begins.append(statement) if statement.startswith("BEGIN") else None,
        )
        store.record_check(unchanged(base))
        store.latest_snapshot("acme")
        store.close()
        assert begins == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]

    def test_a_held_write_lock_delays_a_writer_instead_of_failing_it(self, tmp_path: Path):
        path = tmp_path / "m.sqlite3"
        store = Store.open(f"sqlite:///{path}")
        base = _seeded(store)
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        timer = threading.Timer(0.5, other.execute, ("COMMIT",))
        timer.start()
        record, _ = store.record_check(unchanged(base))  # waits on busy_timeout, then succeeds
        timer.join()
        other.close()
        assert store.checks("acme")[0].id == record.id
        store.close()

    def test_in_memory_database_works_for_quick_use(self):
        store = Store.open("sqlite://")
        base = _seeded(store)
        store.record_check(unchanged(base))
        assert len(store.checks("acme")) == 1
        store.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.booleans(), max_size=14), st.integers(min_value=1, max_value=4))
def test_failure_events_follow_the_streaks(outcomes: list[bool], threshold: int):
    """For any sequence of successes/failures: one FAILING per streak reaching the threshold, one RECOVERED
    per such streak that ends, and failure_streak() equals the trailing failures."""
    store = Store.open("sqlite://")
    base = _seeded(store)
    seen = []
    for ok in outcomes:
        draft = unchanged(base) if ok else failed()
        _, events = store.record_check(draft, failure_threshold=threshold)
        seen += [e.kind for e in events]
    runs = [len(r) for r in "".join("." if ok else "x" for ok in outcomes).split(".") if r]
    trailing = len(outcomes) - len("".join("." if ok else "x" for ok in outcomes).rstrip("x"))
    assert seen.count(EventKind.FAILING) == sum(r >= threshold for r in runs)
    assert seen.count(EventKind.RECOVERED) == sum(r >= threshold for r in runs) - (trailing >= threshold)
    assert store.failure_streak("acme")[0] == trailing
    store.close()
