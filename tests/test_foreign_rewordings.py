"""Rewordings of policies in other languages, in our own words: French "garder" for "conserver" (keep), and the law
of a country ("le droit du pays tiers", "el derecho del país") read as law, not as the reader's rights. A period
changed in the same sentence is still a change."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

FR = (
    "# Politique de confidentialité\n\nNous collectons votre adresse e-mail pour vous envoyer nos lettres. Nous ne"
    " vendons pas vos données. Vous pouvez"
    " vous désinscrire à tout moment en cliquant sur le lien présent dans chaque lettre.\n\n{retention}\n\n{transfer}\n"
)
KEPT = "Les données des conversations écrites avec notre service client sont conservées pendant 13 mois."
TRANSFER = (
    "Lorsque la législation du pays tiers ne présente pas de protection équivalente, nous signons des clauses"
    " contractuelles types."
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def test_kept_said_with_another_verb_is_no_change():
    old = FR.format(retention=KEPT, transfer=TRANSFER)
    new = FR.format(
        retention="Les données des conversations écrites avec notre service client sont gardées 13 mois.",
        transfer=TRANSFER,
    )
    assert not _material(old, new)
    assert not _material(new, old)


def test_the_law_of_a_country_said_another_way_is_no_right():
    old = FR.format(retention=KEPT, transfer=TRANSFER)
    new = FR.format(
        retention=KEPT,
        transfer="Si le droit du pays tiers n'offre pas une protection équivalente, nous signons des clauses"
        " contractuelles types.",
    )
    assert not _material(old, new)
    assert not _material(new, old)


def test_a_longer_period_is_still_a_change():
    old = FR.format(retention=KEPT, transfer=TRANSFER)
    new = FR.format(
        retention="Les données des conversations écrites avec notre service client sont gardées 36 mois.",
        transfer=TRANSFER,
    )
    assert _material(old, new)
