"""Classifier: page furniture at the edges of a captured policy (footers, rows of links, consent banners, sign-up
forms, chat boxes) is no practice, added or dropped; the policy's own last section, sentence, cookie paragraph or
list of rights at the same place stays material. Texts are canonical (headings as the capture makes them)."""

from __future__ import annotations

from monitor.classify.chrome import edge_chrome, edge_widgets
from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n"
    "We collect your name and email address when you create an account.\n"
    "We use your email address to send you receipts.\n"
    "We do not sell your personal information.\n"
    "You can ask us to delete your account data by writing to our privacy team.\n"
    "If you have questions about this policy, please write to our privacy team."
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


def _both_ways(block: str) -> tuple[bool, bool]:
    """Whether adding the block under the policy, and dropping it, is judged material."""
    return _material(POLICY, POLICY + "\n" + block), _material(POLICY + "\n" + block, POLICY)


def _both_ways_top(block: str) -> tuple[bool, bool]:
    return _material(POLICY, block + "\n" + POLICY), _material(block + "\n" + POLICY, POLICY)


SALE_SECTION = "## Do Not Sell or Share My Personal Information\nWe sell your personal information to data brokers."


def test_a_footer_whose_links_the_capture_made_headings_is_furniture():
    footer = (
        "© 2026 Example Inc.\n# Terms\n# Privacy\nDo Not Sell or Share My Personal Information\n"
        "# Your Privacy Choices\n# Cookie Preferences"
    )
    assert _both_ways(footer) == (False, False)
    # a heading with a body is a section of the policy; a list of rights that a sentence presents is the policy's
    assert _both_ways(SALE_SECTION) == (True, True)
    assert _both_ways("You have the right to:\n- Access your data\n- Delete your data\n- Object to profiling") == (
        True,
        True,
    )


def test_headings_with_nothing_under_them_count_as_a_footers_links():
    lines = [*POLICY.splitlines(), "# Cookie Choices", "# Your Privacy Choices", "# Ad Preferences"]
    assert edge_chrome(lines) == lines[-3:]
    # a heading about a practice over a list of its own is no footer
    listed = [*POLICY.splitlines(), "# Your rights", "Access Your Data", "Delete Your Data", "Port Your Data"]
    assert edge_chrome(listed) == []


def test_a_row_of_links_on_one_line_is_furniture():
    for sep in (" | ", " · "):
        row = sep.join(
            ["Terms of Use", "Privacy Policy", "Your Privacy Choices", "Do Not Sell My Personal Information"]
        )
        assert _both_ways(row) == (False, False), sep
    assert _both_ways("We sell your personal information to data brokers.") == (True, True)


def test_a_row_beside_a_table_of_as_many_cells_is_the_tables():
    table = ["| Data | Sold | Shared |", "| --- | --- | --- |", "| Location | No | No |"]
    row = "| Precise Location | Sold To Brokers | Shared With Advertisers |"
    lines = [*POLICY.splitlines(), *table, row]
    assert edge_chrome(lines) == []


def test_link_titles_run_together_on_one_line_are_furniture():
    run_on = "Terms Privacy Your Privacy Choices Do Not Sell or Share My Personal Information Accessibility"
    assert _both_ways(run_on) == (False, False)
    sentence = "We sell or share your personal information with advertising partners and data brokers."
    assert _both_ways(sentence) == (True, True)


def test_one_link_title_ending_the_page_after_its_text_is_furniture():
    assert _both_ways("Do Not Sell or Share My Personal Information") == (False, False)
    # a list of one item that a sentence presents is the policy's
    listed = "We sell the following personal information to data brokers:\nPrecise Location Data"
    assert _both_ways(listed) == (True, True)


def test_a_consent_banner_with_a_link_and_one_button_at_the_end_is_furniture():
    banner = (
        "This website uses cookies to measure traffic. We also share information about your use of our site with"
        " our advertising and analytics partners.\nDo Not Sell My Personal Information\n# Accept Cookies"
    )
    assert _both_ways(banner) == (False, False)
    single = "We use cookies to measure visits and to show ads from our partners.\nOK"
    assert _both_ways(single) == (False, False)
    # the same paragraph with no button after it is the policy's last word on cookies; under a heading, with a
    # settings link after it, it is a section of the policy
    paragraph = "We use cookies from Brightwave Ads on our site to show you ads, and we share your visits with them."
    assert _both_ways(paragraph) == (True, True)
    assert _both_ways(f"## Cookies\n{paragraph}\nCookie Settings") == (True, True)


def test_a_newsletter_form_at_the_end_is_furniture():
    form = "Subscribe to our newsletter\nEnter your email address to get offers and news. Unsubscribe any time.\n# Join"
    assert _both_ways(form) == (False, False)
    fields = "# Stay in the loop\nEmail address\nSign up\nWe send one email a month with tips. Unsubscribe any time."
    assert _both_ways(fields) == (False, False)
    section = "## Newsletter\nWe share your email address with our advertising partners to show you ads."
    assert _both_ways(section) == (True, True)
    # its text reworded between a title and a button both versions show
    reworded = form.replace("offers and news", "offers, news and partner deals")
    assert not _material(POLICY + "\n" + form, POLICY + "\n" + reworded)


def test_a_chat_box_at_the_end_is_furniture():
    chat = "Hi there! How can we help you today?\n# Chat with us\nOur assistant uses your messages to answer you."
    assert _both_ways(chat) == (False, False)
    section = "## Chat with us\nWe use your chat messages to train our AI models."
    assert _both_ways(section) == (True, True)


def test_a_banner_above_the_policys_title_is_furniture():
    banner = (
        "# We value your privacy\nOur website stores cookies on your device to share usage data with advertising"
        " providers.\nDo Not Sell My Personal Information\n# Accept"
    )
    assert _both_ways_top(banner) == (False, False)
    assert _both_ways_top("We sell your personal information to data brokers.") == (True, True)


def test_a_banners_text_changed_under_its_answering_button_is_furniture():
    banner = "We use cookies to measure visits. We share data with our ad partners.\n# Accept"
    changed = banner.replace("our ad partners", "our advertising and analytics partners")
    assert not _material(POLICY + "\n" + banner, POLICY + "\n" + changed)
    # the policy's last paragraph about cookies, over a settings link both versions show, is the policy's
    own = "We use cookies for analytics.\nCookie Settings"
    assert _material(POLICY + "\n" + own, POLICY + "\n" + own.replace("analytics.", "analytics and to sell your data."))


def test_a_widget_comes_and_goes_whole():
    lines = [*POLICY.splitlines(), "Enter your email address to get our offers.", "# Subscribe"]
    assert edge_widgets(lines, set()) == lines[-2:]
    # a paragraph added above a button both versions show is the policy's new last paragraph
    assert edge_widgets(lines, {"# Subscribe"}) == []
    old = POLICY + "\n# Subscribe"
    new = POLICY + "\nWe sell your personal information to data brokers.\n# Subscribe"
    assert _material(old, new)


def test_a_footers_link_made_a_heading_names_no_party_of_the_section_above():
    parties = POLICY + "\n# Advertising partners we work with\n# Brightads\nSee their notice."
    footer = "# Sitemap\n# Accessibility Statement\n# Ad Choices\nCopyright 2026 Example LLC"
    assert _both_ways_from(parties, footer) == (False, False)
    assert _material(parties, parties + "\n# Quorvio\nSee their notice.")


def _both_ways_from(base: str, block: str) -> tuple[bool, bool]:
    return _material(base, base + "\n" + block), _material(base + "\n" + block, base)


def test_a_new_last_paragraph_over_one_untitled_link_stays_the_policys():
    """A paragraph with one control under it and no title over it is a widget only when it speaks of the site and its
    cookies or asks for the reader's input; a practice of its own ("... with advertising partners.") stays policy."""
    assert _both_ways("We share your browsing data with advertising partners.\nAccept") == (True, True)
    assert _both_ways("We use cookies to improve your experience on our site.\nOK") == (False, False)
