"""Speed work on the sentence readers must not change what they read: each cheap pre-test is a necessary condition of
the costly scan it gates (a text that fails it has no match), and the caches are cleared by the cold benchmark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.classify import evidence as ev
from monitor.classify import furniture
from monitor.classify import lexicon as lx
from monitor.text import sentences

# Sentences written for these tests: look-alikes on both sides of each pre-test.
QUANTITY_TEXTS = [
    "we keep it for 30 days",
    "we keep it for thirty (30) days after you leave",
    "you must be twenty-one years old",
    "children under thirteen may not sign up",
    "someone or older",  # a number word inside a longer word, before "or older"
    "users 18+ or older",
    "a fee of $5 applies",
    "a fee of 5 dollars applies",
    "a single day",
    "between the ages of 13 and 16",
    "up to 100% of the data",
    "we store it on the phone of the user",  # "one" inside a word: no quantity
    "often the content is kept",  # "ten" inside words: no quantity
    "we keep it as long as needed",
    "",
]


@pytest.mark.parametrize("text", QUANTITY_TEXTS)
def test_quantity_hint_is_necessary(text: str) -> None:
    masked = lx.DATE.sub(" ", text)
    if lx.QUANTITY.search(masked):
        assert ev._QUANTITY_HINT.search(masked)
    assert ev._quantities(text) == tuple(_quantities_unfiltered(text))


def _quantities_unfiltered(text: str) -> list[ev.Quantity]:
    """What `_quantities` reads with the pre-test switched off (every text scanned)."""
    saved = ev._QUANTITY_HINT
    try:
        ev._QUANTITY_HINT = re.compile("")  # type: ignore[misc]
        return list(ev._quantities(text))
    finally:
        ev._QUANTITY_HINT = saved  # type: ignore[misc]


MODAL_TEXTS = [
    "we may only share it with your consent",
    "you can ask us to delete it",
    "users may opt out at any time",
    "as permitted by applicable law, we keep it",
    "only the account owner can see it",
    "we will share it with partners",  # no modal at all
    "it is possible that we will sell it",
]


@pytest.mark.parametrize("text", MODAL_TEXTS)
def test_restricted_modal_hint_is_necessary(text: str) -> None:
    low = ev.normal(text)
    if ev._RESTRICTED_MODAL.search(low):
        assert any(w in low for w in ev._MODAL_HINTS)
    p = ev.profile.__wrapped__(text)
    unfiltered = tuple(lx.PERMISSIVE.findall(ev._RESTRICTED_MODAL.sub(lambda m: m.group(1) or " ", p._modal)))
    assert p.permissive == unfiltered


@pytest.mark.parametrize(
    "text",
    ["Data goes to the U.S. and the E.E.A.", "Transfers under the EU-U.S. framework", "Acme Inc. stores it. Then."],
)
def test_dotted_hint_is_necessary(text: str) -> None:
    if ev._DOTTED_COMPOUND.search(text):
        assert ev._DOTTED_HINT.search(text)


@pytest.mark.parametrize(
    "line",
    [
        "Read our [cookie notice](https://example.org) (opens in a new tab).",
        "See the opt-out page External link.",
        "Our partners' sites open IN A NEW WINDOW, link is external",
        "We keep your data for a year.",
    ],
)
def test_link_note_words_are_necessary(line: str) -> None:
    if sentences._LINK_NOTE_HINT.search(line):
        assert sentences._link_note_words(line)


@pytest.mark.parametrize(
    "text",
    [
        "it is not uncommon for us to keep it",
        "it may not be unlawful to share it",
        "it is required to provide the service",
        "as long as it is needed for billing",
        "we do not sell it",
    ],
)
def test_same_meaning_hints_are_necessary(text: str) -> None:
    """A rewrite whose hint the text lacks would not have matched it."""
    for hint, pattern, _ in ev._SAME_MEANING:
        hints = (hint,) if isinstance(hint, str) else hint
        if pattern.search(text):
            assert any(h in text for h in hints), (hint, text)


def test_lazy_profile_fields_read_as_before() -> None:
    p = ev.profile.__wrapped__("We collect and share your email address; see https://example.org/privacy.")
    assert p.verbs == len(lx.PRACTICE_VERB.findall(p.bare)) == 2
    assert p.urls == tuple(lx.URL.findall(p.low))
    assert p.urls


def test_multiset_delta_keeps_order_and_counts() -> None:
    assert ev.multiset_delta(("a", "b", "a", "c"), ("b", "a", "d", "d")) == (["a", "c"], ["d", "d"])
    assert ev.multiset_delta(("x",), ("x",)) == ([], [])
    assert ev.multiset_delta((), ("y", "y")) == ([], ["y", "y"])


def test_boilerplate_cache_is_cleared_by_the_cold_benchmark() -> None:
    bench = (Path(__file__).resolve().parent.parent / "bench" / "classify_bench.py").read_text(encoding="utf-8")
    assert "_furniture._boilerplate.cache_clear()" in bench
    assert furniture._boilerplate.cache_info().maxsize


def test_named_in_still_bounded() -> None:
    from monitor.classify.findings import _named_in

    assert _named_in("acme", "we share it with acme and others")
    assert not _named_in("acme", "we share it with acmeads")  # a substring, not the name
    assert not _named_in("acme", "")


@pytest.mark.parametrize(
    "text",
    [
        "We don't sell_your data (see §4.2)!",
        "Opt-out: e-mail privacy@example.org, 24/7.",
        "Ünïcode café — we’re here",
        "",
        "___",
    ],
)
def test_loose_key_by_table_is_the_regex_key(text: str) -> None:
    expected = sentences._LOOSE_DROP.sub("", sentences.written_out(text)).casefold()
    assert sentences.loose_key.__wrapped__(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You can opt out at any time, and we never share any data.",
        "Whenever you wish, you may delete all of it.",
        "We do not sell any of your information to anyone.",
        "We share it with every partner.",
    ],
)
def test_broadeners_read_once_as_before(text: str) -> None:
    p = ev.profile.__wrapped__(text)
    read = ev._NEGATED_ANY.sub(r"\1", p.bare)
    broadening = ev._ANY_TIME.sub(" ", read)
    assert ev.broadening_text(p) == broadening
    assert p.broadeners == ("anytime",) * len(ev._ANY_TIME.findall(read)) + tuple(lx.BROADENERS.findall(broadening))
