"""An age limit reworded around the same ages is no change; another age, or another party beside it, is. Our own
sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

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
    for b, a in ((BEFORE, after), (after, BEFORE)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    "after",
    [
        "A teenager who is at least 13 but under 18 may use the app with a parent's consent.",
        "Teenagers who are at least 14 years old but under 18 years old may use the app with a teacher's consent.",
    ],
)
def test_another_age_or_another_party_beside_it_stays_material(after):
    result = _pair(BEFORE, after)
    assert result.material, _why(result)
