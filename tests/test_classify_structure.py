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


def test_the_sites_footer_and_header_are_chrome_whatever_their_links_name():
    footer = ["- Terms of Use", "- Accessibility", "- Sitemap", "© 2024 Brightwave Ltd."]
    choices = ["- Your Privacy Choices", "- Do Not Sell or Share My Personal Information", "- Cookie Preferences"]
    new_footer = footer[:2] + choices + ["© 2025 Brightwave Ltd. All rights reserved."]
    assert not _material(POLICY + "\n" + "\n".join(footer), POLICY + "\n" + "\n".join(new_footer))
    header = ["- Home", "- Pricing", "- Sell With Us", "- Partners"]
    assert not _material(POLICY, "\n".join(header) + "\n" + POLICY)
    # the same labels where the policy lists what it does (introduced by a line ending in ':'), or under a heading
    # about a practice, are the policy's own: a right dropped, a recipient added
    rights = "\nYou can ask us to:\n- Access Your Data\n- Delete Your Data\n- Correct Your Data\n- Object to Processing"
    # (a right the policy states nowhere else: "Delete Your Data" is also "You can ask us to delete your account data")
    assert _material(POLICY + rights, POLICY + rights.replace("\n- Object to Processing", ""))
    sharing = "\n# Who we share your data with\n- Payment Processors\n- Delivery Partners\n- Cloud Hosts"
    assert _material(POLICY + sharing, POLICY + sharing + "\n- Data Brokers")
    # nor is a list that ends the policy a footer when its items are sentences in sentence case
    items = "\nIn short:\n- we keep your data safe\n- we never sell it\n- you can delete it"
    assert _material(POLICY + items, POLICY + items.replace("never sell", "sell"))


def test_a_help_centre_sidebar_of_task_links_after_the_policy_is_furniture():
    tasks = ["Rename a shared folder", "Turn on dark mode", "Delete your saved cards", "Manage your newsletters"]
    other = ["Export your photos", "Change your phone number", "Delete your saved cards", "Mute a group chat"]
    for title in ("", "## Help topics\n", "See also\n"):
        for marker in ("- ", ""):
            old = POLICY + "\n" + title + "\n".join(marker + t for t in tasks)
            new = POLICY + "\n" + title + "\n".join(marker + t for t in other)
            assert not _material(old, new), (title, marker)
            assert not _material(POLICY, new), (title, marker)
    # the same place, but a list the policy presents (a ':' line)
    base = POLICY + "\nWe pass your details to:\n- Payment processors\n- Couriers\n- Cloud hosts"
    assert _material(base, base + "\n- Data brokers")
    # nor does a sidebar hide the last items of a longer list of the policy's own
    base = POLICY + "\n- We share order data with couriers to deliver your parcels.\n- Payment processors"
    assert _material(base, base + "\n- Data brokers\n- Advertisers\n- Debt collectors")


def test_a_menu_of_the_policys_topics_is_furniture_where_nothing_presents_it():
    menu = "- Overview of choices\n- Cookies\n- Your rights\n- Sharing\n- Children"
    top, rest = POLICY.split("\n", 1)
    body = top + "\n" + rest.replace("\nWe do not sell", "\n" + menu + "\n# Selling\nWe do not sell")
    assert not _material(POLICY, body)
    # at the top of the page, with share buttons set as short headings ("# Share" names a practice but heads no list)
    widget = "# Home / Help / Privacy\n# Share\nEmail this page\n# Print\n"
    assert not _material(POLICY, widget + POLICY)
    # a list of one kind of thing (recipients) where a sentence presents it stays the policy's own
    listed = POLICY + "\nWe share your data with these partners:\n- Advertisers\n- Analytics providers\n# More"
    assert _material(listed, listed.replace("- Analytics providers", "- Analytics providers\n- Data brokers"))


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


def test_a_country_in_the_address_of_a_representative_is_no_transfer():
    rep = "Our representative in the Union is Example Rep Ltd, 4 Harbour Lane, Cork, Ireland."
    result = classify_texts(POLICY, POLICY + "\n" + rep)
    assert not result.material
    assert _material(POLICY, POLICY + "\nWe transfer your account data to servers in Ireland.")


def test_naming_the_lead_regulator_is_no_new_right():
    lead = "Our lead authority for the purposes of the GDPR is the Irish Data Protection Commission."
    assert not _material(POLICY, POLICY + "\n" + lead)
    assert _material(POLICY, POLICY + "\nYou may lodge a complaint with the Irish Data Protection Commission.")


def test_a_company_renamed_at_the_same_street_address_is_a_contact_change():
    old = POLICY + "\nWe, Oldname GmbH, Lindenstraße 12, 10969 Berlin, are responsible for this website."
    new = POLICY + "\nWe, Newname GmbH, Lindenstraße 12, 10969 Berlin, are responsible for this website."
    result = classify_texts(old, new)
    assert not result.material and "contact" in result.categories


def test_an_e_mail_address_hidden_by_an_anti_spam_script_is_contact_detail():
    old = POLICY + "\nWrite to our privacy team:\n[email protected]"
    new = POLICY + "\nWrite to our privacy team:\nprivacy@example.org"
    assert not _material(old, new)
    assert not _material(old, POLICY + "\nWrite to our privacy team:")


def test_a_renamed_statute_in_a_legal_citation_names_no_party():
    old = POLICY + "\nThe legal basis is § 15 para. 3 no. 1 ABCG in conjunction with Art. 6 para. 1 lit. f) GDPR."
    new = POLICY + "\nThe legal basis is § 15 para. 3 no. 1 XYZG in conjunction with Art. 6 para. 1 lit. f) GDPR."
    assert not _material(old, new)


def test_names_of_page_elements_and_other_documents_are_no_recipients():
    old = POLICY + "\nYou can opt out through the link in the Partner Privacy Policy above."
    new = POLICY + "\nYou can opt out through the Choices icon in this Customer Privacy Policy above."
    assert not _material(old, new)
    assert _material(POLICY, POLICY.replace("receipts.", "receipts and share it with Zorblax Media."))


def test_a_statement_repeated_from_elsewhere_in_the_policy_adds_nothing():
    repeat = "If you wish, you can ask us to delete your account data by writing to our privacy team."
    assert not _material(POLICY, POLICY.replace("We keep order", repeat + "\nWe keep order"))
    # the same words without the old limit, or with a new recipient, are new
    assert _material(POLICY, POLICY + "\nWe sell your personal information.")
    assert _material(POLICY, POLICY + "\nWe use your email address to send you offers from our partners.")


def test_a_duplicate_dropped_while_the_statement_still_stands_is_not_material():
    doubled = POLICY + "\nAs said above, we do not sell your personal information."
    assert not _material(doubled, POLICY)
    assert _material(POLICY, POLICY.replace("We do not sell your personal information.\n", ""))


def test_a_name_the_policy_already_used_elsewhere_is_no_new_party():
    old = POLICY + "\nWe rely on the EU-U.S. DPF for transfers.\nUnder the Privacy Shield you may ask for access."
    new = POLICY + "\nWe rely on the EU-U.S. DPF for transfers.\nUnder the EU-U.S. DPF you may ask for access."
    assert not _material(old, new)
    old = POLICY + "\nWe share your email address with Paylo."
    assert _material(old, old.replace("Paylo.", "Paylo and Quantexa."))


def test_a_section_moved_to_a_separate_notice_leaves_a_pointer_and_no_change_of_practice():
    section = (
        "\n# Your data abroad\n## Inside Europe\nWe host your account data in Ireland.\n## Elsewhere\n"
        "Support staff in Canada may read your tickets.\n# Contact\nWrite to our privacy team."
    )
    pointer = (
        "\n# Your data abroad\nFor information about your data abroad, please see our separate Data Transfers"
        " Notice.\n# Contact\nWrite to our privacy team."
    )
    assert not _material(POLICY + section, POLICY + pointer)
    # a new practice added next to the pointer is still new
    sold = pointer.replace("Notice.", "Notice. We sell your account data to data brokers.")
    assert _material(POLICY + section, POLICY + sold)
    # a pointer about another subject excuses nothing: the transfers were dropped, not moved
    other = pointer.replace("your data abroad, please see our separate Data Transfers", "cookies, see our Cookie")
    assert _material(POLICY + section, POLICY + other)
    # a pointer elsewhere in the policy does not excuse a statement removed from another section
    gone = POLICY.replace("We do not sell your personal information.\n", "") + pointer
    assert _material(POLICY + section.replace("We host", "We host"), gone)


def test_a_consent_banner_at_an_edge_of_the_page_is_chrome_beyond_the_known_buttons():
    banner = [
        "Your choices on this site",
        "We and our partners use cookies and device identifiers to measure audiences and personalise ads.",
        "I agree",
        "Show purposes",
    ]
    assert not _material(POLICY, POLICY + "\n" + "\n".join(banner))  # captured after the policy
    assert not _material(POLICY, "\n".join(banner) + "\n" + POLICY)  # or above it
    # the policy's own closing paragraph about cookies, followed by a short list of tools, is policy text
    tools = "\nWe use analytics cookies to count visits.\n- Plausible\n- Matomo"
    assert _material(POLICY, POLICY + tools)


def test_numbers_and_terms_written_another_way_are_the_same_facts():
    base = POLICY + "\nWe keep support tickets for 24 months. Users must be 16 years of age."
    for old, new in (
        ("24 months", "twenty-four (24) months"),
        ("24 months", "twenty-four months"),
        ("16 years of age", "sixteen (16) years of age"),
    ):
        assert not _material(base, base.replace(old, new)), new
    # a different number in words is a different fact
    assert _material(base, base.replace("24 months", "thirty-six months"))
    assert _material(base, base.replace("16 years of age", "thirteen (13) years of age"))
    ip = POLICY + "\nWe log the IP address of each visit to our European Union sites."
    for old, new in (
        ("IP address", "Internet Protocol (IP) address"),
        ("IP address", "Internet Protocol address"),
        ("European Union", "EU"),
    ):
        assert not _material(ip, ip.replace(old, new)), new
    # a new party spelled out is still a new party
    assert _material(ip, ip + "\nWe share these logs with Northwind Analytics.")


def test_a_typo_fixed_by_swapping_two_letters_back_is_no_new_practice():
    base = POLICY + "\nIf we sell the business, your data may pass to the buyer in the meregr."
    assert not _material(base, base.replace("meregr", "merger"))
    shared = POLICY + "\nReceipts are sahred with our accountants."
    assert not _material(shared, shared.replace("sahred", "shared"))
    # another word in the same place is another fact
    assert _material(shared.replace("sahred", "shared"), shared.replace("sahred", "sold"))


def test_edge_blocks_take_a_title_with_their_links_and_leave_a_presented_list():
    from monitor.classify.chrome import edge_blocks

    page = ["# Terms", "We keep your data safe.", "# Learn more", "Pause a plan", "Find a receipt", "Mute alerts"]
    assert edge_blocks(page, set()) == page[2:]
    presented = ["# Terms", "We keep your data safe.", "We send it to:", "Couriers", "Banks", "Auditors"]
    assert edge_blocks(presented, set()) == []
    stated = ["# Terms", "We keep your data safe.", "Pause a plan", "we sell your data", "Mute alerts"]
    assert edge_blocks(stated, set()) == []
