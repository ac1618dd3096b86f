"""Messages the company sends the reader, in our own words, are no content of the reader's communications: kinds only
the company sends ("transactional account messages", "service emails"), a message the reader receives, the phone
that receives the texts. Messages others send the reader stay the reader's communications. And data shown to other
users is data made visible, so a denial of it dropped is read."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile

MESSAGES = "contacts and messages"


@pytest.mark.parametrize(
    "sentence",
    [
        "Transactional account messages will still reach you.",
        "Service emails about your bookings cannot be switched off.",
        "Reply STOP to any text message you receive to unsubscribe.",
        "Text STOPALL to 46080 from the mobile phone receiving the messages.",
    ],
)
def test_messages_the_company_sends_are_no_communications_content(sentence):
    assert not profile(sentence).concepts[MESSAGES]


@pytest.mark.parametrize(
    "sentence",
    ["We scan the messages you receive from hosts.", "We keep your marketing emails for a year."],
)
def test_the_readers_own_communications_stay_content(sentence):
    assert profile(sentence).concepts[MESSAGES]


POLICY = (
    "# Privacy at Wrenfield Clinics\n\nWe collect your name, phone number and email address when you book.\n\n"
    "## Messages\n\nYou can opt out of marketing emails with the link in each email. Transactional account messages"
    " will be unaffected if you opt out of marketing communications.\n\n## Your profile\n\nIf you signed up with a"
    " phone number, it will not be displayed to other Wrenfield members.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def test_unaffected_said_as_will_not_affect_is_no_change():
    new = POLICY.replace(
        "Transactional account messages will be unaffected if you opt out of marketing communications.",
        "If you opt out of marketing communications, this will not affect the transactional messages we send about"
        " your account.",
    )
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


def test_data_shown_to_other_members_is_read():
    new = POLICY.replace("it will not be displayed to other", "it may be displayed to other")
    assert _material(POLICY, new)


@pytest.mark.parametrize(
    ("sentence", "concept", "present"),
    [
        ("Some of these messages can be stopped in your settings.", MESSAGES, False),
        ("Your messages cannot be deleted.", MESSAGES, True),
        ("Harbourview Group partners with other lenders to offer loans.", "partners", False),
        ("We give our partners with access to the app your user ID.", "partners", True),
        ("Nobody on our staff can open your notes unless you expressly permit it.", "consent", True),
    ],
)
def test_words_read_in_their_sense(sentence, concept, present):
    assert bool(profile(sentence).concepts[concept]) is present


def test_a_purpose_after_a_limit_is_no_limit():
    old = "We limit the use of your notes to make sure that no one at the company can view them."
    new = "We restrict the use of your notes so that nobody at the company is able to view them."
    assert not profile(old).limiters
    assert not _material(POLICY + old + "\n", POLICY + new + "\n")
    assert profile("We limit access to your notes to two engineers.").limiters
