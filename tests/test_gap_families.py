"""Words read in another sense, found on real pairs of versions no label covers (bench/gap_pairs.py), in our own
words, with material look-alikes:

- "sale" / "sales" as the company's own commerce ("Sales calls", "our sales team", "sales tax", "point of sale",
  "items for sale") is no sale of data;
- a subsidiary or a parent company named beside the affiliates a sentence already names (synonyms.toml [[kinds]])
  is no new recipient;
- a term of a concept whose terms name one kind of party (`alike`: service providers, vendors, suppliers,
  processors) joining or leaving a sentence that names that party by another term is no new recipient.
"""

from __future__ import annotations

import pytest

from monitor.classify import evidence
from monitor.classify.engine import classify_texts

BASE = """# Privacy notice

We collect your name, email address and order history when you buy from us, and use them to deliver orders.

We may share your personal information with our affiliates and partners to run our global operations. We do not
sell personal information.

## Calls

We keep notes of the questions you ask our support staff.

## Contact

Write to privacy@example.org.
"""


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


@pytest.mark.parametrize(
    "sentence",
    [
        "We also record Support and Sales calls to train our staff.",
        "Our sales team may call you back about your quote.",
        "Our sales and marketing teams use the notes to answer you.",
        "Prices shown include sales tax where it applies.",
        "Card payments at the point of sale are handled by the till provider.",
        "Items for sale are described by the sellers who list them.",
    ],
)
def test_the_companys_own_commerce_is_no_sale_of_data(sentence):
    new = BASE.replace(
        "the questions you ask our support staff.", f"the questions you ask our support staff. {sentence}"
    )
    verdict = classify_texts(BASE, new)
    assert "sale of data" not in " ".join(c.reason for c in verdict.changes)
    assert verdict.severity.value != "critical"


@pytest.mark.parametrize(
    "sentence",
    [
        "We sell your order history to data brokers.",
        "We may rent or sell your contact details to other companies.",
        "Sales of personal information to advertisers help fund the service.",
        "We disclose your purchase history to partners in exchange for payment.",
    ],
)
def test_selling_data_stays_material(sentence):
    new = BASE.replace(
        "the questions you ask our support staff.", f"the questions you ask our support staff. {sentence}"
    )
    assert _material(BASE, new)


def test_we_do_not_sell_dropped_stays_material():
    assert _material(BASE, BASE.replace(" We do not\nsell personal information.", ""))


def test_a_subsidiary_beside_the_affiliates_is_no_new_recipient():
    new = BASE.replace("with our affiliates and partners", "with our subsidiaries, affiliates and partners")
    assert not _material(BASE, new)


def test_a_new_kind_of_recipient_beside_the_affiliates_stays_material():
    new = BASE.replace("with our affiliates and partners", "with our affiliates, partners and advertisers")
    assert _material(BASE, new)
    alone = BASE.replace("with our affiliates and partners", "with our partners")
    assert _material(alone, alone.replace("with our partners", "with our partners and our parent company"))


SHARING = BASE.replace(
    "with our affiliates and partners to run our global operations",
    "with service providers who host our servers and send our emails",
)


@pytest.mark.parametrize(
    "recipients",
    ["service providers and vendors", "service providers, suppliers and contractors", "processors and sub-processors"],
)
def test_another_term_for_the_same_kind_of_party_is_no_new_recipient(recipients):
    new = SHARING.replace("with service providers who host", f"with {recipients} who host")
    assert not _material(SHARING, new)
    assert not _material(new, SHARING)


@pytest.mark.parametrize(
    "recipients",
    ["service providers and advertisers", "service providers and data brokers", "service providers and our affiliates"],
)
def test_another_kind_of_party_beside_the_service_providers_stays_material(recipients):
    new = SHARING.replace("with service providers who host", f"with {recipients} who host")
    assert _material(SHARING, new)


def test_service_providers_named_where_none_were_stays_material():
    alone = BASE.replace(" We do not\nsell personal information.", "")
    new = alone.replace("to run our global operations.", "to run our global operations. Our vendors also receive it.")
    assert _material(alone, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "We read the precise location of your phone to show nearby pick-up points.",
        "The app reads your contacts when you invite friends.",
        "We record your voice when you call our support line.",
        "We collect the serial number of your television set.",
    ],
)
def test_new_practices_in_plain_words_are_material(sentence):
    # recall holes seen while writing look-alikes: "read" as handling data, the reader's voice, a serial number
    new = BASE.replace(
        "the questions you ask our support staff.", f"the questions you ask our support staff. {sentence}"
    )
    assert _material(BASE, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please read this policy carefully.",
        "You should read the privacy notices of the sites you visit.",
        "Read the following sections to learn how we use cookies.",
    ],
)
def test_read_addressed_to_the_reader_is_no_practice(sentence):
    new = BASE.replace(
        "the questions you ask our support staff.", f"the questions you ask our support staff. {sentence}"
    )
    assert not _material(BASE, new)


def test_email_as_a_verb_with_its_object_is_no_address():
    # a share button ("Email this page") or a promise to send ("we will email it to you") names no address collected
    base = "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n# Share\n\n- Print\n- Tweet\n"
    assert not classify_texts(base, base.replace("- Tweet\n", "- Tweet\n- Email this page\n")).material
    assert not evidence.profile("Email this page").concepts
    # look-alikes: the address itself, named as data, stays one
    assert evidence.profile("We store the email a user gives us.").concepts["email address"]
    assert evidence.profile("We collect your name, email and phone.").concepts["email address"]


BASE_ADDRESS = "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\nWe use cookies.\n"


@pytest.mark.parametrize(
    "new",
    [
        # contact data of the reader's, collected: data, not a way to reach the company
        BASE_ADDRESS.replace("your name and", "your name, your email and"),
        BASE_ADDRESS.replace("your postal address", "your postal address and phone number"),
        BASE_ADDRESS + "\nWe also collect your mailing address and phone number when you order.\n",
    ],
)
def test_the_readers_address_beside_new_contact_data_is_data_collected(new):
    assert classify_texts(BASE_ADDRESS, new).material


@pytest.mark.parametrize(
    "new",
    [
        # look-alikes: the company's own address, written to, stays a contact detail
        BASE_ADDRESS + "\nYou can write to us at our postal address: 1 Main St, Springfield.\n",
        BASE_ADDRESS + "\nMailing address: 1 Main St, Springfield.\n",
    ],
)
def test_the_companys_postal_address_stays_a_contact_detail(new):
    assert not classify_texts(BASE_ADDRESS, new).material


RIGHTS = (
    "# Privacy\n\nWe collect your name to ship orders.\n\n## Your rights\n\n"
    "You can ask us for a copy of your data or ask us to delete it by writing to privacy@example.com.\n"
)


@pytest.mark.parametrize(
    "promise",
    [
        "We will respond to your request within 45 days.",
        "Please keep in mind that it may take up to four weeks to process your request.",
        "Requests will be processed within 30 days.",  # no right named, but a promise
    ],
)
def test_a_response_period_for_requests_added_or_dropped_is_material(promise):
    new = RIGHTS + "\n" + promise + "\n"
    assert classify_texts(RIGHTS, new).material
    assert classify_texts(new, RIGHTS).material


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024 we answered 1,204 requests in a median of 12 days.",  # figures of a past period
        "We processed the requests within a median of 5 days; some were denied as unverified.",  # what was done
        "We aim to reply to all inquiries within 2 business days.",  # customer service, no request about data
        "Orders and requests are processed in the order received within 3 business days of payment.",  # no promise
    ],
)
def test_figures_and_service_times_are_no_response_period(sentence):
    assert not classify_texts(RIGHTS, RIGHTS + "\n" + sentence + "\n").material


CONTROLS = (
    "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n"
    "We keep your messages for 30 days.\n\n{extra}We share your address with couriers.\n"
)


@pytest.mark.parametrize(
    "control", ["Hide this message.", "Close this banner", "Print this page", "Dismiss these tips"]
)
def test_a_control_acting_on_the_page_is_furniture(control):
    # a widget's button captured with the policy: a verb and "this" + the element it acts on, nothing else
    old, new = CONTROLS.format(extra=f"{control}\n\n"), CONTROLS.format(extra="")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


@pytest.mark.parametrize(
    "statement",
    ["We read these messages.", "We delete your messages.", "Messages are deleted after 30 days.", "Sell this data."],
)
def test_short_statements_about_data_stay_material(statement):
    # look-alikes: a subject, a practice on the reader's data, or more than a verb and the element
    old, new = CONTROLS.format(extra=""), CONTROLS.format(extra=f"{statement}\n\n")
    assert classify_texts(old, new).material


DATED = "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n{line}\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Last modified on 10/15/2020", "Last modified on 07/19/2022"),
        ("This notice is effective from 2025-07-04.", "This notice is effective from 2025-09-12."),
        ("Version of 15.10.2020", "Version of 01.02.2021"),
    ],
)
def test_a_document_date_in_digits_is_a_date_not_a_phone_number(old, new):
    result = classify_texts(DATED.format(line=old), DATED.format(line=new))
    assert not result.material
    assert [c.rule for c in result.changes] == ["date"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We will delete all voice recordings by 12/31/2024.", "We will delete all voice recordings by 12/31/2026."),
        ("We keep your order records until June 30, 2025.", "We keep your order records until June 30, 2027."),
    ],
)
def test_the_date_a_practice_is_done_by_is_material(old, new):
    result = classify_texts(DATED.format(line=old), DATED.format(line=new))
    assert result.material
    assert [c.rule for c in result.changes] == ["deadline-moved"]


def test_phone_numbers_are_still_contact_details():
    old = DATED.format(line="Call us at 555-123-4567 with any question.")
    assert [c.rule for c in classify_texts(old, old.replace("555-123-4567", "555-987-6543")).changes] == ["contact"]
