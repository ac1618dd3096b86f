"""What one sentence's profile shows, read by several judges: a question, a contact context, a practice concept, an
announcement of changes, timing, reach, firmness, a protective base, handling verbs. Pure.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon as lx
from monitor.classify.evidence import Profile
from monitor.classify.verdicts import _CONTACT_TYPES, _GENERIC


def _question(text: str) -> bool:
    """A sentence that asks rather than states (an FAQ heading, a "People also ask" entry)."""
    return text.rstrip(" *_\"')").endswith("?") and len(text.split()) <= 25


def _contact_context(p: Profile) -> bool:
    return bool(p.contacts) or lx.contact_in(p.low)


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


def _firm(commitments: tuple[str, ...]) -> int:
    """Commitment words beyond the plain future: "we will keep" and "we keep" state the same practice."""
    return sum(1 for w in commitments if w not in ("will", "shall"))


def _base_protective(p: Profile) -> bool:
    """Whether the sentence, read without its negations, is about a safeguard (right, choice, security)."""
    protects = sum(n for name, n in p.concepts.items() if lx.CONCEPTS_BY_NAME[name].polarity == lx.PROTECTS)
    if not protects:
        return bool(p.categories[lx.UR] or p.categories[lx.UC])
    # with no verb of handling data, the kinds of data named are what the safeguard protects ("we encrypt your
    # messages"), not a practice weighing against it
    objects_only = not _HANDLING_VERB.search(p.bare)
    more = sum(
        n
        for name, n in p.concepts.items()
        if lx.CONCEPTS_BY_NAME[name].polarity != lx.PROTECTS
        and name not in _GENERIC
        and not (objects_only and lx.CONCEPTS_BY_NAME[name].category == lx.DC)
    )
    cats = p.categories
    return bool(cats[lx.UR] or cats[lx.UC]) or protects > more


def _forms(concept: lx.Concept, low: str) -> frozenset[str]:
    return frozenset(m.group(0).rstrip("s") for m in concept.pattern.finditer(low))


_HANDLING_VERB = re.compile(
    r"(?<![\w-])(?:collect|gather|obtain|record|captur|shar|disclos|sell|sold|rent|transfer|transmit|retain|keep"
    r"|kept|stor(?!age)|track|monitor|analy[sz]|scan|combin|profil|send|sent(?![\w-])|upload"
    r"|us(?:e|es|ed|ing)(?![\w-]))[a-z]*"
)
