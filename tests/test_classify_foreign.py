"""Policies in French, German, Spanish (and Italian, Portuguese, Dutch) read with their own vocabulary: rewording,
menus, renamed products and restated paragraphs are not material; a changed practice is, and says what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts

FRENCH = [
    "# Politique de confidentialité",
    "Nous collectons votre nom et votre adresse e-mail lorsque vous créez un compte.",
    "Nous utilisons votre adresse e-mail pour vous envoyer vos factures.",
    "Nous ne vendons pas vos données personnelles.",
    "Nous conservons vos factures pendant six ans pour respecter nos obligations légales.",
    "Vous pouvez demander l'accès à vos données et leur suppression à tout moment.",
    "Vous disposez d'un droit à la portabilité de vos données.",
    "Nous partageons votre adresse de livraison avec notre transporteur pour livrer vos colis.",
    "Votre carte Club Étoile vous permet de cumuler des points dans nos boutiques.",
    "Le responsable du traitement est Exemple SAS, 12 rue des Lilas, 75011 Paris.",
]
GERMAN = [
    "# Datenschutzerklärung",
    "Wir erheben Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto eröffnen.",
    "Wir nutzen Ihre E-Mail-Adresse, um Ihnen Rechnungen zu senden.",
    "Wir verkaufen Ihre personenbezogenen Daten nicht.",
    "Wir bewahren Rechnungen sechs Jahre lang auf, um gesetzliche Pflichten zu erfüllen.",
    "Sie können jederzeit Auskunft über Ihre Daten und deren Löschung verlangen.",
    "Sie haben ein Recht auf Datenübertragbarkeit.",
    "Wir geben Ihre Lieferadresse an unseren Paketdienst weiter, damit er Ihre Bestellung zustellt.",
    "Mit Ihrer Kundenkarte Sonnenclub sammeln Sie Punkte in unseren Filialen.",
    "Verantwortlicher ist die Beispiel GmbH, Lindenstraße 12, 10115 Berlin.",
]
SPANISH = [
    "# Política de privacidad",
    "Recogemos su nombre y su correo electrónico cuando crea una cuenta.",
    "Usamos su correo electrónico para enviarle las facturas.",
    "No vendemos sus datos personales.",
    "Conservamos las facturas durante seis años para cumplir con nuestras obligaciones legales.",
    "Puede solicitar el acceso a sus datos y su supresión en cualquier momento.",
    "Tiene derecho a la portabilidad de sus datos.",
    "Compartimos su dirección de envío con nuestra empresa de transporte para entregar sus pedidos.",
    "Con su tarjeta Club Estrella acumula puntos en nuestras tiendas.",
    "El responsable del tratamiento es Ejemplo SL, Calle Mayor 12, 28013 Madrid.",
]
BASES = {"fr": FRENCH, "de": GERMAN, "es": SPANISH}


def _pair(lang: str, edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    """The base policy of `lang`, and the same with lines replaced (None: dropped) and lines appended."""
    old = BASES[lang]
    new = [edit.get(k, line) for k, line in enumerate(old)]
    return "\n".join(old), "\n".join([line for line in new if line is not None] + (extra or []))


NOT_MATERIAL = {
    "fr": {
        "reworded": ({2: "Votre adresse e-mail nous sert à vous adresser vos factures."}, None),
        "menu": (
            {},
            ["Nos magasins : trouvez la boutique la plus proche.", "Aide : toutes les réponses sur la livraison."],
        ),
        "renamed product": ({8: "Votre carte Club Soleil vous permet de cumuler des points dans nos boutiques."}, None),
        "restated paragraph": ({}, ["En bref : nous ne vendons jamais vos données personnelles."]),
    },
    "de": {
        "reworded": ({2: "Ihre E-Mail-Adresse verwenden wir, um Ihnen Ihre Rechnungen zuzusenden."}, None),
        "menu": ({}, ["Unsere Filialen: Finden Sie den nächsten Laden.", "Hilfe: Antworten rund um die Lieferung."]),
        "renamed product": ({8: "Mit Ihrer Kundenkarte Mondclub sammeln Sie Punkte in unseren Filialen."}, None),
        "restated paragraph": ({}, ["Kurz gesagt: Wir verkaufen Ihre personenbezogenen Daten niemals."]),
    },
    "es": {
        "reworded": ({2: "Su correo electrónico nos sirve para mandarle las facturas."}, None),
        "menu": ({}, ["Nuestras tiendas: encuentre la más cercana.", "Ayuda: respuestas sobre el envío de pedidos."]),
        "renamed product": ({8: "Con su tarjeta Club Sol acumula puntos en nuestras tiendas."}, None),
        "restated paragraph": ({}, ["En resumen: nunca vendemos sus datos personales."]),
    },
}


@pytest.mark.parametrize(
    ("lang", "case"), [(lang, case) for lang, cases in NOT_MATERIAL.items() for case in cases], ids=str
)
def test_noise_in_a_foreign_policy_is_not_material(lang, case):
    edit, extra = NOT_MATERIAL[lang][case]
    old, new = _pair(lang, edit, extra)
    result = classify_texts(old, new)
    assert result.changes, case
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    # and the other way round: the paragraph restated is dropped, the menu removed, the old name back
    # (a changed postal address is already the contact rule's, in these languages too)
    assert not classify_texts(new, old).material, case


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "fr": {
        "new recipient": (
            {7: "Nous partageons votre adresse de livraison avec notre transporteur et nos partenaires publicitaires."},
            None,
            "third_party_sharing",
            "partners",
        ),
        "selling added": (
            {},
            ["Nous pouvons vendre votre historique d'achats à des annonceurs."],
            "third_party_sharing",
            "sale",
        ),
        "retention lengthened": (
            {4: "Nous conservons vos factures pendant dix ans pour respecter nos obligations légales."},
            None,
            "data_retention",
            "10 year",
        ),
        "right dropped": ({6: None}, None, "user_rights", "portability"),
        "negation removed": ({3: "Nous vendons vos données personnelles."}, None, TP, "negation"),
        "sensitive data added": (
            {1: "Nous collectons votre nom, votre adresse e-mail et vos données de santé à l'inscription."},
            None,
            "data_collection",
            "health",
        ),
    },
    "de": {
        "new recipient": (
            {7: "Wir geben Ihre Lieferadresse an unseren Paketdienst und an Werbepartner weiter."},
            None,
            "third_party_sharing",
            "partners",
        ),
        "selling added": (
            {},
            ["Wir dürfen Ihre Kaufhistorie an Werbetreibende verkaufen."],
            "third_party_sharing",
            "sale",
        ),
        "retention lengthened": (
            {4: "Wir bewahren Rechnungen zehn Jahre lang auf, um gesetzliche Pflichten zu erfüllen."},
            None,
            "data_retention",
            "10 year",
        ),
        "right dropped": ({6: None}, None, "user_rights", "portability"),
        "negation removed": (
            {3: "Wir verkaufen Ihre personenbezogenen Daten."},
            None,
            "third_party_sharing",
            "negation",
        ),
        "sensitive data added": (
            {1: "Wir erheben Namen, E-Mail-Adresse und Gesundheitsdaten, wenn Sie ein Konto eröffnen."},
            None,
            "data_collection",
            "health",
        ),
    },
    "es": {
        "new recipient": (
            {7: "Compartimos su dirección de envío con la empresa de transporte y con socios publicitarios."},
            None,
            "third_party_sharing",
            "partners",
        ),
        "selling added": ({}, ["Podemos vender su historial de compras a anunciantes."], TP, "sale"),
        "retention lengthened": (
            {4: "Conservamos las facturas durante diez años para cumplir con nuestras obligaciones legales."},
            None,
            "data_retention",
            "10 year",
        ),
        "right dropped": ({6: None}, None, "user_rights", "portability"),
        "negation removed": ({3: "Vendemos sus datos personales."}, None, TP, "negation"),
        "sensitive data added": (
            {1: "Recogemos su nombre, su correo electrónico y datos de salud cuando crea una cuenta."},
            None,
            "data_collection",
            "health",
        ),
    },
}


@pytest.mark.parametrize(
    ("lang", "case"), [(lang, case) for lang, cases in MATERIAL.items() for case in cases], ids=str
)
def test_a_changed_practice_in_a_foreign_policy_is_material_and_says_what(lang, case):
    edit, extra, category, word = MATERIAL[lang][case]
    old, new = _pair(lang, edit, extra)
    result = classify_texts(old, new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]
    decisive = [c for c in result.changes if c.material]
    assert all(c.rule == "foreign-practice" for c in decisive), [(c.rule, c.reason) for c in decisive]
    assert category in result.categories, result.categories
    assert any(word in c.reason for c in decisive), [c.reason for c in decisive]


def test_selling_and_sensitive_data_are_critical():
    old, new = _pair("fr", {}, ["Nous pouvons vendre votre historique d'achats à des annonceurs."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair("es", {1: "Recogemos su nombre y datos de salud cuando crea una cuenta."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_language_without_vocabulary_is_still_reported_for_a_person_to_check():
    hungarian = "\n".join(
        [
            "# Adatvédelmi tájékoztató",
            "Összegyűjtjük a nevét és az e-mail címét, amikor fiókot hoz létre az áruházunkban.",
            "Az e-mail címét a megrendelések számláinak elküldésére használjuk fel minden alkalommal.",
            "Nem adjuk el a személyes adatait más cégeknek vagy hirdetőknek semmilyen formában.",
            "A számlákat hat évig őrizzük meg a jogi kötelezettségeink teljesítése érdekében.",
            "Bármikor kérheti az adataihoz való hozzáférést és azok törlését tőlünk.",
        ]
    )
    assert foreign.language_of(hungarian) is None
    result = classify_texts(hungarian, hungarian.replace("Nem adjuk el", "Eladjuk"))
    assert result.material and {c.rule for c in result.changes if c.material} == {"unread-language"}


@pytest.mark.parametrize(("lang", "text"), [(lang, "\n".join(lines)) for lang, lines in BASES.items()])
def test_the_language_is_told_by_its_stopwords(lang, text):
    found = foreign.language_of(text)
    assert found is not None and found.code == lang


@pytest.mark.parametrize("code", foreign.LANGUAGES)
def test_every_language_names_every_practice_family_and_its_examples_hold(code):
    lang = foreign.language(code)
    names = {name for name, _ in lang.concepts}
    for needed in (
        "health data",
        "biometric data",
        "precise location",
        "children",
        "sale of data",
        "disclosure",
        "international transfer",
        "advertising",
        "profiling",
        "AI model training",
        "retention",
        "right of access",
        "right to erasure",
        "right to object or restrict",
        "right to portability",
        "consent",
        "opt-out",
        "cookies and trackers",
    ):
        assert needed in names, (code, needed)
    for concept, sentence, mentions in lang.examples:
        assert (concept in foreign.read(lang, sentence).concepts) == mentions, (code, concept, sentence)


@pytest.mark.parametrize(
    ("code", "sentence", "negated", "permissive", "quantities"),
    [
        ("fr", "Nous ne partageons jamais vos données.", True, False, ()),
        ("fr", "Nous pouvons conserver vos données pendant trois mois.", False, True, ((3.0, "month"),)),
        ("de", "Wir speichern Ihre Daten 30 Tage lang und geben sie nicht weiter.", True, False, ((30.0, "day"),)),
        ("es", "Podemos conservar sus datos durante dos años.", False, True, ((2.0, "year"),)),
        ("it", "Non conserviamo i tuoi dati per più di 12 mesi.", True, False, ((12.0, "month"),)),
        ("pt", "Não partilhamos os seus dados.", True, False, ()),
        ("nl", "Wij bewaren uw gegevens niet langer dan zes maanden.", True, False, ((6.0, "month"),)),
    ],
)
def test_negations_permissions_and_durations_are_read(code, sentence, negated, permissive, quantities):
    reading = foreign.read(foreign.language(code), sentence)
    assert (reading.negated, reading.permissive, reading.quantities) == (negated, permissive, quantities)


@pytest.mark.parametrize(
    ("lang", "moved", "replaced"),
    [
        (
            "fr",
            "Le responsable du traitement est Exemple SAS, 40 avenue Foch, 69006 Lyon.",
            "Le responsable du traitement est Autre Groupe SA, 40 avenue Foch, 69006 Lyon.",
        ),
        (
            "de",
            "Verantwortlicher ist die Beispiel GmbH, Eichenweg 40, 80331 München.",
            "Verantwortlicher ist die Andere Holding AG, Eichenweg 40, 80331 München.",
        ),
        (
            "es",
            "El responsable del tratamiento es Ejemplo SL, Avenida Real 40, 41001 Sevilla.",
            "El responsable del tratamiento es Otra Empresa SA, Avenida Real 40, 41001 Sevilla.",
        ),
    ],
)
def test_a_new_controller_is_material_where_a_new_address_is_not(lang, moved, replaced):
    old, new = _pair(lang, {9: moved})
    assert not classify_texts(old, new).material
    old, new = _pair(lang, {9: replaced})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


@pytest.mark.parametrize(
    ("lang", "edit", "extra"),
    [
        (
            "fr",
            {7: "Nous partageons votre adresse de livraison avec Colissimo et Brightads pour livrer vos colis."},
            None,
        ),
        ("fr", {}, ["Vos données peuvent être transférées à la société Brightads."]),
        ("de", {}, ["Ihre Daten können an die Brightads GmbH übermittelt werden."]),
        ("es", {}, ["Sus datos pueden ser transferidos a la empresa Brightads."]),
    ],
)
def test_a_recipient_named_or_data_passed_on_in_the_passive_is_material(lang, edit, extra):
    old, new = _pair(lang, edit, extra)
    result = classify_texts(old, new)
    assert result.material and "third_party_sharing" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert {c.rule for c in result.changes if c.material} == {"foreign-practice"}


@pytest.mark.parametrize(
    ("line", "edited"),
    [
        # one of two denials dropped: the sentence still denies something, but no longer this
        (
            "Nous ne vendons pas vos données et nous ne les louons pas non plus.",
            "Nous ne vendons pas vos données et nous les louons aussi.",
        ),
        # a period changed in a line that names nothing else
        ("Délai de réponse aux demandes : 1 mois.", "Délai de réponse aux demandes : 3 mois."),
        ("Durée de conservation des factures : six ans.", "Durée de conservation des factures : vingt ans."),
    ],
)
def test_a_denial_dropped_or_a_period_changed_is_material(line, edited):
    _, old = _pair("fr", {}, [line])  # the base policy with the line
    result = classify_texts(old, old.replace(line, edited))
    assert result.material, [(c.rule, c.reason) for c in result.changes]
    assert {c.rule for c in result.changes if c.material} == {"foreign-practice"}


def test_the_nordic_languages_are_told_apart_and_from_the_rest():
    # Danish, Norwegian and Swedish share most short words: each list holds only its own, so a language's share is
    # lower than French or German reach, and still twice any other's
    from tests.test_classify_foreign_da import DANISH
    from tests.test_classify_foreign_nb import NORWEGIAN
    from tests.test_classify_foreign_sv import SWEDISH

    for code, lines in (("da", DANISH), ("nb", NORWEGIAN), ("sv", SWEDISH)):
        found = foreign.language_of("\n".join(lines))
        assert found is not None and found.code == code
    english = "We collect your name and email address when you create an account in our shop. " * 12
    assert foreign.language_of(english) is None
