"""Rewordings of policies in other languages, in our own words: French "garder" for "conserver" (keep), and the law
of a country ("le droit du pays tiers", "el derecho del país") read as law, not as the reader's rights. A period
changed in the same sentence is still a change."""

from __future__ import annotations

import pytest

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


PASSAGE = (
    "# Politique de confidentialité\n\nNous collectons votre adresse e-mail pour vous envoyer nos lettres.\n\n"
    "Vous pouvez vous désinscrire à tout moment.\n\n{passage}\n\nPour toute question, écrivez-nous.\n"
)

#: a passage rewritten as a whole: each changed sentence alone names more or less than its counterpart, the
#: passage names the same practices, negations and periods
REWRITTEN = [
    (
        "Nous ne vendons pas vos données. Nous les partageons avec notre prestataire de paiement pour traiter vos"
        " commandes.",
        "Vos données sont partagées avec notre prestataire de paiement pour traiter vos commandes, mais nous ne les"
        " vendons jamais.",
    ),
    (
        "Nous conservons vos données de commande pendant 3 ans. Ensuite, nous les supprimons.",
        "Vos données de commande sont supprimées au bout de 3 ans de conservation.",
    ),
    (
        "Nous utilisons des cookies pour mesurer l'audience. Vous pouvez les refuser.\n\nNous n'utilisons pas de"
        " cookies publicitaires.",
        "Nous n'utilisons pas de cookies publicitaires, mais nous utilisons des cookies pour mesurer l'audience, que"
        " vous pouvez refuser.",
    ),
]


@pytest.mark.parametrize(("old", "new"), REWRITTEN)
def test_a_french_passage_rewritten_as_a_whole_is_read_as_one_passage(old: str, new: str) -> None:
    assert not _material(PASSAGE.format(passage=old), PASSAGE.format(passage=new))
    assert not _material(PASSAGE.format(passage=new), PASSAGE.format(passage=old))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (REWRITTEN[0][0], REWRITTEN[0][1].replace(", mais nous ne les vendons jamais", "")),
        (REWRITTEN[1][0], REWRITTEN[1][1].replace("3 ans", "5 ans")),
        (REWRITTEN[2][0], REWRITTEN[2][1].replace("que vous pouvez refuser", "que vous ne pouvez pas refuser")),
    ],
)
def test_a_french_passage_rewritten_with_a_practice_changed_is_still_a_change(old: str, new: str) -> None:
    assert _material(PASSAGE.format(passage=old), PASSAGE.format(passage=new))


TRANSFERS = (
    "Nous pouvons confier vos données à des sous-traitants situés dans des pays tiers à l'Union européenne, comme le"
    " Canada, qui ne bénéficient pas d'une décision d'adéquation de la Commission Européenne."
)


def test_a_law_cited_and_a_capital_dropped_in_a_french_transfer_sentence_are_no_change():
    """ "pays tiers" is a third country, not a third party; a law cited ("au sens de l'article 45 du RGPD") names no
    party; "Commission Européenne" -> "Commission européenne" names the same one."""
    new = (
        "Nous pouvons confier vos données à des sous-traitants établis dans des pays situés hors de l'Union"
        " européenne, tels que le Canada, qui ne font pas l'objet d'une décision d'adéquation de la Commission"
        " européenne au sens de l'article 45 du Règlement général sur la protection des données (RGPD)."
    )
    assert not _material(PASSAGE.format(passage=TRANSFERS), PASSAGE.format(passage=new))
    assert not _material(PASSAGE.format(passage=new), PASSAGE.format(passage=TRANSFERS))
    # another country named is a transfer added
    assert _material(
        PASSAGE.format(passage=TRANSFERS), PASSAGE.format(passage=new.replace("Canada", "Canada, la Chine"))
    )
