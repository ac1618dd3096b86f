"""A blog's or small site's page chrome captured around its policy, in our own words: a line of tags or categories, a
comment form (its note about required fields, its fields and its button, set as headings by some captures), a
cookie banner whose button the capture ran into its last sentence, and a row of share buttons run together. None of
them is the policy; the same words said by the policy still count. And a page or menu of the service renamed
("Settings > Privacy" -> "Account > Privacy Controls") moves where to act, not what can be done."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Marlow Garden Journal\nWe collect your email address when you subscribe to the newsletter. We do not"
    " sell it.\n# Changes\nIf we change this policy, we will post the new version on this page.\n"
)


def _why(old: str, new: str) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    "chrome",
    [
        "Tags: privacy, cookies, newsletter",
        "Filed under: Legal, Site news",
        "Leave a Reply\nYour email address will not be shown. Required fields are marked *\nComment\nName *\nEmail *\n"
        "Post Comment",
        "# Leave a Reply\nYour email address will not be shown. Required fields are marked *\n# Comment\n# Name *\n"
        "# Email *\n# Post Comment",
        "This site uses cookies. By continuing to browse, you agree to our use of cookies. OK",
        "Share on Facebook Share on Twitter Share by Email",
        "Click to share on Twitter (Opens in new window)\nClick to print (Opens in new window)",
        "Sorry, your browser does not support embedded videos.",
        "Image: Shutterstock",
        "[Track your order](https://example.org/orders)",
        "Your IP address is 203.0.113.5 (Lisbon, Portugal)",
        "Notify me of new posts by email.",
        "I have read and accept the privacy policy",
    ],
)
@pytest.mark.parametrize("where", ["end", "start"])
def test_blog_chrome_around_the_policy_is_no_change(chrome, where):
    new = POLICY + chrome + "\n" if where == "end" else chrome + "\n" + POLICY
    assert not _why(POLICY, new)
    assert not _why(new, POLICY)


def test_the_policy_saying_it_publishes_the_email_address_is_still_read():
    assert _why(POLICY, POLICY + "We publish your email address next to each comment you post.\n")


@pytest.mark.parametrize(
    "practice",
    [
        "Our advertising partners track you across other websites.",
        "We share the photos you upload with our printing partner.",
        "Clicking a share button sends the page address and your IP address to the social network.",
        "Your IP address is stored with each comment you post.",
        "I agree that you may share my email address with your partners.",
    ],
)
def test_practices_beside_the_chrome_words_are_still_read(practice):
    assert _why(POLICY, POLICY + practice + "\n")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You can update your details on the User Settings page.",
            "You can update your details on the Account page.",
        ),
        ("Change your email preferences in Account Settings.", "Change your email preferences on the My Account page."),
        ("Go to Settings > Privacy to turn off location.", "Go to Account > Privacy Controls to turn off location."),
    ],
)
def test_a_page_or_menu_of_the_service_renamed_is_no_change(old, new):
    assert not _why(POLICY + old + "\n", POLICY + new + "\n")
    assert not _why(POLICY + new + "\n", POLICY + old + "\n")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You can update your details on the User Settings page.", "You can update your details by writing to us."),
        ("We store your data in the United Kingdom.", "We store your data in the United States."),
        ("Go to Settings > Privacy to turn off location.", "Go to Settings > Privacy to turn off ad tracking."),
    ],
)
def test_what_is_done_or_where_data_goes_is_still_read_beside_a_page_name(old, new):
    assert _why(POLICY + old + "\n", POLICY + new + "\n")


def test_a_note_that_the_post_has_no_tags_or_comments_is_no_change():
    for note in ("No tags for this post.", "There are no comments yet."):
        for a, b in ((POLICY, POLICY + note + "\n"), (POLICY + note + "\n", POLICY)):
            result = classify_texts(a, b)
            assert not result.material, (note, [(c.rule, c.reason) for c in result.changes])


def test_a_shops_price_note_names_no_data_kept():
    result = classify_texts(POLICY, POLICY + "Store prices may vary from prices shown here.\n")
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    result = classify_texts(POLICY, POLICY + "We store your comments for ten years.\n")
    assert result.material


# A comment box with a checkbox between its fields and its button, one that asks the reader to log in, and a
# newsletter box that asks for one field (or none of its own: its prompt says what to enter). A section about what
# is done with comments, or a prompt in which the company says it shares the address, still counts.
@pytest.mark.parametrize(
    "box",
    [
        "### Leave a Reply\n\nYour email address will not be shown. Required fields are marked *\n\nComment\n\n"
        "Name *\n\nEmail *\n\nSave my name and email in this browser for the next time I comment.\n\nPost Comment",
        "## Leave a Comment\n\nYour email address will not be shown.\n\nYou must be logged in to post a comment.",
        "### Join the mailing list\n\nSign up for our newsletter and never miss a new planting guide.\n\nYour email\n\n"
        "Subscribe",
        "### Garden notes by email\n\nEnter your email address to get each new guide in your inbox.\n\nSubscribe",
    ],
    ids=["checkbox", "log-in", "one-field", "prompt-only"],
)
def test_a_comment_or_sign_up_box_under_the_policy_is_no_change(box):
    new = POLICY + "\n" + box + "\n"
    assert not _why(POLICY, new)
    assert not _why(new, POLICY)


@pytest.mark.parametrize(
    "added",
    [
        "## Comments\n\nWhen you leave a comment, we keep your IP address to help detect spam.",
        "### Join the mailing list\n\nSign up and we will pass your email address to our sponsors.\n\nYour email\n\n"
        "Subscribe",
    ],
    ids=["comments-section", "prompt-shares"],
)
def test_a_comments_section_or_a_prompt_that_shares_still_counts(added):
    assert _why(POLICY, POLICY + "\n" + added + "\n")


# A blog's sidebar and footer boxes: a search box, a "Meta" box of feeds, a donation appeal that names its sponsors.
# Sponsors that receive data still count.
@pytest.mark.parametrize(
    "box",
    [
        "Search for:\n\nSearch",
        "### Meta\n\n* [Log in](https://example.org/login)\n\n* [Entries feed](https://example.org/feed/)",
        "**[Keep the journal growing!](https://example.org/give)**\n\nThe journal is funded by reader donations and by"
        " our sponsors. Could you give $5 this month?",
    ],
    ids=["search", "meta", "donation"],
)
def test_a_sidebar_box_under_the_policy_is_no_change(box):
    # a section that lists parties by name just above the box: a box's line is no party of it
    old = POLICY + "\n## Partners we work with\n\n# Fernleaf Analytics\n"
    new = old + "\n" + box + "\n"
    assert not _why(old, new)
    assert not _why(new, old)


def test_sponsors_that_receive_data_still_count():
    assert _why(POLICY, POLICY + "\nOur sponsors receive the names and towns of contest winners.\n")


# A cookie plugin's notice with its button and link run into its text, and its settings panel whose labels and
# toggles a capture sets as headings; a sidebar box's title after a list of parties set as headings. A paragraph of
# the policy about cookies that ends with a "Learn more" link still counts.
@pytest.mark.parametrize(
    "bit",
    [
        "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out"
        " if you wish. Accept Read More",
        "### Privacy Overview\n\nThis website uses cookies to improve your experience while you navigate the site."
        " Cookies categorised as necessary are stored on your browser as they are essential for basic functions."
        "\n\nNecessary\n\nAlways Enabled\n\nNon-necessary\n\nSAVE & ACCEPT",
        "### Recent Comments\n\n* Jane on [Spring planting](https://example.org/spring)",
    ],
    ids=["notice", "panel", "recent-comments"],
)
def test_a_cookie_plugin_or_a_sidebar_box_is_no_change(bit):
    old = POLICY + "\n## Partners we work with\n\n# Fernleaf Analytics\n"
    new = old + "\n" + bit + "\n"
    assert not _why(old, new)
    assert not _why(new, old)


def test_a_cookie_paragraph_ending_with_a_learn_more_link_still_counts():
    added = "We let ad networks set cookies that follow you across other websites. Learn more"
    assert _why(POLICY, POLICY + "\n" + added + "\n")


# A sign-up box's short note under its button is the box's (a prompt that shares the address still counts: above).
def test_a_sign_up_boxs_note_is_no_change():
    box = "### Garden notes\n\nEmail address\n\nSubscribe\n\nNo spam, ever. Unsubscribe whenever you like."
    quiet = POLICY + "\n" + box + "\n"
    assert not _why(POLICY, quiet)
    assert not _why(quiet, POLICY)


# A shop's terms captured around its policy: prices that "may change without notice" are the shop's, not a notice of
# changes to the policy; the policy changing without notice still counts.
def test_a_shops_terms_around_the_policy_are_no_change():
    terms = "## Shipping and returns\n\nPrices are shown in US dollars and may change without notice."
    new = POLICY + "\n" + terms + "\n"
    assert not _why(POLICY, new)
    assert not _why(new, POLICY)


def test_the_policy_changing_without_notice_still_counts():
    old = POLICY.replace("we will post the new version on this page", "we will e-mail you before it applies")
    new = POLICY.replace("we will post the new version on this page", "it may change at any time without notice")
    assert _why(old, new)
