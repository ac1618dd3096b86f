"""Probe pairs: real policy versions of services outside ../shared/real-cases, classified both ways.

A folder holds one sub-folder per pair (`a.md` the earlier version, `b.md` the later, `meta.json` saying where they
come from). Session 15 built one of 60 pairs from two public archives, copied by hand through the code index:
Open Terms Archive's `contrib-versions` (ODC-BY 1.0, "Open Terms Archive contributors") and Princeton CITP's
`privacy-policy-historical` (the archive note on each file's first line is dropped before classifying: it changes
with every snapshot). The texts are not in this repository. No label comes with them: the script prints each pair's
verdict both ways and the material findings of the pairs with few of them, where a false alarm is easiest to see,
for a reader to judge against the labelling rules of ../shared/real-cases/README.md. Session 16's pairs are listed in
`probe_sources_s16.json`, session 17's (48 pairs: two stored versions of each document, not always consecutive ones,
from Open Terms Archive's collections and, where none held two versions, from the tosdr, tosback and CGUs archives)
in `probe_sources_s17.json`: repository, path and both commits, to fetch them again. Session 20's (42 pairs of the two
stored versions of small and middle-sized sites' policies in `privacy-policy-historical`, lengths within 15 %, so
mostly small changes) are in `probe_sources_s20.json`; session 22's (40 more of the same kind, lengths within 25 %,
copied by helpers from other folders of that archive) in `probe_sources_s22.json`; session 23's (29 pairs of Open
Terms Archive collections and the tosdr collection, ODC-BY 1.0, copied and labelled blind by two helpers by the rules
of ../shared/real-cases/README.md: a `label.json` in a pair's folder is scored) in `probe_sources_s23.json`, with
the labels; session 24's (18 pairs of Open Terms Archive collections, most in French, copied and labelled blind the
same way by three helpers) in `probe_sources_s24.json`; session 25's (probes 9 and 10: 24 pairs each of
`privacy-policy-historical`, two reachable stored versions of each small site's policy, copied and labelled blind by
six helpers; probe 9 scored fresh then studied, probe 10 scored fresh once studying had begun) in
`probe_sources_s25.json`; session 26's (probe 12: 24 pairs held out, only ever scored as counts; probes 13-16: 95
pairs studied, most chosen for differences beyond a title or a date) in `probe_sources_s26.json`, with the labels;
session 27's (probe 17: 22 pairs held out, only ever scored as counts; probes 18-21: 87 pairs studied, chosen for
differences beyond a title, a date or one link) in `probe_sources_s27.json`, with the labels; session 28's (probe 22:
16 pairs held out, only ever scored as counts; probes 23-26: 83 pairs studied, chosen the same way) in
`probe_sources_s28.json`, with the labels; session 29's (probes 27 and 31: 28 pairs held out, their helpers told to
report counts only; probes 28-30, 32 and 33: 70 pairs studied) in `probe_sources_s29.json`, with the labels;
session 30's (probes 34, 35, 40, 41, 45 and 46: 46 pairs held out, their helpers told to report counts only; probes
36-39, 42-44 and 47-49: 63 pairs studied; every qualifying pair kept, small differences as welcome as large ones) in
`probe_sources_s30.json`, with the labels; session 31's (probes 50, 51, 56, 57 and 61: 34 pairs held out, their helpers
told to report counts only; probes 52-55, 58-60 and 62: 58 pairs studied) in `probe_sources_s31.json`, with the
labels; session 32's (probes 63, 66, 69, 72, 75 and 78: 48 pairs held out, their helpers told to report counts only;
probes 64, 65, 67, 68, 70, 71, 73, 74, 76, 77, 79 and 80: 97 pairs studied; the third round kept only pairs with a
sentence of the policy edited) in `probe_sources_s32.json`, with the labels.

    .venv/bin/python bench/probe_pairs.py /path/to/pairs [--few 4] [--jobs 2]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_NOTE = "> *The following text is extracted"


def _text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    return rest if first.startswith(_NOTE) else text  # the archive's own note: not the policy


def _classify(pair: Path) -> tuple[str, dict, dict]:
    """The pair classified as `policy-monitor classify` does (files read the same way), forwards and backwards."""
    from monitor import app

    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp, "a.md"), Path(tmp, "b.md")
        old.write_text(_text(pair / "a.md"), encoding="utf-8")
        new.write_text(_text(pair / "b.md"), encoding="utf-8")
        return pair.name, app.classify_files(old, new).to_dict(), app.classify_files(new, old).to_dict()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of pairs: <name>/a.md, <name>/b.md, <name>/meta.json")
    ap.add_argument("--few", type=int, default=4, help="show the findings of pairs with at most this many material")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    pairs = sorted(p for p in args.folder.iterdir() if all((p / f).is_file() for f in ("a.md", "b.md", "meta.json")))
    if not pairs:
        print(f"no pairs in {args.folder}", file=sys.stderr)
        return 2
    with cf.ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(_classify, pairs))
    material = 0
    counts = dict(tp=0, fp=0, fn=0, tn=0)
    for pair, (name, forward, backward) in zip(pairs, results, strict=True):
        material += forward["material"]
        labelled = pair / "label.json"
        if labelled.is_file():  # a pair labelled by the rules of ../shared/real-cases/README.md
            label = json.loads(labelled.read_text(encoding="utf-8"))["material"]
            got = bool(forward["material"])
            counts["tp" if label and got else "fn" if label else "fp" if got else "tn"] += 1
            if label != got:
                verdict = "FALSE ALARM" if got else "MISS"
                print(f"{name:40} labelled {'material' if label else 'not material'}: {verdict}")
        found = [c for c in forward["changes"] if c["material"]]
        capture = "" if forward.get("capture", "ok") == "ok" else f"  capture: {forward['capture']}"
        print(
            f"{name:40} {'MATERIAL' if forward['material'] else 'not material':13} {len(found):4} material of "
            f"{len(forward['changes']):4}; backwards {'MATERIAL' if backward['material'] else 'not material'}"
            f"{capture}"
        )
        if 0 < len(found) <= args.few:
            for c in found:
                before, after = (c.get("before") or "")[:120], (c.get("after") or "")[:120]
                print(f"    {c['kind']} [{c['rule']}] {before!r} -> {after!r}")
    print(f"\n{len(results)} pairs, {material} material")
    if any(counts.values()):
        print("against the labels: " + " ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
