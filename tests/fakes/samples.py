"""Realistic sample values (changes, events, configs) shared by the notify tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor.config.settings import Company, Config, MonitorSettings, SlackSettings, Subscriber
from monitor.domain.events import EventKind, RecordedEvent
from monitor.domain.records import ChangeRecord, CheckRecord
from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Outcome, Severity

AT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

SELL = ChangeVerdict(
    kind=ChangeKind.MODIFIED,
    before="We do not sell your personal information to third parties for their own marketing purposes.",
    after="We may sell your personal information to third parties for their own marketing purposes.",
    material=True,
    severity=Severity.CRITICAL,
    categories=("third_party_sharing",),
    reason='Personal information may now be sold ("do not sell" became "may sell").',
    direction=Direction.REDUCES,
)
RETENTION = ChangeVerdict(
    kind=ChangeKind.ADDED,
    before=None,
    after="We retain account data for ten years after you close your account.",
    material=True,
    severity=Severity.MAJOR,
    categories=("data_retention",),
    reason="A longer retention period was added.",
    direction=Direction.REDUCES,
)
CONTACT = ChangeVerdict(
    kind=ChangeKind.MODIFIED,
    before="Write to privacy@aloscale.example.",
    after="Write to dpo@aloscale.example.",
    material=False,
    severity=Severity.MINOR,
    categories=("contact",),
    reason="The contact address changed.",
)
TYPO = ChangeVerdict(
    kind=ChangeKind.MODIFIED,
    before="We proces your data.",
    after="We process your data.",
    material=False,
    severity=Severity.COSMETIC,
    categories=("data_use",),
    reason="Spelling only.",
)


def classification(
    *verdicts: ChangeVerdict,
    summary: str = "Aloscale may now sell your personal "
    "information to third parties and keeps account data for ten years.",
) -> Classification:
    severity = max((v.severity for v in verdicts), key=lambda s: s.rank)
    directions = {v.direction for v in verdicts} - {Direction.NEUTRAL}
    direction = directions.pop() if len(directions) == 1 else (Direction.MIXED if directions else Direction.NEUTRAL)
    categories = tuple(dict.fromkeys(c for v in verdicts for c in v.categories))
    return Classification(
        material=severity.material,
        severity=severity,
        direction=direction,
        categories=categories,
        summary=summary,
        changes=tuple(verdicts),
    )


def change(*verdicts: ChangeVerdict, company: str = "aloscale", **kw) -> ChangeRecord:
    verdicts = verdicts or (SELL, RETENTION, CONTACT)
    return ChangeRecord(
        id=7,
        company=company,
        created_at=AT,
        from_snapshot=12,
        to_snapshot=13,
        classification=classification(*verdicts, **kw),
    )


def check(company: str = "aloscale", outcome: Outcome = Outcome.CHANGED, error: str | None = None) -> CheckRecord:
    return CheckRecord(
        id=41,
        company=company,
        started_at=AT,
        duration_s=1.2,
        outcome=outcome,
        http_status=200,
        error=error,
        snapshot_id=13,
        change_id=7,
    )


def change_event(*verdicts: ChangeVerdict, company: str = "aloscale") -> RecordedEvent:
    return RecordedEvent(
        kind=EventKind.CHANGE, company=company, check=check(company), change=change(*verdicts, company=company)
    )


def failing_event(company: str = "aloscale", count: int = 3) -> RecordedEvent:
    reason = "HTTP 503 from https://aloportal.com/privacy-policy"
    return RecordedEvent(
        kind=EventKind.FAILING,
        company=company,
        check=check(company, Outcome.ERROR, reason),
        failure_count=count,
        reason=reason,
    )


def recovered_event(company: str = "aloscale", count: int = 4) -> RecordedEvent:
    return RecordedEvent(
        kind=EventKind.RECOVERED, company=company, check=check(company, Outcome.UNCHANGED), failure_count=count
    )


def config(*subscribers: Subscriber, slack: bool = True, tmp: Path | None = None) -> Config:
    companies = (
        Company(slug="aloscale", name="Aloscale Inc.", url="https://aloportal.com/privacy-policy"),
        Company(slug="alopal", name="AloPal", url="https://alopal.net/privacy"),
    )
    database = f"sqlite:///{tmp / 'pm.sqlite3'}" if tmp else "sqlite://"
    return Config(
        path=Path("config.toml"),
        companies=companies,
        monitor=MonitorSettings(database=database, web_base_url="http://127.0.0.1:8080"),
        slack=SlackSettings(token_env="TEST_SLACK_TOKEN", base_url="http://127.0.0.1:9/api/") if slack else None,
        subscribers=subscribers,
    )
