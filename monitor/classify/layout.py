"""The layout of a version read whole: headings and context of each line, furniture, sentences completed or cut off,
list tails lost. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from monitor.classify import lexicon as lx
from monitor.classify.chrome import edge_banner, edge_blocks, edge_chrome, edge_tagline, edge_widgets
from monitor.classify.consent import without_consent_blocks
from monitor.classify.evidence import normal
from monitor.classify.furniture import (
    _FURNITURE_WORDS,
    LAST_SENTENCE,
    _cells,
    _cookie_banners,
    _feeds,
    _forms,
    _menus,
    _sentence_keys,
    _table_facts,
    _widgets,
)
from monitor.domain.values import Change, ChangeKind
from monitor.text.sentences import clean_block, loose_key, split_sentences

#: a verb of being or modality: a line with one says something ("Your data is sold"), a title names ("How we use it")
#: (the main verb: not one in a relative clause of a title, "Data we may share", "Cookies that are used")
_STATES_BEING = re.compile(
    r"(?<![\w-])(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bit )"
    r"(?:is|are|was|were|will|may|can|must|should|shall|might)(?![\w-])"
)
#: a title asked as a question ("What is a cookie", "How long is data kept")
_ASKS = re.compile(r"(?:what|how|who|whom|whose|why|when|where|which|is|are|can|do|does|will|may|should)(?![\w-])")
#: a line set in bold or italics as a whole ("**Partners**", "__Your choices__")
_BOLD_LINE = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1$")


def _plain_heading(lines: list[str], k: int) -> bool:
    """A plain-text heading: a short title line without end punctuation or list marker, between paragraphs (after
    a sentence or at the top, before a longer sentence), or a furniture title such as "Related articles". A title of
    9 to 12 words is one only in title case."""
    raw = lines[k].strip()
    outline = _OUTLINE_ITEM.match(raw)
    if outline:  # "- 1.3. Transfer of Data": a subsection's title, in a list laid out as an outline
        raw = raw[outline.end() :]
    bold = _BOLD_LINE.match(raw)
    if bold:  # "**Partners**": a title set in bold, not a list item
        raw = bold.group(2).strip()
        if not raw:
            return False
    n = len(raw.split(None, _HEADING_WORDS + 1))  # the words, counted up to 13 (a longer line is no heading)
    # a longer title is one in title case ("Chat Rooms, Message Boards, Classifieds and Public Forums")
    if (n > 8 and (n > _HEADING_WORDS or not _title_case(raw))) or raw[:1] in "-*•·▪|" or raw[:1].isdigit():
        return False
    if lx.FURNITURE_HEADING.search(raw):
        return True
    if raw[-1] in ".:;!?,|" or not raw[0].isupper():
        return False
    if _STATES_BEING.search(raw.lower()) and not _title_case(raw) and not _ASKS.match(raw.lower()):
        return False  # "Your data is sold to advertisers": a sentence without its stop, not a title
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    prev = lines[k - 1].strip() if k else "."
    if n > 8:  # a long title in title case: after a sentence, a list or a heading of its own, before prose
        after = prev[-1:] in ".:!?|)" or prev.startswith("#") or bool(_BULLET.match(prev))
        return after and len(nxt.split(None, _HEADING_WORDS)) >= _HEADING_WORDS and nxt[-1:] in ".:"
    # after a sentence, or right under a heading as its sub-title ("# Right to restrict processing" / "When you can
    # ask us to restrict it"): a title, asked or naming, not a line that speaks without its stop ("We use cookies")
    under = prev.startswith("#") and (bool(_ASKS.match(raw.lower())) or not _SPEAKS.search(raw.lower()))
    return len(nxt.split(None, 2 * n)) >= 2 * n and nxt[-1:] in ".:" and (prev[-1:] in ".:!?|)" or under)


def _item_label(lines: list[str], k: int) -> bool:
    """A list item that only labels the item after it: a few words naming a topic, no sentence ("- Billing
    information." before "- If you make a payment, we collect your billing details ..."), after a sentence or a
    heading and before an item that is a sentence. Nested lists whose first level names each group ("* **Billing
    information.**" over its sub-items) read so once flattened; the sentence after it states the practice, and the
    label goes with it when the list is turned into prose. Not an item of a list of data items: the item after it
    is a short item too, and the line before it no sentence."""
    item = _BULLET.match(lines[k])
    if not item or k + 1 >= len(lines):
        return False
    raw = lines[k][item.end() :].strip().strip("*_").strip().rstrip(".:").strip()
    words = raw.split()
    if not 0 < len(words) <= _ITEM_LABEL_WORDS or not raw[:1].isupper() or _SPEAKS.search(raw.lower()):
        return False
    if any(mark in raw for mark in ",;()"):
        return False  # a list of things in one item ("Name, e-mail and phone")
    prev = lines[k - 1].strip() if k else "#"
    if not (prev.startswith("#") or (prev[-1:] in ".:!?" and len(prev.split()) >= _ITEM_LABEL_CONTEXT)):
        return False
    nxt = lines[k + 1]
    return bool(_BULLET.match(nxt)) and len(nxt.split()) >= _ITEM_LABEL_CONTEXT and nxt.rstrip()[-1:] in ".!"


#: the most words of an item label, and the fewest of the sentences around it
_ITEM_LABEL_WORDS = 4
_ITEM_LABEL_CONTEXT = 8


#: a list item numbered as a subsection ("- 1.3. ", "* 2.4.1 "): the number of a section within a section, which no
#: list of data items carries
_OUTLINE_ITEM = re.compile(r"^[-*+\u2022]\s+\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z])")
#: the most words of a heading read from its form (capitals, an enumerator, a label's colon)
_HEADING_WORDS = 12
#: a line longer than this is no heading of `_HEADING_WORDS` words (a cheap test before cleaning it)
_HEADING_CHARS = 200
#: a list item's bullet (canonical text writes every item with "- ")
_BULLET = re.compile(r"^\s*[-*+\u2022]\s")
#: an enumerator before a title ("(iii) ", "(b) ", "iv. ", "2.1 ")
_ENUMERATOR = re.compile(r"^\s*(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+", re.I)
#: the most words of a label line ending in ':' ("Retention period:")
_LABEL_LINE_WORDS = 5
#: words that make a line a statement, not a title: the company or the reader speaking, a verb of being or modality
_SPEAKS = re.compile(r"(?<![\w-])(?:we|you|us|is|are|was|were|will|may|can|must|should)(?![\w-])")


_SMALL_WORDS = frozenset(["a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "with", "by", "your", "our"])


def _title_case(block: str) -> bool:
    """A line written in title case ("Information You Provide to Us", "How We Use Your Data"): every word after the
    first capitalised but the small ones, at least two of them. In such a line "We" and "You" are words of a title
    (a title-case sentence, "We Collect Your Name.", is not how policies write their sentences)."""
    words = [w for w in block.split() if any(map(str.isalpha, w))]
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    rest = words[1:]
    capitalised = sum(w[:1].isupper() for w in rest)
    return capitalised >= 2 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in rest)


def _speaks(block: str) -> bool:
    """The line speaks (the company or the reader, a verb of being or modality), unless it is written as a title."""
    return bool(_SPEAKS.search(block.lower())) and not _title_case(block)


def _form_heading(lines: list[str], k: int) -> bool:
    """A heading told by its form where the capture did not mark it with "#":

    - a short line in capitals, or a list item in capitals that the section's prose follows ("- AGE RESTRICTIONS":
      a numbered heading the converter read as a list);
    - a short title after an enumerator, between paragraphs ("(iii) Data Retention for Children");
    - a short label ending in ':' that says nothing ("Retention period:"), the text under it saying the rest;
    - the second line of a heading broken in two ("# Rights Related to Profiling" / "and Automated Decisions").

    None ends as a sentence or has "we", "you" or a verb of being. Family: pages whose headings are bold or
    capitalised text the converter kept as plain lines or list items; a section added, removed or moved there
    brings its heading with it, and the heading names the section, it states nothing."""
    line = lines[k]
    if len(line) > _HEADING_CHARS:
        return False
    block = clean_block(line)
    words = block.split()
    if not words or len(words) > _HEADING_WORDS or "|" in line or _speaks(block):
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else ""
    if block[-1] in ".!?;,":
        return _stopped_title(lines, k, words)
    letters = [c for c in block if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return not _BULLET.match(line) or not _BULLET.match(nxt)
    if _BULLET.match(line):
        return False
    raw = line.strip()
    m = _ENUMERATOR.match(raw)
    if block.endswith(":"):
        title = raw[m.end() :] if m else raw
        return (len(words) <= _LABEL_LINE_WORDS or _title_case(title)) and title[:1].isupper()
    if m and raw[m.end() :][:1].isupper():
        title = raw[m.end() :]
        prev = lines[k - 1].strip() if k else "."
        # a title under a title ("(b) Children's data" / "(i) What we collect") follows no sentence
        above = prev[-1:] in ".:!?|)" or _title_case(clean_block(prev))
        return len(nxt.split()) >= 2 * len(title.split()) and above and nxt.rstrip()[-1:] in ".:"
    prev = lines[k - 1] if k else ""
    return (
        prev.startswith("# ")
        and raw.split()[0] in ("and", "or", "&")
        and len(words) <= 6
        and len(nxt.split()) > 2 * len(words)
    )


#: the most words of a numbered title closed by a full stop ("(d) Email address.")
_STOPPED_TITLE_WORDS = 6
#: a list item's marker in canonical text
_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+")


def _stopped_title(lines: list[str], k: int, words: list[str]) -> bool:
    """A numbered title closed by a full stop, alone on its line between a sentence and the body it titles ("(d)
    Email address." then "- Depending on where you live, we may ..."): pages that set their lettered sub-sections
    in bold with a period keep them, once the bold is gone, as a short line that reads like a sentence. Only a
    short title after an enumerator, with one full stop, that speaks not (`_speaks` runs first), after a line that
    ends a sentence (not a list's introduction), with a body at least three times its length under it that is no
    other title of its kind: a list of numbered short items ("(a) Name." / "(b) Email address.") is a list, each
    item a data type.

    Family: policies whose sub-sections are lettered or numbered bold lines ("(a) Contact information."), where a
    sub-section added, dropped or renumbered brings its title with it."""
    if len(words) > _STOPPED_TITLE_WORDS:
        return False
    raw = lines[k].strip()
    m = _ENUMERATOR.match(raw)
    title = raw[m.end() :].strip(" *_") if m else ""
    if not title[:1].isupper() or not title.endswith(".") or "." in title[:-1]:
        return False
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    prev = lines[k - 1].strip() if k else "."
    body = _ITEM.sub("", nxt, count=1)
    return (
        prev[-1:] in ".!?)"
        and not _ENUMERATOR.match(prev)
        and not _ENUMERATOR.match(body)
        and len(body.split()) >= 3 * len(title.split())
        and body.rstrip()[-1:] in ".:"
    )


#: the most words of a run-in label
_LABEL_WORDS = 8


#: a block opening with a capitalised phrase that ends in '.' or ':' within a few words (a cheap test first)
_RUN_IN_HINT = re.compile(r"^[\W\d]{0,8}(?:\(?[a-z]{1,4}\)\s+)?[A-Z][^.:!?]{0,100}[.:]\s+\S")


def _run_in(line: str, titled: bool = True) -> tuple[str, str] | None:
    """(label, the rest of the block) when a block opens with a run-in label: a short first sentence written as a
    title ("Log Data. When you visit ...", "- Calendar Information. You may ...") that says nothing (no "we",
    "you" or verb of being), with the block's own text after it. Without `titled`, a label in sentence case too
    ("- Right to complain. You may ...")."""
    if not _RUN_IN_HINT.match(line):
        return None
    block = clean_block(line)
    sentences = split_sentences(block)
    if len(sentences) < 2:
        return None
    label = sentences[0]
    words = label.split()
    if (
        len(words) > (_LABEL_WORDS if titled else _LISTED_LABEL_WORDS)
        or label.rstrip()[-1:] not in ".:"
        or _speaks(label)
    ):
        return None
    if titled and not all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words):
        return None
    return label, " ".join(sentences[1:])


#: the most words of a label read from its list's way of labelling its items ("Right to Restriction of Processing and
#: Right to Object.")
_LISTED_LABEL_WORDS = 12
#: the items of one list with run-in labels in title case that make the list's other items read as labelled too
_LABELLED_ITEMS = 2


def _list_run_ins(lines: list[str], lead_of: Callable[[str], tuple[str, str] | None]) -> list[tuple[str, str]]:
    """The run-in labels in sentence case of list items whose list labels at least `_LABELLED_ITEMS` other items in
    title case: "- Right to Erasure. You may ...", "- Right to complain. You may ..." - one list, one way of
    labelling its items, whatever case each label is written in. `lead_of` reads a line's title-case label (the
    layout's cache of `_run_in`). Family: rights lists of data-protection notices, each right a list item opening
    with its name."""
    out: list[tuple[str, str]] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if _BULLET.match(line):
            run.append(line)
            continue
        titled = [lead_of(item) for item in run]
        if sum(lead is not None for lead in titled) >= _LABELLED_ITEMS:
            out.extend(
                lead
                for item, known in zip(run, titled, strict=True)
                if known is None and (lead := _run_in(item, titled=False))
            )
        run = []
    return out


#: words a phrase cannot end on: a line that stops on one was cut off mid-sentence
_OPEN_END = frozenset(
    re.findall(
        r"\S+",
        "the a an and or of to for with by from in on at as such your our their its this that which who is are be"
        " we you including include includes like",
    )
)
#: a prose line (not a heading or a list item) of at least this many words without a sentence end was cut off
_CUT_WORDS = 5


_SENTENCE_END = ".!?:)\"'”"
#: a line of at least this many words is a sentence (prose or a list item written as one), not a label
_SENTENCE_WORDS = 8
#: a version whose sentence lines end with a sentence end this often (of at least `_STYLE_LINES` such lines) ends
#: its sentences: one of its sentence lines that does not was cut off
_ENDED_SHARE, _STYLE_LINES = 0.85, 5


def _cut_off(line: str, ended: bool = False) -> bool:
    """A line that stops in the middle of a sentence: no sentence end, and prose or an open last word or bracket; or,
    in a version that ends its sentences (`ended`, see `_ends_sentences`), a sentence line without an end."""
    text = line.strip()
    if not text or text.startswith("#") or text.rstrip()[-1:] in _SENTENCE_END or "|" in text:
        return False
    words = text.split()
    last = words[-1].lower().strip(",;")
    listed = text.startswith(("-", "*", "•")) or text[:1].isdigit()
    if len(words) >= 3 and text.count("(") > text.count(")"):
        return True  # a parenthesis opened and never closed
    if ended and len(words) >= (3 if not listed else _SENTENCE_WORDS):
        return True
    return len(words) >= 3 and (last in _OPEN_END or text.endswith(",") or (len(words) >= _CUT_WORDS and not listed))


def _ends_sentences(lines: list[str]) -> dict[bool, tuple[int, int]]:
    """How a version ends its sentence lines, for prose lines (False) and list items (True) apart: how many lines of
    `_SENTENCE_WORDS` words or more of that kind it has, and how many of them end with a sentence end."""
    counts = {False: [0, 0], True: [0, 0]}
    for line in lines:
        text = line.strip()
        if text.startswith("#") or "|" in text or len(text.split(None, _SENTENCE_WORDS)) < _SENTENCE_WORDS:
            continue
        kind = counts[bool(_LIST_ITEM.match(text))]
        kind[0] += 1
        kind[1] += text[-1:] in _SENTENCE_END
    return {kind: (n, ended) for kind, (n, ended) in counts.items()}


def _ended_style(line: str, style: dict[bool, tuple[int, int]]) -> bool:
    """Whether the version ends nearly every other sentence line of this line's kind (a house style: one that does
    not was cut off; in a version whose list items are phrases without a full stop, it may be a whole item)."""
    n, ended = style[bool(_LIST_ITEM.match(line))]
    if len(line.split(None, _SENTENCE_WORDS)) >= _SENTENCE_WORDS:
        n -= 1  # the line itself, counted without an end
    return n >= _STYLE_LINES and ended >= _ENDED_SHARE * n


#: what follows a line that was whole but for its stop, when a sentence is added after it: the stop, then more text
_NEW_SENTENCE = re.compile(r"[.!?]\s+\S")


def _completions(old: str, new: str) -> frozenset[str]:
    """Sentence keys of lines cut off mid-sentence in one version (a broken capture) and whole in the other: the
    cut line and the whole one. Bounded: lines are matched by their first words."""
    out: set[str] = set()
    for cut_text, whole_text in ((old, new), (new, old)):
        cut: dict[str, list[str]] = {}
        theirs = set(whole_text.splitlines())
        lines = cut_text.splitlines()
        style = _ends_sentences(lines)
        for line in lines:
            if line not in theirs and _cut_off(line, _ended_style(line, style)):
                cut.setdefault(" ".join(line.split(None, 3)[:3]), []).append(line.strip())
        if not cut:
            continue
        for line in theirs:
            head = " ".join(line.split(None, 3)[:3])
            for short in cut.get(head, ())[:20]:
                if len(line.strip()) > len(short) and line.strip().startswith(short):
                    if _NEW_SENTENCE.match(line.strip()[len(short) :]):
                        continue  # "... Levallois France" -> "... Levallois France. Requests take 60 days.": added
                    out.update(_sentence_keys(clean_block(short)))
                    out.update(_sentence_keys(clean_block(line)))
    out.discard("")
    return frozenset(out)


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s")
#: how a list item or an introduction ends when more items follow: ";", ":", ",", "; and", "or"
_CONTINUES = re.compile(r"(?:[;:,]|[;,]?\s+(?:and|or))\s*$")


def _lost_tails(old: str, new: str, *, restored: bool = False) -> frozenset[str]:
    """Sentence keys of list items a capture lost: runs of items at the end of a list of the old version that the
    new one lacks, when the new version shows the loss on at least one list - its last item (or introduction) still
    ends as if more items followed ("...criminal activity;", "...such as:"). One such list is evidence of how the
    capture broke, so every list tail dropped in the same capture counts.

    `restored`: read the other way, `old` being the whole text and `new` the broken capture that came before it:
    the items the whole text has at the end of lists where the broken one stopped. The evidence must then be
    stronger: two lists of the broken capture at least that end as if more followed (their last line ends the list
    there), unless one of them is an introduction left with no items ("... such as:"). A sloppy ";" at the end of one
    list is no broken capture, and an item added after it is an edit.

    Family: captures that lose, then regain, the last items of lists (a script that renders lists late)."""
    lines = [ln for ln in old.splitlines() if ln.strip()]
    other = [ln for ln in new.splitlines() if ln.strip()]
    kept = set(new.splitlines())
    ends = {ln for k, ln in enumerate(other) if k + 1 == len(other) or not _LIST_ITEM.match(other[k + 1])}
    runs: list[tuple[int, int]] = []
    shown = bare_intro = False
    lists_shown = 0
    k = 1
    while k < len(lines):
        if lines[k] in kept or not _LIST_ITEM.match(lines[k]) or lines[k - 1] not in kept:
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end] not in kept and _LIST_ITEM.match(lines[end]):
            end += 1
        before = lines[k - 1]
        if (end == len(lines) or not _LIST_ITEM.match(lines[end])) and (
            _LIST_ITEM.match(before) or before.rstrip().endswith(":")
        ):
            continues = bool(_CONTINUES.search(before))
            runs.append((k, end))
            if not restored:
                shown = shown or continues
            elif continues and before in ends:
                lists_shown += 1
                bare_intro = bare_intro or not _LIST_ITEM.match(before)
        k = end + 1
    if restored:
        shown = lists_shown >= 2 or bare_intro
    if not shown:
        return frozenset()
    out: set[str] = set()
    for start, end in runs:
        for line in lines[start:end]:
            out.update(_sentence_keys(clean_block(line)))
    out.discard("")
    return frozenset(out)


def _ends_in_furniture_title(line: str) -> bool:
    """Whether a line of text ends with the title of a block of page furniture run into it by the capture ("Have
    more questions? Submit a request. 0 Comments. Related articles"): a help centre's footer whose title lost its
    own line. The lines after it are read as under that title. Family: help-centre article pages captured with
    their widgets on one line."""
    tail = LAST_SENTENCE.search(line)
    return tail is not None and bool(lx.FURNITURE_HEADING.search(clean_block(tail.group(1))))


#: the marks a table of contents run into one line separates its entries by
_ENTRY_MARK = re.compile(r"\s+[·•›|]\s+")
#: a label before the entries ("Contents:", "Jump to:", "On this page:")
_CONTENTS_LABEL = re.compile(r"^[^:]{0,30}:\s+")
#: the fewest entries that make a line a table of contents
_CONTENTS_ENTRIES = 3


def _contents_lines(text: str, headings: set[str]) -> set[str]:
    """The sentence keys of lines that are a table of contents run into one line ("Contents: What we collect · How
    we use it · Sharing · Your rights"): three or more entries between separators, each the heading of a section of
    either version. Family: tables of contents and section menus captured as one line."""
    out: set[str] = set()
    for line in text.splitlines():
        if line.lstrip().startswith("|") or len(_ENTRY_MARK.findall(line)) < _CONTENTS_ENTRIES - 1:
            continue
        entries = [e for e in _ENTRY_MARK.split(_CONTENTS_LABEL.sub("", clean_block(line))) if e.strip()]
        if len(entries) >= _CONTENTS_ENTRIES and all(loose_key(clean_block(e)) in headings for e in entries):
            out.update(_sentence_keys(clean_block(line)))
    return out


#: the most words of a label line: a link, a widget's title or field, a player's caption ("YouTube video player")
LABEL_LINE_WORDS = 8
#: the longest line (with its markup) read as a label: a few words, a link's address
_LABEL_LINE_CHARS = 400
#: the last code point of the Latin scripts (Latin Extended-B)
_LATIN = 0x24F


def label_line(line: str) -> bool:
    """A line that is a label, not a sentence or a heading or a list item: a few words, with no ':' in it and no
    mark that ends a sentence ("Add to cart", "YouTube video player", "Baby Monitor - $49.99")."""
    if not line.strip() or line.lstrip().startswith("#") or _LIST_ITEM.match(line):
        return False
    if len(line) > _LABEL_LINE_CHARS:
        return False  # cheap first: most lines of a policy are sentences
    text = clean_block(line)
    if not 0 < len(text.split()) <= LABEL_LINE_WORDS or ":" in text or text[-1:] in ".!?;":
        return False
    return latin(text)  # another script: its words are not counted by spaces, nor its sentences ended by "."


def latin(text: str) -> bool:
    """Whether every letter of `text` is of a Latin script."""
    return text.isascii() or all(ord(c) <= _LATIN for c in text if c.isalpha())  # ASCII first: one C-level scan


@dataclass(frozen=True)
class Layout:
    """What the two whole texts say about where a sentence sits: headings and page-furniture sections."""

    headings: frozenset[str] = frozenset()  # loose keys of heading lines (`# ...`)
    furniture: frozenset[str] = frozenset()  # loose keys of sentences under a "Related articles"-like heading
    old: str = ""  # the whole old text, when known: what the policy already said
    new: str = ""  # the whole new text, when known: what the policy still says
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (loose key of a table row, its table's header cells)
    #: (loose key of a heading that is only a name, the heading of the section it is listed in)
    named_headings: tuple[tuple[str, str], ...] = ()
    #: loose keys of a sentence the capture cut off in one version and of its whole line in the other
    completed: frozenset[str] = frozenset()
    #: loose keys of list items at the end of lists that the new capture lost (see `_lost_tails`)
    lost_tails: frozenset[str] = frozenset()
    #: (loose key of a run-in label, the rest of its block) in either version (see `_run_in`)
    run_ins: tuple[tuple[str, str], ...] = ()
    #: loose keys of the lines of an address block: under a sentence saying how to reach someone (`_contact_blocks`)
    contact_lines: frozenset[str] = frozenset()
    #: loose keys of list items at the end of lists that the old capture had lost (`_lost_tails`, `restored`)
    restored_tails: frozenset[str] = frozenset()

    @cached_property
    def header_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.tables)

    @cached_property
    def old_low(self) -> str:
        return " ".join(normal(line) for line in self.old.splitlines() if line.strip())

    @cached_property
    def new_low(self) -> str:
        return " ".join(normal(line) for line in self.new.splitlines() if line.strip())

    @classmethod
    def of(cls, *texts: str) -> Layout:
        headings: set[str] = set()
        furniture: set[str] = set()
        tables: dict[str, tuple[str, ...]] = {}
        named: dict[str, str] = {}
        run_ins: dict[str, str] = {}
        contacts: set[str] = set()
        # the two versions share most of their lines: what a line (with its neighbours) reads as is worked out once
        leads: dict[str, tuple[str, str] | None] = {}

        def lead_of(line: str) -> tuple[str, str] | None:
            if line not in leads:
                leads[line] = _run_in(line)
            return leads[line]

        plain: dict[tuple[str, str, str], bool] = {}
        form: dict[tuple[str | None, str, str], bool] = {}
        for i, text in enumerate(texts):
            in_furniture = False
            section = ""
            lines = [ln for ln in (text or "").splitlines() if ln.strip()]
            header: tuple[str, ...] = ()
            _cookie_banners(lines, furniture)
            lines = without_consent_blocks(lines, furniture)
            _menus(lines, furniture)
            _widgets(lines, furniture)
            _feeds(lines, furniture)
            _forms(lines, furniture)
            _contact_blocks(lines, contacts)
            _address_runs(lines, contacts)
            theirs = {ln for j, other in enumerate(texts) if j != i for ln in (other or "").splitlines()}
            edges = edge_chrome(lines) + edge_banner(lines) + edge_widgets(lines, theirs) + edge_tagline(lines)
            for line in edges:
                furniture.update(_sentence_keys(clean_block(line)))
            blocks = edge_blocks(lines, furniture)
            for line in blocks:
                furniture.update(_sentence_keys(clean_block(line)))
            at_edges = set(edges + blocks)  # a footer's link promoted to a heading names no party of the section above
            for label, rest in _list_run_ins(lines, lead_of):
                run_ins.setdefault(loose_key(label), rest)
            for k, line in enumerate(lines):
                # a Markdown heading with bars in it ("# « Older post | Main | Newer post »") is a heading, no table row
                if (
                    "|" in line
                    and not line.lstrip().startswith("#")
                    and line.count("|") - line.strip().startswith("|") - line.strip().endswith("|") >= 1
                ):
                    if not set(line.strip()) - set("|:- "):
                        continue  # a Markdown separator row
                    cells = tuple(clean_block(c) for c in _cells(line))
                    if len(cells) != len(header):
                        header = cells  # the first row of a table (or of a table of another shape) heads it
                        if _header_row(cells, lines[k + 1] if k + 1 < len(lines) else ""):
                            headings.add(loose_key(clean_block(line)))
                    else:
                        tables.setdefault(loose_key(clean_block(line)), header)
                    continue
                header = ()
                lead = lead_of(line)
                if lead:
                    run_ins.setdefault(loose_key(lead[0]), lead[1])
                nxt = lines[k + 1] if k + 1 < len(lines) else ""
                heading = line.lstrip().startswith("#")
                if not heading:
                    near = (lines[k - 1] if k else ".", line, nxt)
                    seen = plain.get(near)
                    if seen is None:
                        seen = plain[near] = _plain_heading(lines, k) or _item_label(lines, k)
                    heading = seen
                if heading:
                    block = clean_block(line)
                    if block:
                        headings.add(loose_key(block))
                        # a heading the sentence splitter cuts ("Templates for clans... Tutorials, Images.") is a
                        # heading in each part
                        if line.lstrip().startswith("#"):
                            headings.update(k for k in _sentence_keys(block) if k)
                        in_furniture = bool(lx.FURNITURE_HEADING.search(block))
                        if _name_like(block):
                            if line not in at_edges:
                                named.setdefault(loose_key(block), section)
                        else:
                            section = block
                elif in_furniture:
                    block = clean_block(line)
                    if len(block.split()) > _FURNITURE_WORDS:
                        in_furniture = False  # prose: the policy goes on (under a heading not recognised as one)
                    else:
                        furniture.update(_sentence_keys(block))
                else:
                    near_form = (lines[k - 1] if k else None, line, nxt)
                    titled = form.get(near_form)
                    if titled is None:
                        titled = form[near_form] = _form_heading(lines, k)
                    if titled:  # a title only: no section or list of names is read from it
                        headings.add(loose_key(clean_block(line)))
                    elif _ends_in_furniture_title(line):
                        in_furniture = True
        for text in texts:
            furniture.update(_contents_lines(text or "", headings))
        return cls(
            frozenset(headings),
            frozenset(furniture),
            texts[0] if texts else "",
            texts[1] if len(texts) > 1 else "",
            tuple(tables.items()),
            tuple(named.items()),
            _completions(texts[0], texts[1]) if len(texts) > 1 else frozenset(),
            _lost_tails(texts[0], texts[1]) if len(texts) > 1 else frozenset(),
            tuple(run_ins.items()),
            frozenset(contacts),
            _lost_tails(texts[1], texts[0], restored=True) if len(texts) > 1 else frozenset(),
        )

    def placement(self, text: str | None) -> str | None:
        """Why a changed passage is not policy text because of where it sits, or None."""
        if not text:
            return None
        keys = _sentence_keys(clean_block(text))
        keys = [k for k in keys if k]
        if keys and all(k in self.headings for k in keys):
            return "a heading (headings name sections; the text under them states the practice)"
        if keys and all(k in self.furniture or k in self.headings for k in keys):
            return "page furniture under a related-articles / navigation heading"
        if keys and all(k in self.contact_lines for k in keys):
            return "a line of an address block (a name, a channel, an address: contact details)"
        return None

    def run_in_body(self, text: str) -> str | None:
        """The rest of the block when `text` is a run-in label opening it (see `_run_in`), else None."""
        if not self.run_ins:
            return None
        return self._run_ins.get(loose_key(clean_block(text)))

    @cached_property
    def _run_ins(self) -> dict[str, str]:
        return dict(self.run_ins)

    @cached_property
    def _context(self) -> dict[str, tuple[str, str, str]]:
        """Loose sentence key -> (its section's heading, its list's introduction, the line above the run of label
        lines it ends, see `label_line`) in either version."""
        out: dict[str, tuple[str, str, str]] = {}
        for text in (self.old, self.new):
            heading = intro = presenter = ""
            in_item, prev = False, ""
            nested: tuple[int, str] | None = None  # an item introducing a list of its own ("* We may refuse when:")
            for line in text.splitlines():
                if not line.strip():
                    continue
                if line.startswith("#"):
                    heading, intro, nested = clean_block(line), "", None
                    presenter = line
                    continue
                item = bool(_LIST_ITEM.match(line))
                indent = len(line) - len(line.lstrip())
                if not item and in_item and _wrapped(prev, line):
                    continue  # the rest of a list item wrapped onto the next line: still the item
                in_item, prev = item, line
                if not item or (nested is not None and indent <= nested[0]):
                    nested = None
                said = nested[1] if nested is not None else intro
                for key in _sentence_keys(clean_block(line)):
                    # a list item is presented by its list, whatever is above it
                    out.setdefault(key, (heading, said if item else "", "" if item else presenter))
                if not label_line(line):
                    presenter = line  # a run of labels is presented by the line above its first
                if not item:
                    intro = clean_block(line)
                elif nested is None and clean_block(line).endswith(":"):
                    nested = (indent, clean_block(line))
        return out

    @cached_property
    def _previous(self) -> dict[tuple[bool, str], str]:
        """(in the new version?, loose sentence key) -> the sentence before it in that version (within its block or
        the block above)."""
        out: dict[tuple[bool, str], str] = {}
        for in_new, text in ((False, self.old), (True, self.new)):
            prev = ""
            for line in text.splitlines():
                if not line.strip() or line.startswith("#"):
                    prev = "" if line.startswith("#") else prev
                    continue
                for sentence in split_sentences(clean_block(line)):
                    out.setdefault((in_new, loose_key(sentence)), prev)
                    prev = sentence
        return out

    def previous(self, text: str, in_new: bool) -> str:
        """The sentence before the first sentence of `text` in the old or the new version ("" at a section's top)."""
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._previous.get((in_new, keys[0]), "") if keys else ""

    def heading_of(self, text: str) -> str:
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._context.get(keys[0], ("", "", ""))[0] if keys else ""

    def intro_of(self, text: str) -> str:
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._context.get(keys[0], ("", "", ""))[1] if keys else ""

    def presenter(self, text: str) -> str:
        """The line above the run of label lines (`label_line`) that the line of `text` ends: the line that says
        what the labels are, if anything does (a heading keeps its "#"); none for a list item."""
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._context.get(keys[0], ("", "", ""))[2] if keys else ""

    def lost_tail(self, change: Change) -> bool:
        """The change removes list items that the capture lost at the end of their list."""
        if change.kind is not ChangeKind.REMOVED or not self.lost_tails:
            return False
        keys = [k for k in _sentence_keys(clean_block(change.before or "")) if k]
        return bool(keys) and all(k in self.lost_tails for k in keys)

    def restored_tail(self, change: Change) -> bool:
        """The change adds list items back at the end of lists where the old capture had lost them."""
        if change.kind is not ChangeKind.ADDED or not self.restored_tails:
            return False
        keys = [k for k in _sentence_keys(clean_block(change.after or "")) if k]
        return bool(keys) and all(k in self.restored_tails for k in keys)

    def cut_off(self, change: Change) -> bool:
        """The change is a sentence the capture cut off in one version, whole in the other."""
        keys = [k for t in (change.before, change.after) if t for k in _sentence_keys(clean_block(t)) if k]
        return bool(keys) and all(k in self.completed for k in keys)


#: the most words of a table's column title
_COLUMN_WORDS = 5


def _header_row(cells: tuple[str, ...], nxt: str) -> bool:
    """The first row of a table is its header when it reads as column titles: short cells without numbers or yes/no
    answers, over a row of the same shape ("Purposes | Retention period" over "Support | 1 year"). It names the
    columns; the rows under it state the practice. Family: policies that lay their purposes, bases, recipients or
    retention periods out as tables, added or re-laid whole."""
    if len(cells) < 2 or nxt.count("|") < 1 or len(_cells(nxt)) != len(cells):
        return False
    if any(len(c.split()) > _COLUMN_WORDS or any(ch.isdigit() for ch in c) for c in cells):
        return False
    if any(c.split()[0].lower().endswith("ing") for c in cells if c.split()):
        return False  # a value led by a verb ("Providing the app"): a key-value table's first row, not a header
    return not _table_facts(" | ".join(cells).lower()) and all(any(ch.isalpha() for ch in c) for c in cells)


#: a sentence that says how to reach someone, then gives the details below it ("You can write to our representative
#: using the following details:", "Contact our privacy team at:")
_CONTACT_INTRO = re.compile(
    r"\b(?:contact|reach|write to|get in touch with|send (?:your )?(?:requests?|questions?|letters?) to)\b"
    r"[^.;]*(?:\b(?:following|below|details|information|address(?:es)?|at|by)|[-:])\s*:\s*$"
)
#: the most lines and words of an address block's line (a name, "Email: ...", a street)
_ADDRESS_LINES, _ADDRESS_WORDS = 8, 12
#: words that make a line a statement, not a field of an address: the company or the reader acting, handling data
_STATES = re.compile(
    r"(?<![\w-])(?:we|you|will|may|must|can|collect\w*|shar\w*|us(?:e|es|ed|ing)|process\w*|sell\w*|stor\w*)(?![\w-])"
)


def _contact_blocks(lines: list[str], out: set[str]) -> None:
    """Mark the lines of an address block: up to a few short lines (a name, "Email: ...", "Mail: ...", a street) under
    a line whose last sentence says how to reach someone and ends with ':'. They are contact details, whatever words
    they hold ("Jane Roe (Roe & Partners, Partner)" names no partner of the company's). A line that speaks or handles
    data ends the block.

    Family: policies that add, drop or change the address of a DPO, a representative or a privacy team, set out as
    lines under "contact them using the following details:"."""
    for k, line in enumerate(lines):
        if not line.rstrip().endswith(":"):
            continue
        sentences = split_sentences(clean_block(line))
        if not sentences or not _CONTACT_INTRO.search(normal(sentences[-1])):
            continue
        for nxt in lines[k + 1 : k + 1 + _ADDRESS_LINES]:
            block = clean_block(nxt)
            if nxt.lstrip().startswith("#") or not block or len(block.split()) > _ADDRESS_WORDS:
                break
            if _STATES.search(block.lower()) or block.rstrip()[-1:] in ".:":
                break
            out.update(k for k in _sentence_keys(block) if k)


#: the digits of an address: a phone number, a street number, a postcode ("10019", "400 018", "EC2 4RT"); a label
#: alone ("Postal address") gives none
_REACHED_AT = re.compile(r"\d")
#: the fewest lines of a run that name a way to reach someone
_ADDRESS_EVIDENCE = 2
#: the most spaces of a raw line that may be one of an address block (its links' text and markup counted too)
_ADDRESS_RAW_SPACES = 3 * _ADDRESS_WORDS
#: a field of an address block by its label ("Country: India.", "Tel: ...", "Postcode: ...")
_ADDRESS_FIELD = re.compile(
    r"^\W*(?:country|state|province|county|city|town|zip(?: ?code)?|post(?:al)? ?code|tel|telephone|phone|fax|mobile"
    r"|address|e-?mail|website(?: url)?|web)\s*:",
    re.IGNORECASE,
)


def _address_runs(lines: list[str], out: set[str]) -> None:
    """Mark the lines of an address block set out as a run of short lines with no introduction: a name, a title, a
    company, a street, a city and a postcode, "Tel: ...", "Country: ..." (a signature under the last paragraph, a
    "Registered office" block). A run is the lines between two longer or speaking ones (`_address_line`); it is an
    address block when at least two of its lines name a way to reach someone (`lx.CONTACT`: an e-mail address, a
    phone, a street, "postal address"; or an address field by its label: "Country: ...", "Tel: ...") and one line
    gives digits (a phone, a street number, a postcode). A list of the data collected ("- Postal address", "- Phone
    number") gives no digits, and its list items end a run.

    Family: a person's or a company's postal block added, dropped or replaced under the contact paragraph, read as a
    list of named parties or countries ("Jane Roe", "Acme Media, Inc.", "Country: India.")."""
    run: list[str] = []
    for line in [*lines, ""]:
        # a paragraph is no line of an address (counted on the raw line first: most lines of a policy are long)
        block = clean_block(line) if line and line.count(" ") < _ADDRESS_RAW_SPACES else ""
        if block and _address_line(line, block):
            run.append(block)
            continue
        if len(run) >= _ADDRESS_EVIDENCE:
            named = [b for b in run if lx.CONTACT.search(b.lower()) or _ADDRESS_FIELD.match(b)]
            if len(named) >= _ADDRESS_EVIDENCE and any(_REACHED_AT.search(b) for b in run):
                for b in run:
                    out.update(k for k in _sentence_keys(b) if k)
        run = []


def _address_line(line: str, block: str) -> bool:
    """Whether a line may be one of an address block: short, no list item, no sentence that speaks (`_STATES`) or
    asks, and none that ends with a stop after a verb of being ("Data is kept for 30 days."). A capture may set a
    name or a title of the block as a heading ("# Jane Roe"): a short heading is read like any short line."""
    if _LIST_ITEM.match(line) or len(block.split()) > _ADDRESS_WORDS:
        return False
    low = block.lower()
    if _STATES.search(low) or low.rstrip().endswith("?"):
        return False
    return not (low.rstrip().endswith(".") and _BEING.search(low))


_BEING = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|kept|held|retained|deleted)(?![\w-])")


def _name_like(block: str) -> bool:
    words = block.removeprefix("# ").split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("/", "&", "-", "and", "of") for w in words)


def _wrapped(previous: str, line: str) -> bool:
    """`line` goes on with the list item on the line before it, wrapped by the capture: the item stops mid-sentence
    (no closing stop, colon or semicolon) and the line goes on in lower case, or is indented under it."""
    if line[:1].isspace():
        return True
    return line[:1].islower() and not previous.rstrip().endswith((".", ";", ":", "!", "?"))
