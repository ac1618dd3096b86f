"""Classifier: "Limited" closing a company's name ("Acme UK Limited") is the company's legal form, not a limit on a
practice. A contact sentence that now names the company in full, with a new way to reach it, stays a contact
detail. Look-alikes that stay material: a practice newly limited ("access is limited to", "Limited data is
shared"). The policies are made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import _company_forms_dropped

BASE = (
    "# Privacy notice\n\n"
    "We collect your name and email address to run your account.\n\n"
    "We share your order history with our payment processor.\n\n"
    "## Contact\n\n"
)

OLD_CONTACT = (
    "Please write to Acme Europe with any questions (including questions about your rights) about this notice at "
    "12 Harbour Road, Dublin, or by email to privacy@acme.example."
)


@pytest.mark.parametrize(
    "new_contact",
    [
        "Please write to Acme Europe with any questions (including questions about your rights) about this notice "
        "at Acme Europe Limited, 12 Harbour Road, Dublin, use the Help Centre under 'Privacy', or send an email to "
        "privacy@acme.example.",
        "Please write to Acme Europe Holdings Limited with any questions (including questions about your rights) "
        "about this notice at 12 Harbour Road, Dublin, or by email to privacy@acme.example.",
    ],
)
def test_company_named_with_its_legal_form_is_contact(new_contact: str) -> None:
    result = classify_texts(BASE + OLD_CONTACT + "\n", BASE + new_contact + "\n")
    assert not result.material, [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Our support staff can access your order history.",
            "Access to your order history is limited to our support staff.",
        ),
        ("We share your order history with partners.", "We share Limited order data with partners."),
    ],
)
def test_a_practice_newly_limited_stays_material(old: str, new: str) -> None:
    result = classify_texts(BASE + old + "\n", BASE + new + "\n")
    assert result.material


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme UK Limited, 1 Main Street", "Acme UK Ltd, 1 Main Street"),
        ("Acme Holdings Limited and its affiliates", "Acme Holdings Ltd and its affiliates"),
        ("access is Limited to staff", "access is Limited to staff"),
        ("Limited Use of Data", "Limited Use of Data"),
        ("use is limited to", "use is limited to"),
    ],
)
def test_company_forms_dropped(text: str, expected: str) -> None:
    assert _company_forms_dropped(text) == expected
