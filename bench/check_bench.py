"""Benchmark of a full check pass: N generated policy pages on loopback, checked by the real CLI.

Steps: generate N policies (~30 KB each) from the five seeds (other company names, shuffled sections,
other numbers), serve them with the bundled policy site (chrome changes on every request), `seed`, one
`check` pass, then edit 10% of the pages (half materially, half cosmetically) and run a second pass.
For each step it prints the wall time, the CPU seconds per page and the peak memory of the CLI process,
and the outcome counts; for the second pass, how many material edits were caught and how many cosmetic
edits or untouched pages were wrongly judged material.

    .venv/bin/python bench/check_bench.py              # 1000 pages
    .venv/bin/python bench/check_bench.py --pages 100  # a quick run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.demo.site import PolicySite  # noqa: E402

SEEDS = REPO / "seeds"
#: Words naming the seed's company, replaced by the generated company's name.
SEED_NAMES = {
    "aloscale": ("Aloscale", "AloPortal", "aloportal"),
    "alopal": ("AloPal", "alopal"),
    "alsoft": ("ALSOFT", "alsoft"),
    "allocloud": ("ALLOcloud", "OpenS", "allocloud"),
    "altostack": ("AltoStack", "altostack"),
}
PREFIXES = (
    "North",
    "Blue",
    "Bright",
    "Cedar",
    "Delta",
    "Ever",
    "Green",
    "Harbor",
    "Iron",
    "Lumen",
    "Maple",
    "Nova",
    "Orbit",
    "Pine",
    "Quartz",
    "River",
    "Silver",
    "Terra",
    "Umber",
    "Vertex",
)
SUFFIXES = ("wind", "stone", "field", "works", "labs", "soft", "cloud", "pay", "health", "mart")
MATERIAL_EDITS = (
    "We sell your personal information, including your browsing history, to data brokers.",
    "We retain your personal data for ten years after you close your account.",
    "We now collect your precise geolocation and your contacts list when you use the app.",
    "We share your health information with advertising partners to personalise advertisements.",
    "You can no longer opt out of the use of your data for targeted advertising.",
    "We may transfer your personal data to any country without additional safeguards.",
)
TARGET_BYTES = 30_000


@dataclass
class Page:
    slug: str
    name: str
    text: str
    fmt: str  # "txt" | "md"
    edit: str | None = None  # "material" | "cosmetic" after the mutation step
    edit_detail: str = ""  # what the edit did, for the report of misjudged pages


@dataclass
class Step:
    name: str
    pages: int
    wall_s: float
    cpu_s: float
    maxrss_mb: float
    returncode: int
    #: the most the process and its children (the analysis workers) held at once: sampled sums of their PSS
    tree_rss_mb: float = 0.0
    outcomes: Counter = field(default_factory=Counter)
    results: dict[str, dict] = field(default_factory=dict)

    def line(self) -> str:
        per_page = self.cpu_s / self.pages if self.pages else 0.0
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "-"
        return (
            f"{self.name:<16} wall {self.wall_s:7.1f} s   CPU {self.cpu_s:7.1f} s "
            f"({per_page * 1000:6.1f} ms/page)   peak RSS {self.maxrss_mb:6.0f} MB "
            f"(with children {self.tree_rss_mb:4.0f} MB)   {counts}"
        )


# ------------------------------------------------------------------------------------------ generation


def company_name(i: int) -> str:
    return f"{PREFIXES[i % len(PREFIXES)]}{SUFFIXES[(i // len(PREFIXES)) % len(SUFFIXES)]} {i}"


def sections(text: str, fmt: str) -> list[str]:
    """Cut a policy into movable pieces: Markdown at headings, text in runs of six lines."""
    if fmt == "md":
        parts = re.split(r"\n(?=#{1,6} )", text.strip())
        return [p.strip() for p in parts if p.strip()]
    lines = [line for line in text.splitlines() if line.strip()]
    return ["\n".join(lines[i : i + 6]) for i in range(0, len(lines), 6)]


def generate(i: int, rng: random.Random, seeds: dict[str, tuple[str, str]]) -> Page:
    order = list(seeds)
    base = order[i % len(order)]
    text, fmt = seeds[base]
    name = company_name(i)
    pieces = sections(text, fmt)
    head, body = pieces[:1], pieces[1:]
    rng.shuffle(body)
    pieces = head + body
    # Pad to about TARGET_BYTES with sections of the other text seeds (as paragraphs).
    others = [s for s in order if s != base and seeds[s][1] == "txt"]
    while sum(len(p) for p in pieces) < TARGET_BYTES:
        donor = rng.choice(others)
        extra = sections(seeds[donor][0], "txt")
        pieces.append(_rename(rng.choice(extra), donor, name))
    joined = ("\n\n" if fmt == "md" else "\n").join(pieces)
    joined = _rename(joined, base, name)
    joined = re.sub(r"\b(\d{1,2}) (days|months|years)\b", lambda m: f"{rng.randint(2, 90)} {m.group(2)}", joined)
    return Page(f"co{i:05d}", name, joined, fmt)


def _rename(text: str, seed: str, name: str) -> str:
    for word in SEED_NAMES.get(seed, ()):
        replacement = name.split()[0].lower() if word.islower() else name
        text = text.replace(word, replacement)
    return text


def mutate(page: Page, kind: str, rng: random.Random) -> str:
    """Edit the page's text; `page.edit_detail` says how."""
    sep = "\n\n" if page.fmt == "md" else "\n"
    blocks = page.text.split(sep)
    at = min(len(blocks) - 1, rng.randint(2, 6))
    if kind == "material":
        sentence = rng.choice(MATERIAL_EDITS)
        blocks.insert(at, sentence)
        page.edit_detail = f"added {sentence!r} after {blocks[at - 1][:60]!r}"
    else:
        choice = rng.randrange(3)
        if choice == 0:
            blocks.insert(1, f"Last updated: {rng.randint(1, 28)} March 2026")
            page.edit_detail = "a revision date line"
        elif choice == 1:
            longest = max(range(len(blocks)), key=lambda k: len(blocks[k]))
            blocks[longest] = re.sub(r"\. (?=[A-Z])", "." + sep, blocks[longest], count=1)
            page.edit_detail = "a paragraph re-wrapped into two"
        else:
            blocks[at] = blocks[at].replace(" ", "  ", 3).replace("'", "’")
            page.edit_detail = "spaces doubled and typographic apostrophes"
    return sep.join(blocks)


# ------------------------------------------------------------------------------------------ running


def _descendants(pid: int) -> list[int]:
    """The process's children, grandchildren ... as /proc lists them now."""
    found, todo = [], [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                kids = [int(k) for k in task.read_text().split()]
            except (FileNotFoundError, ProcessLookupError, ValueError):
                continue
            found += kids
            todo += kids
    return found


def _pss_kb(pid: int) -> int:
    """The process's proportional set size: its private pages plus its share of pages shared with others (a
    forked worker shares its parent's loaded code until either writes to it); summed over a process tree it
    counts each page once."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return 0
    return next((int(line.split()[1]) for line in text.splitlines() if line.startswith("Pss:")), 0)


def _watch_peak_rss(pid: int, peak_kb: list[int]) -> None:
    """Follow the child's VmHWM (its own peak RSS) until it exits; peak_kb[1]: the largest sampled sum of the
    proportional set sizes of the child and its descendants (the analysis workers are processes of their own).

    Not ru_maxrss: Linux carries the parent's high-water mark (this script holds every served page) across
    fork+exec into the child's ru_maxrss. VmHWM only grows, so the last reading is the peak, give or take
    the final 20 ms; the sum is sampled every 20 ms, so a shorter peak of a worker can be missed.
    """
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except (FileNotFoundError, ProcessLookupError):
            return
        for line in text.splitlines():
            if line.startswith("VmHWM:"):
                peak_kb[0] = max(peak_kb[0], int(line.split()[1]))
                break
        else:
            return  # a zombie has no memory lines: it has exited
        peak_kb[1] = max(peak_kb[1], sum(_pss_kb(p) for p in (pid, *_descendants(pid))))
        time.sleep(0.02)


def ensure_bytecode() -> None:
    """Compile the installed packages and the project's own modules to bytecode before anything is timed.

    An installed program starts from its bytecode: pip compiles what it installs, and an interpreter writes
    the bytecode of what it imports. Neither happens under uv (it installs without compiling unless told to)
    with PYTHONDONTWRITEBYTECODE set: every start would then compile Scrapy, Twisted and SQLAlchemy from
    source again, ~1.3 s of CPU that is a property of the installation, not of the program. Up-to-date
    bytecode is left alone (a few seconds the first time, a fraction of a second after).
    """
    import sysconfig

    folders = [sysconfig.get_paths()["purelib"], str(REPO / "monitor"), str(REPO / "spiders")]
    compile_all = [sys.executable, "-m", "compileall", "-q", "-j", "0", *folders]
    subprocess.run(compile_all, stdout=subprocess.DEVNULL, check=False)


def run_step(name: str, cmd: list[str], cwd: Path, env: dict[str, str], pages: int) -> Step:
    """Run one CLI process and measure it: wait4 for its own CPU time, VmHWM for its peak RSS."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    chunks: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda k=k, s=s: chunks.__setitem__(k, s.read()))
        for k, s in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for reader in readers:
        reader.start()
    peak_kb = [0, 0]
    watcher = threading.Thread(target=_watch_peak_rss, args=(proc.pid, peak_kb), daemon=True)
    watcher.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    watcher.join()
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    step = Step(name, pages, wall, usage.ru_utime + usage.ru_stime, peak_kb[0] / 1024, proc.returncode)
    step.tree_rss_mb = peak_kb[1] / 1024
    for line in chunks.get("out", "").splitlines():
        if line.startswith("{"):
            try:
                result = json.loads(line)
            except json.JSONDecodeError:
                continue
            if "outcome" in result:
                step.results[result["company"]] = result
                step.outcomes[result["outcome"]] += 1
    if proc.returncode != 0:
        print(f"{name} failed (exit {proc.returncode}):\n{chunks.get('err', '')[-3000:]}", file=sys.stderr)
    return step


def write_config(workdir: Path, site: PolicySite, pages: list[Page], timeout: float, per_domain: int) -> Path:
    seeds_dir = workdir / "seeds"
    seeds_dir.mkdir()
    lines = [
        "[monitor]",
        'database = "bench.sqlite3"',
        f"timeout_seconds = {timeout}",
        "retries = 1",
        "jitter_seconds = 0",
        "delivery_wait_seconds = 5",
        f"per_domain_concurrency = {per_domain}",
        "download_delay_seconds = 0",
        "",
    ]
    for page in pages:
        seed = seeds_dir / f"{page.slug}.{page.fmt}"
        seed.write_text(page.text, encoding="utf-8")
        lines += [
            "[[companies]]",
            f'slug = "{page.slug}"',
            f"name = {json.dumps(page.name)}",
            f'url = "{site.url(page.slug)}"',
            f'seed = "seeds/{seed.name}"',
            "",
        ]
    config = workdir / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/check_bench.py",
        description="Time the real `policy-monitor check` over N generated ~30 KB policy pages served on "
        "loopback: seed, a first pass, then a second pass after 10% of the pages change "
        "(half materially, half cosmetically). Prints wall time, CPU seconds per page, peak "
        "memory of the CLI process and outcome counts.",
    )
    parser.add_argument("--pages", type=int, default=1000, help="number of companies/pages (default 1000)")
    parser.add_argument(
        "--changed", type=float, default=0.10, help="fraction of pages edited before the second pass (default 0.10)"
    )
    parser.add_argument(
        "--per-domain",
        type=int,
        default=32,
        help="per_domain_concurrency of the config: every page is on the one loopback host "
        "(the default for real sites is 2, 0.25 s apart); default 32, no delay",
    )
    parser.add_argument("--timeout", type=float, default=60, help="timeout_seconds of the fetches (default 60)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the generated pages (default 1)")
    parser.add_argument(
        "--layout",
        choices=("semantic", "divsoup", "mixed"),
        default="mixed",
        help="HTML layout of the pages (default: mixed, half each)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the working folder (config, database)")
    parser.add_argument(
        "--json", dest="json_out", type=Path, metavar="PATH", help="also write the figures as JSON to PATH"
    )
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")

    rng = random.Random(args.seed)
    seeds = {
        p.stem: (p.read_text(encoding="utf-8"), "md" if p.suffix == ".md" else "txt")
        for p in sorted(SEEDS.iterdir())
        if p.suffix in (".txt", ".md")
    }
    t0 = time.monotonic()
    pages = [generate(i, rng, seeds) for i in range(args.pages)]
    sizes = [len(p.text.encode()) for p in pages]
    print(
        f"Generated {len(pages)} policies in {time.monotonic() - t0:.1f} s "
        f"(text {min(sizes) // 1024}-{max(sizes) // 1024} KB, "
        f"mean {sum(sizes) / len(sizes) / 1024:.0f} KB)"
    )

    workdir = Path(tempfile.mkdtemp(prefix="policy-monitor-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICY_MONITOR_"))}
    ensure_bytecode()
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    cli = [sys.executable, "-m", "monitor", "--config", str(workdir / "config.toml")]
    layouts = {
        p.slug: ("divsoup" if (args.layout == "divsoup" or (args.layout == "mixed" and i % 2)) else "semantic")
        for i, p in enumerate(pages)
    }
    from monitor.domain.values import Format

    site = PolicySite({}, layouts=layouts)
    steps: list[Step] = []
    try:
        for page in pages:
            site.set_policy(
                page.slug,
                page.text,
                name=page.name,
                layout=layouts[page.slug],
                fmt=Format.MARKDOWN if page.fmt == "md" else Format.TEXT,
            )
        sample = site.render(pages[0].slug)
        print(f"Serving on {site.base_url} (a rendered page is about {len(sample.encode()) // 1024} KB of HTML)")
        write_config(workdir, site, pages, args.timeout, args.per_domain)
        n = len(pages)
        steps.append(run_step("seed", [*cli, "seed"], workdir, env, n))
        print(steps[-1].line(), flush=True)
        steps.append(run_step("check #1", [*cli, "check", "--json"], workdir, env, n))
        print(steps[-1].line(), flush=True)

        edited = rng.sample(pages, max(2, round(n * args.changed)) if n >= 2 else 1)
        for k, page in enumerate(edited):
            page.edit = "material" if k % 2 == 0 else "cosmetic"
            site.set_policy(page.slug, mutate(page, page.edit, rng))
        steps.append(run_step("check #2", [*cli, "check", "--json"], workdir, env, n))
        print(steps[-1].line(), flush=True)
        steps.append(run_step("check #3 (same)", [*cli, "check", "--json"], workdir, env, n))
        print(steps[-1].line(), flush=True)

        report = judge(pages, steps)
        for line in report["lines"]:
            print(line)
        db = workdir / "bench.sqlite3"
        print(f"Database: {db.stat().st_size / 1e6:.1f} MB after {len(steps) - 1} passes over {n} pages")
        if args.json_out:
            args.json_out.write_text(
                json.dumps(
                    {
                        "pages": n,
                        "steps": [{k: v for k, v in vars(s).items() if k != "results"} for s in steps],
                        "quality": report["figures"],
                        "database_bytes": db.stat().st_size,
                    },
                    indent=2,
                    default=dict,
                ),
                encoding="utf-8",
            )
        ok = all(s.returncode == 0 for s in steps)
        return 0 if ok else 1
    finally:
        site.stop()
        if args.keep:
            print(f"(kept {workdir})")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def judge(pages: list[Page], steps: list[Step]) -> dict:
    first, second, third = steps[1].results, steps[2].results, steps[3].results
    first_material = sorted(s for s, r in first.items() if r.get("material"))
    first_errors = sorted(s for s, r in first.items() if r["outcome"] == "error")
    material = [p for p in pages if p.edit == "material"]
    cosmetic = [p for p in pages if p.edit == "cosmetic"]
    untouched = [p for p in pages if p.edit is None]
    caught = sum(1 for p in material if second.get(p.slug, {}).get("material"))
    cosmetic_alarms = sum(1 for p in cosmetic if second.get(p.slug, {}).get("material"))
    untouched_alarms = sum(1 for p in untouched if second.get(p.slug, {}).get("material"))
    third_changed = sum(1 for r in third.values() if r["outcome"] != "unchanged")
    missed = [p for p in material if not second.get(p.slug, {}).get("material")]
    false_alarms = [p for p in cosmetic + untouched if second.get(p.slug, {}).get("material")]
    figures = {
        "first_pass_material": len(first_material),
        "first_pass_errors": len(first_errors),
        "material_edits": len(material),
        "material_caught": caught,
        "cosmetic_edits": len(cosmetic),
        "cosmetic_judged_material": cosmetic_alarms,
        "untouched_judged_material": untouched_alarms,
        "third_pass_not_unchanged": third_changed,
    }
    lines = [
        f"First pass: {len(first_material)} page(s) judged materially different from their own seed"
        + (f" ({', '.join(first_material[:5])}...)" if first_material else "")
        + f", {len(first_errors)} error(s)",
        f"Second pass: material edits caught {caught}/{len(material)}; cosmetic edits judged material "
        f"{cosmetic_alarms}/{len(cosmetic)}; untouched pages judged material "
        f"{untouched_alarms}/{len(untouched)}",
        f"Third pass (nothing changed): {third_changed} page(s) not 'unchanged'",
    ]
    for p in missed[:10]:
        r = second.get(p.slug, {})
        lines.append(
            f"  missed {p.slug}: {r.get('outcome')} {r.get('severity')} {r.get('categories')} - {p.edit_detail}"
        )
    for p in false_alarms[:10]:
        r = second.get(p.slug, {})
        lines.append(
            f"  false alarm {p.slug}: {r.get('severity')} {r.get('categories')} - {p.edit_detail or 'untouched'}"
        )
    return {"lines": lines, "figures": figures}


if __name__ == "__main__":
    raise SystemExit(main())
