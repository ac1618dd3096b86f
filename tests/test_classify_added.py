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
        "If you wish to review the data we hold on your child, or have it deleted, you may contact us as set out.",
    ],
)
def test_a_pointer_that_offers_a_choice_or_states_a_practice_stays_material(choice):
    assert _material(POLICY, POLICY + "\n" + choice)


def test_a_practice_that_opens_with_its_start_date_is_no_date_line():
    dated = "As of 3 March 2026, when you use the app, we and our ad partners use your contacts to target ads."
    assert _material(POLICY, POLICY + "\n" + dated)
    assert not _material(POLICY + "\nEffective as of 1 May 2025.", POLICY + "\nEffective as of 3 March 2026.")


BODY = "When you turn on location services, we collect the precise location of your phone."


@pytest.mark.parametrize(
    "title",
    [
        "Location Data.",  # a run-in label opening the paragraph
        "- LOCATION SERVICES",  # a numbered heading the converter read as a list item
        "(iii) Location Services",  # a title after an enumerator
        "Location data:",  # a label line
    ],
)
def test_a_title_set_over_unchanged_text_states_no_practice(title):
    old = POLICY + "\nWe answer support tickets within two days.\n" + BODY
    glue = " " if title.endswith(".") and not title.startswith("-") else "\n"
    new = POLICY + "\nWe answer support tickets within two days.\n" + title + glue + BODY
    result = classify_texts(old, new)
    assert not result.material, [(c.rule, c.after) for c in result.changes]


def test_a_run_in_label_added_with_its_section_leaves_the_section_to_say_it():
    section = "Voice Recordings. We keep the recordings you make with the assistant for 90 days."
    result = classify_texts(POLICY, POLICY + "\n" + section)
    assert result.material
    rules = {c.after: c.rule for c in result.changes}
    assert rules["Voice Recordings."] == "placement"
    # a label whose text names nothing alone is what names the data: it is judged as a statement
    bare = classify_texts(POLICY, POLICY + "\nHealth Records. Only where your doctor turns this on.")
    assert bare.material


def test_a_capitalised_line_that_speaks_is_no_heading():
    assert _material(POLICY, POLICY + "\n- WE SELL YOUR BROWSING HISTORY\n" + BODY)


def test_the_second_line_of_a_broken_heading_states_no_practice():
    old = POLICY + "\n# Your Rights About Profiling\nYou can ask us to stop profiling you at any time by email."
    new = old.replace("Profiling\n", "Profiling\nand Sale of Your Data\n", 1)
    assert not _material(old, new)
