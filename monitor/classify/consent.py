"""A consent manager's banner or preference centre captured with the policy, found by its structure. Pure.

Family: pages captured with the consent tool's panel open or rendered into the text, at the top, at the end or in
the middle of the policy, and captures that gain or lose it. A preference centre ("Privacy Preference Center", a
paragraph about what websites store on a browser, "Allow All", "Strictly Necessary Cookies" / "Always Active" / its
description, "Performance Cookies" / its description, "Clear", "checkbox label label", "Apply Cancel", "Confirm My
Choices") or a consent-framework banner ("Your consent choices", "We and our partners store and access information
on your device ...", a list of purposes, "Accept all", "Reject all", "Save and exit") is the page's interface, not
the policy: the labelling rules call cookie-banner UI text not material. Read sentence by sentence, it looks like
many practices added or dropped ("These cookies may be set through our site by our advertising partners").

A block is anchored on its controls: short lines made only of button and toggle words (the `ui_*` word lists of
vocabulary/boilerplate.toml: "Accept all", "Reject non-essential cookies", "Always Active", "On", "Apply Cancel",
"checkbox label"), at least two of them, one firm (an action or a toggle state, not only "Manage options" or "Show
vendors"), no more than `_GAP` lines apart. Between the controls there may only be short labels (category names,
purposes) and short paragraphs, or paragraphs about what consent tools talk about (`consent_topic`: cookies, devices,
consent, choices, partners, vendors, purposes). Above the first control the block takes in labels and up to
`_PARAGRAPHS` such paragraphs, up to its title (a short line right above its paragraph, not a list item); without a
title, only the paragraph nearest the controls. A title after a soft control and before the first firm one ("Close"
left on the page, then "Cookie settings" over the banner's paragraph, then "Accept all") starts the block there.
After the last control it takes in at most `_TRAIL` short labels ("More options", "Vendor list"). The block ends
where the policy resumes: a paragraph about something else, a section heading without those words, a sentence after
the last control. Something in the block must speak of those topics. Its lines become page furniture and are not
read for headings, lists of names or tables ("Essential" over "On" is a toggle, not a party).

Look-alikes that stay policy text: a cookie policy's own section about its categories of cookies (no controls
around it), a sentence "You can accept or reject cookies in your browser settings." (a sentence, not a button), a
new practice written right before the block's title or right after its last button, and a rights section whose
headings are "Object" or "Withdraw consent" (soft words only: no firm control), a form's "Save" / "Cancel" with
nothing about cookies or consent around it.

Known limit: a banner without a title right under a policy's own cookie paragraphs takes in up to `_PARAGRAPHS` of
them (and their heading, when it speaks of cookies); a policy rarely ends so, and a block is judged only where it
changed.

Bounded: a line is read only when it may be a control or lies near one, at most once; each cluster of controls
reaches at most `_WALK` lines above and `_TRAIL` below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.text.sentences import clean_block, loose_key, split_sentences

_ACTIONS = frozenset(vocabulary.words("boilerplate", "ui_actions"))
_STATES = frozenset(vocabulary.words("boilerplate", "ui_states"))
_SOFT = frozenset(vocabulary.words("boilerplate", "ui_soft_actions"))
_FILLERS = frozenset(vocabulary.words("boilerplate", "ui_fillers"))
#: the words a control holds at least one of (those of `_ACTIONS`, `_STATES`, `_SOFT`, and the lexicon's button labels
#: "Cookie settings", "Preferences", "Necessary only")
_UI_WORDS = _ACTIONS | _STATES | _SOFT | {"settings", "preferences", "necessary"}
_TOPIC = vocabulary.pattern("boilerplate", "consent_topic")

#: the most words and characters of a control ("Reject non-essential cookies", "Confirm My Choices")
_CONTROL_WORDS, _CONTROL_CHARS = 6, 60
#: the most words of a label (a category name, a purpose) and of a paragraph a block takes in
_LABEL_WORDS, _PARAGRAPH_WORDS = 8, 120
#: the most words of a list item read as a label (a purpose: "Personalised advertising and content, measurement of
#: advertising and content, audience research and product development")
_ITEM_WORDS = 30
#: a paragraph between two controls this short belongs to the block whatever it is about ("Help us see which pages
#: are slow." under "Analytics" / "Off")
_SHORT_PARAGRAPH = 25
#: the most lines between two controls of one block, lines read above its first control, paragraphs taken in above
#: it, and labels taken in after its last control
_GAP, _WALK, _PARAGRAPHS, _TRAIL = 8, 12, 2, 2
#: the most words of a heading read as a panel's label between two of its controls, whatever it says
_HEADING_LABEL_WORDS = 3

_WORD = re.compile(r"[a-z][a-z'-]*")
#: what a control may hold besides its words: spaces and separators ("Apply · Cancel", "[ Accept ]")
_CONTROL_CHARS_OK = re.compile(r"[a-z'\s·|•/&\[\]()*_-]+")
_BULLET = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s")
#: a lower-case letter right before a capital: two buttons the capture ran together ("cookiesAccept")
_GLUED_BUTTONS = re.compile(r"(?<=[a-z])(?=[A-Z])")


class _Kind(Enum):
    FIRM = "a button or toggle: an action or a state"
    SOFT = "a softer button ('Manage options', 'Show vendors')"
    LABEL = "a short line without a sentence end"
    HEADING = "a marked heading"
    PARAGRAPH = "prose"
    OTHER = "a long paragraph, a table row"


@dataclass(frozen=True)
class _Line:
    kind: _Kind
    topic: bool  # speaks of cookies, devices, consent, partners, purposes ...
    words: int
    ui: bool = False  # made only of a control's words ("Options", "More options", "Vendor list")
    item: bool = False  # a list item ("- Store and/or access information on a device")
    buttons: int = 0  # how many controls the line shows ("Apply Cancel", "Accept all · Reject all": two)


def _control(text: str) -> tuple[_Kind, int] | None:
    """FIRM or SOFT when the line is only a control's words (at least one action, state or softer action), with
    how many buttons it shows (one per action: "Apply Cancel" is two). Buttons the capture ran together ("Accept all
    cookiesAccept only necessary cookies") are read apart, each within a control's length."""
    low = _GLUED_BUTTONS.sub(" ", text.strip()).lower()
    if not _CONTROL_CHARS_OK.fullmatch(low):
        return None
    words = _WORD.findall(low)
    if not words:
        return None
    buttons = max(1, sum(w in _ACTIONS or w in _SOFT for w in words))
    if len(low) > _CONTROL_CHARS * buttons or len(words) > _CONTROL_WORDS * buttons or len(words) > 3 * _CONTROL_WORDS:
        return None
    if lx.BUTTON_LINE.match(low):
        return (_Kind.FIRM if any(w in _ACTIONS for w in words) else _Kind.SOFT), buttons
    if not all(w in _ACTIONS or w in _STATES or w in _SOFT or w in _FILLERS for w in words):
        return None
    if any(w in _ACTIONS or w in _STATES for w in words):
        return _Kind.FIRM, buttons
    return (_Kind.SOFT, buttons) if any(w in _SOFT for w in words) else None


def _read(line: str) -> _Line:
    raw = line.strip()
    text = clean_block(raw)
    words = len(text.split())
    topic = bool(_TOPIC.search(text.lower()))
    if "|" in raw and raw.count("|") >= 2:
        return _Line(_Kind.OTHER, topic, words)
    if not _BULLET.match(raw):
        control = _control(text)  # a button the capture marked as a heading ("# Accept all") is still a button
        if control is not None:
            return _Line(control[0], topic, words, buttons=control[1])
    ui = words <= _CONTROL_WORDS and all(w in _UI_WORDS or w in _FILLERS for w in _WORD.findall(text.lower()))
    if raw.startswith("#"):
        return _Line(_Kind.HEADING, topic, words, ui)
    item = bool(_BULLET.match(raw))
    if 0 < words <= (_ITEM_WORDS if item else _LABEL_WORDS) and text[-1:] not in ".!?;:,":
        return _Line(_Kind.LABEL, topic, words, ui, item)
    if words <= _PARAGRAPH_WORDS:
        return _Line(_Kind.PARAGRAPH, topic, words)
    return _Line(_Kind.OTHER, topic, words)


def _control_kind(line: _Line) -> bool:
    return line.kind in (_Kind.FIRM, _Kind.SOFT)


def _between(line: _Line) -> bool:
    """A line that may sit between two controls of one block."""
    if line.kind is _Kind.LABEL:
        return True
    if line.kind is _Kind.HEADING:
        # a capture sets a panel's short labels as headings too ("# Non-necessary" between two toggles)
        return ((line.topic or line.ui) and line.words <= _LABEL_WORDS) or line.words <= _HEADING_LABEL_WORDS
    return line.kind is _Kind.PARAGRAPH and (line.topic or line.words <= _SHORT_PARAGRAPH)


class _Reader:
    """The lines read on demand: most of a page is never looked at (only lines near a control are)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.read: dict[int, _Line] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, k: int) -> _Line:
        line = self.read.get(k)
        if line is None:
            line = self.read[k] = _read(self.lines[k])
        return line


def _short(line: _Line) -> bool:
    """A control, a label or a heading about consent: a line a block may hold above its first control."""
    if line.kind is _Kind.HEADING:
        return (line.topic or line.ui) and line.words <= _LABEL_WORDS
    return line.kind is _Kind.LABEL or _control_kind(line)


def _top(read: _Reader, first: int) -> int:
    """Where a block whose first control is `first` starts: its title, else the paragraph nearest the controls,
    else the labels right above them."""
    start = first
    nearest: int | None = None
    paragraphs = 0
    j = first - 1
    while j >= 0 and first - j <= _WALK:
        line = read[j]
        if _short(line):
            if nearest is not None and read[j + 1].kind is _Kind.PARAGRAPH and not line.item:
                return j  # the block's title ("Cookie settings" too), right above its paragraph
            if nearest is None:
                start = j
        elif line.kind is _Kind.PARAGRAPH and line.topic:
            paragraphs += 1
            if paragraphs > _PARAGRAPHS:
                break
            if nearest is None:
                nearest = start = j
        else:
            break
        j -= 1
    return nearest if nearest is not None else start


def _titled(read: _Reader, first: int, last: int) -> int | None:
    """The block's title when it comes after the first control and before the first firm one: a short line right
    above the block's paragraph ("Cookie settings" over "This website uses cookies ...", then "Accept all"). A
    softer control before it is a stray word of the page ("close"), not the block."""
    title = None
    for j in range(first, last):
        if read[j].kind is _Kind.FIRM:
            break
        if _short(read[j]) and not read[j].item and read[j + 1].kind is _Kind.PARAGRAPH and read[j + 1].topic:
            title = j
    return title


def _bottom(read: _Reader, last: int) -> int:
    """Where a block whose last control is `last` ends: after at most `_TRAIL` labels about its topics."""
    end = last
    for j in range(last + 1, min(len(read), last + 1 + _TRAIL)):
        if read[j].kind is not _Kind.LABEL or not (read[j].topic or read[j].ui):
            break
        end = j
    return end


#: a line longer than this is no control, even written as a Markdown link ("[Save preferences](#consent)")
_CONTROL_LINE = 160


def consent_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines (non-blank, in order) that belong to a consent manager's banner or preference centre."""
    read = _Reader(lines)
    controls = [
        k
        for k, line in enumerate(lines)
        if len(line) <= _CONTROL_LINE
        and not _UI_WORDS.isdisjoint(_WORD.findall(line.lower()))
        and _control_kind(read[k])
    ]
    clusters: list[tuple[int, int, bool, int]] = []  # (first control, last control, a firm one, buttons)
    for k in controls:
        line = read[k]
        firm = line.kind is _Kind.FIRM
        last = clusters[-1][1] if clusters else -_GAP - 2
        if k - last - 1 <= _GAP and all(_between(read[j]) for j in range(last + 1, k)):
            first, _, had, n = clusters[-1]
            clusters[-1] = (first, k, had or firm, n + line.buttons)
        else:
            clusters.append((k, k, firm, line.buttons))
    out: list[int] = []
    done = -1
    for first, last, firm, n in clusters:
        if n < 2 or not firm:
            continue
        title = _titled(read, first, last)
        start, end = max(_top(read, first) if title is None else title, done + 1), _bottom(read, last)
        if any(read[j].topic for j in range(start, end + 1)):
            out.extend(range(start, end + 1))
            done = end
    return out


def without_consent_blocks(lines: list[str], furniture: set[str]) -> list[str]:
    """Mark the sentences of consent blocks (see `consent_lines`) as page furniture, and return the other lines: no
    heading, list of names or table is read from a block ("Essential" / "On" is a toggle, not a party named under
    the heading above it)."""
    block = set(consent_lines(lines))
    if not block:
        return lines
    for k in sorted(block):
        furniture.update(key for key in (loose_key(s) for s in split_sentences(clean_block(lines[k]))) if key)
    return [line for k, line in enumerate(lines) if k not in block]
