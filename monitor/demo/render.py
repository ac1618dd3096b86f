"""Render a policy (plain text or Markdown) as a realistic web page whose site chrome changes per request.

The policy itself is rendered faithfully (headings, paragraphs, lists, links, emphasis) and escaped: the
text is hostile input. Everything around it — navigation with tracking ids, a cookie banner, a promo header,
a sidebar of rotating posts, a footer with a time stamp and request id, scripts, styles, a hidden CSRF
token — varies with `variant`, deterministically (the same variant renders the same page).
"""

from __future__ import annotations

import hashlib
import html
import random
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from markdown_it import MarkdownIt
from markdown_it.token import Token

from monitor.domain.values import Format
from monitor.text.canonical import BULLET, HASHES, HEADING, ITEM, Block, canonical_line, line_block
from monitor.text.extract import fragment_blocks
from monitor.text.normalise import blocks as document_blocks
from monitor.text.normalise import detect_format, markdown_applies, markdown_tokens

LAYOUTS = ("semantic", "divsoup", "table")

_EPOCH = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
_MENU = ("Product", "Pricing", "Customers", "Blog", "Careers", "Contact")
_POSTS = (
    "How we cut our cloud bill by a third",
    "Release notes: spring update",
    "Meet the team behind our support desk",
    "Five ways to secure your account",
    "Customer story: a logistics company goes paperless",
    "Our new office in Lisbon",
    "Webinar recap: data protection by design",
    "Accessibility improvements across the app",
)
_PROMOS = (
    "Spring sale: 20% off all annual plans this week only",
    "New: dark mode is here",
    "Join our live webinar on Thursday",
    "Free shipping on all orders over 50 euros",
)


def render_policy_page(
    text: str,
    *,
    fmt: Format | None = None,
    title: str,
    company: str,
    variant: int = 0,
    chrome: bool = True,
    layout: str = "semantic",
) -> str:
    """A complete HTML page for the policy `text`; `layout` is "semantic" (main/article/nav/aside/footer),
    "divsoup" (anonymous divs only) or "table" (a table layout, one row per block)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r} (known: {', '.join(LAYOUTS)})")
    body = policy_html(text, fmt=fmt, table=layout == "table")
    if not chrome:
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title></head>\n<body>\n<main>\n{body}\n</main>\n</body></html>\n"
        )
    return _Chrome(title, company, variant, layout).page(body)


# ------------------------------------------------------------------------------------------ the policy


def policy_html(text: str, *, fmt: Format | None = None, table: bool = False) -> str:
    """The policy's own HTML: headings, paragraphs, lists (and links and emphasis from Markdown)."""
    fmt = fmt or detect_format(text)
    if fmt is Format.MARKDOWN and markdown_applies(text) and not table:
        md = _markdown()
        return md.renderer.render(markdown_tokens(text), md.options, {})
    blocks = document_blocks(text, fmt)
    return _blocks_html(blocks, table=table)


def _shown(blocks: Iterable[Block]) -> Iterable[tuple[str, int, str]]:
    """(kind, level, raw text) of each block that the canonical text keeps, in its canonical kind."""
    for block in blocks:
        line = canonical_line(block)
        if line is None:
            continue
        kind = line_block(line).kind
        raw = block.text.strip()
        if kind != block.kind:  # a marker in the raw text became the kind: do not show it twice
            raw = HASHES.sub("", BULLET.sub("", raw, count=1), count=1)
        level = block.level if block.kind == HEADING else 2
        yield kind, min(max(level, 1), 4), raw


def _blocks_html(blocks: Sequence[Block], *, table: bool = False) -> str:
    out: list[str] = []
    in_list = False
    for kind, level, raw in _shown(blocks):
        if kind == ITEM and not in_list:
            out.append("<ul>")
            in_list = True
        elif kind != ITEM and in_list:
            out.append("</ul>")
            in_list = False
        if kind == ITEM:
            out.append(f"  <li>{_e(raw)}</li>")
        elif kind == HEADING:
            out.append(f"<h{level}>{_e(raw)}</h{level}>")
        else:
            out.append(f"<p>{_e(raw)}</p>")
    if in_list:
        out.append("</ul>")
    if not table:
        return "\n".join(out)
    rows = []
    for piece in _group_lists(out):
        rows.append(f"<tr><td>{piece}</td></tr>")
    return '<table class="layout" width="100%">\n' + "\n".join(rows) + "\n</table>"


def _group_lists(lines: list[str]) -> list[str]:
    groups: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if line == "<ul>":
            current = [line]
        elif line == "</ul>" and current is not None:
            current.append(line)
            groups.append("".join(current))
            current = None
        elif current is not None:
            current.append(line)
        else:
            groups.append(line)
    return groups


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

    # markdown-it render rules: (renderer, tokens, idx, options, env)
    def html_inline(renderer: object, tokens: Sequence[Token], idx: int, options: object, env: object) -> str:
        # raw HTML in a policy is hostile: keep only <br>
        return "<br>" if tokens[idx].content.strip().lower().startswith("<br") else ""

    def html_block(renderer: object, tokens: Sequence[Token], idx: int, options: object, env: object) -> str:
        return _blocks_html(fragment_blocks(tokens[idx].content)) + "\n"

    md.add_render_rule("html_inline", html_inline)
    md.add_render_rule("html_block", html_block)
    return md


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# ------------------------------------------------------------------------------------------ the chrome


class _Chrome:
    """The site around the policy, different on every request (variant) but reproducible."""

    def __init__(self, title: str, company: str, variant: int, layout: str):
        self.title, self.company, self.variant, self.layout = title, company, variant, layout
        self.rng = random.Random(f"{company}/{variant}")
        self.sid = self._token(24)
        self.request_id = self._token(16)
        self.now = _EPOCH + timedelta(seconds=variant * 3607 + self.rng.randrange(3600))
        self.soup = layout != "semantic"

    def _token(self, n: int) -> str:
        return hashlib.sha256(str(self.rng.random()).encode()).hexdigest()[:n]

    def _cls(self, name: str) -> str:
        """A class name: meaningful on a semantic page, hashed (as CSS-in-JS builds do) in div soup."""
        if not self.soup:
            return name
        return "c" + hashlib.md5(f"{name}{self.variant % 3}".encode()).hexdigest()[:6]

    def _tag(self, semantic: str) -> tuple[str, str]:
        return ("div", "div") if self.soup else (semantic, semantic)

    def _link(self, label: str, path: str) -> str:
        campaign = self.rng.choice(("spring", "summer", "launch", "retarget"))
        href = f"{path}?utm_source=site&amp;utm_medium=nav&amp;utm_campaign={campaign}&amp;sid={self.sid}"
        return f'<a href="{href}">{_e(label)}</a>'

    def page(self, body: str) -> str:
        v, rng = self.variant, self.rng
        hue = rng.randrange(360)
        nav_open, nav_close = self._tag("nav")
        header_open, header_close = self._tag("header")
        aside_open, aside_close = self._tag("aside")
        footer_open, footer_close = self._tag("footer")
        main = (
            '<main id="content">\n<article class="policy">'
            if not self.soup
            else (
                f'<div class="{self._cls("content")}" id="c{self.request_id[:4]}">\n<div class="{self._cls("text")}">'
            )
        )
        main_close = "</article>\n</main>" if not self.soup else "</div>\n</div>"
        menu = "".join(f"<li>{self._link(item, '/' + item.lower())}</li>" for item in rng.sample(_MENU, 5))
        posts = rng.sample(_POSTS, 3)
        latest = "".join(
            f'<li>{self._link(p, f"/blog/{v}-{i}")} <span class="{self._cls("date")}">'
            f"{(self.now - timedelta(days=3 * i + 1)):%d %b %Y}</span></li>"
            for i, p in enumerate(posts)
        )
        stamp = self.now.strftime("%Y-%m-%d %H:%M:%S")
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{self._token(32)}">
<title>{_e(self.title)}</title>
<style>
  body {{ font-family: sans-serif; margin: 0; }} .{self._cls("promo")} {{ background: hsl({hue}, 70%, 45%); }}
  .cookie-banner {{ position: fixed; bottom: 0; }}
</style>
<script>
  window.dataLayer = window.dataLayer || []; window.__REQ = "{self.request_id}";
  var tpl = "<p>Loading " + "</p><div>" + {v} + "</div>";
</script>
</head>
<body class="page has-sidebar v{v % 5}">
<a class="skip-link" href="#content">Skip to content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent" data-v="{v}">
  <p>We use cookies to personalise content and ads and to analyse our traffic (session {self.sid[:8]}).</p>
  <button type="button">Accept all</button> <button type="button">Reject</button>
  <a href="/cookies?sid={self.sid}">Cookie settings</a>
</div>
<{header_open} class="{self._cls("site-header")}">
  <div class="{self._cls("promo")}">{_e(rng.choice(_PROMOS))} <a href="/offers?sid={self.sid}">Learn more</a></div>
  <a class="{self._cls("brand")}" href="/?sid={self.sid}"><img src="/static/logo.png?v={v}" alt="logo">
  {_e(self.company)}</a>
  <{nav_open} class="{self._cls("main-nav")}"><ul>{menu}</ul></{nav_close}>
</{header_close}>
<div class="{self._cls("wrapper")}">
{main}
{body}
{main_close}
<{aside_open} class="{self._cls("sidebar")}">
  <h3>Latest posts</h3>
  <ul>{latest}</ul>
  <div class="{self._cls("share")}">Share this page: <a href="https://twitter.example/share?sid={self.sid}">Twitter</a>
  <a href="https://linkedin.example/share?sid={self.sid}">LinkedIn</a></div>
</{aside_close}>
</div>
<div style="display:none" class="{self._cls("csrf")}">csrf {self._token(40)}</div>
<{footer_open} class="{self._cls("site-footer")}">
  <p>&copy; {self.now.year} {_e(self.company)}. All rights reserved.</p>
  <p>Page generated at {stamp} UTC, request {self.request_id}</p>
  <ul>{self._link("Terms", "/terms")} {self._link("Privacy", "/privacy")} {self._link("Imprint", "/imprint")}</ul>
</{footer_close}>
<script>document.querySelectorAll(".cookie-banner button").forEach(function (b) {{ b.onclick = null; }});
</script>
</body>
</html>
"""
