"""A policy in Korean read with its own vocabulary (vocabulary/lang_ko.toml): rewording, menus, a renamed product, a
restated promise and a new street are not material; a changed practice is, and says what. Korean is told by its
script (Hangul), and its particles are glued to the words, so the vocabulary is read anywhere in a word."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from tests.foreign_checks import noise_is_not_material, pair, practice_is_material, reading_holds
from tests.test_classify_foreign import BASES
from tests.test_classify_foreign_pl import POLISH
from tests.test_classify_foreign_ru import RUSSIAN
from tests.test_classify_foreign_sv import SWEDISH

KOREAN = [
    "# 개인정보 처리방침",
    "당사는 귀하가 저희 매장에서 계정을 만들 때 귀하의 이름과 이메일 주소를 수집합니다.",
    "당사는 주문에 대한 청구서를 보내기 위해 귀하의 이메일 주소를 이용합니다.",
    "당사는 귀하의 개인정보를 판매하지 않습니다.",
    "당사는 법적 의무를 이행하기 위해 청구서를 6년 동안 보관합니다.",
    "귀하는 언제든지 귀하의 정보에 대한 열람 및 삭제를 요청할 수 있습니다.",
    "귀하는 자신의 정보에 대하여 개인정보 이동권을 가집니다.",
    "당사는 소포를 배달하기 위해 귀하의 배송 주소를 택배 회사에 전달합니다.",
    "별빛 클럽 카드로 저희 매장에서 포인트를 적립하실 수 있습니다.",
    "개인정보처리자는 주식회사 예시상사이며, 주소는 서울특별시 중구 한빛로 12, 04524입니다.",
]

OTHERS = {**BASES, "sv": SWEDISH, "pl": POLISH, "ru": RUSSIAN}


def _pair(edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    return pair(KOREAN, edit, extra)


def test_the_korean_base_is_told_as_korean():
    found = foreign.language_of("\n".join(KOREAN))
    assert found is not None and found.code == "ko" and found.name == "Korean"


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_the_other_bases_are_not_told_as_korean(lang):
    found = foreign.language_of("\n".join(OTHERS[lang]))
    assert found is None or found.code != "ko"


NOT_MATERIAL = {
    "reworded": ({2: "귀하의 이메일 주소는 주문 청구서를 보내는 데 이용됩니다."}, None),
    "menu": ({}, ["매장 찾기: 가까운 매장을 찾아보세요.", "도움말: 반품과 배송에 관한 질문과 답변."]),
    "renamed product": ({8: "햇살 클럽 카드로 저희 매장에서 포인트를 적립하실 수 있습니다."}, None),
    "restated promise": ({}, ["요약하면, 당사는 귀하의 개인정보를 절대 판매하지 않습니다."]),
    "new street": (
        {9: "개인정보처리자는 주식회사 예시상사이며, 주소는 서울특별시 종로구 푸른로 40, 03154입니다."},
        None,
    ),
}


@pytest.mark.parametrize("case", NOT_MATERIAL)
def test_noise_in_a_korean_policy_is_not_material(case):
    noise_is_not_material(KOREAN, *NOT_MATERIAL[case])


# (edit, lines appended, a category the verdict must name, a word its reason must contain)
TP = "third_party_sharing"
MATERIAL = {
    "new recipient": (
        {7: "당사는 소포를 배달하기 위해 귀하의 배송 주소를 택배 회사와 광고 파트너에게 전달합니다."},
        None,
        TP,
        "partners",
    ),
    "denial dropped": ({3: None}, None, TP, "sale"),
    # one sentence edited: the reason names the negation removed, the category the sale it denied
    "negation removed": ({3: "당사는 귀하의 개인정보를 판매합니다."}, None, TP, "removed a negation"),
    "retention lengthened": (
        {4: "당사는 법적 의무를 이행하기 위해 청구서를 10년 동안 보관합니다."},
        None,
        "data_retention",
        "10 year",
    ),
    "precise location added": (
        {1: "당사는 귀하가 저희 매장에서 계정을 만들 때 귀하의 이름, 이메일 주소 및 정확한 위치를 수집합니다."},
        None,
        "data_collection",
        "precise location",
    ),
    "health data added": (
        {1: "당사는 귀하가 저희 매장에서 계정을 만들 때 귀하의 이름, 이메일 주소 및 건강 정보를 수집합니다."},
        None,
        "data_collection",
        "health",
    ),
    "passed on in the passive": ({}, ["귀하의 정보는 Brightads 회사에 제공될 수 있습니다."], TP, "disclosure"),
    "passed on to partners in the passive": ({}, ["귀하의 연락처 정보는 광고 파트너에게 전달됩니다."], TP, "partners"),
}


@pytest.mark.parametrize("case", MATERIAL)
def test_a_changed_practice_in_a_korean_policy_is_material_and_says_what(case):
    practice_is_material(KOREAN, *MATERIAL[case])


def test_selling_and_health_data_are_critical():
    old, new = _pair({}, ["당사는 귀하의 구매 이력을 광고주에게 판매할 수 있습니다."])
    assert classify_texts(old, new).severity.value == "critical"
    old, new = _pair({1: "당사는 귀하가 계정을 만들 때 귀하의 이름과 건강 정보를 수집합니다."})
    assert classify_texts(old, new).severity.value == "critical"


@pytest.mark.parametrize(
    ("sentence", "negated", "permissive", "quantities"),
    [
        ("당사는 귀하의 정보를 절대 공유하지 않습니다.", True, False, ()),
        ("당사는 귀하의 정보를 3개월 동안 보관할 수 있습니다.", False, True, ((3.0, "month"),)),
        ("당사는 귀하의 정보를 세 달 동안 보관할 수 있습니다.", False, True, ((3.0, "month"),)),
        ("당사는 데이터를 30일 동안 보관하며 외부에 전달하지 않습니다.", True, False, ((30.0, "day"),)),
        ("당사는 사본을 2년간 보관할 권리를 보유합니다.", False, True, ((2.0, "year"),)),
        ("귀하의 정보는 6년 후에 다른 회사로 이전될 수 있습니다.", False, True, ((6.0, "year"),)),
        (
            "양식의 데이터는 24시간 후에, 로그는 12개월 후에 삭제합니다.",
            False,
            False,
            ((12.0, "month"), (24.0, "hour")),
        ),
    ],
)
def test_korean_negations_permissions_and_durations_are_read(sentence, negated, permissive, quantities):
    reading_holds("ko", sentence, negated, permissive, quantities)


def test_a_right_of_the_user_is_not_a_permission_of_the_company():
    # "귀하는 ... 수 있습니다" (you may) is the user's right; only "당사는 ... 수 있습니다" (we may) is a permission
    assert not foreign.read(foreign.language("ko"), KOREAN[5]).permissive


def test_a_denial_restated_with_never_denies_once():
    lang = foreign.language("ko")
    plain = foreign.read(lang, "당사는 귀하의 정보를 판매하지 않습니다.")
    assert foreign.read(lang, "당사는 귀하의 정보를 절대로 판매하지 않습니다.").negations == plain.negations


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("당사는 고객에게 좋은 서비스를 제공하려고 노력합니다.", "disclosure"),
        ("이메일 주소로 청구서를 보내드립니다.", "postal address"),
        ("로그인하면 주문을 확인할 수 있습니다.", "usage data"),
        ("당사는 이 권리를 보유합니다.", "retention"),
        ("정확한 위치를 알려 주시면 배송이 빨라집니다.", "approximate location"),
    ],
)
def test_korean_words_that_look_like_a_practice_do_not_name_it(sentence, concept):
    assert concept not in foreign.read(foreign.language("ko"), sentence).concepts


def test_a_new_controller_is_material():
    old, new = _pair({9: "개인정보처리자는 주식회사 다른그룹이며, 주소는 서울특별시 중구 한빛로 12, 04524입니다."})
    result = classify_texts(old, new)
    assert result.material and "other" in result.categories, [(c.rule, c.reason) for c in result.changes]
