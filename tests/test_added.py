"""Classifier: added (or dropped) text that states no new practice - a list's introduction restating what the policy
already does, a pointer to a section or notice whose topics the policy already names, and the stock caveats that
other countries' laws differ and that nothing sent or stored is perfectly secure. Each family comes with material
look-alikes written in the same shape (a new sale, a new kind of data, a new recipient, a new act, a practice
riding on the caveat) that must stay material. The sentences are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

LINES = [
    "# How we handle your data",
    "We collect your name, postal address and email address when you order from our shop.",
    "We use your email address to send you order confirmations.",
    "We share your order details with our couriers and with our payment processor.",
    "We do not sell your personal information.",
    "We keep order records for seven years to meet accounting rules.",
    "# Where your data goes",
    "We may transfer your data to servers in Canada.",
    "# Your rights",
    "You can ask us to delete your data or to correct it.",
    "# Cookies",
    "We use cookies to remember your basket.",
    "You can turn off cookies in your browser settings.",
    "# Contact",
    "Write to dataprotection@example.org.",
]
POLICY = "\n".join(LINES)


def _with(extra: str, at: int = 5, lines: list[str] | None = None) -> str:
    lines = list(LINES if lines is None else lines)
    return "\n".join(lines[:at] + extra.split("\n") + lines[at:])


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


# ---- a list's introduction, read as a statement


@pytest.mark.parametrize(
    "intro",
    [
        "We may disclose your personal information to the following recipients:",
        "In some cases we will only share your data with the following kinds of companies:",
        "We keep your data for the periods set out below:",
    ],
)
def test_a_new_list_introduction_restating_what_the_policy_does_is_not_material(intro):
    assert not _material(POLICY, _with(intro))


@pytest.mark.parametrize(
    "intro",
    [
        "We may sell your personal information to the following companies:",  # a sale, denied in the policy
        "We share your health records with the following partners:",  # a new kind of data
        "We may share your browsing history with the following advertisers:",  # new data, new recipients
        "We may pass your location to the following insurers:",  # a new recipient and data
    ],
)
def test_a_list_introduction_naming_a_new_practice_stays_material(intro):
    assert _material(POLICY, _with(intro))


def test_an_introduction_naming_only_the_act_is_new_where_the_policy_never_does_it():
    # the same introduction in a policy that says it shares nothing: the act itself is new
    denies = [line for line in LINES if not line.startswith("We share")] + ["We never share your data with anyone."]
    assert _material(
        "\n".join(denies), _with("We may disclose your personal information to the following recipients:", lines=denies)
    )
    # and in one whose sharing was bounded by "only": the introduction drops the limit
    bounded = [line if not line.startswith("We share") else line.rstrip(".") + " only." for line in LINES]
    old = "\n".join(bounded)
    assert _material(
        old, _with("We may disclose your personal information to the following recipients:", lines=bounded)
    )


# ---- a pointer elsewhere


@pytest.mark.parametrize(
    "pointer",
    [
        "To have your data deleted, please see the 'Your rights' section below.",
        "If you would like to switch off cookies, please read our Cookie Notice.",
        "For the companies that handle your orders, see the section on sharing above.",
    ],
)
def test_a_pointer_to_a_section_whose_topics_the_policy_names_is_not_material(pointer):
    assert not _material(POLICY, _with(pointer))
    assert not _material(_with(pointer), POLICY)


@pytest.mark.parametrize(
    "pointer",
    [
        "To opt out of the sale of your data, please see the 'Do not sell' section below.",  # a sale
        "To object to profiling, please see the section on your rights below.",  # a right the policy never names
        "To stop us sharing your precise location, please see our Location Notice.",  # sensitive data
        "To limit how Brightads uses your email address for advertising, please see the section below.",  # a party
    ],
)
def test_a_pointer_naming_something_new_stays_material(pointer):
    assert _material(POLICY, _with(pointer))


# ---- stock caveats in general


@pytest.mark.parametrize(
    "caveat",
    [
        "Those countries may not have the same data protection laws as the country where you live.",
        "If you live outside the European Union, local laws may differ.",
        "Legislation in such third countries may differ from the rules of your own country.",
        "No method of sending data over the Internet, or of storing it electronically, is 100% secure.",
        "However, no method of transmission or storage can be completely secure.",
    ],
)
def test_a_stock_caveat_states_no_practice(caveat):
    assert not _material(POLICY, _with(caveat, at=8))
    assert not _material(_with(caveat, at=8), POLICY)


@pytest.mark.parametrize(
    "practice",
    [
        "We transfer your data to countries that may not have the same data protection laws as yours.",
        "Your data may be stored in countries whose laws may not provide the same protection.",
        "Those countries may not have the same laws, and our partners may share your data there.",
        "No method is completely secure, so we encrypt your order records at rest.",
        "No method of storage is 100% secure, and advertisers may receive your data.",
        "Other countries may not have the same laws, so we keep your health data for ten years.",
    ],
)
def test_a_practice_written_as_a_caveat_stays_material(practice):
    assert _material(POLICY, _with(practice, at=8))
