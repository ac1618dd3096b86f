"""A control of the page ("Dismiss", "Got it", "Accept all") captured right after a list of recipients is a button,
not a party added to the list. Family: pop-ups and banners whose buttons land after the policy's last list. A name
added to the same list stays material."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts

POLICY = (
    "# Privacy Policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "## Who we share data with\n\n"
    "We share personal data with the following categories of recipients:\n\n"
    "- Payment processors\n"
    "- Hosting providers\n"
    "- Customer support tools\n"
)


@pytest.mark.parametrize("controls", ["Dismiss\n\nGot it\n", "Accept all\n\nReject all\n", "OK\n"])
def test_controls_after_a_list_name_no_party(controls: str) -> None:
    longer = POLICY + "\n" + controls
    assert not classify_texts(POLICY, longer).material
    assert not classify_texts(longer, POLICY).material


def test_a_recipient_added_to_the_list_stays_material() -> None:
    assert classify_texts(POLICY, POLICY + "- Brightfield Media\n").material


def test_a_recipient_added_inside_a_list_of_recipient_categories_is_material() -> None:
    """The introduction may name its items at length ("the following categories of recipients:")."""
    grown = POLICY.replace("- Hosting providers\n", "- Hosting providers\n- Brightfield Media\n")
    assert classify_texts(POLICY, grown).material
    assert classify_texts(grown, POLICY).material


def test_an_item_of_a_list_of_cases_is_no_recipient() -> None:
    """'We share data with partners in the following cases:' lists circumstances: a case added names no party."""
    cases = POLICY.replace("the following categories of recipients:", "partners in the following cases:").replace(
        "- Payment processors", "- Fraud prevention"
    )
    assert not classify_texts(cases, cases + "- Legal claims\n").material


def test_a_list_of_what_is_given_to_the_reader_or_to_us_names_no_recipient() -> None:
    """'We provide you with our services, including:' and 'You give information to us when you:' list services and
    occasions, not parties the data goes to: an item added there is not a recipient."""
    for intro, items in (
        ("To run our contract with you, we provide you with our services, including:", "- Managing your account"),
        ("You give information to us when you:", "- Fill in a survey"),
    ):
        policy = POLICY + "\n" + intro + "\n\n" + items + "\n"
        assert not classify_texts(policy, policy + "- Register for an event\n").material
