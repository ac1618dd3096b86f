"""Classifier: whole-document awareness - statements restated elsewhere (in prose, in a list, in a moved section),
denials read clause by clause, and pointers to separate documents; each with a counter-example that stays material.
The policies are made up for these tests."""

from __future__ import annotations

from monitor.classify.elsewhere import Document, acts, covered
from monitor.classify.engine import classify_texts
from monitor.classify.facts import _facts
from monitor.classify.moved import is_pointer

BASE = (
    "# How we handle your data\n\n"
    "We use cookies to remember your language settings on our website.\n\n"
    "We keep order records for six years to meet tax law.\n\n"
    "You can ask us to delete your account by writing to our support team.\n"
)
PROSE = "When you sign up, we collect your full name, your e-mail address and your billing address.\n"
LISTED = (
    "# Notice for residents of some US states\n\n"
    "We have collected the following categories of personal information:\n\n"
    "- Full name\n- E-mail address\n- Billing address\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


def _facts_of(text: str) -> frozenset:
    return _facts([text])


def test_data_types_stated_in_prose_and_in_a_list_lose_one_copy():
    both = BASE + "\n" + PROSE + "\n" + LISTED
    assert not _material(both, BASE + "\n" + PROSE)  # the state section's list dropped
    assert not _material(both, BASE + "\n" + LISTED)  # the prose sentence dropped
    assert not _material(BASE + "\n" + LISTED, both)  # the prose copy added
    # an item the prose never named is new, restated list or not
    assert _material(both, both + "- Precise location from your phone's GPS\n")
    # a type named only in the list goes with it
    only_listed = LISTED + "- Voice recordings of support calls\n"
    assert _material(BASE + "\n" + PROSE + "\n" + only_listed, BASE + "\n" + PROSE)


def test_a_list_is_read_whole_with_its_introduction():
    doc = Document("Intro line.\n\nWe collect:\n\n- Your name\n- Your phone number\n\nAfter the list.\n")
    assert "We collect: Your name; Your phone number." in doc.sentences
    # an item's facts are what it adds to its introduction: a denial reaches into the item
    assert covered("Your phone number", doc, _facts_of, added=False, intro="We collect:")
    denied = Document("We never collect:\n\n- Your phone number\n- Your name\n")
    assert not covered("Your phone number", denied, _facts_of, added=False, intro="We collect:")


def test_a_restatement_must_do_the_same_with_the_data():
    assert acts("We share your e-mail address with partners.") == {"disclose"}
    assert acts("When you use the app, we collect your name.") == {"collect"}  # the user's use is no handling
    old = BASE + "\nWe collect your phone number.\n\nWe use your phone number to send you marketing messages.\n"
    new = BASE + "\nWe collect your phone number.\n"
    assert _material(old, new)  # a use dropped is not restated by the collection that stays
    moved = BASE + "\nWe use your phone number to send you marketing messages.\n\nWe collect your phone number.\n"
    assert not _material(old, moved)


def test_a_second_denial_of_the_same_handling_is_a_fact():
    old = (
        BASE + "\nThe company does not sell (as the law defines it) your data (and will not sell it without notice).\n"
    )
    new = BASE + "\nThe company sells (as the law defines it) your data (and will not sell it without notice).\n"
    assert _material(old, new)
    # one denial said twice over is one denial
    assert not _material(
        BASE + "\nWe do not and will not sell your data.\n", BASE + "\nWe will never sell your data.\n"
    )


def test_a_parenthesis_opening_a_clause_has_its_own_polarity():
    old = BASE + "\nIf your browser sends an opt-out signal, we will not share your data (we do not sell it either).\n"
    new = BASE + "\nIf your browser sends an opt-out signal, we will not share your data (we sell it either).\n"
    assert _material(old, new)


def test_a_reference_to_this_policy_is_no_pointer_to_a_separate_one():
    assert not is_pointer("We share your data with partners except as described in this Privacy Notice.")
    assert not is_pointer("Our partners receive your data, as set out in the present policy.")
    assert is_pointer("For information about cookies, please see our separate Cookie Notice.")


def test_a_pointer_replacing_a_section_of_general_text_is_no_practice():
    # the pointer's own words name a practice ("change notice", "controller"): it stands for the section it replaced
    section = (
        "\n# Data controller\n\nThis means the company that decides why your information is handled.\n\n"
        "It answers to the regulator where it is established.\n"
    )
    pointer = (
        "\n# Data controller\n\nInformation about the data controller has moved to our Data Controller Notice,"
        " available on our website.\n"
    )
    assert not _material(BASE + section, BASE + pointer)
    # a practice dropped from another section is not in the separate notice the pointer names
    other = "\n# Selling data\n\nWe never sell your data to data brokers.\n"
    assert _material(BASE + other + section, BASE + "\n# Selling data\n" + pointer)


def test_correcting_inaccuracies_is_the_right_to_rectification():
    rights = "\n# Your rights\n\nYou have the right to correct inaccuracies in the data we hold about you.\n"
    assert _material(BASE + rights, BASE)


def test_a_restatement_names_the_data_where_it_does_the_act():
    listed = "We have collected the following categories of personal information:\n\n- Contact details\n"
    item = "- Records of your medical conditions\n"
    # the data type named next to the act, in a sentence that only says what the data could reveal
    nearby = "The meals you order could reveal your medical conditions. We will ask before we collect sensitive data.\n"
    assert _material(BASE + "\n" + nearby + "\n" + listed, BASE + "\n" + nearby + "\n" + listed + item)
    # named in a definition, with no act
    defined = '"Sensitive data" means data about your medical conditions, beliefs or union membership.\n'
    assert _material(BASE + "\n" + defined + "\n" + listed, BASE + "\n" + defined + "\n" + listed + item)
    # a sentence going on about one that collects restates it
    said = "We collect some sensitive data. This includes records of your medical conditions.\n"
    assert not _material(BASE + "\n" + said + "\n" + listed, BASE + "\n" + said + "\n" + listed + item)


def test_a_restatement_keeps_the_condition():
    listed = "We have collected the following categories of personal information:\n\n- Contact details\n"
    item = "- Precise location from your phone\n"
    conditional = "If you turn on store finder, we collect precise location from your phone.\n"
    assert _material(BASE + "\n" + conditional + "\n" + listed, BASE + "\n" + conditional + "\n" + listed + item)
    plain = "We collect precise location from your phone to show nearby stores.\n"
    assert not _material(BASE + "\n" + plain + "\n" + listed, BASE + "\n" + plain + "\n" + listed + item)


def test_a_negation_stays_in_its_own_main_clause():
    old = BASE + "\nOur company is not an ad network, and we do not sell your contact details.\n"
    new = BASE + "\nOur company is not an ad network, and we sell your contact details.\n"
    assert _material(old, new)
    assert not _material(old, old.replace("Our company", "The company"))
