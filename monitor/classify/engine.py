"""Judge changes: material or not, practice categories, severity, direction and a reason. Pure, offline."""

from __future__ import annotations

import dataclasses
import difflib
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from monitor.classify import lexicon as lx
from monitor.classify.elsewhere import Document, covered
from monitor.classify.evidence import (
    ENTITY_PHRASE,
    ENTITY_STOP,
    Profile,
    Quantity,
    concepts_in,
    local_categories,
    multiset_delta,
    normal,
    profile,
    scope_polarity,
    words_of,
)
from monitor.domain.values import Change, ChangeKind, ChangeVerdict, Classification, Direction, Severity
from monitor.text.diff import diff_regions, word_diff
from monitor.text.sentences import clean_block, loose_key, split_sentences

log = logging.getLogger(__name__)

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
_DIRECTION_LABEL = {
    Direction.REDUCES: "reduces privacy",
    Direction.IMPROVES: "improves privacy",
    Direction.NEUTRAL: "neutral",
    Direction.MIXED: "mixed",
}


@dataclass(frozen=True)
class Finding:
    """One decisive difference inside a change."""

    category: str
    direction: int  # REDUCES, IMPROVES or NEUTRAL
    critical: bool
    text: str  # what changed, quoting the decisive words
    headline: str  # the same, phrased for a summary
    kind: str = "practice"  # "entity" for a newly named or dropped party


@dataclass(frozen=True)
class _Judgement:
    verdict: ChangeVerdict
    headline: str


# ------------------------------------------------------------------------------------------ helpers


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


# ------------------------------------------------------------------------------------------ boilerplate


_CONDITIONAL = re.compile(r"\W*(?:if|when|whenever|where|before|should|in the event)\b")


#: "For more information, see our Cookie Settings page." points elsewhere; the page it names states the practice.
_XREF = re.compile(
    r"\W*(?:for (?:more|further|additional) (?:information|details|info)|to (?:learn|read|find out) more|learn more"
    r"|more information)\b[^.;]{0,60}?,? (?:please )?(?:see|visit|read|refer to|review|consult|check|go to)"
    r" (?:our|the|this|that)\b"
)
#: a table row: "Identifiers | Yes | No"
_YES_NO = frozenset({"yes", "no", "y", "n", "✓", "✗", "x", "-", "—", "none", "not applicable", "n/a"})


_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright)\W*(?:©\W*)?(?:\d{4}|[a-z])")


_CODE_TOKEN = re.compile(r'":|\{"|":\{|\[\{|\}\]|\b(?:function|var|const|undefined|null|true|false)\b')


def _code(low: str) -> bool:
    """Script or JSON captured with the page ('{"topnav":{"cacheKey":...}}'): markup, not prose."""
    if low.count('":') + low.count('{"') >= 3:
        return True
    return ("{" in low or "=" in low) and len(_CODE_TOKEN.findall(low)) >= max(6, len(low.split()) // 4)


def _announcement(p: Profile) -> bool:
    """A banner that the policy is being or will be revised, saying neither what changes nor how users are told."""
    return (
        len(p.low.split()) <= 30
        and bool(lx.ANNOUNCEMENT.search(p.low))
        and not lx.ANNOUNCES_HOW.search(p.low)
        and not (set(p.specific) - {"change notice"})
    )


def _boilerplate(low: str, raw: str = "") -> str | None:
    """Why a whole added/removed sentence (normalised) is page furniture rather than policy, or None."""
    n_words = len(low.split())
    if _code(low):
        return "script or data code captured with the page"
    bare_dates = lx.DATE.sub(" ", low)
    if not loose_key(bare_dates) or not any(c.isalpha() for c in bare_dates):
        return "a date or number only"
    if lx.DATE_LINE.search(low) and (lx.DATE.search(low) or n_words <= 6):
        return "a 'last updated' / effective-date line"
    if n_words <= 40 and lx.BANNER.search(low) and not _CONDITIONAL.match(low):  # "if we change ..., we will"
        return "an announcement banner about the policy update"
    # a navigation bar has short labels ("Home | About | Privacy"); a table row of long cells states something
    piped = low.count(" | ") >= 2 or raw.count(" | ") >= 2
    cells = re.split(r"[|©\n]", raw if raw.count(" | ") >= 2 else low)
    if piped and not _table_facts(low) and all(len(cell.split()) <= 6 for cell in cells):
        return "navigation or page furniture"
    if n_words <= 8 and lx.CHROME.search(low) and " | " not in low:
        return "navigation or page furniture"
    xref = _XREF.match(low)
    if xref and n_words <= 25 and not lx.NEGATION.search(low) and not lx.PRACTICE_VERB.search(low[xref.end() :]):
        return "a pointer to more information elsewhere"
    if n_words <= 25 and lx.PROMO.search(low) and not lx.DATA_WORDS.search(low):
        return "a promotional call to action"
    if _COPYRIGHT.match(low) and n_words <= 20:
        return "a copyright line"
    if n_words <= 40 and lx.META.search(low):
        return "a sentence describing the policy document itself"
    if n_words <= 40 and lx.DEFINITION.search(low):
        return "a definition"
    return None


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _table_facts(low: str) -> bool:
    """A table row that states something: a yes/no answer for a data category ("identifiers | yes | no")."""
    cells = _cells(low)
    return len(cells) >= 2 and any(c in _YES_NO for c in cells[1:]) and any(ch.isalpha() for ch in cells[0])


_YES = frozenset({"yes", "y", "✓", "✔", "x"})


def _judge_row(change: Change, header: tuple[str, ...]) -> _Judgement | None:
    """A table row of yes/no answers per data category: a flipped answer is a changed practice."""
    before, after = change.before or "", change.after or ""
    if change.kind is ChangeKind.MODIFIED:
        cb, ca = _cells(before), _cells(after)
        if len(cb) != len(ca) or cb[0].casefold() != ca[0].casefold():
            return None
        findings = []
        for i in range(1, len(cb)):
            old, new = cb[i].casefold(), ca[i].casefold()
            if old not in _YES_NO or new not in _YES_NO or (old in _YES) == (new in _YES):
                continue
            column = header[i] if i < len(header) else f"column {i + 1}"
            pc = profile(column)
            cats = pc.categories or profile(cb[0]).categories
            category = cats.most_common(1)[0][0] if cats else lx.DC
            protective = _base_protective(pc) if pc.concepts else False
            sign = REDUCES if (new in _YES) != protective else IMPROVES
            critical = sign == REDUCES and any(lx.CONCEPTS_BY_NAME[n].critical for n in pc.concepts)
            text = f"{_q(cb[0])}: {_q(column)} changed {_q(cb[i])} → {_q(ca[i])}"
            findings.append(Finding(category, sign, critical, text, f"The policy's table now says {text}"))
        return _material("table-row", change, findings, None) if findings else None
    text = after or before
    cells = _cells(text)
    if not header or len(cells) != len(header) or not _table_facts(text.casefold()):
        return None
    said = [h for h, c in zip(header[1:], cells[1:], strict=True) if c.casefold() in _YES]
    sentence = f"{cells[0]}: {'; '.join(said)}." if said else ""
    if not sentence:
        return None
    j = _judge_statement(
        dataclasses.replace(change, after=sentence) if after else dataclasses.replace(change, before=sentence)
    )
    if not j.verdict.material:
        return None
    # quote the row as the policy shows it, not the sentence it was read as
    reason = j.verdict.reason.replace(_q(sentence), f"{_q(text)} ({_q(header[0])} table)")
    verdict = dataclasses.replace(j.verdict, before=change.before, after=change.after, reason=reason)
    return _Judgement(verdict, j.headline.replace(_q(sentence, 140), _q(text, 140)))


def _question(text: str) -> bool:
    """A sentence that asks rather than states (an FAQ heading, a "People also ask" entry)."""
    return text.rstrip(" *_\"')").endswith("?") and len(text.split()) <= 25


def _contact_context(p: Profile) -> bool:
    return bool(p.contacts) or lx.contact_in(p.low)


_EXAMPLE = ("for example", "for instance", "e.g.", "eg", "such as", "like")
#: Categories an illustration may touch without stating a new practice (what a cookie or a setting is for).
_ILLUSTRATIVE = frozenset({lx.TR, lx.UC, lx.DS})


def _illustration_only(hunks: list[tuple[str, str, str, str]]) -> bool:
    """The edit only inserts examples ("..., for example to keep you signed in") that name no data type,
    purpose, recipient, negation, modality or number: an illustration, not a new practice."""
    if not hunks:
        return False
    for _, deleted, inserted, _ in hunks:
        low = normal(inserted).lstrip(" ,;:(-")
        if deleted or not low.startswith(_EXAMPLE):
            return False
        p = profile(inserted)
        if p.negations or p.permissive or p.quantities or p.entities or p.limiters or p.broadeners:
            return False
        if any(c not in _ILLUSTRATIVE for c, n in p.categories.items() if n):
            return False
    return True


_LEGAL_FORMS = frozenset(
    re.findall(
        r"\S+",
        "inc inc. ltd ltd. llc plc gmbh ag sa s.a. sas sarl bv b.v. nv n.v. corp corp. corporation limited company"
        " co co. lp llp pty kg ab oy as srl s.r.l. spa s.p.a. sro s.r.o. kft sl s.l. bvba sprl",
    )
)
_ADDRESS_TOKEN = re.compile(r"^(?:[A-Z][\w.'-]*|[\w-]*\d[\w-]*)$")


def _address_only(hunks: list[tuple[str, str, str, str]]) -> bool:
    """The edit only swaps parts of a postal address (street names, house numbers, postcodes), not who the
    company is (legal form) or where data goes (countries)."""
    if not hunks:
        return False
    digits = names = False
    for _, deleted, inserted, _ in hunks:
        for text in (deleted, inserted):
            for token in text.split():
                token = token.strip(",;:()")
                if not token:
                    continue
                if token.lower() in _LEGAL_FORMS or not _ADDRESS_TOKEN.match(token):
                    return False
                digits = digits or any(c.isdigit() for c in token)
                names = names or token[0].isupper()
            low = normal(text)
            if lx.CONCEPTS_BY_NAME["named countries"].pattern.search(low):
                return False
    return digits and names


def _addressee_only(hunks: list[tuple[str, str, str, str]], findings: list[Finding]) -> bool:
    """In a sentence about how to reach the company, the edit adds or drops a postal address (a house number or
    postcode, names, a country): the changed words name a company or a country and no practice."""
    changed = " ".join(f"{deleted} {inserted}" for _, deleted, inserted, _ in hunks)
    low = normal(changed)
    if not any(c.isdigit() for c in changed) or lx.PRACTICE_VERB.search(low) or lx.NEGATION.search(low):
        return False
    named = {concept.name for _, concept in concepts_in(low)}
    return named <= _ADDRESS_CONCEPTS and all(f.kind == "entity" or f.category in _ADDRESS_CATEGORIES for f in findings)


#: what the words of a postal address can mention: a company's name and legal form, a country
_ADDRESS_CONCEPTS = frozenset({"named recipients", "named countries"})
_ADDRESS_CATEGORIES = frozenset({lx.TP, lx.IT, lx.CO})


def _quantity_changed(pb: Profile, pa: Profile) -> bool:
    """A number with a unit (a deadline, a period, an age, a fee) changed: in a privacy policy such numbers are
    promises (dates, which are not quantities, are masked before)."""
    return pb.quantities != pa.quantities


_MODALS = frozenset({"may", "will", "must", "can"})


def _acts(p: Profile) -> bool:
    """The sentence has a verb of data handling (collect, use, share, keep, delete...), not just a modal."""
    return any(v.lower() not in _MODALS for v in lx.PRACTICE_VERB.findall(p.low))


def _stance_changed(pb: Profile, pa: Profile) -> bool:
    """Negation, modality or a limit changed in a sentence about handling data, even one that names no data
    type ("Collected only for valid purposes" -> "Collected for valid purposes")."""
    if not (_acts(pb) and _acts(pa)):
        return False
    return (
        len(pb.negations) != len(pa.negations)
        or _firm(pb.commitments) != _firm(pa.commitments)
        or len(pb.permissive) != len(pa.permissive)
        or sorted(pb.limiters) != sorted(pa.limiters)
    )


def _channel_only(hunks: list[tuple[str, str, str, str]], via: bool = False) -> bool:
    """The edit only adds, drops or swaps ways to reach the company (addresses, e-mail, phone, forms); with
    `via`, only a channel phrase ("by email or text message") that a message travels by."""
    for _, deleted, inserted, _ in hunks:
        for text in (deleted, inserted):
            bare = lx.PHONE.sub(" ", lx.EMAIL.sub(" ", lx.URL.sub(" ", normal(text))))
            words = words_of(bare)
            if any(w not in lx.CONTACT_CHANNEL for w in words):
                return False
            if via and words and not (lx.CHANNEL_PHRASE.search(normal(text)) and words[0] in _VIA):
                return False
    return bool(hunks)


_VIA = frozenset({"by", "via", "through", "using", "or", "and"})


def _announces_changes(p: Profile) -> bool:
    """The sentence is about how policy changes are announced (there the channel is the promise)."""
    notice = _forms(lx.CONCEPTS_BY_NAME["change notice"], p.low) - {"by email", "by e-mail"}
    return bool(notice) or bool(lx.CHANGE_WORDS.search(p.low))


def _practice_concepts(p: Profile) -> list[str]:
    names = [n for n in p.specific]
    if _contact_context(p):
        names = [n for n in names if n not in _CONTACT_TYPES]
        if "change notice" in names and not _announces_changes(p):
            names.remove("change notice")  # "reach our DPO by email": how to write to us, not how changes are told
    return names


# ------------------------------------------------------------------------------------------ added / removed


#: verbs of what is done with data or for the user besides handling it (rights, choices, safeguards, charges)
_DOING = re.compile(
    r"(?<![\w-])(?:access|delet|eras|correct|rectif|object|opt|withdraw|consent|request|port|restrict|notif|inform"
    r"|encrypt|protect|secur|train|profil|infer|target|monitor|sell|sold|rent|buy|purchas|disclos|advertis"
    r"|personali|verif|process|receiv|obtain|charg|includ|log|ask|exercis)\w*"
)
#: what the user may do ("you can ask us for a copy"): a right or a choice
_USER_MAY = re.compile(r"\byou (?:can|may|could|are able to|have the right|are entitled|will be able to)\b")
#: a labelled entry ("Voiceprints: voice samples you provide"): the label names what the entry is about
_LABELLED = re.compile(r"^\W*[\w' -]{1,40}:\s")


def _states_practice(p: Profile) -> bool:
    """A sentence states a practice when something is done: a verb of handling data, of a right, choice or safeguard,
    a commitment or permission, a negation, number or limit - or it is a labelled entry. A sentence that only
    describes ("a learning website with activities for children of all ages") names a topic, not a practice."""
    if _HANDLING_VERB.search(p.low) or _DOING.search(p.low) or _LABELLED.match(p.low) or _USER_MAY.search(p.low):
        return True
    return bool(p.quantities or p.negations or p.limiters or p.permissive or p.commitments)


def _judge_statement(change: Change) -> _Judgement:
    added = change.kind is ChangeKind.ADDED
    text = (change.after if added else change.before) or ""
    verb = "added" if added else "removed"
    p = profile(text)
    why = _boilerplate(p.low, text)
    if why:
        return _cosmetic("furniture", change, f"{verb} {why}")
    if _question(text):
        return _cosmetic(
            "question", change, f"{verb} a question (the answer, not the question, states the practice): {_q(text)}"
        )
    if _announcement(p):
        return _cosmetic(
            "announcement",
            change,
            f"{verb} a banner announcing a change that states no practice: {_q(text)}",
            Severity.MINOR,
            (lx.PC,),
        )
    concepts = _practice_concepts(p)
    n_words = len(text.split())
    if concepts and ((p.verbs and _states_practice(p)) or (not p.verbs and n_words <= 30)):
        protective = p.protective
        sign = (IMPROVES if protective else REDUCES) * (1 if added else -1)
        cats = Counter(lx.CONCEPTS_BY_NAME[n].category for n in concepts)
        if "rights" in p.concepts:
            cats[lx.UR] += 1
        first = (lx.UR, lx.UC) if protective and (cats[lx.UR] or cats[lx.UC]) else ()
        categories = _rank(cats, first)
        critical = any(lx.CONCEPTS_BY_NAME[n].critical for n in concepts) and sign == REDUCES
        names = ", ".join(dict.fromkeys(concepts))
        what = "a statement" if p.verbs else "a list item"
        text_finding = f"{verb} {what} naming {names}: {_q(text)}"
        headline = f"The policy {'now says' if added else 'no longer says'} {_q(text, 140)}"
        finding = Finding(categories[0], sign, critical, text_finding, headline)
        findings = [finding] + [Finding(c, sign, critical, text_finding, headline) for c in categories[1:3]]
        return _material("new-or-dropped-practice", change, findings, None)
    if "right" in p.low and _EVERYONE.search(p.low):  # "we extend these rights to all of our users"
        sign = IMPROVES if added else REDUCES
        what = f"{verb} a statement extending rights to every user: {_q(text)}"
        return _material(
            "rights-for-everyone",
            change,
            [
                Finding(
                    lx.UR,
                    sign,
                    False,
                    what,
                    f"The policy {'now' if added else 'no longer'} extends rights to every user: {_q(text, 140)}",
                )
            ],
            None,
        )
    if _contact_context(p):
        return _cosmetic("contact", change, f"{verb} contact details: {_q(text)}", Severity.MINOR, (lx.CO,))
    if p.verbs and p.concepts:
        return _cosmetic(
            "general-statement",
            change,
            f"{verb} a general sentence that states no specific practice: {_q(text)}",
            Severity.MINOR,
        )
    return _cosmetic("no-practice", change, f"{verb} text that states no data practice: {_q(text)}")


# ------------------------------------------------------------------------------------------ modified


def _typo_pair(a: str, b: str) -> bool:
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 4:
        return False
    for prefix in ("un", "non", "in", "dis", "ir", "il", "im"):
        if a == prefix + b or b == prefix + a:  # "lawful" -> "unlawful" is a negation, not a typo
            return False
    limit = 1 if max(len(a), len(b)) <= 6 else 2
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= limit


def _reworded(before: str, after: str) -> str | None:
    """Why two wordings say the same thing (typo, grammar, synonym), or None."""
    wb, wa = words_of(before), words_of(after)
    cb = [lx.SYNONYMS.get(w, w) for w in wb]
    ca = [lx.SYNONYMS.get(w, w) for w in wa]
    cb, ca = [w for w in cb if w], [w for w in ca if w]
    if cb == ca:
        return "same-meaning rewording"
    removed, added = multiset_delta(tuple(cb), tuple(ca))
    if len(removed) == len(added) and removed and all(_typo_pair(r, a) for r, a in zip(removed, added, strict=True)):
        return "spelling or grammar fix"
    return None


def _findings(change: Change, pb: Profile, pa: Profile, known: tuple[str, str] = ("", "")) -> list[Finding]:
    before, after = change.before or "", change.after or ""
    hunks = _hunks(before, after)
    topics = _topics(pb, pa)
    nb, na = pb.low, pa.low
    local = local_categories(nb, na)
    if topics and topics[0] == lx.UR and lx.UR not in local[:1]:
        local = [lx.UR, *local]
    topic = local[0] if local else topics[0] if topics else lx.OT
    protective = pb.protective if pb.negations else pa.protective
    frame_neg = not (pb.negations or pa.negations)
    processing = not protective if frame_neg else not (pb.protective and pa.protective) or not protective
    findings: list[Finding] = []
    critical_topic = any(lx.CONCEPTS_BY_NAME[n].critical for n in (pb.concepts | pa.concepts))

    # negation and modality
    if len(pb.negations) != len(pa.negations):
        removed = len(pa.negations) < len(pb.negations)
        governed = scope_polarity(nb if removed else na, lx.NEGATION)
        base_protective = _base_protective(pb if removed else pa) if governed is None else governed == lx.PROTECTS
        sign = (IMPROVES if base_protective else REDUCES) * (1 if removed else -1)
        quote = _quote_edit(hunks, lx.NEGATION.search) or f"{_edit_quote(before, after, 60)}"
        what = "removed the negation" if removed else "added a negation"
        findings.append(
            Finding(
                topic,
                sign,
                critical_topic and sign == REDUCES,
                f"{what} {quote}",
                f"The policy now says {_q(after, 140)} (was {_q(before, 100)})",
            )
        )
    else:
        cb, ca = _firm(pb.commitments), _firm(pa.commitments)
        weaker = ca < cb or len(pa.permissive) > len(pb.permissive)
        stronger = ca > cb or len(pa.permissive) < len(pb.permissive)
        if weaker != stronger:
            # a safeguard made optional reduces privacy; a practice made certain ("may" -> "will") too
            safeguard = _base_protective(pa) or _base_protective(pb)
            sign = (REDUCES if weaker else IMPROVES) if safeguard else (NEUTRAL if weaker else REDUCES)
            matched = _quote_edit(hunks, lambda t: lx.COMMITMENT.search(t) or lx.PERMISSIVE.search(t))
            quote = matched or _edit_quote(before, after, 60)
            word = "weakened" if weaker else "strengthened"
            if not safeguard and weaker and not pb.commitments:
                # hedging a plain statement ("we use" -> "we may use") does not widen what the company does;
                # a promise ("we will notify you") turned into a permission ("we may") is weaker
                word = ""
        if weaker != stronger and word:
            findings.append(
                Finding(
                    topic,
                    sign,
                    False,
                    f"{word} the commitment {quote}",
                    f"The policy's commitment was {word}: now {_q(after, 140)}",
                )
            )

    # hedges that turn a promise into a tendency
    hedge_new, hedge_gone = multiset_delta(pa.hedges, pb.hedges)
    if (hedge_new or hedge_gone) and (_base_protective(pa) or _base_protective(pb) or pb.negations or pa.negations):
        words = hedge_new or hedge_gone
        quote = _quote_edit(hunks, lambda t, ws=words: any(w in t for w in ws)) or _q(", ".join(words))
        findings.append(
            Finding(
                topic,
                REDUCES if hedge_new else IMPROVES,
                False,
                f"{'qualified' if hedge_new else 'unqualified'} the promise with {', '.join(_q(w) for w in words)}"
                f" ({quote})",
                f"The policy {'now qualifies' if hedge_new else 'no longer qualifies'} this: {_q(after, 140)}",
            )
        )

    # limiting and broadening words
    lim_removed, lim_added = multiset_delta(pb.limiters, pa.limiters)
    for words, gone in ((lim_removed, True), (lim_added, False)):
        if not words:
            continue
        sign = (REDUCES if gone else IMPROVES) * (-1 if _base_protective(pa) and topic in (lx.UR, lx.UC) else 1)
        limit_quote = _quote_edit(hunks, lambda t, ws=words: any(w in t for w in ws))
        what = "removed the limit" if gone else "added the limit"
        findings.append(
            Finding(
                topic,
                sign,
                False,
                f"{what} {', '.join(_q(w) for w in words)}" + (f" ({limit_quote})" if limit_quote else ""),
                f"The policy {'no longer limits' if gone else 'now limits'} this: {_q(after, 140)}",
            )
        )
    br_removed, br_added = multiset_delta(_scope(pb.broadeners), _scope(pa.broadeners))
    if (br_added or br_removed) and processing and not lim_removed and not lim_added:
        gone = bool(br_removed) and not br_added
        words = br_removed if gone else br_added
        sharing = topic in (lx.TP, lx.DU)
        quote = _quote_edit(hunks, lambda t, ws=words: any(w in t.split() for w in ws)) or _q(", ".join(words))
        findings.append(
            Finding(
                topic,
                IMPROVES if gone else REDUCES,
                sharing and not gone,
                f"{'narrowed' if gone else 'broadened'} the scope {quote}",
                f"The policy {'narrowed' if gone else 'broadened'} this: {_q(after, 140)}",
            )
        )

    findings.extend(_timing_and_reach(pb, pa, topic, after))
    findings.extend(_quantity_findings(pb, pa, topic))
    findings.extend(_concept_findings(pb, pa, hunks))
    findings.extend(_entity_findings(pb, pa, topic, known))
    return findings


#: when a notice or a request for consent comes: before the practice, or once it has happened
_BEFOREHAND = re.compile(r"\b(?:before|prior to|in advance|ahead of|beforehand)\b")
_AFTERWARDS = re.compile(r"\b(?:after|afterwards|once|following|subsequently)\b")
_ASKS = re.compile(r"\b(?:notice|notify|notified|notification|inform|tell|consent|permission|ask you)\b")
#: who a right or promise covers: everyone, rather than the residents of one place
_EVERYONE = re.compile(
    r"\b(?:all (?:of )?(?:our )?(?:users|customers|members|visitors)|every (?:user|customer|member)|everyone"
    r"|wherever (?:you|they) (?:live|are located|reside)|regardless of (?:where (?:you|they) live|(?:your|their)"
    r" (?:location|residence|residency|place of residence|country)))\b"
)


def _timing(p: Profile) -> str | None:
    if not _ASKS.search(p.low):
        return None
    if _BEFOREHAND.search(p.low):
        return "before"
    return "after" if _AFTERWARDS.search(p.low) else None


def _timing_and_reach(pb: Profile, pa: Profile, topic: str, after: str) -> list[Finding]:
    """A notice or consent moved from before the practice to after it (or back); a right or promise extended to
    every user, or taken back from them."""
    out = []
    tb, ta = _timing(pb), _timing(pa)
    if tb and ta and tb != ta:
        sign = REDUCES if ta == "after" else IMPROVES
        text = f"the notice or consent now comes {ta} the practice, not {tb} it"
        out.append(Finding(topic, sign, False, text, f"The policy now says {_q(after, 140)}"))
    eb, ea = bool(_EVERYONE.search(pb.low)), bool(_EVERYONE.search(pa.low))
    if eb != ea and (pb.protective or pa.protective):
        text = f"{'extended to every user' if ea else 'no longer extended to every user'}: {_q(after, 100)}"
        category = lx.UR if (pb.categories[lx.UR] or pa.categories[lx.UR] or "rights" in pa.low) else topic
        out.append(Finding(category, IMPROVES if ea else REDUCES, False, text, f"The policy now says {_q(after, 140)}"))
    return out


def _scope(broadeners: tuple[str, ...]) -> tuple[str, ...]:
    """ "all", "any" and "every" third party are one scope."""
    return tuple("all" if x in ("any", "every") else x for x in broadeners)


def _firm(commitments: tuple[str, ...]) -> int:
    """Commitment words beyond the plain future: "we will keep" and "we keep" state the same practice."""
    return sum(1 for w in commitments if w not in ("will", "shall"))


def _base_protective(p: Profile) -> bool:
    """Whether the sentence, read without its negations, is about a safeguard (right, choice, security)."""
    protects = sum(n for name, n in p.concepts.items() if lx.CONCEPTS_BY_NAME[name].polarity == lx.PROTECTS)
    more = sum(
        n
        for name, n in p.concepts.items()
        if lx.CONCEPTS_BY_NAME[name].polarity != lx.PROTECTS and name not in _GENERIC
    )
    cats = p.categories
    return bool(cats[lx.UR] or cats[lx.UC]) or protects > more


def _quantity_findings(pb: Profile, pa: Profile, topic: str) -> list[Finding]:
    gone, new = multiset_delta(tuple(pb.quantities), tuple(pa.quantities))
    if not gone and not new:
        return []
    cats = pb.categories + pa.categories
    out = []
    pairs: list[tuple[Quantity | None, Quantity | None]] = []
    for q in gone:
        match = next((n for n in new if n.kind == q.kind), None)
        if match is not None:
            new.remove(match)
        pairs.append((q, match))
    pairs.extend((None, n) for n in new)
    for old, cur in pairs:
        kind = (old or cur).kind  # type: ignore[union-attr]
        if kind == "age" or (cats[lx.CH] and not (cats[lx.DR] or cats[lx.UR] or cats[lx.UC] or cats[lx.PC])):
            category, longer_is_worse = lx.CH, False
        elif kind == "money":
            category, longer_is_worse = lx.UR, True
        elif topic in (lx.UR, lx.UC):  # a deadline to answer a request or honour a choice
            category, longer_is_worse = (lx.UC if cats[lx.UC] > cats[lx.UR] else lx.UR), True
        elif cats[lx.DR]:
            category, longer_is_worse = lx.DR, True
        elif cats[lx.PC]:
            category, longer_is_worse = lx.PC, False
        elif cats[lx.UR] or cats[lx.UC]:
            category, longer_is_worse = (lx.UC if cats[lx.UC] > cats[lx.UR] else lx.UR), True
        elif kind == "time" and cats[lx.DS]:  # a breach-notice deadline, a support period for security updates
            category, longer_is_worse = lx.DS, topic != lx.DS or "at least" not in pa.low
        elif kind == "time" and (cats[lx.DC] or topic == lx.DC):  # "Chat messages: 30 days" is a retention period
            category, longer_is_worse = lx.DR, True
        else:
            category, longer_is_worse = topic, True
        if old is not None and cur is not None:
            if old.value == cur.value:
                continue
            worse = (cur.value > old.value) == longer_is_worse
            sign = REDUCES if worse else IMPROVES
            text = f"changed {_q(old.text)} → {_q(cur.text)}"
        elif cur is not None:
            sign = REDUCES if kind == "money" else NEUTRAL
            text = f"added {_q(cur.text)}"
        else:
            sign = IMPROVES if kind == "money" else NEUTRAL
            text = f"removed {_q(old.text)}"  # type: ignore[union-attr]
        crit = category == lx.CH and sign == REDUCES
        out.append(Finding(category, sign, crit, text, f"{_LABEL[category].capitalize()}: {text}"))
    return out


def _concept_findings(pb: Profile, pa: Profile, hunks: list[tuple[str, str, str, str]]) -> list[Finding]:
    out = []
    contact = _contact_context(pb) or _contact_context(pa)
    for name in list(dict.fromkeys(list(pb.concepts) + list(pa.concepts))):
        concept = lx.CONCEPTS_BY_NAME[name]
        if not concept.specific or (contact and name in _CONTACT_TYPES) or concept.category == lx.CO:
            continue
        nb, na = pb.concepts[name], pa.concepts[name]
        if nb == na == 0:
            continue
        if bool(nb) == bool(na):
            # mentioned in both: a change only when a different term of the concept comes or goes ("rent or
            # sell" -> "rent"), not when the same term is repeated ("cookies ... your cookie choices")
            raw_b, raw_a = _forms(concept, pb.low), _forms(concept, pa.low)
            fb, fa = _stems(raw_b), _stems(raw_a)
            if fb == fa or (fa - fb and fb - fa):
                continue
            added = bool(fa - fb)
            differing = frozenset(f for f in (raw_a if added else raw_b) if _stems(frozenset([f])) <= (fa ^ fb))
            if _named_alike(differing, (pb if added else pa).low):
                continue  # "operating system and browser type" -> "OS and type of browser": the same terms
        else:
            added = na > 0
            if _named_alike(_forms(concept, (pa if added else pb).low), (pb if added else pa).low):
                continue  # "browser type" -> "type of browser", "operating system" -> "OS": the same term
        where = pa if added else pb
        negated = bool(where.negations)
        # a recipient or data type added to a right ("ask us to delete your X") widens the safeguard
        safeguard = concept.polarity == lx.MORE_DATA and concept.category != lx.UR and _base_protective(where)
        sign = concept.polarity * (1 if added else -1) * (-1 if negated else 1) * (-1 if safeguard else 1)
        quote = _quote_edit(hunks, concept.pattern.search)
        verb = "added" if added else "removed"
        text = f"{verb} {name}" + (f" ({quote})" if quote else "")
        headline = f"The policy {'now mentions' if added else 'no longer mentions'} {name}: {_q(pa.text, 140)}"
        category = concept.category
        if category == lx.DR and _USER_REQUEST.search(where.low):  # "you may access, correct or delete": a right
            category = lx.UR
        out.append(Finding(category, sign, concept.critical and sign == REDUCES, text, headline))
    return out


_TERM_WORD = re.compile(r"[a-z0-9]+")


def _named_alike(forms: frozenset[str], other: str) -> bool:
    """Every term of a concept one side names is on the other side in other form: its words in another order or
    around an inserted word ("type of browser", "Internet Protocol (IP) address"), or as an acronym ("OS")."""
    if not forms:
        return False
    words = set(_TERM_WORD.findall(other))
    for form in forms:
        parts = _TERM_WORD.findall(form)
        if not parts:
            return False
        stems = {w.rstrip("s") for w in words}
        if all(w in words or w.rstrip("s") in stems for w in parts) and (len(parts) > 1 or parts[0] in words):
            continue
        if len(parts) >= 2 and "".join(w[0] for w in parts) in words:
            continue
        return False
    return True


_USER_INITIATED = re.compile(
    r"\b(?:at your (?:request|direction|instruction)|when you (?:choose|decide|ask us) to (?:connect|link|share)"
    r"|if you (?:choose to |decide to )?(?:connect|link|integrate))\b"
)
_USER_REQUEST = re.compile(r"\byou (?:may|can|have the right to|are entitled to)\b|\bright to\b|\bask us to\b")


def _forms(concept: lx.Concept, low: str) -> frozenset[str]:
    return frozenset(m.group(0).rstrip("s") for m in concept.pattern.finditer(low))


def _stems(forms: frozenset[str]) -> frozenset[str]:
    """Terms with their words cut to five letters: "being tracked" = "tracking", "identification" = "identifier"."""
    return frozenset(" ".join(w[:5] for w in form.split()) for form in forms)


def _entity_findings(pb: Profile, pa: Profile, topic: str, known: tuple[str, str] = ("", "")) -> list[Finding]:
    """Names new to a sentence or gone from it; with the whole versions `known` (old, new, normalised), a name the
    old version already used elsewhere is not new, and one the new version still uses is not gone."""
    low_b, low_a = pb.low, pa.low
    old_doc, new_doc = known
    new = sorted(
        e
        for e in pa.entities - pb.entities
        if e not in low_b and not _named_in(e, old_doc) and not _acronym_of(e, low_b, low_a)
    )
    gone = sorted(
        e
        for e in pb.entities - pa.entities
        if e not in low_a and not _named_in(e, new_doc) and not _acronym_of(e, low_a, low_b)
    )
    if not new and not gone:
        return []
    cats = pb.categories + pa.categories
    category = next((c for c in (lx.OT, lx.TP, lx.TR, lx.IT, lx.DU) if cats[c]), topic)
    out = []
    for names, added in ((new, True), (gone, False)):
        if not names:
            continue
        sign = NEUTRAL if category == lx.OT else (REDUCES if added else IMPROVES)
        shown = _entity_phrases(pa.text if added else pb.text)
        listed = ", ".join(_q(p) for p in dict.fromkeys(shown.get(n, n.title() if n.islower() else n) for n in names))
        text = f"{'named' if added else 'no longer names'} {listed}"
        headline = f"The policy {text}: {_q(pa.text if added else pb.text, 140)}"
        out.append(Finding(category, sign, False, text, headline, "entity"))
    return out


def _acronym_of(name: str, other: str, mine: str) -> bool:
    """`name` is an acronym ("os") of words the other side has and this side dropped ("operating system")."""
    if not 2 <= len(name) <= 5 or not name.isalpha():
        return False
    pattern = r"(?<![\w-])" + r"[\w-]*\s+".join(re.escape(c) for c in name) + r"[\w-]*"
    return any(m.group(0) not in mine for m in re.finditer(pattern, other))


def _named_in(name: str, low: str) -> bool:
    return bool(low) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low) is not None


def _entity_phrases(text: str) -> dict[str, str]:
    """Each capitalised word of a text -> the name it is part of, as written ("states" -> "United States")."""
    out: dict[str, str] = {}
    for m in ENTITY_PHRASE.finditer(text):
        for phrase in re.split(r"\s+(?:and|&)\s+", m.group(0).strip(" '-&")):  # "Meta and Google": two names
            words = phrase.split()
            while words and words[0] in ENTITY_STOP:
                words = words[1:]
            for word in words:
                out.setdefault(word.strip("'-&").removesuffix("'s").casefold(), " ".join(words))
    return out


def _judge_modified(change: Change, layout: Layout | None = None) -> _Judgement:
    before, after = change.before or "", change.after or ""
    if loose_key(normal(before)) == loose_key(normal(after)):
        return _cosmetic("punctuation", change, "only punctuation, case, quotes or spacing changed")
    no_links_b = lx.URL.sub(" ", normal(lx.GENERIC_LINK.sub(" ", before)))
    no_links_a = lx.URL.sub(" ", normal(lx.GENERIC_LINK.sub(" ", after)))
    if loose_key(no_links_b) == loose_key(no_links_a):
        return _cosmetic("link", change, "only a link / URL changed")
    bare_b, bare_a = lx.PHONE.sub(" ", lx.EMAIL.sub(" ", no_links_b)), lx.PHONE.sub(" ", lx.EMAIL.sub(" ", no_links_a))
    if loose_key(bare_b) == loose_key(bare_a):
        return _cosmetic(
            "contact", change, f"contact details changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    if loose_key(lx.DATE.sub(" ", bare_b)) == loose_key(lx.DATE.sub(" ", bare_a)):
        return _cosmetic("date", change, "only a date changed")
    why_b, why_a = _boilerplate(normal(before), before), _boilerplate(normal(after), after)
    if why_b and why_a:
        return _cosmetic("furniture", change, f"changed {why_a}")
    if _question(before) and _question(after):
        return _cosmetic("question", change, f"reworded a question (the answer states the practice): {_q(after, 80)}")
    reworded = _reworded(before, after)
    if reworded:
        return _cosmetic("same-words", change, f"{reworded}: {_edit_quote(before, after, 80)}")
    pb, pa = profile(before), profile(after)
    if _announcement(pb) and _announcement(pa):
        return _cosmetic(
            "announcement", change, f"reworded a banner announcing a change: {_q(after, 80)}", Severity.MINOR, (lx.PC,)
        )
    hunks = _hunks(before, after)
    controller = pb.concepts["controller"] or pa.concepts["controller"]  # who the company is: no contact detail
    address = pb.quantities == pa.quantities and _address_only(hunks)
    if not (_announces_changes(pb) or _announces_changes(pa)) and _channel_only(hunks, via=True):
        return _cosmetic(
            "message-channel", change, f"only the channel of a message changed: {_edit_quote(before, after, 80)}"
        )
    if ((_contact_context(pb) or _contact_context(pa)) and _channel_only(hunks)) or address:
        return _cosmetic(
            "contact", change, f"contact details changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    # "Save 40% on quotes" -> "Save 50%": a price or discount in text about no data at all is no promise
    amounts = pb.quantities + pa.quantities
    prices = bool(amounts) and all(q.kind in ("money", "percent") for q in amounts)
    if not (pb.concepts or pa.concepts) and prices and not _stance_changed(pb, pa):
        return _cosmetic("no-practice", change, f"reworded text that states no data practice: {_q(after, 80)}")
    if not (pb.practice or pa.practice or _quantity_changed(pb, pa) or _stance_changed(pb, pa)):
        if _contact_context(pb) or _contact_context(pa):
            return _cosmetic(
                "contact",
                change,
                f"contact details changed: {_edit_quote(before, after, 80)}",
                Severity.MINOR,
                (lx.CO,),
            )
        return _cosmetic("no-practice", change, f"reworded text that states no data practice: {_q(after, 80)}")
    findings = _findings(change, pb, pa, (layout.old_low, layout.new_low) if layout is not None else ("", ""))
    if findings and _illustration_only(_hunks(before, after)):
        return _cosmetic(
            "illustration", change, f"added an illustration of a practice already stated: {_q(after, 100)}"
        )
    if not findings:
        if _contact_context(pb) and _contact_context(pa):
            return _cosmetic(
                "contact",
                change,
                f"contact details changed: {_edit_quote(before, after, 80)}",
                Severity.MINOR,
                (lx.CO,),
            )
        return _cosmetic(
            "no-practice-change",
            change,
            "reworded; no practice term, number, negation, modality, limit or named party "
            f"changed: {_edit_quote(before, after, 60)}",
            Severity.MINOR,
        )
    if _contact_context(pb) and _contact_context(pa) and not controller and _addressee_only(hunks, findings):
        return _cosmetic(
            "contact", change, f"contact address changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    if all(f.kind == "entity" for f in findings):
        if _USER_INITIATED.search(pb.low) and _USER_INITIATED.search(pa.low):
            # "if you connect a fitness tracker or a calendar service": a service the user may choose to link,
            # data exchanged at the user's request - one option more or less is no recipient chosen by the company
            return _cosmetic(
                "user-connected-service",
                change,
                f"another service the user may choose to connect: {findings[0].text}",
                Severity.MINOR,
            )
        if (_contact_context(pb) or _contact_context(pa)) and not controller:
            return _cosmetic(
                "contact", change, f"contact person or address changed: {findings[0].text}", Severity.MINOR, (lx.CO,)
            )
        if not (pb.concepts["controller"] or pa.concepts["controller"]) and findings[0].category == lx.OT:
            return _cosmetic(
                "renamed-party",
                change,
                f"renamed a party in a sentence that states no data practice: {findings[0].text}",
                Severity.MINOR,
            )
    topics = _topics(pb, pa)
    return _material("practice-changed", change, findings, topics[0] if topics else None, topics[1:2])


# ------------------------------------------------------------------------------------------ public


def _plain_heading(lines: list[str], k: int) -> bool:
    """A plain-text heading: a short title line without end punctuation or list marker, between paragraphs (after
    a sentence or at the top, before a longer sentence), or a furniture title such as "Related articles"."""
    raw = lines[k].strip()
    n = len(raw.split())
    if n > 8 or raw[:1] in "-*•·▪|" or raw[:1].isdigit():
        return False
    if lx.FURNITURE_HEADING.search(raw):
        return True
    if raw[-1] in ".:;!?,|" or not raw[0].isupper():
        return False
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    prev = lines[k - 1].strip() if k else "."
    return len(nxt.split()) >= 2 * n and nxt[-1:] in ".:" and prev[-1:] in ".:!?|)"


#: the most words a line under a "Related articles"-like heading has (link titles, short questions)
_FURNITURE_WORDS = 14
_BANNER_WORDS = re.compile(r"\b(?:agree|consent|accept|decline|choices|preferences|privacy)\b")


def _sentence_keys(block: str) -> list[str]:
    return [loose_key(sentence) for sentence in split_sentences(block)]


def _cookie_banners(lines: list[str], furniture: set[str]) -> None:
    """Mark a cookie-consent banner captured with the page: a line about cookies with its buttons on it
    ("[Accept all]", "Cookie Settings · Reject All · Accept All"), or a run of button lines ("Accept", "Decline")
    with the lines about cookies just above it."""

    def mark(line: str) -> None:
        furniture.update(_sentence_keys(clean_block(line)))

    k = 0
    while k < len(lines):
        line = lines[k]
        buttons = "[" in line and lx.CONSENT_BUTTONS.search(line)
        row = not buttons and any(sep in line for sep in "·|•") and lx.BUTTON_ROW.search(line[-80:])
        if "ookie" in line and (buttons or row):
            mark(line)
            k += 1
            continue
        run = k
        while run < len(lines) and len(lines[run]) <= 40 and lx.BUTTON_LINE.match(lines[run].lstrip("# ")):
            run += 1
        if run - k >= 2:
            above = list(range(k - 1, max(-1, k - 5), -1))
            if any("ookie" in lines[j] for j in above):
                for j in range(k, run):
                    mark(lines[j])
                for j in above:
                    if "ookie" not in lines[j] and not _BANNER_WORDS.search(lines[j].lower()):
                        break
                    mark(lines[j])
            k = run
        else:
            k += 1


#: a line of a menu: a few words, no sentence punctuation
_MENU_WORDS = 5
_MENU_RUN = 4


def _menu_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MENU_WORDS + 1 and line.rstrip()[-1:] not in ".:;,?!" and "|" not in line


def _menus(lines: list[str], furniture: set[str]) -> None:
    """Mark navigation menus captured with the page: a run of short label lines ("- Buy", "- Rent payments",
    "- Help center") that mostly name no practice (half of them at most), and that no introducing sentence ("We share
    it with:") or heading about a practice ("# Our analytics partners") presents as a list."""
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and "|" not in lines[run] and _menu_item(clean_block(lines[run]).removeprefix("- ")):
            run += 1
        if run - k >= _MENU_RUN:
            items = [clean_block(lines[j]) for j in range(k, run)]
            naming = sum(bool(profile(item).specific) for item in items)
            intro = clean_block(lines[k - 1]) if k else ""
            listed = intro.endswith(":") or bool(intro.startswith("# ") and profile(intro).concepts)
            if naming * 2 <= len(items) and not listed:
                for item in items:
                    furniture.update(_sentence_keys(item))
        k = max(run, k + 1)


#: a widget's lines and link titles: short, no sentence end (a question ends one: "Was this helpful?")
_WIDGET_WORDS, _WIDGET_RUN = 10, 15


def _short_label(line: str) -> bool:
    block = clean_block(line)
    return 0 < len(block.split()) <= _WIDGET_WORDS and block.rstrip()[-1:] not in ".:;," and "|" not in line


def _asks_about_data(block: str) -> bool:
    """A line that handles data or names a kind of it ("What data do we collect?"), unlike a widget's question."""
    p = profile(block)
    return bool(_HANDLING_VERB.search(p.low)) or any(lx.CONCEPTS_BY_NAME[n].category == lx.DC for n in p.specific)


def _widgets(lines: list[str], furniture: set[str]) -> None:
    """Mark help and feedback widgets captured with the page: a short line that is page chrome or a question
    naming no practice ("Was this article helpful?", "Still need help?"), and the run of short label lines after
    it (its buttons and link titles: "Yes", "Contact support", "Manage email notifications"), up to a heading or
    a sentence. A line introducing a list (ending in ':') is never such a widget."""
    k = 0
    while k < len(lines):
        raw = lines[k].strip()
        block = clean_block(raw)
        question = raw.endswith("?") and 0 < len(block.split()) <= _WIDGET_WORDS
        chrome = _short_label(raw) and bool(lx.CHROME.match(normal(block)))
        if not raw.startswith(("#", "-", "*")) and (question or chrome) and not _asks_about_data(block):
            run = k + 1
            while run < len(lines) and run - k <= _WIDGET_RUN:
                nxt = lines[run].strip()
                if nxt.startswith("#") and not lx.CHROME.match(normal(clean_block(nxt))):
                    break  # a heading ends the widget, unless it is one of its labels ("# Chat with us")
                if not (_short_label(nxt) or nxt.endswith("?")):
                    break
                run += 1
            if run > k + 1:
                for j in range(k, run):
                    furniture.update(_sentence_keys(clean_block(lines[j])))
            k = run
        else:
            k += 1


#: words a phrase cannot end on: a line that stops on one was cut off mid-sentence
_OPEN_END = frozenset(
    re.findall(
        r"\S+",
        "the a an and or of to for with by from in on at as such your our their its this that which who is are be"
        " we you including include includes like",
    )
)
#: a prose line (not a heading or a list item) of at least this many words without a sentence end was cut off
_CUT_WORDS = 5


def _cut_off(line: str) -> bool:
    """A line that stops in the middle of a sentence: no sentence end, and prose or an open last word."""
    text = line.strip()
    if not text or text.startswith("#") or text.rstrip()[-1:] in ".!?:)\"'”" or "|" in text:
        return False
    words = text.split()
    last = words[-1].lower().strip(",;")
    listed = text.startswith(("-", "*", "•")) or text[:1].isdigit()
    return len(words) >= 3 and (last in _OPEN_END or text.endswith(",") or (len(words) >= _CUT_WORDS and not listed))


def _completions(old: str, new: str) -> frozenset[str]:
    """Sentence keys of lines cut off mid-sentence in one version (a broken capture) and whole in the other: the
    cut line and the whole one. Bounded: lines are matched by their first words."""
    out: set[str] = set()
    for cut_text, whole_text in ((old, new), (new, old)):
        cut: dict[str, list[str]] = {}
        theirs = set(whole_text.splitlines())
        for line in cut_text.splitlines():
            if line not in theirs and _cut_off(line):
                cut.setdefault(" ".join(line.split()[:3]), []).append(line.strip())
        if not cut:
            continue
        for line in theirs:
            head = " ".join(line.split()[:3])
            for short in cut.get(head, ())[:20]:
                if len(line.strip()) > len(short) and line.strip().startswith(short):
                    out.update(_sentence_keys(clean_block(short)))
                    out.update(_sentence_keys(clean_block(line)))
    out.discard("")
    return frozenset(out)


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s")
#: how a list item or an introduction ends when more items follow: ";", ":", ",", "; and", "or"
_CONTINUES = re.compile(r"(?:[;:,]|[;,]?\s+(?:and|or))\s*$")


def _lost_tails(old: str, new: str) -> frozenset[str]:
    """Sentence keys of list items a capture lost: runs of items at the end of a list of the old version that the
    new one lacks, when the new version shows the loss on at least one list - its last item (or introduction) still
    ends as if more items followed ("...criminal activity;", "...such as:"). One such list is evidence of how the
    capture broke, so every list tail dropped in the same capture counts."""
    lines = [ln for ln in old.splitlines() if ln.strip()]
    kept = set(new.splitlines())
    runs: list[tuple[int, int]] = []
    shown = False
    k = 1
    while k < len(lines):
        if lines[k] in kept or not _LIST_ITEM.match(lines[k]) or lines[k - 1] not in kept:
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end] not in kept and _LIST_ITEM.match(lines[end]):
            end += 1
        before = lines[k - 1]
        if (end == len(lines) or not _LIST_ITEM.match(lines[end])) and (
            _LIST_ITEM.match(before) or before.rstrip().endswith(":")
        ):
            runs.append((k, end))
            shown = shown or bool(_CONTINUES.search(before))
        k = end + 1
    if not shown:
        return frozenset()
    out: set[str] = set()
    for start, end in runs:
        for line in lines[start:end]:
            out.update(_sentence_keys(clean_block(line)))
    out.discard("")
    return frozenset(out)


@dataclass(frozen=True)
class Layout:
    """What the two whole texts say about where a sentence sits: headings and page-furniture sections."""

    headings: frozenset[str] = frozenset()  # loose keys of heading lines (`# ...`)
    furniture: frozenset[str] = frozenset()  # loose keys of sentences under a "Related articles"-like heading
    old: str = ""  # the whole old text, when known: what the policy already said
    new: str = ""  # the whole new text, when known: what the policy still says
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (loose key of a table row, its table's header cells)
    #: (loose key of a heading that is only a name, the heading of the section it is listed in)
    named_headings: tuple[tuple[str, str], ...] = ()
    #: loose keys of a sentence the capture cut off in one version and of its whole line in the other
    completed: frozenset[str] = frozenset()
    #: loose keys of list items at the end of lists that the new capture lost (see `_lost_tails`)
    lost_tails: frozenset[str] = frozenset()

    @cached_property
    def header_of(self) -> dict[str, tuple[str, ...]]:
        return dict(self.tables)

    @cached_property
    def old_low(self) -> str:
        return " ".join(normal(line) for line in self.old.splitlines() if line.strip())

    @cached_property
    def new_low(self) -> str:
        return " ".join(normal(line) for line in self.new.splitlines() if line.strip())

    @classmethod
    def of(cls, *texts: str) -> Layout:
        headings: set[str] = set()
        furniture: set[str] = set()
        tables: dict[str, tuple[str, ...]] = {}
        named: dict[str, str] = {}
        for text in texts:
            in_furniture = False
            section = ""
            lines = [ln for ln in (text or "").splitlines() if ln.strip()]
            header: tuple[str, ...] = ()
            _cookie_banners(lines, furniture)
            _menus(lines, furniture)
            _widgets(lines, furniture)
            for k, line in enumerate(lines):
                if "|" in line and line.count("|") - line.strip().startswith("|") - line.strip().endswith("|") >= 1:
                    if not set(line.strip()) - set("|:- "):
                        continue  # a Markdown separator row
                    cells = tuple(clean_block(c) for c in _cells(line))
                    if len(cells) != len(header):
                        header = cells  # the first row of a table (or of a table of another shape) heads it
                    else:
                        tables.setdefault(loose_key(clean_block(line)), header)
                    continue
                header = ()
                if line.lstrip().startswith("#") or _plain_heading(lines, k):
                    block = clean_block(line)
                    if block:
                        headings.add(loose_key(block))
                        in_furniture = bool(lx.FURNITURE_HEADING.search(block))
                        if _name_like(block):
                            named.setdefault(loose_key(block), section)
                        else:
                            section = block
                elif in_furniture:
                    block = clean_block(line)
                    if len(block.split()) > _FURNITURE_WORDS:
                        in_furniture = False  # prose: the policy goes on (under a heading not recognised as one)
                    else:
                        furniture.update(_sentence_keys(block))
        return cls(
            frozenset(headings),
            frozenset(furniture),
            texts[0] if texts else "",
            texts[1] if len(texts) > 1 else "",
            tuple(tables.items()),
            tuple(named.items()),
            _completions(texts[0], texts[1]) if len(texts) > 1 else frozenset(),
            _lost_tails(texts[0], texts[1]) if len(texts) > 1 else frozenset(),
        )

    def placement(self, text: str | None) -> str | None:
        """Why a changed passage is not policy text because of where it sits, or None."""
        if not text:
            return None
        keys = _sentence_keys(clean_block(text))
        keys = [k for k in keys if k]
        if keys and all(k in self.headings for k in keys):
            return "a heading (headings name sections; the text under them states the practice)"
        if keys and all(k in self.furniture or k in self.headings for k in keys):
            return "page furniture under a related-articles / navigation heading"
        return None

    @cached_property
    def _context(self) -> dict[str, tuple[str, str]]:
        """Loose sentence key -> (its section's heading, its list's introduction) in either version."""
        out: dict[str, tuple[str, str]] = {}
        for text in (self.old, self.new):
            heading = intro = ""
            for line in text.splitlines():
                if not line.strip():
                    continue
                if line.startswith("#"):
                    heading, intro = clean_block(line), ""
                    continue
                item = bool(_LIST_ITEM.match(line))
                for key in _sentence_keys(clean_block(line)):
                    out.setdefault(key, (heading, intro if item else ""))
                if not item:
                    intro = clean_block(line)
        return out

    def heading_of(self, text: str) -> str:
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._context.get(keys[0], ("", ""))[0] if keys else ""

    def intro_of(self, text: str) -> str:
        keys = [k for k in _sentence_keys(clean_block(text)) if k]
        return self._context.get(keys[0], ("", ""))[1] if keys else ""

    def lost_tail(self, change: Change) -> bool:
        """The change removes list items that the capture lost at the end of their list."""
        if change.kind is not ChangeKind.REMOVED or not self.lost_tails:
            return False
        keys = [k for k in _sentence_keys(clean_block(change.before or "")) if k]
        return bool(keys) and all(k in self.lost_tails for k in keys)

    def cut_off(self, change: Change) -> bool:
        """The change is a sentence the capture cut off in one version, whole in the other."""
        keys = [k for t in (change.before, change.after) if t for k in _sentence_keys(clean_block(t)) if k]
        return bool(keys) and all(k in self.completed for k in keys)


def _name_like(block: str) -> bool:
    words = block.removeprefix("# ").split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("/", "&", "-", "and", "of") for w in words)


def _bare_name(block: str) -> bool:
    """A heading that is only a name ("Brightads", "The Ad Exchange", "Acme DMP"): capitalised words, no vocabulary."""
    if not _name_like(block):
        return False
    words = block.removeprefix("# ").split()
    p = profile(block.removeprefix("# "))
    return not p.concepts and not p.verbs and all(w.strip("&/-") not in ENTITY_STOP for w in words)


def _listed_party(change: Change, layout: Layout) -> _Judgement | None:
    """A name added to (or dropped from) a list of parties set out as headings under a section about recipients
    or trackers ("# Third-party providers we use", then "# Adform", "# Criteo" ...): a recipient named or dropped."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return None
    text = (change.after or change.before or "").removeprefix("# ")
    section = dict(layout.named_headings).get(loose_key(clean_block(text)))
    if not section or not _bare_name(text):
        return None
    cats = profile(section).categories
    category = lx.TP if cats[lx.TP] else lx.TR if cats[lx.TR] else None
    if category is None:
        return None
    added = change.kind is ChangeKind.ADDED
    what = f"{'named' if added else 'no longer names'} {_q(text)} in the list {_q(section)}"
    finding = Finding(category, REDUCES if added else IMPROVES, False, what, f"The policy {what}", "entity")
    return _material("listed-party", change, [finding], None)


#: a list introduced as the products, apps or services a policy covers ("This policy applies to:", "Our apps:")
_PRODUCT_INTRO = re.compile(
    r"\b(?:products?|apps?|applications?|services|websites?|sites|brands?|platforms?|games?|devices)\b"
    r"|\bapplies to\b|\bcovers\b"
)
_DATA_INTRO = re.compile(r"\b(?:data|information|details|collect\w*|categor\w+|types?|shar\w+|disclos\w+)\b")


def _listed_product(change: Change, layout: Layout) -> bool:
    """An item of a list of the products or services the policy covers: a name (each word capitalised, no verb),
    under an introduction naming products, apps or services and no data."""
    text = clean_block((change.after or change.before or "").strip())
    words = text.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    intro = normal(layout.intro_of(text))
    return bool(intro) and bool(_PRODUCT_INTRO.search(intro)) and not _DATA_INTRO.search(intro)


def judge(change: Change, layout: Layout | None = None) -> tuple[ChangeVerdict, str]:
    """One change's verdict and a headline for the summary."""
    listed = _listed_party(change, layout) if layout is not None else None
    if listed is not None:
        return listed.verdict, listed.headline
    if layout is not None and change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and _listed_product(change, layout):
        j = _cosmetic("listed-product", change, "a product or service in the list of those the policy covers")
        return j.verdict, j.headline
    if layout is not None and layout.lost_tail(change):
        why = "list items lost at the end of their list by the capture (the list still ends as if they followed)"
        j = _cosmetic("list-tail-lost", change, why)
        return j.verdict, j.headline
    if layout is not None and change.kind is not ChangeKind.MOVED and layout.completed and layout.cut_off(change):
        why = "a sentence cut off by the capture in one version and whole in the other"
        j = _cosmetic("cut-completed", change, why)
        return j.verdict, j.headline
    if layout is not None and change.kind is not ChangeKind.MOVED:
        where = [layout.placement(t) for t in (change.before, change.after) if t]
        if where and all(where):
            verb = {ChangeKind.ADDED: "added", ChangeKind.REMOVED: "removed"}.get(change.kind, "changed")
            j = _cosmetic("placement", change, f"{verb} {where[-1]}")
            return j.verdict, j.headline
    row = (change.after or change.before or "") if change.kind is not ChangeKind.MOVED else ""
    if " | " in row:
        header = layout.header_of.get(loose_key(row), ()) if layout is not None else ()
        judged = _judge_row(change, header)
        if judged is not None:
            return judged.verdict, judged.headline
    if change.kind is ChangeKind.MOVED:
        j = _cosmetic("moved", change, "moved to another place; wording unchanged")
    elif change.kind is ChangeKind.MODIFIED:
        j = _judge_modified(change, layout)
    else:
        j = _judge_statement(change)
    return j.verdict, j.headline


def _summary(judged: list[tuple[ChangeVerdict, str]]) -> str:
    material = [(v, h) for v, h in judged if v.material]
    if not judged:
        return "No change in the policy text."
    if not material:
        contact = [v for v, _ in judged if lx.CO in v.categories]
        if contact:
            return f"Contact details changed ({len(contact)} edit(s)); no material change to data practices."
        kinds = Counter(v.kind.value for v, _ in judged)
        parts = ", ".join(f"{n} {k}" for k, n in kinds.items())
        return f"No material change: {parts} passage(s) reworded, reformatted, moved or boilerplate."
    material.sort(key=lambda vh: -vh[0].severity.rank)
    lead, headline = material[0]
    cats = "; ".join(_LABEL[c] for c in lead.categories[:2])
    text = f"{headline.rstrip('.')} ({cats}; {_DIRECTION_LABEL[lead.direction]})."
    rest = len(material) - 1
    if rest:
        others = sorted({c for v, _ in material[1:] for c in v.categories}, key=lx.PRIORITY.index)
        text += f" {rest} other material change(s): {', '.join(_LABEL[c] for c in others[:4])}."
    return text


def _signature(text: str) -> tuple | None:
    """What a statement commits to, in lexicon terms; two statements with one signature say the same thing."""
    p = profile(text)
    # the act of sharing is implied by its recipient ("we share X with providers" / "providers receive X")
    concepts = frozenset(_practice_concepts(p)) - {"disclosure"}
    if not concepts:
        return None
    negated = bool(p.negations) and any(c.negations and _practice_concepts(c) for c in _clauses(p, True))
    return (
        concepts,
        negated,
        _firm(p.commitments) > 0,
        bool(p.permissive),
        frozenset(p.limiters),
        tuple(sorted((q.kind, q.value) for q in p.quantities)),
        p.entities,
    )


def _pair_rewordings(changes: list[Change], judged: list[tuple[ChangeVerdict, str]]) -> list[tuple[ChangeVerdict, str]]:
    """A material removal and a material addition that state the same practice in other words (a rewritten
    sentence the diff could not pair) cancel out."""
    removed = [k for k, (v, _) in enumerate(judged) if v.material and v.kind is ChangeKind.REMOVED]
    added = [k for k, (v, _) in enumerate(judged) if v.material and v.kind is ChangeKind.ADDED]
    if not removed or not added or len(removed) * len(added) > 400:
        return judged
    signatures = {k: _signature(judged[k][0].after or "") for k in added}
    out = list(judged)
    for k in removed:
        sig = _signature(judged[k][0].before or "")
        match = next((m for m in added if sig is not None and signatures.get(m) == sig), None)
        if match is None:
            continue
        del signatures[match]
        added.remove(match)
        for n in (k, match):
            why = "reworded: the same practice is stated in other words elsewhere in the change"
            out[n] = (_cosmetic("reworded-pair", changes[n], why).verdict, why)
    return out


def _facts(texts: Sequence[str]) -> frozenset:
    """The practice facts a passage states, however its sentences are split, merged, reordered or voiced: each
    practice concept with the polarity of the sentence stating it, and the passage's permissions, limiters, scope
    words, numbers and names."""
    out: set = set()
    denials: Counter = Counter()
    for text in texts:
        for fact in _text_facts(text):
            if fact[0] == "denials":
                denials[fact[1]] += fact[2]
            else:
                out.add(fact)
    out.update(("denials", verbs, n) for verbs, n in denials.items())
    return frozenset(out)


@lru_cache(maxsize=8192)
def _text_facts(text: str) -> frozenset:
    facts: set = set()
    n_denials: Counter = Counter()
    if text:
        if " | " in text and _table_facts(text.casefold()):
            # a yes/no table row: every answer is a fact of its own ("identifiers | yes | no")
            cells = _cells(text.casefold())
            facts.update(("cell", cells[0], i, c in _YES) for i, c in enumerate(cells[1:]) if c in _YES_NO)
        for sentence in split_sentences(clean_block(text)):
            stated, denied = _sentence_facts(sentence)
            facts.update(stated)
            n_denials.update(denied)
    facts.update(("denials", verbs, n) for verbs, n in n_denials.items())
    return frozenset(facts)


@lru_cache(maxsize=16384)
def _sentence_facts(sentence: str) -> tuple[tuple, tuple[str, ...]]:
    """The facts one sentence states, in the order found, and the handlings each of its clauses denies (cached:
    passages read for whole-document awareness share most of their sentences)."""
    facts: list = []
    n_denials: list[str] = []
    p = profile(sentence)
    if _question(sentence) or (_boilerplate(p.low, sentence) and not p.quantities):
        return (), ()
    quantities = p.quantities
    channels = lx.CHANNEL_PHRASE.findall(p.low)
    if channels:
        # the channel a message travels by is a promise only for change notices
        if _announces_changes(p):
            facts.extend(("channel", _channel(c)) for c in channels)
        p = profile(lx.CHANNEL_PHRASE.sub(" and ", p.low))
    quantities = p.quantities
    if quantities:  # "18 years old" / "under 13": the number is the fact, not a concept term
        p = profile(lx.QUANTITY.sub(" ", p.low))
    negated = bool(lx.NEGATION.search(_NOT_NEGATING.sub(" ", p.low)))
    if any(q.kind == "time" for q in quantities) and p.categories[lx.DC]:
        facts.append(("concept", "retention", negated))  # "Chat messages: 30 days" under "How long we keep it"
    for part in _clauses(p, negated):
        neg = negated and bool(lx.NEGATION.search(_NOT_NEGATING.sub(" ", part.low)))
        if neg:  # "we do not respond to DNT signals" -> "we respond to ...": a negation is a fact of its own
            # generic words ("your data") are no denied practice: the verb or specific term carries it
            facts.extend(("negated", name) for name in part.specific)
            verbs = _denied_verbs(_NOT_NEGATING.sub(" ", part.low))
            facts.extend(("negated", v) for v in verbs)
            # how many clauses deny each handling: "we do not use X, and we do not use it for Y" -> one left
            n_denials.extend(verbs)
        for name in _practice_concepts(part):
            if name == "retention" and not neg and not quantities and _bare_keeping(part.low):
                continue  # "we also keep their login history": holding data, no period - said by collecting
            if name != "disclosure":
                facts.append(("concept", name, neg))
                # the terms too ("rent or sell" -> "rent"), stemmed so that voice and number do not count
                forms = () if name in lx.PHRASINGS_ONLY else _forms(lx.CONCEPTS_BY_NAME[name], part.low)
                for form in forms:
                    stems = [w[:5] for w in re.findall(r"[a-z0-9]+", form) if len(w) > 3 and w[:5] not in _FILLER]
                    if stems:
                        facts.append(("term", name, " ".join(stems)))
    if p.hedges:
        facts.append(("hedge",))
    timing = _timing(p)
    if timing:
        facts.append(("timing", timing))
    if _EVERYONE.search(p.low):
        facts.append(("everyone",))
    facts.extend(("limit", x) for x in p.limiters)
    facts.extend(("scope", x) for x in p.broadeners if x != "every")  # "every newsletter" / "each one"
    facts.extend(("number", q.kind, q.value) for q in quantities)
    facts.extend(("name", x) for x in p.entities)
    if p.permissive:
        facts.append(("may",))
    return tuple(facts), tuple(n_denials)


def _clauses(p: Profile, negated: bool) -> list[Profile]:
    """A negated sentence's clauses: a negation reaches to the end of its clause, not into a leading condition
    ("if you are not satisfied, ...") or a relative or exception clause after it ("..., which the car stores")."""
    if not negated:
        return [p]
    low = p.low
    parts = []
    lead = _LEADING_CONDITION.match(low)
    if lead:
        parts.append(lead.group(0))
        low = low[lead.end() :]
    parts.extend(_CLAUSE_BREAK.split(low))
    return [profile(c) for c in parts if c.strip()]


#: Verbs that handle data: "we do not collect X" -> "we collect X" flips a fact even when X is in no lexicon.
def _denied_verbs(low: str) -> tuple[str, ...]:
    """The handling verbs a negation governs: those within a few words after it ("we do not sell, rent or share",
    "no data is sold"), not every verb of the clause ("cannot guarantee ..., although we strive to use ...")."""
    found: set[str] = set()
    for m in lx.NEGATION.finditer(low):
        window = " ".join(low[m.end() :].split()[:_DENIAL_REACH])
        found.update(_verb_stem(v) for v in _HANDLING_VERB.findall(window))
    return tuple(sorted(found))


#: how many words after a negation its verb may come ("we do not, under any circumstances, sell or rent")
_DENIAL_REACH = 8


def _verb_stem(verb: str) -> str:
    """One stem per verb, whatever its form: "use" / "used" / "uses" / "using", "shares" / "shared"."""
    for suffix in ("ing", "ed", "es", "s", "d", "e"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            verb = verb[: -len(suffix)]
            break
    return "use" if verb in ("us", "usi", "usin", "using", "uses", "used") else verb[:5]


_HANDLING_VERB = re.compile(
    r"(?<![\w-])(?:collect|gather|obtain|record|captur|shar|disclos|sell|sold|rent|transfer|transmit|retain|keep"
    r"|kept|stor(?!age)|track|monitor|analy[sz]|scan|combin|profil|send|sent(?![\w-])|upload"
    r"|us(?:e|es|ed|ing)(?![\w-]))[a-z]*"
)
#: Stems inside a concept's wording that name no practice ("transfer your personal information outside").
_FILLER = frozenset({"your", "perso", "infor", "data", "detai", "their", "these", "those", "such", "this", "that"})
_LEADING_CONDITION = re.compile(r"^\W*(?:if|when|whenever|where|unless|although|while|once|because|since)\b[^,;]*,")
_CLAUSE_BREAK = re.compile(
    r",\s*(?=(?:which|where|except|unless|but|however|although|whereas)\b)|;\s*"
    # a second main clause: ", and the app does not show ads" / ", but we will not sell it"
    r"|,?\s+(?:and|but|or)\s+(?=(?:we|you|they|it|our \w+|the \w+"
    r"|(?!(?:is|are|was|were|be|been|will|would|may|can|do|does|did|not|also|never|only)\b)[a-z]+)"
    r"\s+(?:do|does|did|will|would|may|can|are|is"
    r"|have|has|never|also|only|not|cannot|won't|don't|doesn't)\b)"
)
_KEEPING = re.compile(r"^(?:retain|retained|keep|keeping|kept|store|stored|hold|held)$")


def _bare_keeping(low: str) -> bool:
    """The sentence's retention wording is a bare verb ('we keep', 'is stored'), with no period or end."""
    forms = _forms(lx.CONCEPTS_BY_NAME["retention"], low)
    return bool(forms) and all(_KEEPING.match(f) for f in forms)


#: Names of signals and links that contain a "not" but negate nothing ("Do Not Track"), a "no" that counts ("with no
#: activity") and a bound on a number ("no more than"): the negation vocabulary's `not_negating` and `bound`.
_NAMED_NOT = lx.NAMED_NOT
_NOT_NEGATING = lx.NOT_NEGATING


def _channel(phrase: str) -> str:
    word = phrase.split()[-1]
    return {
        "e-mail": "email",
        "text": "sms",
        "message": "sms",
        "messages": "sms",
        "telephone": "phone",
        "letter": "mail",
        "post": "mail",
    }.get(word, word)


#: A region with more changes than this is a rewrite of the policy, not a reworded passage (and costly to compare).
MAX_REGION_CHANGES = 60


#: verdicts read from the page's structure, which the facts of sentences do not show (a name listed as a heading)
_READ_BY_STRUCTURE = frozenset({"listed-party"})


def _same_facts_by_region(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], regions: Sequence[int]
) -> list[tuple[ChangeVerdict, str]]:
    """A passage rewritten as a whole (sentences split or merged, clauses reordered, active <-> passive, a list
    turned into prose) is not material when all it stated before and all it states after are the same facts."""
    members: dict[int, list[int]] = {}
    for k, region in enumerate(regions):
        if region >= 0 and changes[k].kind is not ChangeKind.MOVED:
            members.setdefault(region, []).append(k)
    out = list(judged)
    for ks in members.values():
        if len(ks) > MAX_REGION_CHANGES or not any(judged[k][0].material for k in ks):
            continue
        if not _region_same(changes, ks):
            continue
        why = "reworded: the passage states the same practices, limits and numbers before and after"
        for k in ks:
            if judged[k][0].material and judged[k][0].rule not in _READ_BY_STRUCTURE:
                out[k] = (_cosmetic("same-facts", changes[k], why).verdict, why)
    # sentences reordered around an unchanged one fall in neighbouring regions: judge adjacent ones together
    order = sorted(members)
    for i in range(len(order)):
        for width in (2, 3):
            group = order[i : i + width]
            if len(group) < width or group[-1] - group[0] > width:
                break
            ks = [k for r in group for k in members[r]]
            if len(ks) > MAX_REGION_CHANGES or not any(out[k][0].material for k in ks):
                break
            if all(changes[k].kind is ChangeKind.MODIFIED for k in ks):
                continue  # a sentence moved across an unchanged one leaves an added or a removed sentence behind
            if _region_same(changes, ks) and _facts_balance(changes, [members[r] for r in group]):
                why = "reworded: the passage states the same practices, limits and numbers before and after"
                for k in ks:
                    if out[k][0].material and out[k][0].rule not in _READ_BY_STRUCTURE:
                        out[k] = (_cosmetic("same-facts", changes[k], why).verdict, why)
                break
    return out


def _facts_balance(changes: list[Change], groups: list[list[int]]) -> bool:
    """Every fact is stated by as many regions after as before: a limit or negation dropped in one region is not
    made up for by the same limit in another changed region (names and terms are left to `_region_same`)."""
    count_b: Counter = Counter()
    count_a: Counter = Counter()
    for ks in groups:
        count_b.update(f for f in _facts([c.before for c in (changes[k] for k in ks) if c.before]) if f[0] != "name")
        count_a.update(f for f in _facts([c.after for c in (changes[k] for k in ks) if c.after]) if f[0] != "name")
    return all(count_a[f] == n for f, n in count_b.items() if f[0] not in ("term", "denials"))


def _region_same(changes: list[Change], ks: list[int]) -> bool:
    """The changes `ks` state the same facts before and after."""
    texts_b = [c.before for c in (changes[k] for k in ks) if c.before]
    texts_a = [c.after for c in (changes[k] for k in ks) if c.after]
    before, after = _facts(texts_b), _facts(texts_a)
    # a denial may be split in two ("we do not sell X or Y" -> "we do not sell X. We do not sell Y"), not dropped
    denied_b = {f[1]: f[2] for f in before if f[0] == "denials"}
    denied_a = {f[1]: f[2] for f in after if f[0] == "denials"}
    if any(denied_a.get(v, 0) < n for v, n in denied_b.items()):
        return False
    before = frozenset(f for f in before if f[0] != "denials")
    after = frozenset(f for f in after if f[0] != "denials")
    # a name is no new fact when the other side has it too, where it was not recognised as one (a sentence start)
    low_b, low_a = normal(" ".join(texts_b)), normal(" ".join(texts_a))
    before = frozenset(f for f in before if f[0] != "name" or f in after or f[1] not in low_a)
    after = frozenset(f for f in after if f[0] != "name" or f in before or f[1] not in low_b)
    terms_b = {f for f in before if f[0] == "term"}
    terms_a = {f for f in after if f[0] == "term"}
    if before - terms_b != after - terms_a or not terms_b <= terms_a:
        return False
    # an added term is a new fact for data types, recipients and named safeguards ("photos" -> "photos and
    # videos", "TLS" -> "TLS and vulnerability scans"); elsewhere it restates the concept ("performance of a
    # contract" -> "the legal basis is performance of a contract", "encryption" -> "security measures such as
    # encryption")
    return not any(
        lx.CONCEPTS_BY_NAME[f[1]].category in (lx.DC, lx.TP) or (f[1] == "security measures" and f[2] != "secur measu")
        for f in terms_a - terms_b
    )


#: A defined term: a quoted name in parentheses ('("Customer Data")', '(the "Programme")', '(together, "Services")').
_DEFINED = re.compile(r"\((?:[^()\"“”«»]{0,30}?\s)?[\"“«]([^\"“”«»()]{2,40})[\"”»]")


def defined_renames(old: str, new: str, changes: Sequence[Change] | None = None) -> dict[str, str]:
    """Defined terms the new text renamed consistently ('("Customer Data")' -> '("Customer Content")'): the new
    term -> the old one. A rename counts only when the old term is gone from the new text, the new term was absent
    from the old text, and both were introduced as defined terms at the same place in the definition order."""
    old_defs = _DEFINED.findall(old)
    new_defs = _DEFINED.findall(new)
    gone = [t for t in old_defs if t not in new_defs]
    came = [t for t in new_defs if t not in old_defs]
    out = {}
    if gone and len(gone) == len(came):
        for was, now in zip(gone, came, strict=True):
            word = re.compile(rf"(?<![\w-]){re.escape(was)}(?![\w-])")
            if word.search(new) or re.search(rf"(?<![\w-]){re.escape(now)}(?![\w-])", old):
                continue
            out[now] = was
    out.update(_term_renames(old, new, out, changes))
    return out


_TERM = re.compile(r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![\w-])")


def _term_renames(old: str, new: str, known: dict[str, str], changes: Sequence[Change] | None = None) -> dict[str, str]:
    """Capitalised terms of art used as names of a kind of data ("Customer Data" -> "Customer Content"): a
    Title-Case term used at least twice that is gone from the new text, and a new one with as many words, one
    word in common and as many uses, absent from the old text. Countries and recipients are never renamed away.
    With the changes known, only terms in changed passages are candidates (cheap on a long policy)."""
    if changes is not None:
        was_src = "\n".join(c.before for c in changes if c.before and c.kind is not ChangeKind.MOVED)
        now_src = "\n".join(c.after for c in changes if c.after and c.kind is not ChangeKind.MOVED)
    else:
        was_src, now_src = old, new
    gone_terms = {t for t in _TERM.findall(was_src) if t not in known.values() and t not in new}
    came_terms = {t for t in _TERM.findall(now_src) if t not in known and t not in old}
    if not gone_terms or not came_terms:
        return {}
    old_uses, new_uses = Counter(_TERM.findall(old)), Counter(_TERM.findall(new))
    gone = {t: old_uses[t] for t in gone_terms if old_uses[t] >= 2}
    came = {t: new_uses[t] for t in came_terms if new_uses[t] >= 2}
    out: dict[str, str] = {}
    for was, n in gone.items():
        for now, m in came.items():
            a, b = was.split(), now.split()
            if m != n or len(a) != len(b) or not set(a) & set(b) or now in out:
                continue
            differing = normal(" ".join(set(a) ^ set(b)))
            cats = profile(differing).categories
            if cats[lx.IT] or cats[lx.TP] or profile(differing).entities:
                continue
            out[now] = was
            break
    return out


def _unrename(text: str | None, renames: dict[str, str]) -> str | None:
    if not text or not renames:
        return text
    for now, was in renames.items():
        text = re.sub(rf"(?<![\w-]){re.escape(now)}(?![\w-])", was, text)
    return text


#: How an explanation or an example opens ("For example, ...", "(such as ...)", "This means ...").
_EXPLAINS = re.compile(
    r"^\W*(?:for example|for instance|e\.g\.|eg\b|such as|including|like|this means|that means|in other words"
    r"|that is|i\.e\.|to illustrate|as an example|by way of example)\b"
)


def _known_to_policy(text: str, layout: Layout) -> bool:
    """The text names no data type, recipient, purpose, party or number the old policy did not already name, and
    states no negation, permission, limit or scope of its own."""
    p = profile(text)
    if p.permissive or p.limiters or p.broadeners:
        return False
    if p.negations and _HANDLING_VERB.search(p.low):  # "(for example, a purchase that did not arrive)" is a story
        return False
    # "for example, we share your location with advertisers": data going to a party other than our processors is
    # a practice, however well the policy knows each word of it
    if _HANDLING_VERB.search(p.low) and any(
        lx.CONCEPTS_BY_NAME[n].category == lx.TP and n not in ("service providers", "disclosure") for n in p.concepts
    ):
        return False
    old = layout.old_low
    if any(q.text.lower() not in old for q in p.quantities):
        return False
    if any(not re.search(rf"(?<!\w){re.escape(e)}", old) for e in p.entities):
        return False
    for name in p.concepts:
        concept = lx.CONCEPTS_BY_NAME[name]
        if concept.category not in (lx.DC, lx.TP, lx.DU) and concept.pattern.search(layout.old_low):
            continue  # "stores" illustrates retention in a policy that already speaks of keeping data
        for form in _forms(concept, p.low):
            # "cloud hosting provider" is known to a policy that has "service providers that host our back end"
            if form not in old and not all(f" {w[:4]}" in old for w in re.findall(r"[a-z]{4,}", form)):
                return False
    return True


def _examples_known(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], layout: Layout
) -> list[tuple[ChangeVerdict, str]]:
    """An added example or explanation ("For example, ...", "(such as our cloud host)", "This means ...") that
    names nothing the rest of the policy does not already name illustrates a practice; it does not add one."""
    out = list(judged)
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if not verdict.material or change.kind not in (ChangeKind.ADDED, ChangeKind.MODIFIED) or not change.after:
            continue
        if change.kind is ChangeKind.ADDED:
            inserts = [s for s in split_sentences(clean_block(change.after))]
        else:
            hunks = _hunks(change.before or "", change.after)
            if any(loose_key(deleted) for _, deleted, _, _ in hunks):
                continue
            inserts = [inserted for _, _, inserted, _ in hunks if loose_key(inserted)]
        if not inserts or not all(_EXPLAINS.match(normal(x).lstrip(" ,;:(-")) for x in inserts):
            continue
        if all(_known_to_policy(x, layout) for x in inserts):
            why = "an added example or explanation that names nothing the policy does not already state"
            out[k] = (_cosmetic("example-known", change, why).verdict, why)
    return out


#: how many new (or dropped) statements make `_stated_elsewhere` stop reading the rest
_NEW_STATEMENTS_ENOUGH = 12


def _stated_elsewhere(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], layout: Layout
) -> list[tuple[ChangeVerdict, str]]:
    """A statement added whose facts the old version already stated elsewhere (a duplicate, a copy moved in from
    another section), or removed whose facts the new version still states elsewhere (a duplicate dropped, a
    section restructured), changes nothing the policy says."""
    out = list(judged)
    docs: dict[bool, Document] = {}
    standing = 0  # statements found new: past a few, the pair is material whatever the rest say
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if not verdict.material or change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
            continue
        if standing >= _NEW_STATEMENTS_ENOUGH:
            break  # the rest keep their verdicts: bounded time on a rewrite or a truncated capture
        added = change.kind is ChangeKind.ADDED
        other = docs.setdefault(added, Document(layout.old if added else layout.new))
        sentences = split_sentences(clean_block((change.after if added else change.before) or ""))
        material = [
            s
            for s in sentences
            if _judge_statement(
                dataclasses.replace(change, after=s) if added else dataclasses.replace(change, before=s)
            ).verdict.material
        ]
        if material and all(covered(s, other, lambda t: _facts([t]), added) for s in material):
            where = "the old version already stated" if added else "the new version still states"
            why = f"{'added' if added else 'removed'} a statement whose facts {where} elsewhere"
            out[k] = (_cosmetic("stated-elsewhere", change, why).verdict, why)
        else:
            standing += 1
    return out


#: a sentence pointing to a separate document ("please see our separate Cookie Notice")
_POINTS_TO = re.compile(
    r"\b(?:see|refer to|review|read|consult|visit|available|described|set out|found|moved|explained)\b"
)
_DOC_NOUN = re.compile(r"\b(?:notice|policy|statement|page|article|terms)\b")
_TOPIC_WORD = re.compile(r"[a-z]{4,}")
_TOPIC_COMMON = frozenset(
    re.findall(r"\S+", "information about your with this that more please separate notice policy privacy")
)


def _topic(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _TOPIC_WORD.findall(normal(text)) if w not in _TOPIC_COMMON)


def _moved_to_notice(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], layout: Layout
) -> list[tuple[ChangeVerdict, str]]:
    """Statements removed from a section where an added sentence now points to a separate document on the section's
    subject ("For information about cookies, please see our separate Cookie Notice"): moved there, not dropped."""
    pointers = {
        k: (_topic(c.after or ""), loose_key(layout.heading_of(c.after or "")))
        for k, c in enumerate(changes)
        if c.kind is ChangeKind.ADDED
        and c.after
        and _POINTS_TO.search(normal(c.after))
        and _DOC_NOUN.search(normal(c.after))
        and len(c.after.split()) <= 40
        and not lx.NEGATION.search(normal(c.after))
    }
    pointers = {k: t for k, t in pointers.items() if t[0] and t[1]}
    if not pointers:
        return judged
    out = list(judged)
    used: set[int] = set()
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if not verdict.material or change.kind is not ChangeKind.REMOVED or not change.before:
            continue
        section = layout.heading_of(change.before)
        heading = _topic(section)
        # the pointer stands in the section the statement left, and names its subject
        matched = [
            n
            for n, (t, where) in pointers.items()
            if heading and where == loose_key(section) and len(heading & t) * 2 >= len(heading)
        ]
        if matched:
            used.update(matched)
            why = "removed with its section, whose subject an added sentence points to in a separate document"
            out[k] = (_cosmetic("moved-to-notice", change, why).verdict, why)
    for n in used:
        why = "added a pointer to the separate document the removed section moved to"
        out[n] = (_cosmetic("moved-to-notice", changes[n], why).verdict, why)
    return out


def classify(
    changes: Sequence[Change],
    layout: Layout | None = None,
    regions: Sequence[int] | None = None,
    renames: dict[str, str] | None = None,
) -> Classification:
    """Judge each change, then the changes together. `renames` (new defined term -> old) are undone before judging,
    so that a consistently renamed defined term is not read as a new name; the verdicts keep the real text."""
    shown = list(changes)
    if renames:
        changes = [dataclasses.replace(c, after=_unrename(c.after, renames)) for c in changes]
    judged = []
    for change in changes:
        try:
            judged.append(judge(change, layout))
        except Exception:  # a classifier bug must not lose the change: show it, flagged for a human
            log.exception("could not classify a change; reporting it as major")
            verdict = ChangeVerdict(
                change.kind,
                change.before,
                change.after,
                True,
                Severity.MAJOR,
                (lx.OT,),
                "could not be analysed automatically; please review",
                rule="unanalysed",
            )
            judged.append((verdict, "A change could not be analysed automatically"))
    judged = _pair_rewordings(list(changes), judged)
    if regions is not None and len(regions) == len(changes):
        judged = _same_facts_by_region(list(changes), judged, regions)
    if layout is not None and layout.old:
        judged = _examples_known(list(changes), judged, layout)
    if layout is not None and layout.old and layout.new:
        judged = _stated_elsewhere(list(changes), judged, layout)
        judged = _moved_to_notice(list(changes), judged, layout)
    if renames:
        judged = [(dataclasses.replace(v, after=c.after), h) for (v, h), c in zip(judged, shown, strict=True)]
    verdicts = tuple(v for v, _ in judged)
    severity = max((v.severity for v in verdicts), default=Severity.NONE)
    material = any(v.material for v in verdicts)
    cats: Counter[str] = Counter()
    first: list[str] = []
    for v in verdicts:
        if v.material or not material:
            for k, c in enumerate(v.categories):
                cats[c] += 3 if k == 0 else 1
            if v.categories and v.material:
                first.append(v.categories[0])
    categories = _rank(cats, [c for c, _ in Counter(first).most_common(1)])
    direction = _direction(
        [
            {Direction.REDUCES: REDUCES, Direction.IMPROVES: IMPROVES}.get(v.direction, NEUTRAL)
            for v in verdicts
            if v.material
        ]
        + [REDUCES, IMPROVES] * any(v.direction is Direction.MIXED for v in verdicts if v.material)
    )
    return Classification(material, severity, direction, categories, _summary(judged), verdicts)


def _failed_capture(old: str, new: str) -> str | None:
    """Why one side looks like an error / redirect / empty page captured instead of the policy, or None."""
    short, long_ = sorted(((old or "").strip(), (new or "").strip()), key=len)
    if len(long_) < 1000 or len(short) > min(2000, len(long_) // 4):
        return None
    side = "new" if short == (new or "").strip() else "old"
    if not short:
        return f"the {side} text is empty"
    if lx.STUB.search(short):
        return f"the {side} text looks like an error or redirect page"
    sentences = [x for line in short.splitlines() for x in split_sentences(clean_block(line))]
    if not any(profile(x).practice for x in sentences):
        return f"the {side} text states no data practice at all (a stub, not a version of the policy)"
    return None


def classify_texts(old: str, new: str) -> Classification:
    """Diff two canonical texts and classify the result."""
    why = _failed_capture(old, new)
    if why:
        return Classification(
            False,
            Severity.NONE,
            Direction.NEUTRAL,
            (),
            f"Not compared: {why}. A failed capture is not a change of the policy.",
        )
    changes, regions = diff_regions(old, new)
    result = classify(changes, Layout.of(old, new), regions, defined_renames(old, new, changes))
    if _english(new) or _english(old):
        return result
    return _unread(result)


#: the commonest English words: a policy that has few of them is in a language the lexicon does not read
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "we",
        "you",
        "your",
        "our",
        "is",
        "are",
        "for",
        "with",
        "that",
        "this",
        "in",
        "or",
        "by",
        "not",
        "may",
        "be",
        "will",
        "it",
        "as",
        "on",
        "from",
        "information",
        "data",
        "any",
        "use",
        "can",
        "us",
    ]
)
#: negations and modal words of the same languages: an edit touching one is never taken for a typo
_DENIALS = lx.DENIAL_WORDS
_WORD_RE = re.compile(r"[^\W\d_]+")


def _english(text: str) -> bool:
    """The prose of a policy (lines of several words, not menus or code) is mostly in English; its opening tells."""
    words: list[str] = []
    for line in text.splitlines():
        low = line.lower()
        if len(low) > 40 and (_code(low) or sum(c.isalpha() or c == " " for c in low) < 0.8 * len(low)):
            continue  # script or data code captured with the page is in no language
        found = _WORD_RE.findall(low)
        if len(found) >= 6:
            words.extend(found)
            if len(words) >= 800:
                break
    return len(words) < 50 or sum(w in _ENGLISH for w in words) >= 0.15 * len(words)


#: verdicts that only say the lexicon found no practice in the text
_UNREAD_REASONS = (
    "added text that states no data practice",
    "removed text that states no data practice",
    "reworded text that states no data practice",
    "reworded; no practice term",
    "reworded: the passage states the same practices",
    "added a general sentence",
    "removed a general sentence",
)
#: month names of the languages policies are most often written in besides English (a date line changing)
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    r"|januar|februar|märz|maerz|april|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
    r"|january|february|march|may|june|july|august|september|october|november|december)"
)
_ANY_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\s+(?:de\s+)?\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
)


def _small_fix(before: str, after: str) -> bool:
    """The same text but for a date or a few letters (typos, agreement), none of them a number or a negation."""
    a, b = loose_key(before), loose_key(after)
    if a == b:
        return True
    removed, added = multiset_delta(tuple(before.split()), tuple(after.split()))
    touched = {w.strip(".,;:()!?\"'") for w in removed + added}
    if touched & _DENIALS or any(c.isdigit() for w in touched for c in w):
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.97


def _label(text: str) -> bool:
    """A link or menu label of a few words ("Mentions légales"): in any language, no statement of practice."""
    return len(text.split()) <= 3 and not any(c.isdigit() for c in text) and text.rstrip()[-1:] not in ".:;!?"


def _unread(result: Classification) -> Classification:
    """A policy in a language the lexicon does not read: a changed sentence it could not judge is reported as
    material for a person to read, rather than passed over in silence (dates, links, layout and typos are still
    recognised as such)."""
    verdicts = []
    for v in result.changes:
        unread = (
            not v.material
            and v.reason.startswith(_UNREAD_REASONS)
            and not all(_label(t) for t in (v.before, v.after) if t)
        )
        if unread and v.before and v.after:
            unread = not _small_fix(_ANY_DATE.sub(" ", v.before.lower()), _ANY_DATE.sub(" ", v.after.lower()))
        if unread:
            v = dataclasses.replace(
                v,
                material=True,
                severity=Severity.MAJOR,
                categories=(lx.OT,),
                direction=Direction.NEUTRAL,
                rule="unread-language",
                reason="the policy is not in English, which the classifier does not read: this changed text is "
                "reported for a person to check",
            )
        verdicts.append(v)
    if not any(v.material for v in verdicts):
        return result
    material = [v for v in verdicts if v.material]
    summary = (
        f"{len(material)} changed passage(s) of a policy that is not in English: the classifier reads English only,"
        " so they are reported for a person to check."
    )
    severity = max(v.severity for v in verdicts)
    categories = result.categories if result.material else (lx.OT,)
    direction = result.direction if result.material else Direction.NEUTRAL
    return Classification(True, severity, direction, categories, summary, tuple(verdicts))
