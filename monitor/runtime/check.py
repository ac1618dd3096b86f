"""The pipeline for one fetch: assess the capture, compare with the last snapshot, classify, record."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.config.settings import Company, Config
from monitor.domain.documents import split_key
from monitor.domain.events import AlertDraft, RecordedEvent
from monitor.domain.records import CheckDraft, FetchState
from monitor.domain.values import Fetched, Outcome, Severity
from monitor.errors import ConflictError, StoreError
from monitor.runtime import crashpoints
from monitor.runtime.analysis import Analyser, AnalysisError, Budget, Function
from monitor.store import Store

if TYPE_CHECKING:
    from monitor.capture.assess import Capture

log = logging.getLogger(__name__)

#: The start of capture's reason for a text much shorter than the last snapshot.
COLLAPSED = "text collapsed"

#: The analysis steps of a changed page, named: they run in the analysis worker, and this process does not
#: load the classifier only to hand them over.
CHECK_PAIR = Function("monitor.capture.sanity", "check_pair")
CLASSIFY_DOCUMENT = Function("monitor.classify.documents", "classify_document")

#: How often a check is recomputed when another process recorded one for the same company meanwhile.
MAX_CONFLICT_RETRIES = 5

T = TypeVar("T")

AlertRouter = Callable[[RecordedEvent], Sequence[AlertDraft]]


@dataclass(frozen=True)
class CheckResult:
    """What one check of one company found: the line `check --json` prints."""

    company: str
    outcome: Outcome
    material: bool | None = None
    severity: Severity | None = None
    categories: tuple[str, ...] = ()
    snapshot: int | None = None
    error: str | None = None
    failures: int = 0
    summary: str | None = None
    change: int | None = None
    flip_flop: bool = False

    def to_json(self) -> dict[str, Any]:
        company, document = split_key(self.company)  # self.company is the unit key
        return {
            "company": company,
            "document": document,
            "outcome": self.outcome.value,
            "material": self.material,
            "severity": self.severity.value if self.severity else None,
            "categories": list(self.categories),
            "snapshot": self.snapshot,
            "error": self.error,
            "failures": self.failures,
            "summary": self.summary,
            "change": self.change,
            "flip_flop": self.flip_flop,
        }


class Checker:
    """Turns each `Fetched` into one recorded check. Thread-safe: it keeps no state between fetches."""

    def __init__(
        self,
        config: Config,
        store: Store,
        route: AlertRouter,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        scheduled_at: datetime | None = None,
        analyser: Analyser | None = None,
        states: Mapping[str, FetchState] | None = None,
    ):
        self.config = config
        self.store = store
        self.route = route
        self.clock = clock
        self.analyser = analyser  # runs the pure analysis within a budget; None: in this thread, unbounded
        self._companies = {c.slug: c for c in config.companies}  # config.company() is a linear scan
        self.scheduled_at = scheduled_at  # the scheduled run these checks belong to (cluster workers)
        # Fetch states read before the crawl (one query for all): each is used once, for a company's first
        # attempt; a stale one only costs a conflict (record_check checks the base snapshot) and a re-read.
        self._prefetched = dict(states or {})

    def process(self, fetched: Fetched) -> CheckResult:
        """Compare, record (in its own transaction) and report one fetch."""
        return self.commit(fetched, self.first_draft(fetched))

    def first_draft(self, fetched: Fetched) -> CheckDraft:
        """What the fetch found against the company's last known state (not yet recorded)."""
        company = self._companies.get(fetched.company)
        if company is None:
            raise StoreError(f"fetched a company that is not configured: {fetched.company!r}")
        crashpoints.reach("after_fetch")
        return self._draft(fetched, first=True)

    def commit(self, fetched: Fetched, draft: CheckDraft | None) -> CheckResult:
        """Record `draft` (made from `fetched`; None: make it now) in its own transaction, comparing again
        after a conflict."""
        for _attempt in range(MAX_CONFLICT_RETRIES):
            if draft is None:
                draft = self._draft(fetched)
            route = self._route_for(draft)
            try:
                record, _events = self.store.record_check(
                    draft,
                    functools.partial(self._make_alerts, route),
                    failure_threshold=self.config.monitor.failure_threshold,
                )
            except ConflictError:
                log.info("%s: another process recorded a check meanwhile; comparing again", draft.company)
                draft = None
                continue
            crashpoints.reach("after_commit")
            return self._result(draft, record.snapshot_id, record.change_id)
        raise StoreError(f"{fetched.company}: gave up after {MAX_CONFLICT_RETRIES} concurrent-write conflicts")

    def commit_unchanged(self, drafts: Sequence[CheckDraft]) -> tuple[list[CheckResult], list[CheckDraft]]:
        """Record unchanged drafts in ONE transaction: the results of those written, and the drafts that
        conflicted (another process recorded a snapshot meanwhile: `commit(fetched, None)` each)."""
        written, conflicts = self.store.record_unchanged(
            drafts,
            functools.partial(self._make_alerts, self.route),
            failure_threshold=self.config.monitor.failure_threshold,
        )
        crashpoints.reach("after_batch_commit")
        return [self._result(draft, record.snapshot_id, record.change_id) for draft, record, _ in written], conflicts

    def _route_for(self, draft: CheckDraft) -> AlertRouter:
        """The router with this change's messages rendered now: nothing slow runs inside the write transaction."""
        prepare = getattr(self.route, "prepare", None)
        if prepare is None or draft.classification is None:
            return self.route
        return prepare(draft.classification)

    def _make_alerts(self, route: AlertRouter, event: RecordedEvent) -> Sequence[AlertDraft]:
        drafts = route(event)
        crashpoints.reach("before_commit")  # inside record_check's transaction
        return drafts

    def _draft(self, fetched: Fetched, *, first: bool = False) -> CheckDraft:
        budget = self.analyser.budget() if self.analyser else Budget(0.0)
        try:
            return self._analysed_draft(fetched, budget, first=first)
        except AnalysisError as exc:  # over budget, or stopped by a signal: a failed check all the same
            latest = self.store.latest_snapshot(fetched.company)
            return CheckDraft(
                outcome=Outcome.ERROR,
                error=f"{exc} ({len(fetched.body) / 1024:.0f} KB page)",
                company=fetched.company,
                started_at=fetched.fetched_at,
                duration_s=fetched.duration_s,
                http_status=fetched.status,
                final_url=fetched.final_url,
                scheduled_at=self.scheduled_at,
                base_snapshot_id=latest.id if latest else None,
            )

    def _pure(self, budget: Budget, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` within the page's budget when an analyser is set (else AnalysisError is never raised)."""
        return self.analyser.run(budget, fn, *args) if self.analyser else fn(*args)

    def _analysed_draft(self, fetched: Fetched, budget: Budget, *, first: bool = False) -> CheckDraft:
        company = self._companies[fetched.company]
        common: dict[str, Any] = {
            "company": company.slug,
            "started_at": fetched.fetched_at,
            "duration_s": fetched.duration_s,
            "http_status": fetched.status,
            "final_url": fetched.final_url,
            "scheduled_at": self.scheduled_at,
        }
        prefetched = self._prefetched.pop(company.slug, None)
        state = prefetched if first and prefetched is not None else self.store.fetch_state(company.slug)
        if state is not None and state.current:
            quick = _unchanged_without_reading(fetched, state)
            if quick is not None:
                return CheckDraft(outcome=Outcome.UNCHANGED, base_snapshot_id=state.snapshot_id, **common, **quick)
        from monitor.capture.assess import assess

        latest = self.store.latest_snapshot(company.slug)
        previous_text = latest.text if latest else None
        current = state is not None and latest is not None and state.snapshot_id == latest.id
        previous_region = state.region_sha256 if current and state else None
        capture = self._pure(budget, assess, fetched, company, previous_text, self.config.monitor, previous_region)
        common["base_snapshot_id"] = latest.id if latest else None
        if not capture.ok and previous_text and (capture.reason or "").startswith(COLLAPSED):
            capture = self._shorter_version(fetched, company, capture, previous_text, budget)
        if not capture.ok or capture.text is None:
            return CheckDraft(outcome=Outcome.ERROR, error=capture.reason or "policy not captured", **common)
        failed = dict(common)  # a fetch found to be no capture of the policy leaves the fetch state as it was
        common |= _next_state(fetched, state if current else None, capture.region_sha256)
        text = capture.text
        new_version: dict[str, Any] = {
            "text": text,
            "raw": fetched.body,
            "content_type": fetched.headers.get("content-type"),
        }
        if latest is None or previous_text is None:
            return CheckDraft(outcome=Outcome.NEW, **common, **new_version)
        if text == previous_text:
            return CheckDraft(outcome=Outcome.UNCHANGED, **common)
        from monitor.capture.sanity import NEW

        sanity = self._pure(budget, CHECK_PAIR, previous_text, text)
        if sanity.side == NEW:
            # Not a capture of the policy against the known text: a failed check, unless the same version keeps
            # coming back and a real edit could look like it (a much shorter policy, a translation).
            error = self._suspect(company.slug, text, sanity.reason) if sanity.plausible else sanity.reason
            if error is not None:
                return CheckDraft(outcome=Outcome.ERROR, error=error, **failed)
            classification = self._pure(budget, CLASSIFY_DOCUMENT, company.doc_type, previous_text, text)
        elif sanity.recovery:
            from monitor.capture.pair import capture_verdict

            # The known text was the broken capture: keep the restored policy, and tell no one it changed.
            classification = capture_verdict(sanity.reason, recovery=True)
            return CheckDraft(outcome=Outcome.CHANGED, classification=classification, **common, **new_version)
        else:
            classification = self._pure(budget, CLASSIFY_DOCUMENT, company.doc_type, previous_text, text)
        if classification.severity is Severity.NONE:
            # Different bytes, same policy once aligned (reflow, markers): nothing to record or report.
            return CheckDraft(outcome=Outcome.UNCHANGED, **common)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        earlier = self.store.snapshot_with_text(company.slug, sha)
        # Alternating variants (an A/B test) come back within hours: recorded, not alerted again. A return
        # to a version last seen long ago is a real change (a revert) and is judged like any other.
        window = timedelta(days=self.config.monitor.flip_flop_days)
        flip_flop = earlier is not None and fetched.fetched_at - earlier.created_at <= window
        return CheckDraft(
            outcome=Outcome.CHANGED,
            classification=classification,
            flip_flop_of=earlier.id if flip_flop and earlier else None,
            **common,
            **new_version,
        )

    def _shorter_version(
        self, fetched: Fetched, company: Company, collapsed: Capture, previous_text: str, budget: Budget
    ) -> Capture:
        """Accept a much shorter text once the same version has come back `failure_threshold` times in a row.

        A sudden collapse is usually a broken capture (an error stub, a half-rendered page), so it is a failed
        check; but a company may really shorten its policy. When the short text reads as a policy on its own
        and the previous checks failed on exactly this version, it is the new policy.
        """
        from monitor.capture.assess import Capture, assess

        alone = self._pure(budget, assess, fetched, company, None, self.config.monitor)
        if not alone.ok or alone.text is None:
            return collapsed
        reason = collapsed.reason or COLLAPSED
        sanity = self._pure(budget, CHECK_PAIR, previous_text, alone.text)
        if not sanity.ok:  # say what the short text is (cut short, another page ...), not only its length
            reason = f"{sanity.reason} ({reason})"
            if not sanity.plausible:
                return Capture(ok=False, reason=reason)
        error = self._suspect(company.slug, alone.text, reason)
        return alone if error is None else Capture(ok=False, reason=error)

    def _suspect(self, slug: str, text: str, reason: str) -> str | None:
        """The error to record for a suspect version, or None once it has persisted: accept it.

        The version is tagged by its hash in the error; when the previous `failure_threshold - 1` checks all
        failed on exactly this version, it has come back `failure_threshold` times in a row.
        """
        tag = f"version {hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"
        needed = self.config.monitor.failure_threshold - 1
        recent = self.store.checks(slug, limit=needed) if needed > 0 else []
        if len(recent) == needed and all(c.outcome is Outcome.ERROR and (c.error or "").endswith(tag) for c in recent):
            log.info("%s: the same suspect text came back %d times: accepting it", slug, needed + 1)
            return None
        return f"{reason}; {tag}"

    def _result(self, draft: CheckDraft, snapshot_id: int | None, change_id: int | None) -> CheckResult:
        # a success ends any streak of failures: only a failed check needs to read it back
        failures = self.store.failure_streak(draft.company)[0] if draft.outcome is Outcome.ERROR else 0
        c = draft.classification
        if draft.outcome is Outcome.CHANGED and c is not None:
            return CheckResult(
                company=draft.company,
                outcome=draft.outcome,
                material=c.material,
                severity=c.severity,
                categories=c.categories,
                snapshot=snapshot_id,
                failures=failures,
                summary=c.summary,
                change=change_id,
                flip_flop=draft.flip_flop_of is not None,
            )
        if draft.outcome is Outcome.ERROR:
            return CheckResult(company=draft.company, outcome=draft.outcome, error=draft.error, failures=failures)
        return CheckResult(
            company=draft.company,
            outcome=draft.outcome,
            material=False,
            severity=Severity.NONE,
            snapshot=snapshot_id or draft.base_snapshot_id,
            failures=failures,
        )


def body_digest(fetched: Fetched) -> str:
    """A hash of the raw body and its declared content type (which decides how the body is read)."""
    digest = hashlib.sha256(fetched.headers.get("content-type", "").encode("latin-1", "replace") + b"\x00")
    digest.update(fetched.body)
    return digest.hexdigest()


def _unchanged_without_reading(fetched: Fetched, state: FetchState) -> dict[str, Any] | None:
    """The fetch state of an unchanged check known without parsing the page (a 304 to a conditional GET, or
    the very bytes of the last capture), else None. `state` describes the latest snapshot's capture."""
    if fetched.error or fetched.status is None:
        return None
    since_full = state.since_full + 1 if fetched.conditional else 0
    if fetched.status == 304 and fetched.conditional:
        return {
            "etag": fetched.headers.get("etag") or state.etag,
            "last_modified": fetched.headers.get("last-modified") or state.last_modified,
            "body_sha256": state.body_sha256,
            "region_sha256": state.region_sha256,
            "since_full": since_full,
        }
    if 200 <= fetched.status < 300 and state.body_sha256 and fetched.body and body_digest(fetched) == state.body_sha256:
        return {
            "etag": fetched.headers.get("etag"),
            "last_modified": fetched.headers.get("last-modified"),
            "body_sha256": state.body_sha256,
            "region_sha256": state.region_sha256,
            "since_full": since_full,
        }
    return None


def _next_state(fetched: Fetched, state: FetchState | None, region: str | None) -> dict[str, Any]:
    """The fetch state a successful check leaves after reading the page (`state`: the last one, if current)."""
    if fetched.status == 304:  # an unsolicited 304 (or one to a stale state): nothing new was read
        return {
            "etag": fetched.headers.get("etag") or (state.etag if state else None),
            "last_modified": fetched.headers.get("last-modified") or (state.last_modified if state else None),
            "body_sha256": state.body_sha256 if state else None,
            "region_sha256": state.region_sha256 if state else None,
            "since_full": state.since_full + 1 if state and fetched.conditional else 0,
        }
    return {
        "etag": fetched.headers.get("etag"),
        "last_modified": fetched.headers.get("last-modified"),
        "body_sha256": body_digest(fetched) if fetched.body else None,
        "region_sha256": region,
        "since_full": state.since_full + 1 if state and fetched.conditional else 0,
    }
