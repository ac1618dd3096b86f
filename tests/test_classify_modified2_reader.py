"""One sentence rewritten to address the reader as "you" where it named them by a noun ("the consumer's identity" ->
"your identity"): the same term of a concept, not a new practice; with the material look-alike (our own sentences)."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
    "# Requests\n"
)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def test_reader_named_by_a_noun_then_as_you_is_not_material() -> None:
    result = classify_texts(
        BASE + "Before we act, we may need a few more details from the client to verify the client's identity.\n",
        BASE + "Before we act, we may need a few more details from you to verify your identity.\n",
    )
    assert result.changes and not result.material, _why(result)


def test_identity_check_added_for_the_reader_is_material() -> None:
    result = classify_texts(
        BASE + "Before we act, we may need a few more details from the client.\n",
        BASE + "Before we act, we may need a few more details from you to verify your identity.\n",
    )
    assert result.material, _why(result)
