"""A limit said in other words is the same limit, in our own words: "for the sole purpose of" is "solely", "for any
purpose other than" is "except", "all but" is "other than", and a gerund opening a sentence ("Limiting access to ...
to staff") limits as "we restrict access ... to staff" does. Dropping the limit, or using data for any purpose with
no bound, is still a change."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Quillon Books\nWe collect your name and email address when you order.\n\n# Sharing\n{sentence}\n\n"
    "# Changes\nIf we change this policy, we will post the new version on this page.\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(sentence=old), POLICY.format(sentence=new)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Messages may be checked for the sole purpose of finding spam.",
            "Messages may be checked solely to find spam.",
        ),
        (
            "Our couriers may not use your address except in connection with delivering your order.",
            "Our couriers may not use your address for any purpose other than in connection with delivering your "
            "order.",
        ),
        (
            "You can reject all but strictly necessary cookies in the cookie settings.",
            "You can reject all cookies other than strictly necessary cookies in the cookie settings.",
        ),
        (
            "We restrict access to your order history to staff who process orders.",
            "Limiting access to your order history to staff who process orders.",
        ),
        (
            "If we want to use your details for a purpose not described in this policy, we will ask for your consent.",
            "Before using your details for any purpose that this policy does not describe, we will ask for your "
            "consent.",
        ),
    ],
)
def test_a_limit_said_in_other_words_is_no_change(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Messages may be checked for the sole purpose of finding spam.",
            "Messages may be checked to find spam and to improve our advertising.",
        ),
        (
            "Our couriers may not use your address for any purpose other than delivering your order.",
            "Our couriers may use your address for any purpose.",
        ),
    ],
)
def test_a_limit_dropped_is_still_a_change(old, new):
    assert _material(old, new)
