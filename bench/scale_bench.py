"""Benchmark of the cluster (issue 14): passes over N generated policies with 1, 2 and 4 worker processes.

Steps: generate N ~30 KB policies (as bench/check_bench.py does) and serve them on loopback; a fresh
PostgreSQL database and a Redis namespace of its own; `seed` (so each pass is the steady state: fetch,
normalise, compare, record an unchanged check); then for each worker count W: start W `worker
--concurrency 1` processes, `enqueue` one pass, time it until every company's check of that pass is recorded,
stop the workers. Reported per pass: throughput (checks/s), peak RSS of each worker process and of its
batch child, and the CPU seconds that PostgreSQL and Redis spent per check (read from /proc), which bound
what one database and one queue can serve; from those, a projection for 10 machines.

    .venv/bin/python bench/scale_bench.py                      # 2000 companies, 1/2/4 workers
    .venv/bin/python bench/scale_bench.py --pages 300 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

from check_bench import SEEDS, generate  # noqa: E402

from monitor.demo.site import PolicySite  # noqa: E402
from monitor.domain.values import Format  # noqa: E402

CLK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class PassResult:
    workers: int
    companies: int
    wall_s: float
    checks_per_s: float
    outcomes: dict[str, int]
    worker_rss_mb: list[float]  # peak RSS of each worker process (its own, without its child)
    child_rss_mb: float  # peak RSS of one batch child (a Scrapy crawl of one job)
    worker_cpu_ms_per_check: float  # CPU of the workers and their batch children, per check
    postgres_cpu_ms_per_check: float
    redis_cpu_ms_per_check: float
    load_before: float
    samples: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        rss = "/".join(f"{r:.0f}" for r in self.worker_rss_mb)
        return (
            f"{self.workers} worker(s): {self.companies} checks in {self.wall_s:6.1f} s = "
            f"{self.checks_per_s:6.1f} checks/s   worker RSS {rss} MB + child {self.child_rss_mb:.0f} MB   "
            f"workers {self.worker_cpu_ms_per_check:.0f} ms CPU/check   "
            f"PostgreSQL {self.postgres_cpu_ms_per_check:.2f} ms CPU/check, Redis "
            f"{self.redis_cpu_ms_per_check:.3f} ms/check   load {self.load_before:.1f}   {self.outcomes}"
        )


# ------------------------------------------------------------------------------------------ /proc


def _proc_table() -> dict[int, tuple[int, str, int, int]]:
    """pid -> (ppid, comm, cpu ticks, rss KB) for every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), comm, int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE_KB)
    return table


def cpu_with_children_s(pid: int) -> float:
    """CPU seconds of a process and of its children that have ended (a worker's finished batch children)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2 :].split()
    return sum(int(f) for f in fields[11:15]) / CLK


def service_cpu_s(comm_prefix: str) -> float:
    """CPU seconds used so far by every process whose name starts with `comm_prefix` (postgres, redis-server)."""
    return sum(t for _, comm, t, _ in _proc_table().values() if comm.startswith(comm_prefix)) / CLK


class RssWatch(threading.Thread):
    """Sample the RSS of the worker processes and of their children until stopped."""

    def __init__(self, pids: list[int]):
        super().__init__(daemon=True)
        self.pids = pids
        self.peak = dict.fromkeys(pids, 0)
        self.child_peak = 0
        self.samples = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            table = _proc_table()
            self.samples += 1
            for pid in self.pids:
                if pid in table:
                    self.peak[pid] = max(self.peak[pid], table[pid][3])
            for ppid, _, _, rss in table.values():
                if ppid in self.peak:
                    self.child_peak = max(self.child_peak, rss)


# ------------------------------------------------------------------------------------------ the cluster


def cli(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "monitor", "--config", str(config), *args]


def checks_of(engine, scheduled_at: str) -> dict[str, int]:
    import sqlalchemy as sa

    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT outcome, count(*) FROM checks WHERE scheduled_at = :at GROUP BY outcome"),
            {"at": scheduled_at},
        )
        return {outcome: n for outcome, n in rows}


def one_pass(config: Path, engine, env: dict[str, str], workers: int, companies: int, timeout: float) -> PassResult:
    procs = [
        subprocess.Popen(
            cli(config, "worker", "--concurrency", "1"),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for _ in range(workers)
    ]
    try:
        # ready when every worker has reported a heartbeat
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            status = json.loads(subprocess.run(cli(config, "status", "--json"), env=env, capture_output=True).stdout)
            alive = {w["pid"] for w in status["workers"] if w["state"] == "running"}
            if {p.pid for p in procs} <= alive:
                break
            time.sleep(0.5)
        load = os.getloadavg()[0]
        watch = RssWatch([p.pid for p in procs])
        watch.start()
        pg0, redis0 = service_cpu_s("postgres"), service_cpu_s("redis-server")
        cpu0 = sum(cpu_with_children_s(p.pid) for p in procs)
        t0 = time.monotonic()
        out = subprocess.run(cli(config, "enqueue"), env=env, capture_output=True, text=True, check=True).stdout
        at = out.rsplit("scheduled at ", 1)[1].strip()
        outcomes: dict[str, int] = {}
        while time.monotonic() - t0 < timeout:
            outcomes = checks_of(engine, at)
            if sum(outcomes.values()) >= companies:
                break
            time.sleep(0.25)
        wall = time.monotonic() - t0
        pg1, redis1 = service_cpu_s("postgres"), service_cpu_s("redis-server")
        time.sleep(1.0)  # the last batch children are reaped
        cpu1 = sum(cpu_with_children_s(p.pid) for p in procs)
        watch.stop.set()
        watch.join()
        done = sum(outcomes.values())
        return PassResult(
            workers=workers,
            companies=done,
            wall_s=round(wall, 2),
            checks_per_s=round(done / wall, 2),
            outcomes=outcomes,
            worker_rss_mb=[round(watch.peak[p.pid] / 1024, 1) for p in procs],
            child_rss_mb=round(watch.child_peak / 1024, 1),
            worker_cpu_ms_per_check=round((cpu1 - cpu0) * 1000 / max(done, 1), 1),
            postgres_cpu_ms_per_check=round((pg1 - pg0) * 1000 / max(done, 1), 3),
            redis_cpu_ms_per_check=round((redis1 - redis0) * 1000 / max(done, 1), 4),
            load_before=round(load, 2),
            samples=watch.samples,
            notes=[] if done >= companies else [f"timed out after {timeout} s with {done}/{companies}"],
        )
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def project(results: list[PassResult], machines: int, cores: int) -> dict[str, float | str]:
    """Ten machines like this one: each keeps its `cores` busy at the measured worker CPU cost per check (the
    fetches wait on the network concurrently), times `machines`, unless the shared PostgreSQL (a dedicated
    machine of `cores` cores) or Redis (one thread) saturate first at their measured CPU cost per check."""
    best = max(results, key=lambda r: r.checks_per_s)
    # CPU-bound: a machine's cores kept busy by enough worker processes, at the CPU cost per check measured
    worker_ms = min(r.worker_cpu_ms_per_check for r in results)
    per_machine_cpu_bound = cores * 1000 / worker_ms if worker_ms else best.checks_per_s
    workers_linear = per_machine_cpu_bound * machines
    pg_ms = max(r.postgres_cpu_ms_per_check for r in results)
    redis_ms = max(r.redis_cpu_ms_per_check for r in results)
    pg_cap = cores * 1000 / pg_ms if pg_ms else float("inf")
    redis_cap = 1000 / redis_ms if redis_ms else float("inf")  # Redis runs commands on one thread
    projected = min(workers_linear, pg_cap, redis_cap)
    limit = "the workers" if projected == workers_linear else ("PostgreSQL" if projected == pg_cap else "Redis")
    return {
        "machines": machines,
        "per_machine_checks_per_s": best.checks_per_s,
        "per_machine_workers": best.workers,
        "worker_cpu_ms_per_check": worker_ms,
        "per_machine_cpu_bound_checks_per_s": round(per_machine_cpu_bound, 1),
        "workers_linear_checks_per_s": round(workers_linear, 1),
        "postgres_capacity_checks_per_s": round(pg_cap, 1),
        "redis_capacity_checks_per_s": round(redis_cap, 1),
        "projected_checks_per_s": round(projected, 1),
        "projected_checks_per_hour": round(projected * 3600),
        "limited_by": limit,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/scale_bench.py", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="companies (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="worker counts (default 1 2 4)")
    parser.add_argument("--batch-size", type=int, default=100, help="[cluster] batch_size (default 100)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--machines", type=int, default=10, help="machines of the projection (default 10)")
    parser.add_argument("--timeout", type=float, default=1800, help="give up a pass after this (default 1800 s)")
    parser.add_argument("--json", dest="json_out", type=Path, metavar="PATH", help="also write the figures here")
    args = parser.parse_args(argv)

    import sqlalchemy as sa
    from conftest_store import pg_create_database, pg_drop_database

    rng = random.Random(1)
    seeds = {
        p.stem: (p.read_text(encoding="utf-8"), "md" if p.suffix == ".md" else "txt")
        for p in sorted(SEEDS.iterdir())
        if p.suffix in (".txt", ".md")
    }
    pages = [generate(i, rng, seeds) for i in range(args.pages)]
    workdir = Path(tempfile.mkdtemp(prefix="policy-monitor-scale-"))
    db_url = pg_create_database()
    namespace = f"pm-bench-{uuid.uuid4().hex[:10]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICY_MONITOR_"))}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PYTHONPATH"] = str(REPO)
    site = PolicySite({})
    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    results: list[PassResult] = []
    try:
        for i, page in enumerate(pages):
            fmt = Format.MARKDOWN if page.fmt == "md" else Format.TEXT
            layout = "divsoup" if i % 2 else "semantic"
            site.set_policy(page.slug, page.text, name=page.name, layout=layout, fmt=fmt)
        (workdir / "seeds").mkdir()
        lines = [
            "[monitor]",
            f'database = "{db_url}"',
            'schedule = "0 0 1 1 *"',
            "timeout_seconds = 60",
            "retries = 1",
            "jitter_seconds = 0",
            "per_domain_concurrency = 32",
            "download_delay_seconds = 0",
            "",
            "[cluster]",
            f'queue = "{args.redis}"',
            f'namespace = "{namespace}"',
            f"batch_size = {args.batch_size}",
            "worker_timeout_seconds = 30",
            "",
        ]
        for page in pages:
            seed = workdir / "seeds" / f"{page.slug}.{page.fmt}"
            seed.write_text(page.text, encoding="utf-8")
            lines += ["[[companies]]", f'slug = "{page.slug}"', f"name = {json.dumps(page.name)}"]
            lines += [f'url = "{site.url(page.slug)}"', f'seed = "seeds/{seed.name}"', ""]
        config = workdir / "config.toml"
        config.write_text("\n".join(lines), encoding="utf-8")
        subprocess.run(cli(config, "seed"), env=env, check=True, capture_output=True)
        print(f"{len(pages)} companies on {site.base_url}, seeded; PostgreSQL {db_url}, Redis namespace {namespace}")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the first pass")
        for workers in args.workers:
            result = one_pass(config, engine, env, workers, len(pages), args.timeout)
            results.append(result)
            print(result.line(), flush=True)
        projection = project(results, args.machines, os.cpu_count() or 2)
        print(
            f"projection for {args.machines} machines like this one: {projection['projected_checks_per_s']} checks/s "
            f"({projection['projected_checks_per_hour']} checks/hour), limited by {projection['limited_by']} "
            f"[measured here at best {projection['per_machine_checks_per_s']}/s on a shared machine; CPU-bound "
            f"{projection['per_machine_cpu_bound_checks_per_s']}/s per machine x{args.machines}: "
            f"{projection['workers_linear_checks_per_s']}/s; a dedicated "
            f"{os.cpu_count()}-core PostgreSQL: {projection['postgres_capacity_checks_per_s']}/s; "
            f"Redis (one thread): {projection['redis_capacity_checks_per_s']}/s]"
        )
        if args.json_out:
            doc = {"passes": [asdict(r) for r in results], "projection": projection, "pages": len(pages)}
            args.json_out.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    finally:
        site.stop()
        engine.dispose()
        import redis

        client = redis.Redis.from_url(args.redis)
        for key in client.scan_iter(match=f"{namespace}:*", count=1000):
            client.delete(key)
        pg_drop_database(db_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
