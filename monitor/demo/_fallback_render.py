"""A plain stand-in for `monitor.demo.render.render_policy_page`, used only while that module is absent."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

_BULLET = re.compile(r"^\s*(?:[-*•·▪]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.!?:;]{0,80}$")


def render_policy_page(
    text: str,
    *,
    fmt: object = None,
    title: str,
    company: str,
    variant: int = 0,
    chrome: bool = True,
    layout: str = "semantic",
) -> str:
    body = _markdown(text) if str(getattr(fmt, "value", fmt)) == "markdown" else _plain(text)
    if not chrome:
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f"<body><main>{body}</main></body></html>"
        )
    v = variant
    tag, close = ("main", "main") if layout == "semantic" else ('div class="c-main"', "div")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{html.escape(title)}</title><link rel="stylesheet" href="/static/site.css?v={v}"></head>'
        f'<body><nav class="top"><a href="/">{html.escape(company)}</a> <a href="/pricing">Pricing</a> '
        f'<a href="/blog">Blog ({v % 9} new)</a></nav>'
        f'<div class="cookie-banner" id="cb-{v}">We use cookies to improve your experience. '
        "<button>Accept all</button> <button>Settings</button></div>"
        f"<{tag}><article>{body}</article></{close}>"
        f'<aside class="sidebar"><h3>Popular</h3><ul><li>Story {v}</li><li>Story {v + 1}</li></ul></aside>'
        f"<footer><p>&copy; {html.escape(company)}. Visitors today: {1000 + v * 7}.</p></footer>"
        "</body></html>"
    )


def _markdown(text: str) -> str:
    return MarkdownIt("commonmark").render(text)


def _plain(text: str) -> str:
    out: list[str] = []
    in_list = False
    for line in text.splitlines():
        if not line.strip():
            continue
        if _BULLET.match(line):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(_BULLET.sub('', line).strip())}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if _HEADING.match(line) and len(line.split()) <= 10:
            out.append(f"<h2>{html.escape(line.strip())}</h2>")
        else:
            out.append(f"<p>{html.escape(line.strip())}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)
