"""A need of the company's said either way ("it is sometimes necessary for us to transfer your data" = "this
sometimes requires us to transfer your data"), and data said to be needed for a task ("the data required for
this" = "the necessary data"), set no limit and drop none. A limit really dropped ("only the necessary data" ->
"your data") stays material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nHarbour Domains GmbH ("we") registers web addresses. We collect your name and email address when '
    "you order.\n# Sharing\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "To serve you, it is sometimes necessary for us to transfer your data to our office in Canada.",
            "To serve you, this sometimes requires us to transfer your data to our office in Canada.",
        ),
        (
            "To register a domain for you, we pass on the necessary data to the registry.",
            "To register a domain on your behalf, the data required for this is passed on to the registry.",
        ),
    ],
)
def test_a_need_said_either_way_is_not_material(before, after):
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


def test_a_limit_to_the_necessary_data_dropped_stays_material():
    result = _pair(
        "To register a domain for you, we pass on only the necessary data to the registry.",
        "To register a domain for you, we pass on your data to the registry.",
    )
    assert result.material, _why(result)
