"""A passage rewritten as a whole (session 19), in our own words, each with material look-alikes.

When three or more changes of one passage are rewritten together, its sentences no longer pair one to one, and the
words that say *how* something is stated go with whichever sentence they fell into: "may", "all" / "any", a hedge,
"if you ask" -> "when you ask us to", "before". Those facts of wording, and the terms of concepts other than data
types and recipients ("tell you" / "let you know"), are not compared across a rewritten passage; data types,
recipients, purposes, negations, limits, numbers, rights and names still are (`together._region_same`, loose).

And "inform" tells a person as "notify" does, where the company promises to; "let you know how you can ..." is an
explanation, not a notice.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name, email address and order history when you create an account.

## Sharing and keeping

{body}

## Contact

Write to privacy@example.org.
"""

OLD = (
    "We may share your order history with delivery partners so that they can bring your parcel. All of your payment "
    "details are handled by our payment processor. If you ask, we will delete your account within 30 days. We will "
    "tell you before we make changes to this policy."
)
NEW = (
    "Delivery partners receive your order history so that they can bring your parcel. Our payment processor handles "
    "any payment details you give. When you ask us to, we delete your account within 30 days. Before changes to this "
    "policy take effect, we will let you know."
)


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(body=old), POLICY.format(body=new)).material


def test_a_passage_rewritten_with_its_wording_recut_is_not_material():
    assert not _material(OLD, NEW)
    assert not _material(NEW, OLD)


@pytest.mark.parametrize(
    "old, new",
    [
        ("Delivery partners receive", "Delivery partners and advertisers receive"),  # a recipient
        ("within 30 days", "within 90 days"),  # a number
        ("any payment details you give", "any payment details and health records you give"),  # a data type
        ("bring your parcel", "bring your parcel and show you ads"),  # a purpose
        ("we delete your account", "we do not delete your account"),  # a negation
        ("Our payment processor handles", "Only our payment processor handles"),  # a limit
    ],
)
def test_the_same_rewrite_with_a_practice_changed_stays_material(old, new):
    assert old in NEW
    assert _material(OLD, NEW.replace(old, new))


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "If we sell the business, we will notify affected users before their data is transferred.",
            "If we sell the business, we will inform affected users before their data is transferred.",
        ),
        (
            "The law obliges us to notify California consumers about how we collect their data.",
            "The law obliges us to inform California consumers about how we collect their data.",
        ),
        (
            "We may write to let you know how you can get more out of the app.",
            "We may write to tell you how you can get more out of the app.",
        ),
    ],
)
def test_inform_and_notify_tell_a_person_alike(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


def test_a_promise_to_inform_dropped_stays_material():
    old = "If we sell the business, we will inform affected users before their data is transferred."
    new = "If we sell the business, their data is transferred."
    assert _material(old, new)


def test_the_reader_named_by_where_they_live_is_the_reader():
    old = "If you are a resident of Nevada, you have the right to opt out of the sale of your data."
    new = "Residents of Nevada are entitled to opt out of the sale of their data."
    assert not _material(old, new)
    assert not _material(new, old)


def test_residents_of_another_place_are_somebody_else():
    old = "If you are a resident of Nevada, you have the right to opt out of the sale of your data."
    new = "Residents of Texas are entitled to opt out of the sale of their data."
    assert _material(old, new)


@pytest.mark.parametrize(
    "added",
    [
        "We may also share your booking history with selected travel partners so they can offer you holidays.",
        "We may share your contact details with our affiliates so that they can market their own services.",
    ],
)
def test_recipients_selling_to_the_reader_is_marketing(added):
    old = "We share your booking history with the airline that flies you."
    assert _material(old, f"{old} {added}")


@pytest.mark.parametrize(
    "old, new",
    [
        ("We will not keep more data than we need.", "No excess data: we will not keep more data than we need."),
        (
            "In some circumstances, you can ask us to delete your data.",
            "**Deletion:** in some circumstances, you can ask us to delete your data.",
        ),
    ],
)
def test_a_run_in_label_set_before_the_same_statement_is_not_material(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    "new",
    [
        "Sold to partners: we keep your location for a year.",
        "Precise location: we keep your location for a year.",
        "Kept for ten years: we keep your location for a year.",
    ],
)
def test_a_label_that_states_more_than_its_statement_stays_material(new):
    assert _material("We keep your location for a year.", new)


REWRITTEN_OLD = (
    "We share your order history with delivery partners, and only for delivery. We keep the delivery address for 30 "
    "days after the parcel arrives. You can ask us to delete your account at any time, and we will do so within 30 "
    "days. We never sell your data."
)
REWRITTEN_NEW = (
    "Delivery partners receive your order history, and only for delivery; we never sell your data. The delivery "
    "address is kept for 90 days after the parcel arrives. At any time, you can ask us to delete your account. We will "
    "do so within 30 days."
)


def test_in_a_rewritten_passage_only_the_real_change_is_reported():
    """A promise merged into another sentence ("We never sell your data.") is no promise dropped and no negation
    added, where the passage states it as often as before; the period changed is what the alert names."""
    for old, new in ((REWRITTEN_OLD, REWRITTEN_NEW), (REWRITTEN_NEW, REWRITTEN_OLD)):
        result = classify_texts(POLICY.format(body=old), POLICY.format(body=new))
        reasons = [c.reason for c in result.changes if c.material]
        assert result.material
        assert len(reasons) == 1 and "days" in reasons[0], reasons


@pytest.mark.parametrize(
    "old, new",
    [
        # an age said bare is an age (holding data as keeping it: the vocabulary's examples)
        ("You must be at least 16 to use the app.", "You must be at least 13 to use the app."),
        ("Users must be 18 to register.", "Users must be 16 to register."),
    ],
)
def test_a_bare_age_is_read(old, new):
    assert _material(old, new)


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Tell us if you think we have information about a child.",
            "Tell us if you think we hold information about a child.",
        ),
        ("We hold you responsible for your password.", "We consider you responsible for your password."),
        ("The fee must be 10 to 20 dollars.", "The fee is 10 to 20 dollars."),
    ],
)
def test_holding_someone_responsible_and_a_price_are_no_practice(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


FRENCH = """# Politique de confidentialité

Nous collectons votre nom et votre adresse e-mail lorsque vous ouvrez un compte.

Nous utilisons votre adresse e-mail pour vous envoyer vos reçus.

{body}

Nous conservons les factures pendant six ans pour respecter la loi fiscale.

Vous pouvez demander l'accès à vos données et leur suppression à tout moment.
"""


def test_a_label_set_before_a_foreign_statement_is_read_in_its_language():
    """The label is read off by English words; what the statement says is read in its own language: "not enabled
    unless you consent" -> "**Optional service**: enabled by default" stays a change of practice."""
    old = "Le service Utiq est facultatif, il n'est pas activé par défaut et ne l'est qu'avec votre consentement."
    new = "**Service facultatif** : le service Utiq est activé par défaut et vous pouvez le refuser à tout moment."
    assert classify_texts(FRENCH.format(body=old), FRENCH.format(body=new)).material


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "We share your data with partners, except where you object.",
            "We share your data with partners, unless you object.",
        ),
        ("We keep your logs for at most 30 days.", "We keep your logs for no more than 30 days."),
        (
            "We use your data only as necessary to run the service.",
            "We use your data only to the extent necessary to run the service.",
        ),
        ("We publish statistics in aggregated form.", "We publish statistics in anonymised form."),
    ],
)
def test_a_limit_said_by_another_word_of_its_kind_is_the_same_limit(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    "old, new",
    [
        ("We publish statistics in anonymised form.", "We publish statistics in pseudonymised form."),
        ("We use your data only as necessary to run the service.", "We use your data to run the service."),
        ("We keep your logs for at most 30 days.", "We keep your logs for 30 days or longer."),
        ("We share your data with partners, unless you object.", "We share your data with partners."),
    ],
)
def test_a_limit_of_another_kind_or_dropped_stays_material(old, new):
    assert _material(old, new)


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Where you have turned on location services, we collect your precise location.",
            "We collect your precise location.",
        ),
        (
            "If you allow it in your settings, we share your activity with partners.",
            "We share your activity with partners.",
        ),
        ("Once you opt in, we use your messages to improve our models.", "We use your messages to improve our models."),
    ],
)
def test_a_practice_that_no_longer_waits_for_the_readers_choice_is_material(old, new):
    assert _material(old, new)
    assert _material(new, old)  # and one that now waits for it


@pytest.mark.parametrize(
    "old, new",
    [
        ("If you allow it, we collect your contacts.", "We collect your contacts if you allow it."),
        (
            "If you choose to connect your calendar, we read your events.",
            "Should you decide to connect your calendar, we read your events.",
        ),
        (
            "If you consent, we share your activity with partners.",
            "With your consent, we share your activity with partners.",
        ),
        (
            "To exercise your other rights, please contact us and describe your request.",
            "If you wish to exercise your other rights, please contact us and describe your request.",
        ),
        ("You can delete your data at any time.", "You can delete your data whenever you wish."),
    ],
)
def test_the_readers_choice_said_in_other_words_is_the_same(old, new):
    assert not _material(old, new)
    assert not _material(new, old)
