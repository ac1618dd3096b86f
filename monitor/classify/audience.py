"""Who a statement is for, by where the reader lives: "residents of California", "if you are in the EEA", "for
everyone else". A statement stated for one audience is not restated by a passage stated for another: a right
dropped for "everyone else" does not stand because the EEA section still grants it, nor does a right once given to
every user stand in a section for California residents.

Family: policies whose rights (and some practices) are laid out per region, with a residual section ("Otherwise,
at your request, we will: ...") for the readers no regional section covers."""

from __future__ import annotations

import re

#: a place, as a policy names one: capitalised words, with an acronym in brackets ("the European Economic Area (EEA)")
_PLACE = r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*\([A-Z][A-Za-z.]{1,5}\))?"
#: several places ("the EEA, Switzerland, or the UK")
_PLACES = rf"{_PLACE}(?:\s*,\s*(?:(?:or|and)\s+)?{_PLACE})*(?:\s+(?:or|and)\s+{_PLACE})?"
_PEOPLE = (
    r"(?i:residents?|citizens?|consumers?|users?|individuals?|persons?|people|visitors?|customers?|data\s+subjects?)"
)
_LIVING = r"(?i:located|based|living|residing|who\s+(?:live|reside|are(?:\s+located|\s+based)?))"
_GROUPS = tuple(
    re.compile(p)
    for p in (
        # "residents of California", "users located in the EEA", "individuals in the UK"
        rf"\b{_PEOPLE}\s+(?:{_LIVING}\s+)?(?i:of|in|from)\s+(?P<at>{_PLACES})",
        # "California residents", "EU citizens", "Nevada consumers"
        rf"(?P<at>{_PLACE})\s+(?i:residents?|citizens?|consumers?|data\s+subjects?)\b",
        # "if you are in the EEA", "where you live in Brazil", "if you are a resident of Canada"
        rf"\b(?i:you\s+(?:are|live|reside)(?:\s+(?:located|based))?\s+(?:in|within|a\s+(?:resident|citizen)\s+of))"
        rf"\s+(?P<at>{_PLACES})",
        # "if you are a California resident"
        rf"\b(?i:you\s+are\s+an?)\s+(?P<at>{_PLACE})\s+(?i:resident|citizen|consumer)\b",
    )
)
#: the readers no other section covers: "Otherwise, ...", "everyone else", "all other users", "users outside the EEA"
_REST = re.compile(
    r"^\W*otherwise\b|\beveryone\s+else\b|\b(?:all\s+)?other\s+(?:users|individuals|residents|customers|people"
    rf"|consumers|visitors)\b|\b(?:{_PEOPLE}|you\s+are|those)\s+(?:{_LIVING}\s+)?outside\s+(?:of\s+)?(?:the\s+)?[A-Z]",
    re.IGNORECASE | re.MULTILINE,
)
_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.]{1,5})\)")
#: names of one jurisdiction ("the EU", "the EEA", "Europe"; "the USA", "the United States")
_SAME_PLACE = {"eu": "europe", "eea": "europe", "ue": "europe", "eueea": "europe", "usa": "us", "gb": "uk"}
#: capitalised words that open a sentence or qualify people without naming a place ("All users", "Our customers")
_NOT_PLACES = frozenset(
    re.findall(
        r"\S+",
        "all any our other these those such some each every this that your their registered individual new existing"
        " many most certain",
    )
)
#: words of a title-cased heading before the place ("Notice For California Residents", "If You Are A UK Resident")
_TITLE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "the a an if you are for to of in your our additional supplemental information notice notices rights privacy"
        " disclosures disclosure statement policy section",
    )
)


def _canonical(place: str) -> str:
    """One place's name, as both spellings give it: "the European Economic Area (EEA)" and "EEA" -> "eea", "the
    United Kingdom" -> "uk"; "" for a word that names no place."""
    m = _ACRONYM.search(place)
    if m:
        return _same(m.group(1))
    words = place.replace(".", "").split()
    while words and words[0].lower() in _TITLE_WORDS:
        words = words[1:]
    if not words or words[0].lower() in _NOT_PLACES:
        return ""
    return _same("".join(w[0] for w in words) if len(words) > 1 else words[0])


def _same(name: str) -> str:
    low = name.replace(".", "").replace("/", "").lower()
    return _SAME_PLACE.get(low, low)


def audience(text: str) -> frozenset[str]:
    """The places whose readers `text` addresses (canonical names), and "elsewhere" for the readers no other section
    covers; empty for a statement made to every reader."""
    out: set[str] = set()
    for m in (m for pattern in _GROUPS for m in pattern.finditer(text)):
        named = m.group("at")
        out.update(c for c in (_canonical(p) for p in _SPLIT.split(named) if p) if c)
    if _REST.search(text):
        out.add("elsewhere")
    return frozenset(out)


def restates_for(statement: frozenset[str], passage: frozenset[str]) -> bool:
    """Whether a passage addressed to `passage` speaks to every reader a statement addressed to `statement` speaks
    to: a passage for every reader does; one for some places does only for a statement made for (some of) them."""
    return not passage or (bool(statement) and statement <= passage)
