"""Reference lists, synonyms and rewordings: lists of other documents, a term swapped for another of its kind,
typos fixed, acronyms spelled out, vocabulary words that look like names; with the material look-alikes beside."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
    "# Choices\n"
    "You can ask us to erase your account.\n"
)


def _judge(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a name with no kind word ("Marketing Choices") in a list that is mostly documents
        (
            "Please also read our Shipping Terms, Forum Code of Conduct and Marketing Choices.",
            "Please also read our Shipping Terms, Forum Code of Conduct, Marketing Choices and Loyalty Notice.",
        ),
        (
            "Our Seller Policy, Kids Privacy Statement and Marketing Choices also cover the app.",
            "Our Seller Policy, Kids Privacy Statement, Marketing Choices and Annual Openness Report also cover"
            " the app.",
        ),
        # a sentence that states no practice once its list is set aside: the names' own words ("Retention")
        # are no practice of this policy
        (
            "Where it matters, our Storage Period Table and Seller Policy explain how the shop works.",
            "Where it matters, our Storage Period Table, Seller Policy and Data Retention Plan explain how the"
            " shop works.",
        ),
    ],
)
def test_a_document_added_to_a_list_of_documents_is_not_material(before, after):
    result = _judge(before, after)
    assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # parties, not documents, even beside a document title
        (
            "We pass order details to Orbit Freight, Vela Pay and Castor Mail, as our Seller Policy explains.",
            "We pass order details to Orbit Freight, Vela Pay, Castor Mail and Lyra Ads, as our Seller Policy"
            " explains.",
        ),
        # one document and one party: the party added is no document title
        (
            "Our Seller Policy applies when we share your purchases.",
            "Our Seller Policy and Lyra Ads apply when we share your purchases.",
        ),
    ],
)
def test_a_party_added_to_a_list_is_still_material(before, after):
    result = _judge(before, after)
    assert result.material, _why(result)


def test_a_term_swapped_for_its_synonym_where_it_stood_is_not_material():
    before = "We compare the photo you take with the photo on your ID card, and keep the photo for a week."
    after = "We compare the photo you take with the picture on your ID card, and keep the photo for a week."
    result = _judge(before, after)
    assert not result.material, _why(result)


def test_a_second_data_type_of_the_same_kind_added_is_still_material():
    before = "We collect the photo you upload for your profile."
    after = "We collect the photo you upload for your profile and the videos you record in the app."
    assert _judge(before, after).material


def test_a_misspelt_vocabulary_word_fixed_is_a_typo_fix():
    before = "We make reasonalbe efforts to erase your account within a month."
    after = "We make reasonable efforts to erase your account within a month."
    result = _judge(before, after)
    assert not result.material, _why(result)
    assert [c.rule for c in result.changes] == ["same-words"]


def test_an_acronym_spelled_out_where_the_words_also_stand_elsewhere_is_not_material():
    before = "We log your OS build and, for crash reports, your operating system language."
    after = "We log your operating system build and, for crash reports, your operating system language."
    result = _judge(before, after)
    assert not result.material, _why(result)


def test_whenever_you_wish_is_the_same_time_as_at_any_time():
    before = "You can withdraw your consent to marketing e-mails at any time in your settings."
    after = "You can withdraw your consent to marketing e-mails whenever you wish in your settings."
    result = _judge(before, after)
    assert not result.material, _why(result)


def test_vocabulary_words_and_contractions_are_no_names():
    item = _judge("We collect:\n- Device identifiers", "We collect:\n- Device IDs")
    assert not item.material, _why(item)
    cell = _judge(
        "Support | * Name * Email address * Phone number | to answer you",
        "Support | * Name * Email address * Mobile number | to answer you",
    )
    assert not cell.material, _why(cell)
    company = _judge(
        "We'll share your order with the courier.",
        "The Company'll share your order with the courier.",
    )
    assert not company.material, _why(company)
