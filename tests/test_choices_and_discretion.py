"""Recall on everyday rewrites: a right left to the company's discretion ("you are entitled to have it corrected" ->
"you may ask us to correct it, and we will decide at our discretion whether to do so"), a choice dropped ("you
always have the choice to decline" -> "the report is sent to us automatically"), and a purpose added to a list
("to send you personalised product offers") are material. The same choice said with the verb ("you can always say
no") is not. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nFoxglove Mail Ltd ("we") makes the e-mail app. We collect your name and email address when you '
    "sign up.\n# Details\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "If the data we hold about you is wrong, you are entitled to have it corrected.",
            "If the data we hold about you is wrong, you may ask us to correct it, and we will decide at our "
            "discretion whether to do so.",
        ),
        (
            "When the app crashes, we will ask you to share a crash report, but you always have the choice to decline.",
            "When the app crashes, a crash report is sent to us automatically.",
        ),
        (
            "We will only use your payment data to complete your purchase and to send you receipts.",
            "Your payment data will only be used to complete your purchase, to send you receipts and to send you "
            "personalised product offers.",
        ),
    ],
)
def test_a_right_left_to_discretion_a_choice_dropped_or_a_purpose_added_is_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)


def test_the_same_choice_said_with_the_verb_is_not_material():
    before = "When the app crashes, we will ask you to share a crash report, but you always have the choice to decline."
    after = "When the app crashes, we will ask whether you want to send us a crash report, and you can always say no."
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)
