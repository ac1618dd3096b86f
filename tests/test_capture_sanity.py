"""Capture sanity (issue 10): a version that is not a capture of the policy is no change of it, in `classify`
and in the monitor; a version restoring the policy after a broken capture is no change either."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from one_company import SEED, alopal_config, alopal_page, synced_store

from monitor import app
from monitor.capture.pair import classify_pair
from monitor.capture.sanity import NEW, OLD, check_pair, language, not_a_capture
from monitor.demo.site import FRENCH_TEXT, LANDING_TEXT
from monitor.domain.events import EventKind
from monitor.domain.values import Classification, Fetched, Outcome
from monitor.errors import InputError
from monitor.notify.routing import alerts_for
from monitor.runtime.check import Checker
from monitor.text.normalise import normalise

REPO = Path(__file__).resolve().parents[1]
REAL_CASES = REPO.parent / "shared" / "real-cases"
POLICY = normalise(SEED)
LINES = POLICY.splitlines()
SELLS = (
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may sell your Personal Information to data brokers.",
)


def sections(n: int, *, bodies: bool = True, more: str | None = None) -> str:
    """A policy of `n` sections, each a heading and three sentences (or a first sentence and `more`)."""
    out = ["# Privacy notice", "This notice explains how we collect, use and share your personal information."]
    for i in range(1, n + 1):
        out.append(f"# {i}. Section about practice number {i}")
        body = [
            f"We collect personal information of kind {i} when you use our services.",
            f"We use information of kind {i} to run and improve the service you asked for.",
            f"We share information of kind {i} only with processors bound by contract.",
        ]
        if not bodies:
            continue
        out.extend([*body[:1], more] if more else body)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ the pure verdicts


def test_an_ordinary_edit_and_a_material_edit_are_captures():
    assert check_pair(POLICY, POLICY.replace("extremely important", "very important")).ok
    sold = POLICY.replace(*SELLS)
    assert sold != POLICY
    verdict = check_pair(POLICY, sold)
    assert verdict.ok and verdict.reason == "ok"
    assert classify_pair(POLICY, sold).material  # sanity never hides a real change


def test_an_empty_or_error_version_is_not_a_capture():
    assert check_pair(POLICY, "").side == NEW
    assert "empty" in check_pair(POLICY, "  ").problem
    error = "# Privacy Policy\nSomething went wrong. Please try again later."
    verdict = check_pair(POLICY, error)
    assert verdict.side == NEW and "error page" in verdict.problem, verdict
    assert not_a_capture(error) == "error page (not found)"
    assert not_a_capture(POLICY) is None


def test_a_capture_that_stops_after_the_introduction_is_truncated():
    intro = "\n".join(LINES[:6])
    verdict = check_pair(POLICY, intro)
    assert verdict.side == NEW and verdict.problem.startswith("truncated (kept "), verdict
    assert verdict.reason.startswith("new version is not a capture of the policy: truncated")
    assert verdict.plausible  # a company could really cut its policy: the monitor accepts it if it lasts


def cut(text: str, share: float) -> str:
    """The first `share` of a text, stopping in the middle of a line like a capture cut short."""
    end = int(len(text) * share)
    while text[end - 1].isspace() or text[end].isspace():
        end += 1
    return text[:end]


def test_the_full_policy_after_a_truncated_capture_is_a_recovery():
    first_part = cut(POLICY, 0.3)
    verdict = check_pair(first_part, POLICY)
    assert verdict.side == OLD and verdict.recovery, verdict
    assert "restores the policy" in verdict.reason
    c = classify_pair(first_part, POLICY)
    assert not c.material and c.capture == verdict.reason and c.changes == ()


def test_a_short_policy_that_grows_sections_at_its_end_is_no_recovery():
    # The old version ends where a policy ends (a whole section), so the new sections are a change.
    short = sections(4)
    other = normalise((REPO / "seeds" / "altostack.txt").read_text(encoding="utf-8"))
    grown = short + "\n" + other[: 3 * len(short)].rsplit("\n", 1)[0]
    verdict = check_pair(short, grown)
    assert verdict.ok, verdict
    assert check_pair(short.rsplit("\n", 3)[0], grown).recovery  # but cut short after a heading, it is one


def test_the_full_policy_after_a_capture_of_its_opening_alone_is_a_recovery():
    # the old capture kept only the welcome paragraphs (whole sentences, no practice stated), a few % of the policy
    opening = (
        "# Privacy notice\nWelcome. This notice explains who we are and how to read the sections below.\n"
        "It covers our websites and apps; where a product has its own notice, that notice is read with this one."
    )
    long = opening + "\n" + sections(30)
    verdict = check_pair(opening, long)
    assert verdict.recovery and "restores the policy" in verdict.reason, verdict
    # the opening captured alone may have been edited since: its date, a clause of its second paragraph
    body = opening.split("\n", 1)[1]
    dated = "# Privacy notice\nEffective 2 May 2024.\n" + body
    edited = body.replace("read with this one", "read together with this notice and its annex")
    full = "# Privacy notice\nEffective 9 March 2025.\n" + edited + "\n" + sections(30)
    verdict = check_pair(dated, full)
    assert verdict.recovery, verdict
    # but an opening most of whose sentences the new version lacks was not its opening
    other = (
        "# Privacy notice\nEffective 2 May 2024.\nWelcome to our garden shop, where we sell tools, seeds and plants.\n"
        "Our stores are open every day of the week, and our staff will help you choose what your garden needs."
    )
    assert "truncated" not in check_pair(other, full).problem  # (another page, which is a recovery of its own)
    # an old version that states its practices is a short policy, however much it grew afterwards
    short = sections(2)
    assert check_pair(short, short + "\n" + sections(40).split("\n", 2)[2].replace("kind", "sort")).ok


def test_the_full_policy_after_a_capture_that_stopped_inside_a_list_is_a_recovery():
    # the old capture ends on a list's introduction, or on its first entry, where the new version goes on
    lines = sections(12).splitlines()
    listed = [*lines[:8], "You give us information when you:", "- open an account", "- write to our support team"]
    whole = "\n".join([*listed, "We keep this information while your account is open.", *lines[8:]])
    for stop in (9, 10):  # "... when you:" or "- open an account"
        assert check_pair("\n".join(listed[:stop]), whole).recovery, stop
    # a short policy ending on a whole section, which later grew new sections, is no recovery
    assert check_pair("\n".join(lines[:8]), "\n".join(lines[:8]) + "\n" + sections(14).split("\n", 2)[2]).ok


def test_text_inserted_in_the_middle_of_a_short_policy_is_no_recovery():
    # A policy that grows by new sections between its old ones is a new policy, not a cut one restored.
    short = sections(6)
    lines = short.splitlines()
    other = normalise((REPO / "seeds" / "altostack.txt").read_text(encoding="utf-8")).splitlines()
    grown = "\n".join(lines[:8] + other[:40] + lines[8:])
    assert len(grown) > 2 * len(short)
    assert check_pair(short, grown).ok


def test_a_large_removal_that_leaves_most_of_the_policy_is_a_capture():
    # the last 30% gone, and the policy edited elsewhere too (its opening line): an edit the classifier judges
    lines = POLICY.splitlines()
    fewer = "\n".join([lines[0] + " (revised)", *lines[1 : int(len(lines) * 0.7)]])
    assert check_pair(POLICY, fewer).ok
    # sections dropped in the middle, the end kept
    middle = "\n".join(lines[: int(len(lines) * 0.4)] + lines[int(len(lines) * 0.7) :])
    assert check_pair(POLICY, middle).ok


def test_a_capture_of_the_first_lines_and_nothing_else_is_truncated_at_a_line_boundary():
    # the page stopped loading after a whole line: the old text word for word up to there, nothing else changed
    lines = [line for line in POLICY.splitlines() if line.strip()]
    for share in (0.5, 0.65, 0.8):
        head = "\n".join(lines[: int(len(lines) * share)])
        verdict = check_pair(POLICY, head)
        assert verdict.side == NEW and verdict.problem.startswith("truncated (kept "), (share, verdict)
        assert verdict.plausible  # a company could really cut its policy: accepted if it lasts
    # only the last lines gone (a footer, a closing line): small enough to be an edit
    assert check_pair(POLICY, "\n".join(lines[:-2])).ok
    # but a capture that stops in the middle of a line near the end (a heading, or a list item that lost its
    # marker) with the lines after it gone is cut short, however little is lost
    heading = next(k for k in range(len(lines) - 3, 0, -1) if lines[k].startswith("# ") and len(lines[k].split()) > 3)
    cut_heading = "\n".join([*lines[:heading], " ".join(lines[heading].split()[:-1])])
    verdict = check_pair(POLICY, cut_heading)
    assert verdict.side == NEW and "stopping mid-line" in verdict.problem, verdict
    listed = sections(6) + (
        "\nYou can ask us to:\n- send you a copy of the personal information we hold about you\n"
        "- correct personal information that is wrong or out of date\n# Changes\nWe post every new version here."
    )
    cut_item = listed.split("\n- send")[0] + "\nsend you a copy of the"  # cut inside the item, its marker lost
    assert check_pair(listed, cut_item).side == NEW


def test_headings_without_their_sections_are_collapsed():
    verdict = check_pair(sections(8), sections(8, bodies=False))
    assert verdict.side == NEW and "collapsed" in verdict.problem, verdict


def test_a_revised_policy_captured_with_its_last_sections_folded_is_collapsed():
    # the new version rewrote its first sections and added new ones, but the capture kept only the titles of the
    # last six: nothing in the other version to compare them with, yet no policy has six titles in a row alone
    revised = sections(3).replace("kind 2 when", "kind 2 and your location when")
    titles = ["# Crime prevention", "# Telephone calls", "# Product reviews", "# Security", "# Cookies", "# Changes"]
    verdict = check_pair(sections(8), "\n".join([revised, *titles]))
    assert verdict.side == NEW and "6 headings in a row without their text" in verdict.problem, verdict


def test_a_rewritten_policy_with_a_list_of_names_set_as_headings_is_a_capture_and_its_change_is_read():
    # the old version lists the group's brands as headings, then goes on in prose; the new one is a different
    # policy of about the same length. No section lost its text: a change of policy, not a collapsed capture
    brands = [f"# {name}" for name in ("Alder Home", "Birchwood", "Cedar Lane", "Dunmore", "Elmstead", "Fernhill")]
    intro = ["# Our family of brands", "This notice also covers these brands of our group:"]
    after = ["Each brand has its own site and follows this notice.", sections(3).split("\n", 2)[2]]
    old = "\n".join([sections(2), *intro, *brands, *after])
    rewritten = sections(6).replace("only with processors bound by contract", "with advertisers and data brokers")
    sale = ["# Sale of data", "We sell your purchase history to marketing partners.", "# Contact", "Write to us."]
    new = "\n".join([rewritten, *sale])
    for a, b in ((old, new), (new, old)):
        assert check_pair(a, b).ok, check_pair(a, b)
        assert classify_pair(a, b).material


@pytest.mark.parametrize(
    "new",
    [
        # a page that sets every paragraph and list item in a heading's style states its text in them
        "\n".join(
            ["# Privacy notice", "# We collect your name and email address.", "# We use them to:"]
            + [f"# ({c}) run the service feature number {k};" for k, c in enumerate("abcdef", 1)]
            + ["# We never sell your data."]
        ),
        # a table of contents set as headings: the titles come back further down with their text
        "\n".join(
            ["# Privacy notice", *(f"# Part {i}" for i in range(1, 7))]
            + [line for i in range(1, 7) for line in (f"# Part {i}", f"We collect data of kind {i} to run it.")]
        ),
    ],
)
def test_headings_with_text_or_a_table_of_contents_are_no_collapse(new):
    assert check_pair(sections(8), new).ok or "headings in a row" not in check_pair(sections(8), new).problem


def test_sections_cut_to_a_more_line_are_collapsed_and_expanding_them_again_is_a_recovery():
    collapsed = sections(6, more="Read more")
    # the known capture showed the first two sections expanded: their whole text, no "Read more" line
    known = "\n".join(sections(6).splitlines()[:10] + collapsed.splitlines()[8:])
    verdict = check_pair(known, collapsed)
    assert verdict.side == NEW and "collapsed" in verdict.problem, verdict
    assert check_pair(collapsed, known).recovery  # the other way round: the sections' text is back


def test_the_same_text_captured_twice_is_not_a_capture():
    verdict = check_pair(POLICY, POLICY + "\n" + POLICY)
    assert verdict.side == NEW and "times over" in verdict.problem, verdict


def test_another_language_is_not_a_capture():
    french = normalise(FRENCH_TEXT)
    assert language(french) == "French" and language(POLICY) == "English"
    verdict = check_pair(POLICY, french)
    assert verdict.side == NEW and "another language" in verdict.problem, verdict
    assert check_pair(french, POLICY).recovery


def test_a_landing_page_or_an_index_of_policies_is_another_page():
    verdict = check_pair(POLICY, normalise(LANDING_TEXT))
    assert verdict.side == NEW and verdict.problem.startswith("another page"), verdict
    index = "\n".join(
        ["# Legal", "Find the documents that apply to you."]
        + [f"- {doc} for {region}" for doc in ("Privacy notice", "Terms", "Cookie notice") for region in "ABCDEFGH"]
    )
    assert check_pair(POLICY, index).side == NEW


def _hub(policy_opening: str) -> str:
    """A legal hub: each document's opening cut with an ellipsis, then a link to read it elsewhere."""
    teasers = [
        ("Terms of Use", "These terms govern your use of the app and the website and form a binding agreement"),
        ("Privacy notice", policy_opening),
        ("Copyright policy", "We respect the intellectual property rights of others and ask our users to do the"),
        ("Community rules", "Our community works best when everyone treats the other members with respect and"),
    ]
    out = ["# Legal and privacy"]
    for k, (title, text) in enumerate(teasers, 1):
        out += [f"# {k}. {title}", f"{text}…", f"[Read more](https://help.example.com/{k})"]
    return "\n".join(out)


def test_a_hub_of_excerpts_is_not_a_capture_and_the_policy_coming_back_is_a_recovery():
    opening = " ".join(sections(30).splitlines()[1].split()[:14])
    hub = _hub(opening)
    verdict = check_pair(sections(30), hub)
    assert verdict.side == NEW and verdict.problem.startswith("a page of excerpts"), verdict
    assert not classify_pair(sections(30), hub).material
    back = check_pair(hub, sections(30))
    assert back.side == OLD and back.recovery, back


def test_a_policy_that_quotes_a_few_cut_lines_is_a_capture():
    policy = sections(30)
    quoted = (
        policy
        + "\n"
        + "\n".join(
            f"Example {k}: a notice we once sent read 'we will update this notice from time to time and…'"
            for k in range(2)
        )
    )
    assert check_pair(policy, quoted).ok


def test_two_snippets_are_judged_by_the_classifier_alone():
    assert check_pair("We keep your logs for 90 days.", "We keep your logs for 30 days.").ok
    assert check_pair("Hello", "Hello there").ok


def test_pathological_input_finishes():
    # One huge line, many repeated short lines, and a long list: each measure is a linear pass.
    huge = "word " * 100_000
    repeated = "\n".join(["See more"] * 20_000)
    listed = "\n".join(f"- item {i} of the list we collect" for i in range(20_000))
    for old, new in ((POLICY, huge), (huge, POLICY), (repeated, POLICY), (POLICY, repeated), (listed, POLICY)):
        assert check_pair(old, new) is not None


# ------------------------------------------------------------------------------------------ classify


def test_classify_json_carries_capture_and_round_trips():
    c = classify_pair(POLICY, "\n".join(LINES[:5]))
    doc = c.to_dict()
    assert doc["capture"].startswith("new version is not a capture") and doc["material"] is False
    assert Classification.from_dict(doc) == c
    legacy = {k: v for k, v in classify_pair(POLICY, POLICY.replace(*SELLS)).to_dict().items() if k != "capture"}
    assert Classification.from_dict(legacy).capture == "ok"  # classifications stored before the field


def test_classify_an_empty_file_is_a_capture_verdict(tmp_path):
    good, empty = tmp_path / "policy.txt", tmp_path / "after.html"
    good.write_text(SEED, encoding="utf-8")
    empty.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    c = app.classify_files(good, empty)
    assert not c.material and c.capture.startswith("new version is not a capture of the policy")
    from monitor.cli import main

    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as stream:
        assert main(["classify", str(good), str(empty), "--json"], out=stream) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["capture"] == c.capture


# ------------------------------------------------------------------------------------------ real pairs


def _study_pairs() -> list[tuple[Path, dict]]:
    """Pairs of the *study* part only (the frozen quarter of services is never read here)."""
    if not REAL_CASES.is_dir():
        pytest.skip("../shared/real-cases is not there")
    out = []
    for folder in sorted(REAL_CASES.iterdir()):
        meta = folder / "meta.json"
        if not meta.is_file():
            continue
        service = json.loads(meta.read_text(encoding="utf-8"))["service"]
        if int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 == 0:
            continue
        out.append((folder, json.loads((folder / "label.json").read_text(encoding="utf-8"))))
    return out


def test_no_real_material_change_is_called_a_broken_capture():
    def text(path: Path) -> str:
        try:
            return app.canonical_file(path)
        except InputError:
            return ""  # an empty capture

    hidden = []
    for folder, label in _study_pairs():
        if not label["material"]:
            continue  # the broken captures among the others are what the synthetic tests above describe
        verdict = check_pair(text(folder / "before.md"), text(folder / "after.md"))
        if not verdict.ok:
            hidden.append(f"{folder.name}: {verdict.reason}")
    assert not hidden, hidden


# ------------------------------------------------------------------------------------------ the monitor


@pytest.fixture
def checker(tmp_path):
    config = alopal_config(
        tmp_path,
        monitor="failure_threshold = 3\n",
        subscribers='[[subscribers]]\nname = "all"\nchannel = "#all"\nmin_severity = "none"\n',
        seed=True,
    )
    with synced_store(config) as store:
        yield store, Checker(config, store, lambda event: alerts_for(event, config, env={}))


def fetched(text: str, at: int) -> Fetched:
    return alopal_page(text, at, at=at)


@pytest.mark.parametrize(
    ("page", "words"),
    [(LANDING_TEXT, "another page"), (FRENCH_TEXT, "another language"), (SEED + "\n" + SEED, "times over")],
)
def test_a_fetch_that_is_not_the_policy_is_a_failed_check_and_its_end_no_change(checker, page, words):
    store, check = checker
    assert check.process(fetched(SEED, 0)).outcome is Outcome.NEW
    for at in (1, 2):  # fewer times in a row than failure_threshold
        result = check.process(fetched(page, at))
        assert result.outcome is Outcome.ERROR and words in (result.error or ""), result
    back = check.process(fetched(SEED, 3))
    assert back.outcome is Outcome.UNCHANGED, back
    assert store.count_snapshots("alopal") == 1 and store.changes("alopal") == []
    assert [a for a in store.alerts() if a.event is EventKind.CHANGE] == []


def test_a_suspect_version_that_persists_is_accepted_an_error_page_never(checker):
    _store, check = checker
    check.process(fetched(SEED, 0))
    outcomes = [check.process(fetched(FRENCH_TEXT, at)).outcome for at in (1, 2, 3)]
    assert outcomes == [Outcome.ERROR, Outcome.ERROR, Outcome.CHANGED]  # the translation is the policy now
    error_page = "Privacy\nSomething went wrong on our side. Please try again later, or contact support."
    assert {check.process(fetched(error_page, at)).outcome for at in (4, 5, 6, 7)} == {Outcome.ERROR}


def test_a_known_snapshot_that_was_broken_is_replaced_without_an_alert(checker):
    store, check = checker
    assert check.process(fetched(cut(SEED, 0.2), 0)).outcome is Outcome.NEW  # a first capture cut short
    result = check.process(fetched(SEED, 1))
    assert result.outcome is Outcome.CHANGED and result.material is False, result
    assert store.count_snapshots("alopal") == 2
    assert [a for a in store.alerts() if a.event is EventKind.CHANGE] == []
    change = store.changes("alopal")[0]
    assert "restores the policy" in change.classification.capture


# ------------------------------------------------------------------------------------------ end to end

PAGE_FAULTS = {"error_page": ("error page", "too little text"), "landing": ("another page",), "language": ("language",)}


@pytest.mark.e2e
def test_the_monitor_never_alerts_on_a_page_that_is_not_the_policy_nor_on_its_return(tmp_path):
    """The real CLI against the demo site: the policy page turns into an error, a landing page and a page in
    another language, twice in a row; then the policy comes back. Failed checks with reasons, no alert."""
    from conftest import run_cli, seed, subprocess_ok, write_config

    from monitor.demo.site import PolicySite

    slugs = list(PAGE_FAULTS)
    with PolicySite({s: SEED for s in slugs}, names={s: f"Company {s}" for s in slugs}) as site:
        companies = [{"slug": s, "name": f"Company {s}", "url": site.url(s), "seed": "seeds/alopal.txt"} for s in slugs]
        subscriber = {"name": "legal", "channel": "#legal", "min_severity": "none", "failure_alerts": False}
        config = write_config(tmp_path, site, companies=companies, subscribers=[subscriber])
        seed(config)

        def check() -> tuple[dict[str, dict], list[str]]:
            result = run_cli(config, "check", "--json", timeout=240)
            assert result.returncode == 0, subprocess_ok(result)
            return result.by_company(), result.alerts()

        baseline, _ = check()
        assert {r["outcome"] for r in baseline.values()} <= {"unchanged", "changed"}, baseline
        for slug in slugs:
            site.set_fault(slug, slug)
        for _ in range(2):  # failure_threshold is 3: not accepted, not reported as failing yet
            results, alerts = check()
            for slug, words in PAGE_FAULTS.items():
                r = results[slug]
                assert r["outcome"] == "error" and r["snapshot"] is None, r
                assert any(w in (r["error"] or "") for w in words), (slug, r["error"])
            assert alerts == [], alerts
        site.clear_faults()
        back, alerts = check()
        assert all(r["outcome"] == "unchanged" and r["failures"] == 0 for r in back.values()), back
        assert alerts == [], alerts
