"""Data gathered while the reader is not using the service (in the background, with the app closed) is a practice of
its own: saying so, or no longer saying so, is material however the rest of the sentence reads. Look-alikes that
only say "even" or "whenever" of what is already done stay no change. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.in_a_policy import SIGN_IN_PAIR, stays_material

PAIR = SIGN_IN_PAIR


@pytest.mark.parametrize(
    "new",
    [
        "We collect your location even when the app is closed to show nearby stores.",
        "We collect your location in the background to show nearby stores.",
        "We collect your location to show nearby stores, also while your phone is locked.",
        "We collect your location to show nearby stores, even while you are not using the app.",
    ],
)
def test_gathering_data_in_the_background_is_material_both_ways(new: str) -> None:
    old = "We collect your location to show nearby stores."
    stays_material(PAIR, old, new)
    stays_material(PAIR, new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We keep your messages after you delete them.", "We keep your messages even after you delete them."),
        ("We collect usage data when you use the app.", "We collect usage data whenever you use the app."),
        (
            "The player keeps playing music when you switch apps.",
            "The player keeps playing music in the background when you switch apps.",
        ),
    ],
)
def test_even_or_whenever_said_of_what_is_done_is_no_change(old: str, new: str) -> None:
    assert not PAIR(old, new).material
