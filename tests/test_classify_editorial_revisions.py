"""Editorial revisions that change no practice: a disclaimer set in sentence case, a period bound said in other
words, a reason clause opening a sentence, a wish of the reader's, a quoted section title in a pointer. Each reading
has look-alikes that change a practice and must stay material. The sentences are our own.

Family: the rewordings of paraphrase batch 22 (bench/paraphrase_edits_22.json), written by a helper who did not see
the classifier, read as general forms."""

from __future__ import annotations

import pytest

from monitor.classify.evidence import profile
from monitor.classify.facts import _sentence_facts
from monitor.classify.findings import _governing
from monitor.classify.rights import granted
from tests.in_a_policy import SIGN_IN_PAIR, framed, neither_way, stays_material

PAIR = SIGN_IN_PAIR

#: a policy that states an opt-out of interest-based ads and parental controls before the passage
ADS_PAIR = framed(
    "# Privacy Policy\n\nWe collect your name and email address when you create an account.\n\n"
    "We show interest-based ads. You can opt out of interest-based advertising in your account settings.\n\n"
    "Parents can manage their child's account with parental controls.\n\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a pointer clause naming a section by its quoted title, to what the policy states
        (
            "For more on the cookies we use, please read our Cookie Policy.",
            'Our Cookie Policy tells you more about the cookies we use, and the "U.S. Opt-Out" section of this Privacy'
            " Policy explains how to opt out of interest-based advertising.",
        ),
        # a section named by its title in title case
        (
            "Parents can review what their child watched with the controls described below.",
            "Parents can review what their child watched with the controls described in the Parental Access and"
            " Controls section below.",
        ),
    ],
)
def test_a_section_named_by_its_title_is_no_change(old: str, new: str) -> None:
    neither_way(ADS_PAIR, old, new)


def test_a_pointer_clause_naming_a_new_practice_stays_material() -> None:
    stays_material(
        ADS_PAIR,
        "For more on the cookies we use, please read our Cookie Policy.",
        'Our Cookie Policy tells you more about the cookies we use, and the "U.S. Opt-Out" section of this Privacy'
        " Policy explains how we sell your data to data brokers.",
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a disclaimer in capitals set in sentence case: its capitals named nobody
        (
            "WE BELIEVE THAT WE HAVE IMPLEMENTED REASONABLE PRECAUTIONS TO PROTECT YOUR DATA FROM LOSS AND UNAUTHORIZED"
            " ACCESS, DISCLOSURE OR DESTRUCTION. YOU SHOULD PROTECT YOUR ACCOUNT BY, AMONGST OTHER THINGS, CHOOSING A"
            " ROBUST PASSWORD THAT NOBODY CAN GUESS.",
            "We believe we have put in place reasonable precautions to protect your data from loss and from"
            " unauthorized access, disclosure or destruction. You should protect your account, for example by"
            " choosing a strong password that nobody can guess.",
        ),
        # a bound on a period in other words, the purpose moved first
        (
            "Our support bot stores your questions for a maximum of 30 days so its learning feature can improve its"
            " answers.",
            "So that its learning feature can improve its answers, our support bot stores your questions for no longer"
            " than 30 days.",
        ),
        # the reader's wish in a condition: no denial
        (
            "You may opt out of receiving our promotional emails by following the unsubscribe link in any of them.",
            "If you no longer wish to receive our promotional emails, you can opt out by following the unsubscribe"
            " link in any of them.",
        ),
        # a section pointed to by its quoted title, or by its topic: where to read, no practice
        (
            "We treat a browser that sends an opt-out signal as having opted out of targeted ads, as described in the"
            " section of this policy covering privacy choices.",
            "We treat a browser that sends an opt-out signal as having opted out of targeted ads, as described above"
            ' under "Your choices: objecting, opting out, do not sell or share my info".',
        ),
        # a contrast between commas ("and not the contacts themselves") denies a noun, not the verb after it
        (
            "As our app only needs a fingerprint of your contacts, and not the contacts themselves, the fingerprint is"
            " transferred and stored in encrypted form.",
            "Our app only needs a fingerprint of your contacts, not the contacts themselves. For that reason, the"
            " fingerprint is transferred and stored in encrypted form.",
        ),
        # the reader's belief is the reason to ask, not a condition on the right
        (
            "If you believe we hold one of your device IDs and wish to exercise your right to access or delete it,"
            " please use our request form.",
            "To exercise your right to access or delete any of your device IDs that you believe we hold, please use"
            " our request form.",
        ),
        # a colon before a clause of its own ends the denial's clause
        (
            "We may use cookies to remember your settings. It is easy to prohibit certain cookies. You can do so by"
            " editing your preferences through the cookie settings link.",
            "We may use cookies to remember your settings. Cookies are small files a site stores on your device."
            " Certain cookies are easy to prohibit: simply edit your preferences through the cookie settings link.",
        ),
        # what the reader may prevent is a choice offered, not a denial
        (
            "Most browsers allow you to erase cookies, block acceptance of cookies, or warn you before a cookie is"
            " stored.",
            "Most browsers let you erase cookies, block cookies from being accepted, or warn you before a cookie is"
            " stored.",
        ),
        # a gerund's subject is the main clause's: the company deciding is no choice of the reader's
        (
            "To determine how long to keep your data, we consider its amount, nature and sensitivity.",
            "When deciding how long to keep your data, we take into account its amount, nature and sensitivity.",
        ),
        # "keep re-entering" is going on doing, not keeping data
        (
            "We use cookies to remember your sign-in details, so you do not have to keep re-entering them.",
            "We use cookies to remember your sign-in details, so you do not have to re-enter them.",
        ),
        # a bound by what can be done, in any of its words
        (
            "We will report a breach to the authority without undue delay and, where feasible, within 72 hours.",
            "We will report a breach to the authority without undue delay and, where we can, within 72 hours.",
        ),
        # the people told, in any word
        (
            "If a breach puts you at high risk, we will also notify affected individuals without undue delay.",
            "If a breach puts you at high risk, we will also tell the people affected without undue delay.",
        ),
    ],
)
def test_an_editorial_revision_is_no_change(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "WE DO NOT SELL YOUR PERSONAL DATA TO ANYONE, AND WE NEVER SHARE IT WITH ADVERTISERS.",
            "We do not sell your personal data to anyone, but we share it with advertisers.",
        ),
        (
            "WE KEEP YOUR PAYMENT DETAILS FOR 30 DAYS AFTER EACH PURCHASE, THEN WE DELETE THEM.",
            "We keep your payment details for 3 years after each purchase, then we delete them.",
        ),
        (
            "WE SHARE YOUR EMAIL ADDRESS WITH OUR PAYMENT PROCESSOR TO SEND YOU RECEIPTS.",
            "WE SHARE YOUR EMAIL ADDRESS WITH OUR PAYMENT PROCESSOR AND WITH DATA BROKERS TO SEND YOU RECEIPTS.",
        ),
        (
            "Our support bot keeps your questions for no longer than 30 days so that it can learn to answer better.",
            "So that it can learn to answer better, our support bot keeps your questions for no longer than 90 days.",
        ),
        (
            "Our support bot keeps your questions for no longer than 30 days so that it can learn to answer better.",
            "So that it can learn to answer better, our support bot keeps your questions for at least 30 days.",
        ),
        (
            "If you no longer wish to receive our promotional emails, you can opt out by following the unsubscribe"
            " link in any of them.",
            "If you no longer wish to receive our promotional emails, you cannot opt out by following the unsubscribe"
            " link in any of them.",
        ),
        (
            "If you do not want us to share your email address with our partners, we will not share it.",
            "If you do not want us to share your email address with our partners, we will still share it.",
        ),
        (
            "We treat a browser that sends an opt-out signal as having opted out of targeted ads, as described above"
            ' under "Your choices".',
            "We do not treat a browser that sends an opt-out signal as having opted out of targeted ads, as described"
            ' above under "Your choices".',
        ),
        (
            "As explained in the section on sharing, we share your email address with our payment processor.",
            "As explained in the section on sharing, we sell your email address to data brokers.",
        ),
        (
            "We keep a fingerprint of your contacts, not the contacts themselves, and we do not transfer it to anyone.",
            "We keep a fingerprint of your contacts, not the contacts themselves, and we transfer it to our partners.",
        ),
        (
            "We do not transfer your contacts, and not even a fingerprint of them, to anyone.",
            "We transfer a fingerprint of your contacts, and not the contacts themselves, to our partners.",
        ),
        (
            "If you live in the European Union, you have the right to access or delete your device IDs; please use our"
            " request form.",
            "You have the right to access or delete your device IDs; please use our request form.",
        ),
        (
            "We do not share the following with advertisers: your contacts, your messages or your photos.",
            "We share the following with advertisers: your contacts, your messages or your photos.",
        ),
        (
            "Some cookies are easy to prohibit: simply edit your preferences in the cookie settings.",
            "Some cookies are easy to prohibit: we do not offer a way to edit your preferences.",
        ),
        ("We block your messages from being read by advertisers.", "We allow your messages to be read by advertisers."),
        (
            "We will report a breach to the authority within 72 hours.",
            "We will report a breach to the authority, where we can, within 72 hours.",
        ),
        (
            "If a breach puts you at high risk, we will also tell the people affected without undue delay.",
            "If a breach puts you at high risk, we will not tell the people affected.",
        ),
        (
            "When choosing to share your location with friends, you allow us to collect it.",
            "We collect your location.",
        ),
    ],
)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    stays_material(PAIR, old, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "We may disclose all or part of your personal information to a possible buyer of our business.",
        "We may disclose all or any portion of your personal information to a possible buyer of our business.",
        "We may disclose some or all of your personal information to a possible buyer of our business.",
    ],
)
def test_a_share_beside_all_scopes_the_noun_after_it(sentence: str) -> None:
    # "all or part of your personal information": "all" governs the data, as in "some or all of" (the scope a
    # rewording keeps), not the word "part"
    assert _governing(profile(sentence)) == ("all",)


def test_a_share_of_nothing_named_scopes_nothing() -> None:
    assert _governing(profile("We test all or part of our new features before release.")) == ()


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        # "without consent" ends where the modal of the main verb starts: the right is granted
        (
            "a parent who believes a child has given us personal data without consent should contact us to request"
            " that it be deleted.",
            False,
        ),
        ("you can ask us to delete it without charge.", False),
        # a "without" that reaches the right denies it
        ("you may use the free plan without the right to have your data erased.", True),
    ],
)
def test_without_denies_its_own_phrase(sentence: str, denied: bool) -> None:
    assert sorted(granted(sentence).rights) == [("reader", "erasure", denied)]


def test_without_denies_only_its_phrase_in_a_clause() -> None:
    # the child and the deletion request are not denied; the consent is
    facts, _ = _sentence_facts(
        "A parent who believes a child has given us personal information without consent should contact us to"
        " request that it be deleted."
    )
    assert ("negated", "consent") in facts
    assert ("negated", "deletion") not in facts
    assert ("concept", "children", True) not in facts


def test_a_need_that_ends_is_one_limit_in_any_word() -> None:
    # "no longer needed" = "no longer necessary": the same limit
    needed = profile("We delete it when it is no longer needed for the purposes for which we collected it.")
    necessary = profile("We delete it when it is no longer necessary for the purposes for which we collected it.")
    assert needed.limiters == necessary.limiters == ("necessary",)


def test_a_heading_in_capitals_names_nobody() -> None:
    assert profile("HOW LONG WE KEEP YOUR DATA").entities == frozenset()
    assert profile("Our processor ACME PAYMENTS handles your card.").entities  # a name in capitals stays a name
