"""An error report that the site's software printed into the page, in our own words: a PHP notice with its fields,
a stack trace, a .NET server error. The capture shows it above the policy; it states no practice, so its coming
and going is no change. A policy's own sentence that begins the same way ("Notice: we ...") is still read."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Larchmere Prints\nWhen you order a print we collect your name, postal address and email"
    " address. We use them only to deliver your order.\n# Changes\nWe will post any new version on this page.\n"
)


def _material(old: str, new: str) -> list[str]:
    return [c.reason for c in classify_texts(old, new).changes if c.material]


@pytest.mark.parametrize(
    "report",
    [
        "#### A PHP Error was encountered\nSeverity: Notice\nMessage: Undefined index: lang\n"
        "Filename: models/Pages.php\nLine Number: 88\nBacktrace:\nFile: /srv/www/app/models/Pages.php\nLine: 88\n"
        "Function: _error_handler",
        "Warning: include(header.php): failed to open stream: No such file or directory in"
        " /var/www/html/policy.php on line 4",
        "Deprecated: Function split() is deprecated in /home/site/public_html/inc/lib.php on line 212",
        "Server Error in '/' Application.\nException Details: System.NullReferenceException",
        "Server Error in '/' Application.\n\nObject reference not set to an instance of an object.",
        "Traceback (most recent call last):\nFile: /opt/app/views.py\nStack trace:\n#0 /var/www/index.php(15)",
    ],
)
def test_an_error_report_in_the_page_is_no_change(report):
    new = POLICY.replace("# Privacy at", report + "\n# Privacy at")
    assert not _material(POLICY, new)
    assert not _material(new, POLICY)


def test_an_error_report_in_place_of_the_section_heading_is_no_change():
    """The page's title turned into a list of keywords and the report printed where the policy's own heading was:
    its fields then sit under the title as if listed by it."""
    body = (
        "When you order a print we collect your name, postal address and email address. We use them only to"
        " deliver your order.\n\n## Changes\n\nWe will post any new version on this page.\n"
    )
    old = "# Privacy Policy - Larchmere Prints\n\n## Privacy Policy\n\n" + body
    report = (
        "#### A PHP Error was encountered\n\nSeverity: Notice\n\nMessage: Undefined property: pages::$lang\n\n"
        "Filename: controllers/Pages.php\n\nLine Number: 88\n\nBacktrace:\n\nFile: /srv/www/app/Pages.php\n\n"
        "Line: 88\n\nFunction: _error_handler\n\n"
    )
    new = "# Privacy Policy - prints posters canvas frames cards gifts photo books\n\n" + report + body
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    "statement",
    [
        "Notice: we share your postal address with our print partners in Canada.",
        "Message: we keep your order history for ten years.",
    ],
)
def test_a_policy_sentence_with_the_same_opening_still_counts(statement):
    new = POLICY + statement + "\n"
    assert _material(POLICY, new)
