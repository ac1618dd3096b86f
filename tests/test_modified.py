"""Modified sentences that reword a practice without changing it (masked findings of the study pairs, written anew
in our own words), with the material look-alikes dressed the same way that must stay material."""

from __future__ import annotations

import pytest

from monitor.classify import kinds
from monitor.classify.engine import classify_texts
from monitor.classify.modified import _judge_modified
from monitor.domain.values import Change, ChangeKind

BASE = (
    "# About this notice\n"
    "This notice explains what a small bicycle-rental service does with what it learns about you.\n"
    "We collect your name, your email address and the trips you take.\n"
    "# Your choices\n"
    "You can ask us to erase your account at any time.\n"
)


def _whole(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


def _sentence(before: str, after: str):
    return _judge_modified(Change(ChangeKind.MODIFIED, before, after)).verdict


def _assert_same(before: str, after: str) -> None:
    for old, new in ((before, after), (after, before)):
        verdict = _sentence(old, new)
        assert not verdict.material, verdict.reason
        assert not _whole(old, new).material, (old, new)


def _assert_material(before: str, after: str) -> None:
    verdict = _sentence(before, after)
    assert verdict.material, verdict.reason
    assert _whole(before, after).material


# ------------------------------------------------------------------ where data comes from, renamed
SOURCES_RENAMED = [
    (
        "We also receive details about you from third-party services, such as the bank that handles your deposit.",
        "We also receive details about you from service providers, such as the bank that handles your deposit.",
    ),
    (
        "We obtain the following details about you from these third-party services:",
        "We obtain the following details about you from these parties:",
    ),
    (
        "Third-party services provide us with the details we need to check your deposit.",
        "Service providers and other parties provide us with the details we need to check your deposit.",
    ),
    (
        "Our partners may share trip data with us when you ride with them.",
        "Our vendors may share trip data with us when you ride with them.",
    ),
]

#: one kind of source dropped from a list (read one way: the other way names one more kind of source)
SOURCES_DROPPED = [
    (
        "We may get trip data from our affiliates, partners or others who help us run the fleet.",
        "We may get trip data from our partners or others who help us run the fleet.",
    ),
]

SOURCES_LOOK_ALIKES = [
    # a recipient, not a source
    (
        "We share your trips with service providers who maintain the bicycles.",
        "We share your trips with third parties who maintain the bicycles.",
    ),
    # one more kind of source: more is gathered about the reader
    (
        "We receive details about you from our partners.",
        "We receive details about you from our partners and from advertisers.",
    ),
    # a critical source
    (
        "We receive details about you from our partners.",
        "We receive details about you from data brokers.",
    ),
    # the party is named as a source and as a recipient
    (
        "We receive details from our partners and share your trips with our partners.",
        "We receive details from advertisers and share your trips with advertisers.",
    ),
    (
        "We may get trip data from our partners or others who help us run the fleet.",
        "We may get trip data from our affiliates, partners or others who help us run the fleet.",
    ),
    # "from" without receiving: data protected from a party, moved from one party to another
    (
        "We protect your trips from access by our partners.",
        "We protect your trips from access by advertisers.",
    ),
]


@pytest.mark.parametrize(("before", "after"), SOURCES_RENAMED)
def test_a_source_of_data_renamed_is_no_change(before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("before", "after"), SOURCES_DROPPED)
def test_a_source_of_data_dropped_from_a_list_is_no_change(before, after):
    assert not _sentence(before, after).material
    assert not _whole(before, after).material


@pytest.mark.parametrize(("before", "after"), SOURCES_LOOK_ALIKES)
def test_a_recipient_or_a_new_source_stays_material(before, after):
    _assert_material(before, after)


# ------------------------------------------------------------------ marketing messages by another name
MARKETING_SAME = [
    (
        "You can stop our email communications at any time with the link at the foot of any commercial email we send.",
        "You can stop our promotional emails at any time with the link at the foot of any promotional email we send.",
    ),
]
MARKETING_LOOK_ALIKES = [
    (
        "You can stop our service emails at any time with the link at the foot of each one.",
        "You can stop our promotional emails at any time with the link at the foot of each one.",
    ),
    (
        "We send commercial emails to members who asked for them.",
        "We send commercial emails to members who asked for them and share their email address with advertisers.",
    ),
]


@pytest.mark.parametrize(("before", "after"), MARKETING_SAME)
def test_commercial_and_promotional_emails_are_one_thing(before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("before", "after"), MARKETING_LOOK_ALIKES)
def test_marketing_added_stays_material(before, after):
    _assert_material(before, after)


# ------------------------------------------------------------------ a request named by its kinds, or just "request"
RIGHTS_BASE = (
    "# Your rights\n"
    "You have the right to know what we hold about you and to have it deleted.\n"
    "We answer every request within 45 days.\n"
)
NO_ERASURE_BASE = (
    "# Your rights\nYou have the right to know what we hold about you.\nWe answer every request within 45 days.\n"
)


def _in(base: str, before: str, after: str):
    return classify_texts(base + before + "\n", base + after + "\n")


REQUESTS_GENERALISED = [
    (
        "If we cannot confirm who you are, we may turn down your requests to know or delete.",
        "If we cannot confirm who you are, we may turn down your request.",
    ),
    (
        "You can send us a request to know or to delete your data by writing to rights@example.org.",
        "You can send us a request by writing to rights@example.org.",
    ),
]
REQUESTS_LOOK_ALIKES = [
    # one kind of request dropped from the list, the other kept: a narrowed list
    (
        "You can send us a request to know or to delete your data by writing to rights@example.org.",
        "You can send us a request to know your data by writing to rights@example.org.",
    ),
]


@pytest.mark.parametrize(("before", "after"), REQUESTS_GENERALISED)
def test_a_request_no_longer_spelt_out_is_no_change(before, after):
    for old, new in ((before, after), (after, before)):
        assert not _in(RIGHTS_BASE, old, new).material, (old, new)


@pytest.mark.parametrize(("before", "after"), REQUESTS_GENERALISED)
def test_a_request_spelt_out_nowhere_else_stays_material(before, after):
    assert _in(NO_ERASURE_BASE, before, after).material


@pytest.mark.parametrize(("before", "after"), REQUESTS_LOOK_ALIKES)
def test_a_list_of_requests_narrowed_stays_material(before, after):
    assert _in(RIGHTS_BASE, before, after).material


# ------------------------------------------------------------------ a kind of what both versions name
_KIND_SAME = [(c.id, b, a) for c in kinds.KINDS for b, a in c.same]
_KIND_DIFFER = [(c.id, b, a) for c in kinds.KINDS for b, a in c.differ]


@pytest.mark.parametrize(("cls", "before", "after"), _KIND_SAME)
def test_a_kind_class_reads_its_examples_as_one_statement(cls, before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("cls", "before", "after"), _KIND_DIFFER)
def test_a_kind_class_leaves_its_look_alikes_material(cls, before, after):
    _assert_material(before, after)


# ------------------------------------------------------------------ the company's members in its name as "we"
SPEAKER_SAME = [
    (
        'Pedal Hire Ltd and its affiliates (collectively, "Pedal Hire", "we" or "us") respect your privacy.',
        'Pedal Hire Ltd ("Pedal Hire", "we" or "us") respects your privacy.',
    ),
    (
        'This notice covers the app run by Pedal Hire Ltd and its subsidiaries and affiliates ("Pedal Hire", "we").',
        'This notice covers the app run by Pedal Hire Ltd ("Pedal Hire", "we").',
    ),
]
SPEAKER_LOOK_ALIKES = [
    (
        'Pedal Hire Ltd ("Pedal Hire", "we" or "us") runs this service.',
        'Pedal Hire Ltd ("Pedal Hire", "we" or "us") runs this service and shares your trips with its affiliates.',
    ),
    (
        "We share your trips with our affiliates to run the fleet.",
        "We share your trips with our partners to run the fleet.",
    ),
]


@pytest.mark.parametrize(("before", "after"), SPEAKER_SAME)
def test_members_of_the_speaker_are_no_recipient(before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("before", "after"), SPEAKER_LOOK_ALIKES)
def test_affiliates_as_recipients_stay_material(before, after):
    _assert_material(before, after)


# ------------------------------------------------------------------ the policy saying what it covers
CONTENTS_SAME = [
    (
        "This notice explains how we collect, use and share your details, and how you can use your rights.",
        "This notice explains how Pedal Hire handles your personal data.",
    ),
    (
        "We wrote a privacy notice that covers how we collect, use, disclose, transfer and store your details.",
        "Our privacy notice describes how we collect, use and share your personal data.",
    ),
]
CONTENTS_LOOK_ALIKES = [
    # a practice stated, not a topic listed
    (
        "This notice explains how we collect and use your details.",
        "We collect your details and share them with advertisers.",
    ),
    # a critical practice comes into the contents
    (
        "This notice explains how we collect and use your details.",
        "This notice explains how we collect, use and sell your details.",
    ),
]


@pytest.mark.parametrize(("before", "after"), CONTENTS_SAME)
def test_what_the_policy_covers_reworded_is_no_change(before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("before", "after"), CONTENTS_LOOK_ALIKES)
def test_a_practice_beside_the_contents_stays_material(before, after):
    _assert_material(before, after)


# ------------------------------------------------------------------ advertising companies by another name
ADTECH_SAME = [
    (
        "Advertising networks and advertisers may use cookies to learn which pages you read.",
        "Advertising technology companies and advertisers may use cookies to learn which pages you read.",
    ),
]
ADTECH_LOOK_ALIKES = [
    (
        "Analytics providers may use cookies to learn which pages you read.",
        "Advertising technology companies may use cookies to learn which pages you read.",
    ),
]


@pytest.mark.parametrize(("before", "after"), ADTECH_SAME)
def test_advertising_technology_companies_are_advertisers(before, after):
    _assert_same(before, after)


@pytest.mark.parametrize(("before", "after"), ADTECH_LOOK_ALIKES)
def test_advertisers_in_place_of_another_party_stay_material(before, after):
    _assert_material(before, after)
