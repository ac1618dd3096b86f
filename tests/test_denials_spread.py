"""A denial said once over two verbs, or once in each of two clauses, is the same denial; what another country's laws
may not do is no denial of the company's; "everyone with access" is a group, not every user. Our own sentences."""

from __future__ import annotations

from in_a_policy import framed, neither_way, stays_material

HEAD = (
    '# Who we are\nHarbor Notes Ltd ("we") makes a journaling app. We collect your name and email address when you '
    "sign up.\n# Young people and transfers\n"
)

_pair = framed(HEAD)


def test_a_denial_spread_over_two_clauses_is_not_material():
    neither_way(
        _pair,
        "We do not knowingly collect data from children under 13 or knowingly allow children under 13 to sign up.",
        "We do not knowingly collect data from children under 13, and we do not knowingly allow children under 13 to"
        " sign up.",
    )


def test_a_denial_dropped_from_one_of_two_clauses_is_material():
    stays_material(
        _pair,
        "We do not sell your journal entries, and we do not share them with advertisers.",
        "We do not sell your journal entries, and we share them with advertisers.",
    )


def test_a_warning_about_foreign_laws_denies_nothing():
    neither_way(
        _pair,
        "We may store your data in the United States. The countries your data is transferred to may not provide the"
        " same level of protection as your own.",
        "We may store your data in the United States, and those countries may not offer the same level of protection"
        " as your own.",
    )


def test_staff_with_access_are_not_every_user():
    neither_way(
        _pair,
        "Only staff who need your data to run the app can see it, and they are bound by confidentiality duties.",
        "Only staff who need your data to run the app can see it. Everyone with this access is bound by"
        " confidentiality duties.",
    )


def test_a_unit_of_time_said_with_an_article_is_one_of_it():
    neither_way(
        _pair,
        "We will post a notice of any material change at least a week in advance.",
        "We will post a notice of any material change at least one week beforehand.",
    )
    stays_material(
        _pair,
        "We will post a notice of any material change at least a week in advance.",
        "We will post a notice of any material change at least a day in advance.",
    )
