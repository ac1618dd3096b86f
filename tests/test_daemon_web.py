"""`policy-monitor run` serves the web UI beside the daemon ([web]); SIGTERM stops both cleanly, even with an
/events stream open; a port already in use is logged and the daemon runs on without the UI."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import history, seed, start_cli, toml_table, write_config

from monitor.demo.site import PolicySite
from tests.fakes.sse_client import SSEClient

pytestmark = pytest.mark.e2e  # starts the daemon with its web server as a process


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def daemon_config(tmp_path: Path, site: PolicySite, **web: Any) -> Path:
    config = write_config(tmp_path, site, companies=["alopal"])
    config.write_text(config.read_text() + "\n" + toml_table("[web]", web))
    seed(config)
    return config


def wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def checked(config: Path) -> bool:
    """The daemon is up: its first check is in the history."""
    return bool(history(config, "alopal")["checks"])  # read in this process: a cheap poll


def stop(daemon: subprocess.Popen, timeout: float = 20) -> tuple[float, str]:
    """SIGTERM, then how long the daemon took to exit, and its log."""
    started = time.monotonic()
    daemon.send_signal(signal.SIGTERM)
    try:
        _, err = daemon.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        daemon.kill()
        _, err = daemon.communicate()
        raise AssertionError(f"the daemon did not stop within {timeout} s after SIGTERM:\n{err[-3000:]}") from None
    return time.monotonic() - started, err


def test_run_serves_the_ui_and_stops_on_sigterm_with_a_stream_open(tmp_path, policy_site):
    port = free_port()
    config = daemon_config(tmp_path, policy_site, port=port)
    daemon = start_cli(config, "run", cold=True)  # `python -m monitor run`, as a service manager starts it
    stream = None
    try:
        wait(lambda: answers(f"http://127.0.0.1:{port}/healthz") or daemon.poll() is not None, 60, "the web UI")
        assert daemon.poll() is None, daemon.communicate()[1][-3000:]
        assert answers(f"http://127.0.0.1:{port}/")
        wait(lambda: answers(f"http://127.0.0.1:{port}/companies/alopal/feed.atom"), 10, "the feed")
        stream = SSEClient("127.0.0.1", port, "/events?after=0")
        first = stream.next(timeout=60)  # the daemon's first check, recorded by its child process
        assert first.json["company"] == "alopal"
    finally:
        took, err = stop(daemon)
        if stream is not None:
            stream.close()
    assert daemon.returncode == 0, err[-3000:]
    assert took < 10, f"SIGTERM took {took:.1f} s"
    assert f"web UI on http://127.0.0.1:{port}/" in err and "web UI stopped" in err
    assert "Traceback" not in err, err[-3000:]
    assert not answers(f"http://127.0.0.1:{port}/healthz"), "the port still answers after the daemon stopped"


def test_a_port_in_use_is_logged_and_the_daemon_runs_on(tmp_path, policy_site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = daemon_config(tmp_path, policy_site, port=port)
        daemon = start_cli(config, "run")
        try:
            wait(lambda: checked(config) or daemon.poll() is not None, 90, "the daemon's first check")
            assert daemon.poll() is None, daemon.communicate()[1][-3000:]
        finally:
            _, err = stop(daemon)
    assert daemon.returncode == 0, err[-3000:]
    assert f"web UI not started: cannot listen on 127.0.0.1:{port}" in err
    assert "set [web] port" in err
    assert "Traceback" not in err, err[-3000:]


def test_web_enabled_false_serves_nothing(tmp_path, policy_site):
    port = free_port()
    config = daemon_config(tmp_path, policy_site, port=port, enabled=False)
    daemon = start_cli(config, "run")
    try:
        wait(lambda: checked(config) or daemon.poll() is not None, 90, "the daemon's first check")
        assert daemon.poll() is None
        assert not answers(f"http://127.0.0.1:{port}/healthz")
    finally:
        _, err = stop(daemon)
    assert daemon.returncode == 0 and "web UI" not in err, err[-3000:]
