"""Sub-processor lists (monitor.classify.subprocessors) judged row by row, through classify_document."""

from __future__ import annotations

import html

import pytest

from monitor.classify.documents import classify_document
from monitor.classify.subprocessors import entity_key, read_rows
from monitor.domain.values import Format
from monitor.text.normalise import normalise

ROWS = [
    ("Amazon Web Services, Inc.", "Cloud hosting", "United States"),
    ("Stripe Payments Europe Ltd.", "Payment processing", "Ireland"),
    ("Zendesk, Inc.", "Customer support", "United States"),
    ("Mailgun Technologies, Inc.", "Transactional email", "United States, Germany"),
]
ACME = ("Acme Analytics Inc.", "product analytics", "United States")
INTRO = "We engage the sub-processors below to provide the service. We notify customers 30 days before a change."


def page(rows, style: str = "table") -> str:
    """A sub-processor page as companies publish one, normalised as the monitor stores it."""
    e = html.escape
    if style == "table":
        body = "<table><thead><tr><th>Entity</th><th>Purpose</th><th>Location</th></tr></thead><tbody>"
        body += "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows)
        body += "</tbody></table>"
    elif style == "columns":  # another column order, styled cells
        body = "<table><tr><th>Country</th><th>Sub-processor</th><th>Service</th></tr>"
        body += "".join(f"<tr><td>{e(c)}</td><td><b>{e(a)}</b></td><td><i>{e(b)}</i></td></tr>" for a, b, c in rows)
        body += "</table>"
    else:
        body = "<ul>" + "".join(f"<li><strong>{e(a)}</strong> — {e(b)} — {e(c)}</li>" for a, b, c in rows) + "</ul>"
    doc = f"<html><body><main><h1>Sub-processors</h1><p>{INTRO}</p>{body}</main></body></html>"
    return normalise(doc, Format.HTML)


def judge(before, after):
    return classify_document("subprocessors", before, after)


def test_a_new_sub_processor_is_material_and_named() -> None:
    c = judge(page(ROWS), page([*ROWS[:2], ACME, *ROWS[2:]]))
    assert c.material and c.severity.value == "major"
    assert set(c.categories) == {"third_party_sharing", "international_transfer"}
    assert "Acme Analytics Inc." in c.summary and "product analytics" in c.summary and "United States" in c.summary
    assert [v.after for v in c.changes if v.material] == ["Acme Analytics Inc. | product analytics | United States"]


@pytest.mark.parametrize("style", ["table", "columns", "list"])
def test_a_resorted_or_restyled_list_is_not_material(style: str) -> None:
    c = judge(page(ROWS), page(sorted(ROWS, key=lambda r: r[2] + r[0], reverse=True), style))
    assert not c.material and c.severity.value in ("none", "cosmetic"), c.summary
    assert c.changes == ()


def test_a_new_location_is_an_international_transfer() -> None:
    moved = [(ROWS[0][0], ROWS[0][1], "United States, India"), *ROWS[1:]]
    c = judge(page(ROWS), page(moved))
    assert c.material and c.categories == ("international_transfer",)
    assert "India" in c.summary and "Amazon Web Services" in c.summary


def test_a_changed_purpose_is_third_party_sharing() -> None:
    changed = [*ROWS[:2], ("Zendesk, Inc.", "Customer support and marketing analytics", "United States"), ROWS[3]]
    c = judge(page(ROWS), page(changed))
    assert c.material and c.categories == ("third_party_sharing",)
    assert "marketing analytics" in c.summary


def test_a_removed_sub_processor_is_minor() -> None:
    c = judge(page(ROWS), page(ROWS[:3]))
    assert not c.material and c.severity.value == "minor" and "Mailgun" in c.summary


def test_a_changed_introduction_is_judged_as_policy_text() -> None:
    before = page(ROWS)
    after = before.replace("30 days before a change", "after a change has taken effect")
    assert after != before
    c = judge(before, after)
    assert all("sub-processor" not in v.reason.lower() or v.before for v in c.changes)
    assert c.changes and all(v.before != v.after for v in c.changes)


def test_entity_names_match_across_legal_forms_and_case() -> None:
    assert entity_key("Stripe, Inc.") == entity_key("STRIPE INC") == entity_key("Stripe")
    rows, rest = read_rows(page(ROWS))
    assert [r.entity for r in rows] == [r[0] for r in ROWS]
    assert rows[3].locations == ("United States", "Germany")
    assert "Entity | Purpose | Location" not in rest


def test_a_privacy_policy_with_a_table_is_left_to_the_engine() -> None:
    before = page(ROWS)
    c = classify_document("privacy_policy", before, page([*ROWS, ACME]))
    assert c.summary and not c.summary.startswith("Sub-processors:")


def test_reading_rows_is_bounded_on_a_huge_table() -> None:
    huge = "\n".join(f"Entity {i} | purpose {i} | Country {i % 7}" for i in range(50_000))
    rows, rest = read_rows(huge)
    assert len(rows) == 2000 and len(rest) == 48_000
