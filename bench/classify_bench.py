"""Benchmark: classify_texts on a ~30 KB policy with a handful of edits, on a complete rewrite, and on every real
pair of ../shared/real-cases (one cold run each, wall and CPU time; `--real-only` for that part alone)."""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.classify import elsewhere as _elsewhere  # noqa: E402
from monitor.classify import evidence as _evidence  # noqa: E402
from monitor.classify import facts as _facts  # noqa: E402
from monitor.classify import furniture as _furniture  # noqa: E402
from monitor.classify import lexicon as _lexicon  # noqa: E402
from monitor.classify import reader as _reader  # noqa: E402
from monitor.classify import statement as _statement  # noqa: E402
from monitor.classify import verdicts as _verdicts  # noqa: E402
from monitor.classify.engine import classify_texts  # noqa: E402
from monitor.text import sentences as _sentences  # noqa: E402

EDITS = (
    ("We do not sell personal information for direct financial gain", "We may sell personal information"),
    ("under 16 years of age", "under 13 years of age"),
    ("within 30 days of receiving", "within 45 days of receiving"),
    ("- Location Information: Approximate location based on your IP address", "- Location Information: GPS data"),
    ("support@aloportal.com", "privacy@aloscale.com"),
)


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _time(old: str, new: str, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds of each cold run (and, into `cpu`, the process CPU milliseconds: the figure to compare on
    a shared machine, where wall time includes the other processes' turns)."""
    out = []
    for _ in range(runs):
        # per-process caches would make every repeat after the first nearly free: measure cold runs
        _evidence.profile.cache_clear()
        _verdicts._hunks_cached.cache_clear()
        _facts._text_facts.cache_clear()
        _facts._sentence_facts.cache_clear()
        _furniture._boilerplate.cache_clear()
        _lexicon.contact_in.cache_clear()
        _reader._holders.cache_clear()
        _statement._judge_statement.cache_clear()
        _evidence.normal.cache_clear()
        _elsewhere.acts.cache_clear()
        _sentences.clean_block.cache_clear()
        _sentences._line_units.cache_clear()
        _sentences.loose_key.cache_clear()
        _sentences._split_sentences.cache_clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        classify_texts(old, new)
        out.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - start_cpu) * 1000)
    return out


REAL_CASES = ROOT.parent / "shared" / "real-cases"
#: the budget per real pair (issue 10): every pair within 2 s, the 95th percentile within 300 ms
REAL_MAX_MS, REAL_P95_MS = 2000.0, 300.0


def _study(service: str) -> bool:
    """The study part of real-cases (score.py's split): only those pairs are named in the output."""
    return int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 != 0


def real_cases() -> None:
    """One cold run per real pair (the canonical text read first, as `classify` does; reading is not timed)."""
    from monitor import app
    from monitor.errors import InputError

    samples: list[tuple[float, float, str, int]] = []
    for d in sorted(p for p in REAL_CASES.iterdir() if (p / "before.md").exists()) if REAL_CASES.is_dir() else ():
        try:
            old, new = app.canonical_file(d / "before.md"), app.canonical_file(d / "after.md")
        except InputError:
            continue  # an empty capture: no text to classify
        cpu: list[float] = []
        ms = _time(old, new, 1, cpu)[0]
        study = _study(json.loads((d / "meta.json").read_text(encoding="utf-8"))["service"])
        samples.append((ms, cpu[0], d.name if study else "", len(old) + len(new)))
    if not samples:
        print("real pairs: ../shared/real-cases not found")
        return
    for label, t in (("wall", [s[0] for s in samples]), ("cpu", [s[1] for s in samples])):
        p50, p95 = statistics.median(t), _percentile(t, 0.95)
        print(
            f"real pairs {label:<5} {len(t)} pairs: p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(t):.1f} ms"
            f"  (budget: max {REAL_MAX_MS:.0f} ms, p95 {REAL_P95_MS:.0f} ms)"
        )
    over = [s for s in samples if s[0] > REAL_MAX_MS]
    # frozen pairs are timed with the rest but never named (the honesty rule of ../shared/real-cases)
    named = sorted((s for s in samples if s[2]), key=lambda s: s[1])[-5:][::-1]
    print("slowest study pairs (cpu): " + ", ".join(f"{n} {c:.0f} ms ({size // 1024} KB)" for _, c, n, size in named))
    if over:
        print(f"over {REAL_MAX_MS:.0f} ms (wall): {len(over)} pair(s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--real-only", action="store_true", help="time only the real pairs of ../shared/real-cases")
    args = ap.parse_args()
    if args.real_only:
        real_cases()
        return 0
    policy = (ROOT / "seeds" / "aloscale.txt").read_text(encoding="utf-8")[:30_000]
    edited = policy
    for old, new in EDITS:
        edited = edited.replace(old, new, 1)
    rewrite = (ROOT / "seeds" / "alopal.txt").read_text(encoding="utf-8")
    rewrite += "\n" + (ROOT / "seeds" / "altostack.txt").read_text(encoding="utf-8")
    rewrite = rewrite[:30_000]
    result = classify_texts(policy, edited)
    print(
        f"policy {len(policy) / 1024:.1f} KB, {len(result.changes)} changes, material={result.material}, "
        f"severity={result.severity.value}"
    )
    # min is the code's cost on an undisturbed core; p95 includes what the machine adds (on this 2-core VM,
    # whole stretches of runs are ~1.5x slower at times, with the same code).
    for label, old, new, runs in (("handful of edits", policy, edited, 300), ("complete rewrite", policy, rewrite, 60)):
        t = _time(old, new, runs)
        print(
            f"{label:<17} {runs} runs: min {min(t):.1f} ms  p50 {statistics.median(t):.1f} ms  "
            f"p95 {_percentile(t, 0.95):.1f} ms"
        )
    real_cases()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
