"""Whether two versions of a policy are both captures of it, or which one is not and why. Pure.

A capture can fail in ways a single page does not show: it stops after the introduction, keeps the headings
but not the sections under them, serves the policy in another language, or serves another document (terms of
service, an index of policies, a landing page). Judged against the other version, these are structural:
how much of the text is left, whether what is left is the known text unchanged, which language the
stopwords say, how many data practices each version states. When the *old* version is the broken one, the
new one restores the policy: that is a recovery, not a change of the policy.

Every measure is linear in the size of the texts (sets of sentence keys and word trigrams, one pass each).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from monitor.capture.assess import MIN_WORDS, policy_like, wall_reason
from monitor.text.sentences import Unit, units, words

NEW, OLD = "new", "old"

#: A version with less than this share of the other's text, nearly all of it the other's text unchanged,
#: is the other cut short (new) or the other restored after a cut (old).
TRUNCATED_SHARE = 0.5
#: ... "nearly all": the share of the shorter version's text found in the longer one (a recovery needs more:
#: the restored text must hold the broken one whole).
TRUNCATED_KEPT, RESTORED_KEPT = 0.7, 0.9
#: Up to this share, a version that is the other's beginning (this share of it, at least) is cut short too.
CUT_SHARE, BEGINNING_KEPT = 0.6, 0.8
#: Whatever its length, a version that stops in the middle of a sentence the other has whole, and is otherwise
#: (nearly all of it, and all of it from the beginning) the other's text, is cut short.
CUT_KEPT = 0.97
#: A new version that is the old one's first lines, word for word and nothing else, stops early when at least this
#: share of the old text (and this many lines) is gone after it: a page that stopped loading, not an edit (an edit
#: that drops a policy's closing sections changes something else too, if only its date).
HEAD_LOST, HEAD_LOST_LINES = 0.1, 3
#: A recovery from a capture that kept only the opening: an old version under this share of the new one, stating
#: fewer than `MIN_PRACTICES` practices, all of it the new one's beginning, was the introduction captured alone.
OPENING_ONLY = 0.1
#: A version this many times longer than the other, made only of the other's text, repeats it.
DUPLICATED_SIZE = 1.8
#: Two versions this close in length, sharing this share of their lines, are a plain edit of each other.
SIMILAR = 0.9
#: A unit counts as found in the other version when this share of its word trigrams is there.
NEAR_MATCH = 0.7
#: Collapsed sections: at least this many headings kept with their bodies gone, or this many sections
#: ending in the same short expander line ("See more") where the other version had their text.
COLLAPSED_SECTIONS = 3
#: the fewest headings in a row without any text under them that make a version a collapsed capture on its own
EMPTY_HEADINGS = 5
#: the least text (loose characters, about one short sentence) a section folded by the capture has lost
SECTION_TEXT = 80
#: a heading of at most this many words, not ending like a sentence, names a section
TITLE_WORDS = 12
EXPANDED_SECTIONS = 2
#: A line this short (in words), repeated at least `COLLAPSED_SECTIONS` times, is a widget label.
EXPANDER_WORDS = 4
#: Another document: the known version states at least this many practices; the other one does not read
#: like a policy and states half as many or fewer (or, however it reads, hardly any where the known one states
#: many), and shares little of its text.
MIN_PRACTICES, FEW_PRACTICES, MANY_PRACTICES = 4, 2, 10
#: Language identification: the best profile covers this share of the words, at least twice the next one.
MIN_LANGUAGE_SHARE, LANGUAGE_MARGIN = 0.12, 2.0
#: Part of a page in another language: a run of lines the other version lacks is told by its stopwords from this
#: many words (a shorter one, a button or a label, goes with the runs around it)
PART_LANGUAGE_WORDS = 8
#: ... and at least this many of its words the language's stopwords (one short word shared by two languages, "com"
#: in a domain name, tells nothing)
PART_LANGUAGE_HITS = 3
#: Texts are read up to this many characters for practice counts, and this many for their language.
SAMPLE_CHARS, LANGUAGE_CHARS = 300_000, 60_000

#: The commonest short words of each language (its stopwords), space-separated.
_STOPWORD_LISTS: dict[str, str] = {
    "English": "the and of to you your we our is are with that this for be by or will may which it from have not as",
    "French": "le la les des du et est vous votre vos nous notre nos pour avec sur dans une "
    "qui que pas sont ces par au aux",
    "German": "der die das und ist sie ihre wir unsere mit für von nicht werden den dem eine "
    "einer auf auch oder zu bei sich",
    "Spanish": "el los las del y es su sus para con por una usted nosotros se como este esta son al lo le",
    "Italian": "il gli della delle dei di che è per con non sono questo questa nostro nostri "
    "tuoi tuo alla nel nella ai",
    "Portuguese": "os do da dos das que é para com não uma seus suas você nós nosso nossa pelo pela em no na ao",
    "Dutch": "de het een en van is wij u uw onze ons voor met niet dat die deze zijn worden op aan bij",
    "Swedish": "och att det som är av för med till vi du dig din dina våra inte på om har kan",
    "Danish/Norwegian": "og at det som er af for med til vi du dig din dine vores ikke på om har kan",
    "Polish": "i w na z do nie się jest że oraz lub przez dla od są jak nas twoje twoich",
    "Turkish": "ve bir bu için ile olarak veya da de olan gibi kişisel verilerinizi sizin biz",
}
_STOPWORDS = {lang: frozenset(text.split()) for lang, text in _STOPWORD_LISTS.items()}
#: Scripts that name a language (or a family) by themselves.
_SCRIPTS = tuple(
    (name, re.compile(f"[{first}-{last}]"))
    for name, first, last in (
        ("Japanese", "\u3040", "\u30ff"),
        ("Korean", "\uac00", "\ud7af"),
        ("Chinese", "\u4e00", "\u9fff"),
        ("Cyrillic-script", "\u0400", "\u04ff"),
        ("Greek", "\u0370", "\u03ff"),
        ("Hebrew", "\u0590", "\u05ff"),
        ("Arabic-script", "\u0600", "\u06ff"),
        ("Thai", "\u0e00", "\u0e7f"),
    )
)
#: a letter of any of `_SCRIPTS`
_NON_LATIN = re.compile("[" + "".join(p.pattern[1:-1] for _, p in _SCRIPTS) + "]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")

#: A data practice stated in English: something done (verb) to personal data (object), in one sentence.
_DATA = re.compile(
    r"\b(?:personal|data|information|cookies?|ip address(?:es)?|e-?mail address(?:es)?|location|device|"
    r"identifiers?|contacts?|payment|account)\b",
    re.IGNORECASE,
)
_PRACTICE = re.compile(
    r"\b(?:collect(?:s|ed|ing)?|use[sd]?|using|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sell(?:s|ing)?|sold|"
    r"retain(?:s|ed|ing)?|stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|transfer(?:s|red|ring)?|keep(?:s|ing)?|kept|"
    r"delet(?:e|es|ed|ing)|track(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gather(?:s|ed|ing)?|"
    r"combin(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|protect(?:s|ed|ing)?|access(?:es|ed|ing)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    """Whether both versions are captures of the policy; if not, which one (`side`) and what it is."""

    side: str | None = None  # NEW or OLD: the version that is not a capture of the policy; None: both are
    problem: str = ""  # what that version is: "truncated (kept 12% of the text)", "empty", ...
    #: A real edit could look like this (a much shorter policy, a translation, another document at the same
    #: address): the monitor accepts such a version once it persists. An empty or error page never is.
    plausible: bool = False

    @property
    def ok(self) -> bool:
        return self.side is None

    @property
    def recovery(self) -> bool:
        """The old version was the broken one: the new one restores the policy (not a change of it)."""
        return self.side == OLD

    @property
    def reason(self) -> str:
        """`ok`, or one line saying which version is not a capture of the policy and why."""
        if self.side is None:
            return "ok"
        if self.side == NEW:
            return f"new version is not a capture of the policy: {self.problem}"
        return f"old version was not a capture of the policy: {self.problem}; the new version restores the policy"


OK = Verdict()


def check_pair(old: str, new: str) -> Verdict:
    """Whether `old` and `new` (canonical texts) are both captures of the policy, or which one is not.

    The new version is judged first; the old one (a recovery) only when the new one is a capture.
    """
    a, b = _Version(old or ""), _Version(new or "")
    similar = _similar_lines(a.text, b.text)
    for side, this, other in ((NEW, b, a), (OLD, a, b)):
        problem = _alone(this, other)
        if problem:
            return Verdict(side, problem)
        problem = (
            _cut_short(this, other, side)
            or (None if similar else _against(this, other, side))
            or (_head_only(this, other) if side == NEW else None)
            or _foreign_part(this, other)
        )
        if problem:
            return Verdict(side, problem, plausible=True)
    return OK


def not_a_capture(text: str) -> str | None:
    """Why one text on its own is not a capture of a policy (empty, an error or wall page), or None."""
    stripped = (text or "").strip()
    if not stripped:
        return "empty (no text)"
    return wall_reason(stripped)


def language(text: str) -> str | None:
    """The language (or script) a text is written in, when its stopwords or script say so clearly."""
    return _Version(text).language


# ------------------------------------------------------------------------------------------ one version


@dataclass
class _Version:
    text: str
    _trigrams: set[tuple[str, ...]] | None = field(default=None, repr=False)

    @cached_property
    def units(self) -> list[Unit]:
        return units(self.text)

    @cached_property
    def size(self) -> int:
        return sum(len(u.loose) for u in self.units) or len(self.text.strip())

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(u.loose for u in self.units)

    @cached_property
    def words(self) -> int:
        return len(self.text.split())

    @cached_property
    def substantive(self) -> bool:
        """Reads like a policy: a yardstick the other version can be judged against."""
        return policy_like(self.text) or self.practices >= MIN_PRACTICES

    @cached_property
    def practices(self) -> int:
        """How many sentences state a data practice (English wording; 0 for other languages)."""
        count, seen = 0, 0
        for u in self.units:
            seen += len(u.text)
            if seen > SAMPLE_CHARS:
                break
            if _DATA.search(u.text) and _PRACTICE.search(u.text):
                count += 1
        return count

    @cached_property
    def language(self) -> str | None:
        return _language_of(self.text[:LANGUAGE_CHARS])

    def trigrams(self) -> set[tuple[str, ...]]:
        if self._trigrams is None:
            out: set[tuple[str, ...]] = set()
            for u in self.units:
                w = words(u.text)
                out.update(zip(w, w[1:], w[2:], strict=False))
            self._trigrams = out
        return self._trigrams

    def found_in(self, other: _Version) -> float:
        """The share of this version's text (by characters) found in `other`, exactly or nearly."""
        if not self.size:
            return 0.0
        found = 0
        for u in self.units:
            if u.loose in other.keys or _near(u, other):
                found += len(u.loose)
        return found / self.size


def _language_of(sample: str, min_words: int = MIN_WORDS, min_hits: int = 1) -> str | None:
    """The language (or script) of a text, when its stopwords or script say so clearly (at least `min_words`
    words, `min_hits` of them the language's stopwords)."""
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    # one pass tells whether any script could name the language; most samples are in Latin letters only
    if not sample.isascii() and len(_NON_LATIN.findall(sample)) >= 0.3 * letters:
        scripts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS}
        name, count = max(scripts.items(), key=lambda item: item[1])
        if count >= 0.3 * letters:
            return "Japanese" if name == "Chinese" and scripts["Japanese"] >= 0.05 * count else name
    tokens = Counter(_WORD.findall(sample.lower()))
    total = sum(tokens.values())
    if total < min_words:
        return None
    shares = sorted(((sum(tokens[w] for w in stop) / total, lang) for lang, stop in _STOPWORDS.items()), reverse=True)
    (best, lang), (second, _) = shares[0], shares[1]
    if best >= MIN_LANGUAGE_SHARE and best >= LANGUAGE_MARGIN * second and best * total >= min_hits:
        return lang
    return None


def _near(unit: Unit, other: _Version) -> bool:
    w = words(unit.text)
    grams = list(zip(w, w[1:], w[2:], strict=False))
    if len(grams) < 3:
        return False
    theirs = other.trigrams()
    return sum(1 for g in grams if g in theirs) >= NEAR_MATCH * len(grams)


# ------------------------------------------------------------------------------------------ the rules


def _similar_lines(old: str, new: str) -> bool:
    """Nearly the same text line for line (the common case, checked in one pass): nothing was cut short,
    collapsed, repeated, translated or replaced."""
    if not old or not new or not SIMILAR <= len(new) / len(old) <= 1 / SIMILAR:
        return False
    old_lines, new_lines = old.splitlines(), new.splitlines()
    old_set, new_set = set(old_lines), set(new_lines)
    kept = sum(len(line) for line in old_lines if line in new_set)
    found = sum(len(line) for line in new_lines if line in old_set)
    return kept >= SIMILAR * len(old) and found >= SIMILAR * len(new)


def _alone(this: _Version, other: _Version) -> str | None:
    """This version on its own: empty, a wall or error page, or a title with next to no text."""
    if not this.text.strip():
        return "empty (no text)"
    reason = wall_reason(this.text)
    if not other.substantive:
        # two snippets: nothing to judge them against, unless neither holds more than a title
        return reason if reason and other.words < MIN_WORDS else None
    if reason:
        return reason
    if this.words < MIN_WORDS:
        return f"too little text ({this.words} words)"
    return None


def _against(this: _Version, other: _Version, side: str) -> str | None:
    """This version judged against the other: cut short, collapsed, another language, another document."""
    if not other.substantive:
        return None
    if side == NEW and _duplicated(this, other):
        return _duplicated(this, other)
    if this.keys == other.keys:
        return None
    return (
        _language_switch(this, other)
        or _collapsed(this, other)
        or _truncated(this, other, side)
        or _excerpts(this, other)
        or _other_document(this, other)
    )


def _language_switch(this: _Version, other: _Version) -> str | None:
    mine, theirs = this.language, other.language
    if mine and theirs and mine != theirs:
        return f"in another language ({mine}, where the other version is in {theirs})"
    return None


def _foreign_part(this: _Version, other: _Version) -> str | None:
    """Part of the page in another language (a translated section, a consent banner served in the visitor's
    language): every run of lines this version has and the other lacks is in a language other than the one both
    versions are written in, and every run of the other version's lines missing here was replaced by one of them
    (a translation at the same place, not a passage of the policy dropped)."""
    mine = [line for line in this.text.splitlines() if line.strip()]
    theirs = [line for line in other.text.splitlines() if line.strip()]
    known = set(theirs)
    runs: list[tuple[int, int]] = []  # [start, end) of runs of this version's lines the other lacks
    for k, line in enumerate(mine):
        if line not in known:
            if runs and runs[-1][1] == k:
                runs[-1] = (runs[-1][0], k + 1)
            else:
                runs.append((k, k + 1))
    # the runs' languages first (small texts); the versions' own language only when a run shows one
    told: list[tuple[int, int, int, str | None]] = []
    for i, (start, end) in enumerate(runs):
        text = "\n".join(mine[start:end])
        n = len(_WORD.findall(text))
        found = _language_of(text, PART_LANGUAGE_WORDS, PART_LANGUAGE_HITS)
        if found is None and n >= PART_LANGUAGE_WORDS:
            # a paragraph too short to tell by itself is told with the new runs next to it (a line or two away)
            near = [r for r in runs[max(0, i - 1) : i + 2] if r[1] + 2 >= start and r[0] <= end + 2]
            found = _language_of("\n".join(line for a, b in near for line in mine[a:b]), 2 * PART_LANGUAGE_WORDS)
            if found is None:
                return None  # text in no language that shows: an edit, for the classifier
        told.append((start, end, n, found))
    if not any(found for *_, found in told):
        return None
    here = set(mine)
    kept = "\n".join(line for line in theirs if line in here)[:LANGUAGE_CHARS]
    lang = _language_of(kept)  # the language both versions share: that of the text they have in common
    if not lang or not other.substantive:
        return None
    foreign_words, neutral_words, foreign = 0, 0, set[str]()
    foreign_at: list[int] = []  # line indexes (in this version) of foreign runs
    for start, end, n, found in told:
        if found is None:
            neutral_words += n
            continue
        if found == lang:
            return None  # text in the policy's own language: an edit, for the classifier
        foreign_words += n
        foreign.add(found)
        foreign_at.extend(range(start, end))
    if not foreign or neutral_words > foreign_words:
        return None
    # each run of the other version's lines missing here sits where a foreign run now is (reached only when this
    # version's own new text is all in another language, so the line alignment runs on few pairs)
    foreign_lines = set(foreign_at)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, theirs, mine).get_opcodes():
        if op == "delete" and len(_WORD.findall(" ".join(theirs[i1:i2]))) >= PART_LANGUAGE_WORDS:
            return None  # the other version's text dropped, not replaced by a translation
        if op == "replace" and not foreign_lines.intersection(range(j1, j2)):
            return None
    share = 100 * foreign_words / max(1, this.words)
    names = ", ".join(sorted(foreign))
    size = f"{share:.0f}%" if share >= 1 else "under 1%"
    return f"part of the page in another language ({names}, {size} of the text; the rest is in {lang})"


def _truncated(this: _Version, other: _Version, side: str) -> str | None:
    """Cut short: little of the text left, nearly all of it the other version's text (its beginning, for a
    version a little longer than the plain limit, and always for a recovery: text inserted in the middle of a
    short policy is a new policy, not the rest of a cut one; and a recovery only from a text that stops
    mid-section)."""
    share = this.size / other.size if other.size else 1.0
    if share >= CUT_SHARE:
        return None
    # an opening captured alone may have been edited since (its date, a sentence): kept as loosely as a cut
    opening = side == OLD and _opening_only(this, share)
    if this.found_in(other) < (TRUNCATED_KEPT if side == NEW or opening else RESTORED_KEPT):
        return None
    beginning = TRUNCATED_KEPT if opening else BEGINNING_KEPT
    if (side == OLD or share >= TRUNCATED_SHARE) and _beginning_share(this, other, nearly=opening) < beginning:
        return None
    if side == OLD and not (opening or _stops_short(this, other) or _same_version_date(this, other)):
        return None  # a short policy that later grew sections at its end was whole: its growth is a change
    if side == NEW and share >= TRUNCATED_SHARE and _ends_on_its_own(this, other):
        return None  # a policy that dropped its last sections and ends with text of its own: a shorter policy
    return f"truncated ({'kept' if side == NEW else 'had'} {100 * share:.0f}% of the text)"


#: the fewest characters of a version's last passage that show how it ends
_ENDING_CHARS = 12


def _ends_on_its_own(short: _Version, long: _Version) -> bool:
    """Whether `short` ends with text `long` does not have, exactly or nearly ("Published 9 March 2024" where the
    other version ends "Published on 19 November 2024"): a capture cut short ends on a passage of the whole text,
    wherever it stops; a policy that lost its last sections in a revision ends with its own closing lines."""
    last = next((u for u in reversed(short.units) if len(u.loose) >= _ENDING_CHARS), None)
    return last is not None and last.loose not in long.keys and not _near(last, long)


#: where a version's own date is read: its first lines ("Last updated: 3 May 2024" sits at the top)
DATE_LINES = 120


def _version_date(version: _Version) -> str | None:
    """The date a version gives itself ("Last updated: November 2020", "Effective date: 2024-05-03"), as written,
    from the first date line near its top; None when it gives none."""
    # the lexicon is the classifier's: loaded only here, when a recovery is in question, so that the checking
    # process (which imports this module) does not load the classifier for every page
    from monitor.classify import lexicon as lx

    for line in version.text.splitlines()[:DATE_LINES]:
        bare = line.strip().lstrip("#*_ ").strip()
        if lx.DATE_LINE.match(bare):
            date = lx.DATE.search(bare)
            if date:
                return " ".join(date.group(0).lower().replace(",", " ").split())
    return None


def _same_version_date(short: _Version, long: _Version) -> bool:
    """Whether both versions give themselves the same date: the policy was not revised between them, so a longer
    capture that holds the shorter one whole restores what the short one lost (a page that stopped loading at the
    end of a paragraph), and is no policy grown by new sections (a revision dates itself anew)."""
    date = _version_date(short)
    return date is not None and date == _version_date(long)


def _stops_short(short: _Version, long: _Version) -> bool:
    """Whether `short` ends where no policy ends: on a heading without its section, or in the middle of a
    line that `long` has whole."""
    lines = short.text.rstrip().splitlines()
    if not lines:
        return True
    last = lines[-1]
    if last.startswith("# "):
        return True
    long_lines = long.text.splitlines()
    if len(last) >= 8 and any(len(line) > len(last) and line.startswith(last) for line in long_lines):
        return True
    return (_LIST_ITEM.match(last) is not None or last.rstrip().endswith(":")) and _goes_on(last, long_lines)


#: a line that is an item of a list
_LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")


def _goes_on(line: str, lines: list[str]) -> bool:
    """Whether `lines` have `line` followed by more of its block (not a heading): a version that ends on a list's
    introduction or one of its items stopped in the middle of that list, where the other version goes on (no policy
    ends on "... when you:" or on one entry of a list)."""
    for k, candidate in enumerate(lines):
        if candidate != line:
            continue
        following = next((later for later in lines[k + 1 :] if later.strip()), "")
        if following and not following.startswith("#"):
            return True
    return False


def _opening_only(short: _Version, share: float) -> bool:
    """Whether `short`, a small part of the other version (`share`), is an opening captured alone: it states hardly
    any data practice (a policy of a few paragraphs states several; an introduction states next to none)."""
    return share < OPENING_ONLY and short.practices < MIN_PRACTICES


def _cut_short(this: _Version, other: _Version, side: str) -> str | None:
    """Whatever its length, a version that stops in the middle of a sentence the other has whole, and is otherwise
    the other's text from its beginning, is the other cut short (or, for the old version, restored)."""
    if not other.substantive or len(this.text) >= len(other.text) or not _cut_mid_line(this, other):
        return None
    # the cut line itself was checked against the other's line it starts: the rest must be the other's beginning
    lines = this.text.rstrip().splitlines()
    rest = _Version("\n".join(lines[:-1])) if len(lines) > 1 else this
    if not rest.size:
        rest = this
    if rest.found_in(other) < CUT_KEPT or _beginning_share(rest, other) < CUT_KEPT:
        return None
    share = this.size / other.size if other.size else 1.0
    return f"truncated ({'kept' if side == NEW else 'had'} {100 * share:.0f}% of the text, stopping mid-sentence)"


def _head_only(this: _Version, other: _Version) -> str | None:
    """The new version is the old one's beginning and nothing else: every line of it the old version's line at the
    same place (markup a cut leaves open aside), and a good part of the old text (several lines) missing after its
    last line; or less of it, when the last line shows the cut: it stops part of the way through the old line, or
    it is a heading whose section is missing."""
    if not other.substantive or len(this.text) >= len(other.text):
        return None
    raw = [line for line in this.text.splitlines() if line.strip()]
    mine = [_bare_line(line) for line in raw]
    theirs = [_bare_line(line) for line in other.text.splitlines() if line.strip()]
    if not mine or len(mine) > len(theirs) or theirs[: len(mine) - 1] != mine[:-1]:
        return None
    last, whole = mine[-1], theirs[len(mine) - 1]
    after = theirs[len(mine) :]
    if not after or (last != whole and not (len(last) >= 2 and whole.startswith(last))):
        return None  # the same last line shortened, nothing after it, or another last line: an edit (classifier)
    # the last line stops part of the way through the old one (a heading too: "# 10. Changes to This"), where no
    # edit ends a policy: no sentence end, a few words, and the rest of the page gone with it; stopping at a sentence
    # end inside the line, the rest of its paragraph and more lines after it gone
    open_end = not last.endswith((".", "!", "?"))
    cut = last != whole and ((open_end and len(last.split()) >= 2) or len(after) >= HEAD_LOST_LINES - 1)
    # a heading kept without any of the section under it: the page stopped after the title of its next section
    orphan = last == whole and raw[-1].startswith("#") and any(not line.startswith("#") for line in after[:3])
    lost = sum(len(line) for line in [whole[len(last) :], *after]) / max(1, sum(map(len, theirs)))
    if not (cut or orphan) and (lost < HEAD_LOST or len(after) < HEAD_LOST_LINES):
        return None
    where = "stopping mid-line" if cut else "stopping on a heading" if orphan else "its first lines"
    return f"truncated (kept {100 * (1 - lost):.0f}% of the text: {where}, the rest of the page missing)"


#: markup a capture cut in the middle of a line leaves open: emphasis, a link's bracket or its unfinished target
_OPEN_MARKUP = re.compile(r"\]\([^)]*\)?|\]\(?|[*_`\[]")


def _bare_line(line: str) -> str:
    """A line without its heading or list marker (a capture cut inside a list item can lose it, a cut title can gain
    one) and without emphasis and link markup (a cut can leave it open where the whole line lost it)."""
    line = re.sub(r"^(?:#+\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?", "", line.strip())
    return " ".join(_OPEN_MARKUP.sub("", line).split())


def _cut_mid_line(short: _Version, long: _Version) -> bool:
    """Whether `short` ends in the middle of a sentence that `long` has whole: its last line stops before the end of
    a sentence, and a longer line of `long` starts with it (no edit ends a policy on half a sentence)."""
    lines = short.text.rstrip().splitlines()
    if not lines:
        return False
    if lines[-1].startswith("#"):
        return False
    last = _bare_line(lines[-1])
    if len(last.split()) < 3 or last.endswith((".", "!", "?")):
        return False
    return any(len(line) > len(last) and line.startswith(last) for line in map(_bare_line, long.text.splitlines()))


def _duplicated(this: _Version, other: _Version) -> str | None:
    """The same text captured twice (or more): much longer, with nothing that is not the other's text."""
    if this.size >= DUPLICATED_SIZE * other.size and this.found_in(other) >= 0.95 and other.found_in(this) >= 0.95:
        return f"the text captured {this.size / other.size:.1f} times over"
    return None


def _beginning_share(short: _Version, long: _Version, *, nearly: bool = False) -> float:
    """The share of `short`'s text found in `long` before the point where `long` starts to differ from it
    (`nearly`: a sentence of `short` edited since counts as found when most of its word runs are there).

    That point is where a tenth of `long`'s text missing from `short` has gone by: for a cut capture, all
    of `short` comes before it; for text inserted in the middle, part of `short` comes after it.
    """
    missing = [len(u.loose) if u.loose not in short.keys else 0 for u in long.units]
    total = sum(missing)
    if not total:
        return 1.0
    seen = cut = 0
    while cut < len(missing) and seen <= 0.1 * total:
        seen += missing[cut]
        cut += 1
    before = {u.loose for u in long.units[: cut - 1]}
    opening = _Version("\n".join(u.text for u in long.units[: cut - 1])) if nearly else None
    kept = sum(len(u.loose) for u in short.units if u.loose in before or (opening is not None and _near(u, opening)))
    return kept / short.size if short.size else 0.0


def _collapsed(this: _Version, other: _Version) -> str | None:
    """Sections kept as headings (or as a first line and an expander) with their text gone."""
    if this.size >= other.size:
        return None
    folded = _folded(this, other)
    if folded:
        return folded
    run = _empty_heading_run(this.text)
    # each folded section lost at least a sentence: a version about as long as the other holds its text elsewhere
    # (a list of brands or a table of data types set as headings, in a policy rewritten at the same length)
    if (
        run >= EMPTY_HEADINGS
        and _empty_heading_run(other.text) < EMPTY_HEADINGS
        and this.size + run * SECTION_TEXT <= other.size
    ):
        return f"sections captured collapsed ({run} headings in a row without their text)"
    if this.found_in(other) < 0.95:
        return None
    mine, theirs = _sections(this.text), _sections(other.text)
    emptied = expanded = 0
    expanders = _expander_lines(this.text)
    for heading, body in mine.items():
        before = theirs.get(heading)
        if before is None or _length(before) <= _length(body):
            continue
        if not body and before:
            emptied += 1
        elif body and body[-1] in expanders and body[-1] not in before:
            expanded += 1
    if emptied >= COLLAPSED_SECTIONS and emptied * 2 >= sum(1 for h in mine if theirs.get(h)):
        return f"sections captured collapsed ({emptied} headings kept without their text)"
    if expanded >= EXPANDED_SECTIONS:
        return f"sections captured collapsed ({expanded} sections cut to a 'more' line)"
    return None


def _folded(this: _Version, other: _Version) -> str | None:
    """An accordion captured folded: section titles of the other version kept, spread over the policy, the text
    of the sections they open (up to the next kept title: sub-sections fold with their section) mostly missing, and
    nothing else but the other version's text and the labels that unfold the sections ("Show more", repeated).
    Titles are compared bare: a title without its section may lose its heading mark in the canonical form (or a
    label gain one)."""
    if this.size > CUT_SHARE * other.size:
        return None
    theirs = [line for line in other.text.splitlines() if line.strip()]
    mine = [line for line in this.text.splitlines() if line.strip()]
    bare_theirs = [_bare_line(line) for line in theirs]
    bare_mine = {_bare_line(line) for line in mine}
    # the unfold labels: a short line repeated under the titles (read as a heading or not), not the other's text
    known = set(bare_theirs)
    repeated = Counter(_bare_line(line) for line in mine if _short(line))
    labels = {line for line, n in repeated.items() if n >= COLLAPSED_SECTIONS and line not in known}
    seen: set[str] = set()
    starts = []  # where each kept title opens its section in the other version
    for k, line in enumerate(theirs):
        if line.startswith("# ") and bare_theirs[k] in bare_mine and bare_theirs[k] not in seen:
            seen.add(bare_theirs[k])
            starts.append(k)
    if len(starts) < COLLAPSED_SECTIONS:
        return None
    total = sum(map(len, theirs)) or 1
    covered = emptied = opened = 0
    for i, start in enumerate(starts):
        body = range(start + 1, starts[i + 1] if i + 1 < len(starts) else len(theirs))
        size = sum(len(theirs[k]) for k in body)
        if not size:
            continue
        opened += 1
        covered += size
        if 2 * sum(len(theirs[k]) for k in body if bare_theirs[k] in bare_mine) < size:
            emptied += 1
    if 2 * covered < total or emptied < COLLAPSED_SECTIONS or 2 * emptied < opened:
        return None
    rest = _Version("\n".join(line for line in mine if _bare_line(line) not in labels))
    if rest.found_in(other) < RESTORED_KEPT:
        return None  # text of its own: a shorter policy under the same titles, not a folded page
    how = f", each cut to a {sorted(labels)[0]!r} line" if labels else ""
    return f"sections captured collapsed ({emptied} headings kept without their text{how})"


#: a passage cut short by the page: it ends on an ellipsis, after enough words to be a sentence begun
_CUT_PASSAGE = re.compile(r"\w[\w,;:'\u2019)\]-]*\s*(?:\u2026|\.\.\.)\W*$")
#: how many passages cut short make a page of excerpts, and the fewest words each must have
EXCERPTS, EXCERPT_WORDS = 3, 12


def _excerpts(this: _Version, other: _Version) -> str | None:
    """A page of excerpts served in place of the policy: a hub of legal documents or a search page whose entries
    each give the opening of a text cut with an ellipsis ("... and how you can…", then "Read more"), much shorter
    than the other version, which cuts no passage so. Family: a policy's address turned into a legal hub."""
    if this.size >= CUT_SHARE * other.size:
        return None
    cut = _cut_passages(this)
    if cut < EXCERPTS or _cut_passages(other) >= EXCERPTS:
        return None
    return f"a page of excerpts ({cut} passages cut short with an ellipsis), not the policy"


def _cut_passages(version: _Version) -> int:
    """How many passages of a version end on an ellipsis after a sentence's worth of words."""
    return sum(1 for u in version.units if len(u.text.split()) >= EXCERPT_WORDS and _CUT_PASSAGE.search(u.text))


def _other_document(this: _Version, other: _Version) -> str | None:
    """Another page served in place of the policy: it states few of the practices the policy states."""
    mine, theirs = this.practices, other.practices
    if this.found_in(other) >= 0.5:
        return None
    referred = _referred_title(this, other)
    if referred:
        return f"another document (the {referred!r} that the other version refers to as a separate document)"
    if theirs < MIN_PRACTICES:
        return None
    unlike = not policy_like(this.text) and mine * 2 <= theirs
    bare = mine <= FEW_PRACTICES and theirs >= MANY_PRACTICES
    if unlike or bare:
        return f"another page (it states {mine} data practices, the other version {theirs})"
    return None


#: a title is read from the first lines only, and must be at least this long to be looked for in the other text
_TITLE_LINES, _TITLE_CHARS = 3, 12
_GENERIC_TITLE = frozenset(
    re.findall(
        r"\S+",
        "privacy policy policies notice statement cookie cookies data protection personal information our the global"
        " and of updated new",
    )
)


def _title(text: str) -> str:
    for line in text.splitlines()[:_TITLE_LINES]:
        if line.startswith("# "):
            return " ".join(line[2:].split())
    return ""


def _referred_title(this: _Version, other: _Version) -> str | None:
    """This version is titled as another document that the other version names in its text ("see our Advertising
    Technology Privacy Policy"): the address served that document instead of the policy."""
    mine, theirs = _title(this.text), _title(other.text)
    if len(mine) < _TITLE_CHARS or not theirs or theirs.casefold() in mine.casefold():
        return None  # the same title, or the same one named more fully ("Privacy Policy" -> "Acme Privacy Policy")
    if not set(words(mine)) - _GENERIC_TITLE:
        return None  # "Privacy Notice": any policy's title, not the name of one other document
    body = other.text[len(theirs) + 2 : SAMPLE_CHARS].casefold()
    for m in re.finditer(re.escape(mine.casefold()), body):
        if not body[max(0, m.start() - 6) : m.start()].endswith(("this ", "these ")):
            return mine
    return None


def _sections(text: str) -> dict[str, list[str]]:
    """Heading (its comparison key) → the lines under it, up to the next heading; first heading wins."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("# "):
            key = "".join(words(line))
            current = [] if key not in out else None
            if current is not None:
                out[key] = current
        elif current is not None:
            current.append(line)
    return out


def _empty_heading_run(text: str) -> int:
    """The most headings in a row with no text under any of them, leaving out a table of contents (headings whose
    titles come back further down with their text). A policy's sections each say something: a run of titles
    alone is the page's sections captured folded, whatever the other version's headings (a revised policy can
    be captured collapsed too)."""
    lines = [line for line in text.splitlines() if line.strip()]
    with_text = {
        "".join(words(line))
        for k, line in enumerate(lines)
        if line.startswith("# ") and k + 1 < len(lines) and not lines[k + 1].startswith("# ")
    }
    best = run = 0
    for k, line in enumerate(lines):
        empty = line.startswith("# ") and (k + 1 == len(lines) or lines[k + 1].startswith("# "))
        if empty and _names_section(line) and "".join(words(line)) not in with_text:
            run += 1
            best = max(best, run)
        elif not line.startswith("# "):
            run = 0
    return best


def _names_section(heading: str) -> bool:
    """A heading that names a section: a few words, not a sentence or a list item set in a heading's style (some
    pages set every paragraph as a heading: "# (b) to respond to your requests;", "# We are committed to ...")."""
    text = heading.removeprefix("# ").strip()
    return 0 < len(text.split()) <= TITLE_WORDS and not text.endswith((".", ";", ",", ":"))


def _expander_lines(text: str) -> frozenset[str]:
    counts = Counter(line for line in text.splitlines() if not line.startswith("# ") and _short(line))
    return frozenset(line for line, n in counts.items() if n >= COLLAPSED_SECTIONS)


def _short(line: str) -> bool:
    return 0 < len(line.split()) <= EXPANDER_WORDS


def _length(lines: Iterable[str]) -> int:
    return sum(len(line) for line in lines)
