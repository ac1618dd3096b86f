"""End to end (issue 2): the real CLI against the bundled policy site serving the five seed policies as web
pages whose chrome (nav, cookie banner, sidebar, footer) changes on every request."""

from __future__ import annotations

import json

import pytest
from conftest import SEED_SLUGS, histories, history, run_cli, seed, subprocess_ok, write_config

from monitor.demo.site import PolicySite

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

#: Edits a privacy team must hear about (what the company does with personal data changes), each with the
#: practice category it must be filed under.
MATERIAL_EDITS = {
    "alopal": (
        "AloPal will never rent or sell your Personal Information to others.",
        "AloPal may rent or sell your Personal Information, including health data, to advertising partners.",
        "third_party_sharing",
    ),
    "aloscale": (
        "Personal information is retained only as long as necessary to fulfill business, legal, and "
        "regulatory requirements.",
        "Personal information is retained for at least fifteen years after your account is closed, and "
        "longer where we see a business need.",
        "data_retention",
    ),
}
#: Edits that change nothing about the company's practices: a reworded heading, a revision-date line.
COSMETIC_EDITS = {
    "altostack": ("Data protection principles", "Our data protection principles"),
    "allocloud": ("# Privacy & Cookie Policy\n", "# Privacy & Cookie Policy\n\nLast updated: 3 March 2026\n"),
}
SELLS_DATA = ("alopal", *MATERIAL_EDITS["alopal"][:2])

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
    result = seed(path)
    for slug in SEED_SLUGS:
        assert slug in result.stdout
    return path


def test_rendered_seeds_are_no_material_change_then_unchanged(config, policy_site):
    result = run_cli(config, "check", "--json")
    assert result.returncode == 0, subprocess_ok(result)
    results = result.by_company()
    assert set(results) == set(SEED_SLUGS)
    for slug, r in results.items():
        assert r["error"] is None and r["outcome"] in ("unchanged", "changed"), f"{slug}: {r}"
        assert r["material"] is False, f"{slug}: its own web page was judged a material change: {r}"
    # No console alert for a page that only has chrome around the policy, and nothing else printed.
    assert result.alerts() == [], result.stdout
    other = [line for line in result.stdout.splitlines() if line.strip() and not line.startswith("{")]
    assert other == [], f"unexpected output: {other}"
    assert all(policy_site.hits.get(slug, 0) == 1 for slug in SEED_SLUGS), policy_site.hits
    counts = {slug: doc["snapshot_count"] for slug, doc in histories(config, SEED_SLUGS).items()}

    # The same pages again (with other chrome): unchanged, nothing recorded but the checks.
    again = check(config)
    for slug, r in again.items():
        assert r["outcome"] == "unchanged" and r["snapshot"] is not None, f"{slug}: {r}"
    assert {slug: doc["snapshot_count"] for slug, doc in histories(config, SEED_SLUGS).items()} == counts


def test_material_edits_alert_and_cosmetic_edits_do_not(config, policy_site):
    check(config)
    for slug, (old, new, _) in MATERIAL_EDITS.items():
        edit(policy_site, slug, old, new)
    for slug, (old, new) in COSMETIC_EDITS.items():
        edit(policy_site, slug, old, new)
    result = run_cli(config, "check", "--json")  # delivers: no Slack token, so alerts print on stderr
    assert result.returncode == 0, subprocess_ok(result)
    for line in result.stdout.splitlines():  # --json keeps stdout for one JSON object per line
        assert json.loads(line)["company"], line
    results = result.by_company()
    problems = []
    for slug, (_, _, category) in MATERIAL_EDITS.items():
        r = results[slug]
        material = r["material"] is True and r["severity"] in ("major", "critical")
        if not (r["outcome"] == "changed" and material):
            problems.append(
                f"{slug}: material edit judged {r['outcome']} material={r['material']} severity={r['severity']}"
            )
        elif category not in r["categories"]:
            problems.append(f"{slug}: expected category {category}, got {r['categories']}")
    for slug in COSMETIC_EDITS:
        r = results[slug]
        if r["outcome"] not in ("unchanged", "changed") or r["material"] is not False:
            problems.append(f"{slug}: cosmetic edit judged {r['outcome']} material={r['material']}")
    if results["alsoft"]["outcome"] != "unchanged":
        problems.append(f"alsoft (untouched): {results['alsoft']}")
    assert not problems, "\n".join(problems)

    alerts = result.alerts()
    assert len(alerts) == 2, f"expected one console alert per material edit:\n{result.stdout}"
    assert all("privacy-team" in a.splitlines()[0] for a in alerts)
    joined = "\n".join(alerts)
    assert "AloPal" in joined and "advertising partners" in joined, joined
    assert "Aloscale" in joined and "fifteen years" in joined, joined
    assert "AltoStack" not in joined and "ALLOcloud" not in joined, joined
    for slug in MATERIAL_EDITS:
        doc = history(config, slug)
        assert any(ch["material"] and ch["to"] == results[slug]["snapshot"] for ch in doc["changes"]), doc

    again = run_cli(config, "check", "--json")
    assert again.returncode == 0, subprocess_ok(again)
    assert {r["outcome"] for r in again.by_company().values()} == {"unchanged"}, again.stdout
    assert again.alerts() == [], f"a change was alerted twice:\n{again.stdout}"


FAILURES = {  # company: (fault, options, a word of the reason)
    "aloscale": ("status", {"code": 500}, "500"),
    "alopal": ("timeout", {"seconds": 30}, "time"),
    "alsoft": ("empty", {}, "empty"),
}


def test_failed_fetches_are_errors_and_record_no_change(config, policy_site):
    check(config)
    before = histories(config, list(FAILURES))
    for slug, (fault, opts, _) in FAILURES.items():
        policy_site.set_fault(slug, fault, **opts)
    results = check(config)
    afters = histories(config, list(FAILURES))
    for slug, (fault, _, word) in FAILURES.items():
        r = results[slug]
        assert r["outcome"] == "error", (fault, r)
        assert r["material"] is None and r["snapshot"] is None, (fault, r)
        assert word in (r["error"] or "").lower(), f"{fault}: unclear reason {r['error']!r}"
        assert r["failures"] == 1, (fault, r)
        after = afters[slug]
        assert after["snapshot_count"] == before[slug]["snapshot_count"], fault
        assert after["changes"] == before[slug]["changes"], fault
        assert after["failures"] == 1 and after["checks"][0]["outcome"] == "error", fault
    for slug in ("allocloud", "altostack"):
        assert results[slug]["outcome"] == "unchanged", results[slug]
    policy_site.clear_faults()
    recovered = check(config)
    for slug in FAILURES:
        assert recovered[slug]["outcome"] == "unchanged" and recovered[slug]["failures"] == 0, recovered[slug]


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
    before = histories(config, SEED_SLUGS)
    again = run_cli(config, "seed")
    assert again.returncode == 0, subprocess_ok(again)
    assert again.stdout.count("already seeded") == len(SEED_SLUGS), again.stdout
    after = histories(config, SEED_SLUGS)
    for slug in SEED_SLUGS:
        assert after[slug]["snapshots"] == before[slug]["snapshots"]
        assert after[slug]["snapshot_count"] == 1
        assert after[slug]["checks"] == before[slug]["checks"]
