"""A bound (how long data is kept, what the law allows) or a notice of changes said in other words is the same (a
doubled word fixed too); another bound is not. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed, neither_way, stays_material

HEAD = (
    '# Who we are\nOrchard Ledger Ltd ("we") keeps the books of small farms. We collect your name and email address '
    "when you sign up.\n# How long we keep it\n"
)

_pair = framed(HEAD)

BEFORE = "While you remain a customer, we will retain your ledgers so that we can keep serving you."


def test_the_readers_standing_as_a_bound_in_other_words_is_not_material():
    after = "For as long as you continue to be a customer, we will keep your ledgers so that we can keep serving you."
    neither_way(_pair, BEFORE, after)


@pytest.mark.parametrize(
    "after",
    [
        "We will retain your ledgers so that we can keep serving you.",
        "While you remain a customer, and for five years after, we will retain your ledgers so that we can keep "
        "serving you.",
    ],
)
def test_a_bound_dropped_or_extended_stays_material(after):
    stays_material(_pair, BEFORE, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "We keep your ledgers for as long as necessary, except to the extent that the law prohibits it.",
            "We keep your ledgers for so long as necessary, save to the extent that the law prohibits it.",
        ),
        (
            "You may object to our use of your ledgers, as allowed by applicable law.",
            "To the extent applicable law allows, you may object to our use of your ledgers.",
        ),
        (
            "We will post the updated version of this policy on this page and ask for your consent where the law "
            "requires it.",
            "Any updated version of this policy will be posted on this page, and we will ask for your consent where "
            "the law requires it.",
        ),
    ],
)
def test_the_same_bound_or_notice_in_other_words_is_not_material(before, after):
    neither_way(_pair, before, after)


def test_a_notice_of_changes_dropped_from_the_passive_stays_material():
    stays_material(
        _pair,
        "Any updated version of this policy will be posted on this page before it applies.",
        "We may change this policy at any time.",
    )


def test_a_doubled_word_fixed_is_not_material():
    before = "You can can ask us to delete your ledgers at any time."
    after = "You can ask us to delete your ledgers at any time."
    neither_way(_pair, before, after)
