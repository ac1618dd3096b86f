"""Following the reader beyond the service is a practice of its own (concept `cross-site tracking`): cookies that
also record "your activity on other websites", identifiers that "recognise you across your different devices",
"to follow your browsing on non-Acme websites". Tracking on the service itself, said in other words, is not that.
Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nWillow Recipes Ltd ("we") runs the recipe site. We collect your name and email address when you '
    "sign up.\n# Cookies\n"
)
_pair = framed(HEAD)
BASE = "Performance cookies tell us how visitors use our site, for example which pages are popular."


@pytest.mark.parametrize(
    "after",
    [
        "Performance cookies tell us how visitors use our site and the other websites they visit, for example which "
        "pages are popular.",
        "Performance cookies tell us how visitors use our site, for example which pages are popular, and let our "
        "partners recognise you across your different devices.",
        "Performance cookies tell us how visitors use our site and follow your browsing on non-Willow websites, for "
        "example which pages are popular.",
    ],
)
def test_tracking_beyond_the_service_is_material(after):
    result = _pair(BASE, after)
    assert result.material, _why(result)


def test_tracking_on_the_service_in_other_words_is_not_material():
    after = "Performance cookies show us how people use our site, such as which pages are popular."
    for b, a in ((BASE, after), (after, BASE)):
        result = _pair(b, a)
        assert not result.material, _why(result)
