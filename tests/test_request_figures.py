"""Figures reported about the requests a company handled (rule `request-figures`), in our own words, with material
look-alikes: a yearly table of requests to know, delete or opt out refreshed, relabelled, shortened or lengthened is
no change of practice, even where a label names the sale of data; a right, a sale or an age limit stated in the
same short forms stays material.

Found on real pairs of versions built between the labelled study pairs of one service (an earlier and a later
labelled pair): a statistics list whose labels were reworded read as "opt-out of sale dropped" (critical).
"""

from __future__ import annotations

import pytest

from monitor.classify import figures
from monitor.classify.engine import classify_texts

LIST = """# Privacy notice

We collect your name, email address and order history when you shop with us, and use them to deliver orders.

We share data with delivery firms. We do not sell personal data.

## Your state privacy rights

You have the right to know, delete and correct your data and to opt out of the sale or sharing of it. Write to
rights@example.org to make a request.

## Requests we received

The figures below are for the calendar year 2024.

* Requests to know: 1,204
    * Answered in full or in part: 1,100
    * Refused: 104
* Requests to delete: 3,410
* Requests to opt out of sale or sharing: 512
* Median number of days to respond: 12

## Security

We protect your data with encryption in transit and at rest.

## Contact

Write to privacy@example.org.
"""

TABLE = LIST.replace(
    """* Requests to know: 1,204
    * Answered in full or in part: 1,100
    * Refused: 104
* Requests to delete: 3,410
* Requests to opt out of sale or sharing: 512
* Median number of days to respond: 12""",
    """| Request | Received | Answered | Refused | Median days |
| --- | --- | --- | --- | --- |
| Requests to know | 1,204 | 1,100 | 104 | 12 |
| Requests to delete | 3,410 | 3,000 | 410 | 15 |
| Requests to opt out of sale or sharing | 512 | 512 | 0 | 3 |""",
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


@pytest.mark.parametrize(
    "new",
    [
        # the next year's figures
        LIST.replace("2024", "2025")
        .replace("1,204", "1,530")
        .replace("3,410", "4,022")
        .replace("512", "733")
        .replace(": 12", ": 14"),
        # labels reworded
        LIST.replace("Requests to delete: 3,410", "Number of requests for deletion of data: 3,410").replace(
            "Requests to opt out of sale or sharing: 512", "Do-Not-Sell requests: 512"
        ),
        # a line dropped, a line added
        LIST.replace("* Requests to opt out of sale or sharing: 512\n", ""),
        LIST.replace("* Median number", "* Requests to correct: 77\n* Median number"),
        # a sentence of figures of a past period
        LIST.replace(
            "* Median number of days to respond: 12\n",
            "* Median number of days to respond: 12\n\nIn 2024 we received 512 requests to opt out of the sale of"
            " personal information and complied with all of them.\n",
        ),
    ],
    ids=["next-year", "relabelled", "line-dropped", "line-added", "past-sentence"],
)
def test_request_figures_in_a_list_are_no_practice(new):
    assert not _material(LIST, new)


@pytest.mark.parametrize(
    "new",
    [
        TABLE.replace("| 512 | 512 | 0 | 3 |", "| 733 | 730 | 3 | 4 |").replace("2024", "2025"),
        TABLE.replace("| Requests to opt out of sale or sharing | 512 | 512 | 0 | 3 |\n", ""),
        TABLE.replace("| Requests to delete |", "| Requests to correct | 80 | 70 | 10 | 9 |\n| Requests to delete |"),
    ],
    ids=["refreshed", "row-dropped", "row-added"],
)
def test_request_figures_in_a_table_are_no_practice(new):
    assert not _material(TABLE, new)


@pytest.mark.parametrize(
    "new",
    [
        # a right dropped beside the figures
        LIST.replace("know, delete and correct", "know and correct"),
        # a sale stated in the past, with figures
        LIST.replace(
            "* Median number of days to respond: 12\n",
            "* Median number of days to respond: 12\n\nIn 2024 we sold the purchase history of 1,000 customers and"
            " received 512 requests to opt out.\n",
        ),
        # a practice under the figures' heading
        LIST.replace("* Median number", "* We now share order history with advertisers.\n* Median number"),
    ],
    ids=["right-dropped", "sale-with-figures", "practice-among-figures"],
)
def test_practices_beside_figures_stay_material(new):
    assert _material(LIST, new)


CHILDREN = LIST.replace(
    "## Your state privacy rights",
    "## Children\n\n* Minimum age: 13\n* Parental consent required under: 16\n\n## Your state privacy rights",
)


def test_an_age_limit_given_as_a_label_and_value_is_read():
    # a short list of "label: value" lines under a heading is no navigation menu when a line states an age
    assert _material(CHILDREN, CHILDREN.replace("Minimum age: 13", "Minimum age: 16"))
    assert _material(LIST, CHILDREN)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Requests to delete: 3,410", True),
        ("Number of these requests that were not completed because the requester was not verified: 13", True),
        ("Requests to know | 1,204 | 1,100 | 104 | 12", True),
        ("Opt-out of sale | 512 | 510 | 2", True),  # three values: a statistics table's row
        ("In 2023 we received 2,591 requests to delete and answered them in a median of 9 days.", True),
        ("Minimum age to use the service: 13", False),
        ("Days we keep your server logs: 30", False),
        ("Account data | 30", False),  # one value, no count named: a period in a practice table
        ("We will respond to requests within 45 days.", False),
        ("In 2024 we sold the data of 1,000 people and received 300 requests to opt out.", False),
        ("Requests to delete: within 45 days", False),
    ],
)
def test_what_reads_as_reported_figures(text, reported):
    assert figures.reports_figures(text) is reported
