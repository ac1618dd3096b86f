"""Find a policy's body in an HTML page and read it as text blocks. Pure: no I/O.

Site chrome (navigation, banners, cookie consent, sidebars, footers, hidden and scripted content) is pruned
first; the body is then `<main>` / `<article>` when the page has one that holds the text, else the deepest
element holding most of the page's prose (text-density scoring in the manner of readability extractors).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import lxml.html
from cssselect import SelectorError
from lxml import etree

from monitor.text import deep
from monitor.text.canonical import HEADING, ITEM, PARA, Block, clean, looks_like_title, word_set

log = logging.getLogger(__name__)


#: Never policy text, wherever they are.
ALWAYS_DROP = word_set(
    "script style noscript template svg math iframe frame frameset object embed applet canvas head "
    "title meta link base button input select textarea option optgroup datalist output audio video "
    "source track picture img map area dialog portal"
)
#: Site chrome by element: dropped unless it holds most of the page's text (some sites wrap all in <form>).
CHROME_TAGS = frozenset({"nav", "aside", "footer", "form", "menu"})
CHROME_ROLES = word_set("navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar")
INLINE = word_set(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q rp rt "
    "ruby s samp small span strike strong sub sup time tt u var wbr"
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}

#: Class / id words of chrome, dropped anywhere (unless the element holds most of the text).
_CHROME_WORDS = word_set(
    "nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar widget widgets related latest "
    "recent sharer sharebuttons socialshare sharethis addthis sociallinks socialicons promo advert "
    "ads skip skiplink skiplinks pagination pager popup modal toast generated footer sitefooter "
    "topbar toolbar masthead announcement"
)
#: A class-matched element with more text of its own than this (outside links) is kept: it may be a section
#: of the policy that happens to share a name with chrome.
_CHROME_MAX_TEXT = 200
#: Class / id words of chrome that may also name a part of the policy itself: dropped outside main/article.
_OUTER_CHROME_WORDS = frozenset({"header", "siteheader", "banner", "cta", "tags", "hero"})
_SR_ONLY = re.compile(r"\b(?:sr-only|visually-hidden|screen-reader-text|screenreader|visuallyhidden)\b")
#: Consent-management vendors: always a banner or a preference centre.
_CMP_VENDOR = re.compile(
    r"onetrust|optanon|cookiebot|cybotcookiebot|didomi|truste|trustarc|osano|usercentrics|cookielaw|iubenda|"
    r"cookieyes|termly|qc-cmp|sp_message|cmplz|borlabs|cookie-script|cookiehub|quantcast",
    re.IGNORECASE,
)
_CONSENT = re.compile(r"cookie|consent|gdpr|ccpa|cmp", re.IGNORECASE)
_BANNERISH = re.compile(
    r"banner|bar|notice|popup|pop-up|modal|overlay|dialog|notification|alert|message|prompt|sdk|wrapper|"
    r"container|layer|box|toast|footer|window|bottom|fixed",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SKIP_LINK = re.compile(r"^\s*skip\s+to\b", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[-_\s:/.]+|(?<=[a-z])(?=[A-Z])")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
_WS = re.compile(r"\s+")

#: A text block with fewer words than this is not prose (menus, labels, copyright lines, time stamps).
PROSE_WORDS = 8
#: The body is found by descending into the child holding at least this share of its parent's prose
#: (and at least FLOOR_SHARE of the page's).
BODY_SHARE, FLOOR_SHARE = 0.6, 0.5
#: Text before the densest child, this heavy compared with it, is part of the policy (an introduction).
INTRO_SHARE = 0.25


def parse_html(content: str) -> lxml.html.HtmlElement:
    """A forgiving parse of a decoded page (broken markup, stray declarations, control characters)."""
    content = _BAD_CHARS.sub(" ", _XML_DECL.sub("", content, count=1))
    # huge_tree: libxml2 otherwise drops everything nested deeper than 256 elements (it still stops at 2048)
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, collect_ids=False, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(content or "<html></html>", parser=parser)
        if any("Excessive depth" in e.message for e in parser.error_log):  # the rest of the page was dropped
            root = lxml.html.document_fromstring(deep.flatten(content), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        log.debug("unparseable HTML (%s); reading it as empty", exc)
        root = lxml.html.document_fromstring("<html><body></body></html>", parser=parser)
    return root


def select_all(root: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    """Elements matching a CSS selector. Raises ValueError for an invalid selector."""
    try:
        return root.cssselect(selector)
    except (SelectorError, SyntaxError, etree.XPathError) as exc:
        raise ValueError(f"invalid CSS selector {selector!r}: {exc}") from exc


def html_blocks(
    content: str,
    *,
    select: str | None = None,
    remove: Sequence[str] = (),
    root: lxml.html.HtmlElement | None = None,
) -> list[Block]:
    """The policy's blocks: from the `select`ed elements, or from the automatically found body.

    `root`: `content` already parsed by `parse_html`, which this prunes in place (so it is parsed once).
    """
    if root is None:
        root = parse_html(content)
    for selector in remove:
        for el in select_all(root, selector):
            _drop(el)
    body = _body(root)
    _prune_always(body)
    if select:
        chosen = _outermost(select_all(root, select))
        for el in chosen:  # widgets and forms injected inside the chosen element are still not policy text
            _prune_chrome(el, in_content=True)
        return [piece.block for el in chosen for piece in convert(el)]
    _prune_chrome(body)
    owned = convert(body)
    node = choose_body(body, owned)
    if node is body:
        return [piece.block for piece in owned]
    inside = set(node.iter())
    return [piece.block for piece in owned if piece.owner in inside]


def fragment_blocks(content: str) -> list[Block]:
    """Blocks of an HTML fragment (e.g. raw HTML inside Markdown), without any chrome detection."""
    root = parse_html(f"<html><body><div>{content}</div></body></html>")
    body = _body(root)
    _prune_always(body)
    return [piece.block for piece in convert(body)]


def _body(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = root.find("body")
    return body if body is not None else root


def _outermost(elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


def _drop(el: lxml.html.HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        el.clear()
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# ------------------------------------------------------------------------------------------ pruning


def _prune_always(body: lxml.html.HtmlElement) -> None:
    doomed = []
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag.lower() in ALWAYS_DROP or _is_hidden(el):
            doomed.append(el)
    for el in doomed:
        _drop(el)


def _is_hidden(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if _SR_ONLY.search(el.get("class") or ""):
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        # A collapsed accordion panel still holds policy text: keep hidden blocks full of prose.
        return not (_text_len(el) >= 400 and el.find(".//p") is not None)
    return False


def _text_len(el: lxml.html.HtmlElement) -> int:
    """Length of the element's text with whitespace collapsed (str.split splits where \\s+ matches)."""
    words = "".join(el.itertext()).split()
    return sum(map(len, words)) + len(words) - 1 if words else 0


def _own_text_len(el: lxml.html.HtmlElement) -> int:
    """Length of the element's text outside links."""
    links = sum(_text_len(a) for a in el.iter("a"))
    return max(_text_len(el) - links, 0)


def _words(el: lxml.html.HtmlElement) -> set[str]:
    words: set[str] = set()
    for attr in ("class", "id"):
        value = el.get(attr)
        if value:
            words.update(w.lower() for w in _WORD_SPLIT.split(value) if w)
            words.update(v.lower().replace("-", "").replace("_", "") for v in value.split())
    return words


def _is_consent_banner(el: lxml.html.HtmlElement, names: str) -> bool:
    if _CMP_VENDOR.search(names):
        return _text_len(el) < 8000
    if not _CONSENT.search(names):
        return False
    role = (el.get("role") or "").lower()
    interactive = (
        role in ("dialog", "alertdialog", "region", "banner")
        or el.get("aria-modal") is not None
        or el.find(".//button") is not None
        or bool(_BANNERISH.search(names))
    )
    return interactive and _text_len(el) < 1500


def _chrome_reason(el: lxml.html.HtmlElement, in_content: bool) -> str | None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in CHROME_TAGS:
        return tag
    if tag == "header" and not in_content:
        return tag
    role = (el.get("role") or "").lower()
    if role in CHROME_ROLES:
        return f"role={role}"
    names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if names:
        if _is_consent_banner(el, names):
            return "consent banner"
        words = _words(el)
        hit = words & _CHROME_WORDS or (words & _OUTER_CHROME_WORDS if not in_content else set())
        if hit and _own_text_len(el) < _CHROME_MAX_TEXT:
            return f"class {sorted(hit)[0]!r}"
    if tag == "a" and _SKIP_LINK.match(el.text_content() or ""):
        return "skip link"
    return None


def _prune_chrome(body: lxml.html.HtmlElement, *, in_content: bool = False) -> None:
    """Drop the chrome inside `body` (not `body` itself); `in_content`: `body` is known to be the content."""
    total = max(_text_len(body), 1)
    doomed = []
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(child, in_content) for child in body]
    while stack:
        el, in_content = stack.pop()
        if not isinstance(el.tag, str):
            continue
        reason = _chrome_reason(el, in_content)
        if reason and _text_len(el) <= total / 2:
            log.debug("dropping chrome <%s> (%s)", el.tag, reason)
            doomed.append(el)
            continue
        inner = in_content or el.tag in ("main", "article") or (el.get("role") or "").lower() == "main"
        stack.extend((child, inner) for child in el)
    for el in doomed:
        _drop(el)


# ------------------------------------------------------------------------------------------ blocks


class Piece(NamedTuple):
    """A block of text with the element holding it, and how much of its text is link text."""

    owner: lxml.html.HtmlElement
    block: Block
    link_chars: int = 0


class _Converter:
    """Walk an element tree (iteratively: hostile pages nest deeply) and cut it into text blocks."""

    def __init__(self) -> None:
        self.out: list[Piece] = []
        self.buffer: list[str] = []
        self.link_depth = 0
        self.link_chars = 0
        self.contexts: list[list] = []  # [element, kind, level, first_block_pending]

    def add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())

    def flush(self, link_chars: int | None = None) -> None:
        text = "".join(self.buffer)
        links = self.link_chars if link_chars is None else link_chars
        self.buffer, self.link_chars = [], 0
        if not text.strip() or not self.contexts:
            return
        el, kind, level = self.contexts[-1][:3]
        item = next((c for c in reversed(self.contexts) if c[1] == ITEM), None)
        if kind != HEADING:
            kind = ITEM if item is not None and item[3] else PARA
        if item is not None:
            item[3] = False  # only the first block of a list item carries the item marker
        self.out.append(Piece(el, Block(kind, text, level), links))

    def run(self, root: lxml.html.HtmlElement) -> list[Piece]:
        self.contexts = [[root, PARA, 2, False]]
        self.add(root.text)
        stack: list[tuple[lxml.html.HtmlElement, bool]] = [(child, False) for child in reversed(root)]
        while stack:
            el, closing = stack.pop()
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if closing:
                self.end(el, tag)
            elif self.start(el, tag):
                stack.append((el, True))
                stack.extend((child, False) for child in reversed(el))
            else:
                self.add(el.tail)
        self.flush()
        return self.out

    def start(self, el: lxml.html.HtmlElement, tag: str) -> bool:
        """Open an element; False when it was consumed whole (its tail still to be read)."""
        if not tag:
            return False
        if tag in INLINE:
            self.link_depth += tag == "a"
            self.add(el.text)
            return True
        self.flush()
        if tag in ("br", "hr"):
            return False
        if tag == "pre":
            for line in "".join(el.itertext()).splitlines():
                if line.strip():
                    self.out.append(Piece(el, Block(PARA, line)))
            return False
        if tag == "tr" and _simple_row(el):
            cells = [_WS.sub(" ", "".join(c.itertext())).strip() for c in el if isinstance(c.tag, str)]
            cells = [c for c in cells if c]
            if cells:
                self.contexts.append([el, PARA, 2, False])
                self.buffer.append(" | ".join(cells))
                self.flush(link_chars=sum(_text_len(a) for a in el.iter("a")))
                self.contexts.pop()
            return False
        level = _heading_level(el, tag)
        if level is None and tag in ("p", "div") and _bold_title(el) and not any(c[1] == ITEM for c in self.contexts):
            level = 3
        if level is not None:
            self.contexts.append([el, HEADING, level, False])
        elif tag == "li":
            self.contexts.append([el, ITEM, 2, True])
        else:
            self.contexts.append([el, PARA, 2, False])
        self.add(el.text)
        return True

    def end(self, el: lxml.html.HtmlElement, tag: str) -> None:
        if tag in INLINE:
            self.link_depth -= tag == "a"
        else:
            self.flush()
            self.contexts.pop()
        self.add(el.tail)


def _heading_level(el: lxml.html.HtmlElement, tag: str) -> int | None:
    """The level of a heading element (h1-h6, or role="heading" with its aria-level), else None."""
    if tag in HEADINGS:
        return HEADINGS[tag]
    if (el.get("role") or "").strip().lower() == "heading":
        level = (el.get("aria-level") or "").strip()
        return min(max(int(level), 1), 6) if level.isdigit() and len(level) < 3 else 2
    return None


def _bold_title(p: lxml.html.HtmlElement) -> bool:
    """A paragraph (or div) that is one <strong>/<b> and nothing else, whose text reads as a title (not a statement)."""
    if (p.text or "").strip() or len(p) != 1:
        return False
    bold = p[0]
    if not isinstance(bold.tag, str) or bold.tag.lower() not in ("strong", "b") or (bold.tail or "").strip():
        return False
    if any(isinstance(el.tag, str) and el.tag.lower() not in INLINE for el in bold.iterdescendants()):
        return False
    return looks_like_title(clean(bold.text_content()))


def _simple_row(row: lxml.html.HtmlElement) -> bool:
    """A table row whose cells hold only inline text: it reads as one line."""
    for cell in row:
        if not isinstance(cell.tag, str):
            continue
        for el in cell.iterdescendants():
            if isinstance(el.tag, str) and el.tag.lower() not in INLINE:
                return False
    return True


def convert(root: lxml.html.HtmlElement) -> list[Piece]:
    """The element's text blocks, each with the element that holds it."""
    return _Converter().run(root)


# ------------------------------------------------------------------------------------------ the body


def _weights(
    owned: list[Piece], body: lxml.html.HtmlElement
) -> tuple[dict[lxml.html.HtmlElement, float], dict[lxml.html.HtmlElement, int]]:
    """Text held by each element of `body` (its own blocks and its descendants'), link text aside and prose
    counting double; and the number of blocks it holds. (Sizes are whole or half numbers: exact sums.)"""
    weights: dict[lxml.html.HtmlElement, float] = {}
    counts: dict[lxml.html.HtmlElement, int] = {}
    for el, block, links in owned:
        length = len(block.text.strip())
        size: float = max(length - links, 0)
        if block.kind == HEADING or not _is_prose(block.text, size / length if length else 0):
            size /= 2
        weights[el] = weights.get(el, 0) + size
        counts[el] = counts.get(el, 0) + 1
    # children before their parents: each element's totals are final when they are added to its parent's
    for el in reversed(list(body.iter())):
        if el is body or el not in counts:
            continue
        parent = el.getparent()
        if parent is None:  # (only `body` has none here)
            continue
        weights[parent] = weights.get(parent, 0) + weights[el]
        counts[parent] = counts.get(parent, 0) + counts[el]
    return weights, counts


def _is_prose(text: str, own_share: float) -> bool:
    """Sentences rather than labels: enough words of letters (time stamps and ids are not words)."""
    words = 0
    for w in text.split():
        if w.isalpha() or w[:-1].isalpha():
            words += 1
            if words * own_share >= PROSE_WORDS:  # the same test as on the full count, stopped early
                return True
    return words * own_share >= PROSE_WORDS


def _semantic(body: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for el in body.iter():
        if isinstance(el.tag, str) and (el.tag in ("main", "article") or (el.get("role") or "") == "main"):
            yield el


def choose_body(body: lxml.html.HtmlElement, owned: list[Piece]) -> lxml.html.HtmlElement:
    """The element holding the policy: a <main>/<article> with most of the prose, else the densest one."""
    weights, counts = _weights(owned, body)
    total = weights.get(body, 0)
    if not total:
        return body
    semantic = [el for el in _semantic(body) if weights.get(el, 0) >= 0.5 * total]
    if semantic:
        mains = [el for el in semantic if el.tag == "main" or el.get("role") == "main"]
        # the outermost main, or else the article holding the most (several articles: their container)
        node = mains[0] if mains else max(semantic, key=lambda el: weights.get(el, 0))
        return node
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=lambda c: weights.get(c, 0), default=None)
        if best is None:
            return node
        share = weights.get(best, 0)
        if share < FLOOR_SHARE * total or share < BODY_SHARE * weights.get(node, 0) or counts.get(best, 0) < 2:
            return node
        # a title or an intro before the densest child belongs with it (chrome sits in containers, and
        # what comes first is mostly navigation and short promotions)
        before = children[: children.index(best)]
        if any(
            c.tag in HEADINGS or (c.tag == "p" and weights.get(c, 0)) or weights.get(c, 0) >= INTRO_SHARE * share
            for c in before
        ):
            return node
        node = best
