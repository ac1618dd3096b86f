"""Policies in scripts written without spaces between words (Chinese, Japanese, Thai): Chinese and Japanese are read
with their own vocabulary (tests/test_classify_foreign_zh.py, _ja.py), Thai and the others are reported.

The English rules count words by spaces: a whole sentence of such a script is one "word", so it looked like a menu
label or a heading and its edits were taken for page furniture. Such a policy is not English (its letters say so
even where a few Latin lines come with it), and a changed sentence in it is reported for a person to read, as in
any language the classifier has no vocabulary for; a changed date line or a short label is still not a change.
"""

from __future__ import annotations

from monitor.classify.engine import classify_texts
from monitor.classify.unread import _english

JAPANESE = """# プライバシーポリシー
当社は、サービスの提供のために、お客様の氏名、メールアドレスおよび電話番号を取得します。
当社は、お客様の個人情報を第三者に販売することはありません。
取得した情報は、契約の終了後五年間保管し、その後削除します。
ご質問は、サポート窓口までお寄せください。
最終更新日：2024年5月1日"""

CHINESE = """# 隐私政策
我们会收集您的姓名、电子邮件地址和设备信息，用于提供和改进我们的服务。
未经您的同意，我们不会与任何第三方共享您的个人信息。
您可以随时在账户设置中删除您的数据。
更新日期：2024年3月1日"""


def test_a_policy_in_an_unspaced_script_is_not_read_as_english():
    assert not _english(JAPANESE) and not _english(CHINESE)
    assert not _english(JAPANESE + "\nCookie settings\nContact us")  # a few Latin menu lines change nothing


def test_a_changed_sentence_in_japanese_or_chinese_is_reported():
    sold = JAPANESE.replace("第三者に販売することはありません", "広告パートナーに販売することがあります")
    result = classify_texts(JAPANESE, sold)
    # read in Japanese now that it has a vocabulary (vocabulary/lang_ja.toml), no longer only reported
    assert result.material and any(c.rule == "foreign-practice" for c in result.changes if c.material)
    shared = CHINESE.replace("我们不会与任何第三方共享", "我们可能会与广告合作伙伴共享")
    assert classify_texts(CHINESE, shared).material


def test_a_new_date_line_or_a_renamed_heading_is_not_a_change():
    dated = JAPANESE.replace("2024年5月1日", "2025年3月9日")
    assert not classify_texts(JAPANESE, dated).material
    assert not classify_texts(CHINESE, CHINESE.replace("2024年3月1日", "2025年1月15日")).material
    assert not classify_texts(CHINESE, CHINESE.replace("# 隐私政策", "# 隐私声明")).material
