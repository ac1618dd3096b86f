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


RIGHTS = "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n{line}\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "To access or delete your data, write to our help desk (https://shop.example/help) or, to submit a data "
            "subject access request, go here (https://shop.example/privacy/requests).",
            "To access or delete your data, write to our help desk or, to submit a data subject access request, go to "
            "Request My Data.",
        ),
        (
            "To access or delete your data, write to our help desk or, to submit a data subject access request, "
            "click here.",
            "To access or delete your data, write to our help desk or, to submit a data subject access request, use "
            "the Privacy Request Form.",
        ),
    ],
)
def test_a_link_given_the_title_of_its_page_names_no_one(old, new):
    # the same pointer: the link's words now name the page it leads to
    assert not classify_texts(RIGHTS.format(line=old), RIGHTS.format(line=new)).material
    assert not classify_texts(RIGHTS.format(line=new), RIGHTS.format(line=old)).material


def test_a_party_named_beside_a_link_stays_material():
    # look-alike: the link stays and a processor of the requests is named besides
    old = "To access or delete your data, go here (https://shop.example/privacy/requests)."
    new = "To access or delete your data, go here (https://shop.example/privacy/requests) or write to Acme Data Ltd."
    assert classify_texts(RIGHTS.format(line=old), RIGHTS.format(line=new)).material


def test_words_run_together_by_the_capture_name_no_one():
    # the capture dropped the spaces and the "or" around a link: "Serviceother" is two words of the old sentence
    old = RIGHTS.format(
        line="We may disclose any information as necessary to enforce the [Terms of Service](https://shop.example/"
        "terms) or other user policies and to protect our users."
    )
    new = RIGHTS.format(
        line="We may disclose any information as necessary to enforce the[Terms of Service](https://shop.example/"
        "terms)other user policies and to protect our users."
    )
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material
    # look-alike: a party named in the place of the lost words is a party
    named = new.replace("terms)other user", "terms), Acme Analytics and other user")
    assert classify_texts(old, named).material


NOT_ONLY = "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n{line}\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We are committed to not only protecting your data but also keeping it accurate.",
            "We are committed to protecting your data and keeping it accurate.",
        ),
        (
            "We use your address not just to ship orders but also to bill them.",
            "We use your address to ship and bill orders.",
        ),
    ],
)
def test_not_only_adds_and_neither_denies_nor_limits(old, new):
    assert not classify_texts(NOT_ONLY.format(line=old), NOT_ONLY.format(line=new)).material
    assert not classify_texts(NOT_ONLY.format(line=new), NOT_ONLY.format(line=old)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We do not share your address with advertisers.", "We share your address with advertisers."),
        ("We share your address only with our couriers.", "We share your address with our couriers."),
        (
            "We not only share your address with couriers but also sell it to data brokers.",
            "We share your address with couriers.",
        ),
    ],
)
def test_a_denial_or_a_limit_dropped_stays_material(old, new):
    assert classify_texts(NOT_ONLY.format(line=old), NOT_ONLY.format(line=new)).material


LAWS = (
    "# Privacy\n\nWe collect your name and your postal address to ship orders.\n\n"
    "We keep your invoices {line}.\n\n## Contact\n\nWrite to privacy@example.org.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("as required by the applicable laws and regulations", "as required by the Commercial Code"),
        ("as tax law requires", "as the Tax Procedures Act 2019 requires"),
        ("where the law requires it", "where the Personal Information Protection Law requires it"),
    ],
)
def test_a_law_named_is_no_party(old, new):
    # the source of an obligation made precise by the law's name: no one new receives the invoices
    assert not classify_texts(LAWS.format(line=old), LAWS.format(line=new)).material
    assert not classify_texts(LAWS.format(line=new), LAWS.format(line=old)).material


@pytest.mark.parametrize(
    "new",
    [
        "as required by the Commercial Code, and share them with Acme Accounting Ltd",
        "as required by law and under Binding Corporate Rules store them in India",
    ],
)
def test_a_party_or_a_transfer_beside_a_law_stays_material(new):
    assert classify_texts(LAWS.format(line="as required by law"), LAWS.format(line=new)).material


def test_a_party_named_in_a_sentence_with_a_number_is_read():
    # a period in the sentence used to hide the names in it from the passage's facts
    old = LAWS.format(line="for ten years as required by law")
    for added in ("share them with Brightads", "share them with our accountants"):
        assert classify_texts(old, LAWS.format(line=f"for ten years as required by law, and {added}")).material
    # look-alike: the same name on both sides, the period changed by a rewording only
    named = LAWS.format(line="for ten years as required by law, and share them with Brightads")
    assert not classify_texts(named, named.replace("ten years", "10 years")).material


def test_an_acronym_written_out_is_no_new_name():
    old = "# Privacy\n\nCategories of PI: we collected the categories below in the last 12 months.\n"
    new = "# Privacy\n\nCategories of Personal Information: in the last 12 months we collected the categories below.\n"
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_every_part_of_a_heading_cut_into_sentences_is_a_heading():
    # a page title the sentence splitter cuts at "...": its second part lists the site's sections, not data
    body = "\n\nWe collect your email address to send the newsletter.\n\n## Contact\n\nWrite to privacy@example.org.\n"
    old = "# Free templates for game clans" + body
    new = "# Free templates for clans of many games... Tutorials, Gaming Images, Hosting, Scripts." + body
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material
    # look-alike: the same words as a sentence of the policy are read
    said = old.replace("newsletter.", "newsletter. We also collect the images you upload, and your scripts.")
    assert classify_texts(old, said).material


TYPO = "# Privacy\n\nWe count the pages you visit.\n\n{line}\n\n## Contact\n\nWrite to privacy@example.org.\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "This information is aggrageted and used in our marketing material.",
            "This information is aggregated then used in our marketing material.",
        ),
        (
            "We keep the reports anonymsed and share them with nobody else.",
            "We keep the reports anonymised, and we share them with nobody else.",
        ),
    ],
)
def test_a_typo_fixed_beside_a_rewording_adds_no_limit(old, new):
    assert not classify_texts(TYPO.format(line=old), TYPO.format(line=new)).material


def test_a_limit_added_beside_a_typo_fix_stays_material():
    old = "This information is used in our marketing materail."
    new = "This information is aggregated and then used in our marketing material."
    assert classify_texts(TYPO.format(line=old), TYPO.format(line=new)).material


DENIAL = "# Privacy\n\nWe collect your email address to send the newsletter.\n\n{line}\n\n## Contact\n\nWrite to us.\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "This information is neither given nor sold to any third parties.",
            "This information is neither leased, rented, traded, given nor sold to any third parties.",
        ),
        (
            "None of this information is given or sold to third parties.",
            "None of this information is rented, given or sold to third parties.",
        ),
        ("Your address is neither given or sold to others.", "Your address is neither given nor sold to others."),
    ],
)
def test_a_denial_listing_more_words_for_the_same_promise_is_no_change(old, new):
    assert not classify_texts(DENIAL.format(line=old), DENIAL.format(line=new)).material


def test_a_word_dropped_from_a_denial_stays_material():
    # look-alike the other way round: renting is no longer denied
    old = "None of this information is rented, given or sold to third parties."
    new = "None of this information is given or sold to third parties."
    assert classify_texts(DENIAL.format(line=old), DENIAL.format(line=new)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We do not sell your email address.", "We do not sell your email address, but we rent it to partners."),
        ("We do not give your email address to anyone.", "We do not give it to anyone, but we sell it."),
    ],
)
def test_a_term_added_outside_the_denial_stays_material(old, new):
    assert classify_texts(DENIAL.format(line=old), DENIAL.format(line=new)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We do not share or sell your email address.", "We share but do not sell your email address."),
        ("We neither share nor sell your email address.", "We share it, but we do not sell your email address."),
        ("We do not use your email address for advertising.", "We use your email address for ads but do not sell it."),
    ],
)
def test_a_handling_no_longer_denied_is_material(old, new):
    # as many negations on both sides: the negation moved off one of the verbs it denied
    assert classify_texts(DENIAL.format(line=old), DENIAL.format(line=new)).material
    assert classify_texts(DENIAL.format(line=new), DENIAL.format(line=old)).material


def test_a_denial_reworded_around_the_same_verbs_is_no_change():
    old = DENIAL.format(line="We do not sell or share your email address.")
    assert not classify_texts(old, DENIAL.format(line="We never sell or share your email address.")).material
    assert not classify_texts(old, DENIAL.format(line="Your email address is not sold or shared.")).material


HOSTING = (
    "# Privacy\n\nWhen you visit, {line} makes a record of your visit and logs your IP address.\n\n"
    "## Contact\n\nWrite to us.\n"
)


@pytest.mark.parametrize("name", ["(Acme Australia Pty Ltd)", "(Hostwell UK Limited)", "(Acme Hosting GmbH)"])
def test_a_name_given_beside_the_role_that_stays_is_no_new_party(name):
    # the hosting service identified by its name, a country inside the name: no new party, no transfer
    old, new = HOSTING.format(line="our hosting service"), HOSTING.format(line=f"our hosting service {name}")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


@pytest.mark.parametrize(
    "line",
    [
        "our hosting service (Acme Ltd, which stores the logs in India)",
        "our hosting service and Acme Analytics Ltd",
        "our hosting service in Australia",
    ],
)
def test_more_than_a_name_beside_the_role_stays_material(line):
    assert classify_texts(HOSTING.format(line="our hosting service"), HOSTING.format(line=line)).material


ORGANIZER = (
    "# Privacy\n\nWhen you buy a ticket, we may provide your name and email address to the {line} and their "
    "sponsors.\n\n## Contact\n\nWrite to us.\n"
)


def test_a_programme_renamed_before_the_party_that_runs_it_names_no_one():
    old, new = ORGANIZER.format(line="Premium Event Organizer"), ORGANIZER.format(line="pay-per-view Event Organizer")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


@pytest.mark.parametrize("line", ["Bolt Event Organizer", "Premium Event Organizer and Acme Tickets"])
def test_another_name_before_the_party_stays_material(line):
    old = ORGANIZER.format(line="Premium Event Organizer")
    assert classify_texts(old, ORGANIZER.format(line=line)).material


PREFS = (
    "# Privacy\n\nWe collect your email address to send the newsletter. We use cookies to keep you signed in.\n\n"
    "{line}\n\n## Contact\n\nWrite to privacy@example.org.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You can manage your email settings in your account.",
            "You can manage your email preferences in your account.",
        ),
        (
            "To change your cookie settings, use the link in the footer.",
            "To change your cookie preferences, use the link in the footer.",
        ),
        ("Open the privacy settings page to choose.", "Open the preferences page to choose."),
    ],
)
def test_preferences_as_a_setting_are_no_profile(old, new):
    assert not classify_texts(PREFS.format(line=old), PREFS.format(line=new)).material
    assert not classify_texts(PREFS.format(line=new), PREFS.format(line=old)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We use your order history to suggest products.",
            "We use your order history and preferences to suggest products.",
        ),
        ("We suggest products you may like.", "We infer your preferences from what you read to suggest products."),
    ],
)
def test_preferences_inferred_or_used_stay_a_profile(old, new):
    assert classify_texts(PREFS.format(line=old), PREFS.format(line=new)).material


WORDS = (
    "# Privacy\n\nWe collect your name and email address when you order, and use them to ship your order.\n\n"
    "{line}\n\n## Contact\n\nWrite to privacy@example.org.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # received by the company, not passed on
        (
            "We use secure means to protect your information.",
            "We use secure means to protect information provided to us.",
        ),
        # the sites a policy links to, not recipients
        ("Our site contains links to other web sites.", "Our site contains links to third party web sites."),
        # sparing the visitor, not keeping data
        (
            "Cookies improve your visit by preventing you from having to sign in again.",
            "Cookies improve your visit by saving you from having to sign in again.",
        ),
        # a shop, not storage
        (
            "To remove your details from our database, sign in.",
            "To remove your details from our store database, sign in.",
        ),
        # the site's own documents, not parties
        ("We may close accounts that break the EULA.", "We may close accounts that break the EULA or TOS."),
    ],
)
def test_words_in_another_sense_change_no_practice(old, new):
    assert not classify_texts(WORDS.format(line=old), WORDS.format(line=new)).material
    assert not classify_texts(WORDS.format(line=new), WORDS.format(line=old)).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We protect your information.", "We protect your information and provide it to advertisers."),
        ("Our site contains links to other web sites.", "We share your order history with third parties."),
        (
            "We use cookies to keep you signed in.",
            "We store your order history in our online store database for ten years.",
        ),
        ("We decide on refunds by hand.", "We make automated decisions about refunds."),
    ],
)
def test_the_practice_look_alikes_stay_material(old, new):
    assert classify_texts(WORDS.format(line=old), WORDS.format(line=new)).material


LOGS = (
    "# Privacy\n\nOur web servers log {line} of each visit to watch the load on the servers.\n\n"
    "## Contact\n\nWrite to us.\n"
)


def test_a_thing_named_with_the_word_that_qualifies_it_is_the_same_thing():
    old, new = LOGS.format(line="the date and the browser used"), LOGS.format(line="the date and the browser type")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_another_thing_named_beside_it_stays_material():
    old = LOGS.format(line="the date and the browser used")
    assert classify_texts(old, LOGS.format(line="the date, the browser type and the IP address")).material


SEAL = (
    "# Privacy\n\nWe collect your name and email address when you order, and use them to ship your order.\n\n"
    "{line}\n\n## Contact\n\nWrite to privacy@example.org.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "To show its commitment to your privacy, this site has agreed to disclose its information practices.",
        "The seal programme, as an independent third party, reviews how sites keep their promises.",
        "We have agreed to have our privacy practices reviewed by an outside auditor every year.",
    ],
)
def test_a_company_s_own_commitment_to_a_seal_programme_states_no_data_practice(line):
    # the company agreeing and making its own practices known: no consent asked, no data disclosed
    assert not classify_texts(SEAL.format(line=""), SEAL.format(line=line)).material
    assert not classify_texts(SEAL.format(line=line), SEAL.format(line="")).material


@pytest.mark.parametrize(
    "line",
    [
        "By placing an order you agree that we may share your email address with advertisers.",
        "We disclose your order history to third parties.",
        "The seal programme, as an independent third party, receives a copy of your complaints and your name.",
    ],
)
def test_consent_disclosure_and_recipients_beside_such_words_stay_material(line):
    assert classify_texts(SEAL.format(line=""), SEAL.format(line=line)).material
