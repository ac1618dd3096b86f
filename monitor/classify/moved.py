"""Content moved to a separate document: a section of the policy replaced by a sentence pointing to another notice
("For information about cookies, please see our separate Cookie Notice"). Pure.

What was removed still stands, in the document the new sentence points to: the README counts such a move as no
change of practice. What ties the removed statements to the pointer is structure, not wording:

- the pointer names the subject of the section it stands in (its heading's words), so it stands for that section;
- a removed statement stood in that section (under the same heading), or in the same edited passage as the pointer
  (the hunk between unchanged sentences: the section's body replaced by the pointer, sub-headings and all);
- a statement the diff aligned with the pointer (the section's first sentence turned into the pointer) went too.

Additions are never excused: a new practice next to a pointer is still new.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monitor.classify import lexicon as lx
from monitor.classify.evidence import normal
from monitor.domain.values import Change, ChangeKind
from monitor.text.sentences import loose_key

#: a sentence pointing to a separate document ("please see our separate Cookie Notice", "has moved to our X Policy")
_POINTS_TO = re.compile(
    r"\b(?:see|refer to|review|read|consult|visit|available|described|set out|found|moved|explained|covered"
    r"|addressed|provided)\b"
)
_DOC_NOUN = re.compile(r"\b(?:notice|policy|statement|page|article|terms)\b")
_TOPIC_WORD = re.compile(r"[a-z]{4,}")
_TOPIC_COMMON = frozenset(
    re.findall(r"\S+", "information about your with this that more please separate notice policy privacy")
)
#: the longest pointer sentence (a pointer is a sentence, not a section)
POINTER_WORDS = 40


def topic(text: str) -> frozenset[str]:
    """The subject words of a heading or a pointer (stems of five letters, the pointer's own words left out)."""
    return frozenset(w[:5] for w in _TOPIC_WORD.findall(normal(text)) if w not in _TOPIC_COMMON)


#: the document itself ("as described in this Privacy Notice", "the present policy"): no separate document
_THIS_DOC = re.compile(
    r"\b(?:this|the present|these)\s+(?:[a-z-]+\s+){0,2}?(?:notice|policy|statement|page|article|terms|document)\b"
)


def is_pointer(text: str) -> bool:
    """A short sentence pointing to a separate document; one that refers to the policy itself ("except as
    described in this Privacy Notice") points nowhere else, and a denial is a statement of its own."""
    low = normal(text)
    return (
        bool(_POINTS_TO.search(low))
        and bool(_DOC_NOUN.search(_THIS_DOC.sub(" ", low)))
        and len(text.split()) <= POINTER_WORDS
        and not lx.NEGATION.search(low)
    )


def _names(pointer: frozenset[str], heading: str) -> bool:
    """Whether a pointer names the subject of a section: half the heading's words, at least one."""
    words = topic(heading)
    return bool(words) and len(words & pointer) * 2 >= len(words)


@dataclass(frozen=True)
class _Pointer:
    index: int
    words: frozenset[str]
    section: str  # loose key of the heading the pointer stands under (new version)
    region: int


def moved_to_notice(
    changes: Sequence[Change],
    material: Sequence[bool],
    regions: Sequence[int] | None,
    heading_of: Callable[[str], str],
) -> tuple[set[int], set[int]]:
    """(statements that moved to a separate document, the pointers that replaced them) as indices of `changes`.
    `material` says which changes were judged material (only those need excusing, but any removal from the section
    ties a pointer to it); `heading_of` gives the heading a text stands under."""
    pointers: list[_Pointer] = []
    for k, c in enumerate(changes):
        if c.kind not in (ChangeKind.ADDED, ChangeKind.MODIFIED) or not c.after or not is_pointer(c.after):
            continue
        if c.kind is ChangeKind.MODIFIED and c.before and is_pointer(c.before):
            continue  # it pointed there already: what changed in it is an edit of its own, not a move to the notice
        words = topic(c.after)
        section = heading_of(c.after)
        if words and section and _names(words, section):
            region = regions[k] if regions is not None and k < len(regions) else -1
            pointers.append(_Pointer(k, words, loose_key(section), region))
    if not pointers:
        return set(), set()
    moved: set[int] = set()
    used: set[int] = set()
    for k, c in enumerate(changes):
        # a removal judged not material still ties the pointer to the section it replaced
        if not c.before or c.kind not in (ChangeKind.REMOVED, ChangeKind.MODIFIED):
            continue
        region = regions[k] if regions is not None and k < len(regions) else -1
        section = heading_of(c.before)
        for p in pointers:
            if c.kind is ChangeKind.MODIFIED and p.index != k:
                continue  # a sentence reworded elsewhere is judged on its own
            same_section = bool(section) and loose_key(section) == p.section and _names(p.words, section)
            same_passage = region >= 0 and region == p.region
            if p.index == k or same_section or same_passage:
                if material[k]:
                    moved.add(k)
                used.add(p.index)
                break
    return moved, used
