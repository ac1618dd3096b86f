"""Build the alert messages: Slack Block Kit payloads plus a plain-text rendering for the console. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from diff_match_patch import diff_match_patch

from monitor.domain.records import ChangeRecord
from monitor.domain.values import ChangeKind, ChangeVerdict, Classification, Direction, Severity

# Slack's limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_FALLBACK_TEXT = 3000
#: Changes listed one by one before "N more changes — see the diff".
DEFAULT_MAX_CHANGES = 10
#: What an alert calls the document when the caller does not name it.
DEFAULT_NOUN = "privacy policy"
#: Budget (characters of policy text) of one quoted before/after excerpt.
QUOTE_CHARS = 400
#: Words of unchanged context kept around each edit in the compact before → after.
CONTEXT_WORDS = 6
#: Words between the common head and tail of an edited sentence beyond which it counts as rewritten.
MAX_DIFF_WORDS = 4000
#: Seconds diff-match-patch may spend on one sentence before settling for a coarser (still valid) diff.
DIFF_DEADLINE_S = 0.1

ZWSP = "\u200b"
_FORMATTING = re.compile(r"([*_~`])")
_EMOJI_CODE = re.compile(r":(?=[a-z0-9_+'-]+:)", re.IGNORECASE)
_BROADCAST = re.compile(r"@(?=(channel|here|everyone)\b)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")

SEVERITY_MARK = {
    Severity.CRITICAL: "🔴",
    Severity.MAJOR: "🟠",
    Severity.MINOR: "🟡",
    Severity.COSMETIC: "⚪",
    Severity.NONE: "⚪",
}
DIRECTION_WORDS = {
    Direction.REDUCES: "reduces privacy",
    Direction.IMPROVES: "improves privacy",
    Direction.MIXED: "mixed",
    Direction.NEUTRAL: "neutral",
}
DIRECTION_TEXT = {
    Direction.REDUCES: "⬇ reduces privacy",
    Direction.IMPROVES: "⬆ improves privacy",
    Direction.MIXED: "↕ mixed: some changes reduce privacy, others improve it",
    Direction.NEUTRAL: "neutral",
}
CATEGORY_LABEL = {
    "data_collection": "Data collection",
    "data_use": "Data use",
    "third_party_sharing": "Third-party sharing",
    "data_retention": "Data retention",
    "data_security": "Data security",
    "user_rights": "User rights",
    "user_choice": "User choice",
    "tracking": "Tracking",
    "children": "Children",
    "international_transfer": "International transfers",
    "policy_change": "Policy changes",
    "contact": "Contact",
    "other": "Other",
}


# --------------------------------------------------------------------------------------------- escaping


def escape_entities(text: str) -> str:
    """Slack's own escaping: `&`, `<`, `>` become entities, so `<!channel>` or `<url|x>` show literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_mrkdwn(text: str) -> str:
    """Make untrusted text (policy wording) inert inside a mrkdwn field.

    Besides the entity escaping, whitespace is collapsed (no new line can start a quote or a list), each
    formatting character (`*` `_` `~` and backtick) is fenced with zero-width spaces so that it can neither
    open nor close bold/italic/strike/code, `:name:` cannot become an emoji, and `@channel`-style words are
    broken (mrkdwn fields are also sent with `verbatim: true`, which stops Slack from parsing them).
    """
    text = _SPACES.sub(" ", text).strip()
    text = escape_entities(text)
    text = _FORMATTING.sub(ZWSP + r"\1" + ZWSP, text)
    text = _EMOJI_CODE.sub(":" + ZWSP, text)
    return _BROADCAST.sub("@" + ZWSP, text)


def shorten(text: str, limit: int, ellipsis: str = "…") -> str:
    """Cut plain text to at most `limit` characters, at a word boundary where there is one."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ellipsis))]
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip() + ellipsis


def fit_mrkdwn(text: str, limit: int) -> str:
    """Last-resort cut of already escaped mrkdwn: never inside an entity, at a line or word boundary."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary > len(cut) // 2:
        cut = cut[:boundary]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


# --------------------------------------------------------------------------------------------- views


@dataclass(frozen=True)
class Segment:
    """A piece of a compact before → after: unchanged context, deleted or inserted words, or a gap."""

    op: str  # "ctx" | "del" | "ins" | "gap"
    text: str = ""


@dataclass(frozen=True)
class ChangeView:
    """What one listed change shows: a title, its quoted wording and the classifier's reason."""

    title: str
    kind: ChangeKind
    severity: Severity
    direction: Direction
    segments: tuple[Segment, ...]  # a compact inline diff (MODIFIED, when the edit is small enough)
    before: str | None  # otherwise the (shortened) sentences themselves
    after: str | None
    reason: str


def compact_diff(
    before: str, after: str, *, context: int = CONTEXT_WORDS, budget: int = QUOTE_CHARS
) -> tuple[Segment, ...] | None:
    """The words that changed with a little context, or None when the sentence was largely rewritten.

    Linear in the length of the sentences: the common head and tail are cut off first, and only what lies
    between them (at most MAX_DIFF_WORDS words, else it counts as rewritten) is diffed, by diff-match-patch
    with a deadline. A one-word edit in a megabyte-long run-on sentence costs a scan, not a quadratic diff.
    """
    old, new = before.split(), after.split()
    opcodes = _word_opcodes(old, new)
    if opcodes is None:
        return None
    segments: list[Segment] = []
    used = 0  # characters shown so far: a long rewrite stops at the budget with "…"
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if used > budget:
            segments.append(Segment("gap"))
            break
        if op == "equal":
            first, last = index == 0, index == len(opcodes) - 1
            count = i2 - i1
            if first and count > context:
                segments += [Segment("gap"), Segment("ctx", " ".join(old[i2 - context : i2]))]
            elif last and count > context:
                segments += [Segment("ctx", " ".join(old[i1 : i1 + context])), Segment("gap")]
            elif not first and not last and count > 2 * context:
                segments += [
                    Segment("ctx", " ".join(old[i1 : i1 + context])),
                    Segment("gap"),
                    Segment("ctx", " ".join(old[i2 - context : i2])),
                ]
            else:
                segments.append(Segment("ctx", " ".join(old[i1:i2])))
        else:
            if op in ("delete", "replace"):
                segments.append(Segment("del", _quoted_words(old, i1, i2, budget // 2)))
            if op in ("insert", "replace"):
                segments.append(Segment("ins", _quoted_words(new, j1, j2, budget // 2)))
        used = sum(len(s.text) + 1 for s in segments)
    return tuple(segments)


Opcode = tuple[str, int, int, int, int]


def _word_opcodes(old: list[str], new: list[str]) -> list[Opcode] | None:
    """difflib-style opcodes between two word lists in linear time, or None when under 40 % is shared."""
    total = len(old) + len(new)
    if not total:
        return []
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    mid_old, mid_new = old[head : len(old) - tail], new[head : len(new) - tail]
    middle: list[Opcode] = []
    shared = head + tail
    if mid_old and mid_new and len(mid_old) + len(mid_new) <= MAX_DIFF_WORDS:
        middle, equal = _dmp_opcodes(mid_old, mid_new, head)
        shared += equal
    elif mid_old or mid_new:
        op = "replace" if mid_old and mid_new else ("delete" if mid_old else "insert")
        middle = [(op, head, len(old) - tail, head, len(new) - tail)]
    if 2 * shared / total < 0.4:
        return None
    opcodes: list[Opcode] = []
    if head:
        opcodes.append(("equal", 0, head, 0, head))
    opcodes += middle
    if tail:
        opcodes.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return opcodes


def _dmp_opcodes(old: list[str], new: list[str], offset: int) -> tuple[list[Opcode], int]:
    """Word opcodes of two (bounded) word lists by diff-match-patch with a deadline; and the words shared."""
    table: dict[str, str] = {}  # one character per distinct word (at most MAX_DIFF_WORDS: below the surrogates)
    a = "".join(table.setdefault(w, chr(len(table) + 1)) for w in old)
    b = "".join(table.setdefault(w, chr(len(table) + 1)) for w in new)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_DEADLINE_S
    opcodes: list[Opcode] = []
    i = j = 0
    equal = 0
    pending_del = pending_ins = 0

    def flush() -> None:
        nonlocal i, j, pending_del, pending_ins
        if pending_del or pending_ins:
            op = "replace" if pending_del and pending_ins else ("delete" if pending_del else "insert")
            opcodes.append((op, offset + i, offset + i + pending_del, offset + j, offset + j + pending_ins))
            i, j = i + pending_del, j + pending_ins
            pending_del = pending_ins = 0

    for op, chunk in dmp.diff_main(a, b, False):
        if op == 0:
            flush()
            opcodes.append(("equal", offset + i, offset + i + len(chunk), offset + j, offset + j + len(chunk)))
            i, j = i + len(chunk), j + len(chunk)
            equal += len(chunk)
        elif op == -1:
            pending_del += len(chunk)
        else:
            pending_ins += len(chunk)
    flush()
    return opcodes, equal


def _quoted_words(words: list[str], start: int, end: int, limit: int) -> str:
    """`shorten(" ".join(words[start:end]), limit)` without joining more words than can be shown."""
    shown: list[str] = []
    size = 0
    for word in words[start:end] if end - start <= limit else words[start : start + limit]:
        shown.append(word)
        size += len(word) + 1
        if size > limit:
            break
    return shorten(" ".join(shown), limit)


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """Policy wording for a message: whitespace collapsed, cut to `limit` characters (only the head is read)."""
    head = text[: limit * 4]  # canonical text has single spaces: this head holds more than the quote
    return shorten(_SPACES.sub(" ", head).strip() + ("…" if len(head) < len(text) else ""), limit)


def change_view(number: int, verdict: ChangeVerdict) -> ChangeView:
    labels = [CATEGORY_LABEL.get(c, c.replace("_", " ").capitalize()) for c in verdict.categories]
    title = f"{number}. " + (", ".join(labels) if labels else verdict.kind.value.capitalize())
    segments: tuple[Segment, ...] = ()
    before, after = verdict.before, verdict.after
    if verdict.kind is ChangeKind.MODIFIED and before and after:
        found = compact_diff(before, after)
        if found is not None:
            segments, before, after = found, None, None
    return ChangeView(
        title=title,
        kind=verdict.kind,
        severity=verdict.severity,
        direction=verdict.direction,
        segments=segments,
        before=quote(before) if before else None,
        after=quote(after) if after else None,
        reason=verdict.reason,
    )


def listed_changes(verdicts: Sequence[ChangeVerdict], min_severity: Severity) -> list[ChangeVerdict]:
    """The changes at or above `min_severity`, most severe first (at least the most severe one)."""
    ordered = sorted(verdicts, key=lambda v: -v.severity.rank)  # stable: document order within a severity
    chosen = [v for v in ordered if v.severity >= min_severity]
    return chosen or ordered[:1]


# --------------------------------------------------------------------------------------------- rendering


def _mrkdwn_segments(segments: Iterable[Segment]) -> str:
    parts = []
    for seg in segments:
        if seg.op == "gap":
            parts.append("…")
        elif seg.op == "ctx":
            parts.append(escape_mrkdwn(seg.text))
        elif seg.op == "del":
            parts.append(f"~{escape_mrkdwn(seg.text)}~")
        else:
            parts.append(f"*{escape_mrkdwn(seg.text)}*")
    return " ".join(parts)


def _plain_segments(segments: Iterable[Segment]) -> str:
    marks = {"gap": "…{}", "ctx": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return " ".join(marks[s.op].format(s.text) for s in segments)


def _meta(view: ChangeView) -> str:
    meta = f"{SEVERITY_MARK[view.severity]} {view.severity.value}"
    if view.direction is not Direction.NEUTRAL:
        meta += f" · {DIRECTION_WORDS[view.direction]}"
    return meta


def mrkdwn_change(view: ChangeView) -> str:
    lines = [f"*{escape_mrkdwn(view.title)}*  ·  {_meta(view)}"]
    if view.segments:
        lines.append("> " + _mrkdwn_segments(view.segments))
    else:
        if view.before:
            lines.append("Removed:" if view.kind is ChangeKind.REMOVED else "Before:")
            lines.append("> " + escape_mrkdwn(view.before))
        if view.after:
            lines.append("Added:" if view.kind is ChangeKind.ADDED else "After:")
            lines.append("> " + escape_mrkdwn(view.after))
    if view.reason:
        lines.append(f"_Why:_ {escape_mrkdwn(shorten(view.reason, 500))}")
    # a literal "> " can only be ours (untrusted ">" is escaped): Slack renders it as a quote line
    return fit_mrkdwn("\n".join(lines), MAX_SECTION_TEXT)


def plain_change(view: ChangeView) -> str:
    direction = "" if view.direction is Direction.NEUTRAL else f", {DIRECTION_WORDS[view.direction]}"
    lines = [f"{view.title}  ({view.severity.value}{direction})"]
    if view.segments:
        lines.append("   " + _plain_segments(view.segments))
    else:
        if view.before:
            lines.append(("   Removed: " if view.kind is ChangeKind.REMOVED else "   Before: ") + view.before)
        if view.after:
            lines.append(("   Added: " if view.kind is ChangeKind.ADDED else "   After: ") + view.after)
    if view.reason:
        lines.append("   Why: " + shorten(_SPACES.sub(" ", view.reason).strip(), 500))
    return "\n".join(lines)


def _text(text: str) -> dict[str, Any]:
    """A mrkdwn text object; verbatim stops Slack from auto-linking names, URLs and @mentions."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": shorten(text, MAX_HEADER_TEXT), "emoji": True}}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _text(fit_mrkdwn(text, MAX_SECTION_TEXT))}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_text(fit_mrkdwn(text, MAX_SECTION_TEXT))]}


def _link(url: str, label: str) -> str:
    """A mrkdwn link (a link, not a button: buttons need an interactivity endpoint or Slack shows a warning)."""
    return f"<{escape_entities(url).replace('|', '%7C')}|{label}>"


def _when(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return at.strftime("%Y-%m-%d %H:%M UTC")


def _payload(fallback: str, blocks: list[dict[str, Any]], plain: str) -> dict[str, Any]:
    return {
        "text": fit_mrkdwn(fallback, MAX_FALLBACK_TEXT),
        "blocks": blocks[:MAX_BLOCKS],
        "unfurl_links": False,
        "unfurl_media": False,
        "plain": plain,  # the console's rendering; never sent to Slack
    }


# --------------------------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class PreparedChange:
    """The part of a change alert whose cost grows with the policy (quotes and word diffs), computed once."""

    classification: Classification
    key: tuple[Severity, int]  # (min_severity, max_changes) it was prepared for
    summary: str
    views: tuple[ChangeView, ...]
    hidden: int  # changes not listed


def prepare_change(
    classification: Classification,
    min_severity: Severity = Severity.MAJOR,
    max_changes: int = DEFAULT_MAX_CHANGES,
) -> PreparedChange:
    """The listed changes' views and the summary (empty when the classifier gave none), bounded in length."""
    cls = classification
    summary = quote(cls.summary, 2000)
    listed = listed_changes(cls.changes, min_severity) if cls.changes else []
    shown_max = max(1, min(max_changes, MAX_BLOCKS - 7))
    shown, hidden = listed[:shown_max], len(cls.changes) - min(len(listed), shown_max)
    views = tuple(change_view(i, v) for i, v in enumerate(shown, 1))
    return PreparedChange(cls, (min_severity, max_changes), summary, views, hidden)


def diff_url(web_base_url: str, slug: str, change: ChangeRecord) -> str:
    return f"{web_base_url.rstrip('/')}/companies/{slug}/diff?from={change.from_snapshot}&to={change.to_snapshot}"


def company_url(web_base_url: str, slug: str) -> str:
    return f"{web_base_url.rstrip('/')}/companies/{slug}"


def change_message(
    company_name: str,
    slug: str,
    change: ChangeRecord,
    web_base_url: str,
    checked_at: datetime,
    *,
    min_severity: Severity = Severity.MAJOR,
    max_changes: int = DEFAULT_MAX_CHANGES,
    prepared: PreparedChange | None = None,
    document: str = DEFAULT_NOUN,
) -> dict[str, Any]:
    """A change alert: header, summary and direction, the listed changes, a link to the diff, context.

    `prepared` is `prepare_change(change.classification, min_severity, max_changes)` computed earlier (before
    the write transaction that records the change); without it the same is computed here. `document` names
    the document that changed ("privacy policy", "terms of service", ...).
    """
    cls = change.classification
    if prepared is None or prepared.classification is not cls or prepared.key != (min_severity, max_changes):
        prepared = prepare_change(cls, min_severity, max_changes)
    severity = cls.severity
    mark = SEVERITY_MARK[severity]
    title = f"{company_name}: {severity.value} {document} change"
    url = diff_url(web_base_url, slug, change)
    categories = ", ".join(CATEGORY_LABEL.get(c, c) for c in cls.categories) or "none"
    summary, views, hidden = prepared.summary or f"The {document} changed.", prepared.views, prepared.hidden
    more = f"{hidden} more change{'s' if hidden != 1 else ''} — see the diff" if hidden > 0 else ""
    when = f"Checked {_when(checked_at)} · snapshots {change.from_snapshot} → {change.to_snapshot}"

    blocks: list[dict[str, Any]] = [
        _header(f"{mark} {title}"),
        _section(
            f"{escape_mrkdwn(summary)}\n*Direction:* {DIRECTION_TEXT[cls.direction]}"
            f"\n*Categories:* {escape_mrkdwn(categories)}"
        ),
    ]
    if views:
        blocks.append({"type": "divider"})
        blocks += [_section(mrkdwn_change(v)) for v in views]
    link = _link(url, "*See the full diff →*")
    blocks.append(_section(f"_{more}:_ {link}" if more else link))
    blocks.append(_context(f"{when} · change {change.id} · policy-monitor"))

    fallback = (
        f"{mark} {escape_mrkdwn(title)} ({DIRECTION_WORDS[cls.direction]}). "
        f"{escape_mrkdwn(shorten(summary, 2000))} {_link(url, 'See the diff')}"
    )
    plain_lines = [
        f"{mark} {title}",
        f"   {summary}",
        f"   Direction: {DIRECTION_WORDS[cls.direction]} · Categories: {categories}",
    ]
    plain_lines += ["", *(plain_change(v) for v in views)] if views else []
    if more:
        plain_lines.append(more + ".")
    plain_lines += ["", f"See the diff: {url}", when]
    return _payload(fallback, blocks, "\n".join(plain_lines))


def failing_message(
    company_name: str,
    slug: str,
    *,
    reason: str,
    failure_count: int,
    web_base_url: str,
    checked_at: datetime,
    policy_url: str | None = None,
    document: str = DEFAULT_NOUN,
) -> dict[str, Any]:
    """We cannot read a company's document any more (N failed checks in a row)."""
    reason = shorten(_SPACES.sub(" ", reason or "unknown error").strip(), 500)
    checks = f"{failure_count} failed check{'s' if failure_count != 1 else ''} in a row"
    sentence = f"We cannot read {company_name}'s {document}: {reason} ({checks})"
    url = company_url(web_base_url, slug)
    context = f"Last attempt {_when(checked_at)}" + (f" · {escape_mrkdwn(policy_url)}" if policy_url else "")
    blocks = [
        _header(f"⚠️ {company_name}: cannot read the {document}"),
        _section(
            f"{escape_mrkdwn(sentence)}.\nChanges to it go unnoticed until this is fixed. "
            f"{_link(url, 'Check history →')}"
        ),
        _context(context),
    ]
    plain = "\n".join(
        [
            f"⚠️ {company_name}: cannot read the {document}",
            f"   {sentence}.",
            f"   History: {url}",
            f"   Last attempt {_when(checked_at)}" + (f" · {policy_url}" if policy_url else ""),
        ]
    )
    return _payload(f"⚠️ {escape_mrkdwn(sentence)}.", blocks, plain)


def recovered_message(
    company_name: str,
    slug: str,
    *,
    failure_count: int,
    web_base_url: str,
    checked_at: datetime,
    document: str = DEFAULT_NOUN,
) -> dict[str, Any]:
    """A document that could not be read is readable again."""
    checks = f"{failure_count} failed check{'s' if failure_count != 1 else ''} in a row"
    sentence = f"We can read {company_name}'s {document} again, after {checks}"
    url = company_url(web_base_url, slug)
    blocks = [
        _header(f"✅ {company_name}: {document} readable again"),
        _section(f"{escape_mrkdwn(sentence)}. {_link(url, 'Check history →')}"),
        _context(f"Checked {_when(checked_at)}"),
    ]
    plain = "\n".join(
        [
            f"✅ {company_name}: {document} readable again",
            f"   {sentence}.",
            f"   History: {url}",
            f"   Checked {_when(checked_at)}",
        ]
    )
    return _payload(f"✅ {escape_mrkdwn(sentence)}.", blocks, plain)


def test_message(
    subscriber: str, *, companies: Sequence[str], min_severity: Severity, sent_at: datetime
) -> dict[str, Any]:
    """`policy-monitor notify-test`: proves the destination works and says what will arrive there."""
    followed = "all companies" if "*" in companies else ", ".join(companies)
    sentence = (
        f"Test message for subscriber {subscriber}: policy changes of {followed} at severity "
        f"{min_severity.value} or above will be posted here"
    )
    blocks = [
        _header("👋 policy-monitor test message"),
        _section(f"{escape_mrkdwn(sentence)}."),
        _context(f"Sent {_when(sent_at)}"),
    ]
    plain = "\n".join(["👋 policy-monitor test message", f"   {sentence}.", f"   Sent {_when(sent_at)}"])
    return _payload(f"👋 {escape_mrkdwn(sentence)}.", blocks, plain)


test_message.__test__ = False  # type: ignore[attr-defined]  # a message builder, not a pytest test
