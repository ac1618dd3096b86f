"""A denial removed where the new version still denies as much: "We will not discriminate against you if you
exercise your rights" stands in "You have the right not to be discriminated against for exercising these rights"
(a denial without the condition denies at least as much; "not be discriminated against" names non-discrimination
too). A denial removed where only a narrower one is left ("we never sell it if you opt out", "except with our
processor") is material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import TAIL
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts
from monitor.classify.facts import _facts

HEAD = (
    '# Who we are\nTallow Games Ltd ("we") runs the puzzle app. We collect your name and email address when you sign '
    "up.\n# Your rights\n"
)
ASK = " You can make these requests by writing to us."


def _removed(kept: str, dropped: str):
    return classify_texts(HEAD + kept + ASK + " " + dropped + TAIL, HEAD + kept + ASK + TAIL)


def test_not_being_discriminated_against_names_non_discrimination():
    said = _facts(["You have the right not to be discriminated against for exercising these rights."])
    assert ("negated", "non-discrimination") in said


@pytest.mark.parametrize(
    ("kept", "dropped"),
    [
        (
            "You have the right not to be discriminated against for exercising these rights.",
            "We will not discriminate against you if you exercise your rights.",
        ),
        ("We never share your scores with advertisers.", "We will not share your scores with advertisers if you ask."),
    ],
)
def test_a_denial_still_made_without_its_condition_is_not_material(kept, dropped):
    result = _removed(kept, dropped)
    assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("kept", "dropped"),
    [
        ("We never share your scores with advertisers if you ask.", "We will not share your scores with advertisers."),
        (
            "We do not share your scores except with our payment processor.",
            "We do not share your scores with anyone.",
        ),
    ],
)
def test_a_denial_left_only_in_a_narrower_form_is_material(kept, dropped):
    result = _removed(kept, dropped)
    assert result.material, _why(result)
