"""An item of a list of data named by another head noun ("crash reports" -> "crash logs", "usage records" -> "usage
data"): the same data, read so by monitor/classify/heads.py before the concept delta; with the look-alikes that change
what is collected (another modifier, another item beside, another sensitive reading) and must stay material."""

from __future__ import annotations

import pytest

from monitor.classify import heads, vocabulary
from monitor.classify.engine import classify_texts
from monitor.classify.modified import _judge_modified
from monitor.domain.values import Change, ChangeKind

BASE = (
    "# How this notice works\n"
    "This notice says what a small weather app does with what it learns about you.\n"
    "We never sell anything we learn about you.\n"
    "# Your choices\n"
    "You can ask us to erase your account at any time.\n"
)


def _whole(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


def _sentence(before: str, after: str):
    return _judge_modified(Change(ChangeKind.MODIFIED, before, after)).verdict


def _both_ways(before: str, after: str) -> list[tuple[str, str]]:
    return [(before, after), (after, before)]


_CLASS_SAME = [(c.id, b, a) for c in heads.HEADS for b, a in c.same]
_CLASS_DIFFER = [(c.id, b, a) for c in heads.HEADS for b, a in c.differ]


@pytest.mark.parametrize(("cls", "before", "after"), _CLASS_SAME)
def test_a_head_class_reads_its_examples_as_one_statement(cls, before, after):
    for old, new in _both_ways(before, after):
        assert not _whole(old, new).material, cls
        assert not _sentence(old, new).material, (cls, _sentence(old, new).reason)


@pytest.mark.parametrize(("cls", "before", "after"), _CLASS_DIFFER)
def test_a_head_class_leaves_its_look_alikes_material(cls, before, after):
    assert _whole(before, after).material, cls
    assert _sentence(before, after).material, cls


# The same item filed under another noun, in sentences of our own (each read both ways).
SAME_ITEM = [
    (
        "If the app stops working, it uploads diagnostic reports, your device model and the app version.",
        "If the app stops working, it uploads diagnostic logs, your device model and the app version.",
    ),
    ("Our web servers keep access logs for fourteen days.", "Our web servers keep access records for fourteen days."),
    (
        "We look at usage records to decide which forecasts to improve.",
        "We look at usage data to decide which forecasts to improve.",
    ),
    (
        "Your subscription history is kept while your account is open.",
        "Your subscription records are kept while your account is open.",
    ),
    ("We collect fault reports and page timings.", "We collect fault logs and page timings."),
    ("We keep order history so you can reorder quickly.", "We keep order records so you can reorder quickly."),
    ("Staff may read the records of your support chats.", "Staff may read the history of your support chats."),
    (
        "We keep search history to suggest places you looked up before.",
        "We keep search logs to suggest places you looked up before.",
    ),
    (
        "Our payment partner keeps transaction records for tax purposes.",
        "Our payment partner keeps transaction history for tax purposes.",
    ),
    (
        "We receive event logs from the widget on your home screen.",
        "We receive event data from the widget on your home screen.",
    ),
    ("The app sends us the videos you record of storms.", "The app sends us the video recordings you make of storms."),
    (
        "We store browsing history to show recently viewed cities.",
        "We store browsing data to show recently viewed cities.",
    ),
    ("We store sensor data from your phone for a week.", "We store sensor logs from your phone for a week."),
    ("Call records are kept for six months.", "Call logs are kept for six months."),
]


@pytest.mark.parametrize(("before", "after"), SAME_ITEM)
def test_the_same_item_under_another_head_is_no_change(before, after):
    for old, new in _both_ways(before, after):
        verdict = _sentence(old, new)
        assert not verdict.material, verdict.reason
        assert not _whole(old, new).material


# Look-alikes: the modifier changes, an item comes beside, the head changes the sensitive reading, or a number moves.
LOOK_ALIKES = [
    (
        "When you use the app, we collect your IP address and crash reports.",
        "When you use the app, we collect your IP address and keystroke logs.",
    ),
    (
        "When you use the app, we collect your IP address and crash reports.",
        "When you use the app, we collect your IP address, crash reports and screen recordings.",
    ),
    ("We use your approximate location to pick a forecast.", "We use your precise location data to pick a forecast."),
    ("We keep the photos you upload of the sky.", "We keep the biometric face templates you upload."),
    ("We use your purchase history to suggest add-ons.", "We use your browsing history to suggest add-ons."),
    ("We analyse usage data to improve the forecasts.", "We analyse health data to improve the forecasts."),
    ("We pass payment details to our card processor.", "We pass payment records to our card processor."),
    ("We keep crash reports for 30 days.", "We keep crash logs for 2 years."),
    ("We keep crash reports on our own servers.", "We share crash logs with advertisers."),
    ("We collect face photos to check your age.", "We collect face scans to check your age."),
    ("We collect your messages to deliver them.", "We collect your message logs to deliver them."),
    ("We do not keep server logs.", "We keep server records."),
]


@pytest.mark.parametrize(("before", "after"), LOOK_ALIKES)
def test_look_alikes_stay_material(before, after):
    for old, new in _both_ways(before, after):
        assert _sentence(old, new).material, (old, new)
        assert _whole(old, new).material, (old, new)


def test_a_real_change_beside_a_swap_is_named_without_the_head():
    # the retention changed; the head swapped ("logs" read alone would be usage data added) is not a reason
    verdict = _sentence("We keep crash reports for 30 days.", "We keep crash logs for 2 years.")
    assert verdict.material
    assert "usage data" not in verdict.reason
    assert "30 days" in verdict.reason or "2 years" in verdict.reason


def test_a_change_beside_a_swap_is_quoted_as_written():
    verdict = _sentence("We collect crash reports and your city.", "We collect crash logs and your precise location.")
    assert verdict.material
    assert "precise location" in verdict.reason and "usage data" not in verdict.reason
    assert "reports and your precise" not in verdict.reason  # the new version says "logs", never "reports"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("We collect logs.", "We collect records."),  # no modifier: the verb is no part of the item
        ("We review reports of abuse.", "We review logs of abuse."),  # "of abuse" kept, but no noun phrase opens
        ("You can view reports in the app.", "You can view logs in the app."),  # after a modal: a verb
        ("We share logs with partners.", "We share records with partners."),  # a verb of handling data
        ("We collect crash reports.", "We collect keystroke logs."),  # the modifier changed
        ("We keep the email address you gave us.", "We keep the email content you gave us."),  # names nothing known
    ],
)
def test_what_is_no_head_swap(before, after):
    assert heads.head_swaps(before, after) == []


def test_a_swap_is_found_and_read_alike():
    before = "We keep crash reports and call records."
    after = "We keep crash logs and call history."
    swaps = heads.head_swaps(before, after)
    assert [s.said for s in swaps] == ["crash reports → crash logs", "call records → call history"]
    assert heads.read_alike(before, after, swaps, as_before=True) == (before, before)
    assert heads.read_alike(before, after, swaps, as_before=False) == (after, after)


def test_a_word_in_two_head_classes_is_an_error(monkeypatch):
    table = {
        "heads": [
            {"id": "one", "words": ["logs", "records"], "same": ["a => b"], "differ": ["a => c"]},
            {"id": "two", "words": ["data", "logs"], "same": ["a => b"], "differ": ["a => c"]},
        ]
    }
    monkeypatch.setattr(vocabulary, "load", lambda name: table)
    with pytest.raises(vocabulary.VocabularyError, match="no other class"):
        heads._load_heads()
