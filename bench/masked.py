"""Masked findings: material verdicts in the study's material pairs that have nothing to do with the labelled change.

  .venv/bin/python bench/masked.py [--rule RULE] [--dump FILE.jsonl] [--jobs 2]

Every study pair labelled material scores right, so the other material verdicts the classifier gives on such a pair
are hidden by the labelled one. On a page whose only edit was one of them, each would be a false alarm (some are
real second changes; reading them tells). A verdict counts as *related* to the label when its text shares a run of
four words with the label's evidence; the rest are the masked ones, counted per rule (and per change kind). Only
the study part is read (score.py's split); the frozen quarter of the services is never opened here.

Real cases: Open Terms Archive contributors, ODC-BY 1.0; the texts are read from ../shared, never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.capture.pair import classify_pair  # noqa: E402
from monitor.text.normalise import detect_format, normalise  # noqa: E402

REAL = ROOT.parent / "shared" / "real-cases"
_WORD = re.compile(r"[^\W_]+")


def _study(service: str) -> bool:
    """score.py's split: a quarter of the services, by a hash of the name, is frozen (never read here)."""
    return int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 != 0


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _canonical(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    return normalise(raw, detect_format(raw, "markdown"))


def _pair(case: Path) -> list[dict]:
    label = json.loads((case / "label.json").read_text())
    evidence = _shingles(label.get("evidence", "") + " " + label.get("note", ""))
    result = classify_pair(_canonical(case / "before.md"), _canonical(case / "after.md"))
    found = []
    for v in result.changes:
        if not v.material:
            continue
        text = f"{v.before or ''} {v.after or ''}"
        related = bool(_shingles(text) & evidence)
        kind = "modified" if v.before and v.after else ("added" if v.after else "removed")
        found.append(
            {
                "case": case.name,
                "rule": v.rule,
                "kind": kind,
                "related": related,
                "severity": str(v.severity),
                "reason": v.reason,
                "before": (v.before or "")[:400],
                "after": (v.after or "")[:400],
            }
        )
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rule", help="only verdicts of this rule")
    ap.add_argument("--dump", type=Path, help="write the masked verdicts to this JSONL file to read them")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    cases = []
    for case in sorted(REAL.glob("contrib-*")):
        meta = json.loads((case / "meta.json").read_text())
        label = json.loads((case / "label.json").read_text())
        if _study(meta["service"]) and label["material"]:
            cases.append(case)
    with ProcessPoolExecutor(args.jobs) as pool:
        found = [v for vs in pool.map(_pair, cases) for v in vs]
    if args.rule:
        found = [v for v in found if v["rule"] == args.rule]
    masked = [v for v in found if not v["related"]]
    print(f"study material pairs: {len(cases)}; material verdicts: {len(found)}; masked (unrelated): {len(masked)}")
    by = Counter((v["rule"], v["kind"]) for v in masked)
    for (rule, kind), n in by.most_common():
        print(f"  {rule:<28} {kind:<9} {n:>5}")
    if args.dump:
        with args.dump.open("w") as out:
            for v in masked:
                out.write(json.dumps(v) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
