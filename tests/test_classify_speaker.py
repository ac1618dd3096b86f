"""The company defined as the speaker ('Example Corp Inc. ("Example Corp", "we", "us")') in both versions: a sentence
that names it where the other version says "we" or "our" states the same facts. Family: policies rewritten from the
first person to the company's name, or back. Practice changes beside the naming, and another company defined as
"we" in the new version, stay material."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts
from monitor.classify.renames import as_speaker, speaker_names

DEFINED = '# Policy\nThis policy is provided by Brightfield Tools Ltd. ("Brightfield", "we", "us" or "our").\n'


def test_the_speakers_names_are_those_both_versions_define() -> None:
    other = '# Policy\nThis policy is provided by Quorvio Inc. ("Quorvio", "we").\n'
    assert speaker_names(DEFINED, DEFINED) == ("Brightfield Tools Ltd.", "Brightfield")
    assert speaker_names(DEFINED, other) == ()
    names = speaker_names(DEFINED, DEFINED)
    assert as_speaker("Brightfield shares it with Brightfield's partners.", names) == "we share it with our partners."
    assert as_speaker(DEFINED, names) == DEFINED  # the definition itself is left as written


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We collect your name when you sign up.", "Brightfield collects your name when you sign up."),
        ("We do not sell your data.", "Brightfield does not sell your data."),
        ("We share data with our payment processor.", "Brightfield shares data with Brightfield's payment processor."),
        (
            "While we aim to answer within 30 days, some requests take longer.",
            "While Brightfield aims to answer within 30 days, some requests take longer.",
        ),
        ("We reserve the right to close accounts.", "Brightfield reserves the right to close accounts."),
    ],
)
def test_the_company_named_for_we_is_the_same_fact(old: str, new: str) -> None:
    assert not classify_texts(DEFINED + old + "\n", DEFINED + new + "\n").material
    assert not classify_texts(DEFINED + new + "\n", DEFINED + old + "\n").material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We do not sell your data.", "Brightfield may sell your data."),
        ("We share data with our payment processor.", "Brightfield shares data with Quorvio Media."),
    ],
)
def test_a_practice_changed_beside_the_naming_stays_material(old: str, new: str) -> None:
    assert classify_texts(DEFINED + old + "\n", DEFINED + new + "\n").material


NAMED = '# Policy\nThis policy is provided by Northwind Data Ltd. ("Northwind Data", "we", "us" or "our").\n'
SHARED = "We share your e-mail address with our payment processor to send you receipts.\n"
OLD_SECTIONS = (
    NAMED
    + "## What we collect\nWe collect your name and e-mail address when you sign up.\n"
    + SHARED
    + "## Security\nWe encrypt passwords at rest.\n"
    + "## Contact\nWrite to privacy@northwind.example with any question.\n"
)


def _moved(sentence: str) -> str:
    return OLD_SECTIONS.replace(SHARED, "").replace("## Contact\n", f"## Contact\n{sentence}\n")


@pytest.mark.parametrize(
    "moved",
    [
        "Northwind Data shares your e-mail address with Northwind Data's payment processor to send you receipts.",
        "Northwind Data's payment processor receives your e-mail address from Northwind Data to send you receipts.",
    ],
)
def test_a_statement_moved_and_named_for_we_is_stated_elsewhere(moved: str) -> None:
    """The sentence leaves its section and comes back, in another, with the company's name for "we": the diff sees
    it removed and added, and the old version already stated its facts (the name is the speaker, no new party)."""
    assert not classify_texts(OLD_SECTIONS, _moved(moved)).material
    assert not classify_texts(_moved(moved), OLD_SECTIONS).material


def test_a_statement_moved_and_named_for_we_with_another_recipient_stays_material() -> None:
    moved = "Northwind Data's payment processor and Kestrel Ads receive your e-mail address from Northwind Data."
    assert classify_texts(OLD_SECTIONS, _moved(moved)).material
