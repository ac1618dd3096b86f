"""The classifier's vocabulary files: they load, ship with the package, and their examples hold."""

from __future__ import annotations

import pytest

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.evidence import profile

NEGATION = vocabulary.load("negation")


@pytest.mark.parametrize("example", NEGATION["examples"], ids=lambda e: e["text"][:40])
def test_negation_examples(example):
    """Read as the engine reads a denial: named signals, counts and bounds first taken out."""
    low = profile(example["text"]).low
    assert bool(lx.NEGATION.search(lx.NOT_NEGATING.sub(" ", low))) == example["negated"], example["text"]


def test_every_denial_word_is_read_as_one():
    for word in NEGATION["denials"]["words"] + NEGATION["denials"]["phrases"]:
        assert profile(f"We {word} share your data.").negations, word
    assert set(NEGATION["other_languages"]["denials"]) <= lx.DENIAL_WORDS
