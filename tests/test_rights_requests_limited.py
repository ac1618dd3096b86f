"""A limit on who may make requests about their rights, how or how often is a right's condition: "we will only act
on requests made by users with a verified account", "we do not accept requests submitted on your behalf by an
authorised agent", "you may submit such a request no more than once in any 12-month period", and a right granted
"provided that you hold a paid account". A channel offered, or a request of someone else (law enforcement), limits
no right. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts

HEAD = (
    '# Who we are\nLarkspur Cloud Ltd ("we") runs the file-sharing app. We collect your name and email address '
    "when you sign up.\n# Your rights\nYou have the right to ask for a copy of your data and to have it deleted. "
    "To exercise these rights, write to privacy@larkspur.example.\n"
)
TAIL = "\n# Contact\nWrite to our support team by post.\n"


def _added(sentence: str):
    return classify_texts(HEAD + TAIL, HEAD + sentence + "\n" + TAIL)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will only act on requests made by users with a verified account.",
        "We do not accept requests submitted on your behalf by an authorised agent.",
        "You may submit such a request no more than once in any 12-month period.",
    ],
)
def test_a_limit_on_the_readers_requests_is_material(sentence):
    result = _added(sentence)
    assert result.material, _why(result)
    assert any(c.rule == "rights-channel-limited" for c in result.changes), _why(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "You can also submit a request by post to our office.",
        "If you have questions about these rights, use the same address.",
    ],
)
def test_a_channel_offered_limits_no_right(sentence):
    result = _added(sentence)
    assert not result.material, _why(result)


def test_a_right_granted_on_a_condition_is_material():
    old = HEAD + TAIL
    new = old.replace("You have the right to ask", "Provided that you hold a paid account, you have the right to ask")
    result = classify_texts(old, new)
    assert result.material, _why(result)


def test_a_condition_dropped_from_a_practice_is_material_and_the_verb_provide_is_none():
    old = HEAD + "We send the newsletter to your email address, provided you have opted in to it.\n" + TAIL
    new = HEAD + "We send the newsletter to your email address.\n" + TAIL
    assert classify_texts(old, new).material
    old = HEAD + "If you gave us your email address for the newsletter, you can opt out at any time.\n" + TAIL
    new = HEAD + "Where you provided your email address for the newsletter, you can opt out at any time.\n" + TAIL
    result = classify_texts(old, new)
    assert not result.material, _why(result)
