"""A bound on how long data is kept, said in other words, is the same bound; another bound is not. Our own
sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nOrchard Ledger Ltd ("we") keeps the books of small farms. We collect your name and email address '
    "when you sign up.\n# How long we keep it\n"
)

_pair = framed(HEAD)

BEFORE = "While you remain a customer, we will retain your ledgers so that we can keep serving you."


def test_the_readers_standing_as_a_bound_in_other_words_is_not_material():
    after = "For as long as you continue to be a customer, we will keep your ledgers so that we can keep serving you."
    for b, a in ((BEFORE, after), (after, BEFORE)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    "after",
    [
        "We will retain your ledgers so that we can keep serving you.",
        "While you remain a customer, and for five years after, we will retain your ledgers so that we can keep "
        "serving you.",
    ],
)
def test_a_bound_dropped_or_extended_stays_material(after):
    result = _pair(BEFORE, after)
    assert result.material, _why(result)
