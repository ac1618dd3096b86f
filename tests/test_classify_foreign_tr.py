"""A policy in Turkish read with its own vocabulary (vocabulary/lang_tr.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a changed practice is, and says what."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from monitor.classify import foreign, vocabulary
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES

TURKISH = [
    "# Gizlilik Politikası",
    "Mağazamızda bir hesap açtığınızda adınızı ve e-posta adresinizi toplarız.",
    "E-posta adresinizi size siparişlerinizin faturalarını göndermek için kullanırız.",
    "Kişisel verilerinizi hiçbir şirkete satmıyoruz.",
    "Faturaları yasal yükümlülüklerimizi yerine getirmek için altı yıl boyunca saklarız.",
    "Verilerinize erişim ve bunların silinmesini her zaman bizden talep edebilirsiniz.",
    "Ayrıca veri taşınabilirliği hakkına da sahipsiniz.",
    "Teslimat adresinizi, paketlerinizi size ulaştırması için kargo firmamız ile paylaşırız.",
    "Yıldız Kulüp kartı ile mağazalarımızda her alışverişte puan toplarsınız.",
    "Veri sorumlusu Örnek Ticaret A.Ş., Lale Sokak No. 12, 34710 Kadıköy, İstanbul adresindedir.",
]


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(TURKISH, edit, extra)


def _other_bases() -> dict[str, list[str]]:
    from tests.test_classify_foreign_da import DANISH
    from tests.test_classify_foreign_nb import NORWEGIAN
    from tests.test_classify_foreign_pl import POLISH
    from tests.test_classify_foreign_sv import SWEDISH

    return {**BASES, "sv": SWEDISH, "da": DANISH, "nb": NORWEGIAN, "pl": POLISH}


def test_the_turkish_base_is_told_as_turkish():
    found = foreign.language_of("\n".join(TURKISH))
    assert found is not None and found.code == "tr" and found.name == "Turkish"


@pytest.mark.parametrize("lang", ["fr", "de", "es", "sv", "da", "nb", "pl"])
def test_the_other_bases_are_not_told_as_turkish(lang):
    found = foreign.language_of("\n".join(_other_bases()[lang]))
    assert found is None or found.code != "tr"


def _stopword_lists() -> dict[str, set[str]]:
    folder = resources.files(vocabulary.__name__)
    lists = {}
    for entry in folder.iterdir():
        if entry.name.startswith("lang_") and entry.name.endswith(".toml"):
            lists[entry.name[5:-5]] = set(tomllib.loads(entry.read_text(encoding="utf-8"))["stopwords"])
    return lists


def test_the_turkish_stopwords_are_its_own_and_lead_in_its_base():
    lists = _stopword_lists()
    turkish = lists.pop("tr")
    for code, words in lists.items():
        assert not turkish & words, (code, sorted(turkish & words))
    words = [w for line in TURKISH for w in foreign._WORD.findall(line.lower()) if len(line.split()) >= 6]
    own = foreign._share(frozenset(turkish), words)
    assert own >= foreign._MIN_SHARE
    for code, stopwords in lists.items():
        assert own >= 2 * foreign._share(frozenset(stopwords), words), code


NOT_MATERIAL = {
    "reworded": ({2: "Siparişlerinizin faturalarını size göndermek için e-posta adresinizi kullanıyoruz."}, None),
    "menu": (
        {},
        [
            "Mağazalarımız: size en yakın mağazayı hemen şimdi bulun.",
            "Yardım: iade ve kargo ile ilgili tüm soruların yanıtları burada.",
        ],
    ),
    "renamed product": ({8: "Güneş Kulüp kartı ile mağazalarımızda her alışverişte puan toplarsınız."}, None),
    "restated promise": ({}, ["Kısacası: kişisel verilerinizi asla hiçbir şirkete satmıyoruz."]),
    "new street": (
        {9: "Veri sorumlusu Örnek Ticaret A.Ş., Menekşe Caddesi No. 40, 34710 Kadıköy, İstanbul adresindedir."},
        None,
    ),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_turkish_policy_is_not_material(case):
    noise_is_not_material(TURKISH, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "Teslimat adresinizi kargo firmamız ve reklam ortaklarımız ile paylaşırız."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "Kişisel verilerinizi şirketlere satıyoruz."}, None, TP, "negation"),
    "retention lengthened": (
        {4: "Faturaları yasal yükümlülüklerimizi yerine getirmek için on yıl boyunca saklarız."},
        None,
        "data_retention",
        "10 year",
    ),
    "retention lengthened in digits": (
        {4: "Faturaları yasal yükümlülüklerimizi yerine getirmek için 10 yıl boyunca saklarız."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "Mağazamızda bir hesap açtığınızda adınızı, e-posta adresinizi ve kesin konumunuzu toplarız."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "Mağazamızda bir hesap açtığınızda adınızı, e-posta adresinizi ve sağlık verilerinizi toplarız."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["Verileriniz Brightads şirketine aktarılabilir."], TP, "disclosure"),
    "passed on to partners in the passive": (
        {},
        ["İletişim bilgileriniz reklam ortaklarımıza iletilir."],
        TP,
        "partners",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_turkish_policy_is_material_and_says_what(case):
    practice_is_material(TURKISH, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Alışveriş geçmişinizi reklamverenlere satabiliriz."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Bir hesap açtığınızda adınızı ve sağlık verilerinizi toplarız."})
    assert classify_texts(old, new).severity.value == "critical"


def _new_controller(line: str) -> None:
    old, new = _pair({9: line})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


def test_a_new_controller_is_material():
    _new_controller("Veri sorumlusu Başka Holding A.Ş., Lale Sokak No. 12, 34710 Kadıköy, İstanbul adresindedir.")


def test_a_new_controller_with_a_limited_company_form_is_material():
    # "Ltd. Şti." is read through the "Ltd." of foreign._LEGAL_FORM
    _new_controller("Veri sorumlusu Kuzey Lojistik Ltd. Şti., Lale Sokak No. 12, 34710 Kadıköy, İstanbul adresindedir.")


def test_a_new_date_of_last_update_is_not_material():
    line = "Bu politika en son 12 Ocak 2024 tarihinde güncellenmiştir."
    _, old = _pair({}, [line])
    _, new = _pair({}, [line.replace("12 Ocak 2024", "3 Haziran 2025")])
    result = classify_texts(old, new)
    assert result.changes and not result.material, [(c.rule, c.reason) for c in result.changes]


def test_a_turkish_date_is_taken_out_before_reading():
    assert "ocak" not in foreign._plain("Bu politika en son 12 Ocak 2024 tarihinde güncellenmiştir.")


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Verilerinizi asla paylaşmıyoruz.", True, False, ()),
        ("Verilerinizi üç ay boyunca saklayabiliriz.", False, True, ((3.0, "month"),)),
        ("Verileri 30 gün saklarız ve kimseye aktarmayız.", True, False, ((30.0, "day"),)),
        ("İki yıl boyunca bir kopyayı saklama hakkımızı saklı tutarız.", False, True, ((2.0, "year"),)),
        (
            "Form verilerini 24 saat sonra, kayıtları ise on iki ay sonra sileriz.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
        ("Verileriniz yurt dışına aktarılmayacaktır.", True, False, ()),
        ("Bu bilgileri vermeniz zorunlu değildir.", True, False, ()),
        # "ayrı" (separate) after a number is not "ay" (month)
        ("Verilerinizi 3 ayrı sunucuda saklarız.", False, False, ()),
        # the reader's own "you may" is not the company keeping a permission
        ("Verilerinizin silinmesini talep edebilirsiniz.", False, False, ()),
    ],
)
def test_turkish_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("tr", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # Turkish negation is concord: "asla", "hiçbir" and "hiç" go with a negated verb and add no second denial
    lang = foreign.language("tr")
    plain = foreign.read(lang, "Verilerinizi satmıyoruz.")
    for sentence in ("Verilerinizi asla satmıyoruz.", "Verilerinizi hiçbir şirkete satmayız.", "Hiç satmayız."):
        assert foreign.read(lang, sentence).negations == plain.negations, sentence


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Satın alma işleminiz tamamlandığında size e-posta göndeririz.", "sale of data"),
        ("Mesafeli satış sözleşmesi için adresiniz gereklidir.", "sale of data"),
        ("İletişim bilgilerimiz sayfanın altında yer alır.", "disclosure"),
        ("Bu politika hakkında sorularınızı yanıtlarız.", "rights"),
        ("Müşterilerimiz adına hareket ederiz.", "name"),
        ("Hizmetlerimizi eksiksiz sağlıyoruz.", "health data"),
        ("Sipariş onayı e-posta ile gelir.", "consent"),
        ("E-posta adresiniz giriş için gereklidir.", "postal address"),
    ],
)
def test_turkish_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("tr"), sentence).concepts


def test_a_capital_dotted_i_is_read():
    # str.lower() turns "İ" into "i" and a combining dot: "İzniniz", "İmha", "İtiraz" are still read
    lang = foreign.language("tr")
    assert "consent" in foreign.read(lang, "İzniniz olmadan bülten göndermeyiz.").concepts
    assert "deletion" in foreign.read(lang, "İmha edilen kayıtlar geri getirilemez.").concepts
    assert "right to object or restrict" in foreign.read(lang, "İtiraz hakkınızı kullanabilirsiniz.").concepts
