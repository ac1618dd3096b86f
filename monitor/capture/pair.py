"""Judge a pair of policy versions: capture sanity first, then the classifier. Pure.

Shared by `classify` on the command line and by the monitor's checks, so both say the same thing about a
version that is not a capture of the policy: it is no change of the policy (`material: false`, `capture`
says why), whatever the classifier would read into the difference.
"""

from __future__ import annotations

from monitor.capture.sanity import check_pair
from monitor.classify.engine import classify_texts
from monitor.domain.values import Classification, Direction, Severity


def classify_pair(old: str, new: str) -> Classification:
    """The classification of the change from `old` to `new` (canonical texts), or a capture verdict."""
    verdict = check_pair(old, new)
    if not verdict.ok:
        return capture_verdict(verdict.reason, recovery=verdict.recovery)
    return classify_texts(old, new)


def capture_verdict(reason: str, *, recovery: bool = False) -> Classification:
    """A classification that compares nothing: one version is not a capture of the policy."""
    if recovery:
        summary = f"Not a change of the policy: the {reason}."
    else:
        summary = f"Not compared: the {reason}. A failed capture is not a change of the policy."
    return Classification(False, Severity.NONE, Direction.NEUTRAL, (), summary, (), capture=reason)
