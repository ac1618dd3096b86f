"""A policy in Swedish read with its own vocabulary (vocabulary/lang_sv.toml): rewording, menus, a renamed product,
a restated promise and a new street address are not material; a changed practice is, and says what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES

SWEDISH = [
    "# Integritetspolicy",
    "Vi samlar in ditt namn och din e-postadress när du skapar ett konto hos oss.",
    "Vi använder din e-postadress för att skicka dina fakturor till dig.",
    "Vi säljer inte dina personuppgifter.",
    "Vi sparar fakturor i sex år för att uppfylla våra rättsliga skyldigheter.",
    "Du kan när som helst begära tillgång till dina uppgifter och att de raderas.",
    "Du har rätt till dataportabilitet för de uppgifter som du har lämnat till oss.",
    "Vi delar din leveransadress med vårt transportföretag för att leverera dina paket.",
    "Med ditt kundkort Stjärnklubben samlar du poäng i alla våra butiker.",
    "Personuppgiftsansvarig är Exempel AB, Lindvägen 12, 114 35 Stockholm.",
]
TP = "third_party_sharing"


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(SWEDISH, edit, extra)


def test_a_swedish_policy_is_told_by_its_stopwords():
    found = foreign.language_of("\n".join(SWEDISH))
    assert found is not None and found.code == "sv" and found.name == "Swedish"


@pytest.mark.parametrize("lang", sorted(BASES))
def test_other_policies_are_not_taken_for_swedish(lang):
    found = foreign.language_of("\n".join(BASES[lang]))
    assert found is None or found.code != "sv", lang


NOT_MATERIAL = {
    "reworded": ({2: "Din e-postadress använder vi när vi skickar dina fakturor till dig."}, None),
    "menu": ({}, ["Våra butiker: hitta närmaste butik.", "Hjälp: svar på frågor om leveranser."]),
    "renamed product": ({8: "Med ditt kundkort Solklubben samlar du poäng i alla våra butiker."}, None),
    "restated promise": ({}, ["Sammanfattat: vi säljer aldrig dina personuppgifter."]),
    "street address": ({9: "Personuppgiftsansvarig är Exempel AB, Björkgatan 40, 411 04 Göteborg."}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_swedish_policy_is_not_material(case):
    noise_is_not_material(SWEDISH, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
MATERIAL = {
    "new recipient": (
        {7: "Vi delar din leveransadress med vårt transportföretag och med våra annonspartner."},
        None,
        TP,
        "partners",
    ),
    "no-sale denial dropped": ({3: "Vi säljer dina personuppgifter."}, None, TP, "negation"),
    "retention lengthened": (
        {4: "Vi sparar fakturor i tio år för att uppfylla våra rättsliga skyldigheter."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location collected": (
        {1: "Vi samlar in ditt namn, din e-postadress och din exakta position när du skapar ett konto hos oss."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data collected": (
        {1: "Vi samlar in ditt namn, din e-postadress och dina hälsouppgifter när du skapar ett konto hos oss."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": (
        {},
        ["Dina uppgifter kan komma att överföras till företaget Brightads."],
        TP,
        "disclosure",
    ),
    "selling added": ({}, ["Vi kan sälja din köphistorik till annonsörer."], TP, "sale"),
    "right dropped": ({6: None}, None, "user_rights", "portability"),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_swedish_policy_is_material_and_says_what(case):
    practice_is_material(SWEDISH, *MATERIAL[case])


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Vi delar aldrig dina uppgifter.", True, False, ()),
        ("Vi kan spara dina uppgifter i tre månader.", False, True, ((3.0, "month"),)),
        ("Vi förbehåller oss rätten att lagra loggar i 30 dagar.", False, True, ((30.0, "day"),)),
        ("Dina uppgifter kan överföras till våra leverantörer.", False, True, ()),
        ("Vi sparar inte dina uppgifter längre än tolv månader.", True, False, ((12.0, "month"),)),
        ("Du kan när som helst begära att dina uppgifter raderas.", False, False, ()),
        ("Vi får inte lämna ut dina uppgifter utan ditt samtycke.", True, False, ()),
    ],
)
def test_swedish_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("sv", sentence, negated, permissive, quantities)


def test_selling_and_health_data_are_critical_in_swedish():
    old, new = _pair({}, ["Vi kan sälja din köphistorik till annonsörer."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Vi samlar in ditt namn och dina hälsouppgifter när du skapar ett konto hos oss."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_at_a_new_address_is_material():
    old, new = _pair({9: "Personuppgiftsansvarig är Annat Bolag AB, Björkgatan 40, 411 04 Göteborg."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]


def test_a_new_controller_at_the_same_address_is_material():
    old, new = _pair({9: "Personuppgiftsansvarig är Annat Bolag AB, Lindvägen 12, 114 35 Stockholm."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)
