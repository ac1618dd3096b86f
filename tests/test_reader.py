"""The reader addressed as "you" in one version and named in the third person in the other ("the user", "users",
"the data subject", "their") reads as the same facts; who the practice concerns, who holds a right, and any other
edit beside the naming stay changes (monitor/classify/reader.py, vocabulary/reader.toml)."""

from __future__ import annotations

import pytest

from monitor.classify import modified, renames, vocabulary
from monitor.classify.engine import classify_texts
from monitor.classify.modified import _judge_modified
from monitor.classify.reader import as_reader
from monitor.domain.values import Change, ChangeKind

READER = vocabulary.load("reader")

_POLICY = (
    "# Privacy notice at the Harbour Lane bookshop\n"
    "We run a loyalty card for our bookshop and its online catalogue.\n"
    "We collect the email address and postal address given when the loyalty card is opened.\n"
    "Card holders earn one stamp for every book bought in the shop.\n"
    "We keep sales records for seven years because tax law requires it."
)


def _material(before: str, after: str) -> bool:
    return classify_texts(f"{_POLICY}\n{before}\n", f"{_POLICY}\n{after}\n").material


@pytest.mark.parametrize("example", READER["examples"], ids=lambda e: e["named"][:40])
def test_vocabulary_examples_are_read_in_the_second_person(example):
    assert as_reader(example["addressed"], example["named"]) == (example["addressed"], example["read"])
    assert as_reader(example["named"], example["addressed"]) == (example["read"], example["addressed"])


@pytest.mark.parametrize("example", READER["not_examples"], ids=lambda e: e["named"][:40])
def test_vocabulary_not_examples_keep_their_name(example):
    assert example["kept"] in as_reader(example["addressed"], example["named"])[1]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "You may ask us to erase your loyalty card data.",
            "The user may ask us to erase the user's loyalty card data.",
        ),
        (
            "If you withdraw your consent, we stop sending you the monthly newsletter.",
            "If a customer withdraws their consent, we stop sending them the monthly newsletter.",
        ),
        (
            "You have the right to object to the use of your postal address for mailings.",
            "The data subject has the right to object to the use of his or her postal address for mailings.",
        ),
        (
            "We will tell you by email before we change this notice.",
            "We will tell members by email before we change this notice.",
        ),
        (
            "We keep your stamps until you close your loyalty card.",
            "We keep each member's stamps until the member closes the member's loyalty card.",
        ),
        (
            "If you block, clear or refuse cookies, the catalogue may forget your basket.",
            "If the visitor blocks, clears or refuses cookies, the catalogue may forget the visitor's basket.",
        ),
        (
            "Wherever you live, you can ask us which data we hold about you.",
            "Wherever users live, users can ask us which data we hold about them.",
        ),
        (
            "You aren't required to give us your phone number.",
            "The user isn't required to give us the user's phone number.",
        ),
    ],
)
def test_the_reader_named_in_the_third_person_is_no_change(before, after):
    assert not _material(before, after)
    assert not _material(after, before)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # who the practice concerns
        (
            "We share your postal address with our delivery courier.",
            "We share your children's postal address with our delivery courier.",
        ),
        ("You can ask us to erase your loyalty card data.", "We can erase the user's loyalty card data."),
        ("You can ask us for a copy of your data.", "Third parties can ask us for a copy of the user's data."),
        # a narrower group than the reader
        (
            "You can switch off the purchase history.",
            "Registered users in Scotland can switch off the purchase history.",
        ),
        # an edit beside the naming: verb, negation, data type, purpose, period
        ("You can ask us to erase your data.", "The user can ask us to sell the user's data."),
        ("We do not sell your email address.", "We sell the user's email address."),
        ("We collect your email address at the till.", "We collect the customer's phone number at the till."),
        (
            "We use your email address to send you receipts.",
            "We use the member's email address to send the member advertising from partners.",
        ),
        ("We keep your purchase history for two years.", "We keep the user's purchase history for ten years."),
        ("You can object at any time.", "The user can object only before the card is opened."),
    ],
)
def test_a_change_beside_or_of_the_reader_stays_material(before, after):
    assert _material(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # who holds the right
        (
            "You have the right to see the data we hold about you.",
            "The card issuer's bank has the right to see the data we hold about the user.",
        ),
        # to whom the data is shown
        ("Your reading list is visible only to you.", "A member's reading list is visible to other members."),
    ],
)
def test_another_party_in_the_readers_place_is_a_change(before, after):
    """Judged as one modified sentence (the region stage reads facts, and no fact says who holds a right)."""
    judged = _judge_modified(Change(ChangeKind.MODIFIED, before, after))
    assert judged.verdict.material, judged.verdict.reason
    assert "another party in the reader's place" in judged.verdict.reason


@pytest.mark.parametrize(
    "said",
    [
        "The user can ask us to share the user's data with a publisher.",
        "We sell users' email addresses to advertisers.",
        "Members may export their reading lists at any time.",
    ],
)
def test_added_and_removed_statements_are_judged_as_before(said, monkeypatch):
    """Only a modified sentence is read with the reader alike: an added or removed one is judged as written."""
    now = [classify_texts(_POLICY, f"{_POLICY}\n{said}\n"), classify_texts(f"{_POLICY}\n{said}\n", _POLICY)]
    monkeypatch.setattr(modified, "as_reader", lambda before, after: (before, after))
    monkeypatch.setattr(renames, "as_reader", lambda before, after: (before, after))
    assert now == [classify_texts(_POLICY, f"{_POLICY}\n{said}\n"), classify_texts(f"{_POLICY}\n{said}\n", _POLICY)]


def test_a_defined_term_naming_the_reader_is_read_with_the_rest_of_its_sentence():
    """'("your details")' -> '("the user's details")' is no defined term renamed: undoing it would leave "your"
    in a sentence that names "the user", which then reads as two people."""
    before = 'Your name and email ("your details") are kept while you hold a card. We erase your details after that.'
    after = (
        "The user's name and email (\"the user's details\") are kept while the user holds a card. "
        "We erase the user's details after that."
    )
    assert not _material(before, after)


def test_a_sentence_that_says_you_itself_keeps_the_user_as_another_person():
    before = "You can see the reviews you post."
    after = "You can see the reviews the user posts."
    assert as_reader(before, after) == (before, after)
