"""Where to ask, and where to read (session 20), in our own words, each with material look-alikes.

A sentence that tells the reader whom to ask *about* the company's practices names them as the topic of a question:
"If you have any questions about how we collect, use or share your data, please contact our DPO." The practices
are stated elsewhere; the sentence is a contact. So is a pointer to another document described by what it holds:
"please refer to our EU Privacy Notice, which explains how we collect, use and disclose ...". A request or a right
among the topics ("or wish to have your data deleted", "requests concerning the exercise of your rights") is a
channel for acting on one's data, and stays read as such; so does a practice stated beside the question.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name and email address when you register.

We use your email address to send you receipts.

## Contact
{extra}
Our office is at 1 Example Street.
"""


def _added(sentence: str) -> bool:
    return classify_texts(POLICY.format(extra=""), POLICY.format(extra=f"\n{sentence}\n")).material


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have any questions or concerns about how we collect, use, store or share your personal data, "
        "please contact our data protection officer at dpo@example.org.",
        "For questions regarding the collection, processing or use of personal information, the correction, "
        "blocking or deletion of data and the revocation of consents, please contact:",
        "Should you have any queries about the way we keep or disclose your information, feel free to write to us.",
        "If you live in the European Union, please refer to our EU Privacy Notice, which explains how Example Ltd "
        "collects, uses and discloses the personal information of EU residents.",
        "Readers in California should refer to our state notice, which describes what we collect and share.",
    ],
)
def test_a_question_about_practices_or_a_described_document_is_no_practice(sentence):
    assert not _added(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a right among the topics: where to act on one's data
        "If you have any questions about how we use your data, or wish to have your data deleted, please contact us.",
        "For any questions, requests or complaints about the exercise of your rights, contact our data protection "
        "officer.",
        # a practice stated beside the question
        "If you have questions, please note that we sell your email address to advertisers.",
        "For questions about our practices, contact us; we share your location with advertisers.",
        # the practice stated, the document only named
        "We share your email address with advertisers, as explained in our Partners Notice.",
    ],
)
def test_a_right_or_a_practice_beside_the_question_stays_material(sentence):
    assert _added(sentence)
