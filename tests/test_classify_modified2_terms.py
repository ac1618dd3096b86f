"""One sentence whose terms are written another way: a choice in the passive ("can be opted out") or the active
("you can opt out"), an acronym in another language's word order; with the material look-alikes (our own
sentences)."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
    "# Details\n"
)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def test_passive_opt_out_made_active_is_not_material() -> None:
    result = classify_texts(
        BASE + "The weekly reminder is linked to no other data and can be opted out in the settings.\n",
        BASE + "The weekly reminder is linked to no other data and you can opt out in settings.\n",
    )
    assert result.changes and not result.material, _why(result)


def test_opt_out_added_is_material() -> None:
    result = classify_texts(
        BASE + "The weekly reminder is linked to no other data.\n",
        BASE + "The weekly reminder is linked to no other data and you can opt out in settings.\n",
    )
    assert result.material, _why(result)


def test_acronym_in_another_word_order_is_not_material() -> None:
    result = classify_texts(
        BASE + "Voice prints are sensitive data in the sense of the RGPD.\n",
        BASE + "Voice prints are sensitive data in the sense of the GDPR.\n",
    )
    assert result.changes and not result.material, _why(result)


def test_another_party_with_the_same_letters_is_read() -> None:
    result = classify_texts(
        BASE + "We share your crash reports with ABC.\n",
        BASE + "We share your crash reports with CAB.\n",
    )
    assert result.material, _why(result)


def test_named_tool_without_its_kind_is_not_material() -> None:
    result = classify_texts(
        BASE + "# Tools on this site\nQuorvio cookies help us count the visits to each page.\n",
        BASE + "# Tools on this site\nQuorvio - Helps us count the visits to each page.\n",
    )
    assert result.changes and not result.material, _why(result)


def test_cookies_dropped_after_no_name_are_read() -> None:
    result = classify_texts(
        BASE + "# Tools on this site\nOur cookies and a counter help us count the visits to each page.\n",
        BASE + "# Tools on this site\nOur counter helps us count the visits to each page.\n",
    )
    assert result.material, _why(result)
