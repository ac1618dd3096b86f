"""A policy in Japanese read with its own vocabulary (vocabulary/lang_ja.toml): rewording, menus, a renamed product,
a restated promise and a new street are not material; a changed practice is, and says what. Japanese is written
without spaces and told by its script (kana), not by its stopwords."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from monitor.domain.values import Change, ChangeKind
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES
from tests.test_classify_foreign_pl import POLISH
from tests.test_classify_foreign_ru import RUSSIAN
from tests.test_classify_foreign_sv import SWEDISH

JAPANESE = [
    "# プライバシーポリシー",
    "当社は、お客様がアカウントを作成する際に、お名前とメールアドレスを収集します。",
    "当社は、お客様に請求書をお送りするためにメールアドレスを利用します。",
    "当社は、お客様の個人データを販売しません。",
    "当社は、法令上の義務を果たすため、請求書を六年間保管します。",
    "お客様は、いつでもご自身のデータへのアクセスおよび削除を請求できます。",
    "お客様には、データポータビリティの権利があります。",
    "当社は、商品をお届けするため、お届け先住所を配送業者と共有します。",
    "スターカードをご利用いただくと、当社の店舗でポイントが貯まります。",
    "データ管理者は、株式会社サンプル（〒100-0001 東京都千代田区桜通り1-2-3）です。",
]
OTHER_BASES = {**BASES, "sv": SWEDISH, "pl": POLISH, "ru": RUSSIAN}
CHINESE = "\n".join(
    [
        "# 隐私政策",
        "我们在您创建账户时收集您的姓名和电子邮件地址。",
        "我们不会出售您的个人数据。",
        "我们将发票保存六年，以履行我们的法律义务。",
    ]
)


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(JAPANESE, edit, extra)


def test_the_japanese_base_is_told_as_japanese():
    found = foreign.language_of("\n".join(JAPANESE))
    assert found is not None and found.code == "ja" and found.name == "Japanese"


@pytest.mark.parametrize("lang", sorted(OTHER_BASES))
def test_the_other_bases_are_not_told_as_japanese(lang):
    found = foreign.language_of("\n".join(OTHER_BASES[lang]))
    assert found is None or found.code != "ja"


def test_chinese_without_kana_is_not_told_as_japanese():
    found = foreign.language_of(CHINESE)
    assert found is None or found.code != "ja"


NOT_MATERIAL = {
    "reworded": ({2: "お客様のメールアドレスは、請求書の送付のために利用されます。"}, None),
    "menu": ({}, ["店舗一覧：お近くの店舗を探す。", "ヘルプ：返品と発送についてのよくある質問。"]),
    "renamed product": ({8: "サンカードをご利用いただくと、当社の店舗でポイントが貯まります。"}, None),
    "restated promise": ({}, ["要約すると、当社はお客様の個人データを決して販売しません。"]),
    "new street": ({9: "データ管理者は、株式会社サンプル（〒100-0001 東京都千代田区楓通り4-5-6）です。"}, None),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_japanese_policy_is_not_material(case):
    noise_is_not_material(JAPANESE, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "当社は、商品をお届けするため、お届け先住所を配送業者および広告パートナーと共有します。"},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    "negation removed": ({3: "当社は、お客様の個人データを販売します。"}, None, TP, "negation"),
    "retention lengthened": (
        {4: "当社は、法令上の義務を果たすため、請求書を十年間保管します。"},
        None,
        "data_retention",
        "10 year",
    ),
    "retention lengthened in digits": (
        {4: "当社は、法令上の義務を果たすため、請求書を10年間保管します。"},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "当社は、お客様がアカウントを作成する際に、お名前、メールアドレスおよび正確な位置情報を収集します。"},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "当社は、お客様がアカウントを作成する際に、お名前、メールアドレスおよび健康に関する情報を収集します。"},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": (
        {},
        ["お客様のデータは、ブライトアズ社に提供される場合があります。"],
        TP,
        "disclosure",
    ),
    "passed on to partners in the passive": (
        {},
        ["お客様の連絡先情報は、広告パートナーに提供されます。"],
        TP,
        "partners",
    ),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_japanese_policy_is_material_and_says_what(case):
    practice_is_material(JAPANESE, *MATERIAL[case])


def _judged(edit: dict[int, str | None], extra: list[str] | None) -> list:
    """Each changed line of the edit judged by the Japanese reading alone (foreign.judge), as the engine would once
    the lines reach it: a line replaced is modified, a line dropped removed, a line appended added."""
    old, new = pair(JAPANESE, edit, extra)
    versions = foreign.Versions(foreign.language("ja"), old, new)
    changes = [
        Change(ChangeKind.MODIFIED, JAPANESE[k], text)
        if text is not None
        else Change(ChangeKind.REMOVED, JAPANESE[k], None)
        for k, text in edit.items()
    ] + [Change(ChangeKind.ADDED, None, text) for text in extra or []]
    return [foreign.judge(change, versions).verdict for change in changes]


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_is_not_material_to_the_japanese_reading(case):
    verdicts = _judged(*NOT_MATERIAL[case])
    assert verdicts and not any(v.material for v in verdicts), [(v.rule, v.reason) for v in verdicts]


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_is_material_to_the_japanese_reading_and_says_what(case):
    edit, extra, category, word = MATERIAL[case]
    verdicts = [v for v in _judged(edit, extra) if v.material]
    assert verdicts and {v.rule for v in verdicts} == {"foreign-practice"}, verdicts
    assert category in {c for v in verdicts for c in v.categories}, [v.categories for v in verdicts]
    assert any(word in v.reason for v in verdicts), [v.reason for v in verdicts]


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["当社は、お客様の購入履歴を広告主に販売することがあります。"])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "当社は、お客様がアカウントを作成する際に、お名前と健康に関する情報を収集します。"})
    assert classify_texts(old, new).severity.value == "critical"


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("当社は、お客様のデータを決して共有しません。", True, False, ()),
        ("当社は、お客様のデータを三か月間保存する場合があります。", False, True, ((3.0, "month"),)),
        ("データは30日間保存し、第三者には提供しません。", True, False, ((30.0, "day"),)),
        ("当社は、コピーを二年間保管する権利を留保します。", False, True, ((2.0, "year"),)),
        ("請求書は6年間保管します。", False, False, ((6.0, "year"),)),
        (
            "フォームのデータは24時間後に、ログは十二か月後に削除します。",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
        ("本ポリシーは6月1日に改定され、二十年ぶりの見直しです。", False, False, ((20.0, "year"),)),
    ],
)
def test_japanese_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("ja", sentence, negated, permissive, quantities)


def test_a_denial_restated_with_never_denies_once():
    # "決して" and "一切" only strengthen the verb's own negation: they are not counted again
    lang = foreign.language("ja")
    plain = foreign.read(lang, "当社はお客様のデータを販売しません。")
    for sentence in ("当社はお客様のデータを決して販売しません。", "当社はお客様のデータを一切販売しません。"):
        assert foreign.read(lang, sentence).negations == plain.negations, sentence


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("当店では家具と雑貨を販売しています。", "sale of data"),
        ("当社はオンラインでサービスを提供します。", "disclosure"),
        ("メールでお問い合わせください。", "AI model training"),
        ("当社は価格を変更する権利を留保します。", "rights"),
        ("ポイントカードで割引を受けられます。", "payment data"),
        ("アプリはお客様の正確な位置情報を取得します。", "approximate location"),
    ],
)
def test_japanese_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("ja"), sentence).concepts


def test_selling_and_health_data_are_critical_to_the_japanese_reading():
    for edit, extra in (
        ({}, ["当社は、お客様の購入履歴を広告主に販売することがあります。"]),
        ({1: "当社は、お客様がアカウントを作成する際に、お名前と健康に関する情報を収集します。"}, None),
    ):
        assert any(v.severity.value == "critical" for v in _judged(edit, extra)), (edit, extra)
