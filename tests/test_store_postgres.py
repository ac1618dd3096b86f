"""The store's contract, races and migrations on a real PostgreSQL (skipped, loudly, when there is none)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from conftest_store import (
    T0,
    pg_admin,
    pg_create_database,
    pg_drop_database,
    pg_truncate,
    race_three_rounds,
    run_together,
)
from test_store import StoreContract

from monitor.domain.events import AlertDraft, EventKind
from monitor.store import Store, migrations

pytestmark = pytest.mark.postgres


def _new_database() -> Iterator[str]:
    """A new database's URL (dropped afterwards); skips, loudly, when PostgreSQL is unreachable."""
    admin, why = pg_admin()
    if admin is None:
        pytest.skip(f"SKIPPED POSTGRESQL STORE TESTS: {why}")
    admin.close()
    url = pg_create_database()
    yield url
    pg_drop_database(url)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    yield from _new_database()


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """A database of its own, for tests of first opens."""
    yield from _new_database()


class TestPostgresStore(StoreContract):
    @pytest.fixture
    def url(self, pg_url: str) -> str:
        return pg_url

    @pytest.fixture
    def store(self, url: str) -> Iterator[Store]:
        store = Store.open(url)
        pg_truncate(store)
        yield store
        with store.engine.begin() as conn:  # undo a test that faked a newer schema
            conn.execute(sa.text("DELETE FROM schema_version WHERE version > :v"), {"v": migrations.LATEST_VERSION})
        store.close()


def test_uses_psycopg3_and_timestamps_with_time_zone(pg_url: str):
    store = Store.open(pg_url)
    try:
        assert store.engine.dialect.driver == "psycopg"
        columns = {c["name"]: c["type"] for c in sa.inspect(store.engine).get_columns("checks")}
        assert getattr(columns["started_at"], "timezone", False) is True
    finally:
        store.close()


def test_an_unreachable_server_is_a_clear_error():
    from monitor.errors import StoreError

    with pytest.raises(StoreError, match=r"cannot open database postgresql\+psycopg://.*:1/nowhere"):
        Store.open("postgresql://postgres:secret@127.0.0.1:1/nowhere")
    try:
        Store.open("postgresql://postgres:secret@127.0.0.1:1/nowhere")
    except StoreError as exc:
        assert "secret" not in str(exc)


def test_a_missing_database_is_a_clear_error(pg_url: str):
    from monitor.errors import StoreError

    with pytest.raises(StoreError, match="does not exist"):
        Store.open(pg_url.rsplit("/", 1)[0] + "/pm_no_such_database")


def test_two_processes_racing_on_the_same_base_record_one_change(pg_url: str, tmp_path: Path):
    store = Store.open(pg_url)
    pg_truncate(store)
    race_three_rounds(store, pg_url, tmp_path)
    store.close()


def test_two_processes_claiming_alerts_claim_each_once(pg_url: str, tmp_path: Path):
    store = Store.open(pg_url)
    pg_truncate(store)
    drafts = [AlertDraft(f"s{i}", "console", {"text": str(i)}, EventKind.TEST, "acme") for i in range(150)]
    ids = store.add_alerts(drafts, T0)
    now = (T0 + timedelta(seconds=1)).isoformat()
    outputs = run_together([["claim", pg_url, now], ["claim", pg_url, now]], tmp_path)
    won = [json.loads(out[0]) for out in outputs]
    assert sorted(won[0] + won[1]) == sorted(ids) and not set(won[0]) & set(won[1])
    assert all(a.attempts == 1 for a in store.alerts(limit=1000))
    store.close()


def test_concurrent_first_opens_migrate_once(fresh_pg_url: str, tmp_path: Path):
    outputs = run_together([["open", fresh_pg_url]] * 4, tmp_path)
    assert outputs == [[str(migrations.LATEST_VERSION)]] * 4
    dbname = sa.make_url(fresh_pg_url).database
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname=dbname) as conn:
        versions = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions == [(m.version,) for m in migrations.MIGRATIONS]
