"""Label-preserving probes of the classifier on the study part of ../shared/real-cases (issue 10).

The study pairs all score right, so they no longer show what the classifier gets wrong. These probes make new pairs
whose label is known without reading them, and count the verdicts that change:

- `reverse`: a not-material pair read backwards (a dropped duplicate becomes an added one, a broken capture a
  recovery, a reworded sentence is reworded back): still not material;
- `relayout`: a version against itself re-laid out as another converter would (link markup dropped, headings as bold
  lines, one sentence per line, other bullets, curly quotes, headings numbered or renumbered, an update banner on
  top), or in another house style (British/American spelling, contractions, "e.g."/"for example", the serial
  comma, "&" for "and"): never material.

Only the study part is read (the frozen quarter of the services is scored, never probed). Real cases: Open Terms
Archive contributors, ODC-BY 1.0; the texts are read from ../shared, never copied.

    .venv/bin/python bench/robustness.py [--probe reverse|relayout|all] [--jobs 2] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "real-cases"
EXE = REPO / ".venv" / "bin" / "policy-monitor"


def _study(service: str) -> bool:
    """score.py's split: a quarter of the services, by a hash of the name, is frozen."""
    return int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 != 0


def _number_headings(text: str) -> str:
    count = 0

    def numbered(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{m.group(1)}{count}. {m.group(2)}"

    return re.sub(r"^(#{1,3}\s+)(?!\d)(.+)$", numbered, text, flags=re.M)


RELAYOUTS: dict[str, Callable[[str], str]] = {
    "links-dropped": lambda t: re.sub(r"\[([^\]\[]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", t),
    "headings-bold": lambda t: re.sub(r"^#+\s*(.+)$", r"**\1**", t, flags=re.M),
    "sentence-lines": lambda t: re.sub(r"(?<=[a-z]\.) (?=[A-Z])", "\n\n", t),
    "bullets": lambda t: re.sub(r"^(\s*)[*+-] ", r"\1• ", t, flags=re.M),
    "curly-quotes": lambda t: t.replace("'", "\u2019").replace(' "', " \u201c").replace('" ', "\u201d "),
    "headings-numbered": _number_headings,
    "headings-renumbered": lambda t: re.sub(
        r"^(#+\s*)(\d+)([.)])", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}", t, flags=re.M
    ),
    "update-banner": lambda t: "Last updated: March 3, 2031\n\nWe have updated this notice.\n\n" + t,
}

#: The same page served in another English (a site's en-GB and en-US versions): spelling, not meaning.
_SPELLING = (
    ("organization", "organisation"), ("authorized", "authorised"), ("personalized", "personalised"),
    ("personalize", "personalise"), ("recognize", "recognise"), ("analyze", "analyse"), ("minimize", "minimise"),
    ("customize", "customise"), ("optimize", "optimise"), ("anonymized", "anonymised"), ("pseudonymized",
    "pseudonymised"), ("behavior", "behaviour"), ("center", "centre"), ("license", "licence"), ("color", "colour"),
    ("favorite", "favourite"), ("enroll", "enrol"), ("canceled", "cancelled"),
    ("fulfill", "fulfil"), ("inquiry", "enquiry"),
)  # fmt: skip
#: Contractions a copy editor writes out or puts in.
_CONTRACTIONS = (
    ("do not", "don't"), ("does not", "doesn't"), ("will not", "won't"), ("cannot", "can't"), ("we will", "we'll"),
    ("you are", "you're"), ("we are", "we're"), ("it is", "it's"), ("we have", "we've"), ("is not", "isn't"),
)  # fmt: skip


def _swap(pairs: tuple[tuple[str, str], ...], text: str, endings: str = "") -> str:
    """Each word of `pairs` replaced by its other form (in its case: lower, Capitalised, Title), also before one of the
    `endings` regex ("s|d|ed|ing": organizations, enrolled)."""
    table = {}
    for a, b in pairs:
        table[a], table[b] = b, a
        table[a.capitalize()], table[b.capitalize()] = b.capitalize(), a.capitalize()
        if "'" not in a + b:
            table[a.title()], table[b.title()] = b.title(), a.title()
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + rf")(?=(?:{endings})?\b)"
    )
    return pattern.sub(lambda m: table[m.group(1)], text)


def _oxford(text: str) -> str:
    """The serial comma taken out where a list has one, put in where it has none ("a, b and c" <-> "a, b, and c")."""
    text = re.sub(r"(\w+, [\w ]{1,30}), (and|or) ", r"\1 \2 ", text)
    return re.sub(r"(\w+, [\w ]{1,30}[a-z]) (and|or) (?=\w)", r"\1, \2 ", text)


#: Style variants of the same text: never a change of practice.
RELAYOUTS.update(
    {
        "spelling": lambda t: _swap(_SPELLING, t, "s|d|ed|es|ing|al"),
        "contractions": lambda t: _swap(_CONTRACTIONS, t),
        "abbreviations": lambda t: re.sub(
            # ("that is" -> "i.e." only between commas: "data that is required" is no abbreviation)
            r"\b(e\.g\.|i\.e\.|for example)(?=[ ,])|(?<=, )(that is)(?=,)",
            lambda m: {"e.g.": "for example", "i.e.": "that is", "for example": "e.g.", "that is": "i.e."}[
                m.group(1) or m.group(2)
            ],
            t,
        ),
        "oxford-comma": _oxford,
        "ampersand": lambda t: re.sub(r"(?<=\w) and (?=\w)", " & ", t),
        # the policy adopts another term for the same thing everywhere
        "terminology": lambda t: _swap((("personal information", "personal data"),), t),
        "notice-renamed": lambda t: _swap((("privacy policy", "privacy notice"), ("this policy", "this notice")), t),
    }
)


def _classify(old: Path, new: Path) -> dict | None:
    p = subprocess.run([str(EXE), "classify", str(old), str(new), "--json"], capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probe", choices=["reverse", "relayout", "all"], default="all")
    ap.add_argument("--relayout", action="append", choices=sorted(RELAYOUTS), help="only these re-layouts")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N study pairs (0: all)")
    a = ap.parse_args()
    if not REAL.is_dir():
        print(f"no real cases at {REAL}", file=sys.stderr)
        return 2
    pairs = [
        d
        for d in sorted(REAL.iterdir())
        if (d / "label.json").exists() and _study(json.loads((d / "meta.json").read_text())["service"])
    ]
    if a.limit:
        pairs = pairs[: a.limit]
    tmp = Path(tempfile.mkdtemp(prefix="robustness-"))
    jobs: list[tuple[str, str, Path, Path]] = []  # probe, pair, old, new: every one expected not material
    for d in pairs:
        label = json.loads((d / "label.json").read_text())
        if a.probe in ("reverse", "all") and not label["material"]:
            jobs.append(("reverse", d.name, d / "after.md", d / "before.md"))
        if a.probe in ("relayout", "all"):
            text = (d / "before.md").read_text(encoding="utf-8")
            for name, relayout in RELAYOUTS.items():
                if a.relayout and name not in a.relayout:
                    continue
                out = relayout(text)
                if out != text:
                    path = tmp / f"{d.name}.{name}.md"
                    path.write_text(out, encoding="utf-8")
                    jobs.append((name, d.name, d / "before.md", path))
    with ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda j: _classify(j[2], j[3]), jobs))
    totals: dict[str, list[int]] = {}
    for (probe, name, _, _), out in zip(jobs, results, strict=True):
        row = totals.setdefault(probe, [0, 0])
        row[0] += 1
        if out is None or out.get("material"):
            row[1] += 1
            first = next((c for c in (out or {}).get("changes", []) if c.get("material")), {})
            why = "error" if out is None else f"{first.get('rule')}: {str(first.get('reason', ''))[:110]}"
            print(f"  {probe:20} {name}  {why}")
    print(f"{'probe':20} {'pairs':>6} {'material':>9}")
    for probe, (n, bad) in totals.items():
        print(f"{probe:20} {n:>6} {bad:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
