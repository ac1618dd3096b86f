"""Named points where tests may kill the process (`POLICY_MONITOR_CRASH_AT=<point>`), to prove crash safety.

Points: after_fetch, before_commit (inside the check's transaction), after_commit, after_batch_commit (a batch
of unchanged checks committed, before they are reported), after_send_before_mark.
`POLICY_MONITOR_CRASH_EXIT=N` makes the process exit with status N there instead. Unset in production, a crash
point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "POLICY_MONITOR_CRASH_AT"
#: With this set to a status (`POLICY_MONITOR_CRASH_EXIT=3`), the process exits with it instead of being SIGKILLed.
EXIT_ENV = "POLICY_MONITOR_CRASH_EXIT"


def reach(point: str) -> None:
    """SIGKILL this process if the environment asks to crash at `point` (optionally `point:N`, the Nth time)."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != point:
        return
    _counts[point] = _counts.get(point, 0) + 1
    if not nth or _counts[point] >= int(nth):
        status = os.environ.get(EXIT_ENV)
        if status:  # end as a process does on an error it cannot handle: its last words, then an exit status
            os.write(2, f"crash point {point}: ending with status {status}\n".encode())
            os._exit(int(status))
        os.kill(os.getpid(), signal.SIGKILL)


_counts: dict[str, int] = {}
