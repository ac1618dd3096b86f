"""Which judge reads a change of which document type. Pure.

Sub-processor lists are compared row by row (`subprocessors`); terms of service are judged by the policy
engine, but only their data clauses can be material: any other change is `minor` (recorded, shown, not
alerted by default), so a terms rewrite does not flood a privacy team. Every other type is a privacy text.
"""

from __future__ import annotations

from dataclasses import replace

from monitor.classify.subprocessors import classify_subprocessors
from monitor.domain.values import CATEGORIES, Classification, Severity

#: Categories of a clause about personal data (what a terms-of-service change may be material for).
DATA_CATEGORIES = frozenset(CATEGORIES) - {"policy_change", "contact", "other"}


def classify_document(doc_type: str, before: str, after: str) -> Classification:
    """The classification of the change `before` → `after` of a document of type `doc_type`."""
    from monitor.classify.engine import classify_texts

    if doc_type == "subprocessors":
        found = classify_subprocessors(before, after, classify_texts)
        if found is not None:
            return found
    classification = classify_texts(before, after)
    if doc_type == "terms_of_service":
        return cap_outside_data_clauses(classification)
    return classification


def cap_outside_data_clauses(c: Classification) -> Classification:
    """Material only through a data clause; anything else at most `minor`."""
    note = " (terms of service: no data clause)"
    changes = tuple(
        v
        if not v.material or DATA_CATEGORIES & set(v.categories)
        else replace(v, material=False, severity=Severity.MINOR, reason=v.reason + note)
        for v in c.changes
    )
    if not c.material or any(v.material for v in changes) or (not changes and DATA_CATEGORIES & set(c.categories)):
        return replace(c, changes=changes)
    return replace(c, material=False, severity=Severity.MINOR, changes=changes)
