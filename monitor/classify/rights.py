"""The rights a sentence grants, whatever its grammar: which rights, to whom, denied or not, and the conditions put on
them. Pure.

A list of rights is reworded all the time: "You can access, correct or delete your personal data" -> "You have the
right to access your personal data, to have it corrected and to have it erased" -> "You may request access to,
rectification or erasure of your data" -> "At your request we will give you a copy of your data, correct it or
erase it". Each concept of the lexicon names a right in some of these forms only ("right to erasure" as a noun,
"deletion" as the company's practice), so the same list read in two grammars looked like a right added or dropped.
Here a right is read where a power or a right names it (a modal with its holder, as reader.toml [holder] reads it;
"the right to", "requests for", "ask us to"; "at your request"): every verb, noun or participle of a right
(concepts.toml [[right]]) in the words that follow, up to the next power or the clause's end. Only the reader's
rights are kept: the powers of the company or of another party are practices. The set of rights the reader holds
is what two versions compare (findings._rights_findings, facts._sentence_facts); the words it was read from are the
spans that the concept findings leave to it (findings._concept_findings).

Family: rights sections rewritten between verbs and nouns, modals and "the right to", active and passive. Still read
as changes: a right dropped or added, a right denied ("no right to object"), another holder ("your employer has the
right to": the reader no longer holds it), a condition put on the rights ("where required by law"), the company's
choice where it promised to act ("we may erase it when you ask") - and, by the concept "refusal of requests", a
refusal the company keeps ("and we may refuse").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from monitor.classify import lexicon as lx
from monitor.classify import reader, vocabulary

_NAME = "concepts"


@dataclass(frozen=True)
class Right:
    """One right of a rights list: its name, the concept that names it, and its forms as one whole-word regex."""

    name: str
    concept: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Grants:
    """What a sentence grants the reader: (holder, right, denied), where the right words stand (spans in the text
    read) and the conditions the sentence states, put on its rights where it grants any (each its words and its
    content stems). The powers of the company and of other parties ("our support staff can access your account to
    fix it") are practices, read by the concepts and by reader.holders; a right moved from the reader to another
    party is a right the reader no longer has."""

    rights: frozenset[tuple[str, str, bool]]
    spans: tuple[tuple[int, int], ...]
    conditions: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class _Vocabulary:
    rights: tuple[Right, ...]
    frames: re.Pattern[str]
    on_request: re.Pattern[str]
    objects: re.Pattern[str]
    conditions: re.Pattern[str]
    idle: re.Pattern[str]
    determiners: frozenset[str]


def _alternatives(items: list[str]) -> str:
    return rf"(?<![\w-])(?:{'|'.join(items)})(?![\w-])"


@cache
def _vocabulary() -> _Vocabulary:
    """concepts.toml [rights] and [[right]], checked: a malformed entry is an error naming the file and the entry."""
    table = vocabulary.load(_NAME)
    entry = vocabulary.check(
        _NAME,
        "[rights]",
        table.get("rights"),
        required={"frames": list, "on_request": list, "objects": list, "conditions": list},
        optional={"idle": list, "determiners": list, "modifiers": list},
    )
    rights = []
    for i, item in enumerate(table.get("right") or []):
        where = f"[[right]] #{i + 1}"
        item = vocabulary.check(
            _NAME, where, item, required={"name": str, "concept": str, "forms": list, "examples": list}, optional={}
        )
        if item["concept"] not in lx.CONCEPTS_BY_NAME:
            raise vocabulary.VocabularyError(f"{_NAME}.toml: {where}: unknown concept {item['concept']!r}")
        pattern = vocabulary.compile_regex(_NAME, where, _alternatives(item["forms"]))
        rights.append(Right(item["name"], item["concept"], pattern))
    if not rights:
        raise vocabulary.VocabularyError(f"{_NAME}.toml: expected [[right]] tables")

    def compiled(key: str, source: str) -> re.Pattern[str]:
        return vocabulary.compile_regex(_NAME, f"[rights] {key}", source)

    return _Vocabulary(
        tuple(rights),
        compiled("frames", _alternatives(entry["frames"])),
        compiled("on_request", _alternatives(entry["on_request"])),
        compiled("objects", _alternatives(entry["objects"]) + rf"(?!\s+(?:{'|'.join(entry.get('modifiers', []))})\b)"),
        compiled("conditions", _alternatives(entry["conditions"])),
        compiled("idle", rf"\s*(?:{'|'.join(entry.get('idle', []))})(?![\w-])"),
        frozenset(entry.get("determiners", [])),
    )


def rights() -> tuple[Right, ...]:
    """Every right the reading knows, in the vocabulary's order."""
    return _vocabulary().rights


def named(name: str, low: str) -> bool:
    """A form of the right `name` stands in the sentence, granted or not ("your employer may access", "the
    following rights: access ...")."""
    return any(r.pattern.search(low) for r in rights() if r.name == name)


def concept_of(name: str) -> str:
    """The concept that names a right ("erasure" -> "right to erasure")."""
    return next(r.concept for r in rights() if r.name == name)


@cache
def concepts() -> frozenset[str]:
    """The concepts whose mentions the rights reading may stand for: each right's concept, and "deletion" (the
    company's erasing, which a right to erasure names too)."""
    return frozenset({r.concept for r in rights()} | {"deletion"})


#: where a right's clause ends: a semicolon, or a contrast or exception opening another clause
_BREAK = re.compile(
    r";|:\s*(?=[a-z]+ (?:may|can|will|must)\b)"
    r"|,\s*(?=(?:but|except|unless|which|whereas|although|however|while|whilst)\b)"
    r"|,?\s+(?=(?:and|but) (?:we|they|our|the company)\s)"
)
#: how many words of a subject name its holder (as reader.holders reads them)
_SUBJECT_CHARS = 120
_WORD = re.compile(r"[a-z][\w'’-]*")


def _segments(low: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end) offsets."""
    out, start = [], 0
    for m in _BREAK.finditer(low):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(low)))
    return [(s, e) for s, e in out if low[s:e].strip()]


def _subject(low: str, at: int) -> tuple[int, str]:
    """Where the subject of a power or a right at `at` starts, and its words: back to the last clause opener."""
    _, _, openers, *_ = reader._holder_vocabulary()
    start = max(0, at - _SUBJECT_CHARS)
    before = low[start:at]
    cut = list(openers.finditer(before))
    if cut:
        start += cut[-1].end()
    return start, low[start:at]


#: the company keeping a choice over what it does at a request ("we may delete it when you ask"): no right
_DISCRETION = re.compile(r"(?<![\w-])we (?:\w+ )?(?:may|might)(?![\w-])")


def _power_holder(subject: str) -> str:
    """Who holds a power by its subject: a pronoun right before the modal names it ("in some cases we may", "if
    asked, you can"), else its subject's words as reader.holders reads them."""
    words = _WORD.findall(subject)
    if words and words[-1] in _PRONOUNS:
        return _PRONOUNS[words[-1]]
    return reader._role(subject)


_PRONOUNS = {"we": "company", "you": "reader"}


def _noun_holder(words: str) -> str:
    """Who holds a right named by a noun, by the words right before it: a possessive ("your employer's right to",
    "the user's right of access"), "our" or a subject that keeps it ("we reserve the right to") name the holder;
    else the right is the reader's, whom the policy addresses ("your right to", "we received 820 requests to")."""
    v = _vocabulary()
    found = _WORD.findall(words)
    while found and found[-1] in v.determiners:
        found.pop()
    if not found:
        return "reader"
    last = found[-1]
    if last == "our":
        return "company"
    if last in _KEEPS:
        return reader._role(" ".join(found[-1 - _SUBJECT_WORDS : -1])) or "reader"
    if last.endswith(("'s", "’s", "s'", "s’")):
        return reader._role(" ".join(found[-_SUBJECT_WORDS:])) or "reader"
    return "reader"


#: a relative clause's own words before a right it holds ("who do not have an independent right to")
_HAVING = re.compile(
    r"^\s*(?:(?:do|does|did) not |don't |doesn't )?(?:have|has|hold|holds|retain|retains)\b[\w' -]{0,40}$"
)
#: a relative pronoun right before a subject, with the words it describes ("our providers who", "partners that")
_RELATIVE_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,3})(?:who|which|that)\s*$")
#: verbs whose subject keeps a right named after them ("we reserve the right to", "the bank retains the right to")
_KEEPS = frozenset({"reserve", "reserves", "retain", "retains", "keep", "keeps", "hold", "holds"})
#: how many words before a right's noun name its holder
_SUBJECT_WORDS = 4


@dataclass(frozen=True)
class _Frame:
    start: int  # where the frame's words start
    end: int  # where what it grants starts
    holder: str
    subject: int  # where its subject starts (a negation from here on denies the right)
    needs_object: bool  # a modal's verbs are rights only beside data ("you can delete your data")
    stop: int = -1  # where what it grants ends, if not at the next frame
    choice: bool = False  # the company keeps a choice over what it does at a request: no right (read as denied)


def _frames(low: str, start: int, end: int, holder: str) -> list[_Frame]:
    """The powers and rights named in one clause, in order, each with its holder (a power with no subject of its own
    is the last holder's: "you can access it and can also delete it"). A right named by a noun after a power ("you
    can exercise your right to erasure") is the power's holder's; a clause that says "at your request" grants the
    reader whatever the company does in it ("we will correct it at your request"); where the company keeps a choice
    ("we may correct it at your request") the reader holds no right, read as one denied."""
    v = _vocabulary()
    powers, *_ = reader._holder_vocabulary()
    text = low[start:end]
    found: list[_Frame] = []
    for m in powers.finditer(text):
        s0, subject = _subject(low, start + m.start())
        holder = _power_holder(subject) or holder
        named = "right" in m.group(0) or "entitled" in m.group(0)  # "the right to erasure" needs no object
        found.append(_Frame(start + m.start(), start + m.end(), holder, s0, not named))
    for m in v.frames.finditer(text):
        at = start + m.start()
        if any(f.start <= at < f.end for f in found):
            continue  # the noun inside a power ("have the right to")
        prior = [f for f in found if f.start < at]
        if prior:
            role, s0 = prior[-1].holder, prior[-1].subject
        else:
            s0, subject = _subject(low, at)
            role = _noun_holder(subject)
            relative = (
                _RELATIVE_BEFORE.search(low, max(0, s0 - _SUBJECT_CHARS), s0)
                if role == "reader" and _HAVING.match(subject)
                else None
            )
            if relative is not None:
                # a relative clause's right is its antecedent's ("providers who have no independent right to use
                # it"): the reader's only where the antecedent names the reader
                role = reader._role(relative.group(1)) or "other"
        # "deletion requests": the right named before the noun
        found.append(
            _Frame(at, at if m.group(0).endswith(("request", "requests")) else start + m.end(), role, s0, False)
        )
    found.sort(key=lambda f: f.start)
    if v.on_request.search(text):
        found.append(_Frame(start, start, "reader", start, False, end, bool(_DISCRETION.search(text))))
    return found


@lru_cache(maxsize=8192)
def granted(low: str) -> Grants:
    """The rights a lower-cased sentence grants (see the module's docstring)."""
    v = _vocabulary()
    out: set[tuple[str, str, bool]] = set()
    spans: list[tuple[int, int]] = []
    holder = ""
    conditions = _conditions(low)
    if "," in low:
        # a phrase set between commas inside the grant ("you have the right, after first completing our own process,
        # to lodge a complaint") is read as a condition, and the grant around it as one
        low = _INTERPOSED.sub(lambda m: m.group(1) + " " * (m.end(2) - m.start(1) - len(m.group(1))), low)
        # an aside between a modal and its verb ("we may, however, refuse to act on it"): the commas set it off
        low = _ASIDE.sub(lambda m: m.group(0).replace(",", " "), low)
    for start, end in _segments(low):
        frames = _frames(low, start, end, holder)
        has_object = bool(v.objects.search(low, start, end))
        for i, frame in enumerate(frames):
            holder = frame.holder or holder
            if frame.holder != "reader" or (frame.needs_object and not has_object):
                continue
            stop = frame.stop if frame.stop >= 0 else frames[i + 1].start if i + 1 < len(frames) else end
            for right in v.rights:
                for m in right.pattern.finditer(low, frame.start if frame.stop >= 0 else frame.end, stop):
                    lead = lx.NOT_NEGATING.sub(" ", low[frame.subject : m.start()])
                    if "without" in lead:
                        # "a parent who believes a child gave us data without consent should ask us to delete it":
                        # "without" denies its own phrase, which ends at a comma or where a modal starts the verb
                        # (the lead ends where the right starts: a phrase running to its end reaches the right)
                        lead = lx.WITHOUT_PHRASE.sub(
                            lambda w: w.group(0) if w.group("end") is not None else " " + w.group(0)[len("without") :],
                            lead,
                        )
                    out.add((frame.holder, right.name, frame.choice or bool(lx.NEGATION.search(lead))))
                    spans.append((m.start(), m.end()))
    if conditions and spans and _NEW_GRANT.search(low):
        conditions = _conditions_of_grants(low, conditions, spans)
    return Grants(frozenset(out), tuple(sorted(spans)), conditions)


#: a coordinated clause that grants on its own ("..., you have the right to withdraw it, and you may lodge a
#: complaint"): a condition leading the first clause does not reach it
_NEW_GRANT = re.compile(r",?\s+and\s+(?=you (?:may|can|also|have|are|will)\b)")


def _conditions_of_grants(
    low: str, conditions: tuple[tuple[str, tuple[str, ...]], ...], spans: list[tuple[int, int]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The conditions that sit in a clause (cut at `_NEW_GRANT`) where a right is granted."""
    cuts = [0] + [m.start() for m in _NEW_GRANT.finditer(low)] + [len(low) + 1]
    clauses = [(a, b) for a, b in itertools.pairwise(cuts) if any(a <= s < b for s, _ in spans)]
    out = []
    for text, stems in conditions:
        at = low.find(text)
        if at < 0 or any(a <= at < b for a, b in clauses):
            out.append((text, stems))
    return tuple(out)


#: what comes before a "where" that names a place, not a condition: a place noun ("the authority where you live"),
#: or a place noun's "where" clause and a list going on ("... where you live, where you work, or where ...")
_PLACE_WHERE = re.compile(
    r"\b(?:authorit(?:y|ies)|countr(?:y|ies)|states?|jurisdictions?|place|regions?|territor(?:y|ies)|city|area"
    r"|office)\s+(?:where\b[^.;:()]{0,80}?(?:,\s*|\s+)(?:(?:or|and)\s+)?)?$"
)
#: a connective set off by commas after a modal or an auxiliary ("may, however, refuse"; "will, in some cases,
#: decline")
_ASIDE = re.compile(
    r"\b(?:may|might|can|could|will|would|shall|should|must|do|does|did|is|are|was|were)\s*,\s*"
    r"(?:however|therefore|thus|also|nevertheless|furthermore|moreover|of course|in particular|in addition"
    r"|in (?:some|certain|such|these|those|rare|exceptional) (?:cases|circumstances)|for (?:example|instance)"
    r"|where (?:required|permitted|necessary|appropriate)|if (?:required|necessary|appropriate))\s*,"
)
#: a phrase between commas right after "the right" or "entitled", before the "to" of the grant
_INTERPOSED = re.compile(r"\b(rights?|entitled|able)(\s*,[^,;.()]{1,100},)(?=\s*to\s)")


#: the words of a condition that say nothing of its own
_STOP = frozenset(
    {
        *("the", "and", "you", "your", "our", "are", "is", "be", "this", "that", "for", "with", "any", "such"),
        *("its", "their", "them", "they", "it", "of", "to", "in", "on", "by", "as", "or", "at", "an", "a"),
        *("we", "us", "can", "may", "will", "has", "have"),
    }
)
#: a right stated as possible only ("you may have the right to", "you might be entitled to")
_POSSIBLE = ("may ", "might ")
#: how many words after its opening word a condition is read to (its clause may end sooner)
_CONDITION_WORDS = 8


def _conditions(low: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The conditions a sentence puts on what it grants ("where required by law", "if you live in the EU"), each as
    its words and its content stems; a wish ("if you want") or a request ("when you ask us") conditions nothing."""
    v = _vocabulary()
    out = []
    for m in v.conditions.finditer(low):
        if v.idle.match(low, m.end()):
            continue
        if m.group(0) == "where" and _PLACE_WHERE.search(low, max(0, m.start() - 100), m.start()):
            continue  # "the authority where you live, where you work, or where ...": places named, no condition
        tail = re.split(r"[,;:.()]", low[m.end() : m.end() + 120], maxsplit=1)[0]
        words = tail.split()[:_CONDITION_WORDS]
        stems = tuple(sorted({w[:5] for w in _WORD.findall(" ".join(words)) if w not in _STOP}))
        if m.group(0).startswith(_POSSIBLE):
            stems = ()  # "you may have the right to": conditional already, and never a condition added
        out.append((" ".join([m.group(0), *words]), stems))
    return tuple(out)


def new_conditions(grants: Grants, other: Grants, other_low: str) -> list[str]:
    """The conditions `grants` puts on its rights where the other version puts none and does not say their content
    words at all: a condition added, not one reworded ("where the law requires it" = "as required by law",
    "depending on where you live" = "based on your location", "when you log in" = "by logging in"). A condition
    changed beside another one is read by what it names (a place, a number); one added beside conditions both
    versions state word for word is a condition added."""
    kept = {text for text, _ in other.conditions}
    if kept - {text for text, _ in grants.conditions} or any(not own for _, own in other.conditions):
        return []  # a condition reworded, or rights stated as possible only ("you may have the right"): conditional
    said = {w[:_PREFIX] for w in _WORD.findall(other_low)}
    return [
        text
        for text, own in grants.conditions
        if text not in kept and own and not all(w[:_PREFIX] in said for w in own)
    ]


#: how many first letters of a word name it when two versions are compared ("logging" = "log in")
_PREFIX = 3


def limits(grants: Grants, limiters: tuple[str, ...]) -> tuple[str, ...]:
    """The limiting words of a sentence less those that grant its rights: in "at your request we will correct it"
    the request is the reader's right, not a limit on a practice."""
    if not grants.rights:
        return limiters
    on_request = _vocabulary().on_request
    return tuple(w for w in limiters if not on_request.fullmatch(w))


def covers(grants: Grants, pattern: lx.ConceptPattern, low: str) -> bool:
    """Every mention of a concept in `low` stands inside a right the reading read (or there is none)."""
    return all(any(s < m.end() and m.start() < e for s, e in grants.spans) for m in pattern.finditer(low))
