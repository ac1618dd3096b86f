"""What one sentence's profile shows, read by several judges: a question, a contact context, a practice concept, an
announcement of changes, timing, reach, firmness, a protective base, handling verbs. Pure.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon as lx
from monitor.classify.evidence import Profile
from monitor.classify.verdicts import _CONTACT_TYPES, _GENERIC


def _question(text: str) -> bool:
    """A sentence that asks rather than states (an FAQ heading, a "People also ask" entry)."""
    return text.rstrip(" *_\"')").endswith("?") and len(text.split()) <= 25


def _contact_context(p: Profile) -> bool:
    return bool(p.contacts) or lx.contact_in(p.low)


def _announces_changes(p: Profile) -> bool:
    """The sentence is about how policy changes are announced (there the channel is the promise)."""
    notice = _forms(lx.CONCEPTS_BY_NAME["change notice"], p.low) - {"by email", "by e-mail"}
    return bool(notice) or bool(lx.CHANGE_WORDS.search(p.low))


def _practice_concepts(p: Profile) -> list[str]:
    names = [n for n in p.specific]
    if _contact_context(p):
        names = [n for n in names if n not in _CONTACT_TYPES]
        if "change notice" in names and not _announces_changes(p):
            names.remove("change notice")  # "reach our DPO by email": how to write to us, not how changes are told
    return names


#: what the reader does to ask or to act on their own data: a request, not a choice a practice waits for
_ACTS_OF_ASKING = (
    r"(?:exercise|request|contact|ask|send|make|submit|file|lodge|complain|object|withdraw|revoke|unsubscribe"
    r"|opt[ -]out|delete|erase|access|correct|rectify|know|learn|find|read|obtain|get|update|change|close"
    r"|cancel|review|see|view|download|port|restrict|limit"
    # receiving a copy or an answer, not messages subscribed to ("if you have elected to receive marketing emails"
    # is an opt-in, as "if you opted in to marketing emails" is)
    r"|receive(?! (?:[\w-]+ ){0,2}(?:newsletters?|e-?mails|communications|offers|messages|updates|alerts|texts)\b))\b"
)
#: a condition that makes a practice wait for the reader's choice ("where you have turned on location services",
#: "if you allow it in your settings", "once you opt in", "if your profile is set to public")
_CHOICE_CONDITION = re.compile(
    # the reader's own choosing, as the subject of the condition: "if you (have) turned on ...", "once you opt in"
    r"\b(?:if|where|when|whenever|once|only if|unless|provided that|as long as|should)\s+you"
    r"(?:'ve| have| had| do| did)?"
    r"(?:\s+(?:already|previously|explicitly|expressly|specifically|first|also))?\s+(?:"
    r"turn(?:s|ed)? on|switch(?:es|ed)? on|enable[sd]?|activate[sd]?|allow(?:s|ed)?|opt(?:s|ed)? in|opt-in"
    r"|permit(?:s|ted)?|authori[sz]e[sd]?"
    r"|consent(?:s|ed)?|agree[sd]?|g[ia]ve (?:us )?(?:your )?(?:consent|permission)"
    r"|grant(?:s|ed)? (?:us )?(?:your )?permission|select(?:s|ed)?"
    # a choosing verb with what is chosen ("if you choose to connect"), not a time ("whenever you wish")
    # not an act on the reader's own data or a question ("if you wish to exercise your rights, requests go to ..."):
    # that is how to ask, which waits for nobody's choice
    r"|(?:choose|chose|decide[sd]?|wish(?:es)?|want(?:s|ed)?|prefer(?:s|red)?|elect(?:s|ed)?) to (?!"
    + _ACTS_OF_ASKING
    + r")[a-z]+"
    r"|set (?:it|them|your [\w-]+(?: [\w-]+)?) to public"
    r"|make (?:it|them|your [\w-]+(?: [\w-]+)?) public)\b[^,.;:]*"
    # or a setting of the reader's that allows it: "if your profile is public", "when your settings allow it"
    r"|\b(?:if|where|when|whenever|once|only if|provided that|as long as)\s+(?:[^,.;:]{0,60}?\band\s+)?your\s+"
    r"[\w -]{1,40}?\s+(?:is|are) (?:set to )?(?:public|on|enabled)\b[^,.;:]*"
    # or said as what the practice waits for: "with your consent" (a request is a right's: "at your request")
    r"|\b(?:with|without) your (?:explicit |express |prior |specific )?(?:consent|permission|agreement)\b"
    r"|\b(?:by|when|after|upon) (?:choosing|opting|electing|deciding|agreeing|consenting|allowing)\b[^,.;:]*"
)


def _waits_for_choice(p: Profile) -> re.Match[str] | None:
    """The condition by which the company's practice waits for the reader's choice (`_CHOICE_CONDITION`), in a
    sentence about what is done ("where you have turned on location services, we collect ..."), not one that tells
    the reader what to do or can do ("If you wish to exercise your rights, please contact us")."""
    m = _CHOICE_CONDITION.search(p.low)
    if m is None:
        return None
    if _GERUND_OPENING.match(m.group(0)) and _WE_AFTER.match(p.low, m.end()):
        return None  # "when deciding on the retention period, we consider ...": the company decides
    rest = p.low[: m.start()] + " " + p.low[m.end() :]
    told = _TELLS_THE_READER.search(rest)
    return None if told else m


#: a choice said by a gerund, whose subject is the main clause's ("by choosing to share, you agree")
_GERUND_OPENING = re.compile(r"(?:by|when|after|upon) [a-z]+ing\b")
#: the company as the main clause's subject
_WE_AFTER = re.compile(r"\s*,?\s*(?:we|our|the company)\b")

#: requests about the reader's rights named as such ("requests to exercise your rights", "access requests")
_RIGHTS_REQUESTS = re.compile(
    r"\brequests?\b[^.;:]{0,40}?\b(?:rights?|access|delet|eras|correct|rectif|portab|object|opt)"
    r"|\b(?:rights?|access|deletion|erasure|correction|rectification|portability|opt-out|data subject) requests?\b"
)
#: the reader's own requests, named by who makes them or by the words before them ("requests made by users", "a
#: request submitted on your behalf", "such a request", "you may submit a request"): not a request of someone else
#: ("requests from law enforcement")
_READERS_REQUESTS = re.compile(
    r"\b(?:such|these|those|this|your|consumer|user|privacy|verifiable) requests?\b"
    r"|\brequests?\b[^.;:]{0,30}?\b(?:made|submitted|sent|received)\b[^.;:]{0,12}?\b"
    r"(?:by|from|through|on (?:your|their) behalf)\b"
    r"(?! (?:law enforcement|the police|courts?|(?:public |government |regulatory )?authorit\w*|regulators?"
    r"|governments?)\b)"
    r"|\byou (?:may|can|could) (?:only )?(?:submit|make|send|file) (?:a|such a|one|your)? ?requests?\b"
)
#: what turns the requests away: none but one channel, some refused, or a bound on how often ("only by post", "will
#: not be processed", "we do not accept requests submitted by an agent", "no more than once in any 12-month period")
_TURNED_AWAY = re.compile(
    r"\bonly\b|\b(?:not|never) (?:be )?(?:accepted|processed|actioned|answered|handled|considered|valid)\b"
    r"|\b(?:refused|rejected|ignored)\b"
    r"|\b(?:do not|does not|don't|doesn't|will not|won't|cannot|can't|can not) (?:accept|honou?r|process|act on"
    r"|respond to|answer|consider)\b"
    r"|\b(?:no more than|at most|up to|not more than) (?:once|twice|one|two|\d+)\b"
    r"(?:[^.;:]{0,30}?\b(?:period|year|months?|days?|times?)\b)?"
    r"|\bonce (?:in|per|every|a) (?:any |each )?(?:\d+[- ]month |twelve[- ]month |calendar )?(?:year|month|period)\b"
)


def _limits_requests(p: Profile) -> bool:
    """Whether a sentence limits how, by whom or how often the reader's requests about their rights are made:
    "Requests to exercise your rights are only accepted by post", "requests sent by email will not be processed",
    "we will only act on requests made by users with a verified account", "you may submit such a request no more
    than once in any 12-month period".
    A channel offered ("you can send requests by post or by email") limits nothing."""
    low = p.low
    if "request" not in low:  # both readings need the word: most sentences skip the scans
        return False
    return bool((_RIGHTS_REQUESTS.search(low) or _READERS_REQUESTS.search(low)) and _TURNED_AWAY.search(low))


#: a sentence that tells the reader what to do or what they can do, rather than what the company does
#: (not the reader's knowing or trusting what the company states: "you can rest assured that", "you should know that",
#: "please note that")
_TELLS_THE_READER = re.compile(
    r"\bplease\b(?! (?:(?:rest |be |feel )?(?:assured|aware|advised|sure)|note|understand|remember|keep in mind)\b)"
    r"|\byou (?:can|could|may|should|must|need|will need)\b"
    r"(?! (?:rest |be |feel )?(?:assured|sure|confident|certain|aware|know|trust|expect|note|understand)\b)"
)


#: when a notice or a request for consent comes: before the practice, or once it has happened
_BEFOREHAND = re.compile(r"\b(?:before|prior to|in advance|ahead of|beforehand)\b")
_AFTERWARDS = re.compile(r"\b(?:after|afterwards|once|following|subsequently)\b")
_ASKS = re.compile(
    r"\b(?:notice|notify|notified|notification|inform|informed|tell|let (?:you|users|them) know|alert|warn|consent"
    r"|indicate|announce"
    r"|permission|ask you)\b"
)
#: who a right or promise covers: everyone, rather than the residents of one place
_EVERYONE = re.compile(
    r"\b(?:all (?:of )?(?:our )?(?:users|customers|members|visitors)|every (?:user|customer|member)"
    # not a group of them ("everyone else", "everyone with this access", "everyone who works on it")
    r"|everyone(?! else| with| who| that| whose| at| working| employed| involved)"
    r"|wherever (?:you|they) (?:live|are located|reside)|regardless of (?:where (?:you|they) live|(?:your|their)"
    r" (?:location|residence|residency|place of residence|country)))\b"
)


def _timing(p: Profile) -> str | None:
    if not _ASKS.search(p.low):
        return None
    if _BEFOREHAND.search(p.low):
        return "before"
    return "after" if _AFTERWARDS.search(p.low) else None


def _firm(commitments: tuple[str, ...]) -> int:
    """Commitment words beyond the plain future: "we will keep" and "we keep" state the same practice."""
    return sum(1 for w in commitments if w not in ("will", "shall"))


def _base_protective(p: Profile) -> bool:
    """Whether the sentence, read without its negations, is about a safeguard (right, choice, security)."""
    protects = sum(n for name, n in p.concepts.items() if lx.CONCEPTS_BY_NAME[name].polarity == lx.PROTECTS)
    if not protects:
        return bool(p.categories[lx.UR] or p.categories[lx.UC])
    # with no verb of handling data, the kinds of data named are what the safeguard protects ("we encrypt your
    # messages"), not a practice weighing against it
    objects_only = not _HANDLING_VERB.search(p.bare)
    more = sum(
        n
        for name, n in p.concepts.items()
        if lx.CONCEPTS_BY_NAME[name].polarity != lx.PROTECTS
        and name not in _GENERIC
        and not (objects_only and lx.CONCEPTS_BY_NAME[name].category == lx.DC)
    )
    cats = p.categories
    return bool(cats[lx.UR] or cats[lx.UC]) or protects > more


def _forms(concept: lx.Concept, low: str) -> frozenset[str]:
    return frozenset(m.group(0).rstrip("s") for m in concept.pattern.finditer(low))


_HANDLING_VERB = re.compile(
    r"(?<![\w-])(?:collect|gather|obtain|solicit(?!ation)|record|captur|shar|disclos|sell|sold|rent|transfer|transmit|retain|keep"
    r"|kept|stor(?!age)|track|monitor|analy[sz]|scan|combin|profil|send|sent(?![\w-])|upload"
    r"|us(?:e|es|ed|ing)(?![\w-])"
    # "we read the location of your phone", "the app reads your contacts"; not "read this policy", "read more"
    r"|reads?(?= (?:the|your|a|an|all|any|its|their) )(?! (?:the|this|our|these) (?:policy|notice|terms|statement"
    r"|sections?|page|faq)))[a-z]*"
)


# ---------------------------------------------------------------------------------------- parties as sources
#: verbs of receiving data: after one, "from X" names where the data comes from
_RECEIVING = re.compile(
    r"(?<![\w-])(?:receiv|obtain|collect|gather|acquir|get(?:s|ting)?(?![\w-])|got(?![\w-])|sourc|import)\w*"
)
#: "from" opening the phrase that names a source
_FROM = re.compile(r"(?<![\w-])from(?![\w-])")
#: what ends the phrase a source stands in: a clause break, or a word that names another role ("from us to X",
#: "from X with Y", "from X, which we share with")
_SOURCE_END = re.compile(r"[.;:!?()|]|(?<![\w-])(?:to|with|by|who|which|whom|we|you)(?![\w-])")
#: how many words may stand between "from" (or the start of a clause) and a party it names as a source
_SOURCE_REACH = 10
#: a party as the subject that hands data to the company: "partners provide us with", "X may share data with us"
_HANDS_US = re.compile(
    r"^(?:[\s,]+[\w'-]+){0,6}?\s+(?:(?:may|might|can|will|also|sometimes|regularly)\s+)*"
    r"(?:provide|provides|give|gives|send|sends|share|shares|supply|supplies|pass|passes|disclose|discloses)"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:(?:with|to)\s+)?us(?![\w-])"
)
#: a clause start: the text before a subject party
_CLAUSE_START = re.compile(r"[.;:!?()|]|,\s")


def _received_from(low: str, start: int) -> bool:
    """The words before `start` put what stands there inside "from ..." after a verb of receiving, in the same
    clause: "we receive data from other sources like X", "we obtain it from these X", "from X, Y or others"."""
    left = low[max(0, start - 200) : start]
    froms = list(_FROM.finditer(left))
    if not froms:
        return False
    between = left[froms[-1].end() :]
    if _SOURCE_END.search(between) or len(between.split()) > _SOURCE_REACH:
        return False
    lead = left[: froms[-1].start()]
    clause = re.split(r"[.;:!?|]", lead)[-1]
    return bool(_RECEIVING.search(clause))


def _hands_us(low: str, start: int, end: int) -> bool:
    """The party at `start:end` opens its clause and hands data to the company: "third-party services provide us
    with ...", "our partners may share information with us"."""
    clause = _CLAUSE_START.split(low[max(0, start - 80) : start])[-1]
    if _SOURCE_END.search(clause) or len(clause.split()) > 4:
        return False
    rest = _CLAUSE_START.split(low[end : end + 120])[0]
    return bool(_HANDS_US.match(rest))


def _as_source(low: str, m: re.Match[str]) -> bool:
    return _received_from(low, m.start()) or _hands_us(low, m.start(), m.end())


def _source_slot(low: str) -> bool:
    """The sentence names where data comes from: a "from ..." after a verb of receiving, or a subject handing data to
    the company."""
    return any(_received_from(low, m.end() + 1) for m in _FROM.finditer(low)) or bool(
        re.search(
            r"(?:provide|give|send|share|supply|pass|disclose)s?(?:\s+[\w'-]+){0,4}?\s+(?:(?:with|to)\s+)?us\b", low
        )
    )


def renamed_sources(pb: Profile, pa: Profile) -> frozenset[str]:
    """The parties (recipient concepts) that the two versions of a sentence name only as where data comes from
    ("we receive information from third-party services" -> "from service providers", "these third-party services
    provide us with" -> "service providers provide us with"), when both versions still name a source and the
    rewording names no more kinds of source than before (a party named alike in both is left aside): a source
    renamed, narrowed or dropped from a list gives no one the reader's data. A changed party named anywhere else in
    the sentence (a recipient: "we share it with partners"), a critical one (data brokers), or one more kind of
    source named ("from partners" -> "from partners and advertisers": more data gathered about the reader) is no
    such rename and stays a finding.

    Family: the paragraph on "information from other sources" re-edited, where the parties that supply data are
    called third-party services, service providers, partners or simply parties from one version to the next."""
    if not (_source_slot(pb.low) and _source_slot(pa.low)):
        return frozenset()
    names = [
        n
        for n in dict.fromkeys([*pb.concepts, *pa.concepts])
        if lx.CONCEPTS_BY_NAME[n].category == lx.TP and n != "disclosure"
    ]
    sources: list[str] = []
    for name in names:
        concept = lx.CONCEPTS_BY_NAME[name]
        if pb.concepts[name] == pa.concepts[name] and _forms(concept, pb.low) == _forms(concept, pa.low):
            continue  # named alike in both: not what the rewording changed
        matches = [(low, m) for low in (pb.low, pa.low) for m in concept.pattern.finditer(low)]
        if not matches:
            continue
        if concept.critical or not all(_as_source(low, m) for low, m in matches):
            return frozenset()
        sources.append(name)
    if _kinds_of_source(pa, names) > _kinds_of_source(pb, names):
        return frozenset()
    return frozenset(sources)


#: a source named by no kind at all: "from these parties", "from others", "from other organisations"
_ANY_SOURCE = re.compile(r"(?<![\w-])(?:parties|others|organi[sz]ations|entities|businesses|companies)(?![\w-])")


def _kinds_of_source(p: Profile, parties: list[str]) -> int:
    """How many kinds of source a version names: the `parties` it names, or one for a source it
    names by no kind ("from these parties": what "from service providers" says more specifically; "service
    providers and other parties" names one kind)."""
    named = sum(1 for n in parties if p.concepts[n])
    return named or int(any(_as_source(p.low, m) for m in _ANY_SOURCE.finditer(p.low)))


# ---------------------------------------------------------------------------------------- requests by their kinds
#: a request named by its kinds: "your requests to know or delete", "a request for access"
_REQUEST_OF = re.compile(r"(?<![\w-])requests?\s+(?:to|for)\s+")
#: a request named by no kind: "your request", "a request", "such requests"
_ANY_REQUEST = re.compile(r"(?<![\w-])requests?(?![\w-])")
#: how many words the kinds of a request may run to ("requests to know, correct or delete")
_KINDS_REACH = 8


def _kind_of_request(low: str, start: int) -> bool:
    """The word at `start` names a kind of request: it stands after "request(s) to" / "for" in the same phrase."""
    left = low[max(0, start - 100) : start]
    opened = list(_REQUEST_OF.finditer(left))
    if not opened:
        return False
    between = left[opened[-1].end() :]
    return not re.search(r"[.;:!?()|]", between) and len(between.split()) <= _KINDS_REACH


def request_generalised(pattern: lx.ConceptPattern, low: str, other_low: str, other_doc: str) -> bool:
    """`low` names the kinds of a request where the other version says only "request" ("we may refuse your requests
    to know or delete" -> "we may refuse your request", "submit a request to access or delete by email" -> "submit
    a request by email"), every mention of the right `pattern` reads in `low` is such a kind, and the other
    version's whole document still names that right: the request stands for the rights stated elsewhere. The other
    version naming any kind of request ("a request to access") is a list narrowed, and a right its document names
    nowhere is a right gone; both stay findings.

    Family: the paragraphs on how to exercise rights (verifying, refusing, submitting requests) re-edited, where
    the kinds of request are spelt out in one version and left to the rights list above in the other."""
    if not other_doc or not _ANY_REQUEST.search(other_low) or _REQUEST_OF.search(other_low):
        return False
    spans = list(pattern.finditer(low))
    return bool(spans) and all(_kind_of_request(low, m.start()) for m in spans) and bool(pattern.search(other_doc))


# ---------------------------------------------------------------------------------------- the speaker's members
#: a company's own members named with it: "acme inc. and its subsidiaries and affiliates", "and our affiliates"
_MEMBERS_LEAD = re.compile(r"(?:and|&)\s+(?:its|their|our)\s+(?:[\w-]+\s+(?:and|&|or)\s+)?$")
#: the definition that follows and names the speaker: ' (collectively, "acme", "we" or "us")'
_DEFINES_WE = re.compile(
    r'^\s*\((?:(?:collectively|together|jointly|each)[,:]?\s+)?(?:the\s+)?"[^()]{0,80}?"(?:we|us|our)\b'
)
#: the parties a speaker's definition may gather under "we" besides the company (no recipient outside it)
_MEMBERS = frozenset({"affiliates"})


def speaker_members(name: str, pattern: lx.ConceptPattern, low: str) -> bool:
    """Every mention of the party `name` in `low` stands among the members of the company that the sentence defines
    as "we" ("acme inc. and its subsidiaries and affiliates (collectively, "acme", "we" or "us")"): who the speaker
    is, not a party the reader's data goes to. A party named anywhere else in the sentence ("we share it with our
    affiliates") is a recipient and is read as one.

    Family: the opening sentence of a policy that names the company as "we", re-edited when the group's members
    are added to or dropped from the name."""
    if name not in _MEMBERS:
        return False
    mentions = list(pattern.finditer(low))
    return bool(mentions) and all(_in_definition(low, m) for m in mentions)


def _in_definition(low: str, m: re.Match[str]) -> bool:
    """The mention closes "X and its [subsidiaries and] affiliates" right before a definition of "we"; a second
    party of the same list ("its subsidiaries and affiliates") is read from the last one."""
    if not _MEMBERS_LEAD.search(low[max(0, m.start() - 60) : m.start()]):
        return False
    rest = low[m.end() : m.end() + 140]
    tail = re.match(r"^(?:\s+(?:and|&|or)\s+[\w-]+){0,2}", rest)
    return bool(_DEFINES_WE.match(rest[tail.end() if tail else 0 :]))
