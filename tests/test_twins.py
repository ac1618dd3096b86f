"""Readings that were written twice now read from one place: the same sentence gets the same answer from each."""

from __future__ import annotations

import pytest

from monitor.classify import lexicon as lx
from monitor.classify.evidence import normal, profile
from monitor.classify.furniture import _boilerplate
from monitor.classify.modified import _disclaims_security
from monitor.classify.statement import _caveat_in_general


@pytest.mark.parametrize(
    "sentence",
    [
        "No way of sending data over a network is completely secure.",
        "However, no form of storage will ever be perfectly safe.",
        "No mode of transmission is invulnerable.",
    ],
)
def test_security_disclaimer_read_alike_by_both_rules(sentence: str) -> None:
    p = profile(sentence)
    assert lx.SECURITY_DISCLAIMER.search(p.low)
    assert _disclaims_security(p)  # rule security-disclaimer (a modified sentence)
    assert _caveat_in_general(p)  # rule general-explanation (a sentence added or removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "We encrypt your data, but no system is completely secure.",  # a safeguard named: material
        "No personal data is sold to advertisers.",  # a denial, not a disclaimer
        "We keep your payment details secure with encryption.",
    ],
)
def test_security_look_alikes_stay_statements(sentence: str) -> None:
    p = profile(sentence)
    assert not (_disclaims_security(p) and _caveat_in_general(p))
    assert not _caveat_in_general(p)


def test_pointer_readings_in_one_place() -> None:
    # the 'for more information ..., see our ...' lead names what to read about, its verbs included
    low = normal("For more information about cookies and how to limit them, please see our Cookie Notice.")
    assert _boilerplate(low) == "a pointer to more information elsewhere"
    # a pointer that carries a practice after its lead is no furniture
    low = normal("For more information, see our notice, where we share your data with brokers.")
    assert _boilerplate(low) is None
