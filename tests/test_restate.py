"""Classifier: summaries that restate, in a sentence or a few, practices the body of the policy states already
(key-point lists, a What / Why / Who table, a one-line recap, a section intro, a closing recap), added or dropped,
change nothing; a summary that adds one new practice, flips one polarity or widens one limit is material. The
policy is made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.elsewhere import Document, covered
from monitor.classify.engine import classify_texts
from monitor.classify.facts import _facts
from monitor.classify.recap import clauses

BASE = """# Privacy statement

Effective 1 June 2025.

Lumen Garden Co. ("we") makes a plant-care app. This statement describes what we do with personal data.

## What we collect

When you register, we collect your name, your email address and a password.

The app also collects your device model, an advertising identifier and approximate location derived from your IP \
address.

## How we use it

We use your data to operate the app, to send you care reminders and to fix bugs.

## Who receives it

We share personal data with cloud hosting providers and with our payment processor, who act on our behalf. We do \
not sell personal data, and we do not share it for targeted advertising.

## How long we keep it

We keep your data while your account is active and delete it within 30 days after you close the account.

## Your choices

You may access, correct or delete your data, and you may withdraw consent at any time. Write to \
privacy@lumen.example.
"""

TOP = "Effective 1 June 2025."
END = "Write to privacy@lumen.example."


def _with(text: str, after: str = TOP) -> str:
    """BASE with `text` as a paragraph of its own after the line ending in `after`."""
    assert after in BASE
    return BASE.replace(after, f"{after}\n\n{text}", 1)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


# the summary shapes: each restates only what the body states, so adding it or dropping it is no change
RESTATING = {
    "one-line recap": "Summary: we collect your registration details and device information, use them to run the "
    "app, share them only with our service providers, and never sell them.",
    "label and semicolons": "The short version: we collect your name and email address; we share personal data "
    "with hosting providers; we do not sell it.",
    "bullets under a label": "Key points:\n\n- We collect your name, email address and device model.\n- We share "
    "data with hosting providers and our payment processor.\n- We do not sell personal data.",
    "bullets each packing two practices": "What you should know:\n\n- We collect your email address and your "
    "device model, and we use them to run the app.\n- We share them with cloud hosting providers but never sell "
    "them.",
    "what why who table": "| What | Why | Who receives it |\n|---|---|---|\n| Name and email address | To run your "
    "account | Cloud hosting providers |\n| Device model | To fix bugs | Nobody else |",
    "passive recap": "Your data is collected when you register, shared only with our service providers, and never "
    "sold.",
    "closing recap": "To sum up, we collect your name, email address and device model, share them with hosting "
    "providers, and never sell them.",
    "section intro with its facts": "We collect your email address and approximate location, and we share data "
    "with our payment processor.",
    "recap with a leading phrase": "Put simply, we collect your name and your device model, and we do not sell "
    "personal data.",
    "intro that names no practice": "This statement explains what we collect, why we use it, who receives it and "
    "how long we keep it.",
    "two-sentence box": "At a glance. We collect your name and email address, and we keep your data while your "
    "account is active. We share data with hosting providers and do not sell it.",
    "retention recap": "We keep your data while your account is active, and we delete it within 30 days after you "
    "close the account.",
    "rights recap": "You may delete your data, and you may withdraw consent at any time.",
}


@pytest.mark.parametrize("name", sorted(RESTATING))
def test_a_summary_of_what_the_body_states_is_no_change(name: str) -> None:
    summary = _with(RESTATING[name])
    assert not _material(BASE, summary), f"added: {name}"
    assert not _material(summary, BASE), f"removed: {name}"


def test_a_closing_recap_at_the_end_is_no_change() -> None:
    recap = _with("In a few words: we collect your device model, use it to fix bugs, and never sell it.", END)
    assert not _material(BASE, recap)
    assert not _material(recap, BASE)


# look-alikes: each differs from what the body states by one clause, so adding it (or dropping it) is material
NEW_IN_ONE_CLAUSE = {
    "a new recipient": "Summary: we collect your name and device model, share them with hosting providers and "
    "with data brokers, and never sell them.",
    "a sale": "Summary: we collect your name and email address, share them with hosting providers, and sell them "
    "to advertisers.",
    "a not dropped": "Summary: we collect your device model, use it to fix bugs, and sell it.",
    "a new kind of data": "Summary: we collect your name, your precise GPS location and your device model, and we "
    "never sell them.",
    "sensitive data": "Summary: we collect your email address and your health records, and we share them with "
    "hosting providers.",
    "a longer retention": "Summary: we collect your name and email address, and we delete them within 2 years "
    "after you close the account.",
    "an only the body does not keep": "Summary: we collect your name, use it to run the app, and share it only with "
    "advertisers.",
    "a new purpose": "Summary: we collect your device model, use it to train AI models, and never sell it.",
    "a new use in a bullet": "Key points:\n\n- We collect your email address and your device model, and we use "
    "them for targeted advertising.\n- We do not sell personal data.",
    "a condition the body does not set": "Summary: we collect your name and email address, and we share them with "
    "hosting providers only with your consent.",
    "a transfer abroad": "Summary: we collect your name, store it on servers in the United States, and never sell it.",
}


@pytest.mark.parametrize("name", sorted(NEW_IN_ONE_CLAUSE))
def test_a_summary_with_one_new_clause_is_material(name: str) -> None:
    assert _material(BASE, _with(NEW_IN_ONE_CLAUSE[name])), name


@pytest.mark.xfail(strict=True, reason="a table row of short cells reads as navigation (furniture._boilerplate)")
def test_a_table_row_with_a_new_recipient_is_material() -> None:
    table = (
        "| What | Why | Who receives it |\n|---|---|---|\n| Name and email address | To run your account | Cloud "
        "hosting providers |\n| Device model | To show ads | Advertising networks |"
    )
    assert _material(BASE, _with(table))


def test_an_only_widened_is_material_both_ways() -> None:
    # the body shares with providers and with partners: "only with providers" is not what it says
    wide = BASE.replace("who act on our behalf.", "who act on our behalf, and with marketing partners.")
    summary = "Summary: we collect your name, share it only with our service providers, and never sell it."
    assert _material(
        wide, _with(summary).replace("who act on our behalf.", "who act on our behalf, and with marketing partners.")
    )
    # a summary saying "only" dropped where the body now shares more widely: material
    with_summary = _with(summary)
    assert _material(with_summary, wide)


def test_a_summary_dropped_while_the_body_changes_is_material() -> None:
    # the summary goes, and with it the only sentence that denied a sale
    summary = _with("Summary: we collect your name, share it with hosting providers, and never sell it.")
    body_sells = summary.replace(
        "We do not sell personal data, and we do not share it for targeted advertising.",
        "We do not share it for targeted advertising.",
    )
    assert _material(
        summary,
        body_sells.replace(
            "Summary: we collect your name, share it with hosting providers, and never sell it.\n\n", ""
        ),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "we collect your name, use it to run the app, share it only with providers, and never sell it",
            [
                "We collect your name.",
                "We use it to run the app.",
                "We share it only with providers.",
                "We never sell it.",
            ],
        ),
        # a noun list goes on with its clause
        (
            "We collect your name, email, and phone number, and we share them with hosts.",
            [
                "We collect your name, email, and phone number.",
                "We share them with hosts.",
            ],
        ),
        # a noun that looks like a verb goes on with the list ("processors", "records of ...")
        ("We share data with hosts, processors and partners.", []),
        (
            "We collect your name, records of your purchases and your location, and share them with hosts.",
            [
                "We collect your name, records of your purchases and your location.",
                "We share them with hosts.",
            ],
        ),
        # a limit with no verb stays with the clause it limits
        (
            "We share your data with hosts, only with your consent, and we never sell it.",
            [
                "We share your data with hosts, only with your consent.",
                "We never sell it.",
            ],
        ),
        # the subject of a passive sentence goes with each clause
        (
            "Your data is collected at sign-up, shared with hosts, and never sold.",
            [
                "Your data is collected at sign-up.",
                "Your data shared with hosts.",
                "Your data never sold.",
            ],
        ),
        # a leading phrase reaches every clause
        (
            "If you opt in, we share your location with partners, and use it to show ads.",
            [
                "If you opt in, we share your location with partners.",
                "If you opt in, we use it to show ads.",
            ],
        ),
        # a subordinate clause before the main one is no clause of its own, whatever its commas
        (
            "When you join a team, such as a school's, we collect your name, and we share it with the school.",
            [
                "When you join a team, such as a school's, we collect your name.",
                "When you join a team, such as a school's, we share it with the school.",
            ],
        ),
        ("If you are a member of a team account, such as a school's, we act for that school.", []),
        ("By using the chat, you agree that our vendors may read what you write.", []),
        # one practice: nothing to cut
        ("We collect your name and your email address.", []),
        # a negation that may reach into the verbs after it: not cut
        ("We do not sell, rent or share your data with advertisers.", []),
        ("We don't sell your data, and share it with hosts.", []),
    ],
)
def test_clauses(sentence: str, expected: list[str]) -> None:
    assert clauses(sentence) == expected


def _facts_of(text: str) -> frozenset:
    return _facts([text])


def test_each_clause_must_stand_with_its_polarity_and_limits() -> None:
    doc = Document(BASE)
    said = "We collect your device model, use it to fix bugs, and never sell it."
    assert covered(said, doc, _facts_of, added=True)
    assert covered(said, doc, _facts_of, added=False)
    assert not covered("We collect your device model, use it to fix bugs, and sell it.", doc, _facts_of, added=True)
    # "only" stands where the body shares with no one else of the kind
    only = "We collect your name, share it only with our service providers, and never sell it."
    assert covered(only, doc, _facts_of, added=False)
    wider = Document(BASE.replace("who act on our behalf.", "who act on our behalf, and with advertisers."))
    assert not covered(only, wider, _facts_of, added=False)
    assert not covered(only, wider, _facts_of, added=True)


def test_it_and_them_stand_for_the_data_named_before() -> None:
    body = (
        "We collect your health records to tailor plant tips.\n\nWe collect your email address when you register.\n\n"
        "We share your email address with our hosting providers.\n\nWe keep your data for one year.\n"
    )
    doc = Document(body)
    # the email address is what the body shares with hosting providers
    assert covered("We collect your email address and share it with our hosting providers.", doc, _facts_of, added=True)
    # the health records are not: "them" carries them into the sharing clause
    assert not covered(
        "We collect your health records and share them with our hosting providers.", doc, _facts_of, added=True
    )
    # a body that shares personal data in general reaches ordinary data, not sensitive data
    general = Document(body.replace("We share your email address", "We share personal data"))
    assert covered("We collect your email address and share it with our hosting providers.", general, _facts_of, True)
    assert not covered(
        "We collect your health records and share them with our hosting providers.", general, _facts_of, True
    )


def test_a_label_that_names_a_party_is_part_of_the_statement() -> None:
    doc = Document(BASE)
    assert covered("In brief: we collect your device model, and we never sell it.", doc, _facts_of, added=True)
    assert not covered("Data brokers: we collect your device model, and we share it with them.", doc, _facts_of, True)


def test_an_only_on_a_purpose_stands_where_no_other_purpose_is_named() -> None:
    summary = "We use your data only to operate the app and fix bugs, and we never sell it."
    assert not _material(BASE, _with(summary))
    assert not _material(_with(summary), BASE)
    # a body that also uses data for advertising: "only to operate the app" is not what it says
    ads = "and to fix bugs. We also use your data for targeted advertising."
    assert _material(BASE.replace("and to fix bugs.", ads), _with(summary).replace("and to fix bugs.", ads))


def test_a_recap_read_against_the_clauses_of_a_body_sentence() -> None:
    # the body keeps data while the account is open and deletes it within 30 days: two clauses, two limits
    recap = "To sum up, we keep your data only while your account is active and we delete it within 30 days."
    assert not _material(BASE, _with(recap, END))
    assert not _material(_with(recap, END), BASE)
    # a body that keeps some data for longer: "only while your account is active" is no longer what it says
    longer = "close the account. We keep payment records for seven years to meet tax law."
    body = BASE.replace("close the account.", longer)
    assert _material(body, _with(recap, END).replace("close the account.", longer))
