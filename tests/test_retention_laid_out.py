"""Retention laid out as labelled items: a run-in label that names a limit the statement itself states again
("Aggregate data: after 90 days we aggregate the logs and keep only the aggregate data") and one verb of keeping said
for another ("we retain the logs ..." -> "we retain data as follows: Logs: kept for ...") are the same facts. A
label with a limit of its own, and a period changed ("until you close your account" -> "even after you close your
account"), stay material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

HEAD = (
    '# Who we are\nQuarry Maps Ltd ("we") runs the hiking app. We collect your name and email address when you sign '
    "up.\n# How long we keep data\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "After 90 days, we aggregate the route logs so that they identify no one and retain the aggregate data "
            "for two years.",
            "Aggregate data: after 90 days, we aggregate the route logs so that they identify no one, and keep the "
            "aggregate data for two years.",
        ),
        # the two together, as one passage laid out as a list
        (
            "We retain the route logs for at most 90 days, although we generally don't retain them for EU users for "
            "more than a few days. After 90 days, we aggregate the route logs so that they identify no one and retain "
            "the aggregate data for two years.",
            "We retain data as follows: Route logs: kept for at most 90 days, although we generally don't retain them "
            "for EU users for more than a few days. Aggregate data: after 90 days, we aggregate the route logs so that "
            "they identify no one, and keep the aggregate data for two years.",
        ),
    ],
)
def test_retention_laid_out_as_labelled_items_is_not_material(before, after):
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the label brings a limit the statement does not state
        (
            "After 90 days, we delete the route logs.",
            "Aggregate data: after 90 days, we delete the route logs.",
        ),
        # the period changes, not only the verb
        (
            "We keep some data until you delete your account, such as how often you use our trails.",
            "Some data, such as how often you use our trails, we keep even after you delete your account.",
        ),
        # a new kind of data kept
        (
            "We retain the route logs for at most 90 days.",
            "We retain data as follows: Route logs and photos: kept for at most 90 days.",
        ),
    ],
)
def test_a_limit_period_or_data_type_of_its_own_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)
