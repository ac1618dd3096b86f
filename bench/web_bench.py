"""Benchmark of the web UI at size: the diff page of a change of N paragraphs, and the overview beside it.

Builds a SQLite store in a temporary folder with one company whose two snapshots differ in every one of N
short paragraphs (the recorded change, classified by the real classifier), starts the real
`policy-monitor serve` in a child process, then times (wall clock, from this process) GET of the diff page
(first request, then a repeat, which the classification cache serves), its JSON twin, and the overview;
and reads the server's peak resident memory (VmHWM).

    .venv/bin/python bench/web_bench.py                       # 20 000 and 100 000 paragraphs
    .venv/bin/python bench/web_bench.py --paragraphs 2000     # a quick run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.config.load import load_config  # noqa: E402
from monitor.domain.records import CheckDraft  # noqa: E402
from monitor.domain.values import ChangeVerdict, Classification, Direction, Outcome, Severity  # noqa: E402
from monitor.store import Store  # noqa: E402
from monitor.text.diff import diff_texts  # noqa: E402

WORDS = ["we", "collect", "use", "share", "keep", "your", "data", "account", "email", "partners", "services"]


def paragraphs(n: int, seed: int, last: str) -> list[str]:
    rng = random.Random(seed)
    return [f"Paragraph {i}: " + " ".join(rng.choice(WORDS) for _ in range(12)) + f" {last}." for i in range(n)]


def build(folder: Path, n: int) -> Path:
    """A config and a store holding one change of `n` edited paragraphs; returns the config path."""
    config_path = folder / "config.toml"
    config_path.write_text(
        '[monitor]\ndatabase = "db.sqlite3"\n'
        '[[companies]]\nslug = "big"\nname = "Big Corp"\nurl = "https://big.example/privacy"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    old = "# Privacy policy\n" + "\n".join(paragraphs(n, 1, "now"))
    new = "# Privacy policy\n" + "\n".join(paragraphs(n, 1, "today"))
    started = time.monotonic()
    # the classifier takes ~10 ms a change: a recorded classification with one verdict per change instead
    found = diff_texts(old, new)
    verdicts = tuple(
        ChangeVerdict(c.kind, c.before, c.after, False, Severity.MINOR, ("other",), "reworded") for c in found
    )
    classification = Classification(False, Severity.MINOR, Direction.NEUTRAL, ("other",), "Reworded.", verdicts)
    print(f"  setup: {len(found)} changes in {time.monotonic() - started:.1f} s")
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
        base = store.seed("big", old, b"", t0)
        assert base is not None
        store.record_check(
            CheckDraft(
                company="big",
                started_at=t0 + timedelta(days=1),
                duration_s=0.0,
                outcome=Outcome.CHANGED,
                base_snapshot_id=base.id,
                text=new,
                classification=classification,
            )
        )
    return config_path


def get(url: str, timeout: float = 600) -> tuple[float, int, int]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return time.monotonic() - started, status, len(body)


def hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(n: int) -> dict[str, float]:
    print(f"{n} paragraphs")
    with tempfile.TemporaryDirectory(prefix="web-bench-") as tmp:
        config = build(Path(tmp), n)
        port = 18000 + os.getpid() % 1000
        server = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(config), "serve", "--port", str(port)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    get(base + "/", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            figures: dict[str, float] = {"paragraphs": n, "server_start_hwm_mb": hwm_mb(server.pid)}
            for name, path in (
                ("diff_first_s", "/companies/big/diff"),
                ("diff_repeat_s", "/companies/big/diff"),
                ("diff_api_s", "/api/companies/big/diff"),
                ("overview_s", "/"),
                ("company_s", "/companies/big"),
            ):
                took, status, size = get(base + path)
                figures[name] = round(took, 2)
                print(f"  GET {path:28} {status}  {took:6.2f} s  {size / 1e6:6.1f} MB")
                assert status == 200, (path, status)
            figures["server_hwm_mb"] = round(hwm_mb(server.pid), 1)
            print(f"  server peak RSS (VmHWM): {figures['server_hwm_mb']:.0f} MB")
            return figures
        finally:
            server.terminate()
            server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, nargs="*", default=[20_000, 100_000])
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    results = [run(n) for n in args.paragraphs]
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
