"""Classifier: false alarms removed by structure (furniture, menus, banners, pointers) and by whole-document
awareness; each with a counter-example that must stay material."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n"
    "We collect your name and email address when you create an account.\n"
    "We use your email address to send you receipts.\n"
    "We do not sell your personal information.\n"
    "You can ask us to delete your account data by writing to our privacy team.\n"
    "We keep order records for six years to meet tax law."
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


def test_relative_time_stamps_of_a_comment_widget_are_no_retention_period():
    old = POLICY + "\nLatest comment 2 days ago\n5 hours ago"
    new = POLICY + "\nLatest comment 3 days ago\n1 day ago"
    assert not _material(old, new)
    assert _material(POLICY, POLICY.replace("six years", "ten years"))


def test_script_data_captured_with_the_page_is_not_policy():
    blob = '{"nav":{"items":[{"label":"Sell","href":"/sell"}],"share":{"target":"%s"}}}'
    old = POLICY + "\n" + blob % "a"
    new = POLICY + "\n" + blob % "b"
    assert not _material(old, new)


def test_a_navigation_menu_losing_an_entry_is_furniture():
    menu = ["- Shop", "- Rent a van", "- Gift cards", "- Stores near you", "- Careers"]
    old = "\n".join(menu) + "\n" + POLICY
    new = "\n".join(m for m in menu if "Rent" not in m) + "\n" + POLICY
    assert not _material(old, new)
    # the same short lines introduced as a list of what is collected are data types
    intro = "We also collect:\n- Name\n- Gender\n- Phone number\n- Date of birth"
    assert _material(POLICY + "\n" + intro, POLICY + "\n" + intro + "\n- Precise location")


def test_a_banner_announcing_a_revision_states_no_practice():
    banner = "Update: Changes to this privacy notice are being prepared."
    result = classify_texts(POLICY, banner + "\n" + POLICY)
    assert not result.material
    assert result.changes[0].severity.value == "minor" and "policy_change" in result.changes[0].categories
    promise = "We will notify you by email 30 days before changes to this privacy notice take effect."
    assert _material(POLICY, POLICY + "\n" + promise)


def test_a_pointer_to_a_separate_notice_for_a_product_states_no_practice():
    pointer = (
        "The separate privacy notice for family accounts on our tablet app for young readers describes how we"
        " handle information when a child uses that app."
    )
    assert not _material(POLICY, POLICY + "\n" + pointer)
    assert _material(POLICY, POLICY + "\nWe collect the voice recordings of children who use our tablet app.")
