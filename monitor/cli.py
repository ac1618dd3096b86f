"""The `policy-monitor` command line: the only module that prints."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from monitor import __version__, app
from monitor.config.load import load_config
from monitor.config.settings import Company, Config
from monitor.domain.events import Alert
from monitor.domain.records import CheckRecord
from monitor.domain.values import CAPTURE_OK, Classification, Outcome
from monitor.errors import ConfigError, InputError, MonitorError

EPILOG = """\
examples:
  policy-monitor seed                          import the seed policies as baseline snapshots
  policy-monitor check                         check every company once, alert, exit
  policy-monitor check --company alopal --json one JSON line per company
  policy-monitor run                           the daemon: scheduled checks and alert delivery
  policy-monitor history alopal                what happened to a company's policy
  policy-monitor diff alopal                   the last change, classified
  policy-monitor classify old.html new.html    judge a change between two files
  policy-monitor serve                         browse the history at http://127.0.0.1:8080
  policy-monitor worker --concurrency 2        [cluster] check the companies the scheduler queues
  policy-monitor status                        [cluster] queue depth, workers, checks per minute

Configuration is read from ./config.toml unless --config is given (see README.md).
"""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: object) -> str:
    """Policy text is hostile: never let it send escape sequences to the terminal."""
    return _CONTROL.sub("", str(text))


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="configuration file (default: ./config.toml)",
    )
    common.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help="more log output (-vv for debug)"
    )

    parser = argparse.ArgumentParser(
        prog="policy-monitor",
        description="Watch privacy policies, tell material changes from cosmetic ones, alert in Slack.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"policy-monitor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, parents=[common], **kw)

    add("seed", "import each company's seed file as its baseline snapshot (idempotent)")

    p = add("check", "check the companies once now (fetch, compare, record, alert), then exit")
    p.add_argument("--company", action="append", metavar="SLUG", help="only this company (repeatable)")
    p.add_argument("--json", action="store_true", help="print one JSON object per line per company and document")
    p.add_argument("--document", action="append", metavar="NAME", help="only this document (repeatable)")
    p.add_argument(
        "--no-deliver", action="store_true", help="record alerts in the outbox but leave their delivery to the daemon"
    )

    add(
        "run",
        "run the daemon: scheduled checks (APScheduler) and continuous alert delivery; "
        "with a [cluster], queue the scheduled passes for the workers and deliver (no fetching)",
    )

    p = add("worker", "[cluster] take jobs from the queue: fetch, judge and record checks until SIGTERM")
    p.add_argument(
        "--concurrency",
        type=_positive_int,
        default=max(1, os.cpu_count() or 1),
        metavar="N",
        help="jobs at once, each a Scrapy child process (default: the number of CPUs)",
    )
    p.add_argument(
        "--grace",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="on SIGTERM, how long running jobs may finish before going back to the queue (default 30)",
    )

    p = add("enqueue", "[cluster] queue one pass over the companies now (for operators and tests)")
    p.add_argument("--company", action="append", metavar="SLUG", help="only this company (repeatable)")

    p = add("status", "[cluster] queue depth, workers and their last heartbeat, checks per minute, recent passes")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = add("history", "list a company's checks, snapshots and changes, newest first")
    p.add_argument("slug")
    p.add_argument("--document", metavar="NAME", help="which document of the company (default: its privacy policy)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--limit", type=_positive_int, default=20, help="how many checks to list (default 20)")

    p = add("show", "print the normalised text of a snapshot (default: the latest)")
    p.add_argument("slug")
    p.add_argument("--document", metavar="NAME", help="which document of the company (default: its privacy policy)")
    p.add_argument("snapshot", nargs="?", type=int)

    p = add("diff", "show a change, classified (default: the latest change)")
    p.add_argument("slug")
    p.add_argument("--document", metavar="NAME", help="which document of the company (default: its privacy policy)")
    p.add_argument("old", nargs="?", type=int, help="old snapshot id")
    p.add_argument("new", nargs="?", type=int, help="new snapshot id")
    p.add_argument("--json", action="store_true", help="print the classification as JSON")

    p = add("classify", "classify the change between two policy files (HTML, Markdown or text)")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    p.add_argument("--json", action="store_true", help="print the classification as one JSON object")

    p = add("serve", "serve the read-only web UI and JSON API")
    p.add_argument("--host", default=None, help="address to listen on (default: [web] host, 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default: [web] port, 8080)")

    add("notify-test", "send a test message to every subscriber and report what Slack answered")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    verbose = getattr(args, "verbose", 0)
    daemons = ("run", "worker")
    level = logging.DEBUG if verbose > 1 else logging.INFO if (verbose or args.command in daemons) else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    config_path = getattr(args, "config", Path("config.toml"))
    try:
        if args.command == "classify":
            return cmd_classify(args, out)
        config = load_config(config_path)
        return COMMANDS[args.command](args, config, out)
    except (ConfigError, InputError) as exc:
        print(f"policy-monitor: error: {safe(exc)}", file=sys.stderr)
        return 2
    except MonitorError as exc:
        print(f"policy-monitor: error: {safe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("policy-monitor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of the output went away (`policy-monitor classify a b | head -1`): stop quietly, as other
        # command-line tools do, instead of a traceback; stdout is pointed at /dev/null so that flushing it at exit
        # cannot raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


# ---------------------------------------------------------------------------------------- commands


def cmd_seed(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    store = app.open_store(config)
    try:
        for r in app.seed(config, store):
            ident = f" (snapshot {r.snapshot})" if r.snapshot else ""
            print(f"{r.company:<16} {r.status}{ident}", file=out)
    finally:
        store.close()
    return 0


class Progress:
    """A status line on a terminal's stderr: done / total, failures so far, rate. It is cleared before each
    result line is printed (stdout may be the same terminal) and drawn again after it."""

    def __init__(self, total: int, stream: TextIO, clock: Any = time.monotonic):
        self.total, self.stream, self.clock = total, stream, clock
        self.done = self.failed = 0
        self.started = clock()
        self.shown = False

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def update(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed

    def draw(self) -> None:
        rate = self.done / max(self.clock() - self.started, 1e-6)
        self.stream.write(f"\r\x1b[K{self.done}/{self.total} checked, {self.failed} failed, {rate:.1f}/s")
        self.stream.flush()
        self.shown = True


def cmd_check(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    companies = app.select_companies(config, args.company, args.document)
    total = len(companies)
    done = 0
    if not args.json:
        owners = len({c.company for c in companies})
        what = f"{owners} compan{'y' if owners == 1 else 'ies'}"
        if total != owners:
            what = f"{total} documents of {what}"
        print(f"Checking {what}...", file=out, flush=True)
    progress = Progress(total, sys.stderr) if not args.json and sys.stderr.isatty() else None

    def on_result(result: app.CheckResult) -> None:
        nonlocal done
        done += 1
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False), file=out, flush=True)
            return
        if progress is not None:
            progress.clear()
            progress.update(result.outcome is Outcome.ERROR)
        print(f"[{done}/{total}] {format_result(result)}", file=out, flush=True)
        if progress is not None and done < total:  # the last one leaves the terminal to the summary
            progress.draw()

    # With --json, stdout carries only the JSON lines: console alerts go to stderr.
    alerts_out = sys.stderr if args.json else out
    try:
        results = app.check(
            config, [c.slug for c in companies], deliver=not args.no_deliver, on_result=on_result, out=alerts_out
        )
    finally:
        if progress is not None:
            progress.clear()
    if not args.json:
        counts = {o: sum(1 for r in results if r.outcome is o) for o in Outcome}
        material = sum(1 for r in results if r.material)
        print(
            f"Summary: {len(results)} checked - {counts[Outcome.CHANGED]} changed ({material} material), "
            f"{counts[Outcome.UNCHANGED]} unchanged, {counts[Outcome.NEW]} new, "
            f"{counts[Outcome.ERROR]} failed",
            file=out,
        )
    return 0


def format_result(r: app.CheckResult) -> str:
    line = f"{r.company:<16} {r.outcome.value:<9}"
    if r.outcome is Outcome.CHANGED:
        label = "MATERIAL" if r.material else "not material"
        cats = ", ".join(r.categories) or "-"
        line += f" {r.severity.value if r.severity else '?':<8} {label:<12} [{cats}]"
        if r.flip_flop:
            line += " (flip-flop: back to an earlier version)"
        if r.summary:
            line += f"\n{'':<23}{safe(r.summary)}"
    elif r.outcome is Outcome.ERROR:
        line += f" {safe(r.error)}"
        if r.failures > 1:
            line += f" ({r.failures} failed checks in a row)"
    elif r.outcome is Outcome.NEW:
        line += f" first snapshot #{r.snapshot}"
    return line


def cmd_run(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    return app.run_daemon(getattr(args, "config", Path("config.toml")), config)


def _company(config: Config, slug: str, document: str | None = None) -> Company:
    """One document of a company: `--document`, else its privacy policy, else its only document."""
    if document is None and (company := config.company(slug)) is not None:
        return company
    documents = config.documents(slug)
    if not documents:
        known = ", ".join(dict.fromkeys(c.company for c in config.companies))
        raise InputError(f"unknown company {slug!r} (configured: {known})")
    if document is None and len(documents) == 1:
        return documents[0]
    match = next((d for d in documents if d.document == document), None)
    if match is None:
        names = ", ".join(d.document for d in documents)
        what = f"no document {document!r}" if document else "several documents: pick one with --document"
        raise InputError(f"{slug} has {what} (its documents: {names})")
    return match


def cmd_history(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    company = _company(config, args.slug, args.document)
    store = app.open_store(config)
    try:
        failures, last_error = store.failure_streak(company.slug)
        checks = store.checks(company.slug, limit=args.limit)
        snapshots = store.snapshots(company.slug, limit=args.limit)
        changes = store.changes(company.slug, limit=args.limit)
        n_snapshots = store.count_snapshots(company.slug)
        alerts = store.alerts(company=company.slug, limit=args.limit)
    finally:
        store.close()
    if args.json:
        doc = {
            "company": company.company,
            "document": company.document,
            "type": company.doc_type,
            "name": company.name,
            "url": company.url,
            "failures": failures,
            "last_error": last_error,
            "snapshot_count": n_snapshots,
            "checks": [_check_json(c) for c in checks],
            "snapshots": [
                {"id": s.id, "created_at": s.created_at.isoformat(), "source": s.source, "sha256": s.text_sha256}
                for s in snapshots
            ],
            "changes": [
                {
                    "id": ch.id,
                    "created_at": ch.created_at.isoformat(),
                    "from": ch.from_snapshot,
                    "to": ch.to_snapshot,
                    "flip_flop": ch.flip_flop,
                    **ch.classification.to_dict(),
                }
                for ch in changes
            ],
            "alerts": [_alert_json(a) for a in alerts],
        }
        print(json.dumps(doc, ensure_ascii=False), file=out)
        return 0
    print(f"{safe(company.label)} ({company.slug}) - {company.url}", file=out)
    print(f"{n_snapshots} snapshot(s), {len(changes)} recent change(s)", file=out)
    if failures:
        print(f"FAILING: {failures} check(s) in a row failed; last reason: {safe(last_error)}", file=out)
    by_id = {ch.id: ch for ch in changes}
    print("\nChecks, newest first:", file=out)
    if not checks:
        print("  (none yet - run `policy-monitor check`)", file=out)
    for c in checks:
        when = c.started_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        line = f"  {when}  {c.outcome.value:<9}"
        if c.http_status:
            line += f" HTTP {c.http_status}"
        if c.outcome is Outcome.ERROR:
            line += f"  {safe(c.error)}"
        ch = by_id.get(c.change_id) if c.change_id else None
        if ch:
            cl = ch.classification
            tag = "MATERIAL" if cl.material else "not material"
            line += f"  #{ch.from_snapshot}->#{ch.to_snapshot} {cl.severity.value} {tag}"
            if ch.flip_flop:
                line += " (flip-flop)"
            line += f"\n{'':<34}{safe(cl.summary)}"
        elif c.snapshot_id and c.outcome in (Outcome.NEW, Outcome.UNCHANGED):
            line += f"  snapshot #{c.snapshot_id}"
        print(line, file=out)
    print(f"\nSnapshots: {', '.join(f'#{s.id} ({s.source}, {s.created_at:%Y-%m-%d})' for s in snapshots)}", file=out)
    if alerts:
        print("\nAlerts, newest first:", file=out)
    for a in alerts:
        line = f"  {a.created_at:%Y-%m-%d %H:%M:%S UTC}  {a.event.value:<9} {a.status:<9} {safe(a.destination)}"
        line += f"  ({a.attempts} attempt{'s' if a.attempts != 1 else ''})"
        if a.status != "delivered" and a.last_error:
            line += f"\n{'':<34}{safe(a.last_error)}"
        print(line, file=out)
    return 0


def _alert_json(a: Alert) -> dict[str, Any]:
    return {
        "id": a.id,
        "created_at": a.created_at.isoformat(),
        "event": a.event.value,
        "subscriber": a.subscriber,
        "destination": a.destination,
        "status": a.status,
        "attempts": a.attempts,
        "last_error": a.last_error,
        "delivered_at": a.delivered_at.isoformat() if a.delivered_at else None,
    }


def _check_json(c: CheckRecord) -> dict[str, Any]:
    return {
        "id": c.id,
        "started_at": c.started_at.isoformat(),
        "duration_s": round(c.duration_s, 3),
        "outcome": c.outcome.value,
        "http_status": c.http_status,
        "error": c.error,
        "snapshot": c.snapshot_id,
        "change": c.change_id,
    }


def cmd_show(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    company = _company(config, args.slug, args.document)
    store = app.open_store(config)
    try:
        snap = (
            store.snapshot(company.slug, args.snapshot)
            if args.snapshot is not None
            else store.latest_snapshot(company.slug)
        )
    finally:
        store.close()
    if snap is None:
        what = f"snapshot {args.snapshot}" if args.snapshot is not None else "any snapshot"
        raise InputError(f"{company.slug} has no {what} (see `policy-monitor history {company.slug}`)")
    print(safe(snap.text or ""), file=out)
    return 0


def cmd_diff(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from monitor.capture.pair import classify_pair

    company = _company(config, args.slug, args.document)
    if (args.old is None) != (args.new is None):
        raise InputError("give both OLD and NEW snapshot ids, or neither (the latest change)")
    store = app.open_store(config)
    try:
        if args.old is None:
            changes = store.changes(company.slug, limit=1)
            if not changes:
                raise InputError(f"{company.slug} has no recorded change yet")
            old_id, new_id, classification = changes[0].from_snapshot, changes[0].to_snapshot, changes[0].classification
        else:
            old_id, new_id = args.old, args.new
            old, new = store.snapshot(company.slug, old_id), store.snapshot(company.slug, new_id)
            if old is None or new is None:
                raise InputError(f"{company.slug} has no snapshot {old_id if old is None else new_id}")
            recorded = store.change_to(company.slug, new_id)
            if recorded and recorded.from_snapshot == old_id:
                classification = recorded.classification
            else:
                classification = classify_pair(old.text or "", new.text or "")
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                {"company": company.slug, "from": old_id, "to": new_id, **classification.to_dict()}, ensure_ascii=False
            ),
            file=out,
        )
        return 0
    print(f"{safe(company.name)}: snapshot #{old_id} -> #{new_id}", file=out)
    print_classification(classification, out)
    print(f"\nWeb: {config.monitor.web_base_url}/companies/{company.slug}/diff?from={old_id}&to={new_id}", file=out)
    return 0


def cmd_classify(args: argparse.Namespace, out: TextIO) -> int:
    classification = app.classify_files(args.old, args.new)
    if args.json:
        print(json.dumps(classification.to_dict(), ensure_ascii=False), file=out)
    else:
        print_classification(classification, out)
    return 0


def print_classification(c: Classification, out: TextIO) -> None:
    tag = "MATERIAL" if c.material else "not material"
    print(f"{tag} - severity {c.severity.value}, {c.direction.value.replace('_', ' ')}", file=out)
    if c.capture != CAPTURE_OK:
        print(f"capture: {safe(c.capture)}", file=out)
    if c.categories:
        print(f"categories: {', '.join(c.categories)}", file=out)
    if c.summary:
        print(f"\n{safe(c.summary)}", file=out)
    for i, ch in enumerate(c.changes, 1):
        flag = "MATERIAL" if ch.material else ch.severity.value
        cats = f" [{', '.join(ch.categories)}]" if ch.categories else ""
        print(f"\n{i}. {ch.kind.value} ({flag}){cats}", file=out)
        if ch.before is not None:
            print(f"   - {safe(ch.before)}", file=out)
        if ch.after is not None:
            print(f"   + {safe(ch.after)}", file=out)
        if ch.reason:
            print(f"   why: {safe(ch.reason)}", file=out)


def cmd_serve(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    host = config.web.host if args.host is None else args.host
    port = config.web.port if args.port is None else args.port
    print(f"Serving the policy history at http://{host}:{port}/ (Ctrl-C to stop)", file=out, flush=True)
    app.serve(config, host, port)
    return 0


def cmd_notify_test(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    if not config.subscribers and not config.webhooks:
        raise InputError("no [[subscribers]] configured")
    failed = 0
    for subscriber, ok, answer in app.notify_test(config, out=out):
        failed += not ok
        print(f"{subscriber:<20} {'ok' if ok else 'FAILED'}  {safe(answer)}", file=out)
    return 1 if failed else 0


def cmd_worker(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    return app.run_worker(
        getattr(args, "config", Path("config.toml")), config, concurrency=args.concurrency, grace_s=args.grace
    )


def cmd_enqueue(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    at, jobs = app.enqueue(config, args.company)
    n = len(app.select_companies(config, args.company))
    print(
        f"Queued a pass over {n} compan{'y' if n == 1 else 'ies'} in {jobs} job(s), scheduled at {at.isoformat()}",
        file=out,
    )
    return 0


def cmd_status(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    doc = app.cluster_status(config)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False), file=out)
        return 0
    q = doc["queue"]
    print(
        f"Queue ({safe(doc['namespace'])}): {q['waiting']} job(s) waiting, {q['in_progress']} held by workers, "
        f"{q['dead']} dead-lettered; {doc['jobs_enqueued']} queued in all",
        file=out,
    )
    print(
        f"Checks: {doc['checks_per_minute']}/min over the last 5 minutes, {doc['checks_this_minute']} this minute",
        file=out,
    )
    print(f"Workers ({len(doc['workers'])} seen in the last day):", file=out)
    for w in doc["workers"]:
        print(
            f"  {safe(w['id']):<28} {safe(w['state']):<15} last heartbeat {w['heartbeat_age_s']:>7.1f} s ago  "
            f"{w['running']}/{w['concurrency']} jobs running, {w['checks']} checks in {w['jobs']} jobs",
            file=out,
        )
    if doc["passes"]:
        print("Recent passes:", file=out)
    for p in doc["passes"]:
        print(
            f"  [{safe(p['schedule'])}] {p['scheduled_at']}: {p['recorded']}/{p['companies']} companies recorded "
            f"({p['jobs']} jobs)",
            file=out,
        )
    return 0


COMMANDS = {
    "seed": cmd_seed,
    "check": cmd_check,
    "run": cmd_run,
    "history": cmd_history,
    "show": cmd_show,
    "diff": cmd_diff,
    "serve": cmd_serve,
    "notify-test": cmd_notify_test,
    "worker": cmd_worker,
    "enqueue": cmd_enqueue,
    "status": cmd_status,
}
