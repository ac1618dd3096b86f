"""A sentence that says it restates what was just said ("In short, ...", "In other words, ...", "That is why ...",
"... simply means ...") adds nothing when the passage before it states every fact it names; one that names another
number, recipient, kind of data or polarity says more, and stays material. The sentences are our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts

PASSAGE = (
    "# Privacy Policy\n\n"
    "## Keeping your data\n\n"
    "We keep scans of identity documents only as long as the check of your identity needs them, and delete them"
    " after 30 days at the latest. We share the result of the check with our payment provider.\n\n"
    "## Marketing\n\n"
    "You can stop our newsletters from your account page or with the link in every newsletter.\n"
)


def _with(sentence: str, after: str = "We share the result of the check with our payment provider.") -> str:
    return PASSAGE.replace(after, f"{after} {sentence}")


def _verdict(sentence: str, after: str = "We share the result of the check with our payment provider.") -> bool:
    new = _with(sentence, after)
    return classify_texts(PASSAGE, new).material or classify_texts(new, PASSAGE).material


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("In other words, ID scans are kept no longer than the check needs, and for no more than 30 days.", None),
        ("In short, the payment provider only learns the result of the check.", None),
        (
            "Put simply, you can stop the newsletters in two ways.",
            "You can stop our newsletters from your account page or with the link in every newsletter.",
        ),
    ],
)
def test_a_restatement_of_the_passage_before_it_is_no_change(sentence: str, after: str | None) -> None:
    assert not _verdict(sentence, *(() if after is None else (after,)))


@pytest.mark.parametrize(
    "sentence",
    [
        "In other words, ID scans are kept for up to 90 days.",
        "In short, the result of the check also goes to our advertising partners.",
        "That is why we also keep a copy of your fingerprint.",
        "In other words, we do not delete the scans.",
        # no marker: a statement of its own, judged as one
        "We keep a copy of your passport for 90 days.",
    ],
)
def test_a_restatement_that_says_more_stays_material(sentence: str) -> None:
    assert _verdict(sentence)


def test_a_restatement_after_a_passage_the_other_version_drops_is_judged_on_its_own() -> None:
    old = PASSAGE
    new = _with("In other words, ID scans are kept for at most 30 days.").replace(
        "We keep scans of identity documents only as long as the check of your identity needs them, and delete them"
        " after 30 days at the latest. ",
        "",
    )
    assert classify_texts(old, new).material


@pytest.mark.parametrize(
    ("old", "new", "material"),
    [
        (
            "We will ask for your explicit consent to share health data.",
            "We will ask for your consent to share health data.",
            True,
        ),
        (
            "We will ask for your explicit consent to share health data.",
            "We will ask for your express consent to share health data.",
            False,
        ),
        (
            "We share it only if you have given your explicit consent.",
            "We share it only if you have explicitly consented.",
            False,
        ),
        ("We share it only if you have explicitly consented.", "We share it only if you have consented.", True),
    ],
)
def test_a_stricter_consent_dropped_is_material(old: str, new: str, material: bool) -> None:
    base = "# Privacy Policy\n\nWe collect your name.\n\n"
    assert classify_texts(base + old, base + new).material is material
