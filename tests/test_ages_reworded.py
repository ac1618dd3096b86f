"""An age limit reworded around the same ages is no change; another age, or another party beside it, is. A limit said
by a verb ("we restrict the use of the app to adults") is a limit. Our own
sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed, neither_way, stays_material
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts

HEAD = (
    '# Who we are\nQuill Notes Ltd ("we") makes a note-taking app. We collect your name and email address when you '
    "sign up.\n# Young people\n"
)

_pair = framed(HEAD)

BEFORE = "Teenagers who are at least 14 years old but under 18 years old may use the app with a parent's consent."


@pytest.mark.parametrize(
    "after",
    [
        "A teenager who is at least 14 but under 18 may use the app with a parent's consent.",
        "Teenagers aged at least 14 years but under 18 may use the app with a parent's consent.",
    ],
)
def test_an_age_limit_reworded_is_not_material(after):
    neither_way(_pair, BEFORE, after)


@pytest.mark.parametrize(
    "after",
    [
        "A teenager who is at least 13 but under 18 may use the app with a parent's consent.",
        "Teenagers who are at least 14 years old but under 18 years old may use the app with a teacher's consent.",
    ],
)
def test_another_age_or_another_party_beside_it_stays_material(after):
    stays_material(_pair, BEFORE, after)


def test_an_age_limit_moved_and_reworded_is_not_material():
    """The paragraph moves to another section and says the limit with a verb instead of an adjective."""
    head = (
        '# Who we are\nQuill Notes Ltd ("we") makes a note-taking app. We collect your name and email address when '
        "you sign up.\n"
    )
    old_limit = (
        "Although anyone may read our blog, we restrict the use of the app to people aged 18 and over. We do not "
        "knowingly collect or maintain personal data from children under 13.\n"
    )
    new_limit = (
        "Although anyone may read our blog, use of the app is limited to people who are 18 years of age or older. "
        "We do not knowingly collect or retain personal data from children younger than 13.\n"
    )
    rest = "# Security\nWe encrypt your notes at rest.\n# Contact\nWrite to our support team by post.\n"
    before = head + "# Young people\n" + old_limit + rest
    after = head + rest.replace("# Contact", "# Young people\n" + new_limit + "# Contact")
    for b, a in ((before, after), (after, before)):
        result = classify_texts(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    "after",
    [
        "We restrict the use of the app to people aged 16 and over.",
        "We restrict the use of the app to people aged 18 and over, and keep the notes of children we find.",
    ],
)
def test_an_age_limit_said_by_a_verb_changed_stays_material(after):
    stays_material(_pair, "We restrict the use of the app to people aged 18 and over.", after)


def test_a_limit_the_reader_may_ask_for_made_the_companys_own_stays_material():
    stays_material(
        _pair,
        "You can ask that we limit the use of your sensitive data to what is needed to run the app.",
        "We limit the use of your sensitive data to what is needed to run the app.",
    )


def test_an_age_limit_pointed_back_to_is_no_age_collected():
    before = "We do not knowingly collect data from children under 16 or let such children open an account."
    after = (
        "We do not knowingly collect data from children under 16, nor do we let anyone under that age open an account."
    )
    neither_way(_pair, before, after)


def test_the_readers_age_collected_stays_material():
    stays_material(
        _pair,
        "We ask for your name when you open an account.",
        "We ask for your name and age when you open an account.",
    )
