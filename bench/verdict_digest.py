"""Digest of `classify --json` on every real pair: to show that a change meant to be behaviour-neutral (speed work,
a refactor) leaves every verdict byte for byte as it was, the frozen part included, without reading any of it.

    .venv/bin/python bench/verdict_digest.py            # one digest per part, and the study pairs that differ
    .venv/bin/python bench/verdict_digest.py --save /tmp/before.json
    .venv/bin/python bench/verdict_digest.py --against /tmp/before.json

Study pairs are named when they differ; frozen pairs only count (their names and texts stay unread).
Real cases: Open Terms Archive contributors, ODC-BY 1.0, read from ../shared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REAL_CASES = ROOT.parent / "shared" / "real-cases"


def _part(service: str) -> str:
    return "frozen" if int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 == 0 else "study"


def _digest(folder: str) -> str:
    from monitor import app
    from monitor.errors import InputError

    d = Path(folder)
    try:
        result = app.classify_files(d / "before.md", d / "after.md").to_dict()
    except InputError as exc:
        result = {"error": str(exc)}
    return hashlib.sha256(json.dumps(result, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="write the per-pair digests here")
    ap.add_argument("--against", type=Path, help="compare with digests saved earlier; exit 1 if any differ")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    folders, parts = [], []
    for d in sorted(p for p in REAL_CASES.iterdir() if (p / "meta.json").exists()):
        folders.append(str(d))
        parts.append(_part(json.loads((d / "meta.json").read_text())["service"]))
    with ProcessPoolExecutor(a.jobs) as ex:
        digests = list(ex.map(_digest, folders, chunksize=4))
    now = {Path(f).name: h for f, h in zip(folders, digests, strict=True)}
    for part in ("study", "frozen"):
        joined = "".join(h for h, p in zip(digests, parts, strict=True) if p == part)
        print(f"{part}: {hashlib.sha256(joined.encode()).hexdigest()[:16]}")
    if a.save:
        a.save.write_text(json.dumps(now, indent=0))
    if a.against:
        before = json.loads(a.against.read_text())
        differ = {"study": [], "frozen": []}
        for f, p in zip(folders, parts, strict=True):
            name = Path(f).name
            if before.get(name) != now[name]:
                differ[p].append(name)
        print(f"study pairs that differ: {len(differ['study'])} {' '.join(differ['study'])}")
        print(f"frozen pairs that differ: {len(differ['frozen'])}")
        return 1 if differ["study"] or differ["frozen"] else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
