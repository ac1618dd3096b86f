"""Rewrites in our own words that state the same facts: a section moved and re-cut on the way, the company's name
written as "we" throughout, a postal address line rewritten, an ad paragraph restated in other words, a screen's
"save changes". Each beside a look-alike that does change a practice, which must stay material."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile
from monitor.classify.foreign import Language, _names


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


MOVED = (
    "# Fernhollow Games privacy notice\n\n"
    "## What we collect\n\nWe collect your username, email address and the scores you post.\n\n"
    "## Children\n\nOur games are meant for people aged 13 and over. If we learn that a child under 13 has given us"
    " personal data without a parent's consent, we delete that data and close the child's account.\n\n"
    "## Sharing\n\nWe share your scores with other players on public leaderboards. We do not sell your personal"
    " data.\n\n"
    "## Security\n\nWe protect your account with encryption in transit.\n"
)
CHILDREN = (
    "## Children\n\nOur games are meant for people aged 13 and over. If we learn that a child under 13 has given us"
    " personal data without a parent's consent, we delete that data and close the child's account.\n\n"
)
REWORDED = (
    "## Young players\n\nOur games are meant for people aged 13 and over. A child under 13 may give us personal"
    " data without a parent's consent. When we learn of it, we delete that data and close the child's account.\n\n"
)


def _moved(children: str) -> str:
    """The children's section moved after the security section, written as `children`."""
    return MOVED.replace(CHILDREN, "") + "\n" + children


def test_a_section_moved_and_recut_is_no_change():
    new = _moved(REWORDED)
    assert not _material(MOVED, new)
    assert not _material(new, MOVED)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("aged 13 and over", "aged 10 and over"),
        ("we delete that data and close the child's account", "we keep that data and close the child's account"),
        ("we delete that data and close", "we share that data with our partners and close"),
    ],
)
def test_a_section_moved_with_a_practice_changed_stays_material(old, new):
    assert _material(MOVED, _moved(REWORDED.replace(old, new)))


NAMED = (
    "# Privacy\n\nQuillmark Software collects your name and email address when you register. Quillmark Software"
    " uses this information to provide support and to send you product news. Quillmark Software reserves the right"
    " to set Quillmark Software cookies on your computer. We do not sell your data.\n"
)


def test_the_company_named_where_the_other_version_says_we_is_no_change():
    new = (
        "# Privacy\n\nWe collect your name and email address when you register. We use this information to provide"
        " support and to send you product news. We reserve the right to set our cookies on your computer. We do not"
        " sell your data.\n"
    )
    assert not _material(NAMED, new)
    assert not _material(new, NAMED)


def test_another_company_in_the_speakers_place_stays_material():
    new = NAMED.replace("Quillmark Software", "Harbourline Media")
    assert _material(NAMED, new)


def test_we_throughout_with_a_practice_added_stays_material():
    new = (
        "# Privacy\n\nWe collect your name and email address when you register. We use this information to provide"
        " support and to send you product news. We reserve the right to set our cookies on your computer. We sell"
        " your data to data brokers.\n"
    )
    assert _material(NAMED, new)


def test_a_postal_address_line_rewritten_is_contact_only():
    old = "# Contact\n\nPostal Address: tallowcrest.com, Inc. P.O. Box 481, Maple Ridge, NJ 07011 0481, USA\n"
    new = "# Contact\n\nPostal Address : Tallowcrest.com, Inc. 22 Heron Court, Lakeview, NJ 07020, USA\n"
    assert not _material(old, new)
    assert not _material(new, old)


ADS = (
    "# Privacy\n\n## Ads\n\nWe use an outside ad company to display ads on our site. These companies may use"
    " information (not including your name or email address) about your visits to provide ads about goods of"
    " interest to you. If you would like more information about this practice and to know your choices about not"
    " having this information used by these companies, see the industry opt-out page.\n\n"
    "## Contact\n\nWrite to us at privacy@example.org.\n"
)


def test_an_ad_paragraph_restated_in_other_words_is_no_change():
    new = ADS + (
        "\nWe use third-party advertising companies to serve ads when you visit our site. If you would like more"
        " information about this practice and to know your choices about not having this information used by these"
        " companies, please see: http://www.example.org/managing/opt_out\n"
    )
    assert not _material(ADS, new)
    assert not _material(new, ADS)


def test_an_ad_paragraph_restated_with_data_of_its_own_stays_material():
    new = ADS + (
        "\nWe use third-party advertising companies to serve ads when you visit our site. These companies may use"
        " your email address and your precise location to target ads.\n"
    )
    assert _material(ADS, new)


def test_a_denied_kind_of_ad_dropped_stays_material():
    old = ADS.replace("our site.", "our site. We do not allow remarketing or interest-based advertising.")
    new = ADS + "\nInterest-based advertising is not allowed on our site.\n"
    assert _material(old, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Click Save changes when you are done.",
        "You can turn off emails by unchecking the box and saving changes.",
    ],
)
def test_a_screens_save_changes_is_no_retention_or_right(sentence):
    p = profile(sentence)
    assert not p.concepts["retention"]
    assert not p.concepts["right to rectification"]


def test_the_company_saving_the_readers_changes_is_retention():
    assert profile("We save your changes on our servers for 30 days.").concepts["retention"]


SCOPE = "# Privacy\n\nWe collect your personal data when you place an order, to complete your order.\n"


def test_a_word_of_breadth_alone_is_wording():
    new = SCOPE.replace("We collect your personal data", "We collect all of your personal data")
    assert not _material(SCOPE, new)
    assert not _material(new, SCOPE)


def test_a_word_of_breadth_with_data_added_stays_material():
    new = SCOPE.replace("your personal data", "all of your personal data and your precise location")
    assert _material(SCOPE, new)


EXAMPLES = (
    "# Privacy\n\nWe may collect the type of browser you are using (e.g., Navigator, Explorer), the type of operating"
    " system you are using, (e.g., Windows '98 or Mac OS) and the domain name of your Internet service provider"
    " (e.g., Wirelink, Skyband).\n"
)


def test_makes_of_the_readers_browser_system_and_provider_are_examples():
    new = EXAMPLES.replace("(e.g., Navigator, Explorer)", "(e.g. Explorer, Firefox or Safari)")
    new = new.replace("Windows '98 or Mac OS", "Windows or Mac OS").replace("Wirelink, Skyband", "Wirelink, Coastnet")
    assert not _material(EXAMPLES, new)
    assert not _material(new, EXAMPLES)


def test_a_recipient_named_after_the_examples_stays_material():
    new = EXAMPLES.replace("(e.g., Wirelink, Skyband).", "(e.g., Wirelink, Skyband), and we share it with Adcorp.")
    assert _material(EXAMPLES, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your data is kept behind firewalls which ensure no chances for any unauthorized access.",
        "We use access controls so there is no risk of accidental loss.",
    ],
)
def test_a_threat_a_safeguard_rules_out_is_no_denial(sentence):
    assert not profile(sentence).negations


def test_a_practice_denied_stays_a_denial():
    assert profile("We do not allow unauthorized access requests to be refused.").negations
    assert profile("We will never sell your data.").negations


def test_a_french_pronoun_capitalised_after_a_comma_names_nobody():
    french = Language("fr")
    assert "Cela" not in _names(french, "Il s'agit d'un service facultatif, Cela signifie qu'il n'est pas activé.")
    assert "Datavend" in _names(french, "Nous ne vendons pas vos données, Datavend et ses partenaires exceptés.")
