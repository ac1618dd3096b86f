"""Classifier: an address block set out as short lines with no introduction (a signature under the contact
paragraph, a "Registered office" block with "Country: ..." fields) is contact details: a person's name, a company, a
street or a country in it is no party and no transfer. Look-alikes stay material: a list of data collected set out
as short lines, and a practice stated among the lines of a block. The policies are made up for these tests."""

from __future__ import annotations

import pytest

from monitor.capture.pair import classify_pair
from monitor.classify.layout import Layout
from monitor.text.normalise import detect_format, normalise

POLICY = (
    "# Privacy policy\n\n"
    "We collect your name, email address and the pages you visit when you use our app.\n\n"
    "We share your data with service providers that host our app.\n\n"
    "We do not sell your personal information.\n\n"
    "## Sharing with partners and cookies\n\n"
    "For any question about this policy or your data, please write to:\n\n"
    "{block}\n"
)
SIGNATURE = (
    "Maria Okafor  \n"
    "Head of Partnerships  \n"
    "Northwind Media Holdings, Inc.  \n"
    "240 Harbour Street, 12th Floor  \n"
    "Springfield, OR 97001  \n"
    "541-555-0199  \n"
    "maria.okafor@northwind.example"
)
OFFICE = (
    "**Registered Office:**\n\n"
    "Northwind Media Limited\n\n"
    "Quay House, 4,\n\n"
    "Harbour Road,\n\n"
    "Old Town - 560 011\n\n"
    "State: Lisboa,\n\n"
    "Country: Portugal."
)


def _material(old: str, new: str) -> bool:
    old, new = (normalise(t, detect_format(t, "policy.md")) for t in (old, new))
    return classify_pair(old, new).material


def _both_ways(old: str, new: str) -> list[bool]:
    return [_material(old, new), _material(new, old)]


def test_a_signature_block_replaced_by_a_contact_form_is_not_material() -> None:
    old = POLICY.format(block=SIGNATURE)
    new = POLICY.format(block="our [contact form](https://example.com/contact).")
    assert _both_ways(old, new) == [False, False]


def test_a_registered_office_block_dropped_is_not_material() -> None:
    old = POLICY.format(block="privacy@northwind.example\n\n" + OFFICE)
    new = POLICY.format(block="privacy@northwind.example")
    assert _both_ways(old, new) == [False, False]


def test_an_office_block_told_by_its_field_labels_is_contact_details() -> None:
    fields = (
        "**Registered Office:**\n\nNorthwind Media Limited\n\nQuay House, 4,\n\nOld Town EC2 4RT\n\nCountry: Portugal."
    )
    old = POLICY.format(block="privacy@northwind.example")
    assert _both_ways(old, POLICY.format(block="privacy@northwind.example\n\n" + fields)) == [False, False]


def test_the_lines_of_a_run_are_contact_lines_only_with_a_way_to_reach_and_digits() -> None:
    text = normalise(POLICY.format(block=SIGNATURE), "markdown")
    assert "northwindmediaholdingsinc" in Layout.of(text, text).contact_lines
    # the same names with no street, phone or e-mail: nothing says they are an address
    bare = normalise(
        POLICY.format(block="Maria Okafor  \nHead of Partnerships  \nNorthwind Media Holdings, Inc."), "markdown"
    )
    assert not Layout.of(bare, bare).contact_lines & {"mariaokafor", "northwindmediaholdingsinc"}


def test_a_list_of_data_set_out_as_short_lines_stays_material() -> None:
    old = POLICY.format(block="privacy@northwind.example")
    new = old.replace(
        "We do not sell your personal information.\n",
        "We do not sell your personal information.\n\nWhen you order, we also collect:\n\n"
        "Postal address  \nPhone number  \nDate of birth\n",
    )
    assert _material(old, new)


def test_a_practice_stated_in_the_lines_of_a_block_stays_material() -> None:
    old = POLICY.format(block=SIGNATURE)
    new = POLICY.format(block=SIGNATURE.replace("Head of Partnerships  \n", "We sell your contacts to brokers  \n"))
    assert _material(old, new)


# A person named under the last section: an author's note after the policy ("[Professor Lin](...)", a line about
# teaching university students) is no party and no children's data; a company named as a heading there, or
# students of a school, stay material.
AUTHOR = (
    "[Professor Lin](https://example.edu/lin)\n\nProfessor Lin has taught chemistry to university students since 2001."
)


def test_an_authors_note_after_the_policy_is_not_material() -> None:
    old = POLICY.format(block="privacy@northwind.example")
    assert _both_ways(old, old + "\n" + AUTHOR + "\n") == [False, False]


def test_a_company_heading_or_school_students_after_the_policy_stay_material() -> None:
    old = POLICY.format(block="privacy@northwind.example")
    assert _material(old, old + "\n# Brightads\n\n# Acme DMP\n")
    assert _material(old, old + "\nWe collect the grades of school students who use the app.\n")


def _material(old: str, new: str) -> bool:
    canon = [normalise(t, detect_format(t, "policy.md")) for t in (old, new)]
    return classify_pair(*canon).material


@pytest.mark.parametrize(
    ("block", "line"),
    [
        # a building or a street called "Court" in a publisher's or office's address names no court of law
        (
            "The website is published by Northwind Media SAS, 3 rue des Lilas, 75011 Paris.",
            "The US website is published by Northwind Media US Inc. - Court House Tower - 44 West Flagler Street -"
            " Suite 2300, Miami, FL 33130",
        ),
        (
            "The website is published by Northwind Media SAS, 3 rue des Lilas, 75011 Paris.",
            "Our UK office: Northwind Media Ltd, 12 Oak Court, Suite 4, Leeds LS1 4AB.",
        ),
        # where the company is registered and under which number: its legal particulars, like an address
        (
            "Northwind Media Ltd, 4 Mill Lane, Harbourside.",
            "Registered office: 4 Mill Lane, Harbourside EC2 4RT. Company number 09876543.",
        ),
        (
            "Northwind Media Ltd, 4 Mill Lane, Harbourside.",
            "Northwind Media Ltd is registered in England and Wales under company number 09876543.",
        ),
        (
            "Northwind Media Ltd, 4 Mill Lane, Harbourside.",
            "Trading as Northwind Books, a trading name of Northwind Media Ltd, registered in Ireland under number"
            " 654321.",
        ),
    ],
)
def test_an_address_or_imprint_line_is_contact_details(block, line):
    base = POLICY.format(block=block)
    assert not _material(base, base + "\n" + line + "\n")
    assert not _material(base + "\n" + line + "\n", base)


@pytest.mark.parametrize(
    "line",
    [
        "We share your messages with courts when they ask us to.",
        "Keel Data Ltd, registered office 9 Quay Street, is the data controller of your information.",
    ],
)
def test_courts_and_a_controller_named_with_its_imprint_are_still_read(line):
    base = POLICY.format(block="Northwind Media Ltd, 4 Mill Lane, Harbourside.")
    assert _material(base, base + "\n" + line + "\n")
