"""Sentence-aligned diff: cosmetic variants align away, real edits surface."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.domain.values import ChangeKind
from monitor.text.diff import diff_texts, word_diff
from monitor.text.sentences import clean_block, raw_sentences, split_sentences, units

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
POLICY = """# 1. Information we collect
We collect your name and email address. We also collect usage data, e.g. pages visited.
- Device identifiers
- Approximate location
# 2. Sharing
We do not sell your personal data. We share data with service providers only."""


def test_identical_and_empty_texts_have_no_changes():
    assert diff_texts(POLICY, POLICY) == []
    assert diff_texts("", "") == []
    assert diff_texts("   \n\n", "") == []


def test_reflow_split_and_joined_blocks_are_not_changes():
    joined = POLICY.replace("email address.\nWe also", "email address. We also")
    split = POLICY.replace("We collect your name and email address. ", "We collect your name\nand email address.\n")
    assert diff_texts(POLICY, split) == []
    assert diff_texts(split, joined) == []


def test_markers_numbering_bullets_quotes_and_pipes_are_not_changes():
    variant = POLICY.replace("# 1. ", "Section 1: ").replace("# 2. ", "3) ").replace("- ", "  • ") + " |\n|"
    variant = variant.replace("Section 1: ", "4. ")
    assert diff_texts(POLICY, variant) == []
    assert diff_texts('He said "only" once.', "He said \u201conly\u201d once.") == []


def test_glued_heading_matches_split_heading():
    glued = "1. Collected informationThere are two types of information that we collect. |"
    split = "# Collected information\nThere are two types of information that we collect."
    assert diff_texts(glued, split) == []


def test_reordered_list_items_are_moved():
    reordered = POLICY.replace(
        "- Device identifiers\n- Approximate location", "- Approximate location\n- Device identifiers"
    )
    changes = diff_texts(POLICY, reordered)
    assert changes and all(c.kind is ChangeKind.MOVED for c in changes)


def test_modified_added_and_removed_sentences():
    new = POLICY.replace("We do not sell", "We may sell").replace("- Approximate location\n", "")
    new += "\nWe keep logs for 90 days."
    changes = diff_texts(POLICY, new)
    kinds = {c.kind: c for c in changes}
    assert kinds[ChangeKind.MODIFIED].before == "We do not sell your personal data."
    assert kinds[ChangeKind.MODIFIED].after == "We may sell your personal data."
    assert kinds[ChangeKind.REMOVED].before == "Approximate location"
    assert kinds[ChangeKind.ADDED].after == "We keep logs for 90 days."
    assert len(changes) == 3


def test_repeated_heading_added_as_table_of_contents_is_dropped():
    toc = "Contents\n- Information we collect\n- Sharing\n" + POLICY
    changes = diff_texts(POLICY, toc)
    assert [c.after for c in changes] == ["Contents"]


def test_sentence_splitting_keeps_abbreviations_numbers_and_addresses():
    text = "We use providers, e.g. Acme Inc. in the U.S. for version 1.2 hosting. Write to privacy@acme.io. Thanks."
    assert split_sentences(text) == [
        "We use providers, e.g. Acme Inc. in the U.S. for version 1.2 hosting.",
        "Write to privacy@acme.io.",
        "Thanks.",
    ]


def test_units_strip_markdown_links_and_emphasis():
    [unit] = units("### **Data** [Processors](https://example.com/x)")
    assert unit.text == "Data Processors"


def test_changes_quote_the_policy_verbatim_not_the_comparison_key():
    old = "# Scripts\nWe set window.__xss = 1 here. We compute 2*3*4 values.\n- We keep **bold** data [here](https://a.io/x_y)."
    new = old.replace("= 1", "= 2").replace("2*3*4", "2*3*5").replace("data [here]", "info [here]")
    changes = diff_texts(old, new)
    assert sorted((c.before, c.after) for c in changes) == [
        ("We compute 2*3*4 values.", "We compute 2*3*5 values."),
        ("We keep **bold** data [here](https://a.io/x_y).", "We keep **bold** info [here](https://a.io/x_y)."),
        ("We set window.__xss = 1 here.", "We set window.__xss = 2 here."),
    ]
    # the comparison key still ignores the markup: emphasis alone is not a change
    assert diff_texts("We keep **bold** data.", "We keep bold data.") == []


def test_verbatim_sentences_cover_a_block_without_its_marker():
    assert raw_sentences("# **Title** here") == ["**Title** here"]
    assert raw_sentences("12. We _share_ data. **Second.** | Third |") == ["We _share_ data.", "**Second.**", "Third"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .*_#-|[]()<>:/`\u00a0\u200bA1\u2019"), max_size=60))
def test_verbatim_sentences_match_the_split_of_the_clean_block(line):
    raw = raw_sentences(line)
    assert len(raw) == len(split_sentences(clean_block(line)))
    collapsed = " ".join(line.split())
    assert all(r in collapsed for r in raw)


def test_seed_against_itself_with_cosmetic_rendering_changes():
    for seed in SEEDS.iterdir():
        text = seed.read_text(encoding="utf-8")
        rendered = "logo\n" + text.replace("\u2022", "-").replace("\u201c", '"').replace("\u201d", '"') + "\n|"
        changes = diff_texts(text, rendered)
        assert [c.after for c in changes if c.kind is not ChangeKind.MOVED] in ([], ["logo"]), seed.name


def test_complete_rewrite_reports_removed_and_added():
    old = (SEEDS / "alopal.txt").read_text(encoding="utf-8")
    new = (SEEDS / "aloscale.txt").read_text(encoding="utf-8")
    changes = diff_texts(old, new)
    kinds = {c.kind for c in changes}
    assert ChangeKind.ADDED in kinds and ChangeKind.REMOVED in kinds


def test_word_diff_rebuilds_both_texts():
    old, new = "We will share only the minimum.", "We may share any information."
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op <= 0) == old
    assert "".join(t for op, t in ops if op >= 0) == new
    assert (-1, "will") in ops and (1, "may") in ops


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_diff_never_crashes_and_identical_is_empty(old, new):
    diff_texts(old, new)
    assert diff_texts(old, old) == []
