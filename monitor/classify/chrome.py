"""The site's header and footer captured with the policy, found by where they sit: at the edges of the page. Pure.

A footer is a run of short link labels after the policy's last sentence ("Privacy Policy", "Your Privacy Choices",
"Do Not Sell or Share My Personal Information", "© 2025 Example Inc."), a header the same before its first one.
Their labels may name practices and choices, but they are links to other pages, not statements: what tells them
from a list of the policy's own (rights, data types) is their place (nothing of the policy after a footer, nothing
before a header), their form (labels in title case, no sentence) and that nothing introduces them as a list (a line
ending in ':' or a heading about a practice). `edge_blocks` finds the widgets and menus beside them by the same
marks without asking for title case: a help centre's task links ("Delete your profile"), a menu of topics, share
buttons, between the policy and an edge of the page.
"""

from __future__ import annotations

import re

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.evidence import normal, profile
from monitor.classify.furniture import _asks_about_data
from monitor.text.sentences import clean_block, loose_key, split_sentences

#: the most words of a link label, and how many labels make a header or footer
LABEL_WORDS, MIN_LABELS = 10, 3
#: the share of the labels that must be link titles: in title case ("Cookie Preferences", "Do Not Sell My Info") or
#: known page chrome ("Contact us", "Manage consent")
TITLE_SHARE = 1 / 2

_COPYRIGHT = re.compile(r"©|\(c\) \d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
#: short words that stay lower case in a title ("Do Not Sell or Share", "Terms of Use")
_SMALL = frozenset(
    ["a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "at", "by", "with", "my", "your", "our", "as", "is"]
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _text(line: str) -> str:
    return clean_block(line).removeprefix("- ").strip()


def _label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= LABEL_WORDS and text[-1:] not in ".:;,?!" and "|" not in text and not _states(text)


def _title_case(text: str) -> bool:
    words = _WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL for w in words) and words[0][0].isupper()


def _heading(line: str) -> bool:
    return line.lstrip().startswith("#")


def _introduces(line: str) -> bool:
    """A line that presents the run after it as a list of the policy's ("We may share it with:", "# Your rights"),
    unlike the footer's own labels ("Follow us:", "# Cookie Settings")."""
    text = _text(line)
    if lx.CHROME.match(normal(text)):
        return False
    about = bool(profile(text).concepts)
    return (text.endswith(":") and (about or len(text.split()) >= 4)) or (_heading(line) and about)


def _copyright(text: str) -> bool:
    return bool(_COPYRIGHT.search(text)) and len(text.split()) <= 2 * LABEL_WORDS


def _member(line: str) -> bool:
    """A line a header or footer is made of: a link label, a copyright line, a heading that lists no practice."""
    text = _text(line)
    return _copyright(text) or (_label(text) and not (_heading(line) and _introduces(line)))


def _item(line: str) -> bool:
    return line.lstrip().startswith(("- ", "* ", "+ "))


#: how the links of a row are set apart on one line ("Terms | Privacy | Cookies", "Terms · Privacy")
_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")
#: the most words of a run of link titles on one line whose separators the capture lost, and the punctuation that
#: tells a sentence or a field from it
_RUN_ON_WORDS = 4 * LABEL_WORDS
_RUN_ON_PUNCTUATION = frozenset('.,;:!?()"“”')


def _row(lines: list[str], k: int) -> list[str]:
    """The link titles of a row of links on one line ("Terms of Use | Privacy Policy | Your Privacy Choices"), or [].
    A row stands alone: a line beside a piped line of as many cells is a table's row, which may state something."""
    line = _unpiped(lines[k])
    if not any(sep in line for sep in "|·•"):
        return []
    cells = [_text(cell) for cell in _ROW_SEPARATOR.split(line)]
    if len(cells) < MIN_LABELS or not all(_label(cell) or _copyright(cell) for cell in cells):
        return []
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and "|" in lines[j] and len(_unpiped(lines[j]).split("|")) == len(cells):
            return []
    return cells


def _unpiped(line: str) -> str:
    return line.strip().strip("|").strip()


def _run_on(text: str) -> bool:
    """Link titles set one after the other with nothing between them ("Terms Privacy Your Privacy Choices Do Not Sell
    My Info"): longer than a label, every word in title case, no punctuation of a sentence or a field."""
    words = text.split()
    return (
        LABEL_WORDS < len(words) <= _RUN_ON_WORDS
        and _title_case(text)
        and not _RUN_ON_PUNCTUATION.intersection(text)
        and not _copyright(text)
    )


def _bodiless(lines: list[str], k: int) -> bool:
    """A heading with no body under it: up to the next heading or the page's edge, nothing but a copyright line or one
    link label. It names no section of the policy (a section has a body; a list has more than one item), so it is a
    link title even when it names a practice ("# Your Privacy Choices" over "# Cookie Preferences")."""
    if not _heading(lines[k]):
        return False
    under = []
    for line in lines[k + 1 : k + 4]:
        if _heading(line):
            break
        if not _copyright(_text(line)):  # the page's signature is no body ("# Privacy" / "Do Not Sell ..." / "©")
            under.append(_text(line))
    return len(under) < 2 and all(_label(t) for t in under)


def _labels_of(lines: list[str], k: int) -> tuple[int, int] | None:
    """(link titles, titles in title case or known chrome) on line k when it can belong to a header or footer: a link
    label, a row of them, a run of them, a copyright line (none), a heading with nothing under it (one), a heading
    that lists no practice (none); None when it cannot."""
    line = lines[k]
    text = _text(line)
    if _copyright(text) and not _row(lines, k):
        return 0, 0
    if _heading(line) and not _bodiless(lines, k):
        return (0, 0) if _member(line) else None
    cells = _row(lines, k)
    if cells:
        labels = [c for c in cells if not _copyright(c)]
        return len(labels), sum(_titled(c) for c in labels)
    if "|" in line:
        return None  # a table's row, which may state something ("Location | Sold | Yes")
    if _label(text):
        return 1, int(_titled(text))
    if _run_on(text):
        return MIN_LABELS, MIN_LABELS
    return None


def _titled(text: str) -> bool:
    return _title_case(text) or bool(lx.CHROME.match(normal(text)))


def _chrome_runs(lines: list[str], order: list[int]) -> list[list[int]]:
    """Runs of label lines (with copyright lines and plain headings among them) read from one edge inwards, mostly
    link titles, each ending where a block ends (a list, a heading, a run of plain lines): the innermost last. A row
    of links on one line counts its titles; headings with nothing under them count as titles (a footer's links
    promoted to headings by the capture: "# Terms" over "# Privacy")."""
    run: list[int] = []
    out: list[list[int]] = []
    labels = titled = 0
    signed = site = False  # a copyright line is in the run, and a link of the site's own ("Terms of Use", "Careers")
    for i, k in enumerate(order):
        found = _labels_of(lines, k)
        if found is None:
            break
        labels += found[0]
        titled += found[1]
        run.append(k)
        line = lines[k]
        signed = signed or _copyright(_text(line))
        site = site or bool(lx.CHROME.match(normal(_text(line))))
        nxt = order[i + 1] if i + 1 < len(order) else None
        boundary = (
            nxt is None
            or _labels_of(lines, nxt) is None
            or _item(lines[nxt]) != _item(line)
            or _heading(lines[nxt])
            or _heading(line)
            or bool(_row(lines, k)) != bool(_row(lines, nxt))  # a row of links beside a table or prose
            # a footer's link titles go on, in the same list form, from a list of the policy's own in sentence case
            # ("- Internet activity" then "- Terms of Use", "- Ad Choices", "© 2025 Example Inc."): where the title
            # case stops, the footer may stop. Only a signed footer with a link of the site's own: title-case data
            # types added at the end of the policy's list ("- Health Information") are not read as one
            or (signed and site and _titled(_text(line)) and not _titled(_text(lines[nxt])))
        )
        if boundary and labels >= MIN_LABELS and titled >= TITLE_SHARE * labels:
            out.append(list(run))
    return out


#: the most link titles after the policy's last sentence that make a footer without a copyright line or a third title
FEW_LINKS = 2


def _last_links(lines: list[str]) -> list[int]:
    """One or two link titles in title case that end the page right after the policy's text ("...contact us." then
    "Do Not Sell or Share My Personal Information"): a floating button or the end of a footer, not a list (no item;
    the line before is prose, a date line or an item of another list, not a heading nor a line ending in ':')."""
    run: list[int] = []
    for k in range(len(lines) - 1, max(-1, len(lines) - 2 - FEW_LINKS), -1):
        text = _text(lines[k])
        if _item(lines[k]) or "|" in lines[k] or not _label(text) or not _titled(text):
            break
        run.append(k)
    before = len(lines) - 1 - len(run)
    if not run or len(run) > FEW_LINKS or before < 0:
        return []
    last = lines[before]
    link = _label(_text(last)) and ": " not in _text(last) and "|" not in last  # not a field, a date, a table row
    return run if not _heading(last) and not link and not _text(last).endswith(":") else []


#: the most words of a widget's label over its links at the end of a page ("Popular search terms for this
#: article:"), and of each link title under it
_TAIL_LABEL_WORDS, _TAIL_LINK_WORDS = 8, 5


def _tail_widget(lines: list[str]) -> list[int]:
    """A widget that ends the page right after the policy's prose (the line before it ends a sentence), read from
    its words alone, the capture having dropped its links: a short label ending in ':' over one or two short link
    titles naming no data nor party, not list items ("Popular search terms for this article:" / "simple privacy
    policy"), or one line of call-to-action links run together that opens with a known one or a promotion ("SIGN UP
    FREE No credit card needed Back to previous page"). Neither states anything: no "we" and a practice verb, no
    sentence stop. Family: related-article, tag and sign-up widgets captured under the policy."""
    if len(lines) < 3:
        return []
    last = _text(lines[-1])
    if (
        not _item(lines[-1])
        and not _heading(lines[-1])
        and LABEL_WORDS < len(last.split()) <= _RUN_ON_WORDS
        and not _RUN_ON_PUNCTUATION.intersection(last)
        and (lx.CHROME.match(normal(last)) or lx.PROMO.match(normal(last)))
        and not _states(last)
        and _ends_sentence(lines[-2])
    ):
        return [len(lines) - 1]
    run = []
    for k in range(len(lines) - 1, max(0, len(lines) - 1 - FEW_LINKS), -1):
        text = _text(lines[k])
        if text.endswith(":") or _item(lines[k]) or _heading(lines[k]) or len(text.split()) > _TAIL_LINK_WORDS:
            break
        if not _label(text) or _practice_named(text):
            return []  # a link title names no data nor party ("Your precise location" under "Data we keep:")
        run.append(k)
    label = len(lines) - 1 - len(run)
    if not run or label < 1:
        return []
    text = _text(lines[label])
    if (
        not text.endswith(":")
        or len(text.split()) > _TAIL_LABEL_WORDS
        or _item(lines[label])
        or _heading(lines[label])
        or _states(text)
        or not _ends_sentence(lines[label - 1])
    ):
        return []
    return [label, *sorted(run)]


def _practice_named(text: str) -> bool:
    return any(name not in ("personal data", "security") for name in profile(text).concepts)


def _ends_sentence(line: str) -> bool:
    return _text(line).rstrip("\"')]*_").endswith((".", "!", "?"))


def edge_chrome(lines: list[str]) -> list[str]:
    """The lines of a capture (non-blank, in order) that are the site's footer or header around the policy."""
    return [lines[k] for k in _edge_chrome_lines(lines)]


def _edge_chrome_lines(lines: list[str]) -> list[int]:
    if len(lines) < 2 * MIN_LABELS:
        return []
    marked: set[int] = set()
    for run in reversed(_chrome_runs(lines, list(range(len(lines) - 1, -1, -1)))):
        before = min(run) - 1
        if before >= 0 and not _introduces(lines[before]):  # a footer after the policy, not a list of its own
            marked.update(run)
            break
    else:
        marked.update(_last_links(lines) or _tail_widget(lines))
    for run in reversed(_chrome_runs(lines, list(range(len(lines))))):
        if max(run) + 1 < len(lines):  # a header before the policy
            marked.update(run)
            break
    return sorted(marked)


#: a heading that titles the document itself, after the site's name at most ("# Privacy Policy", "# Acme Privacy
#: Notice", "# Data Protection Statement")
_DOCUMENT_TITLE = re.compile(
    r"(?:[\w'’&.,-]+\s+){0,5}?(?:privacy|data protection|data privacy)\s+(?:policy|notice|statement)",
    re.IGNORECASE,
)
#: the most lines of a site's header (a tagline, a breadcrumb) between the page's title and the document's own title
HEADER_LINES = 2
#: the most words of such a line
TAGLINE_WORDS = 30


def edge_tagline(lines: list[str]) -> list[str]:
    """The lines between the page's first heading and the document's own title right after it ("# Acme: Privacy
    Policy" / "Affordable hosting for a million sites" / "# Privacy Policy"): the site's tagline or breadcrumb, shown
    on every page. Not a list item, not a statement of the company's ("We sell your data") or about data handled
    ("Your email address is shared"), not a line ending in ':'. Family: small sites whose page header sits above the
    policy's title."""
    if len(lines) < 3 or not _heading(lines[0]):
        return []
    for k in range(2, min(len(lines), HEADER_LINES + 2)):
        if _heading(lines[k]):
            if not _DOCUMENT_TITLE.fullmatch(_text(lines[k]).rstrip(" :")):
                return []
            above = lines[1:k]
            if all(_tagline(line) for line in above):
                return above
            return []
    return []


def _tagline(line: str) -> bool:
    text = _text(line)
    return (
        not _heading(line)
        and not _item(line)
        and 0 < len(text.split()) <= TAGLINE_WORDS
        and not text.endswith(":")
        and not _states(text)
        and not (lx.PRACTICE_VERB.search(text.lower()) and profile(text).categories[lx.DC])  # "Your data is sold"
    )


#: a consent banner's buttons: short lines ("I agree", "Show purposes"), at least one of them a known button
BUTTON_WORDS, MIN_BUTTONS, MAX_BUTTONS = 3, 2, 5


def _buttons(lines: list[str], order: list[int]) -> list[int]:
    """The run of button lines at the start of `order`: short lines, at least one of them a known button."""
    run: list[int] = []
    known = False
    for k in order[:MAX_BUTTONS]:
        text = _text(lines[k])
        if not text or len(text.split()) > BUTTON_WORDS or text[-1:] in ".:;,?":
            break
        run.append(k)
        known = known or bool(lx.BUTTON_LINE.match(text) or lx.CHROME.match(normal(text)))
    return run if len(run) >= MIN_BUTTONS and known else []


def _about_cookies(line: str) -> bool:
    text = _text(line)
    return "cookie" in text.lower() and not text.endswith(":") and not _heading(line)


#: what a banner's paragraph is about: the site being visited and its cookies ("This site uses cookies", "to improve
#: your experience on our website")
_THE_SITE = re.compile(
    r"\bcookies?\b|\b(?:this|our|the) (?:web)?site\b|\b(?:browsing|your) experience\b"
    r"|^\W*(?:enter|type|leave|sign up|subscribe|join|get)\b",  # or a form asking for the reader's input
    re.IGNORECASE,
)


def _about_the_site(line: str) -> bool:
    return bool(_THE_SITE.search(_text(line)))


def edge_banner(lines: list[str]) -> list[str]:
    """The lines of a cookie-consent banner captured at an edge of the page: one paragraph about cookies with its
    buttons ("I agree", "Show purposes", at least one of them a known button) and at most one title line, at the
    very end of the page or at its very top, beyond the known consent vocabulary of `_cookie_banners`."""
    n = len(lines)
    marked: set[int] = set()
    # at the end: [title] paragraph buttons
    tail = _buttons(lines, list(range(n - 1, -1, -1)))
    para = n - 1 - len(tail)
    if tail and para > 0 and _about_cookies(lines[para]):
        marked.update([*tail, para])
        if _label(_text(lines[para - 1])) and not _introduces(lines[para - 1]):
            marked.add(para - 1)
    # at the top: [title] paragraph buttons, then the policy
    for para in (0, 1):
        if para >= n or not _about_cookies(lines[para]):
            continue
        if para == 1 and not _label(_text(lines[0])):
            continue
        top = _buttons(lines, list(range(para + 1, n)))
        if top and max(top) + 1 < n:
            marked.update([*range(para + 1), *top])
            break
    return [lines[k] for k in sorted(marked)]


#: the most words of a widget's or menu's label: a task link ("Turn location history on or off") or a topic
BLOCK_WORDS = 7


def _states(text: str) -> bool:
    """ "we" and a practice verb after it: a statement about data, not a link label ("We sell your data", "we never
    share it"); "Our service providers" is a label."""
    we = lx.WE.search(text)
    return bool(we and lx.PRACTICE_VERB.search(text, we.end()))


def _block_label(line: str) -> bool:
    """A line a widget or menu is made of: a short label with no sentence punctuation that states nothing
    ("Delete your profile", "Your data", "Download PDF"), or a copyright line."""
    text = _text(line)
    if _copyright(text):
        return True
    words = text.split()
    return (
        0 < len(words) <= BLOCK_WORDS
        and text[-1:] not in ".:;,?!"
        and "|" not in line
        and ": " not in text  # a field and its value ("Email: privacy@example.com"), not a link
        and not _states(text)
    )


def _known(line: str, furniture: set[str]) -> bool:
    """A line already found to be page furniture (a banner, a feedback widget, a footer)."""
    keys = [k for k in (loose_key(s) for s in split_sentences(clean_block(line))) if k]
    return bool(keys) and all(k in furniture for k in keys)


def _practice_heading(line: str) -> bool:
    """A heading about a practice: it names one ("# Your rights") or says what is done with data ("# Information
    we collect", "# Who we share it with")."""
    if not _heading(line):
        return False
    text = _text(line)
    return not lx.CHROME.match(normal(text)) and bool(profile(text).concepts or lx.PRACTICE_VERB.search(text))


def _presents(line: str) -> bool:
    """A line that presents the lines after it as a list: any line ending in ':' but the page's own ("Follow us:"),
    or a heading about a practice."""
    text = _text(line)
    return (text.endswith(":") and not lx.CHROME.match(normal(text))) or _practice_heading(line)


def _heads_list(lines: list[str], k: int) -> bool:
    """A heading about a practice with a list under it (two lines or more before the next heading): "# Your rights"
    over "Access", "Deletion"; not a one-word button set as a heading ("# Share" over "Email this page")."""
    if not _practice_heading(lines[k]):
        return False
    under = lines[k + 1 : k + 3]
    return len(under) == 2 and not any(_heading(line) for line in under)


def _block_run(lines: list[str], order: list[int]) -> list[int]:
    """The run of label lines at the start of `order` (read from one edge inwards), all list items or all plain
    lines (headings among either), up to a heading about a practice ("# Your rights" presents what follows it as the
    policy's own list) and with at most one title line of the other kind ("Quick links" over its links)."""
    run: list[int] = []
    kind: bool | None = None
    up = len(order) > 1 and order[1] < order[0]
    for k in order:
        line = lines[k]
        if not _block_label(line) or _heads_list(lines, k):
            break
        if _heading(line) and sum(not _heading(lines[j]) for j in run) >= MIN_LABELS:
            if up:
                run.append(k)  # the block's title ("# Related help" over its links) ends it
            break  # below a menu at the top, a heading is the policy's title
        if not _heading(line) and not _copyright(_text(line)):
            if kind is None:
                kind = _item(line)
            elif _item(line) != kind:
                if not kind or not up:  # a title is a plain line above list items, not below them
                    break
                run.append(k)
                break
        run.append(k)
    return run


def edge_blocks(lines: list[str], furniture: set[str]) -> list[str]:
    """The lines of widget and menu blocks between the policy and the page's edges: a run of several short labels
    (a help centre's task links "Delete your profile", "Manage ad preferences"; a menu of topics "Cookies", "Your
    data"; share buttons), in sentence case or title case, with or without a title line, that nothing introduces as
    a list of the policy's own (a line ending in ':' or a heading about a practice before it), with nothing of the
    policy between it and the edge (only other furniture: a feedback widget, a banner, a footer).

    What tells such a block from a list of the policy's own (data types, rights, recipients) is that nothing
    presents it: a policy's list follows the sentence or heading that says what its items are."""
    n = len(lines)
    marked: set[int] = set()
    for order in (list(range(n - 1, -1, -1)), list(range(n))):
        pos = 0
        while pos < n:
            # furniture already found at this edge (a feedback widget, a banner); labels are read as labels, even
            # when known from the other version
            while pos < n and _known(lines[order[pos]], furniture) and not _block_label(lines[order[pos]]):
                pos += 1
            run = _block_run(lines, order[pos:])
            if not run:
                break
            inner = pos + len(run)
            if inner >= n:
                break  # labels only: nothing tells page from policy
            labels = [k for k in run if not _copyright(_text(lines[k]))]
            if len(labels) < MIN_LABELS or all(_heading(lines[k]) for k in labels):
                break  # a few labels, or headings only (the policy's own titles)
            if order[0] == n - 1 and _presents(lines[order[inner]]):
                break  # a list the line above presents ("We also collect:", "# Your rights")
            if _item(lines[order[inner]]) and _item(lines[run[-1]]):
                break  # the end of a longer list whose other items are sentences: the policy's own
            marked.update(run)
            pos = inner
    return [lines[k] for k in sorted(marked)]


#: a control's label: a consent, submit, send or chat button ("Accept Cookies", "Subscribe", "Chat with us")
_CONTROL = vocabulary.pattern("boilerplate", "control")
#: a button that answers a banner ("Accept", "Got it"), unlike a link a policy may hold too ("Cookie settings")
_ANSWER = vocabulary.pattern("boilerplate", "answer_button")
#: the most short lines on either side of a widget's paragraph, and the most words of that paragraph
WIDGET_LINES, WIDGET_WORDS = 5, 80


def _short(line: str) -> bool:
    """A widget's short line: a title, a field's label, a link or a button ("Stay in the loop", "Email address",
    "Sign up"); not a list item, not a field with its value ("Email: ...")."""
    text = _text(line)
    return _label(text) and ": " not in text and not _item(line)


def _greeting(line: str) -> bool:
    """A widget's opening line: a short question or exclamation that asks nothing about data ("Hi there! How can we
    help?", "Questions? We're here to help.")."""
    text = _text(line)
    return (
        not _heading(line)
        and not _item(line)
        and 0 < len(text.split()) <= LABEL_WORDS
        and ("?" in text or "!" in text)
        and not _asks_about_data(text)
    )


def _control(line: str) -> bool:
    text = _text(line)
    return bool(_CONTROL.match(text) or lx.BUTTON_LINE.match(text))


def _widget_paragraph(line: str) -> bool:
    """The one paragraph a widget may hold: a few sentences of prose that present no list."""
    text = _text(line)
    return (
        not _heading(line)
        and not _item(line)
        and LABEL_WORDS // 2 <= len(text.split()) <= WIDGET_WORDS
        and text[-1:] in ".!?"
    )


def _widget(lines: list[str], order: list[int], skip: set[int], theirs: set[str]) -> list[int]:
    """The lines of a widget read from one edge inwards (`order`), past the lines in `skip` (a footer at that edge):
    its controls, its one paragraph, its titles, fields and greeting, with the policy beyond them. Read from the
    bottom, the controls come first; from the top, the titles. It is read first as lines new to this version (a
    widget that came or went whole), then with the lines both versions show (a widget whose text changed)."""
    seq = [k for k in order if k not in skip]
    up = len(order) > 1 and order[1] < order[0]
    pos = 0
    edge: list[int] = []  # short lines between the paragraph and the edge
    while pos < len(seq) and len(edge) <= WIDGET_LINES and _framing(lines[seq[pos]]):
        edge.append(seq[pos])
        pos += 1
    if len(edge) > WIDGET_LINES or pos >= len(seq) or not _widget_paragraph(lines[seq[pos]]):
        return []
    para = seq[pos]
    for fresh in (True, False):
        inner: list[int] = []  # short lines between the paragraph and the policy
        at = pos + 1
        while at < len(seq) and len(inner) < WIDGET_LINES and _framing(lines[seq[at]]):
            if fresh and lines[seq[at]] in theirs:
                break  # a line of both versions is the page's, beyond a widget that came or went whole
            inner.append(seq[at])
            at += 1
        if at >= len(seq) or (up and _introduces(lines[seq[at]])):
            continue  # the page is all widget, or a list the line above presents
        block = _framed(lines, para, (inner, edge) if up else (edge, inner), up, theirs if fresh else None)
        if block:
            return block
    return []


def _framing(line: str) -> bool:
    return _short(line) or _greeting(line)


def _framed(
    lines: list[str], para: int, sides: tuple[list[int], list[int]], up: bool, theirs: set[str] | None
) -> list[int]:
    """The widget's lines when the short lines above and below its paragraph frame it as one, else []. With `theirs`
    (the other version's lines), the widget must come or go whole; without, it must be framed on both sides (a title
    right above its paragraph, a control below) or be a consent banner with a button that answers it."""
    above, below = sides
    controls = [k for k in below if _control(lines[k])]
    if not up:
        below = below[: below.index(controls[-1]) + 1] if controls else []  # the policy's title after the buttons
    # a plain heading right above the paragraph is a section's title unless it is a control ("# Chat with us")
    over = para - 1 in above
    section = over and _heading(lines[para - 1]) and not _control(lines[para - 1])
    titles = [k for k in above if not (section and k == para - 1)]
    block = sorted([*above, para, *below])
    if below:
        answered = any(_ANSWER.match(_text(lines[k])) for k in controls)
        if not (len(controls) >= 1 + section or answered):
            return []
        if theirs is not None:
            if not titles and len(controls) < 2 and not _about_the_site(lines[para]):
                return []  # a new last paragraph over one link ("... advertising partners." / "Accept") may be policy
            return block if not any(lines[k] in theirs for k in block) else []  # a widget comes and goes whole
        titled = over and not section
        return block if titled or (answered and _about_cookies(lines[para])) else []
    opened = any(_greeting(lines[k]) for k in titles) or _control(lines[para - 1])
    whole = theirs is not None and not any(lines[k] in theirs for k in block)
    return block if whole and len(titles) >= 2 and opened else []


def edge_widgets(lines: list[str], theirs: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The lines of a widget captured at an edge of the page, between the policy and the edge (past a footer): one
    short paragraph with its controls and titles. A consent banner ("This site uses cookies ..." over "Do Not Sell
    My Info" and "Accept Cookies"), a newsletter form ("Subscribe to our newsletter", "Enter your email to get our
    offers.", "Subscribe"), a chat box ("Hi there! How can we help?", "Chat with us", "Our assistant reads your
    messages to answer you."). Its paragraph may state a practice, but it is the site's, shown on every page.

    What tells it from the policy's last (or first) paragraph is its frame: controls beside it (at least one, two
    under a heading: a section's title over a paragraph and a link is the policy's own), or, with the paragraph at
    the edge, a greeting or a control among two titles above it; and that it comes and goes whole (`theirs`: the
    other version's lines; none of the widget's lines is there), unless it is a consent banner (a paragraph about
    cookies over a button that answers it: "Accept", "OK"), which stays furniture when only its text changes. A
    paragraph about cookies over a "Cookie Settings" link in both versions is the policy's own.

    Family: captures of pages whose consent banners, sign-up forms and chat boxes come and go between captures."""
    n = len(lines)
    if n < 4:
        return []
    chrome = set(_edge_chrome_lines(lines))
    marked: set[int] = set()
    for order in (list(range(n - 1, -1, -1)), list(range(n))):
        # its buttons may read as the last links of a footer ("OK"): first as the widget's, then past the footer
        marked.update(_widget(lines, order, set(), set(theirs)) or _widget(lines, order, chrome, set(theirs)))
    return [lines[k] for k in sorted(marked)]
