"""A realistic snapshot history in a real SQLite store, shared by the web UI tests (in-process and browser)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.config.settings import Company
from monitor.domain.records import CheckDraft
from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Outcome, Severity
from monitor.store import Store
from monitor.text.diff import diff_texts

T0 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)

ACME_V0 = """# Acme privacy policy
# 1. What we collect
We collect your name and email address when you sign up.
- account details
- payment records
# 2. Sharing
We never sell your personal data.
We keep your data for 30 days after you close your account.
# 3. Contact
Write to privacy@acme.example."""
ACME_V1 = ACME_V0.replace("Write to privacy@acme.example.", "Write to privacy@acme.example or call us.")
ACME_V2 = """# Acme privacy policy
We keep your data for 30 days after you close your account.
# 1. What we collect
We collect your name and email address when you sign up.
- account details
- payment records
# 2. Sharing
We sell your personal data to advertising partners.
# 3. Contact
Write to privacy@acme.example or call us."""
SELL_REASON = "Introduces the sale of personal data to advertisers"
SELL_SUMMARY = "Acme now sells personal data to advertising partners"

#: Hostile content: each must show up as literal text and never run.
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_ATTR = '"><img src=x onerror=alert(1)>'
XSS_ALERT = "<script>alert(1)</script>"
XSS_LINK = "javascript:window.__xss=1"
EVIL_V0 = f"""# Evil policy {XSS_SCRIPT}
We may share data. {XSS_IMG}
- {XSS_ATTR}
Visit {XSS_LINK} or [opt out]({XSS_LINK}) for details."""
EVIL_V1 = EVIL_V0 + f'\nWe now sell everything {XSS_ALERT} see <a href="{XSS_LINK}">here</a>.'
EVIL_RAW = f"<html><body><h1>Evil</h1>{XSS_SCRIPT}{XSS_IMG}</body></html>".encode()


@dataclass(frozen=True)
class History:
    store: Store
    companies: tuple[Company, ...]
    acme_snapshots: tuple[int, int, int]  # seed, minor change, critical change
    evil_snapshots: tuple[int, int]


def classification(
    severity: Severity,
    summary: str,
    old: str,
    new: str,
    reason: str,
    category: str = "third_party_sharing",
    direction: Direction = Direction.REDUCES,
) -> Classification:
    """Verdicts for the real diff of old -> new: the headline severity for edits, cosmetic for moves."""
    verdicts = []
    for change in diff_texts(old, new):
        moved = change.kind is ChangeKind.MOVED
        sev = Severity.COSMETIC if moved else severity
        verdicts.append(
            ChangeVerdict(
                kind=change.kind,
                before=change.before,
                after=change.after,
                material=sev.material,
                severity=sev,
                categories=() if moved else (category,),
                reason="Paragraph moved" if moved else reason,
                direction=Direction.NEUTRAL if moved else direction,
            )
        )
    return Classification(severity.material, severity, direction, (category,), summary, tuple(verdicts))


def record(
    store: Store,
    company: str,
    at: datetime,
    outcome: Outcome,
    *,
    text: str | None = None,
    cls: Classification | None = None,
    error: str | None = None,
    raw: bytes = b"",
) -> None:
    latest = store.latest_snapshot(company)
    store.record_check(
        CheckDraft(
            company=company,
            started_at=at,
            duration_s=0.4,
            outcome=outcome,
            base_snapshot_id=latest.id if latest else None,
            http_status=503 if error else 200,
            error=error,
            text=text,
            raw=raw or (text.encode() if text else None),
            content_type="text/html; charset=utf-8",
            classification=cls,
        )
    )


def build_history(path: Path) -> History:
    companies = (
        Company("acme", "Acme Corp", "https://acme.example/privacy"),
        Company("beta", "Beta Ltd", "https://beta.example/privacy"),
        Company("gamma", "Gamma & Sons", "https://gamma.example/privacy"),
        Company("evil", "Evil <b>Corp</b>", "https://evil.example/privacy"),
        Company("zeta", "Zeta (not yet checked)", "https://zeta.example/privacy"),
    )
    store = Store.open("sqlite:///" + str(path))
    store.sync_companies(companies[:4])  # zeta is configured but not in the store yet

    a0 = store.seed("acme", ACME_V0, b"<html><body><p>Acme v0</p></body></html>", T0)
    record(
        store,
        "acme",
        T0 + timedelta(days=10),
        Outcome.CHANGED,
        text=ACME_V1,
        cls=classification(
            Severity.MINOR,
            "Contact details extended",
            ACME_V0,
            ACME_V1,
            "A phone contact was added",
            "contact",
            Direction.IMPROVES,
        ),
    )
    record(
        store,
        "acme",
        T0 + timedelta(days=40),
        Outcome.CHANGED,
        text=ACME_V2,
        cls=classification(Severity.CRITICAL, SELL_SUMMARY, ACME_V1, ACME_V2, SELL_REASON),
    )
    acme = [s.id for s in store.snapshots("acme")]
    record(store, "acme", T0 + timedelta(days=41), Outcome.UNCHANGED)

    store.seed("beta", "# Beta\nWe respect your privacy.", b"", T0)
    for day in (1, 2, 3):
        record(store, "beta", T0 + timedelta(days=day), Outcome.ERROR, error="HTTP 503: <title>Maintenance</title>")

    text = "# Gamma\nVersion 0."
    store.seed("gamma", text, b"", T0)
    for n in range(1, 61):
        new = f"# Gamma\nVersion {n}."
        severity = Severity.MAJOR if n % 5 == 0 else Severity.MINOR
        record(
            store,
            "gamma",
            T0 + timedelta(days=n),
            Outcome.CHANGED,
            text=new,
            cls=classification(severity, f"Gamma edit number {n}", text, new, f"edit {n}", "data_use"),
        )
        text = new

    e0 = store.seed("evil", EVIL_V0, EVIL_RAW, T0)
    evil_cls = classification(
        Severity.MAJOR,
        f"Summary {XSS_SCRIPT} {XSS_ATTR} {XSS_LINK}",
        EVIL_V0,
        EVIL_V1,
        f"Reason {XSS_IMG} {XSS_ALERT} {XSS_LINK}",
    )
    record(store, "evil", T0 + timedelta(days=5), Outcome.CHANGED, text=EVIL_V1, cls=evil_cls, raw=EVIL_RAW)
    record(store, "evil", T0 + timedelta(days=6), Outcome.ERROR, error=f"blocked {XSS_IMG}")
    assert a0 is not None and e0 is not None
    evil = store.latest_snapshot("evil")
    assert evil is not None
    return History(store, companies, (acme[2], acme[1], acme[0]), (e0.id, evil.id))
