"""A shop's or an estate agent's disclaimers under its policy, in our own words: pictures said to illustrate the
goods, prices and listings subject to change or withdrawal. They describe the offer, not a practice; the same words
about the reader's photos or the reader's choice still count."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Tansley Homes\n\nWhen you book a viewing we collect your name, phone number and email address."
    " We keep them for one year.\n\n## Changes\n\nWe will post any new version of this policy on this page.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Photographs are for illustration only and may not show the exact property.",
        "Descriptions and images reflect each property at the time the photographs were taken.",
        "Listings are offered subject to errors, omissions, change of price or withdrawal without notice.",
    ],
)
def test_a_disclaimer_about_the_offer_is_no_change(disclaimer):
    new = POLICY + "\n" + disclaimer + "\n"
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


@pytest.mark.parametrize(
    "practice",
    [
        "Photographs you upload to your property listing are shared with our advertising partners.",
        "You may withdraw your consent to viewing reminders at any time.",
    ],
)
def test_the_same_words_about_the_reader_still_count(practice):
    assert _material(POLICY, POLICY + "\n" + practice + "\n")
