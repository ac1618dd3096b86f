"""The package's exceptions.

MonitorError                  base of everything policy-monitor raises on purpose
 ├── ConfigError              config.toml is malformed or invalid (names the file, line and key)
 ├── InputError               a file or argument given on the command line cannot be used
 ├── StoreError               the database cannot be opened, migrated or written
 │    └── ConflictError       another process recorded a check first; recompute and retry
 ├── NotifyError              a notifier could not deliver a message
 └── QueueError               the cluster's job queue (Redis) cannot be reached or used
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of policy-monitor's own errors; the CLI prints these without a traceback."""


class ConfigError(MonitorError):
    def __init__(self, message: str, *, path: object = None, key: str | None = None, line: int | None = None):
        self.path, self.key, self.line = path, key, line
        where = str(path) if path else "config"
        if line:
            where += f":{line}"
        prefix = f"{where}: " + (f"[{key}] " if key else "")
        super().__init__(prefix + message)


class InputError(MonitorError):
    pass


class StoreError(MonitorError):
    pass


class ConflictError(StoreError):
    """The company's latest snapshot moved while a check was being recorded."""


class NotifyError(MonitorError):
    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False):
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent


class QueueError(MonitorError):
    pass
