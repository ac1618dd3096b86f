"""Same-meaning rewordings of policy sentences (the commonest non-material change), read both ways, with the
material look-alikes beside them: a negation, modal, limit, condition, purpose, recipient or data type that really
changed. Our own sentences, written for this file (red team of session 11, helper `paraphrase`).

The rewordings cover collection, use, sharing, retention, rights, security, cookies, transfers, children and
consent: "in order to" / "to", "such as" / "including", active / passive, "personal data" / "personal information",
"keep" / "retain", "delete" / "erase", "may" / "might", and the stance rewritten without changing it
(modified._stance_reworded): "we do not share it unless you agree" / "we only share it if you agree", "not ... for
more than" / "for no more than", "where you have given your consent" / "with your consent", "if you ask us to" / "at
your request", "if the law requires us to" / "where we are legally required to", "so that we can fix" / "to fix",
"as long as we need it" / "for as long as it is needed". Known gaps of other mechanisms are marked xfail.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.modified import _in_stance_form, _judge_modified
from monitor.domain.values import Change, ChangeKind

#: a short notice of our own around the sentence under test
BASE = (
    "# Privacy notice\n"
    "Harbourline Ltd runs the Harbourline app. This notice explains how we handle personal data.\n"
    "## What we collect\n"
    "We collect your name and email address when you create an account.\n"
    "## Sharing\n"
    "We share personal data with service providers who host our systems. We do not sell your personal data.\n"
    "## Keeping data\n"
    "We keep account data while your account is open.\n"
    "## More\n"
)
TAIL = "\n## Contact\nWrite to privacy@harbourline.example with any question.\n"


def _judge(before: str, after: str):
    return classify_texts(BASE + before + TAIL, BASE + after + TAIL)


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes if c.material]


def _sentence(before: str, after: str):
    """The verdict on the one modified sentence, before the passage around it is read."""
    return _judge_modified(Change(ChangeKind.MODIFIED, before, after)).verdict


SAME = [
    pytest.param(
        "We collect your postal address in order to deliver your orders.",
        "We collect your postal address to deliver your orders.",
        id="c-inorder",
    ),
    pytest.param(
        "We collect contact details such as your name and email address.",
        "We collect contact details, including your name and email address.",
        id="c-suchas-including",
    ),
    pytest.param(
        "We collect contact details such as your name and email address.",
        "We collect contact details, for example your name and email address.",
        id="c-suchas-forexample",
    ),
    pytest.param(
        "We collect your IP address when you visit the site.",
        "Your IP address is collected when you visit the site.",
        id="c-passive",
    ),
    pytest.param(
        "We collect personal data when you create an account.",
        "We collect personal information when you create an account.",
        id="c-persinfo",
    ),
    pytest.param(
        "We collect your personal data when you contact support.",
        "We collect your data when you contact support.",
        id="c-yourdata",
    ),
    pytest.param(
        "When you use the app, we automatically collect device identifiers.",
        "We automatically collect device identifiers when you use the app.",
        id="c-automatic",
    ),
    pytest.param(
        "We receive information about you from the payment provider when you buy a subscription.",
        "When you buy a subscription, the payment provider gives us information about you.",
        id="c-receive",
    ),
    pytest.param(
        "We collect your name and email address when you register, and we use them to set up your account.",
        "We collect your name and email address when you register. We use them to set up your account.",
        id="c-split",
    ),
    pytest.param(
        "We use your email address to send you receipts.",
        "Your email address is used to send you receipts.",
        id="u-passive",
    ),
    pytest.param(
        "We use your email address to send you receipts.",
        "We process your email address for the purpose of sending you receipts.",
        id="u-purpose-of",
    ),
    pytest.param(
        "We analyse how the app is used to improve it.",
        "We carry out analysis of how the app is used in order to improve it.",
        id="u-nominal",
    ),
    pytest.param("We use crash reports to fix bugs.", "We use crash reports so that we can fix bugs.", id="u-so-that"),
    pytest.param(
        "We use usage data to improve the service.", "Usage data helps us improve the service.", id="u-help-us"
    ),
    pytest.param(
        "To keep your account secure, we use your login history.",
        "We use your login history to keep your account secure.",
        id="u-order",
    ),
    pytest.param(
        "We may use your feedback to improve our products.",
        "We might use your feedback to improve our products.",
        id="u-may-might",
    ),
    pytest.param(
        "We use your location to show you nearby stores.",
        "We use your location for showing you nearby stores.",
        id="u-for-ing",
    ),
    pytest.param(
        "Your purchase history is used to recommend products.",
        "We rely on your purchase history to recommend products.",
        id="u-data-for",
    ),
    pytest.param(
        "We do not sell your personal data to third parties.",
        "We do not sell your personal data to other companies.",
        id="s-thirdparties-companies",
    ),
    pytest.param("We will never sell your personal data.", "We never sell your personal data.", id="s-never"),
    pytest.param(
        "We do not share your personal data with third parties unless you ask us to.",
        "We do not share your personal data with third parties except where you ask us to.",
        id="s-unless",
    ),
    pytest.param(
        "We will not share your contact details with advertisers unless you consent.",
        "We will not share your contact details with advertisers without your consent.",
        id="s-unless-consent",
    ),
    pytest.param(
        "We share your order details with delivery companies.",
        "Your order details are shared with delivery companies.",
        id="s-passive",
    ),
    pytest.param(
        "We may disclose your information if the law requires us to do so.",
        "We may disclose your information where we are required to do so by law.",
        id="s-disclose",
    ),
    pytest.param(
        "Our service providers process personal data on our behalf.",
        "Personal data is processed on our behalf by our service providers.",
        id="s-behalf",
    ),
    pytest.param(
        "We share your data only with service providers who help us run the service.",
        "We only share your data with service providers who help us run the service.",
        id="s-only",
    ),
    pytest.param(
        "We share payment details with our payment processor. The processor uses them only to complete your payment.",
        "We share payment details with our payment processor, which uses them only to complete your payment.",
        id="s-merge",
    ),
    pytest.param(
        "We keep your account data for as long as your account is open.",
        "We retain your account data for as long as your account is open.",
        id="r-retain",
    ),
    pytest.param(
        "We store your messages until you delete them.", "Your messages are stored until you delete them.", id="r-store"
    ),
    pytest.param(
        "We delete your account data within 30 days after you close your account.",
        "We erase your account data within 30 days of closing your account.",
        id="r-erase",
    ),
    pytest.param(
        "We delete inactive accounts after two years.", "Inactive accounts are removed after two years.", id="r-remove"
    ),
    pytest.param(
        "We keep personal data no longer than necessary for the purposes described in this notice.",
        "We do not keep personal data for longer than is necessary for the purposes set out in this notice.",
        id="r-nolonger",
    ),
    pytest.param(
        "We retain your data as long as we need it to provide the service.",
        "We retain your data for as long as it is needed to provide the service.",
        id="r-aslongas",
    ),
    pytest.param(
        "We keep chat transcripts for 90 days.",
        "Chat transcripts are automatically deleted after 90 days.",
        id="r-deleted-after",
    ),
    pytest.param(
        "We retain server logs for thirty (30) days.",
        "We delete server logs after 30 days.",
        id="r-we-delete-after",
    ),
    pytest.param(
        "We keep invoices for seven years because tax law requires it.",
        "Tax law requires us to keep invoices. We therefore keep them for seven years.",
        id="r-split",
    ),
    pytest.param(
        "You can withdraw your consent at any time.", "At any time, you can withdraw your consent.", id="rt-anytime"
    ),
    pytest.param(
        "You can ask us for a copy of your personal data.",
        "You are able to ask us for a copy of your personal data.",
        id="rt-able",
    ),
    pytest.param(
        "You may ask us to correct inaccurate personal data.",
        "You may request that we correct inaccurate personal data.",
        id="rt-entitled",
    ),
    pytest.param(
        "We use technical and organisational measures to protect your personal data.",
        "We protect your personal data with technical and organisational measures.",
        id="sec-measures",
    ),
    pytest.param(
        "We encrypt your payment details when they are sent to us.",
        "Your payment details are encrypted when they are sent to us.",
        id="sec-encrypt",
    ),
    pytest.param(
        "Only staff who need it for their work can access your data.",
        "Access to your data is limited to staff who need it for their work.",
        id="sec-access",
    ),
    pytest.param(
        "We review our security practices regularly in order to protect your information.",
        "We regularly review our security practices to protect your information.",
        id="sec-inorder",
    ),
    pytest.param(
        "We use cookies for purposes such as remembering your language.",
        "We use cookies for purposes including remembering your language.",
        id="ck-suchas",
    ),
    pytest.param("We use cookies to keep you signed in.", "Cookies are used to keep you signed in.", id="ck-passive"),
    pytest.param(
        "Cookies are small text files that are placed on your device.",
        "A cookie is a small text file placed on your device.",
        id="ck-small",
    ),
    pytest.param(
        "You can block cookies in your browser settings.",
        "You can use your browser settings to block cookies.",
        id="ck-settings",
    ),
    pytest.param(
        "We use analytics cookies in order to understand how visitors use the site.",
        "We use analytics cookies to understand how visitors use the site.",
        id="ck-inorder",
    ),
    pytest.param(
        "When we transfer data outside the EEA, we rely on standard contractual clauses.",
        "We rely on standard contractual clauses when we transfer data outside the EEA.",
        id="t-outside",
    ),
    pytest.param(
        "Your data may be transferred to countries outside the EEA.",
        "We may transfer your data to countries outside the EEA.",
        id="t-passive",
    ),
    pytest.param(
        "We make sure that appropriate safeguards are in place when data is transferred abroad.",
        "When data is transferred abroad, we ensure appropriate safeguards are in place.",
        id="t-safeguards",
    ),
    pytest.param(
        "We do not knowingly collect personal data from children under 13.",
        "We do not knowingly collect personal information from children under the age of 13.",
        id="ch-knowingly",
    ),
    pytest.param(
        "The service is not meant for children under 16.",
        "The service is not intended for children under 16.",
        id="ch-meant",
    ),
    pytest.param(
        "If we learn that we have collected data from a child under 13, we will delete it.",
        "If we learn that we have collected data from a child under 13, we will remove it.",
        id="ch-delete",
    ),
    pytest.param(
        "If we find out that a child under 13 has given us personal data, we will delete it.",
        "If we become aware that a child under 13 has provided us with personal data, we will delete that data.",
        id="ch-become-aware",
    ),
    pytest.param(
        "With your consent, we send you marketing emails.",
        "We send you marketing emails if you have consented to them.",
        id="m-consent-with",
    ),
    pytest.param(
        "You can unsubscribe from marketing emails at any time.",
        "You can opt out of marketing emails at any time.",
        id="m-unsubscribe",
    ),
    pytest.param(
        "Each marketing email contains a link you can use to unsubscribe.",
        "You can unsubscribe using the link included in each marketing email.",
        id="m-link",
    ),
    pytest.param(
        "We process your personal data to provide the service.",
        "We handle your personal data in order to provide the service.",
        id="g-process",
    ),
    pytest.param(
        "We process your data because it is necessary to perform our contract with you.",
        "We process your data because this is necessary for the performance of our contract with you.",
        id="g-legal",
    ),
    pytest.param(
        "We rely on our legitimate interests to analyse how the service is used.",
        "Our legitimate interests are the legal basis for analysing how the service is used.",
        id="g-legit",
        marks=pytest.mark.xfail(
            reason="'the legal basis for' beside a basis already named reads as a basis added (concept delta)",
            strict=False,
        ),
    ),
    pytest.param(
        "We may keep some data longer if the law requires it.",
        "We may keep some data for longer where required by law.",
        id="g-law",
    ),
    pytest.param(
        "We collect device information (for example, your browser type).",
        "We collect device information (e.g. your browser type).",
        id="g-e.g.",
    ),
    pytest.param(
        "This information helps us understand how our service is used.",
        "We use this information to understand how our service is used.",
        id="g-helps-understand",
    ),
    pytest.param(
        "We also collect information about your device.",
        "In addition, we collect information about your device.",
        id="g-in-addition",
    ),
    pytest.param(
        "We use your contact information to respond to your questions.",
        "We use your contact details to answer your questions.",
        id="g-bothsides-ids",
    ),
    pytest.param(
        "We will only share your location with partners if you agree.",
        "We will not share your location with partners unless you agree.",
        id="p-onlyif-unless",
    ),
    pytest.param(
        "We will not keep your search history for more than 30 days.",
        "We will keep your search history for no more than 30 days.",
        id="p-not-more-than",
    ),
    pytest.param(
        "We do not use your data for advertising unless you opt in.",
        "We use your data for advertising only if you opt in.",
        id="p-optin",
    ),
    pytest.param(
        "We may share data where the law requires it.",
        "We may share data if we are legally required to.",
        id="p-legally",
    ),
    pytest.param(
        "We collect your location so that we can show you nearby stores.",
        "We collect your location to show you nearby stores.",
        id="p-sothat-collect",
    ),
    pytest.param(
        "We cannot see your full card number.", "We are not able to see your full card number.", id="p-cannot"
    ),
    pytest.param(
        "At your request, we will delete your data.", "If you ask us to, we will delete your data.", id="p-request"
    ),
    pytest.param(
        "We will delete your data when you ask us to.", "We will delete your data upon your request.", id="p-upon"
    ),
    pytest.param(
        "We retain server logs for 12 months.", "Server logs are kept for a period of 12 months.", id="p-period"
    ),
    pytest.param(
        "We use service providers to host our systems.", "Our systems are hosted by service providers.", id="p-host"
    ),
    pytest.param(
        "We keep your data only as long as necessary.",
        "We keep your data for no longer than necessary.",
        id="p-onlyaslong",
    ),
    pytest.param(
        "We never share your health data without your explicit consent.",
        "We only share your health data with your explicit consent.",
        id="p-without-prior",
    ),
    pytest.param(
        "Where you have given your consent, we use your email address for newsletters.",
        "With your consent, we use your email address for newsletters.",
        id="p-consent-where",
    ),
    pytest.param(
        "We may use your information in order to prevent fraud.",
        "We may use your information to prevent fraud.",
        id="p-inorderto-may",
    ),
    pytest.param(
        "We collect data including, but not limited to, your name.",
        "We collect data including your name.",
        id="p-not-limited",
    ),
    pytest.param(
        "No personal data is shared with advertisers unless you consent.",
        "Personal data is shared with advertisers only with your consent.",
        id="p-no-subject",
    ),
    pytest.param(
        "We do not retain recordings beyond 30 days.", "We retain recordings for no more than 30 days.", id="p-beyond"
    ),
    pytest.param(
        "Unless you opt in, we do not use your data for ads.",
        "We only use your data for ads if you opt in.",
        id="p-fronted",
    ),
    pytest.param(
        "We will not sell your data, unless you tell us to.",
        "We will only sell your data at your request.",
        id="p-tell-us",
    ),
]

LOOK_ALIKES = [
    pytest.param(
        "We may use your feedback to improve our products.",
        "We will use your feedback to improve our products.",
        id="x-may-will",
    ),
    pytest.param(
        "We never share your location with advertisers.",
        "We rarely share your location with advertisers.",
        id="x-never-rarely",
    ),
    pytest.param(
        "We do not share your contact details with advertisers unless you consent.",
        "We share your contact details with advertisers even if you do not consent.",
        id="x-unless-even",
    ),
    pytest.param(
        "We collect contact details such as your name and email address.",
        "We collect contact details such as your name, email address and health records.",
        id="x-suchas-sensitive",
    ),
    pytest.param(
        "We use your purchase history to recommend products.",
        "We use your purchase history to show you targeted advertising.",
        id="x-purpose-ads",
    ),
    pytest.param("We delete your data after 30 days.", "We anonymise your data after 30 days.", id="x-delete-anon"),
    pytest.param(
        "We share your order details with delivery companies.",
        "We share your order details with delivery companies and advertising partners.",
        id="x-thirdparty-added",
    ),
    pytest.param(
        "We retain your data for as long as your account is open.",
        "We retain your data for five years after your account is closed.",
        id="x-retain-period",
    ),
    pytest.param(
        "We do not sell your personal data to third parties.",
        "We sell your personal data to third parties.",
        id="x-not-dropped",
    ),
    pytest.param(
        "We share your data only with service providers who help us run the service.",
        "We share your data with service providers who help us run the service.",
        id="x-only-dropped",
    ),
    pytest.param(
        "With your consent, we send you marketing emails.", "We send you marketing emails.", id="x-consent-dropped"
    ),
    pytest.param(
        "We do not knowingly collect personal data from children under 13.",
        "We do not knowingly collect personal data from children under 16.",
        id="x-age",
    ),
    pytest.param(
        "We may transfer your data to countries outside the EEA.",
        "We may transfer your data to the United States and China.",
        id="x-transfer-dest",
    ),
    pytest.param(
        "You can withdraw your consent at any time.",
        "You can withdraw your consent within 14 days.",
        id="x-anytime-dropped",
    ),
    pytest.param(
        "We do not share your personal data with third parties unless you ask us to.",
        "We do not share your personal data with third parties unless the law allows us to.",
        id="x-unless-law",
    ),
    pytest.param(
        "We keep your messages until you delete them.",
        "We share your messages until you delete them.",
        id="x-keep-share",  # sharing with nobody named is a fact of its own (facts._names_recipient)
    ),
    pytest.param(
        "We encrypt your payment details when they are sent to us.",
        "We may encrypt your payment details when they are sent to us.",
        id="x-security-drop",
        marks=pytest.mark.xfail(
            reason="'may' added to a safeguard whose verb ('encrypt') is no verb of data handling", strict=False
        ),
    ),
    pytest.param(
        "We use cookies to keep you signed in.",
        "We use cookies to keep you signed in and to show you personalised ads.",
        id="x-cookies-ads",
    ),
    pytest.param(
        "If we learn that we have collected data from a child under 13, we will delete it.",
        "If we learn that we have collected data from a child under 13, we may keep it.",
        id="x-children-delete",
    ),
    pytest.param(
        "We collect your name and email address when you register, and we use them to set up your account.",
        "We collect your name and email address when you register. We use them to set up your account and to"
        " build advertising profiles.",
        id="x-split-extra",
    ),
    pytest.param(
        "We collect contact details such as your name and email address.",
        "We collect your name, email address and biometric data.",
        id="x-suchas-scope",
    ),
    pytest.param(
        "We analyse how the app is used to improve it.",
        "We carry out analysis of how the app is used in order to sell insights to data brokers.",
        id="x-nominal-sell",
    ),
    pytest.param(
        "We will only share your location with partners if you agree.",
        "We will share your location with partners.",
        id="y-onlyif-dropped",
    ),
    pytest.param(
        "We will not keep your search history for more than 30 days.",
        "We will keep your search history for more than 30 days.",
        id="y-not-more-than",
    ),
    pytest.param(
        "We do not use your data for advertising unless you opt in.",
        "We use your data for advertising unless you opt out.",
        id="y-optin-out",
    ),
    pytest.param(
        "We share data only where the law requires it.", "We share data where the law allows it.", id="y-legally-may"
    ),
    pytest.param(
        "We collect your location so that we can show you nearby stores.",
        "We collect your location so that advertisers can show you nearby stores.",
        id="y-sothat-ads",
    ),
    pytest.param(
        "We never share your health data without your explicit consent.",
        "We share your health data without your explicit consent.",
        id="y-without-with",
    ),
    pytest.param(
        "Where you have given your consent, we use your email address for newsletters.",
        "We use your email address for newsletters.",
        id="y-consent-where-drop",
    ),
    pytest.param(
        "We keep your data for no longer than necessary.", "We keep your data for longer than necessary.", id="y-longer"
    ),
    pytest.param(
        "We do not share your data with partners unless you consent.",
        "We share your data with partners unless you object.",
        id="z-unless-object",
    ),
    pytest.param(
        "We do not share your data with partners unless you consent.",
        "We only share your data with partners if you do not object.",
        id="z-ifnotobject",
    ),
    pytest.param(
        "We will not keep your data for more than 30 days.",
        "We will keep your data for no more than 90 days.",
        id="z-bound-qty",
    ),
    pytest.param(
        "We never share your health data without your explicit consent.",
        "We only share your health data with your consent.",
        id="z-explicit-drop",
    ),
    pytest.param(
        "We do not sell your data unless the law requires us to.",
        "We sell your data where the law permits it.",
        id="z-law-permit",
    ),
    pytest.param(
        "We use crash reports so that we can fix bugs.",
        "We use crash reports so that our partners can fix bugs.",
        id="z-sothat-partner",
    ),
    pytest.param(
        "We use your location so that we can show you nearby stores.",
        "We use your location so that we can show you targeted ads.",
        id="z-sothat-ads",
    ),
    pytest.param(
        "We use your email for newsletters if you consent.",
        "We use your email for newsletters unless you object.",
        id="z-consent-object",
    ),
    pytest.param(
        "At your request, we will delete your data.",
        "At our discretion, we may delete your data.",
        id="z-request-discretion",
    ),
    pytest.param(
        "We may share your data where required by law.",
        "We may share your data where permitted by law.",
        id="z-required-permitted",
    ),
    pytest.param(
        "We never sell your data without your consent.", "We sell your data, even with your consent.", id="z-even-with"
    ),
    pytest.param(
        "We do not use cookies for advertising unless you accept them.",
        "We use cookies for advertising unless you reject them.",
        id="z-optin-optout",
    ),
    pytest.param(
        "We will not share your location without your consent.",
        "We will share your location with your consent or where our partners ask for it.",
        id="z-without-anyway",
    ),
    pytest.param(
        "We will delete your data when you ask us to.",
        "We will delete your data when we decide to.",
        id="z-request-we-decide",
    ),
    pytest.param(
        "We collect your location so that we can show you nearby stores.",
        "We collect your location so that we can sell it to advertisers.",
        id="z-sothat-can-sell",
    ),
    pytest.param(
        "We retain your data for as long as we need it.", "We retain your data indefinitely.", id="z-aslong-forever"
    ),
    pytest.param(
        "We keep chat transcripts for 90 days.",
        "Chat transcripts are automatically deleted after 180 days.",
        id="z-deleted-later",
    ),
    pytest.param(
        "We keep chat transcripts for 90 days.",
        "Chat transcripts are shared with our partners after 90 days.",
        id="z-shared-after",
    ),
    pytest.param(
        "We retain your data for as long as we need it.",
        "We retain your data for as long as we need it and for five years afterwards.",
        id="z-aslong-account",
    ),
    pytest.param(
        "We never keep your voice recordings for longer than 24 hours.",
        "We keep your voice recordings for longer than 24 hours.",
        id="z-never-bound-sell",
    ),
    pytest.param(
        "No personal data is shared with advertisers unless you consent.",
        "Personal data is shared with advertisers unless you object.",
        id="y-no-subject-object",
    ),
    pytest.param(
        "We do not retain recordings beyond 30 days.", "We retain recordings beyond 30 days.", id="y-beyond-lifted"
    ),
    pytest.param(
        "Unless you opt in, we do not use your data for ads.",
        "Unless you opt out, we use your data for ads.",
        id="y-fronted-optout",
    ),
]


@pytest.mark.parametrize(("before", "after"), SAME)
def test_a_same_meaning_rewording_is_not_material_either_way(before, after):
    for old, new in ((before, after), (after, before)):
        verdict = _sentence(old, new)
        assert not verdict.material, (old, new, verdict.reason)
        result = _judge(old, new)
        assert not result.material, (old, new, _why(result))


@pytest.mark.parametrize(("before", "after"), LOOK_ALIKES)
def test_a_look_alike_that_changes_the_practice_stays_material(before, after):
    assert _sentence(before, after).material
    result = _judge(before, after)
    assert result.material, (before, after)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a denial with an exception, said as the practice limited to the exception
        ("We do not share it with partners unless you agree.", "We only share it with partners with your consent."),
        ("We won’t sell it without your prior consent.", "We will only sell it with your prior consent."),
        ("We cannot see it except where you show it to us.", "We can only see it if you show it to us."),
        # a denial moved onto the bound
        ("We will not keep logs for more than 30 days.", "We will keep logs for no more than 30 days."),
        ("We never keep it longer than we need to.", "We keep it for no longer than we need to."),
        # conditions written one way, the capital of a sentence's first word kept
        ("Where you have given us your explicit consent, we use it.", "With your explicit consent, we use it."),
        ("When you ask us to, we erase it.", "At your request, we erase it."),
        ("We disclose it if the law requires us to.", "We disclose it where required by law."),
        (
            "We disclose it if we are legally required to disclose it.",
            "We disclose it where required by law to disclose it.",
        ),
        ("We use it so that we can fix bugs.", "We use it to fix bugs."),
        ("We keep it as long as we need it.", "We keep it for as long as needed."),
    ],
)
def test_the_stance_is_written_one_way(text, written):
    assert _in_stance_form(text)[0] == written


@pytest.mark.parametrize(
    "text",
    [
        # the condition belongs to another clause with its own subject: left as written
        "We do not sell your data, and we share it with partners unless you object.",
        # agreeing to terms is no consent to the practice
        "We share it if you agree to our Terms.",
        # "when you ask us to delete it": the verb asked for follows, no condition to rewrite
        "We will erase your data when you ask us to delete it.",
        # a bound with no denial
        "We keep it for longer than 30 days.",
    ],
)
def test_what_is_no_such_stance_is_left_as_written(text):
    assert _in_stance_form(text) == (text, [])


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the condition's trigger moved between the reader, the law and the company
        ("We may share your data where required by law.", "We may share your data where permitted by law."),
        ("We will delete your data when you ask us to.", "We will delete your data when we decide to."),
        ("We share your data with your consent.", "We share your data where the law allows us to."),
        ("We disclose your messages if the law requires it.", "We disclose your messages at our discretion."),
    ],
)
def test_a_practice_left_to_another_kind_of_condition_is_material(before, after):
    verdict = _sentence(before, after)
    assert verdict.material, verdict.reason


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the same kinds of condition in other words, or in another order
        (
            "We disclose data where required by law or with your consent.",
            "With your consent or if the law requires us to, we disclose data.",
        ),
        ("We delete your data at your request.", "We delete your data if you ask us to."),
        ("We may share data if we are legally obliged to.", "We may share data where the law requires us to."),
        ("We may share data where permitted by law.", "We may share data where the law allows it."),
    ],
)
def test_the_same_kind_of_condition_in_other_words_is_not_material(before, after):
    for old, new in ((before, after), (after, before)):
        verdict = _sentence(old, new)
        assert not verdict.material, (old, new, verdict.reason)
        assert not _judge(old, new).material


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("We keep your photos on our servers.", "We share your photos."),
        ("We use your purchase history to suggest products.", "We disclose your purchase history."),
        ("We store your location while the app is open.", "We transmit your location while the app is open."),
    ],
)
def test_sharing_with_nobody_named_is_a_new_act(before: str, after: str) -> None:
    """The act of sharing is a fact when no recipient carries it (session 11: the passage rule read these as the same
    facts, because a recipient used to be the only fact of sharing)."""
    assert _judge(before, after).material


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("We may share your information as described below.", "We may disclose your information as described below."),
        ("We share your data with service providers.", "Service providers receive your data."),
        ("We share your information with:", "We disclose your information to the following recipients:"),
    ],
)
def test_sharing_reworded_or_pointing_to_its_recipients_is_the_same_act(before: str, after: str) -> None:
    for old, new in ((before, after), (after, before)):
        assert not _judge(old, new).material, (old, new, _why(_judge(old, new)))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("We encrypt your messages in transit.", "We may encrypt your messages in transit."),
        ("We pseudonymise your purchase history.", "We may pseudonymise your purchase history."),
    ],
)
def test_a_safeguard_over_named_data_made_optional_is_material(before: str, after: str) -> None:
    """The kinds of data a safeguard protects do not outweigh it (traits._base_protective): "may" added to it is a
    weaker promise, as for "your data"."""
    assert _judge(before, after).material


def test_a_title_naming_sharing_is_no_act_of_sharing() -> None:
    """ "## Sharing" states no act: a summary sharing "only" with the recipients the body names stays restated."""
    summary = "In short: we share personal data only with service providers, and we never sell it.\n"
    assert not _judge("", summary).material
