"""Modified sentences that state no new practice (helper modrem): examples given in parentheses after terms both
versions name, sentences that on neither side state a practice of the company, and links to a renamed page. Each
family has material look-alikes that must stay material: a longer period, a right dropped, opt-in turned opt-out, a
new recipient, "do not sell" turned "may sell" in the same shape."""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts
from monitor.classify.statement import _judge_statement
from monitor.classify.together import _pair_rewordings
from monitor.domain.values import Change, ChangeKind

HEAD = "# Privacy notice\nWe run a small bookshop and this notice covers our shop and website.\n"


def _material(old: str, new: str) -> bool:
    return classify_texts(HEAD + old + "\n", HEAD + new + "\n").material


# ---- examples in parentheses after terms both versions name


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a disclosure table's row gains the statute's examples after each category (several in one edit)
        (
            "Readers | Identifiers Purchase records Online activity Inferences | Please see section 2.1 of this notice",
            "Readers | Identifiers (e.g., account number, IP address) Purchase records (e.g., titles bought, returns)"
            " Online activity (e.g., browsing history and searches on our site) Inferences (e.g., a profile of your"
            " reading preferences) | Please see section 2.1 of this notice",
        ),
        # glosses added to two terms of a sentence, naming kinds of the data already named
        (
            "We collect device information and usage information when you visit the website.",
            "We collect device information (for example, your IP address and browser type) and usage information"
            " (for example, your browsing history on our pages) when you visit the website.",
        ),
    ],
)
def test_examples_given_in_parentheses_illustrate_the_term(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a sensitive kind of data named as an example is named
        (
            "We collect location information when you use the app.",
            "We collect location information (e.g., your precise GPS position) when you use the app.",
        ),
        # an example of a recipient is one more recipient
        (
            "We share your order details with partners to deliver your books.",
            "We share your order details with partners (such as advertising networks) to deliver your books.",
        ),
        # an example that hides a longer period
        (
            "We keep order details (such as invoices) for our accounts.",
            "We keep order details (such as invoices, kept for ten years) for our accounts.",
        ),
        # the rest of the sentence changed beside the examples: a right dropped
        (
            "You may access or delete your account data (e.g., your profile and orders).",
            "You may access your account data (e.g., your profile and orders).",
        ),
        # a named company given as an example of a recipient
        (
            "We share your delivery address with carriers.",
            "We share your delivery address with carriers (e.g., Parcelwise).",
        ),
    ],
)
def test_parenthesised_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)


# ---- neither version states a practice of the company


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We are not responsible for those websites, and we recommend that you review their policies.",
            "We are not responsible for those third parties and their websites, products or services, and we"
            " recommend that you review their policies.",
        ),
    ],
)
def test_neither_version_states_a_practice(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the same shape, turned into a practice of the company
        ("We do not sell your personal information.", "We may sell your personal information."),
        # a period lengthened
        ("We keep your order history for 12 months.", "We keep your order history for 36 months."),
        # opt-in turned opt-out
        (
            "We send you our newsletter only if you opt in.",
            "We send you our newsletter unless you opt out.",
        ),
        # a disclaimer that becomes sharing
        (
            "We are not responsible for those websites, and we recommend that you review their policies.",
            "We share your browsing history with those websites, and we recommend that you review their policies.",
        ),
        # a right dropped
        (
            "You can ask us to access, correct or delete your data.",
            "You can ask us to access or correct your data.",
        ),
        # a new recipient
        (
            "We share your address with our delivery company.",
            "We share your address with our delivery company and with advertising partners.",
        ),
    ],
)
def test_practice_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)


# ---- a link to a page or control, renamed


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Go to History Switches", "Go to Timeline and Suggestions settings"),
        ("Visit your Promo Settings.", "Visit My Promo Hub."),
    ],
)
def test_a_renamed_link_to_a_page_is_no_practice(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a clause after the name states what happens
        ("Go to History Switches", "Go to History Switches to stop sharing your location with advertisers"),
        # no longer a pointer: a practice
        ("Go to History Switches", "We share your location with advertisers."),
    ],
)
def test_pointer_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)


# ---- a removed and an added row that differ only by parenthesised examples


def _paired(old: str, new: str) -> list[bool]:
    changes = [Change(ChangeKind.REMOVED, old, None), Change(ChangeKind.ADDED, None, new)]
    judged = [(j.verdict, j.headline) for j in (_judge_statement(c) for c in changes)]
    assert all(v.material for v, _ in judged)
    return [v.material for v, _ in _pair_rewordings(changes, judged)]


ROW_OLD = (
    "Readers | Identifiers Online activity Approximate location (derived from IP address) Inferences | Please see"
    " section 2.1 of this notice"
)
ROW_NEW = (
    "Readers | Identifiers (e.g., account number, IP address) Online activity (e.g., browsing history and searches)"
    " Approximate location (e.g., derived from IP address) Inferences (e.g., the genres you seem to like) | Please"
    " see section 2.1 of this notice"
)


def test_a_row_removed_and_added_with_examples_is_paired() -> None:
    assert _paired(ROW_OLD, ROW_NEW) == [False, False]
    assert _paired(ROW_NEW.replace("e.g., derived", "e.g., precise GPS position"), ROW_OLD) == [True, True]
    assert _paired(ROW_OLD, ROW_NEW.replace("the genres you seem to like", "your health conditions")) == [True, True]


# ---- the sample value of a worked example replaced

LOG_INTRO = "A typical log entry looks like this:\n"


def test_a_refreshed_sample_in_a_worked_example_is_no_practice() -> None:
    old = LOG_INTRO + "- Navigator 4.2; Deskos 9.1 is the browser and operating system that sent the request."
    new = LOG_INTRO + "- Wayfarer 5.0; Tilesys X 11.3 is the browser and operating system that sent the request."
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a number with a unit is a promise
        ("30 days is the period for which we keep your logs.", "90 days is the period for which we keep your logs."),
        # the explanation changed: what the value is
        (
            "- Navigator 4.2; Deskos 9.1 is the browser and operating system that sent the request.",
            "- Navigator 4.2; Deskos 9.1 is the browser and operating system we share with advertisers.",
        ),
        # the sample names a sensitive kind of data
        (
            "- Navigator 4.2 is the browser that sent the request.",
            "- Navigator 4.2 and your precise location are the browser that sent the request.",
        ),
    ],
)
def test_sample_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(LOG_INTRO + old, LOG_INTRO + new)


# ---- the disclaimer that no security is absolute


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "No method of sending data over the Internet, or of storing it electronically, is 100% secure, and we"
            " cannot warrant the security of what you send us.",
            "Sadly, no system is 100% secure, and we cannot warrant the security of what you send us.",
        ),
        (
            "Even so, no way of transmitting or storing information is completely safe.",
            "Even so, no security system is impenetrable and we cannot guarantee the security of our systems.",
        ),
    ],
)
def test_a_reworded_security_disclaimer_is_no_practice(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a safeguard dropped beside the disclaimer
        (
            "We encrypt your data, but no method of transmission over the Internet is 100% secure.",
            "We no longer encrypt your data, and no method of transmission over the Internet is 100% secure.",
        ),
        # a breach notice withdrawn
        (
            "No method of transmission over the Internet is 100% secure.",
            "No method of transmission over the Internet is 100% secure, and we will not notify you of any breach.",
        ),
        # a recipient added
        (
            "No method of transmission is 100% secure.",
            "No method of transmission is 100% secure, so we share your data with our insurers.",
        ),
    ],
)
def test_disclaimer_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)
