"""Whole-document version pairs (tests/cases/doc-*): many simultaneous edits per pair, judged at the document level.

A real version history rarely changes one sentence at a time: a legal team rewords paragraphs, renames headings,
turns lists into prose, moves sections and fixes links in one go, and one false positive among them makes the whole
document material. The corpus is built by tests/cases/_docgen/gen.py from base policies and hand-written edit lists;
the second batch (doc2-*, other industries and another edit style) by tests/cases/_doc2gen/gen.py.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from monitor.classify.engine import classify_texts

CASES = Path(__file__).resolve().parent / "cases"
DOCS = sorted(d for d in [*CASES.glob("doc-*"), *CASES.glob("doc2-*")] if (d / "label.json").exists())


def _run(case: Path):
    label = json.loads((case / "label.json").read_text(encoding="utf-8"))
    before = (case / "before.txt").read_text(encoding="utf-8")
    after = (case / "after.txt").read_text(encoding="utf-8")
    return label, classify_texts(before, after)


def test_corpus_is_large_and_balanced():
    labels = [json.loads((d / "label.json").read_text(encoding="utf-8")) for d in DOCS]
    assert sum(not lb["material"] for lb in labels) >= 20
    assert sum(lb["material"] for lb in labels) >= 20
    for d in DOCS:
        size = len((d / "before.txt").read_bytes())
        assert 3_000 <= size <= 40_000, (d.name, size)


#: Still wrong (measured, not hidden): strict xfail, so a fix shows up as XPASS and the entry must go.
KNOWN_WRONG = {
    "doc-hearthly-m-government-notice": "material, but categorised policy_change ('notify you') not sharing",
    "doc2-h-voltdrive-m-driving-collected": "material, but categorised data_retention ('stores' in the sentence), "
    "not data_collection ('do not collect' -> 'collect')",
}


def _param(d: Path):
    why = KNOWN_WRONG.get(d.name)
    return pytest.param(d, id=d.name, marks=pytest.mark.xfail(strict=True, reason=why) if why else ())


@pytest.mark.parametrize("case", [_param(d) for d in DOCS])
def test_document_pair(case):
    label, result = _run(case)
    flagged = [(c.before, c.after, c.reason) for c in result.changes if c.material]
    assert result.material == label["material"], (case.name, result.summary, flagged)
    if label["material"]:
        assert set(label["categories"]) & set(result.categories), (case.name, result.categories)


def test_document_level_precision_and_recall():
    tp = fp = fn = 0
    for case in DOCS:
        label, result = _run(case)
        tp += label["material"] and result.material
        fp += not label["material"] and result.material
        fn += label["material"] and not result.material
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\ndocument-level materiality on {len(DOCS)} pairs: precision {precision:.3f} recall {recall:.3f}")
    # target 0.95 / 0.95 (see KNOWN_WRONG for what is left)
    assert precision >= 0.95 and recall >= 0.95


_DENIAL = re.compile(r"\b(?:do not|does not|don't|doesn't|never|will not|won't|cannot|not)\b ")
_AFFIRM = {"do not ": "do ", "does not ": "does ", "don't ": "do ", "doesn't ": "does ", "never ": "always "}
_AFFIRM |= {"will not ": "will ", "won't ": "will ", "cannot ": "can ", "not ": ""}


def test_dropping_any_negation_of_a_base_policy_is_material():
    """Mutation test over the doc2 base policies: remove one 'not' / 'never' at a time (alone, and among all the
    same-meaning noise edits of that base); the region rules must never explain the flip away."""
    spec = importlib.util.spec_from_file_location("doc2gen", CASES / "_doc2gen" / "gen.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)

    missed, total = [], 0
    for base_path in sorted((CASES / "_doc2gen" / "bases").iterdir()):
        base = base_path.read_text(encoding="utf-8")
        for m in _DENIAL.finditer(base):
            mutated = base[: m.start()] + _AFFIRM[m.group(0)] + base[m.end() :]
            noise = [e for e in gen.NOISE[base_path.stem] if e[0].lstrip("*") in mutated]
            for after in (mutated, gen._apply(mutated, noise, base_path.stem)):
                total += 1
                if not classify_texts(base, after).material:
                    missed.append(base[max(0, m.start() - 50) : m.end() + 30].replace("\n", " "))
    print(f"\ndropped negations: {total - len(missed)}/{total} material")
    # known: 'We receive confirmation of the purchase, not your card details' (a contrastive 'not'), twice
    assert total >= 80 and len(missed) <= 2, missed
