"""Whole-document awareness: a statement added or removed whose facts the other version states anyway."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from monitor.text.sentences import clean_block, split_sentences

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
#: words too common in policies to say which sentence states the same thing
_COMMON = frozenset(
    re.findall(
        r"\S+",
        "your with that this from have will which their about information data personal other when such these those"
        " they them also more than into only used uses using what where there been were does through including"
        " provide services service policy privacy",
    )
)
#: how many sentences of the other version are read closely for one statement, and how many words it must share
_CANDIDATES = 8
_OVERLAP = 1 / 3
#: the shortest statement that is compared (a list item or a fragment reads only with its list's introduction)
_MIN_WORDS = 6
#: facts that must be the same on both sides; the rest of one side must be among the other side's facts
_EXACT = ("limit",)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _WORD.findall(text.lower()) if w not in _COMMON)


@dataclass(frozen=True)
class Document:
    """The sentences of one version, with their content words, to find where a statement stands."""

    text: str

    @cached_property
    def sentences(self) -> list[str]:
        out: list[str] = []
        for line in self.text.splitlines():
            block = clean_block(line)
            if block:
                out.extend(split_sentences(block))
        return out

    @cached_property
    def words(self) -> list[frozenset[str]]:
        return [_content_words(s) for s in self.sentences]

    @cached_property
    def index(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k, ws in enumerate(self.words):
            for w in ws:
                out.setdefault(w, []).append(k)
        return out

    def candidates(self, text: str) -> list[str]:
        """The passages (a sentence, or it with the next) sharing most content words with `text`."""
        want = _content_words(text)
        if not want:
            return []
        hits: dict[int, int] = {}
        for w in want:
            for k in self.index.get(w, ())[:400]:
                hits[k] = hits.get(k, 0) + 1
        # ties go to the earlier sentence: `hits` fills in the order of a set of words, which changes from run to run
        best = sorted((k for k, n in hits.items() if n >= _OVERLAP * len(want) - 1e-9), key=lambda k: (-hits[k], k))
        out = []
        for k in best[:_CANDIDATES]:
            out.append(self.sentences[k])
            if k + 1 < len(self.sentences):
                out.append(self.sentences[k] + " " + self.sentences[k + 1])
        return out


def covered(statement: str, other: Document, facts: Callable[[str], frozenset], added: bool) -> bool:
    """Whether a passage of `other` states every fact of `statement`: each practice with its negation, term, number,
    name and scope, and the same limits (an added statement must not drop a limit the old version set; a removed
    one must not take away a limit the new version no longer sets)."""
    if len(statement.split()) < _MIN_WORDS or not statement.rstrip(" )\"'").endswith((".", "!")):
        return False  # a list item or a fragment: what it adds depends on its list's introduction
    mine = facts(statement)
    if not any(f[0] == "concept" for f in mine):
        return False
    core = {f for f in mine if f[0] not in _EXACT and f[0] not in ("may", "hedge", "denials")}
    limits = {f for f in mine if f[0] in _EXACT}
    for passage in other.candidates(statement):
        theirs = facts(passage)
        if not core <= theirs:
            continue
        their_limits = {f for f in theirs if f[0] in _EXACT}
        if (their_limits <= limits) if added else (limits <= their_limits):
            return True
    return False
