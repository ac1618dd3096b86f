"""Classifier: a blog's affiliate or monetisation disclosure (how the site earns fees from links or an affiliate
programme) names no use of the reader's data, so adding it or naming the programme's company is no change of
practice. Look-alikes stay material: partners that set cookies to track purchases, data monetised, and data shared
with an affiliated company. The policy and sentences are made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n\n"
    "We collect your name and email address when you subscribe to the recipe newsletter.\n\n"
    "We use them only to send the newsletter, and you can unsubscribe at any time.\n\n"
    "## Disclosures\n\n"
    "This blog uses affiliate programs for monetization.\n\n"
    "Recipes are tested in our own kitchen.\n"
)


def _material_either_way(old: str, new: str) -> bool:
    return classify_texts(old, new).material or classify_texts(new, old).material


@pytest.mark.parametrize(
    "new",
    [
        POLICY.replace("uses affiliate programs", "uses Northwind affiliate programs"),
        POLICY.replace(
            "Recipes are tested",
            "Pantrynotes.com is a participant in the Northwind Services LLC Associates Program, an affiliate "
            "advertising program designed to provide a means for sites to earn advertising fees by advertising and "
            "linking to Northwind.com.\n\nRecipes are tested",
        ),
        POLICY.replace(
            "Recipes are tested",
            "Some links are affiliate links: we earn a small commission on purchases made through them.\n\nRecipes"
            " are tested",
        ),
    ],
    ids=["programme-named", "affiliate-programme-added", "commission-note-added"],
)
def test_an_affiliate_disclosure_is_not_material(new: str) -> None:
    assert not _material_either_way(POLICY, new), [
        (c.rule, c.reason) for c in classify_texts(POLICY, new).changes if c.material
    ]


@pytest.mark.parametrize(
    "added",
    [
        "Our affiliate partners set cookies to track the purchases you make after clicking a link.",
        "We may monetize the information we collect about your reading habits.",
        "We share your email address with our affiliated companies for their own marketing.",
    ],
)
def test_data_handled_beside_affiliate_words_stays_material(added: str) -> None:
    new = POLICY.replace("Recipes are tested", added + "\n\nRecipes are tested")
    assert classify_texts(POLICY, new).material
