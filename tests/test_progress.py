"""`check` shows its progress on a terminal's stderr, and nothing extra otherwise."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

from conftest import REPO, cli_command, cli_env, write_config

from monitor.demo.render import render_policy_page
from monitor.demo.static import StaticSite

SEED = (REPO / "seeds" / "alopal.txt").read_text(encoding="utf-8")


def config_for(tmp_path: Path, site: StaticSite) -> Path:
    tables = []
    for n in range(3):
        slug = f"co{n}"
        site.set_page(slug, render_policy_page(SEED, title="Privacy", company=slug, variant=n).encode())
        tables.append({"slug": slug, "name": slug, "url": site.url(slug)})
    tables.append({"slug": "gone", "name": "Gone", "url": site.url("gone")})  # a 404: one failure
    return write_config(tmp_path, companies=tables, seeds=False)


def run_with_terminal_stderr(config: Path, *args: str) -> tuple[int, str, str]:
    """The CLI with stderr on a pseudo-terminal (stdout a pipe): what a person at a terminal would see."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        cli_command(config, *args), stdout=subprocess.PIPE, stderr=follower, env=cli_env(), cwd=config.parent
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    stdout = proc.stdout.read().decode() if proc.stdout else ""
    proc.wait(timeout=120)
    os.close(leader)
    return proc.returncode, stdout, b"".join(chunks).decode(errors="replace")


def test_check_on_a_terminal_shows_done_total_failures_and_rate(tmp_path: Path):
    with StaticSite("honour") as site:
        config = config_for(tmp_path, site)
        code, stdout, terminal = run_with_terminal_stderr(config, "check", "--no-deliver")
    assert code == 0, stdout + terminal
    assert "Summary: 4 checked" in stdout
    assert "/4 checked, " in terminal and " failed, " in terminal and "/s" in terminal
    assert terminal.rstrip().endswith("\x1b[K")  # the status line is cleared at the end


def test_no_progress_with_json_or_without_a_terminal(tmp_path: Path):
    with StaticSite("honour") as site:
        config = config_for(tmp_path, site)
        code, stdout, terminal = run_with_terminal_stderr(config, "check", "--json", "--no-deliver")
        assert code == 0
        assert "checked," not in terminal and "\x1b[K" not in terminal
        assert len([line for line in stdout.splitlines() if line.startswith("{")]) == 4
        piped = subprocess.run(
            cli_command(config, "check", "--no-deliver"),
            capture_output=True,
            text=True,
            env=cli_env(),
            cwd=config.parent,
            timeout=120,
        )
    assert piped.returncode == 0
    assert "checked," not in piped.stderr and "\x1b[K" not in piped.stderr
