"""A brand written in its short form throughout a policy (session 20), in our own words, with material look-alikes.

"Harbour Lane Books" becoming "HLB" in every sentence that named it is one name written another way: the short
form is made of the long one's leading letters, the old form is gone, and the new one is written as often. Another
name altogether, or a practice changed beside the rename, stays a change.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy of {name}

{name} is responsible for your personal data.

When you register with {name}, you share your name and postal address with the company.

The company may contact you by email about offers provided by {name}.

Records of your orders are kept for two years, for disputes between you and {name}.

You can opt out of further contact with {name} at any time.
"""


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


@pytest.mark.parametrize("long, short", [("Harbour Lane Books", "HLB"), ("Banco de Verde", "BdVerde")])
def test_a_name_written_in_its_short_form_throughout_is_no_change(long, short):
    old, new = POLICY.format(name=long), POLICY.format(name=short)
    assert not _material(old, new)
    assert not _material(new, old)


def test_the_short_form_already_in_the_old_title_is_still_a_rename():
    old = POLICY.format(name="Harbour Lane Books").replace("Privacy policy of Harbour Lane Books", "HLB privacy")
    new = POLICY.format(name="HLB").replace("Privacy policy of HLB", "HLB privacy")
    assert not _material(old, new)


@pytest.mark.parametrize(
    "old, new",
    [
        # another name altogether: another company may speak
        (POLICY.format(name="Harbour Lane Books"), POLICY.format(name="Globex")),
        # a practice changed beside the rename
        (
            POLICY.format(name="Harbour Lane Books"),
            POLICY.format(name="HLB").replace("for two years", "for ten years"),
        ),
    ],
)
def test_another_name_or_a_practice_stays_material(old, new):
    assert _material(old, new)
