"""Stage "placement": where a change sits decides it: a table row, a party or product listed under a heading. Pure."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from monitor.classify import lexicon as lx
from monitor.classify.evidence import ENTITY_STOP, normal, profile
from monitor.classify.furniture import _YES, _YES_NO, _cells, _table_facts
from monitor.classify.layout import _LIST_ITEM, Layout, _name_like, label_line, latin
from monitor.classify.statement import _judge_statement
from monitor.classify.traits import _base_protective
from monitor.classify.verdicts import IMPROVES, REDUCES, Finding, _Judgement, _material, _q
from monitor.domain.values import Change, ChangeKind
from monitor.text.sentences import clean_block, loose_key


def _judge_row(change: Change, header: tuple[str, ...]) -> _Judgement | None:
    """A table row of yes/no answers per data category: a flipped answer is a changed practice."""
    before, after = change.before or "", change.after or ""
    if change.kind is ChangeKind.MODIFIED:
        cb, ca = _cells(before), _cells(after)
        if len(cb) != len(ca) or cb[0].casefold() != ca[0].casefold():
            return None
        findings = []
        for i in range(1, len(cb)):
            old, new = cb[i].casefold(), ca[i].casefold()
            if old not in _YES_NO or new not in _YES_NO or (old in _YES) == (new in _YES):
                continue
            column = header[i] if i < len(header) else f"column {i + 1}"
            pc = profile(column)
            cats = pc.categories or profile(cb[0]).categories
            category = cats.most_common(1)[0][0] if cats else lx.DC
            protective = _base_protective(pc) if pc.concepts else False
            sign = REDUCES if (new in _YES) != protective else IMPROVES
            critical = sign == REDUCES and any(lx.CONCEPTS_BY_NAME[n].critical for n in pc.concepts)
            text = f"{_q(cb[0])}: {_q(column)} changed {_q(cb[i])} → {_q(ca[i])}"
            findings.append(Finding(category, sign, critical, text, f"The policy's table now says {text}"))
        return _material("table-row", change, findings, None) if findings else None
    text = after or before
    cells = _cells(text)
    if not header or len(cells) != len(header) or not _table_facts(text.casefold()):
        return None
    said = [h for h, c in zip(header[1:], cells[1:], strict=True) if c.casefold() in _YES]
    sentence = f"{cells[0]}: {'; '.join(said)}." if said else ""
    if not sentence:
        return None
    j = _judge_statement(
        dataclasses.replace(change, after=sentence) if after else dataclasses.replace(change, before=sentence)
    )
    if not j.verdict.material:
        return None
    # quote the row as the policy shows it, not the sentence it was read as
    reason = j.verdict.reason.replace(_q(sentence), f"{_q(text)} ({_q(header[0])} table)")
    verdict = dataclasses.replace(j.verdict, before=change.before, after=change.after, reason=reason)
    return _Judgement(verdict, j.headline.replace(_q(sentence, 140), _q(text, 140)))


#: the policy's own words, as a title writes them ("Websites", "Links", "Third Party")
_STOP = ENTITY_STOP | {"Websites", "Sites", "Web", "Links", "Pages"}


#: the titles of a person ("Professor Carr", "Dr. Roe"): a person named is an author or someone to write to, no party
_PERSONAL_TITLE = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"})


def _bare_name(block: str) -> bool:
    """A heading that is only a name ("Brightads", "The Ad Exchange", "Acme DMP"): capitalised words, no vocabulary;
    not a person's name with a title ("Professor Carr")."""
    if not _name_like(block):
        return False
    words = block.removeprefix("# ").split()
    if words[0].rstrip(".").lower() in _PERSONAL_TITLE:
        return False
    p = profile(block.removeprefix("# "))
    # policy words in capitals too ("THIRD PARTY WEBSITES"): a section's title, not a name
    bare = [w.strip("&/-") for w in words]
    return not p.concepts and not p.verbs and all(w not in _STOP and w.title() not in _STOP for w in bare)


#: a list introduced as those data goes to ("We may share your information with:", "We disclose data to:"); not
#: an infinitive's "to" ("we provide controls so you can exercise your right to request:", "you are able to:")
_RECIPIENTS_INTRO = re.compile(
    r"\b(?:shar\w*|disclos\w*|sell\w*|sold|transfer\w*|provid\w*|pass\w*|sen[dt]\w*|giv\w*"
    r"|mak\w* (?:it |them )?available)\b[^.;]*"
    r"(?<!\bright )(?<!\brights )(?<!\bable )(?<!\bability )(?<!\boption )(?<!\border )(?<!\bhow )"
    r"\b(?:with|to)\b(?P<whom>[^.;:]{0,60}):\s*$"
)
#: data or services given to the reader, or to the company itself: what the list holds are not recipients
_TO_THE_READER_OR_US = re.compile(
    r"\b(?:provid\w*|giv\w*|sen[dt]\w*|offer\w*) you\b|\b(?:with|to) (?:you|us)\b(?=[^.;:]{0,60}:\s*$)"
)
#: an introduction whose list is of purposes or circumstances, not parties ("... with partners in these cases:")
_NOT_PARTIES = re.compile(
    r"\b(?:purposes?|reasons?|circumstances?|situations?|cases?|conditions?|bas[ie]s|ways?|events?|means)\b"
)
#: an introduction that shares or sells data, its list saying with whom or when ("We share data as follows:")
_SHARING_INTRO = re.compile(r"\b(?:shar\w*|disclos\w*|sell\w*|sold|transferr?\w*)\b[^.;]*:\s*$")
#: an item naming a party the data goes to ("With our affiliates"), not the reader's consent or request
_PARTY_ITEM = re.compile(
    r"^\W*with\s+(?!(?:your|the user's|their)\s+(?:\w+\s+)?(?:consent|permission|authori[sz]ation|agreement"
    r"|direction|instructions?|request)\b)"
)
#: an item that states a condition or a purpose, not a party ("When the law requires it", "To prevent fraud")
_CONDITION_START = re.compile(r"^\W*(?:if|when|where|whenever|to|for|as|in|with|unless|upon|at|on|under)\b")


def _listed_recipient(change: Change, layout: Layout) -> _Judgement | None:
    """An item added to (or dropped from) a list that its introduction presents as the recipients of data ("We may
    share your personal information with:"): a recipient named or dropped, whatever words name it - when the item
    on its own states nothing (a kind of party the vocabulary does not know: "Political campaigns")."""
    text = clean_block((change.after or change.before or "").strip())
    intro = normal(layout.intro_of(text))
    lead = _RECIPIENTS_INTRO.search(intro) if intro else None
    party = bool(intro) and bool(_SHARING_INTRO.search(intro)) and bool(_PARTY_ITEM.match(normal(text)))
    if not party and (not lead or _NOT_PARTIES.search(lead.group("whom")) or _CONDITION_START.match(normal(text))):
        return None
    if _TO_THE_READER_OR_US.search(intro):
        return None  # "provide you with our Services, including:", "You provide information to us when you:"
    alone = _judge_statement(change)
    if alone.verdict.material or alone.verdict.rule not in ("no-practice", "general-statement"):
        return None
    added = change.kind is ChangeKind.ADDED
    what = f"{'added' if added else 'dropped'} {_q(text)} in the list of recipients {_q(layout.intro_of(text))}"
    finding = Finding(lx.TP, REDUCES if added else IMPROVES, False, what, f"The policy {what}", "entity")
    return _material("listed-recipient", change, [finding], None)


def _listed_party(change: Change, layout: Layout) -> _Judgement | None:
    """A name added to (or dropped from) a list of parties set out as headings under a section about recipients
    or trackers ("# Third-party providers we use", then "# Adform", "# Criteo" ...): a recipient named or dropped.
    Or an item of a list introduced as the recipients of data (`_listed_recipient`)."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return None
    text = (change.after or change.before or "").removeprefix("# ")
    line = clean_block(text)
    if lx.BUTTON_LINE.match(line) or lx.CHROME.match(line) or lx.FURNITURE_HEADING.match(line):
        return None  # a control ("Dismiss", "Search") or a box's title ("Recent Comments") after the list: no party
    if loose_key(line) in layout.contact_lines:
        return None  # a name in an address block ("Jane Roe", a title, a street): who to write to, no party
    section = dict(layout.named_headings).get(loose_key(clean_block(text)))
    if not section or not _bare_name(text):
        return _listed_recipient(change, layout)
    cats = profile(section).categories
    category = lx.TP if cats[lx.TP] else lx.TR if cats[lx.TR] else None
    if category is None:
        return None
    added = change.kind is ChangeKind.ADDED
    what = f"{'named' if added else 'no longer names'} {_q(text)} in the list {_q(section)}"
    finding = Finding(category, REDUCES if added else IMPROVES, False, what, f"The policy {what}", "entity")
    return _material("listed-party", change, [finding], None)


#: a list introduced as the products, apps or services a policy covers ("This policy applies to:", "Our apps:")
_PRODUCT_INTRO = re.compile(
    r"\b(?:products?|apps?|applications?|services|websites?|sites|brands?|platforms?|games?|devices)\b"
    r"|\bapplies to\b|\bcovers\b"
)
_DATA_INTRO = re.compile(r"\b(?:data|information|details|collect\w*|categor\w+|types?|shar\w+|disclos\w+)\b")


def _listed_product(change: Change, layout: Layout) -> bool:
    """An item of a list of the products or services the policy covers: a name (each word capitalised, no verb),
    under an introduction naming products, apps or services and no data."""
    text = clean_block((change.after or change.before or "").strip())
    words = text.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    intro = normal(layout.intro_of(text))
    return bool(intro) and bool(_PRODUCT_INTRO.search(intro)) and not _DATA_INTRO.search(intro)


#: a word that joins words into a phrase or a sentence; a line of several words with none of them is a run of labels
_JOINING = re.compile(
    r"(?<![\w'’-])(?:a|an|the|and|or|of|to|for|in|on|with|by|from|as|at|if|we|you|your|our|us|is|are|be|may|can|will|"
    r"not|no|any|all|this|that|these|such|about|who|which|when|where|how|what|per|via)(?![\w'’-])"
)
#: the fewest and the most words of a run of labels read from its form alone
_RUN_WORDS = 4, 15


#: a sentence that presents what follows it as a list ("We collect the following information.", "as set out below")
_PRESENTS_NEXT = re.compile(r"\b(?:following|below|as follows|these)\b")


@lru_cache(maxsize=4096)
def _presented_as_data(presenter: str) -> bool:
    """Whether the line above a run of labels presents them as data or as a practice's entries: it ends with ':',
    or, a heading, it names data, information, details, categories or a practice ("# Information we collect",
    "# Location data"), or, a sentence, it presents a list ("We collect the following information.")."""
    text = clean_block(presenter)
    if not text or text.endswith(":"):
        return True
    low = normal(text)
    if presenter.lstrip().startswith("#"):
        concepts = profile(text).concepts
        named = any(lx.CONCEPTS_BY_NAME[n].category == lx.DC for n in concepts)
        return named or bool(_DATA_INTRO.search(low) or lx.PRACTICE_VERB.search(low))
    return bool(_PRESENTS_NEXT.search(low))


def _unpresented_label(change: Change, layout: Layout) -> bool:
    """A label line added or removed that nothing presents as data: a widget's title or a link ("YouTube video
    player", "Live chat by Zendesk", "Read our latest newsletter"), a product and its price, or a blog's tag cloud
    whose links the capture set side by side ("children health kids location money"). It is a line of its own (not a
    list item), with no verb and no one speaking, no negation, and no mark that ends a sentence; and the line above
    its run of labels neither ends with ':' nor, as a heading, names data or a practice, nor, as a sentence, presents
    a list. A policy's own list of data says what its entries are: "We collect:" or "# Information we collect" over
    "Name", "Email address".

    Family: small sites' captures carrying their widgets, players, sidebars and tags, whose words may be data words."""
    raw = (change.after or change.before or "").strip()
    if "\n" in raw or not (label_line(raw) or _keyword_run(raw)):
        return False
    text = clean_block(raw)
    presenter = layout.presenter(text)
    if not presenter or _presented_as_data(presenter):
        return False
    low = normal(text)
    if _JOINING_SPEAKER.search(low) or lx.PRACTICE_VERB.search(low):
        return False
    p = profile(text)
    return not (p.verbs or p.negations)


#: someone speaking or a clause's verb: a label has none ("we", "you", "is", "will")
_JOINING_SPEAKER = re.compile(
    r"(?<![\w'’-])(?:we|you|us|is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|do|does)"
    r"(?![\w'’-])"
)


def _keyword_run(raw: str) -> bool:
    """A line of bare labels run together: a blog's tag cloud or a category row whose links the capture set side by
    side ("children health kids location money"): several words, no word that joins them into a phrase (no "and",
    "of", "the", no one speaking), no punctuation, not a list item."""
    text = clean_block(raw)
    words = text.split()
    if not _RUN_WORDS[0] <= len(words) <= _RUN_WORDS[1]:
        return False  # cheap first: most changes are sentences of many words
    if _LIST_ITEM.match(raw) or not latin(text) or re.search(r"[^\w\s&'’-]", text):
        return False
    return not _JOINING.search(normal(text))
