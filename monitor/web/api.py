"""The JSON API beside every page (same data, same URLs under /api/)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request, url_for

from monitor.web import serialize as ser
from monitor.web.data import DEFAULT_ORDER, PAGE_SIZE, Page
from monitor.web.views import diff_args, material_arg, page_arg, site

bp = Blueprint("api", __name__, url_prefix="/api")


def _link(endpoint: str, **values: Any) -> str:
    return site().absolute(url_for(endpoint, **values), request.url_root)


def _page_dict(page: Page) -> dict:
    return {
        "page": page.number,
        "per_page": PAGE_SIZE,
        "has_next": page.has_next,
        "has_prev": page.has_prev,
        "total_items": page.total_items,
        "total_pages": page.total_pages,
    }


@bp.get("/companies")
def companies() -> dict[str, Any]:
    sort = request.args.get("sort", "name")
    order = request.args.get("order") or DEFAULT_ORDER.get(sort, "asc")
    rows = []
    for s in site().overview(sort, order):
        row = ser.summary_dict(s)
        row["html_url"] = _link("web.company", slug=s.slug)
        row["api_url"] = _link("api.company", slug=s.slug)
        rows.append(row)
    return {"sort": sort, "order": order, "companies": rows}


@bp.get("/companies/<slug>")
def company(slug: str) -> dict[str, Any]:
    material = material_arg()
    t = site().timeline(
        slug, page=page_arg(), material_only=material, checks_page=page_arg("checks_page"), now=site().clock()
    )
    entries = []
    for e in t.entries:
        entry = {
            "snapshot_id": e.snapshot_id,
            "created_at": ser.iso(e.created_at),
            "source": e.source,
            "change": ser.change_dict(e.change),
            "snapshot_url": _link("web.snapshot", slug=slug, snapshot_id=e.snapshot_id),
        }
        if e.change:
            entry["diff_url"] = _link("web.diff", slug=slug, **diff_args(e.change.from_snapshot, e.change.to_snapshot))
        entries.append(entry)
    chart = None
    if t.chart:
        chart = {
            "unit": t.chart.unit,
            "buckets": [
                {"start": b.label, "changes": b.count, "max_severity": b.severity.value if b.severity else None}
                for b in t.chart.bars
            ],
        }
    return {
        "company": ser.summary_dict(t.company),
        "html_url": _link("web.company", slug=slug),
        "material_only": material,
        "timeline": entries,
        "pagination": _page_dict(t.page),
        "checks": [ser.check_dict(c) for c in t.checks],
        "checks_pagination": _page_dict(t.checks_page),
        "chart": chart,
    }


@bp.get("/companies/<slug>/snapshots")
def snapshots(slug: str) -> dict[str, Any]:
    company, snaps, page = site().snapshot_page(slug, page_arg())
    items = []
    for s in snaps:
        item = ser.snapshot_dict(s)
        item["html_url"] = _link("web.snapshot", slug=slug, snapshot_id=s.id)
        item["api_url"] = _link("api.snapshot", slug=slug, snapshot_id=s.id)
        items.append(item)
    return {"company": company.slug, "snapshots": items, "pagination": _page_dict(page)}


@bp.get("/companies/<slug>/snapshots/<int:snapshot_id>")
def snapshot(slug: str, snapshot_id: int) -> dict[str, Any]:
    d = site().snapshot(slug, snapshot_id)
    out = ser.snapshot_dict(d.snapshot, with_text=True)
    out["company"] = slug
    out["change"] = ser.change_dict(d.change)
    out["html_url"] = _link("web.snapshot", slug=slug, snapshot_id=snapshot_id)
    out["raw_url"] = _link("web.raw", slug=slug, snapshot_id=snapshot_id) if d.snapshot.has_raw else None
    return out


@bp.get("/companies/<slug>/diff")
def diff(slug: str) -> dict[str, Any]:
    d = site().diff(slug, request.args.get("from"), request.args.get("to"), page_arg())
    return {
        "company": slug,
        "from": ser.snapshot_dict(d.old),
        "to": ser.snapshot_dict(d.new),
        "recorded_change": ser.change_dict(d.recorded),
        "classification_source": "recorded" if d.recorded else "computed",
        "classification": ser.classification_summary(d.classification),  # its verdicts: "changes", paged
        "changes": [ser.view_dict(v) for v in d.views],
        "changes_pagination": {**_page_dict(d.page), "per_page": d.page.size},
        "html_url": _link("web.diff", slug=slug, **diff_args(d.old.id, d.new.id)),
    }
