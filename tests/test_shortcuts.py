"""The shortcuts of an unchanged page: a 304 to a conditional GET, the same body, the same policy region.

Each shortcut must save work without ever hiding a change: a server that answers 304 although the page
changed is caught by the unconditional fetch made at least every `full_fetch_every` checks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import REPO, run_cli, subprocess_ok, write_config
from one_company import alopal_config, alopal_fetch, synced_store

import monitor.capture.assess as assess_module
from monitor.demo.render import render_policy_page
from monitor.demo.static import StaticSite
from monitor.domain.values import Fetched, Outcome
from monitor.runtime.check import Checker
from monitor.store import Store, migrations

SEED = (REPO / "seeds" / "alopal.txt").read_text(encoding="utf-8")
SOLD = SEED.replace(
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may sell your Personal Information to data brokers.",
)
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def html(text: str, variant: int = 1) -> bytes:
    return render_policy_page(text, title="Privacy Policy", company="AloPal", variant=variant).encode("utf-8")


# ------------------------------------------------------------------------------------------ the real CLI


@pytest.fixture
def site_config(tmp_path: Path) -> Iterator[Callable[..., tuple[StaticSite, Path]]]:
    sites: list[StaticSite] = []

    def make(mode: str, **monitor: Any) -> tuple[StaticSite, Path]:
        site = StaticSite(mode)
        sites.append(site)
        site.set_page("alopal", html(SEED))
        table = {"slug": "alopal", "name": "AloPal", "url": site.url("alopal")}
        return site, write_config(tmp_path, companies=[table], seeds=False, **monitor)

    yield make
    for site in sites:
        site.stop()


def check(config: Path) -> dict[str, Any]:
    result = run_cli(config, "check", "--json", "--no-deliver")
    assert result.returncode == 0, subprocess_ok(result)
    (doc,) = result.json_lines()
    return doc


def check_rows(config: Path) -> list[tuple]:
    with sqlite3.connect(config.parent / "db.sqlite3") as db:
        return db.execute("SELECT outcome, http_status, snapshot_id, since_full FROM checks ORDER BY id").fetchall()


def test_a_304_is_an_unchanged_check_that_writes_one_row(site_config):
    site, config = site_config("honour")
    first = check(config)
    assert first["outcome"] == "new"
    assert site.requests["alopal"][-1] == {"if-none-match": None, "if-modified-since": None}

    second = check(config)
    _body, etag, modified = site.page("alopal")
    assert site.requests["alopal"][-1] == {"if-none-match": etag, "if-modified-since": modified}
    assert site.statuses[304] == 1
    assert second["outcome"] == "unchanged" and second["snapshot"] == first["snapshot"]
    assert check_rows(config) == [("new", 200, first["snapshot"], 0), ("unchanged", 304, first["snapshot"], 1)]
    with sqlite3.connect(config.parent / "db.sqlite3") as db:  # no text, no raw copy for the 304
        assert db.execute("SELECT count(*) FROM texts").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM raws").fetchone() == (1,)

    site.set_page("alopal", html(SOLD))  # a real change: new validators, so a 200
    third = check(config)
    assert third["outcome"] == "changed" and third["material"] is True


def test_a_server_answering_304_although_the_page_changed_is_caught_by_a_full_fetch(site_config):
    every = 3
    site, config = site_config("lie", full_fetch_every=every)
    assert check(config)["outcome"] == "new"  # unconditional: no validators yet
    site.set_page("alopal", html(SOLD))
    outcomes = []
    for _ in range(every):
        outcomes.append(check(config))
        if outcomes[-1]["outcome"] != "unchanged":
            break
    assert outcomes[0]["outcome"] == "unchanged"  # the lie is believed at first ...
    assert site.statuses[304] >= 1
    assert outcomes[-1]["outcome"] == "changed" and outcomes[-1]["material"] is True  # ... but not for long
    assert len(outcomes) <= every
    last_request = site.requests["alopal"][-1]
    assert last_request == {"if-none-match": None, "if-modified-since": None}


def test_a_server_ignoring_conditional_requests_costs_no_parsing_for_the_same_bytes(site_config):
    site, config = site_config("ignore")
    assert check(config)["outcome"] == "new"
    assert check(config)["outcome"] == "unchanged"
    assert site.statuses[200] == 2 and site.statuses[304] == 0
    assert check_rows(config)[-1][:2] == ("unchanged", 200)


# ------------------------------------------------------------------------------------------ in process


@pytest.fixture
def checker(tmp_path: Path) -> Iterator[tuple[Checker, Store]]:
    config = alopal_config(tmp_path)
    with synced_store(config) as store:
        yield Checker(config, store, lambda event: ()), store


def fetched(body: bytes, at: int, status: int = 200) -> Fetched:
    return alopal_fetch(body, at, status)


class Spy:
    def __init__(self, real: Callable[..., Any]):
        self.real, self.calls = real, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.real(*args, **kwargs)


def test_a_page_whose_chrome_changed_but_not_its_policy_is_unchanged_without_normalising(checker, monkeypatch):
    check, _store = checker
    assert check.process(fetched(html(SEED, variant=1), at=0)).outcome is Outcome.NEW
    normalised = Spy(assess_module.canonical_text)
    monkeypatch.setattr(assess_module, "canonical_text", normalised)
    chrome_changed = html(SEED, variant=2)
    assert chrome_changed != html(SEED, variant=1)
    assert check.process(fetched(chrome_changed, at=1)).outcome is Outcome.UNCHANGED
    assert normalised.calls == 0
    assert check.process(fetched(html(SOLD, variant=3), at=2)).outcome is Outcome.CHANGED
    assert normalised.calls == 1


def test_the_same_bytes_are_unchanged_without_reading_the_page(checker, monkeypatch):
    check, _store = checker
    body = html(SEED)
    assert check.process(fetched(body, at=0)).outcome is Outcome.NEW
    assessed = Spy(assess_module.assess)
    monkeypatch.setattr(assess_module, "assess", assessed)
    assert check.process(fetched(body, at=1)).outcome is Outcome.UNCHANGED
    assert assessed.calls == 0
    # the same bytes after a failed check (which is read, to say why it failed): still the last capture's
    assert check.process(fetched(b"busy", at=2, status=503)).outcome is Outcome.ERROR
    assert assessed.calls == 1
    assert check.process(fetched(body, at=3)).outcome is Outcome.UNCHANGED
    assert assessed.calls == 1


def test_a_wall_with_the_policy_region_of_the_last_capture_is_still_judged(checker):
    """The region shortcut skips normalisation, not the page checks: a 404 status is still an error."""
    check, _store = checker
    assert check.process(fetched(html(SEED, variant=1), at=0)).outcome is Outcome.NEW
    assert check.process(fetched(html(SEED, variant=2), at=1, status=404)).outcome is Outcome.ERROR


def test_a_fetch_state_describes_only_the_latest_snapshot(checker):
    check, store = checker
    check.process(fetched(html(SEED), at=0))
    state = store.fetch_state("alopal")
    assert state is not None and state.current and state.body_sha256 and state.region_sha256
    store.seed("alopal", "a newer baseline", b"", T0)  # seed() refuses: a snapshot exists
    assert store.fetch_state("alopal") == state
    assert check.process(fetched(html(SOLD), at=1)).outcome is Outcome.CHANGED
    newer = store.fetch_state("alopal")
    assert newer is not None and newer.current and newer.body_sha256 != state.body_sha256


def test_a_version_1_database_migrates_and_keeps_its_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    old = Store.open(url)
    with old.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO companies VALUES ('acme', 'Acme', 'https://acme.example', :at)"), {"at": T0})
        conn.execute(
            sa.text(
                "INSERT INTO checks (company, started_at, duration_s, outcome, streak) "
                "VALUES ('acme', :at, 0.1, 'error', 1)"
            ),
            {"at": T0},
        )
    old.close()
    monkeypatch.undo()
    store = Store.open(url)
    try:
        assert store.schema_version() == migrations.LATEST_VERSION >= 2
        (record,) = store.checks("acme")
        assert record.outcome is Outcome.ERROR
        assert store.fetch_state("acme") is None  # a failed check leaves nothing to skip work with
    finally:
        store.close()
