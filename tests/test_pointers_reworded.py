"""A sentence that only points the reader to another section, reworded ("Please refer to Section 6 for more on
marketing e-mails, including how to opt out" -> "For more on marketing e-mails, including how to opt out, see
'Marketing' under 'Your choices' (Section 6) below"), is where to read, not what is done, when each version names
only topics the other version states. A reworded pointer that now names a sale, or a topic the policy never
states, stays material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nMeadow Bakery Ltd ("we") runs the ordering app. We collect your name and email address when you '
    "order.\n# Marketing\nWe send marketing e-mails about new cakes. You can opt out of marketing e-mails with the "
    "link in each e-mail.\n# Your data\n"
)


_pair = framed(HEAD)


def test_a_pointer_reworded_whose_topics_both_versions_state_is_not_material():
    before = (
        "Please refer to Section 1 of this policy for more information on marketing e-mails, including how to opt "
        "out of marketing e-mails."
    )
    after = (
        'For more on marketing e-mails, including how to opt out of marketing e-mails, see "Marketing" under "Your '
        'choices" (Section 1) below.'
    )
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    "after",
    [
        "For more on marketing e-mails, including how we sell your e-mail address, see Section 1 of this policy.",
        "For more on marketing e-mails, including how we use your order history to profile you, see Section 1.",
    ],
)
def test_a_pointer_that_now_names_a_sale_or_an_unstated_practice_stays_material(after):
    before = "Please refer to Section 1 of this policy for more information on marketing e-mails."
    result = _pair(before, after)
    assert result.material, _why(result)
