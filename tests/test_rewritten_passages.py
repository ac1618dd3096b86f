"""Passages rewritten in our own words that state the same facts, read as such: a safeguard named in the singular,
a name written in the other number, an age limit said with "only" and "anyone who does not meet it", forms of address
in a list of data, a term within a longer term of its concept, the reader unable to use part of a service, sentences
split and merged in one passage. Each beside a look-alike that changes a practice, which must stay material."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile
from monitor.classify.facts import _denied_verbs, _sentence_facts
from monitor.classify.findings import _denials_moved, _main_clause
from monitor.classify.reader import holder_replaced
from monitor.classify.together import _said_in, _term_kept


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def _concepts(sentence: str) -> set[str]:
    return {f[1] for f in _sentence_facts(sentence)[0] if f[0] == "concept"}


def test_a_security_measure_in_the_singular_is_a_safeguard_not_analytics():
    assert _concepts("No security measure, however, is 100% effective.") == {"security measures"}
    assert _concepts("We apply a technical measure to protect your files.") == {"security measures"}
    assert "analytics" in _concepts("We measure how many people open our newsletter.")


def test_a_name_in_the_other_number_is_said():
    assert _said_in("products", "where a product or service must be paid for")
    assert _said_in("product", "for products and services")
    assert not _said_in("express", "we use expre to ship")  # no plural of a word ending in "ss"
    assert not _said_in("plans", "where a subscription must be paid for")


HEAD = (
    "# Lantern Books privacy notice\n\n## What we collect\n\nWe collect your name and email address when you sign up."
    "\n\n"
)
TAIL = "\n\n## Your rights\n\nYou can ask us to delete your account at any time.\n"
PAYMENTS = (
    HEAD + "## Payments\n\nFor Subscriptions and Gift Cards that require payment, we collect a billing name and postal "
    "address. We also collect the last four digits of your card for invoicing purposes. Payments are handled by a "
    "payment processor." + TAIL
)
PAYMENTS_RECUT = (
    HEAD + "## Payments\n\nWhere a Subscription or Gift Card must be paid for, we gather a billing name and postal "
    "address, as well as, for invoicing purposes, the last four digits of your card. A payment processor handles "
    "payments." + TAIL
)
SECURITY = (
    HEAD + "## Security\n\nWe protect your data with encryption in transit. No security measure, however, is 100% "
    "effective, and we cannot guarantee the security of your data. Please keep your password to yourself." + TAIL
)
SECURITY_RECUT = (
    HEAD + "## Security\n\nWe protect your data with encryption in transit. Please keep your password to yourself. But "
    "no security measures can be 100% effective, and we cannot guarantee the security of your data." + TAIL
)


def test_a_passage_recut_with_its_names_in_the_other_number_is_no_change():
    assert not _material(PAYMENTS, PAYMENTS_RECUT)
    assert not _material(PAYMENTS_RECUT, PAYMENTS)


def test_a_passage_recut_with_a_data_type_added_stays_material():
    new = PAYMENTS_RECUT.replace(
        "a billing name and postal address", "a billing name, postal address and date of birth"
    )
    assert _material(PAYMENTS, new)


def test_a_security_disclaimer_recut_is_no_change():
    assert not _material(SECURITY, SECURITY_RECUT)
    assert not _material(SECURITY_RECUT, SECURITY)


def test_a_security_disclaimer_recut_beside_new_measuring_stays_material():
    new = SECURITY_RECUT.replace(
        "Please keep your password to yourself.",
        "We measure how you read our books to personalise your recommendations.",
    )
    assert _material(SECURITY, new)


AGE_LIMIT = (
    "To sign up or use our apps, you must be at least 16 years of age, otherwise you may not use the apps.",
    "Our apps may be used only by people who are at least 16 years of age; anyone who does not meet this requirement"
    " may not use the apps.",
)


def test_an_age_limit_said_with_only_and_anyone_keeps_the_reader_and_its_limits():
    assert not holder_replaced([AGE_LIMIT[0]], [AGE_LIMIT[1]])
    assert ("limit", "only") not in _sentence_facts(AGE_LIMIT[1])[0]
    # "only" that limits something besides the age stays a limit
    guardian = "Settings of users under 16 can only be changed if a guardian asks in writing."
    assert ("limit", "only") in _sentence_facts(guardian)[0]


def test_another_party_in_the_readers_place_is_still_seen():
    assert holder_replaced(["You can see the reports we keep."], ["Your employer can see the reports we keep."])
    # a relative clause with its own subject: the power is that subject's ("ads that you may have viewed")
    assert not holder_replaced(
        ["We combine data about ads that you may have viewed."], ["We combine data about the ads you may have viewed."]
    )


BOOKING = (
    "# Tern Travel privacy notice\n\n## What we collect\n\n{}\n\n## Sharing\n\nWe share bookings with the airline.\n"
)


def test_forms_of_address_name_nobody():
    old = BOOKING.format("When you book, we collect your name, gender and title, and your passport number.")
    new = BOOKING.format("When you book, we collect your name, gender, title (Mr, Mrs, Ms) and your passport number.")
    assert not _material(old, new)
    assert _material(old, new.replace("(Mr, Mrs, Ms)", "(Mr, Mrs, Ms), your date of birth"))


def test_a_term_within_a_longer_term_of_its_concept_is_kept():
    precise = ("term", "precise location", "preci geolo")
    assert _term_kept(("term", "precise location", "geolo"), {precise})
    assert not _term_kept(("term", "precise location", "gps"), {precise})
    assert not _term_kept(("term", "health data", "geolo"), {precise})  # another concept's term


def test_the_reader_unable_to_use_part_of_the_service_is_no_denial_of_use():
    assert _denied_verbs("you may be unable to use those of our services that depend on location") == ()
    assert _denied_verbs("you will not be able to use some of our apps") == ()
    assert _denied_verbs("we do not use some of your data") == ("use",)


NOTES = "# Quill Notes privacy notice\n\n## What we collect\n\nWe collect your notes.\n\n## Keeping your data\n\n{}\n"
KEPT = (
    "You can see most of your data in your account. You can change it in Settings. You can also ask us for a copy. "
    "Even so, we reserve the right to keep your notes where we reasonably believe that the law requires it or to "
    "prevent fraud."
)
KEPT_RECUT = (
    "You can see most of your data in your account, change it in Settings and ask us for a copy. Even so, we reserve "
    "the right to keep your notes in certain cases. This applies where we reasonably believe that the law requires it "
    "or to prevent fraud."
)


def test_sentences_merged_and_split_in_a_passage_are_read_as_one_rewrite():
    old, new = NOTES.format(KEPT), NOTES.format(KEPT_RECUT)
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("was", "now"),
    [("or to prevent fraud", "or to train our AI models"), ("for a copy", "for a copy for a fee of $10")],
)
def test_sentences_re_cut_with_a_practice_changed_stay_material(was, now):
    assert _material(NOTES.format(KEPT), NOTES.format(KEPT_RECUT.replace(was, now)))


def test_a_denial_in_an_opening_condition_is_no_denial_of_the_practice():
    low = "once we no longer need it, and keeping it is not required by law, resolve disputes, we will delete it"
    assert _main_clause(low) == "we will delete it"
    assert _main_clause("we do not sell it, ever") == "we do not sell it, ever"  # no condition opens it
    # a handling denied in the main clause after a condition still counts
    moved = _denials_moved(
        profile("When you close your account, we do not sell or share your data."),
        profile("When you close your account, we share but do not sell your data."),
        "sharing",
        False,
    )
    assert moved and "share" in moved[0].text


def test_a_list_of_purposes_turned_into_prose_keeps_its_verbs():
    """Imperative items ("Measure interest; Ensure quality control;") become gerunds in prose ("measuring interest,
    ensuring quality control"): the same purposes, no promise weakened."""
    old = NOTES.format("We use your data to: Measure interest in our apps; Ensure internal quality control;")
    new = NOTES.format(
        "We use your data for purposes that include measuring interest in our apps and ensuring quality."
    )
    assert not _material(old, new.replace("ensuring quality.", "ensuring internal quality control."))
    assert "analytics" not in _concepts("We take measures to protect your account.")
    assert "analytics" in _concepts("These include measuring interest in our apps.")
