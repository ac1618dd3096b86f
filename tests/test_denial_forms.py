"""A denial said in other forms, in our own words: by the prefix "un-" on a participle ("will be unaffected" =
"will not affect"), by "unless" for "if ... not". Said either way it is the same promise, read so where two wordings
are compared ("you have been unsubscribed" reverses an act and denies nothing); a practice added beside it is still a
change. Also two small sites' wordings: a contact prompt in broken English dropped with the address it presented
("Or e-mail at us:"), and what the reader gives said to be published."""

from __future__ import annotations

import pytest

from monitor.capture.pair import classify_pair
from monitor.text.normalise import detect_format, normalise

POLICY = (
    "# Privacy at Quillfeather Books\n\nWe collect your email address to send you receipts and, if you ask for it,"
    " our monthly newsletter.\n\n"
)


def _material(old: str, new: str) -> list[str]:
    old, new = (normalise(t, detect_format(t, "policy.md")) for t in (old, new))
    return [c.reason for c in classify_pair(old, new).changes if c.material]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Your order receipts will be unaffected if you unsubscribe from the newsletter.",
            "If you unsubscribe from the newsletter, this will not affect your order receipts.",
        ),
        (
            "If you do not give us your email address, we cannot send you receipts.",
            "Unless you give us your email address, we cannot send you receipts.",
        ),
    ],
)
def test_a_denial_said_another_way_is_no_change(before, after):
    old, new = POLICY + before + "\n", POLICY + after + "\n"
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Your order receipts will be unaffected if you unsubscribe from the newsletter.",
            "If you unsubscribe from the newsletter, we will also stop sending your order receipts and share your"
            " address with our partners.",
        ),
        (
            "If you do not give us your email address, we cannot send you receipts.",
            "Unless you give us your email address, we will share it with our partners.",
        ),
    ],
)
def test_the_opposite_promise_is_still_a_change(before, after):
    assert _material(POLICY + before + "\n", POLICY + after + "\n")


def test_a_contact_prompt_dropped_with_its_address_is_no_change():
    old = POLICY + (
        "If you have any question about this policy, please contact us at:\n\nQuillfeather Books Ltd  \n"
        "12 Mill Lane, Harrowgate HG1 2AB\n\nOr e-mail at us:  \nhttps://quillfeather.example/contact\n"
    )
    new = POLICY + "If you have any question about this policy, please contact us at:\n"
    assert not _material(old, new)
    assert not _material(new, old)


def test_what_the_reader_gives_said_to_be_published_counts():
    new = POLICY + (
        "If you fill in the readers' directory form, anything you include on it will be published on our site.\n"
    )
    assert _material(POLICY, new)
    assert _material(new, POLICY)
