"""Time the pure parts of issue 15 on large inputs: PDF text with furniture removed, and sub-processor tables.

.venv/bin/python bench/documents_bench.py
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from monitor.classify.documents import classify_document
from monitor.demo.pdfdoc import policy_pdf
from monitor.domain.values import Format
from monitor.text.normalise import normalise
from monitor.text.pdf import pdf_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    text = "\n".join(normalise(p.read_text(encoding="utf-8"), Format.TEXT) for p in sorted(SEEDS.glob("*.txt")))
    pdf = policy_pdf(text, title="Bench - Privacy Policy", lines_per_page=40)
    pages = pdf.count(b"/Type /Page ")
    median, worst = timed(lambda: pdf_text(pdf))
    print(
        f"pdf_text: {len(pdf) / 1e6:.2f} MB, {pages} pages, {len(text)} chars: median {median:.3f} s, max {worst:.3f} s"
    )

    rows = [f"Vendor {i} Inc. | purpose {i % 40} | Country {i % 60}" for i in range(1500)]
    before = "# Sub-processors\n" + "\n".join(rows)
    after = "# Sub-processors\n" + "\n".join(
        reversed([*rows[:700], "Acme Analytics Inc. | analytics | US", *rows[700:]])
    )
    median, worst = timed(lambda: classify_document("subprocessors", before, after))
    verdict = classify_document("subprocessors", before, after)
    print(
        f"subprocessors: 1500 rows re-sorted + 1 added: median {median:.3f} s, max {worst:.3f} s -> {verdict.summary}"
    )


if __name__ == "__main__":
    main()
