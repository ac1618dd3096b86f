"""Words of breadth ("any", "all") widen a practice only where they say how much data is handled: "any" in a
condition ("before any data is transferred") or the share of a business a deal covers ("sells any of its assets")
widens nothing. Look-alikes that widen what is handled stay material. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.in_a_policy import SIGN_IN_PAIR, neither_way

PAIR = SIGN_IN_PAIR


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "If Acme is sold or merges with another company, we will tell you before your data is transferred.",
            "If Acme is sold or merges with another company, we will tell you before any of your data is transferred.",
        ),
        (
            "If Acme is involved in a merger or a sale of assets, your data may pass to the buyer.",
            "If Acme merges with another company or sells any of its assets, your data may pass to the buyer.",
        ),
        (
            "If your account data is disclosed by mistake, we will inform you.",
            "If any of your account data is disclosed by mistake, we will inform you.",
        ),
    ],
)
def test_breadth_of_a_condition_or_a_deal_is_no_change(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We share your order history with our delivery partner.",
            "We share any data we hold with our delivery partner.",
        ),
        ("We may sell your purchase history to partners.", "We may sell any of your data to partners."),
    ],
)
def test_breadth_of_what_is_handled_stays_material(old: str, new: str) -> None:
    assert PAIR(old, new).material or PAIR(new, old).material
