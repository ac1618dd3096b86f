"""Which judge reads a change of which document type. Pure.

Sub-processor lists are compared row by row (`subprocessors`); terms of service are judged by the policy
engine, but only their data clauses can be material: any other change is `minor` (recorded, shown, not
alerted by default), so a terms rewrite does not flood a privacy team. Every other type is a privacy text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.classify.subprocessors import classify_subprocessors
from monitor.domain.values import CATEGORIES, ChangeVerdict, Classification, Severity

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


#: Words of a clause about personal data: a terms-of-service passage without one is no data clause.
_DATA_WORDS = re.compile(
    r"\b(?:personal|data|information about you|your information|privacy|cookies?|track(?:s|ing)?|"
    r"profil(?:e|es|ing)|sell|share|disclose|retain|biometric|location|email address(?:es)?)\b",
    re.IGNORECASE,
)


def data_clause(v: ChangeVerdict) -> bool:
    """Whether a judged passage is about personal data: a data category, and data words in its text."""
    text = f"{v.before or ''} {v.after or ''}"
    return bool(DATA_CATEGORIES & set(v.categories)) and _DATA_WORDS.search(text) is not None


def cap_outside_data_clauses(c: Classification) -> Classification:
    """Material only through a data clause; any other change at most `minor`."""
    note = " (terms of service: not a data clause)"
    changes = tuple(
        v
        if not v.material or data_clause(v)
        else replace(v, material=False, severity=Severity.MINOR, reason=v.reason + note)
        for v in c.changes
    )
    if not c.material or any(v.material for v in changes):
        return replace(c, changes=changes)
    categories = tuple(dict.fromkeys(cat for v in changes for cat in v.categories)) or c.categories
    summary = f"Terms of service changed outside their data clauses (minor): {c.summary}"
    return replace(c, material=False, severity=Severity.MINOR, categories=categories, summary=summary, changes=changes)
