"""Readings of session 12 (issue 10), each with material look-alikes, in our own words:

- "phone" / "telephone" as a channel ("by phone", "our telephone line") is no phone number; calls recorded are
  audio recordings;
- a term defined by what it is ("OAuth is an authorisation protocol ...") is a definition, unless the company or
  the reader is in it;
- a pointer to published request statistics is a pointer;
- list items back at the end of lists a broken capture had lost (read the other way from `list-tail-lost`).
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

BASE = """# Privacy notice

We collect your name, email address and payment details when you open an account. We use them to run the
service and to take payments.

We share data with hosting providers. We do not sell personal data.

## Cookies

We use cookies to keep you signed in and to count visits.

## Your rights

You can access, correct or delete your data by writing to privacy@example.org.

## Contact

Our help desk is open on weekdays.
"""


def _with(sentence: str, after: str = "Our help desk is open on weekdays.") -> str:
    return BASE.replace(after, f"{after} {sentence}", 1)


def _verdict(sentence: str, after: str = "Our help desk is open on weekdays."):
    return classify_texts(BASE, _with(sentence, after))


@pytest.mark.parametrize(
    "sentence",
    [
        "When the desk closes early, we say so on our telephone line and on this site.",
        "You can also reach us by phone or in writing.",
        "Telephone support is available in English and French.",
        "Our phone lines are busiest on Mondays.",
    ],
)
def test_phone_as_a_channel_is_no_phone_number(sentence):
    assert not _verdict(sentence).material


@pytest.mark.parametrize(
    "sentence",
    [
        "We also ask for your name, email and phone when you order.",
        "We collect your phone number to send delivery updates.",
        "We may record phone calls with our help desk.",
        "Calls to our help desk may be recorded to train staff.",
    ],
)
def test_phone_numbers_and_recorded_calls_stay_material(sentence):
    result = _verdict(sentence, "and payment details when you open an account.")
    assert result.material, [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    "sentence",
    [
        "OAuth is an authorisation protocol that lets an app sign in to a mail server without sharing a password.",
        "A web beacon is a tiny transparent image embedded in a page.",
        "Pixels are a type of tracking code placed in emails and pages.",
    ],
)
def test_a_term_explained_is_a_definition(sentence):
    result = _verdict(sentence, "to count visits.")
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    assert {c.rule for c in result.changes} == {"furniture"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Session replay is a technique that records your clicks and keystrokes on our pages.",
        "Acme Ads is an advertising partner that receives device identifiers from our app.",
        "Acme Ads is a data broker.",
        "Acme Ads is one of the partners that receive personal information from us.",
        "A partner is a company that buys personal data from apps.",
    ],
)
def test_a_definition_that_carries_a_practice_stays_material(sentence):
    result = _verdict(sentence, "to count visits.")
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_a_pointer_to_request_statistics_is_a_pointer():
    sentence = (
        "Please visit example.org/figures for metrics regarding the requests we received last year for: "
        "Requests to Know, Requests to Delete, and Requests to Opt Out."
    )
    assert not _verdict(sentence).material


@pytest.mark.parametrize(
    "sentence",
    [
        "To opt out of sales, please visit example.org/choices.",
        "To object to our use of your data for marketing, please visit example.org/object.",
        "For metrics on our requests, see example.org; we now sell your data to brokers.",
    ],
)
def test_a_choice_or_a_practice_next_to_a_pointer_stays_material(sentence):
    assert _verdict(sentence).material


LISTS_WHOLE = """
We may disclose data:
- to comply with the law;
- to prevent fraud; or
- with your consent.

We receive data from other sources, such as:
- partners who run events with us;
- public registers.

# Security
"""
LISTS_BROKEN = """
We may disclose data:
- to comply with the law;

We receive data from other sources, such as:

# Security
"""


def test_list_tails_back_after_a_broken_capture_are_no_change():
    result = classify_texts(BASE + LISTS_BROKEN, BASE + LISTS_WHOLE)
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    assert "list-tail-restored" in {c.rule for c in result.changes}
    lost = classify_texts(BASE + LISTS_WHOLE, BASE + LISTS_BROKEN)
    assert not lost.material


def test_an_item_added_after_one_sloppy_list_end_stays_material():
    before = BASE + "\nWe may disclose data:\n- to comply with the law;\n\n# Security\n"
    after = BASE + "\nWe may disclose data:\n- to comply with the law;\n- to advertisers who pay us.\n\n# Security\n"
    assert classify_texts(before, after).material


def test_items_added_to_lists_that_ended_properly_stay_material():
    before = BASE + "\nWe may disclose data:\n- to comply with the law.\n\nWe receive data from:\n- partners.\n"
    after = (
        BASE + "\nWe may disclose data:\n- to comply with the law.\n- to advertisers who pay us.\n\n"
        "We receive data from:\n- partners.\n- data brokers.\n"
    )
    assert classify_texts(before, after).material


def _long_policy(date: str, sections: int) -> str:
    head = f"# Privacy notice\n\nLast updated: {date}\n\n"
    body = []
    for n in range(sections):
        body.append(
            f"## Part {n + 1}\n\nWe collect the device information of screen {n + 1} and keep it for {n + 2} months."
            f" We share the personal data of screen {n + 1} with our hosting provider, who may not use it for"
            " anything else.\n"
        )
    return head + "\n".join(body)


def test_a_capture_that_stopped_at_a_paragraph_end_then_came_back_whole_is_a_recovery():
    from monitor.capture.pair import classify_pair

    whole = _long_policy("3 May 2024", 12)
    broken = _long_policy("3 May 2024", 4)
    result = classify_pair(broken, whole)
    assert not result.material and result.capture.startswith("old version was not a capture"), result.summary


def test_a_policy_grown_with_a_new_date_or_no_date_stays_a_change():
    from monitor.capture.pair import classify_pair

    grown = classify_pair(_long_policy("3 May 2024", 4), _long_policy("9 June 2025", 12))
    assert grown.capture == "ok" and grown.material
    undated_old = _long_policy("3 May 2024", 4).replace("Last updated: 3 May 2024\n", "")
    undated_new = _long_policy("3 May 2024", 12).replace("Last updated: 3 May 2024\n", "")
    assert classify_pair(undated_old, undated_new).material


def test_a_sentence_split_keeps_its_facts_and_a_flipped_copy_stays_material():
    twice = BASE.replace(
        "We do not sell personal data.", "We do not sell personal data.\n\nWe never sell personal data."
    )
    flipped = twice.replace("We never sell personal data.", "We may sell personal data to advertisers.")
    assert classify_texts(twice, flipped).material


def test_a_pointer_sentence_that_gains_a_recipient_is_no_move_to_the_notice():
    before = BASE + "\nWe share your details with Acme Pay and Bolt Maps, as described in our Cookie Notice.\n"
    after = (
        BASE + "\nWe share your details with Acme Pay, Bolt Maps and Crest Ads, as described in our Cookie Notice.\n"
    )
    result = classify_texts(before, after)
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_recipients_named_by_their_names_alone_receive_data():
    before = BASE + "\nAs this notice explains, Acme Pay and Bolt Maps receive data about your orders.\n"
    after = BASE + "\nAs this notice explains, Acme Pay, Bolt Maps and Crest Ads receive data about your orders.\n"
    assert classify_texts(before, after).material
    quiet = BASE + "\nYou may receive a code by text message when you sign in.\n"
    assert not classify_texts(BASE, quiet).material


FORM = """
## Send us a message

First name

Email address

Phone number (optional)

Your message

Send
"""


def test_a_contact_form_captured_in_the_body_is_no_list_of_data():
    result = classify_texts(BASE, BASE + FORM)
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    fewer = BASE + FORM.replace("Phone number (optional)\n\n", "")
    assert not classify_texts(BASE + FORM, fewer).material


def test_a_list_the_policy_presents_stays_a_list_even_above_a_control():
    listed = BASE + "\nWhen you register, we collect:\n\nFirst name\n\nHealth conditions\n\nRegister\n"
    assert classify_texts(BASE, listed).material


@pytest.mark.parametrize(
    "sentence",
    [
        "In this section we explain which partners receive your information.",
        "We explain below which partners receive your information.",
    ],
)
def test_the_company_presenting_a_part_of_the_notice_states_nothing(sentence):
    assert not _verdict(sentence).material


def test_presenting_a_sale_is_still_read_as_one():
    assert _verdict("In this section we explain that we sell your data to data brokers.").material


def test_a_practice_after_a_semicolon_in_a_description_of_the_notice_is_read():
    assert _verdict("This notice explains how we use your data; we do not keep your data after you leave.").material
    assert not _verdict("This notice explains how we use your data; please read it carefully.").material
