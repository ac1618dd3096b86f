"""Stage "statement": one statement added or removed, judged by whether it states a practice. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from monitor.classify import figures, rights
from monitor.classify import lexicon as lx
from monitor.classify.evidence import Profile, profile
from monitor.classify.furniture import _ACTS_ON_DATA, _announcement, _boilerplate
from monitor.classify.traits import (
    _EVERYONE,
    _HANDLING_VERB,
    _announces_changes,
    _contact_context,
    _firm,
    _limits_requests,
    _practice_concepts,
    _question,
)
from monitor.classify.verdicts import IMPROVES, REDUCES, Finding, _cosmetic, _Judgement, _material, _q, _rank
from monitor.domain.values import Change, ChangeKind, Severity
from monitor.text.sentences import clean_block, split_sentences

#: verbs of what is done with data or for the user besides handling it (rights, choices, safeguards, charges)
_DOING = re.compile(
    r"(?<![\w-])(?:access|delet|eras|correct|rectif|object|opt|withdraw|consent|request|port|restrict|notif|inform"
    r"|encrypt|protect|secur|train|profil|infer|target|monitor|sell|sold|rent|buy|purchas|disclos|advertis"
    r"|personali|verif|process|receiv|obtain|charg|includ|log|ask|exercis|publish)\w*"
)
#: what the user may do ("you can ask us for a copy"): a right or a choice
_USER_MAY = re.compile(r"\byou (?:can|may|could|are able to|have the right|are entitled|will be able to)\b")
#: a labelled entry ("Voiceprints: voice samples you provide"): the label names what the entry is about
_LABELLED = re.compile(r"^\W*[\w' -]{1,40}:\s")


#: a person the company names for privacy matters: its representative in a country, its DPO
#: ("our representative in the EU", "its data controller representative", "our DPO"; not a user's "authorised
#: representative" who makes a request for them)
_REPRESENTS = re.compile(
    r"(?<![\w-])(?:our|its)\s+(?:[\w-]+\s+){0,4}?(?:representatives?|data protection officers?|dpos?)(?![\w-])"
)
#: what a sentence about such a person names besides a practice: how to reach them, whose they are, what they handle
_ROLE_CONCEPTS = frozenset({"name", "email address", "phone number", "postal address", "contacts and messages"})
_COMPLAINT_TO_AUTHORITY = re.compile(r"\b(?:right|authorit|supervis|regulator|commissioner)")


def _names_representative(p: Profile, concepts: list[str]) -> bool:
    """A sentence that names the company's representative or DPO, or says how to reach them ("Acme has appointed Jane
    Roe as its representative in Ruritania to handle questions and complaints", "You can write to our representative
    by email or by post using the details below:"): contact details, when all it names besides are ways to reach
    them, the controller they act for and complaints they handle. Not a right to complain to an authority, a denial,
    or any other practice.

    Family: policies adding, dropping or changing their EU/UK/country representative or DPO."""
    if not _REPRESENTS.search(p.low) or p.negations:
        return False
    allowed = set(_ROLE_CONCEPTS) | {"controller"}
    if not _COMPLAINT_TO_AUTHORITY.search(p.low):
        allowed.add("right to complain")
    return bool(concepts) and set(concepts) <= allowed


#: an imprint's fields: where the company is registered, under which number ("Registered office: ...", "Company
#: number 0987", "VAT No. GB123")
_IMPRINT = re.compile(
    r"(?<![\w-])(?:registered (?:office|address|in)|(?:company|registration|vat|tax) (?:registration )?(?:number|no)\b)"
)
#: what makes a line about the company more than its imprint: the data it is responsible for, a controller named so
_CONTROLS = re.compile(r"(?<![\w-])(?:(?:data )?controllers?|responsible for|processes|processing)(?![\w-])")


def _imprint(p: Profile, concepts: list[str]) -> bool:
    """An imprint line: where the company is registered and under which number ("Registered office: 4 Mill Lane,
    Harbourside. Company number 09876543."), naming no data, no practice and nobody as the controller of data.
    Contact details, like an address. Family: small sites' footers and signatures carrying the company's legal
    particulars, added or dropped."""
    return (
        bool(_IMPRINT.search(p.low))
        and set(concepts) <= {"controller", "named countries"}
        and not p.negations
        and not _CONTROLS.search(p.low)
    )


def _states_practice(p: Profile) -> bool:
    """A sentence states a practice when something is done: a verb of handling data, of a right, choice or safeguard,
    a commitment or permission, a negation, number or limit - or it is a labelled entry. A sentence that only
    describes ("a learning website with activities for children of all ages") names a topic, not a practice."""
    if _HANDLING_VERB.search(p.low) or _DOING.search(p.low) or _LABELLED.match(p.low) or _USER_MAY.search(p.low):
        return True
    return bool(p.quantities or p.negations or p.limiters or p.permissive or p.commitments)


# ------------------------------------------------- sentences in which the company states no practice of its own
#: the company as the one who acts: "we", "us", "our company" (its site or app named as a place is not an act)
_COMPANY = re.compile(r"(?<![\w-])(?:we|us|we're|we've|we'll|our company)(?![\w-])")
_OUR_PLACE = re.compile(
    r"\bour (?:site|sites|website|websites|services?|apps?|application|platform|products?|emails?)\b"
)
#: a handling stated in the passive, whoever does it ("your data is shared with ...", "invoices are kept ...")
_PASSIVE = re.compile(
    r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?(?:collect|gather|shar|disclos|sold|sell|transferr|us(?:ed|e)\b"
    r"|stor|retain|kept|process|track|sen[dt]|combin|analy)"
)
_COMPANY_OR_OURS = re.compile(r"(?<![\w-])(?:we|us|our|ours|we're|we've|we'll)(?![\w-])")

#: the reader told what to do for their own sake, in the imperative or as the company's advice ("Choose a strong
#: password", "Never share your login details", "Do not post sensitive data in the chat", "You should review the
#: settings of the sites you use", "We recommend that you read the policies of other sites", "Easy steps include a
#: strong password"); the topic (`_OWN_CARE`) must be the reader's own care, not the company's purposes ("Use your
#: data to ..." heads a purpose list)
_ADVICE_LEAD = re.compile(
    r"^\W*(?:(?:please|also|finally|additionally|however|in addition)\W+)*(?:(?:always|never|regularly)\s+)?"
    r"(?:(?:choose|pick|create|change|set|update) (?:[\w-]+ ){0,3}?(?:passwords?|passphrases?|pins?)"
    r"|use (?:a |an )?(?:strong|unique|complex|different|long|secure|separate|two|2|multi|caution|discretion|care"
    r"|common sense)"
    r"|keep (?:your |their )?(?:passwords?|log-?in|credentials|account details|devices?|phones?)"
    r"|(?:review|check|read|consult) (?:the|their|its|any|all|each|those|these|your (?:own )?(?:privacy|security))"
    r"|consider (?:your own|carefully|what|whether|the risks)|avoid (?:sharing|posting|using|reusing|entering"
    r"|clicking|giving)|think (?:carefully|twice|about)|remember to|make sure|take (?:care|precautions)|log out"
    r"|sign out|lock|be (?:careful|cautious|mindful|wary|thoughtful)"
    r"|(?:do not|don't|never) (?!sell\b)(?:provide|share|post|include|send|give|enter|submit|disclose|reveal|upload"
    r"|reuse|use|click|respond|reply|write)\b"
    # "Please do not send us your card number": the reader kept from sending their own data to the company
    r"(?: us\b(?= (?:your|any|the|a|an|personal|sensitive|financial|such|other)\b))?(?! (?:my|us)\b))\b"
    r"|^\W*(?:you|users|members|visitors)(?: always)? should(?: always| never| not)?"
    r"(?! (?:be aware|know|note|understand|contact|be able)\b)\b"
    r"|^\W*(?:you|users|members) (?:are|remain) (?:solely |fully |entirely )?responsible for\b"
    r"|^\W*we (?:strongly |always |would )?(?:encourage|recommend|urge|advise|suggest)(?: that)? (?:you|your|users"
    r"|members|visitors|everyone)\b(?: to)?"
    r"|^\W*(?:an?|one|another|the best|easy|simple|basic|good|other) (?:\w+ )?(?:ways?|steps?|tips?|practices?"
    r"|precautions?) (?:to (?:protect|keep|secure) [\w' ]{1,40}? (?:is|are|include)|include)\b"
)
#: what advice to the reader is about: their passwords and logins, their caution over what they post or enter (their
#: financial details), and the policies and settings of the other sites they use
_OWN_CARE = re.compile(
    r"\b(?:passwords?|passphrases?|pins?|credentials|log-?in details|(?:two|2|multi)[- ]factor|2fa|mfa"
    r"|authentication|discretion|caution|careful(?:ly)?|own privacy|personal safety|sensitive|confidential"
    # the kinds of data a reader is warned not to send ("please do not provide financial information")
    r"|financial (?:information|details|data)|credit card(?: numbers?| details)?|bank (?:account|details)"
    r"|publicly|public (?:comments?|posts?|forums?|areas?|profiles?|spaces?|places?|pages?|chats?)"
    r"|privacy (?:policies|policy|notices?|statements?|practices|settings)|their (?:own )?(?:policies"
    r"|terms|practices|settings)|security settings|log out|sign out|lock your)\b"
)


def _advises_reader(p: Profile) -> bool:
    """Advice to the reader about their own care, stating nothing the company does: "Choose a strong password and
    change it regularly.", "Do not enter sensitive information in the chat.", "Please do not send us your card
    number by email.", "You should always review the privacy settings of the social networks you use.", "We
    recommend that you read the privacy policies of the sites you visit.", "You are responsible for what you choose
    to post publicly." Not when the company acts in it ("... and we encrypt it"), a handling stated in the passive
    rides on it, it tells how to act on one's data ("To opt out, ..."), it is about children or rights, or it is about
    changes to this policy (the notice of changes).

    Family: security tips, "be careful what you share" warnings and "read the other sites' policies" advice,
    added, dropped or rewritten with a security or third-party section."""
    lead = _ADVICE_LEAD.match(p.low)
    if not lead or not _OWN_CARE.search(p.low) or len(p.low.split()) > _ADVICE_WORDS:
        return False
    rest = _RECOMMENDS.sub(" ", _OUR_PLACE.sub(" ", p.low[lead.end() :]))
    if _COMPANY.search(rest) or _PASSIVE.search(rest) or _ACTS_ON_DATA.search(p.low):
        return False
    return not ({"children", "rights"} & set(p.concepts) or p.categories[lx.UR] or _announces_changes(p))


#: the longest advice (a tip is a sentence; a longer one goes on to say what the service does)
_ADVICE_WORDS = 35
#: the company's advice verbs met again later in the sentence ("... and we encourage members to think first")
_RECOMMENDS = re.compile(r"\bwe (?:strongly |also )?(?:encourage|recommend|urge|advise|suggest)\b")

#: a kind of technology named in general: cookies, pixels, beacons, browsers, kits, and their kinds (not a kind of
#: data: "log files contain your IP address" says what the company's logs hold)
_TECHNOLOGY = (
    r"(?:(?:first|third)[- ]party |session |persistent |flash |http |browser |tracking |(?:strictly )?necessary "
    r"|essential |functional(?:ity)? |performance |analytics? |advertising |targeting |social media |similar "
    r"|other |web |internet |modern |mobile )*"
    r"(?:cookies?|pixels?(?: tags?)?|web beacons?|beacons?|clear gifs?|tags?|local storage|technolog(?:y|ies)"
    r"|browsers?|sdks?|software development kits?)"
)
#: a sentence whose subject is such a kind in general ("Most browsers ...", "Session cookies ...", "Tracking
#: technologies (such as cookies) can ...", "Unlike persistent cookies, session cookies ..."), then a verb of how it
#: works; not "these cookies" (the company's own, just named) and not a verb of handling ("cookies collect ...")
_TECHNOLOGY_SUBJECT = re.compile(
    r"^\W*(?:(?:in general|generally|typically|usually|often|commonly|in short|for example|for instance|however"
    r"|by contrast|unlike [^,]{1,40}),\s*)?"
    r"(?:(?:most|many|some|all|other|certain|each|a|an|the)\s+)?"
    rf"{_TECHNOLOGY}(?:\s+(?:and|or)\s+{_TECHNOLOGY})?\s*(?:\([^)]{{0,60}}\)\s*)?,?\s+"
    r"(?:(?:generally|typically|usually|often|also|only|either|simply)\s+)?"
    r"(?:are|is|can|may|might|could|let|lets|allow|allows|help|helps|enable|enables|store|stores|remain|remains"
    r"|last|lasts|expire|expires|contain|contains|work|works|accept|accepts|recogni[sz]es?|identify|identifies"
    r"|do|does|differ|differs|vary|varies|have|has|come|comes|operate|operates)\b"
)
#: a law or the law in general as the subject ("Nevada law requires ...", "The CCPA allows businesses ...", "Local
#: laws may differ.", "Under the GDPR, a controller is ..."): what the law says, not what the company does
_LAW_SUBJECT = re.compile(
    r"^\W*(?:(?:in some (?:countries|jurisdictions|states)|under (?:the )?[\w. ()-]{1,40}?(?:law|laws|act|regulation"
    r"|gdpr|ccpa|cpra)),\s*(?!(?:we|you|your|our|us)\b))?"
    r"(?:(?:the|some|many|most|certain|local|applicable|such)\s+)?(?:[\w.-]+\s+){0,5}?"
    r"(?:law|laws|legislation|act|regulation|regulations|gdpr|ccpa|cpra|lgpd|pipeda)\b(?:\s*\([^)]{0,40}\))?\s+"
    r"(?:(?:generally|also|typically|often)\s+)?(?:requires?|allows?|permits?|gives?|defines?|says|states|provides"
    r"|treats?|considers?|differs?|may|can|varies|vary|is|are|does|do"
    # what a law does to transfers or data ("European data protection laws restrict transfers of personal data abroad")
    r"|restricts?|protects?|limits?|regulates?|governs?|prohibits?)\b"
)
#: a term as a law defines it ("Under the GDPR, a controller is the body that ...", "Under state law, a sale means
#: ..."): a definition, whatever its relative clause handles
_LAW_TERM = re.compile(
    r"^\W*under (?:the )?[\w. ()-]{1,40}?(?:law|laws|act|regulation|gdpr|ccpa|cpra),\s*(?:an?|the)\s+"
    r"(?!(?:we|you|your|our|us)\b)[\w -]{1,40}?\s+(?:(?:is|are) (?:an?|the|any)|means|refers to)\b"
)
#: the name the trade gives to what the sentence before described ("This is called pseudonymisation.", "This
#: practice is commonly referred to as interest-based advertising.")
_NAMES_PRACTICE = re.compile(
    r"^\W*(?:this|that|these|such)(?: \w+)? (?:is|are) (?:commonly |often |sometimes |also |generally )?"
    r"(?:called|known as|referred to as|described as)\b"
)
_NAMING_WORDS = 15
#: what a general explanation may name: the technology and its mechanics (what is stored, for how long, by which
#: site, by default, on which device), never a purpose, a recipient of data, a sensitive kind of data or a right
_MECHANICS = frozenset(
    {
        "cookies and trackers",
        "device identifiers",
        "usage data",
        "retention",
        "deletion",
        "email address",
        "third parties",
        "privacy by default",
        "settings and controls",
        "personal data",
        "service purposes",
        "security",
        "disclosure",
        "controller",
        "legal basis",
    }
)


def _explains_in_general(p: Profile) -> bool:
    """A sentence that says how a kind of technology works or what a law says, nobody of the policy acting in it:
    "Session cookies are deleted when you close your browser.", "Pixels let a sender know whether an email was
    opened.", "Most browsers accept cookies by default.", "Nevada law requires businesses to publish an address for
    requests.", "Local laws may differ." Its subject is the technology or the law in general; the company never
    speaks ("we", "our"), no party is named, nothing is denied, counted or promised, no choice is offered ("you can
    refuse them"), no handling is stated in the passive ("cookies are used to show you ads"), and it names only
    mechanics: no purpose, recipient, sensitive data, right, child or transfer ("Advertising cookies track you
    across sites" names a purpose and stays a practice). Or a short sentence giving the trade's name for what the
    sentence before described ("This practice is known as interest-based advertising.").

    Family: "how cookies work" and "what the law says" passages of cookie, state-law and transfer sections, added,
    dropped or rewritten; what the company itself does is stated elsewhere, in sentences where it acts."""
    if _NAMES_PRACTICE.match(p.low):
        return len(p.low.split()) <= _NAMING_WORDS and not (_COMPANY_OR_OURS.search(p.low) or p.negations)
    tech = _TECHNOLOGY_SUBJECT.match(p.low)
    term = not tech and _LAW_TERM.match(p.low)
    if not tech and not term and not _LAW_SUBJECT.match(p.low):
        return False
    if _COMPANY_OR_OURS.search(p.low) or _USER_MAY.search(p.low) or _ACTS_ON_DATA.search(p.low):
        return False
    # a denial in the law's purpose ("... so that its protection does not depend on where it is held") is the law's
    negations = p.negations if tech else lx.NEGATION.search(_LAWS_PURPOSE.sub(" ", p.low))
    if negations or p.quantities or _firm(p.commitments) or "will" in p.commitments or "shall" in p.commitments:
        return False
    passive = _PASSIVE_USE.search(p.low) or _PASSIVE.search(p.low)
    if tech and (_names_party(p) or (passive and not _GENERIC_AGENT.search(p.low))):
        return False
    # "Tax law requires invoices to be kept": the practice rides on what the law says
    if not tech and not term and _PASSIVE.search(p.low):
        return False
    # what a law says may name what it protects (transfers abroad, children, consent), never a sale or sensitive data
    return set(p.concepts) <= (_MECHANICS if tech else _MECHANICS | _LAW_TOPICS)


#: what the law is said to be for ("so that its protection does not depend on where data is held")
_LAWS_PURPOSE = re.compile(r"\bso (?:that|as)\b[^.;]*")
#: what a law explained in general may name besides mechanics: the topics of data protection law
_LAW_TOPICS = frozenset({"international transfer", "named countries", "children", "consent", "rights"})


#: a browser's privacy signal by name ("Do Not Track", "DNT", "Global Privacy Control")
_SIGNAL = r"(?:do[- ]not[- ]track|dnt|global privacy control|gpc)\b"
#: what such a signal is, told in general: browsers offer it, it is a setting that tells sites a wish, there is no
#: standard for it ("Some browsers offer a Do Not Track setting.", "Do Not Track is a preference you can set in your
#: browser.", "There is no common industry standard for how to respond to DNT signals.")
_SIGNAL_EXPLAINED = re.compile(
    r"^\W*(?:(?:however|also|note that|please note that)\W+)?(?:(?:some|many|most|certain|modern|your|the|a few)\s+)?"
    r"(?:web\s+|internet\s+)?browsers?\b[^.;]{0,60}?\b(?:offers?|has|have|includes?|supports?|sends?|allows?|lets?"
    r"|incorporates?|features?|provides?)\b[^.;]{0,80}?"
    + _SIGNAL
    + r"|^\W*(?:(?:a|the)\s+)?\W?"
    + _SIGNAL
    + r"\W?\s+(?:\([^)]{0,20}\)\s+)?(?:is|are|refers to|means)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:standard|consensus|understanding)\b[^.;]{0,80}?" + _SIGNAL
)
#: the reader's wish such a signal carries ("that you do not want to be tracked"): no denial of the sentence's own
_WISH = re.compile(r"\b(?:do not|don't|does not|doesn't) (?:want|wish)\b")
#: what such an explanation may name: the signal (read as a choice), tracking, and the settings that send it
_SIGNAL_WORDS = frozenset(
    {"opt-out", "cookies and trackers", "settings and controls", "personal data", "request handling"}
)


def _explains_signal(p: Profile) -> bool:
    """A sentence that tells what a browser's privacy signal is, nobody of the policy acting in it: "Some browsers
    offer a Do Not Track setting that tells websites you do not want to be tracked.", "Do Not Track is a preference
    you can set in your web browser.", "There is no common industry standard for how to respond to DNT signals."
    Whether the company responds to the signal is stated where it speaks ("We do not respond to Do Not Track
    signals." stays a statement); the explanation adds nothing. Not when the company speaks ("we", "our"), a
    denial of the sentence's own stands, or it names a party, a purpose or a kind of data.

    Family: the "Do Not Track" paragraphs of US policies, added, dropped or reworded."""
    m = _SIGNAL_EXPLAINED.search(p.low)
    if not m or _COMPANY_OR_OURS.search(p.low) or p.quantities:
        return False
    # the "no" of "there is no standard" and the "not" of the signal's name deny nothing of the sentence's own
    rest = p.low[: m.start()] + " " + p.low[m.end() :] if m.group().startswith("no") else p.low
    if lx.NEGATION.search(_WISH.sub(" ", lx.NOT_NEGATING.sub(" ", rest))):
        return False
    if any(len(e) > 4 and not re.search(_SIGNAL, e) and e not in ("track", "privacy", "control") for e in p.entities):
        return False  # a party may act in it (the signal's own name is no party)
    return set(p.concepts) <= _SIGNAL_WORDS


#: the laws of other places said to differ from the reader's ("Those countries may not have the same data protection
#: laws as yours.", "Legislation in such third countries may differ.", "If you live outside the US, local laws may
#: differ."): the subject is the countries or their laws, after at most a clause about where the reader lives
_LAWS_DIFFER = re.compile(
    r"^\W*(?:(?:however|similarly|also|please note that|note that|in addition)\W+)?"
    r"(?:if you (?:live|reside|are located|are based) (?:in|outside)[^,]{1,40},\s*)?"
    r"(?:(?:the|those|these|such|other|some|many|certain|local|foreign|third|applicable)\s+){0,3}"
    r"(?:[\w-]+\s+){0,3}?(?:countries|jurisdictions|laws|legislation|rules|regulations)\b[^.;]{0,80}?"
    r"\s(?:(?:may|might|can|could|will|do|does)(?: not| also)?\s+(?:have|provide|offer|be|differ|vary|afford|give)"
    # or said plainly ("Data protection laws vary among countries", "local laws differ")
    r"|(?:vary|varies|differ|differs)(?= (?:among|between|from|across|by)\b))\b"
)
#: what such a caveat ends on: protection or laws that differ, are the same or are not as strong
_DIFFERS = re.compile(
    r"\b(?:differ\w*|vary|varies|the same|equivalent|as (?:strong|protective|comprehensive)"
    r"|same (?:level|degree|standard)|less|lower|different)\b"
)
#: security's limits told in general, from the sentence's start ("No method of transmission over the Internet, or of
#: electronic storage, is 100% secure.", "However, no method of storage can be entirely secure."): a truth about
#: technology, nobody acting (the words: vocabulary boilerplate.toml [security_disclaimer])
_NONE_SECURE = re.compile(
    r"^\W*(?:(?:however|but|unfortunately|please note that|note that|although|while)\W+)*"
    rf"(?:{lx.SECURITY_DISCLAIMER.pattern})\b"
)
#: words of such a caveat that read as verbs of a practice, and are not ("data protection laws", "the information")
_PROTECTION = re.compile(r"\b(?:information|(?:data )?protection|protect(?:s|ed)?)\b")
#: the most words of such a caveat
_CAVEAT_WORDS = 45


def _caveat_in_general(p: Profile) -> bool:
    """A caveat true of any policy, nobody of the policy acting in it: the laws of other countries may differ from
    the reader's ("Those countries may not have the same data protection laws as yours.", "If you live outside the
    US, local laws may differ."), or no way of sending or storing data is perfectly secure ("No method of
    transmission over the Internet, or method of electronic storage, is 100% secure."). The transfers and the
    security measures are stated where the company acts; the caveat adds none. Not when the company speaks in it
    ("we transfer your data to countries whose laws may differ", "we cannot guarantee ... but we encrypt"), a
    handling is stated in the passive ("The countries your data is transferred to may not ..." says it is), or it
    names a party, a purpose, a kind of data or a right.

    Family: the transfer and security sections' stock caveats, added, dropped or reworded with them."""
    if len(p.low.split()) > _CAVEAT_WORDS or _COMPANY_OR_OURS.search(p.low) or _PASSIVE.search(p.low):
        return False
    if _USER_MAY.search(p.low) or _ACTS_ON_DATA.search(p.low) or _firm(p.commitments):
        return False
    places = {w for m in lx.CONCEPTS_BY_NAME["named countries"].pattern.finditer(p.low) for w in m.group().split()}
    if any(len(e) > 4 and e not in ("internet", "world wide web") and e not in places for e in p.entities):
        return False  # a party may act in it (a place named is where the reader lives)
    m = _NONE_SECURE.match(p.low)
    if m:
        named = _MECHANICS
    else:
        m = _LAWS_DIFFER.match(p.low)
        if not m or not _DIFFERS.search(p.low, m.end() - 12):
            return False
        named = _MECHANICS | {"international transfer", "named countries"}
    # "..., and our partners may share your data there": what follows the caveat may state a practice
    rest = _PROTECTION.sub(" ", p.low[m.end() :])
    if _HANDLING_VERB.search(rest) or _DOING.search(rest):
        return False
    return set(p.concepts) <= named


#: a technology said to be used or set, by someone unnamed ("Cookies are used to show ads", "are placed on")
_PASSIVE_USE = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?(?:used|placed|set|deployed|employed)\b")
#: who sets it, in general ("... are set by the site you visit", "by domains other than ...", "by the sender")
_GENERIC_AGENT = re.compile(
    r"\bby (?:the |a |an |other |any )?(?:\w+ )?(?:sites?|websites?|domains?|servers?|browsers?|senders?|pages?)\b"
    # or the web at large as where it is done ("cookies are used across the web", "on most websites")
    r"|\b(?:across|throughout|all over) the (?:web|internet)\b|\bon (?:most|many|almost all|nearly all) (?:web)?sites\b"
)


def _names_party(p: Profile) -> bool:
    """A name in the sentence longer than a technical acronym ("IP", "2FA"): a party may act in it."""
    return any(len(e) > 4 for e in p.entities)


#: other parties' handling left to their own rules, or this policy's reach ended at them ("Third parties' use of
#: your data is governed by their own privacy policies.", "This notice does not apply to the sites we link to.",
#: "Other sites follow different rules.")
_OTHERS_RULES = re.compile(
    r"\b(?:governed by|subject to) (?:the |their |its )?(?:own |respective |separate )?(?:privacy )?"
    r"(?:polic(?:y|ies)|notices?|statements?|terms|practices)\b(?! (?:of|set out|described) (?:this|our)\b)"
    r"|\b(?:this|the|[\w-]+'s) (?:privacy )?(?:policy|notice|statement) (?:does not|doesn't|will not|won't|do not)"
    r" (?:apply|cover|govern)\b"
    r"|\bnot (?:subject to|covered by|governed by) (?:this|the) (?:privacy )?(?:policy|notice|statement)\b"
    r"|\b(?:other|third[- ]party|these|those|such|linked) (?:sites|websites|services|apps|companies|parties|entities)"
    r" (?:have|follow|use|apply) (?:their own|different|separate)\b"
)
#: the company disclaiming control of, or responsibility for, what others do ("We do not control third-party sites
#: or their practices.", "We have no control over these platforms.", "These services are not controlled by us.")
_DISCLAIMS = re.compile(
    r"(?<![\w-])(?:we|the company)\s+(?:do not|don't|cannot|can't|are not|have no|assume no|accept no|take no)\s+"
    r"(?:\w+\s+)?(?:control|responsib|liab|endorse)\w*"
    r"|\b(?:is|are) not (?:controlled|operated|owned) by (?:us|the company)\b"
)
#: who the disclaimer is about: other parties, their sites and platforms, other people
_OTHERS = re.compile(
    r"\bthird[- ]part|\b(?:other|linked|external|those|these) (?:sites|websites|services|apps|platforms|companies"
    r"|parties|people|users|advertisers|networks)\b|\bothers\b|\bsocial (?:networks?|media)\b"
)


def _leaves_to_others(p: Profile) -> bool:
    """A sentence that leaves what other parties do to their own rules, says this policy does not reach them, or
    disclaims control of them: "Information that advertisers collect is governed by their own privacy policies.",
    "This policy does not apply to the sites we link to.", "Other sites follow different rules about the data you
    give them.", "We have no control over third-party platforms, and they may keep copies." It states
    no practice of the company, unless the company hands data over in it ("We share your data with advertisers,
    whose use of it is governed by their policies"), a handling is stated in the passive ("Your data is shared
    with partners, under their terms"), or it names a sale, sensitive data or a child.

    Family: the "third-party sites and services" paragraphs of policies, added, dropped or rewritten."""
    if not _OTHERS_RULES.search(p.low) and not (_DISCLAIMS.search(p.low) and _OTHERS.search(p.low)):
        return False
    if _firm(p.commitments) or "will" in p.commitments:  # "we will remain liable if a third party ...": a promise
        return False
    if _COMPANY_ACTS.search(p.low) or _PASSIVE.search(p.low) or _USER_MAY.search(p.low):
        return False
    return not (any(lx.CONCEPTS_BY_NAME[n].critical for n in p.concepts) or _OWN_BOUNDS & set(p.concepts))


#: the reader choosing not to give data ("if you choose not to provide your phone number", "if you do not give us")
_WITHHOLDS = (
    r"|\byou\s+(?:(?:choose|decide|prefer|elect)\s+not\s+to|do\s+not|don't|declin\w*\s+to|refus\w*\s+to)"
    r"\s+(?:provide|give|share|submit|enter|supply)\b"
)
#: a choice the reader makes about the service's cookies, settings or consent ("disabling cookies", "if you adjust
#: your preferences", "if you withdraw consent")
_CHOICE_MADE = re.compile(
    r"\b(?:disabl|block|refus|reject|adjust|withdr[ae]w|declin|turn(?:ing)? off|opt(?:ing)? out"
    r"|(?:do not|don't|not)(?: to)? accept|delet(?:e|ing) (?:or \w+ )?(?:cookies|them)"
    r"|chang(?:e|ing) (?:your |these )?(?:settings|preferences))"
    # the reader's own data and account: deleting or closing them, asking for that, or not giving data at all
    r"|\bask(?:s|ing)? us to (?:delete|erase|remove|close)\b"
    r"|\b(?:delet|eras|remov|clos|deactivat|cancel)(?:e|es|ed|ing|s)?\s+(?:\w+\s+){0,2}?"
    r"(?:account|profile|data|information|content|details)\b" + _WITHHOLDS
)
#: what it may cost the reader: features, access or the experience of the service ("may impact your experience",
#: "you may not be able to use all parts of the site", "may not work properly")
_COSTS_SERVICE = re.compile(
    r"\b(?:may|might|could|can|will)\s+(?:not\s+be\s+able\s+to\s+(?:use|access|receive|enjoy)\b[^.;]*"
    r"|(?:negatively\s+)?(?:impact|affect|limit|impair|restrict|reduce|degrade)\b[^.;]*"
    r"|not\s+(?:work|function)\s+(?:properly|correctly|as intended)\b"
    # features or the account lost ("you may no longer be able to log in", "you may miss out on some features",
    # "you will lose access to your projects", "your account may be deactivated", "some pages may not work for you",
    # "we may not be able to provide the service to you")
    r"|no\s+longer\s+be\s+able\s+to\s+(?:use|access|receive|enjoy|log|sign)\b[^.;]*"
    r"|(?:be\s+)?unable\s+to\s+(?:use|access|receive|enjoy|log|sign)\b[^.;]*"
    r"|miss\s+out\b[^.;]*|lose\s+access\b[^.;]*"
    r"|(?:become|be)\s+(?:deactivated|disabled|closed|suspended|inaccessible|unavailable)\b"
    r"|not\s+(?:work|function)\s+(?:fully|for you)\b"
    r"|not\s+be\s+able\s+to\s+provide\s+(?:you\s+with\s+)?(?:the|our|some|certain|all)\s+(?:\w+\s+)?"
    r"(?:services?|features?|products?|functions?|functionality)\b)"
)
#: what such a warning may name: the choice and the service, never a purpose, recipient or kind of data
_CHOICE_WORDS = frozenset(
    {"cookies and trackers", "settings and controls", "consent", "opt-out", "personal data", "service purposes"}
)
#: and a choice about the reader's own data or account may name its deletion and what the account holds
_DATA_CHOICE_WORDS = frozenset({"deletion", "right to erasure", "retention"})


def _warns_of_choice_cost(p: Profile) -> bool:
    """A warning that a choice about cookies, settings or consent may cost the reader features of the service:
    "Disabling cookies may affect your experience of the site.", "If you withdraw consent, you may not be able to
    use some services.", "If you adjust your preferences, the app may not work properly." It offers no choice
    itself ("You can block cookies, but ..." offers one) and names nothing but the choice: the company does not act
    in it, and no purpose, recipient or kind of data is named ("rejecting cookies will show you ads that are not
    personalised" states what the company does).
    The choice may be about the reader's own data or account: "If you ask us to delete your data, you may no
    longer be able to use the app.", "If you close your account, you will lose access to your projects.", "If you
    choose not to give us your phone number, we may not be able to provide some features." (the data withheld may be
    named, unless sensitive); not when a period is named or the company handles data outside the choice's clause
    ("if you delete your account, we keep your posts").

    Family: the caveats under cookie and consent choices, and under the rights to delete data, close the account or
    not give data, added, dropped or reworded with them."""
    cost = _COSTS_SERVICE.search(p.low)
    choice = _CHOICE_MADE.search(p.low)
    if not cost or not choice or choice.start() > cost.start():
        return False
    # the choice's own clause is the reader's doing ("if you ask us to delete it"): the company acts, or data is
    # handled, only if it does so outside it
    rest = p.low[: choice.start()] + " " + p.low[_clause_end(p.low, choice.end(), cost.start()) :]
    if _USER_MAY.search(p.low[: cost.start()]) or _COMPANY_ACTS.search(rest) or _PASSIVE.search(rest):
        return False
    if p.quantities:  # "if you close your account, we keep your posts for 30 days": a period is a practice
        return False
    named = set(p.concepts)
    if "preferences" in p.low and not re.search(r"infer|profil", p.low):  # "your preferences": the settings
        named.discard("inferences and profiles")
    allowed = set(_CHOICE_WORDS) | _DATA_CHOICE_WORDS
    if re.search(_WITHHOLDS[1:], p.low[: cost.start()]):
        # the data the reader may keep to themselves ("if you do not give us your phone number"), unless sensitive
        allowed |= {n for n in named if lx.CONCEPTS_BY_NAME[n].category == lx.DC and not lx.any_critical([n])}
    return named <= allowed and not _firm(p.commitments)


_CLAUSE_MARK = re.compile(r"[,;]")


def _clause_end(low: str, start: int, stop: int) -> int:
    """Where the clause running from `start` ends: its next comma or semicolon, at most at `stop`."""
    m = _CLAUSE_MARK.search(low, start, stop)
    return m.end() if m else stop


#: this document named as what the reader agrees to ("this Privacy Policy", "the terms of this notice", "the updated
#: policy", "the changes", "as described in this policy", "in accordance with this statement")
_THIS_POLICY = (
    r"(?:(?:the )?terms of )?(?:this|the|these|our|any|such) (?:updated |revised |amended |new |current )?"
    r"(?:privacy )?(?:policy|policies|notice|statement|terms|changes|updates|modifications|revisions)\b"
)
#: the reader's agreement to the policy read from their use of the service ("By using our website, you agree to this
#: Privacy Policy.", "Your continued use of the app after changes are posted means you accept them.", "If you do not
#: agree with this policy, please do not use our services.")
_IN = r"(?:[^.;]|\.(?=\w))"  # a character of the same sentence (the dot of "example.com" ends none)
_AGREES_BY_USE = re.compile(
    r"\bby (?:continuing to )?(?:us|visit|access|brows|register|download|install|submit|provid|sign|creat)\w*\b"
    rf"{_IN}{{0,120}}?\byou (?:hereby )?(?:agree|consent|accept|acknowledge)\w*\b{_IN}{{0,120}}?"
    rf"(?:{_THIS_POLICY}|as (?:described|set out|explained) (?:in|by) {_THIS_POLICY}|in accordance with {_THIS_POLICY})"
    rf"|\b(?:your |the )?continu\w* (?:use|access)\w*\b{_IN}{{0,120}}?\b(?:means?|constitutes?|signif\w+|indicates?"
    rf"|(?:shall|will) (?:be deemed|constitute|mean)|(?:is|are) deemed|represents?)\b{_IN}{{0,40}}?"
    r"\b(?:accept\w*|consent\w*|agree\w*)\b"
    # (and as evidence._SAME_MEANING writes it: "if you continued use of")
    rf"|\bif you (?:(?:continue|keep) (?:to use|using|to access|accessing|to visit|visiting)|continued use of)\b"
    rf"{_IN}{{0,120}}?"
    rf"\byou (?:hereby )?(?:accept|agree to|consent to|provide your consent to)\b{_IN}{{0,40}}?{_THIS_POLICY}"
    rf"|\bif (?:at any (?:point|time) )?you (?:do not|don't|disagree|object)\b{_IN}{{0,60}}?{_THIS_POLICY}"
    rf"{_IN}{{0,80}}?\b(?:do not|don't|must not|should not|stop|discontinue|cease|refrain from)\b"
    rf"{_IN}{{0,30}}?\b(?:us(?:e|ing)|access\w*|visit\w*)\b"
)
#: what such an agreement may name: the consent, the policy's changes, and the data it describes in general
_AGREEMENT_WORDS = frozenset({"consent", "change notice", "personal data", "service purposes"})


def _agrees_by_use(p: Profile) -> bool:
    """The reader's agreement to this policy read from their use of the service: "By using our website, you agree to
    this Privacy Policy.", "By using the app, you consent to the collection and use of your information as described
    in this policy.", "Your continued use of the site after changes are posted means you consent to them.", "If you
    do not agree with this policy, please do not use our services." What the company does is stated by the rest of
    the policy; this clause only says the policy applies. Not when it names a kind of data, a technology, a
    recipient or a purpose ("By visiting our site, you consent to our use of cookies" is a cookie consent), counts
    or limits, or the company acts in it ("we will treat your use as consent to share your data").

    Family: the "acceptance of this policy" and "continued use after changes" boilerplate, added, dropped or
    reworded."""
    m = _AGREES_BY_USE.search(p.low)
    if not m or p.quantities or p.limiters:
        return False
    if _COMPANY_ACTS.search(p.low) or _PASSIVE.search(p.low[: m.start()] + " " + p.low[m.end() :]):
        return False
    return set(p.concepts) <= _AGREEMENT_WORDS


#: the service pointing the reader to other sites: it holds links to them, or a click takes the reader to one ("Our
#: apps may contain links to websites run by other companies.", "If you click an ad, you will be taken to the
#: advertiser's site.")
_LINKS_OUT = re.compile(
    r"\b(?:contains?|includes?|provides?|offers?|has|have|displays?|features?)\s+(?:\w+\s+){0,3}?links?"
    r"(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:to|with)\b"
    r"|\b(?:be|are|is|get|gets)\s+(?:re)?(?:directed|taken|sent|brought|forwarded)\s+to\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:sites?|websites?|pages?|platforms?|services?|apps?)\b"
)
#: an ad named as what the reader clicks ("if you click on an advertisement", "by clicking a banner ad")
_AD_CLICKED = re.compile(
    r"\bclick\w*\W+(?:on\W+)?(?:an?|the|that|this|any|such)?\s*(?:[\w-]+\s+)?(?:ads?|advert\w*)\b"
    r"|\bvisit\w*\s+(?:an?|the|that|this)\s+advertisers?\b"
    r"|\b(?:or|and) (?:an?y? )?(?:other )?(?:types? of )?(?:ads?|advertisements?)\b"
)
#: what such a sentence may name: the other parties and their ads, and what the links lead to
_LINK_WORDS = frozenset(
    {
        "third parties",
        "advertisers",
        "advertising",
        "partners",
        "affiliates",
        "service purposes",
        "data from other sources",
    }
)


def _links_out(p: Profile) -> bool:
    """A sentence that only says the service links to other parties' sites, or that a click takes the reader there:
    "Our apps and websites may contain links to services run by other companies.", "If you click on an advertisement,
    you will be taken to the advertiser's website." No data moves in it: not when the company or anyone handles data
    outside the link ("when you click an ad, we share the click with the advertiser", "the site you visit may collect
    your device ID"), it denies, counts or limits, or it names a kind of data, a sale or a child.

    Family: the "links to other sites" paragraphs of policies, added, dropped or rewritten with the third-party
    sections around them (`_leaves_to_others` reads their rules-of-others sentences)."""
    m = _LINKS_OUT.search(p.low)
    if not m or p.negations or p.quantities or p.limiters:
        return False
    # the ad the reader clicks is the reader's doing, not the company's advertising
    rest = _AD_CLICKED.sub(" ", p.low[: m.start()] + " " + p.low[m.end() :])
    if _HANDLING_VERB.search(rest) or _DOING.search(rest) or _PASSIVE.search(rest) or _USER_MAY.search(p.low):
        return False
    return set(p.concepts) <= _LINK_WORDS


#: the reader's request about their data ("your request", "a deletion request", "an inquiry"), or the act a check
#: comes before ("before we act on it", "before granting access", "before we give you a copy")
_REQUEST = re.compile(
    r"(?<![\w-])(?:requests?|requesting|inquir(?:y|ies)|enquir(?:y|ies))(?![\w-])"
    r"|\bbefore (?:we )?(?:grant|giv|act|respond|answer|fulfil|process|mak|provid|disclos|correct|delet)\w*"
)
#: what a procedure for such a request does: checks who asks, says what the request must hold or how it is made, or
#: lets someone ask for the reader ("we will verify your identity", "please include your full name", "authorised
#: agents", "on your behalf", "we will send you a form")
_PROCEDURE = re.compile(
    r"\bverif\w*|\bconfirm\w* (?:your |the requester's )?identity|\bconfirm who\b|\bauthenticat\w*"
    r"|\bproof of (?:your )?identity|\bwho you are\b"
    r"|\b(?:include|specify|describe|state)s? (?:your|the|a|an|what|which)\b"
    r"|\bagents?\b|\bon (?:your|their|his or her|the \w+'s) behalf\b|\bforms?\b"
)
#: what such a procedure may name: the request, the rights it serves, the consent of the reader to an agent, and
#: the plain details that identify the reader (never sensitive data, a recipient or a purpose)
_PROCEDURE_WORDS = frozenset(
    {
        "identity verification",
        "request handling",
        "rights",
        "right of access",
        "right to erasure",
        "right to rectification",
        "right to portability",
        "right to object or restrict",
        "disclosure",
        "consent",
        "personal data",
        "name",
        "email address",
        "postal address",
        "phone number",
        "account credentials",
        "security",
    }
)
#: the reader's own doing and what is sent to the reader, which handle no data of the company's ("the email address
#: you use with us", "we will send you a form")
_READERS_OWN = re.compile(
    r"\byou (?:\w+ )?(?:us(?:e|es|ed|ing)|sen[dt]s?)\b|\bsen[dt]s? (?:it |them |back )?(?:to )?you\b"
    r"|\busing (?:these |the |our |this |that |a |an |any )?(?:online |self-service |web )?"
    r"(?:tools?|forms?|webforms?|portals?|links?|settings|accounts?|apps?|methods?)\b"
    # the right of access under the name some policies give it ("a request for disclosure of your data")
    r"|\brequest(?:s|ing)? (?:for )?(?:the )?disclosure\b"
)


def _request_procedure(p: Profile) -> bool:
    """How the company handles a request about the reader's data, granting no right itself: it checks who asks
    ("We will verify your identity before we act on your request.", "To protect your account, we will confirm your
    identity before we give you a copy."), says what a request must hold ("Please include your full name and the email
    address of your account in your request."), how it is sent ("we will send you a form to fill in"), or that an
    agent may ask for the reader ("An authorised agent may make a request for you with your signed permission."). The
    rights themselves are stated where the reader is granted them ("You can ask us to delete your data." stays a
    practice). Not when it grants a right, denies, counts or limits ("we respond within 45 days", "only once a
    year", "you will not need an account"), the company handles data in it outside the request ("we keep records of
    requests", "we share your request with our vendor"), or it names sensitive data, a child, a recipient or a
    purpose (verifying identity as a purpose of processing: "we use your ID to verify your identity").

    Family: the "how to make a request" paragraphs of rights sections (verification, agents, what to include, forms),
    added, dropped or rewritten while the rights stand."""
    if not _REQUEST.search(p.low) or not _PROCEDURE.search(p.low):
        return False
    if p.negations or p.quantities or p.limiters:
        return False
    if any(holder == "reader" for holder, _right, _denied in rights.granted(p.low).rights):
        return False
    if _HANDLING_VERB.search(_READERS_OWN.sub(" ", p.low)) or _PASSIVE.search(p.low):
        return False
    return set(p.concepts) <= _PROCEDURE_WORDS


#: how far a choice about cookies or ads reaches, in the ways of the technology: it is made on each browser and
#: device, is lost with the cookies that hold it, does not carry to apps, or is set in the browser's own settings
#: ("You must opt out separately on each browser and each device.", "If you clear your cookies, you will need to opt
#: out again.", "Cookie-based opt-outs do not work in mobile apps.", "Check with your browser's maker to learn how to
#: disable cookies.")
_CHOICE_REACH = re.compile(
    r"\b(?:separately|individually|again)\b[^.;]{0,40}?\b(?:on|in|for|from|with) (?:each|every|any|all|another"
    r"|a different|a new|each of your|all of your|other) (?:of your )?(?:browsers?|devices?|computers?)\b"
    r"|\b(?:on|in|for|from) (?:each|every) (?:browser|device|computer)s?\b[^.;]{0,40}?\b(?:separately|individually)\b"
    r"|\b(?:need|have|has|must) to (?:opt[- ]out|set|reset|renew|repeat|redo|make|change|adjust|update|select"
    r"|choose|re-?\w+)\b[^.;]{0,50}?\bagain\b"
    r"|\b(?:need|have|has|must) to (?:reconfigure|reset|reselect|reapply|renew|redo|re-enable|re-opt|re-submit)\b"
    r"|\b(?:applies|apply|works?|is effective|are effective) only (?:to|in|on|for) (?:the|this|that|one|each|a)"
    r" (?:specific |particular |same )?(?:browser|device|computer)"
    r"|\bonly (?:applies|apply|works?) (?:to|in|on|for) (?:the|this|that|one|each|a) (?:specific |particular |same )?"
    r"(?:browser|device|computer)"
    r"|\b(?:is|are|do|does|will|may|might) not (?:be )?(?:effective|work|apply|carry over|transfer)\b[^.;]{0,20}?"
    r"\b(?:on|in|to|across|for|with) (?:mobile |other |your |all )?(?:apps|applications|devices|browsers)\b"
    r"|\bcheck with (?:your|its|the|that) (?:browser(?:'s)? )?(?:provider|maker|developer|manufacturer|vendor"
    r"|publisher)\b"
)
#: the choice such a note is about
_CHOICE_TOPIC = re.compile(r"\b(?:opt[- ]?outs?|opting out|cookies?|preferences|choices?|settings|consent)\b")
#: what a note on a choice's reach may name: the choice, the cookies that hold it, and their deletion
_REACH_WORDS = _CHOICE_WORDS | {"deletion", "inferences and profiles", "device identifiers"}
#: the longest such note
_REACH_WORDS_MAX = 40


def _notes_choice_reach(p: Profile) -> bool:
    """A note on how far a choice about cookies or ads reaches, which the technology settles, not the company: it
    is made per browser and device, is lost when the cookies holding it are cleared, does not carry to apps, or is
    made in the browser's own settings: "You must opt out separately on each browser and each device.", "If you
    clear your cookies, you will need to set your preferences again.", "Cookie-based opt-outs do not work in mobile
    apps.", "If you use another browser, check with its maker how to disable cookies." It offers no choice ("you
    can"), the company does not speak in it ("we will still recognise your device" is a practice), no period is set
    ("... opt out again after 12 months"), nothing is handled in the passive and nothing but the choice and its
    cookies is named (no purpose, recipient or kind of data: "opt-outs do not apply to the data we sell" stays a
    practice).

    Family: the notes under the opt-out and cookie choices of advertising and cookie sections (per browser, per
    device, not in apps), added, dropped or reworded with them; the choice itself is stated elsewhere."""
    if len(p.low.split()) > _REACH_WORDS_MAX or not _CHOICE_REACH.search(p.low) or not _CHOICE_TOPIC.search(p.low):
        return False
    if _COMPANY.search(p.low) or _USER_MAY.search(p.low) or _PASSIVE.search(p.low) or _names_party(p):
        return False
    if p.quantities:  # "you will need to opt out again after 12 months": how long a choice lasts is the company's
        return False
    named = set(p.concepts)
    return named <= _REACH_WORDS and not lx.any_critical(named)


#: the law's exclusions from what counts as personal information ("Personal information does not include publicly
#: available information or de-identified data.")
_LAW_EXCLUSION = re.compile(
    r"^\W*(?:(?:however|note that|please note that),?\s*)?(?:the term\s+)?[\"']?personal (?:information|data)[\"']?"
    r"(?:,? (?:under|as defined (?:by|in|under)|for (?:the )?purposes of) [^,]{1,50},)?\s+"
    r"(?:does not|doesn't|do not) (?:include|cover|encompass)\b"
    r"(?=[^;]*\b(?:publicly available|lawfully made available|de-?identified|aggregated?|anonymi[sz]ed"
    r"|government records)\b)"
)
#: the longest such statement of the law
_LAW_RULE_WORDS = 50


def _states_law_exclusion(p: Profile) -> bool:
    """What the law leaves out of personal information, restated as a definition that binds any company: "Personal
    information does not include publicly available or de-identified information.", "Personal data does not cover
    information lawfully made available from government records." Not when the company speaks in it ("..., which
    we sell to data brokers"), it offers a right, or it names a party, a sale or sensitive data. (That withdrawing
    consent leaves earlier processing lawful is not read so: it tells the reader consent can be withdrawn.)

    Family: the definitions of US state-law sections ("personal information does not include ..."), added, dropped
    or reworded with them; the data the company collects is stated where it speaks."""
    if len(p.low.split()) > _LAW_RULE_WORDS or not _LAW_EXCLUSION.match(p.low):
        return False
    if _COMPANY_OR_OURS.search(p.low) or _USER_MAY.search(p.low) or _names_party(p):
        return False
    return not lx.any_critical(p.concepts)


#: the document telling what the next part of it describes ("Below we describe the choices you have.", "The following
#: sections explain how we use location data.", "The recipients are described in the table below.")
_INTRODUCES = re.compile(
    r"^\W*(?:below|above|here|next),? we (?:describe|explain|set out|list|summari[sz]e|outline|detail|tell you)\b"
    r"|^\W*the following (?:sections?|paragraphs?|tables?|lists?|charts?) (?:describes?|explains?|sets? out|lists?"
    r"|summari[sz]es?|outlines?|details?|shows?)\b"
    r"|\b(?:is|are) (?:described|explained|listed|summari[sz]ed|detailed|shown|outlined|set out)"
    r"(?: in (?:the|this) (?:table|list|chart|section)s?)? (?:below|above)\W*$"
)
#: the most words of such an introduction
_INTRODUCES_WORDS = 30


def _introduces_next(p: Profile) -> bool:
    """A sentence that only tells what the next part of the document describes: "Below we describe the choices you
    have.", "The following sections explain how we use your location data.", "The categories of recipients and
    the purposes are described in the table below." The part it introduces states the practice. Not when it
    denies, says that something is so ("we explain below that we sell ..." is a that-clause), or is long.

    Family: section introductions added, dropped or reworded when a policy is re-laid into sections and tables
    (`furniture._presents` reads the introductions that name a table or list)."""
    m = _INTRODUCES.search(p.low)
    if not m or p.negations or len(p.low.split()) > _INTRODUCES_WORDS:
        return False
    return not re.match(r"\W*that\b", p.low[m.end() :])


#: the company as the subject of a verb of handling data or of a right ("we share", "we do not sell", "us to delete")
_COMPANY_ACTS = re.compile(rf"{_COMPANY.pattern}\s+(?:[\w']+\s+){{0,3}}?(?:{_HANDLING_VERB.pattern}|{_DOING.pattern})")
#: what the company binds its own recipients to, or a child's data: a practice whoever's rules govern it
_OWN_BOUNDS = frozenset({"children", "contractual limits", "service providers"})


#: a request to the reader ("please contact us", "please ask at the counter"): a condition alone ("When you write a
#: review, your name is visible to everyone") still states what happens
_TO_THE_READER = re.compile(r"\bplease\b")


def _item_like(p: Profile, concepts: Iterable[str]) -> bool:
    """Whether a sentence with no verb of handling data reads as an entry of a list of data, purposes or
    recipients ("Physical location or movements.", "Age, gender."), which states what is collected or shared by
    the list it stands in. A request to the reader ("If you need this notice in another format, such
    as large print or audio, please contact us.") is no entry: the data words in it name what the sentence is
    about, not what is collected; still read as a practice when it denies, limits, counts or permits, or names a
    practice material on its own. Only a request marks it: a condition on the reader opens many practices ("When you
    write a review, your name is visible to everyone"). Family: help and accessibility sentences, requests to write
    in, added or dropped. Nor is a clause with a verb of its own about no one's data ("Our editorial content is not
    influenced by advertisers"): a party named there receives nothing, unless the sentence names more than parties
    (a kind of data, a country) or a practice material on its own."""
    concepts = list(concepts)
    parties = all(lx.CONCEPTS_BY_NAME[n].category == lx.TP for n in concepts)
    if parties and _CLAUSE_VERB.search(p.low) and not _WHOSE_DATA.search(p.low):
        # a clause of its own naming parties about no one's data: "Our content is not influenced by advertisers"
        return lx.any_critical(concepts)
    if not _TO_THE_READER.search(p.low):
        return True
    return _states_practice(p) or lx.any_critical(concepts)


#: a clause, not an entry of a list: a finite verb of its own ("is influenced", "are never paid", "do not see")
_CLAUSE_VERB = re.compile(
    r"(?<![\w-])(?:is|are|was|were|been|do|does|did|has|have|had|will|would|can|could|may|might|shall|should|must)"
    r"(?![\w-])"
)
#: whose data a sentence is about: the reader, the company, people, or data named
_WHOSE_DATA = re.compile(
    r"(?<![\w-])(?:you|your|yours|users?|we|us|customers?|visitors?|members?|people|persons?|individuals?|children"
    r"|minors|data|information|details|records?)(?![\w-])"
)


#: a commitment's words ("we will respond", "we aim to", "must be answered"); unlike figures._PROMISE, no "within"
_COMMITMENT = re.compile(
    r"(?<![\w-])(?:will|shall|must|aims?|try|tries|endeavou?rs?|strives?|commits?|undertakes?)(?![\w-])"
)
#: requests from authorities, not the reader's
_AUTHORITY = re.compile(r"(?<![\w-])(?:law enforcement|government|authorit(?:y|ies)|courts?|subpoenas?)(?![\w-])")
#: a request about data, not an inquiry ("we reply to inquiries within 2 days" is customer service)
_A_REQUEST = re.compile(r"(?<![\w-])requests?(?![\w-])")
#: answering a request ("we will respond within 45 days", "requests are completed within one month")
_ANSWERS = re.compile(r"(?<![\w-])(?:respond|reply|replie|answer|complet|fulfil|acknowledg|process)\w*")


def _response_period(p: Profile) -> bool:
    """A period within which the company answers requests about the reader's data ("We will respond to your request
    within 45 days"): a promise about how rights are exercised, added or dropped, like the period itself changed. Not
    figures reported over a past period ("in 2024 we answered requests in a median of 12 days": figures.py).

    Family: rights sections that gain or lose their response deadline."""
    if not p.verbs or _AUTHORITY.search(p.low):
        return False  # "we answer law enforcement requests within 48 hours": a disclosure, read as one
    if not (p.concepts["rights"] or _A_REQUEST.search(p.low)):
        return False  # "we reply to inquiries within 2 days": customer service, no request about data
    if not (p.concepts["request handling"] or p.concepts["rights"] or _COMMITMENT.search(p.low)):
        return False  # "requests will be processed within 30 days" names no right, but promises
    if not any(q.kind == "time" for q in p.quantities) or figures.reported_in_prose(p.low):
        return False
    found = _ANSWERS.search(p.low)
    if found and found.group(0).endswith("ed") and not _COMMITMENT.search(p.low):
        return False  # "we processed the requests within a median of 5 days": what was done, no promise
    return bool(found)


@lru_cache(maxsize=4096)  # a statement is judged again by the document stage; the judgement is immutable
def _judge_statement(change: Change) -> _Judgement:
    added = change.kind is ChangeKind.ADDED
    text = (change.after if added else change.before) or ""
    verb = "added" if added else "removed"
    p = profile(text)
    why = _boilerplate(p.low, text)
    if why:
        return _cosmetic("furniture", change, f"{verb} {why}")
    if _question(text):
        return _cosmetic(
            "question", change, f"{verb} a question (the answer, not the question, states the practice): {_q(text)}"
        )
    if figures.reports_figures(text):
        why = "figures reported about the requests handled (a count or a median of a past period), no practice"
        return _cosmetic("request-figures", change, f"{verb} {why}: {_q(text)}")
    if _announcement(p):
        return _cosmetic(
            "announcement",
            change,
            f"{verb} a banner announcing a change that states no practice: {_q(text)}",
            Severity.MINOR,
            (lx.PC,),
        )
    concepts = _practice_concepts(p)
    if _names_representative(p, concepts) or _imprint(p, concepts):
        return _cosmetic(
            "contact",
            change,
            f"{verb} who represents the company or how to reach them: {_q(text)}",
            Severity.MINOR,
            (lx.CO,),
        )
    if concepts and len(split_sentences(clean_block(text))) == 1:  # whose practice, if any, the sentence states
        if _advises_reader(p):
            return _cosmetic("advice", change, f"{verb} advice to the reader about their own care: {_q(text)}")
        if _explains_in_general(p):
            why = "an explanation of how a technology works or what a law says, nobody acting"
            return _cosmetic("general-explanation", change, f"{verb} {why}: {_q(text)}")
        if _explains_signal(p):
            why = "an explanation of what a browser's privacy signal is, nobody acting"
            return _cosmetic("general-explanation", change, f"{verb} {why}: {_q(text)}")
        if _states_law_exclusion(p):
            why = "what the law leaves out of personal information, restated as a definition"
            return _cosmetic("general-explanation", change, f"{verb} {why}: {_q(text)}")
        if _caveat_in_general(p):
            why = "a caveat true of any policy (other countries' laws differ, no method is perfectly secure)"
            return _cosmetic("general-explanation", change, f"{verb} {why}: {_q(text)}")
        if _leaves_to_others(p):
            why = "other parties' handling left to their own rules, stating no practice of the company"
            return _cosmetic("others-rules", change, f"{verb} {why}: {_q(text)}")
        if _introduces_next(p):
            why = "a sentence presenting what the page shows next (a section, a table)"
            return _cosmetic("furniture", change, f"{verb} {why}: {_q(text)}")
        if _warns_of_choice_cost(p):
            why = "a warning that a choice may cost features of the service"
            return _cosmetic("choice-cost", change, f"{verb} {why}: {_q(text)}")
        if _agrees_by_use(p):
            why = "the reader's agreement to this policy read from their use of the service"
            return _cosmetic("agreement-by-use", change, f"{verb} {why}: {_q(text)}")
        if _links_out(p):
            why = "a link or redirect to other parties' sites, through which no data is handled"
            return _cosmetic("links-out", change, f"{verb} {why}: {_q(text)}")
        if _request_procedure(p):
            why = "how a request about the reader's data is checked or made, granting no right itself"
            return _cosmetic("request-procedure", change, f"{verb} {why}: {_q(text)}")
        if _notes_choice_reach(p):
            why = "a note on how far a cookie or ad choice reaches (per browser, per device, not in apps)"
            return _cosmetic("choice-reach", change, f"{verb} {why}: {_q(text)}")
    n_words = len(text.split())
    if concepts and ((p.verbs and _states_practice(p)) or (not p.verbs and n_words <= 30 and _item_like(p, concepts))):
        protective = p.protective
        sign = (IMPROVES if protective else REDUCES) * (1 if added else -1)
        cats = Counter(lx.CONCEPTS_BY_NAME[n].category for n in concepts)
        if "rights" in p.concepts:
            cats[lx.UR] += 1
        first = (lx.UR, lx.UC) if protective and (cats[lx.UR] or cats[lx.UC]) else ()
        categories = _rank(cats, first)
        critical = any(lx.CONCEPTS_BY_NAME[n].critical for n in concepts) and sign == REDUCES
        names = ", ".join(dict.fromkeys(concepts))
        what = "a statement" if p.verbs else "a list item"
        text_finding = f"{verb} {what} naming {names}: {_q(text)}"
        headline = f"The policy {'now says' if added else 'no longer says'} {_q(text, 140)}"
        finding = Finding(categories[0], sign, critical, text_finding, headline)
        findings = [finding] + [Finding(c, sign, critical, text_finding, headline) for c in categories[1:3]]
        return _material("new-or-dropped-practice", change, findings, None)
    if "right" in p.low and _EVERYONE.search(p.low):  # "we extend these rights to all of our users"
        sign = IMPROVES if added else REDUCES
        what = f"{verb} a statement extending rights to every user: {_q(text)}"
        return _material(
            "rights-for-everyone",
            change,
            [
                Finding(
                    lx.UR,
                    sign,
                    False,
                    what,
                    f"The policy {'now' if added else 'no longer'} extends rights to every user: {_q(text, 140)}",
                )
            ],
            None,
        )
    if _response_period(p):
        sign = IMPROVES if added else REDUCES
        what = f"{verb} a period within which requests about the reader's data are answered: {_q(text)}"
        headline = f"The policy {'now promises' if added else 'no longer promises'} {_q(text, 140)}"
        return _material("response-period", change, [Finding(lx.UR, sign, False, what, headline)], None)
    if _limits_requests(p):
        sign = REDUCES if added else IMPROVES
        what = f"{verb} a limit on how requests about the reader's rights are made: {_q(text)}"
        limits = "now limits" if added else "no longer limits"
        headline = f"The policy {limits} how rights are exercised: {_q(text, 140)}"
        return _material("rights-channel-limited", change, [Finding(lx.UR, sign, False, what, headline)], None)
    if _contact_context(p):
        return _cosmetic("contact", change, f"{verb} contact details: {_q(text)}", Severity.MINOR, (lx.CO,))
    if p.verbs and p.concepts:
        return _cosmetic(
            "general-statement",
            change,
            f"{verb} a general sentence that states no specific practice: {_q(text)}",
            Severity.MINOR,
        )
    return _cosmetic("no-practice", change, f"{verb} text that states no data practice: {_q(text)}")
