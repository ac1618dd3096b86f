"""The cluster's parts (issue 14): `[cluster]` settings, crontab times, the store's one-check-per-run rule, and
queueing a pass once (real Redis, a namespace of its own per test). The end-to-end run is test_cluster_e2e.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import write_config
from conftest_store import T0, alert_for, changed, company, failed, row_counts, unchanged

from monitor.cluster.passes import (
    Pass,
    batches,
    enqueue_pass,
    latest_fire_time,
    next_fire_time,
    pass_marker,
    recent_passes,
)
from monitor.cluster.queue import QUEUE_NAME, JobQueue, shown_url
from monitor.config.load import load_config
from monitor.config.settings import ClusterSettings
from monitor.errors import ConfigError
from monitor.store import Store

REDIS_URL = "redis://127.0.0.1:6379/0"
PG = "postgresql://postgres@127.0.0.1:5432/x"


def _config(tmp_path: Path, cluster: str, database: str = PG) -> Path:
    path = write_config(tmp_path, companies=[{"slug": "acme", "name": "Acme", "url": "https://acme.example/p"}])
    text = path.read_text(encoding="utf-8").replace('database = "db.sqlite3"', f'database = "{database}"')
    path.write_text(text + "\n[cluster]\n" + cluster, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ settings


def test_without_a_cluster_section_nothing_changes(tmp_path):
    path = write_config(tmp_path, companies=[{"slug": "acme", "name": "Acme", "url": "https://acme.example/p"}])
    assert load_config(path).cluster is None


def test_a_cluster_is_read_with_its_defaults(tmp_path):
    config = load_config(_config(tmp_path, f'queue = "{REDIS_URL}"\n'))
    assert config.cluster == ClusterSettings(queue=REDIS_URL)
    assert config.cluster.batch_size == 20 and config.cluster.worker_timeout_seconds == 60.0


def test_a_cluster_on_sqlite_is_an_error_naming_the_database_key(tmp_path):
    path = _config(tmp_path, f'queue = "{REDIS_URL}"\n', database="db.sqlite3")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert "[monitor.database]" in message and "PostgreSQL" in message and "'sqlite'" in message
    assert f"{path}:" in message  # with the file (and the line of the key)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("batch_size = 5\n", "[cluster] missing required key 'queue'"),
        ('queue = "http://127.0.0.1:6379"\n', "[cluster.queue] not a Redis URL"),
        (f'queue = "{REDIS_URL}"\nbatch_size = 0\n', "[cluster.batch_size] must be at least 1"),
        (f'queue = "{REDIS_URL}"\nworker_timeout_seconds = 0\n', "[cluster.worker_timeout_seconds] must be greater"),
        (f'queue = "{REDIS_URL}"\nnamespace = "a b*"\n', "[cluster.namespace]"),
        (f'queue = "{REDIS_URL}"\nworkers = 3\n', "[cluster.workers] unknown key 'workers'"),
    ],
)
def test_bad_cluster_settings_are_errors_naming_the_key(tmp_path, body, needle):
    with pytest.raises(ConfigError) as err:
        load_config(_config(tmp_path, body))
    assert needle in str(err.value)


def test_the_queue_url_is_shown_without_its_password():
    assert shown_url("redis://:s3cret@redis.internal:6380/2") == "redis://:***@redis.internal:6380/2"
    assert shown_url(REDIS_URL) == REDIS_URL


# ------------------------------------------------------------------------------------------ crontab times


@pytest.mark.parametrize(
    ("expr", "now", "latest", "following"),
    [
        ("0 */6 * * *", datetime(2026, 3, 1, 13, 5, tzinfo=UTC), datetime(2026, 3, 1, 12, tzinfo=UTC), 18),
        ("0 */6 * * *", datetime(2026, 3, 1, 12, 0, tzinfo=UTC), datetime(2026, 3, 1, 12, tzinfo=UTC), 18),
        ("30 2 * * 0", datetime(2026, 3, 4, 9, tzinfo=UTC), datetime(2026, 3, 1, 2, 30, tzinfo=UTC), None),
        ("0 0 1 1 *", datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC), None),
        ("*/10 * * * * *", datetime(2026, 3, 1, 12, 0, 7, tzinfo=UTC), datetime(2026, 3, 1, 12, tzinfo=UTC), None),
    ],
)
def test_the_latest_and_next_fire_times_of_a_crontab(expr, now, latest, following):
    assert latest_fire_time(expr, now) == latest
    nxt = next_fire_time(expr, latest)
    assert nxt is not None and nxt > latest
    assert latest_fire_time(expr, nxt) == nxt  # a fire time is its own latest
    if following is not None:
        assert nxt == latest.replace(hour=following)


def test_a_crontab_that_fires_every_second_is_answered_quickly():
    now = datetime(2026, 3, 1, 12, 0, 30, 500000, tzinfo=UTC)
    assert latest_fire_time("* * * * * *", now) == now.replace(microsecond=0)


def test_batches_cover_every_company_once():
    slugs = [f"c{i}" for i in range(45)]
    parts = batches(slugs, 20)
    assert [len(p) for p in parts] == [20, 20, 5]
    assert [s for p in parts for s in p] == slugs


# ------------------------------------------------------------------------------------------ the store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    s.sync_companies([company("acme")])
    yield s
    s.close()


def test_a_scheduled_check_is_recorded_once_whatever_the_redeliveries(store):
    base = store.seed("acme", "Version one.", b"<p>Version one.</p>", T0).id
    run = datetime(2026, 1, 1, tzinfo=UTC)
    first, events = store.record_check(replace_at(changed(base, "Version two.", at=T0), run), alert_for("team"))
    assert first.change_id is not None and [e.kind.value for e in events] == ["change"]
    counts = row_counts(store)
    assert counts["alerts"] == 1
    # the same job again, after its worker died before acknowledging: nothing more is written
    again, events_again = store.record_check(replace_at(changed(base, "Version two.", at=T0), run), alert_for("team"))
    assert again.id == first.id and events_again == []
    # a redelivery that compared against the newer snapshot and saw another text: still nothing
    other, events_other = store.record_check(
        replace_at(changed(first.snapshot_id, "Version three.", at=T0 + timedelta(minutes=5)), run), alert_for("team")
    )
    assert other.id == first.id and events_other == []
    assert row_counts(store) == counts
    assert store.scheduled_checks(run) == {"acme"}
    assert store.scheduled_checks(run, ["other"]) == set()


def test_the_next_run_and_unscheduled_checks_are_recorded_as_usual(store):
    base = store.seed("acme", "Version one.", b"<p>Version one.</p>", T0).id
    run = datetime(2026, 1, 1, tzinfo=UTC)
    store.record_check(replace_at(unchanged(base, at=T0), run))
    store.record_check(replace_at(unchanged(base, at=T0), run + timedelta(hours=6)))
    store.record_check(unchanged(base, at=T0))  # `check` outside a cluster: no identity, never refused
    store.record_check(unchanged(base, at=T0))
    store.record_check(replace_at(failed(at=T0), run + timedelta(hours=12)))
    assert len(store.checks("acme")) == 5
    assert store.scheduled_checks(run + timedelta(hours=6)) == {"acme"}


def replace_at(draft, scheduled_at: datetime):
    from dataclasses import replace

    return replace(draft, scheduled_at=scheduled_at)


# ------------------------------------------------------------------------------------------ the queue


@pytest.fixture
def queue() -> Iterator[JobQueue]:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"SKIPPED CLUSTER QUEUE TESTS: no Redis at {REDIS_URL}: {exc}")
    q = JobQueue(ClusterSettings(queue=REDIS_URL, namespace=f"pm-test-{uuid.uuid4().hex[:12]}"))
    yield q
    q.forget_everything()
    q.close()


@pytest.mark.cluster
def test_a_pass_is_queued_once_however_often_it_is_asked(queue):
    p = Pass("0 */6 * * *", datetime(2026, 3, 1, 12, tzinfo=UTC), tuple(f"c{i}" for i in range(45)))
    assert enqueue_pass(queue, p, batch_size=20) == 3
    assert enqueue_pass(queue, p, batch_size=20) is None  # a restarted (or second) scheduler
    assert queue.depth() == {"waiting": 3, "in_progress": 0, "dead": 0}
    assert queue.redis.llen(f"{queue.namespace}:{QUEUE_NAME}") == 3
    [entry] = recent_passes(queue)
    assert entry["companies"] == 45 and entry["jobs"] == 3
    # an operator's pass is queued every time it is asked for
    assert enqueue_pass(queue, Pass("enqueue", p.scheduled_at, p.slugs[:5]), batch_size=20, once=False) == 1
    assert queue.depth()["waiting"] == 4


@pytest.mark.cluster
def test_a_pass_left_half_queued_by_a_dead_scheduler_is_taken_over(queue):
    p = Pass("0 */6 * * *", datetime(2026, 3, 1, 12, tzinfo=UTC), ("a", "b"))
    claim = '{"state": "enqueuing", "by": "dead:1", "at": "%s"}'
    key = pass_marker(queue, p)
    now = datetime(2026, 3, 1, 12, 1, tzinfo=UTC)
    queue.redis.set(key, claim % (now - timedelta(seconds=30)).isoformat())
    assert enqueue_pass(queue, p, batch_size=5, clock=lambda: now) is None  # still being queued by someone
    queue.redis.set(key, claim % (now - timedelta(minutes=10)).isoformat())
    assert enqueue_pass(queue, p, batch_size=5, clock=lambda: now) == 1
    assert enqueue_pass(queue, p, batch_size=5, clock=lambda: now) is None


@pytest.mark.parametrize("command", ["worker", "enqueue", "status"])
def test_cluster_commands_without_a_cluster_say_what_is_missing(tmp_path, capsys, command):
    from monitor.cli import main

    path = write_config(tmp_path, companies=[{"slug": "acme", "name": "Acme", "url": "https://acme.example/p"}])
    assert main(["--config", str(path), command]) == 2
    assert "no [cluster] in the configuration" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ a killed batch child


@pytest.mark.e2e
def test_a_batch_child_killed_by_a_signal_leaves_failed_checks_and_the_job_runs_again(tmp_path, policy_site):
    """A worker's `batch` child is SIGKILLed after its first fetch: the job is not done (it goes back to the
    queue), and each company gets the failed check 'check process killed by signal 9 (SIGKILL)' outside the
    run (no snapshot), so its history shows it; the job's next run then records the run's checks."""
    from conftest import seed

    from monitor.cluster.batch import child_command
    from monitor.cluster.queue import Job
    from monitor.cluster.worker import Children

    config_path = write_config(tmp_path, policy_site, companies=["alopal", "alsoft"])
    seed(config_path)
    config = load_config(config_path)
    at = datetime(2026, 1, 1, 12, tzinfo=UTC)
    job = Job("[test] pass", at, ("alopal", "alsoft"))
    crash = {"on": True}

    def command(job: Job):
        def argv(slugs):
            env = ["env", "POLICY_MONITOR_CRASH_AT=after_fetch"] if crash["on"] else ["env"]
            return [*env, *child_command(config_path, job.scheduled_at, slugs)]

        return argv

    children = Children(command, 120, 1.0, database=config.monitor.database)
    ok, _checks, why = children.run(job)
    assert not ok and why == "exit code -9"
    reason = "check process killed by signal 9 (SIGKILL)"
    with Store.open(config.monitor.database) as store:
        for slug in job.slugs:
            (check,) = store.checks(slug)
            assert check.error == reason and check.snapshot_id is None, check
        assert store.scheduled_checks(at, job.slugs) == set() and store.alerts() == []
    crash["on"] = False
    ok, _checks, why = children.run(job)
    assert ok, why
    with Store.open(config.monitor.database) as store:
        assert store.scheduled_checks(at, job.slugs) == set(job.slugs)
        assert all([c.error for c in store.checks(slug)] == [None, reason] for slug in job.slugs)


@pytest.mark.e2e
def test_a_batch_child_killed_after_a_batch_of_unchanged_checks_keeps_it_and_the_next_run_records_the_rest(
    tmp_path, policy_site
):
    """A job's child writes unchanged checks in batches (two here): killed right after the first batch is
    committed, those two checks of the run stay recorded, and the job's next run records only the others."""
    from conftest import seed

    from monitor.cluster.batch import child_command
    from monitor.cluster.queue import Job
    from monitor.cluster.worker import Children

    slugs = ("alopal", "alsoft", "aloscale", "allocloud")
    config_path = write_config(tmp_path, policy_site, companies=list(slugs), unchanged_batch_rows=2)
    seed(config_path)
    config = load_config(config_path)
    at = datetime(2026, 1, 1, 12, tzinfo=UTC)
    job = Job("[test] pass", at, slugs)
    crash = {"on": True}

    def command(job: Job):
        def argv(job_slugs):
            env = ["env", "POLICY_MONITOR_CRASH_AT=after_batch_commit:1"] if crash["on"] else ["env"]
            return [*env, *child_command(config_path, job.scheduled_at, job_slugs)]

        return argv

    children = Children(command, 120, 1.0, database=config.monitor.database)
    ok, _checks, why = children.run(job)
    assert not ok and why == "exit code -9"
    with Store.open(config.monitor.database) as store:
        first = store.scheduled_checks(at, slugs)
        assert 1 <= len(first) <= 2, first  # one batch (the 0.5 s timer may write one before two wait)
        assert all(store.checks(slug, limit=1)[0].outcome.value == "unchanged" for slug in first)
    crash["on"] = False
    ok, _checks, why = children.run(job)
    assert ok, why
    with Store.open(config.monitor.database) as store:
        assert store.scheduled_checks(at, slugs) == set(slugs)
        for slug in slugs:  # one check of the run each; the first batch's were not checked again
            run_checks = [c for c in store.checks(slug) if c.outcome.value == "unchanged"]
            assert len(run_checks) == 1, (slug, store.checks(slug))
