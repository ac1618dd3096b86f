"""A capture decoded with the wrong character set ("youâ€™re" for "you’re") against one decoded right: the same
words, no change. Text in other languages and scripts is left as written."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.text.mojibake import repaired


@pytest.mark.parametrize(
    ("garbled", "meant"),
    [
        ("while youâ€™re on our site", "while you’re on our site"),
        ("the cafÃ© and its crÃ¨me", "the café and its crème"),
        ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
        ("â€œquotedâ€\x9d", "“quoted”"),
    ],
)
def test_utf8_read_as_windows_1252_is_repaired(garbled, meant):
    assert repaired(garbled) == meant


@pytest.mark.parametrize("text", ["„Fuß“ und Straße", "Ângulo, Ã  la", "naïve façade", "plain text", ""])
def test_text_that_is_no_mojibake_is_left_alone(text):
    assert repaired(text) == text


def test_a_long_text_is_repaired_in_one_pass():
    text = "We collect what youâ€™re typing. " * 20_000
    assert repaired(text) == "We collect what you’re typing. " * 20_000


POLICY = (
    "# Privacy at Oakridge Ceramics\n\nWhile you’re on our site, our web server records which pages you visit and"
    " the address of the site you came from. We don’t sell this information.\n\n## Cookies\n\nWe use a cookie to"
    " remember what’s in your basket.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def test_a_capture_in_the_wrong_character_set_is_no_change():
    garbled = POLICY.replace("’", "â€™")
    assert not _material(POLICY, garbled)
    assert not _material(garbled, POLICY)


def test_a_change_beside_the_wrong_character_set_is_still_read():
    garbled = POLICY.replace("’", "â€™").replace("We donâ€™t sell", "We sell")
    assert _material(POLICY, garbled)


@pytest.mark.parametrize(
    ("escaped", "meant"),
    [
        ("We don&#8217;t sell it", "We don’t sell it"),
        ("Terms &amp;amp; Conditions", "Terms & Conditions"),
        ("we don&amp;#8217;t &rsquo;", "we don’t ’"),
        ("AT&T; R&D; Q&A;", "AT&T; R&D; Q&A;"),
    ],
)
def test_character_references_left_in_the_text_are_read(escaped, meant):
    assert repaired(escaped) == meant


def test_a_page_escaped_twice_is_no_change():
    escaped = POLICY.replace("’", "&#8217;")
    assert not _material(POLICY, escaped)
    assert not _material(escaped, POLICY)
