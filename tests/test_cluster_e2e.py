"""Scale-out end to end (issue 14): real Redis, real PostgreSQL, the real CLI as one scheduler and two workers.

One module-wide cluster (its own database and Redis namespace) goes through the scenario in order:
a scheduled pass over 200 companies; a restarted scheduler that must not queue that pass again; then a pass
with changed policies during which a worker is SIGKILLed. Select these tests with ``-m cluster``.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest import REPO, cli_command, cli_env, run_cli, subprocess_ok, write_config
from conftest_store import pg_admin, pg_create_database, pg_drop_database

from monitor.cluster.queue import JobQueue
from monitor.cluster.status import cluster_status
from monitor.config.load import load_config
from monitor.demo.site import PolicySite
from monitor.store import Store
from tests.fakes.slack_server import TOKEN, FakeSlack

pytestmark = [pytest.mark.cluster, pytest.mark.postgres, pytest.mark.e2e, pytest.mark.timeout(240)]

REDIS_URL = "redis://127.0.0.1:6379/0"
COMPANIES = 200
CHANGED = 20
BEFORE = "AloPal will never rent or sell your Personal Information to others."
AFTER = "AloPal may sell your Personal Information to data brokers and advertising partners."
ENV = {"SLACK_BOT_TOKEN": TOKEN}
#: Fires once a year: the only pass the scheduler queues is the catch-up pass of its start.
YEARLY = "0 0 1 1 *"


class Proc:
    """A CLI process whose stderr (the log) is collected line by line as it comes."""

    def __init__(self, config: Path, *args: str):
        self.args = args
        self.popen = subprocess.Popen(
            cli_command(config, *args),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(ENV),
            cwd=config.parent,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.popen.stderr is not None
        for line in self.popen.stderr:
            self.lines.append(line.rstrip())

    @property
    def log(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, pattern: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if regex.search(line):
                    return line
            assert self.popen.poll() is None, f"{self.args} exited {self.popen.returncode}:\n{self.log[-3000:]}"
            time.sleep(0.1)
        raise AssertionError(f"{self.args}: no {pattern!r} in the log within {timeout} s:\n{self.log[-3000:]}")

    def stop(self, timeout: float = 60) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            raise

    def kill(self) -> None:
        self.popen.kill()
        self.popen.wait(10)


@dataclass
class Cluster:
    config: Path
    db_url: str
    namespace: str
    site: PolicySite
    slack: FakeSlack
    engine: sa.Engine
    procs: dict[str, Proc] = field(default_factory=dict)
    _status: tuple[JobQueue, Store] | None = None

    def start(self, name: str, *args: str) -> Proc:
        self.procs[name] = Proc(self.config, *args)
        return self.procs[name]

    def status(self) -> dict[str, Any]:
        """What `status --json` prints (read in-process, with one queue and store: the tests poll it often)."""
        if self._status is None:
            config = load_config(self.config)
            assert config.cluster is not None
            self._status = (JobQueue(config.cluster), Store.open(config.monitor.database))
        return cluster_status(*self._status)

    def close(self) -> None:
        if self._status is not None:
            self._status[0].close()
            self._status[1].close()

    def query(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(sa.text(sql), params))

    def checks_per_company(self, scheduled_at: str) -> dict[str, int]:
        rows = self.query(
            "SELECT company, count(*) FROM checks WHERE scheduled_at = :at GROUP BY company", at=scheduled_at
        )
        return {company: n for company, n in rows}

    def wait_for_pass(self, scheduled_at: str, timeout: float = 150) -> dict[str, int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            counts = self.checks_per_company(scheduled_at)
            if len(counts) >= COMPANIES:
                return counts
            for name, proc in self.procs.items():
                if name.startswith("worker") and proc.popen.poll() is not None and proc.popen.returncode != -9:
                    raise AssertionError(f"{name} exited {proc.popen.returncode}:\n{proc.log[-3000:]}")
            time.sleep(0.25)
        raise AssertionError(
            f"pass {scheduled_at}: {len(self.checks_per_company(scheduled_at))}/{COMPANIES} companies after "
            f"{timeout} s\n" + "\n".join(f"--- {n}\n{p.log[-2000:]}" for n, p in self.procs.items())
        )


def _redis_or_skip() -> Any:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"SKIPPED CLUSTER TESTS: no Redis at {REDIS_URL}: {exc}")
    return client


def slugs() -> list[str]:
    return [f"co{i:03d}" for i in range(COMPANIES)]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    client = _redis_or_skip()
    admin, why = pg_admin()
    if admin is None:
        pytest.skip(f"SKIPPED CLUSTER TESTS: {why}")
    admin.close()
    lines = next((REPO / "seeds").glob("alopal.*")).read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines[:12] + lines[80:96])  # a short policy: the tests time the cluster, not the pipeline
    assert BEFORE in text
    db_url = pg_create_database()
    namespace = f"pm-test-{uuid.uuid4().hex[:12]}"
    tmp = tmp_path_factory.mktemp("cluster")
    with (
        PolicySite({s: text for s in slugs()}, names={s: f"AloPal {s}" for s in slugs()}) as site,
        FakeSlack() as slack,
    ):
        config = write_config(
            tmp,
            site,
            seeds=False,
            database=db_url,
            schedule=YEARLY,
            timeout_seconds=10,
            per_domain_concurrency=50,
            slack={"token_env": "SLACK_BOT_TOKEN", "base_url": slack.base_url},
            subscribers=[{"name": "privacy-team", "channel": "#privacy-alerts", "min_severity": "major"}],
        )
        config.write_text(
            config.read_text(encoding="utf-8")
            + f'\n[cluster]\nqueue = "{REDIS_URL}"\nnamespace = "{namespace}"\nbatch_size = 50\n'
            + "worker_timeout_seconds = 3\n",
            encoding="utf-8",
        )
        engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
        c = Cluster(config, db_url, namespace, site, slack, engine)
        try:
            yield c
        finally:
            for proc in c.procs.values():
                if proc.popen.poll() is None:
                    proc.popen.kill()
                    proc.popen.wait(10)
            c.close()
            engine.dispose()
            for key in client.scan_iter(match=f"{namespace}:*", count=1000):
                client.delete(key)
            pg_drop_database(db_url)


def latest_pass(cluster: Cluster) -> dict[str, Any]:
    passes = cluster.status()["passes"]
    assert passes, "no pass queued"
    return passes[0]


def batch_children(config: Path) -> list[int]:
    """Pids of `batch` child processes of this config still alive."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"monitor.cluster.batch" in argv and str(config).encode() in argv:
            found.append(int(entry.name))
    return found


def wait_until(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


# ------------------------------------------------------------------------------------------ the scenario


def test_two_workers_and_a_scheduler_check_every_company_once(cluster: Cluster):
    cluster.start("worker-a", "worker", "--concurrency", "1")
    cluster.start("worker-b", "worker", "--concurrency", "1")
    scheduler = cluster.start("scheduler", "run")
    scheduler.wait_for(r"queued 200 companies in 4 job\(s\)")
    at = latest_pass(cluster)["scheduled_at"]
    counts = cluster.wait_for_pass(at)
    assert set(counts) == set(slugs())
    assert set(counts.values()) == {1}, {s: n for s, n in counts.items() if n != 1}
    # the workers fetched; the scheduler did not
    assert not re.search(r"check started", scheduler.log)
    total = cluster.query("SELECT count(*) FROM checks")[0][0]
    assert total == COMPANIES, "a check outside the pass was recorded"
    outcomes = dict(cluster.query("SELECT outcome, count(*) FROM checks GROUP BY outcome"))
    assert outcomes == {"new": COMPANIES}, outcomes
    # the last job's child has recorded its checks a moment before its worker counts them and acknowledges the job
    status = wait_until(
        lambda: (
            (s := cluster.status())["queue"]["in_progress"] == 0
            and sum(w["checks"] for w in s["workers"]) == COMPANIES
            and s
        ),
        20,
        "the last job's acknowledgement and every check counted by a worker",
    )
    assert status["queue"] == {"waiting": 0, "in_progress": 0, "dead": 0}
    workers = {w["pid"]: w for w in status["workers"]}
    assert {p.popen.pid for n, p in cluster.procs.items() if n.startswith("worker")} == set(workers)
    assert all(w["state"] == "running" and w["heartbeat_age_s"] < 3 for w in workers.values()), workers
    assert sum(w["checks"] for w in workers.values()) == COMPANIES
    assert all(w["jobs"] >= 1 for w in workers.values()), f"one worker did everything: {workers}"
    assert status["checks_per_minute"] + status["checks_this_minute"] > 0
    assert status["passes"][0]["recorded"] == COMPANIES
    shown = run_cli(cluster.config, "status", env=ENV)
    assert shown.returncode == 0, subprocess_ok(shown)
    assert "0 job(s) waiting, 0 held by workers" in shown.stdout
    assert f"{COMPANIES}/{COMPANIES} companies recorded (4 jobs)" in shown.stdout


def test_a_restarted_scheduler_does_not_queue_the_pass_again(cluster: Cluster):
    before = cluster.status()
    assert cluster.procs["scheduler"].stop() == 0
    scheduler = cluster.start("scheduler", "run")
    scheduler.wait_for(r"already queued")
    time.sleep(1.5)  # what a second queueing would have left
    after = cluster.status()
    assert after["jobs_enqueued"] == before["jobs_enqueued"] == 4
    assert len(after["passes"]) == 1
    assert after["queue"]["waiting"] == 0
    assert "queued 200 companies" not in scheduler.log
    assert cluster.query("SELECT count(*) FROM checks")[0][0] == COMPANIES


def test_a_worker_killed_mid_pass_leaves_exactly_one_check_change_and_alert_per_company(cluster: Cluster):
    changed = slugs()[::10]
    assert len(changed) == CHANGED
    for slug in changed:
        cluster.site.set_policy(slug, cluster.site.text(slug).replace(BEFORE, AFTER))
    for slug in slugs():  # slow pages: a job lasts long enough to be killed in the middle of it
        cluster.site.set_fault(slug, "slow", seconds=1.5)
    result = run_cli(cluster.config, "enqueue", env=ENV)
    assert result.returncode == 0, subprocess_ok(result)
    at = re.search(r"scheduled at (\S+)", result.stdout).group(1)
    victim = cluster.procs["worker-a"]

    def victim_busy() -> bool:
        me = [w for w in cluster.status()["workers"] if w["pid"] == victim.popen.pid]
        return bool(me and me[0]["running"] == 1 and cluster.checks_per_company(at))

    wait_until(victim_busy, 90, "worker-a in the middle of a job of the second pass")
    victim.kill()
    cluster.site.clear_faults()
    counts = cluster.wait_for_pass(at)
    assert set(counts) == set(slugs())
    assert set(counts.values()) == {1}, {s: n for s, n in counts.items() if n != 1}
    outcomes = dict(cluster.query("SELECT outcome, count(*) FROM checks WHERE scheduled_at = :at GROUP BY 1", at=at))
    assert outcomes == {"changed": CHANGED, "unchanged": COMPANIES - CHANGED}, outcomes
    per_company = dict(cluster.query("SELECT company, count(*) FROM changes GROUP BY company"))
    assert per_company == dict.fromkeys(changed, 1)
    alerts = dict(cluster.query("SELECT company, count(*) FROM alerts GROUP BY company"))
    assert alerts == dict.fromkeys(changed, 1)
    # the scheduler delivers each alert once
    wait_until(lambda: len(cluster.slack.posted()) >= CHANGED, 60, "the alerts in Slack")
    time.sleep(1)
    posted = [json.dumps(m, ensure_ascii=False) for m in cluster.slack.posted()]
    for slug in changed:
        about = [m for m in posted if f"AloPal {slug}" in m]
        assert len(about) == 1, f"{slug}: {len(about)} Slack messages"
    assert len(posted) == CHANGED
    # the killed worker's child ended itself; nothing is left in the queue
    wait_until(lambda: not batch_children(cluster.config), 15, "no batch child left running")
    status = wait_until(lambda: (s := cluster.status())["queue"]["in_progress"] == 0 and s, 15, "an empty queue")
    assert status["queue"]["waiting"] == 0 and status["queue"]["dead"] == 0
    dead = [w for w in status["workers"] if w["pid"] == victim.popen.pid]
    assert dead and dead[0]["state"].startswith("silent"), dead


def test_sigterm_lets_a_worker_finish_its_job_and_leaves_the_rest_queued(cluster: Cluster):
    worker = cluster.procs["worker-b"]
    few = slugs()[:100]  # two jobs
    for slug in few:
        cluster.site.set_fault(slug, "slow", seconds=1.5)
    result = run_cli(cluster.config, "enqueue", *[a for s in few for a in ("--company", s)], env=ENV)
    assert result.returncode == 0, subprocess_ok(result)
    at = re.search(r"scheduled at (\S+)", result.stdout).group(1)

    def busy() -> bool:
        me = [w for w in cluster.status()["workers"] if w["pid"] == worker.popen.pid]
        return bool(me and me[0]["running"] == 1)

    wait_until(busy, 60, "worker-b at work")
    assert not cluster.checks_per_company(at), "the job finished before the test could stop its worker"
    assert worker.stop(timeout=60) == 0, worker.log[-3000:]
    worker.wait_for(r"stopped \(\d+ jobs, \d+ checks\)", timeout=5)
    # the running job was finished, and acknowledged; the other one was never taken
    assert sorted(cluster.checks_per_company(at)) == few[:50]
    status = cluster.status()
    assert status["queue"] == {"waiting": 1, "in_progress": 0, "dead": 0}
    assert {w["pid"]: w["state"] for w in status["workers"]}[worker.popen.pid] == "stopped"
    cluster.site.clear_faults()
