"""A power handed to the reader ("the settings can help you remove it", "local laws may give you rights") is the
reader's, as "you can remove it" is: no other party in the reader's place and no hedge by the company. A power
named in a passive with an adverb ("can later be switched off") names no holder; "EU residents" is the reader
described as "if you are an EU resident". Look-alikes where another party really gains the power stay material.
Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

from monitor.classify.reader import holders

HEAD = (
    '# Who we are\nLumen Books Ltd ("we") runs the reading app. We collect your name and email address when you join.\n'
    "# Your choices\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Depending on the laws where you live, you may have some of the rights listed below.",
            "Depending on where you live, local laws may give you some of the rights listed below.",
        ),
        (
            "The tools in your account settings can help you correct or erase the notes you wrote.",
            "You can use the tools in your account settings to correct or erase the notes you wrote.",
        ),
        (
            "You can later switch off optional cookies on the Preferences page.",
            "Optional cookies can subsequently be switched off on the Preferences page.",
        ),
        (
            "If you are a UK resident, you may have the right to ask for a copy of your data.",
            "UK residents may have the right to ask for a copy of your data.",
        ),
    ],
)
def test_the_reader_keeps_the_power_in_other_words(before, after):
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # another party gains the power
        (
            "The tools in your account settings can help you correct or erase the notes you wrote.",
            "The tools in your account settings can help your school correct or erase the notes you wrote.",
        ),
        # a group the other version does not say the reader belongs to
        (
            "If you are a UK resident, you may have the right to ask for a copy of your data.",
            "US residents may have the right to ask for a copy of your data.",
        ),
        # the company gives itself a permission
        ("We share your reading lists with partners.", "We may let advertisers see your reading lists."),
    ],
)
def test_a_power_that_changes_hands_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)


def test_the_holder_of_a_power_handed_on_is_the_reader():
    assert holders("Local laws may give you more rights.") == ("reader",)
    assert holders("Optional cookies can later be switched off.") == ()
    assert holders("Your employer can see your reports.") == ("other",)
