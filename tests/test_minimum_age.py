"""A minimum age said in other words is the same requirement, in our own words: "You must be at least 18 to use
our services", "Only individuals aged 18 or older may use our services", "Our services are not intended for anyone
under 18". Another age, or a sentence about the data of children, is still a change."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy\nWe collect your email address to send receipts.\n# Children\n{}\n# Changes\nWe post changes here.\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(old), POLICY.format(new)).material


@pytest.mark.parametrize(
    "new",
    [
        "Our services may be used only by individuals who are at least 18 years old.",
        "Only individuals aged 18 or older may use our services.",
        "Our services are not intended for anyone under 18.",
        "Users must be 18 or older to use our services.",
    ],
)
def test_the_same_minimum_age_reworded_is_no_change(new):
    old = "You must be at least 18 years old to use our services."
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    "new",
    [
        "Only individuals aged 13 or older may use our services.",
        "Our services are not intended for anyone under 16.",
        "We do not knowingly collect personal data from anyone under 18.",
        "Children under 18 may use our services with a parent's consent.",
        "You must be at least 18 years old to use our services, or 21 in some countries.",
    ],
)
def test_another_age_or_childrens_data_is_still_a_change(new):
    assert _material("You must be at least 18 years old to use our services.", new)
