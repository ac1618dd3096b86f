"""Hostile policy text in alert messages (issue 13): word diffs are bounded, and nothing is rendered inside the
write transaction that records a change."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Severity
from monitor.notify import message
from monitor.notify.message import compact_diff, prepare_change


def run_on(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    vocab = [
        "we",
        "collect",
        "store",
        "share",
        "your",
        "personal",
        "data",
        "with",
        "partners",
        "for",
        "services",
        "and",
        "consent",
    ]
    return " ".join(rng.choice(vocab) for _ in range(words))


def test_a_one_word_edit_in_a_huge_sentence_is_found_with_its_context():
    body = run_on(200_000)  # ~1.3 MB: difflib took minutes on this
    before, after = f"We do not sell your data and {body}.", f"We sell your data and {body}."
    segments = compact_diff(before, after)
    assert segments is not None
    ops = [(s.op, s.text) for s in segments]
    assert ("del", "do not") in ops
    assert ops[-1] == ("gap", "")  # the 200k unchanged words are cut to a little context
    assert sum(len(t) for _, t in ops) < 1000


def test_an_edit_in_the_middle_and_a_rewrite():
    segments = compact_diff("a b c d e f g h i j k l m n", "a b c d e f X h i j k l m n", context=2)
    assert [(s.op, s.text) for s in segments] == [
        ("gap", ""),
        ("ctx", "e f"),
        ("del", "g"),
        ("ins", "X"),
        ("ctx", "h i"),
        ("gap", ""),
    ]
    assert compact_diff("one two three four five", "six seven eight nine ten") is None
    # a huge middle that shares nothing is a rewrite, without diffing it word by word
    assert compact_diff("start " + run_on(50_000, 1) + " end", "start " + run_on(50_000, 2) + " end") is None


def test_the_prepared_change_is_bounded_and_reused():
    big = "We sell " + run_on(200_000) + "."
    verdict = ChangeVerdict(
        ChangeKind.MODIFIED,
        "We do not sell " + big[8:],
        big,
        True,
        Severity.CRITICAL,
        ("third_party_sharing",),
        "r" * 10_000,
    )
    cls = Classification(
        True, Severity.CRITICAL, Direction.REDUCES, ("third_party_sharing",), "s " * 500_000, (verdict,)
    )
    prepared = prepare_change(cls, Severity.MAJOR)
    assert len(prepared.summary) <= 2000 and prepared.views
    from monitor.domain.records import ChangeRecord

    change = ChangeRecord(1, "x", datetime(2026, 1, 1, tzinfo=UTC), 1, 2, cls, False)
    calls = []
    original = message.prepare_change
    message.prepare_change = lambda *a, **k: calls.append(a) or original(*a, **k)  # type: ignore[assignment]
    try:
        payload = message.change_message("X", "x", change, "http://w", change.created_at, prepared=prepared)
    finally:
        message.prepare_change = original  # type: ignore[assignment]
    assert calls == []  # assembled from what was prepared
    assert len(payload["plain"]) < 10_000


def test_no_message_is_rendered_inside_the_write_transaction(tmp_path, monkeypatch):
    """The router given to record_check only assembles what `prepare` rendered before the transaction."""
    from one_company import SEED, alopal_config, synced_store
    from test_check import page

    from monitor.notify.routing import make_router
    from monitor.runtime.check import Checker

    config = alopal_config(
        tmp_path,
        subscribers='[[subscribers]]\nname = "legal"\nchannel = "#legal"\nmin_severity = "minor"\n'
        '[[subscribers]]\nname = "all"\nchannel = "#all"\nmin_severity = "none"\n',
    )
    in_tx = []
    rendered_inside = []
    original_view = message.change_view

    def watched_view(*args, **kwargs):
        if in_tx:
            rendered_inside.append(args)
        return original_view(*args, **kwargs)

    monkeypatch.setattr(message, "change_view", watched_view)
    with synced_store(config) as store:
        original_record = store.record_check

        def record(draft, make_alerts, **kw):
            def inside(event):
                in_tx.append(1)
                try:
                    return make_alerts(event)
                finally:
                    in_tx.pop()

            return original_record(draft, inside, **kw)

        monkeypatch.setattr(store, "record_check", record)
        checker = Checker(config, store, make_router(config, {}))
        assert checker.process(page(SEED, 1)).outcome.value == "new"
        edited = SEED.replace("AloPal will never rent or sell", "AloPal will rent and sell", 1)
        assert edited != SEED
        result = checker.process(page(edited, 2, at=1))
        assert result.outcome.value == "changed" and result.material, result
        alerts = store.alerts()
    assert sorted(a.subscriber for a in alerts) == ["all", "legal"]
    assert all("sell" in a.payload["plain"] for a in alerts)
    assert rendered_inside == []
