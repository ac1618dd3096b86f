"""SIGTERM and SIGINT as a stop request, for the long-running commands (daemon, cluster scheduler and worker)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def stop_on_signals(
    stop: threading.Event, received: list[int] | None = None, *, on_second: Callable[[], None] | None = None
) -> Callable[[], None]:
    """SIGTERM and SIGINT set `stop` (noting the signal in `received`); once `stop` is set, a further one starts
    `on_second` in a thread. Main thread only: elsewhere the caller owns the signals and nothing is installed.
    Returns the function that puts the previous handlers back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum: int, frame: FrameType | None) -> None:
        # no logging here: the interrupted code may hold the logging lock
        if received is not None:
            received.append(signum)
        if on_second is not None and stop.is_set():
            threading.Thread(target=on_second, daemon=True).start()
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in STOP_SIGNALS}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)

    return restore
