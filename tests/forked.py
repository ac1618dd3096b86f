"""Run the CLI in a process forked from the test worker: the real program, without the cold start.

A cold `python -m monitor` spends about 2 s of CPU importing Scrapy, Twisted, SQLAlchemy and the analysis
code before it does anything, and its analysis worker (`python -m monitor.runtime.analysis`) as much again. The
test worker has imported all of that once (`warm_up`), so `run_forked` forks it and runs `monitor.cli.main(argv)`
in the child, as `python -m monitor` would: its own process (its own Twisted reactor, which cannot restart in
one process; a crash point's SIGKILL kills only it), its own environment and working directory, stdout and
stderr on files read back by the parent, the interpreter's default signal handlers, warning filters and
logging configuration, and non-daemon threads and atexit handlers run before it exits. Its analysis worker is a
fork of the child (`_fork_analysis_worker`), with the same two pipes as the real one.

What only a cold start shows (the `python -m monitor` entry point, the imports of a fresh interpreter, the
daemon's children) stays with `conftest.run_cli_cold` / `start_cli` and the daemon, crash and cluster tests.
`POLICY_MONITOR_TEST_COLD=1` makes every `run_cli` a cold start, to compare the two.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import io
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

COLD_ENV = "POLICY_MONITOR_TEST_COLD"
REPO = Path(__file__).resolve().parents[1]

#: Every logger's configuration right after the imports, before any test touched it (see `_restore_logging`).
_LOGGING: dict[str, tuple[int, list[logging.Handler], list[Any], bool, bool]] = {}
_warm = False


def warm_up() -> None:
    """Import what a check imports (not the Twisted reactor: the child installs its own) and note logging."""
    global _warm
    if _warm:
        return
    import scrapy.crawler
    import scrapy.http  # noqa: F401

    import monitor.app
    import monitor.capture.assess
    import monitor.capture.sanity
    import monitor.classify.documents
    import monitor.cli
    import monitor.fetch.crawl
    import monitor.runtime.analysis  # noqa: F401
    import spiders.policy  # noqa: F401

    manager = logging.root.manager
    loggers = [("", logging.root)] + [(n, lg) for n, lg in manager.loggerDict.items() if isinstance(lg, logging.Logger)]
    for name, logger in loggers:
        handlers = [h for h in logger.handlers if not type(h).__module__.startswith("_pytest")]
        _LOGGING[name] = (logger.level, handlers, list(logger.filters), logger.propagate, logger.disabled)
    _warm = True


def can_fork() -> bool:
    """Fork unless asked for cold starts, or a reactor is already installed here (a child could not run it)."""
    if os.environ.get(COLD_ENV) or not hasattr(os, "fork"):
        return False
    warm_up()
    return "twisted.internet.reactor" not in sys.modules


def run_forked(
    argv: Sequence[str], *, env: Mapping[str, str], cwd: Path, timeout: float, out_dir: Path
) -> tuple[int, str, str]:
    """`monitor.cli.main(argv)` in a forked child; its exit code (-N if killed by signal N), stdout, stderr.

    Raises subprocess.TimeoutExpired (after killing the child) like `subprocess.run` when it runs too long.
    """
    proc = start_forked(argv, env=env, cwd=cwd, out_dir=out_dir)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        proc.kill()
        stdout, stderr = proc.communicate()
        raise subprocess.TimeoutExpired(["monitor", *argv], timeout, stdout, stderr) from exc
    assert proc.returncode is not None
    return proc.returncode, stdout, stderr


def start_forked(argv: Sequence[str], *, env: Mapping[str, str], cwd: Path, out_dir: Path) -> ForkedCli:
    """`monitor.cli.main(argv)` running in a forked child (the parts of `subprocess.Popen` the tests use)."""
    if not safe_to_fork(cwd):  # the callers check first, and start a cold process instead
        raise RuntimeError(f"close these databases before starting a CLI process (fork): {_databases_held_open(cwd)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"cli-{os.getpid()}-{time.monotonic_ns()}.out"
    err_path = out_path.with_suffix(".err")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(list(argv), dict(env), cwd, out_path, err_path)
    return ForkedCli(pid, ["monitor", *argv], out_path, err_path)


def fork_function(fn: Callable[..., object], *args: str, cwd: Path, out_dir: Path) -> ForkedCli:
    """`fn(*args)` in a forked child whose stdout is a pipe (`proc.stdout`, text, read line by line as it
    comes) and stderr a file; exit code 0, or 1 with the traceback on stderr (a Python script's behaviour)."""
    if not safe_to_fork(cwd):
        raise RuntimeError(f"close these databases before forking a worker: {_databases_held_open(cwd)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    err_path = out_dir / f"fn-{os.getpid()}-{time.monotonic_ns()}.err"
    read_end, write_end = os.pipe()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            gc.freeze()
            os.close(read_end)
            _KEEP.extend([sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__])
            null = os.open(os.devnull, os.O_RDONLY)
            err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            for fd, target in ((null, 0), (write_end, 1), (err, 2)):
                os.dup2(fd, target)
                os.close(fd)
            sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8")
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", write_through=True)
            os.chdir(cwd)
            _default_signals()
            _default_warnings()
            _restore_logging()
            atexit._clear()
            fn(*args)
            code = 0
        except BaseException:
            with contextlib.suppress(BaseException):
                traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(BaseException):
                    stream.flush()
            os._exit(code)
    os.close(write_end)
    proc = ForkedCli(pid, [getattr(fn, "__name__", "function"), *args], None, err_path)
    proc.stdout = open(read_end, encoding="utf-8")  # noqa: SIM115  # closed by communicate
    proc.stderr = _ErrFile(err_path)
    return proc


class _ErrFile:
    """`proc.stderr.read()`: what the child wrote on stderr so far."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> str:
        return _read(self.path)


def safe_to_fork(folder: Path) -> bool:
    """Whether this process has no SQLite file under `folder` (the test's database) open.

    SQLite keeps a per-process table of the files it has open and of the locks it holds on them: a child
    forked while a connection (or a thread of a served web app using it) is open would inherit that table,
    believe it holds locks it does not, and could corrupt the file or hang. Such a test gets a cold process.
    """
    if not _databases_held_open(folder):
        return True
    gc.collect()  # a closed-over connection in a reference cycle, not finalised yet?
    return not _databases_held_open(folder)


def _databases_held_open(folder: Path) -> list[str]:
    """SQLite files under `folder` (where a test keeps its database) this process has open."""
    held = []
    with contextlib.suppress(OSError):
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"/proc/self/fd/{fd}")
                if target.startswith(f"{folder}/") and ".sqlite" in target.rsplit("/", 1)[-1]:
                    held.append(target)
    return held


class ForkedCli:
    """A forked CLI child: pid, poll, wait, send_signal, terminate, kill, communicate (text, like Popen's)."""

    def __init__(self, pid: int, args: list[str], out_path: Path | None, err_path: Path | None) -> None:
        self.pid = pid
        self.args = args
        self.returncode: int | None = None
        self._out_path = out_path
        self._err_path = err_path
        self._output: tuple[str, str] | None = None
        self._lock = threading.Lock()
        self.stdout: io.TextIOWrapper | None = None  # a pipe, for `fork_function`'s children
        self.stderr: _ErrFile | None = None  # what it wrote on stderr so far, for `fork_function`'s children

    def poll(self) -> int | None:
        with self._lock:
            if self.returncode is None:
                try:
                    done, status = os.waitpid(self.pid, os.WNOHANG)
                except ChildProcessError:  # reaped elsewhere: what Popen.poll says then
                    self.returncode = 0
                else:
                    if done:
                        self.returncode = os.waitstatus_to_exitcode(status)
            return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            pidfd: int | None = os.pidfd_open(self.pid)
        except (AttributeError, OSError):
            pidfd = None
        try:
            while self.poll() is None:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise subprocess.TimeoutExpired(self.args, timeout or 0)
                if pidfd is not None:
                    select.select([pidfd], [], [], remaining)
                else:
                    time.sleep(0.01 if remaining is None else min(remaining, 0.01))
        finally:
            if pidfd is not None:
                os.close(pidfd)
        assert self.returncode is not None
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signum)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Wait for the end (TimeoutExpired past `timeout`, the child left running); its stdout and stderr."""
        piped = ""
        if self.stdout is not None:  # to its end (the child's exit closes it), then close it
            piped = _read_pipe(self.stdout, timeout, self.args)
            self.stdout = None
        self.wait(timeout)
        if self._output is None:
            self._output = (_read(self._out_path) + piped, _read(self._err_path))
            for path in (self._out_path, self._err_path):
                if path is not None:
                    path.unlink(missing_ok=True)
        return self._output

    def __del__(self) -> None:  # a test that forgot its child: never leave it running
        if self.returncode is None:
            with contextlib.suppress(Exception):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)


def _read_pipe(pipe: io.TextIOWrapper, timeout: float | None, args: list[str]) -> str:
    """The rest of the pipe, to EOF (the child's exit); TimeoutExpired if it stays open past `timeout`."""
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(pipe.read()), daemon=True)
    reader.start()
    reader.join(timeout)
    if reader.is_alive():
        raise subprocess.TimeoutExpired(args, timeout or 0)
    pipe.close()
    return box[0] if box else ""


def _read(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


# ------------------------------------------------------------------------------------------ in the child


_KEEP: list[Any] = []  # the parent's stream objects: never finalised in the child (their fds are gone)


def _child(argv: list[str], env: dict[str, str], cwd: Path, out_path: Path, err_path: Path) -> None:
    code = 1
    try:
        gc.freeze()  # the parent's objects are never finalised here (a SQLite handle closed by GC, a socket...)
        _KEEP.extend([sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__])
        null = os.open(os.devnull, os.O_RDONLY)
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        for fd, target in ((null, 0), (out, 1), (err, 2)):
            os.dup2(fd, target)
            os.close(fd)
        # The parent's other descriptors stay open, unused: closing them here would let an object of the
        # parent that the child drops (an event loop replaced by the reactor's, say) close a number reused
        # by one of the child's own files. (Programs it starts get none of them: close_fds, see below.)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        # as under PYTHONUNBUFFERED=1 (what the cold start runs with): a SIGKILL loses nothing printed
        sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True
        )
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
        os.environ.clear()
        os.environ.update(env)
        os.chdir(cwd)
        sys.argv = [str(REPO / "monitor" / "__main__.py"), *argv]
        _default_signals()
        _default_warnings()
        _restore_logging()
        atexit._clear()  # the parent's (pytest's) exit handlers are not ours
        atexit.register(logging.shutdown)
        _fork_analysis_worker()
        from monitor import cli

        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = _exit_code(exc.code)
        except BaseException:
            traceback.print_exc()
            code = 1
        threading._shutdown()  # type: ignore[attr-defined]  # like the interpreter's exit: non-daemon threads
        atexit._run_exitfuncs()
    except BaseException:
        with contextlib.suppress(BaseException):
            traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
        os._exit(code & 0xFF)


def _exit_code(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    print(value, file=sys.stderr)
    return 1


def _default_signals() -> None:
    """The handlers a fresh interpreter starts with (pytest's and the test's are not the program's)."""
    for signum in range(1, signal.NSIG):
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            if signum == signal.SIGINT:
                signal.signal(signum, signal.default_int_handler)
            elif signum in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(signum, signal.SIG_IGN)
            elif signum not in (signal.SIGKILL, signal.SIGSTOP):
                signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])


def _default_warnings() -> None:
    """The warning filters of a fresh interpreter, warnings printed on stderr (pytest records them)."""
    warnings.resetwarnings()
    for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning, DeprecationWarning):
        warnings.simplefilter("ignore", category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")

    def show(msg: Any) -> None:
        with contextlib.suppress(OSError):
            (msg.file or sys.stderr).write(warnings._formatwarnmsg(msg))  # type: ignore[attr-defined]

    warnings._showwarnmsg_impl = show  # type: ignore[attr-defined]
    warnings.showwarning = warnings._showwarning_orig  # type: ignore[attr-defined]


def _restore_logging() -> None:
    """Each logger as the imports left it: no pytest capture handler, no level set by a test."""
    manager = logging.root.manager
    logging.disable(logging.NOTSET)
    for name, logger in [("", logging.root), *list(manager.loggerDict.items())]:
        if not isinstance(logger, logging.Logger):
            continue
        level, handlers, filters, propagate, disabled = _LOGGING.get(name, (logging.NOTSET, [], [], True, False))
        if logger is logging.root:
            level = logging.WARNING  # pytest sets the root's level while it captures
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.filters[:] = filters
        logger.propagate = propagate
        logger.disabled = disabled


def _fork_analysis_worker() -> None:
    """The check's analysis worker as a fork of this (already imported) child, over the same two pipes."""
    from multiprocessing.connection import Connection

    from monitor.runtime import analysis

    def start(cls: type[analysis._Worker]) -> analysis._Worker:
        jobs_r, jobs_w = os.pipe()
        results_r, results_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                gc.freeze()
                os.close(jobs_w)  # the child's ends: its exit (even by SIGKILL) is our EOF
                os.close(results_r)
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                os.close(null)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # as `python -m monitor.runtime.analysis` does
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                analysis.serve(Connection(jobs_r, writable=False), Connection(results_w, readable=False))
            except BaseException:
                with contextlib.suppress(BaseException):
                    traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        os.close(jobs_r)
        os.close(results_w)
        proc = ForkedCli(pid, ["monitor.runtime.analysis"], None, None)
        return cls(proc, Connection(jobs_w, readable=False), Connection(results_r, writable=False))  # type: ignore[arg-type]

    analysis._Worker.start = classmethod(start)  # type: ignore[method-assign, assignment]
