"""policy-monitor: watch privacy policies, judge which changes matter, alert subscribers in Slack."""

__version__ = "0.1.0"
