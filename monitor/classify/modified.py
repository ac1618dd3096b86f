"""Stage "modified": one sentence changed, judged from its findings and the kinds of edit that state no new practice
(illustrations, addresses, channels, rewordings, typos). Pure.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import re
from collections import Counter
from collections.abc import Callable, KeysView, Sequence

from monitor.classify import figures, heads, rights
from monitor.classify import lexicon as lx
from monitor.classify.elsewhere import _titled
from monitor.classify.evidence import Profile, concepts_in, multiset_delta, normal, profile, words_of
from monitor.classify.findings import _findings, _speaker_changed
from monitor.classify.furniture import _announcement, _boilerplate
from monitor.classify.layout import Layout
from monitor.classify.reader import as_reader, holder_replaced, someone_else
from monitor.classify.statement import _judge_statement
from monitor.classify.traits import (
    _HANDLING_VERB,
    _announces_changes,
    _contact_context,
    _firm,
    _practice_concepts,
    _question,
)
from monitor.classify.verdicts import (
    IMPROVES,
    NEUTRAL,
    REDUCES,
    Finding,
    _cosmetic,
    _edit_quote,
    _hunks,
    _Judgement,
    _material,
    _q,
    _topics,
)
from monitor.domain.values import Change, ChangeKind, Severity
from monitor.text.diff import word_diff
from monitor.text.sentences import clean_block, loose_key

_EXAMPLE = ("for example", "for instance", "e.g.", "eg", "such as", "like")
#: Categories an illustration may touch without stating a new practice (what a cookie or a setting is for).
_ILLUSTRATIVE = frozenset({lx.TR, lx.UC, lx.DS})


def _illustration_only(hunks: list[tuple[str, str, str, str]]) -> bool:
    """The edit only inserts examples ("..., for example to keep you signed in") that name no data type,
    purpose, recipient, negation, modality or number: an illustration, not a new practice."""
    if not hunks:
        return False
    for _, deleted, inserted, _ in hunks:
        low = normal(inserted).lstrip(" ,;:(-")
        if deleted or not low.startswith(_EXAMPLE):
            return False
        if not _plain_example(inserted):
            return False
        p = profile(inserted)
        if any(c not in _ILLUSTRATIVE for c, n in p.categories.items() if n):
            return False
    return True


#: Words that open an illustration of the term before them ("settings (like ...)", "data, such as ...").
_ILLUSTRATION_OPENER = re.compile(
    r"(?<![\w-])(?:for example|for instance|e\.g\.?|eg|such as|including"
    r"|(?<!would )(?<!you )(?<!we )(?<!they )(?<!i )(?<!'d )like)(?![\w-])"
)
#: A clause that follows the examples: "such as an app store, we collect ...", "like a photo, which we keep".
_CLAUSE_AFTER = re.compile(r",\s+(?:we|you|they|it|he|she|which|who|that|then|so|but)\s")
_CLAUSE_MARK = re.compile(r"[;:!?()]|\.(?:\s|$)")
#: What ends an illustration: the end of a clause or of the parenthesis the example list sits in.
_ILLUSTRATION_END = re.compile(r"[;:.!?)]\s|[;:!?)]$|\.$")


def _plain_example(text: str) -> bool:
    """Words that name no negation, modality, number, limit, broadening or named party."""
    p = profile(text)
    return not (
        p.negations or p.permissive or p.commitments or p.quantities or p.entities or p.limiters or p.broadeners
    )


def _inside_illustration(prefix: str) -> bool:
    """The text just before an edit ends inside an example list: an opener ("such as", "like", "e.g.") stands
    after the last end of clause or parenthesis, so the edit changes examples, not the statement they
    illustrate."""
    low = prefix.lower()
    openers = list(_ILLUSTRATION_OPENER.finditer(low))
    if not openers or not re.search(r"\w", low[: openers[-1].start()]):
        return False  # "For example, advertisers may ..." opens a sentence that is a statement of its own
    tail = low[openers[-1].end() :]
    return not (_ILLUSTRATION_END.search(tail) or _CLAUSE_AFTER.search(tail))


def _examples_swapped(before: str, after: str) -> bool:
    """Every edit lies within the examples that illustrate an unchanged statement ("settings (like a photo)" ->
    "(like selfie imagery)", a product added to "apps such as ...", another user-agent in "e.g. ..."), and what the
    examples gain names no sensitive data type, recipient, purpose, sharing, negation, modality or number. A data
    type may only stand in for another one dropped from the same examples (a near-synonym swapped) or name one more
    instance of a kind the sentence already names; a new data type added to a list of data collected, a recipient
    or an advertising purpose stays a change.

    Family: policies re-edited for tone and clarity, where the wording of illustrations moves freely."""
    ops = word_diff(before, after)
    if not any(op for op, _ in ops) or len(ops) > 40:
        return False
    prefix_old: list[str] = []
    prefix_new: list[str] = []
    inserted_all: list[str] = []
    for op, text in ops:
        if op == 0:
            prefix_old.append(text)
            prefix_new.append(text)
            continue
        if not (_inside_illustration("".join(prefix_old)) and _inside_illustration("".join(prefix_new))):
            return False
        if op < 0:
            prefix_old.append(text)
        else:
            inserted_all.append(text)
            prefix_new.append(text)
        if _CLAUSE_MARK.search(text):
            return False  # the edit ends or opens a clause: a statement of its own, not an example
    inserted = " ".join(inserted_all)
    if inserted.strip() and not _plain_example(inserted):
        return False
    old = Counter(c.name for _, c in concepts_in(normal(before)))
    new = Counter(c.name for _, c in concepts_in(normal(after)))
    lost, gained = old - new, new - old
    if lx.any_critical(lost):
        return False  # a sensitive data type dropped from the examples: say so
    lost_categories = {lx.CONCEPTS_BY_NAME[name].category for name in lost}
    for name in gained:
        concept = lx.CONCEPTS_BY_NAME[name]
        if concept.critical:
            return False
        if old[name] and concept.specific:
            continue  # one more instance of a kind the sentence already names ("usage, such as ... searches")
        if concept.category in _ILLUSTRATIVE:
            continue
        if concept.category == lx.DC and lx.DC in lost_categories:
            continue  # one data type said for another in the same examples
        return False
    return True


#: a parenthesis (not nested) and the opener of examples its text may start with ("(e.g., name, email)", "(for
#: example, ...)", "(such as ...)", "(including ...)", "(like ...)")
_PARENTHESIS = re.compile(r"\s*\(([^()]*)\)")
_EXAMPLE_OPENER = re.compile(r"^\s*(?:e\.\s?g\.?|eg\b|for example|for instance|such as|including|like)[,:]?\s+", re.I)


def _parenthesised(text: str) -> list[tuple[str, bool]]:
    """The text of each parenthesis without an opener of examples, and whether it had one."""
    out = []
    for m in _PARENTHESIS.finditer(text):
        opener = _EXAMPLE_OPENER.match(m.group(1))
        out.append((loose_key(normal(m.group(1)[opener.end() :] if opener else m.group(1))), bool(opener)))
    return out


#: the reader's own equipment and access provider, whose makes an example names are products, not parties ("your Web
#: browser (such as Firefox or Safari)", "your device (e.g., iPhone)", "the type of browser you are using (e.g.,
#: Safari)", "your Internet service provider (e.g., Earthlink)")
_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:browsers?|devices?|(?:smart)?phones?|tablets?|computers?|operating systems?|consoles?"
    r"|internet (?:service|access) providers?|isps?)(?: (?:that |which )?you (?:are )?(?:use|using|have))?[\s,]*$",
    re.IGNORECASE,
)


def _without_parenthesised_examples(text: str, other: str) -> tuple[str, str, str]:
    """`text` without the parenthesised examples `other` does not give, those examples' words, and the words of those
    among them that name makes of the reader's equipment: "Identifiers (e.g., IP address) and Geolocation (e.g.,
    city)" -> ("Identifiers and Geolocation", "IP address ; city", ""). A parenthesis `other` has too, with or
    without an opener ("(e.g., city)" / "(city)"), stays, without its opener."""
    theirs = {key for key, _ in _parenthesised(other)}
    examples: list[str] = []
    equipment: list[str] = []

    def keep(m: re.Match[str]) -> str:
        opener = _EXAMPLE_OPENER.match(m.group(1))
        inner = m.group(1)[opener.end() :] if opener else m.group(1)
        if loose_key(normal(inner)) in theirs:
            return f" ({inner})"
        if opener:
            examples.append(inner)
            if _EQUIPMENT_BEFORE.search(text, 0, m.start()):
                equipment.append(inner)
            return " "
        return m.group(0)

    return _PARENTHESIS.sub(keep, text), " ; ".join(examples), " ; ".join(equipment)


def _within_term(name: str, low: str) -> bool:
    """Every mention of a capitalised name lies inside a term of the vocabulary ("Internet Protocol address"): a
    data type written in capitals, not a party."""
    spots = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", low)]
    terms = [(m.start(), m.end()) for concept in lx.mentioned_concepts(low) for m in concept.pattern.finditer(low)]
    return bool(spots) and all(any(a <= x and y <= b for a, b in terms) for x, y in spots)


#: a relative clause that says what someone does ("vendors that check your ID", "partners who receive ...")
_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])(?:that|which|who|whom|whose)\s+\w+")
#: an act stated by a verb after its subject, a modal or an auxiliary ("we share", "may collect", "is sold"), not a
#: noun of a category ("purchase records", "usage data")
_STATES_ACT = re.compile(
    r"(?<![\w-])(?:we|they|you|it|he|she|may|might|will|would|can|could|to|do|does|did|not|also|is|are|be|been"
    rf"|being|was|were)\s+(?:\w+ly\s+)?{_HANDLING_VERB.pattern}"
)


def _examples_in_parentheses(before: str, after: str) -> bool:
    """The two versions differ only by parenthesised examples given, dropped or changed after terms both name
    ("Identifiers | Commercial information" -> "Identifiers (e.g., unique identifier, IP address) | Commercial
    information (e.g., records of purchases)"), or by an opener set before an existing parenthesis ("(non-precise
    location)" -> "(e.g., non-precise location)"), the rest of the sentence word for word the same. The terms say
    what is collected, shared or done; the examples illustrate them. Not when an example names a sensitive kind of
    data, a party by name, a number or a negation, or - where the sentence states an act ("we share it with
    partners (e.g., ...)") - a recipient or purpose of its own (an example of a kind of recipient is one more
    recipient), and never a relative clause ("vendors that check your ID"): examples naming a kind of data, or in a
    list of categories that states no act (a table row) a purpose, illustrate; a recipient or a right is named.

    Family: disclosure tables and category lists that gain or lose the statute's examples (the US state-law
    categories), and policies whose terms gain "(e.g., ...)" glosses when re-edited for clarity; complements
    `findings._without_row_examples` where the word diff folds several inserted examples into one edit."""
    if not any(opener for _, opener in _parenthesised(before) + _parenthesised(after)):
        return False
    core_b, ex_b, kit_b = _without_parenthesised_examples(before, after)
    core_a, ex_a, kit_a = _without_parenthesised_examples(after, before)
    if loose_key(normal(core_b)) != loose_key(normal(core_a)):
        return False
    core = profile(core_a)
    acts = bool(_STATES_ACT.search(core.low))
    for examples, kit in ((ex_b, kit_b), (ex_a, kit_a)):
        if not examples.strip():
            continue
        p = profile(f"and {examples}")  # a name that opens the examples is not a sentence's first word
        makes = profile(f"and {kit}").entities if kit else frozenset()  # "Firefox" after "your browser": a product
        named = p.entities - core.entities - makes
        if p.negations or p.quantities or any(not _within_term(e, p.low) for e in named):
            return False
        if _RELATIVE_CLAUSE.search(p.low):
            return False  # "(e.g., vendors that check your ID)": what a party does is a statement, not an example
        for name in p.concepts:
            concept = lx.CONCEPTS_BY_NAME[name]
            if concept.critical:
                return False  # a sensitive kind of data, a sale or AI training named as an example is named
            if core.concepts[name] or concept.category == lx.DC:
                continue  # a kind of what the terms name, or a kind of data
            if acts or concept.category != lx.DU:
                return False  # a recipient, a right or a purpose the statement did not name
    return True


_ADDRESS_TOKEN = re.compile(r"^(?:[A-Z][\w.'-]*|[\w-]*\d[\w-]*)$")


def _address_only(hunks: list[tuple[str, str, str, str]]) -> bool:
    """The edit only swaps parts of a postal address (street names, house numbers, postcodes), not who the
    company is (legal form) or where data goes (countries)."""
    if not hunks:
        return False
    digits = names = False
    for _, deleted, inserted, _ in hunks:
        if deleted.lower() == inserted.lower():
            continue  # "chambal.com" -> "Chambal.com": a capital, no part of the address
        for text in (deleted, inserted):
            for token in text.split():
                token = token.strip(",;:()")
                if not token:
                    continue
                if token.lower() in lx.LEGAL_FORMS or not _ADDRESS_TOKEN.match(token):
                    return False
                digits = digits or any(map(str.isdigit, token))
                names = names or token[0].isupper()
            low = normal(text)
            if lx.CONCEPTS_BY_NAME["named countries"].pattern.search(low):
                return False
    return digits and names


def _addressee_only(hunks: list[tuple[str, str, str, str]], findings: list[Finding]) -> bool:
    """In a sentence about how to reach the company, the edit adds or drops a postal address (a house number or
    postcode, names, a country): the changed words name a company or a country and no practice."""
    changed = " ".join(f"{deleted} {inserted}" for _, deleted, inserted, _ in hunks)
    low = normal(changed)
    if not any(map(str.isdigit, changed)) or lx.PRACTICE_VERB.search(low) or lx.NEGATION.search(low):
        return False
    named = {concept.name for _, concept in concepts_in(low)}
    return named <= _ADDRESS_CONCEPTS and all(f.kind == "entity" or f.category in _ADDRESS_CATEGORIES for f in findings)


def _country_appended(hunks: list[tuple[str, str, str, str]], text: str) -> bool:
    """A postal address completed or shortened by its country: every edit adds or drops ", <country>" right after
    a word of the address, and the sentence has a house number or postcode. The entity named (a controller, a
    representative) is the same one at the same address; a country added to a list of destinations ("to the United
    States and India") is not appended after a comma to an address and stays a change."""
    if not hunks or not any(map(str.isdigit, text)):
        return False
    for _, deleted, inserted, _ in hunks:
        if deleted and inserted:
            return False
        edit = normal(deleted or inserted).strip()
        if not edit.startswith(","):
            return False
        countries = [c for _, c in concepts_in(edit)]
        if not countries or any(c.name not in _ADDRESS_CONCEPTS for c in countries):
            return False
        rest = edit
        for concept in {c.name: c for c in countries}.values():
            rest = concept.pattern.sub(" ", rest)
        if re.search(r"\w", rest):
            return False  # another word than the country: a name, a street, a second entity
    return True


#: what the words of a postal address can mention: a company's name and legal form, a country
_ADDRESS_CONCEPTS = frozenset({"named countries"})
_ADDRESS_CATEGORIES = frozenset({lx.TP, lx.IT, lx.CO})


def _quantity_changed(pb: Profile, pa: Profile) -> bool:
    """A number with a unit (a deadline, a period, an age, a fee) changed: in a privacy policy such numbers are
    promises (dates, which are not quantities, are masked before)."""
    return pb.quantities != pa.quantities


_MODALS = frozenset({"may", "will", "must", "can"})


def _acts(p: Profile) -> bool:
    """The sentence has a verb of data handling (collect, use, share, keep, delete...), not just a modal."""
    return any(v.lower() not in _MODALS for v in lx.PRACTICE_VERB.findall(p.low))


def _stance_changed(pb: Profile, pa: Profile) -> bool:
    """Negation, modality or a limit changed in a sentence about handling data, even one that names no data
    type ("Collected only for valid purposes" -> "Collected for valid purposes")."""
    if not (_acts(pb) and _acts(pa)):
        return False
    return (
        len(pb.negations) != len(pa.negations)
        or _firm(pb.commitments) != _firm(pa.commitments)
        or len(pb.permissive) != len(pa.permissive)
        or sorted(pb.limiters) != sorted(pa.limiters)
    )


def _channel_only(hunks: list[tuple[str, str, str, str]], via: bool = False) -> bool:
    """The edit only adds, drops or swaps ways to reach the company (addresses, e-mail, phone, forms); with
    `via`, only a channel phrase ("by email or text message") that a message travels by."""
    for left, deleted, inserted, _ in hunks:
        for text in (deleted, inserted):
            bare = lx.PHONE.sub(" ", lx.EMAIL.sub(" ", lx.URL.sub(" ", normal(text))))
            words = words_of(bare)
            if any(w not in lx.CONTACT_CHANNEL for w in words):
                return False
            # read with the word before it: "or text message" goes on a channel only after one ("by email")
            lead = " ".join(left.split()[-1:])
            if via and words and not (lx.CHANNEL_PHRASE.search(normal(f"{lead} {text}")) and words[0] in _VIA):
                return False
    return bool(hunks)


#: a sentence telling how to exercise a right or make a request about one's data
_RIGHTS_REQUEST = re.compile(r"\b(?:exercis\w*|requests?|submit\w*)\b")
#: the kinds of channel a request can go by; an address within a kind is a contact detail, the kind is the "how"
_CHANNEL_KINDS = (
    ("e-mail", re.compile(r"(?<![\w-])e-?mail\w*")),
    ("telephone", re.compile(r"(?<![\w-])(?:call|calling|phone|telephone|toll[- ]free)(?![\w-])")),
    # "write to us" is a letter, but not "write to us at privacy@example.com" (an e-mail)
    (
        "post",
        re.compile(
            r"(?<![\w-])(?:post|postal|mail|letters?|in writing"
            r"|writ(?:e|ing) to us(?! (?:at|via|on) [\w.+-]+@)"
            # an address with no e-mail in its words ("or via the address below", "at our registered address")
            r"|(?:at|to|via|using) (?:the|our|this|that) (?:following |registered |office |mailing )?addresse?s?"
            r"(?!:?\s*[\w.+-]+@))(?![\w-])"
        ),
    ),
    (
        "online",
        re.compile(r"(?<![\w-])(?:forms?|webform|portal|online|website|settings|dashboard|in-app|app|tool)(?![\w-])"),
    ),
)
#: what a request about one's data asks for: a right named by its verb ("requests to access, correct or erase")
_RIGHT_ASKED = re.compile(
    r"(?<![\w-])(?:rights?|access|correct\w*|delet\w*|eras\w*|rectif\w*|portab\w*|object\w*|restrict\w*"
    r"|opt(?:-| )out)(?![\w-])"
)
_SUBMIT_REQUEST = re.compile(r"\bsubmit\w* (?:\w+ ){0,3}requests?\b")


def _channel_kinds(text: str) -> frozenset[str]:
    """The kinds of channel a sentence names (e-mail, telephone, post, online); "submit a request" with no other
    channel named is a request made online (the words were a link to a form)."""
    low = normal(text)
    kinds = {kind for kind, pattern in _CHANNEL_KINDS if pattern.search(low)}
    if lx.EMAIL.search(text):
        kinds.add("e-mail")
    if lx.PHONE.search(text):
        kinds.add("telephone")
    if not kinds and _SUBMIT_REQUEST.search(low):
        kinds.add("online")
    return frozenset(kinds)


def _rights_channel(pb: Profile, pa: Profile, before: str, after: str) -> Finding | None:
    """In a sentence saying how to exercise rights, a kind of channel was withdrawn (e-mail -> web form, form ->
    e-mail, post dropped): how rights are exercised is a practice, and the old way no longer works. Another address
    of the same kind (another mailbox) is a contact detail; a channel offered besides the old ones leaves every old
    way open; a sentence naming no channel on one side says nothing of the how."""
    if not all(_RIGHTS_REQUEST.search(p.low) and (p.categories[lx.UR] or _RIGHT_ASKED.search(p.low)) for p in (pb, pa)):
        return None
    kb, ka = _channel_kinds(before), _channel_kinds(after)
    if not kb or not ka or not kb - ka:
        return None  # a channel offered besides the old ones leaves the old way open
    dropped, added = sorted(kb - ka), sorted(ka - kb)
    direction = REDUCES if dropped and not added else IMPROVES if added and not dropped else NEUTRAL
    said = "; ".join(
        x
        for x in (
            f"no longer by {', '.join(dropped)}" if dropped else "",
            f"now by {', '.join(added)}" if added else "",
        )
        if x
    )
    text = f"changed how rights are exercised ({said}): {_edit_quote(before, after, 80)}"
    return Finding(lx.UR, direction, False, text, f"Changed how users exercise their rights ({said})")


#: the title of a document, in title case and ending in a kind of document ("Consumer Health Data Notice", "Terms
#: of Use", "Vendor Code of Conduct"): a reference to another page, whatever the words of its name
_DOCUMENT_TITLE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|to)\s+)?){0,6}(?:Polic(?:y|ies)|Notices?|Statements?|Terms(?:\s+of\s+"
    r"(?:Use|Service|Sale))?|Guidelines|Addend(?:um|a)|Agreements?|Code\s+of\s+(?:Conduct|Practice)|Reports?"
    r"|Principles|Standards|Charter|FAQs?)\b"
)


#: a name written in title case ("Advertising Choices", "Vendor Code of Conduct"), with small words inside
_TITLE_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|to|in)\s+)?[A-Z][\w'’-]*){0,6}"
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as well as)\s+)"
_DETERMINER = r"(?:(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]his|[Tt]hese|[Tt]heir)\s+)?"
#: an enumeration of title-case names, each perhaps after "our" or "the": "our Cookie Notice, Terms of Use and
#: Advertising Choices"
_NAME_LIST = re.compile(
    rf"(?<![\w'’-]){_DETERMINER}{_TITLE_NAME}(?:{_LIST_SEPARATOR}{_DETERMINER}{_TITLE_NAME})*(?![\w'’-])"
)
_SPLIT_MEMBERS = re.compile(rf"{_LIST_SEPARATOR}{_DETERMINER}")


def _names_listed(text: str) -> tuple[str, list[tuple[str, ...]]]:
    """The sentence with each enumeration of title-case names that includes a document title replaced by one
    placeholder, and the members of those enumerations in order."""
    lists: list[tuple[str, ...]] = []

    def keep(m: re.Match[str]) -> str:
        members = tuple(
            re.sub(rf"^{_DETERMINER}", "", x).strip() for x in _SPLIT_MEMBERS.split(m.group(0)) if x.strip()
        )
        if not any(_DOCUMENT_TITLE.fullmatch(x) for x in members):
            return m.group(0)
        lists.append(members)
        return " \x00 "

    return _NAME_LIST.sub(keep, text), lists


#: a minimum age said as a floor ("at least 18", "18 or older", "aged 16", "13+") or as the age below which the service
#: is not for anyone ("under 18", "younger than 13")
_AGE_FLOOR = re.compile(
    r"(?<![\w-])(?:(?:at least|aged?|age of|be|are|is|minimum age(?: is| of)?) (\d{1,2})(?![\w%-])"
    r"|(\d{1,2})(?: years?(?: of age| old)?)? (?:or|and) (?:older|over|above)(?![\w-])"
    r"|(\d{1,2})\+"
    r"|(?:under|below|younger than)(?: the age of)? (\d{1,2})(?![\w%-]))"
)


def _ages(low: str) -> frozenset[str]:
    return frozenset(next(g for g in m.groups() if g) for m in _AGE_FLOOR.finditer(low))


def _same_minimum_age(pb: Profile, pa: Profile) -> bool:
    """An age requirement said in other words, about the same age: "You must be at least 18 to use our services" ->
    "Only individuals aged 18 or older may use our services" -> "Our services are not intended for anyone under 18".
    Both name the same ages and nothing but children (no data, no handling, no other concept), so neither the
    negation, the modal nor "only" changes what is required. Family: the children's section of a policy
    rewritten."""
    ages_b, ages_a = _ages(pb.low), _ages(pa.low)
    if not ages_b or ages_b != ages_a or set(re.findall(r"\d+", pb.low)) != set(re.findall(r"\d+", pa.low)):
        return False  # another age, or another number beside it ("aged 4 to 10" -> "aged 4 to 13")
    if set(pb.concepts) - {"children"} or set(pa.concepts) - {"children"}:
        return False
    # using, accessing or joining the service is what the age is required for, no handling of data
    return not any(_HANDLING_VERB.search(_SERVICE_USE.sub(" ", p.low)) for p in (pb, pa))


#: the reader using, accessing or joining the service ("to use our services", "may be accessed and used by")
_SERVICE_USE = re.compile(
    r"(?<![\w-])(?:us(?:e|es|ed|ing)|access(?:es|ed|ing)?|subscrib\w*|regist\w*|sign(?:ing)? up)(?![\w-])"
)


def _reference_list_edit(before: str, after: str) -> bool:
    """The sentence only gains or loses members of an enumeration of other documents ("our Cookie Notice, Terms
    of Use and Advertising Choices" -> "... and Transparency Report"): the rest of the sentence is the same and
    most members of the list, on each side, are document titles (title case ending in Notice, Policy, Terms,
    Report...). A title-case name in such a list is one more page to read, whatever its words; a list of names
    that are mostly not documents (parties, products, data types) is no reference list, and a name added to a
    list with as many non-documents as documents must itself be a document title. Where the sentence without
    the list states no data practice ("More details are set out in the Data Retention Schedule and Community
    Guidelines"), a list with a document title in it is a reference list whatever its other names: the words of
    a name ("Retention", "Ad Preferences") state no practice of this policy."""
    skeleton_b, lists_b = _names_listed(before)
    skeleton_a, lists_a = _names_listed(after)
    if not lists_b or len(lists_b) != len(lists_a) or loose_key(normal(skeleton_b)) != loose_key(normal(skeleton_a)):
        return False
    if not profile(skeleton_a).practice:
        return lists_b != lists_a  # the sentence states no practice: its names, whatever their words, are references
    changed = False
    for old, new in zip(lists_b, lists_a, strict=True):
        if old == new:
            continue
        changed = True
        moved = set(old) ^ set(new)
        for members in (old, new):
            titles = sum(bool(_DOCUMENT_TITLE.fullmatch(x)) for x in members)
            if titles * 2 <= len(members) and not all(_DOCUMENT_TITLE.fullmatch(x) for x in moved):
                return False
    return changed


#: an enumerator before a heading's words ("4. ", "8\\. ", "(iii) ", "b) ")
_HEADING_ENUMERATOR = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])\\?[.)]?\s+", re.I)
#: the most words a heading has
_HEADING_MOST = 8
#: small words a title leaves in lower case
_TITLE_SMALL = frozenset(
    ["a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "with", "by", "from", "at", "about", "&", "/"]
)
#: words that make a line a statement, not a title: the company or the reader speaking, a verb of being or modality
_STATES = re.compile(r"(?<![\w-])(?:we|you|us|is|are|was|were|will|may|can|must|should|shall)(?![\w-])")
#: one-word answers of a table cell: a flipped answer is a changed practice, never a heading
_ANSWERS = frozenset(["yes", "no", "none", "n/a", "na", "not applicable", "all", "some"])


def _heading_words(text: str) -> list[str] | None:
    """The words of a heading written as one (title case or capitals, at most eight words, no verb of being, no
    "we" or "you", no negation, nothing after a table's "|"), its enumerator and end mark set aside; else None."""
    raw = text.strip()
    if "|" in raw or raw[-1:] in "?!;":
        return None
    m = _HEADING_ENUMERATOR.match(raw)
    title = raw[m.end() :] if m and raw[m.end() :][:1].isupper() else raw
    title = title.rstrip(" .:,")
    words = title.split()
    low = normal(title)
    if not words or len(words) > _HEADING_MOST or low in _ANSWERS or _STATES.search(low) or lx.NEGATION.search(low):
        return None
    if not all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _TITLE_SMALL for w in words):
        return None
    return words


def _heading_renamed(before: str, after: str, pb: Profile, pa: Profile, layout: Layout | None) -> bool:
    """Both versions are headings ("Social Networking Sites." -> "Third-Party Social Networking Sites.", "4. CHOICES"
    -> "4. MARKETING CHOICES", "The Right to Access" -> "The Rights to Confirm,"): a section's name changed, or two
    headings were paired by the diff. Both are written as titles and the layout of a version sets one of them as a
    heading or as the run-in label of a block (a title-case list item, "- Email Address", is neither), or both are
    in capitals. A heading names
    what the text under it is about; that text states the practice and is judged on its own. Family: policies whose
    sections are renamed or renumbered in a restructure. A number in a heading ("Children Under 13" -> "Under 16") is
    still a change of what it promises."""
    wb, wa = _heading_words(before), _heading_words(after)
    if wb is None or wa is None or pb.quantities != pa.quantities:
        return False
    if all(_capitals(" ".join(w)) for w in (wb, wa)):
        return True  # titles in capitals on both sides: headings by their form
    if layout is None:
        return False
    keys = {loose_key(clean_block(t)) for t in (before, after)}
    placed = layout.headings | {key for key, _ in layout.run_ins}
    return bool(keys & placed)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


#: a table row's first cell: a short label before " | " ("Legal basis | Processing is necessary ...")
_LEAD_CELL = re.compile(r"^\s*([^|]{2,60}?)\s*\|\s*(?=\S)")
#: the most words of a row's label cell
_LABEL_CELL_WORDS = 5
#: how alike the rest of the row and the other version must be (word sequence ratio) to be the same text
_SAME_TEXT = 0.6


def _label_cell_set(before: str, after: str, known: tuple[str, str]) -> tuple[str, str] | None:
    """(before, after) without a label cell one version sets before the same text: "Legal basis: ... Processing is
    necessary to ..." re-laid as a table row "Legal basis | Processing is necessary to ...". The label (a few words
    with no verb of being, standing in the other version too, as the heading or label line over the text) names the
    column; the text after it states the practice and is judged against the other version. Family: policies whose
    sections of labelled paragraphs (purpose, legal basis, retention period) are re-laid as tables, or back."""
    for mine, other, other_doc, first in ((after, before, known[0], False), (before, after, known[1], True)):
        m = _LEAD_CELL.match(mine)
        if not m or "|" in other or not other_doc:
            continue
        label, rest = m.group(1), mine[m.end() :]
        low_label = normal(label).rstrip(" :")
        if (
            len(label.split()) > _LABEL_CELL_WORDS
            or "|" in rest
            or _STATES.search(low_label)
            or lx.NEGATION.search(low_label)
            or low_label not in other_doc
            or normal(other).startswith(low_label)
        ):
            continue
        wr, wo = words_of(rest), words_of(other)
        if difflib.SequenceMatcher(None, wr, wo, autojunk=False).ratio() < _SAME_TEXT:
            continue
        return (rest, other) if first else (other, rest)
    return None


_VIA = frozenset({"by", "via", "through", "using", "or", "and"})


def _typo_pair(a: str, b: str) -> bool:
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 4:
        return False
    for prefix in ("un", "non", "in", "dis", "ir", "il", "im"):
        if a == prefix + b or b == prefix + a:  # "lawful" -> "unlawful" is a negation, not a typo
            return False
    limit = 1 if max(len(a), len(b)) <= 6 else 2
    if abs(len(a) - len(b)) > limit:
        return False
    if len(a) == len(b) >= 5:
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True  # two letters swapped ("sahred" -> "shared"): one slip of the keyboard
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= limit


def _reworded(before: str, after: str) -> str | None:
    """Why two wordings say the same thing (typo, grammar, synonym), or None."""
    wb, wa = words_of(before), words_of(after)
    # a misspelt word fixed is read as the word it became before synonyms are mapped ("reasonalbe" ->
    # "reasonable": the synonym of "reasonable" is not one letter off "reasonalbe")
    gone, came = multiset_delta(tuple(wb), tuple(wa))
    if len(gone) == len(came):
        fixed = {r: a for r, a in zip(gone, came, strict=True) if r not in lx.SYNONYMS and _typo_pair(r, a)}
        wb = [fixed.get(w, w) for w in wb]
    cb = [lx.SYNONYMS.get(w, w) for w in wb]
    ca = [lx.SYNONYMS.get(w, w) for w in wa]
    cb, ca = [w for w in cb if w], [w for w in ca if w]
    if cb == ca:
        return "same-meaning rewording"
    if _undoubled(cb) == _undoubled(ca):
        return "a doubled word fixed"  # "You can can reach us" -> "You can reach us": a slip, no promise
    removed, added = multiset_delta(tuple(cb), tuple(ca))
    if len(removed) == len(added) and removed and all(_typo_pair(r, a) for r, a in zip(removed, added, strict=True)):
        return "spelling or grammar fix"
    return None


def _undoubled(words: list[str]) -> list[str]:
    """The words with a word written twice in a row written once ("can can", "the the")."""
    return [w for k, w in enumerate(words) if k == 0 or w != words[k - 1]]


def _misspellings_fixed(before: str, after: str) -> str | None:
    """`before` with its misspelt words written as `after` spells them, or None when it has none: a word one slip
    of the keyboard from a word only `after` has, that the lexicon does not know while its fix is a term ("This
    information is aggrageted and used" -> "is aggregated then used": no limit added). Family: typos fixed in a
    sentence reworded besides, which `_reworded` alone does not take for the same words."""
    gone, came = multiset_delta(tuple(words_of(before)), tuple(words_of(after)))
    if not gone or not came or len(gone) * len(came) > 400:
        return None
    fixed = before
    for word in set(gone):
        if _knows(word):
            continue
        # a slip keeps the word's first letter and some length: "well" -> "sell" is another word, no typo
        fix = next(
            (w for w in came if w[:1] == word[:1] and len(word) >= 5 and _knows(w) and _typo_pair(word, w)), None
        )
        if fix is not None:
            fixed = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", fix, fixed, flags=re.IGNORECASE)
    return None if fixed == before else fixed


#: how a parenthesis that says what the term before it is opens: a definition ("(a technique that ...)"), an "that
#: is" or "i.e." ("(that is, in a form that ...)"), another name ("(also known as ...)"), or what doing
#: it means ("(asking for videos out loud ...)"); not an example ("(e.g., ...)", `_examples_in_parentheses`) nor a
#: condition, a limit or a time ("(if you ...)", "(unless ...)", "(only ...)", "(even when ...)", "(depending on ...)",
#: "(following your request)"), nor a word that is a pronoun ("(nothing else)")
_GLOSS_OPENER = re.compile(
    r"^\s*(?:that is|i\.\s?e\.?|ie|in other words|meaning|which means|namely|also (?:known as|called)|known as"
    r"|sometimes (?:known as|called)|a|an|(?!(?:in|ex)cluding|using|during|notwithstanding|following|pending"
    r"|according|depending|regarding|concerning|starting|beginning|(?:no|some|any|every)thing)[a-z]+ing)"
    r"(?![\w-])[,:]?",
    re.I,
)
#: the company speaking: a parenthesis that says what it does is a statement, not a gloss
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:we|us|our|ours|we'(?:ll|ve|re|d))(?![\w-])")
#: a term right before a parenthesis (a word, a closing quote)
_TERM_BEFORE = re.compile(r"[\w\"'\u2019\u201d]\s*$")
#: the most words a gloss runs to
_GLOSS_WORDS = 40


def _gloss(text: str, m: re.Match[str]) -> bool:
    """The parenthesis `m` of `text` says what the term right before it is or means, and nothing the company does:
    "hashing (a technique that converts data into a string from which the original cannot be read back)", "in
    anonymised form (that is, in a form that can no longer be used to identify you)", "voice search (asking for
    videos out loud instead of typing)". A parenthesis that names the company ("we", "our"), a party, a number, a
    limit or breadth, a sensitive kind of data, a recipient or a right, or (after a gerund) a handling of data, says
    more than what a word means."""
    inner = m.group(1)
    opener = _GLOSS_OPENER.match(inner)
    if opener is None or not _TERM_BEFORE.search(text, 0, m.start()) or len(inner.split()) > _GLOSS_WORDS:
        return False
    low = normal(inner)
    if _FIRST_PERSON.search(low):
        return False
    p = profile(inner)
    if p.quantities or p.entities or p.limiters or p.broadeners:
        return False
    if opener.group(0).strip().lower().endswith("ing") and _HANDLING_VERB.search(low):
        return False  # "(using your location)": what is done with data, not what the term means
    for name in p.concepts:
        concept = lx.CONCEPTS_BY_NAME[name]
        if concept.critical or concept.category in (lx.TP, lx.UR):
            return False
    return True


def _glosses_dropped(before: str, after: str) -> tuple[str, str] | None:
    """Both versions without the glosses (`_gloss`) that only one of them gives, or None when there are none: a
    term explained in parentheses for the reader, the statement around it the same.

    Family: policies re-edited for plain language, which explain their technical terms where they use them."""
    return _parentheses_dropped(before, after, _gloss)


def _parentheses_dropped(
    before: str, after: str, droppable: Callable[[str, re.Match[str]], bool]
) -> tuple[str, str] | None:
    """Both versions without the parentheses that only one of them gives and that `droppable` reads as saying
    nothing of their own, or None when there are none."""
    keys = [{loose_key(normal(m.group(1))) for m in _PARENTHESIS.finditer(t)} for t in (before, after)]
    out = []
    for text, theirs in ((before, keys[1]), (after, keys[0])):
        kept, end = [], 0
        for m in _PARENTHESIS.finditer(text):
            if loose_key(normal(m.group(1))) not in theirs and droppable(text, m):
                kept.append(f"{text[end : m.start()]} ")
                end = m.end()
        out.append("".join(kept) + text[end:])
    return None if (out[0], out[1]) == (before, after) else (out[0], out[1])


def _knows(word: str) -> bool:
    """Whether the lexicon reads `word` as a term of a practice, a limit, a negation or a modality."""
    p = profile(word)
    return bool(p.concepts or p.limiters or p.negations or p.permissive or p.broadeners or word in lx.SYNONYMS)


#: a word as the near-synonym groups list them (a hyphenated word, "data-sharing", is one word of its own)
_NEAR_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
#: the most wordings of a pair tried (one per choice of word in each group swapped)
_NEAR_CHOICES = 16


def _near_columns(text: str) -> dict[int, set[int]]:
    """The near-synonym groups a text uses, each with the words (columns) of it the text uses, in any form."""
    out: dict[int, set[int]] = {}
    for m in _NEAR_WORD.finditer(text):
        hit = lx.NEAR_WORDS.get(m.group(0).lower())
        if hit is not None:
            out.setdefault(hit[0], set()).add(hit[2])
    return out


def _near_synonyms_swapped(before: str, after: str) -> str:
    """The words of near-synonym groups that the two versions use differently ("stored" -> "saved", "promotional"
    -> "promotional/marketing"), said for a reason, or "" when no group is worded differently."""
    cb, ca = _near_columns(before), _near_columns(after)
    said = []
    for g in sorted(cb.keys() & ca.keys()):
        if cb[g] != ca[g]:
            words = lx.NEAR[g].forms[0]
            old = "/".join(words[c] for c in sorted(cb[g]))
            said.append(f"{old} → {'/'.join(words[c] for c in sorted(ca[g]))}")
    return "; ".join(said)


def _worded_as(text: str, choice: dict[int, int]) -> str:
    """`text` with every word of the chosen groups said by the chosen word, in its own form."""

    def say(m: re.Match[str]) -> str:
        word = m.group(0)
        hit = lx.NEAR_WORDS.get(word.lower())
        if hit is None or hit[0] not in choice:
            return word
        group, row, _ = hit
        out = lx.NEAR[group].forms[row][choice[group]]
        return out.capitalize() if word[:1].isupper() else out

    return _NEAR_WORD.sub(say, text)


#: a party named as a kind of third party ("third-party vendors", "third party advertising partners")
_THIRD_PARTY_QUALIFIER = re.compile(r"(?<![\w-])third[- ]part(?:y|ies)(?:'s)?\s+", re.IGNORECASE)
#: recipients that are third parties by what they are: "third-party" before them adds no recipient
_OUTSIDE_PARTIES = ("service providers", "partners", "advertisers", "data brokers")


def _unqualified(text: str) -> str:
    """`text` without "third-party" before a recipient that is a third party by what it is ("third-party vendors"
    = "vendors", "third party advertisers" = "advertisers"): the qualifier names no recipient of its own, while
    "third parties" alone, or before another word ("third-party services"), still does."""

    def drop(m: re.Match[str]) -> str:
        rest = normal(text[m.end() : m.end() + 60])
        parties = (lx.CONCEPTS_BY_NAME[name].pattern.match(rest) for name in _OUTSIDE_PARTIES)
        return "" if any(parties) else m.group(0)

    return _THIRD_PARTY_QUALIFIER.sub(drop, text) if "part" in text.lower() else text


def _qualifier_dropped(before: str, after: str) -> str:
    """A reason when one version names a recipient with "third-party" before it and the other does not."""
    qualified = [_unqualified(t) != t for t in (before, after)]
    return '"third-party" before a recipient' if qualified[0] != qualified[1] else ""


def _same_facts(change: Change, known: tuple[str, str]) -> bool:
    """The two versions state the same facts once near-synonyms are read alike: a word of a group of
    synonyms.toml [[near]] ("store" / "save" / "hold", "invoicing" / "billing") swapped for another of its group, or
    set beside it ("promotional/marketing"), or "third-party" dropped before a recipient that is one by what it is,
    and every finding (concept, party, number, negation, modal, limit, condition) gone whichever word of each group
    both versions are made to say. Saying both versions with one word reads each group alike on both sides; trying
    every word they use keeps a term the lexicon only knows in one wording ("log data", not "log information") read
    where only one version has it, so a data type, a recipient or a retention added beside the swap stays a change.

    Family: policies re-edited for style, where the verb of an act ("stored" -> "saved"), a data type's wording
    ("invoicing data" -> "billing information"), a purpose's adjective ("promotional" -> "marketing") or a
    recipient's qualifier ("third-party vendors" -> "vendors") changes and nothing else does. A word for another of
    its kind (an email address for a phone number, advertising for analytics, a recipient for another) is in no
    group and stays a change."""
    before, after = change.before or "", change.after or ""
    cb, ca = _near_columns(before), _near_columns(after)
    groups = [g for g in sorted(cb.keys() & ca.keys()) if cb[g] != ca[g]]
    options = [[(g, c) for c in sorted(cb[g] | ca[g])] for g in groups]
    choices = list(itertools.islice(itertools.product(*options), _NEAR_CHOICES + 1))
    if len(choices) > _NEAR_CHOICES:
        return False
    for combo in choices:
        choice = dict(combo)
        b, a = _unqualified(_worded_as(before, choice)), _unqualified(_worded_as(after, choice))
        if _findings(dataclasses.replace(change, before=b, after=a), profile(b), profile(a), known):
            return False
    return True


def _heads_read_alike(
    change: Change, known: tuple[str, str], findings: list[Finding]
) -> tuple[Change, list[Finding], str]:
    """The change read with every item whose head noun alone changed (between generic nouns, "crash reports" ->
    "crash logs", "usage records" -> "usage data", or to a noun that names only what a kept word names, "videos" ->
    "video recordings": monitor/classify/heads.py) said alike on both sides, the findings of that reading, and the
    swaps said; else the change, its findings and "". Both readings are tried (each side's head for both); the first
    that still finds something gives the findings, as the text as written words them, so a data type, a number or a
    recipient changed beside the swap is still read, without the concept the head alone seemed to add or drop.

    Family: lists of data re-edited for style, where an item keeps its modifier ("crash", "usage", "purchase") and is
    filed under another generic noun."""
    before, after = change.before or "", change.after or ""
    swaps = heads.head_swaps(before, after)
    if not swaps:
        return change, findings, ""
    readings = []
    for as_before in (True, False):
        b, a = heads.read_alike(before, after, swaps, as_before)
        alike = dataclasses.replace(change, before=b, after=a)
        readings.append((alike, _findings(alike, profile(b), profile(a), known)))
    said = "; ".join(s.said for s in swaps)
    alike, found = next(((c, f) for c, f in readings if f), readings[0])
    return alike, _as_written(found, findings), said


def _finding_key(f: Finding) -> tuple[str, str]:
    """What a finding says, without its quote: "added precise location" of 'added precise location ("...")'."""
    return f.kind, f.text.split(" (")[0].split('"')[0].strip()


def _as_written(found: list[Finding], findings: list[Finding]) -> list[Finding]:
    """The findings of the version as written that say what `found` (read on the heads said alike) says, so that
    their quotes and headlines quote the text as written; `found` itself where one has no such twin."""
    pool = list(findings)
    out = []
    for f in found:
        twin = next((g for g in pool if _finding_key(g) == _finding_key(f)), None)
        if twin is None:
            return found
        pool.remove(twin)
        out.append(twin)
    return out


def _as_read(change: Change, read: tuple[str, str], layout: Layout | None) -> _Judgement:
    """The judgement of a sentence whose versions name the reader differently, on the versions read alike
    (reader.as_reader); the verdict keeps the text as written."""
    if loose_key(normal(read[0])) == loose_key(normal(read[1])):
        named = _edit_quote(change.before or "", change.after or "", 80)
        return _cosmetic("same-words", change, f"the reader named in another way: {named}")
    other = someone_else(*read)
    if other:
        found = Finding(
            lx.UR, NEUTRAL, False, f"another party in the reader's place ({other})", "Whom it concerns changed"
        )
        topics = _topics(profile(read[0]), profile(read[1]))
        return _material("practice-changed", change, [found], topics[0] if topics else lx.UR)
    inner = _judge_modified(dataclasses.replace(change, before=read[0], after=read[1]), layout)
    return dataclasses.replace(
        inner, verdict=dataclasses.replace(inner.verdict, before=change.before, after=change.after)
    )


#: a line that only sends the reader to a page or control by its name: "Go to History Switches", "Visit your Promo
#: Settings", "See the Privacy Dashboard page", "Open My Account settings." - the verb, then the name in title case
#: (small words and one trailing kind of page allowed), nothing after it
_POINTER = re.compile(
    r"^\W*(?i:go to|visit|open|see|view|check|review|manage (?:it )?in|learn more (?:at|in|on))\s+"
    r"(?:(?:the|your|our)\s+)?"
    r"(?P<name>(?:[A-Z0-9][\w'’&/-]*|and|&|of|for|in|on|the|your|my)(?:\s+(?:[A-Z0-9][\w'’&/-]*|and|&|of|for|in|on|the"
    r"|your|my))*)"
    r"(?:\s+(?:page|pages|settings|setting|controls|dashboard|center|centre|section|tab|menu|panel|hub|portal|tool))?"
    r"\s*[.!]?\s*$"
)


def _pointer_renamed(before: str, after: str) -> bool:
    """Both versions only send the reader to a page or control by its name ("Go to History Switches" -> "Go to
    Timeline and Suggestions settings", "Visit Promo Settings" -> "Visit My Promo Hub"): a link to a place whose
    name changed, not a practice; what the page offers is stated where the policy describes it. Not when a verb or
    a clause follows the name ("Go to Settings to turn off tracking"), or the name is in lower case words (a phrase,
    not a name).

    Family: the "go to / visit" link lines under the controls a policy describes, renamed with the product's
    settings."""
    names = [_POINTER.match(t.strip()) for t in (before, after)]
    if not all(names):
        return False
    return all(
        any(w[:1].isupper() for w in m.group("name").split()) and not lx.NEGATION.search(normal(m.group("name")))
        for m in names
        if m is not None
    )


#: a gloss of a sample value: "<value> is the <what it is>" ("123.45.67.89 is the IP address assigned to you")
_GLOSSED = re.compile(r"^(?P<sample>.{1,80}?)\s+(?:is|are)\s+(?P<gloss>(?:the|a|an|your|our)\s.+)$", re.S)
#: the most words of a sample value
_SAMPLE_WORDS = 8


def _sample_value_changed(before: str, after: str, pb: Profile, pa: Profile) -> bool:
    """A line that explains one part of a worked example ("Navigator 4.2; Deskos 9.1 is the browser and operating
    system that sent the request.", "12/Jun/2024 08:41:07 is when the page was asked for.") whose sample value was
    replaced
    ("Wayfarer 5.0; Tilesys X 11.3 is the browser ..."), the explanation word for word the same: the example was
    refreshed, not what is collected. Both samples are short values with a figure in them (a version, an address,
    a code) that name no practice; a number with a unit ("30 days is the period ...") is a promise and is read.

    Family: the annotated log lines and sample records that policies show to explain what their logs hold,
    updated to current browsers, dates and addresses."""
    if pb.quantities != pa.quantities:
        return False
    parts = [_GLOSSED.match(t.strip()) for t in (before, after)]
    if not all(parts):
        return False
    mb, ma = parts[0], parts[1]
    assert mb is not None and ma is not None
    if loose_key(normal(mb.group("gloss"))) != loose_key(normal(ma.group("gloss"))):
        return False
    for m in (mb, ma):
        sample = m.group("sample").strip(" -*")
        if not any(map(str.isdigit, sample)) or len(sample.split()) > _SAMPLE_WORDS:
            return False
        if concepts_in(normal(sample)):
            return False
    return loose_key(mb.group("sample")) != loose_key(ma.group("sample"))


#: what a disclaimer of security may name: data stored, sent or protected in general, never a safeguard by name,
#: a recipient, a breach notice or a kind of data
_DISCLAIMER_CONCEPTS = frozenset({"security", "retention", "disclosure", "personal data", "deletion"})


def _disclaims_security(p: Profile) -> bool:
    """A sentence that disclaims absolute security and states nothing else of the company's: "No method of
    transmission over the Internet, or of electronic storage, is 100% secure.", "While we strive to protect your
    information, we cannot guarantee its absolute security." It names no safeguard ("we encrypt it, but ..."), no
    recipient, no breach notice, no kind of data, no number but 100 %, and no limit."""
    if not lx.SECURITY_DISCLAIMER.search(p.low) or p.limiters or p.broadeners:
        return False
    if any(not (q.kind == "percent" and q.text.replace(" ", "").startswith("100")) for q in p.quantities):
        return False
    return set(p.concepts) <= _DISCLAIMER_CONCEPTS


#: statement readings (monitor/classify/statement.py) of a sentence that states no practice of the company
_NO_PRACTICE_READINGS = frozenset(
    {
        "advice",
        "general-explanation",
        "others-rules",
        "choice-cost",
        "choice-reach",
        "furniture",
        "question",
        "general-statement",
        "no-practice",
    }
)


def _neither_states_practice(change: Change, pb: Profile, pa: Profile) -> str:
    """Both versions, each read alone as a statement, state no practice of the company - advice to the reader, how a
    technology works or what a law says, other parties' own rules, the cost of a choice, what the page shows next, a
    general sentence naming no practice (monitor/classify/statement.py) - and the edit changes no number, negation,
    modal or limit: the rule that read the old sentence, else "". ("We are not responsible for those websites, and we
    recommend that you review their policies." -> "We are not responsible for those third parties and their
    websites, products or services, ...": a disclaimer and advice either way.)

    Family: disclaimers, tips and general explanations re-edited along with the practices around them; a sentence
    that one version makes a statement of practice ("Those sites have their own policies" -> "We share your data
    with those sites") is read as modified."""
    if pb.quantities != pa.quantities or len(pb.negations) != len(pa.negations):
        return ""
    if _firm(pb.commitments) != _firm(pa.commitments) or len(pb.permissive) != len(pa.permissive):
        return ""
    if sorted(pb.limiters) != sorted(pa.limiters) or pb.concepts["controller"] or pa.concepts["controller"]:
        return ""  # who the controller is, read as a statement, is the company's own
    old = _judge_statement(dataclasses.replace(change, kind=ChangeKind.REMOVED, after=None)).verdict
    new = _judge_statement(dataclasses.replace(change, kind=ChangeKind.ADDED, before=None)).verdict
    if old.material or new.material or not {old.rule, new.rule} <= _NO_PRACTICE_READINGS:
        return ""
    return old.rule


#: a denial before a verb of the company's, as written ("do not", "will never", "cannot"), and the modal it keeps
#: once the practice is said the other way round ("will not share ... unless" = "will only share ... if")
_DENIAL_KEEPS = {
    "do not": "",
    "does not": "",
    "don't": "",
    "doesn't": "",
    "never": "",
    "will not": "will",
    "will never": "will",
    "won't": "will",
    "shall not": "shall",
    "shall never": "shall",
    "would not": "would",
    "would never": "would",
    "wouldn't": "would",
    "may not": "may",
    "cannot": "can",
    "can't": "can",
    "can not": "can",
}
_DENIAL = (
    r"(?P<neg>"
    + "|".join(sorted((re.escape(d).replace("'", "['’]") for d in _DENIAL_KEEPS), key=len, reverse=True))
    + r")"
)
#: "we do not share it unless you agree", "we never share it without your consent", "we will not share it except
#: where the law requires it": a practice denied but for a condition (the denial, an adverb, the verb, at most 160
#: characters of one clause, the condition's word)
_DENIED_UNLESS = re.compile(
    rf"(?<![\w'-]){_DENIAL}\s+(?!only\b)(?P<adv>(?:[a-z]+ly\s+)?)(?P<verb>[a-z]+)(?P<rest>[^.;:!?()]{{0,160}}?),?\s+"
    r"(?P<cond>unless|without|except\s+(?:where|when|if|with))(?![\w-])",
    re.I,
)
#: an exception set before the clause it limits: "Unless you opt in, we do not use it for ads." (the condition, at most
#: 80 characters up to its comma, then the clause)
_FRONTED_EXCEPTION = re.compile(
    r"^(?P<lead>\W*)(?P<cond>unless|except (?:where|when|if)) (?P<what>[^,;.]{1,80}), (?P<clause>[^;]{1,300}?)"
    r"(?P<end>[.!]?)\s*$",
    re.I,
)
#: a practice denied by "no" before what it is done to: "No personal data is shared with advertisers unless ..."
_NO_SUBJECT_UNLESS = re.compile(
    r"(?<![\w-])no (?P<noun>[a-z]+(?: [a-z]+){0,3}?) (?P<be>is|are|will be|may be|shall be|can be) "
    r"(?P<verb>[a-z]+ed)(?P<rest>[^.;:!?()]{0,160}?),?\s+(?P<cond>unless|without|except\s+(?:where|when|if|with))"
    r"(?![\w-])",
    re.I,
)


def _exception_after(m: re.Match[str]) -> str:
    """An exception set before its clause, moved after it: "Unless you opt in, we do not use it." -> "We do not use
    it unless you opt in."."""
    clause = m.group("clause")
    return (
        f"{m.group('lead')}{clause[:1].upper()}{clause[1:]} {m.group('cond').lower()} {m.group('what')}{m.group('end')}"
    )


def _no_subject_only(m: re.Match[str]) -> str:
    """ "no data is shared ... unless you agree" -> "data is only shared ... if you agree"."""
    if _ANOTHER_CLAUSE.search(m.group("rest")):
        return m.group(0)
    cond = m.group("cond").lower().split()[-1]
    return (
        f"{m.group('noun')} {m.group('be')} only {m.group('verb')}{m.group('rest')} "
        f"{_CONDITION_AS_ONLY.get(cond, 'if')}"
    )


#: the condition's word said the other way round: "unless" = "only if", "without" = "only with"
_CONDITION_AS_ONLY = {"unless": "if", "without": "with", "with": "with"}
#: a denial moved onto the bound of a period or an amount: "not keep it for more than" = "keep it for no more than"
_DENIED_BEYOND = re.compile(
    rf"(?<![\w'-]){_DENIAL}\s+(?P<verb>[a-z]+)(?P<rest>[^.;:!?()]{{0,100}}?)\s+(?:(?:for\s+)?(?P<more>more|longer)\s+than"
    r"|(?P<beyond>beyond))(?![\w-])",
    re.I,
)
#: a purpose said by what the company is then able to do: "so that we can fix bugs" = "to fix bugs"
_PURPOSE_CLAUSE = re.compile(
    r"(?<![\w-])(?:so(?: that)?|in order that) (?:we|they|it) (?:can|could|may|might|are able to)(?![\w-])"
    r"|(?<![\w-])in order (?:for us )?to(?![\w-])",
    re.I,
)
#: an object the consent or request is about, at the end of its clause ("if you agree to it,", "if you ask us to.")
_CLAUSE_END = r"(?=\s*(?:[,.;:)]|$|(?:and|or) (?!to )))"
#: the user's consent as a condition: "if you consent", "where you have given us your consent", "once you agree to
#: this" = "with your consent" (a qualifier of the consent, "explicit", "prior", is kept; what the consent is to,
#: "if you consent to X", stays after it; "agree" only of the practice itself, not "agree to our terms")
_CONSENT_CONDITION = re.compile(
    r"(?<![\w-])(?:if|where|when|once|provided(?: that)?|after) you(?: have)?(?: first)? (?:consent(?:ed)?"
    rf"(?: to (?:it|them|this|that|us doing so|do so)(?![\w-]))?|agree[sd]?(?: to (?:it|them|this|that|us doing so))?"
    rf"{_CLAUSE_END}|(?:given|give|provided|provide) (?:us )?your (?P<kind>(?:(?:prior|explicit|express|affirmative) )"
    r"{0,2})consent(?: to (?:it|them|this|that))?)(?![\w-])"
    r"|(?<![\w-])subject to your (?P<kind2>(?:(?:prior|explicit|express) ){0,2})consent(?![\w-])",
    re.I,
)
#: the user's request as a condition: "if you ask us to", "upon your request", "when you request it" = "at your request"
_REQUEST_CONDITION = re.compile(
    r"(?<![\w-])(?:(?:if|when|where|once) you (?:ask us|tell us|request (?:it|this|that|so))(?: to(?: do so)?)?"
    rf"{_CLAUSE_END}|(?:up)?on your (?:request|instruction)(?![\w-]))",
    re.I,
)
#: a duty the law sets as a condition: "if the law requires us to", "where we are legally required to do so", "when
#: required to do so by law" = "where required by law" ("... to" before the verb it requires kept)
_LAW_CONDITION = re.compile(
    r"(?<![\w-])(?:if|where|when|as) (?:(?:we are|it is|this is|so) )?(?:(?:the|applicable) )?(?:"
    r"laws? (?:requires?|obliges?) (?:us(?P<to1> to)?(?: do so)?|it|this|so)"
    r"|legally (?:required|obliged)(?P<to2> to)?(?: do so)?"
    r"|(?:required|obliged) (?:to do so )?by (?:(?:the|applicable) )?laws?(?P<to3> to(?=\s+[a-z]))?)(?![\w-])",
    re.I,
)


#: a retention bounded by the need for the data: "as long as we need it" = "for as long as it is needed"
_AS_LONG_AS_NEEDED = re.compile(
    r"(?<![\w-])(?:for )?(?:as|so) long as (?:we (?:reasonably )?(?:need|require) (?:it|them|this|that"
    r"|(?:the|your|this|such) (?:data|information))|(?:it is|they are|is|are|it's) (?:reasonably )?"
    r"(?:needed|necessary|required))"
    r"(?![\w-])",
    re.I,
)
_FOR_AS_LONG_AS = re.compile(r"(?<![\w-])(?<!for )(?=as long as(?![\w-]))", re.I)


#: a period of time, ahead of the words that end the keeping of data ("30 days", "thirty (30) days", "12 months")
_PERIOD_AHEAD = (
    rf"(?=(?:\d+|{lx.NUM_WORDS})(?:\s*\([\w-]+\))?[\s-]+(?:(?:calendar|business|working)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)(?![\w-]))"
)
#: data deleted once a period is over, said of the data or by the company: "logs are deleted after 30 days" = "logs
#: are kept for 30 days", "we delete them after 90 days" = "we keep them for 90 days"; not deleted "within" a period
#: (a deadline) nor after an event ("after you close your account")
_DELETED_AFTER = re.compile(
    r"(?<![\w-])(?:(?P<be>is|are|will be|gets?|shall be)|(?P<we>we(?: will| shall)?))"
    r"(?: automatically| permanently| securely)? (?:deleted?|erased?|purged?|destroy(?:ed)?)"
    rf"(?P<what>(?(we) [\w' ]{{1,40}}?|)) after {_PERIOD_AHEAD}",
    re.I,
)


def _kept_for(m: re.Match[str]) -> str:
    """`_DELETED_AFTER` said as keeping: "are deleted after " -> "are kept for ", "we delete them after " -> "we keep
    them for "."""
    if m.group("be"):
        return f"{m.group('be')} kept for "
    return f"{m.group('we')} keep{m.group('what')} for "


#: a condition that someone does not act, said as "unless" they act: "if you do not provide it, we cannot" = "unless
#: you provide it, we cannot"
_IF_NOT = re.compile(
    r"(?<![\w-])if (?P<who>you|we|they|he|she|the (?:user|customer|visitor|member)s?|users|customers) "
    r"(?:do|does|did) not (?=[a-z])",
    re.I,
)
#: a participle denied by the prefix "un-" after a verb of being: "your settings will be unaffected" = "... will not
#: be affected" (read only where two wordings are compared: "you have been unsubscribed" reverses an act, denies none);
#: not the words that only start with the letters ("is under", "united", "unified", "unlimited", "unsatisfied")
_UN_PARTICIPLE = re.compile(
    r"(?<![\w-])(?P<be>be|is|are|was|were|been|remains?|remained|stays?|stayed) "
    r"un(?!der|it|if|lim|less|til|satisf)(?P<done>[a-z]{3,}(?:ed|en))(?![\w-])",
    re.I,
)
#: a clause of its own inside the words after a denial: a subject after a comma or a conjunction
_ANOTHER_CLAUSE = re.compile(
    r"(?:,|(?<![\w-])(?:and|but|or|so))\s+(?:and\s+|but\s+|or\s+)?(?:we|you|they|it|he|she)\s", re.I
)


def _only_form(m: re.Match[str]) -> str:
    """A denied practice with its condition said as the practice limited to the condition: "we do not share it unless
    you agree" -> "we only share it if you agree", "we never share it without your consent" -> "we only share it with
    your consent"."""
    if _ANOTHER_CLAUSE.search(m.group("rest")):
        return m.group(0)  # "we do not sell it, and we share it unless ...": the condition is another verb's
    kept = _DENIAL_KEEPS[" ".join(m.group("neg").lower().replace("’", "'").split())]
    cond = m.group("cond").lower().split()[-1]
    said = f"{kept} only" if kept else "only"
    return f"{said} {m.group('adv')}{m.group('verb')}{m.group('rest')} {_CONDITION_AS_ONLY.get(cond, 'if')}"


def _bound_form(m: re.Match[str]) -> str:
    """A denial moved onto the bound: "will not keep it for more than 30 days" (or "beyond 30 days") -> "will keep it
    for no more than 30 days"."""
    if _ANOTHER_CLAUSE.search(m.group("rest")):
        return m.group(0)
    kept = _DENIAL_KEEPS[" ".join(m.group("neg").lower().replace("’", "'").split())]
    more = (m.group("more") or "more").lower()
    return f"{kept + ' ' if kept else ''}{m.group('verb')}{m.group('rest')} for no {more} than"


def _consent_form(m: re.Match[str]) -> str:
    """The user's consent as a condition, its qualifier kept: "where you have given us your explicit consent" ->
    "with your explicit consent"."""
    kind = m.group("kind") or m.group("kind2") or ""
    return f"with your {kind.lower()}consent"


def _law_form(m: re.Match[str]) -> str:
    """A legal duty as a condition: "if we are legally required to do so" -> "where required by law"; "if the law
    requires us to disclose it" -> "where required by law to disclose it"."""
    to = m.group("to1") or m.group("to2") or m.group("to3")
    then = to and re.match(r"\s+[a-z]", m.string[m.end() :], re.I) and not m.group(0).lower().endswith("do so")
    return "where required by law to" if then else "where required by law"


def _written(how: str | Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """A replacement that keeps a capital the matched words started with (a condition that opens a sentence)."""

    def say(m: re.Match[str]) -> str:
        out = how(m) if callable(how) else how
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    return say


#: ways of saying a condition, an exception, a bound or a purpose, each written one way (pattern, how it is
#: written, what the reason says); applied in this order, to both versions alike
_STANCE_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str], str], ...] = (
    (_IF_NOT, _written(lambda m: m.expand(r"unless \g<who> ")), "a condition that the reader does not act"),
    (_UN_PARTICIPLE, _written(lambda m: m.expand(r"\g<be> not \g<done>")), "a denial said by the prefix un-"),
    (_FRONTED_EXCEPTION, _exception_after, "an exception set before its clause"),
    (_DENIED_BEYOND, _written(_bound_form), "a denial said on the bound"),
    (_NO_SUBJECT_UNLESS, _written(_no_subject_only), "a denial with an exception said as a limit"),
    (_DENIED_UNLESS, _written(_only_form), "a denial with an exception said as a limit"),
    (_CONSENT_CONDITION, _written(_consent_form), "the consent condition"),
    (_REQUEST_CONDITION, _written("at your request"), "the request condition"),
    (_LAW_CONDITION, _written(_law_form), "the legal duty"),
    (_PURPOSE_CLAUSE, _written("to"), "the purpose clause"),
    (_AS_LONG_AS_NEEDED, _written("for as long as needed"), "the period of need"),
    (_FOR_AS_LONG_AS, _written("for "), "the period of need"),
    (_DELETED_AFTER, _written(_kept_for), "the end of the period kept"),
)


def _in_stance_form(text: str) -> tuple[str, list[str]]:
    """`text` with every condition, exception, bound and purpose clause written one way (`_STANCE_FORMS`), the case
    of every other word kept, and the kinds of wording rewritten."""
    said = []
    for pattern, written, why in _STANCE_FORMS:
        new = pattern.sub(written, text)
        if new != text:
            said.append(why)
            text = new
    return " ".join(text.split()), said


def _stance_reworded(change: Change, known: tuple[str, str]) -> str:
    """Why the two versions state the same practice once the conditions, exceptions, bounds and purpose clauses of
    both are written one way, or "": "we do not share it unless you agree" = "we only share it if you agree", "we
    never share it without your consent" = "we only share it with your consent", "we will not keep it for more than
    30 days" = "we will keep it for no more than 30 days" (or "beyond 30 days"), "unless you opt in, we do not use it"
    = "we do not use it unless you opt in", "no data is shared unless" = "data is only shared if", "where you have given
    your consent" = "with your consent",
    "if you ask us to" = "at your request", "if the law requires us to" = "where we are legally required to",
    "so that we can fix bugs" = "to fix bugs", "as long as we need it" = "for as long as it is needed". Both versions
    are rewritten alike and read again by every finding (concept, party, number, negation, modal, limit), near-
    synonyms swapped read as in `_same_facts`: a condition dropped or changed ("unless you agree" -> "unless you
    object"), a negation dropped with its exception ("never ... without your consent" -> "... without your consent"),
    a bound lifted ("no longer than" -> "longer than") stays a change.

    Family: policies re-edited for plain language, where "we will not ... unless" becomes "we will only ... if", a
    consent or request is said as a clause or a phrase, a purpose clause loses its "so that we can"."""
    before, after = change.before or "", change.after or ""
    b, why_b = _in_stance_form(before)
    a, why_a = _in_stance_form(after)
    if not (why_b or why_a):
        return ""
    read = dataclasses.replace(change, before=b, after=a)
    if loose_key(normal(b)) != loose_key(normal(a)) and _findings(read, profile(b), profile(a), known):
        swapped = _near_synonyms_swapped(b, a) or _qualifier_dropped(b, a)
        if not (swapped and _same_facts(read, known)):
            return ""
    return ", ".join(dict.fromkeys(why_b + why_a))


#: who or what a condition leaves a practice to, from the reader's own say to the company's: the reader's consent or
#: request, a duty the law sets, a leave the law gives, the company's own judgement
_TRIGGERS = (
    (
        "the user's consent or request",
        3,
        re.compile(
            r"(?<![\w-])(?:with(?:out)? your (?:[a-z]+ )?(?:consent|permission|authori[sz]ation)|(?:at|upon|on) your "
            r"(?:request|direction|instruction)|you (?:have )?(?:consent(?:ed)?|agree[sd]?|ask(?:ed)? us|request(?:ed)?"
            r"|instruct(?:ed)? us|opt(?:ed)?[- ]in|tell us))(?![\w-])"
        ),
    ),
    (
        "a duty the law sets",
        2,
        re.compile(
            r"(?<![\w-])(?:(?:required|obliged|compelled) (?:to do so )?by (?:(?:the|applicable) )?laws?|legally "
            r"(?:required|obliged)|laws? (?:requires?|obliges?)|legal (?:obligations?|requirements?))(?![\w-])"
        ),
    ),
    (
        "what the law allows",
        1,
        re.compile(
            r"(?<![\w-])(?:(?:permitted|allowed|authori[sz]ed) (?:by|under) (?:(?:the|applicable) )?laws?"
            r"|laws? (?:permits?|allows?)|legally (?:permitted|allowed))(?![\w-])"
        ),
    ),
    (
        "the company's own judgement",
        0,
        re.compile(
            r"(?<![\w-])(?:at our (?:sole )?discretion|we (?:decide|choose|deem|see fit)|as we see fit)(?![\w-])"
        ),
    ),
)


def _triggers(p: Profile) -> dict[str, int]:
    """The kinds of condition a sentence leaves its practice to (`_TRIGGERS`), each with its rank; a duty and a
    leave said together ("required or permitted by law", "the law requires or permits") are both said."""
    low = _BOTH_BY_LAW.sub(r"\1 by law or \2 by", p.low) if " or " in p.low else p.low
    low = _LAW_BOTH.sub(r"\1 \2 or \1 \3", low) if " or " in low else low
    return {name: rank for name, rank, pattern in _TRIGGERS if pattern.search(low)}


_BOTH_BY_LAW = re.compile(r"(?<![\w-])(required|obliged) or (permitted|allowed|authori[sz]ed) by(?![\w-])")
_LAW_BOTH = re.compile(r"(?<![\w-])(laws?) (requires?|obliges?) or (permits?|allows?)(?![\w-])")


def _trigger_swapped(pb: Profile, pa: Profile, before: str, after: str) -> Finding | None:
    """A practice left to another kind of condition, the rest of the sentence alike: "we share it unless you ask us
    not to" -> "... unless the law allows us to", "where required by law" -> "where permitted by law", "when you ask us
    to" -> "when we decide to". Who decides whether the practice happens changed, though no word the findings count
    (a negation, a modal, a limit) did. Only a swap: a condition added or dropped beside the others is read by the
    limits, and the same kind said in other words is no change.

    Family: disclosure and deletion clauses whose trigger moves between the reader, the law and the company."""
    if not (_acts(pb) and _acts(pa)):
        return None
    tb, ta = _triggers(pb), _triggers(pa)
    lost, gained = tb.keys() - ta.keys(), ta.keys() - tb.keys()
    if not lost or not gained:
        return None
    worse = max(ta[k] for k in gained) < max(tb[k] for k in lost)
    said = f"now left to {', '.join(sorted(gained))}, not {', '.join(sorted(lost))}"
    topics = _topics(pb, pa)
    return Finding(
        topics[0] if topics else lx.OT,
        REDUCES if worse else IMPROVES,
        False,
        f"{said}: {_edit_quote(before, after, 80)}",
        f"The condition of this practice changed ({said})",
    )


_USER_INITIATED = re.compile(
    r"\b(?:at your (?:request|direction|instruction)|when you (?:choose|decide|ask us) to (?:connect|link|share)"
    r"|if you (?:choose to |decide to )?(?:connect|link|integrate))\b"
)


def _deadline_moved(before: str, after: str) -> bool:
    """Whether the date that changed is when a practice is done ("We will delete your recordings by 12/31/2024" ->
    "by 12/31/2026"): a new deadline, unlike the date a document was updated or took effect. Family: retention,
    deletion and start dates of practices written as dates rather than periods."""
    deadlines_b, deadlines_a = lx.practice_deadlines(before), lx.practice_deadlines(after)
    if deadlines_b == deadlines_a or not (deadlines_b and deadlines_a):
        return False
    return profile(before).practice and profile(after).practice


#: a run-in label opening a sentence: a few words, in bold or not, then a colon or a dash ("**Deletion:** you can
#: ask us ...", "No excess data: we will not ..."); not a clause ("We collect: ...", "Note that ...")
_RUN_IN_LABEL = re.compile(
    r"^\W{0,4}(?P<label>[A-Z][^.:;!?()\n]{1,60}?)(?:\*\*|__)?\s*(?::|\s[–—-])\s*(?:\*\*|__)?\s*(?=\S)"
)
#: how a clause opens, not a label ("We collect: ...", "If you ask: ...")
_CLAUSE_OPENING = re.compile(r"(?i)(?:we|you|they|it|our|your|this|these|if|when|note)\b")
#: the most words of a run-in label
_LABEL_WORDS = 6


def _restated(label: Sequence[object], statement: Sequence[object]) -> bool:
    """Every item the label names, the statement names too."""
    return all(x in statement for x in label)


def _label_set_before(before: str, after: str, layout: Layout | None = None) -> tuple[str, str] | None:
    """Both versions without the run-in label that one of them opens with and the other lacks (a passage turned into
    a list whose items are labelled: "We will not keep more than we need" -> "No excess data: we will not keep more
    than we need"), when the label names nothing the statement it opens does not (no practice, number or party of
    its own, no negation or limit of its own ...): "Sold to partners: we keep your location" keeps its label."""
    labels = [_RUN_IN_LABEL.match(t.strip()) for t in (before, after)]
    if bool(labels[0]) == bool(labels[1]):
        return None
    k = 0 if labels[0] else 1
    m = labels[k]
    assert m is not None
    label = m.group("label")
    if len(label.split()) > _LABEL_WORDS or _CLAUSE_OPENING.match(label):
        return None
    rest = (before, after)[k].strip()[m.end() :]
    other = (after, before)[k]
    pl, po = profile(label), profile(f"{rest} {other}")
    # a label names a topic the statement states in its own words ("Retention:" over "the law requires us to keep
    # it", "Deletion:" over "you can ask us to delete it"); a kind of data or a party must be the statement's own
    topics = {lx.CONCEPTS_BY_NAME[n].category for n in po.concepts}
    low = rest.lower()
    new = [
        n
        for n in pl.concepts
        if n not in po.concepts
        and (lx.CONCEPTS_BY_NAME[n].category in (lx.DC, lx.TP) or lx.CONCEPTS_BY_NAME[n].category not in topics)
        and not all(re.search(rf"(?<![\w-]){w[:5]}", low) for w in re.findall(r"[a-z]{4,}", label.lower()))
    ]
    if new and _names_a_column(label, other, layout):
        new = []  # a table's cell set out after its column's name ("Retention: 30 days" for a cell under "How long")
    # a limit, scope or number the statement itself states again ("Aggregate data: after 180 days we keep only the
    # aggregate data") is no limit of the label's own
    pr = profile(rest)
    if pl.entities or new or not _restated(pl.quantities, pr.quantities):
        return None
    if not (_restated(pl.limiters, pr.limiters) and _restated(pl.broadeners, pr.broadeners)):
        return None
    # a label's own words: "No" names no negation the statement makes ("No excess data: we will not keep ...")
    if pl.negations and not pr.negations:
        return None
    if not _in_a_table(other, layout):
        rest = rest[:1].upper() + rest[1:]
        return (rest, after) if k == 0 else (before, rest)
    # the other version a table's cell: the label set before it too, not taken from this one, as the cell states its
    # practice only with it ("Recipients: a supplier in Sweden" -> "a supplier in the US": a recipient's country
    # changed)
    labelled = f"{label}: {other.strip()[:1].lower()}{other.strip()[1:]}"
    return (before, labelled) if k == 0 else (labelled, after)


#: a noun of the service's interface after a name ("the Privacy Hub page", "the Data tab"), and a word of the
#: interface inside a name ("Account Settings", "My Account", "Privacy Dashboard")
_UI_NOUN = (
    r"(?:pages?|tabs?|screens?|menus?|section|panel|dashboard|settings|preferences|controls|cent(?:er|re)|hub|portal)"
)
_UI_WORD = re.compile(
    r"\b(?:Settings|Account|Preferences|Profile|Dashboard|Controls|Privacy|Menu|Tab|Hub|Portal|Center|Centre)\b"
)
_TITLED = r"[A-Z][\w&'-]*(?: (?:(?:&|and|of|for) )?[A-Z][\w&'-]*){0,3}"
_UI_HINT = re.compile(rf">|{_UI_WORD.pattern}|[A-Z][\w&'-]* {_UI_NOUN}\b")
#: a place in the service, with the preposition and article before it ("in Account Settings", "on the My Account
#: page"): a titled name before an interface noun, a titled name holding an interface word, or a path of them
#: ("Settings > Privacy")
_UI_PLACE = re.compile(
    rf"(?P<lead>(?:\b(?:in|on|under|from|via|at|through|to|into) )?(?:(?:the|your|our) )?)"
    rf"(?P<name>{_TITLED}(?: ?> ?{_TITLED})+|{_TITLED} {_UI_NOUN}\b|{_TITLED})"
)


def _place_renamed(before: str, after: str) -> bool:
    """The two sentences are the same but for the names of pages, menus or tabs of the service (`_UI_PLACE`) and the
    preposition before them: each name replaced holds a word of the interface, stands before an interface noun or in
    a path, and names no place or party (no country, recipient or transfer). Family: settings pages and menus
    renamed."""
    if not (_UI_HINT.search(before) and _UI_HINT.search(after)):
        return False  # most sentences name no page of the service: read no further
    places_b, places_a = _ui_places(before), _ui_places(after)
    if places_b is None or places_a is None or places_b[1] == places_a[1]:
        return False
    return places_b[0] == places_a[0] and places_b[0] != ""


def _ui_places(text: str) -> tuple[str, tuple[str, ...]] | None:
    """`text` with each name of the service's interface masked (its loose key), and the names; None when a name
    masked would be a place or a party."""
    names: list[str] = []

    def mask(m: re.Match[str]) -> str:
        name = m.group("name")
        if not (">" in name or _UI_WORD.search(name) or re.search(rf" {_UI_NOUN}$", name)):
            return m.group(0)
        names.append(name)
        return " uiplace "

    masked = _UI_PLACE.sub(mask, clean_block(text))
    cats = profile(normal(" ".join(names))).categories if names else None
    if cats is not None and (cats[lx.IT] or cats[lx.TP]):
        return None
    return loose_key(masked), tuple(names)


def _judge_modified(change: Change, layout: Layout | None = None) -> _Judgement:
    judged = _judge_as_written(change, layout)
    if judged.verdict.material:
        before, after = change.before or "", change.after or ""
        spelt = _misspellings_fixed(before, after)
        respelt = dataclasses.replace(change, before=spelt) if spelt is not None else None
        if respelt is not None and not _judge_as_written(respelt, layout).verdict.material:
            why = f"a misspelt word fixed beside a rewording: {_edit_quote(before, after, 80)}"
            return _cosmetic("same-words", change, why)
        # the sentence read again without what one edit only adds to it: a gloss, a pointer, a pronoun for a name, a
        # word its heading says; the first reading that leaves no change names it
        for rule, reread, what in _REREADINGS:
            read = reread(before, after, layout)
            if read is not None:
                bare = dataclasses.replace(change, before=read[0], after=read[1])
                if not _judge_as_written(bare, layout).verdict.material:
                    return _cosmetic(rule, change, f"{what}: {_edit_quote(before, after, 80)}")
    return judged


#: (rule, the two versions read without what the edit only adds, or None, why): tried in order on a material
#: modified sentence by `_judge_modified`
_REREADINGS: tuple[tuple[str, Callable[[str, str, Layout | None], tuple[str, str] | None], str], ...] = (
    ("gloss", lambda b, a, _layout: _glosses_dropped(b, a), "a term explained in parentheses, the statement the same"),
    ("pointer-clause", lambda b, a, lay: _pointer_clauses_dropped(b, a, lay),
     "a pointer to another part of the policy, the statement the same"),
    ("pronoun-for-name", lambda b, a, lay: _pronouns_resolved(b, a, lay),
     "a name said by a pronoun that the sentence before names"),
    ("said-by-heading", lambda b, a, lay: _with_headings(b, a, lay),
     "a word its section's heading says, dropped or added"),
    ("right-named", lambda b, a, _layout: _rights_named_dropped(b, a),
     "the right the sentence grants, named in parentheses, the statement the same"),
    ("column-label", lambda b, a, lay: _column_labels_dropped(b, a, lay),
     "a table row set out as labelled prose, each label naming its column"),
)  # fmt: skip


#: a run-in label opening a sentence inside a text ("... of the service. Legal basis: legitimate interest ...")
_INNER_LABEL = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?]\*\* )|(?<=[.!?]\* )|^)(?P<label>[A-Z][\w'&/-]*(?: [\w'&/-]+){0,3}):\s+(?=\S)"
)


def _column_labels_dropped(before: str, after: str, layout: Layout | None) -> tuple[str, str] | None:
    """The versions without the labels that open the sentences of one of them where the other is a table row (its
    cells joined by " | "), each label naming what a column heading of the policy's tables names ("Legal basis:" under
    a "Legal basis" column, "Retention:" under "How long do we keep it?"): a table set out as labelled prose, the
    header's words said again before each cell. A label naming anything no heading names keeps its words ("Sold
    to: ..."). None if there is no such label. Family: tables of purposes, bases, periods and recipients turned into
    prose (or back)."""
    if layout is None or not layout.tables:
        return None
    rows = [" | " in t for t in (before, after)]
    if rows[0] == rows[1]:
        return None
    k = 1 if rows[0] else 0
    text = (before, after)[k]
    topics = _column_topics(layout)
    out = _INNER_LABEL.sub(lambda m: "" if _names_a_heading(m.group("label"), topics) else m.group(0), text)
    if out == text:
        return None
    return (out, after) if k == 0 else (before, out)


def _in_a_table(text: str, layout: Layout | None) -> bool:
    """Whether `text` is (part of) a row of one of the policy's tables."""
    if layout is None or not layout.tables:
        return False
    key = loose_key(clean_block(text))
    return len(key) >= _CELL_KEY and any(key in row for row, _ in layout.tables)


def _names_a_column(label: str, cell: str, layout: Layout | None) -> bool:
    """Whether `cell` is a cell of one of the policy's tables and `label` names what a column heading of them names."""
    return layout is not None and _in_a_table(cell, layout) and _names_a_heading(label, _column_topics(layout))


def _column_topics(layout: Layout) -> list[tuple[KeysView[str], frozenset[str]]]:
    """What each column heading of the policy's tables names: its practice concepts and its words' stems."""
    headings = {cell for _, cells in layout.tables for cell in cells}
    return [(profile(cell).concepts.keys(), _content_stems(cell)) for cell in headings]


def _names_a_heading(label: str, topics: list[tuple[KeysView[str], frozenset[str]]]) -> bool:
    """Whether `label` names what one column heading names (`_column_topics`): its concepts, or else its words."""
    concepts, stems = profile(label).concepts.keys(), _content_stems(label)
    return any((concepts and concepts <= theirs) or (stems and stems <= words) for theirs, words in topics)


#: the shortest cell looked for in a table's rows (a shorter one is found anywhere)
_CELL_KEY = 12


def _content_stems(text: str) -> frozenset[str]:
    """The stems of a text's words of four letters or more."""
    return frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()))


def _rights_named_dropped(before: str, after: str) -> tuple[str, str] | None:
    """Both versions without a parenthesis that only one of them gives and that names the right the sentence
    already grants, with or without the law that gives it ("You may ask us to delete your data (your right to
    erasure under Article 17 GDPR)"): a right's name, no other right, party, limit or denial. None if no such
    parenthesis. Family: policies re-edited to cite the legal name of each right where it is described."""
    return _parentheses_dropped(before, after, _names_granted_right)


def _names_granted_right(text: str, m: re.Match[str]) -> bool:
    """The parenthesis `m` names only rights that the rest of `text` grants the reader."""
    inner = profile(m.group(1))
    if inner.entities or inner.quantities or inner.limiters or inner.broadeners or inner.negations:
        return False
    if any(lx.CONCEPTS_BY_NAME[c].category != lx.UR for c in inner.concepts):
        return False
    named = {r for _, r, denied in rights.granted(inner.low).rights if not denied}
    rest = profile(f"{text[: m.start()]} {text[m.end() :]}")
    granted = {r for holder, r, denied in rights.granted(rest.low).rights if holder == "reader" and not denied}
    return bool(named) and named <= granted


#: the pronouns that stand for a party or data named just before ("These photos are stored" -> "They are stored")
_PRONOUN = re.compile(r"^(?:they|them|their|it|its|these|those)$", re.IGNORECASE)
#: at most this many words in the name a pronoun replaced
_ANTECEDENT_WORDS = 6
#: where a name's words end and its verb starts
_AUX_ON = re.compile(
    r"\s(?=(?:will|would|shall|should|may|might|can|could|must|is|are|was|were|be|been|has|have|had|do|does)\b)"
)


def _pronouns_resolved(before: str, after: str, layout: Layout | None) -> tuple[str, str] | None:
    """The two versions with a pronoun of one read as the name it replaced in the other ("These photos and videos
    will be stored as private" -> "They are stored as private"; "The providers' ability to use" -> "Their ability
    to use"), where the sentence before the pronoun, in its own version, names what the name names. None if no such
    edit.

    Family: sentences split or reworded so that a party or a kind of data named in the sentence before is referred
    to by a pronoun, or named again where a pronoun stood."""
    if layout is None:
        return None
    out = [before, after]
    for _, deleted, inserted, _ in _hunks(before, after):
        for named, pronoun, side in ((deleted, inserted, 1), (inserted, deleted, 0)):
            words = pronoun.split()
            if not words or not _PRONOUN.match(words[0]):
                continue
            # the name: the other side's words up to its verb ("These photos and videos will be" -> "These photos
            # and videos" for "They are")
            name = _AUX_ON.split(named, maxsplit=1)[0].strip(" ,")
            if not 1 <= len(name.split()) <= _ANTECEDENT_WORDS:
                continue
            concepts = set(_practice_concepts(profile(normal(name))))
            if not concepts and not profile(name).entities:
                continue
            prev = layout.previous(out[side], in_new=side == 1)
            if not prev or not concepts <= set(_practice_concepts(profile(normal(prev)))):
                continue
            possessive = words[0].lower() in ("their", "its") and not name.lower().endswith(("'s", "’s", "s'", "s’"))
            read = f"{name}'" if possessive and name.endswith("s") else f"{name}'s" if possessive else name
            at = re.search(rf"(?<![\w'’-]){re.escape(words[0])}(?![\w'’-])", out[side])
            if at is not None:
                out[side] = out[side][: at.start()] + read + out[side][at.end() :]
    return None if out == [before, after] else (out[0], out[1])


#: at most this many words in a heading read as the context of the sentences under it
_HEADING_WORDS = 10
#: at most this many words edited, none of them a condition, limit, number or denial, for a sentence to be read
#: after its heading
_HEADING_EDIT_WORDS = 5
_HEADING_EDIT_STOP = re.compile(
    r"(?<![\w-])(?:if|when|where|unless|only|except|not|no|never|without|until|after|before|may|might|can|\d+)(?![\w-])"
)


def _with_headings(before: str, after: str, layout: Layout | None) -> tuple[str, str] | None:
    """The two versions of a sentence read after the new version's section heading, where both headings name a practice
    concept in common ("Where you give us consent" / "Processing based on your consent": an item under it may drop
    "consent", which the heading says for every item). None where either has no short heading or they share none.

    Family: lists of purposes, bases or data under a heading that names what they have in common, edited to stop
    (or start) repeating it in each item."""
    if layout is None:
        return None
    # only a word or two of the heading's own, no condition, number or denial of its own ("If you have storage
    # enabled:" added under "Local storage" is a condition added, not the heading's word)
    edited = " ".join(d + " " + i for _, d, i, _ in _hunks(before, after)).lower()
    if len(edited.split()) > _HEADING_EDIT_WORDS or _HEADING_EDIT_STOP.search(edited):
        return None
    hb, ha = (clean_block(layout.heading_of(t)).lstrip("# ").strip() for t in (before, after))
    if not hb or not ha or max(len(hb.split()), len(ha.split())) > _HEADING_WORDS:
        return None
    if not set(_practice_concepts(profile(normal(hb)))) & set(_practice_concepts(profile(normal(ha)))):
        return None
    # one heading for both (the new one): a heading reworded is judged as a change of its own
    return f"{ha.rstrip(' :.')}: {before}", f"{ha.rstrip(' :.')}: {after}"


#: a clause that sends the reader to another part of the policy, or another notice, and says what is there: "...,
#: and the section "Sharing" above describes how pseudonymous data may be disclosed to ad networks", "...; see the
#: Cookies section for how to refuse them", "(as our Cookie Notice explains)"
#: the parts of a policy, or other documents, a pointer sends the reader to
_POINTED_TO = r"sections?|notices?|polic(?:y|ies)|statements?|chapters?"
_POINTER_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and\s+|while\s+)?|\s*\(\s*)"
    r"(?:(?:please\s+)?(?:see|refer to|read|consult)\b[^.;()]{0,120}?"
    rf"\b(?:{_POINTED_TO}|below|above)\b"
    # (the words of a title, in quotes or not: 'the "U.S. Opt-Out" section explains how to opt out')
    rf"|(?:as\s+)?(?:the|our|this)\s+(?:[\w.\"\u201c\u201d-]+\s+){{0,4}}(?:{_POINTED_TO}|pages?)"
    r"\b[^.;()]{0,120}?\b(?:describes?|explains?|sets? out|details|lists?|covers|tells? you)\b"
    # what the sentence relies on said to be the same as a statement elsewhere (", relying on the same legitimate
    # interest described above for analytics"): a pointer to that statement
    r"|(?:[a-z]+\s+){0,2}the same\b[^.;()]{0,80}?\b(?:above|below|earlier|previously)\b)"
    r"[^.;()]*\)?"
)
#: a cheap test before `_POINTER_CLAUSE`: a word every match has
_POINTER_HINT = re.compile(rf"(?i)\b(?:{_POINTED_TO}|pages?|below|above|earlier|previously)\b")


def _pointer_clauses_dropped(before: str, after: str, layout: Layout | None) -> tuple[str, str] | None:
    """The two versions without the clauses that point to another part of the policy (`_POINTER_CLAUSE`), when
    each such clause names only what the other version states too: no number, no name, no denial, no sensitive
    data, sale or other critical practice, and every concept it names said in the other version's text. A pointer
    added beside a statement ("We use cookies ...; the section "Sharing" describes how data is disclosed to ad
    networks") sends the reader to what the policy already says; one naming a practice the policy does not state
    is read as a statement.

    Family: cross-references added to or dropped from a sentence when a policy is restructured into sections."""
    if layout is None or not (layout.old and layout.new):
        return None
    out = []
    for text, other in ((before, layout.new), (after, layout.old)):
        if not _POINTER_HINT.search(text):
            out.append(text)
            continue
        other_low = ""
        lead = lx.BACK_REFERENCE.match(text)  # "As further explained in Section 3 ("Sharing"), we ...": a pointer too
        clauses = ([lead] if lead else []) + list(_POINTER_CLAUSE.finditer(text))
        if lead:
            rest = text[lead.end() :]
            text = rest[:1].upper() + rest[1:]
        for m in clauses:
            p = profile(_titled(m.group(0)))  # a section's title in quotes is not what it states
            named = [c for c in p.specific if lx.CONCEPTS_BY_NAME[c].category != lx.CO]
            other_low = other_low or normal(other)
            # (a name the other version writes too is the place pointed to: "our notice to residents of the EEA")
            if p.negations or p.quantities or lx.any_critical(named):
                return None
            if p.entities and not all(e.lower() in other_low for e in p.entities):
                return None
            if not all(lx.CONCEPTS_BY_NAME[c].pattern.search(other_low) for c in named):
                return None
        out.append(_POINTER_CLAUSE.sub("", text))
    return None if (out[0], out[1]) == (before, after) else (out[0], out[1])


#: the words that join the items of a list
_JOINERS = frozenset({"and", "or", "&", "as", "well"})
#: an item that names no kind of data of its own ("other information", "and so on", "similar details")
_VAGUE_ITEM = re.compile(
    r"\b(?:other|similar|such|etc|related|relevant|more|further|additional|so on|the like|any|some|certain)\b"
)
#: words no item of data is: the company or the reader, verbs of being and modals, pointers, and the article of an
#: apposition ("OAuth, an authorization protocol, ...")
_NOT_AN_ITEM = re.compile(
    r"\b(?:a|an|we|you|us|our|your|they|it|is|are|was|were|be|been|will|may|can|must|should|would|could|not|no|never"
    r"|when|if|where|which|that|who|to|for|from|with|by|of|in|on|at|this|these|those|please|see)\b"
)
#: the verbs of a sentence that lists the data collected
_COLLECTS = re.compile(
    r"\b(?:collect\w*|gather\w*|obtain\w*|ask(?:s|ed)? (?:you )?for|request\w*|receiv\w*|record\w*|process\w*"
    r"|stor(?:e|es|ed|ing)|keep|kept|require[sd]?|includ\w*|such as|provid\w*|submit\w*|enter\w*)\b"
)


def _data_item_listed(before: str, after: str, pb: Profile, pa: Profile) -> Finding | None:
    """An item added to, or dropped from, a list of the data a sentence says is collected, where the lexicon knows
    the item by no term ("your name, email address and shoe size"): the rest of the sentence the same but for the
    list's joining words, the list naming at least two kinds of data it knows, the item a short noun phrase of its
    own (not "other information"). Family: collection lists that grow by a kind of data the vocabulary lacks."""
    words_b = [w for w in words_of(before) if w not in _JOINERS]
    words_a = [w for w in words_of(after) if w not in _JOINERS]
    matcher = difflib.SequenceMatcher(None, words_b, words_a, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] not in ("insert", "delete"):
        return None
    tag, b1, b2, a1, a2 = ops[0]
    added = tag == "insert"
    item = " ".join(words_a[a1:a2] if added else words_b[b1:b2])
    where, other = (pa, pb) if added else (pb, pa)
    if not 1 <= len(item.split()) <= 4 or _VAGUE_ITEM.search(item) or _NOT_AN_ITEM.search(item):
        return None
    if any(map(str.isdigit, item)) or item in other.low:
        return None
    data = [n for n in where.concepts if lx.CONCEPTS_BY_NAME[n].category == lx.DC and lx.CONCEPTS_BY_NAME[n].specific]
    if len(data) < 2 or not _COLLECTS.search(where.low):
        return None
    # the item stands in the list: right after a comma or a joining word, before another, the list's end or a clause
    spelled = " ".join(re.escape(w) + r"(?:['’]s)?" for w in item.split())  # "pet's name" is read as "pet name"
    listed = re.search(
        rf"(?:,|\band|\bor|&)\s+(?:your |their |the )?{spelled}"
        r"(?=\s*(?:,|\band\b|\bor\b|[.;:)]|\s+(?:when|if|to|for|from|that|which|as|we|and)\b|$))",
        where.low,
    )
    if listed is None:
        return None
    item = re.sub(r"^(?:,|and|or|&)\s+", "", listed.group(0))  # as written ("pet's name")
    verb = "added" if added else "dropped"
    return Finding(
        lx.DC,
        REDUCES if added else IMPROVES,
        False,
        f'{verb} an item of the data listed: "{item}" ({_edit_quote(before, after, 60)})',
        f"The policy {'now lists' if added else 'no longer lists'} {item!r} among the data it names",
    )


def _judge_as_written(change: Change, layout: Layout | None = None) -> _Judgement:
    before, after = change.before or "", change.after or ""
    read = as_reader(before, after)  # "the user" in one version, "you" in the other: read both as "you"
    if read != (before, after):
        return _as_read(change, read, layout)
    if loose_key(normal(before)) == loose_key(normal(after)):
        return _cosmetic("punctuation", change, "only punctuation, case, quotes or spacing changed")
    no_links_b = lx.URL.sub(" ", normal(lx.GENERIC_LINK.sub(" ", before)))
    no_links_a = lx.URL.sub(" ", normal(lx.GENERIC_LINK.sub(" ", after)))
    if loose_key(no_links_b) == loose_key(no_links_a):
        return _cosmetic("link", change, "only a link / URL changed")
    bare_b, bare_a = lx.PHONE.sub(" ", lx.EMAIL.sub(" ", no_links_b)), lx.PHONE.sub(" ", lx.EMAIL.sub(" ", no_links_a))
    if loose_key(bare_b) == loose_key(bare_a):
        return _cosmetic(
            "contact", change, f"contact details changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    if loose_key(lx.DATE.sub(" ", bare_b)) == loose_key(lx.DATE.sub(" ", bare_a)):
        if _deadline_moved(bare_b, bare_a):
            topics = _topics(profile(before), profile(after))
            moved = Finding(
                topics[0] if topics else lx.OT,
                NEUTRAL,
                False,
                f"the date a practice is done by changed: {_edit_quote(before, after, 80)}",
                "The date of a practice changed",
            )
            return _material("deadline-moved", change, [moved], topics[0] if topics else None)
        return _cosmetic("date", change, "only a date changed")
    if (
        figures.reports_figures(before)
        and figures.reports_figures(after)
        and not _stance_changed(profile(before), profile(after))  # "answered them" -> "did not answer them"
    ):
        return _cosmetic(
            "request-figures", change, f"figures about the requests handled refreshed: {_edit_quote(before, after, 80)}"
        )
    why_b, why_a = _boilerplate(normal(before), before), _boilerplate(normal(after), after)
    if why_b and why_a:
        return _cosmetic("furniture", change, f"changed {why_a}")
    if _question(before) and _question(after):
        return _cosmetic("question", change, f"reworded a question (the answer states the practice): {_q(after, 80)}")
    known = (layout.old_low, layout.new_low) if layout is not None else ("", "")
    relaid = _label_cell_set(before, after, known)
    if relaid is not None:
        inner = _judge_modified(dataclasses.replace(change, before=relaid[0], after=relaid[1]), layout)
        if not inner.verdict.material:
            return _cosmetic(
                "placement", change, "a label set as a table cell before the same text (the text states the practice)"
            )
        verdict = dataclasses.replace(inner.verdict, before=change.before, after=change.after)
        return dataclasses.replace(inner, verdict=verdict)
    reworded = _reworded(before, after)
    if reworded:
        return _cosmetic("same-words", change, f"{reworded}: {_edit_quote(before, after, 80)}")
    unlabelled = _label_set_before(before, after, layout)
    if unlabelled is not None:
        inner = _judge_as_written(dataclasses.replace(change, before=unlabelled[0], after=unlabelled[1]), layout)
        if not inner.verdict.material:
            why = f"a run-in label set before the same statement: {_q(after, 80)}"
            return _cosmetic("run-in-label", change, why)
    pb, pa = profile(before), profile(after)
    if _heading_renamed(before, after, pb, pa, layout):
        return _cosmetic(
            "placement", change, f"a heading renamed (the text under it states the practice): {_q(after, 80)}"
        )
    if _place_renamed(before, after):
        return _cosmetic(
            "place-renamed", change, f"a page or menu of the service renamed: {_edit_quote(before, after, 80)}"
        )
    if _announcement(pb) and _announcement(pa):
        return _cosmetic(
            "announcement", change, f"reworded a banner announcing a change: {_q(after, 80)}", Severity.MINOR, (lx.PC,)
        )
    if _same_minimum_age(pb, pa):
        return _cosmetic("same-facts", change, f"the same minimum age said in other words: {_q(after, 80)}")
    if _reference_list_edit(before, after):
        return _cosmetic(
            "document-titles", change, f"another document's title listed: {_edit_quote(before, after, 80)}"
        )
    channel = _rights_channel(pb, pa, before, after)
    if channel is not None:
        return _material("rights-channel", change, [channel], lx.UR)
    speaker = _speaker_changed(pb, pa)
    if speaker:  # 'Acme Ltd ("we") runs the app' -> 'Brightwave Ltd ("we") runs the app': another controller
        return _material("practice-changed", change, speaker, lx.OT)
    hunks = _hunks(before, after)
    controller = pb.concepts["controller"] or pa.concepts["controller"]  # who the company is: no contact detail
    address = pb.quantities == pa.quantities and _address_only(hunks)
    if not (_announces_changes(pb) or _announces_changes(pa)) and _channel_only(hunks, via=True):
        return _cosmetic(
            "message-channel", change, f"only the channel of a message changed: {_edit_quote(before, after, 80)}"
        )
    if ((_contact_context(pb) or _contact_context(pa)) and _channel_only(hunks)) or address:
        return _cosmetic(
            "contact", change, f"contact details changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    # "Save 40% on quotes" -> "Save 50%": a price or discount in text about no data at all is no promise
    amounts = pb.quantities + pa.quantities
    prices = bool(amounts) and all(q.kind in ("money", "percent") for q in amounts)
    if not (pb.concepts or pa.concepts) and prices and not _stance_changed(pb, pa):
        return _cosmetic("no-practice", change, f"reworded text that states no data practice: {_q(after, 80)}")
    if holder_replaced([before], [after]):  # "you have the right" -> "your employer has the right"
        found = Finding(
            lx.UR,
            NEUTRAL,
            False,
            f"another party in the reader's place ({_edit_quote(before, after, 60)})",
            "Whom it concerns changed",
        )
        topics = _topics(pb, pa)
        return _material("practice-changed", change, [found], topics[0] if topics else lx.UR)
    if not (pb.practice or pa.practice or _quantity_changed(pb, pa) or _stance_changed(pb, pa)):
        if _contact_context(pb) or _contact_context(pa):
            return _cosmetic(
                "contact",
                change,
                f"contact details changed: {_edit_quote(before, after, 80)}",
                Severity.MINOR,
                (lx.CO,),
            )
        return _cosmetic("no-practice", change, f"reworded text that states no data practice: {_q(after, 80)}")
    known = (layout.old_low, layout.new_low) if layout is not None else ("", "")
    findings = _findings(change, pb, pa, known)
    alike, heads_said = change, ""
    if findings:  # an item of data named by another generic noun: the findings of the rest of the sentence
        alike, findings, heads_said = _heads_read_alike(change, known, findings)
        if not findings:
            return _cosmetic(
                "same-words", change, f"the same item of data under another head noun ({heads_said}): {_q(after, 80)}"
            )
    swapped = ""
    if findings:  # the words read alike: near-synonyms swapped, a recipient's "third-party" dropped
        swapped = "; ".join(x for x in (_near_synonyms_swapped(before, after), _qualifier_dropped(before, after)) if x)
    if swapped and _same_facts(alike, known):
        swapped = "; ".join(x for x in (heads_said, swapped) if x)
        return _cosmetic("same-words", change, f"the same facts in other words ({swapped}): {_q(after, 80)}")
    stance = _stance_reworded(change, known) if findings else ""
    if stance:
        return _cosmetic("same-words", change, f"the same practice in other words ({stance}): {_q(after, 80)}")
    if findings and (
        _illustration_only(_hunks(before, after))
        or _examples_swapped(before, after)
        or _examples_in_parentheses(before, after)
    ):
        return _cosmetic(
            "illustration", change, f"added an illustration of a practice already stated: {_q(after, 100)}"
        )
    if not findings:
        listed = _data_item_listed(before, after, pb, pa)
        if listed is not None:  # "name, email address and shoe size": an item of data the lexicon does not know
            return _material("data-item-listed", change, [listed], lx.DC)
        trigger = _trigger_swapped(pb, pa, before, after)
        if trigger is not None:
            topics = _topics(pb, pa)
            return _material("condition-swapped", change, [trigger], topics[0] if topics else None, topics[1:2])
        if _contact_context(pb) and _contact_context(pa):
            return _cosmetic(
                "contact",
                change,
                f"contact details changed: {_edit_quote(before, after, 80)}",
                Severity.MINOR,
                (lx.CO,),
            )
        return _cosmetic(
            "no-practice-change",
            change,
            "reworded; no practice term, number, negation, modality, limit or named party "
            f"changed: {_edit_quote(before, after, 60)}",
            Severity.MINOR,
        )
    if all(f.kind == "scope" and not f.critical for f in findings):
        # "we collect your personal data" -> "all of your personal data": a word of breadth alone, where no
        # practice, party, limit, negation or number changed, says what the sentence said; not data handed on
        # ("we share all your route history"), nor denials that reach further (`_denials_moved`). Family:
        # rewordings that add or drop "all", "any" or "every".
        return _cosmetic(
            "no-practice-change",
            change,
            f"reworded; only a word of breadth changed: {_edit_quote(before, after, 60)}",
            Severity.MINOR,
        )
    if _contact_context(pb) and _contact_context(pa) and not controller and _addressee_only(hunks, findings):
        return _cosmetic(
            "contact", change, f"contact address changed: {_edit_quote(before, after, 80)}", Severity.MINOR, (lx.CO,)
        )
    if all(f.kind == "entity" for f in findings):
        if _USER_INITIATED.search(pb.low) and _USER_INITIATED.search(pa.low):
            # "if you connect a fitness tracker or a calendar service": a service the user may choose to link,
            # data exchanged at the user's request - one option more or less is no recipient chosen by the company
            return _cosmetic(
                "user-connected-service",
                change,
                f"another service the user may choose to connect: {findings[0].text}",
                Severity.MINOR,
            )
        if (_contact_context(pb) or _contact_context(pa)) and not controller:
            return _cosmetic(
                "contact", change, f"contact person or address changed: {findings[0].text}", Severity.MINOR, (lx.CO,)
            )
        if _country_appended(hunks, before + after):
            return _cosmetic(
                "contact",
                change,
                f"a country added to or dropped from a postal address: {_edit_quote(before, after, 80)}",
                Severity.MINOR,
                (lx.CO,),
            )
        if not (pb.concepts["controller"] or pa.concepts["controller"]) and findings[0].category == lx.OT:
            return _cosmetic(
                "renamed-party",
                change,
                f"renamed a party in a sentence that states no data practice: {findings[0].text}",
                Severity.MINOR,
            )
    if _disclaims_security(pb) and _disclaims_security(pa):
        return _cosmetic(
            "security-disclaimer", change, f"reworded the disclaimer that no security is absolute: {_q(after, 80)}"
        )
    if _sample_value_changed(before, after, pb, pa):
        return _cosmetic(
            "sample-value", change, f"the sample value of a worked example replaced: {_edit_quote(before, after, 80)}"
        )
    if _pointer_renamed(before, after):
        return _cosmetic(
            "pointer-renamed", change, f"a link to a page or control renamed: {_edit_quote(before, after, 80)}"
        )
    reading = _neither_states_practice(change, pb, pa)
    if reading:
        return _cosmetic(
            "no-practice-either",
            change,
            f"neither version states a practice of the company ({reading}): {_edit_quote(before, after, 80)}",
        )
    topics = _topics(pb, pa)
    return _material("practice-changed", change, findings, topics[0] if topics else None, topics[1:2])
