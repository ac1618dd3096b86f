"""Changes that narrow a promise or widen what recipients may do, said inside a reworded passage, in our own words: a
part of the scope excluded by "but not" ("in transit and at rest" -> "in transit, but not at rest"), recipients let
to improve their own products, a change of the policy applied retroactively. The same passage reworded without them is
no change."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

HEAD = "# Privacy at Ashgrove Maps\n\nWe collect your email address and the places you save.\n\n"
SECURITY = (
    "Ashgrove takes reasonable steps to protect the information you share with us from unauthorised use, access and"
    " disclosure, both during transmission and at rest. No transmission over the Internet can be entirely secure,"
    " so we cannot guarantee absolute security.\n"
)
VENDORS = (
    "Our vendors can access personal data subject to contractual requirements that prohibit them from using it for"
    " any purpose other than providing services to Ashgrove.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            SECURITY,
            "Ashgrove uses reasonable measures to safeguard the information you share with us against unauthorised"
            " use, access and disclosure while it is in transit, but not once it is at rest. Because nothing sent over"
            " the Internet can be completely secure, we are unable to guarantee absolute security.\n",
        ),
        (
            VENDORS,
            "Access by our vendors to personal data is subject to contractual requirements. Those requirements"
            " prohibit them from using it for any purpose other than providing services to Ashgrove or improving"
            " their own products and services.\n",
        ),
    ],
)
def test_a_narrowed_promise_in_a_reworded_passage_is_material(old, new):
    assert _material(HEAD + old, HEAD + new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            SECURITY,
            "Ashgrove uses reasonable measures to safeguard the information you share with us against unauthorised"
            " use, access and disclosure, both in transit and at rest. Because nothing sent over the Internet can be"
            " completely secure, we are unable to guarantee absolute security.\n",
        ),
        (
            VENDORS,
            "Access by our vendors to personal data is subject to contractual requirements. Those requirements"
            " prohibit them from using it for any purpose other than providing services to Ashgrove.\n",
        ),
    ],
)
def test_the_same_passage_reworded_is_no_change(old, new):
    assert not _material(HEAD + old, HEAD + new)
    assert not _material(HEAD + new, HEAD + old)


def test_a_change_applied_to_data_collected_before_it_is_material():
    notice = "We may amend this policy from time to time. The amended policy applies when you next use the app.\n"
    retro = (
        "We may amend this policy from time to time. The amended policy applies when you next use the app, and it"
        " also applies retroactively to the data we collected before the change.\n"
    )
    reworded = (
        "From time to time we may amend this policy; the amended version applies the next time you use the app.\n"
    )
    assert _material(HEAD + notice, HEAD + retro)
    assert not _material(HEAD + notice, HEAD + reworded)
