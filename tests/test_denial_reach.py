"""Which terms a denial reaches: "no X or Y" is not "no X, but Y may be"; a coordinated subject is one subject; the
company reading what it said it could not read; a stop glued to the next sentence by a capture. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed, neither_way, stays_material

from monitor.text.sentences import split_sentences

HEAD = (
    '# About us\nBrightKite Learning ("we") runs a reading app for schools. We collect the name and class of each '
    "pupil from the school.\n# Advertising and your files\nWe use device identifiers to show contextual advertising. "
)

_pair = framed(HEAD)

DENIAL = "The app does not allow interest-based advertising or remarketing."


def test_a_denial_reworded_with_a_coordinated_subject_is_not_material():
    neither_way(_pair, DENIAL, "Interest-based advertising and remarketing are not allowed in the app.")


def test_a_term_set_against_the_denial_is_material():
    stays_material(_pair, DENIAL, "Interest-based advertising is not allowed in the app, but remarketing may be used.")


def test_a_term_dropped_from_a_denial_is_material():
    stays_material(_pair, DENIAL, "Interest-based advertising is not allowed in the app.")


def test_the_denial_widened_over_a_term_once_allowed_is_material():
    stays_material(_pair, "Interest-based advertising is not allowed in the app, but remarketing may be used.", DENIAL)


FILES = "Your files are encrypted with keys that only you hold, and we are unable to read them."


def test_the_company_able_to_read_what_it_could_not_is_material():
    stays_material(
        _pair,
        FILES,
        "Your files are encrypted with keys that only you hold; however, we keep a recovery copy of those keys and are"
        " therefore able to read them.",
    )


def test_the_company_unable_to_read_reworded_is_not_material():
    neither_way(_pair, FILES, "Your files are encrypted with keys that only you hold, so we cannot read them.")


@pytest.mark.parametrize(
    ("block", "sentences"),
    [
        ("We show contextual ads only.The app shows no other ads.", 2),
        ("Visit www.Example.Com for details. Thanks.", 2),
        ("Write to help@acme.Org, Thanks.", 1),
        ("See the U.S.Department of Commerce list.", 1),
    ],
)
def test_a_glued_stop_ends_a_sentence_but_not_an_address(block, sentences):
    assert len(split_sentences(block)) == sentences, split_sentences(block)


def test_a_glued_stop_split_makes_the_spacing_no_change():
    neither_way(
        _pair,
        "We show contextual ads only.The app shows no other ads.",
        "We show contextual ads only. The app shows no other ads.",
    )
