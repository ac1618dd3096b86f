"""Who a statement is for: a right dropped for "everyone else" does not stand because a regional section still
grants it, and "for everyone else" is not "for every user". Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed, neither_way, stays_material

from monitor.classify.audience import audience, restates_for

HEAD = (
    '# Who we are\nPebble Maps Ltd ("we") makes a hiking app. We collect your name and email address when you '
    "sign up.\n# Your rights\n"
)
EU = (
    "\n# Rights in the European Union\nIf you live in the European Union, you have the right to ask us to access,"
    " correct or delete your personal data, and to object to its use.\n"
)

_pair = framed(HEAD)

RESIDUAL = (
    "If you live in the European Union, please read the section on your rights there. Otherwise, at your request,"
    " we will:\n- tell you what personal data we hold about you;\n- correct that personal data, or point you to"
    "\nthe settings where you can; and/or\n- delete that personal data.\n" + EU
)


def test_a_right_dropped_for_everyone_else_is_material_though_a_regional_section_grants_it():
    after = RESIDUAL.replace("; and/or\n- delete that personal data.\n", ".\n")
    stays_material(_pair, RESIDUAL, after)


def test_the_residual_list_turned_into_prose_is_not_material():
    prose = (
        "If you live in the European Union, please read the section on your rights there. For everyone else, when"
        " you ask us to, we will tell you what personal data we hold about you; we will correct that personal data,"
        " or point you to the settings where you can; and/or we will delete that personal data.\n" + EU
    )
    neither_way(_pair, RESIDUAL, prose)


def test_a_right_given_to_everyone_kept_only_for_one_region_is_material():
    before = "You may ask us to delete your personal data.\n" + EU
    stays_material(_pair, before, EU)


def test_a_duplicate_for_the_same_region_dropped_is_not_material():
    before = "If you live in the European Union, you may ask us to erase your personal data.\n" + EU
    neither_way(_pair, before, EU)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "If you are in the European Economic Area (EEA), Switzerland, or the UK, please read on.",
            {"europe", "switzerland", "uk"},
        ),
        ("Residents of Nevada may opt out.", {"nevada"}),
        ("Notice For California Residents", {"california"}),
        ("If you are a Virginia resident, you may appeal.", {"virginia"}),
        ("EU citizens may object.", {"europe"}),
        ("Otherwise, we will delete it on request.", {"elsewhere"}),
        ("Users located outside the EEA may ask us.", {"elsewhere"}),
        ("All users can delete their account.", set()),
        ("We transfer data to the United States.", set()),
    ],
)
def test_the_audience_of_a_statement(text, places):
    assert audience(text) == frozenset(places)


def test_a_passage_restates_a_statement_only_for_the_same_readers():
    assert restates_for(frozenset({"california"}), frozenset())
    assert restates_for(frozenset({"california"}), frozenset({"california", "europe"}))
    assert not restates_for(frozenset(), frozenset({"california"}))
    assert not restates_for(frozenset({"elsewhere"}), frozenset({"europe"}))


def test_a_practice_dropped_from_the_body_but_disclosed_in_a_regional_notice_is_not_material():
    # the notice's readers are whom it discloses to, not whom the practice reaches
    notice = (
        "\n# Notice to California residents\nIn the past 12 months, we have collected the following categories of"
        " personal information:\n\n- Your name and email address\n- Your approximate location\n"
    )
    before = "When you use the app, we collect your name, email address and approximate location.\n" + notice
    neither_way(_pair, before, notice)
