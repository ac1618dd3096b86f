"""Which law a statement cites is no practice: a law's title rewritten ("the UK's Money Laundering Regulations 2017"
-> "the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017"),
a citation of a federal code or of a law's chapter added or dropped ("16 C.F.R. § 312.5(a)(2)", "Chapter V of the
GDPR"), or an opening that only names the law ("As provided under COPPA, parents can ...") read the same
(lexicon.canonical_legal). A practice changed beside the citation stays material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import framed
from in_a_policy import why as _why

from monitor.classify import lexicon as lx

HEAD = (
    '# Who we are\nFernway Payments Ltd ("we") runs the wallet app. We collect your name and email address when you '
    "sign up.\n# Why we keep data\n"
)


_pair = framed(HEAD)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "We keep proof of identity to meet our duties under the UK's Money Laundering Regulations 2017.",
            "We keep proof of identity to meet our duties under the UK's Money Laundering, Terrorist Financing and "
            "Transfer of Funds (Information on the Payer) Regulations 2017.",
        ),
        (
            "We keep proof of identity as the EU's Fifth Anti-Money Laundering Directive requires.",
            "We keep proof of identity as Directive (EU) 2018/843 requires.",
        ),
        (
            "As provided under COPPA (16 C.F.R. § 312.5(a)(2)), parents can agree to our collection of a child's "
            "name without agreeing to its disclosure.",
            "Parents can agree to our collection of a child's name without agreeing to its disclosure.",
        ),
        (
            "Any transfer of your data out of the UK relies on a lawful transfer mechanism.",
            "Any transfer of your data out of the UK relies on a transfer mechanism permitted under Chapter V of the "
            "UK GDPR.",
        ),
    ],
)
def test_the_law_cited_in_other_words_is_not_material(before, after):
    for b, a in ((before, after), (after, before)):
        result = _pair(b, a)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the period changes beside the law's title
        (
            "We keep proof of identity for five years under the UK's Money Laundering Regulations 2017.",
            "We keep proof of identity for ten years under the UK's Money Laundering Regulations 2017.",
        ),
        # the parents' choice is gone after the opening that names the law
        (
            "As provided under COPPA, parents can agree to our collection of a child's name without agreeing to its "
            "disclosure.",
            "As provided under COPPA, parents must agree to both our collection of a child's name and its disclosure.",
        ),
        # a real destination added
        (
            "Any transfer of your data out of the UK relies on a lawful transfer mechanism.",
            "We transfer your data to India, relying on a lawful transfer mechanism.",
        ),
    ],
)
def test_a_practice_changed_beside_the_law_stays_material(before, after):
    result = _pair(before, after)
    assert result.material, _why(result)


def test_law_titles_and_openings_read_as_the_law():
    assert lx.canonical_legal("We comply with the UK Data Protection Act 2018.") == "We comply with the law."
    assert lx.canonical_legal("Under the Privacy Act we answer requests.") == "Under the law we answer requests."
    assert lx.canonical_legal("As provided under COPPA, parents can consent.") == "Parents can consent."
    # not laws: a code of conduct, a policy's own documents, a transfer framework
    for text in (
        "We follow our Code of Conduct.",
        "Our Terms of Use and this Privacy Policy apply.",
        "Transfers to the United States rely on the EU-U.S. Data Privacy Framework.",
    ):
        assert lx.canonical_legal(text) == text
