"""A policy in Finnish read with its own vocabulary (vocabulary/lang_fi.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a changed practice is, and says what."""

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

FINNISH = [
    "# Tietosuojaseloste",
    "Keräämme nimesi ja sähköpostiosoitteesi, kun luot tilin verkkokauppaamme.",
    "Käytämme sähköpostiosoitettasi, kun lähetämme sinulle laskut tilauksistasi.",
    "Emme myy henkilötietojasi kenellekään.",
    "Säilytämme laskuja kuuden vuoden ajan, koska laki velvoittaa meitä siihen.",
    "Voit milloin tahansa pyytää pääsyä tietoihisi ja niiden poistamista.",
    "Sinulla on oikeus siirtää tietosi toiseen palveluun.",
    "Luovutamme toimitusosoitteesi kuljetusyhtiöllemme, jotta se voi toimittaa pakettisi.",
    "Tähti Klubi -kortilla keräät pisteitä kaikissa myymälöissämme.",
    "Rekisterinpitäjä on Esimerkki Oy, Lehmustie 12, 00100 Helsinki.",
]
TP = "third_party_sharing"
OTHER_BASES = {**BASES, "sv": SWEDISH, "da": DANISH, "nb": NORWEGIAN, "pl": POLISH}


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(FINNISH, edit, extra)


def test_the_finnish_base_is_told_as_finnish():
    found = foreign.language_of("\n".join(FINNISH))
    assert found is not None and found.code == "fi" and found.name == "Finnish"


@pytest.mark.parametrize("lang", sorted(OTHER_BASES))
def test_the_other_bases_are_not_told_as_finnish(lang):
    found = foreign.language_of("\n".join(OTHER_BASES[lang]))
    assert found is None or found.code != "fi", lang


def test_finnish_stopwords_are_its_own():
    # a stopword another vocabulary also lists would count for both languages
    ours = set(foreign.language("fi").stopwords)
    for entry in resources.files(vocabulary.__name__).iterdir():
        if entry.name.startswith("lang_") and entry.name.endswith(".toml") and entry.name != "lang_fi.toml":
            theirs = set(tomllib.loads(entry.read_text(encoding="utf-8")).get("stopwords", []))
            assert not ours & theirs, (entry.name, sorted(ours & theirs))


NOT_MATERIAL = {
    "reworded": ({2: "Sähköpostiosoitettasi käytämme, kun lähetämme sinulle tilaustesi laskut."}, None),
    "menu": ({}, ["Myymälämme: löydä lähin myymälä kartalta.", "Ohje: vastauksia palautuksia koskeviin kysymyksiin."]),
    "renamed product": ({8: "Kuu Klubi -kortilla keräät pisteitä kaikissa myymälöissämme."}, None),
    "restated promise": ({}, ["Lyhyesti: emme koskaan myy henkilötietojasi kenellekään."]),
    "new street": ({9: "Rekisterinpitäjä on Esimerkki Oy, Koivukatu 40, 00100 Helsinki."}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_finnish_policy_is_not_material(case):
    noise_is_not_material(FINNISH, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
MATERIAL = {
    "new recipient": (
        {7: "Luovutamme toimitusosoitteesi kuljetusyhtiöllemme ja mainoskumppaneillemme."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "Myymme henkilötietojasi kenelle tahansa."}, None, TP, "sale"),
    "retention lengthened": (
        {4: "Säilytämme laskuja kymmenen vuoden ajan, koska laki velvoittaa meitä siihen."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "Keräämme nimesi, sähköpostiosoitteesi ja tarkan sijaintisi, kun luot tilin verkkokauppaamme."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "Keräämme nimesi, sähköpostiosoitteesi ja terveystietosi, kun luot tilin verkkokauppaamme."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["Tietojasi voidaan luovuttaa Brightads Oy:lle."], TP, "disclosure"),
    "passed on to partners in the passive": ({}, ["Yhteystietosi luovutetaan mainoskumppaneille."], TP, "partners"),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_finnish_policy_is_material_and_says_what(case):
    practice_is_material(FINNISH, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Voimme myydä ostohistoriasi mainostajille."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Keräämme nimesi ja terveystietosi, kun luot tilin verkkokauppaamme."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_is_material():
    old, new = _pair({9: "Rekisterinpitäjä on Toinen Ryhmä Oyj, Lehmustie 12, 00100 Helsinki."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Emme koskaan luovuta tietojasi.", True, False, ()),
        ("Voimme säilyttää tietojasi kolmen kuukauden ajan.", False, True, ((3.0, "month"),)),
        ("Säilytämme lokeja 30 päivää emmekä luovuta niitä eteenpäin.", True, False, ((30.0, "day"),)),
        ("Pidätämme oikeuden säilyttää varmuuskopioita kaksi vuotta.", False, True, ((2.0, "year"),)),
        ("Tietojasi voidaan siirtää palveluntarjoajillemme.", False, True, ()),
        ("Voit milloin tahansa pyytää tietojesi poistamista.", False, False, ()),
        (
            "Lomakkeen tiedot poistetaan 24 tunnin kuluttua ja lokit kahdentoista kuukauden jälkeen.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
        ("Emme säilytä tietojasi kuutta kuukautta pidempään.", True, False, ((6.0, "month"),)),
    ],
)
def test_finnish_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("fi", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # "koskaan" (ever) only goes with a negative verb: "emme koskaan myy" denies what "emme myy" does, once
    lang = foreign.language("fi")
    plain = foreign.read(lang, "Emme myy tietojasi.")
    assert foreign.read(lang, "Emme koskaan myy tietojasi.").negations == plain.negations == 1


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Löydät lähimmän myymälän verkkosivuiltamme.", "sale of data"),
        ("Tietosuojaseloste päivitettiin viime keväänä.", "personal data"),
        ("Kortti tunnetaan nimellä Tähti Klubi.", "name"),
        ("Palvelu on saatavilla suomen kielellä.", "opt-out"),
        ("Pidätämme oikeuden muuttaa hintoja.", "rights"),
        ("Tarjoamme verkkokaupan palvelut.", "marketing"),
        ("Kun luot tilin, saat vahvistuksen.", "financial account data"),
    ],
)
def test_finnish_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("fi"), sentence).concepts
