"""Read one sentence for privacy-practice evidence: concepts, negation, modality, limiters, quantities, names."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TypeVar

from monitor.classify import lexicon as lx
from monitor.classify import literals
from monitor.classify.lexicon import PROTECTS
from monitor.text.diff import word_diff
from monitor.text.sentences import clean_block, written_out

_T = TypeVar("_T")
_WORD = re.compile(r"[\w'-]+")
_ENTITY = re.compile(r"(?<![\w@./-])[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and|&|de|la))*(?:\s+[A-Z][\w&'-]*)?")
#: the parts of a law or an agreement ("Annex I of the Principles", "Schedule 2", "Chapter V"): where a rule stands,
#: nobody named
_LAW_PARTS = frozenset(("Annex", "Appendix", "Schedule", "Chapter", "Clause", "Paragraph", "Recital"))
_ENTITY_STOP = frozenset(
    (
        "I",
        "SMS",
        # security and web standards are techniques, not parties: "SSL" -> "TLS" names nobody new
        "SSL",
        "TLS",
        "HTTP",
        "HTTPS",
        "AES",
        "RSA",
        "SHA",
        "VPN",
        # radio techniques: "GPS, Wi-Fi" -> "GPS, WLAN" names nobody new. Not "GPS": read as a name, it keeps a new
        # item "precise GPS location" from counting as stated by "geolocation data, such as your approximate
        # location" (the lexicon reads "geolocation" as precise; bench/perturb.py m-sensitive-in-list)
        "Wi-Fi",
        "WiFi",
        "WLAN",
        "Bluetooth",
        "NFC",
        "API",
        "URL",
        "URLs",
        # acronyms of the site's own documents: "violations of the EULA, TOS"
        "TOS",
        "ToS",
        "TOU",
        "ToU",
        "EULA",
        # forms of address ("your title (Mr, Mrs, Ms)"): a field of a form, nobody named
        "Mr",
        "Mrs",
        "Ms",
        "Mx",
        "Miss",
        "Dr",
        "APIs",
        # currencies by their ISO 4217 codes ("a fee of USD 10" = "$10"): a unit of an amount, nobody named
        "USD",
        "EUR",
        "GBP",
        "CAD",
        "AUD",
        "CHF",
        "JPY",
        "MFA",
        "2FA",
        "SSO",
        "We",
        "You",
        "Our",
        "Your",
        "Us",
        "They",
        "Their",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "The",
        "A",
        "An",
        "If",
        "When",
        "Where",
        "While",
        "Please",
        "Note",
        "For",
        "In",
        "On",
        "At",
        "By",
        "To",
        "From",
        "With",
        "Without",
        "As",
        "Any",
        "All",
        "Some",
        "Each",
        "Every",
        "Such",
        "Other",
        "Personal",
        "Data",
        "Information",
        "Privacy",
        "Policy",
        "Notice",
        "Statement",
        "Service",
        "Services",
        "Site",
        "Website",
        "Platform",
        "Terms",
        "Conditions",
        "Cookie",
        "Cookies",
        "Section",
        "Article",
        "Part",
        *_LAW_PARTS,
        "Table",
        "Contents",
        "Last",
        "Updated",
        "Effective",
        "Date",
        "Right",
        "Rights",
        "Users",
        "User",
        "Customer",
        "Customers",
        "Company",
        "Companies",
        "Act",
        "Regulation",
        "General",
        "Protection",
        "GDPR",
        "CCPA",
        "CPRA",
        "Email",
        "Name",
        "Phone",
        "Address",
        "Yes",
        "No",
        "Not",
        "Also",
        "However",
        "Otherwise",
        "Or",
        "And",
        "But",
        "So",
        "Then",
        "Here",
        "There",
        "What",
        "Who",
        "How",
        "Why",
        "Which",
        "Contact",
        "Us",
        "Children",
        "Child",
        "Online",
        "Shall",
        "Will",
        "May",
        "Can",
        "Must",
        "Should",
        "Do",
        "Does",
        "Did",
        "Are",
        "Is",
        "Be",
        "Have",
        "Has",
        "Had",
        "Further",
        "More",
        "Most",
        "Many",
        "Much",
        "Third",
        "Party",
        "Parties",
        "Opt",
        "Out",
        "In",
        "Sale",
        "Sales",
        "Sell",
        "Sharing",
        "Share",
        "Collected",
        "Use",
        "Using",
        "Used",
        "Types",
        "Type",
        "Categories",
        "Category",
        "Purposes",
        "Purpose",
        "Legal",
        "Basis",
        "Bases",
        "Retention",
        "Security",
        "Transfers",
        "International",
        "Changes",
        "Updates",
        "Definitions",
        "Sensitive",
        "Processing",
        "Account",
        "Accounts",
        # the names of transfer mechanisms are terms of the lexicon, not parties
        "Shield",
        "Framework",
        "Principles",
        "Standard",
        "Contractual",
        "Clauses",
        "Binding",
        "Corporate",
        "Rules",
        "DPF",
        "SCC",
        "SCCs",
        "BCR",
        "BCRs",
    )
)
#: "aggregate" as a verb of handling ("we may collect and aggregate information", "to aggregate it"): it combines
#: data, as "combine" does; the adjective ("aggregate statistics", "in aggregate form") limits what is shared
_AGGREGATE_VERB = re.compile(
    r"\b((?:to|may|will|can|we|also|(?:collect|use|track|store|combine|process|analy[sz]e)s?,? (?:and|or)))"
    r" aggregate(?= (?:it|them|this|that|the|your|such|personal|information|data)\b)"
)
_CANON_LIMITER = {
    "needed": "necessary",
    "required": "necessary",
    "solely": "only",
    "exclusively": "only",
    "up to": "at most",
    "no more than": "at most",
    "maximum of": "at most",
    "a maximum of": "at most",
    "maximum period of": "at most",
    "a maximum period of": "at most",
    "not exceeding": "at most",
    "not longer than": "at most",
    "no longer than": "at most",
    "as long as": "at most",  # "kept as long as necessary" = "kept no longer than necessary"
    "for the duration of": "at most",
    "for the period": "at most",
    "for the time": "at most",
    "for a period": "at most",
    "for a time": "at most",
    "for such period": "at most",
    "for such time": "at most",
    "while": "at most",
    "limited": "only",
    "restricted": "only",
    "limited to": "only",
    "limit": "only",  # "we limit its use to adults" = "its use is limited to adults"
    "limits": "only",
    "restrict": "only",
    "restricts": "only",
    "only exception": "except",
    "exception": "except",
    "exceptions": "except",
    "unless": "except",  # "except when it is used to" = "unless it is used to"
}
#: one word per safeguard on data, whatever its grammatical form ("anonymize them" = "anonymized")
_LIMITER_STEMS = (
    ("anonymi", "anonymized"),
    ("pseudonymi", "pseudonymized"),
    ("aggregat", "aggregated"),
    ("de-identif", "de-identified"),
    ("deidentif", "de-identified"),
)


#: a consent of a stricter kind, however it is qualified, asked for or given ("with your express consent" = "your
#: explicit consent" = "you have explicitly consented")
_STRICT_CONSENT = re.compile(
    r"^(?:(?:with your )?(?:explicit|express|opt-in|affirmative) (?:consent|permission|authori[sz]ation)"
    r"|(?:explicitly|expressly) (?:consent|agree|authori[sz])\w*)$"
)


def _canon_limiter(word: str) -> str:
    if _STRICT_CONSENT.match(word):
        return "explicit consent"
    for stem, canonical in _LIMITER_STEMS:
        if word.startswith(stem):
            return canonical
    return _CANON_LIMITER.get(word, word)


#: an aside on the changes the company may make ("..., which we may make from time to time, ...")
_CHANGES_ASIDE = re.compile(
    r", which (?:we|it|they) (?:may|might|can|could) (?:make|update|change|revise|amend|modify)\b[^,;]{0,60},"
)
#: the reader's habit ("the authority where you normally live", "the browser you usually use"): a tendency of the
#: reader's, not a qualified promise of the company's
_READERS_HABIT = re.compile(r"\b(you)\s+(?:usually|normally|typically|generally|ordinarily)\b(?! (?:can|may|will)\b)")
#: the hedges that say one tendency, each read as one word ("in most circumstances" = "usually", "at times" =
#: "sometimes")
_CASES = ("cases", "circumstances", "situations", "instances")
_TENDENCY = {
    **dict.fromkeys(
        (
            "generally",
            "typically",
            "normally",
            "ordinarily",
            "for the most part",
            "in principle",
            "as a rule",
            "as a general rule",
        ),
        "usually",
    ),
    **dict.fromkeys(("occasionally", "at times"), "sometimes"),
    # a bound by what can be done, in any of its words ("where feasible" = "where practicable" = "where we can")
    **dict.fromkeys(
        ("where practicable", "when possible", "if possible", "where feasible", "when feasible", "if feasible"),
        "where possible",
    ),
    **{f"in most {kind}": "usually" for kind in _CASES},
    **{f"in {which} {kind}": "sometimes" for which in ("some", "certain") for kind in _CASES},
    # an effort, whatever its verb and the person of its verb ("we aim to" = "Example Corp strives to" = "we work to"
    # = "we endeavour to" = "we will try to")
    **dict.fromkeys(
        (
            "aim to",
            "aims to",
            "strive",
            "strives",
            "work to",
            "works to",
            "endeavor",
            "endeavours",
            "endeavors",
            "try to",
        ),
        "endeavour",
    ),
}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "yr": 365, "decade": 3650}


#: "Depending on your location, you may have the right..." says whose law applies, not that location is collected.
#: "Depending on your location or place of residency, ..." names the place twice: either way a law, not data.
_PLACE = r"(?:location|country|jurisdiction|state|region|place|live|reside|are located)(?: of residen(?:ce|cy))?"
_JURISDICTION = literals.prefiltered(
    re.compile(
        rf"(?:^|(?<=[,;:(]) ?)(?:based on|depending on|according to|subject to) (?:your|the|where you|which) {_PLACE}"
        rf"(?: (?:or|and) (?:your |the |where you )?{_PLACE})?(?= ?[,;)])"
    )
)
#: "the Acme photo-sharing app" describes a product, not a practice: only its noun is kept.
_PRODUCT = literals.prefiltered(
    re.compile(
        r"(?<![\w-])(?:[a-z]+(?:,? (?:and|or|&) |, ))*[a-z]+[- ](?:sharing|messaging|editing|streaming|dating|chat)"
        r" (?P<noun>apps?|applications?|platforms?|software|networks?|websites?|sites?|tools?)(?![\w-])"
    )
)
_NEGATED_ANY = lx.NEGATED_ANY
#: "any" in a condition ("before any data is transferred", "if any of your data is shared"): the condition holds for
#: each case as it does without the word, so it widens nothing
_CONDITIONAL_ANY = re.compile(r"(\b(?:before|if|until|in case|in the event)\b[^,.;:]{0,40}?)\bany\b")
BOUND_NEGATION = lx.BOUND_NEGATION
#: "it is possible that we will share" says "we may share"
_POSSIBLY_WILL = re.compile(r"\bit is (?:possible|conceivable) that ((?:we|they|you|it|[\w-]+ [\w-]+)) will\b")
#: a noun naming the user as the subject of a modal ("consumers may", "the client can"): one lookbehind per noun,
#: as lookbehinds have a fixed width ("other users may see your profile" is about others, not the reader)
_USER_NOUNS = ("user", "customer", "consumer", "client", "member", "visitor", "individual", "data subject", "parent")
_USER_NOUN_BEFORE = (
    "(?:" + "|".join(rf"(?<=(?<![\w-])(?<!other ){n} )|(?<=(?<![\w-])(?<!other ){n}s )" for n in _USER_NOUNS) + ")"
)
#: "to ensure", "to help make sure", "in order to ensure": a purpose, not a commitment
_PURPOSE_ENSURE = re.compile(r"(?<![\w-])(?:in order )?to (?:help )?(?:ensure|make sure)(?![\w-])")
#: the company requiring a party to act: "we require providers to agree" = "providers must agree"
_REQUIRE_TO = re.compile(r"(?<![\w-])requires? (?=(?:[a-z-]+ ){1,4}?to (?!do so)[a-z])")
#: "may only" / "may not" restrict rather than permit: such a modal is no permission.
_RESTRICTED_MODAL = re.compile(
    r"(?<![\w-])(?:may|might|can|could)(?= (?:only|not|never|solely|just)(?![\w-]))"
    r"|(?<=you )(?:also )?(?:may|might|can|could)(?![\w-])"  # what the user can do is no hedge by the company
    # nor is what "a consumer", "the Client" or "users" can do: the same user named by a noun ("A consumer may
    # designate an agent" -> "You may designate an agent"), in policies that speak of the user in the third person
    rf"|(?=(?:also )?(?:may|might|can|could)(?![\w-])){_USER_NOUN_BEFORE}(?:also )?(?:may|might|can|could)(?![\w-])"
    # a modal before a step only the user takes ("can be opted out", "may exercise", "may withdraw") says what the
    # user can do, whoever the subject ("a consumer who is a resident may exercise" = "you may exercise")
    r"|(?=may|might|can|could)(?<!we )(?:may|might|can|could)"
    r"(?= (?:also )?(?:be )?(?:opt(?:ed)?[- ](?:out|in)|unsubscribe|withdraw|exercise|lodge|appeal|designate)(?![\w-]))"
    # a modal whose verb hands the doing to the reader ("the settings can help you remove it", "local laws may give
    # you rights") says what the user can do, as "allows you to" does
    r"|(?:may|might|can|could)(?= (?:also )?(?:help|give|allow|let|enable|permit|entitle)s? you(?![\w-]))"
    # "where permitted by law", "as allowed under applicable law": a limit the law sets, no permission kept
    r"|(?:permit|allow)\w*(?= (?:by|under) (?:[\w-]+ ){0,2}laws?(?![\w-]))"
    r"|(?<=only )((?:[\w'-]+ ){1,12}?)(?:may|might|can|could)(?![\w-])"
    # a modal in a purpose clause says what the practice is for, not how firmly it is done ("we share it so that our
    # partners can serve ads" = "we share it to enable our partners to serve ads")
    r"|(?<=(?<![\w-])so that )((?:[\w'-]+ ){1,4}?)(?:may|might|can|could)(?![\w-])"
    # a modal of what may be the case, not of what is done: "wherever it may be", "may be of interest", "no method
    # can be completely secure" (a participle after "be" is a practice: "may be shared" is kept)
    r"|(?:may|might|can|could)(?= be(?:\s*[,.;:)]|\s*$| (?:of|in|on|at|within|outside|different|completely|fully"
    r"|entirely|totally|perfectly|absolutely)(?![\w-])))"
    # what may interest the reader ("offers that may interest you", "anything that might be relevant to you"): a
    # guess at the reader's taste, not what the company may do
    r"|(?:may|might|could)(?= (?:interest|appeal to|be relevant to|suit) (?:you|them)(?![\w-]))"
    # a modal of what an event or a risk may bring about: "a breach that could endanger your privacy", "changes which
    # may affect you" (what the company does stays read: "partners that may receive your data")
    r"|(?:(?<=that )|(?<=which ))(?:may|might|can|could)"
    r"(?= (?:\w+ly )?(?:endanger|affect|harm|impact|threaten|compromise|jeopardi[sz]e|expose|pose|cause|result)\w*"
    r"(?![\w-]))"
)

#: a word every match of `_RESTRICTED_MODAL` contains (a text with none is left as it is, without the costly scan)
_MODAL_HINTS = ("may", "might", "can", "could", "permit", "allow")


@lru_cache(maxsize=16384)  # asked of the same sentences by many rules
def normal(text: str) -> str:
    """Lower-cased, cleaned text with straight quotes: what the lexicon patterns are written against."""
    return clean_block(unicodedata.normalize("NFKC", text or "")).lower()


@dataclass(frozen=True)
class Quantity:
    kind: str  # "time" | "age" | "money" | "percent" | "size"
    value: float  # days for time, years for age
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Profile:
    """What one sentence says, in lexicon terms."""

    text: str
    low: str  # the normalised (cleaned, lower-cased) text the patterns ran on
    concepts: Counter[str]
    negations: tuple[str, ...]
    contacts: tuple[str, ...]
    # what the rest is read from, on first use: most added or removed sentences are judged without it
    bare: str = field(repr=False, compare=False)  # `low` without URLs, emails, jurisdictions
    cleaned: str = field(repr=False, compare=False)  # the cleaned text, case kept

    @cached_property
    def verbs(self) -> int:
        return len(lx.PRACTICE_VERB.findall(self.bare))

    @cached_property
    def urls(self) -> tuple[str, ...]:
        return tuple(lx.URL.findall(self.low))

    @cached_property
    def _modal(self) -> str:
        text = _POSSIBLY_WILL.sub(r"\1 may", self.bare) if "possib" in self.bare else self.bare
        # the modal of an aside about making the changes ("any changes, which we may make from time to time, will be
        # posted here"): the main verb's modal is the promise
        return _CHANGES_ASIDE.sub(",", text) if ", which " in text else text

    @cached_property
    def permissive(self) -> tuple[str, ...]:
        text = self._modal
        if any(w in text for w in _MODAL_HINTS):  # every match of `_RESTRICTED_MODAL` has one of them
            text = _RESTRICTED_MODAL.sub(lambda m: m.group(1) or m.group(2) or " ", text)
        return tuple(lx.PERMISSIVE.findall(text))

    @cached_property
    def commitments(self) -> tuple[str, ...]:
        text = self._modal
        if "ensure" in text or "make sure" in text or "require" in text:
            # "to (help) ensure that" / "to make sure that" say a purpose, as "so that" does: no promise; "we require
            # providers to agree" binds them as "providers must agree" does
            text = _REQUIRE_TO.sub(" must ", _PURPOSE_ENSURE.sub(" ", text))
        return tuple(lx.COMMITMENT.findall(text))

    @cached_property
    def limiters(self) -> tuple[str, ...]:
        bare = _AGGREGATE_VERB.sub(r"\1 combine", self.bare) if "aggregate " in self.bare else self.bare
        return tuple(_canon_limiter(x) for x in lx.LIMITERS.findall(bare))

    @cached_property
    def broadeners(self) -> tuple[str, ...]:
        # "not ... in any situation" says "never", as "no method is" does: "any" under a negation is no broadening
        text = self._any_read
        # "at any time" promises when, not how far; "whenever you wish" promises the same time, the user's choice
        anytime = len(_ANY_TIME.findall(text)) if "any" in text or "whenever" in text else 0
        found = lx.BROADENERS.findall(self._broadening)
        return ("anytime",) * anytime + tuple(found)

    @cached_property
    def _any_read(self) -> str:
        """`bare` with "any" under a negation read as no broadening (once: `broadeners` and `_broadening` need it)."""
        text = _NEGATED_ANY.sub(r"\1", self.bare)
        if " any " in text and any(w in text for w in ("before", "if ", "until", "in case", "in the event")):
            return _CONDITIONAL_ANY.sub(r"\1", text)
        return text

    @cached_property
    def _broadening(self) -> str:
        text = self._any_read
        if " of " in text and any(w in text for w in _BUSINESS_WORDS):
            text = _PART_OF_THE_BUSINESS.sub(" ", text)
        if "any " in text or "all " in text:
            text = _NOT_WIDENING.sub(" ", text)
        return _ANY_TIME.sub(" ", text) if "any" in text or "whenever" in text else text

    @cached_property
    def hedges(self) -> tuple[str, ...]:
        # "usually", "generally", "typically", "in most cases": one tendency, however it is worded; not the reader's
        # habit ("where you normally live"), which qualifies no promise of the company
        bare = _READERS_HABIT.sub(r"\1", self.bare) if "you " in self.bare else self.bare
        return tuple(_TENDENCY.get(x, x) for x in lx.HEDGES.findall(bare))

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return _quantities(self.bare)

    @cached_property
    def entities(self) -> frozenset[str]:
        if _shouted(self.text):
            return frozenset()  # a sentence in capitals ("WE ARE NOT RESPONSIBLE FOR ..."): its capitals name nobody
        # table cells start like sentences: their capitalised first words are no names
        if "|" in self.text:
            return _entities(lx.canonical_legal(clean_block(self.text.replace("|", " . "))))
        return _entities(self.cleaned) - _dotted_names(self.text)

    @property
    def categories(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for name, n in self.concepts.items():
            out[lx.CONCEPTS_BY_NAME[name].category] += n
        return out

    @property
    def specific(self) -> list[str]:
        return [n for n in self.concepts if lx.CONCEPTS_BY_NAME[n].specific]

    @property
    def protective(self) -> bool:
        """The sentence is about a safeguard: a right, choice, security or deletion, or a negated practice."""
        protects = sum(n for name, n in self.concepts.items() if lx.CONCEPTS_BY_NAME[name].polarity == PROTECTS)
        more = sum(n for name, n in self.concepts.items() if lx.CONCEPTS_BY_NAME[name].polarity != PROTECTS)
        cats = self.categories
        if cats[lx.UR] or cats[lx.UC]:
            return True
        return bool(self.negations) != (protects > more)

    @property
    def practice(self) -> bool:
        return bool(self.specific) or (self.verbs > 0 and bool(self.concepts))


def broadening_text(p: Profile) -> str:
    """The text a profile's broadening words are read from: without "any" under a negation, nor "at any time"."""
    return p._broadening


#: what every match of `lx.QUANTITY` contains: a digit, a currency sign, a number in words or an "or older" (the
#: number before it has no boundary of its own); a text with none of them has no quantity, without the costly scan
_QUANTITY_HINT = re.compile(
    r"[\d$€£]|(?<!\w)(?:"
    + "|".join(sorted((k for k in lx.NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True))
    + r")|(?:or|and)\s+(?:older|over|above|up)(?!\w)"
)


def _quantities(text: str) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    masked = lx.DATE.sub(" ", text)
    if not _QUANTITY_HINT.search(masked):
        return ()
    for m in lx.QUANTITY.finditer(masked):
        if m.group("age3"):
            out.append(Quantity("age", _number(m.group("age3f") or m.group("age3")), m.group(0).strip()))
        elif m.group("agelo"):
            out.append(Quantity("age", _number(m.group("agelo")), m.group(0).strip()))
            out.append(Quantity("age", _number(m.group("agehi")), m.group(0).strip()))
        elif m.group("num"):
            num = _number(m.group("numf") or m.group("num"))
            unit = m.group("unit").rstrip("s")
            if unit in ("%", "percent", "per cent"):  # "per cent" as British English writes it
                out.append(Quantity("percent", num, m.group(0).strip()))
            elif unit in ("gb", "mb"):
                out.append(Quantity("size", num, m.group(0).strip()))
            elif unit == "month" and num >= 12 and num % 6 == 0:  # "12 months" is "one year", "18 months" 1.5
                out.append(Quantity("time", num / 12 * _UNIT_DAYS["year"], m.group(0).strip()))
            else:
                out.append(Quantity("time", num * _UNIT_DAYS.get(unit, 1), m.group(0).strip()))
        elif m.group("amount") or m.group("amount2") or m.group("amount3"):
            amount = m.group("amount") or m.group("amount2") or m.group("amount3")
            out.append(Quantity("money", _number(amount), m.group(0).strip()))
        elif m.group("age") or m.group("age2") or m.group("age4") or m.group("age5") or m.group("age6"):
            value = next(m.group(g) for g in ("agef", "age", "age2", "age4", "age5", "age6") if m.group(g))
            out.append(Quantity("age", _number(value), m.group(0).strip()))
    return tuple(out)


def _number(token: str) -> float:
    token = token.lower().replace(",", "")
    if token in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[token])
    tens, _, unit = token.replace("-", " ").partition(" ")
    if tens in lx.TENS and unit in lx.NUMBER_WORDS:  # "twenty-four"
        return float(lx.NUMBER_WORDS[tens] + lx.NUMBER_WORDS[unit])
    try:
        return float(token)
    except ValueError:
        return 0.0


ENTITY_PHRASE, ENTITY_STOP = _ENTITY, _ENTITY_STOP


#: a heading glued to the sentence after it ("Analytics CompaniesWe allow"): read as two words, on both sides alike
_GLUED = re.compile(
    r"(?<=[a-z]{3})(?=(?:We|Our|You|Your|The|This|These|Those|If|When|Where|For|Please|Some|Certain|Any|Each|They"
    r"|There|With|Under|Unless|Except)\b)"
)


#: a name that labels a thing on the page or another document, not a party: "the Acme Ads logo", "in ODT or PDF
#: format", "the Acme Privacy Policy", "the Acme Help Center"; or the title of a site or publication, capitalised
#: words before a capitalised word for one ("posted here on Family Health Guide", "the Kids Health Blog"); not a
#: network, which may be a party ("the Corvid Ad Network")
_NAMED_THING = re.compile(
    r"(?:[A-Z][\w&'.-]*\s+(?:(?:or|and|/)\s+)?){1,4}(?=(?:logo|icon|button|badge|symbol|format|files?|tab|widget"
    r"|Privacy (?:Policy|Notice|Statement|Center|Centre)|Cookie (?:Policy|Notice)|Terms(?: of (?:Service|Use))?"
    r"|Help (?:Center|Centre)|Community Guidelines|Guides?|Magazines?|Journal|Club|Corner|Blog|Forums?|Portal"
    r"|Digest|Gazette)\b)"
)


#: legal forms as a company's name writes them ("Ltd", "Inc.", "GmbH", "S.A."): the test before `_LEGAL_NAME`
_LEGAL_FORM = (
    r"(?:Ltd|LLC|L\.L\.C|Inc|Incorporated|GmbH|Corp|Corporation|PLC|plc|Limited|LLP|LP|Pty|S\.A|SA|SAS|SARL|B\.V|BV"
    r"|N\.V|NV|AG|AB|Oy|S\.r\.l|SRL|S\.p\.A|SpA|KG)(?![\w-])"
)
#: the words of a company's name before its legal form ("Medbridge Education" of "Medbridge Education LLC", "Beach
#: Audio" of "Beach Audio, Inc."): they name the company, not a kind of data or a party it deals with (the name
#: itself is still read: `Profile.entities`). A name of one word is left alone ("Insurance Ltd" is no name).
_LEGAL_NAME = re.compile(r"(?<![\w-])[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,4}(?=,?\s+" + _LEGAL_FORM + ")")
_LEGAL_HINT = literals.prefiltered(re.compile(r"(?<![\w-])" + _LEGAL_FORM))


_THING_HINT = re.compile(
    r"logo|icon|button|badge|symbol|format|file|tab|widget|Polic|Notice|Terms|Cent|Guide|Statement|Charter"
    r"|Addend|Assessment|Schedule|Report|Magazine|Journal|Club|Corner|Blog|Forum|Portal|Digest|Gazette"
)
#: the title of another document ("Biometric Data Notice", "Law Enforcement Guidelines", "Sale of Personal
#: Information Notice", "Legitimate Interest Assessment", "Data Retention Schedule"): capitalised words, joined by
#: small words, ending in a kind of document. Its words name the document, not a practice of this one (a plain
#: "Privacy Policy" or "Cookie Notice" is left to the concepts that read it). Not principles, frameworks, binding
#: rules or clauses (the mechanism of a transfer: "Data Privacy Framework Principles"), standards (a safeguard: "Data
#: Security Standards") or agreements (a contractual limit: "Data Processing Agreements"): practices of their own.
#: Family: lists of related documents and references to them ("see our Location Data Addendum").
_DOC_TITLE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'-]*\s+(?:(?:of|for|on|and|&|the|to)\s+)?){1,5}"
    r"(?:Notices?|Polic(?:y|ies)|Statements?|Guidelines|Charter|Addend(?:um|a|ums)|Assessments?|Schedules?"
    r"|Terms|Reports?)(?![\w-])"
)
#: the words of a title plain enough to be this policy's own ("Privacy Policy"), and the small words joining them
_PLAIN_TITLE_WORDS = frozenset(
    (
        *("privacy", "cookie", "cookies", "this", "our", "the", "its", "your", "a", "see"),
        *("of", "for", "on", "and", "to", "&"),
    )
)


def _mask_titles(text: str) -> str:
    """`text` with the titles of other documents blanked out (their length kept)."""
    return _DOC_TITLE.sub(
        lambda m: (
            m.group(0)
            if all(w.lower() in _PLAIN_TITLE_WORDS for w in m.group(0).split()[:-1])
            else " " * len(m.group(0))
        ),
        text,
    )


#: a bracketed pointer to a section, a glossary entry or another document ("(see Glossary)", "(see Section 4)",
#: "(as defined in our Terms)", "(learn more in Cookies below)"): its capitalised words name where to read, not a
#: party; a pointer with a party in it names that party's document, which `_NAMED_THING` already reads as a thing
#: what a phone number's own parenthesis says of it: where or when it answers ("1-800-555-0100 (toll free in the
#: U.S.)", "(from the UK)", "(Monday to Friday, 9:00-17:00 CET)"): the number's, no place data goes
_PHONE_BRACKET = re.compile(r"(?<=\d)(\s*)\([^()\d]{0,60}(?:\d[^()]{0,40})?\)")
_POINTER_BRACKET = re.compile(
    r"\((?:please )?(?:see|refer to|read|visit|view|cf\.|as (?:defined|described|explained|set out|detailed)"
    r" (?:in|under|at|below|above)|(?:defined|described|explained|set out|detailed) (?:in|under|below|above)"
    r"|(?:learn|read|find out) more|more (?:on|about|in|at)|details (?:in|at|under))\b[^()]{0,80}\)"
    # or a name given to what the sentence says ('(provision of data to a third party is hereinafter referred to as
    # "Provision to Third Parties")', '(such provision being referred to below as ...)'): a defined term, no practice
    r"|\([^()]{0,120}?\b(?:hereinafter|hereafter|below|in this policy)?,? ?(?:referred to|called|defined)"
    r"(?: below| hereinafter| hereafter)? as\b[^()]{0,80}\)",
    re.IGNORECASE,
)


#: a section of this policy named by its title words ("As stated in the California section above", "the Parental Access
#: and Controls section", "see the Your Choices section"): where to read, not a place, a party or a practice the
#: statement names
_TITLED_SECTION = re.compile(
    r"(?<![\w-])(?:the|our|this) [A-Z][\w'\u2019-]*\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|and|or|of|&|for|to|with|your|our|the|a)\s+){0,6}?[Ss]ections?(?![\w-])"
)

#: a section named by its quoted title where a pointer names it ('see Section 4 "What purposes do we use your data
#: for?" above', 'see "Legal Proceedings" in Section 4', 'described in Section 2 ("Sharing")'): where to read; the
#: title's words state nothing
_QUOTED_TITLE = re.compile(
    r"(?P<lead>\b(?:(?:see|refer to|described in|explained in|set out in|detailed in|discussed in|outlined in)\s+"
    r"(?:(?:the\s+)?(?:section|part|article|clause|chapter|paragraph)s?\s+\d{1,3}(?:\.\d{1,3})*\.?\s*,?\s*\(?\s*)?"
    r"|(?:in|under|at)\s+(?:the\s+)?(?:section|part|clause|chapter|paragraph)s?\s+\d{1,3}(?:\.\d{1,3})*\.?\s*,?\s*\(?\s*))"
    r'"[^"]{1,150}"',
    re.IGNORECASE,
)

#: a part of a table named by its quoted title ('in the "Legal basis" column'): where to look; the title's words
#: state nothing (a quoted section's title is read as a pointer's, `_QUOTED_TITLE`). Not a link or a button: its
#: name says what clicking it does ('the "unsubscribe" link')
_QUOTED_PLACE = re.compile(
    r'"[^"]{1,60}"\s+(?P<place>(?:column|row|table)s?)\b',
    re.IGNORECASE,
)

#: a section named by its topic ("in the section of this policy covering privacy choices", "see the section on
#: cookies"): where to read, up to the clause's end; the topic's words state nothing
_SECTION_ON = re.compile(
    r"(?P<to>\b(?:in|under|see|to) the section)(?: of this (?:[\w-]+ ){0,2}?(?:policy|notice|statement))?"
    r" (?:covering|on|about|regarding|concerning|dealing with|that covers|which covers|describing|explaining)"
    r"(?: (?!(?:we|you|they|it|us)\b)[^\s.,;:()]+){1,6}?(?=(?: below| above)?\s*(?:[.,;:)]|$))",
    re.IGNORECASE,
)

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})s?\)")


def _spelled_acronym(phrase: str, after: str) -> bool:
    """A capitalised phrase followed by its own acronym in parentheses ("Internet Protocol (IP)")."""
    m = _ACRONYM_AFTER.match(after)
    if not m:
        return False
    initials = "".join(w[0] for w in phrase.split() if w[:1].isupper())
    return initials.endswith(m.group(1))


_CONTRACTION = re.compile(r"['’](?:s|ll|d|re|ve)$")
#: the nouns a defined term for a kind of data ends with ("User-Submitted Information", "Device Data"): capitalised
#: as a defined term, no party's name
_DATA_HEADS = frozenset(("information", "data", "content", "details", "records", "materials", "submissions"))
#: the words such a term is made of before its head: whose data ("User", "Member"), which kind ("Usage", "Device"),
#: and how it came ("Submitted", "Provided"); not a name ("Vela Data", "Acme Content": a company)
_DATA_QUALIFIERS = frozenset(
    (*_USER_NOUNS, "usage", "device", "account", "profile", "order", "payment", "contact", "technical", "log",
     "location", "personal", "registration", "transaction", "identity", "billing", "financial", "health", "public",
     "private", "sensitive", "special", "category", "communications", "communication", "reader", "player", "patient",
     "student", "employee", "applicant", "guest", "driver", "rider", "other", "aggregate", "aggregated", "anonymous",
     "de-identified", "pseudonymous", "shared", "your", "our", "third-party", "third", "party", "social", "media")
)  # fmt: skip


def _qualifies_data(word: str) -> bool:
    """A word of a defined term for a kind of data (`_DATA_QUALIFIERS`, or a participle: "Submitted", "Provided")."""
    return all(
        part in _DATA_QUALIFIERS or part.removesuffix("s") in _DATA_QUALIFIERS or part.endswith(("ed", "ing"))
        for part in word.casefold().split("-")
    )


#: the words a run-in label in title case opens with ("In Short:", "Our Commitment:"), unlike a name ("Acme Ads:")
_LABEL_OPENERS = frozenset(
    ("in", "at", "for", "on", "by", "to", "our", "your", "the", "a", "an", "about", "what", "how", "why", "who")
)
_LABEL_AFTER = re.compile(r"\s*(?:\*\*|__|_)?\s*:")


def _shouted(text: str) -> bool:
    """Whether a sentence is written in capitals throughout (a disclaimer set in upper case, as legal notices often
    are): its capitals say nothing of names, and a version that sets it in sentence case names no one new.

    Family: warranty, liability and security disclaimers in upper case, set in sentence case by a redesign (or the
    other way round)."""
    lower = sum(map(str.islower, text))
    if lower > len(text) // 10:
        return False  # (the cheap answer for most sentences)
    upper = sum(map(str.isupper, text))
    return upper + lower >= _SHOUTED_LETTERS and upper >= 0.9 * (upper + lower) and len(text.split()) >= _SHOUTED_WORDS


#: how many letters and words a sentence in capitals has at least (a short one, "ACME LTD.", is a name; "HOW LONG WE
#: KEEP YOUR DATA", a heading, is not)
_SHOUTED_LETTERS = 16
_SHOUTED_WORDS = 4


#: a list item's number or letter right before a word ("1° Raising awareness", "(b) Keeping records", "iii) Sharing"):
#: the item starts there, as a sentence does
_ITEM_MARK_END = re.compile(r"^\W*(?:\(?\d{1,3}[.)°]|\(?[a-z]\)|\(?[ivx]{1,5}\))$")


#: a number in Roman numerals, and the parts of a text numbered by them ("Annex II", "Chapter V")
_ROMAN = re.compile(r"[IVX]{1,5}")
_PARTS_OF_A_TEXT = _LAW_PARTS | {"Part", "Article", "Section", "Title"}


def _entities(original: str) -> frozenset[str]:
    """Capitalised names that are not sentence starts or policy vocabulary (e.g. "Acme Analytics", "Brightads")."""
    out = set()
    text = _GLUED.sub(" ", lx.URL.sub(" ", lx.EMAIL.sub(" ", original)))
    if _THING_HINT.search(text):
        text = _mask_titles(_NAMED_THING.sub(lambda m: " " * len(m.group(0)), text))
    if "(" in text:
        text = _POINTER_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
    if "ection" in text:
        text = _TITLED_SECTION.sub(lambda m: " " * len(m.group(0)), text)
    for m in _ENTITY.finditer(text):
        if _spelled_acronym(m.group(0), text[m.end() : m.end() + 12]):
            continue  # "Internet Protocol (IP)": a term spelled out, not a party
        start = m.start()
        before = text[:start].rstrip()
        # a table cell, and an item after an inline bullet ("Name * Email address * Mobile number"), start like
        # a sentence
        sentence_start = not before or before[-1] in ".!?:;\"'(|*•" or bool(_ITEM_MARK_END.search(before))
        if sentence_start and _LABEL_AFTER.match(text, m.end()) and m.group(0).split()[0].lower() in _LABEL_OPENERS:
            continue  # a run-in label in title case ("In Short:", "At a Glance:", "What We Collect:") names nobody
        # at a sentence start only the following capitalised words count
        words = m.group(0).split()[1:] if sentence_start else m.group(0).split()
        if len(words) >= 2 and words[-1].casefold() in _DATA_HEADS and all(map(_qualifies_data, words[:-1])):
            continue  # "User-Submitted Information", "Usage Data": a kind of data the policy defines, nobody
        for k, word in enumerate(words):
            word = _CONTRACTION.sub("", word.strip("'-&"))  # "Acme's", "the Company'll"
            if k and _ROMAN.fullmatch(word) and words[k - 1] in _PARTS_OF_A_TEXT:
                continue  # "Annex II", "Chapter V": a part's number in Roman numerals
            # a word the lexicon reads as a plain word ("IDs" = identifiers, "Info", "Platform") names nobody; nor
            # does a compound whose tail is lower case ("IP-derived", "Non-public", "GPS-enabled"): an adjective made
            # of a term, where names keep their capitals ("Rolls-Royce")
            if "-" in word and word.partition("-")[2][:1].islower():
                continue
            if word.casefold().removesuffix("s") in _USER_NOUNS:
                continue  # "the Client", "Members": the reader named by a role, capitalised as a defined term
            if word.casefold() == "limited" and word is not words[0]:
                continue  # "Limited" after a name: its legal form spelled out ("Ltd" as the text reads), nobody new
            if word and word[0].isupper() and word not in _ENTITY_STOP and word.casefold() not in lx.SYNONYMS:
                out.add(word.casefold())
    return frozenset(out)


#: how much of the business is sold or merged ("sells any of its assets", "all or part of our business"): the breadth
#: of a deal, not of a practice
#: a word each match of `_PART_OF_THE_BUSINESS` has (a cheap test first)
_BUSINESS_WORDS = ("business", "asset", "compan", "share", "stock")
_PART_OF_THE_BUSINESS = re.compile(
    r"(?<![\w-])(?:any|all|some|most|substantially all)(?: or (?:a )?(?:part|portion))? of (?:(?:its|our|their|the) )?"
    r"(?:business(?:es)?|assets|company|companies|shares|stock)(?![\w-])"
)
#: a time left to the user: "at any time", "whenever you wish" (not "whenever we share", a condition)
_ANY_TIME = re.compile(r"\bat any time\b|\bwhenever you (?:wish|want|like|choose|prefer|decide)\b")
_NOT_UN_ADJECTIVE = re.compile(
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bseem )|(?<=\bseems )|(?<='s )"
    r"|\b(?=not be ))"
    r"not (be )?un(?!der|til|less|to\b|i)(?=[a-z]{3,}\b)(?![a-z]*ly [a-z]+(?:ed|en|eld)\b)"
)
#: the reader's power just before a verb ("you can", "let you", "allows you to"): what follows is the reader's choice
_READERS_CHOICE = re.compile(
    r"(?<![\w-])(?:you (?:can|may|could|are able to)|(?:let|lets|allow|allows|enable|enables) you(?: to)?)"
    r"(?:[ ,]+[\w'-]+){0,12}?[ ,]*$"
)
#: an "any" or "all" that widens no practice: over the changes made to the policy ("any change takes effect", "all
#: updates will be posted": which changes a notice covers), or pointing back to what was named ("information about
#: any such sharing" = "about such sharing")
_NOT_WIDENING = re.compile(
    r"(?<![\w-])(?:any|all)(?= (?:such |future |further |material )?(?:changes?|updates?|revisions?|modifications?"
    r"|amendments?)(?![\w-]))"
    r"|(?<![\w-])any(?= such(?![\w-]))"
)
#: phrasings that say the same thing, written one way before the lexicon reads a sentence
_SAME_MEANING = (  # (a substring the phrasing needs, or a tuple of them, the phrasing, how it is written)
    # half a unit of time, and one and a half, in figures: "half a year" = "6 months", "a year and a half" = "18
    # months" (not "one year", which "a year" alone would read)
    (
        "half",
        re.compile(r"\bhalf an? (hour|day|week|month|year)\b"),
        lambda m: {"year": "6 months", "month": "15 days", "week": "3.5 days", "day": "12 hours"}.get(
            m.group(1), "0.5 hour"
        ),
    ),
    ("half", re.compile(r"\b(?:an?|one) (hour|day|week|month|year) and a half\b"), r"1.5 \1s"),
    ("half", re.compile(r"\b(\d+) and a half (hours|days|weeks|months|years)\b"), r"\1.5 \2"),
    ("'ll", re.compile(r"(?<=\w)'ll\b"), " will"),  # "we'll notify you" is a promise
    # the reader's use going on, in any words: "if you keep using the Services after" = "if you continue to use
    # them" = "your continued use of them" (acceptance of a changed policy by use; not the company's "continue to use")
    (
        ("you keep", "you continue"),
        re.compile(r"(?<=\byou )(?:keep|continue) (?:to use|using)\b"),
        "continued use of",
    ),
    # no fee, in any words: "free of charge" = "at no cost" = "without charge" = "no fee shall be charged" (a denial
    # of a fee, so "free of charge" -> "for a reasonable fee" drops it)
    (
        ("free of", "for free", "no cost", "no charge", "without charge", "without any charge", "no fee"),
        re.compile(
            r"\b(?:free of (?:any )?charge|at no (?:cost|charge)|without (?:any )?charge|for free"
            r"|no (?:fees?|charges?)(?: (?:shall|will|would|is|are|may) be| (?:is|are))?"
            r" (?:charged|payable|due|levied))\b"
        ),
        "no fee is charged",
    ),
    ("limited to", re.compile(r",? ?(?:but )?(?:is |are )?not limited to\b"), ""),  # negates nothing
    ("without limitation", re.compile(r",? ?without limitation\b,?"), ""),  # "such as, without limitation," too
    # being able is a "can": "we are unable to guarantee" = "we cannot guarantee", "may be unable to" = "may not
    # be able to", "nobody is able to view it" = "no one can view it"
    (
        "unable to",
        re.compile(r"\b(?:is|are|am)(?: (?:therefore|thus|also|still|currently|often|sometimes))? unable to\b"),
        "cannot",
    ),
    ("unable to", re.compile(r"\bbe unable to\b"), "not be able to"),
    # the reader's dissatisfaction is no denial of a practice: "if you are not satisfied" = "if you are unsatisfied"
    ("not ", re.compile(r"\b(?:are|is|were|remain) not (?:satisfied|happy|content)\b"), "are unsatisfied"),
    ("able to", re.compile(r"\b(?:is|are|am) able to\b"), "can"),
    # a need of the company's, said either way: "it is sometimes necessary for us to transfer it" = "this sometimes
    # requires us to transfer it" = "we sometimes need to transfer it" (no limit on what is transferred)
    ("necessary for us", re.compile(r"\bit is (\w+ )?(?:necessary|required) for us to\b"), r"we \1need to"),
    ("requires us", re.compile(r"\b(?:this|that|it|which) (\w+ )?(?:requires|required) us to\b"), r"we \1need to"),
    # what the reader needs for a purpose, said either way: "except information you need in order to take part" =
    # "except for information required to take part" (read as the necessary data below)
    (
        ("you need", "you require"),
        re.compile(r"\b(information|data|details)(?: that| which)? you (?:need|require) (?:in order )?to\b"),
        r"\1 required to",
    ),
    # data said to be needed for a task is the necessary data: "the data required for this" = "the necessary data"
    (
        "required",
        re.compile(r"\b(data|information|details) required (?=for|to)\b"),
        r"necessary \1 ",
    ),
    # what the company can do, said as a condition in passing ("and, where we can, within 72 hours"): "where possible"
    ("we ", re.compile(r"\b(where|when|if) we (?:can|are able to)(?=\s*[,)])"), r"\1 possible"),
    # a need that ends, in any of its words: "when it is no longer needed for the purposes" = "no longer necessary"
    ("no longer", re.compile(r"\bno longer (?:needed|required)\b"), "no longer necessary"),
    # having access is being able to access: "providers have access to your data" = "providers can access your data"
    (
        "access to",
        re.compile(r"\b(?:do|does|did|will) not (?:have|has) access to\b|\b(?:have|has) no access to\b"),
        "cannot access",
    ),
    ("access to", re.compile(r"\b(?<!not )(?:have|has) access to\b"), "can access"),
    # the same said by a noun: "access by our vendors to personal data is subject to ..." = "our vendors can access
    # personal data, subject to ..."
    (
        "access by",
        re.compile(r"\baccess by ((?:our |the |these |those |such |its |their )?[\w-]+(?: [\w-]+)?) to\b"),
        r"\1 can access",
    ),
    # asking the company not to act is asking it to stop: "tell us not to send you e-mails" = "ask us to stop
    # sending you e-mails"
    (
        "not to",
        re.compile(r"\b(?:tell|ask|instruct|direct|request)( us| them)?((?: [\w-]+){0,3}?) not to\b"),
        r"ask\1\2 to stop",
    ),
    # the whole amount before a word other than "of" is a degree of that word, not a quantity ("100% secure",
    # "100 percent accurate", "a 100% owned subsidiary" = "completely ..."); "100% of your data" is a quantity
    ("100", re.compile(rf"\b100 ?(?:{lx.PERCENT})(?= (?!of\b)[a-z])"), "completely"),
    # "only retain it for as long as" = "retain it no longer than"
    ("long as", re.compile(r"\bonly ((?:[\w-]+ ){0,4}?)(?:for )?(?:as long as|so long as)\b"), r"\1as long as"),
    # and a time bounded by a need said as a duration or a period: "we only store it for the duration necessary" =
    # "it is kept solely for such period as is necessary" = "it is kept for as long as is necessary"
    (
        ("duration", "period", "time"),
        re.compile(
            r"\b(?:(?:only|solely) ((?:[\w-]+ ){0,10}?))?for (?:the duration|(?:the|a|such) (?:period|time))"
            r"(?: as(?: is| are| may be)?)?(?= (?:(?:strictly|reasonably) )?(?:necessary|needed|required)\b)"
        ),
        r"\1for as long as",
    ),
    # a section pointed to by its title in quotes ('listed under "Data Controller & International Transfers" below',
    # 'see the section "How we share data"'): the title names the section, it states no practice of this sentence
    (
        ('"', "“"),
        re.compile(
            r"(\b(?:under|in|see|at|to|from)(?: the(?: section| heading| part| chapter)?)?"
            r"(?: (?:headed|titled|entitled|called|named))? [\"“])[^\"”]{2,80}([\"”])"
            r"(?= (?:section|heading|part|chapter|below|above)\b)"
        ),
        r"\1section\2",
    ),
    # the same after the words that say where the policy describes it ('as described above under "Your choices: do not
    # sell my info" and "Browser signals".'), one title or two
    (
        ('"', "“"),
        re.compile(
            r"(\b(?:described|explained|set out|detailed|outlined|stated|noted|listed|mentioned)(?: (?:above|below))?"
            r" (?:under|in|at)(?: the (?:sections?|headings?))? [\"“])[^\"”]{2,120}([\"”])"
            r"(?:( and [\"“])[^\"”]{2,120}([\"”]))?"
        ),
        lambda m: f"{m.group(1)}section{m.group(2)}" + (f"{m.group(3)}section{m.group(4)}" if m.group(3) else ""),
    ),
    # and a title in quotes before "section of this policy" ('the "Opt Out" section of this Privacy Policy explains')
    (
        ('"', "“"),
        re.compile(r"(\bthe [\"“])[^\"”]{2,80}([\"”])(?= sections? (?:of this|in this|below|above)\b)"),
        r"\1section\2",
    ),
    # "we and others may use" = "we and other parties may use": other parties named either way
    ("and others", re.compile(r"\band others\b(?! (?:like|such as|including)\b)"), "and other parties"),
    # "out of the EEA" = "outside the EEA"
    ("out of", re.compile(r"\bout of (?=the (?:eea|eu|european|uk|united|country|countries|region)\b)"), "outside "),
    # and "other than the EEA" (apart from a place): "Other than the UK/EEA, recipients are in the US" = "Outside the
    # UK/EEA, ..."; a place, no exception to a practice
    (
        "other than",
        re.compile(r"\bother than (?=the (?:eea|eu|european|uk|united)\b)"),
        "outside ",
    ),
    # where the reader is, said with a "not": "if you do not reside in the U.S." = "if you live outside the U.S."
    # (a place, no denial of a practice)
    (
        ("not reside", "not live", "not located", "not based"),
        re.compile(r"\b(?:(?:do|does) not (?:reside|live)|(?:are|is) not (?:located|based|resident)) in\b"),
        "live outside",
    ),
    # a need said as a requirement: "to process payments where required to grant you access" = "where this is
    # needed to grant you access" = "where necessary to grant you access" (not "where required by law")
    ("where ", re.compile(r"\bwhere (?:it is |this is |that is )?(?:required|needed)(?= to\b)"), "where necessary"),
    # an exception said as an adverb: "Exceptionally, we may keep ..." = "By way of exception, we may keep ..."
    ("exceptionally,", re.compile(r"^(\W*)exceptionally,"), r"\1by way of exception,"),
    # a double negation: "not" before an adjective negated by "un-" affirms it ("it is not uncommon" = "it is
    # common", "is not unlawful" = "is lawful"); not the words that only start with the letters ("under", "until",
    # "unless", "unique") nor an adverb before a participle ("is not unreasonably withheld" denies the withholding)
    (("not un", "not be un"), _NOT_UN_ADJECTIVE, r"\1"),
    # choices the user makes well ("make informed choices", "make better choices", "make sensible choices") are
    # the user deciding, a purpose of the explanation; the choices a policy offers are controls
    ("choice", re.compile(r"\bmak(?:e|es|ing) [a-z]+(?:ed|er|ible|able|ful|ous|ive) choices?\b"), "decide"),
    # keeping a thing from happening is its not happening: "to keep the original from being revealed" = "so that the
    # original is not revealed", "stops the same ad from being shown" = "so that the same ad is not shown" (a
    # denial said by a verb of preventing; "keep" there keeps nothing)
    # (not what the reader may prevent: "browsers let you block cookies from being set" = "let you block the setting
    # of cookies", a choice offered, no denial)
    (
        "from being",
        re.compile(
            r"\b(?:prevent(?:s|ed|ing)?|keeps?|keeping|kept|stop(?:s|ped|ping)?|block(?:s|ed|ing)?)"
            r" ((?:(?!from\b)[\w'-]+ ){1,6}?)from being\b"
        ),
        lambda m: m.group(0) if _READERS_CHOICE.search(m.string, 0, m.start()) else f"so that {m.group(1)}is not",
    ),
    ("e-mail", re.compile(r"\be-mail"), "email"),
    # acting "without (undue) delay" is acting promptly: no denial ("contact us without delay" = "immediately")
    ("without", re.compile(r"\bwithout (?:any |undue |unreasonable |unnecessary )?delay\b"), "promptly"),
    # "save" as a preposition is "except": "save to the extent that the law prohibits it", "save where required"
    (
        "save ",
        re.compile(r"(?<![\w-])save (?=(?:to the extent|where|as required|as permitted|insofar|for)\b)"),
        "except ",
    ),
    # "for so long as" = "for as long as"
    ("so long as", re.compile(r"\bso long as\b"), "as long as"),
    # a period bounded by a need, said with "required" or "needed": "as long as required to provide the service" = "as
    # long as is necessary to provide it" (not "as long as required by law", a duty)
    (
        "as long as",
        re.compile(r"\bas long as (?:is |it is |they are |(?:is )?reasonably )?(?:required|needed)\b(?! by\b)"),
        "as long as is necessary",
    ),
    # a use bounded by its one purpose, said by a denial of every other: "is not used for any other purposes than to
    # provide support" = "is used for no purpose other than providing support" = "is used only for providing support"
    (
        ("any other purpose", "for any purpose", "for no purpose", "for no other purpose"),
        re.compile(
            r"\b(?:(?:not|never) (?:be )?used for any|used for no) (?:other )?purposes?"
            r" (?:other )?(?:than|but|except)\b"
        ),
        "used only for",
    ),
    # an exception said in either word order: "for no other purpose than billing" = "for no purpose other than billing"
    (
        "no other ",
        re.compile(r"\bno other (purposes?|reasons?|uses?|means|way) than\b"),
        r"no \1 other than",
    ),
    # a name's parts written as one word: "firstname" = "first name", "lastname" = "last name"
    (
        ("firstname", "lastname", "familyname", "givenname"),
        re.compile(r"\b(first|last|family|given)(names?)\b"),
        r"\1 \2",
    ),
    # a period not kept beyond, said as a denial: "we do not keep your data beyond the period that applies" = "we keep
    # your data no longer than the period that applies" (a bound on how long, not a denial of keeping)
    (
        ("not keep", "not retain", "not store", "not hold"),
        re.compile(
            r"\b(?:(?:do|does|will|shall|would) )?not (keep|retain|store|hold)((?: [\w-]+){0,6}?)"
            r" (?:beyond|for longer than|longer than|past)\b"
        ),
        r"\1\2 no longer than",
    ),
    # an exception said in legal register: "...; provided, however, that this excludes the cases set forth below" =
    # "..., except in the cases set out below"
    (
        "provided, however",
        re.compile(
            r"[;,]? ?provided,? however,? that (?:this|it|the foregoing) (?:excludes|does not apply (?:to|in)"
            r"|shall not apply (?:to|in))\b"
        ),
        ", except in",
    ),
    # an exception for what the law allows, said with "unless": "unless permitted by law" = "except as permitted by
    # applicable law"
    (
        ("unless permitted", "unless allowed", "unless otherwise"),
        re.compile(r"\bunless (?:otherwise )?(?:allowed|permitted) (?:by|under) (?:the )?(?:applicable )?laws?\b"),
        "except as permitted by law",
    ),
    # what the law allows, said either way: "as allowed by applicable law" = "to the extent applicable law allows"
    (
        ("law", "laws"),
        re.compile(
            r"\bas (?:otherwise )?(?:allowed|permitted) (?:by|under) (?:the )?(?:applicable )?laws?\b"
            r"|\bas (?:the )?(?:applicable )?laws? (?:otherwise )?(?:allows?|permits?)\b"
            r"|\bto the extent (?:that )?(?:the )?(?:applicable )?laws? (?:allows?|permits?)(?: it| this| so)?\b"
        ),
        "to the extent permitted by law",
    ),
    # one unit of time said with an article is one ("for a year" = "for one year", "a week in advance"); not a rate
    # ("once a day", "several times a year", "24 hours a day")
    (
        ("a day", "a week", "a month", "a year", "an hour"),
        re.compile(r"(?<!once )(?<!twice )(?<!times )(?<!hours )(?<!per )\ban? (hour|day|week|month|year)\b(?! or\b)"),
        r"one \1",
    ),
    # "No." before a number is its abbreviation ("Law No. 13.709/2018", "Company No. 0123"): no negation
    ("no.", re.compile(r"\bno\. ?(?=\d)"), "number "),
    (
        ("required", "needed"),
        re.compile(  # "as long as it is required to" = "as long as is needed to"
            r"\b(?:it is|is|are) (?:required|needed)(?= (?:to fulfil|to provide|for|in order))"
        ),
        "is needed",
    ),
)


#: a number of hundreds spelled out ("one hundred eighty", "three hundred and sixty-five", "two hundred")
_HUNDREDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine) hundred(?: and)?(?: ((?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?(?![\w-])"
)


def _hundreds_in_digits(text: str) -> str:
    """Numbers of hundreds spelled out written in digits ("one hundred eighty days" -> "180 days"), as the lexicon
    reads numbers up to ninety-nine in words. Family: a period written in words by one house style and in digits by
    another ("180 days" / "one hundred eighty (180) days"); "one hundred eighty" -> "ninety" still reads shorter."""
    if "hundred" not in text:
        return text

    def digits(m: re.Match[str]) -> str:
        rest = _number(m.group(2)) if m.group(2) else 0
        return str(int(lx.NUMBER_WORDS[m.group(1)] * 100 + rest))

    return _HUNDREDS.sub(digits, text)


#: the reader named by a noun in the possessive ("the user's consent", "users' requests"); not "other users'"
_READER_POSSESSIVE = re.compile(
    r"\b(?:the|each|a|every) (?:user|customer|consumer|visitor|data subject)'s(?= )"
    r"|(?<!other )(?<!another )(?<!some )\b(?:the )?(?:users|customers|consumers|visitors|data subjects)'(?= )"
)


def _reader_as_you(text: str) -> str:
    """The reader's possessive written as "your" ("with the user's consent" -> "with your consent"), as the lexicon's
    limits and rights are written in the second person. Family: a policy that speaks of "the user" where another
    version says "you"; another person's consent ("with the advertiser's consent", "other users' posts") stays."""
    return _READER_POSSESSIVE.sub("your", text) if "'" in text else text


def _same_meaning(bare: str) -> str:
    bare = _reader_as_you(_hundreds_in_digits(bare))
    for hint, pattern, replacement in _SAME_MEANING:
        if hint in bare if isinstance(hint, str) else any(h in bare for h in hint):
            bare = pattern.sub(replacement, bare)
    return bare


#: a term spelled out with its acronym after it ("Internet Protocol (IP) address", "European Economic Area (EEA)")
_DEFINED_ACRONYM = re.compile(r"\b((?:[A-Z][\w-]*\s+){1,6}?(?:[A-Z][\w-]*))\s*\(([A-Z]{2,6})s?\)")


#: "Limited" as the legal form closing a company's name ("Acme UK Limited", "Acme Holdings Limited, 1 Main Street"):
#: part of a name, not a limit on a practice. Family: any contact, controller or representative sentence naming a
#: company registered as a limited company, rewritten around the name.
_COMPANY_LIMITED = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w&'.-]*) Limited(?![\w-])")


def _company_forms_dropped(text: str) -> str:
    """The text with "Limited" written "Ltd" where it closes a capitalised name: the name's legal form, not a
    limiter (and still a legal form, for a country inside the name: `lexicon.company_name`)."""
    if "Limited" not in text:
        return text
    return _COMPANY_LIMITED.sub(r"\g<name> Ltd", text)


def _drop_defined_acronyms(text: str) -> str:
    """The text with each acronym dropped where it follows its own spelled-out form: "Internet Protocol (IP) address"
    reads as "Internet Protocol address", the same term with or without its acronym defined."""
    if "(" not in text:
        return text

    def drop(m: re.Match[str]) -> str:
        words = m.group(1).split()
        acronym = m.group(2)
        initials = "".join(w[0] for w in words[-len(acronym) :])
        return m.group(1) if initials == acronym and len(words) >= len(acronym) else m.group(0)

    return _DEFINED_ACRONYM.sub(drop, text)


#: an initialism written with periods ("U.S.", "E.E.A.", "U.K."), also inside a compound ("EU-U.S.")
_DOTTED_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)")
#: the hyphen of a compound with an initialism ("EU-US", "EU-United States", "Swiss-US")
_INITIALISM_HYPHEN = re.compile(r"(?<=\b[A-Z]{2})-(?=[A-Z])|(?<=\b[A-Z]{3})-(?=[A-Z])|(?<=\w)-(?=[A-Z]{2,3}\b)")


#: what every match of `_DOTTED_COMPOUND` contains (a cheap test before its costly scan)
_DOTTED_HINT = re.compile(r"[A-Z]\.[A-Z]\.")
_DOTTED_COMPOUND = re.compile(r"(?:[\w.]+-)*[\w.]*(?:[A-Z]\.){2,4}(?:-[\w.]+)*")


def _dotted_names(text: str) -> frozenset[str]:
    """The name words `_undotted_initialisms` makes of a text's dotted initialisms and their compounds ("U.S." ->
    "us", "Swiss-U.S." -> "swiss", "us"): they stay no names of their own, as they were written with periods (a
    name is looked up in the other version as written)."""
    if "." not in text or not _DOTTED_HINT.search(text):  # no "X.Y.": nothing for the compound pattern to find
        return frozenset()
    words = " ".join(_undotted_initialisms(m.group(0)) for m in _DOTTED_COMPOUND.finditer(text)).split()
    return frozenset(w.casefold() for w in words)


def _undotted_initialisms(text: str) -> str:
    """The text with its initialisms written without periods ("U.S." -> "US") and apart from a name they are
    hyphenated to ("EU-U.S." -> "EU US"), for reading names: a house style writes "U.S." where another writes "US"
    or spells out "United States", and a name spelled out is matched to the acronym the other side writes in
    capitals. Family: the same policy with "U.S." / "US" / "United States", "EU-U.S. Data Privacy Framework" /
    "EU-United States Data Privacy Framework"; "U.S." -> "United Kingdom" stays another country."""
    if "." in text:
        text = _DOTTED_INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    return _INITIALISM_HYPHEN.sub(" ", text) if "-" in text else text


def _without_phone_brackets(text: str) -> str:
    """`text` without the parenthesis right after each phone number in it."""
    out, pos = [], 0
    for m in lx.PHONE.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) < 7:
            continue
        bracket = _PHONE_BRACKET.match(text, m.end())
        if bracket:
            out.append(text[pos : m.end()])
            pos = bracket.end()
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=4096)
def profile(text: str) -> Profile:
    """What one sentence says (cached: a change is read by several rules; treat the result as read-only)."""
    legal = lx.canonical_legal(clean_block(unicodedata.normalize("NFKC", text or "")))
    plain = _drop_defined_acronyms(_company_forms_dropped(legal))  # what it says; names are read from `cleaned`
    if "(" in plain:  # "(see Retention below)": where to read, not what is done
        plain = " ".join(_POINTER_BRACKET.sub(" ", plain).split())
        if lx.PHONE.search(plain):
            plain = _without_phone_brackets(plain)
    if '"' in plain:  # 'see Section 4 "What is our legal basis?" above': a section's title, no practice stated
        plain = _QUOTED_PLACE.sub(r"\g<place>", _QUOTED_TITLE.sub(r"\g<lead>the section", plain))
    if "ection" in plain:
        # "as described in the section of this policy covering privacy choices", "in the Parental Controls section
        # below": where to read; the topic's or the title's words state nothing
        plain = _TITLED_SECTION.sub("the section", _SECTION_ON.sub(r"\g<to>", plain))
    cleaned = _undotted_initialisms(legal)
    low = _same_meaning(written_out(plain.lower()))
    contacts = tuple(lx.EMAIL.findall(low)) + tuple(
        p for p in lx.PHONE.findall(low) if sum(c.isdigit() for c in p) >= 7
    )
    bare = _JURISDICTION.sub(" ", lx.URL.sub(" ", lx.EMAIL.sub(" ", low)))
    masked = plain
    if _THING_HINT.search(cleaned):  # "the Acme Privacy Policy", "the Acme Ads logo": names of no recipient
        masked = _mask_titles(_NAMED_THING.sub(lambda m: " " * len(m.group(0)), masked))
    if _LEGAL_HINT.search(cleaned):  # "Medbridge Education LLC", "Beach Audio Inc.": a company's name, no data
        masked = _LEGAL_NAME.sub(lambda m: " " * len(m.group(0)), masked)
    if masked is not plain:
        bare = _JURISDICTION.sub(" ", lx.URL.sub(" ", lx.EMAIL.sub(" ", _same_meaning(masked.lower()))))
    if "ing " in bare:
        bare = _PRODUCT.sub(r"\g<noun>", bare)
    return Profile(
        text=text,
        low=low,
        concepts=_concept_counts(bare),
        negations=tuple(lx.NEGATION.findall(_not_denying(bare))),
        contacts=contacts,
        bare=bare,
        cleaned=cleaned,
    )


def _not_denying(bare: str) -> str:
    """The text without the "not"s that deny nothing: a bound on a number ("no more than 30 days"), the name of a
    signal or a link ("Do Not Track"), the reader's refusal offered as a choice ("say no") and an addition ("not only
    X but also Y")."""
    bare = BOUND_NEGATION.sub(" ", bare)
    if "do no" in bare or "do-no" in bare:
        bare = lx.NAMED_NOT.sub(" ", bare)  # "Do Not Track", "Do Not Sell My Info": names of signals and links
    if " no" in bare:
        bare = lx.REFUSAL_NO.sub(" ", bare)  # "you can always say no": a choice, not a denial
        bare = lx.THREAT_NO.sub(" ", bare)  # "to ensure no unauthorized access": what a safeguard prevents
    if "you " in bare and ("no" in bare or "n't" in bare):
        bare = lx.WISH_NOT.sub(" ", bare)  # "if you no longer wish to receive them": the reader's wish
    if "not " in bare and ("law" in bare or "countr" in bare or "jurisdiction" in bare or "regime" in bare):
        bare = lx.FOREIGN_LAW_NOT.sub(" ", bare)  # "countries whose laws may not protect it": no denial
    return lx.IDLE_NOT.sub(" ", bare) if "not " in bare else bare


def _concept_counts(bare: str) -> Counter[str]:
    """How often each concept is named in a normalised sentence. A term inside a longer term of another concept is
    part of that term, not a mention of its own: "legitimate interests" is a legal basis, not interests profiled;
    the longest term read at a place wins, as a reader reads it. Family: any term that contains another concept's
    word ("legitimate interests", a data type named after a purpose); a term standing alone still counts."""
    spans: list[tuple[int, int, str]] = []
    for concept in lx.mentioned_concepts(bare):
        if concept.needs is not None and not concept.needs.search(bare):
            continue
        spans.extend((m.start(), m.end(), concept.name) for m in concept.pattern.finditer(bare) if m.end() > m.start())
    concepts: Counter[str] = Counter()
    reach = (-1, -1, "")  # the term reaching furthest among those that start earlier (one pass: bounded on any input)
    for start, end, name in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not (reach[1] >= end and reach[1] - reach[0] > end - start and reach[2] != name):
            concepts[name] += 1
        if end > reach[1]:
            reach = (start, end, name)
    return concepts


def multiset_delta(before: tuple[_T, ...], after: tuple[_T, ...]) -> tuple[list[_T], list[_T]]:
    """(removed, added) items between two multisets, in order of appearance."""
    if before == after:
        return [], []
    b, a = Counter(before), Counter(after)
    gone, came = b - a, a - b  # once each, not once per item
    removed = [x for x in dict.fromkeys(before) for _ in range(gone[x])]
    added = [x for x in dict.fromkeys(after) for _ in range(came[x])]
    return removed, added


def words_of(text: str) -> list[str]:
    return [w.strip("'-").removesuffix("'s") for w in _WORD.findall(normal(text)) if w.strip("'-")]


def concepts_in(text: str) -> list[tuple[int, lx.Concept]]:
    """(position, concept) for every concept mention in an already normalised text."""
    found: list[tuple[int, lx.Concept]] = []
    for concept in lx.mentioned_concepts(text):
        found.extend((m.start(), concept) for m in concept.pattern.finditer(text))
    return sorted(found, key=lambda pc: pc[0])


def scope_polarity(text: str, pattern: re.Pattern[str] | literals.Prefiltered, width: int = 70) -> int | None:
    """Polarity of the first specific concept a word (a negation, a limiter) governs in a normalised text."""
    for m in pattern.finditer(text):
        window = text[m.end() : m.end() + width]
        for _, concept in concepts_in(window):
            if concept.specific and concept.category != lx.CO:
                return concept.polarity
    return None


def changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """(old start, old end, new start, new end) of each word-level edit between two normalised texts."""
    spans = []
    i = j = 0
    current: list[int] | None = None
    for op, chunk in word_diff(old, new):
        if op == 0:
            if current:
                spans.append(tuple(current))
                current = None
            i += len(chunk)
            j += len(chunk)
            continue
        if current is None:
            current = [i, i, j, j]
        if op == -1:
            i += len(chunk)
            current[1] = i
        else:
            j += len(chunk)
            current[3] = j
    if current:
        spans.append(tuple(current))
    return spans  # type: ignore[return-value]


def local_categories(old: str, new: str, width: int = 80) -> list[str]:
    """Categories of the concepts nearest to where two normalised texts differ, nearest first."""
    scored: dict[str, int] = {}
    for bs, be, as_, ae in changed_spans(old, new):
        for text, start, end in ((old, bs, be), (new, as_, ae)):
            for pos, concept in concepts_in(text[max(0, start - width) : end + width]):
                if concept.name in ("personal data", "security") or concept.category == lx.CO:
                    continue
                at = pos + max(0, start - width)
                dist = 0 if start <= at <= end else min(abs(at - start), abs(at - end))
                if dist < scored.get(concept.category, 10**9):
                    scored[concept.category] = dist
    return sorted(scored, key=lambda c: (scored[c], lx.PRIORITY.index(c)))
