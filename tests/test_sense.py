"""Classifier: a concept's word read in its second, harmless sense (lexicon.SENSES). Messages and emails the company
sends the reader are no content of the reader's communications, "email" in "by email" or "an email" is no e-mail
address, "bank" in "bank transfer" is no bank as a recipient, "calendar days" count time, and "contacts" before an
object is a verb. Every family comes with look-alikes in the same shape that stay material: the reader's own
messages, emails and contacts read, kept or passed on, and a bank or an employer named as a recipient. The
sentences are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile

LINES = [
    "# How we handle your data",
    "We ask for your name, home address and phone number when you book a stay.",
    "We send you service emails about your booking.",
    "You can reach our help desk by phone.",
    "Payouts to hosts go to the account they choose.",
    "We share your booking details with the host and with our payment processor.",
    "We do not sell your personal information.",
    "We keep booking records for six years.",
    "# Your rights",
    "We answer requests within thirty days.",
    "# Contact",
    "Write to privacy@example.org.",
]
POLICY = "\n".join(LINES)


def _replaced(old: str, new: str) -> str:
    assert old in POLICY, old
    return POLICY.replace(old, new)


def _added(sentence: str, at: int = 6) -> str:
    return "\n".join([*LINES[:at], sentence, *LINES[at:]])


# ---- the word in its other sense: no change of practice, read both ways


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # messages the company sends the reader: the reader is the recipient, or the company the sender
        ("We send you service emails about your booking.", "We send you service messages about your booking."),
        ("We send you service emails about your booking.", "We message you about changes to your booking."),
        ("We send you service emails about your booking.", "You will receive booking messages from us."),
        ("We send you service emails about your booking.", "We send booking messages to you before you travel."),
        ("We send you service emails about your booking.", "Messages we send about your booking come from our team."),
        ("We send you service emails about your booking.", "We also send you reminders and text messages."),
        # a channel or one message, not an address
        ("You can reach our help desk by phone.", "You can reach our help desk by phone, email or live chat."),
        ("You can reach our help desk by phone.", "You can email our help desk."),
        ("You can reach our help desk by phone.", "You can send our help desk an email."),
        ("We send you service emails about your booking.", "We send you booking updates by email."),
        ("We send you service emails about your booking.", "Each email we send about your booking has a link."),
        # a party word that modifies another noun
        ("Payouts to hosts go to the account they choose.", "Payouts to hosts go by bank transfer to the account."),
        (
            "Payouts to hosts go to the account they choose.",
            "Payouts to hosts go to the account they choose, except on bank holidays.",
        ),
        # a unit of time
        ("We answer requests within thirty days.", "We answer requests within thirty calendar days."),
        # a verb
        ("You can reach our help desk by phone.", "Our help desk contacts you by phone if you ask it to."),
    ],
)
def test_other_sense_is_no_change_of_practice(old: str, new: str) -> None:
    changed = _replaced(old, new)
    assert not classify_texts(POLICY, changed).material, new
    assert not classify_texts(changed, POLICY).material, new


@pytest.mark.parametrize(
    "sentence",
    [
        "You can opt out of receiving marketing messages from us at any time.",
        "We may still send you administrative messages about the service.",
        "Users can unsubscribe from our emails.",
        "Reach us by text message.",
        "Each email has a link at its foot.",
        "Please email us with any question.",
        "Requests are answered within forty-five calendar days.",
        "You may pay by bank transfer.",
        "Your device contacts our servers to look for updates.",
        "Some messages Acme sends you carry a small image.",
    ],
)
def test_other_sense_names_no_concept(sentence: str) -> None:
    concepts = profile(sentence).concepts
    assert not {"contacts and messages", "email address", "insurers and employers"} & set(concepts), concepts


# ---- look-alikes: the reader's own messages, emails and contacts, and a bank or an employer as a recipient


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We send you service emails about your booking.", "We read the messages you write in the app."),
        ("We send you service emails about your booking.", "We send your emails to advertisers."),
        ("We send you service emails about your booking.", "We scan your messages to show you offers."),
        ("We send you service emails about your booking.", "We scan the messages you receive from hosts."),
        ("We send you service emails about your booking.", "Other guests can send you messages, which we store."),
        (
            "We share your booking details with the host and with our payment processor.",
            "We share your booking details and the messages you write with the host and with our payment processor.",
        ),
        (
            "We ask for your name, home address and phone number when you book a stay.",
            "We ask for your name, home address, phone number and contacts when you book a stay.",
        ),
        (
            "We ask for your name, home address and phone number when you book a stay.",
            "We ask for your name, home address, phone number and email when you book a stay.",
        ),
        (
            "We share your booking details with the host and with our payment processor.",
            "We share your booking details with the host, with our payment processor and with your bank.",
        ),
        (
            "We share your booking details with the host and with our payment processor.",
            "We share your booking details with the host, with our payment processor and with your employer.",
        ),
    ],
)
def test_look_alike_stays_material(old: str, new: str) -> None:
    assert classify_texts(POLICY, _replaced(old, new)).material, new


@pytest.mark.parametrize(
    "sentence",
    [
        "We read the content of your messages.",
        "We collect your emails and contacts.",
        "We upload your address book to find friends who stay with us.",
        "We share messages you send with partners.",
        "We now send your emails to advertisers.",
        "The app copies your contacts to our servers.",
        "Banks receive your booking history.",
    ],
)
def test_added_look_alike_stays_material(sentence: str) -> None:
    assert classify_texts(POLICY, _added(sentence)).material, sentence


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("We keep the messages members exchange for a year.", "contacts and messages"),
        ("We store emails sent between guests and hosts.", "contacts and messages"),
        ("Other users can send you messages.", "contacts and messages"),  # another sender: their content
        ("We collect your name and email.", "email address"),
        ("We use the email you gave us to sign you in.", "email address"),
        ("The bank receives your card details.", "insurers and employers"),
        ("We may share your claim with your insurer or your employer.", "insurers and employers"),
        ("We sync your calendar events.", "contacts and messages"),
        ("We import your contacts.", "contacts and messages"),
        ("We store the messages your friends send you.", "contacts and messages"),
        ("The bank the card came from sees each charge.", "insurers and employers"),
        ("We analyse your bank transactions to offer cashback.", "financial account data"),
    ],
)
def test_concept_sense_kept(sentence: str, concept: str) -> None:
    assert concept in profile(sentence).concepts, sentence


# ---- the mechanism


def test_sense_pattern_answers_as_its_regex_for_the_matches_kept() -> None:
    pattern = lx.CONCEPTS_BY_NAME["contacts and messages"].pattern
    assert isinstance(pattern, lx.SensePattern)
    text = "we send you messages and keep the messages you write"
    assert pattern.findall(text) == ["messages"]
    first = pattern.search(text)
    assert first is not None and first.start() == text.rindex("messages")
    assert pattern.sub("X", text) == "we send you messages and keep the X you write"
    assert pattern.match("messages you write") is not None
    assert pattern.match("messages from us") is None


def test_unknown_sense_is_a_vocabulary_error(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = {"name": "x", "category": "other", "patterns": ["x"], "examples": ["x"], "senses": ["no such sense"]}
    monkeypatch.setattr(vocabulary, "load", lambda name: {"concept": [entry]})
    with pytest.raises(vocabulary.VocabularyError, match="unknown sense"):
        lx._load_concepts()
