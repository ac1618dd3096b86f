"""A policy in Czech read with its own vocabulary (vocabulary/lang_cs.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a new recipient, a denial dropped, a longer retention, new
sensitive data and data passed on in the passive are, and say what."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from monitor.classify import foreign, vocabulary
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES
from tests.test_classify_foreign_da import DANISH
from tests.test_classify_foreign_nb import NORWEGIAN
from tests.test_classify_foreign_pl import POLISH
from tests.test_classify_foreign_sv import SWEDISH

CZECH = [
    "# Zásady ochrany osobních údajů",
    "Při založení účtu v našem obchodě shromažďujeme Vaše jméno a e-mailovou adresu.",
    "Vaši e-mailovou adresu používáme k tomu, abychom Vám zasílali faktury za objednávky.",
    "Vaše osobní údaje neprodáváme.",
    "Faktury uchováváme šest let, abychom splnili své zákonné povinnosti.",
    "Kdykoli můžete požádat o přístup ke svým údajům a o jejich výmaz.",
    "Máte také právo na přenositelnost údajů, které jste nám sami poskytli.",
    "Vaši doručovací adresu sdílíme s naší přepravní společností, která Vám doručuje zásilky.",
    "S kartou Klub Hvězda sbíráte body ve všech našich prodejnách.",
    "Správcem osobních údajů je Příklad s.r.o., Lipová 12, 110 00 Praha 1.",
]
OTHERS = {**BASES, "sv": SWEDISH, "da": DANISH, "nb": NORWEGIAN, "pl": POLISH}


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(CZECH, edit, extra)


def test_the_czech_base_is_told_as_czech():
    found = foreign.language_of("\n".join(CZECH))
    assert found is not None and found.code == "cs" and found.name == "Czech"


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_the_other_bases_are_not_told_as_czech(lang):
    found = foreign.language_of("\n".join(OTHERS[lang]))
    assert found is None or found.code != "cs"


def _stopword_lists() -> dict[str, set[str]]:
    out = {}
    for entry in resources.files(vocabulary.__name__).iterdir():
        if entry.name.startswith("lang_") and entry.name.endswith(".toml"):
            out[entry.name[5:-5]] = set(tomllib.loads(entry.read_text(encoding="utf-8")).get("stopwords", []))
    return out


def test_czech_stopwords_are_czech_only_and_lead_clearly_in_the_base():
    lists = _stopword_lists()
    czech = lists.pop("cs")
    for code, words in lists.items():
        assert not czech & words, (code, sorted(czech & words))
    words = [w for line in CZECH for w in foreign._WORD.findall(line.lower()) if len(foreign._WORD.findall(line)) >= 6]
    share = foreign._share(frozenset(czech), words)
    assert share >= foreign._MIN_SHARE
    for code, other in lists.items():
        assert share >= foreign._MARGIN * foreign._share(frozenset(other), words), code


NOT_MATERIAL = {
    "reworded": ({2: "Vaše e-mailová adresa nám slouží k zasílání faktur za Vaše objednávky."}, None),
    "menu": ({}, ["Naše prodejny: najděte obchod ve svém okolí.", "Nápověda: odpovědi k vrácení zboží a dopravě."]),
    "renamed product": ({8: "S kartou Klub Slunce sbíráte body ve všech našich prodejnách."}, None),
    "restated promise": ({}, ["Shrnutí: Vaše osobní údaje nikdy neprodáváme."]),
    "new street": ({9: "Správcem osobních údajů je Příklad s.r.o., Javorová 40, 110 00 Praha 1."}, None),
    "date line": ({}, ["Tyto zásady platí od 1. ledna 2024."]),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_czech_policy_is_not_material(case):
    noise_is_not_material(CZECH, *NOT_MATERIAL[case])


def test_a_changed_date_with_a_czech_month_is_not_material():
    old, new = _pair({}, ["Tyto zásady ochrany osobních údajů platí od 1. ledna 2024."])
    result = classify_texts(old, new.replace("1. ledna 2024", "15. března 2025"))
    assert result.changes and not result.material, [(c.rule, c.reason) for c in result.changes]


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "Vaši doručovací adresu sdílíme s naší přepravní společností a s reklamními partnery."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    # the negation is the verb's prefix: one sentence edited, whose reading lost its denial
    "negation removed": ({3: "Vaše osobní údaje prodáváme."}, None, TP, "removed a negation"),
    "retention lengthened": (
        {4: "Faktury uchováváme deset let, abychom splnili své zákonné povinnosti."},
        None,
        "data_retention",
        "10 year",
    ),
    "retention lengthened in digits": (
        {4: "Faktury uchováváme 10 let, abychom splnili své zákonné povinnosti."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "Při založení účtu v našem obchodě shromažďujeme Vaše jméno, e-mailovou adresu a přesnou polohu."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "Při založení účtu v našem obchodě shromažďujeme Vaše jméno, e-mailovou adresu a údaje o zdraví."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["Vaše údaje mohou být předány společnosti Brightads."], TP, "disclosure"),
    "passed on to partners in the passive": (
        {},
        ["Vaše kontaktní údaje jsou předávány reklamním partnerům."],
        TP,
        "partners",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_czech_policy_is_material_and_says_what(case):
    practice_is_material(CZECH, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Historii Vašich nákupů můžeme prodat inzerentům."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Při založení účtu shromažďujeme Vaše jméno a údaje o Vašem zdraví."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_is_material():
    old, new = _pair({9: "Správcem osobních údajů je Jiná Skupina a.s., Lipová 12, 110 00 Praha 1."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Vaše údaje nikdy nesdílíme.", True, False, ()),
        ("Vaše údaje můžeme uchovávat tři měsíce.", False, True, ((3.0, "month"),)),
        ("Údaje uchováváme 30 dní a dále je nepředáváme.", True, False, ((30.0, "day"),)),
        ("Vyhrazujeme si právo uchovávat kopie po dobu dvou let.", False, True, ((2.0, "year"),)),
        ("Vaše údaje mohou být předány dopravci.", False, True, ()),
        (
            "Údaje z formuláře mažeme po 24 hodinách a protokoly po dvanácti měsících.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
        ("Údaje uchováváme nejdéle jeden rok, pokud je to nezbytné.", False, False, ((1.0, "year"),)),
        ("Odběr newsletteru nebo jiných sdělení můžete zrušit.", False, False, ()),
    ],
)
def test_czech_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("cs", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # Czech negation is concord: "nikdy neprodáváme" and "žádné údaje neprodáváme" deny what "neprodáváme" does
    lang = foreign.language("cs")
    plain = foreign.read(lang, "Vaše údaje neprodáváme.")
    for sentence in ("Vaše údaje nikdy neprodáváme.", "Žádné Vaše údaje neprodáváme."):
        assert foreign.read(lang, sentence).negations == plain.negations, sentence


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Prodávajícím je naše společnost.", "sale of data"),
        ("S kartou sbíráte body ve všech našich prodejnách.", "sale of data"),
        ("Reklamace vyřizujeme do třiceti dnů.", "advertising"),
        ("Údaje zpracováváme v souladu s předpisy.", "consent"),
        ("Jednáme jménem našich zákazníků.", "name"),
        ("Při založení účtu v našem obchodě shromažďujeme Vaše jméno.", "financial account data"),
        ("Zpracování je založeno na našem oprávněném zájmu.", "inferences and profiles"),
        ("Číslo pro sledování zásilky Vám pošleme e-mailem.", "cookies and trackers"),
    ],
)
def test_czech_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("cs"), sentence).concepts
