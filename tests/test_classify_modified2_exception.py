"""A negation with an exception rewritten as a practice limited to the exception ("we do not share it other than
with X" -> "we share it only with X"): the same limit; with the material look-alikes (our own sentences)."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

BASE = "# About this notice\nWe collect your name and email address when you register.\n# Sharing\n"


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def test_never_except_rewritten_as_only_is_not_material() -> None:
    result = classify_texts(
        BASE + "We do not share your drawings with anyone other than the printing service you pick.\n",
        BASE + "We share your drawings only with the printing service you pick.\n",
    )
    assert result.changes and not result.material, _why(result)


def test_never_except_as_follows_rewritten_is_not_material() -> None:
    result = classify_texts(
        BASE + "We do not disclose your drawings to outside companies other than as follows:\n- a printing service\n",
        BASE + "We may disclose your drawings to outside companies as follows:\n- a printing service\n",
    )
    assert result.changes and not result.material, _why(result)


def test_negation_dropped_without_a_limit_is_material() -> None:
    result = classify_texts(
        BASE + "We do not share your drawings with anyone other than the printing service you pick.\n",
        BASE + "We share your drawings with the printing service you pick.\n",
    )
    assert result.material, _why(result)


def test_exception_widened_to_a_new_recipient_is_material() -> None:
    result = classify_texts(
        BASE + "We do not share your drawings with anyone other than the printing service you pick.\n",
        BASE + "We share your drawings only with the printing service you pick and with advertisers.\n",
    )
    assert result.material, _why(result)


def test_negation_dropped_beside_a_kept_exception_is_material() -> None:
    result = classify_texts(
        BASE + "Except as listed below, we will not share your drawings with printers unless you agree.\n",
        BASE + "Except as listed below, we share your drawings with printers unless you agree.\n",
    )
    assert result.material, _why(result)
