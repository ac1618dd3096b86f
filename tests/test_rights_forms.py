"""The rights a sentence grants, read whatever their grammar (rights.granted): a rights list reworded between verbs
and nouns, modals and "the right to", active and passive, is not material; a right dropped, added, denied, given to
another party, made conditional or left to the company's choice still is. Our own sentences."""

from __future__ import annotations

import pytest

from monitor.classify import rights, vocabulary
from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile
from monitor.classify.facts import _facts

HEAD = (
    '# About us\nTidewater Bikes Ltd ("we") rents city bikes through an app. '
    "We collect your name, your phone number and the trips you ride.\n"
    "We never sell what we know about you.\n"
    "# Your rights\nWe keep trip logs for twelve months. "
)
TAIL = " Write to the privacy desk in the app to use these rights.\n# Contact\nTidewater Bikes Ltd, Quay Lane 4.\n"


def _pair(before: str, after: str):
    return classify_texts(HEAD + before + TAIL, HEAD + after + TAIL)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


REWORDED = [
    # the rights named by what they concern, and the same rights as "the rights of"
    (
        "You have legal rights with regard to access, rectification and erasure of your trip history, amongst others."
        " You can also complain to the regulator.",
        "You can complain to the regulator. You also have legal rights, including the rights of access,"
        " rectification and erasure of your trip history.",
    ),
    # a modal for "the right to", verbs for a verb list with passives
    (
        "You can see, fix or erase your trip history.",
        "You have the right to see your trip history, to have it fixed and to have it erased.",
    ),
    # another modal
    ("You can see, fix or erase your trip history.", "You may see, fix or erase your trip history."),
    # "entitled to" and other verbs of the same rights
    ("You can see, fix or erase your trip history.", "You are entitled to view, rectify or delete your trip history."),
    # nouns after a request
    (
        "You can see, fix or erase your trip history.",
        "You may request access to, correction of or deletion of your trip history.",
    ),
    # nouns after "rights of"
    (
        "You can see, fix or erase your trip history.",
        "You hold rights of access, rectification and erasure over your trip history.",
    ),
    # the company's acts at the reader's request
    (
        "You can see, fix or erase your trip history.",
        "At your request we will show you your trip history, correct it or erase it.",
    ),
    # a copy for access, "ask us to" for the right
    (
        "You may obtain a copy of your rider profile and ask us to remove it.",
        "You have the right to access your rider profile and to have it deleted.",
    ),
    # portability as a verb and a noun
    ("You have a right to data portability.", "You can ask us to port your ride data to another operator."),
    # objection and restriction, verbs and nouns
    (
        "You can object to this processing or restrict it.",
        "You have the right to object to this processing and to request its restriction.",
    ),
    ("You have the right to restrict how we use your data.", "You can ask us to limit the processing of your data."),
    # the same condition in other words
    (
        "You can see or erase your trip history where the law requires it.",
        "Where required by law, you have the right to access or erase your trip history.",
    ),
    # a participle for a verb
    ("You may ask us to correct wrong trip records.", "You can have wrong trip records rectified."),
    # a noun of the right itself
    ("You have the right to erasure.", "You have the right to be forgotten."),
    # a request for a noun, "that we" for "us to"
    (
        "You can request that we delete your rider account.",
        "You have the right to request deletion of your rider account.",
    ),
    # "the right to" restated as a modal with "also"
    (
        "You can also object to marketing based on our legitimate interests.",
        "You also have the right to object to marketing based on our legitimate interests.",
    ),
    # a list of rights named by their nouns
    (
        "Your rights include access, rectification and erasure of your data.",
        "You can access, rectify and erase your data.",
    ),
]


@pytest.mark.parametrize(("before", "after"), REWORDED)
def test_a_rights_list_in_another_grammar_is_not_material(before, after):
    for old, new in ((before, after), (after, before)):
        result = _pair(old, new)
        assert not result.material, _why(result)


MATERIAL = [
    # a right dropped from the list, or added to it
    ("You can see, fix or erase your trip history.", "You can fix or erase your trip history."),
    ("You can see, fix or erase your trip history.", "You can see or fix your trip history."),
    ("You can see, fix or erase your trip history.", "You can see, fix, erase or port your trip history."),
    (
        "You have the right to access, rectify and erase your data.",
        "You have the right to access and rectify your data.",
    ),
    # a refusal kept beside the right
    ("You can erase your trip history.", "You can ask us to erase your trip history, and we may refuse."),
    # another holder
    ("You have the right to access your trip history.", "Your employer has the right to access your trip history."),
    # the right denied
    ("You have the right to object to this processing.", "You have no right to object to this processing."),
    ("You can see and erase your trip history.", "You can see your trip history but cannot erase it."),
    # the rights made conditional
    (
        "You can see, fix or erase your trip history.",
        "Where required by law, you can see, fix or erase your trip history.",
    ),
    ("You can see or erase your trip history.", "You can see or erase your trip history if you live in Ireland."),
    # the company keeps a choice where it promised to act
    ("We will erase your trip history when you ask.", "We may erase your trip history when you ask."),
    # a right named by a noun dropped beside a verb kept
    ("You may request a copy of your data and ask us to delete it.", "You may ask us to delete your data."),
]


@pytest.mark.parametrize(("before", "after"), MATERIAL)
def test_a_right_dropped_denied_moved_or_conditioned_is_material(before, after):
    for old, new in ((before, after), (after, before)):
        result = _pair(old, new)
        assert result.material, _why(result)


def _granted(text: str) -> set[tuple[str, str, bool]]:
    return set(rights.granted(profile(text).low).rights)


@pytest.mark.parametrize("entry", vocabulary.load("concepts")["right"], ids=lambda e: e["name"])
def test_right_examples(entry):
    for text in entry["examples"]:
        assert ("reader", entry["name"], False) in _granted(text), text


def test_the_reading_names_holder_and_denial():
    assert _granted("You can see your trip history but cannot erase it.") == {
        ("reader", "access", False),
        ("reader", "erasure", True),
    }
    # another party's powers are practices, not the reader's rights
    assert _granted("Your employer's right to see your trip history is limited.") == set()
    assert _granted("Our support staff can see your account to fix faults.") == set()
    assert _granted("In some cases we may erase your trip history.") == set()  # the company's own act
    assert _granted("We reserve the right to erase inactive accounts.") == set()
    assert _granted("You can reach the app from any phone or computer.") == set()  # no data the verb is done to
    assert _granted("You can change your account settings to stop these emails.") == set()  # a setting, not data
    assert _granted("Last year we received 310 requests to erase accounts.") == {("reader", "erasure", False)}


def test_a_wish_or_a_request_is_no_condition():
    assert not rights.granted(profile("If you wish, you can ask us to erase your data.").low).conditions
    assert not rights.granted(profile("We will erase your data if you ask us to.").low).conditions
    assert rights.granted(profile("If you live in Ireland, you can ask us to erase your data.").low).conditions


def test_the_facts_of_a_rights_list_are_the_same_in_either_grammar():
    one = _facts(["You can see, fix or erase your trip history."])
    two = _facts(["You have the right to access your trip history, to have it corrected and to have it deleted."])
    assert one == two
    assert one != _facts(["You can fix or erase your trip history."])
