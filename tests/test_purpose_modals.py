"""A modal in a purpose clause ("so that our partners can ...") says what a practice is for, not how firmly it is
done; and text only added that names a practice is read on its own, even where it names no data. Our own
sentences."""

from __future__ import annotations

from in_a_policy import framed, neither_way, stays_material

HEAD = (
    '# Who we are\nLantern Rides Ltd ("we") runs a bike-sharing app. We collect your name and email address when you '
    "sign up.\n# Advertising\n"
)

_pair = framed(HEAD)

BEFORE = (
    "We share your advertising identifier with our ad partners. We do this so that our partners can show you"
    " relevant ads."
)


def test_a_purpose_said_with_or_without_a_modal_is_not_material():
    for after in (
        "We share your advertising identifier with our ad partners. The reason we do this is to enable our partners"
        " to show you relevant ads.",
        "We share your advertising identifier with our ad partners. We do this so that our partners may show you"
        " relevant ads.",
    ):
        neither_way(_pair, BEFORE, after)


def test_the_company_hedging_its_own_practice_is_still_read():
    stays_material(
        _pair, "We will delete your ride history after 30 days.", "We may delete your ride history after 30 days."
    )


def test_an_added_sharing_of_unnamed_results_is_material():
    before = "To meet our legal duties, we check the identity of every rider before the first ride."
    after = before + " We also share the results of these checks with other rental firms."
    stays_material(_pair, before, after)
