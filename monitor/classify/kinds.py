"""A named kind of a thing beside the general word for it: "encrypted using SSL" -> "encrypted", "a subpoena" ->
"a subpoena or court order", "ID theft" -> "identity fraud or ID theft". Pure.

Some words of the practice vocabulary name a specific kind of something a sentence names in general ("SSL" and
"TLS" are kinds of encryption; a subpoena, a court order and a search warrant are kinds of legal process; identity
theft is a kind of fraud). Where one version adds, drops or swaps such a kind while the other version names the
general word or another kind of the same class, no safeguard, recipient or purpose came or went: the kind only
illustrates what both versions state. The classes are synonyms.toml [[kinds]]: `general` words and the `kinds` of
them, each a phrase read as whole words on lower-cased text.

Family: security, legal-request and fraud sentences re-edited for style, where "a technology called SSL" is dropped
after "encrypted", "court orders" is set beside "subpoenas", or "identity fraud" beside "ID theft". A kind of another
class (two-factor authentication beside encryption, law enforcement beside a subpoena) names another thing and
stays read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary


@dataclass(frozen=True)
class KindClass:
    """A general word and its kinds, with the sentence pairs that prove it: `same` must read as one statement,
    `differ` (look-alikes) must stay material."""

    id: str
    general: re.Pattern[str]
    kinds: re.Pattern[str]
    same: tuple[tuple[str, str], ...]
    differ: tuple[tuple[str, str], ...]


def _words(where: str, key: str, items: list[str]) -> re.Pattern[str]:
    if not items or not all(isinstance(w, str) and w.strip() for w in items):
        raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `{key}` must list 1+ phrases")
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(items, key=len, reverse=True))
    return vocabulary.compile_regex("synonyms", f"{where} {key}", rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _load_kinds() -> tuple[KindClass, ...]:
    """The [[kinds]] classes of vocabulary/synonyms.toml."""
    entries = vocabulary.load("synonyms").get("kinds", [])
    if not isinstance(entries, list):
        raise vocabulary.VocabularyError("synonyms.toml: expected [[kinds]] tables")
    out: list[KindClass] = []
    for k, entry in enumerate(entries, 1):
        name = entry.get("id") if isinstance(entry, dict) else None
        where = f"kinds #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "synonyms",
            where,
            entry,
            required={"id": str, "general": list, "kinds": list, "same": list, "differ": list},
            optional={},
        )
        if not entry["same"] or not entry["differ"]:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `same` and `differ` must not be empty")
        out.append(
            KindClass(
                entry["id"],
                _words(where, "general", entry["general"]),
                _words(where, "kinds", entry["kinds"]),
                lx._example_pairs(where, "same", entry["same"]),
                lx._example_pairs(where, "differ", entry["differ"]),
            )
        )
    return tuple(out)


#: The classes of general words and their kinds (synonyms.toml [[kinds]]).
KINDS: tuple[KindClass, ...] = _load_kinds()


def _within(spans: list[tuple[int, int]], m: re.Match[str]) -> bool:
    return any(s <= m.start() and m.end() <= e for s, e in spans)


def illustrates(pattern: lx.ConceptPattern, forms: frozenset[str], low: str, other_low: str) -> bool:
    """Every mention of the concept `pattern` in `low` whose form is one of `forms` (the terms the other version
    does not use) stands inside a kind of some class, and the other version names that class (its general word or
    one of its kinds): "encrypted using a technology called ssl" beside "encrypted", "subpoena/court order" beside
    "subpoena". A mention outside every kind, or a kind whose class the other version never names, is a thing of
    its own."""
    mentions = [m for m in pattern.finditer(low) if m.group(0).rstrip("s") in forms]
    if not mentions:
        return False
    for m in mentions:
        classes = [c for c in KINDS if _within([x.span() for x in c.kinds.finditer(low)], m)]
        if not any(c.general.search(other_low) or c.kinds.search(other_low) for c in classes):
            return False
    return True
