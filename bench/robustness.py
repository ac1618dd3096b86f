"""Label-preserving probes of the classifier on the study part of ../shared/real-cases (issue 10).

The study pairs all score right, so they no longer show what the classifier gets wrong. These probes make new pairs
whose label is known without reading them, and count the verdicts that change:

- `reverse`: a not-material pair read backwards (a dropped duplicate becomes an added one, a broken capture a
  recovery, a reworded sentence is reworded back): still not material;
- `relayout`: a version against itself re-laid out as another converter would (link markup dropped, headings as bold
  lines, one sentence per line, other bullets, curly quotes, headings numbered or renumbered, an update banner on
  top), or in another house style (British/American spelling, contractions, "e.g."/"for example", the serial
  comma, "&" for "and"): never material.

Only the study part is read (the frozen quarter of the services is scored, never probed). Real cases: Open Terms
Archive contributors, ODC-BY 1.0; the texts are read from ../shared, never copied.

    .venv/bin/python bench/robustness.py [--probe reverse|relayout|all] [--jobs 2] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO.parent / "shared" / "real-cases"
EXE = REPO / ".venv" / "bin" / "policy-monitor"


def _study(service: str) -> bool:
    """score.py's split: a quarter of the services, by a hash of the name, is frozen."""
    return int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 != 0


def _number_headings(text: str) -> str:
    count = 0

    def numbered(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{m.group(1)}{count}. {m.group(2)}"

    return re.sub(r"^(#{1,3}\s+)(?!\d)(.+)$", numbered, text, flags=re.M)


RELAYOUTS: dict[str, Callable[[str], str]] = {
    "links-dropped": lambda t: re.sub(r"\[([^\]\[]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", t),
    "headings-bold": lambda t: re.sub(r"^#+\s*(.+)$", r"**\1**", t, flags=re.M),
    "sentence-lines": lambda t: re.sub(r"(?<=[a-z]\.) (?=[A-Z])", "\n\n", t),
    "bullets": lambda t: re.sub(r"^(\s*)[*+-] ", r"\1• ", t, flags=re.M),
    "curly-quotes": lambda t: t.replace("'", "\u2019").replace(' "', " \u201c").replace('" ', "\u201d "),
    "headings-numbered": _number_headings,
    "headings-renumbered": lambda t: re.sub(
        r"^(#+\s*)(\d+)([.)])", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}", t, flags=re.M
    ),
    "update-banner": lambda t: "Last updated: March 3, 2031\n\nWe have updated this notice.\n\n" + t,
}

#: The same page served in another English (a site's en-GB and en-US versions): spelling, not meaning.
_SPELLING = (
    ("organization", "organisation"), ("authorized", "authorised"), ("personalized", "personalised"),
    ("personalize", "personalise"), ("recognize", "recognise"), ("analyze", "analyse"), ("minimize", "minimise"),
    ("customize", "customise"), ("optimize", "optimise"), ("anonymized", "anonymised"), ("pseudonymized",
    "pseudonymised"), ("behavior", "behaviour"), ("center", "centre"), ("license", "licence"), ("color", "colour"),
    ("favorite", "favourite"), ("enroll", "enrol"), ("canceled", "cancelled"),
    ("fulfill", "fulfil"), ("inquiry", "enquiry"),
)  # fmt: skip
#: Contractions a copy editor writes out or puts in.
_CONTRACTIONS = (
    ("do not", "don't"), ("does not", "doesn't"), ("will not", "won't"), ("cannot", "can't"), ("we will", "we'll"),
    ("you are", "you're"), ("we are", "we're"), ("it is", "it's"), ("we have", "we've"), ("is not", "isn't"),
)  # fmt: skip


def _swap(pairs: tuple[tuple[str, str], ...], text: str, endings: str = "") -> str:
    """Each word of `pairs` replaced by its other form (in its case: lower, Capitalised, Title), also before one of the
    `endings` regex ("s|d|ed|ing": organizations, enrolled)."""
    table = {}
    for a, b in pairs:
        table[a], table[b] = b, a
        table[a.capitalize()], table[b.capitalize()] = b.capitalize(), a.capitalize()
        if "'" not in a + b:
            table[a.title()], table[b.title()] = b.title(), a.title()
    pattern = re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + rf")(?=(?:{endings})?\b)"
    )
    return pattern.sub(lambda m: table[m.group(1)], text)


def _oxford(text: str) -> str:
    """The serial comma taken out where a list has one, put in where it has none ("a, b and c" <-> "a, b, and c")."""
    text = re.sub(r"(\w+, [\w ]{1,30}), (and|or) ", r"\1 \2 ", text)
    return re.sub(r"(\w+, [\w ]{1,30}[a-z]) (and|or) (?=\w)", r"\1, \2 ", text)


#: Style variants of the same text: never a change of practice.
RELAYOUTS.update(
    {
        "spelling": lambda t: _swap(_SPELLING, t, "s|d|ed|es|ing|al"),
        "contractions": lambda t: _swap(_CONTRACTIONS, t),
        "abbreviations": lambda t: re.sub(
            # ("that is" -> "i.e." only between commas: "data that is required" is no abbreviation)
            r"\b(e\.g\.|i\.e\.|for example)(?=[ ,])|(?<=, )(that is)(?=,)",
            lambda m: {"e.g.": "for example", "i.e.": "that is", "for example": "e.g.", "that is": "i.e."}[
                m.group(1) or m.group(2)
            ],
            t,
        ),
        "oxford-comma": _oxford,
        "ampersand": lambda t: re.sub(r"(?<=\w) and (?=\w)", " & ", t),
        # the policy adopts another term for the same thing everywhere
        "terminology": lambda t: _swap((("personal information", "personal data"),), t),
        "notice-renamed": lambda t: _swap((("privacy policy", "privacy notice"), ("this policy", "this notice")), t),
    }
)


# ----------------------------------------------------------------------------- house style, session 9
# More rewrites a copy editor makes over a whole document: who speaks (the company by name, the reader as "the
# user"), numbers in words or digits, defined terms capitalised or not, hyphens, "U.S.", section numbers, dashes
# and dates. Each is applied everywhere in the document, so a pair keeps its label.

#: verbs that take no "-s" after a third-person subject (modals), and the irregular ones
_MODALS = frozenset(["may", "might", "can", "could", "will", "would", "shall", "should", "must"])
_THIRD_PERSON = {"are": "is", "have": "has", "do": "does", "were": "was", "am": "is", "'re": " is", "'ve": " has"}
#: adverbs that may stand between a subject and its verb ("we also collect", "you only share")
_ADVERBS = frozenset(
    ["also", "only", "never", "always", "currently", "generally", "typically", "automatically", "sometimes", "often"]
)
#: words after which "you" is a subject ("if you provide", "information that you share")
_SUBJECT_CONTEXT = re.compile(
    r"(?:^|[.!?:;,(]\s*|\b(?:if|when|whenever|where|unless|that|and|or|as|before|after|because|once|until|while|which"
    r"|whether|so)\s+)$",
    re.IGNORECASE,
)


_NEGATED = {
    "don't": "doesn't",
    "don": "doesn",
    # the word before a typographic apostrophe ("aren’t" is read as "aren" + "’t")
    "aren": "isn",
    "haven": "hasn",
    "weren": "wasn",
    "aren't": "isn't",
    "haven't": "hasn't",
    "weren't": "wasn't",
    "cannot": "cannot",
}
_NOT_VERBS = frozenset(["no", "never", "will", "won't", "can't", "de", "and", "or", "who", "as", "in", "at"])


def _agree(verb: str) -> str:
    """A verb in the third person singular ("collect" -> "collects", "process" -> "processes")."""
    low = verb.lower()
    if low in _NEGATED:
        return _NEGATED[low] if verb.islower() else verb
    if (
        low in _MODALS
        or low in _NOT_VERBS
        or not verb.isalpha()
        or not verb.islower()
        or low in ("not", "the", "a", "an", "to")
    ):
        return _THIRD_PERSON.get(low, verb)
    if low in _THIRD_PERSON:
        return _THIRD_PERSON[low]
    # a past tense ("you opted") or an adverb ("you usually") needs no agreement; "need", "apply", "rely" do
    if (low.endswith("ed") and not low.endswith("eed")) or (len(low) > 5 and low.endswith("ly") and low[-3] != "p"):
        return verb
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


def _as_third_person(text: str, always_subject: bool, pronouns: dict[str, str]) -> str:
    """Every first/second-person pronoun of `pronouns` ("we", "our", "you"...) replaced by a third-person noun phrase
    ("Example Corp", "the user"), its verb agreeing ("we collect" -> "Example Corp collects")."""
    forms = "|".join(f"{p}|{p.capitalize()}" for p in pronouns)
    adverbs = "|".join(_ADVERBS)
    pattern = re.compile(
        rf"(?<![/.@=-])\b({forms})\b(?![-/.@]\w)([’']re|[’']ve|[’']ll)?(?:(\s+(?:(?:{adverbs})\s+){{0,2}})([A-Za-z']+))?"
    )

    def repl(m: re.Match[str]) -> str:
        word, contraction, gap, verb = m.group(1), m.group(2) or "", m.group(3) or "", m.group(4) or ""
        start = m.start() == 0 or bool(re.search(r"(?:^|[.!?#*\-|]\s*|\n)$", text[max(0, m.start() - 3) : m.start()]))
        low = word.lower()
        noun = pronouns[low]
        if start or (word[0].isupper() and not noun[0].isupper()):
            noun = noun[0].upper() + noun[1:]
        if low in ("we", "you") and (
            always_subject or _SUBJECT_CONTEXT.search(text[max(0, m.start() - 12) : m.start()])
        ):
            if contraction:  # "we're" -> "Example Corp is", "we’ll" -> "Example Corp will"
                return noun + _THIRD_PERSON.get(contraction.replace("’", "'"), " will") + gap + verb
            return noun + gap + (_agree(verb) if verb else "")
        return noun + contraction + gap + verb

    return pattern.sub(repl, text)


_COMPANY = {"we": "Example Corp", "us": "Example Corp", "our": "Example Corp's", "ours": "Example Corp's",
            "ourselves": "itself"}  # fmt: skip
_READER = {"you": "the user", "your": "the user's", "yours": "the user's", "yourself": "themselves"}

_UNITS = r"(?=\s+(?:calendar |business |working )?(?:days?|weeks?|months?|years?|hours?|minutes?)\b)"
_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {30: "thirty", 40: "forty", 45: "forty-five", 60: "sixty", 90: "ninety", 180: "one hundred eighty"}


def _number_word(n: int) -> str | None:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else _TENS.get(n)


def _numbers_in_words(text: str, keep_digits: bool) -> str:
    """Periods written "thirty (30) days" (`keep_digits`) or "thirty days" where they read "30 days", and "30 days"
    where they read "thirty (30) days"."""
    words = [w for n in range(200) if (w := _number_word(n))]
    both = re.compile(r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r") \((\d{1,3})\)" + _UNITS, re.I)
    if both.search(text):
        return both.sub(r"\2", text)

    return _spelled(text, (lambda digits, word: f"{word} ({digits})") if keep_digits else (lambda _, word: word))


def _spelled(text: str, form: Callable[[str, str], str]) -> str:
    """Each period's number of at most three digits before its unit written as `form(digits, words)`."""

    def spell(m: re.Match[str]) -> str:
        word = _number_word(int(m.group(1)))
        return m.group(0) if word is None else form(m.group(1), word)

    return re.sub(r"(?<![\d.,$])\b(\d{1,3})\b" + _UNITS, spell, text)


#: terms a policy defines and then writes capitalised ("Personal Data", "Services") or not
_DEFINED_TERMS = (
    "personal data|personal information|services|service|website|websites|site|platform|app|apps|user|users|"
    "account|content|affiliates|partners|device|cookies|privacy policy"
)


def _defined_case(text: str) -> str:
    """Mid-sentence defined terms capitalised where the document writes them in lower case and the other way."""

    def flip(m: re.Match[str]) -> str:
        term = m.group(1)
        return term.title() if term.islower() else term.lower()

    return re.sub(rf"(?<=[a-z,;] )({_DEFINED_TERMS})\b(?!-)", flip, text, flags=re.IGNORECASE)


#: hyphenated words a house style writes open or closed
_HYPHENS = (
    ("third-party", "third party"), ("third-parties", "third parties"), ("opt-out", "opt out"), ("opt-in", "opt in"),
    ("e-mail", "email"), ("web site", "website"), ("log-in", "login"), ("sign-up", "sign up"),
    ("on-line", "online"), ("cross-border", "cross border"), ("non-personal", "nonpersonal"),
)  # fmt: skip


def _outside_links(rewrite: Callable[[str], str], text: str) -> str:
    """`rewrite` applied to the text but not to link targets ("](https://...)") nor bare URLs: an editor's style
    does not reach addresses."""
    parts = re.split(r"(\]\((?:[^()]|\([^()]*\))*\)|https?://\S+)", text)
    return "".join(part if k % 2 else rewrite(part) for k, part in enumerate(parts))


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _dates(text: str) -> str:
    """Dates in the other English order: "March 3, 2031" <-> "3 March 2031"."""
    us = re.compile(rf"\b({_MONTHS}) (\d{{1,2}}), (\d{{4}})\b")
    uk = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b")
    if us.search(text):
        return us.sub(r"\2 \1 \3", text)
    return uk.sub(r"\2 \1, \3", text)


_CODES = {"$": "USD", "\u20ac": "EUR", "\u00a3": "GBP"}


def _ages_spelled(text: str) -> str:
    """An age after its preposition written out with its years: "under 13" -> "under thirteen (13) years of age",
    "under the age of 16" -> "under the age of sixteen (16)"."""

    def spell(m: re.Match[str]) -> str:
        word = _number_word(int(m.group(2)))
        if word is None:
            return m.group(0)
        years = "" if m.group(1).endswith("age of") else " years of age"  # "under the age of thirteen (13)"
        return f"{m.group(1)} {word} ({m.group(2)}){years}"

    return re.sub(
        r"\b(under|over|below|above|younger than|older than|under the age of|over the age of) (\d{1,2})\b"
        r"(?![.,]\d)(?! ?(?:%|years?|months?|days?|weeks?|hours?|(?:\(|or\b|and\b|\+)))",
        spell,
        text,
    )


#: probes whose rewrite assumes a sentence both versions share, put on top of both: the company introduced by name
#: (a policy that names its company instead of saying "we" says who it is)
INTRODUCED = {
    "company-named": 'This policy is provided by Example Corp Inc. ("Example Corp", "we", "us" or "our").\n\n',
}

RELAYOUTS.update(
    {
        "company-named": lambda t: _as_third_person(t, True, _COMPANY),
        "reader-user": lambda t: _as_third_person(t, False, _READER),
        "numbers-words": lambda t: _numbers_in_words(t, keep_digits=True),
        "numbers-spelled": lambda t: _numbers_in_words(t, keep_digits=False),
        "defined-case": _defined_case,
        "hyphens": lambda t: _outside_links(lambda part: _swap(_HYPHENS, part, "s|d|ed|ing"), t),
        "us-spelled": lambda t: re.sub(
            r"\bU\.S\.(?=\s|,|\)|-)|\bUS\b(?= (?:[a-z]|[A-Z][a-z]))",
            lambda m: "US" if m.group(0) == "U.S." else "U.S.",
            t,
        ),
        "us-united-states": lambda t: re.sub(r"\bU\.S\.(?= [a-z])", "United States", t),
        "numbering-dropped": lambda t: re.sub(
            r"^(#+\s*|\*\*)(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.) +", r"\1", t, flags=re.M
        ),
        "dashes": lambda t: re.sub(r" [-\u2013] (?=\w)", " \u2014 ", t),
        "etc-dropped": lambda t: re.sub(r",? (?:and so on|etc\.?)(?=[),;])", "", t),
        "dates": _dates,
        # figures repeated in words as legal drafting does ("30 (thirty) days"), and "per cent" for "%"
        "figures-worded": lambda t: _outside_links(lambda part: _spelled(part, lambda n, word: f"{n} ({word})"), t),
        "per-cent": lambda t: _outside_links(lambda part: re.sub(r"(?<=\d) ?(?:%|percent\b)", " per cent", part), t),
        # ages with their years spelled out ("under thirteen (13) years of age"), amounts by their currency codes
        "ages-spelled": lambda t: _outside_links(_ages_spelled, t),
        "currency-codes": lambda t: _outside_links(
            lambda part: re.sub(r"([$\u20ac\u00a3]) ?(\d)", lambda m: f"{_CODES[m.group(1)]} {m.group(2)}", part), t
        ),
    }
)


#: a Markdown link with its target: its words are group 1
_LINK = re.compile(r"\[([^\]\[]+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)")
_TERM = re.compile(r"\b(personal (?:data|information))\b(?! \()")

RELAYOUTS.update(
    {
        # screen-reader notes after links, as a redesigned page may add them
        "link-new-tab": lambda t: _LINK.sub(r"[\1 (opens in a new tab)](\2)", t),
        "link-external": lambda t: _LINK.sub(r"[\1](\2) External link", t),
        # a glossary linked from a defined term (its first five uses)
        "glossary-pointer": lambda t: _TERM.sub(r"\1 (see Glossary)", t, count=5),
    }
)


def _classify(old: Path, new: Path) -> dict | None:
    p = subprocess.run([str(EXE), "classify", str(old), str(new), "--json"], capture_output=True, text=True)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--probe", choices=["reverse", "relayout", "all"], default="all")
    ap.add_argument("--relayout", action="append", choices=sorted(RELAYOUTS), help="only these re-layouts")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N study pairs (0: all)")
    a = ap.parse_args()
    if not REAL.is_dir():
        print(f"no real cases at {REAL}", file=sys.stderr)
        return 2
    pairs = [
        d
        for d in sorted(REAL.iterdir())
        if (d / "label.json").exists() and _study(json.loads((d / "meta.json").read_text())["service"])
    ]
    if a.limit:
        pairs = pairs[: a.limit]
    tmp = Path(tempfile.mkdtemp(prefix="robustness-"))
    jobs: list[tuple[str, str, Path, Path]] = []  # probe, pair, old, new: every one expected not material
    for d in pairs:
        label = json.loads((d / "label.json").read_text())
        if a.probe in ("reverse", "all") and not label["material"]:
            jobs.append(("reverse", d.name, d / "after.md", d / "before.md"))
        if a.probe in ("relayout", "all"):
            text = (d / "before.md").read_text(encoding="utf-8")
            for name, relayout in RELAYOUTS.items():
                if a.relayout and name not in a.relayout:
                    continue
                out = relayout(text)
                if out != text:
                    path = tmp / f"{d.name}.{name}.md"
                    path.write_text(INTRODUCED.get(name, "") + out, encoding="utf-8")
                    old = d / "before.md"
                    if name in INTRODUCED:
                        old = tmp / f"{d.name}.{name}.old.md"
                        old.write_text(INTRODUCED[name] + text, encoding="utf-8")
                    jobs.append((name, d.name, old, path))
    with ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda j: _classify(j[2], j[3]), jobs))
    totals: dict[str, list[int]] = {}
    for (probe, name, _, _), out in zip(jobs, results, strict=True):
        row = totals.setdefault(probe, [0, 0])
        row[0] += 1
        if out is None or out.get("material"):
            row[1] += 1
            first = next((c for c in (out or {}).get("changes", []) if c.get("material")), {})
            why = "error" if out is None else f"{first.get('rule')}: {str(first.get('reason', ''))[:110]}"
            print(f"  {probe:20} {name}  {why}")
    print(f"{'probe':20} {'pairs':>6} {'material':>9}")
    for probe, (n, bad) in totals.items():
        print(f"{probe:20} {n:>6} {bad:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
