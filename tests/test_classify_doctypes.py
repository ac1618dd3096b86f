"""Which judge reads which document type (monitor.classify.documents): terms of service are material only
through a data clause; other documents are policy texts."""

from __future__ import annotations

from monitor.classify.documents import classify_document
from monitor.classify.engine import classify_texts

TERMS = (
    "# Terms of Service\n"
    "These terms govern your use of the Example service. By using the service you accept them.\n"
    "# Changes to these terms\n"
    "We will notify you by email at least 30 days before any change to these terms takes effect.\n"
    "# Your content\n"
    "We do not sell your personal data to third parties.\n"
    "# Governing law\n"
    "These terms are governed by the laws of the State of New York."
)
NOTICE = (
    "We will notify you by email at least 30 days before any change to these terms takes effect.",
    "We may change these terms at any time without notice; continued use means you accept them.",
)
SELLS = ("We do not sell your personal data to third parties.", "We may sell your personal data to third parties.")


def test_a_terms_change_outside_data_clauses_is_minor_where_a_policy_would_alert() -> None:
    after = TERMS.replace(*NOTICE)
    assert classify_document("privacy_policy", TERMS, after).material  # in a privacy policy: alerted
    as_terms = classify_document("terms_of_service", TERMS, after)
    assert as_terms.severity.value == "minor" and not as_terms.material, as_terms.summary
    assert as_terms.changes and all(not v.material for v in as_terms.changes)


def test_a_data_clause_in_the_terms_stays_material() -> None:
    judged = classify_document("terms_of_service", TERMS, TERMS.replace(*SELLS))
    assert judged.material and "third_party_sharing" in judged.categories, judged.summary


def test_a_cookie_policy_or_dpa_is_judged_like_a_privacy_policy() -> None:
    after = TERMS.replace(*SELLS)
    expected = classify_texts(TERMS, after)
    assert classify_document("cookie_policy", TERMS, after) == expected == classify_document("dpa", TERMS, after)
