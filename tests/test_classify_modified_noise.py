"""One sentence modified without a change of practice: the user named by a noun or as "you", a place named twice as
the law that applies, a product renamed, a scope word that governs no data, a list re-laid as items, examples added
to a table's category; with the material look-alikes beside (our own sentences)."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
    "# Choices\n"
    "You can ask us to erase your account.\n"
)


def _judge(before: str, after: str, extra: str = ""):
    return classify_texts(BASE + before + "\n" + extra, BASE + after + "\n" + extra)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the user named by a noun, then as "you": the same permission of the user
        (
            "A member can ask us to delete the photos we store about them.",
            "You can ask us to delete the photos we store about you.",
        ),
        # a modal before a step only the user takes
        (
            "Each account holder may withdraw consent to our use of their location data.",
            "You may withdraw consent to our use of your location data.",
        ),
        # a law that limits, not a permission kept
        (
            "In some cases we may refuse to delete data that we collect.",
            "In some cases, where permitted by law, we may refuse to delete data that we collect.",
        ),
        # the place whose law applies, named twice
        (
            "You may have the right to access the data we collect.",
            "Depending on your location or place of residence, you may have the right to access the data we collect.",
        ),
        # "any" / "all" before a noun that is no data, recipient or practice
        (
            "If you have questions about how we use your data, contact us.",
            "If you have any questions about how we use your data, contact us.",
        ),
        (
            "We use your data to improve all of our apps and websites.",
            "We use your data to improve everything we offer you.",
        ),
        # a product's name loses a descriptive word
        (
            "We use your reading statistics to improve the Lumo Analytics Dashboard for you.",
            "We use your reading statistics to improve the Lumo Dashboard for you.",
        ),
    ],
)
def test_reworded_sentence_is_not_material(before: str, after: str) -> None:
    result = _judge(before, after)
    assert not result.material, _why(result)


def test_inline_list_relaid_as_items_is_not_material() -> None:
    before = "When you sign up, we collect information, including your phone number and device identifiers."
    after = "When you sign up, we collect information, including:\n- your phone number\n- device identifiers"
    result = _judge(before, after)
    assert not result.material, _why(result)


def test_examples_added_to_a_table_category_are_not_material() -> None:
    table = "| Category | Collected |\n|---|---|\n"
    result = classify_texts(
        BASE + table + "| Identifiers | Yes |\n| Commercial information | Yes |\n",
        BASE + table + "| Identifiers (e.g., account number, device ID) | Yes |\n| Commercial information | Yes |\n",
    )
    assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the company's own modality still counts
        ("We may share your reading history with partners.", "We will share your reading history with partners."),
        # a denial dropped
        ("We do not sell your reading history.", "We sell your reading history."),
        # a term ending a name is read: another recipient
        ("We send usage events to Lumo Analytics.", "We send usage events to Lumo Analytics and Quorvio Ads."),
        # a list re-laid with a new sensitive item
        (
            "When you sign up, we collect information, including your phone number.",
            "When you sign up, we collect information, including:\n- your phone number\n- your precise location",
        ),
        # a sensitive example in a table row is read
        ("| Identifiers | Yes |", "| Identifiers (e.g., fingerprints and face scans) | Yes |"),
        # "any" before a recipient widens the sharing
        (
            "We share your reading history with our partners.",
            "We share your reading history with any third party.",
        ),
    ],
)
def test_material_look_alikes_stay_material(before: str, after: str) -> None:
    result = _judge(before, after)
    assert result.material, _why(result)
