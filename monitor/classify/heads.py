"""The same item of data under another generic head noun: "crash reports" -> "crash logs", "usage records" -> "usage
data", "purchase history" -> "purchase records". Pure.

An item of a list of data is a head noun and the words that modify it ("crash" reports, "payment" details, records
"of your purchases"). Where the modifier stays and only the head changes between generic nouns that say the item is
kept as records or as content (synonyms.toml [[heads]]: report / log / record / file / history; data / information /
details), the item is the same data: the modifier names what it is, the head only how it is filed. The lexicon reads
some of those heads as data types of their own ("logs" is usage data, "purchase history" a profile), so a head swapped
reads as a data type added and another removed. This module finds such swaps and writes the two versions alike, so
that the concept delta is read on the rest of the sentence.

Family: lists of data re-edited for style, where "crash reports", "usage records", "order history" or "call logs"
are named by another generic noun. A modifier changed ("crash reports" -> "keystroke logs", "purchase history" ->
"browsing history"), an item added beside ("crash reports and screen recordings"), or a head swap that changes which
sensitive data type the item names ("payment details" -> "payment records": card data or a history of payments) is
no such swap and stays read.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.evidence import concepts_in, normal
from monitor.classify.traits import _HANDLING_VERB


@dataclass(frozen=True)
class HeadClass:
    """Generic nouns that head an item of data and say one thing of it (kept as records; its content), with the
    sentence pairs that prove it: `same` must read as one statement, `differ` (look-alikes) must stay material."""

    id: str
    words: frozenset[str]
    same: tuple[tuple[str, str], ...]
    differ: tuple[tuple[str, str], ...]


def _load_heads() -> tuple[HeadClass, ...]:
    """The [[heads]] classes of vocabulary/synonyms.toml; a word stands in one class only."""
    entries = vocabulary.load("synonyms").get("heads", [])
    if not isinstance(entries, list):
        raise vocabulary.VocabularyError("synonyms.toml: expected [[heads]] tables")
    out: list[HeadClass] = []
    seen: set[str] = set()
    for k, entry in enumerate(entries, 1):
        name = entry.get("id") if isinstance(entry, dict) else None
        where = f"heads #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "synonyms", where, entry, required={"id": str, "words": list, "same": list, "differ": list}, optional={}
        )
        words = frozenset(w.lower() for w in entry["words"])
        if len(words) < 2 or seen & words:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `words` must be 2+ words in no other class")
        if not entry["same"] or not entry["differ"]:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `same` and `differ` must not be empty")
        seen |= words
        out.append(
            HeadClass(
                entry["id"],
                words,
                lx._example_pairs(where, "same", entry["same"]),
                lx._example_pairs(where, "differ", entry["differ"]),
            )
        )
    return tuple(out)


#: The classes of generic head nouns (synonyms.toml [[heads]]), and each word's class.
HEADS: tuple[HeadClass, ...] = _load_heads()
HEAD_CLASS: dict[str, str] = {w: c.id for c in HEADS for w in c.words}

#: a word of a sentence (a hyphenated word is one), or a number
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
#: the most words of a version read (a longer text is not one item of a list)
_MOST_WORDS = 150
#: the most words of a head (one generic noun, or two: "log files")
_HEAD_WORDS = 2
#: words that modify no noun: determiners, pronouns, prepositions, conjunctions, auxiliaries, modals
_FUNCTION = frozenset(
    re.findall(
        r"\S+",
        "a an the this that these those your our my his her its their any all each every no other such some more"
        " less many much few own we you they i it he she us them who which whose what and or nor but as of to for"
        " with by on in into at from about per via than then also only not is are was were be been being do does did"
        " has have had may might will would can could must should shall both either neither same new old",
    )
)
#: words that open a noun phrase: a head after one of them, with "of ..." after it, heads an item ("a record of ...")
_DETERMINERS = frozenset(
    re.findall(r"\S+", "a an the this that these those your our their its any all each every such")
)
#: words after which the next word is a verb, not a modifier: "we review reports", "to keep records", "can view logs"
_BEFORE_VERB = frozenset(
    re.findall(
        r"\S+",
        "we you they i it he she to may might will would can could must should shall not also who which is are was"
        " were be been being",
    )
)


#: endings of a noun made from a verb of handling data, which may modify another noun ("analytics reports")
_NOUN_ENDS = ("ion", "ions", "ics", "age")


@dataclass(frozen=True)
class Swap:
    """One item whose head noun changed: where it stands in each version, and the item said both ways."""

    span_b: tuple[int, int]
    span_a: tuple[int, int]
    said: str


def _is_modifier(words: list[str], k: int) -> bool:
    """`words[k]` can modify the noun after it: a content word ("crash", "payment", "browsing"), not a function word,
    an adverb, a verb of handling data, or a word after a subject, a modal or "to" (then a verb: "we review")."""
    word = words[k]
    if len(word) < 3 or not word.isalpha() or word in _FUNCTION or word.endswith("ly"):
        return False
    if _HANDLING_VERB.fullmatch(word) and not word.endswith(_NOUN_ENDS):
        return False  # "share logs", "tracking data"; "collection records", "analytics reports" are nouns
    return not (k > 0 and words[k - 1] in _BEFORE_VERB)


def _critical(phrase: str) -> frozenset[str]:
    """The sensitive data types a phrase names."""
    return frozenset(c.name for _, c in concepts_in(normal(phrase)) if c.critical)


def _names(text: str) -> frozenset[str]:
    """The concepts a word or phrase names."""
    return frozenset(c.name for _, c in concepts_in(normal(text)))


def _said_alike(words: list[str]) -> frozenset[str]:
    """Words as the rewording reads them: singular, each read as its representative of synonyms.toml [same]."""
    return frozenset(lx.SYNONYMS.get(w, w).rstrip("s") or w for w in words)


def _generic_item(old: list[str], new: list[str], lead: str, tail: str) -> str:
    """The item said both ways ("crash reports → crash logs") where its head changed between generic nouns of
    synonyms.toml [[heads]] around a kept modifier (`lead`, or `tail` "of ..."), else "". Across classes only where
    the item names the same sensitive data types both ways."""
    if not (lead or tail) or not all(w in HEAD_CLASS for w in old + new):
        return ""
    if _said_alike(old) == _said_alike(new):
        return ""  # "personal information" -> "personal data": one wording already (synonyms.toml [same])
    item_b, item_a = f"{lead}{' '.join(old)}{tail}", f"{lead}{' '.join(new)}{tail}"
    if len({HEAD_CLASS[w] for w in old + new}) > 1 and _critical(item_b) != _critical(item_a):
        return ""  # "payment details" (card data) -> "payment records": another sensitive reading
    return f"{item_b} → {item_a}"


def _carried_item(old: list[str], new: list[str], lead: str) -> str:
    """The item said both ways where the head that comes or goes names only what a word the item keeps names
    already: the modifier ("video clips" -> "video recordings") or the old head kept as the modifier ("videos" ->
    "video recordings"); else "". The head must name a concept of the lexicon (a head that names none, "email
    address" -> "email content", is no word of the same kind)."""
    if len(old) == 1 and len(new) == 1 and lead:
        kept, heads = lead.strip(), (old[0], new[0])
    else:
        short, long = (old, new) if len(old) < len(new) else (new, old)
        if len(short) != 1 or len(long) != 2 or short[0].rstrip("s") != long[0].rstrip("s"):
            return ""
        kept, heads = long[0], (short[0], long[1])
    carried = _names(kept)
    named = [_names(h) for h in heads]
    if not carried or not any(named) or not all(n <= carried for n in named):
        return ""
    return f"{lead}{' '.join(old)} → {lead}{' '.join(new)}"


def head_swaps(before: str, after: str) -> list[Swap]:
    """Every item of data whose head noun alone changed while the item kept what names it: between generic nouns
    of synonyms.toml [[heads]] around a kept modifier, the content word just before the head ("crash reports" ->
    "crash logs") or "of ..." just after it ("records of your purchases" -> "history of your purchases"); or to a
    head that names only what a kept word names already ("videos" -> "video recordings"). Other edits of the
    sentence are no swaps and are left to be read."""
    mb, ma = list(_TOKEN.finditer(before)), list(_TOKEN.finditer(after))
    if not mb or not ma or len(mb) > _MOST_WORDS or len(ma) > _MOST_WORDS:
        return []
    wb, wa = [m.group(0).lower() for m in mb], [m.group(0).lower() for m in ma]
    ops = difflib.SequenceMatcher(None, wb, wa, autojunk=False).get_opcodes()
    out = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        old, new = wb[i1:i2], wa[j1:j2]
        if tag != "replace" or len(old) > _HEAD_WORDS or len(new) > _HEAD_WORDS:
            continue
        kept_before = k > 0 and ops[k - 1][0] == "equal" and _is_modifier(wb, i1 - 1)
        kept_after = (
            k + 1 < len(ops)
            and ops[k + 1][0] == "equal"
            and wb[i2] == "of"
            and i2 + 1 < ops[k + 1][2]
            and (i1 == 0 or wb[i1 - 1] in _DETERMINERS)
        )
        lead = f"{wb[i1 - 1]} " if kept_before else ""
        tail = " " + " ".join(wb[i2 : min(i2 + 3, ops[k + 1][2])]) if kept_after else ""
        said = _generic_item(old, new, lead, tail) or _carried_item(old, new, lead)
        if said:
            out.append(Swap((mb[i1].start(), mb[i2 - 1].end()), (ma[j1].start(), ma[j2 - 1].end()), said))
    return out


def read_alike(before: str, after: str, swaps: list[Swap], as_before: bool) -> tuple[str, str]:
    """The two versions with every swapped head said one way: as `before` words it (`as_before`), else as `after`
    does; the rest of each version as written."""
    if as_before:
        text = after
        for s in sorted(swaps, key=lambda s: s.span_a, reverse=True):
            text = text[: s.span_a[0]] + before[s.span_b[0] : s.span_b[1]] + text[s.span_a[1] :]
        return before, text
    text = before
    for s in sorted(swaps, key=lambda s: s.span_b, reverse=True):
        text = text[: s.span_b[0]] + after[s.span_a[0] : s.span_a[1]] + text[s.span_b[1] :]
    return text, after
