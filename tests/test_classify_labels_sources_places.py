"""Item labels of a flattened nested list, a party receiving data from others, a quoted column named, an
exception in either word order, a modal before a verb of state, the parts of a law in Roman numerals, a definition
with an adverb, a period set by whoever requires it, a mind changed, and places closing a list of where the reader is
followed (session 41). Our own sentences."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile

POLICY = (
    "# Privacy at Larkspur Print\n\n## Orders\n\nWe collect your name and postal address when you order.\n\n"
    "## Details\n\n{passage}\n\n## Contact\n\nWrite to privacy@larkspur.example.\n"
)


def _material(old: str, new: str) -> bool:
    """Judged material either way."""
    a, b = POLICY.format(passage=old), POLICY.format(passage=new)
    return classify_texts(a, b).material or classify_texts(b, a).material


SAME = [
    # labels of a nested list ("* **Payment details.**" over its sentence) dropped when the list is made prose
    (
        "What we hold about you falls into a few groups, described below.\n\n"
        "* **Account details.**\n    * When you sign up, we collect your e-mail address and a password.\n"
        "* **Payment details.**\n    * If you buy a plan, we collect your card number and billing address.\n"
        "* **Preferences.**\n    * You can set your language and time zone on your settings page.",
        "What we hold about you falls into a few groups, described below.\n\nWhen you sign up, we collect your"
        " e-mail address and a password. If you buy a plan, we collect your card number and billing address. You"
        " can set your language and time zone on your settings page.",
    ),
    # a party receiving data from others: where its data comes from, not a disclosure ("obtains" = "receives")
    (
        "This notice also applies to information about you and your orders that Larkspur obtains from its"
        " printing partners, its resellers and other sources.",
        "The notice also covers information about you and your orders that Larkspur receives from its printing"
        " partners, its resellers and other sources.",
    ),
    # a column named by its quoted title: where to look
    (
        "Under section 3 above, you can read in which cases we rely on your consent.",
        'The tables in section 3 above show, in the "Legal basis" column, the cases in which we rely on your consent.',
    ),
    # an exception in either word order
    (
        "Our printers must agree to use your address for no other purpose than delivering your order.",
        "Our printers must agree to use your address for no purpose other than delivering your order.",
    ),
    # "may include": what pictures may contain, no power of anyone's
    (
        "If you upload pictures for printing, these pictures may include location data as well.",
        "Pictures you upload for printing may also include location data.",
    ),
    # the part of a framework cited in Roman numerals
    (
        "Under certain conditions, you may invoke binding arbitration once other procedures are exhausted.",
        "In accordance with Annex II of the Principles, and under certain conditions, you may invoke binding"
        " arbitration once other procedures are exhausted.",
    ),
    # a term explained, with an adverb before its kind
    (
        "We may combine what we hold about you into a customer profile.",
        "We may combine what we hold about you into a customer profile. A customer profile is simply a record that"
        " brings together, in one place, what we hold about you.",
    ),
    # a period set by whoever requires it, said either way
    (
        "If your school gives you access, we retain your files as long as required by your school administrator.",
        "If your school gives you access, we retain your files for as long as your school administrator requires.",
    ),
    # a table set out as labelled prose: each label names its column
    (
        "| Purpose | Legal basis | How long do we keep it? |\n| --- | --- | --- |\n| Backups of your account |"
        " Legitimate interest in a service we can restore after incidents. | 30 days from when the backup is made. |",
        "**Backups of your account.** Legal basis: legitimate interest in a service we can restore after"
        " incidents.\n\nRetention: 30 days from when the backup is made.",
    ),
    # a statement said again word for word as an example, its lead aside
    (
        "We retain your order history for as long as your account is active and a short period after.\n\n"
        "## In short\n\nHow long we keep each kind of data depends on why we hold it.",
        "We retain your order history for as long as your account is active and a short period after.\n\n"
        "## In short\n\nHow long we keep each kind of data depends on why we hold it. For example, we retain your"
        " order history for as long as your account is active and a short period after.",
    ),
    # the law's leave said with "otherwise", either way round
    (
        "We retain your order history as otherwise permitted under law.",
        "We retain your order history to the extent the law permits.",
    ),
    # consent taken back in plain words
    (
        "If you consented to our newsletter, you have the right to change your mind at any time.",
        "If you consented to our newsletter, you have the right to withdraw your consent at any time.",
    ),
]

DIFFERENT = [
    # a link's quoted name says what it does: a way to opt out dropped
    (
        "You can stop promotional e-mails in your account settings. You may also tell us to stop them by clicking"
        ' the "unsubscribe" link in any promotional e-mail.',
        "You can stop promotional e-mails in your account settings.",
    ),
    # a list of data items losing an item is a kind of data dropped, not a label
    (
        "We collect:\n\n* Name.\n* E-mail address.\n* Payment details.",
        "We collect:\n\n* Name.\n* E-mail address.",
    ),
    # a party receiving data from the company is a disclosure
    (
        "Our printing partners receive your data from their own suppliers.",
        "Our printing partners receive your data from us.",
    ),
    # the exception dropped
    (
        "Our printers must agree to use your address for no other purpose than delivering your order.",
        "Our printers may use your address for their own marketing.",
    ),
    # another party given the reader's power
    (
        "You may ask us to delete the pictures you upload.",
        "Your school may ask us to delete the pictures you upload.",
    ),
    # a named party added beside an annex cited
    (
        "In accordance with Annex II of the Principles, we share your address with our printers.",
        "In accordance with Annex II of the Principles, we share your address with our printers and Quillon Analytics.",
    ),
    # a term "explained" by what the company does with it
    (
        "We may combine what we hold about you into a customer profile.",
        "We may combine what we hold about you into a customer profile. A customer profile is simply a record that"
        " we sell to advertisers.",
    ),
    # a label naming what no column heading names: read
    (
        "| Purpose | Legal basis | How long do we keep it? |\n| --- | --- | --- |\n| Backups of your account |"
        " Legitimate interest in a service we can restore after incidents. | 30 days from when the backup is made. |",
        "**Backups of your account.** Legal basis: legitimate interest in a service we can restore after"
        " incidents.\n\nSold to advertisers: 30 days from when the backup is made.",
    ),
    # a table set out as labelled prose, and a recipient's country changed in the cell the label now opens
    (
        "| Purpose | Legal basis | Recipients |\n| --- | --- | --- |\n| Backups of your account | Legitimate"
        " interest in a service we can restore after incidents. | A hosting supplier in Sweden acting as our"
        " processor |",
        "**Backups of your account.** Legal basis: legitimate interest in a service we can restore after"
        " incidents.\n\nRecipients: a hosting supplier in Sweden and the United States acting as our processor.",
    ),
    # a statement said again with a denial it did not have
    (
        "We retain your order history for as long as your account is active and a short period after.\n\n"
        "## In short\n\nHow long we keep each kind of data depends on why we hold it.",
        "We retain your order history for as long as your account is active and a short period after.\n\n"
        "## In short\n\nHow long we keep each kind of data depends on why we hold it. For example, we do not retain"
        " your order history for as long as your account is active and a short period after.",
    ),
    # a period set by need made open-ended
    (
        "We retain your files for as long as your school administrator requires.",
        "We retain your files indefinitely.",
    ),
    # the right to change one's mind denied
    (
        "You have the right to change your mind at any time.",
        "You cannot withdraw your consent once given.",
    ),
    # the reader followed to other websites, at the end of a list of places
    (
        "Our pixels help us recognise you across our services and your devices.",
        "Our pixels help us recognise you across our services, your devices and third-party websites.",
    ),
]


@pytest.mark.parametrize(("old", "new"), SAME, ids=[f"same-{i}" for i in range(len(SAME))])
def test_same_meaning_is_not_material(old: str, new: str) -> None:
    assert not _material(old, new)


@pytest.mark.parametrize(("old", "new"), DIFFERENT, ids=[f"different-{i}" for i in range(len(DIFFERENT))])
def test_a_changed_practice_stays_material(old: str, new: str) -> None:
    assert _material(old, new)


def test_annex_numbers_name_nobody() -> None:
    assert not profile("Transfers follow Chapter V and Annex II of the Principles.").entities
    assert "bolt" in profile("Transfers follow Annex II of the Principles with Bolt Analytics.").entities
