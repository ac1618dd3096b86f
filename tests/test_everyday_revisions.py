"""Everyday revisions (session 20), in our own words, each with material look-alikes.

- "If you wish to exercise your rights, requests go to ..." tells the reader how to ask: no practice waits for that
  wish, so rewording it ("please send your request to ...") drops no condition. A practice that waits for the
  reader's choice ("if you choose to connect your contacts, we upload them") still does.
- A name cut short ("The Harbour Gazette" -> "The Harbour Gaz") is the same name; another name is not.
- A clause naming parties about no one's data ("Our reviews are never paid for by advertisers") states no practice;
  one about the reader's data, or naming a kind of data, does.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name and email address when you subscribe.

{body}

## Contact

Write to privacy@example.net.
"""


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(body=old), POLICY.format(body=new)).material


ASKING = "If you wish to exercise any of your rights, such requests shall be sent to rights@example.net."


def test_rewording_how_to_ask_drops_no_condition():
    new = "If you wish to exercise any of your rights, please send your request to rights@example.net."
    assert not _material(ASKING, new)
    assert not _material(new, ASKING)


def test_a_practice_that_waits_for_the_readers_choice_still_does():
    old = "If you choose to connect your address book, we upload your contacts to find your friends."
    new = "We upload your contacts to find your friends."
    assert _material(old, new)


GAZETTE = (
    "If you enter The Harbour Gazette prize draws, we use your email address to contact winners. With your "
    "permission, we may email you about services provided by The Harbour Gazette."
)


def test_a_name_cut_short_is_the_same_name():
    assert not _material(GAZETTE, GAZETTE.replace("Harbour Gazette", "Harbour Gaz"))


@pytest.mark.parametrize(
    "new",
    [
        GAZETTE.replace("provided by The Harbour Gazette", "provided by Globex Media"),  # another name
        GAZETTE.replace("With your permission, we", "We"),  # the reader's permission dropped
    ],
)
def test_another_name_or_a_dropped_permission_stays_material(new):
    assert _material(GAZETTE, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our editorial content is not influenced by advertisers or sponsors.",
        "Our reviews are written independently and are never paid for by advertisers.",
    ],
)
def test_a_clause_naming_parties_about_no_ones_data_states_no_practice(sentence):
    assert not _material("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertisers do not see your personal data.",
        "We work with advertisers.",
        "Health records may be sold to insurers.",
        "Some of our subprocessors are located outside the EEA, including in the United States.",
    ],
)
def test_a_clause_about_data_the_reader_or_a_place_stays_material(sentence):
    assert _material("", sentence)
