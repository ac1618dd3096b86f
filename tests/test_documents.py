"""Several documents per company (issue 15), end to end: the real CLI against the demo site serving AloPal's
privacy policy (HTML), its sub-processor list (a table) and its DPA (a PDF)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import SEEDS, TEST_MONITOR, json_lines, run_cli, seed, subprocess_ok, toml_table

from monitor.app import open_store, web_app
from monitor.config.load import load_config
from monitor.demo.documents import Document
from monitor.demo.site import PolicySite
from monitor.domain.values import Outcome
from monitor.store import Store, migrations
from tests.fakes.slack_server import TOKEN, FakeSlack

pytestmark = pytest.mark.e2e  # checks run the real CLI as a process

ROWS = (
    ("Amazon Web Services, Inc.", "Cloud hosting", "United States"),
    ("Stripe Payments Europe Ltd.", "Payment processing", "Ireland"),
    ("Zendesk, Inc.", "Customer support", "United States"),
    ("Mailgun Technologies, Inc.", "Transactional email", "Germany"),
)
ACME = ("Acme Analytics Inc.", "product analytics", "United States")
RETENTION = (
    "Personal information is retained only as long as necessary to fulfill business, legal, and "
    "regulatory requirements.",
    "Personal information is retained for at least fifteen years after your account is closed, and "
    "longer where we see a business need.",
)
SUBSCRIBER = {"name": "privacy-team", "channel": "#privacy-alerts", "companies": ["alopal"], "min_severity": "major"}


@pytest.fixture
def site():
    with PolicySite.from_seeds(SEEDS) as site:
        site.set_document("alopal", "subprocessors", Document("AloPal", "Sub-processors", "subprocessors", rows=ROWS))
        dpa = (SEEDS / "aloscale.txt").read_text(encoding="utf-8")
        site.set_document("alopal", "dpa.pdf", Document("AloPal", "Data Processing Addendum", "pdf", text=dpa))
        yield site


def write_documents_config(tmp_path: Path, site: PolicySite, slack: dict | None = None) -> Path:
    (tmp_path / "alopal.txt").write_text((SEEDS / "alopal.txt").read_text(encoding="utf-8"), encoding="utf-8")
    parts = [
        toml_table("[monitor]", TEST_MONITOR),
        toml_table(
            "[[companies]]", {"slug": "alopal", "name": "AloPal", "url": site.url("alopal"), "seed": "alopal.txt"}
        ),
        toml_table(
            "[[companies.documents]]",
            {"type": "subprocessors", "url": site.document_url("alopal", "subprocessors")},
        ),
        toml_table("[[companies.documents]]", {"type": "dpa", "url": site.document_url("alopal", "dpa.pdf")}),
        toml_table("[[subscribers]]", SUBSCRIBER),
    ]
    if slack is not None:
        parts.append(toml_table("[slack]", slack))
    path = tmp_path / "config.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    seed(path)
    return path


@pytest.fixture
def config(tmp_path: Path, site: PolicySite) -> Path:
    return write_documents_config(tmp_path, site)


def check(config: Path, *args: str, env: dict | None = None) -> tuple[dict[str, dict], list[str]]:
    result = run_cli(config, "check", "--json", *args, env=env)
    assert result.returncode == 0, subprocess_ok(result)
    lines = result.json_lines()
    by_document = {line["document"]: line for line in lines}
    assert len(by_document) == len(lines), f"one line per document expected:\n{result.stdout}"
    assert {line["company"] for line in lines} == {"alopal"}
    return by_document, result.alerts()


def test_three_documents_checked_judged_and_named_everywhere(config: Path, site: PolicySite) -> None:
    first, _ = check(config)
    assert set(first) == {"privacy_policy", "subprocessors", "dpa"}
    assert first["subprocessors"]["outcome"] == "new" and first["dpa"]["outcome"] == "new", first
    assert first["privacy_policy"]["material"] is False

    # The PDF re-paginated, the table re-sorted and restyled as a list: nothing material, nothing alerted.
    site.set_document(
        "alopal",
        "dpa.pdf",
        Document(
            "AloPal", "Data Processing Addendum", "pdf", text=site.document("alopal", "dpa.pdf").text, lines_per_page=19
        ),
    )
    site.set_document(
        "alopal",
        "subprocessors",
        Document("AloPal", "Sub-processors", "subprocessors", rows=tuple(reversed(ROWS)), style="list"),
    )
    second, alerts = check(config)
    assert second["dpa"]["outcome"] == "unchanged", second["dpa"]
    assert second["subprocessors"]["material"] is False, second["subprocessors"]
    assert alerts == []

    # A new sub-processor in the table, and a material edit inside the (again re-paginated) PDF.
    site.set_document(
        "alopal",
        "subprocessors",
        Document("AloPal", "Sub-processors", "subprocessors", rows=(*ROWS[:2], ACME, *ROWS[2:])),
    )
    dpa = site.document("alopal", "dpa.pdf").text
    assert RETENTION[0] in dpa
    site.set_document(
        "alopal",
        "dpa.pdf",
        Document("AloPal", "Data Processing Addendum", "pdf", text=dpa.replace(*RETENTION), lines_per_page=31),
    )
    third, alerts = check(config)
    sub = third["subprocessors"]
    assert sub["outcome"] == "changed" and sub["material"] is True, sub
    assert {"third_party_sharing", "international_transfer"} <= set(sub["categories"])
    assert "Acme Analytics Inc." in sub["summary"] and "product analytics" in sub["summary"]
    assert third["dpa"]["outcome"] == "changed" and third["dpa"]["material"] is True, third["dpa"]
    assert third["privacy_policy"]["outcome"] == "unchanged"
    (acme_alert,) = [a for a in alerts if "Acme Analytics Inc." in a]
    assert "sub-processor list" in acme_alert and "United States" in acme_alert and "product analytics" in acme_alert
    assert any("data processing addendum" in a for a in alerts), alerts

    # `check --document` checks one document of the company.
    only, _ = check(config, "--company", "alopal", "--document", "dpa")
    assert set(only) == {"dpa"} and only["dpa"]["outcome"] == "unchanged"

    # History names the document and keeps each document's own changes.
    result = run_cli(config, "history", "alopal", "--document", "subprocessors", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    (history,) = json_lines(result.stdout)
    assert history["company"] == "alopal" and history["document"] == "subprocessors"
    assert history["changes"][0]["material"] is True and "Acme Analytics" in history["changes"][0]["summary"]
    text = run_cli(config, "history", "alopal", "--document", "dpa").stdout
    assert text.startswith("AloPal (data processing addendum) (alopal.dpa)")
    assert run_cli(config, "history", "alopal", "--document", "cookies").returncode == 2

    # The web UI and its API name the document.
    cfg = load_config(config)
    store = open_store(cfg)
    try:
        client = web_app(cfg, store).test_client()
        overview = client.get("/").get_data(as_text=True)
        assert "AloPal (sub-processor list)" in overview and "AloPal (data processing addendum)" in overview
        page = client.get("/companies/alopal.subprocessors")
        assert page.status_code == 200 and "Acme Analytics Inc." in page.get_data(as_text=True)
        api = client.get("/api/companies").get_json()
        rows = api["companies"] if isinstance(api, dict) else api
        assert {(r["company"], r["document"]) for r in rows if r["company"] == "alopal"} == {
            ("alopal", "privacy_policy"),
            ("alopal", "subprocessors"),
            ("alopal", "dpa"),
        }
        alerts_stored = store.alerts(company="alopal.subprocessors")
        assert alerts_stored and "Acme Analytics Inc." in str(alerts_stored[0].payload)
    finally:
        store.close()


def test_slack_names_the_document_and_the_new_sub_processor(tmp_path: Path, site: PolicySite) -> None:
    with FakeSlack() as slack:
        config = write_documents_config(
            tmp_path, site, slack={"token_env": "SLACK_BOT_TOKEN", "base_url": slack.base_url}
        )
        env = {"SLACK_BOT_TOKEN": TOKEN}
        first, _ = check(config, env=env)
        assert first["subprocessors"]["outcome"] == "new" and slack.posted() == []
        rows = (*ROWS[:2], ACME, *ROWS[2:])
        site.set_document("alopal", "subprocessors", Document("AloPal", "Sub-processors", "subprocessors", rows=rows))
        second, _ = check(config, env=env)
        assert second["subprocessors"]["material"] is True
        (posted,) = slack.posted()
        message = json.dumps(posted, ensure_ascii=False)
        assert "AloPal: " in message and "sub-processor list change" in message  # names the document
        assert "Acme Analytics Inc." in message and "product analytics" in message and "United States" in message


def test_a_database_from_before_documents_migrates_and_keeps_its_history(tmp_path: Path, site: PolicySite) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    with pytest.MonkeyPatch.context() as mp:
        before = tuple(m for m in migrations.MIGRATIONS if not m.description.startswith("documents"))
        assert len(before) == len(migrations.MIGRATIONS) - 1
        mp.setattr(migrations, "MIGRATIONS", before)
        mp.setattr(migrations, "LATEST_VERSION", before[-1].version)
        old = Store.open(url)
        with old.engine.begin() as conn:
            at = "2026-01-01 00:00:00"
            conn.execute(sa.text(f"INSERT INTO companies VALUES ('alopal', 'AloPal', 'https://x.example', '{at}')"))
            conn.execute(sa.text("INSERT INTO texts (sha256, text, length) VALUES ('aa', 'old policy', 10)"))
            conn.execute(
                sa.text(
                    f"INSERT INTO snapshots (company, created_at, text_id, source) VALUES ('alopal', '{at}', 1, 'seed')"
                )
            )
            conn.execute(
                sa.text(
                    "INSERT INTO checks (company, started_at, duration_s, outcome, streak, snapshot_id) "
                    f"VALUES ('alopal', '{at}', 0.1, 'unchanged', 0, 1)"
                )
            )
        old.close()
    store = Store.open(url)
    try:
        assert store.schema_version() == migrations.LATEST_VERSION >= 4
        (record,) = store.checks("alopal")
        assert record.outcome is Outcome.UNCHANGED and record.snapshot_id == 1
        latest = store.latest_snapshot("alopal")
        assert latest is not None and latest.text == "old policy"
        with store.engine.connect() as conn:
            documents = conn.execute(sa.text("SELECT document FROM checks UNION SELECT document FROM snapshots"))
            assert documents.scalars().all() == ["privacy_policy"]
    finally:
        store.close()
