"""The HTML pages: overview, company timeline, snapshot text, raw download, diff."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for

from monitor.web.blocks import split_blocks
from monitor.web.data import DEFAULT_ORDER, MAX_PAGE, Site, parse_positive

bp = Blueprint("web", __name__)

RAW_EXTENSIONS = {"text/html": ".html", "application/xhtml+xml": ".html", "text/markdown": ".md", "text/plain": ".txt"}


def site() -> Site:
    return current_app.extensions["policy_monitor"]


def page_arg(name: str = "page") -> int:
    return parse_positive(request.args.get(name), name, maximum=MAX_PAGE) or 1


def diff_args(old: int, new: int) -> dict[str, Any]:
    """The query arguments of the diff page between two snapshots (`from` is a Python keyword)."""
    return {"from": old, "to": new}


def material_arg() -> bool:
    return request.args.get("material", "") in ("1", "true", "on", "yes")


@bp.get("/")
def overview() -> str:
    sort = request.args.get("sort", "name")
    order = request.args.get("order") or DEFAULT_ORDER.get(sort, "asc")
    rows = site().overview(sort, order)
    return render_template(
        "overview.html",
        rows=rows,
        sort=sort,
        order=order,
        default_order=DEFAULT_ORDER,
        failing=sum(1 for r in rows if r.failure_streak > 0),
        api_url=url_for("api.companies", sort=sort, order=order),
        now=site().clock(),
    )


@bp.get("/companies/<slug>")
def company(slug: str) -> str:
    material = material_arg()
    timeline = site().timeline(
        slug, page=page_arg(), material_only=material, checks_page=page_arg("checks_page"), now=site().clock()
    )
    return render_template(
        "company.html",
        t=timeline,
        c=timeline.company,
        material=material,
        api_url=url_for("api.company", slug=slug, page=timeline.page.number, material=int(material) or None),
        now=site().clock(),
    )


@bp.get("/companies/<slug>/snapshots/<int:snapshot_id>")
def snapshot(slug: str, snapshot_id: int) -> str:
    detail = site().snapshot(slug, snapshot_id)
    return render_template(
        "snapshot.html",
        d=detail,
        c=detail.company,
        blocks=split_blocks(detail.snapshot.text or ""),
        api_url=url_for("api.snapshot", slug=slug, snapshot_id=snapshot_id),
    )


@bp.get("/companies/<slug>/snapshots/<int:snapshot_id>/raw")
def raw(slug: str, snapshot_id: int) -> Response:
    """The fetched page as a download that can never run in our origin."""
    body, content_type = site().raw(slug, snapshot_id)
    safe_slug = re.sub(r"[^A-Za-z0-9_-]", "_", slug)[:60]
    try:
        body.decode("utf-8")
        mimetype = "text/plain; charset=utf-8"
    except UnicodeDecodeError:
        mimetype = "application/octet-stream"
    filename = f"{safe_slug}-snapshot-{snapshot_id}{_extension(content_type, body, mimetype)}"
    response = Response(body, headers={"Content-Type": mimetype})
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


def _extension(content_type: str | None, body: bytes, mimetype: str) -> str:
    """A file extension for the download: from the stored content type, else from the first bytes."""
    base = (content_type or "").split(";")[0].strip().lower()
    if base in RAW_EXTENSIONS:
        return RAW_EXTENSIONS[base]
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    return ".txt" if mimetype.startswith("text/") else ".bin"


@bp.get("/companies/<slug>/diff")
def diff(slug: str) -> str:
    view = request.args.get("view", "side")
    if view not in ("side", "inline"):
        view = "side"
    data = site().diff(slug, request.args.get("from"), request.args.get("to"), page_arg())
    choices = site().store.snapshots(slug, limit=200)
    for compared in (data.old, data.new):  # older than the newest 200: still offer them
        if all(s.id != compared.id for s in choices):
            choices.append(compared)
    choices.sort(key=lambda s: s.id, reverse=True)
    pair = diff_args(data.old.id, data.new.id)
    permalink = site().absolute(url_for("web.diff", slug=slug, **pair), request.url_root)
    return render_template(
        "diff.html",
        d=data,
        c=data.company,
        cl=data.classification,
        view=view,
        choices=choices,
        permalink=permalink,
        api_url=url_for("api.diff", slug=slug, **pair),
    )
