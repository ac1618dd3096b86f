"""Unchanged checks are written in batches (runtime.unchanged): every one is recorded by the end of the pass,
a crash loses only the unchanged checks of the batch not yet written, and never a new, changed or failed check.

The real CLI against a real HTTP server on 127.0.0.1 and a real SQLite file.
"""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_cli, subprocess_ok, write_config

from monitor.demo.render import render_policy_page
from monitor.demo.static import StaticSite

pytestmark = pytest.mark.e2e  # starts the CLI as a process

SEED = (REPO / "seeds" / "alopal.txt").read_text(encoding="utf-8")
NAMES = [f"Company{chr(ord('A') + i)}" for i in range(12)]
SLUGS = [name.lower() for name in NAMES]
CHANGED = SLUGS[6]  # a company in the middle of the pass
BEFORE = "will never rent or sell your Personal Information to others."
AFTER = "may sell your Personal Information to data brokers and advertising partners."


def page(name: str, *, sold: bool = False) -> bytes:
    text = SEED.replace("AloPal", name)
    assert BEFORE in text
    if sold:
        text = text.replace(BEFORE, AFTER)
    return render_policy_page(text, title="Privacy Policy", company=name, variant=1).encode("utf-8")


@pytest.fixture
def site() -> Iterator[StaticSite]:
    with StaticSite("honour") as site:
        for name, slug in zip(NAMES, SLUGS, strict=True):
            site.set_page(slug, page(name))
        yield site


def checked_once(tmp_path: Path, site: StaticSite, **monitor: Any) -> Path:
    """A config of the twelve companies, after a first pass (every one new)."""
    tables = [{"slug": s, "name": n, "url": site.url(s)} for n, s in zip(NAMES, SLUGS, strict=True)]
    config = write_config(tmp_path, companies=tables, seeds=False, per_domain_concurrency=4, **monitor)
    first = check(config)
    assert first.returncode == 0, subprocess_ok(first)
    assert sorted(d["outcome"] for d in first.json_lines()) == ["new"] * len(SLUGS)
    return config


def check(config: Path, **env: str) -> Any:
    return run_cli(config, "check", "--json", "--no-deliver", env=env)


def rows_after(config: Path, after_id: int) -> dict[str, tuple[str, int | None]]:
    """company -> (outcome, change_id) of the checks recorded after check `after_id`."""
    with sqlite3.connect(config.parent / "db.sqlite3") as db:
        found = db.execute("SELECT company, outcome, change_id FROM checks WHERE id > ?", (after_id,)).fetchall()
    by_company = {company: (outcome, change) for company, outcome, change in found}
    assert len(by_company) == len(found), f"a company checked twice in one pass: {found}"
    return by_company


def last_check_id(config: Path) -> int:
    with sqlite3.connect(config.parent / "db.sqlite3") as db:
        return db.execute("SELECT max(id) FROM checks").fetchone()[0]


def count(config: Path, sql: str) -> int:
    with sqlite3.connect(config.parent / "db.sqlite3") as db:
        return db.execute(sql).fetchone()[0]


def test_every_unchanged_check_is_recorded_and_reported_once(tmp_path, site):
    config = checked_once(tmp_path, site, unchanged_batch_rows=5)
    before = last_check_id(config)
    result = check(config)
    assert result.returncode == 0, subprocess_ok(result)
    docs = result.json_lines()
    assert sorted(d["company"] for d in docs) == sorted(SLUGS)
    assert {d["outcome"] for d in docs} == {"unchanged"}
    assert rows_after(config, before) == {slug: ("unchanged", None) for slug in SLUGS}
    with sqlite3.connect(config.parent / "db.sqlite3") as db:  # each reported with the snapshot it matched
        snapshot_of = dict(db.execute("SELECT company, max(id) FROM snapshots GROUP BY company").fetchall())
    assert {d["company"]: d["snapshot"] for d in docs} == snapshot_of


def test_a_crash_after_a_batch_loses_only_the_unchanged_checks_not_yet_written(tmp_path, site):
    config = checked_once(tmp_path, site, unchanged_batch_rows=5)
    before = last_check_id(config)
    crashed = check(config, POLICY_MONITOR_CRASH_AT="after_batch_commit:1")
    assert crashed.returncode == -signal.SIGKILL, subprocess_ok(crashed)
    assert crashed.json_lines() == []  # killed after the first batch's commit, before reporting it
    written = rows_after(config, before)
    assert 1 <= len(written) <= 5, written  # one batch (the timer may write one before five are waiting)
    assert set(written.values()) == {("unchanged", None)}

    result = check(config)  # the next pass checks every company again, the lost ones too
    assert result.returncode == 0, subprocess_ok(result)
    assert rows_after(config, before + len(written)) == {slug: ("unchanged", None) for slug in SLUGS}


def test_a_changed_check_is_written_at_once_after_the_unchanged_ones_fetched_before_it(tmp_path, site):
    config = checked_once(tmp_path, site, unchanged_batch_rows=100)  # more than the pass: no batch is full
    site.set_page(CHANGED, page(NAMES[6], sold=True))
    before = last_check_id(config)
    crashed = check(config, POLICY_MONITOR_CRASH_AT="after_commit:1")  # right after the changed check's commit
    assert crashed.returncode == -signal.SIGKILL, subprocess_ok(crashed)
    reported = crashed.json_lines()
    written = rows_after(config, before)
    outcome, change = written[CHANGED]
    assert outcome == "changed" and change is not None
    # the unchanged checks waiting when the change came were written (and reported) before it; none else
    assert {d["company"] for d in reported} == set(written) - {CHANGED}
    assert all(d["outcome"] == "unchanged" for d in reported)
    assert all(written[d["company"]] == ("unchanged", None) for d in reported)

    result = check(config)
    assert result.returncode == 0, subprocess_ok(result)
    docs = result.by_company()
    assert docs[CHANGED]["outcome"] == "unchanged"  # recorded once: the next pass finds nothing new
    assert count(config, "SELECT count(*) FROM changes") == 1
    assert {d["outcome"] for d in docs.values()} == {"unchanged"}
