"""Atom feeds (issue 16): real checks by the CLI, then the feeds read with feedparser and checked with lxml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from conftest import run_cli, seed, subprocess_ok, write_config
from lxml import etree
from web_history import XSS_ALERT, XSS_IMG, XSS_SCRIPT, build_history

from monitor import app as monitor_app
from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.store import Store
from monitor.web import create_app

ATOM_NS = "{http://www.w3.org/2005/Atom}"
SLUG = "alopal"
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."
COSMETIC_LINE = "Last updated: 3 December 2026."


def check(config: Path) -> None:
    result = run_cli(config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)


def fetch(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.text[:300])
    return response


def parse(response) -> feedparser.FeedParserDict:
    """The feed as a real reader sees it, after checking the Atom elements RFC 4287 requires."""
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    root = etree.fromstring(response.data)
    assert root.tag == f"{ATOM_NS}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM_NS}{required}") is not None, f"feed without <{required}>"
    for entry in root.findall(f"{ATOM_NS}entry"):
        for required in ("id", "title", "updated", "link", "summary"):
            assert entry.find(f"{ATOM_NS}{required}") is not None, f"entry without <{required}>"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


@pytest.fixture
def site_config(tmp_path: Path, policy_site: PolicySite) -> Path:
    config = write_config(tmp_path, policy_site, companies=[SLUG, "aloscale"], web_base_url="https://pm.example")
    seed(config)
    check(config)
    return config


@pytest.fixture
def client_for(site_config: Path) -> Iterator:
    store = Store.open(load_config(site_config).monitor.database)
    app = monitor_app.web_app(load_config(site_config), store)
    yield app.test_client()
    store.close()


def test_feed_after_a_material_and_a_cosmetic_change(site_config, client_for, policy_site):
    client = client_for
    assert parse(fetch(client, "/feed.atom")).entries == [], "no change yet: an empty feed"

    text = policy_site.text(SLUG)
    policy_site.set_policy(SLUG, text.replace(BEFORE, AFTER))
    check(site_config)
    first = parse(fetch(client, f"/companies/{SLUG}/feed.atom"))
    assert len(first.entries) == 1
    material_id = first.entries[0].id

    policy_site.set_policy(SLUG, text.replace(BEFORE, AFTER) + "\n" + COSMETIC_LINE)
    check(site_config)
    feed = parse(fetch(client, f"/companies/{SLUG}/feed.atom"))
    assert len(feed.entries) == 2
    cosmetic, material = feed.entries  # newest first
    assert material.id == material_id, "an entry keeps its id when the feed grows"
    assert cosmetic.id != material.id
    assert material.id.startswith("tag:policy-monitor,2024:changes/alopal/")
    assert "critical" in material.title and "(material)" in material.title
    assert "data brokers" in material.summary
    assert "cosmetic" in cosmetic.title and "(material)" not in cosmetic.title
    terms = {t.term for t in material.tags}
    assert {"severity:critical", "material"} <= terms and len(terms) > 2, terms  # and its categories
    assert {t.term for t in cosmetic.tags} >= {"severity:cosmetic"} and "material" not in {
        t.term for t in cosmetic.tags
    }
    assert material.link.startswith("https://pm.example/companies/alopal/diff?from=")
    fetch(client, material.link.removeprefix("https://pm.example"))  # the permalink is a real page
    assert feed.feed.title == "AloPal privacy policy changes"
    assert any(link.rel == "self" for link in feed.feed.links)

    again = parse(fetch(client, f"/companies/{SLUG}/feed.atom"))
    assert [e.id for e in again.entries] == [e.id for e in feed.entries], "ids are stable between reads"
    everyone = parse(fetch(client, "/feed.atom"))
    assert [e.id for e in everyone.entries] == [cosmetic.id, material.id]  # aloscale did not change

    only_material = parse(fetch(client, f"/companies/{SLUG}/feed.atom?material=1"))
    assert [e.id for e in only_material.entries] == [material.id]
    assert [e.id for e in parse(fetch(client, "/feed.atom?min_severity=major")).entries] == [material.id]
    assert len(parse(fetch(client, "/feed.atom?min_severity=cosmetic")).entries) == 2
    assert parse(fetch(client, "/feed.atom?material=1")).feed.id != everyone.feed.id


def test_feed_errors(client_for):
    client = client_for
    assert "min_severity must be one of" in fetch(client, "/feed.atom?min_severity=huge", 400).text
    fetch(client, "/companies/nobody/feed.atom", 404)


def test_hostile_policy_text_stays_text_in_the_feed(tmp_path: Path):
    history = build_history(tmp_path / "db.sqlite3")
    try:
        client = create_app(history.store, companies=history.companies).test_client()
        response = fetch(client, "/companies/evil/feed.atom")
        assert b"<script>" not in response.data, "markup from a policy must be escaped in the XML"
        (entry,) = parse(response).entries
        # type="text": a reader shows the markup as characters, it never renders it
        assert entry.summary_detail.type == "text/plain" and entry.content[0].type == "text/plain"
        assert f"Summary {XSS_SCRIPT}" in entry.summary and f"Summary {XSS_SCRIPT}" in entry.title
        assert f"Reason {XSS_IMG} {XSS_ALERT}" in entry.content[0].value
    finally:
        history.store.close()


def test_feeds_name_the_document_that_changed(tmp_path: Path):
    """A company with a privacy policy, a cookie policy and a sub-processor list: each entry and each unit's
    feed names its document, and the feed of every company names the kinds of document it holds."""
    from datetime import UTC, datetime, timedelta

    from conftest import TEST_MONITOR, toml_table

    from monitor.domain.records import CheckDraft
    from monitor.domain.values import Classification, Direction, Outcome, Severity

    parts = [
        toml_table("[monitor]", {**TEST_MONITOR, "web_base_url": "https://pm.example"}),
        toml_table("[[companies]]", {"slug": "alopal", "name": "AloPal", "url": "https://alopal.example/privacy"}),
        toml_table("[[companies.documents]]", {"type": "cookie_policy", "url": "https://alopal.example/cookies"}),
        toml_table("[[companies.documents]]", {"type": "subprocessors", "url": "https://alopal.example/subs"}),
    ]
    (tmp_path / "config.toml").write_text("\n".join(parts), encoding="utf-8")
    config = load_config(tmp_path / "config.toml")
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    changed = Classification(True, Severity.MAJOR, Direction.REDUCES, ("third_party_sharing",), "A new party.", ())
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
        for day, unit in enumerate(("alopal", "alopal.cookie_policy", "alopal.subprocessors"), 1):
            base = store.seed(unit, "We share nothing.", b"", t0)
            assert base is not None
            draft = CheckDraft(
                company=unit,
                started_at=t0 + timedelta(days=day),
                duration_s=0.1,
                outcome=Outcome.CHANGED,
                base_snapshot_id=base.id,
                text="We share data with Acme.",
                classification=changed,
            )
            store.record_check(draft)
        configured = monitor_app.web_app(config, store).test_client()
        unconfigured = create_app(store).test_client()  # names read back from the store only
        for client in (configured, unconfigured):
            everyone = parse(fetch(client, "/feed.atom"))
            assert everyone.feed.title == "Privacy policy, cookie policy and sub-processor list changes"
            assert [e.title for e in everyone.entries] == [
                "AloPal: major sub-processor list change (material) - A new party.",
                "AloPal: major cookie policy change (material) - A new party.",
                "AloPal: major privacy policy change (material) - A new party.",
            ]
            subs = parse(fetch(client, "/companies/alopal.subprocessors/feed.atom"))
            assert subs.feed.title == "AloPal sub-processor list changes"
            assert [e.title for e in subs.entries] == [everyone.entries[0].title]
            assert parse(fetch(client, "/companies/alopal/feed.atom")).feed.title == "AloPal privacy policy changes"
            cookies = parse(fetch(client, "/companies/alopal.cookie_policy/feed.atom?material=1"))
            assert cookies.feed.title == "AloPal cookie policy changes (material only)"
