"""The privacy-practice lexicon, read from vocabulary/*.toml (concepts, synonyms, modifiers, boilerplate, negation)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from monitor.classify import vocabulary


class Prefiltered:
    """A regex behind a cheap necessary condition: every match of `regex` contains a match of `hint` (a few literals
    each alternative of the regex consumes, read with the same flags), so text without one is not scanned at all.
    The answers are the regex's own."""

    __slots__ = ("flags", "hint", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], hint: str) -> None:
        self.regex = regex
        self.hint = re.compile(hint, regex.flags)
        self.pattern = regex.pattern
        self.flags = regex.flags

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, pos) if self.hint.search(text, pos) else None

    def findall(self, text: str) -> list[str]:
        return self.regex.findall(text) if self.hint.search(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.hint.search(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.regex.sub(repl, text) if self.hint.search(text) else text


#: polarity of a concept: more of it in a practice statement REDUCES privacy (+1) or IMPROVES it (-1).
MORE_DATA = 1
PROTECTS = -1


@dataclass(frozen=True)
class Concept:
    name: str  # what the reason calls it
    category: str
    polarity: int
    critical: bool
    pattern: re.Pattern[str]
    specific: bool = True  # False: generic words ("personal data") that alone do not state a practice
    anchors: tuple[str, ...] | None = None  # literal prefixes one of which every match contains (None: unknown)
    #: words the sentence must also have for a mention to state this practice (a country in an address is no
    #: transfer; a regulator named as the lead authority is no right to complain)
    needs: re.Pattern[str] | None = None


def _anchors(alternatives: list[str]) -> tuple[str, ...] | None:
    """Literals one of which every match contains (a prefix of each top-level alternative, looking past optional
    and zero-width groups and into required groups), or None when some alternative has none."""
    out: list[str] = []
    for alt in alternatives:
        found = _alt_anchors(alt)
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


def _alt_anchors(alt: str) -> list[str] | None:
    if alt.startswith("(?"):
        end = _group_end(alt)
        if end < 0:
            return None
        rest = alt[end + 1 :]
        if alt.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            return _alt_anchors(rest)  # zero-width: says nothing about the text matched
        if rest[:1] in ("?", "*") or rest.startswith("{0"):
            return _alt_anchors(rest[1:] if rest[:1] in ("?", "*") else rest[rest.index("}") + 1 :])
        if not alt.startswith("(?:"):
            return None
        inner = _anchors(_split_top(alt[3:end]))
        return None if inner is None else list(inner)
    prefix = ""
    for ch in alt:
        if ch.isalnum() or ch in " '-":
            prefix += ch
            continue
        if ch in "?*{" and prefix:
            prefix = prefix[:-1]  # the character before an optional quantifier is not required
        break
    return [prefix] if len(prefix.strip()) >= 2 else None


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens at 0, or -1."""
    depth, escaped, in_class = 0, False, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _split_top(pattern: str) -> list[str]:
    parts, depth, start, escaped = [], 0, 0, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
    parts.append(pattern[start:])
    return parts


DC, DU, TP, DR, DS = "data_collection", "data_use", "third_party_sharing", "data_retention", "data_security"
UR, UC, TR, CH, IT = "user_rights", "user_choice", "tracking", "children", "international_transfer"
PC, CO, OT = "policy_change", "contact", "other"
_CATEGORIES = frozenset({DC, DU, TP, DR, DS, UR, UC, TR, CH, IT, PC, CO, OT})
_DIRECTIONS = {"more_data": MORE_DATA, "protects": PROTECTS}


def _load_concepts() -> tuple[Concept, ...]:
    """The concepts of vocabulary/concepts.toml, checked: a malformed entry is an error naming the file and entry."""
    entries = vocabulary.load("concepts").get("concept")
    if not isinstance(entries, list) or not entries:
        raise vocabulary.VocabularyError("concepts.toml: expected [[concept]] tables")
    out: list[Concept] = []
    for k, entry in enumerate(entries, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        where = f"concept #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "concepts",
            where,
            entry,
            required={"name": str, "category": str, "patterns": list, "examples": list},
            optional={"direction": str, "critical": bool, "specific": bool, "needs": list, "not_examples": list},
        )
        if entry["category"] not in _CATEGORIES:
            known = ", ".join(sorted(_CATEGORIES))
            raise vocabulary.VocabularyError(
                f"concepts.toml: {where}: unknown category {entry['category']!r} ({known})"
            )
        direction = entry.get("direction", "more_data")
        if direction not in _DIRECTIONS:
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: direction must be 'more_data' or 'protects'")
        if not entry["patterns"] or not entry["examples"]:
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: `patterns` and `examples` must not be empty")
        if any(c.name == entry["name"] for c in out):
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: a second concept of that name")
        words = "|".join(entry["patterns"])
        needs = "|".join(entry.get("needs", ()))
        out.append(
            Concept(
                entry["name"],
                entry["category"],
                _DIRECTIONS[direction],
                entry.get("critical", False),
                vocabulary.compile_regex("concepts", where, rf"(?<![\w-])(?:{words})(?![\w-])"),
                entry.get("specific", True),
                _anchors(_split_top(words)),
                vocabulary.compile_regex("concepts", where + " needs", rf"(?<![\w-])(?:{needs})") if needs else None,
            )
        )
    return tuple(out)


def _load_synonyms() -> dict[str, str]:
    """vocabulary/synonyms.toml as word -> representative ("" for a dropped word); a word listed twice is an error."""
    # [[near]]: read by _load_near; [[heads]]: read by heads.py
    table = {k: v for k, v in vocabulary.load("synonyms").items() if k not in ("near", "heads")}
    data = vocabulary.check("synonyms", "the file", table, {"dropped": list, "same": dict}, {})
    groups = {"": data["dropped"], **data["same"]}
    out: dict[str, str] = {}
    for rep, words in groups.items():
        where = f"[same] {rep}" if rep else "dropped"
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: must be a list of non-empty words")
        for word in words:
            if word in out:
                raise vocabulary.VocabularyError(f"synonyms.toml: {where}: {word!r} is already read as {out[word]!r}")
            out[word] = rep
    return out


CONCEPTS: tuple[Concept, ...] = _load_concepts()

CONCEPTS_BY_NAME = {c.name: c for c in CONCEPTS}


def any_critical(names: Iterable[str]) -> bool:
    """Whether any of these concepts (by name) is `critical`: a change about it is material on its own (a sale,
    sensitive data, AI training). A name the lexicon does not know is not critical."""
    return any(c is not None and c.critical for c in map(CONCEPTS_BY_NAME.get, names))


def _trie(words: list[str]) -> str:
    """A regex matching the longest of `words` that starts at a position (shared prefixes factored out, so that the
    regex engine tries a handful of branches per position instead of every word)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _anchor_index() -> tuple[frozenset[int], re.Pattern[str], dict[str, frozenset[int]]]:
    always = frozenset(k for k, c in enumerate(CONCEPTS) if c.anchors is None)
    owners: dict[str, set[int]] = {}
    for k, concept in enumerate(CONCEPTS):
        for anchor in concept.anchors or ():
            owners.setdefault(anchor, set()).add(k)
    # the trie reports the longest anchor at each position; the shorter ones there are its prefixes
    implied = {a: frozenset().union(*(ks for b, ks in owners.items() if a.startswith(b))) for a in owners}
    return always, re.compile(f"(?=({_trie(sorted(owners))}))"), implied


_ALWAYS, _ANCHORS_AT, _IMPLIED = _anchor_index()


def mentioned_concepts(text: str) -> list[Concept]:
    """The concepts whose pattern may match `text`, in CONCEPTS order (each left out has none of its anchors in the
    text): one scan for every anchor at once."""
    ks = set(_ALWAYS)
    for anchor in set(_ANCHORS_AT.findall(text)):
        if anchor:
            ks |= _IMPLIED[anchor]
    return [CONCEPTS[k] for k in sorted(ks)]


#: concepts whose terms are phrasings of one promise ("under contracts that limit" = "their contracts require"):
#: a different term is no different fact
PHRASINGS_ONLY = frozenset({"contractual limits", "retention"})  # "retain" = "keep"; periods are limits and numbers

#: Categories in the order a reader cares about them (used to rank a change's categories).
PRIORITY: tuple[str, ...] = (
    CH,
    TP,
    DU,
    DC,
    DR,
    UR,
    UC,
    IT,
    TR,
    DS,
    PC,
    OT,
    CO,
)

# ---------------------------------------------------------------------------------------- modifiers

_NEG = vocabulary.load("negation")
#: a word or phrase that denies what follows ("we do not", "never", "under no circumstances", "prohibited")
NEGATION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        [re.escape(w) for w in _NEG["denials"]["words"] + _NEG["denials"]["phrases"]]
        + [re.escape(w) + r"\w*" for w in _NEG["denials"]["stems"]]
    )
    + r")(?![\w-])"
)
#: "no more than", "not exceeding": a negation that bounds a number
BOUND_NEGATION = re.compile("|".join(_NEG["bound"]["patterns"]))
#: "not ... any": the words before an "any" that a negation governs
NEGATED_ANY = re.compile(
    r"(\b(?:" + "|".join(re.escape(w) for w in _NEG["denials"]["scope_words"]) + r")\b[^,.;:]*?)\bany\b"
)
#: names of signals and links that contain a "not" ("Do Not Track"), and a "no" that counts ("with no activity")
NAMED_NOT = re.compile("|".join(_NEG["not_negating"]["named"]))
NOT_NEGATING = re.compile(
    "|".join(_NEG["not_negating"]["named"] + _NEG["not_negating"]["counting"] + _NEG["bound"]["patterns"])
)
#: denials and permissions of every language the vocabulary lists, as plain words (an edit touching one is no typo)
DENIAL_WORDS = frozenset(
    _NEG["denials"]["words"] + _NEG["other_languages"]["denials"] + _NEG["other_languages"]["permissions"]
)
PERMISSIVE = vocabulary.pattern("modifiers", "permissive")
COMMITMENT = vocabulary.pattern("modifiers", "commitment")
LIMITERS = vocabulary.pattern("modifiers", "limiters")
#: Hedges that turn a promise into a tendency ("you will not have to pay" -> "you will usually not have to pay").
HEDGES = vocabulary.pattern("modifiers", "hedges")
BROADENERS = vocabulary.pattern("modifiers", "broadeners")

# ---------------------------------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "single": 1,
}
#: tens that take a unit after a hyphen or a space ("twenty-four", "forty five")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUM = (
    r"\d+(?:[.,]\d+)?|"
    + rf"(?:{'|'.join(TENS)})[- ](?:{'|'.join(_UNITS)})(?![\w-])|"
    + "|".join(sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True))
)
#: a number in words repeated in figures ("thirty (30) days"): the figures say it
_FIGURES = r"(?:\s*\((?P<{}>\d+)\))?"
QUANTITY = re.compile(
    rf"(?<![\w.])(?P<age3>{_NUM}){_FIGURES.format('age3f')}\s+years?(?:\s+of\s+age|\s+old)(?!\w)"
    rf"|(?<![\w-])(?:age[sd]?|aged|between the ages of)\s+(?P<agelo>\d+)\s*(?:to|-|and|through)\s*(?P<agehi>\d+)"
    r"(?!\s*(?:%|days|months|hours|weeks))(?!\w)"
    rf"|(?<![\w.])(?P<num>{_NUM}){_FIGURES.format('numf')}[\s-]*(?:(?:business|calendar|working|full)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?|yrs?|decades?|%|percent|gb|mb)(?![\w])"
    rf"|(?P<cur>[$€£])\s?(?P<amount>\d+(?:[.,]\d+)?)|(?P<amount2>\d+(?:[.,]\d+)?)\s?(?P<cur2>usd|eur|gbp"
    r"|dollars|euros"
    r"|pounds)(?!\w)"
    rf"|(?<![\w-])(?:age[sd]?|aged|under|over|below|above|younger than"
    rf"|older than)\s+(?:of\s+)?(?P<age>{_NUM})(?!\s*(?:%|days|"
    r"months|hours|weeks))(?!\w)"
    rf"|(?P<age2>{_NUM})\+?\s+(?:or|and)\s+(?:older|over|above|up)(?!\w)"
)
DATE_LINE = re.compile(
    r"^\W*(?:(?:this )?(?:privacy )?(?:policy|notice|statement)? ?(?:was "
    r"|has been )?(?:last )?(?:updated|revised|modified"
    r"|amended|reviewed|changed)(?: on| as of)?|effective(?: date| as of| from| on)?"
    r"|date of (?:last )?(?:update|revision)"
    r"|version(?: date)?|published|as of|valid from)\b",
    re.IGNORECASE,
)
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
DATE = Prefiltered(
    re.compile(
        # a relative time stamp ("3 days ago", "an hour ago") dates a comment or post shown beside the policy
        rf"(?<!\w)(?:(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
        rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd"
        rf"|th)?,?\s+)?\d{{4}}"
        rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|(?:19|20)\d{{2}})(?!\w)",
        re.IGNORECASE,
    ),
    r"\d|ago",  # every form has a digit but "an hour ago"
)

# ---------------------------------------------------------------------------------------- chrome and boilerplate

BANNER = vocabulary.pattern("boilerplate", "banner")
CHROME = vocabulary.pattern("boilerplate", "chrome")
#: a promotional call to action the page shows around the policy ("Get our newsletter", "Download the app")
PROMO = vocabulary.pattern("boilerplate", "promo")
#: words that make a short imperative a statement about data after all ("download a copy of your data")
DATA_WORDS = vocabulary.pattern("boilerplate", "data_words")
META = vocabulary.pattern("boilerplate", "meta")
#: A banner announcing that the policy will change or is being revised, without saying what changes
#: ("Revisions to the privacy policy are under discussion", "We are updating our privacy notice").
ANNOUNCEMENT = vocabulary.pattern("boilerplate", "announcement")
#: Words that make a sentence about policy changes a promise about how they are announced.
ANNOUNCES_HOW = vocabulary.pattern("boilerplate", "announces_how")
DEFINITION = vocabulary.pattern("boilerplate", "definition")
CONTACT = vocabulary.pattern("boilerplate", "contact")
#: Headings of page furniture: everything under them until the next heading is navigation, not policy.
FURNITURE_HEADING = vocabulary.pattern("boilerplate", "furniture_heading")
#: A link whose text says nothing ("Learn more", "click here") in raw Markdown.
GENERIC_LINK = re.compile(
    r"\s*\[\s*(?:(?:learn|read|see|find out|view|show|get) more[^\]]{0,20}|click here|here|more (?:info|information"
    r"|details)|details|this (?:page|link|article)|link)\s*\]\((?:[^()\s]|\([^)]*\))*\)",
    re.IGNORECASE,
)
#: An error, block or redirect page captured instead of the policy.
STUB = vocabulary.pattern("boilerplate", "stub")
#: Words that only say how to reach someone (with e-mail addresses, phones and URLs removed first).
CONTACT_CHANNEL = frozenset(vocabulary.words("boilerplate", "contact_channel"))
#: A channel a message travels by ("by email or text message", "via push notification").
CHANNEL_PHRASE = re.compile(
    r"(?<![\w-])(?:by|via|through|using|or|and) (?:an? )?(?:e-?mail|text(?: messages?)?|sms|phone|telephone|post"
    r"|(?:postal )?mail|letter|push notifications?|in-app (?:messages?|notifications?)|notifications?)(?![\w-])"
)
#: Words about changes to the policy itself.
CHANGE_WORDS = vocabulary.pattern("boilerplate", "change_words")
#: Absolute security disclaimed ("no method of transmission is 100% secure", "we cannot guarantee its security").
SECURITY_DISCLAIMER = vocabulary.pattern("boilerplate", "security_disclaimer")
URL = Prefiltered(
    re.compile(
        r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)+/[^\s<>\"')\]]*"
        r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|info|eu|co\.uk|org\.uk|gov\.uk|de|fr|nl|ca)(?![\w.-])",
        re.IGNORECASE,
    ),
    r"://|www\.|/|\.(?:com|org|net|io|gov|info|eu|co|de|fr|nl|ca)",  # a scheme, a path or a known domain
)
#: an e-mail address, or the placeholder an anti-spam script shows instead of one ("[email protected]", or without
#: its brackets once a link's markup is gone: "email protected" where the address stood, before a punctuation mark
#: or the end of the line)
EMAIL = Prefiltered(
    re.compile(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email(?:&#160;|\s)*protected\s*\]"
        r"|\bemail(?:&#160;|\s)+protected(?=\s*(?:$|[).,;:!?\]]))",
        re.IGNORECASE | re.MULTILINE,
    ),
    "@|protected",
)
PHONE = re.compile(r"(?<!\w)\+?\(?\d[\d ()./-]{6,}\d(?!\w)")

PRACTICE_VERB = vocabulary.pattern("modifiers", "practice_verb")


@lru_cache(maxsize=16384)
def contact_in(low: str) -> bool:
    """Whether a (lower-cased) sentence names a way to reach someone: CONTACT, asked once per sentence (the rules
    ask it of the same sentence many times)."""
    return bool(CONTACT.search(low))


# ---------------------------------------------------------------------------------------- rewording

#: Words mapped to one representative before comparing wordings (same meaning in a policy).
SYNONYMS: dict[str, str] = _load_synonyms()


@dataclass(frozen=True)
class NearGroup:
    """Words a rewording swaps for one another without changing a fact ("store" / "save" / "hold"), one column per
    word and one row per grammatical form, with the sentence pairs that prove it: `same` must read as one
    statement, `differ` (look-alikes) must stay material."""

    id: str
    forms: tuple[tuple[str, ...], ...]
    same: tuple[tuple[str, str], ...]
    differ: tuple[tuple[str, str], ...]


def _example_pairs(where: str, key: str, entries: list[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for entry in entries:
        parts = entry.split(" => ")
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `{key}`: {entry!r} is not 'before => after'")
        out.append((parts[0].strip(), parts[1].strip()))
    return tuple(out)


def _load_near() -> tuple[tuple[NearGroup, ...], dict[str, tuple[int, int, int]]]:
    """The [[near]] groups of vocabulary/synonyms.toml, and each of their words -> (group, row, column). Every row
    has one word per column; a word stands in one group and one column only (two forms alike, "put" / "put", are
    read as the first)."""
    groups: list[NearGroup] = []
    index: dict[str, tuple[int, int, int]] = {}
    entries = vocabulary.load("synonyms").get("near", [])
    if not isinstance(entries, list):
        raise vocabulary.VocabularyError("synonyms.toml: expected [[near]] tables")
    for k, entry in enumerate(entries, 1):
        name = entry.get("id") if isinstance(entry, dict) else None
        where = f"near #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "synonyms", where, entry, required={"id": str, "forms": list, "same": list, "differ": list}, optional={}
        )
        rows = tuple(tuple(row.lower().split()) for row in entry["forms"])
        if not rows or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `forms` rows must name the same 2+ words")
        if not entry["same"] or not entry["differ"]:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `same` and `differ` must not be empty")
        for r, row in enumerate(rows):
            for c, word in enumerate(row):
                if word in index and index[word][::2] != (len(groups), c):  # "put" past = "put": one word
                    raise vocabulary.VocabularyError(f"synonyms.toml: {where}: {word!r} is already in another group")
                index.setdefault(word, (len(groups), r, c))
        groups.append(
            NearGroup(
                entry["id"],
                rows,
                _example_pairs(where, "same", entry["same"]),
                _example_pairs(where, "differ", entry["differ"]),
            )
        )
    return tuple(groups), index


#: Near-synonyms (synonyms.toml [[near]]): a word swapped for another of its group is read as the word it replaced.
NEAR, NEAR_WORDS = _load_near()

# ------------------------------------------------------------------------------ legal citations and regulators

#: A citation of a legal provision ("Art. 6(1)(f) GDPR", "Article 28 UK GDPR", "§ 1798.121", "Regulation (EU)
#: 2016/679", "Cal. Civ. Code"): it names the law a statement rests on, not a practice, a party or a country.
CITATION = re.compile(
    r"(?:(?:\b(?:art(?:icle)?s?\.?|sec(?:tion)?s?\.?|recital)|§+)\s*\d+[a-z]?(?:\s*\(\s*\w{1,4}\s*\))*"
    # the parts of a provision: "Art. 6 para. 1 lit. b)", "§ 25 para. 2 no. 2", "Art. 6 (1) sentence 1"
    r"(?:\s*,?\s*(?:para(?:graph)?|subpara(?:graph)?|sub-para(?:graph)?|no|nr|number|sentence|sent|lit|letter|point"
    r"|clause|subsection|abs|satz)\.?\s*\w{1,4}\)?)*"
    r"(?:\s*(?:,|and|or|-|in conjunction with|in connection with|i\.?\s?v\.?\s?m\.?)\s*\d+[a-z]?"
    r"(?:\s*\(\s*\w{1,4}\s*\))*)*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:uk|eu|swiss|federal|california|cal\.)\s+)*"
    r"(?:gdpr|dsgvo|ccpa|cpra|fadp|revfadp|lgpd|pipeda|(?:[a-z][\w.]*\s+){0,3}?(?:act|code|regulation|law"
    r"|directive|ordinance)(?:\s+of\s+obligations)?"
    r"|(?-i:[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*))\b)?"  # a statute's abbreviation after the provision: "TTDSG", "BDSG"
    r"|§+\s*\d[\d.]*(?:\s*\(\s*\w{1,4}\s*\))*"
    r"|\b(?:regulation|directive)\s*\((?:eu|ec|eec)\)\s*(?:no\.?\s*)?\d{2,4}/\d{1,4}"
    r"|\bcal(?:ifornia)?\.?\s+civ(?:il)?\.?\s+code\b"
    r"|:\s*20\d\d\b(?<=27001:20\d\d|27701:20\d\d|27018:20\d\d|27017:20\d\d))",
    re.IGNORECASE,
)
#: A data protection regulator, however it is called ("the ICO", "the Information Commissioner's Office (ICO),
#: the UK's data protection regulator", "Finland's supervisory authority", "the Autoriteit Persoonsgegevens"):
#: the body a complaint goes to, not a recipient of data and not a transfer destination.
REGULATOR = re.compile(
    r"(?:\bthe\s+)?(?:(?:[A-Z][\w'’.-]*|of|the|for|and|on|de|des|du|la|le|für|den)\s+){0,8}?"
    r"(?:(?i:(?:data protection|supervisory|privacy|protection|competent)\s+(?:authority|authorities|regulator"
    r"|agency|board|commission|commissioner))|Commissioner(?:['’]s\s+Office)?|Ombudsman|Autoriteit\s+Persoonsgegevens"
    r"|Datatilsynet|Garante[\w ]{0,40}?personali|Agencia Española[\w ]{0,40}?Datos|ICO|CNIL|FDPIC|EDÖB|PFPDT"
    r"|AEPD|BfDI|DPC|APD|GBA)\b(?:\s*\([A-Za-zÀ-ÿ/ ]{2,40}\))?"
    r"(?:\s*,\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:data protection|supervisory|privacy)\s+)?"
    r"(?:authority|regulator)\b)?",
)
#: A pointer to another part of the policy ("see Section 7", '(see "Your rights and choices" below)').
CROSS_REFERENCE = re.compile(
    r"(?i)\bsee\s+(?:(?:our\s+|the\s+)?(?:section|part|clause|paragraph|chapter|heading)\s+[\w.]+"
    r"(?:\s*,?\s*[\"“][^\"”]{2,60}[\"”])?|(?:the\s+)?[\"“][^\"”]{2,60}[\"”](?:\s+(?:section|heading))?)"
    r"(?:\s+(?:below|above))?"
)
_CITATION_HINT = re.compile(
    r"(?i)\b(?:art(?:icle)?s?\b|sec(?:tion)?s?\b|recital|regulation|directive|civ(?:il)?\b)|§|:\s*20\d\d"
)
#: "EU law", "UK law", "Swiss accounting law": a source of obligations, not a place data goes.
_COUNTRY_LAW = re.compile(
    r"\b(?:EU|EEA|UK|US|U\.S\.|Swiss|Federal|European|British|German|French|Irish|Dutch)\s+"
    r"(?:(?:accounting|tax|data protection|privacy|employment|consumer)\s+)?law\b"
)
_EMPTIED_PARENS = re.compile(r"\(\s*[,;]?\s*\)|\(\s*([^()]*?)\s*[,;]\s*\)")
_REPEATED_REGULATOR = re.compile(r"(the supervisory authority)(?:\W+the supervisory authority\)?)+")


def canonical_legal(text: str) -> str:
    """The text with cross-references and legal citations removed and every regulator called 'the supervisory
    authority' (cheap substring tests first: this runs on every sentence profiled)."""
    low = text.lower()
    out = text
    if "see " in low:
        out = CROSS_REFERENCE.sub("see", out)
    if any(w in low for w in _CITATION_WORDS) and _CITATION_HINT.search(out):
        out = CITATION.sub(" ", out)
        out = _EMPTIED_PARENS.sub(lambda m: f"({m.group(1)})" if m.group(1) else "", out)
    if " law" in low:
        out = _COUNTRY_LAW.sub("law", out)
    if any(w in low for w in _REGULATOR_WORDS) or _REGULATOR_ACRONYM.search(out):
        out = REGULATOR.sub("the supervisory authority", out)
        out = _REPEATED_REGULATOR.sub(r"\1", out)
    return out


_CITATION_WORDS = ("art", "sec", "recital", "regulation", "directive", "civ", "§", ":")
_REGULATOR_WORDS = (
    "authorit",
    "regulator",
    "commission",
    "ombudsman",
    "persoonsgegevens",
    "datatilsynet",
    "garante",
    "agencia",
)
_REGULATOR_ACRONYM = re.compile(r"\b(?:ICO|CNIL|FDPIC|EDÖB|PFPDT|AEPD|BfDI|DPC|APD|GBA)\b")

#: The buttons of a cookie-consent banner ("[Accept all] [Reject all]", "[OK]", "Cookie settings").
CONSENT_BUTTONS = re.compile(
    r"(?i)\[\s*(?:accept|reject|allow|deny|decline|refuse|agree|i agree|ok|okay|got it|dismiss|close|manage"
    r"|customi[sz]e|cookie (?:settings|preferences)|settings|preferences)[^\]]{0,20}\]"
)
#: The label of one such button, as a line of its own or in a row of them ("Cookie Settings · Reject All · Accept All").
_BUTTON = (
    r"(?:(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|customi[sz]e|(?:cookie )?(?:settings"
    r"|preferences)|manage (?:cookies|preferences|settings|choices)|save (?:preferences|settings|choices)"
    r"|(?:strictly )?necessary only|got it|ok|okay|i agree|dismiss)"
)
BUTTON_LINE = re.compile(rf"(?i)^\W*{_BUTTON}\W*$")
BUTTON_ROW = re.compile(rf"(?i){_BUTTON}\s*[·|•]\s*{_BUTTON}\W*$")
