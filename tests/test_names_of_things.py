"""Names that are no data, in our own words: the name of a partner or a company ("Quillsearch is the partner
name"), the title of a site or publication whose words are data words ("posted here on Family Health Guide", "the
Kids Health Blog"). A person's name, and health data collected through such a site, still count."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Marrowby Recipes\n\nWe collect your email address to send you our weekly recipes. We do not sell"
    " it.\n\n## Changes\n\nAny change to this policy will be posted here.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


def test_a_partner_named_is_no_personal_name():
    old = POLICY.replace("We collect", "Marrowby Recipes brings you cooking ideas. We collect")
    new = old.replace("cooking ideas.", "cooking ideas. Quillsearch is the partner name.")
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize("title", ["Family Health Guide", "Kids Health Blog", "Home Finance Magazine"])
def test_the_words_of_a_site_title_are_no_data(title):
    """Where a notice is posted may count; the title's words are no health, children's or financial data."""
    old = POLICY.replace("posted here.", f"posted here on {title} and the date of the new version shown below.")
    new = POLICY.replace("posted here.", "posted here and the date of the new version shown below.")
    for a, b in ((old, new), (new, old)):
        assert not [r for r in _material(a, b) if any(w in r for w in ("health", "children", "financ"))]


@pytest.mark.parametrize(
    "statement",
    [
        "We also ask for your first name and your partner's name when you book a class.",
        "Through the Family Health Guide we also collect details of your health conditions.",
    ],
)
def test_a_name_or_health_data_still_counts(statement):
    new = POLICY.replace("We do not sell it.", "We do not sell it. " + statement)
    assert _material(POLICY, new)
