"""Gap pairs: real pairs of versions that no label covers, built from the study services of ../shared/real-cases.

A service with several labelled pairs has more versions than pairs: the later version of one labelled pair and the
earlier version of another are a real change of that policy (often one or two years of edits, sometimes a capture
fault) that nobody labelled and no rule was tuned on. This script builds every such pair of versions of a study
service (frozen services are left out by score.py's split), classifies each with `policy-monitor classify --json`,
and prints the material verdicts of the pairs whose text changed least, where a false alarm is easiest to see: a
reader judges them against the labelling rules in ../shared/real-cases/README.md.

    .venv/bin/python bench/gap_pairs.py [--exe .venv/bin/policy-monitor] [--jobs 2] [--words 400] [--json out.json]

Real cases: Open Terms Archive contributors, ODC-BY 1.0, read from ../shared and never copied.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import difflib
import hashlib
import itertools
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real-cases"


def _part_of(service: str) -> str:
    """score.py's split: a fixed quarter of the services (a hash of the name) is frozen and never read here."""
    return "frozen" if int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 == 0 else "study"


def gap_pairs() -> list[tuple[str, str, str]]:
    """(name, old text, new text) for each pair of distinct versions of one study document that no labelled pair
    joins, in a fixed order (the direction of time is unknown: the versions are ordered by commit id)."""
    versions: dict[str, dict[str, str]] = defaultdict(dict)
    labelled: set[tuple[str, str]] = set()
    for d in sorted(p for p in REAL.iterdir() if (p / "meta.json").exists()):
        meta = json.loads((d / "meta.json").read_text())
        if _part_of(meta["service"]) != "study":
            continue
        old, new = meta["previous"].rsplit("/", 1)[1], meta["source"].rsplit("/", 1)[1]
        labelled.update({(old, new), (new, old)})
        versions[meta["document"]].setdefault(old, (d / "before.md").read_text())
        versions[meta["document"]].setdefault(new, (d / "after.md").read_text())
    out = []
    for document, texts in sorted(versions.items()):
        for a, b in itertools.combinations(sorted(texts), 2):
            if (a, b) in labelled or texts[a] == texts[b]:
                continue
            out.append((f"{document.split('/')[0]}:{a[:7]}-{b[:7]}", texts[a], texts[b]))
    return out


def _words_changed(old: str, new: str) -> int:
    a, b = old.split(), new.split()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exe", default=str(ROOT / ".venv" / "bin" / "policy-monitor"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--words", type=int, default=400, help="show material verdicts of pairs this small (words)")
    ap.add_argument("--json", type=Path, help="write every verdict here")
    args = ap.parse_args()
    if not REAL.is_dir():
        print(f"no real cases at {REAL}", file=sys.stderr)
        return 2
    pairs = gap_pairs()
    with tempfile.TemporaryDirectory() as tmp:

        def run(item: tuple[str, str, str]) -> tuple[str, dict, int]:
            name, old, new = item
            slug = hashlib.sha1(name.encode()).hexdigest()[:12]
            po, pn = Path(tmp, f"{slug}-old.md"), Path(tmp, f"{slug}-new.md")
            po.write_text(old)
            pn.write_text(new)
            r = subprocess.run([args.exe, "classify", "--json", str(po), str(pn)], capture_output=True, text=True)
            try:
                verdict = json.loads(r.stdout)
            except json.JSONDecodeError:
                verdict = {"error": r.stderr.strip()[-300:]}
            size = _words_changed(old, new) if len(old) + len(new) < 400_000 else -1
            return name, verdict, size

        with cf.ThreadPoolExecutor(args.jobs) as ex:
            results = list(ex.map(run, pairs))
    material = [r for r in results if r[1].get("material")]
    errors = [r for r in results if "error" in r[1]]
    small = sorted((r for r in results if 0 <= r[2] <= args.words), key=lambda r: r[2])
    print(f"gap pairs {len(results)}: material {len(material)}, errors {len(errors)}")
    n_small = sum(bool(r[1].get("material")) for r in small)
    print(f"pairs with at most {args.words} words changed: {len(small)}, material {n_small}")
    for name, verdict, size in small:
        found = [c for c in verdict.get("changes", []) if c["material"]]
        if not found:
            continue
        print(f"\n{name} ({size} words changed): {len(found)} material")
        for c in found:
            text = (c.get("after") or c.get("before") or "").replace("\n", " ")
            print(f"  [{c['kind']}/{c['rule']}] {c['reason'][:100]}\n      {text[:160]}")
    if args.json:
        args.json.write_text(json.dumps({n: v for n, v, _ in results}, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
