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
