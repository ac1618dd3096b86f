"""Having access is being able to access ("providers have access to your data" = "providers can access your data";
"do not have access to" = "cannot access"), and "for other purposes" is "for any other purpose": a recipient's
duties reworded this way state the same facts. Access given or taken, or a denial dropped, stays material. Our own
sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nOakridge Notes Ltd ("we") runs the journaling app. We collect your name and email address when '
    "you sign up.\n# Who sees your data\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "These service providers have access to the personal data needed to perform their tasks, but may not use "
            "it for other purposes.",
            "These service providers can access the personal data they need to carry out their tasks, but they may "
            "not use it for any other purpose.",
        ),
        (
            "Our support staff do not have access to your messages.",
            "Our support staff cannot access your messages.",
        ),
        (
            "Our support staff have no access to your messages.",
            "Our support staff cannot access your messages.",
        ),
    ],
)
def test_access_and_other_purposes_in_other_words_are_not_material(before, after):
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Our support staff cannot access your messages.",
            "Our support staff have access to your messages.",
        ),
        (
            "These service providers may not use the personal data for other purposes.",
            "These service providers may use the personal data for other purposes.",
        ),
        (
            "These service providers can access the personal data they need to carry out their tasks.",
            "These service providers can access the personal data they need to carry out their tasks and may use it "
            "for any other purpose.",
        ),
    ],
)
def test_access_given_or_a_purpose_opened_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)
