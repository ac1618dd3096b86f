"""Capitalised words that name no party, in our own words: makes of the reader's own browser or device given as
examples ("your web browser (such as Firefox or Safari)"), and a kind of data the policy defines with capitals
("Member-Provided Content"). Dropping or adding them changes no practice; naming a recipient the same way does."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Quillmoor Books\n\nWe collect your name and email address when you order.\n\n## Cookies\n\n"
    "With cookies in place, whenever you use your web browser (such as Firefox, Safari or Opera) to visit our shop,"
    " our systems recognise you.\n\n## Security\n\nWe use firewalls to keep out intruders; however, we cannot"
    " guarantee the security of member account information.\n\n## Sharing\n\nWe share order details with partners"
    " (such as Tallbridge Couriers) to deliver your books.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def test_makes_of_the_readers_browser_dropped_from_an_example_are_no_change():
    new = POLICY.replace(" (such as Firefox, Safari or Opera)", "")
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


def test_a_recipient_dropped_from_an_example_is_still_read():
    new = POLICY.replace(" (such as Tallbridge Couriers)", "")
    assert _material(POLICY, new)


@pytest.mark.parametrize("term", ["Member-Provided Content", "Order Data", "Reader Submissions"])
def test_a_kind_of_data_defined_with_capitals_names_nobody(term):
    new = POLICY.replace("member account information.", f"member account information, including {term}.")
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


@pytest.mark.parametrize("party", ["Brightwave Analytics", "Corvid Data", "Lumen Content"])
def test_a_recipient_named_with_capitals_is_still_read(party):
    """A company whose name ends like a kind of data ("Corvid Data") is still a party."""
    new = POLICY.replace("with partners (such as Tallbridge Couriers)", f"with partners such as {party}")
    assert _material(POLICY, new)
    shared = POLICY.replace("guarantee the security", f"share with {party} the security")
    assert _material(POLICY, shared)


def test_a_pointer_said_with_the_section_as_subject_is_no_change():
    old = POLICY + '\nFor more information on payment, please see the section on "Data our couriers collect".\n'
    new = POLICY + '\nThe section on "Data our couriers collect" contains further details about payment.\n'
    assert not _material(old, new)
    assert not _material(new, old)


def test_where_the_reader_is_located_is_location_but_a_country_where_they_are_is_not():
    from monitor.classify.evidence import profile

    assert profile("From your IP address we can tell where your connection is geographically located.").concepts[
        "approximate location"
    ]
    assert not profile("The laws of the country where you are located may differ.").concepts["approximate location"]


def test_a_national_identification_number_added_to_a_list_of_contact_data_is_read():
    old = POLICY.replace("name and email address", "name, email address and phone number")
    new = POLICY.replace(
        "name and email address", "name, email address, phone number and national identification number"
    )
    assert _material(old, new)


@pytest.mark.parametrize("item", ["blood type", "shoe size", "car registration", "mother's maiden name"])
def test_an_item_the_vocabulary_does_not_know_added_to_a_list_of_data_is_read(item):
    old = POLICY.replace("name and email address", "name, email address and phone number")
    new = POLICY.replace("name and email address", f"name, email address, phone number and {item}")
    assert _material(old, new)
    assert _material(new, old)  # dropped: one kind of data fewer is a change too


@pytest.mark.parametrize("extra", ["other details", "so on"])
def test_a_vague_tail_added_to_a_list_of_data_is_no_item(extra):
    old = POLICY.replace("name and email address", "name, email address and phone number")
    new = POLICY.replace("name and email address", f"name, email address, phone number and {extra}")
    assert not _material(old, new)


def test_an_apposition_is_no_item_of_a_list():
    old = POLICY + "\nWe collect your name and email address; we use OAuth to connect with your mail server.\n"
    new = old.replace("OAuth to connect", "OAuth, an authorization protocol, to connect")
    assert not _material(old, new)
