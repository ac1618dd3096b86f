"""What differs between the two versions of one modified sentence: concept, quantity, entity, timing and reach findings.
Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from monitor.classify import figures, kinds, rights, vocabulary
from monitor.classify import lexicon as lx
from monitor.classify.evidence import (
    ENTITY_PHRASE,
    ENTITY_STOP,
    Profile,
    Quantity,
    _not_denying,
    broadening_text,
    concepts_in,
    local_categories,
    multiset_delta,
    profile,
    scope_polarity,
)
from monitor.classify.facts import (
    _DENIAL_CLAUSE_END,
    _clauses,
    _denied_verbs,
    _sentence_facts,
    _verb_stem,
    denial_lifted,
    denied_terms,
)
from monitor.classify.renames import defined_as_we
from monitor.classify.traits import (
    _EVERYONE,
    _HANDLING_VERB,
    _base_protective,
    _contact_context,
    _firm,
    _forms,
    _timing,
    _waits_for_choice,
    renamed_sources,
    request_generalised,
    speaker_members,
)
from monitor.classify.verdicts import (
    _CONTACT_TYPES,
    _LABEL,
    IMPROVES,
    NEUTRAL,
    REDUCES,
    Finding,
    _edit_quote,
    _hunks,
    _q,
    _quote_edit,
    _topics,
)
from monitor.domain.values import Change
from monitor.text.sentences import clean_block, split_sentences


def _findings(change: Change, pb: Profile, pa: Profile, known: tuple[str, str] = ("", "")) -> list[Finding]:
    before, after = change.before or "", change.after or ""
    hunks = _hunks(before, after)
    topics = _topics(pb, pa)
    nb, na = pb.low, pa.low
    local = local_categories(nb, na)
    if topics and topics[0] == lx.UR and lx.UR not in local[:1]:
        local = [lx.UR, *local]
    topic = local[0] if local else topics[0] if topics else lx.OT
    protective = pb.protective if pb.negations else pa.protective
    frame_neg = not (pb.negations or pa.negations)
    processing = not protective if frame_neg else not (pb.protective and pa.protective) or not protective
    findings: list[Finding] = []
    critical_topic = lx.any_critical(pb.concepts | pa.concepts)

    # negation and modality
    turned = _exception_turned_limit(pb, pa)
    if turned:
        pass  # "we do not share it other than with X" -> "we share it only with X": the same limit
    elif _negations(pb) != _negations(pa) and not _denial_repeated(before, after, pb, pa):
        removed = _negations(pa) < _negations(pb)
        governed = scope_polarity(nb if removed else na, lx.NEGATION)
        base_protective = _base_protective(pb if removed else pa) if governed is None else governed == lx.PROTECTS
        sign = (IMPROVES if base_protective else REDUCES) * (1 if removed else -1)
        quote = _quote_edit(hunks, lx.NEGATION.search) or f"{_edit_quote(before, after, 60)}"
        what = "removed the negation" if removed else "added a negation"
        findings.append(
            Finding(
                topic,
                sign,
                critical_topic and sign == REDUCES,
                f"{what} {quote}",
                f"The policy now says {_q(after, 140)} (was {_q(before, 100)})",
            )
        )
    else:
        cb, ca = _firm(pb.commitments), _firm(pa.commitments)
        mb, ma = _permissions(pb, pa)
        weaker = ca < cb or ma > mb
        stronger = ca > cb or ma < mb
        # "you are entitled to it" -> "you may ask, and we will decide at our discretion": left to the company
        discretion = _discretion_gained(pb, pa) and not _discretion_gained(pa, pb)
        if discretion:
            stronger = False
        flipped = weaker != stronger and (
            discretion or (not _modal_went_with_its_verb(pb, pa) and _modal_changed_on_a_verb(pb, pa))
        )
        if flipped:
            # a safeguard made optional reduces privacy; a practice made certain ("may" -> "will") too
            safeguard = _base_protective(pa) or _base_protective(pb)
            sign = (REDUCES if weaker else IMPROVES) if safeguard else (NEUTRAL if weaker else REDUCES)
            matched = _quote_edit(hunks, lambda t: lx.COMMITMENT.search(t) or lx.PERMISSIVE.search(t))
            quote = matched or _edit_quote(before, after, 60)
            word = "weakened" if weaker else "strengthened"
            if not safeguard and weaker and not pb.commitments:
                # hedging a plain statement ("we use" -> "we may use") does not widen what the company does;
                # a promise ("we will notify you") turned into a permission ("we may") is weaker
                word = ""
        if flipped and word:
            findings.append(
                Finding(
                    topic,
                    sign,
                    False,
                    f"{word} the commitment {quote}",
                    f"The policy's commitment was {word}: now {_q(after, 140)}",
                )
            )

    if not turned and _negations(pb) == _negations(pa):
        findings.extend(_denials_moved(pb, pa, topic, critical_topic) or _denied_terms_moved(pb, pa, topic))

    # hedges that turn a promise into a tendency
    hedge_new, hedge_gone = multiset_delta(pa.hedges, pb.hedges)
    if (hedge_new or hedge_gone) and (
        _base_protective(pa) or _base_protective(pb) or pb.negations or pa.negations or pb.commitments or pa.commitments
    ):
        words = hedge_new or hedge_gone
        quote = _quote_edit(hunks, lambda t, ws=words: any(w in t for w in ws)) or _q(", ".join(words))
        findings.append(
            Finding(
                topic,
                REDUCES if hedge_new else IMPROVES,
                False,
                f"{'qualified' if hedge_new else 'unqualified'} the promise with {', '.join(_q(w) for w in words)}"
                f" ({quote})",
                f"The policy {'now qualifies' if hedge_new else 'no longer qualifies'} this: {_q(after, 140)}",
            )
        )

    # limiting and broadening words
    lim_removed, lim_added = multiset_delta(
        rights.limits(rights.granted(pb.low), pb.limiters), rights.limits(rights.granted(pa.low), pa.limiters)
    )
    if turned:  # the negation's exception and the limit it became: "not ... other than X" -> "only X"
        lim_removed = [w for w in lim_removed if _limit_kind(w) not in ("only", "except")]
        lim_added = [w for w in lim_added if _limit_kind(w) not in ("only", "except")]
    lim_removed, lim_added = _limits_of_another_kind(lim_removed, lim_added, pb.limiters, pa.limiters)
    # the law's leave said as a limit on one side and as a condition on the other ("as permitted by law, you have
    # the right" = "where permitted by law, you have the right"): the same bound
    lim_removed = [w for w in lim_removed if not (w == "to the extent" and _LAW_LEAVE.search(pa.low))]
    lim_added = [w for w in lim_added if not (w == "to the extent" and _LAW_LEAVE.search(pb.low))]
    for words, gone in ((lim_removed, True), (lim_added, False)):
        if not words:
            continue
        sign = (REDUCES if gone else IMPROVES) * (-1 if _base_protective(pa) and topic in (lx.UR, lx.UC) else 1)
        limit_quote = _quote_edit(hunks, lambda t, ws=words: any(w in t for w in ws))
        what = "removed the limit" if gone else "added the limit"
        findings.append(
            Finding(
                topic,
                sign,
                False,
                f"{what} {', '.join(_q(w) for w in words)}" + (f" ({limit_quote})" if limit_quote else ""),
                f"The policy {'no longer limits' if gone else 'now limits'} this: {_q(after, 140)}",
            )
        )
    br_removed, br_added = multiset_delta(_scope(_governing(pb)), _scope(_governing(pa)))
    if turned:  # "not with anyone other than X": the exception's "anyone" is no scope of the practice
        br_removed, br_added = (
            [w for w in br_removed if not _ANYONE.match(w)],
            [w for w in br_added if not _ANYONE.match(w)],
        )
    if (br_added or br_removed) and processing and not lim_removed and not lim_added:
        gone = bool(br_removed) and not br_added
        words = br_removed if gone else br_added
        sharing = topic in (lx.TP, lx.DU)
        quote = _quote_edit(hunks, lambda t, ws=words: any(w in t.split() for w in ws)) or _q(", ".join(words))
        findings.append(
            Finding(
                topic,
                IMPROVES if gone else REDUCES,
                sharing and not gone,
                f"{'narrowed' if gone else 'broadened'} the scope {quote}",
                f"The policy {'narrowed' if gone else 'broadened'} this: {_q(after, 140)}",
                kind="scope",
            )
        )

    findings.extend(_timing_and_reach(pb, pa, topic, after))
    findings.extend(_quantity_findings(pb, pa, topic))
    core = _without_row_examples(after, hunks)
    findings.extend(_concept_findings(pb, pa, hunks, known, core))
    findings.extend(_rights_findings(pb, pa, after, known))
    findings.extend(_entity_findings(pb, pa, topic, known, core))
    findings.extend(_speaker_changed(pb, pa))
    return findings


#: kinds of limit, in the order they are tried (modifiers.toml `[limit_kind_*]`)
_LIMIT_KINDS = tuple(
    (kind, vocabulary.pattern("modifiers", f"limit_kind_{kind}"))
    for kind in ("bound", "need", "only", "except", "condition", "anonymous", "pseudonymous")
)


def _limit_kind(word: str) -> str:
    return next((kind for kind, pattern in _LIMIT_KINDS if pattern.search(word)), word)


def _limits_of_another_kind(
    removed: list[str], added: list[str], before: Sequence[str], after: Sequence[str]
) -> tuple[list[str], list[str]]:
    """The limits removed and added that change the kinds of limit a sentence states: a word swapped for another of
    its kind ("except" -> "unless", "aggregated" -> "anonymised") is none, nor a word added beside another of its
    kind that both versions state ("only as necessary" -> "only to the extent necessary"). The same word said once
    more ("only with processors, and only for support") is read."""
    kinds_b, kinds_a = {_limit_kind(w) for w in before}, {_limit_kind(w) for w in after}
    gone = [w for w in removed if _limit_kind(w) not in kinds_a or w in after]
    came = [w for w in added if _limit_kind(w) not in kinds_b or w in before]
    return gone, came


def _name_words(names: set[str]) -> set[str]:
    """The words that tell a company's name from another's: not its legal form, nor the region or group words that
    companies of different groups share ("Planet49 Asia Pacific Pte Ltd" and "AP Marketing Asia Pacific Limited")."""
    words = {w for n in names for w in re.findall(r"[\w&'-]+", n)} - lx.LEGAL_FORMS - _SHARED_NAME_WORDS
    return {w for w in words if not _PLACE.fullmatch(w)}


#: words of a company's name that many unrelated companies share: regions, and the words of a group
_SHARED_NAME_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "asia",
        "pacific",
        "europe",
        "european",
        "america",
        "americas",
        "africa",
        "middle",
        "east",
        "north",
        "south",
        "west",
        "western",
        "eastern",
        "emea",
        "apac",
        "latam",
        "international",
        "global",
        "worldwide",
        "group",
        "holding",
        "holdings",
        "pte",
    }
)
_COUNTRIES = lx.CONCEPTS_BY_NAME["named countries"].pattern
#: a country's or region's name (the concept's plain pattern, without its senses: a word of a name read alone)
_PLACE: re.Pattern[str] = _COUNTRIES.regex if isinstance(_COUNTRIES, lx.SensePattern) else _COUNTRIES


def _speaker_changed(pb: Profile, pa: Profile) -> list[Finding]:
    """Both sentences define the company that speaks as "we", by names the other does not use ('Acme Ltd ("Acme",
    "we")' -> 'Brightwave Holdings Ltd ("Brightwave", "we")'): another controller. The name at the start of the
    sentence and in quotes is read nowhere else as a name (a sentence's first word, a quoted word). Family: the
    controller named in the policy's opening sentence replaced."""
    if "we" not in pb.low or "we" not in pa.low:
        return _operator_replaced(pb.text, pa.text)
    before, after = {n.lower() for n in defined_as_we(pb.text)}, {n.lower() for n in defined_as_we(pa.text)}
    if not before or not after:
        return _operator_replaced(pb.text, pa.text)
    if _name_words(before) & _name_words(after):
        return []  # a word of the name kept: the same company, its name translated or shortened
    old, new = sorted(before, key=len)[-1], sorted(after, key=len)[-1]
    text = f'another company defined as "we": {_q(old)} -> {_q(new)}'
    return [Finding(lx.OT, NEUTRAL, False, text, f"The policy {text}")]


#: a company's legal name: capitalised words closed by a legal form ("BTG Prep, LLC", "Planet49 Asia Pacific Pte Ltd")
_COMPANY = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'’.-]*,? ){1,5}(?i:"
    + "|".join(sorted((re.escape(f) for f in lx.PLAIN_LEGAL_FORMS), key=len, reverse=True))
    + r")(?![\w-])"
)
#: a bracket that gives short names in quotes ('("Prep Hub")', '("us", "we" or "our")')
_ALIASES = re.compile(r"\([^()]{0,120}[\"“][^()]{0,120}\)")
_QUOTED_NAME = re.compile(r"[\"“]([^\"“”]{2,40})[\"”]")


def _operator_replaced(before: str, after: str) -> list[Finding]:
    """Another legal entity given the same short names ('Acme Prep, LLC ("Prep Hub") is committed to ...' -> 'Bolt
    Learning, Inc. ("Prep Hub") is committed to ...'; 'This policy applies to Acme Asia Pte Ltd ... ("us", "we")' ->
    '... to Bolt Marketing Asia Limited ... ("us", "we")'): the site is run by another company, another controller.
    Both sentences give the same short name in quotes, and the legal names of each are gone from the other and share
    no word that tells a company from another (a region or a group word is shared by many). Family: the operator
    replaced in the sentence that says who "we" are, or who the site's name stands for."""
    aliases = [{q.lower() for b in _ALIASES.findall(t) for q in _QUOTED_NAME.findall(b)} for t in (before, after)]
    shared = aliases[0] & aliases[1]
    if not shared:
        return []
    olds = [m.group(0).rstrip(" ,") for m in _COMPANY.finditer(before)]
    news = [m.group(0).rstrip(" ,") for m in _COMPANY.finditer(after)]
    if not olds or not news or any(o in after for o in olds) or any(n in before for n in news):
        return []
    if _name_words({o.lower() for o in olds}) & _name_words({n.lower() for n in news}):
        return []  # a word of the name kept: the same company, its legal form or name shortened
    text = f"another company given the name {_q(sorted(shared)[0])}: {_q(olds[0])} -> {_q(news[0])}"
    return [Finding(lx.OT, NEUTRAL, False, text, f"The policy names {text}")]


_ANYONE = re.compile(r"^(?:any|all|every)")
#: an exception after a negation ("we do not share it other than with X", "except as follows")
_EXCEPTION = re.compile(r"(?<![\w-])(?:other than|except(?: for)?|apart from|save for|but only)(?![\w-])")


def _exception_turned_limit(pb: Profile, pa: Profile) -> bool:
    """A negation with an exception rewritten as the practice limited to the exception, or back: "we do not share
    your content with anyone other than your calendar provider" -> "your content is shared only with your calendar
    provider", "we do not share it other than as follows:" -> "we may share it as follows:". Both say the same: the
    practice happens within the exception and nowhere else. The side without the negation names no negation at
    all and no exception, and limits the practice ("only", "solely") or keeps the exception's "as ..." (a list that
    follows). Family: policies rewritten from "never ... except" to "only" and back; the other findings (a
    recipient, a data type) are still read."""
    if abs(len(pb.negations) - len(pa.negations)) != 1:
        return False
    negated, plain = (pb, pa) if len(pb.negations) > len(pa.negations) else (pa, pb)
    m = _EXCEPTION.search(negated.low)
    if m is None or plain.negations or _EXCEPTION.search(plain.low):
        return False  # the exception kept beside a negation dropped ("except as listed, we do not share" -> "share")
    if "only" in multiset_delta(negated.limiters, plain.limiters)[1]:
        return True
    tail = " ".join(negated.low[m.end() :].split()[:2]).rstrip(" :,.")
    return tail.startswith("as ") and len(tail) > 4 and tail in plain.low


def _timing_and_reach(pb: Profile, pa: Profile, topic: str, after: str) -> list[Finding]:
    """A notice or consent moved from before the practice to after it (or back); a right or promise extended to
    every user, or taken back from them."""
    out = []
    tb, ta = _timing(pb), _timing(pa)
    if tb and ta and tb != ta:
        sign = REDUCES if ta == "after" else IMPROVES
        text = f"the notice or consent now comes {ta} the practice, not {tb} it"
        out.append(Finding(topic, sign, False, text, f"The policy now says {_q(after, 140)}"))
    cb, ca = _waits_for_choice(pb), _waits_for_choice(pa)
    choice = cb or ca
    if bool(cb) != bool(ca) and choice is not None:
        said = choice.group(0).strip(" ,")
        text = f"{'no longer waits for' if cb else 'now waits for'} the reader's choice: {_q(said, 80)}"
        out.append(Finding(topic, REDUCES if cb else IMPROVES, False, text, f"The policy now says {_q(after, 140)}"))
    eb, ea = bool(_EVERYONE.search(pb.low)), bool(_EVERYONE.search(pa.low))
    if eb != ea and (pb.protective or pa.protective):
        text = f"{'extended to every user' if ea else 'no longer extended to every user'}: {_q(after, 100)}"
        category = lx.UR if (pb.categories[lx.UR] or pa.categories[lx.UR] or "rights" in pa.low) else topic
        out.append(Finding(category, IMPROVES if ea else REDUCES, False, text, f"The policy now says {_q(after, 140)}"))
    return out


_DETERMINERS = frozenset({"any", "all", "every"})
#: where the noun phrase after "any" / "all" ends: a clause or list boundary
_PHRASE_END = re.compile(r"[,;:.()|]| (?:and|or|if|when|that|which|who|to|for|in|as) ")


def _governing(p: Profile) -> tuple[str, ...]:
    """The profile's broadening words, without the determiners ("any", "all", "every") that govern no data type,
    recipient or practice term: "any issues you encounter", "all of our products", "regular checks of all changes",
    "if you have any questions" widen nothing a policy does with data; "any third party", "all personal data",
    "any of your information" do. Serves every policy reworded around such phrases (a rewrite adds "any" to a
    question, drops "all" from a list of products) - a scope the sentence gives its practice is a noun it governs."""
    words = p.broadeners
    if not _DETERMINERS & set(words):
        return words
    text = broadening_text(p)
    kept = [w for w in words if w not in _DETERMINERS]
    shared = -1  # where the last share said beside a determiner ends ("all or any portion of")
    for m in lx.BROADENERS.finditer(text):
        word = m.group(0)
        if word not in _DETERMINERS or m.start() < shared:
            continue
        tail = text[m.end() : m.end() + 60]
        share = _SHARE_OF.match(tail)
        if share:  # "all or part of your data" = "some or all of your data": the noun phrase after the share
            shared = m.end() + share.end()
            tail = text[shared : shared + 60]
        end = _PHRASE_END.search(tail, 1)
        phrase = " ".join(tail[: end.start() if end else len(tail)].split()[:5])  # the noun phrase it heads
        if concepts_in(phrase):
            kept.append(word)
    return tuple(kept)


#: a share said beside a determiner ("all or part of", "all or any portion of"): the noun phrase comes after it
_SHARE_OF = re.compile(r"\s*(?:or|and)\s+(?:(?:a|any)\s+)?(?:parts?|portions?|some|any)(?![\w-])")


def _scope(broadeners: tuple[str, ...]) -> tuple[str, ...]:
    """ "all", "any" and "every" third party are one scope."""
    return tuple("all" if x in ("any", "every") else x for x in broadeners)


def _quantity_findings(pb: Profile, pa: Profile, topic: str) -> list[Finding]:
    gone, new = multiset_delta(tuple(pb.quantities), tuple(pa.quantities))
    if gone or new:
        # a number said once more or once less, in any of its forms, is the same number: "children under 13 (16 in
        # some countries) ... from children under 13 (16 ...)" -> "... from them" keeps both ages
        said_before, said_after = {(q.kind, q.value) for q in pb.quantities}, {(q.kind, q.value) for q in pa.quantities}
        gone = [q for q in gone if (q.kind, q.value) not in said_after]
        new = [q for q in new if (q.kind, q.value) not in said_before]
    if not gone and not new:
        return []
    if figures.reported_in_prose(pb.low) and figures.reported_in_prose(pa.low):
        return []  # statistics refreshed: figures of a past period, no commitment
    cats = pb.categories + pa.categories
    out = []
    pairs: list[tuple[Quantity | None, Quantity | None]] = []
    for q in gone:
        match = next((n for n in new if n.kind == q.kind), None)
        if match is not None:
            new.remove(match)
        pairs.append((q, match))
    pairs.extend((None, n) for n in new)
    for old, cur in pairs:
        kind = (old or cur).kind  # type: ignore[union-attr]
        if kind == "age" or (cats[lx.CH] and not (cats[lx.DR] or cats[lx.UR] or cats[lx.UC] or cats[lx.PC])):
            category, longer_is_worse = lx.CH, False
        elif kind == "money":
            category, longer_is_worse = lx.UR, True
        elif topic in (lx.UR, lx.UC):  # a deadline to answer a request or honour a choice
            category, longer_is_worse = (lx.UC if cats[lx.UC] > cats[lx.UR] else lx.UR), True
        elif cats[lx.DR]:
            category, longer_is_worse = lx.DR, True
        elif cats[lx.PC]:
            category, longer_is_worse = lx.PC, False
        elif cats[lx.UR] or cats[lx.UC]:
            category, longer_is_worse = (lx.UC if cats[lx.UC] > cats[lx.UR] else lx.UR), True
        elif kind == "time" and cats[lx.DS]:  # a breach-notice deadline, a support period for security updates
            category, longer_is_worse = lx.DS, topic != lx.DS or "at least" not in pa.low
        elif kind == "time" and (cats[lx.DC] or topic == lx.DC):  # "Chat messages: 30 days" is a retention period
            category, longer_is_worse = lx.DR, True
        else:
            category, longer_is_worse = topic, True
        if old is not None and cur is not None:
            if old.value == cur.value:
                continue
            worse = (cur.value > old.value) == longer_is_worse
            sign = REDUCES if worse else IMPROVES
            text = f"changed {_q(old.text)} → {_q(cur.text)}"
        elif cur is not None:
            sign = REDUCES if kind == "money" else NEUTRAL
            text = f"added {_q(cur.text)}"
        else:
            sign = IMPROVES if kind == "money" else NEUTRAL
            text = f"removed {_q(old.text)}"  # type: ignore[union-attr]
        crit = category == lx.CH and sign == REDUCES
        out.append(Finding(category, sign, crit, text, f"{_LABEL[category].capitalize()}: {text}"))
    return out


def _concept_findings(
    pb: Profile,
    pa: Profile,
    hunks: list[tuple[str, str, str, str]],
    known: tuple[str, str] = ("", ""),
    core: Profile | None = None,
) -> list[Finding]:
    out = []
    contact = _contact_context(pb) or _contact_context(pa)
    gb, ga = rights.granted(pb.low), rights.granted(pa.low)
    sources = renamed_sources(pb, pa)
    for name in list(dict.fromkeys(list(pb.concepts) + list(pa.concepts))):
        concept = lx.CONCEPTS_BY_NAME[name]
        if not concept.specific or (contact and name in _CONTACT_TYPES) or concept.category == lx.CO:
            continue
        if name in sources:
            continue  # "from third-party services" -> "from service providers": where data comes from, renamed
        if (gb.rights or ga.rights) and _read_as_rights(concept, pb, pa, gb, ga):
            continue  # "you can delete" -> "the right to have it erased": the rights reading compares them
        nb, na = pb.concepts[name], pa.concepts[name]
        if nb == na == 0:
            continue
        if bool(nb) == bool(na):
            if concept.alike:
                continue  # "service providers" -> "service providers and vendors": the same kind of party
            if concept.category == lx.UR:
                # a right's terms name one right ("complain to the supervisory authority" -> "complain to the
                # IMY"): named on both sides, it is kept; its conditions and denials are read on their own
                continue
            # mentioned in both: a change only when a different term of the concept comes or goes ("rent or
            # sell" -> "rent"), not when the same term is repeated ("cookies ... your cookie choices")
            raw_b, raw_a = _forms(concept, pb.low), _forms(concept, pa.low)
            if name in lx.PHRASINGS_ONLY and all(lx.KEEPING_VERB.match(f) for f in raw_b ^ raw_a):
                continue  # "we retain it ... it is kept for 180 days": "keep" = "retain"; "until you" is a period
            if name in lx.PHRASINGS_ONLY and sorted(pb.limiters) == sorted(pa.limiters):
                # a bound that is a limit word too ("no longer than 34 days" = "for a maximum of 34 days"): the
                # limits and the numbers compare it, whatever words the period is set in
                raw_b, raw_a = (frozenset(f for f in raw if not _a_limit_word(f)) for raw in (raw_b, raw_a))
            if name in lx.PHRASINGS_ONLY and any(lx.NO_END_PERIOD.search(f) for f in raw_b ^ raw_a):
                # a period with no end is not hidden by a verb swapped beside it ("we retain it for a reasonable
                # period" -> "it is kept indefinitely"): the verbs are left out of the comparison
                raw_b, raw_a = (frozenset(f for f in raw if not lx.KEEPING_VERB.match(f)) for raw in (raw_b, raw_a))
            fb, fa = _stems(raw_b), _stems(raw_a)
            if fb == fa or (fa - fb and fb - fa) or _swapped_in_place(concept, pb.low, pa.low, hunks):
                continue
            added = bool(fa - fb)
            differing = frozenset(f for f in (raw_a if added else raw_b) if _stems(frozenset([f])) <= (fa ^ fb))
            if _named_alike(differing, (pb if added else pa).low, (pa if added else pb).low):
                continue  # "operating system and browser type" -> "OS and type of browser": the same terms
            if added and _denied_alike(concept, differing, pa, pb):
                continue  # "neither given nor sold" -> "neither rented, given nor sold": the same denial
            if _age_worded(differing, pa if added else pb, pb if added else pa):
                continue  # "minors who are 13 years old" -> "a minor who is 13": the ages are compared as numbers
        else:
            added = na > 0
            if _named_alike(
                _forms(concept, (pa if added else pb).low), (pb if added else pa).low, (pa if added else pb).low
            ):
                continue  # "browser type" -> "type of browser", "operating system" -> "OS": the same term
            if _forms(concept, _addressed(pb.low)) == _forms(concept, _addressed(pa.low)):
                continue  # "verify the customer's identity" -> "verify your identity": the reader addressed
            if _inside_name(concept.pattern, pa if added else pb, pb if added else pa):
                continue  # "the Acme Analytics Product" -> "the Acme Product": a product renamed, not a practice
        if concept.category == lx.TR and _kind_of_a_named_tool(concept, pa if added else pb, pb if added else pa):
            continue  # "Acme Maps cookies help us" -> "Acme Maps - Helps us": the tool's name stands for them
        if added and core is not None and not concept.critical and _forms(concept, core.low) <= _forms(concept, pb.low):
            continue  # named only in examples of a category the row already names
        where, other = (pa, pb) if added else (pb, pa)
        if _listed_as_items(concept, where, other, known[0] if added else known[1]):
            continue
        if _registration_given(concept, where, other):
            continue  # "Acme Ltd" -> "Acme Ltd, registered in Ireland under number 123456": the same controller
        if concept.category == lx.TP and speaker_members(name, concept.pattern, where.low):
            continue  # "acme and its affiliates ("we")" -> "acme ("we")": who the speaker is, not a recipient
        if kinds.illustrates(
            concept.pattern, _forms(concept, where.low) - _forms(concept, other.low), where.low, other.low
        ):
            continue  # "encrypted using SSL" -> "encrypted": a kind of what both versions name
        if name in rights.concepts() and request_generalised(
            concept.pattern, where.low, other.low, known[0] if added else known[1]
        ):
            continue  # "refuse your requests to know or delete" -> "refuse your request": the rights stated elsewhere
        negated = bool(where.negations)
        # a recipient or data type added to a right ("ask us to delete your X") widens the safeguard
        safeguard = concept.polarity == lx.MORE_DATA and concept.category != lx.UR and _base_protective(where)
        sign = concept.polarity * (1 if added else -1) * (-1 if negated else 1) * (-1 if safeguard else 1)
        quote = _quote_edit(hunks, concept.pattern.search)
        verb = "added" if added else "removed"
        text = f"{verb} {name}" + (f" ({quote})" if quote else "")
        headline = f"The policy {'now mentions' if added else 'no longer mentions'} {name}: {_q(pa.text, 140)}"
        category = concept.category
        if category == lx.DR and _USER_REQUEST.search(where.low):  # "you may access, correct or delete": a right
            category = lx.UR
        out.append(Finding(category, sign, concept.critical and sign == REDUCES, text, headline))
    return out


def _a_limit_word(form: str) -> bool:
    """Whether a concept's term is a limit word as a whole ("no longer than"): the limits compare it."""
    m = lx.LIMITERS.search(form)
    return m is not None and m.start() == 0 and m.end() == len(form)


#: the terms that give a company's registration, not its role ("registered office", "company number")
_REGISTRATION = re.compile(r"company (?:registration|number)|registered (?:office|company|under number)")


def _age_worded(forms: frozenset[str], where: Profile, other: Profile) -> bool:
    """Whether the terms one sentence has and the other lacks only word the ages both sentences state ("under 18
    years old" -> "under 18", "13 years of age" -> "aged 13"): every occurrence of each term stands in or beside an
    age the sentence states, and both sentences state the same ages. The ages themselves are compared as numbers;
    "parents", "students" or "minors" named beside an age are not. Family: an age limit reworded."""
    ages = [q for q in where.quantities if q.kind == "age"]
    if not forms or not ages or sorted(_ages(where)) != sorted(_ages(other)):
        return False
    spans = [(m.start() - _BESIDE, m.end() + _BESIDE) for q in ages for m in re.finditer(re.escape(q.text), where.low)]
    return all(
        any(lo <= m.start() and m.end() <= hi for lo, hi in spans)
        for form in forms
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", where.low)
    )


def _ages(p: Profile) -> list[float]:
    return [q.value for q in p.quantities if q.kind == "age"]


#: how far beside an age its wording may stand ("under 18 [years old]")
_BESIDE = 12


def _registration_given(concept: lx.Concept, where: Profile, other: Profile) -> bool:
    """Whether the terms of a concept one sentence has and the other lacks only give the registration of a company
    both sentences name ("Acme Ltd runs the app" -> "Acme Ltd, registered in Ireland under number 123456 with its
    registered office at ..., runs the app"): the controller's registration details, contact details, not another
    controller. A company named in one sentence only is read by the names. Family: the controller's identity
    line given or stripped of its registry details."""
    forms = _forms(concept, where.low) - _forms(concept, other.low)
    return bool(forms) and all(_REGISTRATION.fullmatch(f) for f in forms) and bool(where.entities & other.entities)


#: a condition that opens a sentence, up to the comma before the main clause's subject ("when we no longer need it,
#: and keeping it is not required by law, we delete it"): commas inside the condition do not end it
_OPENING_CONDITION = re.compile(
    r"^\W*(?:if|when|whenever|where|unless|once|after)\b[^;:.]{0,400}?,\s*(?=(?:we|we'll|we will|you|they|it)\b)"
)


def _main_clause(low: str) -> str:
    """The sentence less the condition that opens it."""
    m = _OPENING_CONDITION.match(low)
    return low[m.end() :] if m else low


def _denials_moved(pb: Profile, pa: Profile, topic: str, critical: bool) -> list[Finding]:
    """A handling the sentence denied on one side and states without a denial on the other, as many negations on
    both sides: "we do not share or sell your address" -> "we share but do not sell your address" (sharing is no
    longer denied), and the reverse. The verb must stand on both sides: a denial reworded without it is left to
    the concepts. Family: the scope of a negation moved within a sentence."""
    if not (pb.negations and pa.negations):
        return []
    # a denial in a leading condition ("when there is no need to keep it, we delete it") is when the practice is
    # done, not a handling the company denies: counted on the main clause
    db = Counter(_denied_verbs(_not_denying(_main_clause(pb.low)), within_clause=True))
    da = Counter(_denied_verbs(_not_denying(_main_clause(pa.low)), within_clause=True))
    if db == da:
        return []
    said_b = {_verb_stem(v): v for v in reversed(_HANDLING_VERB.findall(pb.low))}
    said_a = {_verb_stem(v): v for v in reversed(_HANDLING_VERB.findall(pa.low))}
    out = []
    for verbs, lifted in ((sorted(set(db) - set(da)), True), (sorted(set(da) - set(db)), False)):
        free = _not_denying((pa if lifted else pb).low)
        verbs = [v for v in verbs if v in said_b and v in said_a and _stands_undenied(free, v)]
        if not verbs:
            continue
        sign = REDUCES if lifted else IMPROVES
        what = "no longer denies" if lifted else "now denies"
        text = f"{what} {', '.join(_q((said_b if lifted else said_a)[v]) for v in verbs)} (the negation's scope moved)"
        out.append(Finding(topic, sign, critical and lifted, text, f"The policy {text}: {_q(pa.text, 140)}"))
    return out


def _denied_terms_moved(pb: Profile, pa: Profile, topic: str) -> list[Finding]:
    """A practice term one sentence denies and the other no longer denies (`facts.denial_lifted`), and the
    reverse: "the app does not allow interest-based advertising or remarketing" -> "interest-based advertising is
    not allowed, but remarketing may be used", or "... is not allowed" alone. Family: the scope of a negation moved
    over the terms a sentence names, not its verbs."""
    out: list[Finding] = []
    if not denied_terms([pb.text]):
        return out  # either reading needs a term the old sentence denies: the new one is not read
    for lifted, (one, two) in ((True, (pb, pa)), (False, (pa, pb))):
        moved, dropped = denial_lifted([one.text], [two.text])
        if not lifted:
            dropped = []  # more words listed in a denial may say the same promise (`_denied_alike`)
        if not moved and not dropped:
            continue
        concept = lx.CONCEPTS_BY_NAME[(moved or dropped)[0][0]]
        what = "no longer denies" if lifted else "now denies"
        words = ", ".join(_q(_term_words(t[1], one.low)) for t in moved + dropped)
        text = f"{what} {words} (the negation's scope moved)" if moved else f"{what} {words}"
        out.append(
            Finding(
                topic,
                REDUCES if lifted else IMPROVES,
                concept.critical and lifted,
                text,
                f"The policy {text}: {_q(pa.text, 140)}",
            )
        )
    return out


def _term_words(stems: str, low: str) -> str:
    """The words a term's stems stand for in `low` ("inter based adver" -> "interest-based advertising")."""
    found = re.search(r"(?<!\w)" + r"\w*\W+".join(re.escape(s) for s in stems.split()) + r"\w*", low)
    return found.group() if found else stems


def _stands_undenied(low: str, stem: str) -> bool:
    """Whether a handling verb stands in a clause of the sentence that no negation governs: "we share but do not
    sell" states sharing; "selling or renting it is not our business" and "the app is not meant to be used by
    children" still deny: a negation before the verb in its clause, out of the few words a denial reaches, or a gerund
    subject the clause denies. Where every clause that names the verb denies it so, the denial was reworded, not
    lifted."""
    for verb in _HANDLING_VERB.finditer(low):
        if _verb_stem(verb.group(0)) != stem:
            continue
        starts = [m.end() for m in _CLAUSE_OPENS.finditer(low, 0, verb.start())]
        stop = _DENIAL_CLAUSE_END.search(low, verb.end())
        before = low[starts[-1] if starts else 0 : verb.start()]
        after = low[verb.end() : stop.start() if stop else len(low)]
        if lx.NEGATION.search(before):
            continue  # "not meant to be used by", beyond the few words a denial reaches
        if verb.group(0).endswith("ing") and _GERUND_DENIED.match(after) and len(before.split()) <= 2:
            continue  # "selling or renting your data is not our business": the act, the sentence's subject, denied
        return True
    return False


#: where the clause of a verb begins, for what denies it: a comma too ("if you do not opt out, we share it")
_CLAUSE_OPENS = re.compile(_DENIAL_CLAUSE_END.pattern + "|,")
#: what follows a gerund that is the subject a clause denies: "[selling] your data to anyone is not ...", "are never"
_GERUND_DENIED = re.compile(r"(?:(?!\b(?:is|are|was|were)\b)[^.;:]){0,80}?\b(?:is|are|was|were)\s+(?:not|never)\b")


def _negations(p: Profile) -> int:
    """How many negations a sentence states: a "nor" after another negation carries it on ("neither given nor
    sold", "not rented nor sold" deny as "not given or sold" does)."""
    return sum(1 for k, word in enumerate(p.negations) if k == 0 or word != "nor")


def _denial_repeated(before: str, after: str, pb: Profile, pa: Profile) -> bool:
    """One denial said once over two clauses, or once in each ("we do not collect it or knowingly allow it" -> "we
    do not collect it, and we do not knowingly allow it"): both sentences deny, and deny the same practices as many
    times each (`facts`: what each negation denies, and how many clauses deny each handling)."""
    if not pb.negations or not pa.negations:
        return False
    more = pb if _negations(pb) > _negations(pa) else pa
    for part in _clauses(more, True):
        if lx.NEGATION.search(part.low) and not (part.specific or _denied_verbs(part.low)):
            return False  # a clause denying what no fact records ("we do not link sessions"): read as it is
    facts_b, verbs_b = _sentence_facts(before)
    facts_a, verbs_a = _sentence_facts(after)
    denied_b = {f for f in facts_b if f[0] == "negated"}
    denied_a = {f for f in facts_a if f[0] == "negated"}
    return bool(denied_b) and denied_b == denied_a and Counter(verbs_b) == Counter(verbs_a)


def _denied_alike(concept: lx.Concept, differing: frozenset[str], where: Profile, other: Profile) -> bool:
    """Every term of the concept that the new side adds stands in a clause that denies it, and the old side denies
    the concept too: "this information is neither given nor sold" -> "is neither leased, rented, given nor sold"
    lists more words for the one promise. A term added outside the denial ("we do not sell it, but we rent it"),
    a concept no longer denied, and a term dropped from a denial ("never rent or sell" -> "never rent": selling
    no longer denied) are read. Family: lists of denied verbs lengthened."""
    if not where.negations or not other.negations or not differing:
        return False

    def denied_forms(p: Profile) -> frozenset[str]:
        return frozenset(
            f for part in _clauses(p, True) if lx.NEGATION.search(part.low) for f in _forms(concept, part.low)
        )

    mine, theirs = denied_forms(where), denied_forms(other)
    return bool(theirs) and differing <= mine


def _read_as_rights(concept: lx.Concept, pb: Profile, pa: Profile, gb: rights.Grants, ga: rights.Grants) -> bool:
    """Every mention of a right's concept (or of "deletion") on both sides stands inside a right the rights reading
    read: the sets of rights granted are compared there (`_rights_findings`), whatever the grammar that names them.
    A mention outside any right ("we delete it after 30 days" beside "you can access it") is still read here."""
    if concept.name not in rights.concepts():
        return False
    return rights.covers(gb, concept.pattern, pb.low) and rights.covers(ga, concept.pattern, pa.low)


def _rights_findings(pb: Profile, pa: Profile, after: str, known: tuple[str, str] = ("", "")) -> list[Finding]:
    """The rights one version grants the reader and the other does not, read whatever their grammar
    (rights.granted): a right dropped or added, denied or no longer denied, moved to another party (the reader no
    longer holds it); and a condition put on the rights that the other version does not state ("where required by
    law", "if you live in the EU"). Family: rights lists reworded between "you can access, correct or delete" and
    "the right to access, to have it corrected and to have it erased"; only what the set of rights says is
    compared."""
    gb, ga = rights.granted(pb.low), rights.granted(pa.low)
    if not gb.rights and not ga.rights:
        return []
    out = []
    held_b = {r for _, r, denied in gb.rights if not denied}
    held_a = {r for _, r, denied in ga.rights if not denied}
    for right in sorted(held_b ^ held_a):
        gained = right in held_a
        if right not in {r for _, r, _ in (gb if gained else ga).rights} and rights.named(
            right, (pb if gained else pa).low
        ):
            continue  # the other side names it in a grammar not read as granted: the concepts and holders judge it
        forms = next(r.pattern for r in rights.rights() if r.name == right)
        if request_generalised(forms, (pa if gained else pb).low, (pb if gained else pa).low, known[not gained]):
            continue  # "submit a request to delete" -> "submit a request": the rights list stated elsewhere
        text = f"{'granted' if gained else 'no longer grants'} the right of {right}"
        out.append(Finding(lx.UR, IMPROVES if gained else REDUCES, False, text, f"The policy {text}: {_q(after, 140)}"))
    conditions_a, conditions_b = rights.new_conditions(ga, gb, pb.low), rights.new_conditions(gb, ga, pa.low)
    for conditions, added in ((conditions_a, True), (conditions_b, False)):
        if conditions and (ga.rights if added else gb.rights):
            text = (
                f"{'put' if added else 'took'} the condition {_q(conditions[0])} {'on' if added else 'off'} the rights"
            )
            out.append(
                Finding(lx.UR, REDUCES if added else IMPROVES, False, text, f"The policy {text}: {_q(after, 140)}")
            )
    return out


#: the reader named by a noun ("the customer", "a consumer's", "each user"): who "you" and "your" are
_READER = re.compile(
    r"(?<![\w-])(?:the|a|an|each|any|every|that) (?:customer|consumer|user|client|member|data subject|account holder"
    r"|individual|end user)(?P<own>'s|s'|’s)?(?![\w-])"
)
#: a pronoun that stands for the reader once a noun named them ("their identity", "his or her account")
_READER_PRONOUN = re.compile(r"(?<![\w-])(?:his or her|his/her|her or his|their|his|her)(?![\w-])")


def _addressed(low: str) -> str:
    """The sentence with the reader named by a noun, and the pronouns that then stand for them, written as "you"
    and "your" ("verify the customer's identity" -> "verify your identity"). Family: policies rewritten from the
    third person ("the Client must authorise ...", "a consumer's request") to address the reader; a term of a
    concept that names "your" data is the same term whichever way the reader is named. A sentence that names no
    reader keeps its pronouns (a third party's "their")."""
    if not _READER.search(low):
        return low
    low = _READER.sub(lambda m: "your" if m.group("own") else "you", low)
    return _READER_PRONOUN.sub("your", low)


def _kind_of_a_named_tool(concept: lx.Concept, where: Profile, other: Profile) -> bool:
    """Every term of a tracking concept that one side has and the other lacks follows a name that the other side
    still gives ("Acme Maps cookies help us" -> "Acme Maps - Helps us", "Acme Tracker cookies" -> "Acme Tracker"):
    the word says what kind of thing the named tool is, and the name alone stands for it in a list of tools.
    Family: lists and tables of the cookies or trackers a site uses, re-laid as "Name - purpose" lines. A term
    after no name ("we use cookies" -> "we use") or a name the other side drops is read."""
    extra = _forms(concept, where.low) - _forms(concept, other.low)
    if not extra:
        return False
    text, other_low = where.cleaned, other.cleaned.lower()
    for form in extra:
        spots = list(re.finditer(rf"(?<![\w-]){re.escape(form)}s?(?![\w-])", text, re.IGNORECASE))
        if not spots:
            return False
        for m in spots:
            before = text[: m.start()].split()
            name = before[-1].strip("'’\"(") if before else ""
            if not name[:1].isupper() or name in ENTITY_STOP or name.casefold() in lx.SYNONYMS:
                return False  # no name: "Our cookies", "The cookies"
            if not _named_in(name.lower(), other_low):
                return False
    return True


def _inside_name(pattern: lx.ConceptPattern, p: Profile, other: Profile) -> bool:
    """Every mention of a concept (or a name's word) is a capitalised word inside a name ("the Acme Analytics
    Product", "the Acme Analytics app") whose words around it stand together on the other side ("the Acme
    Product"): the name of a product or feature was shortened or lengthened, which says nothing of what is done
    with data. Serves every policy whose product is renamed throughout (a brand dropping or gaining a descriptive
    word: "Analytics", "Messenger", "Ads"); a term that ends a name ("Acme Analytics" -> "Acme"), or precedes a
    legal form ("Acme Payments Ltd" -> "Acme Ltd", another company), is left to be read."""
    text = p.cleaned
    low = text.lower()
    other_low = " ".join(other.cleaned.lower().split())
    found = False
    for m in pattern.finditer(low):
        left, right = text[: m.start()].split(), text[m.end() :].split()
        if not left or not right or not text[m.start()].isupper() or not left[-1][:1].isupper():
            return False
        if not re.fullmatch(r"[\w&'-]+", left[-1]) or not re.fullmatch(r"[\w&'-]+[.,;:]?", right[0]):
            return False
        after = right[0].lower().rstrip(".,;:")
        if after in lx.PLAIN_LEGAL_FORMS or f" {left[-1].lower()} {after}" not in f" {other_low}":
            return False  # "Acme Payments Ltd" -> "Acme Ltd" is another company
        found = True
    return found


#: examples inserted after a term, in parentheses: "(e.g., ...)", "(for example ...)", "(such as ...)"
_EXAMPLES_OPEN = re.compile(r"^\((?:e\.g\.|eg\b|for example|for instance|such as|like|i\.e\.)")


def _without_row_examples(after: str, hunks: list[tuple[str, str, str, str]]) -> Profile | None:
    """The new table row without the parenthesised examples inserted into it ("Customers | Identifiers" ->
    "Customers | Identifiers (e.g., unique identifier, IP address)"), or None where the edit inserts none. A row
    naming a category of data, as the US state laws list them, states what is collected by the category; examples
    of it illustrate the category already named, not a new type of data (a sensitive one is still read: see the
    caller). Serves every policy whose disclosure table gains or loses the statute's examples."""
    if " | " not in after:
        return None
    spans = [ins for _, deleted, ins, _ in hunks if not deleted and _EXAMPLES_OPEN.match(ins) and ins.endswith(")")]
    if not spans:
        return None
    core = after
    for ins in spans:
        core = core.replace(ins, " ", 1)
    return profile(core)


#: a sentence that introduces a list: it ends with a colon, or a colon follows "including", "the following"...
_INTRODUCES_LIST = re.compile(r":\s*$|\b(?:[Ii]nclud\w*|following|such as|as follows|namely)\s*:")


def _listed_as_items(concept: lx.Concept, where: Profile, other: Profile, other_doc: str) -> bool:
    """The sentence that names the concept's terms inline became one that introduces a list ("we collect
    information, including your name, address and location" -> "we collect information, including:"), or the
    reverse, and every such term still stands in the version without them, outside the sentence: the inline list was
    re-laid as list items (or the items folded into the sentence). Serves every policy whose enumerations are turned
    into bullet lists or back; a term the other version no longer names anywhere is still read as added or removed,
    and so is a sensitive type of data (the other version may name it only to deny it)."""
    if not other_doc or concept.critical or ":" in where.text or not _INTRODUCES_LIST.search(other.text):
        return False
    forms = _forms(concept, where.low) - _forms(concept, other.low)
    return bool(forms) and all(_named_in(f, other_doc) for f in forms)


def _swapped_in_place(concept: lx.Concept, low_b: str, low_a: str, hunks: list[tuple[str, str, str, str]]) -> bool:
    """One term of the concept replaced by another where it stood, while the old term stays elsewhere in the
    sentence ("the original photo, the comparison photo" -> "the original photo, the comparison picture", "IP
    address ... this IP address" -> "Internet Protocol (IP) address ... this IP address"): counted term by term, one
    mention gone and one come, in one edit - a synonym, not one more thing of its kind."""
    count_b = Counter(_stems(frozenset([m.group(0).rstrip("s")])) for m in concept.pattern.finditer(low_b))
    count_a = Counter(_stems(frozenset([m.group(0).rstrip("s")])) for m in concept.pattern.finditer(low_a))
    if not (count_b - count_a) or not (count_a - count_b) or sum(count_a.values()) != sum(count_b.values()):
        return False
    for left, deleted, inserted, right in hunks:
        if not (deleted and inserted):
            continue
        old, new = _forms_around(concept, left, deleted, right), _forms_around(concept, left, inserted, right)
        if old and new and old != new:
            return True
    return False


def _forms_around(concept: lx.Concept, left: str, middle: str, right: str) -> frozenset[str]:
    """The concept's terms in an edit read with its context words, glued to them or not (the word diff splits
    "third-party" after "third")."""
    spaced = f"{left} {middle} {right}"
    glued = f"{left}{middle}{right}" if middle[:1] in "-'" else spaced
    return _forms(concept, profile(spaced).low) | _forms(concept, profile(glued).low)


_TERM_WORD = re.compile(r"[a-z0-9]+")


def _named_alike(forms: frozenset[str], other: str, own: str = "") -> bool:
    """Every term of a concept one side (`own`) names is on the other side in other form: its words in another order
    or around an inserted word ("type of browser", "Internet Protocol (IP) address"), or as an acronym ("OS"). An
    acronym only where the side naming the term in full lacks that word: "turn off" -> "turn on" is no acronym "to"
    just because both sides say "go to Settings to turn ..." """
    if not forms:
        return False
    words = set(_TERM_WORD.findall(other))
    own_words = set(_TERM_WORD.findall(own))
    for form in forms:
        parts = _TERM_WORD.findall(form)
        if not parts:
            return False
        stems = {w.rstrip("s") for w in words}
        if all(w in words or w.rstrip("s") in stems for w in parts) and (len(parts) > 1 or parts[0] in words):
            continue
        acronym = "".join(w[0] for w in parts)
        if len(parts) >= 2 and acronym in words and acronym not in own_words:
            continue
        # the thing named without the word that qualifies it ("the browser used" -> "the browser type")
        heads = [w for w in parts if w not in _QUALIFIERS]
        if len(parts) == 2 and len(heads) == 1 and heads[0] in words:
            continue
        return False
    return True


#: words that say which aspect of a thing a term names, not another thing ("browser type", "device model")
_QUALIFIERS = frozenset(
    {"type", "types", "version", "versions", "kind", "model", "make", "details", "information", "data"}
)


_USER_REQUEST = re.compile(r"\byou (?:may|can|have the right to|are entitled to)\b|\bright to\b|\bask us to\b")


def _stems(forms: frozenset[str]) -> frozenset[str]:
    """Terms with their words cut to five letters: "being tracked" = "tracking", "identification" = "identifier";
    a word the lexicon reads as another is read so first ("ads" = "advertisements", "info" = "information")."""
    return frozenset(" ".join(lx.SYNONYMS.get(w, w)[:5] for w in form.split()) for form in forms)


def _entity_findings(
    pb: Profile, pa: Profile, topic: str, known: tuple[str, str] = ("", ""), core: Profile | None = None
) -> list[Finding]:
    """Names new to a sentence or gone from it; with the whole versions `known` (old, new, normalised), a name the
    old version already used elsewhere is not new, and one the new version still uses is not gone; with `core`, the
    new sentence without the examples a table row gained, a name only those examples give is not new."""
    low_b, low_a = pb.low, pa.low
    old_doc, new_doc = known
    new = sorted(
        e
        for e in pa.entities - pb.entities
        if e not in low_b
        and not _named_in(e, old_doc)
        and not _acronym_of(e, low_b, low_a)
        and not _spells_out(e, pa.cleaned, pb.cleaned)
        and not _inside_name(_word_pattern(e), pa, pb)
        and (core is None or e in core.entities)
        and not _other_number(e, low_b)
        and not _names_a_link(e, pb.text, pa.text)
        and not _labels_a_kept_link(e, pa.text, pb.text)
        and not _glued(e, low_b)
        and not _names_a_law(e, pa.text)
        and not _named_in_aside(e, pb.text, pa.text)
        and not _modifier_of_a_name(e, pb.text, pa.text)
        and not _defined_term(e, old_doc, new_doc)
        and not _in_registry_clause(e, pa.text)
        and not _legal_form_written(e, pa.text, pb.entities)
    )
    gone = sorted(
        e
        for e in pb.entities - pa.entities
        if e not in low_a
        and not _named_in(e, new_doc)
        and not _acronym_of(e, low_a, low_b)
        and not _spells_out(e, pb.cleaned, pa.cleaned)
        and not _inside_name(_word_pattern(e), pb, pa)
        and not _other_number(e, low_a)
        and not _names_a_link(e, pa.text, pb.text)
        and not _labels_a_kept_link(e, pb.text, pa.text)
        and not _glued(e, low_a)
        and not _names_a_law(e, pb.text)
        and not _named_in_aside(e, pa.text, pb.text)
        and not _modifier_of_a_name(e, pa.text, pb.text)
        and not _defined_term(e, old_doc, new_doc)
        and not _in_registry_clause(e, pb.text)
        and not _legal_form_written(e, pb.text, pa.entities)
    )
    translated = _translated_acronyms(new, gone, pa, pb)
    new = [e for e in new if e not in translated]
    gone = [e for e in gone if e not in translated]
    if not new and not gone:
        return []
    cats = pb.categories + pa.categories
    category = next((c for c in (lx.OT, lx.TP, lx.TR, lx.IT, lx.DU) if cats[c]), topic)
    out = []
    for names, added in ((new, True), (gone, False)):
        if not names:
            continue
        sign = NEUTRAL if category == lx.OT else (REDUCES if added else IMPROVES)
        shown = _entity_phrases(pa.text if added else pb.text)
        listed = ", ".join(_q(p) for p in dict.fromkeys(shown.get(n, n.title() if n.islower() else n) for n in names))
        text = f"{'named' if added else 'no longer names'} {listed}"
        headline = f"The policy {text}: {_q(pa.text if added else pb.text, 140)}"
        out.append(Finding(category, sign, False, text, headline, "entity"))
    return out


#: a company's registration or seat, up to the end of its clause ("registered in Ireland under number 123456 with its
#: registered office at 1 Harbour Road, Dublin", "incorporated in Delaware", "headquartered in Paris")
_REGISTRY_CLAUSE = re.compile(
    r"\b(?:registered (?:in|office|under|with|at|address|number)|incorporated (?:in|under)|headquartered (?:in|at)"
    r"|principal place of business|company (?:number|registration)|registration number)\b(?:(?!\.\s)[^();]){0,160}",
    re.IGNORECASE,
)


def _in_registry_clause(name: str, text: str) -> bool:
    """Whether every mention of `name` in `text` stands in a clause giving a company's registration or seat: the
    place and number of the register, the registered office's address. The company's details, not a party data
    goes to (the company itself, named before the clause, is read as a name). Family: the controller's identity line
    given or stripped of its registry details."""
    spans = [m.span() for m in _REGISTRY_CLAUSE.finditer(text)]
    if not spans:
        return False
    mentions = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)]
    return bool(mentions) and all(any(a <= at < b for a, b in spans) for at in mentions)


#: a term defined in a parenthesis: its first quoted name ('(the "services")', '("properties" or "acme properties")')
_DEFINITION = re.compile(r'\((?:[^()"]{0,30}?)"([^"()]{2,40})"')


def _defined_term(name: str, old_doc: str, new_doc: str) -> bool:
    """Whether a capitalised word is a common noun either version defines as a term of its own, the words before the
    parenthesis repeated in quotes ("all of our properties ("Properties")", "our services (the "Services")"): the
    policy's name for its own service or data, not a party, however it is renamed ("the Acme Properties" -> "the
    Acme Services"). A party defined by a shorter name ('Acme Analytics Ltd ("Acme")') repeats no words before it.
    Family: policies that rename the term for their own sites, apps or data."""
    return name in _defined_words(old_doc) or name in _defined_words(new_doc)


@lru_cache(maxsize=8)
def _defined_words(low: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _DEFINITION.finditer(low):
        term = m.group(1).split()
        before = re.findall(r"[\w'-]+", low[max(0, m.start() - 80) : m.start()])
        if 0 < len(term) <= 3 and before[-len(term) :] == term:
            out.update(term)
    return frozenset(out)


def _glued(name: str, other: str) -> bool:
    """Whether a name is two words of the other version's sentence run together by the capture, next to each
    other or with one small word lost between them ("the [Terms of Service] or other" -> "the[Terms of
    Service]other" reads "Serviceother"): no party, the same words. Family: captures that drop the spaces (and a
    conjunction) around a link's words."""
    words = re.findall(r"[a-z0-9]+", other)
    # each word run together with the next one, or with the one after it (a small word lost between them)
    runs = {a + b for skip in (1, 2) for a, b in zip(words, words[skip:], strict=False)}
    known = set(words)
    tokens = [t for t in re.findall(r"[a-z0-9]+", name.casefold()) if t not in known]
    return bool(tokens) and all(t in runs for t in tokens)


#: link words that name no page: "here", "this page", "click here", "this link"
_BARE_LINK_WORDS = re.compile(
    r"(?:(?:please )?click )?(?:here|this (?:page|link|form|tool)|(?:the )?link)", re.IGNORECASE
)


#: the name of a law ("the Commercial Code", "Data Protection Act 2018", "Personal Information Protection Law",
#: "Telecommunications Regulations"): capitalised words, joined by small words, ending in a kind of legal instrument
#: and followed by no other capitalised word ("Acme Code Labs" is a company). Not binding rules, frameworks or
#: clauses: mechanisms of a transfer, read as practices of their own.
_LAW_TITLE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'-]*\s+(?:(?:of|for|on|and|&|the|to)\s+)?){1,6}"
    r"(?:Act|Code|Laws?|Regulations?|Directive|Ordinance|Statute)(?:,? (?:of )?(?:19|20)\d\d)?(?![\w-]|\s+[A-Z])"
)


#: a name set in parentheses: capitalised words, legal forms and joining words only ("(Acme Hosting Pty Ltd)")
_ASIDE_NAME = re.compile(r"^\(\s*[A-Z][\w&'.,-]*(?:\s+(?:[A-Z][\w&'.,-]*|of|and|&|de))*\s*\)$")


def _named_in_aside(name: str, text: str, named: str) -> bool:
    """Whether `name` comes only in a parenthesis `named` adds after a word of the sentence, the parenthesis
    holding a name and nothing else ("our hosting service makes a record" <-> "our hosting service (Acme Hosting
    Ltd) makes a record"): the party the sentence names by its role, identified or no longer identified by its
    name. A name in the sentence itself ("with Acme Hosting Ltd"), or a parenthesis with more than a name, is
    read. Family: processors' and partners' names given or dropped beside the role that stays."""
    found = False
    for before, deleted, inserted, _ in _hunks(text, named):
        if name not in inserted.casefold():
            continue
        if deleted.strip() or not _ASIDE_NAME.match(inserted.strip()) or not before.rstrip()[-1:].islower():
            return False
        found = True
    return found


#: legal forms closing a company's name, without their dots ("Ltd." = "Ltd", "B.V." = "B.V")
_NAME_FORMS = frozenset(f.rstrip(".") for f in lx.PLAIN_LEGAL_FORMS)


def _legal_form_written(name: str, text: str, other: frozenset[str]) -> bool:
    """Whether `name` is a legal form that `text` writes after a name the other version names without it ("Milky Way
    Jewelry uses" -> "Milky Way Jewelry Ltd. uses"): the same company, nobody new. Family: small sites' policies
    whose company name gains or loses its "Ltd", "Inc." or "LLC" between versions."""
    if name.rstrip(".") not in _NAME_FORMS:
        return False
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE):
        before = re.search(r"([A-Z][\w&'-]*)[\s,]*$", text[max(0, m.start() - 60) : m.start()])
        if not before or before.group(1).casefold() not in other:
            return False
        found = True
    return found


def _modifier_of_a_name(name: str, text: str, named: str) -> bool:
    """Whether `name`, in `named` only, is the first word of a name whose head stays, where `text` has a plain word
    or none ("the pay-per-view Event Organizer" <-> "the Premium Event Organizer", "viewed a Pin" <-> "viewed a
    Promoted Pin"): the kind of event or product the party serves renamed, the party itself (the head, "Event
    Organizer") the same. A name in place of another name ("the Acme Event Organizer" -> "the Bolt Event
    Organizer"), more than one word put before the head, or a word before no capitalised head, is read. Family:
    products and programmes renamed in front of the parties that run them."""
    found = False
    for _, deleted, inserted, right in _hunks(text, named):
        if name not in inserted.casefold():
            continue
        words = inserted.split()
        if (
            (not deleted.strip() and not re.fullmatch(r"[A-Z][\w'-]*", inserted.strip()))
            or any(c.isupper() for c in deleted)
            or not all(w[:1].isupper() for w in words)
            or not right[:1].isupper()
        ):
            return False
        found = True
    return found


def _names_a_law(name: str, text: str) -> bool:
    """Whether every mention of `name` in `text` is a word of the name of a law: a law says where an obligation
    comes from, it is no party data goes to. Family: "as required by law" made precise by naming the law, a
    statute's name added, corrected or dropped."""
    laws = [m.span() for m in _LAW_TITLE.finditer(text)]
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE))
    if not mentions:
        return False
    low = text.casefold()
    # or the place whose law it is ("UK and Swiss data protection law", "the laws of Ireland")
    return all(
        any(a <= m.start() and m.end() <= b for a, b in laws) or lx.a_law_of_the_place(low, _at(low, m))
        for m in mentions
    )


def _at(low: str, m: re.Match[str]) -> re.Match[str]:
    """The mention `m` of a name as a match on the lower-cased text (the sense tests read lower-cased text)."""
    found = re.compile(re.escape(m.group(0).casefold())).match(low, m.start())
    return found if found is not None else m


def _names_a_link(name: str, text: str, named: str) -> bool:
    """Whether `name`, in `named` but not in `text`, stands where `text` has a link that names no page: a URL in
    parentheses or "here" / "this page" ("go here (https://…/dsar)" -> "go to Request My Data"). The page a link
    leads to got its title as the link's words: the same pointer, not a new party or channel. Family: captures with
    and without link targets, and link words rewritten around a reference."""
    for _, deleted, inserted, _ in _hunks(text, named):
        if not deleted or name not in inserted.casefold():
            continue
        rest = _BARE_LINK_WORDS.sub(" ", lx.URL.sub(" ", deleted)).strip(" ()[]<>.,;:")
        if rest != deleted.strip(" ()[]<>.,;:") and not any(c.isalnum() for c in rest):
            return True
    return False


def _labels_a_kept_link(name: str, named: str, other: str) -> bool:
    """Whether every mention of `name` in `named` is the label of a link whose address `other` gives too, right
    before it ("visit the Ads Settings page: https://x.example/ads" -> "visit My Ad Center: https://x.example/ads"):
    the same page under another title, not a new party. Family: settings pages and help pages renamed, their
    address kept."""
    if "://" not in named or "://" not in other:
        return False
    low = named.casefold()
    found = False
    theirs = other.casefold()
    words = set(_TERM_WORD.findall(low))
    for m in _word_pattern(name).finditer(low):
        link = _LINK_AFTER_LABEL.match(low, m.end())
        address = link.group(1).rstrip(".,;:)") if link else ""
        at = theirs.find(address) if address else -1
        if at < 0:
            return False
        # the other side's label is gone: a name added beside a label that stays ("Beta and Gamma (url)") is new
        label = _TERM_WORD.findall(theirs[max(0, at - 40) : at])[-2:]
        if not label or all(w in words for w in label):
            return False
        found = True
    return found


#: what may stand between a link's label and its address: the rest of the label (a few words), then ":", "(", "at"
#: or a dash, then the address
_LINK_AFTER_LABEL = re.compile(r"\s*(?:[\w'’-]+ ){0,3}?[\w'’-]*\s*(?::|\(|\bat\b|-|–|\[)?\s*\(?(https?://\S+)")


#: a word written in capitals: an acronym
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")


def _translated_acronyms(new: list[str], gone: list[str], pa: Profile, pb: Profile) -> set[str]:
    """Acronyms one side writes in capitals where the other side has, in their place, an acronym of the same letters
    in another order that it does not read as a name ("RGPD" -> "GDPR", a law): the same law named in another
    language's word order, not another party. Two names of parties ("ABC" -> "CAB") are two parties. Family:
    policies translated, or cleaned of a translation's acronyms."""
    out: set[str] = set()
    for names, mine, other in ((new, pa, pb), (gone, pb, pa)):
        own = set(_CAPITALS.findall(mine.cleaned))
        theirs = {_letters(w) for w in _CAPITALS.findall(other.cleaned) if w.lower() not in other.entities}
        for name in names:
            up = name.upper()
            if up in own and _letters(up) in theirs and up not in other.cleaned:
                out.add(name)
    return out


def _letters(word: str) -> str:
    return "".join(sorted(word))


def _other_number(name: str, other: str) -> bool:
    """The name stands on the other side in the singular or the plural ("BankIDs" -> "BankID"): the same name."""
    return _named_in(name + "s", other) or (len(name) > 3 and name.endswith("s") and _named_in(name[:-1], other))


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """`word` standing alone (compiled once: the same names are looked up in many sentences)."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _acronym_of(name: str, other: str, mine: str) -> bool:
    """`name` is an acronym ("os") of words the other side has and this side dropped ("operating system"), or the
    short form of a word it dropped ("the reg" for "the register")."""
    if len(name) >= _SHORT_NAME and name.isalpha():
        theirs, ours = _plain_words(other), _plain_words(mine)
        if any(w.startswith(name) and len(w) >= len(name) + 2 and w not in mine for w in theirs):
            return True  # "reg" where the other side said "register"
        if any(name[:k] in theirs and name[:k] not in ours for k in range(_SHORT_NAME, len(name) - 1)):
            return True  # "register" where the other side says "reg"
    if not 2 <= len(name) <= 5 or not name.isalpha():
        return False
    pattern = _initials_pattern(name)
    spelled = [m.group(0) for m in pattern.finditer(other)]
    # the words spelled out where the acronym stood, though the same words stand elsewhere on this side too
    # ("OS version ... operating system version" -> "Operating system version ... operating system version")
    return any(w not in mine for w in spelled) or len(spelled) > len(pattern.findall(mine))


@lru_cache(maxsize=1024)
def _initials_pattern(name: str) -> re.Pattern[str]:
    """Words whose initials spell `name` ("os" -> "operating system")."""
    return re.compile(r"(?<![\w-])" + r"[\w-]*\s+".join(re.escape(c) for c in name) + r"[\w-]*")


#: the fewest letters a name cut short keeps ("Reg" of "Register")
_SHORT_NAME = 3


@lru_cache(maxsize=128)  # a few sentences or passages at a time; whole passages are large, so few are kept
def _plain_words(text: str) -> frozenset[str]:
    """The words of `text` made of letters only, standing alone (not inside a hyphenated word)."""
    return frozenset(m.group(0) for m in _PLAIN_WORD.finditer(text))


_PLAIN_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*")


def _spells_out(name: str, text: str, other: str) -> bool:
    """`name` is a word of a capitalised phrase of `text` whose initials are an acronym (in capitals) `other` uses
    ("Internet Protocol" where the other side says "IP", "United Kingdom" for "UK"): the same term spelled out."""
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        lowered = [w.lower() for w in words]
        if name not in lowered:
            continue
        at = lowered.index(name)
        for start in range(max(0, at - 4), at + 1):
            for end in range(at + 1, min(len(words), start + 5) + 1):
                initials = "".join(w[0] for w in words[start:end]).upper()  # an acronym is written in capitals
                if end - start >= 2 and re.search(rf"(?<![\w-]){initials}(?![\w-])", other):
                    return True
    return False


def _named_in(name: str, low: str) -> bool:
    # the substring test first: the bounded search scans a whole version, position by position
    return bool(low) and name in low and _word_pattern(name).search(low) is not None


def _entity_phrases(text: str) -> dict[str, str]:
    """Each capitalised word of a text -> the name it is part of, as written ("states" -> "United States")."""
    out: dict[str, str] = {}
    for m in ENTITY_PHRASE.finditer(text):
        for phrase in re.split(r"\s+(?:and|&)\s+", m.group(0).strip(" '-&")):  # "Acme and Brightads": two names
            words = phrase.split()
            while words and words[0] in ENTITY_STOP:
                words = words[1:]
            for word in words:
                out.setdefault(word.strip("'-&").removesuffix("'s").casefold(), " ".join(words))
    return out


#: the words between a modal and the verb it governs ("may also be shared", "will promptly notify you")
_MODAL_FILLER = frozenset(
    [
        "be",
        "been",
        "being",
        "have",
        "has",
        "also",
        "not",
        "only",
        "still",
        "further",
        "then",
        "no",
        "longer",
        "always",
        "never",
    ]
)
_WORD = re.compile(r"[a-z][a-z'-]*")


#: the longest aside between a modal and its verb ("shall, in addition, display"; "may, at its discretion, use")
_ASIDE_CHARS = 60


def _governed(text: str) -> Counter[tuple[str, str]]:
    """Each permission or commitment word of `text` with the verb it governs: the first word after it that is
    neither an auxiliary nor an adverb."""
    pairs: Counter[tuple[str, str]] = Counter()
    for pattern in (lx.PERMISSIVE, lx.COMMITMENT):
        for m in pattern.finditer(text):
            tail = text[m.end() : m.end() + 140]
            if tail.startswith(","):  # "may, at its sole discretion, employ": the verb after the aside
                aside = tail.find(",", 1)
                tail = tail[aside + 1 :] if 0 < aside <= _ASIDE_CHARS else tail
            rest = _WORD.findall(tail[:80])
            verb = next((w for w in rest if w not in _MODAL_FILLER and not w.endswith("ly")), "")
            pairs[(m.group(0), verb)] += 1
    return pairs


def _modal_went_with_its_verb(pb: Profile, pa: Profile) -> bool:
    """Whether the modality changed only because modals went (or came) together with the verbs they govern.

    A capture that cuts a clause off ("... from which a template can be extracted." -> "... from which a
    template"), or an edit that adds one ("and may ask you to confirm"), changes what the sentence says, not how
    firmly it says it: the concept findings judge that. A change of modality keeps its verb ("we may share" ->
    "we will share", "we can delete" -> "we delete").
    """
    before, after = _governed(pb.bare), _governed(pa.bare)
    gone, came = before - after, after - before
    if not gone and not came:
        return False
    said_before, said_after = set(_WORD.findall(pb.bare)), set(_WORD.findall(pa.bare))
    return all(verb and verb not in said_after for _, verb in gone) and all(
        verb and verb not in said_before for _, verb in came
    )


#: words a modal's "verb" may be that name no act ("may of", "must at least"): no verb to compare
_NOT_VERBS = frozenset(
    re.findall(
        r"\S+",
        "the a an and or that this these those with from for of at by to in on as either any all our your their its"
        " such each more most some",
    )
)


#: an obligation said with "need to" or "have to" ("you will need to consent again" = "you shall be required to
#: consent anew" = "you must consent again"): the verb it governs
_NEED_TO = re.compile(r"(?<![\w-])(?:need|needs|needed|have|has|had) to (?:(?:also|first|then|again) )?([a-z]+)")


def _modal_changed_on_a_verb(pb: Profile, pa: Profile) -> bool:
    """Whether some verb both versions say is governed by another kind of modal in one than in the other ("we may
    share" -> "we will share", "we will notify you" -> "we may notify you", "we can delete" -> "we delete"). A
    sentence rewritten around the same acts ("we may update it from time to time" -> "we may revise it
    periodically", "so that we can keep providing" -> "to keep providing", "you can see most of it" -> "most of it
    is available") changes how many modals it says, not the modal of an act it keeps.

    Family: passages split, merged or turned into lists, whose modals go with their clauses."""
    words_b = {_verb_stem(w) for w in _WORD.findall(pb.bare)}
    words_a = {_verb_stem(w) for w in _WORD.findall(pa.bare)}

    def kinds(p: Profile) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for (modal, verb), _ in _governed(p.bare).items():
            if len(verb) < 3 or verb in _NOT_VERBS:
                continue
            kind = "may" if lx.PERMISSIVE.fullmatch(modal) else "plain" if modal in ("will", "shall") else "must"
            out.setdefault(_verb_stem(verb), set()).add(kind)
        for m in _NEED_TO.finditer(p.bare):
            out.setdefault(_verb_stem(m.group(1)), set()).add("must")
        return out

    kb, ka = kinds(pb), kinds(pa)
    for stem in (kb.keys() | ka.keys()) & words_b & words_a:
        if kb.get(stem, {"plain"}) != ka.get(stem, {"plain"}):
            return True
    return False


#: Verbs that make something possible, said of a tool or a party ("the tool allows X to", "enables X to", "makes it
#: possible to", "authorise access"): one class with "allow", "permit", "let", whichever is used.
_ENABLING = re.compile(r"(?<![\w-])(?:enabl\w*|mak(?:e|es|ing) it possible|authori[sz]\w*)(?![\w-])")
_WOULD = re.compile(r"(?<![\w-])would(?![\w-])")


def _permissions(pb: Profile, pa: Profile) -> tuple[int, int]:
    """The permission words of each side, where a word swapped for one of the same class counts as kept: "allows X
    to" -> "enables X to" (verbs of enabling), "that could identify you" -> "that would identify you" (the
    conditional). Without it a swap inside a class reads as a permission gained or dropped.

    Family: policies re-edited for style, where "allows" / "enables" / "makes it possible" and "could" / "would"
    alternate. A modal swapped across classes ("may share" -> "will share", "will not" -> "may") still counts."""
    nb, na = len(pb.permissive), len(pa.permissive)
    pairs = (
        (_count(pb.permissive, _PERMITTING), _count(pa.permissive, _PERMITTING), _ENABLING),
        (_count(pb.permissive, ("could",)), _count(pa.permissive, ("could",)), _WOULD),
    )
    for gb, ga, stand_in in pairs:
        sb, sa = len(stand_in.findall(pb.bare)), len(stand_in.findall(pa.bare))
        if gb > ga and sa > sb:
            na += min(gb - ga, sa - sb)
        elif ga > gb and sb > sa:
            nb += min(ga - gb, sb - sa)
    if nb and na and nb != na and _sentence_count(pb.text) != _sentence_count(pa.text):
        # a sentence split in two says its permission in each ("we reserve the right to keep it (a) ... and (b) ..."
        # -> "We reserve the right to keep it ... In addition, we may keep it ..."), merged ones once
        nb = na
    return nb, na


#: the law's leave said as a condition ("where permitted by law", "if the law allows it")
_LAW_LEAVE = re.compile(
    r"\b(?:where|when|if|insofar as) (?:(?:permitted|allowed|authori[sz]ed) (?:by|under) (?:the )?(?:applicable )?laws?"
    r"|(?:the )?(?:applicable )?laws? (?:permits?|allows?))\b"
)


def _sentence_count(text: str) -> int:
    return len(split_sentences(clean_block(text or "")))


_PERMITTING = ("allow", "permit", "let")
#: permissions that leave the outcome to the company, whatever it promises beside them
_DISCRETION = re.compile(r"discretion|reserve the right|as we see fit|free to")


def _discretion_gained(pb: Profile, pa: Profile) -> bool:
    """`pa` leaves more to the company's discretion than `pb` ("we will decide at our discretion whether to")."""
    gained, _ = multiset_delta(pa.permissive, pb.permissive)
    return any(_DISCRETION.search(w) for w in gained)


def _count(words: tuple[str, ...], starts: tuple[str, ...]) -> int:
    return sum(1 for w in words if w.startswith(starts))
