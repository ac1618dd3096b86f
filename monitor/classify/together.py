"""Stage "document": changes read together and with the whole versions: paired rewordings, regions stating the same
facts, examples the policy already explains, statements that stand elsewhere, text moved to a separate notice. Pure.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from monitor.classify import lexicon as lx
from monitor.classify.elsewhere import Document, _bare_acts, _content_words, _points_elsewhere, covered
from monitor.classify.elsewhere import _titled as _titled_pointer
from monitor.classify.evidence import normal, profile
from monitor.classify.facts import _clauses, _facts, _sentence_facts, contrasted_clauses, reach_changed
from monitor.classify.findings import _acronym_of
from monitor.classify.furniture import _explains_term
from monitor.classify.layout import Layout
from monitor.classify.modified import (
    _capitals,
    _disclaims_security,
    _examples_in_parentheses,
    _heading_words,
    _judge_modified,
    _same_minimum_age,
)
from monitor.classify.moved import moved_to_notice
from monitor.classify.reader import holder_replaced
from monitor.classify.renames import as_speaker
from monitor.classify.restated import restates_passage
from monitor.classify.statement import _judge_statement
from monitor.classify.traits import _HANDLING_VERB, _firm, _forms, _practice_concepts
from monitor.classify.verdicts import _cosmetic, _hunks
from monitor.domain.values import Change, ChangeKind, ChangeVerdict
from monitor.text.sentences import clean_block, loose_key, split_sentences


def _signature(text: str) -> tuple | None:
    """What a statement commits to, in lexicon terms; two statements with one signature say the same thing."""
    p = profile(text)
    # the act of sharing is implied by its recipient ("we share X with providers" / "providers receive X")
    concepts = frozenset(_practice_concepts(p)) - {"disclosure"}
    if not concepts:
        return None
    negated = bool(p.negations) and any(c.negations and _practice_concepts(c) for c in _clauses(p, True))
    # and what a denial leaves out: "we do not allow X or Y" is not "X is not allowed, but Y may be"
    excepted = (
        frozenset(n for c in contrasted_clauses(p.low) for n in _practice_concepts(profile(c)))
        if negated
        else frozenset()
    )
    return (
        concepts,
        negated,
        excepted,
        _firm(p.commitments) > 0,
        bool(p.permissive),
        frozenset(p.limiters),
        tuple(sorted((q.kind, q.value) for q in p.quantities)),
        p.entities,
        bool(lx.NO_END_PERIOD.search(p.low)),  # a period with no end is its own practice
    )


def _pair_rewordings(changes: list[Change], judged: list[tuple[ChangeVerdict, str]]) -> list[tuple[ChangeVerdict, str]]:
    """A material removal and a material addition that state the same practice in other words (a rewritten
    sentence the diff could not pair) cancel out; so do a removal and an addition that differ only by examples
    given in parentheses after the terms both name (`modified._examples_in_parentheses`: a table row re-laid with
    the statute's examples, where the diff paired the rows across)."""
    removed = [k for k, (v, _) in enumerate(judged) if v.material and v.kind is ChangeKind.REMOVED]
    added = [k for k, (v, _) in enumerate(judged) if v.material and v.kind is ChangeKind.ADDED]
    if not removed or not added or len(removed) * len(added) > 400:
        return judged
    signatures = {k: _signature(judged[k][0].after or "") for k in added}
    out = list(judged)
    for k in removed:
        sig = _signature(judged[k][0].before or "")
        old = judged[k][0].before or ""
        match = next(
            (
                m
                for m in added
                if sig is not None
                and signatures.get(m) == sig
                # the same practice, but what its denial reaches changed: "no X or Y" -> "no X"
                and not _reach_changed([old], [judged[m][0].after or ""])
            ),
            None,
        )
        if match is None:
            # the same row or sentence with examples given in parentheses, re-laid where the diff saw no pair
            match = next((m for m in added if _examples_in_parentheses(old, judged[m][0].after or "")), None)
        if match is None:
            match = _reworded_elsewhere(judged[k][0].before or "", [(m, judged[m][0].after or "") for m in added])
        if match is None:
            match = _heading_retitled(judged[k][0].before or "", [(m, judged[m][0].after or "") for m in added])
        if match is None:  # the same minimum age said in other words, elsewhere in the change
            match = next((m for m in added if _same_minimum_age(profile(old), profile(judged[m][0].after or ""))), None)
        if match is None:
            continue
        del signatures[match]
        added.remove(match)
        for n in (k, match):
            why = "reworded: the same practice is stated in other words elsewhere in the change"
            out[n] = (_cosmetic("reworded-pair", changes[n], why).verdict, why)
    return out


#: the share of content words a removed statement and an added one must have in common to be read as one reworded
#: (measured on both: the smaller of the two shares)
_REWORDED_OVERLAP = 0.5
#: the most sentences of a statement read as one reworded
_REWORDED_SENTENCES = 3


def _reworded_elsewhere(old: str, added: list[tuple[int, str]]) -> int | None:
    """The added statement (index) that says what the removed `old` said in other words, moved elsewhere: most
    content words alike both ways, and read as one sentence reworded (`modified` judge) it changes no practice,
    number, negation, modality, limit or party. Family: a paragraph moved to another section and rewritten on the
    way ("You can tell us at any time not to send you marketing e-mails" -> "You may ask us to stop sending you
    marketing emails at any time")."""
    mine = _content_words(old)
    if len(mine) < 4 or len(split_sentences(clean_block(old))) > _REWORDED_SENTENCES:
        return None
    scored = []
    for m, text in added:
        theirs = _content_words(text)
        common = len(mine & theirs)
        share = min(common / len(mine), common / len(theirs)) if theirs else 0.0
        if share >= _REWORDED_OVERLAP and len(split_sentences(clean_block(text))) <= _REWORDED_SENTENCES:
            scored.append((-share, m, text))
    for _, m, text in sorted(scored)[:3]:
        change = Change(kind=ChangeKind.MODIFIED, before=old, after=text)
        if not _judge_modified(change).verdict.material:
            return m
    return None


def _heading_retitled(old: str, added: list[tuple[int, str]]) -> int | None:
    """The added heading that retitles the removed heading `old` ("**Children**" -> "**Use by Minors**", "DATA
    RETENTION" -> "HOW LONG WE KEEP YOUR DATA"): both written as headings (in capitals, or set in bold or as a
    Markdown heading), naming a topic in common and the same numbers. The text under a heading states the practice.
    Family: sections retitled in a restructure, where the diff sees a title dropped and another added."""
    if not _titled(old):
        return None
    topics = _topics_named(old)
    for m, text in added:
        if _titled(text) and topics & _topics_named(text) and profile(old).quantities == profile(text).quantities:
            return m
    return None


def _titled(text: str) -> bool:
    """Whether `text` is written as a heading: title words (`modified._heading_words`) in capitals, in bold or
    after a Markdown heading mark."""
    raw = text.strip()
    bare = raw.strip("*#_ ").strip()
    if _capitals(bare) and len(bare.split()) <= _TITLE_WORDS:
        return not lx.NEGATION.search(bare.lower()) and not bare.endswith("?")  # "HOW LONG WE KEEP YOUR DATA"
    if raw.startswith("#"):
        return 0 < len(bare.split()) <= _TITLE_WORDS  # a Markdown heading, in any case
    return bool(_heading_words(bare)) and (raw.startswith(("**", "__")) or raw.endswith(("**", "__")))


#: the most words of a title in capitals
_TITLE_WORDS = 8


def _topics_named(text: str) -> set[str]:
    """The specific concepts a heading names (what its section is about)."""
    return {n for n in profile(text).concepts if lx.CONCEPTS_BY_NAME[n].specific}


#: A region with more changes than this is a rewrite of the policy, not a reworded passage (and costly to compare).
MAX_REGION_CHANGES = 60


#: verdicts the facts of sentences do not show: read from the page's structure (a name listed as a heading), from
#: the kind of channel a request goes by (e-mail -> web form) or from the kind of condition a practice is left to
_READ_BY_STRUCTURE = frozenset(
    {"listed-party", "listed-recipient", "rights-channel", "condition-swapped", "data-item-listed"}
)


def _region_members(changes: list[Change], regions: Sequence[int]) -> dict[int, list[int]]:
    """The changes of each region (hunk of edited sentences between unchanged ones), sentences moved whole aside."""
    members: dict[int, list[int]] = {}
    for k, region in enumerate(regions):
        if region >= 0 and changes[k].kind is not ChangeKind.MOVED:
            members.setdefault(region, []).append(k)
    return members


def _mark_same(out: list[tuple[ChangeVerdict, str]], changes: list[Change], ks: list[int], why: str) -> None:
    """The material changes `ks` (those no rule of structure read) judged a rewording of a passage stating the same
    facts: `same-facts`, in place."""
    for k in ks:
        if out[k][0].material and out[k][0].rule not in _READ_BY_STRUCTURE:
            out[k] = (_cosmetic("same-facts", changes[k], why).verdict, why)


#: why a passage rewritten in place is no change
_SAME_PASSAGE = "reworded: the passage states the same practices, limits and numbers before and after"


def _same_facts_by_region(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], regions: Sequence[int]
) -> list[tuple[ChangeVerdict, str]]:
    """A passage rewritten as a whole (sentences split or merged, clauses reordered, active <-> passive, a list
    turned into prose) is not material when all it stated before and all it states after are the same facts."""
    members = _region_members(changes, regions)
    out = list(judged)
    for ks in members.values():
        if len(ks) > MAX_REGION_CHANGES or not any(judged[k][0].material for k in ks):
            continue
        if _region_same(changes, ks, loose=len(ks) >= _REWRITTEN_CHANGES or _recut(changes, ks)):
            _mark_same(out, changes, ks, _SAME_PASSAGE)
        elif len(ks) >= _REWRITTEN_CHANGES:
            out = _redistributed(changes, out, ks)
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
                _mark_same(out, changes, ks, _SAME_PASSAGE)
                break
    return out


#: a region's words must be this much of the words of the region it is compared with (the smaller of the two) for
#: the two to be one passage moved and reworded; at most this many regions with material changes are compared
_MOVED_OVERLAP = 0.5
_MOVED_REGIONS = 40
#: the regions closest in words tried as the other half of a moved passage
_MOVED_TRIES = 3


def _moved_reworded(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], regions: Sequence[int]
) -> list[tuple[ChangeVerdict, str]]:
    """A passage moved to another place and reworded there (a section restructured: its sentences re-cut, a pronoun
    for what the sentence before named) leaves its old wording removed in one region and its new wording added in
    another. The two regions read together state the same facts (`_region_same`, as one rewritten passage): not
    material. Regions are paired by their words (most of the smaller one's content words in the other).

    Family: policies restructured, a section moved under another heading and edited on the way."""
    members = _region_members(changes, regions)
    live = [r for r, ks in members.items() if any(judged[k][0].material for k in ks)]
    if not live or len(live) > _MOVED_REGIONS:
        return judged
    words = {
        r: (
            _content_words(" ".join(changes[k].before or "" for k in ks)),
            _content_words(" ".join(changes[k].after or "" for k in ks)),
        )
        for r, ks in members.items()
        if len(ks) <= MAX_REGION_CHANGES
    }
    out = list(judged)
    for r in live:
        if r not in words or not any(out[k][0].material for k in members[r]):
            continue
        scored = []
        for other, (before, after) in words.items():
            if other == r:
                continue
            for mine, theirs in ((words[r][0], after), (words[r][1], before)):
                small = min(len(mine), len(theirs))
                if small >= 4 and len(mine & theirs) >= _MOVED_OVERLAP * small:
                    scored.append((-len(mine & theirs) / small, other))
        for _, other in sorted(set(scored))[:_MOVED_TRIES]:  # the closest few: bounded work on a large rewrite
            ks = sorted(members[r] + members[other])
            if len(ks) > MAX_REGION_CHANGES or not _region_same(changes, ks, loose=True):
                continue
            _mark_same(
                out,
                changes,
                ks,
                "moved and reworded: the passage states the same practices, limits and numbers in its new place",
            )
            break
    return out


def _redistributed(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], ks: list[int]
) -> list[tuple[ChangeVerdict, str]]:
    """In a rewritten passage whose facts differ as a whole, a change whose own differences the passage makes up for
    elsewhere: each fact it drops is stated as many times by the passage after, each fact it adds was stated as many
    times before (a clause moved to the next sentence, a list item's words spread over the prose). The facts the
    passage states fewer or more times as a whole stay with the changes that carry them."""
    texts_b = [c.before for c in (changes[k] for k in ks) if c.before]
    texts_a = [c.after for c in (changes[k] for k in ks) if c.after]
    if holder_replaced(texts_b, texts_a) or _reach_changed(texts_b, texts_a):
        return judged
    before, after = _stated_counts(texts_b), _stated_counts(texts_a)
    gone, came = before - after, after - before
    out = list(judged)
    for k in ks:
        verdict = judged[k][0]
        if not verdict.material or verdict.rule in _READ_BY_STRUCTURE:
            continue
        mine_b = _stated_counts([t for t in (changes[k].before,) if t])
        mine_a = _stated_counts([t for t in (changes[k].after,) if t])
        dropped, added = mine_b - mine_a, mine_a - mine_b
        if not (dropped or added) or set(dropped) & set(gone) or set(added) & set(came):
            continue  # nothing the facts show (read by other means), or a difference of the passage as a whole
        why = "reworded: what the sentence no longer says, or newly says, another sentence of the passage says"
        out[k] = (_cosmetic("same-facts", changes[k], why).verdict, why)
    return out


def _reach_changed(texts_b: list[str], texts_a: list[str]) -> bool:
    """Whether the passage's denials reach other terms after than before (`facts.reach_changed`), read sentence by
    sentence."""
    if not all(any(lx.NEGATION.search(t.lower()) for t in side) for side in (texts_b, texts_a)):
        return False
    old = [s for t in texts_b for s in split_sentences(clean_block(t))]
    new = [s for t in texts_a for s in split_sentences(clean_block(t))]
    return reach_changed(old, new)


def _stated_counts(texts: Sequence[str]) -> Counter:
    """How many sentences of `texts` state each fact of what a passage states (not of its wording, nor the count of
    its denials)."""
    return Counter(
        f
        for text in texts
        for sentence in split_sentences(clean_block(text))
        for f in set(_sentence_facts(sentence)[0])
        if f[0] not in _WORDING_FACTS and f[0] != "denied term" and not _plain_term(f)
    )


def _facts_balance(changes: list[Change], groups: list[list[int]]) -> bool:
    """Every fact is stated by as many regions after as before: a limit or negation dropped in one region is not
    made up for by the same limit in another changed region (names and terms are left to `_region_same`)."""
    count_b: Counter = Counter()
    count_a: Counter = Counter()
    for ks in groups:
        count_b.update(f for f in _facts([c.before for c in (changes[k] for k in ks) if c.before]) if f[0] != "name")
        count_a.update(f for f in _facts([c.after for c in (changes[k] for k in ks) if c.after]) if f[0] != "name")
    return all(count_a[f] == n for f, n in count_b.items() if f[0] not in ("term", "denials"))


def _recut(changes: list[Change], ks: list[int]) -> bool:
    """A sentence rewritten as two, or two as one, in a passage of modified sentences: re-cut, read as rewritten."""
    return all(changes[k].kind is ChangeKind.MODIFIED for k in ks) and any(
        len(split_sentences(clean_block(changes[k].before or "")))
        != len(split_sentences(clean_block(changes[k].after or "")))
        for k in ks
    )


#: a passage of this many changes is rewritten, not edited: its sentences no longer pair one to one, and the reading
#: of hedges, scope words, permissions and the wording of a concept's terms goes with the sentence they fell in
_REWRITTEN_CHANGES = 3
#: facts of how a statement is worded more than of what it states: in a rewritten passage, they are read as the
#: sentences that carry them are re-cut ("we may be able to" -> "we can sometimes", "all of" -> "every")
_WORDING_FACTS = frozenset({"may", "scope", "hedge", "everyone"})


#: an exclusion set against what precedes it ("in transit, but not at rest"); not "including but not limited to"
_BUT_NOT = re.compile(r"(?<![\w-])but not(?! (?:limited|only|just|merely)\b)(?![\w-])")


#: the most words of a list item the diff left on its own, read with its list's introduction
_ITEM_FRAGMENT_WORDS = 25
#: a text that introduces a list and goes on with (some of) its items: "... your right to request: access to ..."
_LIST_HOST = re.compile(r":(?:\s|$)")
#: the most introductions a passage's items are read under
_MAX_HOSTS = 3


def _items_with_intro(texts: list[str]) -> list[list[str]]:
    """A passage's texts, and the same with the list items the diff left on their own ("removal of your
    information") read with a list's introduction, which the diff paired with the items that share words with the
    old wording ("... your right to request: access to your information"): an item carries its introduction's verb
    and denial, so "update, remove, and restrict" in prose is the same rights as the items of "the right to
    request:". An item is a fragment: at most `_ITEM_FRAGMENT_WORDS` words, no stop and no colon of its own. With
    several introductions in the passage, the items are read under each in turn (a few readings at most).

    Family: prose turned into a list (or back) whose middle items share no word with the old wording."""
    hosts = [t for t in texts if _LIST_HOST.search(t) and not t.rstrip().endswith((".", "!", "?"))]
    items = [
        t
        for t in texts
        if not any(t is h for h in hosts)
        and len(t.split()) <= _ITEM_FRAGMENT_WORDS
        and ":" not in t
        and not t.rstrip().endswith((".", "!", "?", ";"))
    ]
    if not hosts or not items:
        return [texts]
    readings = [texts]
    for host in hosts[:_MAX_HOSTS]:
        joined = f"{host.rstrip(' ,;')}, " + ", ".join(t.strip(" ,;") for t in items)
        readings.append([joined if t is host else t for t in texts if not any(t is i for i in items)])
    return readings


def _region_same(changes: list[Change], ks: list[int], loose: bool = False) -> bool:
    """The changes `ks` state the same facts before and after. `loose`: a rewritten passage, where the facts of
    wording (`_WORDING_FACTS`) and the terms of concepts other than data types and recipients may differ. List items
    left on their own are read with their introduction (`_items_with_intro`)."""
    readings_b = _items_with_intro([c.before for c in (changes[k] for k in ks) if c.before])
    readings_a = _items_with_intro([c.after for c in (changes[k] for k in ks) if c.after])
    # each side's list read with its introduction against the other side as written (a list on one side only)
    pairs = [(readings_b[0], a) for a in readings_a] + [(b, readings_a[0]) for b in readings_b[1:]]
    return any(_texts_same(b, a, loose) for b, a in pairs)


def _texts_same(texts_b: list[str], texts_a: list[str], loose: bool) -> bool:
    """`_region_same` for one reading of the passage before and after."""
    if (not texts_b or not texts_a) and any(
        _bare_acts(t) and "?" not in t and _practice_concepts(profile(t)) for t in texts_a or texts_b
    ):
        # text only added (or only removed) where the company says it handles data rewrites nothing, even where no
        # fact of it is read ("we also share the results with other firms": sharing of no data named); not a
        # question ("Who do we share it with?", an entry of a table of contents)
        return False
    # who holds a right or sees the data: no practice, limit or number records it (reader.holder_replaced)
    if holder_replaced(texts_b, texts_a):
        return False
    # nor which terms a denial reaches ("we do not allow X or Y" -> "X is not allowed, but Y may be used")
    if texts_b and texts_a and _reach_changed(texts_b, texts_a):
        return False
    low_b, low_a = normal(" ".join(texts_b)), normal(" ".join(texts_a))
    # a part of the scope excluded by "but not" ("in transit and at rest" -> "in transit, but not at rest"): a denial
    # of no handling verb, which no fact records
    if len(_BUT_NOT.findall(low_b)) != len(_BUT_NOT.findall(low_a)):
        return False
    if _numbers_swapped(texts_b, texts_a):
        return False
    before, after = _facts(texts_b), _facts(texts_a)
    # a denial may be split in two ("we do not sell X or Y" -> "we do not sell X. We do not sell Y"), not dropped
    denied_b = {f[1]: f[2] for f in before if f[0] == "denials"}
    denied_a = {f[1]: f[2] for f in after if f[0] == "denials"}
    if any(denied_a.get(v, 0) < n for v, n in denied_b.items()):
        return False
    before = frozenset(f for f in before if f[0] != "denials")
    after = frozenset(f for f in after if f[0] != "denials")
    # a name is no new fact when the other side has it too, where it was not recognised as one (a sentence start)
    # nor an acronym written out on the other side ("PI" -> "Personal Information")
    before = frozenset(
        f
        for f in before
        if f[0] != "name" or f in after or (not _said_in(f[1], low_a) and not _acronym_of(f[1], low_a, low_b))
    )
    after = frozenset(
        f
        for f in after
        if f[0] != "name" or f in before or (not _said_in(f[1], low_b) and not _acronym_of(f[1], low_b, low_a))
    )
    if loose:
        before = frozenset(f for f in before if f[0] not in _WORDING_FACTS and not _plain_term(f))
        after = frozenset(f for f in after if f[0] not in _WORDING_FACTS and not _plain_term(f))
    terms_b = {f for f in before if f[0] == "term"}
    terms_a = {f for f in after if f[0] == "term"}
    if before - terms_b != after - terms_a or not all(_term_kept(t, terms_a) for t in terms_b - terms_a):
        return False
    # an added term is a new fact for data types, recipients, tracking techniques and named safeguards ("photos" ->
    # "photos and videos", "cookies" -> "cookies and fingerprinting", "TLS" -> "TLS and vulnerability scans");
    # elsewhere it restates the concept ("performance of a contract" -> "the legal basis is performance of a
    # contract", "encryption" -> "security measures such as encryption")
    return not any(
        lx.CONCEPTS_BY_NAME[f[1]].category in (lx.DC, lx.TP, lx.TR)
        or (f[1] == "security measures" and f[2] != "secur measu")
        for f in terms_a - terms_b
        if not _term_kept(f, terms_b)
    )


def _numbers_swapped(texts_b: list[str], texts_a: list[str]) -> bool:
    """A number said by more sentences of the passage after while another of its kind is said by fewer: a figure
    moved from one statement to another ("delete data of a child under 18" -> "under 13" beside "do not collect
    from children under 13"), which the passage's set of numbers does not show. A merge only says a number fewer
    times, a split more times; neither swaps two."""
    if not any(c.isdigit() for t in texts_b for c in t) or not any(c.isdigit() for t in texts_a for c in t):
        return False  # figures on both sides, written in digits (a cheap test: most passages have none)
    count_b: Counter = Counter()
    count_a: Counter = Counter()
    for texts, count in ((texts_b, count_b), (texts_a, count_a)):
        for text in texts:
            count.update({(q.kind, q.value) for q in profile(text).quantities})
    if count_b == count_a:
        return False
    up = {k for k in count_a if count_a[k] > count_b[k]}
    down = {k for k in count_b if count_b[k] > count_a[k]}
    return any(u[0] == d[0] for u in up for d in down)


def _term_kept(term: tuple, terms: set) -> bool:
    """A concept's term stated again in `terms`, or within a longer term of the same concept there ("your
    geolocation" beside "your precise geolocation", both reading precise location)."""
    words = set(term[2].split())
    return any(t[1] == term[1] and words <= set(t[2].split()) for t in terms)


def _said_in(name: str, low: str) -> bool:
    """The name is in the other side's words, in one number or the other ("our Products" -> "a Product")."""
    return name in low or (len(name) > 3 and name.endswith("s") and not name.endswith("ss") and name[:-1] in low)


def _plain_term(fact: tuple) -> bool:
    """A term of a concept other than a data type, a recipient, a tracking technique or a named safeguard (its
    wording, not a new fact): "device fingerprinting" added to "cookies and pixels" is a technique more."""
    if fact[0] != "term":
        return False
    concept = lx.CONCEPTS_BY_NAME[fact[1]]
    return concept.category not in (lx.DC, lx.TP, lx.TR) and fact[1] not in ("security measures", "named countries")


#: How an explanation or an example opens ("For example, ...", "(such as ...)", "This means ...").
_EXPLAINS = re.compile(
    r"^\W*(?:for example|for instance|e\.g\.|eg\b|such as|including|like|this means|that means|in other words"
    r"|that is|i\.e\.|to illustrate|as an example|by way of example)\b"
)


def _known_to_policy(text: str, other: str) -> bool:
    """The text names no data type, recipient, purpose, party or number the other version (`other`, normalised) does
    not name, and states no negation, permission, limit or scope of its own."""
    p = profile(text)
    # a permission the company gives itself ("for example, we may share it"); not what may happen to the reader's
    # own things in the example ("a file you delete may still exist in a backup copy for a while")
    if p.permissive and (lx.WE.search(p.low) or _HANDLING_VERB.search(p.low)):
        return False
    if p.limiters or p.broadeners:
        return False
    if p.negations and _HANDLING_VERB.search(p.low):  # "(for example, a purchase that did not arrive)" is a story
        return False
    # "for example, we share your location with advertisers": data going to a party other than our processors is
    # a practice, however well the policy knows each word of it
    if _HANDLING_VERB.search(p.low) and any(
        lx.CONCEPTS_BY_NAME[n].category == lx.TP and n not in ("service providers", "disclosure") for n in p.concepts
    ):
        return False
    return _names_known(text, other)


#: recipients too general to name a party of their own ("third parties", "service providers")
_GENERAL_PARTIES = frozenset({"third parties", "service providers", "disclosure"})


def _party_joins(inserts: list[str], sentence: str) -> bool:
    """An example naming a kind of recipient inserted where a sentence hands data on or tracks ("we work with
    third-party companies, including advertisers, that use cookies ..."): that party now receives or collects,
    however well the policy knows the word elsewhere ("click an advertiser's link"). Family: "including
    advertisers", "such as data brokers" added to the parties of a sharing or tracking sentence."""
    if not any(
        lx.CONCEPTS_BY_NAME[n].category == lx.TP and n not in _GENERAL_PARTIES
        for x in inserts
        for n in profile(x).concepts
    ):
        return False
    whole = profile(sentence)
    return bool(whole.categories[lx.TR]) or _HANDLING_VERB.search(whole.low) is not None


#: an example that supposes a case ("For example, if the age limit in your country is 15, ...", "Say you ask us
#: ..."): its numbers are the case supposed, not a figure of the policy's
_SUPPOSED_CASE = re.compile(
    r"^\W*(?:(?:for example|for instance|e\.g\.|as an example|to illustrate)\W+(?:if|when|suppose|say)"
    r"|suppose|imagine|say you)\b"
)


def _names_known(text: str, old: str) -> bool:
    """The text names no data type, recipient, purpose, party or number that `old` (a version, normalised) does not
    name already; the numbers of a case an example supposes (`_SUPPOSED_CASE`) are no figure of the policy."""
    p = profile(text)
    supposed = _SUPPOSED_CASE.match(p.low) is not None
    if not supposed and any(q.text.lower() not in old for q in p.quantities):
        return False
    if any(not re.search(rf"(?<!\w){re.escape(e)}", old) for e in p.entities):
        return False
    for name in p.concepts:
        concept = lx.CONCEPTS_BY_NAME[name]
        if concept.critical and not p.negations:
            return False  # "including your precise location": sensitive data named is never a mere illustration
        if concept.category not in (lx.DC, lx.TP, lx.DU, lx.TR) and concept.pattern.search(old):
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
    names nothing the rest of the policy does not already name illustrates a practice; it does not add one. So does
    one dropped that names nothing the new version does not name. Then definitions added or dropped
    (`_explanations_known`)."""
    out = list(judged)
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if not verdict.material:
            continue
        dropped = change.kind is ChangeKind.REMOVED
        if dropped and change.before and layout.new:
            inserts, other = split_sentences(clean_block(change.before)), layout.new_low
        elif change.kind is ChangeKind.ADDED and change.after:
            inserts, other = split_sentences(clean_block(change.after)), layout.old_low
        elif change.kind is ChangeKind.MODIFIED and change.after:
            hunks = _hunks(change.before or "", change.after)
            if any(loose_key(deleted) for _, deleted, _, _ in hunks):
                continue
            inserts, other = [inserted for _, _, inserted, _ in hunks if loose_key(inserted)], layout.old_low
        else:
            continue
        if not inserts or not all(_EXPLAINS.match(normal(x).lstrip(" ,;:(-")) for x in inserts):
            continue
        if change.kind is ChangeKind.MODIFIED and _party_joins(inserts, change.after or ""):
            continue
        if all(_known_to_policy(x, other) for x in inserts):
            why = (
                "a dropped example or explanation that names nothing the policy does not still state"
                if dropped
                else "an added example or explanation that names nothing the policy does not already state"
            )
            out[k] = (_cosmetic("example-known", change, why).verdict, why)
    return _explanations_known(changes, out, layout) if layout.new else out


def _explanations_known(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], layout: Layout
) -> list[tuple[ChangeVerdict, str]]:
    """A definition or a naming of terms added or dropped ("OAuth is an authorisation protocol that ...", "\"Digital
    asset\" means ...", "In this policy, we call these technologies cookies") that names nothing the other version
    does not name: it explains a word; the sentences that use the word state the practice. One that brings a new
    party, data type or number ("Acme is an ad network that receives your browsing history") stays material.

    Family: glossaries and "what is a cookie / Do Not Track / this technology" passages, added, dropped or moved."""
    out = list(judged)
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if not verdict.material or change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
            continue
        added = change.kind is ChangeKind.ADDED
        text = (change.after if added else change.before) or ""
        sentences = split_sentences(clean_block(text))
        if not sentences or not _explains_term(normal(sentences[0])):
            continue
        other = layout.old_low if added else layout.new_low
        # the sentences after a definition go on about the term ("It lets ...", "These files ...")
        if all(_names_known(s, other) for s in sentences):
            why = f"{'added' if added else 'removed'} a definition of a term that names nothing new to the policy"
            out[k] = (_cosmetic("example-known", change, why).verdict, why)
    return out


#: how many new (or dropped) statements make `_stated_elsewhere` stop reading the rest: a bound on the time spent on a
#: wrong page, a policy in another language or a rewrite (hundreds of statements). Past a dozen the pair is material
#: whatever the rest say; only the verdicts of the unread statements are at stake. Reading up to 60 cleared 3.5 % of
#: the material verdicts of statements in the gap pairs (bench/gap_pairs.py: 8122 -> 7836, no pair's verdict changed)
#: but cost 23 % more time on the slowest real pairs (classify_bench --real-only p95 364 -> 449 ms): the issue's time
#: budget comes first. Stopping once few statements read are found restated cleared none of them.
_NEW_STATEMENTS_ENOUGH = 12


def _stated_elsewhere(
    changes: list[Change],
    judged: list[tuple[ChangeVerdict, str]],
    layout: Layout,
    speakers: Sequence[str] = (),
    regions: Sequence[int] | None = None,
) -> list[tuple[ChangeVerdict, str]]:
    """A statement added whose facts the old version already stated elsewhere (a duplicate, a copy moved in from
    another section), or removed whose facts the new version still states elsewhere (a duplicate dropped, a
    section restructured), changes nothing the policy says. `speakers`: the company's names both versions define
    as "we", read as "we" in the statement ("Example Corp uses your data" is found where the other says "we use").
    A statement whose number the same passage states otherwise on the other side (`_renumbered`) is that number
    changed, wherever else the old figure stands."""
    out = list(judged)
    docs: dict[bool, Document] = {}
    standing = 0  # statements found new: past a few, the pair is material whatever the rest say
    renumbered = (
        _renumbered(changes, regions, [v.material for v, _ in judged])
        if regions is not None and len(regions) == len(changes)
        else set()
    )
    for k, (verdict, _) in enumerate(judged):
        change = changes[k]
        if k in renumbered:
            continue
        if verdict.material and change.kind is ChangeKind.MODIFIED and _pointer_reworded(change, docs, layout):
            why = "reworded a pointer to another section whose topics both versions state"
            out[k] = (_cosmetic("stated-elsewhere", change, why).verdict, why)
            continue
        if not verdict.material or change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
            continue
        if standing >= _NEW_STATEMENTS_ENOUGH:
            break  # the rest keep their verdicts: bounded time on a rewrite or a truncated capture
        added = change.kind is ChangeKind.ADDED
        other = docs.setdefault(added, Document(_spoken(layout.old if added else layout.new, speakers)))
        text = (change.after if added else change.before) or ""
        sentences = split_sentences(clean_block(text))
        material = [
            s
            for s in sentences
            if _judge_statement(
                dataclasses.replace(change, after=s) if added else dataclasses.replace(change, before=s)
            ).verdict.material
        ] or sentences  # a list item material only with its introduction: each of its sentences is read with it
        intro, heading = layout.intro_of(text), layout.heading_of(text)
        own = layout.new if added else layout.old
        if material and all(_disclaimer_stands(s, other) for s in material):
            why = f"{'added' if added else 'removed'} a disclaimer of absolute security that the other version states"
            out[k] = (_cosmetic("security-disclaimer", change, why).verdict, why)
        elif material and all(restates_passage(s, own, other) for s in material):
            why = f"{'added' if added else 'removed'} a sentence that restates the passage before it in other words"
            out[k] = (_cosmetic("restated", change, why).verdict, why)
        elif material and all(
            covered(_unreferenced(as_speaker(s, speakers) or s), other, lambda t: _facts([t]), added, intro, heading)
            for s in material
        ):
            where = "the old version already stated" if added else "the new version still states"
            why = f"{'added' if added else 'removed'} a statement whose facts {where} elsewhere"
            out[k] = (_cosmetic("stated-elsewhere", change, why).verdict, why)
        else:
            standing += 1
    return out


def _renumbered(changes: list[Change], regions: Sequence[int], material: Sequence[bool]) -> set[int]:
    """The material statements added or removed in a passage whose other side adds or removes one stating the same
    facts but a number of the same kind ("data kept for 3 years from the study" -> "kept for 5 years from the
    study" within one list item rewritten): a number changed, not a statement dropped while another copy stands."""
    out: set[int] = set()
    for ks in _region_members(changes, regions).values():
        sides: dict[bool, list[tuple[int, frozenset, frozenset]]] = {True: [], False: []}
        for k in ks:
            change = changes[k]
            if not material[k] or change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
                continue
            text = change.after if change.kind is ChangeKind.ADDED else change.before
            if not profile(text or "").quantities:
                continue  # no number: nothing renumbered (a cheap test: the profile is read already)
            facts = _facts([text or ""])
            numbers = frozenset(f for f in facts if f[0] == "number")
            if numbers:
                sides[change.kind is ChangeKind.ADDED].append((k, facts - numbers, numbers))
        # (a statement the other side states with the same number too is moved or reworded, not renumbered)
        said = {True: {(r, n) for _, r, n in sides[True]}, False: {(r, n) for _, r, n in sides[False]}}
        for k, rest, numbers in sides[False]:
            for j, rest_a, numbers_a in sides[True]:
                if (
                    rest == rest_a
                    and numbers != numbers_a
                    and {n[1] for n in numbers} & {n[1] for n in numbers_a}
                    and (rest, numbers) not in said[True]
                    and (rest_a, numbers_a) not in said[False]
                ):
                    out.update((k, j))
    return out


def _spoken(text: str, speakers: Sequence[str]) -> str:
    """The version with the company's names read as "we", line by line (the line that defines them stays as
    written): the other version searched for a statement's facts says "we" where the statement does."""
    if not speakers or not any(name in text for name in speakers):
        return text
    return "\n".join(as_speaker(line, speakers) or line for line in text.split("\n"))


#: a lead that offers the sentence as an example ("For example, we retain your account information ..."): what
#: follows is a statement like any other
_EXAMPLE_LEAD = re.compile(r"^\W*(?:for (?:example|instance)|e\.g\.)\s*,\s*", re.IGNORECASE)


def _unreferenced(sentence: str) -> str:
    """The sentence without a lead that says where else the policy states it ("As noted above, you can control the
    ads you see" -> "you can control the ads you see") or that offers it as an example ("For example, we retain
    ..."): the lead names a place (a section's title words) or a role, not a practice; what follows is read against
    the other version like any statement."""
    m = lx.BACK_REFERENCE.match(sentence) or _EXAMPLE_LEAD.match(sentence)
    if not m:
        return sentence
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:]


def _pointer_reworded(change: Change, docs: dict[bool, Document], layout: Layout) -> bool:
    """Both versions of a sentence only point the reader elsewhere ("Please refer to Section 6 for more on
    marketing" -> "For more on marketing, including how to opt out, see Section 6"), and each names only topics the
    other version states (`elsewhere.covered` on a pointer): where to read, reworded."""
    before, after = (change.before or "").strip(), (change.after or "").strip()
    if len(split_sentences(before)) != 1 or len(split_sentences(after)) != 1:
        return False
    if not (_points_elsewhere(before) and _points_elsewhere(after)):
        return False
    old = docs.setdefault(True, Document(layout.old))
    new = docs.setdefault(False, Document(layout.new))
    return _pointer_stands(after, old, added=True) and _pointer_stands(before, new, added=False)


def _pointer_stands(pointer: str, other: Document, added: bool) -> bool:
    """A pointer that names no practice ("Please refer to Section 6 for more information.") points anywhere; one
    that names some must name what the other version states."""
    if not any(f[0] == "concept" for f in _facts([_titled_pointer(pointer)])):
        return True
    return covered(pointer, other, lambda t: _facts([t]), added)


def _disclaimer_stands(sentence: str, other: Document) -> bool:
    """`sentence` disclaims absolute security ("No method of transmission or storage is 100% secure") and the other
    version disclaims it too, in its own words ("We cannot guarantee the security of your data"): a disclaimer
    reworded past what the diff pairs, not a safeguard given or withdrawn (modified._disclaims_security)."""
    if not _disclaims_security(profile(sentence)):
        return False
    return any(lx.SECURITY_DISCLAIMER.search(s.lower()) and _disclaims_security(profile(s)) for s in other.sentences)


def _moved_to_notice(
    changes: list[Change], judged: list[tuple[ChangeVerdict, str]], layout: Layout, regions: Sequence[int] | None
) -> list[tuple[ChangeVerdict, str]]:
    """Statements removed where an added sentence now points to a separate document on their section's subject
    ("For information about cookies, please see our separate Cookie Notice"): moved there, not dropped
    (monitor/classify/moved.py)."""
    moved, pointers = moved_to_notice(changes, [v.material for v, _ in judged], regions, layout.heading_of)
    out = list(judged)
    for k in sorted(moved):
        why = "removed with its section, whose subject an added sentence points to in a separate document"
        out[k] = (_cosmetic("moved-to-notice", changes[k], why).verdict, why)
    for n in sorted(pointers - moved):
        why = "added a pointer to the separate document the removed section moved to"
        out[n] = (_cosmetic("moved-to-notice", changes[n], why).verdict, why)
    return out
