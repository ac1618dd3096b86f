"""Whole-document awareness: a statement added or removed whose facts the other version states anyway."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from monitor.classify import lexicon as lx
from monitor.classify import recap
from monitor.classify.audience import audience, restates_for
from monitor.classify.evidence import normal
from monitor.classify.facts import reach_changed
from monitor.classify.layout import _wrapped
from monitor.text.sentences import clean_block, split_sentences

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
#: words too common in policies to say which sentence states the same thing
_COMMON = frozenset(
    re.findall(
        r"\S+",
        "your with that this from have will which their about information data personal other when such these those"
        " they them also more than into only used uses using what where there been were does through including"
        " provide services service policy privacy",
    )
)
#: the fewest content words of a statement found said again word for word (`Document.says_again`), and its figures
_SAID_AGAIN_WORDS = 5
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
#: how many sentences of the other version are read closely for one statement, and how many words it must share
_CANDIDATES = 8
_OVERLAP = 1 / 3
#: the shortest statement that is compared (a list item or a fragment reads only with its list's introduction)
_MIN_WORDS = 6
#: the shortest introduction of a list read as a statement ("Our security measures include:"); a shorter one is a
#: label ("We sell:" reads with its items)
_INTRO_WORDS = 3
#: the longest list item read with its introduction (a longer one is a paragraph of its own)
_ITEM_WORDS = 40
#: a list item's line (as `Layout` reads one)
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d{1,3}[.)])\s")
#: facts that must be the same on both sides; the rest of one side must be among the other side's facts
_EXACT = ("limit", "requests limited")
#: the exact facts that limit the reader, not the company: a passage without them does not restate a statement that
#: sets them ("requests are only accepted by post")
_AGAINST_THE_READER = frozenset({("requests limited",)})


#: what a statement does with data, by its handling verbs: a passage restating it must do the same ("we use your
#: name to contact you" is not restated by "we collect your name", nor "we share X" by "X is deleted")
_ACTS = (
    ("collect", re.compile(r"(?<![\w-])(?:collect|gather|obtain|solicit(?!ation)|captur|record|upload)")),
    (
        "disclose",
        re.compile(r"(?<![\w-])(?:shar|disclos|transfer|transmit|send|sent(?![\w-]))"),
    ),
    ("sell", re.compile(r"(?<![\w-])(?:sell|sold|rent)")),
    ("retain", re.compile(r"(?<![\w-])(?:retain|keep|kept|stor(?!age|y|ies)|delet|eras)")),
    (
        "use",
        re.compile(
            # "when you use the service" is the user's doing
            r"(?<![\w-])(?:(?<!you )(?<!your )(?<!they )us(?:e|es|ed|ing)(?![\w-])"
            r"|analy[sz]|profil|combin|track|monitor)"
        ),
    ),
)


@lru_cache(maxsize=16384)  # a passage is read for its acts each time a statement looks for it
def acts(text: str) -> frozenset[str]:
    """The kinds of handling a text states (collect, disclose, sell, retain, use), by its verbs."""
    low = text.lower()
    return frozenset(name for name, pattern in _ACTS if pattern.search(low))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _WORD.findall(text.lower()) if w not in _COMMON)


@dataclass(frozen=True)
class Document:
    """The sentences of one version, with their content words, to find where a statement stands."""

    text: str

    @cached_property
    def _read(self) -> tuple[list[str], int, list[str]]:
        """The sentences, then each list read whole with its introduction ("We collect: a; b; c."), and how many
        of them are sentences: a list restates what a sentence says as items, and the reverse. Last, the heading
        each of them stands under."""
        out: list[str] = []
        heads: list[str] = []
        lists: list[str] = []
        list_heads: list[str] = []
        intro = heading = ""
        items: list[str] = []
        previous = ""
        for line in self.text.splitlines():
            if not line.strip():
                continue
            block = clean_block(line)
            previous, wrapped = line, bool(items) and _wrapped(previous, line)
            if _LIST_ITEM.match(line):
                if block:
                    items.append(block.rstrip(" .;,"))
            elif wrapped:
                if block:  # the rest of a list item wrapped onto the next line
                    items[-1] = f"{items[-1]} {block.rstrip(' .;,')}"
            else:
                if items and intro:
                    lists.append(f"{intro} {'; '.join(items)}.")
                    list_heads.append(heading)
                items = []
                intro = block if block.endswith(":") else ""
                if line.startswith("#"):
                    heading = block
            if block:
                said = split_sentences(block)
                out.extend(said)
                heads.extend([heading] * len(said))
        if items and intro:
            lists.append(f"{intro} {'; '.join(items)}.")
            list_heads.append(heading)
        return out + lists, len(out), heads + list_heads

    def audience_of(self, passage: tuple[str, ...]) -> frozenset[str]:
        """Whom a passage of this version addresses (`audience.audience`), by its words and its section's heading."""
        cache = self.__dict__.setdefault("_audiences", {})
        if passage not in cache:
            at = self.__dict__.setdefault("_at", {s: k for k, s in reversed(list(enumerate(self.sentences)))})
            k = at.get(passage[0])
            heading = self._read[2][k] if k is not None else ""
            cache[passage] = audience("\n".join((heading, *passage)))
        return cache[passage]

    @cached_property
    def sentences(self) -> list[str]:
        return self._read[0]

    @cached_property
    def words(self) -> list[frozenset[str]]:
        return [_content_words(s) for s in self.sentences]

    @cached_property
    def index(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for k, ws in enumerate(self.words):
            for w in ws:
                out.setdefault(w, []).append(k)
        return out

    @cached_property
    def low(self) -> str:
        return " ".join(normal(line) for line in self.text.splitlines() if line.strip())

    def _holding(self, want: frozenset[str]) -> Iterator[str]:
        """The sentences of this version that hold every word of `want`."""
        first = min(want, key=lambda w: len(self.index.get(w, ())))
        return (self.sentences[k] for k in self.index.get(first, ()) if want <= self.words[k])

    def has_words(self, text: str) -> bool:
        """Whether one sentence of this version holds every content word of `text` (at least two of them)."""
        want = _content_words(text)
        return len(want) >= 2 and any(True for _ in self._holding(want))

    def says_again(self, text: str) -> bool:
        """Whether one sentence of this version holds every content word of `text` (at least `_SAID_AGAIN_WORDS` of
        them), with the same denials and the same figures: the statement said again, whatever the vocabulary reads
        in it."""
        want = _content_words(text)
        if len(want) < _SAID_AGAIN_WORDS:
            return False
        low = text.lower()
        denied, figures = bool(lx.NEGATION.search(low)), sorted(_FIGURE.findall(low))
        return any(
            bool(lx.NEGATION.search(theirs)) == denied and sorted(_FIGURE.findall(theirs)) == figures
            for theirs in (s.lower() for s in self._holding(want))
        )

    def names(self, mine: frozenset) -> bool:
        """Whether this version names every topic of a pointer's facts (a right, a choice, a kind of data): the
        section pointed to states the practice. Not for a negated topic, a number, a name, a sale or sensitive data
        (a pointer to "opt out of the sale" says there is a sale, whatever else the policy says of selling)."""
        topics = [f[1] for f in mine if f[0] == "concept" and f[1] not in _CHANNELS]
        if not topics or any(f[0] in ("negated", "denials", "number", "name") for f in mine):
            return False
        if lx.any_critical(topics):
            return False
        return all(lx.CONCEPTS_BY_NAME[n].pattern.search(self.low) for n in topics)

    def parts(self, sentence: str) -> list[str]:
        """The clauses of one of this version's sentences stating several practices (recap.clauses), or []."""
        cache = self.__dict__.setdefault("_parts", {})
        if sentence not in cache:
            cache[sentence] = recap.clauses(sentence)
        return cache[sentence]

    @cached_property
    def _acts(self) -> list[frozenset[str]]:
        return [_bare_acts(s) for s in self.sentences[: self._read[1]]]

    def does(self, doing: frozenset[str], limits: set, facts: Callable[[str], frozenset]) -> bool:
        """Whether a sentence of this version does `doing` (collect, disclose, retain...) with data, affirmed (no
        negation) and within no limit `limits` lacks: where a list's introduction names only the act, and its
        items what the act reaches."""
        for k, done in enumerate(self._acts):
            if not doing <= done:
                continue
            theirs = facts(self.sentences[k])
            if any(f[0] in ("negated", "denials") for f in theirs) or not any(f[0] == "concept" for f in theirs):
                continue
            if limits & _AGAINST_THE_READER - theirs:
                continue  # a limit on the reader's requests is no limit on the act: the other must set it too
            if {f for f in theirs if f[0] in _EXACT} | _conditions(self.sentences[k]) <= limits:
                return True
        return False

    def mentions(self, mine: frozenset, facts: Callable[[str], frozenset]) -> bool:
        """Whether one sentence of this version names every concept and number of `mine`, affirmed or denied."""
        topics = {f[1] for f in mine if f[0] == "concept"}
        numbers = {f for f in mine if f[0] == "number"}
        if not topics or not all(n in lx.CONCEPTS_BY_NAME for n in topics):
            return False
        digits = [f"{f[2]:g}" for f in numbers]
        for sentence in self.sentences[: self._read[1]]:
            if not all(d in sentence for d in digits):
                continue
            low = sentence.lower()
            if not all(lx.CONCEPTS_BY_NAME[n].pattern.search(low) or n == "children" for n in topics):
                continue  # an age stated names children ("anyone under 13")
            theirs = facts(sentence)
            if topics <= {f[1] for f in theirs if f[0] == "concept"} and numbers <= theirs:
                return True
        return False

    def candidates(self, text: str) -> list[tuple[str, ...]]:
        """The passages (a sentence, or it with the next) sharing most content words with `text`, sentence by
        sentence."""
        want = _content_words(text)
        if not want:
            return []
        hits: dict[int, int] = {}
        for w in want:
            for k in self.index.get(w, ())[:400]:
                hits[k] = hits.get(k, 0) + 1
        # ties go to the earlier sentence: `hits` fills in the order of a set of words, which changes from run to run
        best = sorted((k for k, n in hits.items() if n >= _OVERLAP * len(want) - 1e-9), key=lambda k: (-hits[k], k))
        out: list[tuple[str, ...]] = []
        for k in best[:_CANDIDATES]:
            out.append((self.sentences[k],))
            if k + 1 < self._read[1]:
                out.append((self.sentences[k], self.sentences[k + 1]))
        return out


def covered(
    statement: str, other: Document, facts: Callable[[str], frozenset], added: bool, intro: str = "", heading: str = ""
) -> bool:
    """Whether a passage of `other` states every fact of `statement`: each practice with its negation, term, number,
    name and scope, and the same limits (an added statement must not drop a limit the old version set; a removed
    one must not take away a limit the new version no longer sets). A list item is read with its list's
    introduction (`intro`, ending in ":"): its facts are what it adds to the introduction ("We never collect:" +
    "your health data" denies collecting health data). The passage must name the data in a sentence that does the
    same act with it (`_bound`), and a condition ("if you turn it on") counts as a limit: a CCPA-style list of
    categories gaining a sensitive one is new when the policy named that data only in a definition, an example, a
    consent request or a feature the user opts into. The passage must address the readers the statement addresses
    (`audience`, by its words, its introduction's and its section `heading`'s): a right dropped for "everyone
    else" does not stand in the EEA section."""
    if _points_elsewhere(statement) and other.names(facts(_pointed_topic(statement))):
        return True  # a pointer to where a practice is explained; else read as what it states ("your choices ...")
    if intro.endswith(":") and _group_label(statement):
        # a label grouping the items of a list under it ("Preventing harm, fraud and misuse:"): a heading, which the
        # items state; stated where one sentence of the other version names its topics
        return other.mentions(facts(f"{statement.rstrip(' :')}."), facts)
    if intro.endswith(":") and len(statement.split()) <= _ITEM_WORDS:
        mine = facts(f"{intro} {statement.rstrip(' .;,')}.") - facts(intro)
        doing = acts(f"{intro} {statement}")
        if not any(f[0] == "concept" for f in mine):
            # an item whose words the vocabulary does not read ("process orders and transactions"): stated where
            # one sentence of the other version has every content word of it (a list turned into prose)
            return other.has_words(statement)
    elif _introduces_list(statement):
        statement = f"{statement.rstrip(' :')}."  # its items are judged with it, one by one (the branch above)
        mine = facts(statement)
        doing = acts(statement)
        # the company's act, or an act said in the passive ("Personal data is shared in the following ways:")
        bare = _bare_acts(statement) or doing
        if bare and not any(f[0] in ("concept", "negated", "denials", "name", "number") for f in mine):
            # "We may disclose personal data to the following recipients:": the act alone, on personal data
            return other.does(bare, {f for f in mine if f[0] in _EXACT} | _conditions(statement), facts)
        if not doing and not any(f[0] in ("negated", "denials", "name", "limit", "right") for f in mine):
            # "The following applies to children under 13:": a label of what the list is about, stated where one
            # sentence of the other version names the same topics and numbers, whatever it says of them
            return other.mentions(mine, facts)
    elif len(statement.split()) < _MIN_WORDS or not (
        statement.rstrip(" )\"'").endswith((".", "!")) or _ENDS_WITH_ADDRESS.search(statement)
    ):
        return False  # a fragment: what it adds depends on what introduces it (not a sentence ending in a link)
    else:
        mine = facts(statement)
        doing = acts(statement)
    if not any(f[0] == "concept" for f in mine):
        # facts that bind no practice ("We retain your account information for as long as your account is active"
        # reads as a bound only): stated where a sentence of the other version says it again, word for word
        return other.says_again(statement)
    core = {f for f in mine if f[0] not in _EXACT and f[0] not in ("may", "hedge", "denials")}
    core -= _incidental(core, added)
    limits = {f for f in mine if f[0] in _EXACT} | _conditions(f"{intro} {statement}" if intro else statement)
    scope = _scope(statement, intro, heading, facts)
    if _stands(statement, core, doing, limits, other, facts, added, scope=scope):
        return True
    # a sentence stating several practices at once, each of which the other version states somewhere; a list
    # item so only under a label that states nothing of its own ("Key points:")
    if intro and (acts(intro) or any(f[0] in _STATING for f in facts(intro))):
        return False
    return _restated_clause_by_clause(statement, other, facts, added, scope)


#: a sentence that ends in a web address ("..., please see: http://example.org/opt-out") is whole
_ENDS_WITH_ADDRESS = re.compile(r"(?::|\bsee|\bvisit|\bat)\s+<?(?:https?://|www\.)\S+$")


#: breadth words that only say a list or a statement is not exhaustive ("among other things", "including but not
#: limited to"): a restatement of a removed statement need not repeat them. Not "all" or "any", which can carry the
#: practice ("you can set your browser to refuse all cookies" says more than "cookies are stored on your device")
_NOT_EXHAUSTIVE = frozenset(
    ("scope", w) for w in ("including but not limited to", "without limitation", "among other things", "and others")
)


def _incidental(core: set, added: bool) -> set:
    """The facts of a statement a restatement need not state: for a removed statement, a phrase that only says the
    statement is not exhaustive ("among other things", "including but not limited to"). The practice stands without
    it; a limit, a negation, a number, a name, a term, an "all" or "any", or a default the statement sets must
    still be stated (an added statement is left to its own reading).

    Family: statements removed from a real policy whose practice the new version states in other words, without
    the "among other things" or "including but not limited to" of the old wording."""
    return core & _NOT_EXHAUSTIVE if not added else set()


#: a setting's default state ("off by default", "is enabled by default", "disabled by default")
_DEFAULT = re.compile(
    r"(?<![\w-])(on|off|enabled|disabled|active|inactive|activated|deactivated)(?:\s+\w+)?\s+by\s+default(?![\w-])"
)
_DEFAULT_STATE = {"on": "on", "enabled": "on", "active": "on", "activated": "on"}


def _defaults(text: str) -> set[str]:
    """The default states a text gives a setting ("off by default" -> {"off"}): a passage restating a statement
    must give the same ("on by default" does not restate "off by default", though both name the default).

    Family: features and settings described as off (or on) until the user changes them."""
    if "default" not in text:
        return set()
    return {_DEFAULT_STATE.get(m.group(1), "off") for m in _DEFAULT.finditer(text.lower())}


def _stands(
    statement: str,
    core: set,
    doing: frozenset[str],
    limits: set,
    other: Document,
    facts: Callable[[str], frozenset],
    added: bool | None,
    loose: bool = False,
    query: str = "",
    needs: set[str] | None = None,
    scope: frozenset[str] | None = None,
) -> bool:
    """Whether a passage of `other` states `core` (the statement's facts but its limits) doing `doing` with the
    data, within the same limits: no fewer for an added statement (an "only" it adds must hold: `_exclusive`), no
    more for a removed one, exactly these when `added` is None. With `loose`, a term of a concept is stated by the
    passage's words ("device data" by "your device model" where the passage names device identifiers: a summary
    names a kind of data in fewer words), and a sentence's clauses are passages too. With `needs`, the data a
    pronoun of the statement stands for ("share them") must be what the passage handles."""
    for passage, whole in _passages(other, query or statement, loose):
        text = " ".join(passage)
        if not doing <= acts(text) or (scope is not None and not restates_for(scope, other.audience_of(whole))):
            continue
        # the data must be what the act is done to: named in a sentence that does it (or goes on about one that
        # does), not in a definition, an example or a condition next to it
        bound = _bound(passage, doing)
        if not bound or _defaults(statement) - _defaults(" ".join(bound)):
            continue
        theirs = facts(text)  # read after the cheap tests above, which most candidates fail
        held = theirs if len(bound) == len(passage) else facts(" ".join(bound))
        # a name is stated when the passage has it where it was not read as one ("ID" in a list after a comma)
        low = text.lower()
        if any(
            f not in (held if f[0] in ("concept", "term") else theirs)
            and (f[0] != "name" or not re.search(rf"(?<!\w){re.escape(f[1])}(?!\w)", low))
            and not (loose and f[0] == "term" and _shorter_term(f, held, low))
            and not (f[0] == "term" and _same_kind_term(f, held, core))
            and not (loose and f[0] == "negated" and _same_denial(f[1], theirs))
            for f in core
        ):
            continue
        if needs and not _reaches(needs, held if whole == passage else facts(" ".join(whole))):
            continue
        if any(f[0] == "negated" for f in core) and _reach_differs(statement, passage):
            continue
        their_limits = {f for f in theirs if f[0] in _EXACT} | _conditions(" ".join(bound))
        if added is None:
            if their_limits == limits:
                return True
        elif (
            (their_limits <= limits)
            if added
            # a removed denial stands in one with no limit it lacks ("we will not discriminate against you if you
            # exercise your rights" in "the right not to be discriminated against"; not "we never sell it" in "we
            # never sell it if you opt out"); another statement in one keeping every limit it set
            else (their_limits <= limits if _denial(core) else limits <= their_limits)
        ) and (
            # an "only" the passage does not say holds where nothing else of its kind is done with the data
            not added or not (limits - their_limits) & _ONLY or _exclusive(frozenset(core), doing, other, facts)
        ):
            return True
    return False


def _scope(statement: str, intro: str, heading: str, facts: Callable[[str], frozenset]) -> frozenset[str] | None:
    """Whom a statement's rights or choices are for (`audience`): the readers of a place hold a right its section
    grants, whereas a practice a regional notice discloses ("Notice to California residents: we collect ...") is
    the company's, whoever reads of it. None for a statement that grants no right or choice."""
    said = f"{intro} {statement}" if intro else statement
    if not any(
        f[0] == "right"
        or (f[0] == "concept" and f[1] in lx.CONCEPTS_BY_NAME and lx.CONCEPTS_BY_NAME[f[1]].category in (lx.UR, lx.UC))
        for f in facts(said)
    ):
        return None
    return audience("\n".join((heading, (split_sentences(intro) or [""])[-1], statement)))


def _denial(core: set) -> bool:
    """Every practice the statement names, it denies ("We will not sell your data if you opt out")."""
    named = {f[1] for f in core if f[0] == "concept"}
    return bool(named) and all(("negated", n) in core for n in named)


def _passages(other: Document, query: str, clauses: bool) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The candidate passages of `other` for `query`, each with the passage it is part of; with `clauses`, each
    sentence's clauses too ("We keep it while your account is active" of "We keep it while ... and delete it within
    30 days"): a clause of a summary is restated by a clause of the body, with that clause's limits."""
    out = []
    for passage in other.candidates(query):
        out.append((passage, passage))
        if clauses and len(passage) == 1:
            out.extend(((part,), passage) for part in other.parts(passage[0]))
    return out


def _reach_differs(statement: str, passage: Sequence[str]) -> bool:
    """Whether the statement's denials reach other terms than the passage's (`facts.reach_changed`): "does not allow
    X or Y" is not restated by "X is not allowed, but Y may be used" nor by "X is not allowed"; a passage denying more
    than a statement says does state it."""
    return reach_changed(split_sentences(clean_block(statement)), passage)


def _shorter_term(term: tuple, held: frozenset, low: str) -> bool:
    """A term ("devic") of a concept `held` states, whose every word stands in the passage (`low`) or in the
    concept's name: "device data" is stated by "your device model" where the passage names device identifiers, and
    "service providers" by "hosting providers and our payment processor" where it names service providers, "sold"
    by "sell"."""
    if ("concept", term[1], False) not in held and ("concept", term[1], True) not in held:
        return False
    named = _name_stems(term[1])
    if all(stem in named or re.search(rf"(?<![\w-]){re.escape(stem)}", low) for stem in term[2].split()):
        return True
    # a handling verb in another form ("sold" by "sell"): the passage does the same act
    done = acts(term[2])
    return bool(done) and done <= acts(low)


def _same_kind_term(term: tuple, held: frozenset, core: set) -> bool:
    """A term stated by another term of its concept: a kind of recipient whose terms are other words for it (third
    parties, advertisers, affiliates; "third-party advertising companies" by "an outside ad company"), or a purpose
    named only in general ("advertising" by "ads").
    Kinds of data, tracking techniques, purposes, safeguards and most recipients name different things by different
    terms ("cookies" is not "pixels", "sponsors" are not "data partners", AI training is not analytics).

    A denied term is its own ("no interest-based advertising or remarketing" is not restated by "no interest-based
    advertising").

    Family: an ad or sharing paragraph restated in other words elsewhere on the page."""
    if ("concept", term[1], False) not in held and ("concept", term[1], True) not in held:
        return False
    if ("negated", term[1]) in core:
        return False
    if term[1] in _PARTY_KINDS:
        return True
    # a term that only names a purpose ("advertising" of advertising) is stated by any mention of it ("ads"); a kind
    # of data or a technique named in general ("the device you use") is not stated by a kind of it ("IP address")
    concept = lx.CONCEPTS_BY_NAME.get(term[1])
    named = _name_stems(term[1])
    return (
        concept is not None
        and concept.category not in (lx.DC, lx.TR)
        and all(stem in named for stem in term[2].split())
    )


def _name_stems(concept: str) -> set[str]:
    """The stems of a concept's name ("device identifiers" -> {"devic", "ident"}), as terms are written."""
    return {w[:5] for w in concept.lower().split() if len(w) > 3}


#: kinds of recipient whose terms are other words for one kind (not partners, service providers, advisers,
#: authorities, brokers or insurers, whose terms name different parties: "sponsors", "payment processors", "auditors")
_PARTY_KINDS = frozenset({"third parties", "affiliates", "advertisers"})


#: a clause that handles what an earlier one named ("..., and share them with ...", "it is never sold")
_BACK = re.compile(r"(?<![\w-])(?:it|them|this|these|those|such (?:data|information))(?![\w-])")


def _data(mine: frozenset) -> set[str]:
    """The kinds of data a clause's facts name (the vocabulary's data_collection concepts, "personal data" aside)."""
    return {
        f[1]
        for f in mine
        if f[0] == "concept"
        and f[1] in lx.CONCEPTS_BY_NAME
        and lx.CONCEPTS_BY_NAME[f[1]].category == lx.DC
        and lx.CONCEPTS_BY_NAME[f[1]].specific
    }


def _reaches(needs: set[str], held: frozenset) -> bool:
    """Whether a passage's act reaches the data `needs` names: it names them, or it names no kind of data ("we share
    personal data with ...") and none of them is sensitive (a sale or sharing of health data must be stated)."""
    theirs = _data(held)
    return needs <= theirs or (not theirs and not lx.any_critical(needs))


def _verb_act(stem: str) -> frozenset[str]:
    """The act a denied verb's stem names ("sell", "sol" of "sold", "shar"), or none for a concept's name."""
    if " " in stem or stem in lx.CONCEPTS_BY_NAME:
        return frozenset()
    return acts(stem) or acts(f"{stem}d")


def _same_denial(stem: str, theirs: frozenset) -> bool:
    """A handling verb denied ("never sold") where the passage denies the same act in another form ("do not
    sell")."""
    done = _verb_act(stem)
    return bool(done) and any(f[0] == "negated" and _verb_act(f[1]) == done for f in theirs)


#: the limiters that make a practice exclusive ("only with our service providers", "solely to run the app")
_ONLY = frozenset({("limit", "only")})
#: the facts a clause of a summary states that the other version must state too (a clause with none of them, "we
#: use it to run the app", names no practice the vocabulary reads)
_STATING = ("concept", "negated", "number", "name", "limit")
#: the most sentences of the other version read to tell whether a practice is done with anything else
_EXCLUSIVE_READ = 60
#: the plain verbs of each act (`_ACTS`), to find where a clause's act is done
_PLAIN_VERBS = {"collect": "collect", "disclose": "share disclose", "sell": "sell", "retain": "keep", "use": "use"}
#: the kind of concept each act reaches, for an "only" whose clause names no concept
_KIND = {"collect": lx.DC, "use": lx.DU, "disclose": lx.TP, "sell": lx.TP, "retain": lx.DR}
#: a message sent to the user is no disclosure ("we send you reminders")
_TO_YOU = re.compile(r"(?<![\w-])(?:send|sends|sending|sent)\s+(?:to\s+)?you(?![\w-])")


def _restated_clause_by_clause(
    statement: str,
    other: Document,
    facts: Callable[[str], frozenset],
    added: bool = True,
    scope: frozenset[str] | None = None,
) -> bool:
    """A sentence stating several practices ("we collect X, use it to run the app, share it only with Y and never
    sell it", recap.clauses) is restated when the other version states each of its clauses somewhere, each with its
    polarity, its data and recipients, and exactly its limits: an "only" stands when the other version does that
    act with nothing the clause does not name (`_exclusive`). One clause new, negated the other way, or with a limit
    added or dropped keeps the statement new. Clauses naming no practice ("we use it to run the app") add nothing.

    Family: summaries ("at a glance", key points, section intros, closing recaps) added or dropped while the body
    of the policy states every practice they name."""
    if any(f[0] in _STATING for f in facts(recap.label(statement))):
        return False  # "Advertisers: we share your data with them": the label says with whom
    read = 0
    named: set[str] = set()  # the data the clauses so far name, what "it" / "them" stand for
    numbers = {f for f in facts(statement) if f[0] == "number"}  # the periods an "only" may be bounded by
    for clause in recap.clauses(statement):
        mine = facts(clause)
        data = _data(mine)
        needs = named if not data and _BACK.search(clause.lower()) else set()
        named = data or named
        if not any(f[0] in _STATING for f in mine):
            continue
        read += 1
        doing = acts(clause)
        core = {f for f in mine if f[0] not in _EXACT and f[0] not in ("may", "hedge", "denials")}
        core -= _incidental(core, added)
        limits = {f for f in mine if f[0] in _EXACT} | _conditions(clause)
        # a clause is short: its verbs in their plain forms find the sentences that do the same ("never sold")
        query = " ".join([clause, *(_PLAIN_VERBS[a] for a in sorted(doing))])
        if limits & _ONLY:
            if not _exclusive(mine | numbers, doing, other, facts):
                return False
            if _stands(clause, core, doing, limits - _ONLY, other, facts, None, True, query, needs, scope):
                continue
        if not _stands(clause, core, doing, limits, other, facts, None, True, query, needs, scope):
            return False
    return read > 0


def _exclusive(mine: frozenset, doing: frozenset[str], other: Document, facts: Callable[[str], frozenset]) -> bool:
    """Whether every sentence of `other` that does `doing` affirmed (shares, uses, keeps...) names no other party,
    purpose or data of the kind `mine` limits the act to: "we share it only with our service providers" stands where
    the other version shares with service providers and with no one else, not where it also shares with advertisers
    (an international transfer or a safeguard named with the sharing is of another kind); "we use it only to run the
    app" where no sentence uses data for advertising, profiling or another purpose the vocabulary names."""
    concepts = {f[1] for f in mine if f[0] == "concept" and not f[2]}
    # what "only" limits: the kind of the party or purpose the clause names, else what its act reaches ("we use it
    # only to run the app": purposes)
    kinds = {lx.CONCEPTS_BY_NAME[n].category for n in concepts if n in lx.CONCEPTS_BY_NAME} or {_KIND[a] for a in doing}
    if not doing or not kinds:
        return False
    allowed = concepts | {f for f in mine if f[0] == "number"}
    read = 0
    for sentence in other.sentences:
        if not doing <= acts(_TO_YOU.sub(" ", sentence.lower())):
            continue
        read += 1
        if read > _EXCLUSIVE_READ:
            return False
        for part in other.parts(sentence) or [sentence]:
            if not _names_other(part, doing, allowed, kinds, facts):
                continue
            return False
    return True


def _names_other(
    part: str, doing: frozenset[str], concepts: set, kinds: set[str], facts: Callable[[str], frozenset]
) -> bool:
    """Whether a sentence (or a clause of one) does `doing` affirmed with a party, purpose or data of `kinds` that
    is not among `concepts`, or keeps data for a period `concepts` does not name ("we keep it only while your
    account is open" is not what a policy that keeps payment records for seven years says)."""
    if not doing <= acts(_TO_YOU.sub(" ", part.lower())):
        return False
    theirs = facts(part)
    if any(f[0] in ("negated", "denials") for f in theirs):
        return False
    if "retain" in doing and any(f[0] == "number" and f[1] == "time" and f not in concepts for f in theirs):
        return True
    for f in theirs:
        concept = lx.CONCEPTS_BY_NAME.get(f[1]) if f[0] == "concept" else None
        if (
            concept
            and concept.category in kinds
            and concept.polarity > 0
            and concept.specific
            and concept.name not in concepts
        ):
            return True
    return False


#: a sentence that sends the reader to another part of this policy or to another document for what it names ("To
#: request deletion, please see the 'Your rights' section below.", "If you would like to disable cookies, please read
#: our Cookie Policy.", "To withdraw consent, write to us at the address set out in the Contact Us section above."):
#: an optional clause of purpose or condition, then the pointer as the main clause
_POINTER = re.compile(
    r"^\W*(?:(?:to|for|if|where|when|should|in order to)\b[^;]{0,200}?,\s*)?(?:please\s+)?(?:also\s+)?"
    r"(?:see(?: also)?|read|refer to|review|consult|check|go to|visit|contact us|write (?:to )?us|e-?mail us"
    r"|reach us|you (?:can|will|may) find (?:more |further |additional )?(?:information|details))\b"
    r"[^.;]{0,160}?\b(?:sections?|polic(?:y|ies)|notices?|statements?|articles?|paragraphs?|chapters?|headings?"
    # (a section's number may hold full stops: "section 2.1.3 (Data we share), and section 3 (...) for more")
    r"|below|above|herein)\b(?:[^.;]|\.(?=\d)){0,200}[.!]?\W*$"
)
#: the same pointer said in the passive, what it names as its subject ("The countries to which your data may be
#: transferred are listed on our entities page.", "Our processors are named in the table below.")
_LISTED = (
    r"\b(?:is|are)\s+(?:(?:also|all|each)\s+)?(?:listed|described|set out|detailed|named|shown|given)"
    r"\s+(?:on|in|at|under)\b"
)
_LISTED_AT = re.compile(
    rf"^\W*(?:the|a|our|all|each)\b[^.;]{{0,160}}?{_LISTED}[^.;]{{0,80}}?"
    r"\b(?:pages?|sections?|polic(?:y|ies)|notices?|websites?|site|lists?|tables?|below|above)\b[^.;]{0,100}[.!]?\W*$"
)
#: the ways to reach the company a pointer may name ("write to us at the e-mail or postal address in section 9")
_CHANNELS = frozenset({"email address", "postal address", "phone number"})
#: the most words of such a pointer
_POINTER_WORDS = 45


#: where a passive pointer's subject ends and where it points starts ("... are listed on our entities page")
_LISTED_VERB = re.compile(_LISTED, re.IGNORECASE)


def _pointed_topic(statement: str) -> str:
    """What a pointer names as its topic: its titles read as "the title", and of a passive pointer only its subject
    (the name of the page it points to is where to read, no party)."""
    m = _LISTED_VERB.search(statement)
    return _titled(statement[: m.start()] + "." if m and _LISTED_AT.match(normal(statement)) else statement)


def _points_elsewhere(statement: str) -> bool:
    """A sentence that only points the reader elsewhere (`_POINTER`), whose topics the policy states where it
    points: restated when the other version names each of them (`Document.names`). "To request deletion, see the
    section below." in a policy that already tells how to delete is a pointer; one naming a sale, sensitive data, a
    number, a party or a denial ("To opt out of the sale of your data, see our notice below.") is judged as a
    statement.

    Family: cross-references ("see the section below", "read our Cookie Policy") added or dropped when a policy is
    restructured into sections or split into separate notices."""
    low = normal(_titled(statement))
    # pointers joined by a semicolon ("...see Section 6 below; for your other choices, see Section 5") each point
    parts = [part for part in low.split(";") if part.strip()] if ";" in low else [low]
    return len(low.split()) <= _POINTER_WORDS and all(_POINTER.match(part) or _LISTED_AT.match(part) for part in parts)


#: a title in quotes ("the 'Your Rights' section", "under the heading \u201cHow we share\u201d")
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"'\u2018\u201c][^\"\u201d\u2019\n]{2,80}?[\"'\u2019\u201d](?=[\s.,;)]|$)")


def _titled(text: str) -> str:
    """The text with titles in quotes read as "the title": the words of a section's or a document's title are not
    what the sentence states."""
    return _QUOTED.sub("the title", text)


#: the acts a list's introduction names by its verb alone, strictly (not "send you receipts", "use the site")
_BARE_ACTS = (
    ("collect", re.compile(r"(?<![\w-])(?:we|us)\b[^.;:]{0,40}?\b(?:collect|gather|obtain|receiv)")),
    ("disclose", re.compile(r"(?<![\w-])(?:we|us)\b[^.;:]{0,40}?\b(?:shar|disclos)")),
    ("retain", re.compile(r"(?<![\w-])(?:we|us)\b[^.;:]{0,40}?\b(?:retain|keep|kept|stor(?:e|es|ed|ing)\b)")),
)


def _bare_acts(text: str) -> frozenset[str]:
    """What the company says it does by the verb of a sentence of its own ("we share", "we may disclose")."""
    low = text.lower()
    return frozenset(name for name, pattern in _BARE_ACTS if pattern.search(low))


#: the most words of a label grouping a list's items
_LABEL_WORDS = 8


def _ends_in_colon(statement: str, least: int, most: int) -> bool:
    """Whether `statement` ends in ':' with between `least` and `most` words, outside a table row: a list's
    introduction or a label over items."""
    n = len(statement.split())
    return least <= n <= most and statement.rstrip().endswith(":") and "|" not in statement


def _group_label(statement: str) -> bool:
    """A list item that is a label over the items nested under it ("Preventing harm, fraud and misuse:", "Corporate
    matters:"): a few words ending in ':' with no act of its own."""
    return (
        _ends_in_colon(statement, 1, _LABEL_WORDS) and not acts(statement) and not lx.NEGATION.search(statement.lower())
    )


def _introduces_list(statement: str) -> bool:
    """A whole sentence that introduces a list, ending in ':' ("We may disclose personal data to the following
    recipients:", "In some cases we share your information with:"): it states the practice of its own words, the
    items state what the practice reaches. Read as a statement, it is restated when the other version states that
    practice ("We share your data with our service providers."); "We sell your data to:" is new to a policy that
    says it does not sell, and "We share your health data with:" to one that never names health data.

    Family: prose turned into lists when a policy is restructured: the list gets a new introduction line."""
    return _ends_in_colon(statement, _INTRO_WORDS, _ITEM_WORDS)


#: a sentence that goes on about the one before it ("This includes ...", "Such data ...", "For example, ...")
_ANAPHOR = re.compile(
    r"^\W*(?:this|these|that|those|such|it|they|for (?:example|instance)|e\.g\.|including|examples?)(?![\w-])", re.I
)
#: a condition set on a practice ("if you choose to take part", "where permitted by law", "provided that ..."):
#: a limit like "only" or "unless" (which the vocabulary's limiters read already)
_CONDITION = re.compile(
    r"(?<![\w-])(?:if|provided that|on condition that|where (?:permitted|required|allowed|applicable))(?![\w-])"
)


#: the reader's wish as the condition ("if you no longer wish to accept cookies, you can change your settings", "if
#: you would like a copy, ask us"): what the reader may want, no limit the company sets on what it says
_READERS_WISH = re.compile(
    r"(?<![\w-])if you (?:[\w-]+ ){0,8}?(?:no longer |do not |don't )?(?:wish|want|would like|prefer)(?![\w-])"
)


def _conditions(text: str) -> set[tuple[str, ...]]:
    low = text.lower()
    if "if you" in low:
        low = _READERS_WISH.sub(" ", low)
    return {("limit", "<condition>")} if _CONDITION.search(low) else set()


def _bound(passage: tuple[str, ...], doing: frozenset[str]) -> list[str]:
    """The sentences of `passage` that do `doing` with data themselves, or go on about a sentence that does ("We
    collect what you give us. This includes ..."): where the data a restatement names must stand. Serves every
    policy that names a data type in a definition, an example, a consent request or a condition next to a sentence
    that handles other data ("X may reveal your health. We will ask before we collect sensitive data.")."""
    out: list[str] = []
    previous: frozenset[str] = frozenset()
    for sentence in passage:
        mine = acts(sentence) or (previous if _ANAPHOR.match(sentence) else frozenset())
        if doing <= mine:
            out.append(sentence)
        previous = mine
    return out
