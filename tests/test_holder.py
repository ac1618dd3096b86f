"""Who holds a right or sees the data: another party put in the reader's place is a change, in a whole document too
(reader.holders, together._holder_replaced); the reader renamed, a modal reworded, "we" named, a right restated stay
not material. Our own sentences."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from monitor.classify import reader
from monitor.classify.engine import classify_texts
from monitor.classify.reader import holders

HEAD = (
    '# Who we are\nBrightleaf Ltd ("we", "us") runs the reading club app. '
    "We collect your name and email address when you join.\n"
    "We never sell what we learn about you.\n"
    "# Your choices\nWe keep your club history while your membership lasts. "
)
TAIL = " We answer every request within one month.\n# Contact\nWrite to our support team by post.\n"


def _pair(before: str, after: str):
    return classify_texts(HEAD + before + TAIL, HEAD + after + TAIL)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


_EXAMPLES = tomllib.loads((Path(reader.__file__).parent / "vocabulary" / "reader.toml").read_text())


@pytest.mark.parametrize("example", _EXAMPLES["holder_examples"], ids=lambda e: e["text"][:40])
def test_holder_examples(example):
    assert list(holders(example["text"])) == example["holders"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the holder of a right: no practice, limit or number differs
        (
            "You have the right to look at the notes we keep about you.",
            "Your employer has the right to look at the notes we keep about you.",
        ),
        (
            "You have the right to look at the notes we keep about you.",
            "The card issuer's branch has the right to look at the notes we keep about the member.",
        ),
        # the audience of what is shown
        ("Your reading history is visible to you.", "Your reading history is visible to your classmates."),
        # and the tasks' own kinds
        ("You have the right to ask us to erase your data.", "Your bank has the right to ask us to erase your data."),
        ("Your profile is visible only to you.", "Your profile is visible to other members."),
        ("Only you can see your saved searches.", "Your team administrators can see your saved searches."),
        # the other way round: the reader given what another party held
        (
            "Your school has the right to look at the notes we keep about you.",
            "You have the right to look at the notes we keep about you.",
        ),
    ],
)
def test_another_party_in_the_readers_place_is_material_in_a_document(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the reader named in the third person
        (
            "You have the right to look at the notes we keep about you.",
            "The member has the right to look at the notes we keep about the member.",
        ),
        # a modal reworded
        ("You may ask us to erase your data.", "You can ask us to erase your data."),
        # "we" named by the company's defined name
        ("We can erase your data when you ask.", "Brightleaf Ltd can erase your data when you ask."),
    ],
)
def test_the_same_holder_in_other_words_is_not_material(before, after):
    result = _pair(before, after)
    assert not result.material, _why(result)


def test_a_right_restated_in_another_section_is_not_material():
    right = "You have the right to ask us for a copy of your data."
    old = HEAD + right + TAIL
    new = HEAD + TAIL.replace("by post.", f"by post. {right}")
    result = classify_texts(old, new)
    assert not result.material, _why(result)


def test_passive_powers_name_no_holder():
    assert holders("Your data may be shared with the printer, and it can not be sold.") == ()
