"""A policy in Chinese (Simplified) read with its own vocabulary (vocabulary/lang_zh.toml): rewording, menus, a
renamed product, a restated promise and a new street are not material; a changed practice is, and says what.
Chinese writes no spaces: the language is told by its script, and every pattern is read anywhere in the text."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES
from tests.test_classify_foreign_pl import POLISH
from tests.test_classify_foreign_ru import RUSSIAN
from tests.test_classify_foreign_sv import SWEDISH

CHINESE = [
    "# 隐私政策",
    "您在我们的网店注册账户时，我们会收集您的姓名和电子邮件地址。",
    "我们使用您的电子邮件地址向您发送订单发票。",
    "我们不会出售您的个人信息。",
    "为履行法律义务，我们将发票保存六年。",
    "您可以随时要求查阅和删除您的个人信息。",
    "您享有数据可携带权。",
    "我们会将您的收货地址提供给快递公司，以便配送您的包裹。",
    "使用星光会员卡，您可以在我们的门店累积积分。",
    "数据控制者为示例科技有限公司，地址：上海市长宁区梧桐路12号。",
]

OTHER_BASES = {**BASES, "sv": SWEDISH, "pl": POLISH, "ru": RUSSIAN}


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(CHINESE, edit, extra)


def test_the_chinese_base_is_told_as_chinese():
    found = foreign.language_of("\n".join(CHINESE))
    assert found is not None and found.code == "zh" and found.name == "Chinese"


@pytest.mark.parametrize("lang", sorted(OTHER_BASES))
def test_the_other_bases_are_not_told_as_chinese(lang):
    found = foreign.language_of("\n".join(OTHER_BASES[lang]))
    assert found is None or found.code != "zh"


NOT_MATERIAL = {
    "reworded": ({2: "您的电子邮件地址用于向您发送订单的发票。"}, None),
    "menu": ({}, ["门店：查找离您最近的门店。", "帮助：退货和配送的常见问题。"]),
    "renamed product": ({8: "使用月光会员卡，您可以在我们的门店累积积分。"}, None),
    "restated promise": ({}, ["简而言之：我们不会出售您的个人信息。"]),
    "new street": ({9: "数据控制者为示例科技有限公司，地址：上海市长宁区银杏路40号。"}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_chinese_policy_is_not_material(case):
    noise_is_not_material(CHINESE, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "我们会将您的收货地址提供给快递公司和广告合作伙伴，以便配送您的包裹。"},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    # the same sentence without its denial: read as one sentence edited, whose reason names the negation removed
    "negation removed": ({3: "我们会出售您的个人信息。"}, None, TP, "negation"),
    "retention lengthened": ({4: "为履行法律义务，我们将发票保存十年。"}, None, "data_retention", "10 year"),
    "retention in digits": ({4: "为履行法律义务，我们将发票保存10年。"}, None, "data_retention", "10 year"),
    "precise location added": (
        {1: "您在我们的网店注册账户时，我们会收集您的姓名、电子邮件地址和精确位置。"},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "您在我们的网店注册账户时，我们会收集您的姓名、电子邮件地址和健康数据。"},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["您的个人信息可能会被转交给Brightads公司。"], TP, "disclosure"),
    "passed on to partners in the passive": ({}, ["您的联系方式会被提供给广告合作伙伴。"], TP, "partners"),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_chinese_policy_is_material_and_says_what(case):
    practice_is_material(CHINESE, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["我们可以将您的购买记录出售给广告主。"])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "您在我们的网店注册账户时，我们会收集您的姓名和健康数据。"})
    assert classify_texts(old, new).severity.value == "critical"


def test_a_new_controller_is_material():
    old, new = _pair({9: "数据控制者为另一集团股份有限公司，地址：上海市长宁区梧桐路12号。"})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("我们绝不分享您的个人信息。", True, False, ()),
        ("我们没有向任何第三方提供您的数据。", True, False, ()),
        ("我们可能会将您的数据保存三个月。", False, True, ((3.0, "month"),)),
        ("我们将数据保存30天，且不会转交他人。", True, False, ((30.0, "day"),)),
        ("我们保留将副本保存两年的权利。", False, True, ((2.0, "year"),)),
        ("我们将发票保存6年。", False, False, ((6.0, "year"),)),
        ("我们将发票保存 6 年。", False, False, ((6.0, "year"),)),
        ("表单数据在24小时后删除，日志在十二个月后删除。", False, False, ((12.0, "month"), (24.0, "hour"))),
        ("本服务不面向未满十四周岁的未成年人。", True, False, ()),
        ("我们的保存期限为二十年。", False, False, ((20.0, "year"),)),
    ],
)
def test_chinese_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("zh", sentence, negated, permissive, quantities)


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("欢迎访问我们的网站。", "right of access"),
        ("我们的门店销售家居用品。", "sale of data"),
        ("我们会把账单提供给您。", "disclosure"),
        ("我们保留修改本政策的权利。", "retention"),
        ("经您同意，应用会读取您的精确位置。", "approximate location"),
        ("公司资产出售时会通知您。", "sale of data"),
    ],
)
def test_chinese_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("zh"), sentence).concepts
