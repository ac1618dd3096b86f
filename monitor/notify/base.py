"""The notifier interface shared by the console, Slack bot and webhook notifiers, and its extra error."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from monitor.domain.events import Alert
from monitor.errors import NotifyError


@runtime_checkable
class Notifier(Protocol):
    """Delivers one alert. Returns Slack's message ts (None where there is none); raises NotifyError."""

    def send(self, alert: Alert) -> str | None: ...


@runtime_checkable
class DeliveryChecker(Protocol):
    """A notifier that can tell whether an alert already reached its destination (Slack bot history)."""

    def find_delivered(self, alert: Alert) -> str | None:
        """The ts of the message that carried this alert, or None when it is not there.

        Raises NotifyError when it cannot tell (permanent: it never will; otherwise: try later).
        """
        ...


class DeliveryUncertain(NotifyError):
    """The request may have reached Slack (a timeout or dropped connection after sending): a retry must
    first check whether the message was posted."""


UNCERTAIN_PREFIX = "uncertain: "
