"""Split canonical (or raw-ish) policy text into sentence units with cosmetic-insensitive comparison keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from monitor.text.canonical import MD_LINK

_INVISIBLE: dict[int, str | None] = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None)
_SPACES: dict[int, str | None] = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\r\f\v"), " ")
_QUOTES = dict(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)

# Leading block markers: Markdown headings/quotes, bullet glyphs, list numbering ("1.", "3.2", "1-", "(a)", "iv.").
_MARKER = re.compile(
    r"^(?:#{1,6}(?=\s|$)|>|[-*+\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u2043\u2219\u27a2\u2713\u2714"
    r"\u2794\u25ba\u25b8\u2666\u2756\uf0b7](?=\s|$)|\|)\s*"
)
_NUMBERING = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.):\-](?=\s)|\d{1,3}(?:\.\d{1,3})+(?=\s)|\(?[a-zA-Z]\)(?=\s)|[a-z]\.(?=\s)"
    r"|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)](?=\s)"
    r"|(?:section|article|part)\s+\d{1,3}(?:\.\d{1,3})*[.:]?(?=\s))\s*",
    re.IGNORECASE,
)
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*|~~|(?<!\w)_(?=\S)|(?<=\S)_(?!\w))")
_PIPES = re.compile(r"(?:^|\s)\|(?=\s|$)")

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "gmbh",
        "s.a",
        "s.r.l",
        "b.v",
        "n.v",
        "pty",
        "ag",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "nos",
        "vs",
        "approx",
        "fig",
        "art",
        "sec",
        "para",
        "cf",
        "al",
        "u.s",
        "u.k",
        "u.s.a",
        "e.u",
        "p.o",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dept",
        "est",
        "min",
        "max",
        "ca",
        "resp",
        "incl",
        "viz",
        "ph.d",
    ]
)
#: a dotted initialism ("U.S.", "E.E.A.", "D.C."), also as the tail of a compound ("non-U.S.", "EU-U.S."): the
#: period is the initialism's own unless the next word opens a sentence (see `_ends_sentence`)
_INITIALISM = re.compile(r"(?:^|[-/])((?:[a-z]\.)+[a-z])")
_ALWAYS_INSIDE = frozenset(["e.g", "i.e"])  # an example or a gloss always goes on
#: words that open a sentence and seldom follow an initialism inside one ("... in the U.S. We also ...")
_OPENERS = frozenset(
    [
        *("we", "you", "our", "your", "the", "this", "these", "those", "it", "its", "if", "in", "for", "to", "when"),
        *("where", "please", "such", "any", "all", "each", "as", "they", "their", "there", "however", "also", "note"),
        *("under", "unless", "some", "other", "additionally", "furthermore", "moreover"),
    ]
)
#: a stop, then space and a capital (Latin, Greek or Cyrillic) or a digit; or a full-width stop of Chinese, Japanese
#: or Korean text, which needs no space after it ("...收集您的姓名。我们不会...")
_SENTENCE_END = re.compile(
    r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9\u00c0-\u024f\u0391-\u03a9\u0400-\u042f])|[\u3002\uff01\uff1f]+[\u300d\u300f\uff09]*"
    # a stop glued to the next sentence by a capture that lost the space ("frequency capping.The app does not"):
    # a lower-case word, the stop, a capitalised word and a space or a mark (not a domain: "Example.Com/"); the
    # look-behind after the stop, so that every alternative starts with a stop and the engine skips to the stops
    r"|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]+[\s,;:!?])"
)
_URLISH = re.compile(r"[/@]|www\.|https?:", re.IGNORECASE)
_CAMEL = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00de]+|\d+|[^\W\d_]+")
_LOOSE_DROP = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Unit:
    """One sentence (or short block) of a policy: its display text and its comparison keys."""

    text: str  # cleaned text: markers and Markdown stripped, whitespace collapsed (what comparisons read)
    key: str  # exact key: no whitespace, straight quotes; case and punctuation kept
    loose: str  # loose key: letters and digits only, case-folded (for re-segmentation checks)
    block: int  # index of the source block (line)
    part: int = 0  # index of the sentence within its block (see `raw_sentences`)


_TRANSLATE = str.maketrans({**_INVISIBLE, **_SPACES, **{ord(k): v for k, v in _QUOTES.items()}})


#: what a page says about a link for screen readers or as an icon's text, captured with the link's words ("Learn more
#: (opens in a new tab)", "our opt-out page External link"): how the link opens, not what the policy says
_LINK_NOTE = re.compile(
    r"\s*[(\[]\s*(?:(?:this |the )?link )?(?:opens?|will open|is external)\b[^()\[\]]{0,40}[)\]]"
    r"|,?\s+(?:(?:this |the )?link )?(?:(?i:opens?|will open) (?i:in )?(?i:a |an )?(?i:new|separate) (?i:browser )?"
    r"(?i:tab|window)|Link is external)(?=[.,;:!?)]|$)"
    # after a link's words, even where they end in a stop or a quote ("as noted above, External link we ...",
    # 'see "How We Use It." External link') or where a row of links runs together ("Ethics External linkPrivacy")
    r"|(?<=[\w)/.,;:!?\"'\u201d\u2019])\s+External [Ll]ink(?![a-z0-9_-])"
)
_LINK_NOTE_HINT = re.compile(r"(?i)new (?:browser )?(?:tab|window)|external|\bopens? in\b")


def _link_note_words(text: str) -> bool:
    """Whether `text` has a word every `_LINK_NOTE_HINT` match has: plain substring tests, many times cheaper than a
    case-insensitive scan, which most lines need not make."""
    low = text.lower()
    return "new" in low or "external" in low or "open" in low


@lru_cache(maxsize=16384)
def clean_block(line: str) -> str:
    """A block without invisible characters, markers, numbering, Markdown emphasis/links, stray pipes or a link's
    screen-reader notes."""
    if not line.isascii():
        line = unicodedata.normalize("NFC", line).translate(_TRANSLATE)
    text = line.replace("`", "'")
    if "](" in text:
        text = MD_LINK.sub(r"\2", text)  # a link's text, an image's alt text
    if "<" in text:
        text = _MD_AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text or "~" in text:
        text = _MD_EMPHASIS.sub("", text)
    if _link_note_words(text) and _LINK_NOTE_HINT.search(text):
        text = _LINK_NOTE.sub("", text)
    text = " ".join(text.split())
    text = text[_leading_markers(text) :]
    if "|" in text:
        text = " ".join(_PIPES.sub(" ", text).split())
    return text


def _leading_markers(text: str) -> int:
    """How many characters of list markers and numbering (up to four, nested: "1. - (a)") lead `text`."""
    rest = text
    # cheap test first: only lines that start with a marker-ish character or a digit carry a marker
    for _ in range(4):
        if not rest or (rest[0].isalpha() and not _NUMBERING.match(rest)):
            break
        stripped = _NUMBERING.sub("", _MARKER.sub("", rest), count=1)  # both anchored: a prefix goes
        if stripped == rest:
            break
        rest = stripped
    return len(text) - len(rest)


def _sentence_spans(block: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a cleaned block, surrounding whitespace excluded."""
    out: list[tuple[int, int]] = []
    start = 0

    def add(a: int, b: int) -> None:
        while a < b and block[a].isspace():
            a += 1
        while b > a and block[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))

    for match in _SENTENCE_END.finditer(block):
        end = match.end()
        if end == match.start() + 1 and block[match.start()] == "." and _glued_in_link(block, match.start()):
            continue
        head = block[start : match.start() + 1]
        # the run of non-space characters that ends the head (it ends with the stop itself, so there is one)
        word = head.rsplit(None, 1)[-1].lower().strip("\"'([").rstrip(".")
        if not _ends_sentence(word, block, end):
            continue
        add(start, end)
        start = end
    add(start, len(block))
    return out


def _glued_in_link(block: str, stop: int) -> bool:
    """Whether the glued stop at `stop` sits inside an address ("www.Example.Com", "mail@Acme.Org")."""
    start = block.rfind(" ", 0, stop) + 1
    end = block.find(" ", stop)
    return bool(_URLISH.search(block[start : end if end >= 0 else len(block)]))


def _ends_sentence(word: str, block: str, after: int) -> bool:
    """Whether a stop after `word` (lower case, its last period off) ends a sentence, the next one starting at
    `after`: not after an abbreviation ("Inc.", "e.g.") or a single letter ("J. Smith"); after a dotted initialism
    ("U.S.", "non-U.S.", "EU-U.S.", "E.E.A.") or "etc." only before a word that opens sentences. Family: one house
    style writes "US" where another writes "U.S.", and "transfers to non-U.S. Countries" or "the U.S. Department" is one
    sentence, "stored in the U.S. We also ..." two, whichever the style."""
    initialism = _INITIALISM.search(word)
    if word == "etc" or (initialism and initialism.end() == len(word) and initialism.group(1) not in _ALWAYS_INSIDE):
        # "tablets, computers, etc. These links are ..." is two sentences, "cookies, pixels, etc. for analytics" one
        nxt = block[after : after + 16].split(None, 1)
        return bool(nxt) and nxt[0].strip("\"'([,").lower() in _OPENERS
    return word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())


def split_sentences(block: str) -> list[str]:
    """Split one cleaned block into sentences, keeping abbreviations, decimals, e-mails and URLs whole."""
    return list(_split_sentences(block))


@lru_cache(maxsize=16384)
def _split_sentences(block: str) -> tuple[str, ...]:
    """split_sentences, once per block (the diff and the rules split the same blocks several times)."""
    return tuple(block[a:b] for a, b in _sentence_spans(block))


# ----------------------------------------------------------------------------- verbatim (display) text
#
# The cleaned text is only a comparison key: what people read (web diff, Slack) must be the policy's own words.
# `_tracked_clean` repeats `clean_block` step by step while remembering, for each kept character, where it came
# from in the source line, so a cleaned sentence maps back to its verbatim span.


def _tracked_sub(
    pattern: re.Pattern[str], text: str, origins: list[int], group: int | None, repl: str = ""
) -> tuple[str, list[int]]:
    out: list[str] = []
    orig: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        orig.extend(origins[pos : m.start()])
        if group is not None:
            a, b = m.span(group)
            if a >= 0:
                out.append(text[a:b])
                orig.extend(origins[a:b])
        elif repl and m.end() > m.start():
            out.append(repl)
            orig.extend([origins[m.start()]] * len(repl))
        pos = m.end()
    out.append(text[pos:])
    orig.extend(origins[pos:])
    return "".join(out), orig


_WS_RUN = re.compile(r"\s+")


def _tracked_collapse(text: str, origins: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    orig: list[int] = []
    for m in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            orig.append(origins[m.start() - 1])
        out.append(m.group())
        orig.extend(origins[m.start() : m.end()])
    return "".join(out), orig


def _tracked_clean(line: str) -> tuple[str, list[int]]:
    """`clean_block(line)` and, for each of its characters, the index in `line` it came from."""
    if line.isascii():
        text, origins = line.replace("`", "'"), list(range(len(line)))
    else:
        chars: list[str] = []
        origins = []
        for k, ch in enumerate(line):
            rep = "'" if ch == "`" else ch.translate(_TRANSLATE)
            chars.append(rep)
            origins.extend([k] * len(rep))
        text = "".join(chars)
    if "](" in text:
        text, origins = _tracked_sub(MD_LINK, text, origins, 2)
    if "<" in text:
        text, origins = _tracked_sub(_MD_AUTOLINK, text, origins, 1)
    if "*" in text or "_" in text or "~" in text:
        text, origins = _tracked_sub(_MD_EMPHASIS, text, origins, None)
    text, origins = _tracked_collapse(text, origins)
    cut = _leading_markers(text)
    text, origins = text[cut:], origins[cut:]
    if "|" in text:
        text, origins = _tracked_sub(_PIPES, text, origins, None, " ")
        text, origins = _tracked_collapse(text, origins)
    return text, origins


def raw_sentences(line: str) -> list[str]:
    """The verbatim text of each sentence `split_sentences(clean_block(line))` finds in a source line.

    Markup the cleaning drops inside a sentence (emphasis, link targets, odd characters) stays; markup glued
    to its first or last word (``**bold**``) stays too; block markers and numbering before it do not."""
    if not line.isascii():
        line = unicodedata.normalize("NFC", line)
    clean = clean_block(line)
    offset = line.find(clean) if clean else -1
    origins: Sequence[int]
    if offset >= 0:  # the usual case: cleaning only took a marker off the front (and spaces off the ends)
        text, origins = clean, range(offset, offset + len(clean))
    else:
        text, origins = _tracked_clean(line)
    spans = _sentence_spans(text)
    if text != clean or len(origins) != len(text):  # should not happen: fall back to clean text
        return [text[a:b] for a, b in spans]
    raw = [[origins[a], origins[b - 1] + 1] for a, b in spans]
    floor = _marker_end(line, origins)
    for k, (a, b) in enumerate(raw):
        low = raw[k - 1][1] if k else floor
        while a > low and not line[a - 1].isspace():
            a -= 1
        high = raw[k + 1][0] if k + 1 < len(raw) else len(line)
        while b < high and not line[b].isspace():
            b += 1
        raw[k] = [a, b]
    return [" ".join(line[a:b].split()) for a, b in raw]


def _marker_end(line: str, origins: Sequence[int]) -> int:
    """Where the first kept character sits, minus glued markup: the end of the block marker/numbering."""
    if not origins:
        return 0
    first = origins[0]
    k = first
    while k > 0 and not line[k - 1].isspace():
        k -= 1
    # text glued to the first word (e.g. "**Bold") belongs to the sentence unless it is the block marker itself
    return k if not _MARKER.match(line[k:first] + " ") and not _NUMBERING.match(line[k:first] + " ") else first


def exact_key(text: str) -> str:
    return "".join(text.split())


#: English contractions, written out the same way on both sides: "isn't" / "is not", "we're" / "we are" (the
#: possessive "'s" and the ambiguous "'d" stay as written)
_CONTRACTION = re.compile(
    r"\b(won|can|shan)['\u2019]t\b|n['\u2019]t\b|['\u2019](re|ll|ve|m)\b|\b(it|that|there|here|what|who|let)['\u2019]s\b",
    re.IGNORECASE,
)
_WRITTEN_OUT = {"won": "will not", "can": "cannot", "shan": "shall not", "re": " are", "ll": " will", "ve": " have"}
_WRITTEN_OUT |= {"m": " am", "let": "let us"}


def _written_out(m: re.Match[str]) -> str:
    stem, suffix, pronoun = m.group(1), m.group(2), m.group(3)
    if stem:
        return _WRITTEN_OUT[stem.lower()]
    if suffix:
        return _WRITTEN_OUT[suffix.lower()]
    if pronoun:
        return _WRITTEN_OUT.get(pronoun.lower(), f"{pronoun} is")
    return " not"


def written_out(text: str) -> str:
    """`text` with its English contractions written out ("don't" -> "do not", "we're" -> "we are")."""
    if "'" in text or "\u2019" in text:
        return _CONTRACTION.sub(_written_out, text)
    return text


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """The comparison key that ignores punctuation, markup, case and contractions (cached: the rules key the same
    sentence often)."""
    text = written_out(text)
    if text.isascii():  # the same key, by a table: what `_LOOSE_DROP` drops of ASCII is all but letters and digits
        return text.translate(_ASCII_DROP).lower()
    return _LOOSE_DROP.sub("", text).casefold()


_ASCII_DROP: dict[int, None] = {c: None for c in range(128) if not chr(c).isalnum()}


def words(text: str) -> list[str]:
    """Case-folded word tokens; glued words ("informationThere") are split the same way on both sides."""
    return [w.casefold() for w in _CAMEL.findall(text)]


def units(text: str) -> list[Unit]:
    """The sentence units of a text, in order; blocks that are empty once cleaned are dropped."""
    out: list[Unit] = []
    for index, line in enumerate(text.splitlines()):
        for sentence, exact, loose, part in _line_units(line):
            out.append(Unit(sentence, exact, loose, index, part))
    return out


@lru_cache(maxsize=16384)
def _line_units(line: str) -> tuple[tuple[str, str, str, int], ...]:
    """(sentence, exact key, loose key, part) of one source line: the old and new text share most lines, so
    a diff reads each of those once."""
    block = clean_block(line)
    if not block:
        return ()
    out = []
    for part, sentence in enumerate(split_sentences(block)):
        loose = loose_key(sentence)
        if loose:
            out.append((sentence, exact_key(sentence), loose, part))
    return tuple(out)
