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


def _stays_material(before: str, after: str) -> None:
    result = _pair(before, after)
    assert result.material, _why(result)


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
    _stays_material(
        "We turn your email address into a code to keep the original address from being revealed.",
        "We turn your email address into a code so that the original address is revealed to partners.",
    )


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
        (  # a practice changed in the sentence that declares the rename
            "Routes you save are kept in Trail Notes until you delete them.",
            "Routes you save are kept in Lantern Journal (formerly Trail Notes) for ten years.",
        ),
    ],
)
def test_a_change_beside_a_declared_rename_stays_material(before, after):
    _stays_material(before, after)


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
    _stays_material(
        "We protect your data with managerial safeguards and encrypt it in transit with TLS.",
        "We protect your data with managerial safeguards.",
    )


def test_keeping_data_safe_is_no_keeping_of_data():
    _neither_way(
        "We build security into our products to help protect data from unauthorised access.",
        "Security is built into our products to help keep data safe from unauthorised access.",
    )


def test_keeping_data_for_a_period_stays_material():
    _stays_material(
        "We build security into our products to help protect data from unauthorised access.",
        "We build security into our products and keep data for ten years after you leave.",
    )


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
    _stays_material(before, after)


def test_a_link_retitled_at_the_same_address_is_not_material():
    _neither_way(
        "You can opt out of ad personalisation by visiting the Ads Settings page: https://ads.example.com/settings",
        "To opt out of ad personalisation, visit Gizmo's My Ad Center: https://ads.example.com/settings",
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # another address: another page
            "You can opt out of ad personalisation by visiting the Ads Settings page: https://ads.example.com/settings",
            "To opt out of ad personalisation, visit Gizmo's My Ad Center: https://ads.example.com/center",
        ),
        (  # a party named beside the link's title that stays
            "We share your email address with Beta Analytics (https://beta.example.com/privacy).",
            "We share your email address with Beta Analytics and Gamma Labs (https://beta.example.com/privacy).",
        ),
    ],
)
def test_a_new_page_or_a_party_beside_a_kept_link_stays_material(before, after):
    _stays_material(before, after)


def test_the_country_of_a_law_is_no_destination():
    _neither_way(
        "In most cases we rely on our legitimate interests to process your route history.",
        "In most cases we rely on our legitimate interests, as UK and Swiss data protection law allow, to process "
        "your route history.",
    )
    _neither_way(
        "We keep your invoices for as long as tax law requires.",
        "We keep your invoices for as long as UK tax law requires.",
    )
    _neither_way(
        "This policy is governed by the laws of the country where we are based.",
        "This policy is governed by the laws of Ireland, where we are based.",
    )


@pytest.mark.parametrize(
    "after",
    [
        "In most cases we rely on our legitimate interests to process your route history, which we store in Canada.",
        "In most cases we rely on our legitimate interests to process your route history, which we send to Canada "
        "and the law there lets public bodies see it.",
        "In most cases we rely on our legitimate interests to process your route history, which we may disclose to "
        "public bodies under the laws of China.",
    ],
)
def test_a_destination_beside_a_law_stays_material(after):
    _stays_material("In most cases we rely on our legitimate interests to process your route history.", after)


def test_a_section_pointed_to_by_its_quoted_title_states_no_practice():
    _neither_way(
        "Our representative in the UK is Lantern Maps UK Ltd, 1 Quay Street, Bristol.",
        'Our representatives in the EU and the UK are listed under "Controller & International Transfers" below.',
    )


def test_a_practice_beside_a_quoted_section_title_stays_material():
    _stays_material(
        'Our representatives in the EU and the UK are listed under "Controller & International Transfers" below.',
        "Our representatives in the EU and the UK, and the advertising partners we share your route history with, "
        'are listed under "Controller & International Transfers" below.',
    )


def test_the_readers_wish_contracted_is_no_condition():
    _neither_way(
        "If you'd like to delete your route history, you can do that in your account settings.",
        "You can delete your route history in your account settings.",
    )


def test_a_condition_put_on_a_right_stays_material():
    _stays_material(
        "You can delete your route history in your account settings.",
        "If you live in the EU, you can delete your route history in your account settings.",
    )


def test_a_declared_rename_holds_where_the_old_name_is_still_used():
    head = HEAD + "Your saved routes are listed in Trail Notes.\n"
    pair = framed(head)
    for b, a in (
        (
            "You can delete saved routes in Trail Notes.",
            "You can delete saved routes in Lantern Journal (formerly Trail Notes).",
        ),
    ):
        for x, y in ((b, a), (a, b)):
            result = pair(x, y)
            assert not result.material, _why(result)


def test_a_kind_of_data_defined_is_not_material():
    _neither_way(
        "We may aggregate your route history and use it to improve our maps.",
        "Aggregate data is information that combines the routes of many users into group-level figures, such as the "
        "average length of a route. We may aggregate your route history and use it to improve our maps.",
    )


def test_a_kind_of_data_defined_with_a_practice_stays_material():
    _stays_material(
        "We may aggregate your route history and use it to improve our maps.",
        "Aggregate data is information that we sell to data brokers. We may aggregate your route history and use it "
        "to improve our maps.",
    )


@pytest.mark.parametrize(
    "after",
    [
        "This policy explains what personal information we collect and how we handle it, including the trip data "
        "that we may provide to insurance analytics partners.",
        "This policy explains how we collect and use information about you, as well as information about you that "
        "we obtain from third-party data providers.",
    ],
)
def test_a_practice_in_a_relative_clause_of_an_introduction_is_material(after):
    _stays_material("This policy explains what personal information we collect and how we handle it.", after)


def test_an_introduction_reworded_is_not_material():
    _neither_way(
        "This policy explains what personal information we collect and how we handle it.",
        "This policy sets out which personal information we collect, and how we use and share it with others.",
    )


def test_a_heading_of_links_with_bars_is_no_table_row():
    _neither_way(
        "# « Great rides! 35 percent more! | Main | The new poster child for safe cycling »\nWe collect your email "
        "address when "
        "you subscribe.",
        "We collect your email address when you subscribe.",
    )


def test_a_table_row_naming_childrens_data_stays_material():
    _stays_material(
        "| Data | Kept for |\n|---|---|\n| Email address | 2 years |",
        "| Data | Kept for |\n|---|---|\n| Email address | 2 years |\n| Your child's school and age | 5 years |",
    )


def test_a_kind_of_message_named_by_notification_is_no_change_notice():
    _neither_way(
        "If you no longer wish to receive our route digest, unsubscribing is simple.",
        "If you no longer wish to receive our route digest notification emails, unsubscribing is simple.",
    )


def test_a_notice_of_changes_dropped_stays_material():
    _stays_material(
        "We will send you a notification before this policy changes. If you no longer wish to receive our route "
        "digest, unsubscribing is simple.",
        "If you no longer wish to receive our route digest, unsubscribing is simple.",
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Contact details: information that allows us to keep in touch with you, such as your email address.",
            "Contact details: information that allows us to stay in contact with you, such as your email address.",
        ),
        (
            "To exercise your rights, please write to us at privacy@lantern.example.",
            "To exercise your rights, please contact us by writing to privacy@lantern.example.",
        ),
        (
            "We pass your card details to our payment processor where required to complete your order.",
            "We pass your card details to our payment processor where this is needed to complete your order.",
        ),
        (
            "If you do not reside in the EU, your route history is stored in Canada.",
            "If you live outside the EU, your route history is stored in Canada.",
        ),
        (
            "We build security into our products from the ground up to help protect data from unauthorised access.",
            "Security is designed into our products from the very start, to help protect data from unauthorised "
            "access.",
        ),
        (
            "We and others may use cookies to collect information about your device.",
            "We and other parties may use various cookies to gather information about your device.",
        ),
        (
            "Transfers outside of the EEA are protected by standard contractual clauses.",
            "Transfers out of the EEA are protected by standard contractual clauses.",
        ),
    ],
)
def test_everyday_wordings_of_the_same_fact_are_not_material(before, after):
    _neither_way(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Contact details: information that allows us to keep in touch with you, such as your email address.",
            "Contact details: information that allows us to keep in touch with you, such as your email address, which "
            "we keep for ten years.",
        ),
        (
            "To exercise your rights, please write to us at privacy@lantern.example.",
            "To exercise your rights, please send a letter to our office at 1 Quay Street, Bristol.",
        ),
        (
            "We pass your card details to our payment processor where required to complete your order.",
            "We pass your card details to our payment processor and to our advertising partners.",
        ),
        (
            "If you reside in the EU, your route history is stored in Canada.",
            "If you do not reside in the EU, your route history is stored in Canada.",
        ),
        ("We share your email address with Google.", "We share your email address with Google and others."),
        ("We share your route history with partners.", "We share all your route history with partners."),
        ("We keep your route history for 30 days.", "We keep your route history for up to 90 days."),
        ("We keep your route history for up to 30 days.", "We keep your route history."),
    ],
)
def test_the_same_wordings_with_a_practice_changed_stay_material(before, after):
    _stays_material(before, after)
