"""The literals a regex requires, read from its own source: a cheap necessary condition for a match. The lexicon
indexes its concepts by them (one scan of a sentence for every concept's literals), and a costly pattern can stand
behind them (`Prefiltered`): text without one is not scanned at all, and every answer is still the regex's own."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class Prefiltered:
    """A regex behind a cheap necessary condition: every match of `regex` contains a match of `hint` (a few literals
    each alternative of the regex consumes, read with the same flags), so text without one is not scanned at all.
    The answers are the regex's own."""

    __slots__ = ("flags", "hint", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], hint: str) -> None:
        self.regex = regex
        self.hint = re.compile(hint, regex.flags)
        self.pattern = regex.pattern
        self.flags = regex.flags

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self.hint.search(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.hint.search(text, pos, endpos) else None

    def findall(self, text: str) -> list[str]:
        return self.regex.findall(text) if self.hint.search(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.hint.search(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.regex.sub(repl, text) if self.hint.search(text) else text


def prefiltered(regex: re.Pattern[str]) -> Prefiltered:
    """`regex` behind the literals its own source requires (`anchors`): for a pattern of many alternatives with no
    common start, which the engine tries at every position of a sentence, where one scan for a handful of literals
    is cheaper. A pattern one of whose alternatives requires no literal (a vocabulary file may gain one) stands
    behind an empty hint: it is read on every text, as the regex alone would be."""
    found = anchors(regex.pattern) if not regex.flags & re.VERBOSE else None  # verbose: spaces are no literals
    return Prefiltered(regex, trie(sorted(found)) if found else "")


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match contains (the most telling literal each top-level alternative requires),
    or None when some alternative requires none."""
    out: list[str] = []
    for alt in alternatives(pattern):
        found = required(alt)
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


#: a quantifier, greedy, lazy or possessive
_QUANTIFIER = re.compile(r"(?:[?*+]|\{(\d*)(?:,(\d*))?\})[?+]?")


def _repeats(alt: str, at: int) -> tuple[int, int]:
    """(the least number of times the item before `at` must match, the index after its quantifier, if any)."""
    m = _QUANTIFIER.match(alt, at)
    if m is None:
        return 1, at
    if m.group(0)[0] == "{":
        return int(m.group(1) or 0), m.end()
    return (0 if m.group(0)[0] in "?*" else 1), m.end()


def required(alt: str) -> list[str] | None:
    """Literals one of which every match of one alternative (no "|" outside its groups) contains, or None: read item
    by item, each run of literal characters the alternative requires, and each required group whose every
    alternative requires a literal, is a candidate; the most telling one (its shortest literal longest) is kept.
    Zero-width groups do not break a run; a class, an escape such as \\w or an optional item does."""
    options: list[list[str]] = []
    run = ""

    def close() -> None:
        nonlocal run
        if len(run.strip()) >= 2:
            options.append([run.strip()])
        run = ""

    i = 0
    while i < len(alt):
        ch = alt[i]
        if ch == "(":
            end = group_end(alt[i:])
            if end < 0:
                return None
            group = alt[i : i + end + 1]
            least, i = _repeats(alt, i + end + 1)
            if group.startswith(("(?<!", "(?<=", "(?!", "(?=")):
                continue  # zero-width: the text on both sides of it is matched side by side
            close()
            if least == 0 or (group.startswith("(?") and not group.startswith(("(?:", "(?P<"))):
                continue  # optional, or flags and conditionals: no literal read from it
            opened = group.index(">") + 1 if group.startswith("(?P<") else 3 if group.startswith("(?:") else 1
            inner = [required(a) for a in alternatives(group[opened:-1])]
            if all(found is not None for found in inner):
                options.append(list(dict.fromkeys(a for found in inner if found for a in found)))
            continue
        if ch == "[" or (ch == "\\" and alt[i + 1 : i + 2].isalnum()) or ch in ".^$":
            # a class, \w / \d / \b / a back-reference, any character or an edge: no literal
            if ch == "[":
                i += 2 if alt[i + 1 : i + 2] == "^" else 1
                i += 1 if alt[i : i + 1] == "]" else 0
                while i < len(alt) and alt[i] != "]":
                    i += 2 if alt[i] == "\\" else 1
            elif ch == "\\":
                i += 1
            _, i = _repeats(alt, i + 1)
            close()
            continue
        if ch in "|)":
            return None  # not one alternative
        width = 2 if ch == "\\" else 1  # an escaped character ("\\.") or a plain one
        least, after = _repeats(alt, i + width)
        if least:
            run += alt[i + width - 1]
        if after != i + width:
            close()  # a repeated or optional character ends the run
        i = after
    close()
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens at 0, or -1."""
    return next((k for k, ch, depth in _structure(pattern) if ch == ")" and depth == 0), -1)


def alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern: split at each "|" outside its groups and classes."""
    cuts = [k for k, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern outside escapes and classes, with how deep in groups it stands (a ")" at the
    depth of what it closes into)."""
    depth, escaped, in_class = 0, False, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or pattern[k - 1] == "[" or pattern[k - 2 : k] == "[^"
        elif ch == "[":
            in_class = True
        else:
            depth -= ch == ")"
            yield k, ch, depth
            depth += ch == "("


def trie(words: list[str]) -> str:
    """A regex matching the longest of `words` that starts at a position (shared prefixes factored out, so that the
    regex engine tries a handful of branches per position instead of every word)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
