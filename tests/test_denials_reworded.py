"""A denial reworded keeps what it denies; a denial lifted from a verb is material; "aggregate" as a verb limits
nothing. Our own sentences.

- the act denied as the sentence's subject: "selling your data is not something we do";
- the verb out of the few words a denial reaches: "the app is not meant to be used by anyone under 16".
"""

from __future__ import annotations

import pytest
from in_a_policy import framed, neither_way, stays_material

from monitor.classify.evidence import profile

HEAD = (
    '# Who we are\nPebble Route Ltd ("we") makes a cycling app. We collect your name and email address when you '
    "sign up.\n# Details\n"
)

_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "We are not in the business of selling or renting your location history.",
            "Selling or renting your location history is not part of our business.",
        ),
        (
            "The app is not intended for use by anyone under 16.",
            "The app is not meant to be used by anyone under 16.",
        ),
    ],
)
def test_a_denial_reworded_around_its_verb_is_not_material(before, after):
    neither_way(_pair, before, after)


@pytest.mark.parametrize(
    "after",
    [
        "We share but do not sell your location history.",
        "If you do not opt out, we share your location history with advertisers.",
        "We share your location history with partners who do not show ads.",
    ],
)
def test_a_denial_lifted_from_a_verb_stays_material(after):
    stays_material(_pair, "We do not share or sell your location history.", after)


def test_a_denial_no_longer_reaching_its_verb_in_a_longer_clause_stays_material():
    stays_material(
        _pair,
        "We will not, in any case, share your location history.",
        "In any case, we will share your location history.",
    )


def test_aggregate_as_a_verb_of_handling_is_no_limit():
    before = "When you visit the shop we may track, collect, and aggregate information about the pages you view."
    after = "When you visit the shop we may track, gather, and compile information about the pages you view."
    neither_way(_pair, before, after)


def test_aggregate_data_as_a_limit_dropped_stays_material():
    stays_material(
        _pair,
        "We share aggregate information about the pages you view with our partners.",
        "We share information about the pages you view with our partners.",
    )


def test_neither_nor_any_and_unable_to_with_an_adverb_deny_as_no_nor_and_cannot():
    before = (
        "However, no transfer over the internet nor storage system can be fully secure, so we cannot guarantee "
        "absolute security."
    )
    after = (
        "Bear in mind that neither a transfer over the internet nor any storage system can be fully secure, and we "
        "are therefore unable to guarantee absolute security."
    )
    neither_way(_pair, before, after)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please contact us without undue delay if your account is compromised.",
        "We honour Do Not Track signals sent by your browser.",
        'We honour "do no track" signals sent by your browser.',
    ],
)
def test_words_that_deny_nothing_are_no_denial(sentence):
    assert profile(sentence).negations == ()


def test_a_denial_beside_a_named_signal_is_still_read():
    assert profile("We do not respond to Do Not Track signals.").negations == ("not",)
