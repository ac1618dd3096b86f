"""Classifier: a statement removed whose practice the new version still states in other words is no change, though
the removed wording said "among other things" or "including but not limited to"; a removed denial, limit, right,
data type, "all" or default (on / off) the new version does not state stays material.
The policy is made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.elsewhere import _defaults
from monitor.classify.engine import classify_texts

BASE = """# Privacy notice

Last revised 3 March 2026.

Birchway Labs ("we") runs a recipe-sharing app. This notice says what we do with personal data.

## What we collect

When you sign up, we collect your name and your email address.

## Cookies

We use cookies to remember your preferences and to keep you signed in.

## Who receives your data

We share your email address with our service providers, who send our newsletter on our behalf.

If our company is merged with another or sold, we may transfer your information to the buyer.

## Your choices

You can unsubscribe from the newsletter at any time. Write to help@birchway.example.
"""

ANCHOR = "We use cookies to remember your preferences and to keep you signed in."


def _removed(statement: str, new: str = BASE) -> bool:
    """Whether removing `statement` (a paragraph after ANCHOR in the old version) from `new` is material."""
    old = new.replace(ANCHOR, f"{ANCHOR}\n\n{statement}", 1)
    assert old != new
    return classify_texts(old, new).material


@pytest.mark.parametrize(
    "statement",
    [
        # "among other things" only says the list is not exhaustive
        "Among other things, our cookies keep you signed in.",
        # nor does "including but not limited to" before the data a sale of the company transfers
        "If our company is sold or merged with another, we may transfer your information, including but not limited"
        " to your account details, to the buyer.",
    ],
)
def test_removed_statement_restated_in_other_words_is_not_material(statement: str) -> None:
    assert not _removed(statement)


def test_removed_all_can_carry_the_practice() -> None:
    """ "Block all cookies" is a choice the new version's "we use cookies" does not state: "all" stays a fact."""
    assert _removed("You can set your browser to block all cookies or to warn you when one is sent.")


def test_removed_denial_of_sale_is_material_when_the_new_version_may_sell() -> None:
    new = BASE.replace(
        "If our company is merged",
        "We may sell your email address to marketing partners.\n\nIf our company is merged",
    )
    assert _removed("We do not sell any of your personal data.", new)


def test_removed_consent_limit_is_material() -> None:
    new = BASE.replace(
        "If our company is merged",
        "We share your email address with our marketing partners.\n\nIf our company is merged",
    )
    assert _removed("We share your email address with our marketing partners only with your consent.", new)


def test_removed_right_is_material() -> None:
    assert _removed("You may ask us to delete all of your personal data at any time.")


def test_removed_data_type_the_new_version_does_not_name_is_material() -> None:
    assert _removed("When you sign up, we also collect any photos you upload to your profile.")


def test_removed_default_state_is_not_restated_by_the_opposite_default() -> None:
    new = BASE.replace(
        "## Your choices",
        "## Your choices\n\nPublic sharing of your recipes is on by default; you can change this in all of the app's"
        " settings.",
    )
    assert _removed("Public sharing of your recipes is off by default; you can change this in the app's settings.", new)


def test_removed_default_state_restated_with_the_same_default() -> None:
    new = BASE.replace(
        "## Your choices",
        "## Your choices\n\nPublic sharing of your recipes is off by default; you can change this in all of the"
        " app's settings.",
    )
    assert not _removed(
        "Public sharing of your recipes is off by default; you can change this in the app's settings.", new
    )


def test_default_states() -> None:
    assert _defaults("The feature is off by default.") == {"off"}
    assert _defaults("Suggestions are turned on by default.") == {"on"}
    assert _defaults("It is disabled by default, and enabled by default for admins.") == {"off", "on"}
    assert _defaults("Your default browser.") == set()
