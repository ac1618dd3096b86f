"""What a judge returns and how its reason reads: findings, judgements, quotes of an edit, rank of categories,
direction, and the cosmetic/material verdicts built from them. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from monitor.classify import lexicon as lx
from monitor.classify.evidence import Profile, normal
from monitor.domain.values import Change, ChangeVerdict, Direction, Severity
from monitor.text.diff import word_diff

REDUCES, IMPROVES, NEUTRAL = 1, -1, 0
_CONTACT_TYPES = frozenset({"name", "email address", "phone number", "postal address", "contacts and messages"})
_GENERIC = frozenset({"personal data", "security"})
_LABEL = {
    "data_collection": "data collection",
    "data_use": "data use",
    "third_party_sharing": "third-party sharing",
    "data_retention": "data retention",
    "data_security": "data security",
    "user_rights": "user rights",
    "user_choice": "user choice",
    "tracking": "tracking",
    "children": "children",
    "international_transfer": "international transfer",
    "policy_change": "policy changes",
    "contact": "contact",
    "other": "controller identity",
}


@dataclass(frozen=True)
class Finding:
    """One decisive difference inside a change."""

    category: str
    direction: int  # REDUCES, IMPROVES or NEUTRAL
    critical: bool
    text: str  # what changed, quoting the decisive words
    headline: str  # the same, phrased for a summary
    kind: str = "practice"  # "entity" for a newly named or dropped party, "scope" for a word of breadth


@dataclass(frozen=True)
class _Judgement:
    verdict: ChangeVerdict
    headline: str


_SPACED_PUNCT = re.compile(r"\s+(?=[,.;:!?)\]%])|(?<=[(\[])\s+")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def _q(text: str, limit: int = 90) -> str:
    text = _SPACED_PUNCT.sub("", " ".join(text.split()))
    text = _SPACED_HYPHEN.sub("-", text) if " - " in text else text
    return '"' + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + '"'


def _rank(categories: Counter[str] | Sequence[str], first: Sequence[str] = ()) -> tuple[str, ...]:
    counts = Counter(categories) if not isinstance(categories, Counter) else categories
    ordered = sorted(counts, key=lambda c: (c not in first, -counts[c], lx.PRIORITY.index(c)))
    return tuple(ordered)


def _topics(*profiles: Profile) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for p in profiles:
        for name, n in p.concepts.items():
            if name not in _GENERIC:
                counts[lx.CONCEPTS_BY_NAME[name].category] += n
    counts.pop(lx.CO, None)
    return _rank(counts, (lx.UR,))  # a sentence about a request or a right is about that right first


def _hunks(before: str, after: str) -> list[tuple[str, str, str, str]]:
    """Word-level edits as (left context, deleted, inserted, right context)."""
    return list(_hunks_cached(before, after))


@lru_cache(maxsize=512)
def _hunks_cached(before: str, after: str) -> tuple[tuple[str, str, str, str], ...]:
    ops = word_diff(before, after)
    out = []
    for k, (op, text) in enumerate(ops):
        if op == 0:
            continue
        if k > 0 and ops[k - 1][0] != 0:
            continue  # second half of a replace, handled with the first
        deleted = text if op == -1 else ""
        inserted = text if op == 1 else ""
        nxt = k + 1
        if op == -1 and nxt < len(ops) and ops[nxt][0] == 1:
            inserted = ops[nxt][1]
            nxt += 1
        left = ops[k - 1][1] if k > 0 else ""
        right = ops[nxt][1] if nxt < len(ops) and ops[nxt][0] == 0 else ""
        out.append((" ".join(left.split()[-3:]), deleted.strip(), inserted.strip(), " ".join(right.split()[:3])))
    return tuple(out)


def _edit_quote(before: str, after: str, limit: int) -> str:
    """ "old" → "new", cut around the first edit when a whole sentence would be truncated before it."""
    whole = f"{_q(before, limit)} → {_q(after, limit)}"
    if len(before) <= limit and len(after) <= limit:
        return whole
    return _quote_edit(_hunks(before, after), lambda _t: True) or whole


def _quote_edit(hunks: list[tuple[str, str, str, str]], matcher: Callable[..., object]) -> str | None:
    for left, deleted, inserted, right in hunks:
        if matcher(normal(deleted)) or matcher(normal(inserted)):
            old = " ".join(x for x in (left, deleted, right) if x)
            new = " ".join(x for x in (left, inserted, right) if x)
            return f"{_q(old, 70)} → {_q(new, 70)}"
    return None


def _direction(values: Sequence[int]) -> Direction:
    signs = {v for v in values if v}
    if signs == {REDUCES}:
        return Direction.REDUCES
    if signs == {IMPROVES}:
        return Direction.IMPROVES
    if len(signs) == 2:
        return Direction.MIXED
    return Direction.NEUTRAL


def _cosmetic(
    rule: str, change: Change, reason: str, severity: Severity = Severity.COSMETIC, categories: tuple[str, ...] = ()
) -> _Judgement:
    """A not-material verdict given by the rule `rule` (an id of monitor.classify.rules.RULES)."""
    verdict = ChangeVerdict(change.kind, change.before, change.after, False, severity, categories, reason, rule=rule)
    return _Judgement(verdict, reason)


def _material(
    rule: str, change: Change, findings: list[Finding], topic: str | None, also: Sequence[str] = ()
) -> _Judgement:
    direction = _direction([f.direction for f in findings])
    critical = any(f.critical and f.direction != IMPROVES for f in findings) and direction != Direction.IMPROVES
    severity = Severity.CRITICAL if critical else Severity.MAJOR
    cats: list[str] = []
    for f in findings:
        if f.category not in cats:
            cats.append(f.category)
    for extra in (topic, *also):
        if extra and extra not in cats and extra not in (lx.OT, lx.CO) and len(cats) < 3:
            cats.append(extra)
    categories = _rank(Counter({c: len(cats) - i for i, c in enumerate(cats)}), cats[:1])
    where = f" in a sentence about {_LABEL[topic]}" if topic else ""
    reason = _join_reasons([f.text for f in findings]) + where
    verdict = ChangeVerdict(
        change.kind, change.before, change.after, True, severity, categories, reason, direction, rule=rule
    )
    return _Judgement(verdict, findings[0].headline)


_QUOTED_PAIR = re.compile(r'^(?P<head>[^"]+?) (?P<quote>".*" → ".*")$')
_QUOTED_TAIL = re.compile(r"^(?P<head>.*?) \((?P<quote>\".*\")\)$")


def _join_reasons(texts: Sequence[str]) -> str:
    """The findings' texts, each decisive quote once: "added advertising, partners ("...")", not one copy each."""
    texts = list(dict.fromkeys(texts))
    heads: dict[str, list[str]] = {}
    order: list[str] = []
    for text in texts:
        m = _QUOTED_TAIL.match(text)
        key = m.group("quote") if m else text
        if key not in heads:
            heads[key] = []
            order.append(key)
        if m:
            heads[key].append(m.group("head"))
    quotes_shown = {q for q in order if heads[q]}
    out: list[str] = []
    for key in order:
        if key not in quotes_shown:
            pair = _QUOTED_PAIR.match(key)
            if pair and any(pair.group("quote") in t for t in out):
                # the passage is quoted already ("removed the negation "x" → "y"; narrowed the scope")
                out.append(pair.group("head"))
            else:
                out.append(key)
            continue
        shown = next((t for t in out if key in t), None)
        joined = ", ".join(_merge_verbs(heads[key]))
        if shown is not None:
            out.append(joined)
        else:
            out.append(f"{joined} ({key})")
    return "; ".join(out)


def _merge_verbs(heads: list[str]) -> list[str]:
    """["added advertising", "added partners"] -> ["added advertising, partners"]."""
    merged: list[str] = []
    for head in heads:
        verb, _, rest = head.partition(" ")
        if (
            merged
            and rest
            and merged[-1].split(" ", 1)[0] == verb
            and verb in ("added", "removed")
            and '"' not in merged[-1] + head
        ):
            merged[-1] += f", {rest}"
        else:
            merged.append(head)
    return merged
