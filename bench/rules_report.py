"""How often each classifier rule fires on every labelled case: tests/cases, ../shared/dev-cases, ../shared/real-cases.

  .venv/bin/python bench/rules_report.py

Per rule: how many per-change verdicts it gave on each corpus, how many of them material, and in how many pairs it
gave the deciding (material) verdict. Real pairs are counted as a whole; no pair is listed one by one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor import app  # noqa: E402
from monitor.classify.engine import classify_texts  # noqa: E402
from monitor.classify.rules import RULES  # noqa: E402
from monitor.errors import InputError  # noqa: E402

CORPORA = (
    ("cases", ROOT / "tests" / "cases", ("before.txt", "after.txt")),
    ("dev", ROOT.parent / "shared" / "dev-cases", ("before.txt", "after.txt")),
    ("real", ROOT.parent / "shared" / "real-cases", ("before.md", "after.md")),
)


def _pairs(root: Path, names: tuple[str, str]):
    if not root.is_dir():
        return
    for d in sorted(p for p in root.iterdir() if (p / "label.json").exists() and (p / names[0]).exists()):
        yield d / names[0], d / names[1]


def main() -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    fired: dict[str, Counter[str]] = {name: Counter() for name, _, _ in CORPORA}
    material: dict[str, Counter[str]] = {name: Counter() for name, _, _ in CORPORA}
    deciding: dict[str, Counter[str]] = {name: Counter() for name, _, _ in CORPORA}
    pairs: Counter[str] = Counter()
    for name, root, files in CORPORA:
        for before, after in _pairs(root, files):
            try:
                old, new = app.canonical_file(before), app.canonical_file(after)
            except InputError:
                continue  # an empty capture: a matter for capture sanity, not for a rule
            result = classify_texts(old, new)
            pairs[name] += 1
            for verdict in result.changes:
                fired[name][verdict.rule] += 1
                material[name][verdict.rule] += verdict.material
            for rule in {v.rule for v in result.changes if v.material}:
                deciding[name][rule] += 1
    names = [name for name, _, _ in CORPORA]
    print("pairs: " + ", ".join(f"{n} {pairs[n]}" for n in names))
    print(f"{'rule':<24} {'stage':<9} " + " ".join(f"{n + ' fired/mat/pairs':>24}" for n in names))
    for rule in RULES.values():
        cells = [f"{fired[n][rule.id]:>8}/{material[n][rule.id]:>6}/{deciding[n][rule.id]:>6}" for n in names]
        print(f"{rule.id:<24} {rule.stage:<9} " + " ".join(f"{c:>24}" for c in cells))
    unknown = {r for n in names for r in fired[n] if r not in RULES}
    if unknown:
        print("verdicts without a registered rule:", json.dumps(sorted(unknown)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
