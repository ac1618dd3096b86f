"""The check pipeline on real values: a rendered page in, a recorded check (and alerts) out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from one_company import SEED, T0, alopal_config, alopal_page, synced_store

from monitor.domain.events import EventKind
from monitor.domain.values import Fetched, Outcome, Severity
from monitor.notify.routing import alerts_for
from monitor.runtime.check import Checker


@pytest.fixture
def env(tmp_path):
    config = alopal_config(
        tmp_path,
        monitor="failure_threshold = 2\n",
        subscribers='[[subscribers]]\nname = "legal"\nchannel = "#legal"\nfailure_alerts = true\n',
        seed=True,
    )
    with synced_store(config) as store:
        clock = iter(T0 + timedelta(minutes=i) for i in range(1000))
        checker = Checker(config, store, lambda event: alerts_for(event, config, env={}), clock=lambda: next(clock))
        yield config, store, checker


def page(text: str, variant: int, status: int = 200, at: int = 0) -> Fetched:
    return alopal_page(text, variant, status, at, duration_s=0.1)


def test_first_capture_is_new_then_unchanged_despite_changing_chrome(env):
    _config, store, checker = env
    first = checker.process(page(SEED, variant=1))
    assert first.outcome is Outcome.NEW and first.snapshot is not None
    for variant in (2, 3, 4):
        again = checker.process(page(SEED, variant=variant, at=variant))
        assert again.outcome is Outcome.UNCHANGED, again
        assert again.snapshot == first.snapshot
    assert store.count_snapshots("alopal") == 1
    assert len(store.checks("alopal")) == 4


def test_material_edit_records_a_change_and_an_alert(env):
    _config, store, checker = env
    checker.process(page(SEED, variant=1))
    edited = SEED.replace(
        "AloPal will never rent or sell your Personal Information to others.",
        "AloPal may sell your Personal Information to data brokers.",
    )
    assert edited != SEED
    result = checker.process(page(edited, variant=2, at=1))
    assert result.outcome is Outcome.CHANGED and result.material is True
    assert result.severity is not None and result.severity >= Severity.MAJOR
    assert "third_party_sharing" in result.categories
    pending = store.alerts(status="pending")
    assert [(a.subscriber, a.event) for a in pending] == [("legal", EventKind.CHANGE)]


def test_failed_fetches_are_errors_not_changes_and_streak_alerts_once(env):
    _config, store, checker = env
    checker.process(page(SEED, variant=1))
    results = [checker.process(page("Service Unavailable", variant=i, status=503, at=i)) for i in range(2, 5)]
    assert [r.outcome for r in results] == [Outcome.ERROR] * 3
    assert [r.failures for r in results] == [1, 2, 3]
    assert all("503" in (r.error or "") for r in results)
    assert store.count_snapshots("alopal") == 1 and store.changes("alopal") == []
    assert [a.event for a in store.alerts()] == [EventKind.FAILING]  # at the threshold, not once per check
    recovered = checker.process(page(SEED, variant=9, at=9))
    assert recovered.outcome is Outcome.UNCHANGED and recovered.failures == 0
    assert [a.event for a in sorted(store.alerts(), key=lambda a: a.id)] == [EventKind.FAILING, EventKind.RECOVERED]


def test_collapsed_page_is_an_error(env):
    _config, store, checker = env
    checker.process(page(SEED, variant=1))
    stub = "\n".join(SEED.splitlines()[:3])
    result = checker.process(page(stub, variant=2, at=1))
    assert result.outcome is Outcome.ERROR
    assert store.count_snapshots("alopal") == 1


def test_flip_flop_is_recorded_but_alerted_once(env):
    _config, store, checker = env
    checker.process(page(SEED, variant=1))
    b = SEED.replace(
        "AloPal will never rent or sell your Personal Information to others.",
        "AloPal may sell your Personal Information to data brokers.",
    )
    outcomes = [checker.process(page(text, variant=i, at=i)) for i, text in enumerate([b, SEED, b, SEED], 2)]
    assert [r.outcome for r in outcomes] == [Outcome.CHANGED] * 4
    assert [r.flip_flop for r in outcomes] == [False, True, True, True]
    change_alerts = [a for a in store.alerts() if a.event is EventKind.CHANGE]
    assert len(change_alerts) == 1


def test_a_revert_after_the_flip_flop_window_is_a_real_change(env):
    _config, store, checker = env  # flip_flop_days defaults to 7
    checker.process(page(SEED, variant=1))
    b = SEED.replace(
        "AloPal will never rent or sell your Personal Information to others.",
        "AloPal may sell your Personal Information to data brokers.",
    )
    checker.process(page(b, variant=2, at=1))
    revert = checker.process(page(SEED, variant=3, at=24 * 30))  # a month later: back to the old promise
    assert revert.outcome is Outcome.CHANGED and revert.material and not revert.flip_flop
    assert len([a for a in store.alerts() if a.event is EventKind.CHANGE]) == 2


def test_a_much_shorter_policy_is_accepted_once_it_comes_back_the_same(env):
    _config, store, checker = env  # failure_threshold = 2 in this config
    checker.process(page(SEED, variant=1))
    shorter = "\n".join(SEED.splitlines()[:12])
    assert len(shorter) < len(SEED) / 3
    first = checker.process(page(shorter, variant=2, at=1))
    assert first.outcome is Outcome.ERROR and "collapsed" in (first.error or "")
    second = checker.process(page(shorter, variant=3, at=2))
    assert second.outcome is Outcome.CHANGED and second.material, second
    assert store.count_snapshots("alopal") == 2
    assert [a.event for a in store.alerts()] == [EventKind.CHANGE]  # no "cannot read" alert on the way


def test_different_short_stubs_are_never_accepted(env):
    _config, store, checker = env
    checker.process(page(SEED, variant=1))
    lines = SEED.splitlines()
    for i in range(4):
        stub = "\n".join(lines[i : i + 12])
        assert checker.process(page(stub, variant=i, at=i + 1)).outcome is Outcome.ERROR
    assert store.count_snapshots("alopal") == 1
