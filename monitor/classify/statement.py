"""Stage "statement": one statement added or removed, judged by whether it states a practice. Pure."""

from __future__ import annotations

import re
from collections import Counter

from monitor.classify import lexicon as lx
from monitor.classify.evidence import Profile, profile
from monitor.classify.furniture import _announcement, _boilerplate
from monitor.classify.traits import _EVERYONE, _HANDLING_VERB, _contact_context, _practice_concepts, _question
from monitor.classify.verdicts import IMPROVES, REDUCES, Finding, _cosmetic, _Judgement, _material, _q, _rank
from monitor.domain.values import Change, ChangeKind, Severity

#: verbs of what is done with data or for the user besides handling it (rights, choices, safeguards, charges)
_DOING = re.compile(
    r"(?<![\w-])(?:access|delet|eras|correct|rectif|object|opt|withdraw|consent|request|port|restrict|notif|inform"
    r"|encrypt|protect|secur|train|profil|infer|target|monitor|sell|sold|rent|buy|purchas|disclos|advertis"
    r"|personali|verif|process|receiv|obtain|charg|includ|log|ask|exercis)\w*"
)
#: what the user may do ("you can ask us for a copy"): a right or a choice
_USER_MAY = re.compile(r"\byou (?:can|may|could|are able to|have the right|are entitled|will be able to)\b")
#: a labelled entry ("Voiceprints: voice samples you provide"): the label names what the entry is about
_LABELLED = re.compile(r"^\W*[\w' -]{1,40}:\s")


#: a person the company names for privacy matters: its representative in a country, its DPO
#: ("our representative in the EU", "its data controller representative", "our DPO"; not a user's "authorised
#: representative" who makes a request for them)
_REPRESENTS = re.compile(
    r"(?<![\w-])(?:our|its)\s+(?:[\w-]+\s+){0,4}?(?:representatives?|data protection officers?|dpos?)(?![\w-])"
)
#: what a sentence about such a person names besides a practice: how to reach them, whose they are, what they handle
_ROLE_CONCEPTS = frozenset({"name", "email address", "phone number", "postal address", "contacts and messages"})
_COMPLAINT_TO_AUTHORITY = re.compile(r"\b(?:right|authorit|supervis|regulator|commissioner)")


def _names_representative(p: Profile, concepts: list[str]) -> bool:
    """A sentence that names the company's representative or DPO, or says how to reach them ("Acme has appointed Jane
    Roe as its representative in Ruritania to handle questions and complaints", "You can write to our representative
    by email or by post using the details below:"): contact details, when all it names besides are ways to reach
    them, the controller they act for and complaints they handle. Not a right to complain to an authority, a denial,
    or any other practice.

    Family: policies adding, dropping or changing their EU/UK/country representative or DPO."""
    if not _REPRESENTS.search(p.low) or p.negations:
        return False
    allowed = set(_ROLE_CONCEPTS) | {"controller"}
    if not _COMPLAINT_TO_AUTHORITY.search(p.low):
        allowed.add("right to complain")
    return bool(concepts) and set(concepts) <= allowed


def _states_practice(p: Profile) -> bool:
    """A sentence states a practice when something is done: a verb of handling data, of a right, choice or safeguard,
    a commitment or permission, a negation, number or limit - or it is a labelled entry. A sentence that only
    describes ("a learning website with activities for children of all ages") names a topic, not a practice."""
    if _HANDLING_VERB.search(p.low) or _DOING.search(p.low) or _LABELLED.match(p.low) or _USER_MAY.search(p.low):
        return True
    return bool(p.quantities or p.negations or p.limiters or p.permissive or p.commitments)


def _judge_statement(change: Change) -> _Judgement:
    added = change.kind is ChangeKind.ADDED
    text = (change.after if added else change.before) or ""
    verb = "added" if added else "removed"
    p = profile(text)
    why = _boilerplate(p.low, text)
    if why:
        return _cosmetic("furniture", change, f"{verb} {why}")
    if _question(text):
        return _cosmetic(
            "question", change, f"{verb} a question (the answer, not the question, states the practice): {_q(text)}"
        )
    if _announcement(p):
        return _cosmetic(
            "announcement",
            change,
            f"{verb} a banner announcing a change that states no practice: {_q(text)}",
            Severity.MINOR,
            (lx.PC,),
        )
    concepts = _practice_concepts(p)
    if _names_representative(p, concepts):
        return _cosmetic(
            "contact",
            change,
            f"{verb} who represents the company or how to reach them: {_q(text)}",
            Severity.MINOR,
            (lx.CO,),
        )
    n_words = len(text.split())
    if concepts and ((p.verbs and _states_practice(p)) or (not p.verbs and n_words <= 30)):
        protective = p.protective
        sign = (IMPROVES if protective else REDUCES) * (1 if added else -1)
        cats = Counter(lx.CONCEPTS_BY_NAME[n].category for n in concepts)
        if "rights" in p.concepts:
            cats[lx.UR] += 1
        first = (lx.UR, lx.UC) if protective and (cats[lx.UR] or cats[lx.UC]) else ()
        categories = _rank(cats, first)
        critical = any(lx.CONCEPTS_BY_NAME[n].critical for n in concepts) and sign == REDUCES
        names = ", ".join(dict.fromkeys(concepts))
        what = "a statement" if p.verbs else "a list item"
        text_finding = f"{verb} {what} naming {names}: {_q(text)}"
        headline = f"The policy {'now says' if added else 'no longer says'} {_q(text, 140)}"
        finding = Finding(categories[0], sign, critical, text_finding, headline)
        findings = [finding] + [Finding(c, sign, critical, text_finding, headline) for c in categories[1:3]]
        return _material("new-or-dropped-practice", change, findings, None)
    if "right" in p.low and _EVERYONE.search(p.low):  # "we extend these rights to all of our users"
        sign = IMPROVES if added else REDUCES
        what = f"{verb} a statement extending rights to every user: {_q(text)}"
        return _material(
            "rights-for-everyone",
            change,
            [
                Finding(
                    lx.UR,
                    sign,
                    False,
                    what,
                    f"The policy {'now' if added else 'no longer'} extends rights to every user: {_q(text, 140)}",
                )
            ],
            None,
        )
    if _contact_context(p):
        return _cosmetic("contact", change, f"{verb} contact details: {_q(text)}", Severity.MINOR, (lx.CO,))
    if p.verbs and p.concepts:
        return _cosmetic(
            "general-statement",
            change,
            f"{verb} a general sentence that states no specific practice: {_q(text)}",
            Severity.MINOR,
        )
    return _cosmetic("no-practice", change, f"{verb} text that states no data practice: {_q(text)}")
