"""Contractions are a house style, not a change: "is not" / "isn't", "cannot" / "can't", "we are" / "we're".

A policy re-edited in a friendlier tone writes its negations and auxiliaries short; a sentence that changes only
that way is no edit, and one edited otherwise too is judged on what else changed (a negation written short is still
the same negation).
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Your information
We collect your name and e-mail address when you sign up, but the data we hold is not limited to these.
We cannot guarantee that data sent over the internet is secure.
We are required to keep invoices for the period the tax law sets.
If you do not want analytics cookies, you can turn them off in your settings.
We will not sell your personal data."""


@pytest.mark.parametrize(
    ("formal", "casual"),
    [
        ("is not limited to these", "isn't limited to these"),
        ("We cannot guarantee", "We can\u2019t guarantee"),
        ("We are required", "We're required"),
        ("If you do not want", "If you don't want"),
        ("We will not sell", "We won't sell"),
    ],
)
def test_a_contraction_alone_or_beside_a_small_edit_is_no_change(formal, casual):
    assert formal in POLICY
    assert not classify_texts(POLICY, POLICY.replace(formal, casual)).material
    # with a rewording of no consequence in the same sentence, the contraction still reads as what it stands for
    edited = (
        POLICY.replace(formal, casual)
        .replace("when you sign up", "when you register")
        .replace("that data sent", "that the data sent")
        .replace("for the period", "for the time")
        .replace("in your settings", "in the settings")
        .replace("sell your personal data", "sell your personal data to anyone")
    )
    result = classify_texts(POLICY, edited)
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_a_negation_dropped_is_still_a_change_when_the_rest_is_written_short():
    edited = POLICY.replace("We will not sell", "We'll sell")
    assert classify_texts(POLICY, edited).material
