"""Paraphrase probe: passages of study policies reworded with the same meaning, and with one practice changed.

`bench/paraphrase_edits.json` holds, for 16 study policies of ../shared/real-cases (their `after.md`), 8 edits each
(session 18): a passage (by its offsets, read from ../shared at run time) rewritten by a careful editor keeping every
practice, number, negation and modal (`paraphrase`: reworded, split or merged, a list turned into prose or prose
into a list, reordered, a heading reworded, or moved to another section), and the same rewriting with one change of
practice a privacy team must know about (`material`). Each edit is applied to the whole policy and classified both
ways. A paraphrase judged material either way is a false alarm; a material edit missed forwards is a miss.

Texts: Open Terms Archive contributors, ODC-BY 1.0 (the passages and the policies); the rewordings derive from them.

    .venv/bin/python bench/paraphrase_probe.py [--jobs 2] [--show]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CASES = ROOT.parent / "shared" / "real-cases"
EDITS = ROOT / "bench" / "paraphrase_edits.json"


def _apply(doc: str, edit: dict, replacement: str) -> str:
    """The policy with the edit's passage replaced (or, for a move, deleted and the replacement set after the line
    that ends at `insert_after`)."""
    start, end = edit["start"], edit["end"]
    if edit["type"] != "move":
        return doc[:start] + replacement + doc[end:]
    at = edit["insert_after"]
    moved = doc[:at] + "\n\n" + replacement + "\n" + doc[at:]
    shift = len("\n\n" + replacement + "\n") if at < start else 0
    return moved[: start + shift] + moved[end + shift :]


def _judge(job: tuple[str, str, str]) -> tuple[str, bool, bool, list[str]]:
    from monitor.classify.engine import classify_texts

    name, old, new = job
    forward, backward = classify_texts(old, new), classify_texts(new, old)
    reasons = [c.reason for c in (forward if forward.material else backward).changes if c.material]
    return name, forward.material, backward.material, reasons


def _judge_as_cli(job: tuple[str, str, str]) -> tuple[str, bool, bool, list[str]]:
    """As `policy-monitor classify` reads two files: each Markdown text made canonical first, capture sanity on."""
    from monitor.capture.pair import classify_pair
    from monitor.text.normalise import detect_format, normalise

    name, old, new = job
    old, new = (normalise(t, detect_format(t, "policy.md")) for t in (old, new))
    forward, backward = classify_pair(old, new), classify_pair(new, old)
    reasons = [c.reason for c in (forward if forward.material else backward).changes if c.material]
    return name, forward.material, backward.material, reasons


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument(
        "--edits",
        type=Path,
        default=EDITS,
        help=f"the edits (default {EDITS.name}, the first batch; paraphrase_edits_2.json, a second batch "
        "measured before it was studied; paraphrase_edits_heldout.json, written with it and only ever scored; "
        "paraphrase_edits_3.json, session 19's, written by helpers who did not see the classifier, scored before "
        "it was studied; paraphrase_edits_4.json and _5.json, session 20's everyday revisions (contact, pointer, "
        "rename, furniture, explanation, restructure, wording, legal, duplicate), written the same way; "
        "_6_heldout.json and _8_heldout.json (session 21's) only ever scored; _9.json (session 22's, scored fresh, "
        "then studied) and _10_heldout.json (session 22's, only ever scored); _11.json (session 24's, scored "
        "fresh, then studied); _12_heldout.json (session 31's), _13_heldout.json (session 32's), "
        "_14_heldout.json (session 33's), only ever scored; _15.json (session 34's, scored fresh as held out, then "
        "studied in session 35); _16.json (session 35's, scored fresh, then studied) and _17_heldout.json (session "
        "35's, only ever scored); _18.json and _20.json (session 36's, scored fresh, then studied), "
        "_19_heldout.json and _21_heldout.json (session 36's, only ever scored); _22.json, _24.json, _25.json and "
        "_26.json (session 37's, scored fresh, then studied), _23_heldout.json and _27_heldout.json (session 37's, "
        "only ever scored); _28.json, _30.json, _32.json and _34.json (session 38's, scored fresh, then studied), "
        "_29_heldout.json, _31_heldout.json, _33_heldout.json and _35_heldout.json (session 38's, only ever scored); "
        "_36.json and _38.json (session 39's, scored fresh, then studied), _37_heldout.json and _39_heldout.json "
        "(session 39's, only ever scored); _40.json and _42.json (session 40's, scored fresh, then studied), "
        "_41_heldout.json and _43_heldout.json (session 40's, only ever scored); _44.json (session 40's second round, "
        "scored fresh, then studied) and _45_heldout.json (only ever scored); _46.json and _48.json (session 41's, "
        "scored fresh, then studied), _47_heldout.json and _49_heldout.json (session 41's, only ever scored)",
    )
    ap.add_argument("--show", action="store_true", help="print the reasons of every false alarm and miss")
    ap.add_argument(
        "--as-cli",
        action="store_true",
        help="read each version as `policy-monitor classify` reads a Markdown file (made canonical first, capture "
        "sanity on); without it the raw texts go to the classifier, as in the figures of sessions 18-20",
    )
    args = ap.parse_args()
    if not CASES.is_dir():
        print(f"no real cases at {CASES}", file=sys.stderr)
        return 2
    edits = json.loads(args.edits.read_text(encoding="utf-8"))["edits"]
    docs: dict[str, str] = {}
    noise, material = [], []
    for e in edits:
        doc = docs.setdefault(e["case"], (CASES / e["case"] / "after.md").read_text(encoding="utf-8"))
        name = f"{e['case']}/{e['id']} ({e['type']})"
        noise.append((name, doc, _apply(doc, e, e["paraphrase"])))
        material.append((name, doc, _apply(doc, e, e["material"]["text"])))
    with cf.ProcessPoolExecutor(args.jobs) as pool:
        judge = _judge_as_cli if args.as_cli else _judge
        judged_noise = list(pool.map(judge, noise, chunksize=4))
        judged_material = list(pool.map(judge, material, chunksize=4))
    alarms = [(n, r) for n, f, b, r in judged_noise if f or b]
    missed = [(n, r) for n, f, _, r in judged_material if not f]
    print(f"paraphrases judged material (either way): {len(alarms)}/{len(noise)}")
    print(f"material edits caught (forwards):         {len(material) - len(missed)}/{len(material)}")
    if args.show:
        for title, rows in (("false alarms", alarms), ("misses", missed)):
            print(f"\n{title}:")
            for name, reasons in rows:
                print(f"  {name}")
                for r in reasons[:4]:
                    print(f"      {r[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
