"""Benchmark: capture sanity (`check_pair`) on the study pairs of ../shared/real-cases and on pathological input.

    .venv/bin/python bench/sanity_bench.py

Reads only the *study* part of the real cases (the frozen quarter of services is never opened). Times are cold
(the sentence caches are cleared before each pair); prints p50, p95 and the slowest pairs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.app import canonical_file  # noqa: E402
from monitor.capture.sanity import check_pair  # noqa: E402
from monitor.errors import InputError  # noqa: E402
from monitor.text import sentences as _sentences  # noqa: E402

REAL_CASES = ROOT.parent / "shared" / "real-cases"


def _study(folder: Path) -> bool:
    service = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["service"]
    return int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 != 0


def _text(path: Path) -> str:
    try:
        return canonical_file(path)
    except InputError:
        return ""


def _cold(old: str, new: str) -> float:
    _sentences.clean_block.cache_clear()
    _sentences._line_units.cache_clear()
    start = time.perf_counter()
    check_pair(old, new)
    return time.perf_counter() - start


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    timings: list[tuple[float, str, int]] = []
    if REAL_CASES.is_dir():
        for folder in sorted(p for p in REAL_CASES.iterdir() if (p / "meta.json").is_file() and _study(p)):
            old, new = _text(folder / "before.md"), _text(folder / "after.md")
            timings.append((_cold(old, new), folder.name, len(old) + len(new)))
    word = "information " * 45_000  # ~500 KB: one block
    lines = "\n".join(f"- item {i} we collect and share" for i in range(18_000))  # ~500 KB: many blocks
    for name, old, new in (("one 500 KB block", lines, word), ("500 KB of list items", word, lines)):
        timings.append((_cold(old, new), name, len(old) + len(new)))
    ordered = sorted(t for t, _, _ in timings)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"check_pair on {len(timings)} pairs: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    for seconds, name, size in sorted(timings, reverse=True)[:5]:
        print(f"  {name}: {seconds * 1000:.0f} ms ({size // 1024} KB)")


if __name__ == "__main__":
    main()
