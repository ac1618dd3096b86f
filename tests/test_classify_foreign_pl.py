"""A policy in Polish read with its own vocabulary (vocabulary/lang_pl.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a changed practice is, and says what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES

POLISH = [
    "# Polityka prywatności",
    "Zbieramy Twoje imię i adres e-mail, gdy zakładasz konto w naszym sklepie.",
    "Używamy Twojego adresu e-mail, aby wysyłać Ci faktury za zamówienia.",
    "Nie sprzedajemy Twoich danych osobowych.",
    "Przechowujemy faktury przez sześć lat, aby wypełnić nasze obowiązki prawne.",
    "W każdej chwili możesz poprosić o dostęp do swoich danych i ich usunięcie.",
    "Przysługuje Ci prawo do przenoszenia swoich danych.",
    "Udostępniamy Twój adres dostawy naszej firmie kurierskiej, aby doręczyć Twoje paczki.",
    "Z kartą Klub Gwiazda zbierasz punkty w naszych sklepach.",
    "Administratorem danych jest Przykład S.A., ul. Lipowa 12, 00-950 Warszawa.",
]


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(POLISH, edit, extra)


def test_the_polish_base_is_told_as_polish():
    found = foreign.language_of("\n".join(POLISH))
    assert found is not None and found.code == "pl" and found.name == "Polish"


@pytest.mark.parametrize("lang", sorted(BASES))
def test_the_other_bases_are_not_told_as_polish(lang):
    found = foreign.language_of("\n".join(BASES[lang]))
    assert found is None or found.code != "pl"


NOT_MATERIAL = {
    "reworded": ({2: "Twój adres e-mail służy nam do wysyłania Ci faktur za zamówienia."}, None),
    "menu": ({}, ["Nasze sklepy: znajdź sklep najbliżej Ciebie.", "Pomoc: odpowiedzi na pytania o zwroty i wysyłkę."]),
    "renamed product": ({8: "Z kartą Klub Słońce zbierasz punkty w naszych sklepach."}, None),
    "restated promise": ({}, ["W skrócie: nigdy nie sprzedajemy Twoich danych osobowych."]),
    "new street": ({9: "Administratorem danych jest Przykład S.A., ul. Klonowa 40, 00-950 Warszawa."}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_polish_policy_is_not_material(case):
    noise_is_not_material(POLISH, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "Udostępniamy Twój adres dostawy naszej firmie kurierskiej oraz partnerom reklamowym."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    # the object changes case with the negation ("Twoich danych" -> "Twoje dane"): the diff and the reader see a
    # denial removed and a sale added rather than one sentence edited
    "negation removed": ({3: "Sprzedajemy Twoje dane osobowe."}, None, TP, "sale"),
    "retention lengthened": (
        {4: "Przechowujemy faktury przez dziesięć lat, aby wypełnić nasze obowiązki prawne."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "Zbieramy Twoje imię, adres e-mail i dokładną lokalizację, gdy zakładasz konto w naszym sklepie."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "Zbieramy Twoje imię, adres e-mail i dane o zdrowiu, gdy zakładasz konto w naszym sklepie."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["Twoje dane mogą zostać przekazane firmie Brightads."], TP, "disclosure"),
    "passed on to partners in the passive": (
        {},
        ["Twoje dane kontaktowe są przekazywane partnerom reklamowym."],
        TP,
        "partners",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_polish_policy_is_material_and_says_what(case):
    practice_is_material(POLISH, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Możemy sprzedać historię Twoich zakupów reklamodawcom."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Zbieramy Twoje imię i dane o zdrowiu, gdy zakładasz konto w naszym sklepie."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_is_material():
    old, new = _pair({9: "Administratorem danych jest Inna Grupa S.A., ul. Lipowa 12, 00-950 Warszawa."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Nigdy nie udostępniamy Twoich danych.", True, False, ()),
        ("Możemy przechowywać Twoje dane przez trzy miesiące.", False, True, ((3.0, "month"),)),
        ("Przechowujemy dane przez 30 dni i nie przekazujemy ich dalej.", True, False, ((30.0, "day"),)),
        ("Zastrzegamy sobie prawo do przechowywania kopii przez dwa lata.", False, True, ((2.0, "year"),)),
        (
            "Dane z formularza usuwamy po 24 godzinach, a logi po dwunastu miesiącach.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
    ],
)
def test_polish_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("pl", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # Polish negation is concord: "nigdy nie" and "nie ... żadnych" deny what "nie" alone does
    lang = foreign.language("pl")
    plain = foreign.read(lang, "Nie sprzedajemy Twoich danych.")
    for sentence in ("Nigdy nie sprzedajemy Twoich danych.", "Nie sprzedajemy żadnych Twoich danych."):
        assert foreign.read(lang, sentence).negations == plain.negations, sentence


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Dane są potrzebne do wykonania umowy sprzedaży.", "sale of data"),
        ("Reklamacje rozpatrujemy w ciągu czternastu dni.", "advertising"),
        ("Przetwarzamy dane zgodnie z przepisami.", "consent"),
        ("Dane wykorzystujemy wyłącznie do wysyłki.", "opt-out"),
        ("Działamy w imieniu naszych klientów.", "name"),
    ],
)
def test_polish_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("pl"), sentence).concepts
