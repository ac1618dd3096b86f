"""What a page says about its links (screen-reader notes, an icon's text) and bracketed pointers to a section or a
glossary are not policy text: captured with a link's words on one side only, they change no practice. Family: pages
whose link markup is redesigned ("Learn more" -> "Learn more (opens in a new tab)"), glossaries linked from terms.
Each case has a look-alike that must stay material."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts
from monitor.text.sentences import clean_block

OPENING = (
    "# Privacy Policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "We keep your data for as long as your account is open.\n\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(OPENING + old, OPENING + new).material


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Read our cookie notice (opens in a new tab).", "Read our cookie notice."),
        ("Manage your choices on the settings page External link.", "Manage your choices on the settings page."),
        (
            "Visit https://example.org/account External link, then sign in.",
            "Visit https://example.org/account, then sign in.",
        ),
        ("See the help pages (link is external)", "See the help pages"),
        ("Cookie settings, opens in a new window", "Cookie settings"),
        # a link whose words end in a stop, and a row of links run together, each with its note
        ("As noted above, External link we keep your invoices.", "As noted above, we keep your invoices."),
        ("Ethics External linkPrivacy External linkTerms External link", "EthicsPrivacyTerms"),
        ('See "How We Use It." External link; and "Sharing".', 'See "How We Use It."; and "Sharing".'),
        # look-alikes: words about links that are the policy's own
        (
            "We are not responsible for external links on our site.",
            "We are not responsible for external links on our site.",
        ),
        (
            "External links are governed by their owners' policies.",
            "External links are governed by their owners' policies.",
        ),
        ("We use an external link shortener.", "We use an external link shortener."),
        ("See the External Links section.", "See the External Links section."),
        ("Read the External linking rules.", "Read the External linking rules."),
    ],
)
def test_link_notes_are_dropped_from_what_is_read(raw: str, clean: str) -> None:
    assert clean_block(raw) == clean


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You can turn off personalised ads on the ad settings page.",
            "You can turn off personalised ads on the ad settings page (opens in a new tab).",
        ),
        (
            "You can download your data from the Account Centre and choose what to export.",
            "You can download your data from the Account Centre External link and choose what to export.",
        ),
        (
            "We share personal data with our service providers.",
            "We share personal data (see Glossary) with our service providers.",
        ),
        (
            "We keep usage records for a limited time.",
            "We keep usage records for a limited time (as described in Section 7, Retention Periods).",
        ),
    ],
)
def test_link_notes_and_pointers_change_no_practice(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a party named in the sentence itself, beside a pointer
        (
            "We share personal data with our service providers.",
            "We share personal data with Brightfield Media (see Partners below).",
        ),
        # the note is kept, the practice changes
        (
            "You can turn off personalised ads on the ad settings page (opens in a new tab).",
            "You cannot turn off personalised ads (opens in a new tab).",
        ),
        # a period added inside the pointer's sentence
        (
            "We keep usage records for a limited time (see Retention).",
            "We keep usage records for 10 years (see Retention).",
        ),
    ],
)
def test_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)
