"""Routing: who is told about which event, and where the alert goes."""

from __future__ import annotations

from monitor.config.settings import Subscriber
from monitor.domain.events import EventKind
from monitor.domain.values import Severity
from monitor.notify.routing import alerts_for, configured_webhooks, make_router, slack_configured
from tests.fakes.samples import CONTACT, RETENTION, SELL, TYPO, change_event, config, failing_event, recovered_event

LEGAL = Subscriber(name="legal", channel="#legal", min_severity=Severity.MAJOR)
EVERYTHING = Subscriber(name="watchers", channel="C0WATCH", min_severity=Severity.COSMETIC, failure_alerts=True)
KIDS = Subscriber(name="kids", channel="#kids", categories=("children", "data_retention"))
ALOPAL_ONLY = Subscriber(
    name="alopal-team",
    webhook_env="ALOPAL_HOOK",
    companies=("alopal",),
    min_severity=Severity.MINOR,
    failure_alerts=True,
)


def names(drafts):
    return [d.subscriber for d in drafts]


def test_material_change_reaches_each_matching_subscriber_once():
    cfg = config(LEGAL, EVERYTHING, KIDS, ALOPAL_ONLY)
    drafts = alerts_for(change_event(SELL, RETENTION), cfg, slack_configured=True)
    assert names(drafts) == ["legal", "watchers", "kids"]
    assert [d.destination for d in drafts] == ["slack:#legal", "slack:C0WATCH", "slack:#kids"]
    assert all(d.event is EventKind.CHANGE and d.company == "aloscale" for d in drafts)
    assert drafts[0].payload["blocks"][0]["text"]["text"].startswith("🔴 Aloscale Inc.")


def test_cosmetic_change_reaches_nobody_at_major():
    cfg = config(LEGAL, KIDS)
    assert alerts_for(change_event(TYPO), cfg, slack_configured=True) == []
    assert names(alerts_for(change_event(TYPO), config(LEGAL, EVERYTHING), slack_configured=True)) == ["watchers"]


def test_minor_change_only_to_subscribers_who_asked_for_minor():
    cfg = config(LEGAL, EVERYTHING, ALOPAL_ONLY)
    assert names(alerts_for(change_event(CONTACT, company="alopal"), cfg, slack_configured=True)) == [
        "watchers",
        "alopal-team",
    ]


def test_categories_filter_needs_an_overlap_at_the_subscribers_severity():
    cfg = config(KIDS)
    assert alerts_for(change_event(SELL), cfg, slack_configured=True) == []  # sharing only
    assert names(alerts_for(change_event(SELL, RETENTION), cfg, slack_configured=True)) == ["kids"]
    # retention touched only by a minor change: not enough for a subscriber at major
    minor_retention = RETENTION.__class__(**{**RETENTION.__dict__, "severity": Severity.MINOR})
    assert alerts_for(change_event(SELL, minor_retention), cfg, slack_configured=True) == []


def test_subscriber_sees_the_changes_at_its_own_severity():
    cfg = config(LEGAL, EVERYTHING)
    legal, watchers = alerts_for(change_event(SELL, CONTACT), cfg, slack_configured=True)
    assert "Contact" not in legal.payload["plain"].split("Categories")[1].split("\n", 1)[1]
    assert "2. Contact" in watchers.payload["plain"]


def test_failure_alerts_go_only_to_subscribers_who_opted_in():
    cfg = config(LEGAL, EVERYTHING, ALOPAL_ONLY)
    failing = alerts_for(failing_event(), cfg, slack_configured=True)
    assert names(failing) == ["watchers"]
    assert failing[0].event is EventKind.FAILING
    assert "3 failed checks in a row" in failing[0].payload["text"]
    recovered = alerts_for(recovered_event(company="alopal"), cfg, slack_configured=True)
    assert names(recovered) == ["watchers", "alopal-team"]
    assert recovered[1].destination == "webhook:ALOPAL_HOOK"


def test_without_slack_alerts_go_to_the_console():
    cfg = config(LEGAL, ALOPAL_ONLY, slack=False)
    env = {"TEST_SLACK_TOKEN": "xoxb-1"}
    assert not slack_configured(cfg, env)  # no [slack] section
    assert not slack_configured(config(LEGAL), {"TEST_SLACK_TOKEN": "  "})
    assert slack_configured(config(LEGAL), env)
    route = make_router(cfg, {})
    assert [d.destination for d in route(change_event(SELL, CONTACT, company="alopal"))] == ["console", "console"]
    route = make_router(cfg, {"ALOPAL_HOOK": "https://hooks.slack.com/services/T/B/X"})
    assert [d.destination for d in route(change_event(SELL, CONTACT, company="alopal"))] == [
        "console",
        "webhook:ALOPAL_HOOK",
    ]
    assert configured_webhooks(cfg, {"ALOPAL_HOOK": "x"}) == {"ALOPAL_HOOK"}


def test_channel_preferred_then_webhook_then_console():
    both = Subscriber(name="both", channel="#p", webhook_env="HOOK")
    cfg = config(both)
    assert make_router(cfg, {"TEST_SLACK_TOKEN": "x", "HOOK": "u"})(change_event())[0].destination == "slack:#p"
    assert make_router(cfg, {"HOOK": "u"})(change_event())[0].destination == "webhook:HOOK"
    assert make_router(cfg, {})(change_event())[0].destination == "console"


def test_test_events_and_flip_flops_are_not_routed():
    cfg = config(EVERYTHING)
    event = change_event(SELL)
    flip = event.__class__(
        **{**event.__dict__, "change": event.change.__class__(**{**event.change.__dict__, "flip_flop": True})}
    )
    assert alerts_for(flip, cfg, slack_configured=True) == []
    test = event.__class__(**{**event.__dict__, "kind": EventKind.TEST})
    assert alerts_for(test, cfg, slack_configured=True) == []


def test_alerts_name_the_document_that_changed():
    """A company's terms of service changing is not announced as a privacy policy change."""
    from dataclasses import replace

    from monitor.config.settings import Company

    cfg = config(EVERYTHING)
    terms = Company(
        slug="aloscale.terms",
        name="Aloscale Inc.",
        url="https://aloportal.com/terms",
        document="terms",
        doc_type="terms_of_service",
    )
    cfg = replace(cfg, companies=(*cfg.companies, terms))
    policy_title = alerts_for(change_event(SELL), cfg, slack_configured=True)[0].payload["blocks"][0]["text"]["text"]
    assert policy_title.endswith("Aloscale Inc.: critical privacy policy change")
    change, failing = (
        alerts_for(event, cfg, slack_configured=True)[0].payload
        for event in (change_event(SELL, company="aloscale.terms"), failing_event(company="aloscale.terms"))
    )
    assert change["blocks"][0]["text"]["text"].endswith("Aloscale Inc.: critical terms change")
    assert "privacy policy" not in change["text"]
    assert failing["blocks"][0]["text"]["text"].endswith("Aloscale Inc.: cannot read the terms")
