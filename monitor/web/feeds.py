"""Atom feeds of classified changes: /feed.atom (every company) and /companies/<slug>/feed.atom (one).

One entry per recorded change (flip-flops, never alerted, are left out), newest first, with its summary,
severity, categories and reasons, linking to the diff permalink. Titles name the document that changed
("AloPal: major cookie policy change (material) - ...", "AloPal sub-processor list changes"), and the
feed of every company the kinds of document it holds ("Privacy policy and cookie policy changes"). Entry
ids are tag URIs naming the company and the change id, so they stay the same however often, and from
whichever host, the feed is read.
`?material=1` keeps material changes only, `?min_severity=` changes at least that severe.
"""

from __future__ import annotations

import re
from datetime import datetime

from feedgen.feed import FeedGenerator
from flask import Blueprint, Response, request, url_for
from werkzeug.exceptions import BadRequest

from monitor.domain.documents import DEFAULT_DOCUMENT, DOCUMENT_TYPES, document_title, split_key
from monitor.domain.records import ChangeRecord
from monitor.domain.values import Severity
from monitor.web.data import Site
from monitor.web.views import diff_args, material_arg, site

bp = Blueprint("feeds", __name__)

FEED_SIZE = 50
ATOM = "application/atom+xml; charset=utf-8"
ID_AUTHORITY = "policy-monitor,2024"
#: Characters XML 1.0 cannot hold (C0 controls but tab/newline, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str | None) -> str:
    """Policy text is hostile: drop what XML cannot carry (lxml escapes the rest)."""
    return _NOT_XML.sub("\ufffd", text or "")


def entry_id(change: ChangeRecord) -> str:
    """The entry's permanent id (RFC 4151 tag URI)."""
    return f"tag:{ID_AUTHORITY}:changes/{change.company}/{change.id}"


def severity_arg() -> Severity | None:
    value = request.args.get("min_severity", "")
    if not value:
        return None
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(s.value for s in Severity)
        raise BadRequest(f"min_severity must be one of {allowed}, not {value[:40]!r}.") from None


@bp.get("/feed.atom")
def all_companies() -> Response:
    return _feed(None)


@bp.get("/companies/<slug>/feed.atom")
def company(slug: str) -> Response:
    return _feed(slug)


def _feed(slug: str | None) -> Response:
    s = site()
    material, min_severity = material_arg(), severity_arg()
    if slug is not None:
        s.summary(slug)  # 404 for an unknown company
    names = document_names(s)
    changes = s.store.recent_changes(slug, material_only=material, min_severity=min_severity, limit=FEED_SIZE)
    self_url = s.absolute(request.full_path.rstrip("?"), request.url_root)
    feed = FeedGenerator()
    feed.id(f"tag:{ID_AUTHORITY}:feed/{slug or 'all'}" + _filter_suffix(material, min_severity))
    if slug is not None:
        company_name, document = names[slug]
        what = f"{company_name} {document}"
    else:
        what = _and(_kinds(s, names)).capitalize()
    feed.title(xml_text(f"{what} changes" + (" (material only)" if material else "")))
    feed.subtitle("Changes recorded by policy-monitor, classified by severity and category.")
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    page = url_for("web.company", slug=slug) if slug else url_for("web.overview")
    feed.link(href=s.absolute(page, request.url_root), rel="alternate", type="text/html")
    feed.author({"name": "policy-monitor"})
    feed.generator("policy-monitor")
    feed.updated(_newest(changes) or s.clock())
    for change in reversed(changes):  # feedgen lists the last added entry first
        fallback = (change.company, document_title(split_key(change.company)[1]))  # neither stored nor configured
        _entry(feed, s, change, *names.get(change.company, fallback))
    return Response(feed.atom_str(pretty=True), mimetype="application/atom+xml", content_type=ATOM)


def document_names(s: Site) -> dict[str, tuple[str, str]]:
    """Each unit key's (company name, document title): ("AloPal", "cookie policy"). From the configuration,
    else from the store (whose name of a document other than the privacy policy carries its title)."""
    names = {}
    for summary in s.summaries():
        title = document_title(split_key(summary.slug)[1])
        names[summary.slug] = (summary.name.removesuffix(f" ({title})"), title)
    for c in s.companies:
        names[c.slug] = (c.name, document_title(c.document, c.doc_type))
    return names


def _kinds(s: Site, names: dict[str, tuple[str, str]]) -> list[str]:
    """The titles of the kinds of document monitored, in the vocabulary's order (the privacy policy first)."""
    types = {c.slug: c.doc_type for c in s.companies}
    kinds = {document_title(types.get(key) or split_key(key)[1]) for key in names} or {document_title(DEFAULT_DOCUMENT)}
    order = {document_title(t): i for i, t in enumerate(DOCUMENT_TYPES)}
    return sorted(kinds, key=lambda k: (order.get(k, len(order)), k))


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _entry(feed: FeedGenerator, s: Site, change: ChangeRecord, name: str, document: str) -> None:
    cls = change.classification
    diff = url_for("web.diff", slug=change.company, **diff_args(change.from_snapshot, change.to_snapshot))
    entry = feed.add_entry()
    entry.id(entry_id(change))
    material = " (material)" if cls.material else ""
    entry.title(xml_text(f"{name}: {cls.severity.value} {document} change{material} - {_clip(cls.summary, 200)}"))
    entry.link(href=s.absolute(diff, request.url_root), rel="alternate", type="text/html")
    entry.published(change.created_at)
    entry.updated(change.created_at)
    entry.summary(xml_text(cls.summary) or "(no summary)")
    lines = [
        cls.summary,
        f"Severity: {cls.severity.value}; material: {'yes' if cls.material else 'no'}; "
        f"direction: {cls.direction.value}.",
    ]
    if cls.categories:
        lines.append("Categories: " + ", ".join(c.replace("_", " ") for c in cls.categories) + ".")
    lines += [f"- [{v.severity.value}] {v.reason}" for v in cls.changes if v.reason]
    entry.content(xml_text("\n".join(lines)), type="text")
    entry.category(term=f"severity:{cls.severity.value}", label=f"severity {cls.severity.value}")
    if cls.material:
        entry.category(term="material", label="material change")
    for category in cls.categories:
        entry.category(term=category, label=category.replace("_", " "))


def _newest(changes: list[ChangeRecord]) -> datetime | None:
    return max((c.created_at for c in changes), default=None)


def _filter_suffix(material: bool, min_severity: Severity | None) -> str:
    parts = (["material"] if material else []) + ([f"min-{min_severity.value}"] if min_severity else [])
    return ("/" + "+".join(parts)) if parts else ""


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
