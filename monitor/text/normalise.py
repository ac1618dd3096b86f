"""Turn HTML, Markdown or plain text into the canonical policy text. Pure: no I/O.

Every format is first read into `Block`s (heading / list item / paragraph with its raw text), then each block
becomes one canonical line (`canonical.canonical_line`). The result is settled: it is re-read as plain text
until that changes nothing, so that canonical text is a fixed point (``normalise(normalise(x)) ==
normalise(x)``) whatever format it is read back as.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markdown_it.token import Token

from monitor.domain.values import Format
from monitor.text import extract
from monitor.text.canonical import (
    BULLET,
    HASHES,
    HEADING,
    ITEM,
    MD_LINK,
    PARA,
    Block,
    canonical_lines,
    clean,
    looks_like_title,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

_DOC_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|hr|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tr|td|th|strong|em|b|i|u|section|"
    r"article|main|nav|header|footer|aside|img|meta|link|script|style|title|blockquote|pre|code|font|center|"
    r"small|sup|sub|label|form|input|button|iframe|noscript|svg)\b[^<>]*>",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MD_STAR_ITEM = re.compile(r"^\s{0,3}[*+]\s+\S", re.MULTILINE)
_MD_SETEXT = re.compile(r"^(?=[^\n]*\w)[^\n]*\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_MD_BOLD = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
_MD_FENCE = re.compile(r"^(?:```|~~~)", re.MULTILINE)

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_RULE = re.compile(r"^\s*(?:(?:[-=_*~#+.])\s*){3,}$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]]*\s*$")

#: Lines longer than this are not hard-wrapped prose; hard-wrapped text is at least this wide.
_MAX_WRAP, _MIN_WRAP = 120, 50
_MAX_SETTLE = 8
_MAX_MARKDOWN_PARAGRAPH = 50_000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def detect_format(content: str, filename: str | None = None) -> Format:
    """Decide HTML / Markdown / plain text from the content (the file name is only a hint)."""
    head = content[:200_000]
    suffix = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if _DOC_TAG.search(head[:20_000]):
        return Format.HTML
    tags = len(_TAG.findall(head))
    md = _markdown_signals(head)
    if tags and suffix in ("html", "htm", "xhtml"):
        return Format.HTML
    if tags >= 2 and (md < 2 or _mostly_tag_lines(head)):  # Markdown may carry some inline HTML
        return Format.HTML
    needed = {"md": 1, "markdown": 1, "txt": 4, "text": 4}.get(suffix, 2)
    return Format.MARKDOWN if md >= needed else Format.TEXT


def _mostly_tag_lines(text: str) -> bool:
    """Whether most lines open with a tag (HTML source) rather than text (Markdown with some inline HTML)."""
    lines = [line.lstrip() for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _TAG.match(line)) * 2 > len(lines)


def _markdown_signals(text: str) -> int:
    """A score of Markdown syntax: headings, links, setext underlines and fences weigh double."""
    return (
        2 * len(_MD_HEADING.findall(text))
        + len(_MD_STAR_ITEM.findall(text))
        + 2 * len(_MD_SETEXT.findall(text))
        + len(_MD_BOLD.findall(text))
        + 2 * len(MD_LINK.findall(text))
        + 2 * len(_MD_FENCE.findall(text))
    )


def has_markup(content: str) -> bool:
    """Whether the content carries HTML markup at all."""
    return bool(_DOC_TAG.search(content[:20_000]) or _TAG.search(content))


def normalise(content: str, fmt: Format | None = None, *, select: str | None = None, remove: Sequence[str] = ()) -> str:
    """The canonical text: one block per line, headings as '# ...', list items as '- ...', paragraphs plain.

    Raises ValueError for an invalid `select` or `remove` CSS selector.
    """
    return canonical_text(blocks(content, fmt, select=select, remove=remove))


def canonical_text(found: Sequence[Block]) -> str:
    """The canonical text of a document's blocks (the second half of `normalise`)."""
    return "\n".join(_settle(canonical_lines(found)))


def region_digest(found: Sequence[Block]) -> str:
    """A hash of the blocks as extracted, before clean-up: equal blocks give equal canonical text."""
    digest = hashlib.sha256()
    for block in found:
        digest.update(f"{block.kind}\x1f{block.level}\x1f{block.text}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def blocks(
    content: str,
    fmt: Format | None = None,
    *,
    select: str | None = None,
    remove: Sequence[str] = (),
    root: HtmlElement | None = None,
) -> list[Block]:
    """The document's blocks, before canonical clean-up (what a renderer needs to reproduce it).

    `root`: the page already parsed by `extract.parse_html` (it is pruned in place), to parse it only once.
    """
    if fmt is None:
        fmt = detect_format(content)
    if fmt is Format.HTML and (select or remove or has_markup(content)):
        return extract.html_blocks(content, select=select, remove=remove, root=root)
    if fmt is Format.MARKDOWN and markdown_applies(content):
        return markdown_blocks(content)
    return text_blocks(content)


def markdown_applies(content: str) -> bool:
    """Whether to read Markdown content with a Markdown parser: not when it is already canonical text (which
    must read back as itself), nor when a single paragraph is huge (inline parsing turns quadratic on hostile
    input; plain-text reading still drops link and bold markup)."""
    if any(len(chunk) > _MAX_MARKDOWN_PARAGRAPH for chunk in _BLANK_LINE.split(content)):
        log.debug("Markdown with a paragraph over %d characters read as plain text", _MAX_MARKDOWN_PARAGRAPH)
        return False
    return not is_canonical(content)


def is_canonical(content: str) -> bool:
    """Whether the content is already canonical text (Markdown must not re-interpret it: idempotence)."""
    return "\n".join(canonical_lines(text_blocks(content))) == content


def _settle(lines: list[str]) -> list[str]:
    """Re-read the lines as plain text until that is a no-op, so the result is its own normal form."""
    for _ in range(_MAX_SETTLE):
        again = canonical_lines(text_blocks("\n".join(lines)))
        if again == lines:
            return lines
        lines = again
    log.debug("canonical text did not settle in %d passes", _MAX_SETTLE)
    return lines


# ------------------------------------------------------------------------------------------ plain text


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when it does not look hard-wrapped.

    Hard-wrapped prose has (almost) no line over ~120 columns, and most lines followed by more prose are
    "full": the next line's first word would not have fitted on them.
    """
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 2 or sum(1 for n in lengths if n > _MAX_WRAP) * 10 > len(lengths):
        return None
    width = max((n for n in lengths if n <= _MAX_WRAP), default=0)
    if width < _MIN_WRAP:
        return None
    pairs = full = 0
    for previous, line in pairwise(lines):
        if not previous.strip() or not line.strip() or _starts_block(line.strip()):
            continue
        pairs += 1
        full += _is_full(previous, line.strip(), width)
    return width if full and full * 2 >= pairs else None


def _starts_block(stripped: str) -> bool:
    return bool(BULLET.match(stripped) or HASHES.match(stripped) or _RULE.match(stripped))


def _is_full(previous: str, line: str, width: int) -> bool:
    """Whether `previous` was broken only because the first word of `line` did not fit on it."""
    size = len(previous.rstrip())
    return size <= width and size + 1 + len(line.split(" ", 1)[0]) > width


def _continues(parts: list[str], last: str, line: str, width: int) -> bool:
    """Whether `line` continues the hard-wrapped paragraph whose last line was `last`. A first line that ends
    a sentence, followed by a capitalised line, is read as a paragraph of its own: one sentence per line (and
    canonical text read back) must not be glued to the next line just because it happens to be the widest."""
    if not _is_full(last, line, width):
        return False
    return len(parts) > 1 or not (_SENTENCE_END.search(last) and line[:1].isupper())


def text_blocks(content: str) -> list[Block]:
    """Plain text: one block per line, except hard-wrapped paragraphs and indented item continuations."""
    lines = [line.expandtabs(4) for line in _LINE_SPLIT.split(content)]
    width = _wrap_width(lines)
    out: list[Block] = []
    kind: str | None = None
    parts: list[str] = []
    indent = 0
    last = ""

    def flush() -> None:
        nonlocal kind, parts
        if kind is not None:
            out.append(Block(kind, " ".join(parts), 2))
        kind, parts = None, []

    for line in lines:
        stripped = line.strip()
        if not stripped:
            flush()
            last = ""
            continue
        setext = _SETEXT_RULE.match(line)
        if setext and kind == PARA and len(parts) == 1 and (setext.group(1)[0] == "=" or len(stripped) >= 2):
            out.append(Block(HEADING, parts[0], 2 if setext.group(1)[0] == "=" else 3))
            kind, parts, last = None, [], ""
            continue
        if _RULE.match(line):
            flush()
            last = ""
            continue
        lead = len(line) - len(line.lstrip())
        hashes = HASHES.match(stripped)
        bullet = BULLET.match(stripped)
        if hashes:
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            out.append(Block(HEADING, stripped[hashes.end() :], level))
            last = ""
            continue
        if bullet:
            flush()
            kind, parts, indent, last = ITEM, [stripped[bullet.end() :]], lead, line
            continue
        continues_item = kind == ITEM and lead > indent
        if continues_item or (kind == PARA and width and _continues(parts, last, stripped, width)):
            parts.append(stripped)
        else:
            flush()
            kind, parts = PARA, [stripped]
        last = line
    flush()
    return out


# ------------------------------------------------------------------------------------------ Markdown

#: The Markdown dialect policies are read in (CommonMark with tables and strikethrough).
_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_tokens(content: str) -> list[Token]:
    """markdown-it's tokens, with each soft line break that does not come from hard wrapping made a hard
    break: a text with one paragraph per line and no blank lines stays one block per line."""
    tokens = _MD.parse(content)
    source = _LINE_SPLIT.split(content)
    for tok in tokens:
        if tok.type != "inline" or not tok.map or not tok.children:
            continue
        lines = source[tok.map[0] : tok.map[1]]
        width = _wrap_width(lines)
        k = 0
        for child in tok.children:
            if child.type != "softbreak":
                continue
            if width is None or k + 1 >= len(lines) or not _is_full(lines[k], lines[k + 1].strip(), width):
                child.type, child.tag = "hardbreak", "br"
            k += 1
    return tokens


def markdown_blocks(content: str) -> list[Block]:
    """Markdown through markdown-it's token stream: headings, list items, paragraphs, table rows."""
    out: list[Block] = []
    tokens = markdown_tokens(content)
    kind_stack: list[str] = []  # "item" for an open list item still waiting for its first block
    row: list[str] | None = None
    heading_level = 2
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "list_item_open":
            kind_stack.append(ITEM)
        elif t == "list_item_close":
            if kind_stack:
                kind_stack.pop()
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 2
        elif t == "tr_open":
            row = []
        elif t == "tr_close" and row is not None:
            out.append(Block(PARA, " | ".join(row)))
            row = None
        elif t == "inline":
            pieces = _inline_lines(tok)
            if row is not None:
                row.append(" ".join(pieces))
                continue
            kind = HEADING if i and tokens[i - 1].type == "heading_open" else PARA
            if kind == PARA and not kind_stack and len(pieces) == 1 and _bold_title(tok, pieces[0]):
                kind, heading_level = HEADING, 3
            for n, piece in enumerate(pieces):
                this = kind
                if n == 0 and kind_stack and kind_stack[-1] == ITEM and kind == PARA:
                    this = ITEM
                    kind_stack[-1] = "done"
                out.append(Block(this, piece, heading_level if this == HEADING else 2))
        elif t in ("fence", "code_block"):
            out.extend(Block(PARA, line) for line in tok.content.splitlines() if line.strip())
        elif t == "html_block":
            out.extend(extract.fragment_blocks(tok.content))
    return out


def _bold_title(tok: Token, text: str) -> bool:
    """A paragraph that is all bold ("**Your rights**") and reads as a title (as `extract` judges <p><b>)."""
    children = [c for c in tok.children or () if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    if any(c.type in ("strong_open", "strong_close", "softbreak", "hardbreak") for c in children[1:-1]):
        return False
    return looks_like_title(clean(text))


def _inline_lines(tok: Token) -> list[str]:
    """The text of an inline token; a hard break starts a new line (as <br> does in HTML)."""
    lines: list[str] = [""]
    for child in tok.children or ():
        if child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type == "softbreak":
            lines[-1] += " "
        elif child.type == "hardbreak":
            lines.append("")
        elif child.type == "html_inline":
            tag = child.content.strip().lower()
            if tag.startswith("<br"):
                lines.append("")
    return [line for line in lines if line.strip()]
