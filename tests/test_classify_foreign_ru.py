"""A policy in Russian read with its own vocabulary (vocabulary/lang_ru.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a changed practice is, and says what."""

from __future__ import annotations

import pytest

from monitor.classify import foreign, vocabulary
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES
from tests.test_classify_foreign_da import DANISH
from tests.test_classify_foreign_nb import NORWEGIAN
from tests.test_classify_foreign_pl import POLISH
from tests.test_classify_foreign_sv import SWEDISH

RUSSIAN = [
    "# Политика конфиденциальности",
    "Мы собираем ваше имя и адрес электронной почты, когда вы создаёте учётную запись в нашем магазине.",
    "Мы используем ваш адрес электронной почты, чтобы отправлять вам счета за заказы.",
    "Мы не продаём ваши персональные данные.",
    "Мы храним счета в течение шести лет, чтобы выполнять требования закона.",
    "Вы можете в любой момент запросить доступ к своим данным и их удаление.",
    "У вас есть право на переносимость своих данных.",
    "Мы передаём ваш адрес доставки нашей курьерской службе, чтобы доставить ваши посылки.",
    "С картой «Клуб Звезда» вы копите баллы во всех наших магазинах.",
    "Оператором персональных данных является ООО «Пример», ул. Липовая, д. 12, 123456 Москва.",
]
TP = "third_party_sharing"
OTHER_BASES = {**BASES, "sv": SWEDISH, "da": DANISH, "nb": NORWEGIAN, "pl": POLISH}


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(RUSSIAN, edit, extra)


def test_the_russian_base_is_told_as_russian():
    found = foreign.language_of("\n".join(RUSSIAN))
    assert found is not None and found.code == "ru" and found.name == "Russian"


@pytest.mark.parametrize("lang", sorted(OTHER_BASES))
def test_the_other_bases_are_not_told_as_russian(lang):
    found = foreign.language_of("\n".join(OTHER_BASES[lang]))
    assert found is None or found.code != "ru", lang


def test_russian_stopwords_are_its_own_and_lead_clearly():
    ours = set(vocabulary.load("lang_ru")["stopwords"])
    words = [w for line in RUSSIAN for w in foreign._WORD.findall(line.lower())]
    share = foreign._share(frozenset(ours), words)
    assert share >= foreign._MIN_SHARE
    for code in foreign.LANGUAGES:
        if code == "ru" or not foreign._has_vocabulary(code):
            continue
        theirs = set(vocabulary.load(f"lang_{code}")["stopwords"])
        assert not ours & theirs, (code, sorted(ours & theirs))
        assert share >= 2 * foreign._share(frozenset(theirs), words), code


def test_cyrillic_is_read_as_words_and_lower_cased():
    assert foreign._WORD.findall("Мы НЕ продаём Ваши данные, ёлка.".lower()) == [
        "мы",
        "не",
        "продаём",
        "ваши",
        "данные",
        "ёлка",
    ]


NOT_MATERIAL = {
    "reworded": ({2: "Ваш адрес электронной почты нужен нам для отправки счетов за заказы."}, None),
    "menu": ({}, ["Наши магазины: найдите ближайший к вам магазин.", "Помощь: ответы на вопросы о возврате товаров."]),
    "renamed product": ({8: "С картой «Клуб Солнце» вы копите баллы во всех наших магазинах."}, None),
    "restated promise": ({}, ["Коротко: мы никогда не продаём ваши персональные данные."]),
    "new street": (
        {9: "Оператором персональных данных является ООО «Пример», ул. Кленовая, д. 40, 123456 Москва."},
        None,
    ),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_russian_policy_is_not_material(case):
    noise_is_not_material(RUSSIAN, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
MATERIAL = {
    "new recipient": (
        {7: "Мы передаём ваш адрес доставки нашей курьерской службе и рекламным партнёрам."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "Мы продаём ваши персональные данные."}, None, TP, "negation"),
    "retention lengthened": (
        {4: "Мы храним счета в течение десяти лет, чтобы выполнять требования закона."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "Мы собираем ваше имя, адрес электронной почты и точное местоположение, когда вы создаёте учётную запись."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "Мы собираем ваше имя, адрес электронной почты и данные о здоровье, когда вы создаёте учётную запись."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["Ваши данные могут быть переданы компании Brightads."], TP, "disclosure"),
    "passed on to partners in the passive": (
        {},
        ["Ваши контактные данные передаются рекламным партнёрам."],
        TP,
        "partners",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_russian_policy_is_material_and_says_what(case):
    practice_is_material(RUSSIAN, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["Мы можем продать историю ваших покупок рекламодателям."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "Мы собираем ваше имя и данные о здоровье, когда вы создаёте учётную запись."})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_is_material():
    old, new = _pair(
        {9: "Оператором персональных данных является АО «Другая Группа», ул. Липовая, д. 12, 123456 Москва."}
    )
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
    assert any("named parties changed" in c.reason for c in result.changes if c.material)


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("Мы никогда не передаём ваши данные.", True, False, ()),
        ("Мы можем хранить ваши данные в течение трёх месяцев.", False, True, ((3.0, "month"),)),
        ("Мы храним данные 30 дней и не передаём их дальше.", True, False, ((30.0, "day"),)),
        ("Мы оставляем за собой право хранить копии в течение двух лет.", False, True, ((2.0, "year"),)),
        ("Ваши данные могут быть переданы партнёрам.", False, True, ()),
        (
            "Данные из формы мы удаляем через 24 часа, а журналы событий через двенадцать месяцев.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
        ("Мы отвечаем в течение 10 рабочих дней.", False, False, ((10.0, "day"),)),
    ],
)
def test_russian_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("ru", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # Russian negation is concord: "никогда не" and "ни ... не" deny what "не" alone does
    lang = foreign.language("ru")
    plain = foreign.read(lang, "Мы не продаём ваши данные.")
    for sentence in ("Мы никогда не продаём ваши данные.", "Мы ни при каких условиях не продаём ваши данные."):
        assert foreign.read(lang, sentence).negations == plain.negations, sentence


def test_a_user_right_is_no_permission_of_the_company():
    lang = foreign.language("ru")
    assert not foreign.read(lang, "Вы можете запросить копию своих данных.").permissive


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("Данные нужны для исполнения договора купли-продажи.", "sale of data"),
        ("Продавцом является наша компания.", "sale of data"),
        ("Рекламации мы рассматриваем в течение четырнадцати дней.", "advertising"),
        ("Мы обрабатываем данные согласно законодательству.", "consent"),
        ("Мы действуем от имени наших клиентов.", "name"),
        ("С картой «Клуб Звезда» вы копите баллы во всех наших магазинах.", "payment data"),
        ("Мы обрабатываем ваши персональные данные.", "personalisation"),
        ("Сотрудники имеют удалённый доступ к серверу.", "deletion"),
    ],
)
def test_russian_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("ru"), sentence).concepts
