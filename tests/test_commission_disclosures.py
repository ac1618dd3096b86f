"""A site's note on the commissions it earns (session 20), in our own words, each with material look-alikes.

Blogs and review sites add a paragraph saying that some links earn them a commission on sales of the products they
write about, and under which advertising rules that note is given. "Sales of those products", "affiliate links" and
"affiliate marketing" name the goods sold and the commission business, not a sale of data nor a party receiving it;
"this disclosure is provided in accordance with ..." speaks about the note itself. A sale of data, a list of
customers sold, or data shared with affiliates stays a practice.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name and email address when you subscribe to our newsletter.

We use your email address only to send you the newsletter.
{extra}
## Contact

Write to editor@example.net.
"""


def _added(sentence: str) -> bool:
    return classify_texts(POLICY.format(extra=""), POLICY.format(extra=f"\n{sentence}\n")).material


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of our reviews contain affiliate links, which means we may earn a commission on sales of the products "
        "we recommend.",
        "This site takes part in affiliate marketing programmes run by online shops.",
        "Part of the sale of tickets bought through our links goes to the site.",
        "This disclosure is provided in accordance with the trade commission's guides on endorsements in advertising.",
    ],
)
def test_a_note_on_commissions_states_no_practice(sentence):
    assert not _added(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We may earn a commission on the sale of your contact details to partner shops.",
        "We sell customer lists to other publishers.",
        "We share your email address with our affiliates for marketing.",
        "Affiliate networks receive your browsing history so that they can pay us a commission.",
    ],
)
def test_a_sale_of_data_or_a_party_receiving_it_stays_material(sentence):
    assert _added(sentence)
