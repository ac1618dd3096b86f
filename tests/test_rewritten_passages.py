"""Passages rewritten in our own words that state the same facts, read as such: a safeguard named in the singular,
a name written in the other number. Each beside a look-alike that changes a practice, which must stay material."""

from __future__ import annotations

from monitor.classify.engine import classify_texts
from monitor.classify.facts import _sentence_facts
from monitor.classify.together import _said_in


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def _concepts(sentence: str) -> set[str]:
    return {f[1] for f in _sentence_facts(sentence)[0] if f[0] == "concept"}


def test_a_security_measure_in_the_singular_is_a_safeguard_not_analytics():
    assert _concepts("No security measure, however, is 100% effective.") == {"security measures"}
    assert _concepts("We apply a technical measure to protect your files.") == {"security measures"}
    assert "analytics" in _concepts("We measure how many people open our newsletter.")


def test_a_name_in_the_other_number_is_said():
    assert _said_in("products", "where a product or service must be paid for")
    assert _said_in("product", "for products and services")
    assert not _said_in("express", "we use expre to ship")  # no plural of a word ending in "ss"
    assert not _said_in("plans", "where a subscription must be paid for")
