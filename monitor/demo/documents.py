"""The demo site's other documents of a company: as a static page, a JavaScript app shell, a PDF, a sub-processor
table or list. Each returns (body bytes, content type)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.demo.pdfdoc import policy_pdf
from monitor.demo.render import render_policy_page

FORMS = ("html", "js", "pdf", "subprocessors")
#: (entity, purpose, location)
SubprocessorRow = tuple[str, str, str]


@dataclass(frozen=True)
class Document:
    """One document served at ``/<slug>/docs/<name>``."""

    company: str  # display name
    title: str
    form: str = "html"
    text: str = ""  # the document (plain text or Markdown), for html, js and pdf
    rows: tuple[SubprocessorRow, ...] = ()  # for subprocessors
    style: str = "table"  # subprocessors: "table" or "list"
    lines_per_page: int = 40  # pdf: another value re-paginates the same text


def render_document(doc: Document, variant: int) -> tuple[bytes, str]:
    if doc.form == "pdf":
        return policy_pdf(doc.text, title=f"{doc.company} - {doc.title}", lines_per_page=doc.lines_per_page), (
            "application/pdf"
        )
    if doc.form == "subprocessors":
        page = render_policy_page("", title=doc.title, company=doc.company, variant=variant)
        return _insert_main(page, subprocessor_html(doc.rows, doc.style)).encode(), "text/html; charset=utf-8"
    page = render_policy_page(doc.text, title=f"{doc.company} {doc.title}", company=doc.company, variant=variant)
    if doc.form == "js":
        page = js_shell(page)
    return page.encode(), "text/html; charset=utf-8"


def subprocessor_html(rows: Sequence[SubprocessorRow], style: str = "table") -> str:
    e = html.escape
    intro = (
        "<h1>Sub-processors</h1><p>To provide the service we engage the sub-processors listed below. We tell our "
        "customers at least thirty days before we authorise a new sub-processor, so that they can object.</p>"
    )
    if style == "list":
        items = "".join(f"<li><strong>{e(a)}</strong> &mdash; {e(b)} &mdash; {e(c)}</li>" for a, b, c in rows)
        return f"{intro}<ul class='subprocessors'>{items}</ul>"
    head = "<thead><tr><th>Entity</th><th>Purpose</th><th>Location</th></tr></thead>"
    body = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows)
    return f"{intro}<table>{head}<tbody>{body}</tbody></table>"


def _insert_main(page: str, content: str) -> str:
    """The page with `content` as the body of its <main> (or of its <body>, for a page without one)."""
    match = re.search(r"(<main\b[^>]*>)(.*?)(</main>)", page, re.S)
    if match is None:
        return page.replace("</body>", content + "</body>", 1)
    return page[: match.start(2)] + content + page[match.end(2) :]


def js_shell(static_page: str) -> str:
    """An app shell: the static page's <main> is empty and a script fills it in, as single-page apps do."""
    match = re.search(r"(<main\b[^>]*>)(.*?)(</main>)", static_page, re.S)
    if match is None:
        raise ValueError("the static page has no <main> to move into a script")
    content = json.dumps(match.group(2)).replace("</", "<\\/")  # no "</script>" inside the script
    shell = static_page[: match.start(2)] + '<div id="app"></div>' + static_page[match.end(2) :]
    script = (
        "<noscript>You need to enable JavaScript to run this app.</noscript>\n"
        f"<script>window.addEventListener('DOMContentLoaded', function () {{"
        f"document.getElementById('app').innerHTML = {content}; }});</script>\n"
    )
    return shell.replace("</body>", script + "</body>", 1)
