"""One sentence modified by the layout around a practice, not by the practice: a heading renamed (title case set as a
heading or a run-in label, or capitals), a label set as a table's first cell before the same text; with the
material look-alikes beside (our own sentences)."""

from __future__ import annotations

from monitor.classify.engine import classify_texts, judge
from monitor.classify.layout import Layout
from monitor.domain.values import Change, ChangeKind

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def test_run_in_heading_renamed_is_not_material() -> None:
    body = " When you link a calendar, we read the times of your meetings to suggest slots.\n"
    result = classify_texts(
        BASE + "- Linked Apps." + body,
        BASE + "- Third-Party Linked Apps." + body,
    )
    assert result.changes and not result.material, _why(result)


def test_heading_in_capitals_renamed_is_not_material() -> None:
    # a numbered heading the converter read as a list item, its sections' paragraphs as the next items
    body = "\n- Newsletters. You can stop our newsletter with the link at its foot.\n- Accounts. You can close it.\n"
    result = classify_texts(BASE + "- CHOICES" + body, BASE + "- MARKETING CHOICES" + body)
    assert result.changes and not result.material, _why(result)


def test_title_case_list_item_is_no_heading() -> None:
    # items of a list of data types, written in title case: another item is another type of data
    intro = "We collect the following:\n"
    result = classify_texts(
        BASE + intro + "- Email Address\n- Account Name\n",
        BASE + intro + "- Email Address\n- Precise Geolocation\n",
    )
    assert result.material, _why(result)


def _row_judged(label: str, text_before: str, text_after: str):
    """The sentence under a label line in the old version, against the row the new version sets the label in."""
    old = BASE + f"## Support\nWe answer the questions you send us.\n{label}:\n{text_before}\n"
    new = BASE + f"## Support\nWe answer the questions you send us.\n{label} | {text_after}\n"
    change = Change(ChangeKind.MODIFIED, text_before, f"{label} | {text_after}")
    return judge(change, Layout.of(old, new))[0]


def test_label_set_as_a_table_cell_is_not_material() -> None:
    verdict = _row_judged(
        "Legal basis",
        "Processing is necessary for the contract for the service between you and us.",
        "Processing is necessary for the contract for the app between you and us.",
    )
    assert not verdict.material, verdict.reason


def test_label_set_as_a_table_cell_over_a_new_period_is_material() -> None:
    verdict = _row_judged(
        "Retention period", "We delete the tickets after 30 days.", "We delete the tickets after 90 days."
    )
    assert verdict.material, verdict.reason
