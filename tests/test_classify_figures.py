"""Figures reported over a past period or over the requests handled (yearly request metrics, transparency figures)
are statistics, refreshed in place: new numbers are not a new period or share the company commits to. Promises
with a figure stay material. Family: request-metrics sections and transparency paragraphs updated every year."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts

OPENING = (
    "# Privacy Policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "You can ask us to access or delete your data at any time.\n\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(OPENING + old, OPENING + new).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "During 2023 we received 820 requests to delete and answered them in a median of 14 days.",
            "During 2024 we received 1,310 requests to delete and answered them in a median of 10 days.",
        ),
        (
            "In the first half of 2024 authorities sent us 91 demands for account data; we provided some data in"
            " 40% of cases.",
            "In the second half of 2024 authorities sent us 104 demands for account data; we provided some data in"
            " 37% of cases.",
        ),
        (
            "Requests we received last year:\n\n- Access requests: 640 (median response time 8 days)\n"
            "- Deletion requests: 1,020 (median response time 11 days)",
            "Requests we received last year:\n\n- Access requests: 702 (median response time 6 days)\n"
            "- Deletion requests: 1,433 (median response time 13 days)",
        ),
    ],
)
def test_refreshed_figures_are_no_change_of_practice(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a deadline promised
        (
            "We will answer your request within 30 days.",
            "We will answer your request within 45 days.",
        ),
        (
            "We answer requests to delete in 30 days.",
            "We answer requests to delete in 90 days.",
        ),
        # a period the company keeps data for, even in a sentence that names a year
        (
            "Since 2024 we keep support requests for 12 months.",
            "Since 2024 we keep support requests for 36 months.",
        ),
        # the figures stay, the practice changes
        (
            "During 2024 we received 1,310 requests to delete and answered them in a median of 10 days.",
            "During 2024 we received 1,310 requests to delete and did not answer them.",
        ),
    ],
)
def test_promised_figures_stay_material(old: str, new: str) -> None:
    assert _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the date a practice is done by, written in the other English order or in ISO form: the same deadline
        (
            "We will delete all voice recordings by March 11, 2026.",
            "We will delete all voice recordings by 11 March 2026.",
        ),
        (
            "We will delete all voice recordings by 11th March 2026.",
            "We will delete all voice recordings by 2026-03-11.",
        ),
        ("We keep order records until 31/12/2027.", "We keep order records until 12/31/2027."),
    ],
)
def test_a_deadline_written_in_another_date_form_is_the_same_deadline(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We will delete all voice recordings by March 11, 2026.",
            "We will delete all voice recordings by 12 March 2026.",
        ),
        ("We keep order records until June 2027.", "We keep order records until 30 June 2029."),
        # a numeric date whose day could be its month is not read as the same date written the other way
        ("We keep order records until 1/2/2027.", "We keep order records until 2/1/2027."),
    ],
)
def test_a_deadline_moved_stays_material_whatever_its_form(old: str, new: str) -> None:
    assert _material(old, new)


def test_a_period_in_figures_repeated_in_words_is_the_same_period() -> None:
    """ "30 (thirty) days", as legal drafting repeats a figure in words, is 30 days; changed, it is a new period."""
    assert not _material("We keep server logs for 30 days.", "We keep server logs for 30 (thirty) days.")
    assert not _material("We answer within one month.", "We answer within 1 (one) month.")
    assert _material("We keep server logs for 30 (thirty) days.", "We keep server logs for 90 (ninety) days.")
    assert _material("We keep server logs for 30 days.", "We keep server logs for 90 (ninety) days.")


def test_a_share_in_per_cent_is_a_share_in_percent() -> None:
    """British "per cent" is "%": the same share reworded, a different one changed."""
    assert not _material("We delete 50% of old records each year.", "We delete 50 per cent of old records each year.")
    assert _material("We delete 50% of old records each year.", "We delete 60 per cent of old records each year.")


@pytest.mark.parametrize(
    ("old", "new", "material"),
    [
        (
            "Our app is not meant for children under 13.",
            "Our app is not meant for children under 13 years of age.",
            False,
        ),
        (
            "Our app is not meant for children under 13.",
            "Our app is not meant for children under thirteen (13) years of age.",
            False,
        ),
        (
            "Our app is not meant for children under 13.",
            "Our app is not meant for children under thirteen years old.",
            False,
        ),
        (
            "Our app is not meant for children under 13.",
            "Our app is not meant for children under sixteen years of age.",
            True,
        ),
        (
            "Our app is not meant for children under 13 years of age.",
            "Our app is not meant for children under sixteen (16) years of age.",
            True,
        ),
    ],
)
def test_an_age_with_its_years_spelled_out_is_the_same_age(old: str, new: str, material: bool) -> None:
    """ "under thirteen (13) years of age" sets the age 13, as "under 13" does: the years it counts are no new term."""
    assert _material(old, new) is material
    assert _material(new, old) is material


@pytest.mark.parametrize(
    ("new", "material"),
    [
        ("A copy of your data costs USD 10 to post.", False),
        ("A copy of your data costs 10 USD to post.", False),
        ("A copy of your data costs ten dollars to post.", False),
        ("A copy of your data costs 10 US dollars to post.", False),
        ("A copy of your data costs USD 25 to post.", True),
        ("A copy of your data costs twenty-five dollars to post.", True),
    ],
)
def test_an_amount_is_the_same_amount_whatever_its_currency_is_written_as(new: str, material: bool) -> None:
    """A fee as "$10", "USD 10" or "ten dollars" is one amount; the code of a currency names nobody."""
    assert _material("A copy of your data costs $10 to post.", new) is material


@pytest.mark.parametrize(
    ("new", "material"),
    [
        ("We answer every request no later than one month after we receive it.", False),
        ("We answer every request not later than 30 days after receipt.", False),
        ("We answer every request no later than two months after we receive it.", True),
    ],
)
def test_a_latest_time_is_the_bound_within_sets(new: str, material: bool) -> None:
    """ "no later than one month after receipt" bounds the answer as "within one month" does."""
    assert _material("We answer every request within one month.", new) is material
