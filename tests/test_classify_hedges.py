"""A promise turned into an effort or a tendency ("we ensure" -> "we endeavour to ensure") is material; the same
tendency said in other words ("in some circumstances" -> "sometimes") is not. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.in_a_policy import SIGN_IN_PAIR, neither_way, stays_material

PAIR = SIGN_IN_PAIR


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We ensure that standard contractual clauses are in place before we transfer data abroad.",
            "We endeavour to ensure that standard contractual clauses are in place before we transfer data abroad.",
        ),
        (
            "We will make sure that our processors sign a data processing agreement.",
            "We will try to make sure that our processors sign a data processing agreement.",
        ),
    ],
)
def test_a_promise_made_an_effort_is_material_both_ways(old: str, new: str) -> None:
    stays_material(PAIR, old, new)
    stays_material(PAIR, new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("In some circumstances we may keep your invoices longer.", "Sometimes we may keep your invoices longer."),
        ("In most cases we answer within a week.", "We usually answer within a week."),
        (
            "At times we may ask you to confirm your email address.",
            "Occasionally we may ask you to confirm your email address.",
        ),
    ],
)
def test_one_tendency_in_other_words_is_no_change(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


@pytest.mark.parametrize(
    ("old", "new", "material"),
    [
        (
            "If there is a breach that should endanger your data, we will inform you.",
            "If there is a breach that could endanger your data, we will inform you.",
            False,
        ),
        (
            "We will tell you about changes that affect you.",
            "We will tell you about changes that may affect you.",
            False,
        ),
        # what the company does stays read: a promise made a permission
        (
            "We will notify you of any breach that affects you.",
            "We may notify you of any breach that affects you.",
            True,
        ),
    ],
)
def test_a_modal_of_what_an_event_may_bring_about_is_no_permission(old: str, new: str, material: bool) -> None:
    """ "a breach that could endanger your data" says what a breach may do, not what the company may do."""
    assert PAIR(old, new).material is material


def test_an_effort_is_the_same_effort_whoever_makes_it() -> None:
    """ "we aim to" and "Acme aims to" are one hedge: the company named in the third person qualifies nothing more."""
    neither_way(
        PAIR, "We aim to answer every request within a week.", "Acme aims to answer every request within a week."
    )
    neither_way(
        PAIR, "We endeavour to ensure your data is accurate.", "Acme endeavours to ensure your data is accurate."
    )
