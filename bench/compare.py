"""policy-monitor against urlwatch, in lockstep on the same N static policy pages served on loopback.

For each server (one that honours conditional requests, one that ignores them), three passes on the same
states: a first pass (nothing known yet), a pass after 10 % of the pages changed (half materially, half
cosmetically, as in check_bench.py), and a pass where nothing changed. Each pass runs urlwatch, then
`policy-monitor check --json` (per_domain_concurrency = 16, download_delay_seconds = 0), as child processes
measured like check_bench.py: wall time, CPU seconds (wait4) and peak RSS (VmHWM).

urlwatch is installed from PyPI into the bench's own virtual environment (bench/.venv-urlwatch, created on
first use; never the project's .venv).

    .venv/bin/python bench/compare.py                       # 1000 pages, both servers
    .venv/bin/python bench/compare.py --pages 100           # a quick run
    .venv/bin/python bench/compare.py --pages 10000 --only policy-monitor --servers ignore
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

from check_bench import SEEDS, Page, Step, ensure_bytecode, generate, mutate, run_step  # noqa: E402

from monitor.demo.render import render_policy_page  # noqa: E402
from monitor.demo.static import StaticSite  # noqa: E402
from monitor.domain.values import Format  # noqa: E402

URLWATCH_VENV = BENCH / ".venv-urlwatch"
URLWATCH_VERSION = "urlwatch==2.29"
PASSES = ("first", "10% changed", "nothing changed")
TOOLS = ("urlwatch", "policy-monitor")


@dataclass
class Row:
    server: str
    name: str
    steps: dict[str, Step]


# ------------------------------------------------------------------------------------------ urlwatch


def urlwatch_bin() -> Path:
    """urlwatch in the bench's own venv, installed from PyPI on first use."""
    exe = URLWATCH_VENV / "bin" / "urlwatch"
    if exe.exists():
        return exe
    print(f"Installing {URLWATCH_VERSION} into {URLWATCH_VENV} (first run only) ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(URLWATCH_VENV)], check=True)
    pip = [str(URLWATCH_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, URLWATCH_VERSION], check=True)
    return exe


def write_urlwatch(workdir: Path, site: StaticSite, pages: list[Page]) -> list[str]:
    """urlwatch's jobs, config (no report but the counts; no colours) and cache paths: its command line."""
    jobs = "\n---\n".join(f"name: {p.slug}\nurl: {site.url(p.slug)}" for p in pages)
    (workdir / "urls.yaml").write_text(jobs + "\n", encoding="utf-8")
    config = {
        "display": {"new": True, "error": True, "unchanged": False, "empty-diff": True},
        "report": {
            "tz": None,
            "text": {"line_length": 75, "details": True, "footer": False, "minimal": True, "separate": False},
            "stdout": {"enabled": True, "color": False},
            "html": {"diff": "unified", "separate": False},
            "markdown": {"details": True, "footer": False, "minimal": True, "separate": False},
            "email": {"enabled": False},
        },
        "job_defaults": {"all": {}, "shell": {}, "url": {}, "browser": {}},
    }
    (workdir / "urlwatch.yaml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    (workdir / "hooks.py").write_text("", encoding="utf-8")
    return [
        str(urlwatch_bin()),
        "--urls",
        str(workdir / "urls.yaml"),
        "--config",
        str(workdir / "urlwatch.yaml"),
        "--cache",
        str(workdir / "cache.db"),
        "--hooks",
        str(workdir / "hooks.py"),
    ]


# ------------------------------------------------------------------------------------------ policy-monitor


def write_policy_monitor(workdir: Path, site: StaticSite, pages: list[Page]) -> list[str]:
    lines = [
        "[monitor]",
        'database = "bench.sqlite3"',
        "timeout_seconds = 60",
        "retries = 1",
        "jitter_seconds = 0",
        "delivery_wait_seconds = 5",
        "per_domain_concurrency = 16",
        "download_delay_seconds = 0",
        "",
    ]
    for page in pages:
        lines += [
            "[[companies]]",
            f'slug = "{page.slug}"',
            f"name = {json.dumps(page.name)}",
            f'url = "{site.url(page.slug)}"',
            "respect_robots = false",  # the static site has no robots.txt; urlwatch does not read one either
            "",
        ]
    (workdir / "config.toml").write_text("\n".join(lines), encoding="utf-8")
    return [sys.executable, "-m", "monitor", "--config", str(workdir / "config.toml"), "check", "--json"]


# ------------------------------------------------------------------------------------------ pages


def render(page: Page, i: int) -> bytes:
    html = render_policy_page(
        page.text,
        fmt=Format.MARKDOWN if page.fmt == "md" else Format.TEXT,
        title="Privacy Policy",
        company=page.name,
        variant=i,
        layout="divsoup" if i % 2 else "semantic",
    )
    return html.encode("utf-8")


def make_pages(n: int, seed: int) -> list[Page]:
    rng = random.Random(seed)
    seeds = {
        p.stem: (p.read_text(encoding="utf-8"), "md" if p.suffix == ".md" else "txt")
        for p in sorted(SEEDS.iterdir())
        if p.suffix in (".txt", ".md")
    }
    return [generate(i, rng, seeds) for i in range(n)]


# ------------------------------------------------------------------------------------------ running


def run_server(mode: str, base: list[Page], args: argparse.Namespace, env: dict[str, str]) -> list[Row]:
    pages = [Page(p.slug, p.name, p.text, p.fmt) for p in base]
    rng = random.Random(args.seed + 1)
    site = StaticSite(mode, record=False)
    workdir = Path(tempfile.mkdtemp(prefix=f"policy-monitor-compare-{mode}-"))
    rows: list[Row] = []
    try:
        for i, page in enumerate(pages):
            site.set_page(page.slug, render(page, i))
        commands = {}
        for tool in TOOLS:
            if tool not in args.only:
                continue
            folder = workdir / tool
            folder.mkdir()
            write = write_urlwatch if tool == "urlwatch" else write_policy_monitor
            commands[tool] = (folder, write(folder, site, pages))
        for name in PASSES:
            if name not in args.passes:  # (without the first pass, a later one finds everything new)
                continue
            if name == "10% changed":
                edited = rng.sample(range(len(pages)), max(2, round(len(pages) * 0.10)))
                for k, i in enumerate(edited):
                    page = pages[i]
                    page.edit = "material" if k % 2 == 0 else "cosmetic"
                    page.text = mutate(page, page.edit, rng)
                    site.set_page(page.slug, render(page, i))
            row = Row(mode, name, {})
            for tool, (folder, cmd) in commands.items():
                step = run_step(f"{tool} {name}", cmd, folder, env, len(pages))
                row.steps[tool] = step
                load = os.getloadavg()[0]
                print(f"  [{mode}] {step.line()}   (load {load:.1f})", flush=True)
            rows.append(row)
    finally:
        site.stop()
        if args.keep:
            print(f"(kept {workdir})")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return rows


def table(rows: list[Row], pages: int) -> list[str]:
    out = [
        "| server | pass | urlwatch wall | policy-monitor wall | wall ratio (uw/pm) | urlwatch CPU/page "
        "| policy-monitor CPU/page | urlwatch peak RSS | policy-monitor peak RSS | policy-monitor peak RSS with its "
        "workers | policy-monitor outcomes |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        uw, pm = row.steps.get("urlwatch"), row.steps.get("policy-monitor")

        def wall(s: Step | None) -> str:
            return f"{s.wall_s:.1f} s" if s else "-"

        def cpu(s: Step | None) -> str:
            return f"{s.cpu_s / pages * 1000:.1f} ms" if s else "-"

        def rss(s: Step | None) -> str:
            return f"{s.maxrss_mb:.0f} MB" if s else "-"

        def tree(s: Step | None) -> str:
            return f"{s.tree_rss_mb:.0f} MB" if s else "-"

        ratio = f"{uw.wall_s / pm.wall_s:.2f}" if uw and pm and pm.wall_s else "-"
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(pm.outcomes.items())) if pm else "-"
        out.append(
            f"| {row.server} | {row.name} | {wall(uw)} | {wall(pm)} | {ratio} | {cpu(uw)} | {cpu(pm)} "
            f"| {rss(uw)} | {rss(pm)} | {tree(pm)} | {outcomes} |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/compare.py",
        description="Run urlwatch and `policy-monitor check --json` in lockstep over N static policy pages on "
        "loopback (servers honouring and ignoring conditional requests; passes: first, 10%% changed, "
        "nothing changed) and print wall, CPU per page, peak RSS and the urlwatch/policy-monitor ratio.",
    )
    parser.add_argument("--pages", type=int, default=1000, help="number of pages (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the generated pages (default 1)")
    parser.add_argument(
        "--servers", nargs="+", choices=("honour", "ignore"), default=["ignore", "honour"], help="servers to run"
    )
    parser.add_argument("--only", nargs="+", choices=TOOLS, default=list(TOOLS), help="tools to run (default both)")
    parser.add_argument(
        "--passes", nargs="+", choices=PASSES, default=list(PASSES), help="passes to run (default all three)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the working folders")
    parser.add_argument("--json", dest="json_out", type=Path, metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.pages < 2:
        parser.error("--pages must be at least 2")
    if "urlwatch" in args.only:
        urlwatch_bin()

    t0 = time.monotonic()
    pages = make_pages(args.pages, args.seed)
    print(f"Generated {len(pages)} policies in {time.monotonic() - t0:.1f} s", flush=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICY_MONITOR_"))}
    ensure_bytecode()
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    for key in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(key, None)
    rows: list[Row] = []
    for mode in args.servers:
        print(f"Server {mode}s conditional requests:", flush=True)
        rows += run_server(mode, pages, args, env)
    print(f"\n{args.pages} pages; {os.cpu_count()} CPUs; 1-minute load average after each step above")
    for line in table(rows, args.pages):
        print(line)
    if args.json_out:
        args.json_out.write_text(
            json.dumps(
                [
                    {
                        "server": r.server,
                        "pass": r.name,
                        **{
                            tool: {
                                "wall_s": s.wall_s,
                                "cpu_s": s.cpu_s,
                                "maxrss_mb": s.maxrss_mb,
                                "tree_rss_mb": s.tree_rss_mb,
                                "outcomes": dict(s.outcomes),
                            }
                            for tool, s in r.steps.items()
                        },
                    }
                    for r in rows
                ],
                indent=2,
            ),
            encoding="utf-8",
        )
    ok = all(s.returncode == 0 for r in rows for s in r.steps.values())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
