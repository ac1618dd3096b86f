"""Classifier: statements added or removed that state no practice of their own (pointers, run-in labels, headings
set in emphasis, definitions, contact fields); each with a counter-example that must stay material. The sentences
are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n"
    "We collect your name and email address when you create an account.\n"
    "We use cookies to remember your language.\n"
    "We do not sell your personal information.\n"
    "You can ask us to delete your account data by writing to our privacy team.\n"
    "We keep order records for six years to meet tax law."
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


@pytest.mark.parametrize(
    "pointer",
    [
        "Curious about our cookie banner? You can find more details about cookies and how to manage them here.",
        "Researchers can find out about our vulnerability disclosure programme here.",
        "For the kinds of companies that receive data, see the Who Gets Your Data section below.",
        "If you have questions about our use of cookies, you may contact our privacy team as set out below.",
        "Learn more about how we sort your orders, including how to opt out.",
        "We encourage you to read the privacy notices of the other websites you visit.",
        "To learn more about the certification scheme, and to view our certificate, please visit www.example.org.",
        "In addition, please visit our Vendors page to see the list of vendors that we use to host the app.",
    ],
)
def test_a_pointer_for_more_to_read_states_no_practice(pointer):
    assert not _material(POLICY, POLICY + "\n" + pointer)
    assert not _material(POLICY + "\n" + pointer, POLICY)


@pytest.mark.parametrize(
    "choice",
    [
        "To opt out of our analytics, click here.",
        "For details about our ad partners and to opt out of their tracking, visit www.example.org/choices.",
        "Write to our team for more information on, or to exercise your rights regarding, profiling.",
        "For more information, see our Cookie Policy, and note we now share cookie data with advertisers.",
        "We pass your browsing history to ad networks; for more information see our partners page.",
        "You can visit www.example.org to see a list of ad networks and to exercise your choice to stop their ads.",
        "You may also lodge a complaint with your data protection authority (more information at www.example.org).",
        "If you wish to review the data we hold on your child, or have it deleted, you may contact us as set out below.",
    ],
)
def test_a_pointer_that_offers_a_choice_or_states_a_practice_stays_material(choice):
    assert _material(POLICY, POLICY + "\n" + choice)
