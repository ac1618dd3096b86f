"""Figures a policy reports about the requests it handled: how many requests to know, delete or opt out it received,
answered or denied, and how long it took, over a past period. Many policies publish them by law and refresh them
every year, as a list ("Requests to delete: 3,410"), a table ("Requests to delete | 3,410 | 3,000 | 410") or a
sentence ("In 2024 we received 1,204 requests to know and answered them in a median of 12 days"). They say what
happened, not what the company does or promises: a figure line added, dropped, relabelled or refreshed is no
change of practice, even where its label names a right or "the sale of personal information".

Pure functions of the text.
"""

from __future__ import annotations

import re

#: what reported figures count: requests and cases handled, or the days taken to answer them
_COUNTED = re.compile(
    r"\b(?:requests?|cases|demands|orders|complaints|appeals|verifications?|inquiries|enquiries|submissions"
    r"|subpoenas|warrants)\b"
    r"|\bdays (?:it took |taken |needed )?to (?:respond|reply|answer|complete|comply|process|fulfil+)\b"
)
#: a reported value: a number, maybe approximate, a percentage, with a short note in parentheses
_VALUE = (
    r"(?:(?:approx(?:imately)?\.?|about|around|~|<|>)\s*)?\d[\d,.\u00a0 ]*(?:\s*%|\s+percent)?"
    r"(?:\s*\([^()]{0,60}\))?"
)
#: "<label>: <value>", the form of a figure in a list ("Requests to delete: 3,410")
_FIGURE_LINE = re.compile(rf"^(?P<label>[^:|]{{2,160}}?)\s*[:=]\s*(?P<value>{_VALUE})\s*\.?$")
#: one table cell holding a value, or nothing to report ("0", "1,204", "12%", "n/a", "-")
_VALUE_CELL = re.compile(rf"^(?:{_VALUE}|n/?a|none|-+|–|—)$", re.IGNORECASE)
#: the fewest values in a table row whose label names nothing counted for it to read as figures
_ROW_VALUES = 3
#: the numbers of a sentence that are not a year ("1,204", "12"; not "2024")
_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*\b")

#: a figure measured over requests or cases handled: a median, an average, a count of requests received or answered
_MEASURE = re.compile(
    r"\b(?:median|average|mean)\b"
    r"|\b(?:received|processed|fulfilled|complied with|denied|rejected|responded to|answered|handled)\b[^.;]{0,60}"
    r"\b(?:requests?|cases|demands|orders)\b"
    r"|\b(?:requests?|cases|demands|orders)\b[^.;]{0,60}\b(?:received|processed|fulfilled|complied with|denied"
    r"|rejected|responded to|answered|handled)\b"
)
_AVERAGE = re.compile(r"\b(?:median|average|mean)\b")
#: a past period the figures are about ("in 2024", "during the first half of 2025", "last year")
_PAST_PERIOD = re.compile(
    r"\b(?:in|during|for|throughout|over) (?:the )?(?:(?:first|second|third|fourth|last|calendar|fiscal) )?"
    r"(?:(?:half|quarter|year) (?:of )?)?(?:19|20)\d\d\b|\b(?:last|previous|past|preceding) (?:calendar )?year\b"
    r"|\breporting period\b"
)
#: a promise about what will be done, which a figure in it sets ("we will respond within 30 days")
_PROMISE = re.compile(r"\b(?:will|shall|must|within|no later than|at (?:the )?latest|up to)\b")
#: the company handling data in the sentence, besides answering requests ("we sold the data of 1,000 people")
_HANDLES = re.compile(
    r"\bwe (?:\w+ )?(?:sold|sell|shared?|disclosed?|transferred|collected|used|kept|retained|stored|processed"
    r" (?:personal|your|the data))\b"
)


def reported_in_prose(low: str) -> bool:
    """A sentence that reports figures measured over a past period or over the requests handled ("In 2024 we
    received 1,204 requests to know and answered them in a median of 12 days", "Requests to delete: 3,410 (median
    response 15 days)"): statistics of what happened, not a period or share the company commits to. A promise ("we
    will respond within 30 days", "on average within 45 days") stays a commitment. `low` is the lower-cased text."""
    return (
        bool(_MEASURE.search(low))
        and not _PROMISE.search(low)
        and (bool(_PAST_PERIOD.search(low)) or bool(_AVERAGE.search(low)))
    )


def _figure_line(text: str) -> bool:
    """ "Requests to delete: 3,410", "Number of these requests that were not actioned: 13": a label naming what is
    counted and a bare value. A label that counts no requests ("Minimum age to use the service: 13", "Days we keep
    your logs: 30") is a practice stated in a short form, not a figure."""
    m = _FIGURE_LINE.match(text)
    return m is not None and bool(_COUNTED.search(m.group("label").lower()))


def _figure_row(text: str) -> bool:
    """A table row of figures: a label cell, then values only ("Requests to delete | 3,410 | 3,000 | 410"). Its label
    names what is counted, or it has `_ROW_VALUES` values or more, the shape of a statistics table: a practice
    table gives words (a purpose, a period with its unit), not columns of bare numbers."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or _VALUE_CELL.match(cells[0]):
        return False
    values = cells[1:]
    if not all(_VALUE_CELL.match(c) for c in values):
        return False
    numbers = sum(1 for c in values if re.match(r"^\D{0,20}\d", c))
    if not numbers:
        return False
    return bool(_COUNTED.search(cells[0].lower())) or numbers >= _ROW_VALUES


def reports_figures(text: str) -> bool:
    """Whether a line or sentence reports figures about the requests handled, in any of the three forms (a figure
    line, a table row of figures, a sentence of past statistics that gives a count), and states nothing else."""
    flat = " ".join(text.split())
    if not flat or len(flat) > 400:
        return False
    if "|" in flat:
        return _figure_row(flat)
    if _figure_line(flat):
        return True
    low = flat.lower()
    return reported_in_prose(low) and bool(_COUNT.search(low)) and not _HANDLES.search(low)
