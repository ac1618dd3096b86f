"""Lines real captures gain or lose around an unchanged policy, in our own words: an address hidden by a cloaking
script ("you need JavaScript to view our email address"), an introduction saying why the policy was written, a
consent banner's own sentences, the company's mission of helping people "retain their privacy". None states a
practice. Each has a look-alike that does, and is still read. A short policy in another language is read in its own
language, so a changed period there is a change."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Fernhollow Rowing Club\n\nWhen you join the club we collect your name, postal address and email"
    " address. We use them to run your membership and to send you the club newsletter.\n\n## Your choices\n\n"
    "You may stop the newsletter at any time by writing to members@fernhollow.example. You can close your account"
    " by contacting members@fernhollow.example.\n\n## Changes\n\nWe will post any new version on this page.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    "placeholder",
    [
        "you need javascript to view our email address",
        "This email address is being protected from spambots. You need JavaScript enabled to view it.",
        "enable JavaScript to view the email address",
    ],
)
def test_an_address_hidden_by_a_cloaking_script_is_no_change(placeholder):
    new = POLICY.replace("members@fernhollow.example", placeholder)
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


def test_a_right_dropped_beside_a_cloaked_address_is_still_read():
    new = POLICY.replace("members@fernhollow.example", "you need javascript to view our email address").replace(
        "You can close your account by contacting", "You cannot close your account yourself; write to"
    )
    assert _material(POLICY, new)


@pytest.mark.parametrize(
    "intro",
    [
        "Because we want our members to know how we collect, use, share and protect information we collect, we"
        " have written this privacy policy.",
        "We want you to understand what information we collect and how we use it.",
        'Fernhollow Rowing Club ("the Club", "we" or "us") cares about your privacy and the confidentiality of'
        " information shared with us, including through our website.",
    ],
)
def test_an_introduction_saying_why_the_policy_exists_is_no_change(intro):
    new = POLICY.replace("When you join", intro + "\n\nWhen you join")
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


@pytest.mark.parametrize(
    "statement",
    [
        "We want you to know that we share your contact details with our sponsors.",
        "We share information about your races with our sponsors, including through our website.",
    ],
)
def test_an_introduction_that_states_a_practice_is_still_read(statement):
    new = POLICY.replace("When you join", statement + "\n\nWhen you join")
    assert _material(POLICY, new)


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to ensure that we give you the best experience on our website. If you continue to use this"
        " site we will assume that you are happy with it.",
        "This website uses cookies so that we can provide you with the best user experience possible.",
        "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out"
        " if you wish.Accept Read More",
    ],
)
def test_a_consent_banner_captured_under_the_policy_is_no_change(banner):
    new = POLICY + "\n" + banner + "\n"
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


def test_a_cookie_practice_stated_like_a_banner_is_still_read():
    new = POLICY + "\nWe use cookies to follow you across other websites and show you advertising.\n"
    assert _material(POLICY, new)


def test_helping_people_retain_their_privacy_is_no_retention():
    mission = "Since it was founded, the club has helped its members retain their privacy online."
    new = POLICY.replace("When you join", mission + "\n\nWhen you join")
    assert not _material(POLICY, new)
    kept = POLICY.replace("When you join", "We retain your race results for ten years.\n\nWhen you join")
    assert _material(POLICY, kept)


SHORT_SPANISH = (
    "Política de privacidad\n\nConservamos sus datos personales durante 30 días después de la baja de su cuenta."
    " No vendemos sus datos a terceros. Puede pedir el acceso a sus datos escribiendo a nuestro equipo.\n"
)


def test_a_short_policy_in_another_language_is_read_in_it():
    longer = SHORT_SPANISH.replace("30 días", "90 días")
    assert _material(SHORT_SPANISH, longer)
    assert _material(longer, SHORT_SPANISH)
    assert not _material(SHORT_SPANISH, SHORT_SPANISH.replace("Política de privacidad", "POLÍTICA DE PRIVACIDAD"))


def test_a_warning_not_to_send_financial_details_is_advice():
    warning = "Please do not provide financial information through this form."
    new = POLICY.replace("## Changes", warning + "\n\n## Changes")
    assert not _material(POLICY, new)
    assert _material(POLICY, POLICY.replace("## Changes", "We collect your bank account details.\n\n## Changes"))
