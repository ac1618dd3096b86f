"""Session 22's readings of everyday revisions, each with a material look-alike. Our own sentences.

- A denial said by a verb of preventing: "keep X from being revealed" = "so that X is not revealed".
- A rename the policy declares: "our Privacy Choices center (formerly the cookie settings tool)".
- The generic safeguards in other words: "managerial safeguards" = "managerial security measures".
- Keeping data safe is no keeping of data.
"""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nLantern Maps Ltd ("we") makes a route planner. We collect your name and email address when you '
    "sign up.\n# Details\n"
)

_pair = framed(HEAD)


def _neither_way(before: str, after: str) -> None:
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "We turn your email address into a code to keep the original address from being revealed.",
            "We turn your email address into a code so that the original address is not revealed.",
        ),
        (
            "Cookies let us cap how often an ad appears, which stops the same ad from being shown to you again and "
            "again.",
            "We use cookies to cap how often an ad appears, so that the same ad is not shown to you again and again.",
        ),
    ],
)
def test_a_denial_said_by_a_verb_of_preventing_is_not_material(before, after):
    _neither_way(before, after)


def test_a_denial_dropped_from_a_verb_of_preventing_stays_material():
    result = _pair(
        "We turn your email address into a code to keep the original address from being revealed.",
        "We turn your email address into a code so that the original address is revealed to partners.",
    )
    assert result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "You can change your choices at any time in our cookie settings tool.",
            "You can change your choices at any time in our Privacy Choices center (formerly the cookie settings "
            "tool).",
        ),
        (
            "You can change your choices in the privacy dashboard. The privacy dashboard also lists your devices.",
            "You can change your choices in the settings page (formerly the privacy dashboard). The settings page "
            "also lists your devices.",
        ),
        (
            "Routes you save are kept in Trail Notes until you delete them.",
            "Routes you save are kept in Lantern Journal, previously known as Trail Notes, until you delete them.",
        ),
    ],
)
def test_a_declared_rename_is_not_material(before, after):
    _neither_way(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # a right dropped beside the rename
            "You can change your choices at any time in our cookie settings tool.",
            "You can no longer change your choices in our Privacy Choices center (formerly the cookie settings tool).",
        ),
        (  # a company with a legal form: another controller may be named, so it stays a change
            "We share your email address with Beta Analytics.",
            "We share your email address with Gamma Ads Inc. (formerly Beta Analytics).",
        ),
        (  # the old name still used elsewhere in the new version: two things, not one renamed
            "Routes you save are kept in Trail Notes.",
            "Routes you save are kept in Lantern Journal (formerly Trail Notes) and shared with Trail Notes.",
        ),
    ],
)
def test_a_change_beside_a_declared_rename_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)


def test_safeguards_in_other_words_are_the_same_measures():
    _neither_way(
        "We employ physical, electronic, and managerial measures to safeguard the data we collect.",
        "The data we collect is protected by physical, electronic and managerial safeguards that we put in place.",
    )
    _neither_way(
        "We apply appropriate technical and organisational measures to protect your data.",
        "We protect your data with appropriate administrative, technical and physical safeguards.",
    )


def test_a_named_safeguard_dropped_stays_material():
    result = _pair(
        "We protect your data with managerial safeguards and encrypt it in transit with TLS.",
        "We protect your data with managerial safeguards.",
    )
    assert result.material, _why(result)


def test_keeping_data_safe_is_no_keeping_of_data():
    _neither_way(
        "We build security into our products to help protect data from unauthorised access.",
        "Security is built into our products to help keep data safe from unauthorised access.",
    )


def test_keeping_data_for_a_period_stays_material():
    result = _pair(
        "We build security into our products to help protect data from unauthorised access.",
        "We build security into our products and keep data for ten years after you leave.",
    )
    assert result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "As a rule, we only store your route history in our active systems for the duration necessary for the "
            "purpose for which we collected it.",
            "As a rule, your route history is kept in our active systems only for as long as is necessary for the "
            "purpose for which we collected it.",
        ),
        (
            "Exceptionally, and unless the law says otherwise, we may keep your email address for no longer than 3 "
            "years after our last contact.",
            "By way of exception, and unless the law says otherwise, we may keep your email address for no longer "
            "than 3 years after our last contact.",
        ),
    ],
)
def test_a_bound_or_an_exception_said_another_way_is_not_material(before, after):
    _neither_way(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "As a rule, we only store your route history in our active systems for the duration necessary for the "
            "purpose for which we collected it.",
            "As a rule, your route history is kept in our active systems for five years.",
        ),
        (
            "Exceptionally, and unless the law says otherwise, we may keep your email address for no longer than 3 "
            "years after our last contact.",
            "We keep your email address for 3 years after our last contact.",
        ),
    ],
)
def test_a_bound_or_an_exception_dropped_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)
