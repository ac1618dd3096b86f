"""Names a new version gives to the same thing: defined terms and capitalised terms renamed, and undoing them in quotes.
Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from monitor.classify import lexicon as lx
from monitor.classify.evidence import normal, profile
from monitor.domain.values import Change, ChangeKind

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
    # sorted: the pairing below takes the first match, and a set's order changes from run to run
    gone = {t: old_uses[t] for t in sorted(gone_terms) if old_uses[t] >= 2}
    came = {t: new_uses[t] for t in sorted(came_terms) if new_uses[t] >= 2}
    out: dict[str, str] = {}
    for was, n in gone.items():
        for now, m in came.items():
            a, b = was.split(), now.split()
            if m != n or len(a) != len(b) or not set(a) & set(b) or now in out:
                continue
            differing = normal(" ".join(w for w in a + b if (w in a) != (w in b)))
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
