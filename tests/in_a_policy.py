"""The frame the reading tests share: passages of our own words set in a small policy and classified as a pair."""

from __future__ import annotations

from collections.abc import Callable

from monitor.classify.engine import classify_texts
from monitor.domain.values import Classification

#: what follows the passage: a promise and a contact section, so that the passage is one section among others
TAIL = "\nWe answer every request within one month.\n# Contact\nWrite to our support team by post.\n"


def framed(head: str, tail: str = TAIL) -> Callable[[str, str], Classification]:
    """`pair(before, after)`: the two passages classified between `head` and `tail`."""

    def pair(before: str, after: str) -> Classification:
        return classify_texts(head + before + tail, head + after + tail)

    return pair


def why(result: Classification) -> list[tuple[str, str]]:
    """Each change's rule and reason: what an assertion prints when it fails."""
    return [(c.rule, c.reason) for c in result.changes]


def neither_way(pair: Callable[[str, str], Classification], before: str, after: str) -> None:
    """The two passages are judged not material, either way round."""
    for b, a in ((before, after), (after, before)):
        result = pair(b, a)
        assert not result.material, why(result)


def stays_material(pair: Callable[[str, str], Classification], before: str, after: str) -> None:
    """The change from `before` to `after` is judged material."""
    result = pair(before, after)
    assert result.material, why(result)


#: a small policy's opening: an account's data and a sign-in cookie, before the passage a test sets after it
SIGN_IN_OPENING = (
    "# Privacy Policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "We use cookies to keep you signed in.\n\n"
)
#: passages classified after `SIGN_IN_OPENING`, before `TAIL`
SIGN_IN_PAIR = framed(SIGN_IN_OPENING)
