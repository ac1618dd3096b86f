"""Classifier: the title of another document ("Location Data Addendum", "Sale of Personal Information Notice",
"Legitimate Interest Assessment") names that document, not a practice of this one: an entry added to or dropped from
a list of related documents changes nothing the policy says. Look-alikes that stay material: a kind of data in a
list, a statement of practice, and the names of transfer mechanisms, safeguards and contracts, which are practices
of their own. The policies are made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

BASE = (
    "# Privacy policy\n\n"
    "We collect your name and email address to run your account.\n\n"
    "## Your rights\n\n"
    "You can ask us for a copy of your data. For more on how we weigh our interests against yours, read the documents"
    " below:\n\n"
    "- Cookie Notice\n"
    "- Data Processing Addendum\n"
    "- Children's Privacy Statement\n\n"
    "## Contact\n\n"
    "Write to privacy@example.com.\n"
)


def _with(item: str) -> str:
    return BASE.replace("- Cookie Notice\n", f"- Cookie Notice\n- {item}\n")


@pytest.mark.parametrize(
    "title",
    [
        "Northwind Legitimate Interest Assessment",
        "Location Data Addendum",
        "Data Retention Schedule",
        "Sale of Personal Information Notice",
        "Biometric Information Policy",
        "Health Data Notice",
        "Government Requests Report",
    ],
)
def test_a_document_title_added_to_or_dropped_from_a_list_of_documents_is_no_change(title: str) -> None:
    assert not classify_texts(BASE, _with(title)).material
    assert not classify_texts(_with(title), BASE).material


@pytest.mark.parametrize(
    "item",
    [
        "Your precise location",  # a kind of data, not a title
        "We sell your email address to data brokers.",  # a statement
        "EU-U.S. Data Privacy Framework Principles",  # the mechanism of a transfer
        "Binding Corporate Rules",
        "Standard Contractual Clauses",
    ],
)
def test_a_practice_or_a_transfer_mechanism_in_the_list_stays_material(item: str) -> None:
    assert classify_texts(BASE, _with(item)).material


def test_a_practice_stated_beside_a_title_is_still_read():
    # the title is masked, the sentence's own practice is not
    old = BASE.replace(
        "Write to privacy@example.com.", "Write to privacy@example.com. See our Data Retention Schedule."
    )
    new = old.replace(
        "See our Data Retention Schedule.",
        "We keep your messages for ten years, as our Data Retention Schedule sets out.",
    )
    assert classify_texts(old, new).material
