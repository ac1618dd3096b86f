"""The canonical line form shared by every input format: text blocks, character clean-up and line markers."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

HEADING = "heading"
ITEM = "item"
PARA = "para"


@dataclass(frozen=True)
class Block:
    """One block of a document as found in the source: its kind and its text (raw, not yet cleaned)."""

    kind: str  # HEADING | ITEM | PARA
    text: str
    level: int = 2  # heading level, for rendering only


# ------------------------------------------------------------------------------------------ characters

_CHAR_MAP: dict[int, str] = {}
for _c in "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\uff07":
    _CHAR_MAP[ord(_c)] = "'"
for _c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02":
    _CHAR_MAP[ord(_c)] = '"'
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2e3a\u2e3b":
    _CHAR_MAP[ord(_c)] = "-"
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    _CHAR_MAP[ord(_c)] = " "
for _c in "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f":
    _CHAR_MAP[ord(_c)] = ""
for _c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":  # bidi controls: invisible, and a spoofing aid
    _CHAR_MAP[ord(_c)] = ""
_CHAR_MAP[ord("\u2026")] = "..."
_CHAR_MAP[ord("\u2024")] = "."
for _code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]:
    # C0/C1 controls: tab, CR and LF are whitespace and collapse to a space; the rest are junk
    _CHAR_MAP.setdefault(_code, " " if _code in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F, 0x85) else "")

_SPACES = re.compile(r"\s+")
#: Markdown link or image syntax, the one definition every text stage uses: group 1 is "!" for an image,
#: group 2 the link text or alt text. Canonical text keeps a link's text and drops an image.
MD_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_STRONG = re.compile(r"\*\*([^*\s](?:[^*]*[^*\s])?)\*\*")
_ALNUM = re.compile(r"[^\W_]")

#: Marker of a list item at the start of a line: '-' or a bullet glyph, then a space.
BULLET = re.compile(
    r"^[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u25b8\u25ba\u2013\u2014\u2043\u2027]\s+"
)
#: Markdown-style heading marker at the start of a line.
HASHES = re.compile(r"^#{1,6}\s+")
#: An image placeholder captured as a line of its own ("logo", "Company logo", "[image]").
_PLACEHOLDER = re.compile(r"^\[?(?:[\w&.'-]+\s+)?(?:logo|image|img)\]?$", re.IGNORECASE)
#: A leading section number: "12.", "3.2", "1-", "IV.", "a)".
_SECTION_NUMBER = r"(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,5}|[A-Za-z])[.):-]?\s+)"

_MAX_PASSES = 16


#: Every character `str.isspace` (and so `\s`) accepts, but the space (a test checks the list).
WHITESPACE_BUT_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)
#: A character one clean-up pass would change: a mapped one, or whitespace other than a space (one class:
#: a single scan of the text).
_UNSETTLED = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(set(map(chr, _CHAR_MAP)) | set(WHITESPACE_BUT_SPACE))) + "]"
)


def _settled(text: str) -> bool:
    """Whether one pass of `clean` would leave `text` as it is (checked without making the pass)."""
    if not text:
        return True
    if text[0] in "| " or text[-1] in "| " or "  " in text or "](" in text or "**" in text:
        return False
    if _UNSETTLED.search(text):
        return False
    return unicodedata.is_normalized("NFC", text)


def _clean_pass(text: str) -> str:
    out = unicodedata.normalize("NFC", text.translate(_CHAR_MAP)).translate(_CHAR_MAP)
    out = _SPACES.sub(" ", out).strip()
    if "](" in out:
        out = MD_LINK.sub(lambda m: "" if m.group(1) else m.group(2), out)
    if "**" in out:
        out = _MD_STRONG.sub(r"\1", out)
    if "|" in out:  # stray table-cell separators at the edges of a line are capture artefacts
        out = out.strip("| ")
    return _SPACES.sub(" ", out).strip()


def clean(text: str) -> str:
    """One block's text in canonical characters: NFC, plain quotes/dashes/spaces, collapsed whitespace."""
    out = text
    for _ in range(_MAX_PASSES):  # markup removal can expose more markup ("[[a](b)](c)"): settle it
        if _settled(out):  # most text is clean after one pass (and canonical text before any)
            return out
        previous, out = out, _clean_pass(out)
        if out == previous:
            return out
    return out


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list, as a set (for the vocabularies written as one string)."""
    return frozenset(words.split())


#: Small words a Title-Case heading leaves in lower case.
_SMALL_WORDS = word_set(
    "a an the and or but nor of to in on at by for from with into onto via per as vs than over under about "
    "upon within between through across after before during your our their its his her my this that these "
    "those who what how why which when where we you us it they"
)
#: A line starting with one of these (without a final '?') is an embedded question: "What we collect".
_QUESTION_WORDS = frozenset({"how", "what", "who", "why", "which"})
_SUBJECTS = frozenset({"we", "you", "they", "i", "he", "she", "it"})
#: Words that make a line a statement (a negation or an answer such as "yes" / "n/a"), never a title. Layout
#: only: what a negation means is the classifier's vocabulary (classify/lexicon.NEGATION), not this list.
_STATEMENT_WORDS = re.compile(
    r"\b(?:not|never|no|none|nor|without|cannot|can't|don't|doesn't|didn't|won't|isn't|aren't|wasn't|"
    r"n't|yes|n/a)\b",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|shall|should|may|might|must|can|could|do|does|did|"
    r"has|have|had)\b",
    re.IGNORECASE,
)
#: A subject pronoun followed by a lower-case word: "we collect", "You can".
_SUBJECT_VERB = re.compile(r"\b(?:[Ww]e|[Yy]ou|[Tt]hey|I)\s+[a-z]")
#: A label followed by its value: "Sold to third parties: No", "Last updated: March 1".
_COLON_VALUE = re.compile(r":\s*\S")
_VALUE_WORDS = frozenset({"yes", "no", "none", "true", "false", "enabled", "disabled", "required", "optional"})
_SECTION_PREFIX = re.compile(r"^" + _SECTION_NUMBER)
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,5})[.):-]?\s+")
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_MAX_HEADING_WORDS, _MAX_NUMBERED_HEADING_WORDS, _MAX_TITLE_WORDS = 8, 10, 12


def _shape_ok(text: str, max_words: int, *, closing: str = ".,;:!?") -> bool:
    """A short single line without closing punctuation, addresses, links or a leading quote/bracket."""
    if not text or len(text) > 90 or " | " in text or len(text.split()) > max_words:
        return False
    return not (text[-1] in closing or "@" in text or "://" in text or text.startswith(("(", "[", '"', "'")))


def reads_like_statement(text: str) -> bool:
    """Whether a short line states something (a practice, a value), so that it must never be a heading:
    a subject pronoun with a verb ("We never sell your data"), negation or modality, a number ("Data kept 30
    days"), a label with its value ("Sold to third parties: No", "Last updated: March 1, 2026")."""
    rest = _SECTION_PREFIX.sub("", text, count=1) if _NUMBERED.match(text) else text
    if any(ch.isdigit() for ch in rest) or _COLON_VALUE.search(rest) or _STATEMENT_WORDS.search(rest):
        return True
    words = [_WORD_EDGE.sub("", w).lower() for w in rest.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in _SUBJECTS and len(words) > 1:
        return True
    if len(words) == 1 and words[0] in _VALUE_WORDS:
        return True
    if words[0] in _QUESTION_WORDS:  # "What we collect", "How long we keep it": a question, not a claim
        return False
    return bool(_AUXILIARY.search(rest) or _SUBJECT_VERB.search(rest))


def _capitalised(word: str) -> bool:
    word = _WORD_EDGE.sub("", word)
    return not word or not word[0].isalpha() or word[0].isupper()


@functools.lru_cache(maxsize=8192)  # a text is read twice (`normalise` settles its result): judge it once
def looks_like_heading(text: str) -> bool:
    """A plain-text line that is a section title (conservatively: a statement must never become a heading).

    Titles are numbered ("1. Definition of Personal Information", "12.3 Retention"), ALL CAPS, Title Case
    (every word but small ones capitalised, at most 8 words) or an embedded question ("What we collect"),
    and never read like a statement (`reads_like_statement`).
    """
    numbered = bool(_NUMBERED.match(text))
    if not _shape_ok(text, _MAX_NUMBERED_HEADING_WORDS if numbered else _MAX_HEADING_WORDS):
        return False
    rest = _SECTION_PREFIX.sub("", text, count=1) if numbered else text
    if not rest or not rest[0].isupper() or reads_like_statement(text):
        return False
    letters = [ch for ch in rest if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    words = rest.split()
    if _WORD_EDGE.sub("", words[0]).lower() in _QUESTION_WORDS:
        return True
    return all(_capitalised(w) for w in words if _WORD_EDGE.sub("", w).lower() not in _SMALL_WORDS)


def looks_like_title(text: str) -> bool:
    """Whether an emphasised block (a paragraph that is all bold) is a title: short, not a statement.

    Looser than `looks_like_heading` (sentence case is fine: "Information we collect"), since the bold
    says the author meant it as a title; a bold statement ("We never sell your data") still is not one.
    """
    text = text.rstrip(":").rstrip()
    if not _shape_ok(text, _MAX_TITLE_WORDS) or not (text[0].isupper() or _NUMBERED.match(text)):
        return False
    rest = _SECTION_PREFIX.sub("", text, count=1) if _NUMBERED.match(text) else text
    if any(ch.isdigit() for ch in rest) or _COLON_VALUE.search(rest) or _STATEMENT_WORDS.search(rest):
        return False
    words = [w for w in (_WORD_EDGE.sub("", w).lower() for w in rest.split()) if w]
    if not words or (words[0] in _SUBJECTS and len(words) > 1) or (len(words) == 1 and words[0] in _VALUE_WORDS):
        return False
    return words[0] in _QUESTION_WORDS or not _AUXILIARY.search(rest)


def canonical_line(block: Block) -> str | None:
    """The canonical line of a block, or None when nothing of it is worth keeping."""
    text = clean(block.text)
    kind = block.kind
    if kind != HEADING:
        m = BULLET.match(text)
        if m:
            kind, text = ITEM, text[m.end() :]
        elif kind == PARA:
            m = HASHES.match(text)
            if m:
                kind, text = HEADING, text[m.end() :]
    if not _ALNUM.search(text) or (kind != ITEM and _PLACEHOLDER.match(text)):
        return None
    if kind == PARA and looks_like_heading(text):
        kind = HEADING
    if kind == HEADING:
        return "# " + text
    if kind == ITEM:
        return "- " + text
    return text


def line_block(line: str) -> Block:
    """Read one canonical line back as a block (the inverse of `canonical_line` on its output)."""
    if line.startswith("# "):
        return Block(HEADING, line[2:])
    if line.startswith("- "):
        return Block(ITEM, line[2:])
    return Block(PARA, line)


def canonical_lines(blocks: Iterable[Block]) -> list[str]:
    return [line for line in map(canonical_line, blocks) if line is not None]
