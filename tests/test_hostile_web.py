"""The web UI at size and against hostile input (issue 13): a change of many paragraphs is paged, its lines
found, its classification cached; the overview reads summaries only; out-of-range numbers are a 400."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from monitor.domain import values
from monitor.domain.records import CheckDraft, CheckRecord
from monitor.domain.values import ChangeVerdict, Classification, Direction, Outcome, Severity
from monitor.store import Store
from monitor.text.diff import diff_texts
from monitor.web import create_app
from monitor.web import data as web_data
from monitor.web.data import DIFF_PAGE_SIZE

T0 = datetime(2026, 1, 1, tzinfo=UTC)
N = 1200


def text(n: int, last: str) -> str:
    return "# Privacy policy\n" + "\n".join(f"Paragraph {i} says we keep data for a while {last}." for i in range(n))


def record_change(
    store: Store, slug: str, base: int, text: str, classification: Classification, day: int
) -> CheckRecord:
    """Record a CHANGED check of `slug` from snapshot `base` to `text`, `day` days after T0."""
    record, _ = store.record_check(
        CheckDraft(
            company=slug,
            started_at=T0 + timedelta(days=day),
            duration_s=0.1,
            outcome=Outcome.CHANGED,
            base_snapshot_id=base,
            text=text,
            classification=classification,
        )
    )
    return record


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FlaskClient, Store, dict[str, int]]]:
    from monitor.config.settings import Company

    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('web') / 'db.sqlite3'}")
    company = Company("big", "Big Corp", "https://big.example/privacy")
    store.sync_companies([company])
    old, new = text(N, "now"), text(N, "today")
    found = diff_texts(old, new)
    verdicts = tuple(
        ChangeVerdict(c.kind, c.before, c.after, i == 7, Severity.MAJOR if i == 7 else Severity.MINOR, ("other",), "r")
        for i, c in enumerate(found)
    )
    cls = Classification(True, Severity.MAJOR, Direction.NEUTRAL, ("other",), "Many paragraphs reworded.", verdicts)
    first = store.seed("big", old, b"", T0)
    assert first is not None
    record = record_change(store, "big", first.id, new, cls, 1)
    third = text(N, "today").replace("Paragraph 3 says", "Paragraph 3 now says")
    assert record.snapshot_id is not None
    minor = Classification(False, Severity.MINOR, Direction.NEUTRAL, (), "One reword.", ())
    again = record_change(store, "big", record.snapshot_id, third, minor, 2)
    ids = {"first": first.id, "second": record.snapshot_id, "third": again.snapshot_id}
    client = create_app(store, companies=[company], clock=lambda: T0 + timedelta(days=3)).test_client()
    yield client, store, ids
    store.close()


def test_a_change_of_many_paragraphs_is_paged_with_its_lines(site):
    client, _store, ids = site
    url = f"/companies/big/diff?from={ids['first']}&to={ids['second']}"
    first = client.get(url)
    assert first.status_code == 200
    assert f"{N} differences" in first.text and "1 major, 1199 minor" in first.text
    assert f"Differences 1–{DIFF_PAGE_SIZE} of {N}" in first.text
    assert first.text.count('class="change ') == DIFF_PAGE_SIZE
    assert 'id="change-1"' in first.text and "line 2" in first.text  # paragraph 0 is line 2 (after the heading)
    last = client.get(url + "&page=3")
    assert last.status_code == 200 and last.text.count('class="change ') == N - 2 * DIFF_PAGE_SIZE
    assert f'id="change-{N}"' in last.text and f"line {N + 1}\n" in last.text
    assert client.get(url + "&page=4").status_code == 404
    api = client.get(f"/api/companies/big/diff?from={ids['first']}&to={ids['second']}&page=2").get_json()
    assert len(api["changes"]) == DIFF_PAGE_SIZE and api["changes_pagination"]["total_items"] == N
    assert api["changes"][0]["before"] == f"Paragraph {DIFF_PAGE_SIZE} says we keep data for a while now."


def test_a_pair_that_is_no_recorded_change_is_classified_once(site, monkeypatch):
    client, _store, ids = site
    calls = []
    original = web_data.classify_pair
    monkeypatch.setattr(web_data, "classify_pair", lambda a, b: calls.append(1) or original(a, b))
    url = f"/companies/big/diff?from={ids['first']}&to={ids['third']}"
    for _ in range(3):
        page = client.get(url)
        assert page.status_code == 200 and "Not a recorded change" in page.text
    assert calls == [1]


def test_the_overview_reads_no_verdicts(site, monkeypatch):
    client, _store, _ids = site
    parsed = []
    original = values.ChangeVerdict.from_dict
    monkeypatch.setattr(values.ChangeVerdict, "from_dict", classmethod(lambda cls, d: parsed.append(1) or original(d)))
    for url in ("/", "/api/companies", "/companies/big", "/api/companies/big"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "One reword." in client.get("/").text  # the latest change's summary is shown
    assert parsed == []


@pytest.mark.parametrize(
    "url",
    [
        "/companies/big?page=18446744073709551617",
        "/companies/big?checks_page=99999999999999999999999",
        "/api/companies/big?page=18446744073709551616",
        "/api/companies/big/snapshots?page=9223372036854775808",
        "/companies/big/snapshots/18446744073709551617",
        "/companies/big/snapshots/18446744073709551617/raw",
        "/api/companies/big/snapshots/9223372036854775808",
        "/companies/big/diff?from=1&to=18446744073709551617",
        "/companies/big/diff?from=1&to=2&page=18446744073709551617",
    ],
)
def test_numbers_beyond_64_bits_are_a_bad_request(site, url):
    client, _store, _ids = site
    assert client.get(url).status_code == 400


def test_the_page_ids_stay_inside_the_database(site):
    client, _store, _ids = site
    assert client.get("/companies/big?page=2147483648").status_code == 404  # past the end, not an overflow


def test_the_bench_script_exists():
    assert (Path(__file__).resolve().parents[1] / "bench" / "web_bench.py").is_file()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
        drop = None
    else:
        from conftest_store import pg_admin, pg_create_database, pg_drop_database

        admin, why = pg_admin()
        if admin is None:
            pytest.skip(f"SKIPPED POSTGRESQL: {why}")
        admin.close()
        url = pg_create_database()
        drop = pg_drop_database
    store = Store.open(url)
    yield store
    store.close()
    if drop is not None:
        drop(url)


def test_a_page_of_verdicts_is_read_by_the_database(any_store):
    from monitor.config.settings import Company

    store = any_store
    store.sync_companies([Company("big", "Big Corp", "https://big.example/privacy")])
    old, new = text(30, "now"), text(30, "today")
    verdicts = tuple(
        ChangeVerdict(c.kind, c.before, c.after, i % 10 == 0, Severity.MAJOR if i % 10 == 0 else Severity.MINOR, (), "")
        for i, c in enumerate(diff_texts(old, new))
    )
    first = store.seed("big", old, b"", T0)
    assert first is not None
    cls = Classification(True, Severity.MAJOR, Direction.NEUTRAL, (), "s", verdicts)
    record = record_change(store, "big", first.id, new, cls, 1)
    assert store.change_tally(record.change_id) == {"major": 3, "minor": 27}
    assert store.change_verdicts(record.change_id, offset=0, limit=30) == list(verdicts)
    assert store.change_verdicts(record.change_id, offset=25, limit=10) == list(verdicts[25:])


def test_a_summary_beyond_the_head_of_the_stored_json_is_read_whole(any_store):
    from monitor.config.settings import Company

    store = any_store
    store.sync_companies([Company("odd", "Odd", "https://odd.example/privacy")])
    first = store.seed("odd", "We collect email.", b"", T0)
    assert first is not None
    long_categories = tuple(f"category_{i}" for i in range(3000))  # written before the summary: 40 KB
    cls = Classification(True, Severity.MAJOR, Direction.REDUCES, long_categories, "Now sells data.", ())
    record_change(store, "odd", first.id, "We collect and sell email.", cls, 1)
    (summary,) = store.company_summaries()
    assert summary.last_change is not None
    assert summary.last_change.classification.summary == "Now sells data."
    assert summary.last_change.classification.direction is Direction.REDUCES
