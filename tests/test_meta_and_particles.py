"""Two recall holes closed in session 10, each with its look-alikes.

- A sentence about the document itself ("This policy explains how we collect and use your data") is furniture, but
  not once it names a practice that is material on its own: "... how we collect, use and sell your data".
- A two-word term is no acronym of a short word both sides share: "turn off tracking" -> "turn on tracking" drops the
  way out, although both sides say "go to Settings to ..." (whose "to" spells t-o).
"""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts

HEAD = "# Privacy notice\nWe run a small bakery and this notice covers our shop, our app and our website.\n"
BODY = "\nWe collect your name and delivery address when you order a cake.\n"


def _material(old: str, new: str) -> bool:
    return classify_texts(HEAD + old + BODY, HEAD + new + BODY).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "This notice explains how we collect and use your personal information.",
            "This notice explains how we collect, use and sell your personal information.",
        ),
        (
            "This notice describes how we handle your order details.",
            "This notice describes how we handle your order details and your health records.",
        ),
        ("", "This notice explains that we may sell your personal information to data brokers."),
    ],
)
def test_a_critical_practice_named_by_a_sentence_about_the_notice_is_material(old: str, new: str) -> None:
    assert _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "This notice explains how we collect and use your personal information.",
            "This notice explains how we collect, use and protect your personal information.",
        ),
        ("", "This notice describes how we handle the information you give us."),
        (
            "This notice explains how we collect and use your personal information.",
            "This privacy notice sets out how we collect and use personal information about you.",
        ),
    ],
)
def test_a_sentence_about_the_notice_itself_stays_furniture(old: str, new: str) -> None:
    assert not _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You can go to Settings to turn off tracking.", "You can go to Settings to turn on tracking."),
        ("Go to Settings to turn off tracking.", "Go to Settings to turn on tracking."),
    ],
)
def test_a_way_out_dropped_beside_a_shared_short_word_is_material(old: str, new: str) -> None:
    assert _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # an acronym written for a term the other side names in full is still the same term
        (
            "We record your operating system when you use the app.",
            "We record your OS when you use the app.",
        ),
        (
            "We log your Internet Protocol address when you visit the website.",
            "We log your IP address when you visit the website.",
        ),
    ],
)
def test_an_acronym_for_a_term_is_still_the_same_term(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)
