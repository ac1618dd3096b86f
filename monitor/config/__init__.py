"""Configuration: `load_config` reads and validates `config.toml` into the typed values of `settings`."""

from monitor.config.load import cron_trigger, load_config
from monitor.config.settings import Company, Config, MonitorSettings, SlackSettings, Subscriber

__all__ = ["Company", "Config", "MonitorSettings", "SlackSettings", "Subscriber", "cron_trigger", "load_config"]
