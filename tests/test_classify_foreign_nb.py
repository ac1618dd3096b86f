"""A policy in Norwegian (Bokmål) read with its own vocabulary (vocabulary/lang_nb.toml): rewording, menus, renamed
products, restated paragraphs and a new street address are not material; a changed practice is, and says what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES

NORWEGIAN = [
    "# Personvernerklæring",
    "Vi samler inn navnet ditt og e-postadressen din når du oppretter en konto hos oss.",
    "Vi bruker e-postadressen din til å sende deg fakturaer etter hvert kjøp.",
    "Vi selger ikke personopplysningene dine til noen.",
    "Vi oppbevarer fakturaene i seks år for å oppfylle lovpålagte plikter etter bokføringsloven.",
    "Du kan når som helst be om innsyn i opplysningene om deg og kreve at de slettes.",
    "Du har rett til dataportabilitet for opplysninger du selv har gitt oss.",
    "Vi deler leveringsadressen din med transportøren slik at pakken kommer fram til deg.",
    "Med kundekortet Nordlys Klubb samler du poeng i alle butikkene våre.",
    "Behandlingsansvarlig er Eksempel AS, Storgata 12, 0155 Oslo.",
]
#: the same kind of policy in the two languages closest to Bokmål: neither may be read as Norwegian
DANISH = [
    "Vi indsamler dit navn og din e-mailadresse, når du opretter en konto hos os.",
    "Vi bruger din e-mailadresse til at sende dig fakturaer efter hvert køb.",
    "Vi sælger ikke dine personoplysninger til nogen.",
    "Vi opbevarer fakturaerne i seks år for at opfylde vores forpligtelser efter bogføringsloven.",
    "Du kan til enhver tid bede om indsigt i oplysningerne om dig og kræve, at de slettes.",
    "Vi deler din leveringsadresse med fragtfirmaet, så pakken kommer frem til dig.",
]
SWEDISH = [
    "Vi samlar in ditt namn och din e-postadress när du skapar ett konto hos oss.",
    "Vi använder din e-postadress för att skicka fakturor till dig efter varje köp.",
    "Vi säljer inte dina personuppgifter till någon.",
    "Vi sparar fakturorna i sex år för att uppfylla våra skyldigheter enligt bokföringslagen.",
    "Du kan när som helst begära tillgång till uppgifterna om dig och kräva att de raderas.",
    "Vi delar din leveransadress med transportföretaget så att paketet kommer fram till dig.",
]


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(NORWEGIAN, edit, extra)


def test_norwegian_is_told_by_its_stopwords():
    found = foreign.language_of("\n".join(NORWEGIAN))
    assert found is not None and found.code == "nb"


@pytest.mark.parametrize("lines", [*BASES.values(), DANISH, SWEDISH], ids=[*BASES, "da", "sv"])
def test_other_languages_are_not_read_as_norwegian(lines):
    found = foreign.language_of("\n".join(lines))
    assert found is None or found.code != "nb"


NOT_MATERIAL = {
    "reworded": ({2: "E-postadressen din bruker vi til å sende deg fakturaer etter hvert kjøp."}, None),
    "menu": ({}, ["Butikkene våre: finn den nærmeste butikken.", "Hjelp: alle svar om levering og retur."]),
    "renamed product": ({8: "Med kundekortet Nordlys Pluss samler du poeng i alle butikkene våre."}, None),
    "restated summary": ({}, ["Kort sagt selger vi ikke personopplysningene dine."]),
    "new street address": ({9: "Behandlingsansvarlig er Eksempel AS, Kirkegata 40, 0153 Oslo."}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_norwegian_policy_is_not_material(case):
    noise_is_not_material(NORWEGIAN, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "Vi deler leveringsadressen din med transportøren og med annonsepartnerne våre."},
        None,
        TP,
        "partners",
    ),
    "no-sale denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "Vi selger personopplysningene dine til noen."}, None, TP, "negation"),
    "retention lengthened": (
        {4: "Vi oppbevarer fakturaene i ti år for å oppfylle lovpålagte plikter etter bokføringsloven."},
        None,
        "data_retention",
        "10 year",
    ),
    "health data collected": (
        {1: "Vi samler inn navnet ditt, e-postadressen din og helseopplysninger når du oppretter en konto hos oss."},
        None,
        "data_collection",
        "health",
    ),
    "precise location collected": (
        {},
        ["Med ditt samtykke samler appen inn din nøyaktige posisjon mens du handler."],
        "data_collection",
        "precise location",
    ),
    "passed on in the passive": (
        {},
        ["Opplysningene dine kan bli overført til selskapet Brightads."],
        TP,
        "disclosure",
    ),
    "shared in the passive": ({}, ["Personopplysningene dine deles med Brightads."], TP, "disclosure"),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_norwegian_policy_is_material_and_says_what(case):
    practice_is_material(NORWEGIAN, *MATERIAL[case])


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Vi deler aldri opplysningene dine.", True, False, ()),
        ("Vi kan oppbevare opplysningene dine i tre måneder.", False, True, ((3.0, "month"),)),
        ("Vi lagrer dataene dine i 30 dager og gir dem ikke videre.", True, False, ((30.0, "day"),)),
        ("Opplysningene kan overføres til leverandørene våre.", False, True, ()),
        ("Vi forbeholder oss retten til å oppbevare loggdata i tolv uker.", False, True, ((12.0, "week"),)),
    ],
)
def test_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("nb", sentence, negated, permissive, quantities)


def test_a_new_controller_named_with_a_norwegian_legal_form_is_material():
    old, new = _pair({9: "Behandlingsansvarlig er Nordvik Handel AS, Storgata 12, 0155 Oslo."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
