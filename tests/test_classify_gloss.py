"""A term explained in parentheses where it is used ("hashing (a technique that ...)", "(that is, ...)") says what a
word means, not what the company does: a policy re-edited for plain language changes no practice. Each gloss has a
look-alike parenthesis that says more than what a word means and must stay material. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.in_a_policy import framed, neither_way

OPENING = (
    "# Privacy Policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "We keep your data for as long as your account is open.\n\n"
)


PAIR = framed(OPENING)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We protect stored passwords with salted hashing.",
            "We protect stored passwords with salted hashing (a technique that turns a password into a string from"
            " which it cannot be read back).",
        ),
        (
            "When you close your account, your messages are erased or kept only in anonymised form.",
            "When you close your account, your messages are erased or kept only in anonymised form (that is, in a"
            " form that can no longer be linked to you).",
        ),
        (
            "You can search the catalogue by voice.",
            "You can search the catalogue by voice (speaking the title aloud instead of typing it).",
        ),
        (
            "Our servers use transport encryption for every connection.",
            "Our servers use transport encryption (also known as TLS) for every connection.",
        ),
    ],
)
def test_a_gloss_of_a_term_is_no_change(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the company says what it does with the thing explained
        (
            "We read your device identifier to measure how the app performs.",
            "We read your device identifier (an identifier that we pass to advertising partners) to measure how the"
            " app performs.",
        ),
        # a recipient named in the explanation
        (
            "We protect stored passwords with salted hashing.",
            "We protect stored passwords with salted hashing (a service run for us by data brokers).",
        ),
        # a handling of data after a gerund
        (
            "We recommend nearby stores to you.",
            "We recommend nearby stores to you (using your precise location).",
        ),
        # a period in the parenthesis
        (
            "Your messages are kept in anonymised form.",
            "Your messages are kept in anonymised form (that is, for 10 years after your account closes).",
        ),
        # an alternative, not another name: the age it sets may differ
        (
            "We do not knowingly collect data from children under 13.",
            "We do not knowingly collect data from children under 13 (or the older age your country sets).",
        ),
    ],
)
def test_a_parenthesis_that_says_more_than_a_word_means_stays_material(old: str, new: str) -> None:
    assert PAIR(old, new).material or PAIR(new, old).material
