"""A summary dropped whose body says the same in another verb of collecting ("In Short: We do not knowingly collect
data from children" over "We do not knowingly solicit data from children"): "solicit", "gather" and "obtain" deny
what "collect" does, and a run-in label in title case ("In Short:") names nobody. A body that denies another act
leaves the summary's denial material. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import TAIL
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import _entities
from monitor.classify.facts import _verb_stem

HEAD = (
    '# Who we are\nBirchway Learning Ltd ("we") runs the spelling app. We collect your name and email address when '
    "you sign up.\n# Children\n"
)


@pytest.mark.parametrize("verb", ["solicit", "gather", "obtain"])
def test_a_summary_dropped_over_a_body_in_another_verb_is_not_material(verb):
    summary = "In Short: We do not knowingly collect data from children under 13 years of age.\n"
    body = f"We do not knowingly {verb} data from children under 13 years of age. If we learn we did, we delete it.\n"
    for old, new in ((summary + body, body), (body, summary + body)):
        result = classify_texts(HEAD + old + TAIL, HEAD + new + TAIL)
        assert not result.material, _why(result)


def test_a_summary_whose_denial_the_body_does_not_make_stays_material():
    summary = "In Short: We do not knowingly collect data from children under 13 years of age.\n"
    body = "We do not knowingly sell data about children under 13 years of age. If we learn we did, we stop.\n"
    result = classify_texts(HEAD + summary + body + TAIL, HEAD + body + TAIL)
    assert result.material, _why(result)


def test_verbs_of_collecting_share_a_stem_and_labels_name_nobody():
    assert {_verb_stem(v) for v in ("collected", "gathers", "obtaining", "solicited")} == {"colle"}
    assert _entities("In Short: We do not knowingly collect data.") == frozenset()
    assert "acme" in _entities("We share it with Acme Ads.")
