"""Widgets of a small site whose words are data words, in our own words: a shop's product grid ("Baby Monitor -
$49.99"), a blog's tag cloud whose links the capture set side by side ("children health kids location money"), an
age gate ("You must be 21 or older to enter this site." over its answers "I am 21 or older" and "Exit").
Neither states a practice; the same words presented by the policy as data it handles still count. And offers sent
to the reader are marketing, however the sentence says so."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Fernhill Outfitters\nWe collect your name and email address when you place an order. We do not"
    " sell them.\n# Changes\nIf we change this policy, we will post the new version on this page.\n"
)


def _why(old: str, new: str) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    "widget",
    [
        "# Best Sellers\nBaby Monitor – $49.99\nAdd to cart\nFitness Tracker with Heart Rate - $79.00\nAdd to cart",
        "# Popular this week\nPregnancy Test Kit (2 pack) - 12,99 €\nFamily Photo Album – £24",
        "# Tags\nchildren health kids location money",
        "# Browse\nKids Health Travel Finance Recipes Gardening",
        # an age gate: its question and its two answers
        "You must be 21 or older to enter this site.\nI am 21 or older\nExit",
        "You must be 18 or over to visit this store.\nEnter\nLeave",
    ],
)
def test_a_widget_of_data_words_is_no_change(widget):
    new = POLICY + widget + "\n"
    assert not _why(POLICY, new)
    assert not _why(new, POLICY)


def test_one_widget_replaced_by_another_is_no_change():
    old = POLICY + "# Log in\nUsername\nPassword\nLog In\n"
    new = POLICY + "# Tags\nchildren health kids location money\n"
    assert not _why(old, new)
    assert not _why(new, old)


@pytest.mark.parametrize(
    "practice",
    [
        # the same words presented as data the policy handles
        "# Information we collect\nWe also collect:\nhealth records precise location fitness tracker readings",
        "We collect the following details:\nchildren's ages health conditions home location",
        # an age limit the policy states, with no answer to a gate beside it
        "You must be 16 or older to create an account.",
        # a price that is a fee for a request
        "We charge $5 for each copy of your data you request.",
    ],
)
def test_the_policy_presenting_the_same_words_still_counts(practice):
    assert _why(POLICY, POLICY + practice + "\n")


@pytest.mark.parametrize(
    "offers",
    [
        "Your information also allows us to send you offers by email.",
        "We may email you discounts and promotions.",
        "We use your address to send you special deals.",
    ],
)
def test_offers_sent_to_the_reader_are_marketing(offers):
    found = classify_texts(POLICY, POLICY + offers + "\n")
    assert found.material
    assert any("data_use" in c.categories for c in found.changes if c.material)


@pytest.mark.parametrize(
    "label",
    [
        "[Watch on YouTube](https://video.example/watch?v=1)\nYouTube video player",
        "Live chat by Zendesk",
        "# Newsletter\nRead our latest newsletter",
        "Questions? Email privacy [at] fernhill [dot] example",
    ],
)
def test_a_label_line_nothing_presents_as_data_is_no_change(label):
    """A widget's title or link, a player's caption, an address spelled out against spam robots."""
    new = POLICY + label + "\n"
    assert not _why(POLICY, new)
    assert not _why(new, POLICY)


@pytest.mark.parametrize(
    "listed",
    [
        "# Information we collect\nPrecise location\nHealth records",
        "We also collect the following information.\nPrecise location\nHealth records",
        "We also collect:\nVideo recordings of your calls",
        "- Video recordings of your calls",
    ],
)
def test_labels_presented_as_data_still_count(listed):
    assert _why(POLICY, POLICY + listed + "\n")
