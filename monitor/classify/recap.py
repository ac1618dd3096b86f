"""A statement that packs several practices into one sentence, cut into one sentence per practice: "we collect X,
use it to run the app, share it only with Y, and never sell it" -> "We collect X." / "We use it to run the app." /
"We share it only with Y." / "We never sell it.". Each clause keeps its own polarity and limiters, and the subject
of the sentence it came from. Pure text: no vocabulary but the handful of verbs and auxiliaries that open a clause.

Family: summaries of a policy's practices ("at a glance" boxes, key-point lines, section intros, closing recaps)
added or dropped while every practice they name stands in the body of the policy (monitor/classify/elsewhere.py
reads each clause against the other version)."""

from __future__ import annotations

import re

#: where one clause may end and the next begin: a semicolon, a comma (with an "and" / "but" after it), or a bare
#: "and" / "but" between two predicates ("we collect X and share it with Y")
_SEPARATOR = re.compile(r"(\s*;\s*|\s*,\s*(?:(?:and|but|or)\s+)?|\s+(?:and|but)\s+)")
#: a label before a colon that opens the sentence ("Key points:"): a few words, no clause of their own
_LABEL = re.compile(r"^\W*[^:;,.]{1,40}:\s+")
#: the words that may stand between a subject and its verb: auxiliaries, negations, adverbs of frequency
_AUX = frozenset(
    re.findall(
        r"\S+",
        "do does did will would may might can could shall should must also never not don't doesn't won't can't cannot"
        " is are was were be been being have has only always automatically still then just",
    )
)
#: the subjects that open a clause of their own after a comma ("..., and we never sell it")
_PRONOUN = frozenset(("we", "you", "they", "it"))
#: words after a pronoun that show it is no subject ("with you and your friends")
_FUNCTION = frozenset(
    re.findall(r"\S+", "and or but nor the a an your our their its to of with for in on at by from as than")
)
#: the words that open a subordinate clause or a phrase before the main clause ("If you opt in, ...", "By using the
#: app, ..."): a sentence opening on one has its main clause after the comma
_SUBORDINATE = frozenset(
    re.findall(
        r"\S+",
        "if when whenever where wherever unless although though while because since once as after before until by"
        " upon on for in to with through without during from at",
    )
)
#: the verbs that open a predicate without a subject ("..., use it to run the app, share it with ..."): handling
#: verbs, and those that keep, protect or erase data or give the user a choice, as whole words ("processor",
#: "storage" and "records" are no verbs)
_VERB = re.compile(
    r"^(?:(?:collect|gather|obtain|record|process|protect|encrypt|transmit|retain|keep|hold|track|monitor|sell|rent"
    r"|send|upload|offer|respect|ask|let|tell|honou?r)(?:s|es|ed|ing)?"
    r"|(?:shar|disclos|captur|stor|us|receiv|delet|eras|remov|analy[sz]|combin|profil|secur|giv)(?:e|es|ed|ing)"
    r"|transfer(?:s|red|ring)?|notif(?:y|ies|ied|ying)|sold|kept|held|sent|gave|given|told)$"
)
#: the words that may follow a verb that opens a clause without a subject: an object, a determiner, a preposition
#: ("..., share it with ...", "..., use your data to ...", "..., never sold"); a noun after a noun goes on with a
#: list ("..., records of purchases")
_AFTER_VERB = frozenset(
    re.findall(
        r"\S+",
        "it them us you your our their its his her the a an this these that those any all some such no only data"
        " personal information with to for in on by at from about when if where as without unless until within"
        " and or but",
    )
)
#: the longest statement cut (a longer one is a paragraph, read sentence by sentence), and the most clauses
_MAX_WORDS = 80
_MAX_CLAUSES = 8
#: the most words of a subject ("we", "your personal data", "the app and its partners")
_SUBJECT_WORDS = 5
_NEGATION = re.compile(r"(?<![\w-])(?:not|never|no|cannot|neither|nor)(?![\w-])|n't(?![\w-])")


def _words(segment: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", segment.lower())


def _head(words: list[str]) -> int | None:
    """Where the predicate of a clause starts: the index of its first auxiliary or verb within the first few words
    (the words before are its subject), or None when no predicate opens the segment."""
    for i, word in enumerate(words[: _SUBJECT_WORDS + 1]):
        if word in _AUX or _VERB.match(word):
            return i
    return None


def _opens_clause(segment: str) -> bool:
    """A segment that opens a predicate of its own: a verb, after a pronoun subject and auxiliaries or not ("we
    never sell it", "use it to run the app", "never sell it", "is shared only with"). A segment opening on a noun
    ("your email address") goes on with the list before it, one with no verb ("only with your consent") with the
    clause it limits."""
    words = _words(segment)
    start = 1 if words and words[0] in _PRONOUN else 0
    while start < len(words) and words[start] in _AUX:
        start += 1
    if start >= len(words) or not _VERB.match(words[start]):
        return False
    # a verb with no subject before it must go on as a verb does ("share it", not "records of purchases")
    return start > 0 or start + 1 == len(words) or words[start + 1] in _AFTER_VERB


def _own_subject(segment: str) -> bool:
    """A segment that opens a clause with a pronoun subject of its own ("we never sell it", "you may withdraw
    consent"): the pronoun, then an auxiliary or a verb, or ("we", "you", "they") a word that opens no phrase."""
    words = _words(segment)
    if len(words) < 2 or words[0] not in _PRONOUN:
        return False
    return _opens_clause(segment) or (words[0] != "it" and words[1] not in _FUNCTION)


def label(statement: str) -> str:
    """The label before a colon that opens `statement` ("Key points"), which `clauses` leaves out: what it names
    (a party, a kind of data) is for the caller to weigh."""
    m = _LABEL.match(statement.strip())
    return m.group(0).strip(" :") if m else ""


def clauses(statement: str) -> list[str]:
    """The clauses of a sentence stating several practices, each made a sentence with the subject of the first
    ("We collect X, use it for Y and never sell it" -> three sentences); [] when the sentence states one practice,
    is too long, or when a negation may reach into the clauses after it ("we do not sell, rent or share it")."""
    text = _LABEL.sub("", statement.strip(), count=1).rstrip(" .!")
    if len(text.split()) > _MAX_WORDS:
        return []
    pieces = _SEPARATOR.split(text)
    lead = ""
    opening = _words(pieces[0])
    if not _own_subject(pieces[0]) and (not opening or opening[0] in _SUBORDINATE or _head(opening) is None):
        # a phrase before the first main clause ("To sum up, we ...", "If you opt in, we ...", "When you join a
        # team, such as a school's, we ...") reaches every clause
        main = next(
            (j for j in range(2, len(pieces), 2) if pieces[j - 1].strip() == "," and _own_subject(pieces[j])), None
        )
        if main is None:
            return []
        lead, pieces = f"{''.join(pieces[: main - 1])}, ", pieces[main:]
    first = _words(pieces[0])
    head = _head(first)
    if head is None:
        return []
    subject = " ".join(first[:head]) or "we"
    out: list[str] = [pieces[0]]
    own: list[bool] = [head > 0]  # whether each clause has its own subject
    for k in range(1, len(pieces) - 1, 2):
        separator, segment = pieces[k], pieces[k + 1]
        if segment and (_opens_clause(segment) or _own_subject(segment)):
            if _NEGATION.search(out[-1].lower()) and not _NEGATION.search(segment.lower()):
                words = _words(segment)
                if words and words[0] not in _PRONOUN:
                    return []  # "we do not sell, rent or share it": the negation may reach into this one
            out.append(segment)
            own.append(_own_subject(segment))
        else:
            out[-1] += separator + segment
    if not 2 <= len(out) <= _MAX_CLAUSES:
        return []
    sentences = []
    for clause, has_subject in zip(out, own, strict=True):
        body = lead + (clause.strip(" ,;") if has_subject else f"{subject} {clause.strip(' ,;')}")
        sentences.append(f"{body[:1].upper()}{body[1:]}.")
    return sentences
