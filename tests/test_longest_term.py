"""A term inside a longer term of another concept is part of that term (session 11).

"Legitimate interests" is a legal basis; the word "interests" inside it names no interests we profile. The longest
term read at a place wins, as a reader reads it; the shorter word standing alone still counts.
"""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts
from monitor.classify.evidence import profile

HEAD = "# Privacy notice\nWe run a small bakery and this notice covers our shop, our app and our website.\n"
BODY = "\nWe collect your name and delivery address when you order a cake.\n"


def _material(old: str, new: str) -> bool:
    return classify_texts(HEAD + old + BODY, HEAD + new + BODY).material


def test_a_word_inside_a_longer_term_of_another_concept_is_not_counted_alone() -> None:
    concepts = profile("We rely on our legitimate interests to keep the shop safe.").concepts
    assert "legal basis" in concepts
    assert "inferences and profiles" not in concepts


def test_the_same_word_standing_alone_still_counts() -> None:
    concepts = profile("We rely on our legitimate interests to learn your interests.").concepts
    assert concepts["legal basis"] == 1
    assert concepts["inferences and profiles"] == 1


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We may process your order details for our legitimate interests.",
            "We may process your order details where we have a legitimate interest.",
        ),
        (
            "",
            "We keep our ovens safe. Security | Legitimate interests",
        ),
    ],
)
def test_a_legal_basis_is_not_read_as_interests_profiled(old: str, new: str) -> None:
    classification = classify_texts(HEAD + old + BODY, HEAD + new + BODY)
    assert not any("inferences" in ", ".join(c.reason.split(":")[:1]) for c in classification.changes)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We use your order details for our legitimate interests.",
            "We use your order details to infer your interests and show you ads, based on our legitimate interests.",
        ),
        ("", "We build profiles of your interests from the cakes you order and sell them to advertisers."),
    ],
)
def test_interests_named_on_their_own_stay_material(old: str, new: str) -> None:
    assert _material(old, new)
