"""Page furniture rather than policy: boilerplate sentences (code, copyright, cross-references, announcements), table
cells, menus, widgets, cookie banners and short labels. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.classify import lexicon as lx
from monitor.classify import literals
from monitor.classify.evidence import Profile, normal, profile
from monitor.classify.renames import _SPEAKER_HINT
from monitor.classify.traits import _HANDLING_VERB
from monitor.text.sentences import clean_block, loose_key, split_sentences

_CONDITIONAL = re.compile(r"\W*(?:if|when|whenever|where|before|should|in the event)\b")


#: "For more information, see our Cookie Settings page." points elsewhere; the page it names states the practice.
_XREF = re.compile(
    r"\W*(?:for (?:more|further|additional) (?:information|details|info)|to (?:learn|read|find out) more|learn more"
    r"|more information)\b[^.;]{0,60}?,? (?:please )?(?:see|visit|read|refer to|review|consult|check|go to)"
    r" (?:our|the|this|that)\b"
)
#: what a pointer offers the reader: more to read, or answers ("for more information", "to learn more", "if you have
#: questions about", "to see the list")
_INFORMS = re.compile(
    r"\b(?:more|further|additional|detailed|full|complete) (?:information|details|info)\b"
    r"|\bfor (?:information|details)\b|\b(?:learn|read|find out|know) more\b"
    r"|\blearn (?:about|how)\b|\bfind out (?:about|how)\b"
    r"|\bquestions? (?:about|regarding|concerning|on|related to)\b|\bif you have (?:any )?questions\b"
    r"|\bto (?:see|view|read|review) (?:the|a|an|our|their|its|this|that|these|which|what|how|more)\b|\bto understand\b"
    # figures published elsewhere ("for metrics regarding the requests we received", "statistics on ...")
    r"|\b(?:metrics|statistics|figures|numbers|reports?) (?:on|about|regarding|concerning|for|of)\b"
)
#: a cross-reference's lead: what to look up, then where ("For the categories of recipients, see ...")
_CROSS_REF = re.compile(r"^\W*for [^,;.]{3,150}, (?:please )?(?=see|refer to|visit|consult|read|review)")
#: where a pointer sends the reader: a page, a section, a link, a person to ask
_POINTS = re.compile(
    r"\b(?:see|visit|read|review|refer to|consult|check|go to|click|tap|contact|reach|write to|view|find|available"
    r"|described|explained|set out|set forth|outlined|found|follow)\b|\bhere\b|https?://|\bwww\."
)
#: where a pointer points, taken out before looking for a practice in what is left: an imperative or offered act of
#: reading or asking, then its destination ("see the Sharing section", "contact our DPO", "click here")
_DESTINATION = re.compile(
    r"\b(?:see|visit|read|review|refer to|consult|check|go to|click|tap|contact|reach|write to|view|find)\b"
    r"|\b(?:available|described|explained|set out|set forth|outlined|found) (?:at|on|in|here|below|above|from)\b"
    r"|\bhere\b|https?://|\bwww\."
)
#: a destination runs to the next comma, or to a second purpose ("visit X to see the list and to opt out")
_DESTINATION_SPAN = re.compile(rf"(?:{_DESTINATION.pattern})(?:(?!\b(?:and|or) to\b)[^,;])*")
#: a link's own words as the sentence ("Learn more about Family Sharing.")
_LINK_TEXT = re.compile(r"^\W*(?:learn|read|find out|see) more\b")
#: advice to read what others publish ("We encourage you to read the privacy policies of the sites you visit")
_ADVISES = re.compile(
    r"^\W*we (?:strongly )?(?:encourage|recommend|urge|advise|suggest|invite)(?: that)? (?:you|users)(?: to)?"
    r" (?:carefully )?(?:read|review|check|consult|look at|familiari[sz]e)\b"
)
#: a purpose that is a right or a choice ("To opt out, visit ...", "or to exercise your rights, contact us"): the
#: sentence says how to act on one's data, which is a practice; "how to opt out" is still something to read about
_ACTS_ON_DATA = re.compile(
    # "how to opt out" is a topic; "requests to delete" names a kind of request
    r"(?<!how )(?<!requests )(?<!request )"
    r"\bto (?:opt|exercise|withdraw|revoke|request|delete|erase|object|unsubscribe|manage|adjust|change"
    r"|update|disable|turn|limit|restrict|correct|rectify|make a|submit|file|lodge|appeal|complain|stop|block"
    r"|control|download|port)\b"
    r"|(?<!how )\b(?:you|users) (?:can|may|could|are able to|have the right to) (?:also )?"
    r"(?:opt|exercise|withdraw|revoke|request|delete|erase|object|unsubscribe|manage|adjust|change|update|disable"
    r"|turn|limit|restrict|correct|stop|block|control|download|file|lodge|complain|appeal|submit|make)\b"
    r"|\b(?:wish|wishes|want|wants|would like|like) to (?!learn|know|read|find|understand|see)"
)
#: a question's topic, then whom to ask: "If you have any questions about how we collect, use or share your data,
#: please contact our DPO", "For questions regarding the collection or deletion of data, please write to ...": the
#: topic is what the reader may ask about, up to the comma before the request to ask, not a practice stated
_QUESTION_LEAD = re.compile(
    r"^\W*(?:for|if you have|should you have|if there are|in case of|with) (?:any )?(?:further |other |additional )?"
    r"(?:questions?|queries|enquiries|inquiries|concerns|comments|complaints)\b[^;.?!]{0,250}?,\s*(?:please\s+)?"
    r"(?=(?:feel free to |do not hesitate to |you (?:can|may|should) )?(?:contact|write|e-?mail|reach|call|get in touch"
    r"|send|see|refer|visit|consult)\b)"
)
#: a request or the exercise of a right among the topics: the sentence says where to act on one's data
_REQUESTS = re.compile(r"\b(?:requests?|exercis(?:e|ing))\b")
#: what a document pointed to is said to hold ("refer to our EU Privacy Notice, which explains how we collect, use
#: and disclose ..."): its content, read there, to the end of the sentence
_DOC_DESCRIBED = re.compile(
    r"\b(?:polic(?:y|ies)|notices?|statements?|terms|pages?|sections?|documents?|guides?|faqs?|articles?|charters?)"
    r",?\s+(?:(?:which|that)\s+(?:explains?|describes?|sets?\s+(?:out|forth)|details|outlines?|covers?|tells?\s+you"
    r"|informs?\s+you)|(?:(?:which|that)\s+)?(?:provides?|providing|gives?|giving)\s+(?:you\s+)?(?:with\s+)?"
    r"(?:more\s+|further\s+|detailed\s+)?information)\b[^;]*"
)
#: what a pointer offers to read about, up to the next comma or a second purpose ("for more information about your
#: choices, ..."; not "... and to opt out, click here", which offers the choice itself)
_OFFERED_TOPIC = re.compile(
    r"\b(?:more|further|additional) (?:information|details|info) (?:about|on|regarding|concerning|related to)\b"
    r"(?:(?!\b(?:and|or) to\b)[^,;])*"
)
#: the longest pointer (a pointer is a sentence, not a paragraph), and the longest one read by its `_XREF` lead alone
_POINTER_WORDS, _XREF_WORDS = 45, 25


def _pointer(low: str) -> bool:
    """A sentence that only sends the reader elsewhere for more to read or for answers: "Learn more about Family
    Sharing.", "Security researchers can find out about our bug bounty here.", "For the categories of recipients,
    see the Sharing section below.", "If you have questions about our use of cookies, contact our DPO.", "We encourage
    you to read the privacy policies of the sites you visit." What it points to states the practice, in this
    policy or in another document: the pointer itself states none. It is one when, with what it offers (up to the
    next comma) and where it points (from the pointing word to the next comma) taken out, nothing is left that
    handles data and the company does not speak, and it neither denies nor tells how to act on one's data ("To opt
    out, click here" is a choice).

    Family: pages that add, drop or reword their cross-references and "learn more" links when sections move or
    linked pages change, the practices staying where they were."""
    n_words = len(low.split())
    if n_words > _POINTER_WORDS or lx.NEGATION.search(low) or _MADE_AVAILABLE_TO.search(low):
        return False
    # "For more information about cookies and how to limit them, see our ...": the lead says what to read about,
    # its verbs too ("limit" here is a topic, not a choice), so long as nothing after the lead states a practice
    described = _DOC_DESCRIBED.search(low) is not None
    xref = _XREF.match(low)
    if xref and n_words <= _XREF_WORDS and not lx.PRACTICE_VERB.search(low[xref.end() :]):
        return True
    low = _DOC_DESCRIBED.sub(" ", low)
    asked = _QUESTION_LEAD.match(low)
    if asked and _REQUESTS.search(asked.group(0)):
        asked = None  # "for questions, requests or complaints about the exercise of your rights": a channel for rights
    lead = _ADVISES.match(low) or _CROSS_REF.match(low) or asked
    offers = _INFORMS.search(low) or described
    if not lead and not _LINK_TEXT.match(low) and not (offers and _POINTS.search(low)):
        return False
    # read without its destinations: "see the Right to Opt Out section" names a section, "to opt out" is a choice;
    # nor the topic of what it offers ("for more information about your ability to opt out, click here")
    bare = _OFFERED_TOPIC.sub(" ", _DESTINATION_SPAN.sub(" ", low))
    if _ACTS_ON_DATA.search(bare):
        return False
    rest = _DESTINATION_SPAN.sub(" ", low[lead.end() :]) if lead else bare
    rest = re.sub(rf"(?:{_INFORMS.pattern})[^,;]*", " ", rest)
    return not _HANDLING_VERB.search(rest) and not _WE.search(rest)


#: the reader sent to a part of this document: a reading verb, then a section, article or chapter ("see the Your
#: Rights section below", "follow the instructions in the 'Managing your data' section", "see also Section 7")
_TO_PART = re.compile(
    r"\b(?:please )?(?:see(?: also)?|refer to|consult|go to|follow the (?:instructions|steps|process|procedure)s?"
    r"(?: (?:found|set out|set forth|described|given|provided|outlined))?)\b[^.;]{0,80}?"
    r"\b(?:section|sections|article|paragraph|chapter|subsection)\b"
)
#: what marks that part as one of this document: where it is, its number or its quoted title
_OF_THIS_DOCUMENT = re.compile(
    r"\b(?:below|above|herein|of this (?:privacy )?(?:policy|notice|statement))\b|[\"'][^\"']{2,80}[\"']"
    r"|\b(?:section|article|paragraph|chapter|subsection) \d"
    r"|\b(?:next|previous|following|preceding) (?:section|article|paragraph|chapter|subsection)\b"
)
#: what may follow the part named: its mark, then only the topic to read about there ("... for more on the data we
#: process when you scan a card", "... regarding your rights"); a clause of its own ("..., which lets you download a
#: form") says more than where to look
_PART_TAIL = re.compile(
    r"\s*(?:[\"'][^\"']{2,80}[\"']\s*)?(?:\d[\d.]*\s*)?(?:(?:of this (?:privacy )?(?:policy|notice|statement)|below"
    r"|above|herein)\s*)?(?:(?:for (?:more|details|further)|regarding|about|on|concerning|as to|in relation to)\b"
    r"[^.;,]*)?\W*$"
)
#: what may come before such a pointer: the reader's purpose as its topic ("To request deletion of your data, ...",
#: "For details on your rights, ...", "If you wish to object, ...", "Anyone who seeks to correct their data should
#: ..."), or nothing but a connective
_PART_LEAD = re.compile(
    r"^\W*(?:(?:similarly|also|please|however|finally|additionally|in addition|note),?\s*)*"
    r"(?:(?:to|if you (?:wish|want|would like) to|for (?:more |further |additional )?(?:details|information|info)"
    r"(?: (?:on|about|regarding|concerning|as to))?"
    # the topic alone ("Regarding the separate right to object, see the next subsection.")
    r"|regarding|concerning|as to|as for|with (?:regard|respect) to)\b[^;:]{0,150}?,\s*"
    r"|(?:an?|any|the)?\s*[\w ]{1,40}? who (?:seeks?|wish(?:es)?|wants?)\b[^;:]{0,160}?\s(?:should|must|can|may)\s+)?$"
)


#: the part of this document as the subject, offering more to read ("The section on 'X' below contains further
#: details about payment processing."): a pointer said the other way round
_PART_OFFERS_MORE = re.compile(
    r"^\W*(?:the|our|this)\s+(?:section|article|paragraph|chapter|subsection)\b[^.;]{0,100}?\s"
    r"(?:contains|has|gives|provides|offers|includes|sets out)\s+(?:more|further|additional|full)\s+"
    r"(?:details|information|info)\b(?:\s+(?:about|on|regarding|concerning|as to)\b[^.;,]*)?\W*$"
)


#: a topic said to be described in another part of this document, the part as the place ("The right to object is
#: described in section 5.5 below.", "Cookies are explained in the next section."): a pointer said in the passive;
#: a number in the part's name may hold a stop ("5.5")
_PART_DESCRIBES = re.compile(
    r"^\W*(?:the |your |our |this |these |such )?[\w' -]{3,80}? (?:is|are) (?:described|explained|set out|set forth"
    r"|covered|dealt with|detailed|discussed|addressed|listed)(?: (?:further|in (?:more |further )?detail))?"
    r" (?:in|under|at) (?:the )?(?:next |following |previous |preceding )?"
    # (a part of a table too: 'listed in the "Security" row of the table below')
    r"(?:[\w\"'\u201c\u201d -]{1,60}? (?:row|column|entry) of the [\w -]{0,40}?)?"
    r"(?:section|subsection|paragraph|chapter|article|table)\b(?:[^.;!?]|\.\d)*$"
)


def _points_within(low: str, raw: str = "") -> bool:
    """A sentence that only sends the reader to another part of this document, whatever the purpose it names: "To
    request deletion of your data, please see the Your Rights section below.", "Anyone who wants to correct their
    data should follow the instructions in the 'Managing your data' section.", "See also Section 4 about the data
    we process when you scan a card." The part it points to states how, and whether, the choice or right works;
    a purpose named as the topic ("to request deletion") is no offer of its own, unlike a link, address or form
    that is itself the way to act ("To opt out, click here" stays a choice: `_pointer`). Not when the company
    speaks in it, it denies, or it names a practice material on its own (a sale, sensitive data).

    Family: cross-references between sections, added, dropped or reworded when a policy is re-laid into sections
    (a state-law section pointing to the rights section, a transfer section pointing to the contact section)."""
    if len(low.split()) > _POINTER_WORDS or _WE.search(low):
        return False
    low = _PART_TITLE.sub(" 'the title' ", low)  # a title's words ("U.S. State Laws") are not what it states
    if _PART_OFFERS_MORE.match(low):  # "The section on 'X' contains further details about payment processing."
        return not lx.any_critical(profile(low).concepts)
    described = _PART_DESCRIBES.match(low.rstrip(" .)"))
    if described and _OF_THIS_DOCUMENT.search(low) and not lx.NEGATION.search(low):
        return not lx.any_critical(profile(low).concepts)  # "Your right to object is described in Section 5 below."
    m = _TO_PART.search(low)
    if not m or not _OF_THIS_DOCUMENT.search(low, m.start(), m.end() + 40) or not _PART_LEAD.match(low[: m.start()]):
        return False
    if lx.NEGATION.search(low[: m.end()]):  # a denial in the purpose ("To make sure we never ..."); the topic's
        return False  # own words ("... when you scan a card without an account") are the section's
    if not _PART_TAIL.match(low, m.end()):
        return False
    if lx.any_critical(profile(low).concepts):
        return False  # a sale or sensitive data named is news, wherever it points
    # a party named in the purpose ("To stop us sharing your data with Acme Ads, see ...") is news too; one named in
    # the topic to read about there ("... regarding the data processed when you use the Acme app") is the section's
    lead = re.search(_TO_PART.pattern, _PART_TITLE.sub(" 'the title' ", raw), re.IGNORECASE) if raw else None
    return not (lead and any(len(e) > 4 for e in profile(lead.string[: lead.start()]).entities))


#: a part's title in quotes ("the 'Your Rights under U.S. Laws' section")
_PART_TITLE = re.compile(r"(?:(?<=\s)|^)[\"'][^\"\n]{2,80}?[\"'](?=[\s.,;)]|$)")


#: more to read said to be available somewhere ("Supplemental information for some countries is also available.",
#: "The standard contractual clauses are available on the regulator's website.", "A translated version of this notice
#: is available on request."): its subject is a text to read, never data about the reader ("Information about you is
#: available to other users" says who sees it)
_AVAILABLE = re.compile(
    r"^\W*(?:(?:also|please note that|note that|in addition),?\s*)?"
    r"(?:(?:more|further|additional|supplemental|supplementary|detailed|specific|country-specific|regional)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:information|details|disclosures|terms)"
    r"|(?:(?:a|the)\s+)?(?:(?:copy|copies|version|versions|translation|translations|summary)\s+of\s+)?"
    r"(?:the|this|these|those|our|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:clauses|notices?|polic(?:y|ies)|statements?"
    r"|documents?|documentation|faqs?|reports?|terms)"
    r"|(?:(?:a|the)\s+)?(?:translated|printable|previous|earlier|archived|full)\s+versions?\s+of\s+(?:the|this|our)"
    r"\s+(?:privacy\s+)?(?:policy|notice|statement))"
    r"\b[^.;]{0,80}?\s(?:is|are)\s+(?:also\s+)?(?:publicly\s+|freely\s+)?available\b"
)
#: where it is available: a place, a page, a request; not a party it is made available to
_AVAILABLE_WHERE = re.compile(
    r"\s*(?:(?:here|below|above|online|upon request|on request)\b[^;]*|(?:at|on|in|from|via|through|under|by visiting"
    r"|by contacting|by writing to|by emailing)\b[^;]*)?\W*$"
)
#: the longest such sentence
_AVAILABLE_WORDS = 35


def _available_elsewhere(low: str, raw: str = "") -> bool:
    """A sentence that says more to read is available somewhere, and states nothing itself: "Supplemental privacy
    information for specific countries is also available.", "The standard contractual clauses are available on the
    regulator's website.", "A printable version of this notice is available on request." What is available states
    the practice, where it does. Not when the company speaks in it, something is denied, it names a party or a
    practice material on its own, or what is available is made available to someone ("... available to other
    users" says who sees it).

    Family: the "more information is available" lines of transfer, regional and cookie sections, added, dropped or
    reworded when a policy moves its annexes and regional supplements."""
    if len(low.split()) > _AVAILABLE_WORDS or _WE.search(low) or lx.NEGATION.search(low):
        return False
    m = _AVAILABLE.match(low)
    if not m or not _AVAILABLE_WHERE.match(low, m.end()) or _MADE_AVAILABLE_TO.search(low):
        return False
    p = profile(raw or low)
    return not (lx.any_critical(p.concepts) or (raw and any(len(e) > 4 for e in p.entities)))


#: something made available to a party ("Additional details of your orders are available to our partners."): a
#: disclosure, not more to read ("available to you on request" is)
_MADE_AVAILABLE_TO = re.compile(r"\bavailable to (?!you\b|download\b|view\b|read\b|see\b|anyone who asks\b)")


#: the company speaking: a clause of its own left in a pointer ("we make your data available to partners")
_WE = re.compile(r"(?<![\w-])(?:we|we're|we've|we'll|our company)(?![\w-])")

#: a table row: "Identifiers | Yes | No"
_YES_NO = frozenset({"yes", "no", "y", "n", "✓", "✗", "x", "-", "—", "none", "not applicable", "n/a"})


_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright)\W*(?:©\W*)?(?:\d{4}|[a-z])")


#: a notice about who owns the site's content: copyright, trademarks, intellectual property ("This website is subject
#: to copyright under the laws of Australia", "Third parties own the copyright in some materials")
_IP_NOTICE = re.compile(r"\b(?:copyright(?:ed)?|trade ?marks?|intellectual property)\b")
#: what makes it about personal data after all: the reader's data or content handled ("we may use the content you post
#: under a licence")
_IP_AND_DATA = re.compile(
    r"\b(?:personal (?:data|information)|your (?:data|information|content|posts?|photos?|uploads?)"
    r"|you (?:post|upload|submit))\b"
)

_CODE_TOKEN = re.compile(r'":|\{"|":\{|\[\{|\}\]|\b(?:function|var|const|undefined|null|true|false)\b')


def _code(low: str) -> bool:
    """Script or JSON captured with the page ('{"topnav":{"cacheKey":...}}'): markup, not prose."""
    if low.count('":') + low.count('{"') >= 3:
        return True
    return ("{" in low or "=" in low) and len(_CODE_TOKEN.findall(low)) >= max(6, len(low.split()) // 4)


#: a line of an error report that the site's software printed into the page (a PHP notice and its fields, a stack
#: trace, a .NET server error): "A PHP Error was encountered", "Severity: Notice", "Message: Undefined property: ...",
#: "Filename: controllers/Services.php", "Warning: include(x.php) ... on line 12", "#0 /var/www/index.php(15)"
_ERROR_REPORT = re.compile(
    r"^\W*(?:an? (?:php|database|server) error (?:was encountered|occurred)"
    r"|(?:php )?(?:fatal error|parse error|warning|notice|deprecated|strict standards)\s*:.*"
    r"(?:\bon line \d+|\bin /[\w/.-]+)"
    r"|severity\s*:\s*(?:notice|warning|error|e_[a-z_]+)\s*$"
    r"|message\s*:\s*(?:undefined (?:property|index|variable|offset)|uncaught|call to (?:a )?(?:member|undefined)"
    r"|invalid argument supplied|division by zero|trying to get property)"
    r"|(?:filename|file)\s*:\s*[\w/.-]+\.(?:php|py|rb|js|java|aspx?|cs|pl)\b"
    r"|line(?: number)?\s*:\s*\d+\s*$|function\s*:\s*[\w:$>-]+\s*$|(?:back ?trace|stack trace)\s*:?\s*$"
    r"|traceback \(most recent call last\)|#\d+ /[\w/.-]+\.\w+\(\d+\)"
    r"|server error in '[^']*' application|exception details\s*:)"
)
_ERROR_REPORT_WORDS = 25


#: the policy document itself, named as the subject of a dated line ("an updated privacy statement applies from ...")
_DOCUMENT = re.compile(r"(?<![\w-])(?:polic(?:y|ies)|notices?|statements?|terms|version)(?![\w-])")


def _dated_document(p: Profile) -> bool:
    """A dated line about the document itself that handles no data: when a version applies, not a practice."""
    return bool(lx.DATE.search(p.low) and _DOCUMENT.search(p.low)) and not _HANDLING_VERB.search(p.low)


def _announcement(p: Profile) -> bool:
    """A banner that the policy is being or will be revised, saying neither what changes nor how users are told."""
    return (
        len(p.low.split()) <= 30
        and (bool(lx.ANNOUNCEMENT.search(p.low)) or _dated_document(p))
        and not lx.ANNOUNCES_HOW.search(p.low)
        and not (set(p.specific) - {"change notice"})
    )


#: the most words of a date line ("Effective as of 1 May 2026, this version replaces the one of 2024.")
_DATE_LINE_WORDS = 15


def _dated_practice(low: str, n_words: int) -> bool:
    """A sentence that opens like a date line but goes on to handle data: a practice with its start date."""
    return n_words > _DATE_LINE_WORDS and bool(_HANDLING_VERB.search(low))


#: how a sentence announces what the page shows next or what the document is ("Below is a table of ...", "The
#: following is a list of ...", "... are set out in the table below:", "This notice also serves as ...")
_PRESENTS = literals.prefiltered(
    re.compile(
        r"^\W*(?:below|above|here) (?:is|are|you(?:'ll| will| can) find)\b"
        r"|^\W*the following (?:is|are|table|list|chart)\b"
        r"|\b(?:is|are) (?:set out|set forth|listed|summari[sz]ed|shown|detailed|presented|outlined)"
        r"(?: in (?:the|this) (?:table|list|chart|section)s?)? (?:below|above)\W*$"
        r"|^\W*(?:for (?:the )?purposes? of [^,]{1,40},\s*)?this (?:privacy )?"
        r"(?:policy|notice|statement|section|document)"
        r"(?: of [^,.]{1,40})?(?: also)? (?:serves|acts|functions) as\b"
    )
)
#: a practice stated in the passive or by the company ("... are shared with:", "we share the following:")
_PASSIVE_HANDLING = re.compile(
    r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?(?:collect|gather|shar|disclos|sold|sell|transferr|us(?:ed|e)\b|stor"
    r"|retain|kept|process|track|sen[dt]|combin|analy)|^\W*(?:we|our company)\b"
)
#: the longest sentence that only presents what follows
_PRESENTS_WORDS = 40


def _presents(low: str) -> bool:
    """A sentence that tells what the page shows next or what the document is, and states nothing itself: "Below is a
    table of how long we keep each kind of data:", "The following is a list of our cookie suppliers:", "The purposes
    and legal bases are set out in the table below:", "For the purposes of the CCPA, this notice also serves as the
    notice at collection.", "We provide this notice to explain how we ...", "Throughout this policy, we describe ...".
    The table, list or section it presents states the practice. Not when it denies, or when it states a practice
    itself in the passive or as the company ("Your data is shared with the partners listed below").

    Family: policies re-laid as tables and lists, whose introductions are added, dropped or reworded with them."""
    if len(low.split()) > _PRESENTS_WORDS or lx.NEGATION.search(low):
        return False
    return bool(_OWN_PURPOSE.match(low)) or (bool(_PRESENTS.search(low)) and not _PASSIVE_HANDLING.search(low))


#: the document telling why it is there or what it goes on to discuss ("We, Acme Ltd, provide this notice to explain
#: how we ...", "Throughout this policy, we describe the data we collect ..."): what it then says is the practice
_OWN_PURPOSE = re.compile(
    r"^\W*(?:we(?:(?:,[^,]{1,60}){1,2},)? (?:provide|publish|have (?:written|prepared)|wrote|created?)"
    r" (?:this|our) (?:privacy )?(?:policy|notice|statement) to (?:explain|describe|tell|inform|set out|help)\b"
    r"|throughout (?:this|the|our) (?:privacy )?(?:policy|notice|statement),?"
    r" we (?:discuss|describe|explain|set out)\b)"
)


#: a sentence that says what a term or a technology is ("\"Digital asset\" means ...", "OAuth is an authorisation
#: protocol ...", "Do Not Track is a setting of ..."): its subject is the term, not the company or the reader
_DEFINES = re.compile(
    r"^\W*(?:as used in this \w+,\s*)?(?:the terms? )?"
    r"(?!(?:we|you|it|this|that|these|those|they|there|our|your|its|their|which|what|who|here|if|when|where|some|all"
    r"|each|any|such|most|many)\b)"
    r"[\"“'‘]?\w[\w \"“”'’()/.&-]{0,50}?[\"”'’]?\s+(?:\([^)]{1,30}\)\s+)?"
    # an adverb may sit before the kind ("A profile is simply a record that ...")
    r"(?:means|mean|refers? to|is defined as|shall mean|(?:is|are) (?:[a-z]+ly )?(?:an?|any|small|tiny|short)\b"
    # "X is information that ...", "X are data which ...": a kind of data defined
    r"|(?:is|are) (?:information|data) (?:that|which)\b"
    # a term told by an example of it ("Fraudulent clicks are, for example, automated clicks on ads")
    r"|(?:is|are),? (?:for example|for instance|e\.g\.),)"
)
#: a sentence that names the policy's own term ("In this policy, we refer to these technologies as cookies")
_NAMES_TERM = re.compile(
    r"^\W*(?:(?:in|for|throughout) this (?:privacy )?(?:policy|notice|statement|section|document),?\s*)?"
    r"we (?:refer to\b[^.;]{1,80}\bas|call\b[^.;]{1,80}|use the terms?)\b"
)
#: the company speaking in a definition ("... that we place on your device"): a practice may ride on it
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:we|us|our|ours)(?![\w-])")


def _explains_term(low: str) -> bool:
    """A definition or a naming of terms, not a practice: "X means ...", "X is a (kind of thing) ...", "In this
    policy, we refer to these as cookies". It may be long (a glossary entry with its examples); the company must not
    speak in it of a third party or of what it does not do ("Data brokers are companies that buy data from us",
    "Profiles are summaries we never share").

    Family: glossaries, "what is a cookie", "what is Do Not Track" and terms sections of policies, added, dropped or
    rewritten; whether what it names is new to the policy is the caller's to check (`together._explanations_known`)."""
    if _NAMES_TERM.match(low):
        return not lx.NEGATION.search(low)
    m = _DEFINES.match(low)
    return m is not None and not _carries_practice(low, m.end())


def _carries_practice(low: str, start: int) -> bool:
    """A definition that the company speaks in, from `start` on, to deny something or to name a party data goes to
    ("... means your location, which we sell to data brokers"): a practice rides on it. A definition may deny by
    itself ("data that does not identify you", "Do Not Track")."""
    rest = low[start:]
    return bool(_FIRST_PERSON.search(rest)) and bool(lx.NEGATION.search(rest) or profile(low).categories[lx.TP])


#: the reader, named as such
_READER = re.compile(r"(?<![\w-])(?:you|your|yours|users?'?)(?![\w-])")


def _states_after_semicolon(low: str) -> bool:
    """Whether a sentence goes on, after a semicolon, to state something of its own ("This notice explains how we
    use your data; we do not keep it"): the description of the document is its first clause only."""
    _, sep, rest = low.partition(";")
    return bool(sep) and bool(profile(rest).concepts) and bool(_HANDLING_VERB.search(rest) or lx.NEGATION.search(rest))


def _term_definition(low: str) -> bool:
    """A sentence that says what a term is ("OAuth is an authorisation protocol that lets apps sign in without a
    password", "A web beacon is a tiny image in a page"), with neither the company nor the reader in it: it
    explains a word, and states nothing the company does with the reader's data. Named, the company or
    the reader may carry a practice on it ("A partner is a company we share your data with").

    Family: policies that add, reword or drop the explanation of a technology, a protocol or a kind of party next
    to the practice that uses it."""
    return bool(
        lx.TERM_DEFINITION.match(low)
        and not _FIRST_PERSON.search(low)
        and not _READER.search(low)
        and not _names_critical(low)
        and "personal data" not in profile(low).concepts  # what someone does with people's data is no word's meaning
    )


#: a practice stated in a relative clause of a sentence about the document ("This statement explains what we collect,
#: including the driving data that we may provide to analytics partners", "... information about you that we obtain
#: from data providers"): the clause says what is done and with whom, where "explains how we share" only names the
#: topic
_STATES_IN_RELATIVE = re.compile(
    r"\b(?:that|which|whom)\s+we\s+(?:[\w-]+\s+){0,2}?(?:provide|share|disclose|sell|sold|obtain|receive|get|buy|bought"
    r"|rent|transfer|send|sent|pass)\w*\s+(?:[\w-]+\s+){0,3}?(?:to|from|with)\b"
)


def _names_critical(low: str) -> bool:
    """Whether a sentence names a practice material on its own (a sale, sensitive data, AI training: the concepts
    marked `critical`). A sentence about the document itself ("This policy explains how we collect and use your
    data") is furniture, but not once it says what is done that matters most ("This policy explains how we collect,
    use and sell your data", "This notice describes how we use your health records"): that is read as a statement
    and compared like one, so a sale named only in the introduction is still seen, and one stated in the body too
    is restated."""
    return lx.any_critical(profile(low).concepts)


#: A button or link acting on the page itself: a verb and "this" + the thing shown ("Hide this message", "Print this
#: page", "Close this banner"), nothing else. A policy's sentences have a subject or go on to say what is done;
#: "this" + one noun alone is the element the control sits on, unless its verb is one done to data ("Sell this
#: data"). Family: widgets, banners and share bars captured with the policy, whatever their verbs.
_CONTROL = re.compile(r"^\W*[a-z]+ (?:this|these) [a-z]+\W*$")
_CONTROL_WORDS = 3


#: A line that only sends the reader to a page by its name ("Go to Shared endorsements", "Open Ad settings", "Visit
#: the Help Centre"): a link or a step of a help widget, whatever words the page's name has. Not a step that says
#: what to do there ("Go to Settings to delete your history"), a sentence of its own, or one naming the company.
_GO_TO_PAGE = re.compile(
    r"^\W*(?:go to|visit|open|tap|click(?: on)?|select|choose|navigate to)\s+(?:the\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,5}?(?:to|and|or|we|us|our|if|when)\b)(?:[\w'’&-]+\s*){1,5}[.>›»]?\W*$"
)
#: the longest status message a form or a button leaves on the page ("You have successfully unsubscribed!")
_STATUS_WORDS = 8
#: what makes a short exclamation a statement of the policy: the company, a denial, a permission or a promise
_STATES_SOMETHING = re.compile(
    r"(?<![\w-])(?:we|we're|we'll|our|not|never|no|can|may|will|must|should|right|rights)(?![\w-])"
)


def _status_message(low: str, raw: str) -> bool:
    """A short exclamation a form or a button leaves on the page ("You have successfully unsubscribed!", "Your
    submission was sent successfully!", "Thanks for signing up!"): the page's response, captured with the policy.
    Not one in which the company speaks, denies, permits or promises ("We never sell your data!", "You can opt out
    at any time!"), nor one that names a kind of data."""
    text = (raw or low).strip()
    text = re.sub(r"\s*\[[^\]]*\]\([^)]*\)\s*$", "", text)  # a "Close" link after it
    if not text.endswith("!") or _STATES_SOMETHING.search(low):
        return False
    return not profile(low).categories[lx.DC]


#: a blog's or help centre's line of tags or categories ("Tags: privacy, cookies", "Filed under: Legal"), run in
#: after its label; its entries are short and state nothing
_TAG_LINE = re.compile(
    r"^\W*(?:(?:popular|related|post|article) )?(?:tags?|categories|category|filed under|labels?|keywords|posted in)"
    r"\s*:\s*(.+)$"
)
_TAG_WORDS = 20
#: a blog's note about what its post lacks ("No tags for this post.", "There are no comments yet", "No related posts")
_NONE_YET = re.compile(
    r"^\W*(?:there (?:are|is) )?no (?:tags|categories|comments|responses|replies|trackbacks|related (?:posts|articles))"
    r"(?: yet)?(?: (?:for|on|to|in|about) (?:this|the) (?:post|article|entry|page|story))?(?: yet)?\W*$"
)
#: a row of share or follow buttons run together by the capture: two or more of them, nothing else
_SHARE_ROW = re.compile(
    r"^\W*(?:(?:share|tweet|pin|e-?mail|follow(?: us)?|like(?: us)?)(?: (?:it|this|this page|us))?"
    r"(?: (?:on|via|by|to|with) [\w.+-]+)?\W*){2,}$"
)
#: one share button as a blog's sharing bar labels it ("Click to share on Twitter (Opens in new window)")
_SHARE_BUTTON = re.compile(
    r"^\W*click (?:here )?to (?:share|tweet|pin|e-?mail|print)(?: (?:it|this|this page|this post))?"
    r"(?: (?:on|via|by|with) [\w.+-]+)?(?:\W+opens in (?:a )?new window)?\W*$"
)
#: the text a page shows where its player or script cannot run ("Your browser does not support the video tag.")
_FALLBACK = re.compile(
    r"^\W*(?:sorry,? )?(?:your (?:web )?(?:browser|device)|this (?:browser|video|audio|content|media|player))"
    r" (?:does not|doesn't|do not|don't|cannot|can't|is unable to|is not able to) (?:support|play|display|show|load)\b"
)
#: a picture's credit ("Image: Shutterstock", "Photo credit: Jane Roe"): the source of an image on the page
_MEDIA_CREDIT = re.compile(
    r"^\W*(?:featured |header |cover )?(?:image|photo|picture|illustration|graphic)s?"
    r"(?: credits?| source| courtesy(?: of)?)?\s*:\s*[^.:;@]{1,60}$"
)
_CREDIT_WORDS = 10
#: a form's checkbox or button in the reader's own voice ("Notify me of new posts by email.", "Keep me signed in", "I
#: agree to the terms"): the page's control, the policy never speaks as "me"
_FIRST_PERSON_CONTROL = re.compile(
    r"^\W*(?:(?:please |yes,? |no,? )?(?:notify|e-?mail|send|keep|remember|sign|contact|text|call|subscribe|add|"
    r"alert|update) me\b|(?:yes,? |no,? )?i(?:'m| am| have| would| do)? (?:agree|accept|consent|read|like|want|"
    r"happy|understand|confirm)\b)"
)
_CONTROL_LINE_WORDS = 20
#: what makes such a checkbox more than a control: the reader's data going to others
_GIVES_DATA = re.compile(r"\b(?:shar\w*|sell\w*|sold|disclos\w*|transfer\w*|partners?|third)\b")
#: someone speaking in a picture's credit: a sentence of the policy, no credit
_SPEAKS = re.compile(r"\b(?:you|your|we|our)\b")
#: the page showing the reader their own address ("Your IP address is 203.0.113.5"): a value on display, no practice
_SHOWN_IP = re.compile(
    r"^\W*(?:your|my) (?:public |current )?ip(?: address)?(?: is|:)\s*(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]{6,})\W*"
    r"(?:\(?[\w ,.-]{0,40}\)?)?\s*$"
)


#: a shop's listing of a product and its price ("Baby Monitor - $49.99", "Gift box (2 pack) - 24,00 €"): a name, then
#: an amount with its currency and nothing after it but a note in brackets. Family: a shop's product grid or
#: best-sellers box captured with the policy, whose product names may be data words ("Fitness Tracker", "Baby").
_PRICED = re.compile(
    r"^[^.!?:;]{2,80}?\s[-–—]?\s*(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥]|usd|eur|gbp|cad|aud))"
    r"(?:\s*\([^)]{0,30}\))?\s*$"
)
#: what makes a priced line a statement about the reader's data: a fee for a request, a right, a person speaking
_PRICED_STATES = re.compile(
    r"(?<![\w-])(?:we|you|your|our|us|fee|fees|charge\w*|request\w*|rights?|data|information|per|each)(?![\w-])"
)
_PRICED_WORDS = 12


def _priced_item(low: str) -> bool:
    """A product and its price, as a shop's grid lists it: a few words, an amount with its currency at the end, no
    fee for a request, no right, no data, nobody speaking ("Premium plan - $9.99" is a product too)."""
    return len(low.split()) <= _PRICED_WORDS and bool(_PRICED.match(low)) and not _PRICED_STATES.search(low)


@lru_cache(maxsize=16384)
def _boilerplate(low: str, raw: str = "") -> str | None:
    """Why a whole added/removed sentence (normalised) is page furniture rather than policy, or None."""
    n_words = len(low.split())
    if _code(low):
        return "script or data code captured with the page"
    bare_dates = lx.DATE.sub(" ", low)
    if not loose_key(bare_dates) or not any(map(str.isalpha, bare_dates)):
        return "a date or number only"
    # a dated lead before a practice ("Effective as of 1 May, when you visit our site, we and our partners use
    # ...", "As of June, we share ...") is a statement that says from when, not a date line
    if lx.DATE_LINE.search(low) and (lx.DATE.search(low) or n_words <= 6) and not _dated_practice(low, n_words):
        return "a 'last updated' / effective-date line"
    if n_words <= 40 and lx.BANNER.search(low) and not _CONDITIONAL.match(low):  # "if we change ..., we will"
        return "an announcement banner about the policy update"
    # a navigation bar has short labels ("Home | About | Privacy"); a table row of long cells states something
    piped = low.count(" | ") >= 2 or raw.count(" | ") >= 2
    cells = re.split(r"[|©\n]", raw if raw.count(" | ") >= 2 else low)
    if piped and not _table_facts(low) and all(len(cell.split()) <= 6 for cell in cells):
        return "navigation or page furniture"
    if n_words <= _ERROR_REPORT_WORDS and _ERROR_REPORT.match(low):
        return "an error report the site's software printed into the page ('Severity: Notice')"
    if n_words <= _STATUS_WORDS and _status_message(low, raw):
        return "a status or thank-you message of the page"
    if n_words <= 8 and lx.CHROME.search(low) and " | " not in low:
        return "navigation or page furniture"
    if n_words <= _TAG_WORDS and (_SHARE_ROW.match(low) or _SHARE_BUTTON.match(low)):
        return "a row of share or follow buttons ('Share on Facebook Share by Email')"
    if n_words <= _TAG_WORDS and _FALLBACK.match(low):
        return "the text a page shows where its player or script cannot run ('Your browser does not support video')"
    if (
        n_words <= _CONTROL_LINE_WORDS
        and _FIRST_PERSON_CONTROL.match(low)
        # unless it says the reader's data goes to others ("I agree that you may share my data with partners")
        and not _GIVES_DATA.search(low)
    ):
        return "a form's checkbox or button in the reader's own voice ('Notify me of new posts by email')"
    if n_words <= _CREDIT_WORDS and _SHOWN_IP.match(low):
        return "the page showing the reader's own IP address ('Your IP address is 203.0.113.5')"
    if n_words <= _CREDIT_WORDS and _MEDIA_CREDIT.match(low) and not _SPEAKS.search(low):
        return "a picture's credit ('Image: Shutterstock')"
    tags = _TAG_LINE.match(low) if n_words <= _TAG_WORDS else None
    entries = re.split(r"[,|;·•]", tags.group(1)) if tags else []
    if tags and all(len(i.split()) <= 4 for i in entries) and not lx.PRACTICE_VERB.search(tags.group(1)):
        return "a tag or category line of the page ('Tags: privacy, cookies')"
    if _priced_item(low):
        return "a product and its price, as a shop lists them ('Baby Monitor - $49.99')"
    if n_words <= _TAG_WORDS and _NONE_YET.match(low):
        return "a blog's note that a post has no tags, comments or related posts yet"
    if _GO_TO_PAGE.match(low):
        return "a link to a page of the site or app ('Go to Shared endorsements')"
    if n_words <= _CONTROL_WORDS and _CONTROL.match(low) and not lx.PRACTICE_VERB.search(low):
        return "a control acting on the page itself (a button or link: 'hide this message', 'print this page')"
    if _pointer(low):
        return "a pointer to more information elsewhere"
    if _points_within(low, raw):
        return "a pointer to another part of this document"
    if _available_elsewhere(low, raw):
        return "a pointer to more to read, said to be available elsewhere"
    if n_words <= 25 and lx.PROMO.search(low) and not lx.DATA_WORDS.search(low):
        return "a promotional call to action"
    if _COPYRIGHT.match(low) and n_words <= 20:
        return "a copyright line"
    if n_words <= 60 and _IP_NOTICE.search(low) and not _IP_AND_DATA.search(low):
        return "a notice about copyright or trademarks of the site's content (no personal data)"
    if (
        n_words <= 40
        and lx.META.search(low)
        and not _names_critical(low)
        and not _states_after_semicolon(low)
        and not _STATES_IN_RELATIVE.search(low)
        and not _SPEAKER_HINT.search(low)  # it says who "we" are ('... Acme Ltd ("we", "us")'): the controller
    ):
        return "a sentence describing the policy document itself"
    definition = lx.DEFINITION.search(low) if n_words <= 40 else None
    if definition and not _carries_practice(low, definition.end()):
        return "a definition"
    if n_words <= 40 and _term_definition(low):
        return "a definition"
    if _presents(low):
        return "a sentence presenting what the page shows next (a table, a list, a section)"
    return None


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _table_facts(low: str) -> bool:
    """A table row that states something: a yes/no answer for a data category ("identifiers | yes | no")."""
    cells = _cells(low)
    return len(cells) >= 2 and any(c in _YES_NO for c in cells[1:]) and any(ch.isalpha() for ch in cells[0])


_YES = frozenset({"yes", "y", "✓", "✔", "x"})


#: the most words a line under a "Related articles"-like heading has (link titles, short questions)
_FURNITURE_WORDS = 14
_BANNER_WORDS = re.compile(r"\b(?:agree|consent|accept|decline|choices|preferences|privacy)\b")


def _sentence_keys(block: str) -> list[str]:
    return [loose_key(sentence) for sentence in split_sentences(block)]


def _cookie_banners(lines: list[str], furniture: set[str]) -> None:
    """Mark a cookie-consent banner captured with the page: a line about cookies with its buttons on it
    ("[Accept all]", "Cookie Settings · Reject All · Accept All", "... you agree to our use of cookies. OK"), or a
    run of button lines ("Accept", "Decline") with the lines about cookies just above it."""

    def mark(line: str) -> None:
        furniture.update(_sentence_keys(clean_block(line)))

    k = 0
    while k < len(lines):
        line = lines[k]
        buttons = "[" in line and lx.CONSENT_BUTTONS.search(line)
        row = not buttons and ("·" in line or "|" in line or "•" in line) and lx.BUTTON_ROW.search(line[-80:])
        # or its button run into the end of its last sentence by the capture ("... our use of cookies. OK")
        glued = "ookie" in line and not (buttons or row) and _glued_button(line)
        if "ookie" in line and (buttons or row or glued):
            mark(line)
            k += 1
            continue
        run = k
        while run < len(lines) and len(lines[run]) <= 40 and lx.BUTTON_LINE.match(lines[run].lstrip("# ")):
            run += 1
        if run - k >= 2:
            above = list(range(k - 1, max(-1, k - 5), -1))
            if any("ookie" in lines[j] for j in above):
                for j in range(k, run):
                    mark(lines[j])
                for j in above:
                    if "ookie" not in lines[j] and not _BANNER_WORDS.search(lines[j].lower()):
                        break
                    mark(lines[j])
            k = run
        else:
            k += 1


#: the links a banner shows beside its buttons ("Read More", "Cookie Policy")
_BANNER_LINK = r"(?:read|learn|find out) more|more info(?:rmation)?|(?:privacy|cookie) (?:policy|notice)|details"
#: a banner's buttons and links run together at the end of its text ("Accept Read More", "OK Privacy Policy"): one
#: button at least (a paragraph of the policy may end with a "Learn more" link)
_BUTTONS_RUN = re.compile(
    rf"(?i)^\W*(?:(?:{_BANNER_LINK})[\s·|•/]+)*{lx.BUTTON_LABEL}(?:[\s·|•/]+(?:{lx.BUTTON_LABEL}|{_BANNER_LINK}))*\W*$"
)


def _glued_button(line: str) -> bool:
    tail = LAST_SENTENCE.search(line.strip())
    return tail is not None and bool(_BUTTONS_RUN.match(tail.group(1).strip()))


#: a line of a menu: a few words, no sentence punctuation
_MENU_WORDS = 5
_MENU_RUN = 4


def _menu_item(line: str) -> bool:
    words = line.split()
    # a sentence of a script written without spaces is one "word": its full-width stop tells it from a label
    return 0 < len(words) <= _MENU_WORDS + 1 and line.rstrip()[-1:] not in ".:;,?!。！？：；，" and "|" not in line


#: a topic label names one subject in a word or three ("Cookies", "Your rights", "Data transfers")
_TOPIC_WORDS, _MIN_TOPICS = 3, 3


def _topics(items: list[str]) -> bool:
    """A menu of the policy's topics ("Cookies", "Your rights", "Sharing", "Children"): short labels naming subjects
    of at least three different kinds, no kind named by half of them. A list of the policy's own is one kind of
    thing (data types, recipients, rights, purposes), so it never spreads over the policy's topics like this."""
    kinds: list[str] = []
    for item in items:
        text = item.removeprefix("- ")
        if len(text.split()) > _TOPIC_WORDS:
            return False
        found = {lx.CONCEPTS_BY_NAME[n].category for n in profile(text).concepts}
        if len(found) > 1:
            return False
        kinds.extend(found)
    counts = [kinds.count(k) for k in set(kinds)]
    return len(counts) >= _MIN_TOPICS and max(counts) * 2 < len(items)


def _names_practice(item: str) -> bool:
    """A short line that names a practice or states one of its figures: an age or a period ("Minimum age: 13",
    "Retention: 30 days"), which no menu label gives."""
    p = profile(item)
    return bool(p.specific) or any(q.kind in ("age", "time") for q in p.quantities)


def _menus(lines: list[str], furniture: set[str]) -> None:
    """Mark navigation menus captured with the page: a run of short label lines ("- Buy", "- Rent payments",
    "- Help center") that mostly name no practice (half of them at most) and that no introducing sentence ("We share
    it with:") presents as a list; or, within such a run, a menu of the policy's topics (`_topic_menus`)."""
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and "|" not in lines[run] and _menu_item(clean_block(lines[run]).removeprefix("- ")):
            run += 1
        if run - k >= _MENU_RUN:
            items = [clean_block(lines[j]) for j in range(k, run)]
            naming = sum(_names_practice(item) for item in items)
            if naming * 2 <= len(items) and not (k and _opens_list(clean_block(lines[k - 1]))):
                for item in items:
                    furniture.update(_sentence_keys(item))
            else:
                _topic_menus(lines, k, run, furniture)
        k = max(run, k + 1)


def _listed(lines: list[str], k: int) -> bool:
    """The lines from `k` on are presented as a list by the line above: a sentence ending in ':' or a heading about
    a practice."""
    if not k:
        return False
    intro = clean_block(lines[k - 1])
    return _opens_list(intro) or bool(lines[k - 1].lstrip().startswith("#") and profile(intro).concepts)


#: the words a sentence left open for a list ends on ("Our partners include ...", "These are, for example")
_OPEN_END = re.compile(
    r"(?:^|\s)(?:includes?|included|including|are|is|as follows|following|such as|for example|like|with|to|by|of)"
    r"[\s.…:\-–—]*$",
    re.IGNORECASE,
)


def _opens_list(intro: str) -> bool:
    """A line presenting the lines after it as its list: it ends in ':' or stops on a word that wants what follows
    ("Our advertising partners include ...", "The data we share is as follows"). Family: lists of recipients or data
    whose introduction a capture left unpunctuated or trailed off with dots."""
    return intro.endswith(":") or bool(_OPEN_END.search(intro))


def _topic_menus(lines: list[str], start: int, end: int, furniture: set[str]) -> None:
    """Mark the menus of topics in a run of short lines: each stretch of list items or of plain lines (a heading or
    a change of kind ends it: an address above, a section title below) that `_topics` finds and nothing presents
    as a list."""
    k = start
    while k < end:
        stop = k
        kind = lines[k].lstrip().startswith(("- ", "* "))
        while (
            stop < end
            and not lines[stop].lstrip().startswith("#")
            and lines[stop].lstrip().startswith(("- ", "* ")) == kind
        ):
            stop += 1
        items = [clean_block(lines[j]) for j in range(k, stop)]
        if len(items) >= _MENU_RUN and _topics(items) and not _listed(lines, k):
            for item in items:
                furniture.update(_sentence_keys(item))
        k = max(stop, k + 1)


#: a widget's lines and link titles: short, no sentence end (a question ends one: "Was this helpful?")
_WIDGET_WORDS, _WIDGET_RUN = 10, 15


def _short_label(line: str) -> bool:
    block = clean_block(line)
    return 0 < len(block.split()) <= _WIDGET_WORDS and block.rstrip()[-1:] not in ".:;," and "|" not in line


def _asks_about_data(block: str) -> bool:
    """A line that handles data or names a kind of it ("What data do we collect?"), unlike a widget's question."""
    p = profile(block)
    return bool(_HANDLING_VERB.search(p.low)) or any(lx.CONCEPTS_BY_NAME[n].category == lx.DC for n in p.specific)


#: a form's submit control, as a line of its own ("Send", "Submit", "Send message", "[Subscribe]")
_SUBMIT = re.compile(
    r"^\W*(?:send(?: (?:a |your |the )?(?:message|request|enquiry|inquiry|question))?|submit(?: (?:a |your |the )?"
    r"(?:message|request|form))?|subscribe|sign (?:me )?up|register|request (?:a )?(?:call ?back|demo)"
    r"|post (?:a |your )?(?:comment|reply|review))\W*$",
    re.IGNORECASE,
)
#: a form's note about its fields ("Required fields are marked *", "Fields marked * are mandatory"), and its most words
_FORM_NOTE = re.compile(r"\b(?:required|mandatory) fields?\b|\bfields? marked\b|\*\s*$", re.IGNORECASE)
_NOTE_WORDS = 20
#: the most label lines a form holds above its submit control, and the fewest
_FORM_FIELDS, _MIN_FORM_FIELDS = 12, 2
#: the most words of a form field's label ("Phone number (optional)", "How can we help?")
_FIELD_WORDS = 6


#: the submit control of a sign-up box, which asks for one field (an e-mail address) or none
_SIGN_UP = re.compile(r"^\W*(?:subscribe|sign (?:me )?up|join(?: now| us)?|get started)\W*$", re.IGNORECASE)
#: a box's prompt to the reader: what to sign up for or enter ("Sign up for our newsletter and never miss a post.",
#: "Enter your email address to get new recipes."); not one where the company speaks ("... and we share it")
_PROMPT = re.compile(
    r"^\W*(?:enter|type|sign up|subscribe|join|get|receive|stay|never miss|don'?t miss|be the first|keep up|want)\b",
    re.IGNORECASE,
)
#: a prompt that names the field to fill in ("Enter your email address ...")
_ENTER = re.compile(r"^\W*(?:enter|type)\b", re.IGNORECASE)
#: a checkbox's label, the reader speaking ("Save my name, email, and website in this browser for the next time I
#: comment.", "Notify me of new posts by email.", "I agree to the terms")
_CHECKBOX = re.compile(
    r"^\W*(?:(?:save|notify|remember|keep|send|email|e-mail|subscribe|sign)\b[^.!?]*\b(?:me|my)\b"
    r"|i (?:agree|accept|consent|have read)\b|yes,? (?:i|please)\b)",
    re.IGNORECASE,
)


def _prompt(line: str) -> bool:
    block = clean_block(line.strip())
    return (
        0 < len(block.split()) <= _NOTE_WORDS and _PROMPT.match(block) is not None and not _COMPANY_SPEAKS.search(block)
    )


def _checkbox(line: str) -> bool:
    block = clean_block(line.strip().lstrip("-*•[] ").strip())
    return 0 < len(block.split()) <= _NOTE_WORDS and _CHECKBOX.match(block) is not None


#: the most words of a sign-up box's note under its button ("We respect your privacy. Unsubscribe at any time.")
_BOX_NOTE_WORDS = 12


def _box_note(line: str) -> bool:
    """A short note under a sign-up box's button that handles no data: the box's, not the policy's. "We never share
    your address" handles data, and is read as the policy's."""
    block = clean_block(line.strip())
    words = len(block.split())
    return (
        0 < words <= _BOX_NOTE_WORDS and not line.lstrip().startswith("#") and not _HANDLING_VERB.search(block.lower())
    )


def _title_line(line: str) -> bool:
    """A box's title over its prompt: a heading, or a short line set in bold ("**Join our mailing list**")."""
    text = line.strip()
    return text.startswith("#") or (text.startswith("**") and text.endswith("**") and len(text.split()) <= 8)


#: the company speaking in a prompt ("Join and we will share your email with partners"): a statement, no prompt
_COMPANY_SPEAKS = re.compile(r"(?<![\w-])we(?![\w-])", re.IGNORECASE)


def _field(line: str) -> bool:
    """A form field's label: a few words, no sentence ("First name", "Email address*", "Your message")."""
    block = clean_block(line.strip().lstrip("-*• ").strip())
    words = block.split()
    return 0 < len(words) <= _FIELD_WORDS and block[-1:] not in ".:;," and "|" not in line and not _speaks(block)


def _speaks(block: str) -> bool:
    """Whether a short line says something (the company or the reader acting): no label."""
    return bool(re.search(r"(?<![\w-])(?:we|us|you|will|may|must)(?![\w-])", block.lower()))


def _forms(lines: list[str], furniture: set[str]) -> None:
    """Mark a form captured with the page: a submit control on a line of its own ("Send", "Submit") under a run of
    field labels ("First name", "Email address", "Phone number (optional)", "Your message"), with the title right
    above them when it is a heading or another label ("# Send us a message"). The fields name data the form asks
    for; the policy states what is done with it, in sentences. A run presented by a line ending in ':' is a list of
    the policy's ("We collect:"), and stays one.

    Family: pages that capture a contact or sign-up form in the body of the policy, which comes and goes or changes
    its fields between captures."""
    for k, line in enumerate(lines):
        if not _SUBMIT.match(clean_block(line.strip().strip("[]()"))):
            continue
        top = k
        # fields are plain lines, or headings where the capture set the submit control as one too ("# Post Comment")
        titled = line.startswith("#")
        while (
            top > 0
            and k - top < _FORM_FIELDS
            and (_field(lines[top - 1]) or _checkbox(lines[top - 1]))
            and (titled or not lines[top - 1].startswith("#"))
        ):
            top -= 1
        fields = sum(_field(lines[j]) for j in range(top, k))
        # a sign-up box's short note under its button is the box's too
        note = _SIGN_UP.match(clean_block(line.strip().strip("[]()"))) is not None
        note_at = k + 1 if note and k + 1 < len(lines) and _box_note(lines[k + 1]) else k
        if note and fields < _MIN_FORM_FIELDS:
            # a sign-up box asks for one field, or none of its own (its prompt says what to enter), under its prompt
            prompt = top - 1
            if prompt >= 0 and _prompt(lines[prompt]) and (fields or _ENTER.search(lines[prompt])):
                title = prompt - 1 if prompt > 0 and _title_line(lines[prompt - 1]) else prompt
                for j in range(title, note_at + 1):
                    furniture.update(_sentence_keys(clean_block(lines[j])))
                continue
        if fields < _MIN_FORM_FIELDS:
            tail = _glued_field(lines[k - 1]) if k == top and k > 0 else None
            if tail is not None:  # "Sign up for news and offers. Your email address" / "Sign up": one field
                furniture.update(_sentence_keys(clean_block(tail)))
                furniture.update(_sentence_keys(clean_block(line)))
            continue
        above = lines[top - 1].strip() if top > 0 else ""
        if clean_block(above).endswith(":"):
            continue  # the policy presents these lines as a list
        if top > 1 and _FORM_NOTE.search(above) and len(above.split()) <= _NOTE_WORDS:
            # the form's own note over its fields ("Required fields are marked *"), and its title above it
            top -= 1
            above = lines[top - 1].strip()
            if _field(above) or above.startswith("#"):
                top -= 1
                above = ""
        marked = range(top - 1 if above.startswith("#") else top, note_at + 1)
        for j in marked:
            furniture.update(_sentence_keys(clean_block(lines[j])))


#: the last sentence of a line, when short enough to be a label or a title run into the end of the line by the
#: capture ("Sign up for news and offers. Your email address", "... closed for comments. Related articles")
LAST_SENTENCE = re.compile(r"[.!?]\s+([^.!?:]{1,40})$")


def _glued_field(line: str) -> str | None:
    """The label of a form's only field, run into the end of the prompt before it ("Sign up for news and offers.
    Your email address"), or None."""
    m = LAST_SENTENCE.search(line.strip())
    return m.group(1) if m is not None and _field(m.group(1)) else None


def _widgets(lines: list[str], furniture: set[str]) -> None:
    """Mark help and feedback widgets captured with the page: a short line that is page chrome or a question
    naming no practice ("Was this article helpful?", "Still need help?"), and the run of short label lines after
    it (its buttons and link titles: "Yes", "Contact support", "Manage email notifications"), up to a heading or
    a sentence. A line introducing a list (ending in ':') is never such a widget."""
    k = 0
    while k < len(lines):
        raw = lines[k].strip()
        block = clean_block(raw)
        question = raw.endswith("?") and 0 < len(block.split()) <= _WIDGET_WORDS
        # read only for a line that may open a widget: most lines are headings, list items or questions
        if (
            not raw.startswith(("#", "-", "*"))
            and (question or (_short_label(raw) and bool(lx.CHROME.match(normal(block)))))
            and not _asks_about_data(block)
        ):
            run = k + 1
            while run < len(lines) and run - k <= _WIDGET_RUN:
                nxt = lines[run].strip()
                if nxt.startswith("#") and not lx.CHROME.match(normal(clean_block(nxt))):
                    break  # a heading ends the widget, unless it is one of its labels ("# Chat with us")
                if not (_short_label(nxt) or nxt.endswith("?")):
                    break
                run += 1
            if run > k + 1:
                for j in range(k, run):
                    furniture.update(_sentence_keys(clean_block(lines[j])))
            k = run
        else:
            k += 1


#: a time stamp relative to now, as a live feed shows it ("Email | 1 min ago", "3 hours ago", "just now")
_RELATIVE_TIME = re.compile(
    r"(?<![\w-])(?:\d{1,3}|an?|one) (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago\b"
    r"|(?<![\w-])just now\b"
)
#: the most words of a feed entry's time-stamp line, and the fewest entries that make a feed
_FEED_WORDS, _FEED_ENTRIES = 8, 3


def _feeds(lines: list[str], furniture: set[str]) -> None:
    """Mark a live feed captured with the page (recent posts, pastes or comments): entries each followed by a short
    line stamped with a time relative to now ("Free accounts 2021" / "Email | 1 min ago"), both lines furniture, when
    the page shows at least three. A policy dates its practices absolutely; only a feed says "1 min ago"."""
    stamped = [
        k for k, line in enumerate(lines) if len(line.split()) <= _FEED_WORDS and _RELATIVE_TIME.search(line.lower())
    ]
    if len(stamped) < _FEED_ENTRIES:
        return
    for k in stamped:
        furniture.update(_sentence_keys(clean_block(lines[k])))
        entry = next((j for j in range(k - 1, max(k - 3, -1), -1) if lines[j].strip()), None)
        if entry is not None and len(lines[entry].split()) <= 2 * _FEED_WORDS:
            furniture.update(_sentence_keys(clean_block(lines[entry])))
