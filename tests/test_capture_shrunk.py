"""A policy that shrinks in a revision is no capture cut short (session 13, found on real pairs of versions that no
label covers, read newest first: a policy that had grown sections at its end, read backwards, lost them and ended
on its own closing line, and was taken for a truncated capture). A capture cut short ends on a passage of the whole
text, wherever it stops; a revised policy ends with closing lines of its own (its own date, its own last words)."""

from __future__ import annotations

from test_capture_sanity import sections

from monitor.capture.pair import classify_pair
from monitor.capture.sanity import NEW, check_pair

TAIL = "\n".join(
    [
        "# Advertising partners",
        "We share your browsing history and device identifiers with advertising partners so they can show you ads.",
        "Those partners may combine it with data they hold about you from other websites and apps.",
        "# Children",
        "We do not knowingly collect personal information from children under 13 years of age.",
        "If we learn that a child has given us personal information, we delete it within thirty days.",
        "# Keeping your data",
        "We keep account data for five years after you close your account, to answer legal claims.",
        "We keep server logs with your IP address for ninety days, then delete them.",
        "# Transfers",
        "We transfer personal information to our processors in the United States under standard contractual clauses.",
        "Where no such clauses apply, we ask for your consent before any transfer outside your country.",
    ]
)
WHOLE = sections(4) + "\n" + TAIL + "\nThis notice was last revised on 2 May 2024."


def _first(text: str, share: float) -> str:
    """The lines of `text` up to `share` of its length, ending at a line's end (a paragraph boundary)."""
    lines, out, size = text.splitlines(), [], 0
    for line in lines:
        if size > share * len(text):
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


def test_a_capture_cut_at_a_paragraph_end_is_still_truncated():
    part = _first(WHOLE, 0.55)
    verdict = check_pair(WHOLE, part)
    assert verdict.side == NEW and verdict.problem.startswith("truncated"), verdict
    assert not classify_pair(WHOLE, part).material


def test_a_cut_capture_with_the_pages_own_last_line_is_still_truncated():
    # the page's last line (shared by both versions) kept under a cut: the capture still ends on the whole text
    part = _first(WHOLE, 0.55) + "\nThis notice was last revised on 2 May 2024."
    verdict = check_pair(WHOLE, part)
    assert verdict.side == NEW and verdict.problem.startswith("truncated"), verdict


def test_a_policy_that_drops_its_last_sections_and_closes_on_its_own_is_a_change():
    shorter = sections(4) + "\nThis notice was last revised on 9 March 2025. Thank you for reading it."
    assert len(shorter) > 0.5 * len(WHOLE)
    verdict = check_pair(WHOLE, shorter)
    assert verdict.ok, verdict
    assert classify_pair(WHOLE, shorter).material  # the sections it no longer has: practices dropped
