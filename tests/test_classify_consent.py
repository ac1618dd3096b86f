"""Classifier: a consent manager's banner or preference centre captured with the policy is page furniture, found by
its controls (classify/consent.py); a cookie policy's own text about its cookies, and a practice written next to the
block, stay material. The texts are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.consent import consent_lines
from monitor.classify.engine import classify_texts
from monitor.text.normalise import detect_format, normalise

POLICY = """# Privacy notice

We collect your name, email address and delivery address when you place an order.

We use your order history to recommend products you may like.

## Sharing

We share your delivery address with the courier that brings your parcel.

We do not sell your personal information.

## Your rights

You can ask us for a copy of your data or ask us to delete it by writing to our privacy team.

## Retention

We keep order records for six years to meet tax law.
"""

#: a preference centre: title, paragraph, buttons, categories with a toggle and a description, closing buttons
CENTRE = """Privacy choices centre

Websites you visit may place small files in your browser to remember you and your settings. Some of them are needed
for the site to work; you can switch the others off below. Open a category to read more about it.

Accept All

Manage Consent Preferences

Required Cookies

Always Active

These cookies keep the shop working: your basket, your sign-in and the security checks. They cannot be turned off.

Measurement Cookies

These cookies tell us how many people visit each page so we can make the site faster.

Advertising Cookies

These cookies are placed by our advertising partners to show you adverts for things you looked at here.

Cookie List

Clear

checkbox label label

Apply Cancel

Confirm My Choices
"""

#: a consent-framework banner: the partners' purposes, then its buttons
FRAMEWORK = """Your privacy choices

We and our 211 partners store and read information on your device, such as cookie identifiers, and use it for
advertising, measurement and improving our products.

You can accept, reject or adjust your choices below.

Purposes

Store and/or access information on a device

Build a profile for tailored advertising

Measure how well content performs

Vendors

Accept all

Reject all

Save and exit
"""

#: a settings panel with On / Off toggles
PANEL = """Cookie settings

We use cookies so the site remembers you and so we can see which pages are read. Switch on the ones you are happy
with.

Accept all cookies

Reject non-essential cookies

Essential

On

Needed for sign-in and security. You cannot turn these off.

Statistics

Off

Help us see which pages are slow.

Save my preferences
"""

#: a banner whose purposes are long list items and whose buttons are links
LISTED = """Before you continue

With your permission we and our 40 partners use cookies to read information on your device and to measure how our
pages are used. You can change your mind at any time.

- Use your approximate location
- Tailored advertising and content, measurement of advertising and content, audience research and improving
products
- Keep the site secure

[Accept](#)

[Deny](#)

[Save preferences](#)
"""

#: a banner with its buttons on one line
ROW = """Cookies on this shop

We use cookies to keep your basket and, if you agree, to count visits.

Accept all · Reject all · Customise
"""

#: a short banner: a paragraph and three buttons, one to a line
SHORT = """Your privacy matters

We use cookies so the site works and, if you say yes, to count visits and show offers. Choose "Options" to pick
which ones we may set on your device.

Options

Decline

Accept
"""

#: a banner whose two buttons the capture ran together on one line, with no space between them
GLUED = """Cookie choices

We would like to use cookies to remember your settings and show you offers you may like. You can accept them all or
keep only the strictly necessary ones that let the shop run safely.

Accept all cookiesAccept strictly necessary cookies only
"""

BLOCKS = {
    "centre": CENTRE,
    "framework": FRAMEWORK,
    "panel": PANEL,
    "listed": LISTED,
    "row": ROW,
    "short": SHORT,
    "glued": GLUED,
}

#: a cookie policy's own section about its categories of cookies: no controls around it
OWN_SECTION = """## The cookies we use

Strictly necessary cookies. These cookies keep the site secure and let you sign in; the site cannot work without
them.

Performance cookies. These cookies count visits so we can see which pages people read.

Targeting cookies. These are set by our advertising partners to build a profile of your interests and show you
adverts on other sites.
"""

PRACTICE = "We now share your browsing data with advertising partners."


def _canonical(raw: str) -> str:
    """The text as a capture stores it (short lines may come out as headings)."""
    return normalise(raw, detect_format(raw, "policy.md"))


def _material(old: str, new: str) -> bool:
    return classify_texts(_canonical(old), _canonical(new)).material


def _unwrap(block: str) -> str:
    """A block with its wrapped paragraphs joined (a paragraph is one line of the capture)."""
    return "\n\n".join(" ".join(part.split("\n")) for part in block.strip().split("\n\n")) + "\n"


def _top(block: str) -> str:
    return _unwrap(block) + "\n" + POLICY


def _middle(block: str) -> str:
    head, tail = POLICY.split("## Your rights")
    return head + _unwrap(block) + "\n## Your rights" + tail


def _end(block: str) -> str:
    return POLICY + "\n" + _unwrap(block)


@pytest.mark.parametrize("where", [_top, _middle, _end], ids=["top", "middle", "end"])
@pytest.mark.parametrize("name", list(BLOCKS))
def test_a_consent_block_added_or_removed_is_page_furniture(name, where):
    with_block = where(BLOCKS[name])
    assert not _material(POLICY, with_block)
    assert not _material(with_block, POLICY)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_block_is_found_from_its_title_to_its_last_control(name):
    block = [line for line in _unwrap(BLOCKS[name]).splitlines() if line.strip()]
    lines = ["# Cookies", "We use cookies to remember your language.", *block, "# Contact", "Write to our team."]
    assert consent_lines(lines) == list(range(2, 2 + len(block)))


def test_a_cookie_policys_own_section_about_its_categories_stays_material():
    section = _unwrap(OWN_SECTION)
    assert consent_lines([line for line in section.splitlines() if line.strip()]) == []
    assert _material(POLICY, POLICY + "\n" + section)
    assert _material(POLICY + "\n" + section, POLICY)
    head, tail = POLICY.split("## Your rights")
    assert _material(POLICY, head + section + "\n## Your rights" + tail)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_a_practice_added_right_before_or_after_a_consent_block_stays_material(name):
    block = _unwrap(BLOCKS[name])
    # added with the block, just above its title or just after its last button
    assert _material(POLICY, POLICY + "\n" + PRACTICE + "\n\n" + block)
    assert _material(POLICY, POLICY + "\n" + block + "\n" + PRACTICE + "\n")
    assert _material(POLICY + "\n" + PRACTICE + "\n\n" + block, POLICY)
    # added beside a block both versions show
    assert _material(_top(block), PRACTICE + "\n\n" + _top(block))
    assert _material(_end(block), _end(block) + "\n" + PRACTICE + "\n")


def test_a_sentence_about_accepting_or_rejecting_cookies_is_no_button():
    sentence = "You can accept or reject cookies in your browser settings."
    lines = ["# Cookies", sentence, *[ln for ln in _unwrap(CENTRE).splitlines() if ln.strip()]]
    assert 1 not in consent_lines(lines)
    alone = ["# Cookies", sentence, "We keep order records for six years.", "# Contact", "Write to us."]
    assert consent_lines(alone) == []
    assert _material(POLICY + "\n" + _unwrap(CENTRE), POLICY + "\n" + sentence + "\n\n" + _unwrap(CENTRE))


def test_a_rights_section_headed_by_soft_words_is_no_consent_block():
    """The words "Object" and "Withdraw consent" are a control's, but soft ones: without a firm button or toggle
    (accept, reject, save, "Always Active") they are the policy's own headings."""
    rights = (
        "## Your choices\n\nManage cookies\n\nYou can switch off advertising cookies in your browser.\n\n"
        "Object\n\nYou can object to our use of your data for advertising.\n\n"
        "Withdraw consent\n\nYou can withdraw your consent to marketing emails at any time.\n"
    )
    assert consent_lines([line for line in rights.splitlines() if line.strip()]) == []
    changed = rights.replace("to marketing emails", "to marketing emails and to profiling")
    assert _material(POLICY + "\n" + rights, POLICY + "\n" + changed)


def test_two_buttons_that_speak_of_nothing_consent_tools_speak_of_are_left_alone():
    lines = ["# Newsletter", "Weekly digest", "Save", "Cancel", "# Contact", "Write to us."]
    assert consent_lines(lines) == []


def test_a_stray_control_word_above_a_block_does_not_pull_the_policy_into_it():
    """A page's leftover "Close" right above a banner's title: the block starts at the title, not at the word, and
    the policy's paragraphs above stay policy."""
    policy_end = ["# Activity on other sites", "Our partners tell us which of their pages you visit.", "Close"]
    panel = [line for line in _unwrap(PANEL).splitlines() if line.strip()]
    lines = ["# Privacy notice", "We collect your name.", *policy_end, *panel]
    assert consent_lines(lines) == list(range(5, 5 + len(panel)))
    old = POLICY + "\n## Activity on other sites\n\nWe do not learn about your visits to other sites.\n\nClose\n\n"
    new = old.replace(
        "We do not learn about your visits to other sites.", "Our partners tell us which pages you visit."
    )
    assert _material(old + _unwrap(PANEL), new + _unwrap(PANEL))
