"""A policy in Danish read with its own vocabulary (vocabulary/lang_da.toml): rewording, menus, a renamed product, a
restated promise and a new street address are not material; a new recipient, a denial dropped, a longer retention,
new sensitive data and data passed on in the passive are, and say what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES

DANISH = [
    "# Privatlivspolitik",
    "Vi indsamler dit navn og din e-mailadresse, når du opretter en konto hos os.",
    "Vi bruger din e-mailadresse til at sende dig fakturaer for dine køb.",
    "Vi sælger ikke dine personoplysninger til nogen.",
    "Vi opbevarer dine fakturaer i seks år af hensyn til bogføringsloven.",
    "Du kan altid bede om indsigt i dine oplysninger og få dem slettet.",
    "Du har ret til dataportabilitet for de oplysninger, du selv har givet os.",
    "Vi deler din leveringsadresse med vores fragtfirma, så pakken når frem til dig.",
    "Med dit kundekort Stjerneklub optjener du point i alle vores butikker.",
    "Den dataansvarlige for behandlingen af dine oplysninger er Eksempel ApS, Lindevej 12, 2100 København Ø.",
]


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(DANISH, edit, extra)


def test_a_danish_policy_is_told_by_its_stopwords():
    found = foreign.language_of("\n".join(DANISH))
    assert found is not None and found.code == "da" and found.name == "Danish"


@pytest.mark.parametrize("lang", sorted(BASES))
def test_the_other_bases_are_not_read_as_danish(lang):
    found = foreign.language_of("\n".join(BASES[lang]))
    assert found is None or found.code != "da", lang


NOT_MATERIAL = {
    "reworded": ({2: "Din e-mailadresse bruger vi til at sende dig fakturaerne for dine køb."}, None),
    "menu": (
        {},
        ["Vores butikker: find den butik, der ligger tættest på dig.", "Hjælp: svar på spørgsmål om levering."],
    ),
    "renamed product": ({8: "Med dit kundekort Måneklub optjener du point i alle vores butikker."}, None),
    "restated promise": ({}, ["Kort sagt: vi sælger aldrig dine personoplysninger."]),
    "new street address": (
        {9: "Den dataansvarlige for behandlingen af dine oplysninger er Eksempel ApS, Egevej 40, 8000 Aarhus C."},
        None,
    ),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_danish_policy_is_not_material(case):
    noise_is_not_material(DANISH, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "Vi deler din leveringsadresse med vores fragtfirma og med vores annoncepartnere."},
        None,
        TP,
        "partners",
    ),
    "no-sale denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "Vi sælger dine personoplysninger til udvalgte firmaer."}, None, TP, "negation"),
    "retention lengthened": (
        {4: "Vi opbevarer dine fakturaer i ti år af hensyn til bogføringsloven."},
        None,
        "data_retention",
        "10 year",
    ),
    "health data added": (
        {1: "Vi indsamler dit navn, din e-mailadresse og dine helbredsoplysninger, når du opretter en konto hos os."},
        None,
        "data_collection",
        "health",
    ),
    "precise location added": (
        {},
        ["Appen bruger din præcise placering til at finde den nærmeste butik."],
        "data_collection",
        "precise location",
    ),
    "passed on in the passive": (
        {},
        ["Dine oplysninger kan videregives til virksomheden Brightads."],
        TP,
        "disclosure",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_danish_policy_is_material_and_says_what(case):
    practice_is_material(DANISH, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Vi kan sælge din købshistorik til annoncører."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Vi indsamler dit navn og dine helbredsoplysninger, når du opretter en konto hos os."})
    assert classify_texts(old, new).severity.value == "critical"


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Vi deler aldrig dine oplysninger.", True, False, ()),
        ("Vi kan opbevare dine oplysninger i tre måneder.", False, True, ((3.0, "month"),)),
        ("Vi gemmer dine data i 30 dage og deler dem ikke.", True, False, ((30.0, "day"),)),
        ("Vi forbeholder os retten til at gemme loggen i to uger.", False, True, ((2.0, "week"),)),
        ("Dine oplysninger kan overføres til vores leverandører.", False, True, ()),
        ("Du kan læse mere om cookies her.", False, False, ()),
        ("Du kan rette henvendelse til vores kundeservice.", False, False, ()),
        ("Vi behandler dine oplysninger uden for EU i højst 12 måneder.", False, False, ((12.0, "month"),)),
    ],
)
def test_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("da", sentence, negated, permissive, quantities)


def test_a_new_danish_controller_is_material():
    old, new = _pair({9: DANISH[9].replace("Eksempel ApS", "Andet Firma A/S")})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
