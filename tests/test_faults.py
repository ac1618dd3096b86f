"""Faults (issue 6): a page that cannot be read is an `error` with a clear reason, never a change; noise is
never a change; flip-flops alert once; hostile configs and hostile policy text are handled without harm."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import SEED_SLUGS, SEEDS, histories, history, run_cli, seed, subprocess_ok, write_config

from monitor.demo.site import PolicySite
from tests.fakes.slack_server import TOKEN, FakeSlack

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

#: Each fault, its options, and words of which at least one must appear in the recorded reason.
FAULT_MATRIX: dict[str, tuple[str, dict, tuple[str, ...]]] = {
    "http-500": ("status", {"code": 500}, ("500",)),
    "http-503-retry-after": ("status", {"code": 503, "retry_after": 3600}, ("503",)),
    "http-404": ("status", {"code": 404}, ("404",)),
    "http-403-blocked": ("status", {"code": 403}, ("403", "blocked", "denied")),
    "timeout": ("timeout", {"seconds": 30}, ("timeout", "timed out")),
    "empty": ("empty", {}, ("empty",)),
    "captcha": ("captcha", {}, ("captcha", "browser check", "bot check", "challenge")),
    "login": ("login", {}, ("login", "sign in", "sign-in")),
    "maintenance": ("maintenance", {}, ("maintenance",)),
    "huge": ("huge", {}, ("large", "size", "big", "bytes", "maxsize")),
    "pdf": ("content_type", {}, ("pdf", "content type", "content-type", "not html")),
    "reset": ("reset", {}, ("reset", "connection", "closed", "lost")),
}
SUBSCRIBER = {"name": "legal", "channel": "#legal", "min_severity": "minor", "failure_alerts": False}


def check_json(config: Path, *slugs: str, deliver: bool = True) -> tuple[dict[str, dict], list[str]]:
    """One `check --json` pass: the results by company, and the alerts printed on the console."""
    args = ["check", "--json", *[a for s in slugs for a in ("--company", s)]]
    if not deliver:
        args.append("--no-deliver")
    result = run_cli(config, *args, timeout=240)
    assert result.returncode == 0, subprocess_ok(result)
    return result.by_company(), result.alerts()


def site_with_copies(slugs: Sequence[str], base: str = "alopal") -> PolicySite:
    """A site serving the same seed policy under many slugs (one per fault), so one check covers them all."""
    text = (SEEDS / f"{base}.txt").read_text(encoding="utf-8")
    return PolicySite({slug: text for slug in slugs}, names={slug: f"Company {slug}" for slug in slugs})


def companies_for(site: PolicySite, seed: str = "seeds/alopal.txt") -> list[dict]:
    return [{"slug": s, "name": site.policy(s).name, "url": site.url(s), "seed": seed} for s in site.slugs]


# ------------------------------------------------------------------------------------------ the fault matrix


def test_every_fault_is_an_error_with_a_reason_and_never_a_change(tmp_path):
    slugs = [name.replace("http-", "h").replace("-", "_") for name in FAULT_MATRIX]
    with site_with_copies(slugs) as site:
        config = write_config(tmp_path, site, companies=companies_for(site), subscribers=[SUBSCRIBER])
        seed(config)
        baseline, _ = check_json(config, deliver=False)
        assert all(r["outcome"] in ("unchanged", "changed") for r in baseline.values()), baseline
        before = histories(config, slugs)

        for slug, (kind, opts, _) in zip(slugs, FAULT_MATRIX.values(), strict=True):
            site.set_fault(slug, kind, **opts)
        results, alerts = check_json(config)
        after = histories(config, slugs)

        problems = []
        for slug, (name, (_kind, _opts, words)) in zip(slugs, FAULT_MATRIX.items(), strict=True):
            r = results[slug]
            reason = (r["error"] or "").lower()
            if r["outcome"] != "error":
                problems.append(f"{name}: outcome {r['outcome']} (material={r['material']}), expected error")
            elif not any(w in reason for w in words):
                problems.append(f"{name}: unclear reason {r['error']!r} (expected one of {words})")
            elif "<" in reason or "failure" in reason or "error:" in reason:
                problems.append(f"{name}: reason reads like a traceback, not for a person: {r['error']!r}")
            if r["snapshot"] is not None or r["failures"] != 1:
                problems.append(f"{name}: snapshot={r['snapshot']} failures={r['failures']}")
            if after[slug]["snapshot_count"] != before[slug]["snapshot_count"]:
                problems.append(f"{name}: a new snapshot was recorded")
            if after[slug]["changes"] != before[slug]["changes"]:
                problems.append(f"{name}: a change was recorded")
        assert not problems, "\n".join(problems)
        assert alerts == [], f"a failed fetch produced an alert: {alerts}"

        # The next good fetch is compared with the last good snapshot: nothing changed.
        site.clear_faults()
        recovered, alerts = check_json(config)
        for slug in slugs:
            r = recovered[slug]
            assert r["outcome"] == "unchanged", (slug, r)
            assert r["snapshot"] == before[slug]["snapshots"][0]["id"], (slug, r)
            assert r["failures"] == 0, (slug, r)
        assert alerts == []


def test_a_transient_error_is_retried_and_not_reported(tmp_path):
    with site_with_copies(["flaky"]) as site:
        config = write_config(tmp_path, site, companies=companies_for(site), retries=1)
        seed(config)
        check_json(config, deliver=False)
        site.set_fault("flaky", "status", code=503, times=1)
        results, _ = check_json(config, deliver=False)
        assert results["flaky"]["outcome"] == "unchanged", results
        assert site.hits["flaky"] == 3  # baseline, the 503, the retry


def test_persistent_failures_are_counted_and_alerted_once(tmp_path, policy_site):
    subscriber = {**SUBSCRIBER, "failure_alerts": True}
    config = write_config(tmp_path, policy_site, companies=["alsoft"], subscribers=[subscriber], failure_threshold=3)
    seed(config)
    check_json(config)
    policy_site.set_fault("alsoft", "status", code=500)
    printed = []
    for expected in (1, 2, 3, 4):
        results, alerts = check_json(config)
        r = results["alsoft"]
        assert r["outcome"] == "error" and r["failures"] == expected, r
        printed.append(alerts)
        assert history(config, "alsoft")["failures"] == expected
    assert printed[0] == [] and printed[1] == [], f"alerted before the threshold: {printed}"
    assert printed[2], "no 'cannot read this policy' alert at the threshold"
    assert printed[3] == [], f"the failure alert was repeated: {printed[3]}"
    assert any("500" in line for line in printed[2]), printed[2]
    policy_site.set_fault("alsoft", None)
    results, _ = check_json(config)
    assert results["alsoft"]["outcome"] == "unchanged" and results["alsoft"]["failures"] == 0
    assert history(config, "alsoft")["failures"] == 0


# ------------------------------------------------------------------------------------------ not faults


@pytest.mark.parametrize("declare", ["header", "meta"])
def test_latin1_page_decodes_and_is_not_an_error(tmp_path, policy_site, declare):
    slug = "alopal"
    config = write_config(tmp_path, policy_site, companies=[slug])
    seed(config)
    accented = policy_site.text(slug).replace(
        "AloPal will never rent or sell",
        "AloPal (Zürich, Genève, São Paulo, Montréal) will never rent or sell",
    )
    policy_site.set_policy(slug, accented)
    first, _ = check_json(config, deliver=False)
    assert first[slug]["outcome"] == "changed", first
    policy_site.set_fault(slug, "latin1", declare=declare)
    results, _ = check_json(config, deliver=False)
    assert results[slug]["outcome"] == "unchanged", f"an ISO-8859-1 page ({declare}) was misread: {results}"
    shown = run_cli(config, "show", slug)
    assert "Zürich, Genève, São Paulo, Montréal" in shown.stdout


def test_noise_in_the_page_is_never_a_change(tmp_path, policy_site):
    config = write_config(tmp_path, policy_site, subscribers=[{**SUBSCRIBER, "min_severity": "cosmetic"}])
    seed(config)
    check_json(config, deliver=False)
    for slug in SEED_SLUGS:
        policy_site.set_fault(slug, "tokens")
    for _ in range(2):
        results, alerts = check_json(config)
        changed = {s: r for s, r in results.items() if r["outcome"] != "unchanged"}
        assert not changed, f"tokens, session ids or a rotating widget were taken for a change: {changed}"
        assert alerts == []


def test_a_visible_generation_timestamp_is_not_material(tmp_path, policy_site):
    config = write_config(tmp_path, policy_site, companies=["allocloud"])
    seed(config)
    check_json(config, deliver=False)
    policy_site.set_fault("allocloud", "tokens", visible_timestamp=True)
    for _ in range(2):
        results, _ = check_json(config, deliver=False)
        assert results["allocloud"]["material"] is False, results


def test_flip_flop_is_recorded_but_alerted_once(tmp_path, policy_site):
    slug = "alopal"
    config = write_config(tmp_path, policy_site, companies=[slug], subscribers=[SUBSCRIBER])
    seed(config)
    check_json(config, deliver=False)
    b_text = policy_site.text(slug).replace(
        "AloPal will never rent or sell your Personal Information to others.",
        "AloPal may sell your Personal Information to data brokers and advertising partners.",
    )
    policy_site.set_fault(slug, "flipflop", alt=b_text)
    outcomes, alerted = [], []
    for _ in range(5):  # served: A, B, A, B, A
        results, alerts = check_json(config)
        outcomes.append((results[slug]["outcome"], results[slug].get("flip_flop")))
        alerted.append(bool(alerts))
    assert outcomes[0][0] == "unchanged", outcomes
    assert outcomes[1] == ("changed", False), outcomes
    assert all(o == ("changed", True) for o in outcomes[2:]), outcomes
    assert alerted == [False, True, False, False, False], f"alerts per check: {alerted}"
    doc = history(config, slug)
    assert len(doc["changes"]) == 4, "every flip is recorded in the history"
    assert [c["flip_flop"] for c in doc["changes"]] == [True, True, True, False]
    text = run_cli(config, "history", slug).stdout
    assert "flip-flop" in text


# ------------------------------------------------------------------------------------------ hostile input


def _one_clear_line(result, *words: str) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, subprocess_ok(result)
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    for word in words:
        assert word in lines[0], f"{word!r} missing from: {lines[0]}"


_COMPANY_A = '[[companies]]\nslug = "a"\nname = "A"\nurl = "http://127.0.0.1:9/a"\n'
HOSTILE_CONFIGS = {
    "malformed-toml": ('[monitor]\ndatabase = "db.sqlite3\n', ("config.toml", ":2")),
    "unknown-key": ('[monitor]\ndatabase = "db.sqlite3"\ntimeout_secs = 5\n', ("config.toml", "timeout_secs")),
    "duplicate-slug": (
        '[[companies]]\nslug = "a"\nname = "A"\nurl = "http://127.0.0.1:9/a"\n'
        '[[companies]]\nslug = "a"\nname = "A2"\nurl = "http://127.0.0.1:9/b"\n',
        ("config.toml", "companies[1].slug", "duplicate"),
    ),
    "bad-url": (
        '[[companies]]\nslug = "a"\nname = "A"\nurl = "ftp//example.org/privacy"\n',
        ("config.toml", "companies[0].url"),
    ),
    "missing-seed": (_COMPANY_A + 'seed = "nope.txt"\n', ("config.toml", "companies[0].seed", "nope.txt")),
    "seed-is-a-folder": (_COMPANY_A + 'seed = "."\n', ("config.toml", "companies[0].seed")),
    "bad-type": ('[monitor]\ntimeout_seconds = "fast"\n', ("config.toml", "monitor.timeout_seconds")),
    "bad-severity": (
        _COMPANY_A + '[[subscribers]]\nname = "x"\nchannel = "#x"\nmin_severity = "loud"\n',
        ("config.toml", "subscribers[0].min_severity"),
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE_CONFIGS))
def test_hostile_config_is_one_clear_line_and_exit_2(tmp_path, name):
    text, words = HOSTILE_CONFIGS[name]
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    for command in ("seed", "check"):
        _one_clear_line(run_cli(config, command, timeout=60), *words)


def test_missing_config_file_is_one_clear_line(tmp_path):
    _one_clear_line(run_cli(tmp_path / "absent.toml", "check", timeout=60), "absent.toml")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_seed_is_one_clear_line(tmp_path, policy_site):
    config = write_config(tmp_path, policy_site, companies=["alsoft"])
    (tmp_path / "seeds" / "alsoft.txt").chmod(0)
    try:
        _one_clear_line(run_cli(config, "seed", timeout=60), "alsoft.txt")
    finally:
        (tmp_path / "seeds" / "alsoft.txt").chmod(0o644)


def test_hostile_policy_text_is_stored_shown_literally_and_inert_in_slack(tmp_path, policy_site):
    slug = "altostack"
    with FakeSlack() as slack:
        config = write_config(
            tmp_path,
            policy_site,
            companies=[slug],
            slack={"token_env": "SLACK_BOT_TOKEN", "base_url": slack.base_url},
            subscribers=[{**SUBSCRIBER, "channel": "#privacy-alerts"}],
            # about escaping, not speed: a loaded CI worker must not turn the long sentence's reading into a budget
            # failure (the budget itself: test_hostile_check.py)
            analysis_timeout_seconds=120,
        )
        env = {"SLACK_BOT_TOKEN": TOKEN}
        seed(config)
        check_json(config, deliver=False)
        script = "Our cookie banner runs <script>alert('x')</script> before you consent to data collection."
        broadcast = "We sell your data to brokers; questions to <!channel> <@U123|dpo> <https://evil.example|here>."
        # a sentence four times the size of a Slack message (the 1 MB sentence's time budget: test_hostile_check.py)
        partners = " ".join(f"p{i:06d}" for i in range(30_000))
        giant = f"We share device identifiers with partner {partners}."
        assert len(giant) > 200_000
        policy_site.set_policy(slug, "\n".join([policy_site.text(slug), script, broadcast, giant]))
        result = run_cli(config, "check", "--json", env=env, timeout=240)
        assert result.returncode == 0, subprocess_ok(result)
        assert result.by_company()[slug]["outcome"] == "changed", result.stdout
        shown = run_cli(config, "show", slug, timeout=120)
        assert shown.returncode == 0, subprocess_ok(shown)
        for literal in (script, broadcast, giant):
            assert literal in shown.stdout
        assert "\x1b" not in shown.stdout
        posted = slack.posted()
        assert len(posted) == 1, f"expected one Slack alert, got {len(posted)}"
        message = json.dumps(posted[0], ensure_ascii=False)
        for live in ("<!channel>", "<@U123|dpo>", "<https://evil.example|here>", "<script>"):
            assert live not in message, f"{live!r} from the policy text reached Slack unescaped"
        assert len(message) < 60_000, "the 240 KB sentence was pasted into the Slack message"
