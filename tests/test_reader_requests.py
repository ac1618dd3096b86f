"""A sentence that speaks to the reader is no entry of a list of data (session 11).

A sentence with no verb of handling data is read as an entry of a list ("Physical location or movements."), which
states what is collected or shared. A condition or request addressed to the reader ("If you need this notice in
large print or audio, please contact us.") names data words only as what it is about.
"""

from __future__ import annotations

import pytest

from monitor.classify import classify_texts

HEAD = "# Privacy notice\nWe run a small bakery and this notice covers our shop, our app and our website.\n"
BODY = "\nWe collect your name and delivery address when you order a cake.\n"


def _material(old: str, new: str) -> bool:
    return classify_texts(HEAD + old + BODY, HEAD + new + BODY).material


@pytest.mark.parametrize(
    "sentence",
    [
        "If you need this notice in another format, such as large print or audio, please contact us.",
        "When you have questions about cookies or our newsletter, please get in touch.",
        "Please contact us if you would like this notice read aloud or as an audio file.",
        "If you spot a mistake in your delivery address, please call the shop.",
        "Should you need a printed copy of this notice with your order, please ask at the counter.",
    ],
)
def test_a_request_to_the_reader_naming_data_words_is_not_material(sentence: str) -> None:
    assert not _material("", sentence)
    assert not _material(sentence, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your phone number and date of birth.",  # an entry of the list: what we collect
        "Audio recordings of calls to the shop.",
        "If you call us, please note that we may sell recordings of the call to partners.",  # a sale
        "If you order a cake, please note that we keep your address for ten years.",  # a period
        "Please note: we never share your address with couriers.",  # a denial
        "When you write a review of a cake, your name and review are visible to everyone.",  # a condition only
        "If you order a birthday cake for a child, the child's date of birth and health conditions.",
    ],
)
def test_entries_and_practices_stay_material(sentence: str) -> None:
    assert _material("", sentence)
