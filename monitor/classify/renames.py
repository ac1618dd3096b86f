"""Names a new version gives to the same thing: defined terms and capitalised terms renamed, and undoing them in quotes.
Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from monitor.classify import lexicon as lx
from monitor.classify.evidence import normal, profile
from monitor.classify.reader import as_reader
from monitor.classify.verdicts import _hunks
from monitor.domain.values import Change, ChangeKind
from monitor.text.sentences import loose_key

#: A defined term: a quoted name in parentheses ('("Customer Data")', '(the "Programme")', '(together, "Services")');
#: not a pointer to a section or another document ('(see "Your rights")', '(as described in "Cookies")')
_DEFINED = re.compile(
    r"\((?!\s*(?:please\s+)?(?:see|read|refer|visit|cf\.?|as\s+(?:described|set\s+out|explained|detailed)|under|in|at)"
    r"(?![\w-]))(?:[^()\"“”«»]{0,30}?\s)?[\"“«]([^\"“”«»()]{2,40})[\"”»]"
)


def defined_renames(old: str, new: str, changes: Sequence[Change] | None = None) -> dict[str, str]:
    """Defined terms the new text renamed consistently ('("Customer Data")' -> '("Customer Content")'): the new
    term -> the old one. A rename counts only when the old term is gone from the new text, the new term was absent
    from the old text, and both were introduced as defined terms at the same place in the definition order."""
    old_defs, new_defs = _definitions(old), _definitions(new)
    old_terms, new_terms = {t for t, _ in old_defs}, {t for t, _ in new_defs}
    gone = [(t, at) for t, at in old_defs if t not in new_terms]
    came = [(t, at) for t, at in new_defs if t not in old_terms]
    out = {}
    if gone and len(gone) == len(came):
        for (was, was_at), (now, now_at) in zip(gone, came, strict=True):
            if _said(was, new) or _said(now, old):
                continue
            if _reader_renamed(was, now):
                continue  # '("your account")' -> '("the user's account")': the reader named, read where it is used
            out[now] = was
            long_was, long_now = _own_name_before(old, was_at), _own_name_before(new, now_at)
            if long_was and long_now and long_was != long_now and not (_said(long_was, new) or _said(long_now, old)):
                out.setdefault(long_now, long_was)
    out.update(_term_renames(old, new, out, changes))
    for now, was in _declared_renames(old, new).items():
        out.setdefault(now, was)
    if changes is not None:
        out.update((now, was) for now, was in _own_names_swapped(old, new, changes).items() if now not in out)
        out.update((now, was) for now, was in _names_shortened(old, new, changes).items() if now not in out)
    return out


#: a name as written in a policy: capitalised words, with the small words of a name between them ("Banc de Swiss")
_WRITTEN_NAME = re.compile(
    r"(?<![\w-])[A-Z][\w&'.-]*(?: (?:(?:de|du|la|le|of|for|and|the|von|van|&) )?[A-Z][\w&'.-]*){0,4}(?![\w-])"
)
#: the small words a short form of a name may leave out or keep one letter of
_NAME_SMALL_WORDS = frozenset({"de", "du", "la", "le", "of", "for", "and", "the", "von", "van", "&"})
#: the form of a company in law (the lexicon's legal forms, and the words of a group of companies): a name with one
#: of these names the entity, and another entity is another controller
_LEGAL_WORDS = lx.LEGAL_FORMS | {"aps", "kk", "holding", "holdings", "group"}


def _legal_form(name: str) -> bool:
    return any(w.strip(",;:()").lower() in _LEGAL_WORDS for w in name.split())


#: the fewest times each form must be written: one swap may be an edit, the name written again is a rename
_SHORTENED_USES = 2


def _names_shortened(old: str, new: str, changes: Sequence[Change]) -> dict[str, str]:
    """Names the new version writes in a short form of the old one, or the old one in a short form of the new
    ("Banc de Swiss" -> "BDSwiss", "International Business Machines" -> "IBM"): the new name -> the old one. A pair
    counts when the short form is made of the leading letters of the long one's words in order (small words like
    "de" may be left out); the old name is gone from the new version and the new one absent from the old, but for
    one use (a page title may carry either); both are written at least twice and about as often (one use in five
    may differ); and neither carries a legal form (Inc., Ltd, GmbH ...): a legal entity named anew is another
    controller, which stays a change; so does a name read as a country or a recipient. Family: a brand written in
    its short form throughout a policy (a rebrand of one name)."""
    was_src = "\n".join(c.before for c in changes if c.before and c.kind is ChangeKind.MODIFIED)
    now_src = "\n".join(c.after for c in changes if c.after and c.kind is ChangeKind.MODIFIED)
    gone = sorted(n for n in _names_written(was_src) if not _legal_form(n))
    came = sorted(n for n in _names_written(now_src) if not _legal_form(n))
    # the cheap tests first (no text is read): one name of one word, the other of more, the same first letter
    by_letter: dict[tuple[str, bool], list[str]] = {}
    for now in came:
        by_letter.setdefault((now[0].lower(), " " in now), []).append(now)
    out: dict[str, str] = {}
    for was in gone:
        for now in by_letter.get((was[0].lower(), " " not in was), ()):
            if now in out or now == was or not (_short_form(was, now) or _short_form(now, was)):
                continue
            # one use of the other name may stand in either version: a page title often carries the brand alone
            if _uses(was, new) > 1 or _uses(now, old) > 1:
                continue
            uses = _uses(was, old) - _uses(was, new)
            if uses < _SHORTENED_USES or abs(_uses(now, new) - _uses(now, old) - uses) > max(1, uses // 5):
                continue
            cats = profile(normal(f"{was} {now}")).categories
            if cats[lx.IT] or cats[lx.TP]:
                continue
            out[now] = was
            break
    return out


def _names_written(text: str) -> set[str]:
    """The names in `text`, without a possessive or a full stop after them ("BDSwiss's" -> "BDSwiss")."""
    return {_NAME_END.sub("", n) for n in _WRITTEN_NAME.findall(text)} - {""}


_NAME_END = re.compile(r"(?:['’]s|[.'’])+$")


def _uses(name: str, text: str) -> int:
    if text.count(name) <= 1:
        return text.count(name)  # the substring test first: whole words are counted only where it may matter
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _short_form(long: str, short: str) -> bool:
    """Whether `short` (one word) is `long` (two words or more) written by the leading letters of its words, in
    order, each word giving one letter or more, small words given or left out ("Banc de Swiss" -> "BDSwiss",
    "International Business Machines" -> "IBM")."""
    words = [re.sub(r"[^\w&]", "", w).lower() for w in long.split()]
    target = re.sub(r"\W", "", short).lower()
    if len(words) < 2 or " " in short.strip() or not target or len(target) >= len("".join(words)):
        return False

    def match(i: int, j: int, given: int) -> bool:
        if j == len(target):
            return given >= 2 and all(w in _NAME_SMALL_WORDS for w in words[i:])
        if i == len(words):
            return False
        word = words[i]
        if word in _NAME_SMALL_WORDS and match(i + 1, j, given):
            return True
        return any(match(i + 1, j + k, given + 1) for k in range(len(word), 0, -1) if target.startswith(word[:k], j))

    return match(0, 0, 0)


def _definitions(text: str) -> list[tuple[str, int]]:
    """The terms `text` defines, in order, each with where its parenthesis opens; not the company's own name where
    it is defined as "we" ('Acme Ltd ("Acme", "we")'): another name there is another controller, never a rename
    (`speaker_names`)."""
    out = []
    for m in _DEFINED.finditer(text):
        close = text.find(")", m.end())
        if _SPEAKER_HINT.search(text, m.start(), close if close >= 0 else m.end() + 80):
            continue
        out.append((m.group(1), m.start()))
    return out


#: the title-case name right before a definition's parenthesis, and the word before that name
_NAME_BEFORE = re.compile(
    r"(?:(?<![\w-])(?P<det>[Oo]ur|[Tt]he|[Mm]y|[Yy]our) )?(?P<name>" + _WRITTEN_NAME.pattern + r")\s*$"
)


def _own_name_before(text: str, at: int) -> str:
    """The full name a definition abbreviates, where the name is the service's own thing: 'our Knowledge Bank
    ("KB")', 'the Partner Content ("PC") programme'. A definition renamed is the same thing renamed, and its full name
    with it (the definition's own test: each term gone from the other version). Not a company (a legal form or a
    company known by name) or a country: another one is another recipient, controller or destination, which stays
    a change; nor a name with no "our"/"the" before it and no noun of the service's own after the definition
    ('shared with Acme Analytics ("AA")' names a party). A word of a kind of party inside the name ("Knowledge
    Bank") does not make the service's own programme a party. Family: programmes, plans and features renamed along with
    their abbreviation."""
    m = _NAME_BEFORE.search(text, max(0, at - 120), at)
    if m is None or _legal_form(m.group("name")):
        return ""
    close = text.find(")", at)
    after = text[close + 1 : close + 40].lstrip(" \"'’“”") if close >= 0 else ""
    if not m.group("det") and not _OWN_NOUN.match(after):
        return ""
    read = profile(normal(m.group("name")))
    if read.categories[lx.IT] or read.entities:
        return ""  # a country or a company known by name: another one is another place or party
    return m.group("name")


#: a name in title case, its small words inside ("Acme for Teams", "Family Plan", "Privacy Hub")
_NAME = re.compile(r"^[A-Z][\w&'.-]*(?: (?:(?:for|of|and|the|de|&) )?[A-Z][\w&'.-]*){0,4}$")
#: the words before a name that belong to it ("Acme for" of "Acme for Teams")
_NAME_HEAD = re.compile(r"(?:[A-Z][\w&'.-]* (?:(?:for|of|and|the|de|&) )?)+$")
#: a noun of the service's own that a name qualifies: its account, plan, page, settings, users ("your Teams
#: account", "the Privacy Hub page", "Acme for Teams users"); a party is named with no such noun after it ("with
#: Acme", "Acme Inc. is the controller")
_OWN_NOUN = re.compile(
    r"^(?:accounts?|plans?|pages?|settings|apps?|applications?|programm?e?s?|services?|features?|subscriptions?"
    r"|memberships?|dashboards?|cent(?:er|re)s?|portals?|hubs?|tabs?|menus?|tools?|products?|workspaces?"
    r"|editions?|tiers?|users?|customers?|members?|subscribers?|administrators?|admins?)(?![\w-])",
    re.IGNORECASE,
)
#: the fewest sentences a name must be swapped in: one swap may be an edit, the same swap repeated is a rename
_NAME_SWAPS = 2


def _own_names_swapped(old: str, new: str, changes: Sequence[Change]) -> dict[str, str]:
    """Names of the service's own things the new version renamed ("your Teams account" -> "your Acme for Business
    account", "Dropbox for Teams Users" -> "... Business Users"): the new name -> the old one. A swap counts where a
    modified sentence replaces one title-case name by another before a noun of the service's own (account, plan,
    page, settings, users ...), the old name is gone from the new version, the new one absent from the old, and
    the new name replaces old ones in at least two sentences. Parties are never renamed away: a recipient or a
    controller is named with no such noun after it, and a name read as a country, a recipient or a transfer
    mechanism stays what it is. Family: products, plans, settings pages and programmes renamed ("a settings page
    renamed" is no change of practice)."""
    swaps: dict[str, list[str]] = {}
    for change in changes:
        if change.kind is not ChangeKind.MODIFIED or not change.before or not change.after:
            continue
        for left, deleted, inserted, right in _hunks(change.before, change.after):
            if not _OWN_NOUN.match(right.lstrip(" \"'’“”")):
                continue
            head = _NAME_HEAD.search(left + " ") if left[-1:].isalnum() else None
            lead = head.group(0) if head else ""
            was, now = (lead + deleted).strip(), (lead + inserted).strip()
            if was != now and _NAME.match(was) and _NAME.match(now):
                swaps.setdefault(now, []).append(was)
    out: dict[str, str] = {}
    # a name left in a heading (the page's title keeping the old brand) names nothing the sentences do
    prose, old_prose = (_without_headings(new), _without_headings(old)) if swaps else (new, old)
    for now, olds in swaps.items():
        if len(olds) < _NAME_SWAPS or _said(now, old_prose):
            continue
        was = max(set(olds), key=lambda w: (olds.count(w), len(w)))
        if any(_said(w, prose) for w in olds):
            continue  # the old name still names something
        cats = profile(normal(f"{was} {now}")).categories
        if cats[lx.IT] or cats[lx.TP]:
            continue
        out[now] = was
    return out


def _without_headings(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def _said(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


_TERM = re.compile(r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![\w-])")


def _reader_renamed(was: str, now: str) -> bool:
    """Two names of a defined term that differ only in how they name the reader ("your account" / "the user's
    account"): the sentences that use them are read alike by `reader.as_reader`, which undoing the rename would stop
    (a sentence that says both "the user" and "your" names two people)."""
    read = as_reader(was, now)
    return read != (was, now) and read[0].lower() == read[1].lower()


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
            if _legal_form(was) or _legal_form(now):
                continue  # "Acme Asia Pte Ltd" -> "Bolt Asia Limited": companies, never renamed away
            differing = normal(" ".join(w for w in a + b if (w in a) != (w in b)))
            cats = profile(differing).categories
            if cats[lx.IT] or cats[lx.TP] or profile(differing).entities:
                continue
            out[now] = was
            break
    return out


#: a rename the text declares: 'NAME (formerly [known as|called] OLD)', 'NAME, previously known as OLD,'
_DECLARED = re.compile(
    r"\s*(?:\(|, )(?:formerly|previously)(?: (?:known as|called|named))?:? (?:the |our )?(?P<was>[^()\n,;]{2,60}?)"
    r"(?:\)|,)"
)
#: the words right before such an aside, where the new name is (read in a short window: the aside is found first)
_LEAD = re.compile(r"(?:[\w&'’.-]+ ){0,4}[\w&'’.-]+$")
#: words a name does not start with: the determiners and prepositions before it ("visit our Privacy Hub")
_BEFORE_A_NAME = frozenset(
    {
        "our",
        "the",
        "your",
        "its",
        "their",
        "a",
        "an",
        "in",
        "on",
        "at",
        "to",
        "of",
        "and",
        "or",
        "with",
        "via",
        "by",
        "from",
        "through",
        "under",
        "use",
        "using",
        "visit",
        "see",
        "called",
        "named",
        "is",
        "are",
        "this",
        "that",
    }
)


def _declared_renames(old: str, new: str) -> dict[str, str]:
    """Renames a version declares ("our Privacy Choices center (formerly the cookie settings tool)", "Acme Cloud,
    previously known as Acme Drive,"): the new version's name -> the old version's. The declaring version names the
    thing anew and the other version by its former name; the declaration itself reads as an aside on either side
    (an entry mapping the aside to "", dropped from both sides by `_drop_asides`). The declaration says the two names
    are one thing, even where the declaring version still uses the old name. A name with a legal form (Inc., Ltd ...)
    is never read so: a company renamed may be another controller, which stays a change. Family: products, settings
    pages and features rebranded with their former name in parentheses."""
    out: dict[str, str] = {}
    for text, other, declared_in_new in ((new, old, True), (old, new, False)):
        if "formerly" not in text and "previously" not in text:
            continue
        for m in _DECLARED.finditer(text):
            lead = _LEAD.search(text, max(0, m.start() - 120), m.start())
            was = m.group("was").strip().rstrip(".")
            if lead is None or not _said(was, other) or _legal_form(was):
                continue
            words = lead.group(0).split()
            name = ""
            for k in range(len(words)):  # the longest run of the words before it that starts like a name
                candidate = " ".join(words[k:])
                if any(w.lower() in _BEFORE_A_NAME - _NAME_SMALL_WORDS for w in words[k:]) or _said(candidate, other):
                    continue
                if not words[k][:1].isupper() and (k == 0 or words[k - 1].lower() not in _BEFORE_A_NAME):
                    continue  # a name opens with a capital, or right after "our", "the", "in" ...
                name = candidate
                break
            if not name or _legal_form(name) or name.lower() == was.lower():
                continue
            now_name, was_name = (name, was) if declared_in_new else (was, name)
            out[m.group(0)] = ""
            out.setdefault(now_name, was_name)
    return out


def _drop_asides(text: str | None, renames: dict[str, str]) -> str | None:
    """`text` without the asides that declare a rename (on either side of a change)."""
    if not text:
        return text
    for aside, name in renames.items():
        if not name:  # a declaring aside (`_declared_renames`): every other rename names the old thing
            text = text.replace(aside, "")
    return text


def _unrename(text: str | None, renames: dict[str, str]) -> str | None:
    if not text or not renames:
        return text
    text = _drop_asides(text, renames) or ""
    for now, was in renames.items():
        if was:
            text = re.sub(rf"(?<![\w-]){re.escape(now)}(?![\w-])", was, text)
    return text


#: a definition of the company as the speaker: a parenthesis that quotes "we" ('Example Corp Inc. ("Example
#: Corp", "we", "us" or "our")', '(together, the "Company", "we" or "us")'), with the name right before it
_SPEAKER = re.compile(
    r"(?P<lead>(?:[A-Z][\w&'.,-]*\s+){0,4}[A-Z][\w&'.-]*)?\s*"
    r"\((?P<inside>[^()]{0,120}?[\"“'‘](?:we|We)[\"”'’][^()]{0,80})\)"
)
_SPEAKER_HINT = re.compile(r"[\"“'‘][Ww]e[\"”'’]")
_SPEAKER_WINDOW = 200
_QUOTED = re.compile(r"[\"“'‘]([^\"“”'‘’()]{2,40})[\"”'’]")
_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
_SPEAKER_WORDS = 6


def speaker_names(old: str, new: str) -> tuple[str, ...]:
    """The names both versions give the company that speaks in them, where each defines them as "we" ('Example Corp
    Inc. ("Example Corp", "we", "us")' -> "Example Corp Inc.", "Example Corp"): longest first. A name only one
    version defines as "we" is another controller, which stays a change."""
    both = defined_as_we(old) & defined_as_we(new)
    return tuple(sorted((n for n in both if len(n) >= 2), key=len, reverse=True))


def replaced_by_we(old: str, new: str, changes: Sequence[Change]) -> tuple[str, ...]:
    """The company's name that one version writes where the other says "we" throughout ("Example Soft reserves the
    right" -> "we reserve the right"): gone from that other version altogether, and at least `_WE_REWRITES` modified
    sentences read the same once it is read as the speaker. Naming no company instead of the speaker's name is no
    other controller; another name in its place would leave sentences that differ, and stays a change.

    Family: small sites' policies rewritten from the company's name to "we", "us" and "our"."""
    counts: dict[str, int] = {}
    absent: dict[tuple[str, bool], bool] = {}  # whether a name is missing from the other version, searched once
    modified = [c for c in changes if c.kind is ChangeKind.MODIFIED and c.before and c.after]
    for change in modified[:_WE_CHANGES]:  # bounded work on a long rewrite
        for side, other, in_new in (
            (change.before or "", change.after or "", True),
            (change.after or "", change.before or "", False),
        ):
            if not _WE_WORD.search(other) or abs(len(side) - len(other)) > max(len(side), len(other)) // 2:
                continue  # the other version says no "we" here, or the sentence was rewritten, not renamed
            for name in {m.group(0).rstrip(".") for m in _CAPITAL_RUN.finditer(side)}:
                if len(name) < 3 or name.lower() in _PRONOUNS or name.split()[0] in _NOT_NAMES:
                    continue
                if (name, in_new) not in absent:
                    absent[name, in_new] = name not in (new if in_new else old)
                if not absent[name, in_new]:
                    continue
                spoken = as_speaker(side, (name,), other)
                if spoken != side and loose_key(spoken or "") == loose_key(other):
                    counts[name] = counts.get(name, 0) + 1
    return tuple(sorted((n for n, k in counts.items() if k >= _WE_REWRITES), key=len, reverse=True))


#: a run of capitalised words that may name a company ("Live Software", "Acme"); sentence-initial common words are
#: kept out by `_NOT_NAMES` and by the test that the rewrite reads as "we"
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}(?![\w-])")
_NOT_NAMES = frozenset({"The", "This", "These", "That", "Our", "We", "You", "Your", "If", "When", "All", "Any"})
#: the modified sentences read for a name written as "we" (the first ones: bounded work on a long rewrite)
_WE_CHANGES = 400
_WE_WORD = re.compile(r"(?<![\w-])(?:[Ww]e|[Oo]urs?|[Uu]s)(?![\w-])")
#: sentences rewritten from the name to "we" before the name is read as the speaker everywhere
_WE_REWRITES = 2


def defined_as_we(text: str | None) -> set[str]:
    """The names `text` defines the company that speaks by ('Example Corp Inc. ("Example Corp", "we")' -> {"Example
    Corp Inc.", "Example Corp"}), as written."""
    names: set[str] = set()
    text = text or ""
    for hint in _SPEAKER_HINT.finditer(text):
        # the definition around a quoted "we": read in a window, not by scanning the whole text with `_SPEAKER`
        m = _SPEAKER.search(text, max(0, hint.start() - _SPEAKER_WINDOW), hint.end() + _SPEAKER_WINDOW)
        if m is None:
            continue
        quoted = [q.strip() for q in _QUOTED.findall(m.group("inside"))]
        names.update(q for q in quoted if q.lower() not in _PRONOUNS and q[:1].isupper())
        lead = (m.group("lead") or "").strip(" ,")
        if lead and len(lead.split()) <= _SPEAKER_WORDS and lead.split()[0] not in ("This", "The", "These"):
            names.add(lead)
    return names


def as_speaker(text: str | None, names: Sequence[str], other: str | None = None) -> str | None:
    """`text` with the company's defined names read as the speaker ("Example Corp collects" -> "we collects",
    "Example Corp's partners" -> "our partners"): a policy that names its company in one version and says "we"
    in the other states the same facts. The definition itself is left as written. With `other` (the other version
    of the sentence), a name set before a word that `other` has after "our" is read as "our" ("Example Corp cookies"
    where the other says "our cookies")."""
    if not text or not names or not any(name in text for name in names) or _SPEAKER.search(text):
        return text
    possessive, before_word, alone = _speaker_patterns(tuple(names))
    text = possessive.sub("our", text)
    if other and "our " in other.lower():
        owned = {w.lower() for w in _OWNED.findall(other)}
        text = before_word.sub(lambda m: f"our {m.group(1)}" if m.group(1).lower() in owned else m.group(0), text)
    text = alone.sub("we", text)
    return _WE_VERB.sub(_plural_verb, text)


@lru_cache(maxsize=64)
def _speaker_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The company's names as a possessive ("Example Corp's"), before a word, and alone (compiled once per pair of
    versions: each modified sentence is read through them)."""
    alternatives = "|".join(re.escape(name) for name in names)  # longest first: "Example Corp Inc." first
    return (
        re.compile(rf"(?<![\w-])(?:[Tt]he )?(?:{alternatives})['’]s(?![\w-])"),
        re.compile(rf"(?<![\w\"“'‘-])(?:[Tt]he )?(?:{alternatives}) (\w+)"),
        re.compile(rf"(?<![\w\"“'‘-])(?:[Tt]he )?(?:{alternatives})(?![\w\"”'’-])"),
    )


#: the word after "our" (what the company owns: "our cookies", "our servers")
_OWNED = re.compile(r"(?<![\w-])[Oo]ur (\w+)")
#: "we" before a verb in the third person singular, as the company's name left it ("we collects", "we also tries")
_WE_VERB = re.compile(r"(?<![\w-])(we (?:also |only |never |still |currently |may |will )?)([a-z]{2,}s|is)(?![\w'’-])")
_IRREGULAR = {"is": "are", "has": "have", "was": "were", "does": "do", "doesn": "don"}


def _plural_verb(m: re.Match[str]) -> str:
    """ "we collects" -> "we collect", "we tries" -> "we try", "we processes" -> "we process", "we is" -> "we are"."""
    lead, verb = m.group(1), m.group(2)
    if verb in _IRREGULAR:
        return lead + _IRREGULAR[verb]
    if lead.endswith(("may ", "will ")) or verb.endswith("ss"):
        return m.group(0)  # "we may access", "we address": no third person to undo
    if verb.endswith("ies") and len(verb) > 4:
        return lead + verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return lead + verb[:-2]
    return lead + verb[:-1]
