"""Classifier: sentences added or dropped that state no practice of the company - a note on how far a cookie or ad
choice reaches (per browser, per device, not in apps), a pointer to another part of the same document whatever
purpose it names, a definition worded "By X, we mean ...", and what the law leaves out of personal information.
Each family comes with look-alikes written in the same shape in which the company acts, a party or a sale is named,
or a choice is offered, which must stay material. The sentences are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

LINES = [
    "# What we collect",
    "We collect your name, email address and delivery address when you order flowers from us.",
    "We collect the pages you visit on our site with cookies.",
    "# How we share it",
    "We share your delivery address with the couriers who bring your order.",
    "We do not sell your personal information.",
    "# Cookies and ads",
    "We use advertising cookies, with your consent, to show you our offers on other sites.",
    "You can opt out of advertising cookies with the opt-out tool in the footer of our site.",
    "# Your rights",
    "You can ask us for a copy of your data, or ask us to correct it or delete it.",
    "# Contact",
    "Write to privacy@example.net with any question about your data.",
]
POLICY = "\n".join(LINES)


def _with(extra: str, at: int = 9) -> str:
    return "\n".join([*LINES[:at], extra, *LINES[at:]])


def _rules(old: str, new: str) -> tuple[bool, set[str]]:
    result = classify_texts(old, new)
    return result.material, {c.rule for c in result.changes}


def _neither_way(sentence: str, rule: str) -> None:
    """Added or dropped, the sentence is not material, and `rule` is the one that says so."""
    for old, new in ((POLICY, _with(sentence)), (_with(sentence), POLICY)):
        material, rules = _rules(old, new)
        assert not material, (sentence, rules)
        assert rule in rules, (sentence, rules)


def _stays_material(sentence: str) -> None:
    assert classify_texts(POLICY, _with(sentence)).material, sentence
    assert classify_texts(_with(sentence), POLICY).material, sentence


# ---- how far a cookie or ad choice reaches


@pytest.mark.parametrize(
    "note",
    [
        "Please note that you must opt out separately on each browser and each device you use.",
        "If you clear your cookies or switch to another browser, you will need to set your preferences again.",
        "If you delete or reset your cookies, you will need to reconfigure your choices.",
        "Please note that cookie-based opt-outs do not work in mobile apps.",
        "Your opt-out applies only to the browser and device you used to make it.",
        "If you use another browser, check with its maker to find out how to disable cookies.",
    ],
)
def test_a_note_on_how_far_a_cookie_choice_reaches_is_not_material(note):
    _neither_way(note, "choice-reach")


@pytest.mark.parametrize(
    "practice",
    [
        # the company acts
        "If you clear your cookies, we will still recognise your device from its fingerprint.",
        "You must opt out separately on each device, and until you do we share your browsing history with advertisers.",
        # a recipient, a kind of data or a sale named
        "Opt-outs do not apply to the location data shared with advertising partners on each device.",
        "Your opt-out applies only to this browser, and your data may still be sold to data brokers.",
        "Please note that opt-outs do not work in mobile apps, where your advertising ID is shared with ad networks.",
        # a choice offered
        "You can opt out on each browser by using the preference centre on our website.",
        # how long the choice lasts
        "Please note that you will need to opt out again on each browser after 12 months.",
    ],
)
def test_choice_reach_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


# ---- a pointer to another part of this document


@pytest.mark.parametrize(
    "pointer",
    [
        "To ask us to delete this data, please see the Your Rights section below.",
        "Anyone who wishes to correct inaccurate data should follow the instructions in the Your Rights section below.",
        'To limit how your information is used and disclosed, follow the instructions in the "Your Rights" section.',
        "For details on your rights regarding the sharing of your data, please see Section 4.",
        'See also the section "Cookies and ads" for more on the data processed when you browse our site.',
        "To request deletion of such data, please see the 'Your Rights under U.S. State Laws' section below.",
    ],
)
def test_a_pointer_to_another_part_of_the_document_is_not_material(pointer):
    _neither_way(pointer, "furniture")


@pytest.mark.parametrize(
    "practice",
    [
        # the company speaks, or the sentence says more than where to look
        "To request deletion, see the section below; we will delete your data within 30 days.",
        "To request deletion, see the section below, which lets you download a form that erases your account at once.",
        # a way to act that is not the section (an address)
        "To request deletion, email erase@example.net or see the Your Rights section below.",
        # a sale or a party named in the purpose
        "To opt out of the sale of your data, please see the section below.",
        "To stop us sharing your data with Brightline Ads, see the Your Rights section below.",
        # a practice stated, then the pointer
        "We share your purchase history with advertisers, as described in the section below.",
    ],
)
def test_pointer_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


# ---- "By X, we mean ..." and what the law leaves out of personal information


@pytest.mark.parametrize(
    "definition",
    [
        "By trackers, we mean small files that a website stores and reads in your browser.",
        'By "order data" we mean the records of what you bought and when.',
    ],
)
def test_a_definition_worded_by_x_we_mean_is_not_material(definition):
    _neither_way(definition, "furniture")


@pytest.mark.parametrize(
    "exclusion",
    [
        "Personal information does not include publicly available information or de-identified data.",
        "Personal information does not include information that is lawfully made publicly available by"
        " government records.",
    ],
)
def test_what_the_law_leaves_out_of_personal_information_is_not_material(exclusion):
    _neither_way(exclusion, "general-explanation")


@pytest.mark.parametrize(
    "practice",
    [
        # the company speaks in the definition: a sale or a recipient rides on it
        'By "partners", we mean the advertisers to whom we sell your browsing history.',
        "By this we mean that we keep your order history for ten years.",
        # the company speaks in the exclusion, or the subject is data the company handles
        "Personal information does not include publicly available information, which we sell to data brokers.",
        "Personal data we share with couriers does not include your phone number.",
    ],
)
def test_definition_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


def test_a_note_on_a_choices_reach_reworded_is_not_material():
    old = _with("Please note that you must opt out separately on each browser you use.")
    new = _with("Please note that you must opt out separately on each browser and on each device you use.")
    assert not classify_texts(old, new).material


# ---- more to read, said to be available elsewhere


@pytest.mark.parametrize(
    "pointer",
    [
        "Supplemental privacy information for some regions is also available.",
        "The standard contractual clauses are available on the regulator's website.",
        "The standard contractual clauses are available on the CNIL website.",
        "Country-specific details are available on request.",
    ],
)
def test_more_to_read_said_to_be_available_is_not_material(pointer):
    _neither_way(pointer, "furniture")


@pytest.mark.parametrize(
    "practice",
    [
        # data about the reader, not a text to read
        "Your wish lists are publicly available.",
        "Your reviews are available on your public profile page.",
        # made available to someone: who sees it
        "Additional details of your orders are available to our delivery partners.",
        # a sale named in what is available
        "The list of advertising partners who buy your data is available here.",
    ],
)
def test_available_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


def test_a_regulator_named_after_a_word_ending_like_a_particle_keeps_that_word():
    """'available on the CNIL website' once read as 'availab' + 'the supervisory authority': the particles that may
    open a regulator's name ("de", "le", "on") start a word, never end one."""
    from monitor.classify.evidence import profile

    assert "available" in profile("The clauses are available on the CNIL website.").low.split()
    assert "responsible" in profile("We are not responsible for the ICO decisions.").low.split()
