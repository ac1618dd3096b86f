"""Configuration: `load_config` reads and validates `config.toml` into the typed values of `settings`."""

from typing import Any

from monitor.config.settings import Company, Config, MonitorSettings, SlackSettings, Subscriber

__all__ = ["Company", "Config", "MonitorSettings", "SlackSettings", "Subscriber", "cron_trigger", "load_config"]


def __getattr__(name: str) -> Any:
    """`load_config` and `cron_trigger` on first use: the analysis worker, which only needs the settings'
    types, does not load the loader's dependencies (SQLAlchemy, APScheduler)."""
    if name in ("cron_trigger", "load_config"):
        from monitor.config import load

        return getattr(load, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
