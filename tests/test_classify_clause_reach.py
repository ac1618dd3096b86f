"""What a "without", a denial's "anyone" and a request to the reader reach (session 39). Our own sentences."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile
from monitor.classify.facts import _sentence_facts

POLICY = (
    "# Privacy at Larchmere Games\n\n## What we collect\n\nWe collect your nickname and e-mail address when you"
    " register.\n\n## Children\n\n{passage}\n\n## Contact\n\nWrite to privacy@larchmere.example.\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(passage=old), POLICY.format(passage=new)).material


SAME = [
    # "without" at the end of a sentence denies its own phrase, not the act it qualifies
    (
        "We erase records that we find were collected from a child under 13 without a parent's consent.",
        "If we find that we collected records from a child under 13 without a parent's consent, we will erase them.",
    ),
    # "from anyone under 16" under a denial = "from people under 16"
    (
        "We do not knowingly collect data from people under 16.",
        "We don't knowingly collect data from anyone under 16.",
    ),
    # the reader asked not to send the company data: the reader's act, no handling the company denies
    (
        "We do not knowingly collect information from people under 16. If you are such a person, please do not use"
        " the app or send us your information.",
        "We don't knowingly collect information from anyone under 16. If you are under 16, please don't use the app"
        " or give us any of your information.",
    ),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_the_same_facts_said_another_way(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (SAME[0][0], SAME[0][1].replace("we will erase them", "we may keep them")),
        (SAME[0][0], SAME[0][1].replace(" without a parent's consent", "")),
        (SAME[1][0], "We knowingly collect data from anyone under 16."),
        (SAME[2][0], SAME[2][1].replace("under 16, please", "under 13, please")),
    ],
)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    assert _material(old, new)


def test_without_at_the_end_of_a_sentence_denies_its_own_phrase() -> None:
    facts, _ = _sentence_facts("We erase records collected from a child under 13 without a parent's consent.")
    assert ("negated", "consent") in facts
    assert ("concept", "deletion", False) in facts
    assert ("negated", "deletion") not in facts


def test_anyone_under_a_denial_widens_nothing() -> None:
    assert profile("we do not knowingly collect data from anyone under 16.").broadeners == ()
    assert profile("we may show your profile to anyone.").broadeners == ("anyone",)


def test_a_handling_whose_recipient_is_the_company_is_the_readers_act() -> None:
    _, denied = _sentence_facts("If you are such a person, please do not send us your information.")
    assert denied == ()
    _, denied = _sentence_facts("We do not send your information to advertisers.")
    assert denied != ()
