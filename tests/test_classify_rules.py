"""The rule registry: every rule the engine names is documented, and every example fires its rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.classify import engine
from monitor.classify.engine import classify_texts
from monitor.classify.rules import RULES
from monitor.domain.values import ChangeVerdict

EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.id}-{k}") for rule in RULES.values() for k, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule, example):
    result = classify_texts(example.before, example.after)
    assert result.changes, rule.id
    assert result.material == example.material, (rule.id, [(c.rule, c.reason) for c in result.changes])
    assert rule.id in {c.rule for c in result.changes}, (rule.id, [(c.rule, c.reason) for c in result.changes])


def test_every_rule_the_engine_gives_is_registered_and_documented():
    package = Path(engine.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py")) if p.name != "rules.py")
    used = (
        set(re.findall(r'_(?:cosmetic|material)\(\s*"([a-z-]+)"', source))
        | set(re.findall(r'rule="([a-z-]+)"', source))
        # a table of readings, each with its rule ("pronoun-for-name", lambda ...)
        | set(re.findall(r'\(\s*"([a-z-]+)",\s*lambda', source))
    )
    assert used == set(RULES)
    assert all(rule.doc and rule.stage in ("placement", "statement", "modified", "document") for rule in RULES.values())
    assert sum(bool(rule.examples) for rule in RULES.values()) >= 18


def test_every_verdict_carries_a_rule_and_it_survives_a_round_trip():
    before = "We collect your name.\nWe do not sell your data.\nLast updated: 1 May 2024"
    after = "We collect your name and precise location.\nWe may sell your data.\nLast updated: 2 May 2025"
    result = classify_texts(before, after)
    assert result.changes and all(c.rule in RULES for c in result.changes)
    for verdict in result.changes:
        assert ChangeVerdict.from_dict(verdict.to_dict()) == verdict
    assert result.to_dict()["changes"][0]["rule"]
