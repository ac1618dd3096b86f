"""A page built to stall the monitor (issue 13): a 1.3 MB policy that is one run-on sentence, materially edited.

The check records a result within the analysis budget, a concurrent check of another company is not held
up by it, and SIGTERM ends it within 5 s with the check still recorded.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from conftest import SEEDS, history, run_cli, start_cli, subprocess_ok, write_config
from fakes.policy_http import PolicyServer, html_page

BUDGET_S = 3
FETCH_TIMEOUT_S = 5


def run_on_sentence(size: int = 1_300_000) -> str:
    rng = random.Random(13)
    vocab = ["we", "collect", "store", "share", "your", "personal", "data", "with", "partners", "for", "and"]
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(vocab)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    """A site serving a huge one-sentence policy (edited: 'do not sell' -> 'sell') and a normal one."""
    tmp = tmp_path_factory.mktemp("hostile")
    body = run_on_sentence()
    before = f"We do not sell your personal data, and {body}."
    after = f"We sell your personal data, and {body}."
    (tmp / "seeds").mkdir()
    (tmp / "seeds" / "huge.txt").write_text(f"# Privacy Policy\n{before}\n", encoding="utf-8")
    normal = (SEEDS / "alopal.txt").read_text(encoding="utf-8")
    with PolicyServer() as site:
        site.route("/huge", body=html_page("Privacy Policy", after))
        site.route("/normal", body=html_page("Privacy Policy", *normal.split("\n")))
        yield tmp, site


class WriteLockProbe:
    """Takes SQLite's write lock (BEGIN IMMEDIATE) over and over while in use: the longest wait for it is how
    long any other check would have been blocked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.longest_wait_s = 0.0
        self.attempts = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=120, isolation_level=None)
        while not self.stop.is_set():
            asked = time.monotonic()
            conn.execute("BEGIN IMMEDIATE")
            self.longest_wait_s = max(self.longest_wait_s, time.monotonic() - asked)
            conn.execute("COMMIT")
            self.attempts += 1
            time.sleep(0.1)
        conn.close()

    def __enter__(self) -> WriteLockProbe:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def config_for(tmp: Path, site: PolicyServer, name: str, **monitor) -> Path:
    companies = [
        {"slug": "huge", "name": "Huge Inc.", "url": site.url("/huge"), "seed": "seeds/huge.txt"},
        {"slug": "normal", "name": "Normal Ltd.", "url": site.url("/normal")},
    ]
    folder = tmp / name
    folder.mkdir()
    (folder / "seeds").symlink_to(tmp / "seeds")
    settings = {"timeout_seconds": FETCH_TIMEOUT_S, "analysis_timeout_seconds": BUDGET_S, **monitor}
    config = write_config(folder, companies=companies, seeds=False, **settings)
    assert run_cli(config, "seed").returncode == 0
    return config


def test_the_huge_sentence_is_recorded_within_the_budget_and_blocks_no_other_check(hostile):
    tmp, site = hostile
    config = config_for(tmp, site, "budget")
    assert run_cli(config, "check", "--json", "--company", "normal").returncode == 0  # first capture: new
    normal_results: list = []

    def check_normal() -> None:
        time.sleep(1.0)  # while the huge page is being analysed
        # cold processes: a fork while the probe's thread is inside SQLite would copy its locked mutexes
        result = run_cli(config, "check", "--json", "--company", "normal", timeout=60, cold=True)
        normal_results.append(result)

    other = threading.Thread(target=check_normal)
    probe = WriteLockProbe(config.parent / "db.sqlite3")
    started = time.monotonic()
    other.start()
    with probe:
        result = run_cli(config, "check", "--json", "--company", "huge", timeout=FETCH_TIMEOUT_S + 30 + 30, cold=True)
    took = time.monotonic() - started
    other.join()
    assert result.returncode == 0, subprocess_ok(result)
    huge = result.by_company()["huge"]
    assert took <= FETCH_TIMEOUT_S + BUDGET_S + 30, took
    assert huge["outcome"] == "error" and huge["error"].startswith(
        f"analysing the page took longer than {BUDGET_S} s"
    ), huge
    (normal,) = normal_results
    assert normal.returncode == 0, subprocess_ok(normal)
    assert normal.by_company()["normal"]["outcome"] == "unchanged", (normal.stdout, normal.stderr[-3000:])
    # the write lock was never held long: it used to be held for minutes ("database is locked" after 32 s)
    assert probe.longest_wait_s < 5, probe.longest_wait_s
    assert probe.attempts > 10
    checks = history(config, "huge")["checks"]
    assert checks[0]["outcome"] == "error" and "longer than" in checks[0]["error"]
    assert history(config, "huge")["failures"] == 1


def test_sigterm_ends_the_check_within_5_s_and_the_check_is_recorded(hostile):
    tmp, site = hostile
    config = config_for(tmp, site, "sigterm", analysis_timeout_seconds=600)
    hits = len(site.hits_of("/huge"))
    proc = start_cli(config, "check", "--json", "--company", "huge")
    try:
        deadline = time.monotonic() + 30
        while len(site.hits_of("/huge")) == hits and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2.0)  # the page is now being analysed (that takes far longer than this)
        assert proc.poll() is None
        sent = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _stdout, stderr = proc.communicate(timeout=15)
        ended = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert ended <= 5, (ended, stderr[-2000:])
    checks = history(config, "huge")["checks"]
    assert checks and checks[0]["outcome"] == "error", checks
    assert "stopped" in checks[0]["error"], checks[0]
