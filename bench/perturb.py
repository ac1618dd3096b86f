"""Perturbation harness: real policies changed in ways that are not material (and in ways that are) and classified.

  .venv/bin/python bench/perturb.py [--docs 40] [--seed 1] [--family NAME ...] [--show NAME] [--jobs 1]

The documents are real policies the classifier may be tuned on: the *study* part of ../shared/real-cases (one
version per service, split exactly as score.py splits them), ../shared/dev-cases and seeds/. Each family is a generic
edit written without reference to any one policy's words (a duplicate paragraph dropped, a section moved, a list
re-laid as a table, a menu or banner added, an address changed, a data sentence added...). Each edited version is
judged against the original as `policy-monitor classify` judges a pair (capture sanity first). The table gives, per
family, how often a not-material edit was called material (a false alarm) and how often a material edit was caught.
Seeded: the same arguments give the same edits. `--show NAME` prints the deciding rule and reason of each wrong call.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.capture.pair import classify_pair  # noqa: E402
from monitor.text.normalise import detect_format, normalise  # noqa: E402

REAL = ROOT.parent / "shared" / "real-cases"
DEV = ROOT.parent / "shared" / "dev-cases"
SEEDS = ROOT / "seeds"


def _part_of(service: str) -> str:
    """score.py's split: a fixed quarter of the services (a hash of the name) is frozen and never read here."""
    return "frozen" if int(hashlib.sha1(service.encode()).hexdigest(), 16) % 4 == 0 else "study"


@dataclass(frozen=True)
class Doc:
    name: str
    raw: str
    fmt_name: str  # a file name whose extension says the format ("policy.md")


def documents() -> list[Doc]:
    """Study versions (one per service), dev cases and seeds, in a fixed order."""
    out: list[Doc] = []
    seen: set[str] = set()
    if REAL.is_dir():
        for d in sorted(p for p in REAL.iterdir() if (p / "meta.json").exists()):
            service = json.loads((d / "meta.json").read_text())["service"]
            if _part_of(service) != "study" or service in seen:
                continue
            seen.add(service)
            out.append(Doc(f"study:{d.name}", (d / "after.md").read_text(errors="replace"), "policy.md"))
    if DEV.is_dir():
        for d in sorted(p for p in DEV.iterdir() if (p / "before.txt").exists()):
            out.append(Doc(f"dev:{d.name}", (d / "before.txt").read_text(errors="replace"), "policy.txt"))
    if SEEDS.is_dir():
        for f in sorted(SEEDS.iterdir()):
            if f.suffix in (".md", ".txt"):
                out.append(Doc(f"seed:{f.name}", f.read_text(errors="replace"), f"policy{f.suffix}"))
    return out


def canonical(doc: Doc, raw: str) -> str:
    return normalise(raw, detect_format(raw, doc.fmt_name))


# ------------------------------------------------------------------------------------------ reading a document

_HEADING = re.compile(r"^#{1,6} ")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)]) ")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])")


def _prose(line: str, min_words: int = 10) -> bool:
    s = line.strip()
    return (
        not _HEADING.match(s)
        and not _ITEM.match(s)
        and "|" not in s
        and len(s.split()) >= min_words
        and s.endswith((".", "!"))
    )


def _lines(raw: str) -> list[str]:
    return raw.splitlines()


def _join(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _middle(rng: random.Random, idx: list[int], n: int) -> int | None:
    """A random index of `idx`, preferring the middle 80% of a document of `n` lines."""
    inner = [k for k in idx if 0.1 * n <= k <= 0.9 * n] or idx
    return rng.choice(inner) if inner else None


def _prose_idx(lines: list[str], min_words: int = 10) -> list[int]:
    return [k for k, ln in enumerate(lines) if _prose(ln, min_words)]


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each heading's section: the heading and the lines up to the next heading."""
    heads = [k for k, ln in enumerate(lines) if _HEADING.match(ln.strip())]
    return [(h, heads[i + 1] if i + 1 < len(heads) else len(lines)) for i, h in enumerate(heads)]


def _list_runs(lines: list[str], min_items: int = 3) -> list[tuple[int, int]]:
    """(start, end) of runs of consecutive list items (blank lines between them allowed)."""
    runs = []
    k = 0
    while k < len(lines):
        if not _ITEM.match(lines[k]):
            k += 1
            continue
        start, items, j = k, 0, k
        while j < len(lines) and (_ITEM.match(lines[j]) or not lines[j].strip()):
            items += bool(_ITEM.match(lines[j]))
            j += 1
        while j > start and not lines[j - 1].strip():
            j -= 1
        if items >= min_items:
            runs.append((start, j))
        k = j + 1
    return runs


def _insert_after_paragraph(lines: list[str], rng: random.Random, new: list[str]) -> list[str] | None:
    k = _middle(rng, _prose_idx(lines), len(lines))
    if k is None:
        return None
    return [*lines[: k + 1], "", *new, *lines[k + 1 :]]


def _top(lines: list[str]) -> int:
    """Where page furniture above the policy would sit: before the first heading, or at the top."""
    return next((k for k, ln in enumerate(lines) if _HEADING.match(ln.strip())), 0)


# ------------------------------------------------------------------------------------------ not-material edits

#: A transformation returns (old raw, new raw) or None where it does not apply to the document.
Pair = tuple[str, str]
Edit = Callable[[str, random.Random], "Pair | None"]


def dup_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A paragraph that the old version stated twice (a copy in another section) is dropped."""
    lines = _lines(raw)
    idx = _prose_idx(lines, 12)
    if len(idx) < 4:
        return None
    src = rng.choice(idx)
    dst = rng.choice([k for k in idx if abs(k - src) > 3] or idx)
    old = [*lines[: dst + 1], "", lines[src], *lines[dst + 1 :]]
    return _join(old), raw


def dup_added(raw: str, rng: random.Random) -> Pair | None:
    """A paragraph copied into another section: the facts were stated already."""
    pair = dup_dropped(raw, rng)
    return (pair[1], pair[0]) if pair else None


def section_moved(raw: str, rng: random.Random) -> Pair | None:
    """A whole section (heading and body) moved to another place, wording unchanged."""
    lines = _lines(raw)
    secs = [s for s in _sections(lines) if 2 <= s[1] - s[0] <= 40 and s[0] > 0]
    if len(secs) < 3:
        return None
    start, end = rng.choice(secs)
    block = lines[start:end]
    rest = lines[:start] + lines[end:]
    targets = [s for s, _ in _sections(rest) if abs(s - start) > 2]
    if not targets:
        return None
    at = rng.choice(targets)
    return raw, _join(rest[:at] + block + rest[at:])


def para_split(raw: str, rng: random.Random) -> Pair | None:
    """A paragraph split in two at a sentence boundary."""
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines, 20) if len(_SENTENCE_END.findall(lines[k])) >= 1]
    k = _middle(rng, idx, len(lines))
    if k is None:
        return None
    parts = _SENTENCE_END.split(lines[k])
    cut = rng.randrange(1, len(parts))
    new = [*lines[:k], " ".join(parts[:cut]), "", " ".join(parts[cut:]), *lines[k + 1 :]]
    return raw, _join(new)


def para_merge(raw: str, rng: random.Random) -> Pair | None:
    """Two consecutive paragraphs merged into one."""
    lines = _lines(raw)
    idx = _prose_idx(lines, 8)
    pairs = [(a, b) for a, b in itertools.pairwise(idx) if all(not x.strip() for x in lines[a + 1 : b])]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return raw, _join([*lines[:a], lines[a] + " " + lines[b], *lines[b + 1 :]])


def _cells(item: str) -> list[str]:
    body = _ITEM.sub("", item, count=1).strip()
    head, sep, rest = body.partition(": ")
    if sep and 1 <= len(head.split()) <= 6 and rest.strip() and not set(head) & set("([]"):
        return [head.strip(" *"), rest.strip()]
    return [body]


def list_to_table(raw: str, rng: random.Random) -> Pair | None:
    """A list of short items re-laid as a table (a label and its details in two columns, or one column)."""
    lines = _lines(raw)
    runs = [
        r
        for r in _list_runs(lines)
        if all(len(x.split()) <= 40 and len(_cells(x)) == 2 for x in lines[r[0] : r[1]] if _ITEM.match(x))
    ]
    if not runs:
        return None
    start, end = rng.choice(runs)
    items = [_cells(x) for x in lines[start:end] if _ITEM.match(x)]
    if not all(len(c) == 2 for c in items):
        return None  # a table needs a label and details per item
    table = ["| Category | Details |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in items]
    return raw, _join([*lines[:start], "", *table, "", *lines[end:]])


def table_to_list(raw: str, rng: random.Random) -> Pair | None:
    """A table re-laid as a list: each row an item, its cells joined."""
    lines = _lines(raw)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if lines[k].lstrip().startswith("|"):
            j = k
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                j += 1
            if j - k >= 3:
                runs.append((k, j))
            k = j
        else:
            k += 1
    if not runs:
        return None
    start, end = rng.choice(runs)
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines[start:end]]
    rows = [r for r in rows if not all(set(c) <= set(":- ") for c in r)]
    header, body = rows[0], rows[1:]
    items = []
    for r in body:
        cells = [c for c in r if c]
        if cells:
            items.append(f"- {cells[0]}: " + "; ".join(cells[1:]) if len(cells) > 1 else f"- {cells[0]}")
    if not items:
        return None
    return raw, _join([*lines[:start], " / ".join(h for h in header if h) + ":", "", *items, "", *lines[end:]])


_MENU = (
    "Home", "Products", "Pricing", "Blog", "Careers", "About us", "Support", "Log in", "Sign up", "Contact sales",
    "Developers", "Press", "Investors", "Help Center", "Community", "Download the app", "Partners", "Security",
    "Status", "Legal", "Accessibility", "Newsroom", "Gift cards", "Stores", "Enterprise", "Resources",
)  # fmt: skip


def _menu(rng: random.Random) -> list[str]:
    return [f"- {x}" for x in rng.sample(_MENU, rng.randint(5, 9))]


def nav_added(raw: str, rng: random.Random) -> Pair | None:
    """A navigation menu captured above the policy (the site's header: the first lines of the page; a menu inserted
    before the first Markdown heading could land under "We collect the following:" when headings are bold lines)."""
    lines = _lines(raw)
    return raw, _join([*_menu(rng), "", *lines])


def nav_removed(raw: str, rng: random.Random) -> Pair | None:
    """A navigation menu captured with the old version is gone."""
    pair = nav_added(raw, rng)
    return (pair[1], pair[0]) if pair else None


_HELP_LINKS = (
    "How do I delete my account?", "Change your privacy settings", "Download a copy of your data",
    "Manage email notifications", "Turn off personalized ads", "Reset your password", "Report a privacy concern",
    "How to update your profile information", "Manage cookie preferences", "Deactivate or delete your account",
    "Who can see my profile?", "Control who can contact you", "Review your login activity",
)  # fmt: skip
_RELATED_HEADINGS = ("## Related articles", "## Related topics", "### You may also like", "## Popular help topics")
_WIDGET = (
    ["Was this article helpful?", "Yes", "No"],
    ["Did this answer your question?", "Thanks for your feedback!"],
    ["Still need help?", "Contact support"],
    ["Need more help?", "Submit a request", "Chat with us"],
)


def related_added(raw: str, rng: random.Random) -> Pair | None:
    """A help-centre "related articles" block (links about deleting a profile, settings) at the end."""
    block = [rng.choice(_RELATED_HEADINGS), ""] + [f"- {x}" for x in rng.sample(_HELP_LINKS, rng.randint(3, 6))]
    return raw, raw.rstrip("\n") + "\n\n" + _join(block)


def related_changed(raw: str, rng: random.Random) -> Pair | None:
    """The links of a related-articles block changed."""
    head = rng.choice(_RELATED_HEADINGS)
    a = rng.sample(_HELP_LINKS, 8)
    old = [head, ""] + [f"- {x}" for x in a[:4]]
    new = [head, ""] + [f"- {x}" for x in a[2:7]]
    return raw.rstrip("\n") + "\n\n" + _join(old), raw.rstrip("\n") + "\n\n" + _join(new)


def widget_added(raw: str, rng: random.Random) -> Pair | None:
    """A feedback or help widget captured after the policy."""
    block = list(rng.choice(_WIDGET))
    if rng.random() < 0.5:
        block += [f"- {x}" for x in rng.sample(_HELP_LINKS, 2)]
    return raw, raw.rstrip("\n") + "\n\n" + _join(block)


_BANNERS = (
    "We have updated our Privacy Policy. The updated policy takes effect on {date}.",
    "Our Privacy Policy is changing. Please review the updated version, which applies from {date}.",
    "Important: we are updating this privacy notice. The changes will take effect on {date}.",
    "We've made some changes to our Privacy Notice, effective {date}. Read the updated notice below.",
    "Heads up! An updated version of this policy will apply starting {date}.",
)
_DATES = ("March 1, 2026", "15 January 2027", "July 1, 2026", "30 September 2026", "December 12, 2026")


def banner_added(raw: str, rng: random.Random) -> Pair | None:
    """An update banner announcing a coming change that states no practice."""
    lines = _lines(raw)
    at = _top(lines)
    banner = rng.choice(_BANNERS).format(date=rng.choice(_DATES))
    return raw, _join([*lines[:at], banner, "", *lines[at:]])


_STREET = re.compile(
    r"\b(\d{1,5})(\s+)((?:[A-Z][a-z]+\s+){1,3})(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive"
    r"|Way|Place|Square|Parkway)\b"
)
_STREET_NAMES = ("Market", "Harbour View", "North Wharf", "Station", "Mill", "Victoria", "Lakeside", "Elm", "Kings")
_EMAIL = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_LOCALS = ("privacy", "dpo", "dataprotection", "legal", "support", "gdpr", "compliance", "privacy-team")
_COMPANIES = ("Northwind Compliance", "Keel & Harbour Representation", "Ardent Privacy", "Lumen Legal Services")
_CITIES = (
    ("Dublin 2", "Ireland"), ("Amsterdam", "Netherlands"), ("Berlin", "Germany"), ("Paris", "France"),
    ("Brussels", "Belgium"), ("London", "United Kingdom"), ("Madrid", "Spain"),
)  # fmt: skip


def address_changed(raw: str, rng: random.Random) -> Pair | None:
    """A postal address moved: a new house number and street."""
    matches = list(_STREET.finditer(raw))
    if not matches:
        return None
    m = rng.choice(matches)
    new = f"{rng.randint(2, 999)}{m.group(2)}{rng.choice(_STREET_NAMES)} {m.group(4)}"
    return raw, raw[: m.start()] + new + raw[m.end() :]


def _representative(rng: random.Random, region: str) -> str:
    city, country = rng.choice(_CITIES)
    company = rng.choice(_COMPANIES)
    street = f"{rng.randint(1, 99)} {rng.choice(_STREET_NAMES)} Street"
    forms = (
        f"Our representative in the {region} is {company} Ltd, {street}, {city}, {country}.",
        f"{region} representative: {company} Limited, {street}, {city}, {country}, "
        f"{rng.choice(_LOCALS)}@{company.split()[0].lower()}.example.",
        f"We have appointed {company} as our representative in the {region}. You can write to them at {street},"
        f" {city}, {country}.",
    )
    return rng.choice(forms)


def representative_changed(raw: str, rng: random.Random) -> Pair | None:
    """The EU/UK representative named at the end of the policy replaced by another one (another country)."""
    region = rng.choice(("European Union", "EU", "United Kingdom", "UK"))
    a, b = _representative(rng, region), _representative(rng, region)
    if a == b:
        return None
    base = raw.rstrip("\n") + "\n\n"
    return base + a + "\n", base + b + "\n"


def representative_added(raw: str, rng: random.Random) -> Pair | None:
    """A representative named where none was."""
    lines = _lines(raw)
    secs = _sections(lines)
    at = secs[-1][1] if secs else len(lines)
    rep = _representative(rng, rng.choice(("European Union", "EU", "United Kingdom", "UK")))
    return raw, _join([*lines[:at], "", rep, *lines[at:]])


def email_changed(raw: str, rng: random.Random) -> Pair | None:
    """A contact e-mail address changed (another mailbox, or another domain)."""
    matches = [m for m in _EMAIL.finditer(raw)]
    if not matches:
        return None
    m = rng.choice(matches)
    local = rng.choice([x for x in _LOCALS if x != m.group(1)])
    domain = m.group(2) if rng.random() < 0.6 else "privacy-" + m.group(2)
    return raw, raw[: m.start()] + f"{local}@{domain}" + raw[m.end() :]


def dpo_added(raw: str, rng: random.Random) -> Pair | None:
    """A data protection officer's contact added next to the other contact details."""
    lines = _lines(raw)
    secs = _sections(lines)
    at = secs[-1][1] if secs else len(lines)
    email = f"{rng.choice(('dpo', 'privacy', 'dataprotection'))}@example-company.com"
    line = rng.choice(
        (
            f"You can contact our Data Protection Officer at {email}.",
            f"Data Protection Officer: {rng.choice(_COMPANIES)}, {email}",
            f"Our DPO can be reached by email at {email} or by post at the address above.",
        )
    )
    return raw, _join([*lines[:at], "", line, *lines[at:]])


#: near-synonyms for data in a list: the same data type named another way
_DATA_SYNONYMS = (
    ("email address", "e-mail address"), ("phone number", "telephone number"), ("mobile number", "phone number"),
    ("postal address", "mailing address"), ("date of birth", "birth date"), ("photo", "picture"),
    ("profile picture", "profile photo"), ("IP address", "Internet Protocol (IP) address"),
    ("device identifiers", "device IDs"), ("browser type", "type of browser"), ("first and last name", "full name"),
    ("payment information", "payment details"), ("billing address", "invoicing address"),
    ("username", "user name"), ("operating system", "OS"), ("zip code", "postal code"),
    ("credit card", "payment card"), ("usage data", "usage information"), ("contact details", "contact information"),
)  # fmt: skip


def data_synonym(raw: str, rng: random.Random) -> Pair | None:
    """A data type named by a near-synonym in one place ("photo" -> "picture", "phone number" -> "telephone")."""
    found = []
    for a, b in _DATA_SYNONYMS:
        for x, y in ((a, b), (b, a)):
            for m in re.finditer(rf"(?<![\w-]){re.escape(x)}(?![\w-])", raw, re.IGNORECASE):
                found.append((m, y))
    if not found:
        return None
    m, y = rng.choice(found)
    y = y[0].upper() + y[1:] if m.group(0)[0].isupper() else y
    return raw, raw[: m.start()] + y + raw[m.end() :]


_REFERENCE = re.compile(
    r"\b(?:our|the) ((?:[A-Z][\w-]* ){0,3}(?:Cookie|Privacy|Terms|Help|Community)[\w ]{0,20}?(?:Policy|Notice|Statement"
    r"|of Service|of Use|Center|Centre|Guidelines|Settings))\b"
)
_LINK_WORDS = (
    ("", " here"), ("", " (link)"), ("", ", available here"), ("", " page"), ("", ", which you can find here"),
    ("please click here to read ", ""), ("see ", ""), ("visit ", ""),
)  # fmt: skip


def link_words(raw: str, rng: random.Random) -> Pair | None:
    """Link words added around a reference to another notice ("our Cookie Policy" -> "our Cookie Policy here")."""
    matches = list(_REFERENCE.finditer(raw))
    if not matches:
        return None
    m = rng.choice(matches)
    pre, post = rng.choice(_LINK_WORDS)
    new = raw[: m.start()] + pre + m.group(0) + post + raw[m.end() :]
    return (raw, new) if rng.random() < 0.5 else (new, raw)


def truncated(raw: str, rng: random.Random) -> Pair | None:
    """The capture stops part of the way through: the rest of the policy is missing from the new version."""
    lines = _lines(raw)
    if len(lines) < 20:
        return None
    cut = int(len(lines) * rng.uniform(0.35, 0.8))
    return raw, _join(lines[:cut])


def _open_cut(words: list[str], rng: random.Random, lo: int, hi: int) -> int:
    """How many words a capture cut mid-sentence keeps: a number in [lo, hi] not right after a sentence end (a cut
    there would look like an edit that dropped the sentences after it)."""
    options = [n for n in range(max(1, lo), max(lo, hi) + 1) if not words[n - 1].endswith((".", "!", "?", ":", ";"))]
    return rng.choice(options) if options else max(1, lo)


def truncated_mid(raw: str, rng: random.Random) -> Pair | None:
    """The capture stops part of the way through, in the middle of a sentence."""
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines, 10) if 0.3 * len(lines) <= k <= 0.85 * len(lines)]
    if len(lines) < 20 or not idx:
        return None
    k = rng.choice(idx)
    words = lines[k].split()
    return raw, _join([*lines[:k], " ".join(words[: _open_cut(words, rng, 3, len(words) - 2)])])


def tail_lost(raw: str, rng: random.Random) -> Pair | None:
    """The capture stops in the last few lines (the tail of the page), in the middle of a line."""
    lines = _lines(raw)
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) < 20:
        return None
    cut = len(lines) - rng.randint(2, max(3, len(lines) // 20))
    last = lines[cut].split()
    if len(last) < 4:
        return None
    return raw, _join([*lines[:cut], " ".join(last[: _open_cut(last, rng, 2, len(last) - 1)])])


_NOTICES = (
    "Cookie Policy", "Terms of Service", "Community Guidelines", "Accessibility Statement",
    "California Privacy Notice", "Job Applicant Privacy Notice", "Consumer Health Data Privacy Notice",
    "Supplier Privacy Notice", "Location Services Notice", "Children's Privacy Notice", "Biometric Data Notice",
    "Advertising Policy", "Law Enforcement Guidelines", "Data Processing Addendum",
)  # fmt: skip


def notice_list_entry(raw: str, rng: random.Random) -> Pair | None:
    """An entry added to a list of other notices and policies of the company."""
    lines = _lines(raw)
    names = rng.sample(_NOTICES, 5)
    intro = rng.choice(
        (
            "This Privacy Policy should be read together with our other notices:",
            "The following documents also apply to your use of our services:",
            "See also:",
        )
    )
    secs = _sections(lines)
    at = secs[-1][0] if secs else len(lines)
    old = lines[:at] + [intro, ""] + [f"- [{n}](https://example.com/{n.lower().replace(' ', '-')})" for n in names[:4]]
    new = [*old, f"- [{names[4]}](https://example.com/{names[4].lower().replace(' ', '-')})"]
    return _join([*old, "", *lines[at:]]), _join([*new, "", *lines[at:]])


_BRANDS = ("Acme", "Northstar", "Brightwave", "Quill", "Lumio")
_PRODUCTS = (
    "Photos", "Health", "Pay", "Maps", "Messenger", "Kids", "Fitness", "Wallet", "Music", "Home", "Location Sharing",
    "Voice Assistant", "Cloud Storage", "Family Link", "Ads Manager", "Browser", "Camera",
)  # fmt: skip


def product_list_entry(raw: str, rng: random.Random) -> Pair | None:
    """A product added to the list of products and services the policy applies to."""
    lines = _lines(raw)
    brand = rng.choice(_BRANDS)
    names = [f"{brand} {p}" for p in rng.sample(_PRODUCTS, 6)]
    intro = rng.choice(
        (
            "This Privacy Policy applies to the following products and services:",
            "This policy covers our apps and services, including:",
            "Our products include:",
        )
    )
    at = _top(lines) + 1
    old = lines[:at] + [intro, ""] + [f"- {n}" for n in names[:5]] + [""]
    new = lines[:at] + [intro, ""] + [f"- {n}" for n in names] + [""]
    return _join(old + lines[at:]), _join(new + lines[at:])


def superseded_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A superseded copy of the policy (an older version shown below the current one) dropped from the page."""
    lines = _lines(raw)
    if len(lines) < 20:
        return None
    copy = lines[: len(lines) // 2]
    idx = _prose_idx(copy, 12)
    for k in rng.sample(idx, min(2, len(idx))):  # the old copy differs a little: a sentence missing, a number
        copy[k] = re.sub(r"\b(\d{1,3})\b", lambda m: str(int(m.group(1)) + 1), copy[k]) if rng.random() < 0.5 else ""
    heading = rng.choice(
        ("# Previous version", "# Prior Privacy Policy (archived)", "## Archived version of this policy")
    )
    old = [*lines, "", heading, "", "The following version applied until " + rng.choice(_DATES) + ".", "", *copy]
    return _join(old), raw


def moved_to_notice(raw: str, rng: random.Random) -> Pair | None:
    """A section moved to a separate notice: its text replaced by a pointer to that notice."""
    lines = _lines(raw)
    secs = [s for s in _sections(lines) if 3 <= s[1] - s[0] <= 30 and s[0] > 0]
    if not secs:
        return None
    start, end = rng.choice(secs)
    title = re.sub(r"^#+\s*|[*_]", "", lines[start]).strip()
    # "6. ", "B) ", "4\\. " (Markdown escapes the dot)
    title = re.sub(r"^(?:\d{1,2}|[IVX]{1,4}|[A-Z])\\?[.)]?(?:\d{1,2}\\?[.)]?)*\s+", "", title).strip(" :")
    if not title or len(title.split()) > 8 or title.endswith("?"):
        return None  # a question ("What do we collect?") names no notice
    name = title.title() if title.isupper() or title.islower() else title
    pointer = rng.choice(
        (
            f"For information about {title.lower()}, please see our separate {name} Notice.",
            f"Information about {title.lower()} has moved to our {name} Policy, available on our website.",
            f"Details on {title.lower()} are now set out in a separate {name} Notice.",
        )
    )
    return raw, _join([*lines[: start + 1], pointer, *lines[end:]])


_WE = (
    (re.compile(r"\bWe\b"), "The Company"), (re.compile(r"\bwe\b"), "the company"),
    (re.compile(r"\bOur\b"), "The Company's"), (re.compile(r"\bour\b"), "the company's"),
    (re.compile(r"\bus\b"), "the company"),
)  # fmt: skip


def we_company(raw: str, rng: random.Random) -> Pair | None:
    """A paragraph reworded from "we" to "the company" (same facts)."""
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines) if re.search(r"\b[Ww]e\b", lines[k])]
    k = _middle(rng, idx, len(lines))
    if k is None:
        return None
    line = lines[k]
    for pat, rep in _WE:
        line = pat.sub(rep, line)
    line = re.sub(r"\bthe company (have|are|do|don't|were)\b", lambda m: "the company " + {"have": "has", "are": "is",
                  "do": "does", "don't": "doesn't", "were": "was"}[m.group(1)], line, flags=re.IGNORECASE)  # fmt: skip
    return raw, _join([*lines[:k], line, *lines[k + 1 :]])


_PASSIVE = re.compile(
    r"\b[Ww]e (may |will |also |may also )?(collect|use|share|disclose|store|process|retain|receive)"
    r" (your [a-z][a-z ]{2,40}?|the [a-z][a-z ]{2,40}?information)(?= (?:with|to|for|from|when|in|if|so|because|on)\b)"
)
_PARTICIPLE = {"use": "used", "share": "shared", "disclose": "disclosed", "store": "stored", "retain": "retained",
               "collect": "collected", "process": "processed", "receive": "received"}  # fmt: skip


def passive_voice(raw: str, rng: random.Random) -> Pair | None:
    """ "We may share your X with ..." -> "Your X may be shared by us with ..." (same facts, passive voice)."""
    matches = list(_PASSIVE.finditer(raw))
    if not matches:
        return None
    m = rng.choice(matches)
    modal = (m.group(1) or "").strip()
    be = f"{modal} be" if modal and modal != "also" else ("is also" if modal == "also" else "is")
    obj = m.group(3)
    at_start = (
        m.start() == 0 or raw[m.start() - 2 : m.start()].strip() in ("", ".", "!", "?") or raw[m.start() - 1] == "\n"
    )
    obj = obj[0].upper() + obj[1:] if at_start else obj
    new = f"{obj} {be} {_PARTICIPLE[m.group(2)]} by us"
    return raw, raw[: m.start()] + new + raw[m.end() :]


def cut_completed(raw: str, rng: random.Random) -> Pair | None:
    """A sentence the old capture cut off mid-way is whole in the new one."""
    lines = _lines(raw)
    k = _middle(rng, _prose_idx(lines, 14), len(lines))
    if k is None:
        return None
    words = lines[k].split()
    cut = " ".join(words[: _open_cut(words, rng, len(words) // 3, 2 * len(words) // 3)])
    return _join([*lines[:k], cut, *lines[k + 1 :]]), raw


_COOKIE_BANNERS = (
    ["We use cookies to give you the best experience on our website and to analyse traffic.", "Accept all",
     "Reject all", "Cookie settings"],
    ["This site uses cookies and similar technologies for analytics and personalised advertising. You can change"
     " your choices at any time.", "- Accept", "- Decline", "- Manage preferences"],
    ["Your privacy choices", "We and our partners store and access information on your device, such as cookies,"
     " and process personal data such as unique identifiers for personalised ads and content.", "I agree",
     "Show purposes"],
)  # fmt: skip


def cookie_banner_added(raw: str, rng: random.Random) -> Pair | None:
    """A cookie-consent banner (its text and buttons) captured with the new version, above or below the policy."""
    lines = _lines(raw)
    banner = list(rng.choice(_COOKIE_BANNERS))
    if rng.random() < 0.5:
        return raw, _join([*banner, "", *lines])
    return raw, raw.rstrip("\n") + "\n\n" + _join(banner)


_FOOTER_LINKS = (
    "Privacy Policy", "Terms of Use", "Cookie Policy", "Your Privacy Choices", "Do Not Sell or Share My Personal"
    " Information", "Cookie Preferences", "Accessibility", "Sitemap", "Consumer Health Data Privacy Notice",
    "Limit the Use of My Sensitive Personal Information", "Ad Choices", "Manage consent", "Contact us",
)  # fmt: skip


def footer_links_changed(raw: str, rng: random.Random) -> Pair | None:
    """The site footer under the policy: its links (some naming privacy choices) and copyright line changed."""
    names = rng.sample(_FOOTER_LINKS, 8)
    year = rng.randint(2019, 2025)
    old = [f"- [{n}](https://example.com/{k})" for k, n in enumerate(names[:5])] + [f"© {year} Example Inc."]
    new = [f"- [{n}](https://example.com/{k})" for k, n in enumerate(names[2:8])] + [
        f"© {year + 1} Example Inc. All rights reserved."
    ]
    base = raw.rstrip("\n") + "\n\n"
    return base + _join(old), base + _join(new)


def toc_added(raw: str, rng: random.Random) -> Pair | None:
    """A table of contents (the policy's own section titles, as links) added above the policy."""
    lines = _lines(raw)
    titles = [re.sub(r"^#+\s*|[*_]", "", ln).strip() for ln in lines if _HEADING.match(ln.strip())]
    titles = [t for t in titles if t and len(t.split()) <= 12]
    if len(titles) < 4:
        return None
    intro = rng.choice(("## Contents", "Table of contents", "Jump to a section:", "## In this policy"))
    toc = [f"- [{t}](#{re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')})" for t in titles]
    at = _top(lines) + 1 if rng.random() < 0.5 else _top(lines)
    return raw, _join([*lines[:at], intro, "", *toc, "", *lines[at:]])


def email_hidden(raw: str, rng: random.Random) -> Pair | None:
    """E-mail addresses hidden by an anti-spam script in the new capture ("[email protected]")."""
    if not _EMAIL.search(raw):
        return None
    hidden = rng.choice(("[email protected]", "[email\xa0protected]", "email protected"))
    return raw, _EMAIL.sub(hidden, raw)


_UPDATED = re.compile(
    r"((?:last|date of last)?\s*(?:updated|revised|modified|effective(?: date)?)\s*(?:on|as of)?:?\**\s*)"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})",
    re.IGNORECASE,
)


def date_changed(raw: str, rng: random.Random) -> Pair | None:
    """The "last updated" / "effective" date changed, nothing else."""
    matches = list(_UPDATED.finditer(raw))
    if not matches:
        return None
    m = rng.choice(matches)
    return raw, raw[: m.start(2)] + rng.choice(_DATES) + raw[m.end(2) :]


#: same-meaning rewordings of common policy phrases (each direction is a rewording)
_REWORDINGS = (
    ("in order to", "to"), ("such as", "for example"), ("for example", "e.g."), ("personal information",
    "personal data"), ("we may", "we might"), ("at any time", "whenever you wish"), ("third parties", "third-party"
    " companies"), ("we use", "we make use of"), ("provide", "deliver"), ("improve", "enhance"), ("contact us",
    "get in touch with us"), ("please note", "note"), ("as described in", "as set out in"), ("in accordance with",
    "in line with"), ("you can", "you are able to"), ("request", "ask for"), ("obtain", "get"),
)  # fmt: skip


def reworded_phrases(raw: str, rng: random.Random) -> Pair | None:
    """Two or three stock phrases of one paragraph reworded with near-synonyms (same facts)."""
    lines = _lines(raw)
    idx = _prose_idx(lines, 15)
    rng.shuffle(idx)
    for k in idx:
        line, done = lines[k], 0
        for a, b in rng.sample(_REWORDINGS, len(_REWORDINGS)):
            x, y = (a, b) if rng.random() < 0.5 else (b, a)
            m = re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", line)
            if m:
                line = line[: m.start()] + y + line[m.end() :]
                done += 1
                if done == 3:
                    break
        if done >= 2:
            return raw, _join([*lines[:k], line, *lines[k + 1 :]])
    return None


_LAWS = (
    "Article 6(1)(a) GDPR", "Article 6(1)(b) GDPR", "Article 6(1)(f) GDPR", "Art. 13 GDPR", "Cal. Civ. Code §"
    " 1798.100", "Cal. Civ. Code § 1798.83", "Va. Code § 59.1-575", "Colo. Rev. Stat. § 6-1-1301", "LGPD Art. 18",
    "PIPEDA Schedule 1", "UK GDPR Article 15", "Regulation (EU) 2016/679",
)  # fmt: skip


def references_relaid(raw: str, rng: random.Random) -> Pair | None:
    """A list of legal references at the end re-laid: its order changed and one citation's form updated."""
    refs = rng.sample(_LAWS, 5)
    old = ["## Legal references", "", *[f"- {r}" for r in refs]]
    new_refs = refs[::-1]
    new_refs[0] = new_refs[0].replace("Article", "Art.").replace("Cal. Civ. Code", "California Civil Code")
    new = ["## Legal references", "", *[f"- {r}" for r in new_refs]]
    base = raw.rstrip("\n") + "\n\n"
    return base + _join(old), base + _join(new)


def sentence_dropped_dup_in_list(raw: str, rng: random.Random) -> Pair | None:
    """A section's introductory sentence that repeats its heading ("This section explains X.") dropped."""
    lines = _lines(raw)
    secs = [s for s in _sections(lines) if s[1] - s[0] >= 3]
    if not secs:
        return None
    start, _ = rng.choice(secs)
    title = re.sub(r"^#+\s*|[*_]", "", lines[start]).strip()
    title = re.sub(r"^(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]?(?:\d{1,2}[.)]?)*\s+", "", title).strip(" :")
    if not title or len(title.split()) > 8:
        return None
    intro = rng.choice(
        ("This section explains {t}.", "In this section we describe {t}.", "Below you can read about {t}.")
    )
    old = [*lines[: start + 1], intro.format(t=title.lower()), *lines[start + 1 :]]
    return _join(old), raw


def list_to_prose(raw: str, rng: random.Random) -> Pair | None:
    """A short list introduced by a sentence ending in ':' re-laid as one sentence ("such as a, b and c.")."""
    lines = _lines(raw)
    runs = [
        r
        for r in _list_runs(lines)
        if r[0] > 0
        and lines[r[0] - 1].rstrip().endswith(":")
        and r[1] - r[0] <= 8
        and all(len(x.split()) <= 8 for x in lines[r[0] : r[1]] if _ITEM.match(x))
    ]
    if not runs:
        return None
    start, end = rng.choice(runs)
    items = [_ITEM.sub("", x, count=1).strip().rstrip(".;,") for x in lines[start:end] if _ITEM.match(x)]
    items = [x[0].lower() + x[1:] if x[:1].isupper() and not x[1:2].isupper() else x for x in items]
    if len(items) < 2:
        return None
    intro = lines[start - 1].rstrip()[:-1]
    prose = f"{intro}, namely {', '.join(items[:-1])} and {items[-1]}."
    return raw, _join([*lines[: start - 1], prose, *lines[end:]])


def prose_to_list(raw: str, rng: random.Random) -> Pair | None:
    """A sentence naming several things ("such as a, b, and c") re-laid as an introduced list."""
    lines = _lines(raw)
    pat = re.compile(r"^(.{20,}?) (?:such as|including) ((?:[\w' -]{2,40}, ){2,}(?:and|or) [\w' -]{2,40})\.$")
    idx = [k for k in _prose_idx(lines, 12) if pat.match(lines[k].strip())]
    if not idx:
        return None
    k = rng.choice(idx)
    m = pat.match(lines[k].strip())
    assert m is not None
    parts = re.split(r", (?:and |or )?| (?:and|or) ", m.group(2))
    items = [f"- {x.strip()[0].upper() + x.strip()[1:]}" for x in parts if x.strip()]
    return raw, _join([*lines[:k], m.group(1) + ", such as:", "", *items, "", *lines[k + 1 :]])


_NUMBER_WORDS = {
    "30": "thirty", "60": "sixty", "90": "ninety", "12": "twelve", "6": "six", "3": "three", "2": "two", "7": "seven",
    "5": "five", "10": "ten", "13": "thirteen", "16": "sixteen", "18": "eighteen", "24": "twenty-four",
    "45": "forty-five",
}  # fmt: skip


def number_words(raw: str, rng: random.Random) -> Pair | None:
    """A number written another way: "30 days" -> "thirty (30) days" (or the reverse)."""
    matches = [m for m in re.finditer(r"\b(\d{1,2}) (days|months|years|hours)\b", raw) if m.group(1) in _NUMBER_WORDS]
    if not matches:
        return None
    m = rng.choice(matches)
    word = _NUMBER_WORDS[m.group(1)]
    new = rng.choice((f"{word} ({m.group(1)}) {m.group(2)}", f"{word} {m.group(2)}"))
    return raw, raw[: m.start()] + new + raw[m.end() :]


_ABBREVIATIONS = (
    ("EEA", "European Economic Area (EEA)"), ("EU", "European Union"), ("UK", "United Kingdom"),
    ("GDPR", "General Data Protection Regulation (GDPR)"), ("CCPA", "California Consumer Privacy Act (CCPA)"),
    ("US", "United States"), ("IP address", "Internet Protocol address"),
    ("IP address", "Internet Protocol (IP) address"),
)  # fmt: skip


def abbreviation_expanded(raw: str, rng: random.Random) -> Pair | None:
    """An abbreviation spelled out in one place ("EEA" -> "European Economic Area (EEA)")."""
    found = [
        (m, full)
        for short, full in _ABBREVIATIONS
        for m in re.finditer(rf"(?<![\w(-]){re.escape(short)}(?![\w)-])", raw)
    ]
    if not found:
        return None
    m, full = rng.choice(found)
    return raw, raw[: m.start()] + full + raw[m.end() :]


def heading_question(raw: str, rng: random.Random) -> Pair | None:
    """Section headings rewritten as questions ("Information We Collect" -> "What information do we collect?")."""
    lines = _lines(raw)
    heads = [k for k, ln in enumerate(lines) if _HEADING.match(ln.strip()) and 2 <= len(ln.split()) <= 8]
    if len(heads) < 3:
        return None
    new = list(lines)
    for k in rng.sample(heads, min(3, len(heads))):
        marks = re.match(r"^(#+ )(.*)$", lines[k].strip())
        assert marks is not None
        title = re.sub(r"[*_]", "", marks.group(2)).strip().rstrip(".:")
        if title.endswith("?"):
            continue
        new[k] = marks.group(1) + rng.choice(("What about ", "Questions on ", "About ")) + title.lower() + "?"
    return raw, _join(new)


def sentences_reordered(raw: str, rng: random.Random) -> Pair | None:
    """The sentences of one paragraph put in another order (same statements)."""
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines, 20) if len(_SENTENCE_END.split(lines[k])) >= 3]
    k = _middle(rng, idx, len(lines))
    if k is None:
        return None
    parts = _SENTENCE_END.split(lines[k])
    order = parts[1:] + parts[:1]
    return raw, _join([*lines[:k], " ".join(order), *lines[k + 1 :]])


_TERMS = (
    ("personal information", "personal data"),
    ("personal data", "personal information"),
    ("the Services", "the Platform"),
    ("our Services", "our services"),
    ("third parties", "other companies"),
)


def term_renamed_throughout(raw: str, rng: random.Random) -> Pair | None:
    """A term used throughout replaced everywhere by its synonym ("personal information" -> "personal data")."""
    found = [(a, b) for a, b in _TERMS if len(re.findall(rf"(?<![\w-]){re.escape(a)}(?![\w-])", raw)) >= 3]
    if not found:
        return None
    a, b = rng.choice(found)
    new = re.sub(rf"(?<![\w-]){re.escape(a)}(?![\w-])", b, raw)
    new = re.sub(rf"(?<![\w-]){re.escape(a[0].upper() + a[1:])}(?![\w-])", b[0].upper() + b[1:], new)
    return raw, new


def typos_fixed(raw: str, rng: random.Random) -> Pair | None:
    """Typos of the old version fixed: three words of 6+ letters had two letters swapped."""
    matches = [m for m in re.finditer(r"\b[a-z]{6,}\b", raw)]
    if len(matches) < 10:
        return None
    chosen = sorted(rng.sample(matches, 3), key=lambda m: m.start())
    out, at = [], 0
    for m in chosen:
        w = m.group(0)
        i = rng.randrange(1, len(w) - 2)
        out += [raw[at : m.start()], w[:i] + w[i + 1] + w[i] + w[i + 2 :]]
        at = m.end()
    out.append(raw[at:])
    return "".join(out), raw


# ------------------------------------------------------------------------------------------ material edits

_SALE = (
    "We may sell your personal information to data brokers and other third parties.",
    "We sell the information we collect about you to our advertising partners.",
    "Your personal data may be sold to marketing companies for their own purposes.",
    "We also sell information about your purchases to third-party data resellers.",
)
_NEW_DATA = (
    "We also collect your precise location from your device's GPS, even when the app is closed.",
    "We collect biometric information, such as scans of your face, when you verify your identity.",
    "We may collect information about your health that you enter in the app.",
    "We also collect the contents of your contact list when you use the app.",
)
_NEW_ITEMS = (
    "Precise geolocation data from your device",
    "Biometric identifiers, such as face geometry",
    "Health and fitness information",
    "Your contacts and address book",
)
_AI = (
    "We may use your content and personal information to train our artificial intelligence models.",
    "Your messages and uploads may be used to develop and train machine learning models.",
)
_ADS = (
    "We share your browsing activity with advertising networks so that they can show you targeted ads on other sites.",
    "We may disclose your device identifiers and usage data to third-party advertisers for cross-context behavioral"
    " advertising.",
)


def m_sale(raw: str, rng: random.Random) -> Pair | None:
    """A sentence added stating that personal data is sold."""
    new = _insert_after_paragraph(_lines(raw), rng, [rng.choice(_SALE)])
    return (raw, _join(new)) if new else None


def m_new_data(raw: str, rng: random.Random) -> Pair | None:
    """A new (sensitive) data type: an item added to a list of data, or a sentence."""
    lines = _lines(raw)
    runs = [r for r in _list_runs(lines) if r[0] > 0 and lines[r[0] - 1].rstrip().endswith(":")]
    runs = [r for r in runs if re.search(r"collect|information|data", " ".join(lines[r[0] - 3 : r[0]]), re.I)]
    if runs and rng.random() < 0.5:
        start, end = rng.choice(runs)
        marker = _ITEM.match(lines[start]).group(0)  # type: ignore[union-attr]
        at = rng.randint(start + 1, end)
        return raw, _join([*lines[:at], marker + rng.choice(_NEW_ITEMS), *lines[at:]])
    new = _insert_after_paragraph(lines, rng, [rng.choice(_NEW_DATA)])
    return (raw, _join(new)) if new else None


def m_ai_training(raw: str, rng: random.Random) -> Pair | None:
    """A new use of data already held: training AI models."""
    new = _insert_after_paragraph(_lines(raw), rng, [rng.choice(_AI)])
    return (raw, _join(new)) if new else None


def m_ad_sharing(raw: str, rng: random.Random) -> Pair | None:
    """Data shared with advertisers for targeted advertising."""
    new = _insert_after_paragraph(_lines(raw), rng, [rng.choice(_ADS)])
    return (raw, _join(new)) if new else None


_PERIOD = re.compile(r"\b(\d{1,3}) (days|months|years)\b")


def m_retention_longer(raw: str, rng: random.Random) -> Pair | None:
    """A period in a sentence about keeping or deleting data made longer."""
    lines = _lines(raw)
    cands = [
        (k, m)
        for k, ln in enumerate(lines)
        if re.search(r"\b(?:retain|keep|kept|store|delete|deleted|retention)", ln, re.I)
        for m in _PERIOD.finditer(ln)
    ]
    if not cands:
        return None
    k, m = rng.choice(cands)
    n = int(m.group(1))
    longer = f"{n * 3 if n < 100 else n * 2} {m.group(2)}"
    line = lines[k][: m.start()] + longer + lines[k][m.end() :]
    return raw, _join([*lines[:k], line, *lines[k + 1 :]])


_RIGHT = re.compile(
    r"\b(?:right to|you (?:can|may) (?:ask|request)(?: us)? to) (access|delete|erasure|correct|rectif|port|object"
    r"|restrict|opt[- ]out|withdraw)\w*",
    re.I,
)


def m_right_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A sentence or list item giving a right dropped, the right stated nowhere else."""
    lines = _lines(raw)
    cands = []
    for k, ln in enumerate(lines):
        m = _RIGHT.search(ln)
        if not m:
            continue
        stem = m.group(1).lower()[:5]
        if sum(stem in other.lower() for other in lines) == 1:
            cands.append(k)
    if not cands:
        return None
    k = rng.choice(cands)
    line = lines[k]
    sentences = _SENTENCE_END.split(line)
    kept = [s for s in sentences if not _RIGHT.search(s)]
    return raw, _join(lines[:k] + ([" ".join(kept)] if kept else []) + lines[k + 1 :])


_DENIAL = re.compile(r"\b(?:do not|don't|will not|won't|never|does not|doesn't) ((?:sell|rent|share|disclose)\b)", re.I)


def m_negation_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A denial of selling or sharing turned into a statement of it ("we do not sell" -> "we sell")."""
    matches = list(_DENIAL.finditer(raw))
    if not matches:
        return None
    m = rng.choice(matches)
    verb = m.group(1)
    verb = verb + ("s" if m.group(0).lower().startswith(("does", "doesn")) else "")
    return raw, raw[: m.start()] + ("may " + m.group(1) if rng.random() < 0.5 else verb) + raw[m.end() :]


def m_practice_in_chrome(raw: str, rng: random.Random) -> Pair | None:
    """A sale, AI-training or advertising sentence added while the page's header, footer and consent banner changed
    too (a real change inside a noisy capture: the chrome must not hide it)."""
    pair = footer_links_changed(raw, rng)
    if pair is None:
        return None
    old, new = pair
    new = _join([*_menu(rng), "", *_lines(new)])
    new = new.rstrip("\n") + "\n\n" + _join(list(rng.choice(_COOKIE_BANNERS)))
    added = _insert_after_paragraph(_lines(new), rng, [rng.choice(_SALE + _AI + _ADS)])
    return (old, _join(added)) if added else None


@dataclass(frozen=True)
class Family:
    name: str
    material: bool
    edit: Edit


FAMILIES = (
    Family("dup-dropped", False, dup_dropped),
    Family("dup-added", False, dup_added),
    Family("section-moved", False, section_moved),
    Family("para-split", False, para_split),
    Family("para-merge", False, para_merge),
    Family("list-to-table", False, list_to_table),
    Family("table-to-list", False, table_to_list),
    Family("nav-added", False, nav_added),
    Family("nav-removed", False, nav_removed),
    Family("related-added", False, related_added),
    Family("related-changed", False, related_changed),
    Family("widget-added", False, widget_added),
    Family("banner-added", False, banner_added),
    Family("address-changed", False, address_changed),
    Family("representative-changed", False, representative_changed),
    Family("representative-added", False, representative_added),
    Family("email-changed", False, email_changed),
    Family("dpo-added", False, dpo_added),
    Family("data-synonym", False, data_synonym),
    Family("link-words", False, link_words),
    Family("truncated", False, truncated),
    Family("truncated-mid", False, truncated_mid),
    Family("tail-lost", False, tail_lost),
    Family("notice-list-entry", False, notice_list_entry),
    Family("product-list-entry", False, product_list_entry),
    Family("superseded-dropped", False, superseded_dropped),
    Family("moved-to-notice", False, moved_to_notice),
    Family("we-company", False, we_company),
    Family("passive-voice", False, passive_voice),
    Family("cut-completed", False, cut_completed),
    Family("cookie-banner-added", False, cookie_banner_added),
    Family("footer-links-changed", False, footer_links_changed),
    Family("toc-added", False, toc_added),
    Family("email-hidden", False, email_hidden),
    Family("date-changed", False, date_changed),
    Family("reworded-phrases", False, reworded_phrases),
    Family("references-relaid", False, references_relaid),
    Family("section-intro-dropped", False, sentence_dropped_dup_in_list),
    Family("list-to-prose", False, list_to_prose),
    Family("prose-to-list", False, prose_to_list),
    Family("number-words", False, number_words),
    Family("abbreviation-expanded", False, abbreviation_expanded),
    Family("heading-question", False, heading_question),
    Family("sentences-reordered", False, sentences_reordered),
    Family("term-renamed-throughout", False, term_renamed_throughout),
    Family("typos-fixed", False, typos_fixed),
    Family("m-sale", True, m_sale),
    Family("m-new-data", True, m_new_data),
    Family("m-ai-training", True, m_ai_training),
    Family("m-ad-sharing", True, m_ad_sharing),
    Family("m-retention-longer", True, m_retention_longer),
    Family("m-right-dropped", True, m_right_dropped),
    Family("m-negation-dropped", True, m_negation_dropped),
    Family("m-practice-in-chrome", True, m_practice_in_chrome),
)
FAMILIES += tuple(Family(*f) for f in __import__("perturb_more").MORE)  # bench/perturb_more.py
_TWICE = sorted({f.name for f in FAMILIES if sum(g.name == f.name for g in FAMILIES) > 1})
if _TWICE:  # a name given twice would merge two families' figures under one row
    raise SystemExit(f"perturbation families named twice: {', '.join(_TWICE)}")


# ------------------------------------------------------------------------------------------ running


def _seed(*parts: object) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def _run_one(args: tuple[Doc, str, int]) -> tuple[str, str, bool | None, str, float]:
    doc, family_name, seed = args
    family = next(f for f in FAMILIES if f.name == family_name)
    rng = random.Random(_seed(seed, doc.name, family_name))
    pair = family.edit(doc.raw, rng)
    if pair is None:
        return doc.name, family_name, None, "", 0.0
    old, new = canonical(doc, pair[0]), canonical(doc, pair[1])
    if old == new or not old.strip() or not new.strip():
        return doc.name, family_name, None, "", 0.0
    start = time.process_time()
    result = classify_pair(old, new)
    spent = time.process_time() - start
    why = ""
    wrong = result.material != family.material
    if wrong:
        if result.material:
            why = "; ".join(f"[{v.rule}] {v.reason[:160]}" for v in result.changes if v.material)
        else:
            why = (
                (result.capture if result.capture != "ok" else "")
                or "; ".join(f"[{v.rule}] {v.reason[:120]}" for v in result.changes[:3])
                or result.summary[:160]
            )
    return doc.name, family_name, result.material, why, spent


def _usable(doc: Doc) -> bool:
    text = canonical(doc, doc.raw)
    words = re.findall(r"[a-z]+", text.lower()[:20000])
    english = sum(w in ("the", "and", "we", "you", "your", "of", "to") for w in words)
    return len(text) >= 1500 and len(text.splitlines()) >= 12 and english >= 0.08 * max(1, len(words))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40, help="how many documents (a seeded sample); 0 for all")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--show", action="append", default=[], help="print the wrong calls of this family ('all')")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--max-chars", type=int, default=600_000, help="skip documents longer than this")
    a = ap.parse_args()
    pool = [d for d in documents() if len(d.raw) <= a.max_chars]
    random.Random(a.seed).shuffle(pool)
    docs = []
    for d in pool:  # canonicalising is slow on long pages: only as many as needed
        if _usable(d):
            docs.append(d)
            if a.docs and len(docs) >= a.docs:
                break
    families = [f for f in FAMILIES if not a.family or f.name in a.family]
    work = [(d, f.name, a.seed) for f in families for d in docs]
    if a.jobs > 1:
        from multiprocessing import Pool

        with Pool(a.jobs) as pool:
            results = pool.map(_run_one, work, chunksize=4)
    else:
        results = [_run_one(w) for w in work]
    by_family: dict[str, Counter[str]] = {f.name: Counter() for f in families}
    wrong: dict[str, list[tuple[str, str]]] = {f.name: [] for f in families}
    cpu: list[float] = []
    for name, fam, material, why, spent in results:
        if material is None:
            by_family[fam]["n/a"] += 1
            continue
        cpu.append(spent)
        by_family[fam]["n"] += 1
        by_family[fam]["material"] += material
        if why:
            wrong[fam].append((name, why))
    print(f"documents: {len(docs)} (seed {a.seed}); pairs judged: {len(cpu)}; classify CPU total {sum(cpu):.1f}s")
    print(f"{'family':<24} {'kind':<9} {'n':>4} {'material':>9} {'rate':>6}")
    totals = {False: Counter(), True: Counter()}
    for f in families:
        c = by_family[f.name]
        n, m = c["n"], c["material"]
        rate = m / n if n else 0.0
        label = "recall" if f.material else "FP rate"
        totals[f.material]["n"] += n
        totals[f.material]["m"] += m
        print(f"{f.name:<24} {'material' if f.material else 'noise':<9} {n:>4} {m:>9} {rate:>6.2f}  {label}")
    for kind, label in ((False, "noise FP rate"), (True, "material recall")):
        t = totals[kind]
        if t["n"]:
            print(f"{'TOTAL ' + label:<34} {t['n']:>4} {t['m']:>9} {t['m'] / t['n']:>6.2f}")
    for fam in a.show:
        for f in families:
            if fam in ("all", f.name):
                for name, why in wrong[f.name]:
                    print(f"\n{f.name} {name}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
