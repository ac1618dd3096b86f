"""House style is not a change: the same policy in another copy editor's style keeps its meaning.

Each family here was found by a probe of bench/robustness.py (`--relayout NAME`) that rewrites a whole study
document one way and counts the verdicts that turn material. Every test has a look-alike that must stay material.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.text.sentences import split_sentences

# ----------------------------------------------------------------------------- "U.S." / "US" and sentence ends


@pytest.mark.parametrize(
    "sentence",
    [
        "Transfers to non-U.S. Countries rely on contractual clauses.",
        "We rely on the EU-U.S. Data Privacy Framework for transfers.",
        "Residents of Washington D.C. Have the same rights.",
        "Our offices in the E.E.A. Process requests from residents.",
        "We answer requests from the U.S. Department of Commerce.",
    ],
)
def test_a_dotted_initialism_before_a_capitalised_word_stays_in_its_sentence(sentence):
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("name", ["U.S.", "US.", "E.E.A.", "EEA."])
def test_an_initialism_ending_a_sentence_ends_it_whether_dotted_or_not(name):
    text = f"Your data is stored on servers in the {name} We never sell it."
    assert split_sentences(text) == [f"Your data is stored on servers in the {name}", "We never sell it."]


POLICY = """# Where we keep your data
Your data is stored on servers in the U.S. We never sell it to advertisers.
Transfers to non-U.S. Countries rely on the contractual clauses the regulator approved.
You can ask us for a copy of your data at any time."""


def test_us_written_without_periods_is_no_change():
    restyled = POLICY.replace("U.S.", "US")
    result = classify_texts(POLICY, restyled)
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_us_written_without_periods_beside_a_sale_is_still_a_change():
    restyled = POLICY.replace("U.S.", "US").replace("We never sell it to", "We sell it to")
    assert classify_texts(POLICY, restyled).material


# ----------------------------------------------------------------------------- "U.S." / "United States"

TRANSFERS = """# Transfers
We transfer your data to the U.S. under the EU-U.S. Data Privacy Framework.
Our processors in the U.S. delete your data after thirty days.
We never sell your data."""


def test_an_initialism_spelled_out_is_no_new_name():
    result = classify_texts(TRANSFERS, TRANSFERS.replace("U.S.", "United States"))
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_another_country_spelled_out_is_still_a_new_name():
    assert classify_texts(TRANSFERS, TRANSFERS.replace("to the U.S.", "to the United Kingdom")).material


# ----------------------------------------------------------------------------- numbers of hundreds in words

RETENTION = """# Retention
We keep server logs for 180 days and then delete them.
You can ask us to delete your account at any time."""


@pytest.mark.parametrize("spelled", ["one hundred eighty days", "one hundred and eighty (180) days"])
def test_a_period_of_hundreds_spelled_out_is_no_change(spelled):
    result = classify_texts(RETENTION, RETENTION.replace("180 days", spelled))
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_a_period_of_hundreds_spelled_out_and_longer_is_a_change():
    assert classify_texts(RETENTION, RETENTION.replace("180 days", "three hundred sixty-five days")).material


# ----------------------------------------------------------------------------- the reader as "the user"

SHARING = """# Sharing
We share your contact details with delivery partners only with your consent.
You can withdraw your consent in the settings."""


def test_the_users_consent_is_your_consent():
    restyled = SHARING.replace("only with your consent", "only with the user's consent")
    result = classify_texts(SHARING, restyled)
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_another_partys_consent_is_not_yours():
    assert classify_texts(
        SHARING, SHARING.replace("only with your consent", "only with the partner's consent")
    ).material
