"""Contact details against practices: the channel for exercising rights, other documents' titles, dated banners."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

BASE = (
    "# Privacy notice\n"
    "We collect your name and email address when you open an account.\n"
    "We do not sell your personal information.\n"
    "# Your rights\n"
    "You may ask for a copy of your data or ask us to delete it.\n"
)


def _judge(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("To exercise rights, please email rq@example.net.", "To exercise rights, please fill in our web form."),
        ("To exercise rights, please fill in our web form.", "To exercise rights, please email rq@example.net."),
        (
            "You can make a request by phone on 0800 555 0100 or by post.",
            "You can make a request by phone on 0800 555 0100.",
        ),
    ],
)
def test_a_channel_for_rights_withdrawn_is_material_both_ways(before, after):
    result = _judge(before, after)
    assert result.material, result.summary
    assert "user_rights" in result.categories
    assert any(c.rule == "rights-channel" for c in result.changes)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("To exercise rights, please email rq@example.net.", "To exercise rights, please email dp@example.net."),
        (
            "To exercise rights, please email rq@example.net.",
            "To exercise rights, please email rq@example.net or use the form in your settings.",
        ),
        (
            "You can make a request by phone on 0800 555 0100 or by writing to us.",
            "You can make a request by phone on 0800 555 0199 or write to us.",
        ),
    ],
)
def test_another_address_or_an_extra_channel_for_rights_is_not_material(before, after):
    result = _judge(before, after)
    assert not result.material, (result.summary, [(c.rule, c.reason) for c in result.changes])


def test_titles_of_other_documents_added_to_their_enumeration_are_not_material():
    before = "Our Cookie Notice and Terms of Service also apply."
    after = "Our Cookie Notice, Terms of Service and Consumer Health Data Notice also apply."
    result = _judge(before, after)
    assert not result.material, result.summary
    assert [c.rule for c in result.changes] == ["document-titles"]
    # a party named in the same way is no document title
    shared = _judge(
        "We share data with Orbit and Vela as our Cookie Notice explains.",
        "We share data with Orbit, Vela and Castor as our Cookie Notice explains.",
    )
    assert shared.material


def test_a_dated_line_about_a_version_is_an_announcement_but_a_dated_practice_is_not():
    result = _judge("", "Please note: the revised privacy statement is in force from 3 March 2027.")
    assert not result.material and [c.rule for c in result.changes] == ["announcement"]
    practice = _judge("", "From 3 March 2027 this statement also covers the voice recordings we collect.")
    assert practice.material


def test_a_message_sent_to_us_is_a_contact_channel_but_reading_messages_is_a_practice():
    assert not _judge("", "You can also send us a message through the contact form.").material
    assert _judge("", "We read the messages you send us to train our support staff.").material


LIST = "We may disclose your personal data to:\n\n- Our payment processor\n- Our auditors\n"


def test_an_item_added_to_a_list_introduced_as_recipients_is_a_recipient():
    result = _judge(LIST, LIST + "- Local charities\n")
    assert result.material and [c.rule for c in result.changes] == ["listed-recipient"]
    assert "third_party_sharing" in result.categories
    dropped = _judge(LIST + "- Local charities\n", LIST)
    assert dropped.material and dropped.direction.value == "improves_privacy"


def test_a_condition_or_an_item_of_a_list_not_about_recipients_is_no_recipient():
    assert not any(c.rule == "listed-recipient" for c in _judge(LIST, LIST + "- When a court orders it\n").changes)
    products = "Our apps include:\n\n- Orbit Notes\n- Orbit Maps\n"
    assert not _judge(products, products + "- Orbit Music\n").material


def test_a_request_naming_the_right_by_its_verb_is_a_rights_request():
    before = "Requests to correct or erase your data can be made if you write to us by post."
    after = "Requests to correct or erase your data can be made if you use the form in the app."
    assert _judge(before, after).material
    intro = "We pass your details to the following:\n\n- Our couriers\n- Our bank\n"
    assert [c.rule for c in _judge(intro, intro + "- Market researchers\n").changes] == ["listed-recipient"]
