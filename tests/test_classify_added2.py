"""Classifier: statements added or dropped that explain, present or title rather than state a practice (definitions
of terms, sentences presenting a table or list, title-case headings and table headers); each with a counter-example
that must stay material. The sentences are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n"
    "We collect your name, email address and the pages you visit when you use our app.\n"
    "We use cookies and similar tracking files to remember your settings.\n"
    "We share your data with service providers that host our app.\n"
    "We do not sell your personal information.\n"
    "You can ask us to delete your account data by writing to our privacy team.\n"
    "We keep order records for six years to meet tax law."
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


@pytest.mark.parametrize(
    "definition",
    [
        "Do Not Track is a setting of some web browsers that asks the websites you visit not to track you.",
        "A cookie is a text file that a website stores in your browser to remember your settings.",
    ],
)
def test_a_definition_naming_nothing_new_states_no_practice(definition):
    assert not _material(POLICY, POLICY + "\n" + definition)
    assert not _material(POLICY + "\n" + definition, POLICY)


@pytest.mark.parametrize(
    "practice",
    [
        "Brightlane is an advertising network that receives your browsing history from our app.",
        "Health data is a category of data that we share with insurers.",
        '"Profile data" means your precise location, which we sell to data brokers.',
    ],
)
def test_a_definition_that_brings_a_new_party_or_data_stays_material(practice):
    assert _material(POLICY, POLICY + "\n" + practice)


@pytest.mark.parametrize(
    "presenting",
    [
        "Below is a table showing how long we keep your email address and order records for each purpose:",
        "The following is a list of the service providers that host our app and store your data:",
        "The purposes for which we use your email address are set out in the table below:",
        "For the purposes of state privacy laws, this policy also serves as our notice at collection of personal"
        " information.",
        "We, Example Apps Ltd, provide this privacy notice to explain how we collect, use and share your personal data"
        " when you use our app.",
    ],
)
def test_a_sentence_presenting_what_follows_states_no_practice(presenting):
    assert not _material(POLICY, POLICY + "\n" + presenting)
    assert not _material(POLICY + "\n" + presenting, POLICY)


@pytest.mark.parametrize(
    "practice",
    [
        "Your location is shared with the advertisers listed below:",
        "We collect the health details listed below:",
        "The following are not sold to anyone: your messages and your photos.",
        "We share your precise location with advertisers, as described throughout this policy.",
    ],
)
def test_a_sentence_that_introduces_a_list_with_a_practice_stays_material(practice):
    assert _material(POLICY, POLICY + "\n" + practice)


TABLE_POLICY = (
    POLICY + "\nWe keep your data only as long as we need it.\n"
    "Support tickets | 1 year after closing\n"
    "Invoices | 6 years\n"
)


def test_a_table_header_row_added_over_its_rows_states_no_practice():
    new = TABLE_POLICY.replace("Support tickets |", "Purpose | Retention period\nSupport tickets |")
    assert not _material(TABLE_POLICY, new)


def test_a_first_row_that_states_a_value_is_no_header():
    new = TABLE_POLICY.replace("Support tickets |", "Voice recordings | 3 months\nSupport tickets |")
    assert _material(TABLE_POLICY, new)


SECTIONS = (
    POLICY + "\n# 1. Data we collect\n"
    "We collect and use several kinds of data, including:\n"
    "{label}\n"
    "When you sign up, you give us your name and email address, and you may add a profile photo to your account.\n"
)


@pytest.mark.parametrize(
    "label",
    ["(ii) Photos You Upload to Your Profile", "Email Addresses We Collect:"],
)
def test_a_title_case_heading_with_we_or_you_is_a_heading(label):
    old = SECTIONS.format(label="")
    assert not _material(old, SECTIONS.format(label=label))


def test_a_sentence_with_we_in_lower_case_is_no_heading():
    old = SECTIONS.format(label="")
    assert _material(old, SECTIONS.format(label="We sell your email address:"))


@pytest.mark.parametrize(
    "representative",
    [
        "Example Apps Ltd has appointed Jane Roe as its data controller representative in Ruritania to handle questions"
        " and complaints about the processing of personal data of people in Ruritania.",
        "You may contact our data controller representative in Ruritania about privacy matters by email or mail.",
    ],
)
def test_naming_a_representative_or_how_to_reach_them_is_contact_detail(representative):
    assert not _material(POLICY, POLICY + "\n" + representative)
    assert not _material(POLICY + "\n" + representative, POLICY)


@pytest.mark.parametrize(
    "practice",
    [
        "Our representative in Ruritania receives copies of your email address and your order history.",
        "You have the right to complain to the supervisory authority or to our representative in Ruritania.",
    ],
)
def test_a_practice_or_a_right_in_a_sentence_about_a_representative_stays_material(practice):
    assert _material(POLICY, POLICY + "\n" + practice)


ADDRESS = POLICY + "\nYou can reach our representative in Ruritania using the following details:\n{lines}\n"


def test_the_lines_of_an_address_block_are_contact_details():
    lines = "- Jane Roe (Roe & Partners, Partner)\nEmail : [address hidden]\nPost : Jane Roe, Example Apps"
    assert not _material(ADDRESS.format(lines=""), ADDRESS.format(lines=lines))


def test_a_line_that_handles_data_under_an_address_intro_stays_material():
    lines = "Email : [address hidden]\nWe share your order history with partners"
    assert _material(ADDRESS.format(lines=""), ADDRESS.format(lines=lines))


def test_a_users_authorised_representative_is_no_contact_detail():
    request = (
        "When you make a request, we will ask for your email address to verify that you are the person about whom we"
        " collected personal information or an authorised representative."
    )
    assert _material(POLICY, POLICY + "\n" + request)
