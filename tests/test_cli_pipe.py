"""`policy-monitor classify old new | head -1`: the reader closing the pipe early ends the command quietly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_closed_pipe_stops_the_command_without_a_traceback(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    body = "".join(f"We keep record {i} of your orders for {i + 1} days.\n\n" for i in range(400))
    old.write_text("# Notice\n\n" + body)
    new.write_text("# Notice\n\n" + body.replace("days", "weeks"))
    # a reader that takes one line and leaves: every later write meets a closed pipe
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "classify", str(old), str(new)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert first.startswith(b"MATERIAL")
    assert "Traceback" not in err, err
    assert code in (0, 141)
