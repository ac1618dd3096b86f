"""The facts a sentence or a text states (practice, polarity, negated verbs, timing, channel, clauses), compared to tell
a rewording from a change. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from monitor.classify import lexicon as lx
from monitor.classify import rights
from monitor.classify.evidence import _DATA_HEADS, Profile, profile
from monitor.classify.furniture import _YES, _YES_NO, _boilerplate, _cells, _table_facts
from monitor.classify.traits import (
    _EVERYONE,
    _HANDLING_VERB,
    _announces_changes,
    _forms,
    _limits_requests,
    _practice_concepts,
    _question,
    _timing,
    _waits_for_choice,
)
from monitor.text.sentences import clean_block, split_sentences


def _facts(texts: Sequence[str]) -> frozenset:
    """The practice facts a passage states, however its sentences are split, merged, reordered or voiced: each
    practice concept with the polarity of the sentence stating it, and the passage's permissions, limiters, scope
    words, numbers and names."""
    out: set = set()
    denials: Counter = Counter()
    for text in texts:
        for fact in _text_facts(text):
            if fact[0] == "denials":
                denials[fact[1]] += fact[2]
            else:
                out.add(fact)
    out.update(("denials", verbs, n) for verbs, n in denials.items())
    return frozenset(out)


@lru_cache(maxsize=8192)
def _text_facts(text: str) -> frozenset:
    facts: set = set()
    n_denials: Counter = Counter()
    if text:
        if " | " in text and _table_facts(text.casefold()):
            # a yes/no table row: every answer is a fact of its own ("identifiers | yes | no")
            cells = _cells(text.casefold())
            facts.update(("cell", cells[0], i, c in _YES) for i, c in enumerate(cells[1:]) if c in _YES_NO)
        for sentence in split_sentences(clean_block(text)):
            stated, denied = _sentence_facts(sentence)
            # which terms a denial reaches is read sentence by sentence only (`denial_lifted`): a passage rewritten
            # moves its clause breaks
            facts.update(f for f in stated if f[0] != "denied term")
            n_denials.update(denied)
    facts.update(("denials", verbs, n) for verbs, n in n_denials.items())
    return frozenset(facts)


@lru_cache(maxsize=16384)
def _sentence_facts(sentence: str) -> tuple[tuple, tuple[str, ...]]:
    """The facts one sentence states, in the order found, and the handlings each of its clauses denies (cached:
    passages read for whole-document awareness share most of their sentences)."""
    facts: list = []
    n_denials: list[str] = []
    p = profile(sentence)
    if _question(sentence) or (_boilerplate(p.low, sentence) and not p.quantities):
        return (), ()
    quantities = p.quantities
    # the parties named, read on the sentence as written: the readings below go on lower-cased text, where no name
    # is seen ("share them with Acme for 30 days" names Acme however long it keeps the data)
    entities = p.entities
    label = _RUN_IN_LABEL.match(sentence) if entities else None
    if label and re.findall(r"[A-Za-z][\w'&/]*", label.group(0))[-1].lower() in _DATA_HEADS:
        # a run-in label in title case naming a kind of data ("Device and Connection Information - We may collect
        # ..."): its capitals name a topic, not a party (a label naming a party, "Acme Analytics: ...", keeps it)
        entities = frozenset(e for e in entities if e.lower() not in label.group(0).lower())
    channels = lx.CHANNEL_PHRASE.findall(p.low)
    if channels:
        # the channel a message travels by is a promise only for change notices
        if _announces_changes(p):
            facts.extend(("channel", _channel(c)) for c in channels)
        p = profile(lx.CHANNEL_PHRASE.sub(" and ", p.low))
    quantities = p.quantities
    if quantities:  # "18 years old" / "under 13": the number is the fact, not a concept term
        p = profile(lx.QUANTITY.sub(" ", p.low))
    negated = bool(lx.NEGATION.search(_NOT_NEGATING.sub(" ", p.low)))
    if any(q.kind == "age" for q in quantities) and not p.categories[lx.CH]:
        facts.append(("concept", "children", negated))  # "use is limited to those aged 18 or older": an age limit
    if any(q.kind == "time" for q in quantities) and p.categories[lx.DC]:
        facts.append(("concept", "retention", negated))  # "Chat messages: 30 days" under "How long we keep it"
    grants = rights.granted(p.low)
    # the rights granted, whatever their grammar: "you can delete it" = "the right to have it erased"
    facts.extend(("right", *r) for r in sorted(grants.rights))
    # and the concept each names, as the concepts would name it in their own forms ("right to erasure")
    facts.extend(("concept", rights.concept_of(r), denied) for holder, r, denied in grants.rights if holder == "reader")
    if grants.rights and grants.conditions:
        # what the condition names (a place, a number) is read as such; how many conditions the rights wait for is
        # a fact ("if the law gives it" -> "if the law gives it, and after our own process")
        facts.append(("conditional", len(grants.conditions)))
    for part in _clauses(p, negated):
        neg = negated and bool(lx.NEGATION.search(_NOT_NEGATING.sub(" ", part.low)))
        if neg:  # "we do not respond to DNT signals" -> "we respond to ...": a negation is a fact of its own
            # generic words ("your data") are no denied practice: the verb or specific term carries it
            facts.extend(("negated", name) for name in part.specific)
            verbs = _denied_verbs(_NOT_NEGATING.sub(" ", part.low))
            facts.extend(("negated", v) for v in verbs)
            # how many clauses deny each handling: "we do not use X, and we do not use it for Y" -> one left
            n_denials.extend(verbs)
        names = _practice_concepts(part)
        for name in names:
            if grants.rights and name in rights.concepts() and _named_as_rights(grants, name, p.low, part.low):
                continue  # the right's fact above stands for it
            if name == "disclosure" and _shares_named_data(names, part.low):
                # sharing with nobody named: the act is the fact ("we keep your messages" -> "we share your
                # messages"); a recipient named carries it otherwise ("we share X with providers" = "providers
                # receive X"); a title ("Sharing") states no act
                facts.append(("concept", name, neg))
                continue
            if name == "disclosure" and not _names_recipient(names, part.low):
                # shared with a party the vocabulary does not know ("and shares this record with other airlines"):
                # the party named is the fact, as a known recipient's concept would be
                party = _UNKNOWN_PARTY.search(part.low)
                if party:
                    facts.append(("recipient", party.group(1)[:5], neg))
                continue
            if name == "retention" and not neg and not quantities and _bare_keeping(part.low):
                continue  # "we also keep their login history": holding data, no period - said by collecting
            if name != "disclosure":
                facts.append(("concept", name, neg))
                # the terms too ("rent or sell" -> "rent"), stemmed so that voice and number do not count
                forms = () if name in lx.PHRASINGS_ONLY else _forms(lx.CONCEPTS_BY_NAME[name], part.low)
                for form in forms:
                    if name == "security measures" and _GENERIC_SAFEGUARD.search(form):
                        form = "security measures"  # "physical and managerial safeguards" = "security measures"
                    stems = [w[:5] for w in re.findall(r"[a-z0-9]+", form) if len(w) > 3 and w[:5] not in _FILLER]
                    if stems:
                        facts.append(("term", name, " ".join(stems)))
                        if neg:  # which terms a denial reaches: "X and Y are not allowed" -> "X is not, but Y is"
                            facts.append(("denied term", name, " ".join(stems)))
    if p.hedges:
        facts.append(("hedge",))
    if _waits_for_choice(p):
        facts.append(("choice",))  # "where you have turned on location services, we collect ..."
    if _limits_requests(p):
        facts.append(("requests limited",))  # "requests to exercise your rights are only accepted by post"
    timing = _timing(p)
    if timing:
        facts.append(("timing", timing))
    if _EVERYONE.search(p.low):
        facts.append(("everyone",))
    limits = rights.limits(grants, p.limiters)
    if "only" in limits and any(q.kind == "age" for q in quantities) and _ONLY_AN_AGE.search(sentence.lower()):
        # "used only by people aged 18 or over" = "you must be 18 or over": the age is the limit, "only" restates it
        limits = tuple(x for x in limits if x != "only")
    facts.extend(("limit", x) for x in limits)
    facts.extend(("scope", x) for x in p.broadeners if x != "every")  # "every newsletter" / "each one"
    facts.extend(("number", q.kind, q.value) for q in quantities)
    # the date a practice is done by ("delete them by 12/31/2024"): a fact, unlike a document's date
    facts.extend(("deadline", d) for d in lx.practice_deadlines(sentence))
    facts.extend(("name", x) for x in entities)
    if p.permissive:
        facts.append(("may",))
    return tuple(facts), tuple(n_denials)


#: a label in title case opening a list item, before a dash or a colon ("Metrics and Performance Data - ...")
_RUN_IN_LABEL = re.compile(
    r"^\W*[A-Z][\w'&/-]*(?: (?:and|or|of|&|the|for|to|[A-Z][\w'&/-]*)){0,6}\s*(?:-|\u2013|\u2014|:)\s+"
)
#: "only" bound to an age ("only by individuals who are at least 18", "only to users over 16"), in its clause
_ONLY_AN_AGE = re.compile(r"\bonly\b[^.;:,()]{0,60}?\b\d{1,2}\b")


#: the generic safeguards, in any words ("technical and organisational measures", "managerial safeguards"): one term,
#: where a named one ("encryption", "TLS") is a fact of its own
_GENERIC_SAFEGUARD = re.compile(r"(?:safeguard|measure)s?$")


def _shares_named_data(names: Sequence[str], low: str) -> bool:
    """Whether a clause shares a kind of data it names with nobody it names: "we share your messages" (not "your
    personal data", which a title, a table of contents or a pointer names: "How we share your personal data"), in a
    sentence, not a title ("Sharing")."""
    if len(low.split()) <= 2 or _names_recipient(names, low):
        return False
    return any(
        lx.CONCEPTS_BY_NAME[n].category == lx.DC and lx.CONCEPTS_BY_NAME[n].specific
        for n in names
        if n in lx.CONCEPTS_BY_NAME
    )


def _names_recipient(names: Sequence[str], low: str) -> bool:
    """Whether a clause names a party data goes to (a recipient, the public), besides the act of sharing, or points
    to where they are named ("we share your information with:", "with the following recipients", "with those
    listed below")."""
    if low.rstrip().endswith(":") or _POINTS_TO_PARTIES.search(low):
        return True
    return any(n != "disclosure" and lx.CONCEPTS_BY_NAME[n].category == lx.TP for n in names)


_POINTS_TO_PARTIES = re.compile(r"\b(?:following|below|above|listed|whom)\b")
#: a party data is shared with, by its head noun, where the vocabulary names no recipient ("share this record with
#: other airlines"); not the reader, the company or a pronoun
_UNKNOWN_PARTY = re.compile(
    r"\b(?:shar|disclos)(?:e|es|ed|ing)\s+(?:(?!(?:if|when|where|because|since|unless|that|which|who|are|is|be|we|you)\b)"
    r"[\w'-]+\s+){0,6}?with\s+"
    r"(?:(?:other|the|our|their|its|selected|certain|some|trusted|relevant|various|such)\s+)?"
    r"(?!(?:you|us|them|it|him|her|each|one|anyone|anybody|everyone|no|none|nobody|your|this|that|these|those|"
    r"respect|regard|reference|consent|permission|care)\b)([a-z][a-z-]{3,})"
)


def _named_as_rights(grants: rights.Grants, name: str, low: str, part: str) -> bool:
    """Every mention of the concept in the sentence stands inside a right the rights reading read (the clause
    `part` of a negated sentence names some of them: read on the whole sentence, where the spans are)."""
    pattern = lx.CONCEPTS_BY_NAME[name].pattern
    return bool(pattern.search(part)) and rights.covers(grants, pattern, low)


def _clauses(p: Profile, negated: bool) -> list[Profile]:
    """A negated sentence's clauses: a negation reaches to the end of its clause, not into a leading condition
    ("if you are not satisfied, ...") or a relative or exception clause after it ("..., which the car stores")."""
    if not negated:
        return [p]
    low = p.low
    clauses = []
    lead = _LEADING_CONDITION.match(low)
    if lead:
        clauses.append(lead.group(0))
        low = low[lead.end() :]
    clauses.extend(_CLAUSE_BREAK.split(low))
    parts: list[str] = []
    for part in clauses:
        # "a parent who finds that a child gave us data without consent should ask us to delete it": "without"
        # denies its own phrase, from where it stands to where a modal starts the main verb
        cut = (
            next((w for w in lx.WITHOUT_PHRASE.finditer(part) if w.group("stop") is None), None)
            if "without" in part
            else None
        )
        if cut is not None and cut.group("end") is not None:
            # a "without" ending the sentence reaches back to the relative clause it qualifies, not to the main verb
            # before it ("we delete information that we learn was collected from a child without parental
            # consent": the collection is without consent, the deletion is not denied); with no relative clause it
            # reaches the whole clause ("we share your data without your consent")
            relative = max(_RELATIVE.finditer(part, 0, cut.start()), key=lambda r: r.start(), default=None)
            parts.extend((part[: relative.start()], part[relative.start() :]) if relative else (part,))
            continue
        parts.extend((part[: cut.start()], part[cut.start() : cut.end()], part[cut.end() :]) if cut else (part,))
    return [profile(c) for c in parts if c.strip()]


#: a relative clause's opening word ("information that we learn was collected")
_RELATIVE = re.compile(r"(?<![\w-])(?:that|which|who|whom)(?![\w-])")


#: Verbs that handle data: "we do not collect X" -> "we collect X" flips a fact even when X is in no lexicon.
def _denied_verbs(low: str, within_clause: bool = False) -> tuple[str, ...]:
    """The handling verbs a negation governs: those within a few words after it ("we do not sell, rent or share",
    "no data is sold"), not every verb of the clause ("cannot guarantee ..., although we strive to use ...").
    Each negation counts its verbs once, up to the next negation: "we do not sell X (and will not sell it ...)"
    denies selling twice, so that dropping one of the two is seen; "we do not and will not sell" denies it once.
    `within_clause`: only up to the end of the negation's clause ("we share but do not sell": sharing is not
    denied; "we do not sell it; we rent it")."""
    found: list[str] = []
    negations = list(lx.NEGATION.finditer(low))
    for i, m in enumerate(negations):
        end = negations[i + 1].start() if i + 1 < len(negations) else len(low)
        window = low[m.end() : end]
        cut = _DENIAL_CLAUSE_END.search(window) if within_clause else None
        stop = cut.start() if cut else len(window)
        if "," in window and _CONTRAST_BEFORE.search(low, 0, m.start()):
            # "it needs a hash of the data, and not the raw data, so the data is sent encrypted": a contrast
            # between commas denies a noun, not the verb after it
            stop = min(stop, window.index(","))
        window = " ".join(window[:stop].split()[:_DENIAL_REACH])
        found.extend(
            sorted(
                {
                    _verb_stem(v.group(0))
                    for v in _HANDLING_VERB.finditer(window)
                    if not _NOUN_BEFORE.search(window[: v.start()])
                    and not _THE_SERVICE.match(window, v.end())
                    and not _TO_US.match(window, v.end())
                    and not (v.group(0) == "used" and _used_as_means(window, v.end()))
                }
            )
        )
    return tuple(found)


#: what a verb of handling acts on when it is the service, not data ("will not allow him to use our products")
_THE_SERVICE = re.compile(
    r"\s+(?:(?:some|any|all|those|certain|parts?|features?|portions?|areas?)\s+)?(?:of\s+)?"
    r"(?:our|the|its|their|this|these)\s+(?:[\w-]+\s+)?(?:products?|services?|sites?|websites?|apps?"
    r"|applications?|platforms?)\b"
)
_TO = re.compile(r"\s+to\s+")
#: a handling whose recipient is the company ("please do not send us your data", "do not give us it"): the reader's
#: act, not a handling the company denies
_TO_US = re.compile(r"\s+us(?![\w-])")


def _used_as_means(window: str, at: int) -> bool:
    """ "used" as the means of a handling said after it ("the Platform is not used to collect PII" = "we do not use
    the Platform to collect PII"): that handling is what is denied, as in the active voice (`_THE_SERVICE`). Not
    "used to identify you", where the use itself is the handling denied."""
    to = _TO.match(window, at)
    return to is not None and _HANDLING_VERB.match(window, to.end()) is not None


#: a word after which a handling word is a noun, not a verb a negation denies ("not intended for use by")
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:for|the|a|an|any|its|our|your|their|of)\s+$")


#: where a clause ends for what its negation denies: "we share but do not sell", "we do not sell it; we rent it"
_DENIAL_CLAUSE_END = re.compile(r"[;:]|,? \b(?:but|however|although|though|whereas|if|unless|except|other than)\b")


#: what comes before a "not" that contrasts a noun with another (", not", ", and not", ", but not"), not after an
#: auxiliary ("do not", "will not")
_CONTRAST_BEFORE = re.compile(r",\s*(?:(?:and|but|or)\s+)?$")

#: how many words after a negation its verb may come ("we do not, under any circumstances, sell or rent")
_DENIAL_REACH = 8


def _verb_stem(verb: str) -> str:
    """One stem per verb, whatever its form: "use" / "used" / "uses" / "using", "shares" / "shared"."""
    for suffix in ("ing", "ed", "es", "s", "d", "e"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            verb = verb[: -len(suffix)]
            break
    if verb in ("us", "usi", "usin", "using", "uses", "used"):
        return "use"
    return _SAME_HANDLING.get(verb[:5], verb[:5])


#: verbs of one handling, one stem: "we do not gather / obtain / solicit data" denies what "we do not collect" does
_SAME_HANDLING = {"gathe": "colle", "gathr": "colle", "obtai": "colle", "solic": "colle"}


#: Stems inside a concept's wording that name no practice ("transfer your personal information outside").
_FILLER = frozenset(
    # (and the conjunction of a time clause: "when the app is closed" = "while it is closed")
    {"your", "perso", "infor", "data", "detai", "their", "these", "those", "such", "this", "that", "when", "while",
     "whene", "even",
     # the verb "opt" in any form ("opts you out", "opted out", "opting out"): "opt" itself is too short to be a stem
     "opts", "opted", "optin"}
)  # fmt: skip
_LEADING_CONDITION = re.compile(r"^\W*(?:if|when|whenever|where|unless|although|while|once|because|since)\b[^,;]*,")
_CLAUSE_BREAK = re.compile(
    r",\s*(?=(?:which|where|except|unless|but|however|although|whereas)\b)|;\s*"
    # a parenthesis that opens a clause of its own: "we will not share it (we sell it only to ...)"
    r"|\s*\((?=(?:and |but )?(?:we|you|they|it)\s)"
    # a second main clause: ", and the app does not show ads" / ", but we will not sell it"
    r"|,?\s+(?:and|but|or)\s+(?=(?:we|you|they|it|our \w+|the \w+"
    r"|(?!(?:is|are|was|were|be|been|will|would|may|can|do|does|did|not|also|never|only)\b)"
    # (not a singular noun before a plural verb: "X and remarketing are not allowed" is one subject of two)
    r"(?![a-z-]*[^s\W]\s+(?:are|were|have|do|don't)\b)[a-z]+)"
    r"\s+(?:do|does|did|will|would|may|can|are|is"
    r"|have|has|never|also|only|not|cannot|won't|don't|doesn't)\b)"
    # after a comma, "we" or "they" opens a main clause whatever its verb: "X is not a broker, and we sell it"
    r"|,\s+(?:and|but)\s+(?=(?:we|they)\s+[a-z])"
    # a colon before an instruction of its own, not a list: "some cookies are easy to refuse: simply edit your
    # settings" (a word of instruction opens it)
    r"|:\s*(?=(?:simply|just|please)\s)"
    # a full stop the sentence splitter passed over before a lower-case word ("... GM licensees. however, card data
    # will not be shared"): a sentence of its own for the negation's reach
    r"|\.\s+(?=(?:however|but|although|except|unless|also|in addition|additionally)\b)"
    # "but" before the same subject's next verb, with no comma ("does not reveal your identity but may include
    # usage data"): a clause the denial does not reach
    r"|\s+but\s+(?=(?:may|might|can|could|will|would|also|is|are|does|do)\s)"
)
_KEEPING = re.compile(r"^(?:retain|retained|keep|keeping|kept|store|stored|hold|held)$")


def _bare_keeping(low: str) -> bool:
    """The sentence's retention wording is a bare verb ('we keep', 'is stored'), with no period or end."""
    forms = _forms(lx.CONCEPTS_BY_NAME["retention"], low)
    return bool(forms) and all(_KEEPING.match(f) for f in forms)


#: Names of signals and links that contain a "not" but negate nothing ("Do Not Track"), a "no" that counts ("with no
#: activity") and a bound on a number ("no more than"): the negation vocabulary's `not_negating` and `bound`.
_NAMED_NOT = lx.NAMED_NOT
_NOT_NEGATING = lx.NOT_NEGATING


def _channel(phrase: str) -> str:
    word = phrase.split()[-1]
    return {
        "e-mail": "email",
        "text": "sms",
        "message": "sms",
        "messages": "sms",
        "telephone": "phone",
        "letter": "mail",
        "post": "mail",
    }.get(word, word)


def denial_lifted(old: Sequence[str], new: Sequence[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The practice terms (concept, stems) the sentences `old` deny that the sentences `new`, which deny something
    too, no longer deny: stated in a clause set against a denial ("..., but remarketing may be used"), or dropped from
    what the denials list while the rest is kept ("does not allow X or remarketing" -> "does not allow X"). A term
    reworded, or still named in `new`, is not dropped."""
    denied = denied_terms(old)
    if not denied:
        return [], []  # the other side's facts are not read
    kept = denied_terms(new)
    if not kept or denied <= kept:
        return [], []
    fn = [f for s in new for f in _sentence_facts(s)[0]]
    lows = [profile(s).low for s in new]
    contrasted = [c for low in lows for c in contrasted_clauses(low)]
    stated = {f[1:] for f in fn if f[0] == "term"}
    moved = sorted(t for t in denied - kept if t in stated and any(_names(t[1], c) for c in contrasted))
    whole = " ".join(lows)
    dropped = sorted(t for t in (denied - kept if kept < denied else ()) if not _names(t[1], whole))
    return moved, dropped


def reach_changed(old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether what the denials of sentences `old` reach differs in sentences `new`: a denial narrowed
    (`denial_lifted`), or widened over a term `old` stated against a denial (not one listing more words for the same
    promise: "neither given nor sold" -> "neither leased, given nor sold")."""
    if not denied_terms(old):
        return False  # both readings need a term `old` denies: `new` is not read
    return any(denial_lifted(old, new)) or bool(denial_lifted(new, old)[0])


def denied_terms(sentences: Sequence[str]) -> set[tuple]:
    """The practice terms (concept, stems) the sentences deny."""
    return {f[1:] for s in sentences for f in _sentence_facts(s)[0] if f[0] == "denied term"}


def _names(stems: str, low: str) -> bool:
    """Whether every stem of a term opens a word of `low`."""
    return all(re.search(rf"(?<!\w){re.escape(w)}", low) for w in stems.split())


#: what opens a clause set against the one before it: "..., but remarketing may be used", "...; X is shared"
_CONTRAST = re.compile(r"^\W*(?:but|however|whereas|although|though|yet)\b|;")


def contrasted_clauses(low: str) -> list[str]:
    """The clauses of a sentence that are set against the clause before them (after "but", "however", "whereas" or
    a semicolon) and deny nothing themselves."""
    out = []
    breaks = list(_CLAUSE_BREAK.finditer(low))
    for k, m in enumerate(breaks):
        end = breaks[k + 1].start() if k + 1 < len(breaks) else len(low)
        clause = low[m.end() : end]
        if (_CONTRAST.search(m.group()) or _CONTRAST.match(clause)) and not lx.NEGATION.search(clause):
            out.append(clause)
    return out
