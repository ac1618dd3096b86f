"""A policy laid out as an outline sets its subsection titles as list items numbered "1.3.": renamed, such a title
names the section anew, and the text under it states the practice. A data item in a plain list is no title."""

from __future__ import annotations

from monitor.classify import classify_texts

BODY = (
    "- 1.2. Retention\n\n"
    "  We keep your account data while your account is open and delete it within 30 days of closure.\n\n"
    "- 1.3. {title}\n\n"
    "  Your data may be stored on servers in the United States and other countries where our providers operate.\n\n"
    "- 1.4. Security\n\n"
    "  We protect your data with encryption and access controls.\n"
)


def _policy(title: str) -> str:
    return "# Privacy Policy\n\n" + BODY.format(title=title)


def test_a_numbered_subsection_title_renamed_is_no_change() -> None:
    old, new = _policy("Transfer of Data"), _policy("International Transfers of Your Data")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_a_data_item_added_to_a_plain_list_stays_material() -> None:
    old = "# Privacy Policy\n\nWe collect:\n\n- Name\n- Email Address\n"
    new = "# Privacy Policy\n\nWe collect:\n\n- Name\n- Email Address\n- Precise Location\n"
    assert classify_texts(old, new).material
