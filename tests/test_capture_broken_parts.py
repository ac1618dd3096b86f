"""Broken captures judged whole: a cut that leaves markup open or stops on a heading, a folded accordion, part of a
page in another language; and, beside them, the edits that look like them and are changes of the policy."""

from __future__ import annotations

from monitor.capture.pair import classify_pair
from monitor.capture.sanity import NEW, OLD, check_pair
from monitor.classify.layout import Layout
from monitor.text.normalise import normalise

BODY = [
    "We collect the name and e-mail address you give us when you open an account with the service.",
    "We use the pages you visit to keep the service secure and to fix what breaks.",
    "We share your address only with the carrier that delivers what you ordered from the shop.",
]


def policy(n: int = 8) -> str:
    """A made-up policy of `n` sections, each a heading and three sentences of its own."""
    out = ["# Privacy notice of Acme Widgets", "This notice explains how Acme collects and uses personal data."]
    for i in range(1, n + 1):
        out.append(f"# {i}. Part {i} of the notice")
        out += [f"{line[:-1]} (part {i})." for line in BODY]
    return "\n".join(out)


POLICY = policy()
LINES = POLICY.splitlines()


# ---------------------------------------------------------------------------------------------- cut in the tail


def test_a_cut_inside_a_link_or_emphasis_in_the_last_lines_is_truncated():
    cut = [*LINES[:-3], "[" + " ".join(LINES[-3].split()[:6])]
    verdict = check_pair(POLICY, "\n".join(cut))
    assert verdict.side == NEW and "truncated" in verdict.problem
    cut = [*LINES[:-3], "**" + " ".join(LINES[-3].split()[:4])]
    assert check_pair(POLICY, "\n".join(cut)).side == NEW


def test_a_page_that_stops_on_a_heading_is_truncated():
    heading = max(k for k, line in enumerate(LINES) if line.startswith("# "))
    verdict = check_pair(POLICY, "\n".join(LINES[: heading + 1]))
    assert verdict.side == NEW and "heading" in verdict.problem


def test_a_last_sentence_dropped_with_nothing_after_it_is_left_to_the_classifier():
    last = LINES[-1]
    new = "\n".join([*LINES[:-1], last.split("(")[0].rstrip() + "."])
    assert check_pair(POLICY, new).ok


# ---------------------------------------------------------------------------------------------- folded sections


def folded(label: str | None) -> str:
    out = []
    for line in LINES:
        if line.startswith("# ") and line != LINES[0]:
            out += [line[2:]] + ([label] if label else [])
        elif line in LINES[:2]:
            out.append(line)
    return "\n".join(out)


def test_a_folded_accordion_is_collapsed_either_way():
    for label in (None, "Unfold"):
        verdict = check_pair(POLICY, folded(label))
        assert verdict.side == NEW and "collapsed" in verdict.problem
        back = check_pair(folded(label), POLICY)
        assert back.side == OLD and back.recovery
        assert not classify_pair(folded(label), POLICY).material
        assert classify_pair(folded(label), POLICY).capture


def test_one_real_section_removed_is_a_change():
    start = LINES.index("# 4. Part 4 of the notice")
    new = "\n".join(LINES[:start] + LINES[start + 4 :])
    assert check_pair(POLICY, new).ok


def test_shorter_sections_of_new_text_under_the_same_titles_are_not_folded():
    # one new sentence under each title, in place of its old text (a section with no text at all under five titles
    # in a row is a collapse: test_capture_sanity)
    out: list[str] = []
    for line in LINES:
        if line.startswith("# ") or line in LINES[:2]:
            out.append(line)
        elif out and out[-1].startswith("# "):
            out.append(f"We keep data of {out[-1][2:].lower()} for thirty days and then delete it.")
    short = "\n".join(out)
    assert "collapsed" not in check_pair(POLICY, short).problem


# ---------------------------------------------------------------------------------------------- another language

GERMAN = (
    "Wir verarbeiten Ihre Daten nur für die Zwecke, die in dieser Erklärung genannt sind, und geben sie nicht weiter."
)
BANNER = ["Wir verwenden Cookies, damit die Seite funktioniert und wir sie verbessern können.", "Alle akzeptieren"]


def test_a_banner_in_another_language_is_part_of_the_page_in_another_language():
    verdict = check_pair(POLICY, "\n".join([*BANNER, *LINES]))
    assert verdict.side == NEW and "another language (German" in verdict.problem
    assert check_pair("\n".join([*LINES, *BANNER]), POLICY).recovery


def test_a_section_served_translated_is_part_of_the_page_in_another_language():
    start = LINES.index("# 3. Part 3 of the notice")
    new = [*LINES[: start + 1], GERMAN, GERMAN.replace("Wir", "Dann"), *LINES[start + 4 :]]
    verdict = check_pair(POLICY, "\n".join(new))
    assert verdict.side == NEW and "another language" in verdict.problem


def test_a_translation_beside_a_passage_dropped_elsewhere_is_left_to_the_classifier():
    start = LINES.index("# 3. Part 3 of the notice")
    new = [*LINES[: start + 1], GERMAN, *LINES[start + 4 : -3]]
    assert check_pair(POLICY, "\n".join(new)).ok
    assert check_pair(POLICY, "\n".join([*BANNER, *LINES, "We now sell your e-mail address to advertisers."])).ok


# ---------------------------------------------------------------------------------------------- cut-off lines


def test_a_line_without_an_end_in_a_policy_that_ends_its_sentences_was_cut_off():
    whole = LINES[5]
    cut = " ".join(whole.split()[:7])
    old = "\n".join(line if line != whole else cut for line in LINES)
    layout = Layout.of(old, POLICY)
    assert layout.completed  # the cut line and its whole form
    assert not classify_pair(old, POLICY).material


def test_a_phrase_item_extended_in_a_list_of_phrases_is_not_a_completion():
    items = ["- your name and postal address", "- the pages you open", "- the device you use"]
    old = "\n".join([*LINES[:3], "We collect:", *items, *LINES[3:]])
    new = old.replace("- the device you use", "- the device you use and your precise location")
    assert not Layout.of(old, new).completed


def test_a_sentence_added_after_a_line_that_lacked_only_its_stop_is_no_completion():
    """The old line was whole but for its stop (it ended on an address); the new one adds a sentence after it."""
    line = "Write to us with a copy of your ID at: Acme Widgets Ltd, 1 Main Street, Springfield"
    old = "\n".join([*LINES[:6], line, *LINES[6:]])
    new = old.replace(line, line + ". We answer each request within 60 days.")
    assert not Layout.of(old, new).completed
    assert classify_pair(old, new).material
    assert classify_pair(new, old).material


def test_a_folded_page_read_from_markdown_is_collapsed_both_ways():
    """The canonical form reads a lone numbered title as a list item and a lone label as a heading."""
    whole, fold = normalise(POLICY), normalise(folded("Unfold"))
    assert "collapsed" in classify_pair(whole, fold).capture
    back = classify_pair(fold, whole)
    assert not back.material and "collapsed" in back.capture and "restores" in back.capture
