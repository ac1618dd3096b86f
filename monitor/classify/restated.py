"""A sentence that says it restates or explains the sentences before it ("In short, ...", "In other words, ...",
"That is why ...", "Put simply, ...", "Withdrawing consent simply means ..."), added or dropped beside a passage both
versions keep: the passage states the practice; the sentence puts it in other words. Pure.

Family: policies re-edited for plain language, which add summaries and explanations after what they explain.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon as lx
from monitor.classify.elsewhere import Document
from monitor.classify.evidence import normal, profile
from monitor.classify.facts import _facts
from monitor.text.sentences import clean_block, loose_key, split_sentences

#: how a sentence opens when it restates, sums up or draws the consequence of what was just said
_MARKER = re.compile(
    r"^\W*(?:in short|in brief|in other words|put simply|simply put|to put it (?:simply|another way)|put another way"
    r"|that is to say|in summary|to sum up|to summari[sz]e|in plain (?:terms|english|language)|in practice"
    r"|(?:this|that) (?:is why|means(?: that)?)|which is why|so(?:,| in this example)|in this example"
    # the reason for what was just said ("We do this because ...", "This matters because ...")
    r"|(?:we do (?:this|so)|this is|this matters|that matters) because"
    r"|for this reason|as a result)(?![\w-])"
    # a term explained by what it means ("Withdrawing consent simply means telling us ...")
    r"|^\W*[\w' -]{2,50}?\s(?:simply|just|basically)\s+means(?![\w-])",
    re.IGNORECASE,
)
#: how many sentences before it a restatement may sum up
_PASSAGE = 3
#: the categories whose every concept the passage must name itself, with the same polarity: what data, who receives
#: it, how long it is kept, how it is secured, children, transfers abroad (a restatement that names another recipient
#: or a kind of data says more than the passage)
_NAMED = frozenset({lx.DC, lx.TP, lx.DR, lx.DS, lx.CH, lx.IT})


def _passage_before(sentence: str, version: str) -> list[str]:
    """The sentences right before `sentence` in `version`, back to the section's heading (at most `_PASSAGE`)."""
    at = version.find(sentence[:80])
    if at <= 0:
        return []
    out: list[str] = []
    for line in reversed(version[:at].splitlines()):
        if line.lstrip().startswith("#"):
            break
        block = clean_block(line)
        if block:
            out[:0] = split_sentences(block)
        if len(out) >= _PASSAGE:
            break
    return out[-_PASSAGE:]


def _kept(sentence: str, other: Document) -> bool:
    """The other version keeps `sentence`: word for word, or every content word of it in one of its sentences."""
    return other.has_words(sentence) or loose_key(normal(sentence)) in {loose_key(normal(s)) for s in other.sentences}


def restates_passage(sentence: str, version: str, other: Document) -> bool:
    """`sentence` opens as a restatement (`_MARKER`), follows a passage of its version whose every sentence the other
    version keeps (each of its content words in one sentence there: the passage may be touched up around it), and
    says nothing that passage does not: no number, name, sensitive kind of data or concept of `_NAMED` it lacks, nor
    such a concept with the other polarity; the rest of what it names (a purpose, a choice, a right) is of a kind
    the passage names. "In short, we keep ID copies for 90 days" after "copies are deleted after 30 days", or "That
    is why we share it with advertisers", say more and stay material."""
    if not _MARKER.search(sentence):
        return False
    passage = _passage_before(sentence, version)
    if not passage or not all(_kept(s, other) for s in passage):
        return False
    mine, theirs = profile(sentence), profile(" ".join(passage))
    if {(q.kind, q.value) for q in mine.quantities} - {(q.kind, q.value) for q in theirs.quantities}:
        return False
    if mine.entities - theirs.entities:
        return False
    said, known = _facts([sentence]), _facts(passage)
    categories = {lx.CONCEPTS_BY_NAME[name].category for name in theirs.concepts}
    for name in mine.concepts:
        concept = lx.CONCEPTS_BY_NAME[name]
        if concept.critical or concept.category in _NAMED:
            if not theirs.concepts[name]:
                return False
            polarity = {f[2] for f in said if f[:2] == ("concept", name)}
            if polarity - {f[2] for f in known if f[:2] == ("concept", name)}:
                return False  # "In short, we do not keep it" after "we keep it": the other polarity
        elif concept.category not in categories:
            return False
    return True
