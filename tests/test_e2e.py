"""End to end (issue 2): the real CLI against the bundled policy site serving the five seed policies as web
pages whose chrome (nav, cookie banner, sidebar, footer) changes on every request."""

from __future__ import annotations

import pytest
from conftest import SEED_SLUGS, history, run_cli, subprocess_ok, write_config

from monitor.demo.site import PolicySite

#: Edits a privacy team must hear about: what the company does with personal data changes.
SELLS_DATA = (
    "alopal",
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may rent or sell your Personal Information, including health data, to advertising partners.",
    "third_party_sharing",
)
RETAINS_LONGER = (
    "altostack",
    "We will only retain your personal data for as long as necessary to fulfil the purposes we collected it "
    "for,",
    "We will retain your personal data for fifteen years after your last contact with us, and for as long as "
    "necessary to fulfil the purposes we collected it for,",
    "data_retention",
)
#: Edits that change nothing about the company's practices: a reworded heading, a date line.
COSMETIC_HEADING = ("altostack", "Data protection principles", "Our data protection principles")
COSMETIC_DATE = (
    "allocloud",
    "# Privacy & Cookie Policy\n",
    "# Privacy & Cookie Policy\n\nLast updated: 3 March 2026\n",
)

SUBSCRIBER = {
    "name": "privacy-team",
    "channel": "#privacy-alerts",
    "companies": ["*"],
    "min_severity": "major",
}


def edit(site: PolicySite, slug: str, old: str, new: str) -> None:
    text = site.text(slug)
    assert old in text, f"{slug}: the test's edit no longer matches the seed ({old[:50]!r})"
    site.set_policy(slug, text.replace(old, new, 1))


def check(config, *slugs: str, deliver: bool = False) -> dict[str, dict]:
    args = ["check", "--json"] + [a for s in slugs for a in ("--company", s)]
    if not deliver:
        args.append("--no-deliver")
    result = run_cli(config, *args)
    assert result.returncode == 0, subprocess_ok(result)
    found = result.by_company()
    assert set(found) == set(slugs or SEED_SLUGS), f"expected one JSON line per company:\n{result.stdout}"
    return found


@pytest.fixture
def config(tmp_path, policy_site):
    path = write_config(tmp_path, policy_site, subscribers=[SUBSCRIBER])
    result = run_cli(path, "seed")
    assert result.returncode == 0, subprocess_ok(result)
    for slug in SEED_SLUGS:
        assert slug in result.stdout
    return path


def test_first_check_of_rendered_seeds_is_not_material_and_alerts_nobody(config, policy_site):
    result = run_cli(config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    results = result.by_company()
    assert set(results) == set(SEED_SLUGS)
    for slug, r in results.items():
        assert r["error"] is None and r["outcome"] in ("unchanged", "changed"), f"{slug}: {r}"
        assert r["material"] is False, f"{slug}: its own web page was judged a material change: {r}"
    # No console alert for a page that only has chrome around the policy.
    assert result.alerts() == [], result.stdout
    other = [line for line in result.stdout.splitlines() if line.strip() and not line.startswith("{")]
    assert other == [], f"unexpected output: {other}"
    # Every page was really fetched, each with a different chrome.
    assert all(policy_site.hits.get(slug, 0) >= 1 for slug in SEED_SLUGS)


def test_second_check_of_an_unchanged_site_is_unchanged(config, policy_site):
    check(config)
    before = {slug: history(config, slug)["snapshot_count"] for slug in SEED_SLUGS}
    results = check(config)
    for slug, r in results.items():
        assert r["outcome"] == "unchanged", f"{slug}: {r}"
        assert r["snapshot"] is not None
    assert {slug: history(config, slug)["snapshot_count"] for slug in SEED_SLUGS} == before


@pytest.mark.parametrize("edit_spec", [SELLS_DATA, RETAINS_LONGER], ids=["sells-data", "retains-longer"])
def test_material_edit_is_reported_material_with_its_category(config, policy_site, edit_spec):
    slug, old, new, category = edit_spec
    check(config, slug)
    edit(policy_site, slug, old, new)
    r = check(config, slug)[slug]
    assert r["outcome"] == "changed", r
    assert r["material"] is True, r
    assert r["severity"] in ("major", "critical"), r
    assert category in r["categories"], r
    doc = history(config, slug)
    assert any(ch["material"] and ch["to"] == r["snapshot"] for ch in doc["changes"]), doc["changes"]


@pytest.mark.parametrize("edit_spec", [COSMETIC_HEADING, COSMETIC_DATE], ids=["heading", "date-line"])
def test_cosmetic_edit_is_not_material(config, policy_site, edit_spec):
    slug, old, new = edit_spec
    check(config, slug)
    edit(policy_site, slug, old, new)
    r = check(config, slug)[slug]
    assert r["outcome"] in ("unchanged", "changed"), r
    assert r["material"] is False, r
    assert r["severity"] not in ("major", "critical"), r


def test_material_edit_alerts_on_the_console_and_cosmetic_edit_does_not(config, policy_site):
    check(config)
    edit(policy_site, *SELLS_DATA[:3])
    edit(policy_site, *COSMETIC_HEADING)
    result = run_cli(config, "check")  # delivers: no Slack token, so the alert goes to stdout
    assert result.returncode == 0, subprocess_ok(result)
    alerts = result.alerts()
    assert len(alerts) == 1, f"expected one console alert (AloPal's):\n{result.stdout}"
    assert alerts[0].startswith("alert ") and "privacy-team" in alerts[0].splitlines()[0]
    assert "AloPal" in alerts[0] and "advertising partners" in alerts[0], alerts[0]
    assert "AltoStack" not in alerts[0] and "altostack" not in alerts[0]
    again = run_cli(config, "check")
    assert again.returncode == 0, subprocess_ok(again)
    assert again.alerts() == [], f"the same change was alerted twice:\n{again.stdout}"


@pytest.mark.parametrize(
    "fault,opts,reason",
    [
        ("status", {"code": 500}, "500"),
        ("timeout", {"seconds": 30}, "time"),
        ("empty", {}, "empty"),
    ],
    ids=["http-500", "timeout", "empty-page"],
)
def test_failed_fetch_is_an_error_and_records_no_change(config, policy_site, fault, opts, reason):
    slug = "aloscale"
    check(config, slug)
    before = history(config, slug)
    policy_site.set_fault(slug, fault, **opts)
    r = check(config, slug)[slug]
    assert r["outcome"] == "error", r
    assert r["material"] is None and r["snapshot"] is None, r
    assert reason in (r["error"] or "").lower(), f"unclear reason: {r['error']!r}"
    assert r["failures"] == 1, r
    after = history(config, slug)
    assert after["snapshot_count"] == before["snapshot_count"]
    assert after["changes"] == before["changes"]
    assert after["failures"] == 1 and after["checks"][0]["outcome"] == "error"
    policy_site.set_fault(slug, None)
    r = check(config, slug)[slug]
    assert r["outcome"] == "unchanged" and r["failures"] == 0, r


def test_history_tells_the_story(config, policy_site):
    slug = "alopal"
    check(config, slug)
    edit(policy_site, *SELLS_DATA[:3])
    check(config, slug)
    policy_site.set_fault(slug, "status", code=503, retry_after=120)
    check(config, slug)
    text = run_cli(config, "history", slug)
    assert text.returncode == 0, subprocess_ok(text)
    assert "changed" in text.stdout and "MATERIAL" in text.stdout, text.stdout
    assert "error" in text.stdout and "503" in text.stdout, text.stdout
    doc = history(config, slug)
    outcomes = [c["outcome"] for c in doc["checks"]]
    assert outcomes[:2] == ["error", "changed"], outcomes
    assert outcomes[2] in ("unchanged", "changed"), outcomes
    assert doc["snapshot_count"] == len(doc["snapshots"]) >= 2
    assert doc["failures"] == 1 and "503" in doc["last_error"]
    diff = run_cli(config, "diff", slug)
    assert diff.returncode == 0, subprocess_ok(diff)
    assert "advertising partners" in diff.stdout and "MATERIAL" in diff.stdout, diff.stdout
    show = run_cli(config, "show", slug)
    assert show.returncode == 0 and "advertising partners" in show.stdout


def test_seeding_twice_changes_nothing(config, policy_site):
    before = {slug: history(config, slug) for slug in SEED_SLUGS}
    again = run_cli(config, "seed")
    assert again.returncode == 0, subprocess_ok(again)
    assert again.stdout.count("already seeded") == len(SEED_SLUGS), again.stdout
    after = {slug: history(config, slug) for slug in SEED_SLUGS}
    for slug in SEED_SLUGS:
        assert after[slug]["snapshots"] == before[slug]["snapshots"]
        assert after[slug]["snapshot_count"] == 1
        assert after[slug]["checks"] == before[slug]["checks"]
