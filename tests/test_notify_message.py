"""Alert messages: valid Block Kit within Slack's limits, readable, and inert against hostile policy text."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from monitor.domain.values import ChangeKind, ChangeVerdict, Direction, Severity
from monitor.notify import message
from monitor.notify.message import ZWSP, change_message, escape_mrkdwn, failing_message, recovered_message
from tests.fakes.blockkit import block_problems, texts
from tests.fakes.samples import AT, CONTACT, RETENTION, SELL, TYPO, change

BASE = "http://127.0.0.1:8080"
HOSTILE = "<!channel> <!here> <@U123> <#C123> <https://evil.example|click> AT&T 1 < 2 > 0 *bold* _it_ ~x~ `code`"


def build(*verdicts, min_severity=Severity.MAJOR, **kw):
    return change_message("Aloscale Inc.", "aloscale", change(*verdicts, **kw), BASE, AT, min_severity=min_severity)


def test_material_change_is_valid_block_kit_with_every_part_a_reader_needs():
    payload = build()
    assert block_problems(payload) == []
    blocks = payload["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "emoji": True, "text": "🔴 Aloscale Inc.: critical privacy policy change"},
    }
    body = "\n".join(texts(payload))
    assert "Aloscale may now sell your personal information" in body  # the summary
    assert "reduces privacy" in body
    assert "Third-party sharing" in body and "Data retention" in body
    assert "A longer retention period was added." in body  # the reason
    # the decisive words: struck "do not", bold "may", a little context, not the whole sentence
    sell = next(t for t in texts(payload) if "Third-party sharing" in t and "~" in t)
    assert "~do not~ *may* sell your personal information" in sell
    assert "marketing purposes" not in sell
    assert f"<{BASE}/companies/aloscale/diff?from=12&amp;to=13|" in body
    assert "snapshots 12 → 13" in body and "2024-05-01 12:00 UTC" in body
    assert payload["unfurl_links"] is False and payload["unfurl_media"] is False
    assert all(b["text"]["verbatim"] for b in blocks if b["type"] == "section")


def test_fallback_text_says_what_happened_for_notifications():
    text = build()["text"]
    assert text.startswith("🔴 Aloscale Inc.: critical privacy policy change (reduces privacy).")
    assert "sell your personal information" in text and "/companies/aloscale/diff?from=12" in text


def test_changes_are_listed_most_severe_first_and_only_at_or_above_min_severity():
    major = "\n".join(texts(build(CONTACT, RETENTION, SELL)))
    assert major.index("1. Third-party sharing") < major.index("2. Data retention")
    assert "Contact" not in major.split("See the full diff")[0].split("Categories")[1].split("\n", 1)[1]
    assert "1 more change — see the diff" in major
    minor = "\n".join(texts(build(CONTACT, RETENTION, SELL, min_severity=Severity.MINOR)))
    assert "3. Contact" in minor and "more change" not in minor


def test_at_least_one_change_is_listed_even_below_min_severity():
    body = "\n".join(texts(build(TYPO, summary="Spelling fixed.", min_severity=Severity.CRITICAL)))
    assert "1. Data use" in body and "~proces~ *process*" in body


def test_rewritten_sentence_shows_before_and_after_not_a_word_soup():
    rewrite = ChangeVerdict(
        ChangeKind.MODIFIED,
        "Cookies are used only to keep you signed in.",
        "Advertising partners place trackers that follow you across websites.",
        True,
        Severity.MAJOR,
        ("tracking",),
        "Cross-site tracking added.",
        Direction.REDUCES,
    )
    section = next(t for t in texts(build(rewrite)) if "1. Tracking" in t)
    assert "Before:\n> Cookies are used only to keep you signed in." in section
    assert "After:\n> Advertising partners place trackers" in section


def test_long_change_list_stays_within_slack_limits_and_points_to_the_diff():
    verdicts = [
        ChangeVerdict(
            ChangeKind.ADDED,
            None,
            f"Clause {i}: " + "we share data with partners " * 30,
            True,
            Severity.MAJOR,
            ("third_party_sharing",),
            "Sharing added. " * 60,
            Direction.REDUCES,
        )
        for i in range(80)
    ]
    payload = change_message("A" * 400, "aloscale", change(*verdicts, summary="S " * 3000), BASE, AT)
    assert block_problems(payload) == []
    assert len(payload["blocks"]) <= 50
    assert len(payload["text"]) <= message.MAX_FALLBACK_TEXT
    assert len(payload["blocks"][0]["text"]["text"]) <= 150
    assert payload["blocks"][0]["text"]["text"].endswith("…")
    assert "70 more changes — see the diff" in "\n".join(texts(payload))


def test_huge_sentence_is_cut_cleanly():
    giant = ChangeVerdict(
        ChangeKind.ADDED,
        None,
        "Data & more <data> " * 2000,
        True,
        Severity.MAJOR,
        ("data_collection",),
        "x",
        Direction.REDUCES,
    )
    payload = build(giant)
    assert block_problems(payload) == []
    for text in texts(payload):
        assert not re.search(r"&(?!amp;|lt;|gt;)", text), "a cut left a broken entity"
        assert "…" in text or len(text) < 1000


def test_hostile_policy_text_never_pings_links_or_restyles_anything():
    evil = ChangeVerdict(
        ChangeKind.MODIFIED,
        f"We keep data. {HOSTILE}",
        f"We sell data. {HOSTILE}",
        True,
        Severity.CRITICAL,
        ("third_party_sharing",),
        f"Because {HOSTILE}",
        Direction.REDUCES,
    )
    added = ChangeVerdict(ChangeKind.ADDED, None, HOSTILE, True, Severity.MAJOR, ("tracking",), HOSTILE)
    payload = change_message("Aloscale Inc.", "aloscale", change(evil, added, summary=HOSTILE), BASE, AT)
    assert block_problems(payload) == []
    for text in texts(payload)[:1] + [t for b in payload["blocks"][1:] for t in texts({"blocks": [b]})[1:]]:
        for sequence in (
            "<!channel>",
            "<!here>",
            "<@U123>",
            "<#C123>",
            "<https://evil",
            "*bold*",
            "_it_",
            "~x~",
            "`code`",
        ):
            assert sequence not in text
        assert not re.search(r"&(?!amp;|lt;|gt;)", text)
        assert not re.search(r"<(?!http://127\.0\.0\.1:8080/)", text), "only our own links"
    body = "\n".join(texts(payload))
    assert "&lt;!channel&gt;" in body and "AT&amp;T" in body and "1 &lt; 2 &gt; 0" in body


def test_escape_mrkdwn_fences_formatting_characters_and_mentions():
    assert escape_mrkdwn("*bold*") == f"{ZWSP}*{ZWSP}bold{ZWSP}*{ZWSP}"
    assert escape_mrkdwn("a\n> quote") == "a &gt; quote"
    assert escape_mrkdwn("hi @channel :skull:") == f"hi @{ZWSP}channel :{ZWSP}skull:"
    assert escape_mrkdwn("<@U123>") == "&lt;@U123&gt;"


@given(st.text())
def test_escaping_is_lossless_and_leaves_no_control_sequences(raw):
    escaped = escape_mrkdwn(raw)
    assert "<" not in escaped and ">" not in escaped
    assert not re.search(r"&(?!amp;|lt;|gt;)", escaped)
    assert not re.search(rf"(?<!{ZWSP})[*_~`]|[*_~`](?!{ZWSP})", escaped)
    assert html.unescape(escaped.replace(ZWSP, "")) == " ".join(raw.replace(ZWSP, "").split())


def test_failing_and_recovered_messages():
    failing = failing_message(
        "Aloscale Inc.",
        "aloscale",
        reason="HTTP 503 <b>",
        failure_count=3,
        web_base_url=BASE,
        checked_at=AT,
        policy_url="https://aloportal.com/p",
    )
    assert block_problems(failing) == []
    assert (
        "We cannot read Aloscale Inc.'s privacy policy: HTTP 503 &lt;b&gt; (3 failed checks in a row)"
        in failing["text"]
    )
    assert f"<{BASE}/companies/aloscale|" in "\n".join(texts(failing))
    recovered = recovered_message("Aloscale Inc.", "aloscale", failure_count=4, web_base_url=BASE, checked_at=AT)
    assert block_problems(recovered) == []
    assert "We can read Aloscale Inc.'s privacy policy again, after 4 failed checks in a row" in recovered["text"]


def test_test_message_says_what_will_arrive():
    payload = message.test_message("legal", companies=("aloscale",), min_severity=Severity.MAJOR, sent_at=AT)
    assert block_problems(payload) == []
    assert "policy changes of aloscale at severity major or above will be posted here" in payload["text"]


def test_plain_rendering_reads_well_for_the_console():
    plain = build()["plain"]
    assert plain.splitlines()[0] == "🔴 Aloscale Inc.: critical privacy policy change"
    assert "We [-do not-] {+may+} sell your personal information" in plain
    assert f"See the diff: {BASE}/companies/aloscale/diff?from=12&to=13" in plain
    assert "&amp;" not in plain and ZWSP not in plain


def test_the_documented_example_is_a_valid_message():
    import json
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "slack.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert block_problems(example) == []
    assert example["blocks"][0]["text"]["text"] == "🔴 AloPal: critical privacy policy change"
    assert set(example) == {"text", "blocks", "unfurl_links", "unfurl_media"}
