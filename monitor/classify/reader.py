"""The reader named in the third person in one version of a sentence and addressed as "you" in the other. Pure.

A policy rewritten in the third person ("you can ask us to delete your account" -> "the user can ask us to delete
the user's account", "users can ask us to delete their accounts") states the same facts: a modified sentence whose
one version says "you" and whose other names the reader is compared with the named version read as "you"
(`as_reader`), its verbs in the second person ("the user withdraws" -> "you withdraw"). The words are in
vocabulary/reader.toml, with examples that run as tests.

Only the naming is read alike. A name with a determiner ("the user", "each member", "our customers") is read as
"you"; a bare plural or a pronoun ("users", "their") only where the other version says "you" / "your" after the
same word (or both at the start of a clause), so a narrower group ("registered users can" against "you can"),
another party ("other users", "third parties", "your children", "we", the "their" of partners) or anything else
changed beside the naming (a verb, a negation, a data type, a purpose, a period) is still there to be compared.
A version that says "you" itself names somebody else by "the user", and is read as written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from monitor.classify import vocabulary
from monitor.classify.verdicts import _hunks
from monitor.text.sentences import clean_block, split_sentences

_NAME = "reader"


@cache
def _vocabulary() -> tuple[
    re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], dict[str, str], dict[str, str], re.Pattern[str]
]:
    """(names pattern, second-person pattern, determiners, plural determiners, pronouns, irregular verbs, adverbs)."""
    table = vocabulary.load(_NAME)
    entry = vocabulary.check(
        _NAME,
        "[reader]",
        table.get("reader"),
        required={"nouns": list, "determiners": list, "plural_determiners": list, "second_person": list},
        optional={"adverbs": list, "others": list},
    )
    pronouns = {k.lower(): v for k, v in table.get("pronouns", {}).items()}
    irregular = {k.lower(): v for k, v in table.get("irregular", {}).items()}
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(entry["nouns"], key=len, reverse=True))
    said = "|".join(re.escape(p) for p in sorted(pronouns, key=len, reverse=True))
    dets = sorted(set(entry["determiners"]) | set(entry["plural_determiners"]), key=len, reverse=True)
    names = re.compile(
        r"(?<![\w'’/-])"
        rf"(?:(?P<det>{'|'.join(map(re.escape, dets))})\s+)?"
        rf"(?P<noun>{nouns})"
        r"(?P<plural>s)?(?P<poss>['’]s(?![\w'’])|(?<=s)['’](?![\w'’]))?(?![\w-])"
        rf"|(?<![\w'’/-])(?P<pronoun>{said})"
        r"(?![\w'’/-])",
        re.IGNORECASE,
    )
    # "you" also before a contraction ("you're", "you’ll")
    second = re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(entry['second_person'])})(?:(?=['’](?:re|ve|ll|d)\b)|(?![\w'’-]))", re.IGNORECASE
    )
    adverbs = re.compile(rf"(?:(?:{'|'.join(entry.get('adverbs', []))})\s+)*", re.IGNORECASE)
    return (
        names,
        second,
        frozenset(d.lower() for d in entry["determiners"]),
        frozenset(d.lower() for d in entry["plural_determiners"]),
        pronouns,
        irregular,
        adverbs,
    )


@cache
def _others() -> frozenset[str]:
    """Words before a plural name that make it people other than the reader ("other users")."""
    return frozenset(_stem(w) for w in vocabulary.load(_NAME)["reader"].get("others", []))


#: the word right before a position, when only spaces separate them (else the position opens a clause: "")
_LEFT = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: where a clause of a sentence ends, for the verbs a subject governs ("the user disables, modifies or rejects")
_CLAUSE_END = re.compile(r"[.;:!?()\[\]|]|\s(?:and|or|but)\s+(?:we|our|us)\b", re.IGNORECASE)


def _stem(word: str) -> str:
    """A word without its ending of the third person or the plural ("withdraws", "withdraw" -> "withdraw")."""
    w = word.lower().replace("’", "'")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _left(text: str, at: int) -> str:
    m = _LEFT.search(text[max(0, at - 40) : at])
    return _stem(m.group(1)) if m else ""


def _bases(word: str) -> list[str]:
    """The second-person forms a verb of the third person singular may stand for ("tries" -> "try", "uses" ->
    "use", "reaches" -> "reach"), most likely first."""
    low = word.lower()
    head, dash, tail = word.partition("-")
    if dash and head.lower().endswith("s"):  # "opts-in" -> "opt-in": the verb is the part before the hyphen
        return [b + dash + tail for b in _bases(head)]
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 3:
        return []
    out = []
    if low.endswith("ies") and len(low) > 4:
        out.append(word[:-3] + "y")
    if low.endswith("es"):
        out.append(word[:-2])
    out.append(word[:-1])
    return out


def _second_form(word: str, name: str) -> str:
    """`word` ("you", "your") in the case of the name it stands for ("The user" -> "You")."""
    return word.capitalize() if name[:1].isupper() else word


def addressed(text: str, other: str) -> str:
    """`text`, which names the reader, read in the second person where `other` addresses the reader ("the user
    withdraws the user's consent" beside "you withdraw your consent" -> "you withdraw your consent"). `text` is
    returned as it is when it says "you" itself (then "the user" is somebody else) or names nobody."""
    names, second, dets, plural_dets, pronouns, irregular, adverbs = _vocabulary()
    if second.search(text):
        return text
    contexts = {_left(other, m.start()) for m in second.finditer(other)}
    other_low = " ".join(other.lower().split())
    other_words = {w.lower() for w in _WORD.findall(other)}
    out: list[str] = []
    pos = 0
    named = False  # a noun of the reader read as "you": only then do "they" / "their" stand for the reader
    singular_ends: list[int] = []  # where a singular reader read as "you" ends: its verbs agree with "you"
    for m in names.finditer(text):
        det = (m.group("det") or "").lower()
        if m.group("pronoun"):
            if not named:
                continue
            word = pronouns[m.group("pronoun").lower()]
            singular = word == "you" and bool(re.search(r"\b(?:he|she)\b", m.group("pronoun"), re.IGNORECASE))
        else:
            plural = bool(m.group("plural"))
            poss = m.group("poss") or ""
            if plural and det not in plural_dets | {""}:
                continue
            if not plural and det not in dets:
                continue
            word = "your" if poss else "you"
            singular = not plural and not poss
        if not det and _left(text, m.start()) not in contexts:
            continue  # a bare plural or a pronoun: "registered users", "their" of partners stay as they are
        if _kept(text, m, other_low):
            continue  # the other version names the reader so too, here ("while you remain a user of the network")
        out.append(text[pos : m.start()])
        out.append(_second_form(word, m.group(0)))
        pos = m.end()
        named = named or not m.group("pronoun")
        if singular:
            singular_ends.append(len("".join(out)))
    if pos == 0:
        return text
    out.append(text[pos:])
    read = "".join(out)
    for end in reversed(singular_ends):
        read = read[:end] + _agree(read[end:], other_words, irregular, adverbs)
    return read


#: the name and the word after it, as the other version may write them too
_NEXT_WORD = re.compile(r"\s*(?:[\w'’-]+|[^\w\s])")


def _kept(text: str, m: re.Match[str], other_low: str) -> bool:
    """Whether the other version has the same name followed by the same word ("a user of", "the customer's
    account"): a name both versions write there is no renaming of "you"."""
    after = _NEXT_WORD.match(text, m.end())
    if after is None:
        return False
    phrase = " ".join((m.group(0) + after.group(0)).lower().split())
    return re.search(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", other_low) is not None


def _agree(rest: str, other_words: set[str], irregular: dict[str, str], adverbs: re.Pattern[str]) -> str:
    """The clause after a subject read as "you", its verbs in the second person: the verb right after it ("is" ->
    "are", "withdraws" -> "withdraw"), and a verb of the third person further on where the other version has its
    second-person form and not it ("disables, modifies or rejects" -> "disable, modify or reject")."""
    end = _CLAUSE_END.search(rest)
    clause, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    first = re.match(r"(\s+)", clause)
    gap = adverbs.match(clause, first.end()) if first else None
    at = gap.end() if gap else None
    words = list(_WORD.finditer(clause))
    done: list[tuple[int, int, str]] = []
    for w in words:
        word = w.group(0)
        if w.start() == at and word.lower() in irregular:
            done.append((w.start(), w.end(), irregular[word.lower()]))
            continue
        if word.lower() in other_words:
            continue
        base = next((b for b in _bases(word) if b.lower() in other_words), None)
        if base is not None:
            done.append((w.start(), w.end(), base))
    for start, stop, word in reversed(done):
        clause = clause[:start] + word + clause[stop:]
    return clause + tail


def as_reader(before: str, after: str) -> tuple[str, str]:
    """The two versions of a modified sentence with the reader read alike: the version that names the reader in the
    third person read in the second person where the other addresses the reader as "you". Unchanged when both (or
    neither) say "you"."""
    _, second, *_ = _vocabulary()
    sb, sa = bool(second.search(before)), bool(second.search(after))
    if sb == sa:
        return before, after
    if sb:
        return before, addressed(after, before)
    return addressed(before, after), after


def someone_else(before: str, after: str) -> str:
    """Where the reader of one version is somebody else in the other, once both are read alike ("you have the right
    to see your data" -> "the account administrator has the right to see the user's data"): the edit quoted, or "".
    An edit that puts another party where "you" stood, with no name of the reader beside it, changes whom the
    sentence concerns or who holds the right; "you" dropped with nothing in its place is left to the other rules."""
    names, second, dets, plural_dets, *_ = _vocabulary()
    others = _others()

    def reader_named(text: str) -> bool:
        """`text` names the reader: a name with a determiner of the reader, or a plural with none and no word
        of others before it ("users", "registered users", not "other users")."""
        for m in names.finditer(text):
            if m.group("pronoun"):
                return True
            det = (m.group("det") or "").lower()
            if det in (plural_dets if m.group("plural") else dets):
                return True
            if not det and m.group("plural") and _left(text, m.start()) not in others:
                return True
        return False

    for _, gone, came, _ in _hunks(before, after):
        for was, now, was_text in ((gone, came, before), (came, gone, after)):
            # a party in its place: a word other than a determiner ("your account" -> "the account" names nobody)
            party = any(w.lower() not in _DETERMINERS for w in _WORD.findall(now))
            if second.search(was) and party and not second.search(now) and not reader_named(now):
                if _the_reader_described(now, was_text):
                    continue
                return f'"{was.strip()}" → "{now.strip()}"'
    return ""


def _the_reader_described(now: str, text: str) -> bool:
    """`now` names the reader as the other version describes them ("If you are a resident of Nevada, you may ..."
    -> "Residents of Nevada may ..."): a group of people ("residents of Nevada", "California consumers") whose
    place or qualifier the other version says of the reader. A party the other version does not describe ("your
    employer", "residents of Texas") is somebody else."""
    m = _GROUP.search(now)
    if m is None:
        return False
    qualifiers = [
        w for w in _WORD.findall(m.group(0)) if w.lower().rstrip("s") not in _PEOPLE and (len(w) > 2 or w.isupper())
    ]  # "EU residents", "UK citizens"
    low = text.lower()
    return (
        bool(qualifiers)
        and re.search(r"\byou(?:'re| are| live| reside)\b", low) is not None
        and all(
            re.search(rf"\b{re.escape(w.lower())}\b", low) for w in qualifiers if w.lower() not in ("the", "of", "in")
        )
    )


#: nouns of people the reader may be described as, in the other version's own words ("if you are a resident of")
_PEOPLE = frozenset(("resident", "citizen", "consumer", "individual", "person", "people"))
#: a group of people named by where they live ("residents of Nevada", "California consumers", "EU citizens")
_GROUP = re.compile(
    r"(?:\b[A-Z][\w.-]*\s+)?\b(?i:residents?|citizens?|consumers?|individuals?|persons?|people)\b"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
)


#: words that name nobody in the place of "your" ("the account", "this account")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "such", "each", "any"))


@cache
def _holder_vocabulary() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]
]:
    """(powers, audiences, clause openers (patterns), the company's words, distributive determiners, pronouns of
    things, what hands a power on to the reader (pattern)) of reader.toml [holder]."""
    entry = vocabulary.check(
        _NAME,
        "[holder]",
        vocabulary.load(_NAME).get("holder"),
        required={"powers": list, "audiences": list, "clause_openers": list, "company": list},
        optional={"distributive": list, "things": list, "enabling": list, "stative": list},
    )

    def words(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))

    # a power followed by "be" is passive: "your data may (not / no longer) be shared" names no holder; so does one
    # followed by a verb of state ("pictures may also include location data")
    passive = "|".join(["be", *(re.escape(w) for w in entry.get("stative", []))])
    powers = re.compile(
        rf"(?<![\w'’-])(?:{words(entry['powers'])})(?![\w'’-])"
        r"(?!\s+(?:(?:not|never|no\s+longer|also|still|only|later|then|now|again|ever|\w+ly)\s+){0,2}"
        rf"(?:{passive})\b)",
        re.IGNORECASE,
    )
    audiences = re.compile(
        rf"(?<![\w'’-])(?:{words(entry['audiences'])})\s+(?:only\s+)?(?:to|by)\s+(?P<who>[^.,;:()]+)", re.IGNORECASE
    )
    openers = re.compile(rf"[,;:()\[\]]|(?<![\w'’-])(?:{words(entry['clause_openers'])})(?![\w'’-])", re.IGNORECASE)
    company = frozenset(w.lower() for w in entry["company"])
    distributive = frozenset(w.lower() for w in entry.get("distributive", []))
    # pronouns that stand for a thing, not a party: "it can no longer be seen"
    things = frozenset(w.lower() for w in entry.get("things", []))
    # a power that hands the doing to the reader ("settings can help you remove it", "local laws may give you
    # rights"): one of the `enabling` verbs, then "you", right after the power
    enabling = entry.get("enabling", [])
    passed_on = re.compile(rf"\s+(?:\w+ly\s+)?(?:{words(enabling)})\s+you\b" if enabling else r"(?!)", re.IGNORECASE)
    return powers, audiences, openers, company, distributive, things, passed_on


#: the clause openers that describe the word before them: the holder of "people who manage a team can" is "people"
_RELATIVE = frozenset({"who", "that", "which"})
#: words that open a relative clause's own subject ("the ads that you may have seen"): the power is in that clause
_CLAUSE_SUBJECTS = frozenset(
    {"you", "we", "they", "he", "she", "it", "i", "our", "your", "their", "his", "her", "its", "the", "a", "an"}
    | {"this", "these", "those", "some", "any", "all", "each", "every", "no", "other", "others"}
)
#: how many words a holder or an audience is read to ("your team's account administrators")
_HOLDER_WORDS = 6


def _role(words: str) -> str:
    """Whom `words` name: "reader" (you, the user, members), "company" (we, us), "other" (anyone else), or ""."""
    names, second, dets, plural_dets, *_ = _vocabulary()
    _, _, _, company, distributive, _, _ = _holder_vocabulary()
    found = _WORD.findall(words)[:_HOLDER_WORDS]
    if not found:
        return ""
    text = " ".join(found)
    if any(second.fullmatch(w) and not w.lower().startswith("your") for w in found):
        return "reader"  # "you", "yourself"; "your employer" is somebody else
    for m in names.finditer(text):
        if m.group("poss") or m.group("pronoun"):
            continue  # "the user's parent"; "they" / "their" stand for anyone ("staff who need their files")
        det = (m.group("det") or "").lower()
        if det in (plural_dets if m.group("plural") else dets):
            return "reader"
        if not det and m.group("plural") and _left(text, m.start()) not in _others():
            return "reader"
    if found[0].lower() in company:
        return "company"
    if any(w.lower() in distributive for w in found):
        return ""  # "each account holder", "every parent": the reader among others, or not
    return "other"


def holders(sentence: str) -> tuple[str, ...]:
    """Who holds each right or power a sentence states and to whom it shows something, in order: "reader",
    "company" or "other" (reader.toml [holder]). "You have the right to see your data" -> ("reader",); "Your
    employer can see your data" -> ("other",); "Your profile is visible only to you" -> ("reader",); "the user may
    ask us" -> ("reader",); "your data may be shared" names no holder (passive) -> ()."""
    return tuple(role for role, _ in _holders(sentence))


#: where the next list item starts inside a sentence, when a list was read as one sentence with its introduction: a
#: bullet, or a capitalised pronoun or conjunction no sentence has mid-way ("... to another user You have granted");
#: not "Our" or "Your", which defined terms capitalise ("visible to Your Friends")
_ITEM_START = re.compile(r"\s(?:[*\u2022\u00b7\u25aa]\s|(?=(?:You|We|They|This|These|If|When|Where)\b))")


@lru_cache(maxsize=8192)
def _holders(sentence: str) -> tuple[tuple[str, str], ...]:
    """`holders`, each with the words that name it (cached: a passage's sentences are read again each time a region
    is compared)."""
    powers, audiences, openers, _, _, things, passed_on = _holder_vocabulary()
    found: list[tuple[int, str, str]] = []
    for m in powers.finditer(sentence):
        before = sentence[max(0, m.start() - 120) : m.start()]
        cut = list(openers.finditer(before))
        subject = _WORD.findall(before[cut[-1].end() :] if cut else before)
        if cut and cut[-1].group(0).lower() in _RELATIVE and subject and subject[0].lower() not in _CLAUSE_SUBJECTS:
            # "anyone who does not meet the limit may ...": the holder is the one the relative clause describes
            described = _WORD.findall(before[cut[-2].end() if len(cut) > 1 else 0 : cut[-1].start()])
            subject = described or subject
        # a pronoun right before the power is its subject, whatever phrase opens the clause ("For your
        # convenience, we may ..."; "Once you delete it, it can ...")
        head = subject[-1].lower() if subject else ""
        if head in things:
            continue
        named = head if head in ("we", "us", "you") else " ".join(subject[-_HOLDER_WORDS:])
        role = _role(named)
        if role == "other" and passed_on.match(sentence, m.end()):
            role, named = "reader", "you"
        if role:
            found.append((m.start(), role, named))
    for m in audiences.finditer(sentence):
        who = _ITEM_START.split(m.group("who"), 1)[0]  # "... to another user You have ...": the next item
        stop = openers.search(who)
        named = who[: stop.start()] if stop else who
        role = _role(named)
        if role:
            found.append((m.start(), role, named))
    return tuple((role, named) for _, role, named in sorted(found))


def holder_replaced(texts_b: Sequence[str], texts_a: Sequence[str]) -> bool:
    """Another party took the reader's place as the holder of a right or power or as the audience of what is shown
    (`holders`), or the reader took another party's: fewer of the passage's rights are the reader's and more
    somebody else's ("You have the right to see the data we hold about you" -> "Your employer has the right to see
    the data we hold about you"; "Your profile is visible only to you" -> "Your profile is visible to other
    members"). No practice, limit or number records who holds a right, so the facts alone read these alike. The
    reader named in the third person ("the user has the right"), "may" -> "can", or "we" -> the company's name keeps
    the count; so does a passage whose powers are only reworded into statements ("you can ask us" -> "we delete on
    request"), as no other party gains one."""

    def count(texts: Sequence[str], others: Sequence[str]) -> Counter[str]:
        # "Residents of Nevada may ..." where the other version says "If you are a resident of Nevada, you may"
        other = " ".join(others)
        return Counter(
            "reader" if role == "other" and _the_reader_described(named, other) else role
            for t in texts
            for s in split_sentences(clean_block(t))
            for role, named in _holders(s)
        )

    cb, ca = count(texts_b, texts_a), count(texts_a, texts_b)
    return (ca["reader"] < cb["reader"] and ca["other"] > cb["other"]) or (
        ca["reader"] > cb["reader"] and ca["other"] < cb["other"]
    )
