"""More perturbation families for bench/perturb.py: contact details against practices, page furniture told by its
shape, reference lists, and the same facts named or laid out another way; with material edits next to each so that
a fix that silences noise does not also blind the classifier.

Each edit takes a real document's raw text and a seeded random generator and returns (old raw, new raw), or None
where it does not apply. The texts below are generic, written for this harness, and name no real service.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Pair = tuple[str, str]

_HEADING = re.compile(r"^#{1,6} ")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,2}[.)]) )(.*)$")


def _lines(raw: str) -> list[str]:
    return raw.splitlines()


def _join(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _top(lines: list[str]) -> int:
    return next((k for k, ln in enumerate(lines) if _HEADING.match(ln.strip())), 0)


def _prose_idx(lines: list[str]) -> list[int]:
    return [
        k
        for k, ln in enumerate(lines)
        if not _HEADING.match(ln.strip())
        and not _ITEM.match(ln)
        and "|" not in ln
        and len(ln.split()) >= 10
        and ln.rstrip().endswith((".", "!"))
    ]


def _middle(rng: random.Random, idx: list[int], n: int) -> int | None:
    inner = [k for k in idx if 0.1 * n <= k <= 0.9 * n] or idx
    return rng.choice(inner) if inner else None


def _after_paragraph(raw: str, rng: random.Random, new: list[str]) -> str | None:
    lines = _lines(raw)
    k = _middle(rng, _prose_idx(lines), len(lines))
    if k is None:
        return None
    return _join([*lines[: k + 1], "", *new, *lines[k + 1 :]])


def _at_end(raw: str, block: list[str]) -> str:
    return raw.rstrip("\n") + "\n\n" + _join(block)


# ------------------------------------------------------------------------------------ contact against practice

_MAILBOXES = ("privacy", "dataprotection", "dpo", "legal", "gdpr", "privacy-requests", "compliance")
_DOMAINS = ("example-company.com", "examplecorp.io", "example.org")
_PHONES = ("+1 (800) 555-0134", "+44 20 7946 0321", "+353 1 555 0192", "1-888-555-0110", "+49 30 5550 1234")
_COUNTRIES = ("Ireland", "the Netherlands", "Germany", "France", "Belgium", "Luxembourg", "Spain", "Sweden")
_STREETS = ("Harbour View", "Mill Lane", "Station Road", "Lakeside Drive", "Kings Square", "North Wharf")
_CITIES = ("Dublin", "Amsterdam", "Berlin", "Paris", "Brussels", "Luxembourg", "Madrid", "Stockholm")
_FIRMS = ("Northwind Compliance", "Keel Representation", "Ardent Privacy", "Lumen Legal Services")


def _mail(rng: random.Random) -> str:
    return f"{rng.choice(_MAILBOXES)}@{rng.choice(_DOMAINS)}"


def _postal(rng: random.Random) -> str:
    return (
        f"{rng.choice(_FIRMS)} Ltd., {rng.randint(1, 120)} {rng.choice(_STREETS)}, {rng.choice(_CITIES)},"
        f" {rng.choice(_COUNTRIES)}"
    )


_REACH = (
    "If you have any questions about this policy, you can contact us at {c}.",
    "Questions or concerns about your privacy may be sent to {c}.",
    "You can reach our privacy team at {c}.",
    "For any privacy-related enquiry, please write to us at {c}.",
)


def phone_changed(raw: str, rng: random.Random) -> Pair | None:
    """A telephone number in a contact sentence changed, or added next to an e-mail address."""
    a, b = rng.sample(_PHONES, 2)
    mail = _mail(rng)
    form = rng.choice(_REACH)
    old = form.format(c=f"{mail} or by phone on {a}")
    new = form.format(c=f"{mail} or by phone on {b}") if rng.random() < 0.5 else form.format(c=f"{mail}")
    if rng.random() < 0.5:
        old, new = new, old
    return _at_end(raw, ["# Contact us", "", old]), _at_end(raw, ["# Contact us", "", new])


def contact_form_added(raw: str, rng: random.Random) -> Pair | None:
    """A web form, portal or chat offered as another way to contact the company (not to exercise a right)."""
    mail = _mail(rng)
    line = rng.choice(_REACH).format(c=mail)
    extra = rng.choice(
        (
            "You can also send us a message using our online contact form.",
            "Alternatively, use the contact form on our website.",
            "You can also reach us through the help centre or by live chat.",
            "Business customers can contact their account manager through the customer portal.",
        )
    )
    base = ["# Contact us", "", line]
    return _at_end(raw, base), _at_end(raw, [*base, extra])


def postal_country_changed(raw: str, rng: random.Random) -> Pair | None:
    """The postal address to write to moved to another country (a contact address, not a transfer)."""
    form = rng.choice(
        (
            "You can write to us at: {a}.",
            "Our postal address is {a}.",
            "Letters should be addressed to our privacy team, {a}.",
            "Contact our Data Protection Officer by post at {a}.",
        )
    )
    a, b = _postal(rng), _postal(rng)
    if a == b:
        return None
    return _at_end(raw, ["# How to contact us", "", form.format(a=a)]), _at_end(
        raw, ["# How to contact us", "", form.format(a=b)]
    )


_RIGHTS_SENTENCES = (
    "To exercise any of these rights, please {how}.",
    "If you would like to make a request to access or delete your data, please {how}.",
    "You can exercise your rights at any time: {how}.",
    "Requests to access, correct or erase your personal data can be made if you {how}.",
)


def rights_mailbox_changed(raw: str, rng: random.Random) -> Pair | None:
    """In the sentence saying how to exercise rights, one e-mail address replaced by another (same channel)."""
    a, b = _mail(rng), _mail(rng)
    if a == b:
        return None
    form = rng.choice(_RIGHTS_SENTENCES)
    old = _after_paragraph(raw, random.Random(rng.random()), [form.format(how=f"email us at {a}")])
    if old is None:
        return None
    return old, old.replace(a, b)


_FORM_HOW = ("use our online request form", "submit a request through our privacy portal", "fill in the web form")
_MAIL_HOW = ("email us at {m}", "send an e-mail to {m}", "contact us by email at {m}")


def m_rights_channel(raw: str, rng: random.Random) -> Pair | None:
    """How to exercise rights changed channel: e-mail replaced by a web form, or the other way round."""
    form = rng.choice(_RIGHTS_SENTENCES)
    by_mail = rng.choice(_MAIL_HOW).format(m=_mail(rng))
    by_form = rng.choice(_FORM_HOW)
    seed = rng.random()
    old = _after_paragraph(raw, random.Random(seed), [form.format(how=by_mail)])
    new = _after_paragraph(raw, random.Random(seed), [form.format(how=by_form)])
    if old is None or new is None:
        return None
    return (old, new) if rng.random() < 0.5 else (new, old)


def m_transfer_country(raw: str, rng: random.Random) -> Pair | None:
    """A transfer of personal data to a named third country, stated as a practice next to the contact details."""
    country = rng.choice(("India", "the Philippines", "Brazil", "Singapore", "the United States"))
    line = rng.choice(
        (
            f"We transfer your personal data to our service centre in {country}, where it is processed.",
            f"Your personal information is stored on servers located in {country}.",
            f"Our support staff in {country} can access your account data to answer your requests.",
        )
    )
    base = ["# Contact us", "", rng.choice(_REACH).format(c=_mail(rng))]
    return _at_end(raw, base), _at_end(raw, [*base, line])


# ------------------------------------------------------------------------------------ furniture told by its shape

_CONCEPT_MENU = (
    "Overview", "Cookies", "Your data", "Advertising", "Partners", "Security", "Children", "Your rights",
    "Data transfers", "Retention", "Contact", "Location", "Payments", "Sharing", "Analytics", "Updates",
)  # fmt: skip


def nav_concepts(raw: str, rng: random.Random) -> Pair | None:
    """A navigation menu whose labels name the policy's topics ("Cookies", "Your data", "Advertising") above it."""
    lines = _lines(raw)
    at = _top(lines)
    items = [f"- {x}" for x in rng.sample(_CONCEPT_MENU, rng.randint(5, 8))]
    if rng.random() < 0.5:
        items = [f"- [{x[2:]}](#{x[2:].lower().replace(' ', '-')})" for x in items]
    return raw, _join([*lines[:at], *items, "", *lines[at:]])


_HELP_TASKS = (
    "Delete your profile", "Open your privacy settings", "Download your information", "Change who sees your posts",
    "Turn location history on or off", "Manage ad preferences", "Block someone", "Close your account",
    "See your login history", "Remove a connected app", "Update your email address", "Control face tagging",
)  # fmt: skip


def help_sidebar(raw: str, rng: random.Random) -> Pair | None:
    """A help-centre sidebar of short task links, with or without a heading, captured after the policy."""
    links = rng.sample(_HELP_TASKS, rng.randint(3, 6))
    style = rng.random()
    items = [f"- [{x}](https://help.example.com/{k})" for k, x in enumerate(links)] if style < 0.5 else links
    head = rng.choice((["## Popular topics", ""], ["Quick links", ""], [], ["### In this section", ""]))
    return raw, _at_end(raw, [*head, *items])


def help_sidebar_changed(raw: str, rng: random.Random) -> Pair | None:
    """The task links of a help sidebar changed from one capture to the next."""
    links = rng.sample(_HELP_TASKS, 8)
    head = rng.choice((["## Popular topics", ""], ["Quick links", ""], []))
    return _at_end(raw, [*head, *(f"- {x}" for x in links[:4])]), _at_end(raw, [*head, *(f"- {x}" for x in links[2:7])])


def share_buttons(raw: str, rng: random.Random) -> Pair | None:
    """Share and print buttons, a breadcrumb and a feedback counter around the policy."""
    lines = _lines(raw)
    at = _top(lines)
    crumb = rng.choice(("Home > Legal > Privacy Policy", "Home / Legal / Privacy", "Help Center › Legal › Privacy"))
    buttons = rng.sample(["Share", "Print", "Copy link", "Email this page", "Tweet", "Download PDF"], 3)
    tail = rng.choice(
        (
            [
                "Was this page helpful?",
                "Yes",
                "No",
                f"{rng.randint(2, 90)} out of {rng.randint(91, 200)} found this helpful",
            ],
            ["Did you find what you were looking for?", "Yes", "No"],
            ["Rate this article", "1", "2", "3", "4", "5"],
        )
    )
    new = [*lines[:at], crumb, "", *buttons, "", *lines[at:], "", *tail]
    return raw, _join(new)


def update_banner_topic(raw: str, rng: random.Random) -> Pair | None:
    """An update banner naming when the policy changes and where to read it, stating no practice."""
    lines = _lines(raw)
    at = _top(lines)
    date = rng.choice(("1 March 2027", "June 30, 2026", "15 September 2026"))
    banner = rng.choice(
        (
            f"We're updating our Privacy Policy. The new version takes effect on {date}. See what's changing.",
            f"Our privacy policy will change on {date}. You can read the new version and a summary of the changes"
            " on our website.",
            f"Notice: an updated privacy statement applies from {date}. Click here to view the updated statement.",
        )
    )
    return raw, _join([*lines[:at], banner, "", *lines[at:]])


# ------------------------------------------------------------------------------------ reference lists

_OTHER_NOTICES = (
    "Cookie Notice", "Terms of Use", "Acceptable Use Policy", "Health Data Notice", "Recruitment Privacy Notice",
    "Advertising Choices", "Vendor Code of Conduct", "Biometric Information Notice", "Children's Privacy Statement",
    "Location Data Notice", "Transparency Report",
)  # fmt: skip


def _inline_list_grown(
    raw: str, rng: random.Random, pool: tuple[str, ...], forms: tuple[str, ...]
) -> tuple[str | None, str | None]:
    """One sentence form listing three names of `pool`, then four (one more entry), each inserted after the same
    paragraph; either side is None where no paragraph fits."""
    names = rng.sample(pool, 4)
    form = rng.choice(forms)
    old = form.format(x=", ".join(names[:2]) + " and " + names[2])
    new = form.format(x=", ".join(names[:3]) + " and " + names[3])
    seed = rng.random()
    return _after_paragraph(raw, random.Random(seed), [old]), _after_paragraph(raw, random.Random(seed), [new])


def notice_inline_entry(raw: str, rng: random.Random) -> Pair | None:
    """A notice added to a sentence that lists the other notices that also apply."""
    a, b = _inline_list_grown(
        raw,
        rng,
        _OTHER_NOTICES,
        (
            "This policy should be read together with our {x}.",
            "Our {x} also apply to your use of the services.",
            "For more information, please also read our {x}.",
        ),
    )
    return (a, b) if a and b else None


_SITES = ("shop.example.com", "example-kids.com", "health.example.net", "examplepay.io", "maps.example.org")


def covered_sites_entry(raw: str, rng: random.Random) -> Pair | None:
    """A website or app added to the list of the sites this policy covers."""
    names = rng.sample(_SITES, 4)
    lines = _lines(raw)
    at = _top(lines) + 1
    intro = rng.choice(("This Privacy Policy applies to the following websites and apps:", "It covers:"))
    old = [intro, "", *(f"- {n}" for n in names[:3]), ""]
    new = [intro, "", *(f"- {n}" for n in names), ""]
    return _join(lines[:at] + old + lines[at:]), _join(lines[:at] + new + lines[at:])


_RECIPIENT_ITEMS = (
    "Data brokers, who may combine it with information from other sources",
    "Advertising networks that show you ads on other websites",
    "Insurance companies, to offer you their products",
    "Political campaigns and advocacy groups",
)


def m_recipient_in_list(raw: str, rng: random.Random) -> Pair | None:
    """A new kind of recipient added to a list of those data is shared with."""
    lines = _lines(raw)
    intro = rng.choice(("We may share your personal information with:", "We disclose personal data to the following:"))
    items = [
        "- Our service providers, who process data on our behalf",
        "- Our affiliates",
        "- Public authorities, where the law requires it",
    ]
    at = _top(lines) + 1
    old = [intro, "", *items, ""]
    new = [intro, "", *items[:2], f"- {rng.choice(_RECIPIENT_ITEMS)}", *items[2:], ""]
    return _join(lines[:at] + old + lines[at:]), _join(lines[:at] + new + lines[at:])


# ------------------------------------------------------------------------------------ same facts, other words or layout

_DATA_ITEMS = (
    ("your name", "your full name"), ("email address", "e-mail address"), ("phone number", "telephone number"),
    ("postal address", "mailing address"), ("date of birth", "birthdate"), ("IP address", "IP address"),
    ("device identifiers", "device IDs"), ("payment card details", "credit or debit card details"),
    ("photos you upload", "pictures you upload"), ("purchase history", "order history"),
)  # fmt: skip


def _data_sample(rng: random.Random) -> list[tuple[str, str]]:
    return rng.sample(_DATA_ITEMS, rng.randint(4, 6))


def list_synonyms(raw: str, rng: random.Random) -> Pair | None:
    """A list of data collected, with one or two items named by a near-synonym in the new version."""
    items = _data_sample(rng)
    swap = set(rng.sample(range(len(items)), 2))
    intro = rng.choice(("We collect the following information:", "When you create an account, we ask for:"))
    old = [intro, "", *(f"- {a[0].upper() + a[1:]}" for a, _ in items)]
    new = [
        intro,
        "",
        *(f"- {(b if k in swap else a)[0].upper() + (b if k in swap else a)[1:]}" for k, (a, b) in enumerate(items)),
    ]
    seed = rng.random()
    x = _after_paragraph(raw, random.Random(seed), old)
    y = _after_paragraph(raw, random.Random(seed), new)
    return (x, y) if x and y else None


def sentence_to_list(raw: str, rng: random.Random) -> Pair | None:
    """A sentence enumerating data re-laid as a bulleted list (or back), the same facts."""
    items = [a for a, _ in _data_sample(rng)]
    verb = rng.choice(("collect", "ask for", "receive"))
    sentence = f"When you sign up, we {verb} " + ", ".join(items[:-1]) + f" and {items[-1]}."
    bullets = [f"When you sign up, we {verb}:", "", *(f"- {x[0].upper() + x[1:]}" for x in items)]
    seed = rng.random()
    x = _after_paragraph(raw, random.Random(seed), [sentence])
    y = _after_paragraph(raw, random.Random(seed), bullets)
    if not (x and y):
        return None
    return (x, y) if rng.random() < 0.5 else (y, x)


def list_as_table(raw: str, rng: random.Random) -> Pair | None:
    """Data categories with their purposes: a list of "category: purpose" re-laid as a two-column table."""
    rows = rng.sample(
        [
            ("Contact details", "to answer your requests"),
            ("Payment details", "to process your orders"),
            ("Usage data", "to improve our services"),
            ("Device information", "to keep the service secure"),
            ("Account details", "to provide your account"),
        ],
        3,
    )
    listed = ["We use these categories of data as follows:", "", *(f"- {c}: we use it {p}." for c, p in rows)]
    table = [
        "We use these categories of data as follows:",
        "",
        "| Category | Why we use it |",
        "| --- | --- |",
        *(f"| {c} | {p[0].upper() + p[1:]} |" for c, p in rows),
    ]
    seed = rng.random()
    x = _after_paragraph(raw, random.Random(seed), listed)
    y = _after_paragraph(raw, random.Random(seed), table)
    if not (x and y):
        return None
    return (x, y) if rng.random() < 0.5 else (y, x)


def m_sensitive_in_list(raw: str, rng: random.Random) -> Pair | None:
    """A sensitive data type added to a list of data collected."""
    items = [a for a, _ in _data_sample(rng)]
    intro = "We collect the following information:"
    extra = rng.choice(("Your precise GPS location", "Health and fitness data", "Fingerprints or face scans"))
    old = [intro, "", *(f"- {x[0].upper() + x[1:]}" for x in items)]
    new = [*old, f"- {extra}"]
    seed = rng.random()
    x = _after_paragraph(raw, random.Random(seed), old)
    y = _after_paragraph(raw, random.Random(seed), new)
    return (x, y) if x and y else None


# ------------------------------------------------------------------------------------ reference lists, other words

_MORE_DOCUMENTS = (
    "Supplier Privacy Notice", "Community Guidelines", "Data Retention Schedule", "Ad Preferences",
    "Law Enforcement Guidelines", "Payments Terms", "Accessibility Statement", "Security Whitepaper",
    "Creator Program Rules", "Research Participant Notice",
)  # fmt: skip
_PARTNERS = ("Acme Analytics", "Brightwave Ads", "Quill Payments", "Lumio Insights", "Northstar Media", "Vela Data")


def notice_inline_other(raw: str, rng: random.Random) -> Pair | None:
    """Like notice-inline-entry with other titles and sentence forms: a document added to, or dropped from, a
    sentence that points to the other documents that apply."""
    a, b = _inline_list_grown(
        raw,
        rng,
        _MORE_DOCUMENTS,
        (
            "More details are set out in the {x}, which form part of this notice.",
            "See the {x} for the rules that apply to specific features.",
            "Where relevant, our {x} explain how these services work.",
        ),
    )
    if not (a and b):
        return None
    return (a, b) if rng.random() < 0.5 else (b, a)


def m_partner_inline(raw: str, rng: random.Random) -> Pair | None:
    """A named company added to a sentence that lists who data is shared with, next to a reference to a notice
    (the look-alike of notice-inline-entry: the list names parties, not documents)."""
    a, b = _inline_list_grown(
        raw,
        rng,
        _PARTNERS,
        (
            "We share your information with {x}, as described in our Cookie Notice.",
            "As our Privacy Notice explains, {x} receive data about your purchases.",
            "Our partners {x} may use your device identifiers, subject to our Terms of Use.",
        ),
    )
    return (a, b) if a and b else None


# ------------------------------------------------------------------------------------ restructured documents
#
# Real policies are restructured as well as edited: a US-state section restates the categories of data the policy
# lists elsewhere and one copy goes; a short section is folded into its neighbour with its sentences touched up; a
# policy is re-organised (several sections moved and reworded at once); a list that named one item twice loses the
# copy. The wording below is this harness's own; the edits take the document's own sections and sentences.

#: categories of data as a policy lists them (one item) and as its prose names them (within a sentence)
_CATEGORIES = (
    ("Identifiers, such as your name, e-mail address and account ID", "identifiers such as your name, e-mail"
     " address and account ID"),
    ("Commercial information, such as the products you buy", "commercial information such as the products you buy"),
    ("Internet or network activity, such as pages viewed and links clicked", "internet activity such as the pages"
     " you view and the links you click"),
    ("Approximate location derived from your IP address", "your approximate location, derived from your IP address"),
    ("Professional information, such as your job title and employer", "professional information like your job"
     " title and employer"),
    ("Inferences about your preferences drawn from your use of the service", "inferences we draw about your"
     " preferences from your use of the service"),
    ("Audio recordings of calls with our support team", "audio recordings of your calls with our support team"),
    ("Payment information, such as card type and billing address", "payment information such as your card type"
     " and billing address"),
)  # fmt: skip
_STATE_HEADINGS = (
    "# Additional information for residents of certain US states",
    "## Notice to California residents",
    "# Your US state privacy rights",
    "## State-specific disclosures",
)
_STATE_INTROS = (
    "In the past 12 months, we have collected the following categories of personal information:",
    "We collect the categories of personal information listed below:",
    "The categories of personal information we have collected are:",
)


def _restated(rng: random.Random) -> tuple[str, list[str], list[tuple[str, str]]]:
    """A prose sentence naming some categories of data and a US-state section listing the same ones."""
    cats = rng.sample(_CATEGORIES, rng.randint(3, 5))
    prose = (
        rng.choice(("We collect ", "When you use the service, we collect ", "The information we collect includes "))
        + ", ".join(b for _, b in cats[:-1])
        + f" and {cats[-1][1]}."
    )
    section = [rng.choice(_STATE_HEADINGS), "", rng.choice(_STATE_INTROS), "", *(f"- {a}" for a, _ in cats)]
    return prose, section, cats


def restated_list_dropped(raw: str, rng: random.Random) -> Pair | None:
    """Categories of data stated twice, in prose and in a US-state section's list; one copy dropped (or added)."""
    prose, section, _ = _restated(rng)
    seed = rng.random()
    both = _after_paragraph(_at_end(raw, section), random.Random(seed), [prose])
    if both is None:
        return None
    # the state section's list dropped, or the prose sentence
    one = _after_paragraph(raw, random.Random(seed), [prose]) if rng.random() < 0.5 else _at_end(raw, section)
    if one is None:
        return None
    return (both, one) if rng.random() < 0.7 else (one, both)


def m_restated_list_item(raw: str, rng: random.Random) -> Pair | None:
    """Categories of data stated twice; the state section's list gains a sensitive category the prose never had."""
    prose, section, _ = _restated(rng)
    extra = rng.choice(
        (
            "Biometric information, such as face geometry",
            "Precise geolocation from your device",
            "Information about your health",
            "Your government-issued ID number",
        )
    )
    seed = rng.random()
    old = _after_paragraph(_at_end(raw, section), random.Random(seed), [prose])
    new = _after_paragraph(_at_end(raw, [*section, f"- {extra}"]), random.Random(seed), [prose])
    return (old, new) if old and new else None


#: light rewordings an editor makes to sentences moved into another section (either way round)
_TOUCH_UPS = (
    (r"\bin order to\b", "to"), (r"\bpersonal information\b", "personal data"), (r"\bdo not\b", "don't"),
    (r"\bsuch as\b", "including"), (r"\bwe will\b", "we'll"), (r"\bIn addition,", "Also,"),
    (r"\bprior to\b", "before"), (r"\bin the event that\b", "if"), (r"\bin accordance with\b", "under"),
    (r"\bWe may\b", "We can"), (r"\bthird parties\b", "third-party companies"), (r"\btherefore\b", "so"),
)  # fmt: skip


def _touch_up(line: str, rng: random.Random) -> str:
    """One sentence lightly reworded: a few of the editor's substitutions, where they apply."""
    rules = [(re.compile(a), b) for a, b in _TOUCH_UPS]
    rng.shuffle(rules)
    done = 0
    for pat, rep in rules:
        if pat.search(line) and done < 2:
            line = pat.sub(rep, line, count=1)
            done += 1
    return line


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    heads = [k for k, ln in enumerate(lines) if _HEADING.match(ln.strip())]
    return [(h, heads[i + 1] if i + 1 < len(heads) else len(lines)) for i, h in enumerate(heads)]


def _prose_body(lines: list[str], start: int, end: int) -> list[str] | None:
    """The body of a section when it is prose only (no list, table or sub-heading), else None."""
    body = [ln for ln in lines[start + 1 : end] if ln.strip()]
    if not body or any(_HEADING.match(ln.strip()) or _ITEM.match(ln) or "|" in ln for ln in body):
        return None
    return body


def _merge(raw: str, rng: random.Random, extra: str | None = None) -> Pair | None:
    lines = _lines(raw)
    secs = _sections(lines)
    cands = [
        i
        for i in range(1, len(secs))
        if (b := _prose_body(lines, *secs[i])) is not None
        and 1 <= len(b) <= 4
        and _prose_idx(lines[slice(*secs[i - 1])])
    ]
    if not cands:
        return None
    i = rng.choice(cands)
    start, end = secs[i]
    body = [_touch_up(ln, rng) for ln in _prose_body(lines, start, end) or []]
    if extra:
        body.insert(rng.randrange(len(body) + 1), extra)
    # folded into the section before it, after that section's first paragraph
    prev = secs[i - 1][0]
    at = prev + _prose_idx(lines[slice(*secs[i - 1])])[0] + 1
    merged = [*lines[:at], "", *body, *lines[at:start], *lines[end:]]
    return raw, _join(merged)


def section_merged(raw: str, rng: random.Random) -> Pair | None:
    """A short prose section folded into the section before it: its heading gone, its sentences touched up."""
    return _merge(raw, rng)


def m_merged_new_practice(raw: str, rng: random.Random) -> Pair | None:
    """A section folded into its neighbour as above, with a new practice slipped in among its sentences."""
    extra = rng.choice(
        (
            "We may also sell this information to data brokers.",
            "We also use it to train our machine learning models.",
            "This information may be shared with advertising partners for targeted advertising.",
            "We also collect a scan of your face to verify your identity.",
        )
    )
    return _merge(raw, rng, extra)


def _reorganise(raw: str, rng: random.Random) -> tuple[list[str], list[str]] | None:
    """(the re-organised lines, the moved sections' lines) or None."""
    lines = _lines(raw)
    secs = [s for s in _sections(lines) if s[0] > 0 and _prose_body(lines, *s) is not None and s[1] - s[0] <= 20]
    if len(secs) < 3:
        return None
    chosen = sorted(rng.sample(secs, min(len(secs), rng.randint(2, 4))))
    blocks = [[lines[s], "", *(_touch_up(ln, rng) for ln in _prose_body(lines, s, e) or []), ""] for s, e in chosen]
    keep = [ln for k, ln in enumerate(lines) if not any(s <= k < e for s, e in chosen)]
    for block in blocks:
        heads = [k for k, ln in enumerate(keep) if _HEADING.match(ln.strip())] + [len(keep)]
        at = rng.choice(heads)
        keep = keep[:at] + block + keep[at:]
    return keep, [ln for b in blocks for ln in b if ln.strip()]


def policy_reorganised(raw: str, rng: random.Random) -> Pair | None:
    """A policy re-organised: two to four prose sections moved to other places, their sentences touched up."""
    done = _reorganise(raw, rng)
    return (raw, _join(done[0])) if done else None


_DENIAL = re.compile(r"\b(?:do not|don't|will not|won't|never|does not|doesn't) (sell|rent|share|disclose)\b")


def m_reorganised_denial(raw: str, rng: random.Random) -> Pair | None:
    """A policy re-organised as above, a denial ("we do not sell") in one of the moved sections dropped."""
    done = _reorganise(raw, rng)
    if done is None:
        return None
    lines, moved = done
    hits = [(k, m) for k, ln in enumerate(lines) if ln in moved for m in _DENIAL.finditer(ln)]
    if not hits:
        return None
    k, m = rng.choice(hits)
    line = lines[k][: m.start()] + "may " + m.group(1) + lines[k][m.end() :]
    return raw, _join([*lines[:k], line, *lines[k + 1 :]])


def dup_item_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A list that named one item twice (an editing slip, or a list pasted together) loses the copy."""
    lines = _lines(raw)
    items = [k for k, ln in enumerate(lines) if _ITEM.match(ln) and len(ln.split()) >= 3]
    if len(items) < 3:
        return None
    k = rng.choice(items)
    run = [j for j in items if abs(j - k) <= 8 and j != k]
    if not run:
        return None
    at = rng.choice(run) + 1
    marker = _ITEM.match(lines[at - 1]).group(1)  # type: ignore[union-attr]
    copy = marker + _ITEM.match(lines[k]).group(2)  # type: ignore[union-attr]
    old = [*lines[:at], copy, *lines[at:]]
    return _join(old), raw


# ------------------------------------------------------------------------------------ widgets in other words
# Held-out vocabulary for the menu and widget mechanism (bench/README: not used to write it): other task links,
# other menu titles, other topic labels, other places; and a material list at the page's end that must stay material.

_TASKS_2 = (
    "Reset your password", "Export your contacts", "Pause your subscription", "Hide your activity status",
    "Report a problem", "Set up two-step verification", "Find a saved item", "Unlink a payment method",
    "Stop receiving newsletters", "Limit who can message you", "Change your display name", "Review app permissions",
)  # fmt: skip


def help_links_other(raw: str, rng: random.Random) -> Pair | None:
    """Help-centre task links in other words, their set changed, after the policy (maybe above a copyright line)."""
    links = rng.sample(_TASKS_2, 8)
    head = rng.choice((["## Related help", ""], ["More help", ""], ["# Common tasks", ""], []))
    style = rng.random() < 0.5

    def block(xs: list[str]) -> list[str]:
        return [f"- {x}" if style else x for x in xs]

    tail = ["", f"© {rng.randint(2019, 2025)} Example Ltd"] if rng.random() < 0.5 else []
    old = _at_end(raw, [*head, *block(links[: rng.randint(3, 5)]), *tail])
    new = _at_end(raw, [*head, *block(links[3 : 3 + rng.randint(3, 5)]), *tail])
    return old, new


_TOPICS_2 = (
    "Your choices", "Marketing", "Third parties", "Safety", "Minors", "Transfers abroad", "Storage", "Data we get",
    "Cookie settings", "Your controls", "Ads", "Location services", "Deleting data", "Our partners",
)  # fmt: skip


def topic_menu_top(raw: str, rng: random.Random) -> Pair | None:
    """A menu of topic labels in other words at the very top of the page, one label changed between captures."""
    labels = rng.sample(_TOPICS_2, 7)
    n = rng.randint(4, 6)
    old = [f"- {x}" for x in labels[:n]]
    new = [*old[:-1], f"- {labels[n]}"]
    return _join([*old, "", *_lines(raw)]), _join([*new, "", *_lines(raw)])


_LISTS_AT_END = (
    ("We may share your personal information with:", ["Our service providers", "Our affiliates", "Auditors"],
     "Data brokers"),
    ("# Information we collect", ["Your name", "Your email address", "Your postal address"], "Your precise location"),
    ("You have the right to:", ["Access your data", "Correct your data", "Delete your data"], "Object to profiling"),
)  # fmt: skip


def m_list_at_end(raw: str, rng: random.Random) -> Pair | None:
    """The policy ends with its own short list (recipients, data types, rights) presented by a ':' sentence or a
    heading about a practice, and an item is added to it: it looks like a footer's links but is material."""
    intro, items, extra = rng.choice(_LISTS_AT_END)
    style = rng.random() < 0.5
    rows = [f"- {x}" if style else x for x in items]
    add = f"- {extra}" if style else extra
    at = rng.randint(0, len(rows))
    return _at_end(raw, [intro, "", *rows]), _at_end(raw, [intro, "", *rows[:at], add, *rows[at:]])


#: (name, material, edit) registered by bench/perturb.py after its own families
MORE: tuple[tuple[str, bool, Callable[[str, random.Random], Pair | None]], ...] = (
    ("phone-changed", False, phone_changed),
    ("contact-form-added", False, contact_form_added),
    ("postal-country-changed", False, postal_country_changed),
    ("rights-mailbox-changed", False, rights_mailbox_changed),
    ("nav-concepts", False, nav_concepts),
    ("help-sidebar", False, help_sidebar),
    ("help-sidebar-changed", False, help_sidebar_changed),
    ("share-buttons", False, share_buttons),
    ("update-banner-topic", False, update_banner_topic),
    ("notice-inline-entry", False, notice_inline_entry),
    ("covered-sites-entry", False, covered_sites_entry),
    ("list-synonyms", False, list_synonyms),
    ("sentence-to-list", False, sentence_to_list),
    ("list-as-table", False, list_as_table),
    ("m-rights-channel", True, m_rights_channel),
    ("m-transfer-country", True, m_transfer_country),
    ("m-recipient-in-list", True, m_recipient_in_list),
    ("m-sensitive-in-list", True, m_sensitive_in_list),
    ("notice-inline-other", False, notice_inline_other),
    ("m-partner-inline", True, m_partner_inline),
    ("restated-list-dropped", False, restated_list_dropped),
    ("section-merged", False, section_merged),
    ("policy-reorganised", False, policy_reorganised),
    ("dup-item-dropped", False, dup_item_dropped),
    ("m-restated-list-item", True, m_restated_list_item),
    ("m-merged-new-practice", True, m_merged_new_practice),
    ("m-reorganised-denial", True, m_reorganised_denial),
)


# ------------------------------------------------------------------------------------ broken captures, whole page
# A capture can be broken as a whole (cut short, sections collapsed, served in another language, another page
# served at the address) or in part (one section or a consent banner in another language). The next capture may
# be the broken one, or the one that recovers from it: neither is a change of the policy. Next to them, a real
# section removed from a whole policy is a change (the look-alike that collapse detection must not swallow).

_OTHER_LANGUAGE = {
    "German": (
        "Wir erheben personenbezogene Daten, wenn Sie ein Konto erstellen oder unsere Dienste nutzen.",
        "Diese Daten werden nur für die in dieser Erklärung genannten Zwecke verarbeitet.",
        "Sie haben das Recht, Auskunft über die bei uns gespeicherten Daten zu verlangen.",
        "Wir geben Ihre Daten nicht an Dritte weiter, es sei denn, dies ist gesetzlich vorgeschrieben.",
        "Die Daten werden gelöscht, sobald sie für den Zweck ihrer Erhebung nicht mehr erforderlich sind.",
        "Bei Fragen zum Datenschutz können Sie sich jederzeit an unseren Datenschutzbeauftragten wenden.",
        "Wir setzen technische und organisatorische Maßnahmen ein, um Ihre Daten zu schützen.",
        "Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
    ),
    "French": (
        "Nous collectons des données personnelles lorsque vous créez un compte ou utilisez nos services.",
        "Ces données sont traitées uniquement pour les finalités décrites dans la présente politique.",
        "Vous avez le droit d'accéder aux données que nous détenons sur vous et d'en demander la rectification.",
        "Nous ne vendons pas vos données et ne les partageons qu'avec nos prestataires de services.",
        "Les données sont conservées pendant la durée nécessaire aux finalités pour lesquelles elles sont traitées.",
        "Pour toute question relative à vos données, vous pouvez contacter notre délégué à la protection des données.",
        "Nous mettons en œuvre des mesures de sécurité adaptées pour protéger vos données.",
        "Vous pouvez retirer votre consentement à tout moment dans les paramètres de votre compte.",
    ),
    "Spanish": (
        "Recopilamos datos personales cuando usted crea una cuenta o utiliza nuestros servicios.",
        "Estos datos se tratan únicamente para los fines descritos en esta política.",
        "Usted tiene derecho a acceder a sus datos y a solicitar su rectificación o supresión.",
        "No vendemos sus datos y solo los compartimos con nuestros proveedores de servicios.",
        "Conservamos los datos durante el tiempo necesario para los fines para los que se recopilaron.",
        "Si tiene alguna pregunta sobre sus datos, puede contactar con nuestro delegado de protección de datos.",
        "Aplicamos medidas de seguridad técnicas y organizativas para proteger sus datos.",
        "Puede retirar su consentimiento en cualquier momento desde la configuración de su cuenta.",
    ),
}
_OTHER_BANNER = {
    "German": ("Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten und den Verkehr zu"
               " analysieren. Sie können Ihre Auswahl jederzeit ändern.", "Alle akzeptieren", "Alle ablehnen",
               "Einstellungen"),
    "French": ("Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site et pour analyser"
               " le trafic. Vous pouvez modifier vos choix à tout moment.", "Tout accepter", "Tout refuser",
               "Paramètres"),
    "Spanish": ("Utilizamos cookies para ofrecerle la mejor experiencia en nuestro sitio web y para analizar el"
                " tráfico. Puede cambiar sus preferencias en cualquier momento.", "Aceptar todo", "Rechazar todo",
                "Configuración"),
}  # fmt: skip


def _sections_of(lines: list[str]) -> list[tuple[int, int]]:
    """(heading index, end) of each section: a heading line and the lines under it up to the next heading."""
    heads = [k for k, ln in enumerate(lines) if _HEADING.match(ln.strip())]
    return [(k, heads[i + 1] if i + 1 < len(heads) else len(lines)) for i, k in enumerate(heads)]


def _body_lines(lines: list[str], start: int, end: int) -> list[int]:
    return [k for k in range(start + 1, end) if lines[k].strip()]


def _cut_capture(raw: str, rng: random.Random) -> str | None:
    """The policy cut part of the way through, in the middle of a line (a page that stopped loading)."""
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines) if 0.3 * len(lines) <= k <= 0.8 * len(lines)]
    if len(lines) < 20 or not idx:
        return None
    k = rng.choice(idx)
    words = lines[k].split()
    keep = rng.randint(3, max(3, len(words) - 3))
    return _join([*lines[:k], " ".join(words[:keep])])


def _collapsed_capture(raw: str, rng: random.Random) -> str | None:
    """The policy with its sections collapsed (an accordion): headings kept, the text under them missing, or cut to
    a label that expands them."""
    lines = _lines(raw)
    sections = [(a, b) for a, b in _sections_of(lines) if _body_lines(lines, a, b)]
    if len(sections) < 4:
        return None
    label = rng.choice((None, None, "Show more", "Read more", "Expand section", "+"))
    first = sections[0][0] if rng.random() < 0.5 else sections[1][0]  # an opening section may stay open
    out = lines[:first]
    for a, _ in _sections_of(lines):
        if a < first:
            continue
        out.append(lines[a])
        if label:
            out.append(label)
        out.append("")
    return _join(out)


def _translated(raw: str, rng: random.Random, language: str) -> str:
    """The page served in another language: its headings and paragraphs, each in that language (generic text)."""
    sentences = _OTHER_LANGUAGE[language]
    out: list[str] = []
    for ln in _lines(raw):
        if not ln.strip():
            out.append("")
        elif _HEADING.match(ln.strip()):
            out.append(ln.split(" ", 1)[0] + " " + rng.choice(sentences).split(",")[0].rstrip("."))
        else:
            out.append(" ".join(rng.sample(sentences, 2)))
    return _join(out)


_INDEX_TITLES = ("Legal", "Legal Center", "Privacy & Terms", "Policies", "Trust and Legal")
_INDEX_DOCS = (
    ("Privacy Policy", "How we collect, use and share your personal information."),
    ("Terms of Service", "The terms that govern your use of our products and services."),
    ("Cookie Policy", "How we use cookies and similar technologies on our websites."),
    ("Acceptable Use Policy", "What you may and may not do on our platform."),
    ("Data Processing Addendum", "Our commitments as a processor for business customers."),
    ("Sub-processors", "The service providers that process customer data on our behalf."),
    ("Security", "How we protect the data you entrust to us."),
    ("Accessibility Statement", "Our commitment to making our services accessible."),
    ("Law Enforcement Guidelines", "How we respond to requests from public authorities."),
)  # fmt: skip


def _index_page(rng: random.Random) -> str:
    """A landing page of the company's legal documents, each a link and a line about it."""
    docs = rng.sample(_INDEX_DOCS, rng.randint(4, 7))
    out = [f"# {rng.choice(_INDEX_TITLES)}", "", "Find our policies and legal terms below.", ""]
    for title, about in docs:
        slug = re.sub(r"[^a-z]+", "-", title.lower()).strip("-")
        if rng.random() < 0.5:
            out += [f"## [{title}](https://example.com/legal/{slug})", "", about, ""]
        else:
            out += [f"- [{title}](https://example.com/legal/{slug}): {about}"]
    return _join(out)


def recovered_truncated(raw: str, rng: random.Random) -> Pair | None:
    """The old capture stopped part of the way through the page; the new one has the whole policy."""
    old = _cut_capture(raw, rng)
    return (old, raw) if old else None


def collapsed_sections(raw: str, rng: random.Random) -> Pair | None:
    """The new capture has the sections collapsed (headings kept, their text missing or behind a label)."""
    new = _collapsed_capture(raw, rng)
    return (raw, new) if new else None


def recovered_collapsed(raw: str, rng: random.Random) -> Pair | None:
    """The old capture had the sections collapsed; the new one has them expanded."""
    old = _collapsed_capture(raw, rng)
    return (old, raw) if old else None


def recovered_language(raw: str, rng: random.Random) -> Pair | None:
    """The old capture was the page in another language (the site guessed the visitor's language); the new one is
    the policy in its own language."""
    if len(_lines(raw)) < 12:
        return None
    return _translated(raw, rng, rng.choice(sorted(_OTHER_LANGUAGE))), raw


def section_other_language(raw: str, rng: random.Random) -> Pair | None:
    """One or two sections of the new capture served in another language (a translated block), the rest as before."""
    lines = _lines(raw)
    sections = [(a, b) for a, b in _sections_of(lines) if len(_body_lines(lines, a, b)) >= 2]
    if len(sections) < 4:
        return None
    language = rng.choice(sorted(_OTHER_LANGUAGE))
    sentences = _OTHER_LANGUAGE[language]
    new = list(lines)
    for a, b in rng.sample(sections, rng.randint(1, 2)):
        for k in _body_lines(lines, a, b):
            new[k] = " ".join(rng.sample(sentences, 2))
    return raw, _join(new)


def banner_other_language(raw: str, rng: random.Random) -> Pair | None:
    """A cookie-consent banner in another language captured with the new version, above or below the policy."""
    language = rng.choice(sorted(_OTHER_BANNER))
    banner = list(_OTHER_BANNER[language])
    if rng.random() < 0.5:
        return raw, _join([*banner, "", *_lines(raw)])
    return raw, _at_end(raw, banner)


def legal_index(raw: str, rng: random.Random) -> Pair | None:
    """The new capture is a landing page listing the company's legal documents, not the policy."""
    return raw, _index_page(rng)


def recovered_index(raw: str, rng: random.Random) -> Pair | None:
    """The old capture was a landing page of legal documents; the new one is the policy again."""
    return _index_page(rng), raw


_PRACTICE_LINE = re.compile(
    r"\b(?:collect|share|disclos|sell|retain|transfer|use)\w*\b.*\b(?:data|information)\b", re.I
)


def m_section_dropped(raw: str, rng: random.Random) -> Pair | None:
    """A whole section of a whole policy removed (heading and text): a real change, not a collapsed capture."""
    lines = _lines(raw)
    sections = _sections_of(lines)
    inner = [
        (a, b)
        for a, b in sections[1:-1]
        if 2 <= len(_body_lines(lines, a, b)) <= 12
        and sum(bool(_PRACTICE_LINE.search(lines[k])) for k in _body_lines(lines, a, b)) >= 2
    ]
    if len(sections) < 5 or not inner:
        return None
    a, b = rng.choice(inner)
    return raw, _join(lines[:a] + lines[b:])


MORE += (
    ("recovered-truncated", False, recovered_truncated),
    ("collapsed-sections", False, collapsed_sections),
    ("recovered-collapsed", False, recovered_collapsed),
    ("recovered-language", False, recovered_language),
    ("section-other-language", False, section_other_language),
    ("banner-other-language", False, banner_other_language),
    ("legal-index", False, legal_index),
    ("recovered-index", False, recovered_index),
    ("m-section-dropped", True, m_section_dropped),
    ("help-links-other", False, help_links_other),
    ("topic-menu-top", False, topic_menu_top),
    ("m-list-at-end", True, m_list_at_end),
)


# ------------------------------------------------------------------------------------ furniture at the page's edges
# The site's footer and header, consent banners, sign-up forms and chat boxes captured at an edge of the page, in the
# forms captures give them (bare lines the canonical text may turn into headings, links, list items, a row joined by
# pipes or dots), added or dropped between captures; next to them, the policy's own last section, sentence, cookie
# paragraph or list of rights added or dropped at the same place, which stay material.

_EDGE_LINKS = (
    "Terms of Service", "Privacy Notice", "Your Privacy Choices", "Do Not Sell or Share My Personal Information",
    "Cookie Settings", "Accessibility", "Limit the Use of My Sensitive Personal Information", "Site Map",
    "Interest-Based Ads", "Consumer Health Privacy", "Careers", "Press", "Investors", "Help",
)  # fmt: skip


def _edge_direction(raw: str, edited: str, rng: random.Random) -> Pair:
    """The edited capture as the new version (furniture came) or the old one (it went)."""
    return (raw, edited) if rng.random() < 0.5 else (edited, raw)


def _maybe_spaced(lines: list[str], rng: random.Random) -> list[str]:
    """The lines as they are or, one time in two, set apart as paragraphs."""
    if rng.random() < 0.5:
        return lines
    return _spaced(lines)


def _at_top(raw: str, block: list[str]) -> str:
    return _join([*block, "", *_lines(raw)])


def edge_footer_links(raw: str, rng: random.Random) -> Pair | None:
    """The site footer under the policy, in one of the forms a capture gives it, added or dropped."""
    links = rng.sample(_EDGE_LINKS, rng.randint(3, 6))
    year = rng.randint(2019, 2026)
    copyright_line = rng.choice((f"© {year} Example Group Ltd.", f"Copyright {year} Example Co. All rights reserved."))
    form = rng.choice(("bare", "links", "items", "pipes", "dots", "columns"))
    if form == "bare":
        block = _maybe_spaced([copyright_line, *links], rng)
    elif form == "links":
        block = _maybe_spaced([*(f"[{x}](https://example.net/{k})" for k, x in enumerate(links)), copyright_line], rng)
    elif form == "items":
        block = [*(f"- [{x}](https://example.net/{k})" for k, x in enumerate(links)), "", copyright_line]
    elif form == "pipes":
        block = [" | ".join(links), "", copyright_line]
    elif form == "dots":
        block = [" · ".join([copyright_line, *links])]
    else:
        block = ["## Company", "", "About", "", "Careers", "", "## Legal", "", *_maybe_spaced(links, rng)]
    return _edge_direction(raw, _at_end(raw, block), rng)


def edge_header_links(raw: str, rng: random.Random) -> Pair | None:
    """The site header above the policy (its menu, in one of the capture's forms), added or dropped."""
    links = ["Skip to content", *rng.sample(("Home", "Shop", "Support", "Blog", "Privacy Center", "Log in"), 4)]
    form = rng.choice(("bare", "items", "pipes"))
    if form == "bare":
        block = _maybe_spaced(links, rng)
    elif form == "items":
        block = [f"- [{x}](https://example.net/{k})" for k, x in enumerate(links)]
    else:
        block = [" | ".join(links)]
    return _edge_direction(raw, _at_top(raw, block), rng)


_EDGE_BANNERS = (
    "This site uses cookies and similar technologies to improve your experience, measure traffic and show you ads"
    " from our partners.",
    "We use cookies to run this website, to understand how visitors use it and, with your consent, for marketing"
    " by third parties.",
    "Our website stores cookies on your device to remember your settings and to share usage data with advertising"
    " and analytics providers.",
)
_EDGE_BUTTONS = (
    ["Accept Cookies"], ["Accept all", "Reject all"], ["OK"], ["Allow cookies", "Cookie settings"],
    ["Do Not Sell My Personal Information", "Accept"], ["Agree", "Disagree", "More options"],
)  # fmt: skip


def edge_consent_banner(raw: str, rng: random.Random) -> Pair | None:
    """A consent banner (a paragraph about cookies with its buttons, maybe a title) at the page's end or top."""
    title = rng.choice(([], ["## We value your privacy", ""], ["Cookie notice", ""]))
    buttons = list(rng.choice(_EDGE_BUTTONS))
    if title and len(buttons) < 2:
        buttons.append("Manage preferences")
    block = [*title, rng.choice(_EDGE_BANNERS), "", *_maybe_spaced(buttons, rng)]
    edited = _at_end(raw, block) if rng.random() < 0.6 else _at_top(raw, block)
    return _edge_direction(raw, edited, rng)


_EDGE_FORMS = (
    ["Sign up for our newsletter", "", "Get tips, offers and product news in your inbox. Unsubscribe at any time.", "",
     "Subscribe"],
    ["## Stay informed", "", "Your email address", "", "Sign up", "",
     "We will send you our monthly digest. You can opt out with one click."],
    ["Hello! Have a question?", "", "Chat with us", "",
     "Our support bot reads your messages to find an answer for you."],
    ["Questions? Ask us anything.", "", "Write your message here", "", "Send", "",
     "Chats may be stored to improve our service."],
)  # fmt: skip


def edge_form_widget(raw: str, rng: random.Random) -> Pair | None:
    """A sign-up form or a chat box (titles, fields, a button and one short paragraph) at the page's end."""
    return _edge_direction(raw, _at_end(raw, list(rng.choice(_EDGE_FORMS))), rng)


_EDGE_PRACTICES = (
    ["## Do Not Sell or Share My Personal Information", "",
     "We sell your personal information to data brokers. You can opt out of the sale in your account settings."],
    ["We sell your personal information to data brokers."],
    ["We use cookies from Vela Data on our website to build advertising profiles of you, and we share your browsing"
     " history with them."],
    ["You have the right to:", "", "- Access your data", "- Delete your data", "- Object to profiling"],
    ["## Newsletter", "", "We share your email address with our advertising partners to show you ads."],
    ["## Chat with us", "", "We use your chat messages to train our AI models."],
)  # fmt: skip


def m_edge_practice(raw: str, rng: random.Random) -> Pair | None:
    """The policy's own last section, sentence, cookie paragraph or list of rights, added or dropped at the page's
    end where footers and widgets sit: material."""
    return _edge_direction(raw, _at_end(raw, list(rng.choice(_EDGE_PRACTICES))), rng)


MORE += (
    ("edge-footer-links", False, edge_footer_links),
    ("edge-header-links", False, edge_header_links),
    ("edge-consent-banner", False, edge_consent_banner),
    ("edge-form-widget", False, edge_form_widget),
    ("m-edge-practice", True, m_edge_practice),
)


# ------------------------------------------------------------------------------------ session 16: the probe's families
# The families the second probe of unseen services showed (bench/README.md, session 16), each written generically
# and placed after a paragraph of a real document, with look-alikes that must stay material.


def _replaced(raw: str, rng: random.Random, old: list[str], new: list[str]) -> Pair | None:
    """The document with `old` after one of its paragraphs, and the same with `new` in its place."""
    lines = _lines(raw)
    k = _middle(rng, _prose_idx(lines), len(lines))
    if k is None:
        return None
    head, tail = lines[: k + 1], lines[k + 1 :]
    return _join([*head, "", *old, *tail]), _join([*head, "", *new, *tail])


_LAWS = ("the Commercial Code", "the Tax Procedures Act 2019", "the Personal Information Protection Law")
_HOSTS = ("Northwind Hosting Pty Ltd", "Keel Cloud UK Limited", "Ardent Servers GmbH")


def law_named(raw: str, rng: random.Random) -> Pair | None:
    """The law an obligation comes from named where the policy said "as the law requires"."""
    form = "We keep invoices and order records for ten years, as {} requires."
    return _replaced(raw, rng, [form.format("the law")], [form.format(rng.choice(_LAWS))])


def host_named_aside(raw: str, rng: random.Random) -> Pair | None:
    """The hosting provider a sentence names by its role identified by its name in parentheses (a country inside it)."""
    form = "Our hosting provider{} keeps a record of each visit for security purposes."
    return _replaced(raw, rng, [form.format("")], [form.format(f" ({rng.choice(_HOSTS)})")])


def denial_words_added(raw: str, rng: random.Random) -> Pair | None:
    """A denial listing more words for the one promise."""
    old = "We do not sell or rent your personal information to third parties."
    new = rng.choice(
        (
            "We do not sell, rent, lease or trade your personal information to third parties.",
            "We neither sell nor rent your personal information to third parties.",
        )
    )
    return _replaced(raw, rng, [old], [new])


def settings_as_preferences(raw: str, rng: random.Random) -> Pair | None:
    """A control renamed between "settings" and "preferences"."""
    form = rng.choice(("You can change your cookie {} at any time.", "You can manage your email {} in your account."))
    return _replaced(raw, rng, [form.format("settings")], [form.format("preferences")])


def links_to_third_party_sites(raw: str, rng: random.Random) -> Pair | None:
    """A link disclaimer reworded from "other websites" to "third-party websites"."""
    old = "Our services may contain links to other websites, whose privacy practices are their own."
    new = rng.choice(
        (
            "Our services may contain links to third-party websites, whose privacy practices are their own.",
            "Our services may contain links to websites operated by third parties, whose privacy practices are their"
            " own.",
        )
    )
    return _replaced(raw, rng, [old], [new])


def glued_banner(raw: str, rng: random.Random) -> Pair | None:
    """A cookie banner at the page's end whose two buttons the capture ran together."""
    banner = [
        "Cookie choices",
        "",
        "We would like to use cookies to remember your settings and show you offers you may like. You can accept"
        " them all or keep only the strictly necessary ones.",
        "",
        rng.choice(("Accept all cookiesReject non-essential cookies", "Accept allAccept strictly necessary only")),
    ]
    return raw, _at_end(raw, banner)


def m_denial_scope(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: the negation moved off one of the handlings it denied (sharing no longer denied)."""
    old = "We do not share or sell your personal information."
    return _replaced(raw, rng, [old], ["We share but do not sell your personal information."])


def m_host_shares(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: beside the hosting provider's role, a party data goes to."""
    form = "Our hosting provider keeps a record of each visit for security purposes{}."
    return _replaced(raw, rng, [form.format("")], [form.format(f" and shares it with {rng.choice(_PARTNERS)}")])


def m_denial_word_dropped(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a word dropped from a denial (renting no longer denied)."""
    old = "We do not sell or rent your personal information to third parties."
    return _replaced(raw, rng, [old], ["We do not sell your personal information to third parties."])


MORE += (
    ("law-named", False, law_named),
    ("host-named-aside", False, host_named_aside),
    ("denial-words-added", False, denial_words_added),
    ("settings-as-preferences", False, settings_as_preferences),
    ("links-third-party-sites", False, links_to_third_party_sites),
    ("glued-banner", False, glued_banner),
    ("m-denial-scope", True, m_denial_scope),
    ("m-host-shares", True, m_host_shares),
    ("m-denial-word-dropped", True, m_denial_word_dropped),
)


# ------------------------------------------------------------------------------------ session 17: the third probe
# Families the third probe of unseen services showed, and variations of the families written to find more
# (bench/README.md, session 17), each placed in a real document, with look-alikes that must stay material.


def term_renamed(raw: str, rng: random.Random) -> Pair | None:
    """The policy's own defined term for its sites and apps renamed, in its definition and where it is used."""
    old_term, new_term = rng.choice((("Properties", "Services"), ("Platform", "Sites"), ("Offerings", "Products")))
    lines = [
        'This policy covers all of our websites and apps ("{t}" or "Acme {t}").',
        "",
        "We collect your name and email address when you register for the Acme {t}.",
        "",
        "The Acme {t} are intended only for adults.",
    ]
    return _replaced(raw, rng, [x.format(t=old_term) for x in lines], [x.format(t=new_term) for x in lines])


def law_number_cited(raw: str, rng: random.Random) -> Pair | None:
    """A right's sentence citing the law it comes from by number ("Regulation (EU) 2016/679", "Law No. 13.709/2018")."""
    form = "You can ask us for a copy of your data or its deletion by writing to privacy@example.org{}."
    law = rng.choice((", as Regulation (EU) 2016/679 provides", ", as Law No. 13.709/2018 provides"))
    return _replaced(raw, rng, [form.format("")], [form.format(law)])


def same_words_other_form(raw: str, rng: random.Random) -> Pair | None:
    """One word for another that says the same: "consenting" / "consent", "third-party vendors" / "vendors", "third
    parties" / "other parties", a product's qualifier dropped before its name."""
    old, new = rng.choice(
        (
            ("By using the app, you are consenting to this policy.", "By using the app, you consent to this policy."),
            (
                "Some information may be collected by third-party vendors on our behalf.",
                "Some information may be collected by vendors on our behalf.",
            ),
            (
                "We show you ads based on information we collect from you and third parties.",
                "We show you ads based on information we collect from you and other parties.",
            ),
            (
                "We tell advertisers how many people who saw a Sponsored Post visited their site.",
                "We tell advertisers how many people who saw a Post visited their site.",
            ),
        )
    )
    return _replaced(raw, rng, [old], [new])


def related_articles_glued(raw: str, rng: random.Random) -> Pair | None:
    """A help centre's footer captured on one line with its "Related articles" title, and the articles listed."""
    head = "Have more questions? Submit a request 0 Comments Article is closed for comments. Related articles"
    titles = rng.sample(_MORE_DOCUMENTS, 5)
    old = [head, "", *(f"* {t}" for t in titles[:3])]
    new = [head, "", *(f"* {t}" for t in titles[1:5])]
    return _at_end(raw, old), _at_end(raw, new)


def reader_abroad_contact(raw: str, rng: random.Random) -> Pair | None:
    """A line telling readers in another country whom to contact."""
    line = rng.choice(
        (
            "If you're outside the UK, please contact our Data Protection Officer at dpo@example.org.",
            "If you live outside the European Union, you can write to our representative at rep@example.org.",
        )
    )
    return _replaced(raw, rng, [], [line])


def registration_given(raw: str, rng: random.Random) -> Pair | None:
    """The controller's identity line given its registry details (registered office, company number)."""
    old = 'Acme Example Ltd ("Acme", "we") is the controller of your personal data.'
    new = (
        "Acme Example Ltd, a company registered in Ireland under number 123456 with its registered office at 1"
        ' Harbour Road, Dublin ("Acme", "we"), is the controller of your personal data.'
    )
    return _replaced(raw, rng, [old], [new])


def contents_one_line(raw: str, rng: random.Random) -> Pair | None:
    """A table of contents of the policy's own section titles run into one line above it."""
    lines = _lines(raw)
    titles = [re.sub(r"^#+\s*|[*_]", "", ln).strip() for ln in lines if _HEADING.match(ln.strip())]
    titles = [t for t in titles if t and len(t.split()) <= 8 and not re.search(r"[·•›|]", t)]
    if len(titles) < 3:
        return None
    at = _top(lines)
    return raw, _join([*lines[:at], "Contents: " + " · ".join(titles[:6]), "", *lines[at:]])


def one_field_form(raw: str, rng: random.Random) -> Pair | None:
    """A sign-up form at the page's end whose only field's label the capture ran into its prompt."""
    form = ["## Stay in touch", "", "Sign up for news and offers. Your email address", "", "Sign up"]
    return raw, _at_end(raw, form)


def m_controller_changed(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: another controller, given with its registry details."""
    old = 'Acme Example Ltd ("Acme", "we") is the controller of your personal data.'
    new = (
        'Brightwave Holdings Ltd, registered in Ireland under number 654321 ("Brightwave", "we"), is the'
        " controller of your personal data."
    )
    return _replaced(raw, rng, [old], [new])


def m_transfer_for_readers_abroad(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: readers in another country told their data goes abroad."""
    return _replaced(
        raw, rng, [], ["If you live outside the UK, your data is stored on our servers in the United States."]
    )


MORE += (
    ("term-renamed", False, term_renamed),
    ("law-number-cited", False, law_number_cited),
    ("same-words-other-form", False, same_words_other_form),
    ("related-articles-glued", False, related_articles_glued),
    ("reader-abroad-contact", False, reader_abroad_contact),
    ("registration-given", False, registration_given),
    ("contents-one-line", False, contents_one_line),
    ("one-field-form", False, one_field_form),
    ("m-controller-changed", True, m_controller_changed),
    ("m-transfer-for-readers-abroad", True, m_transfer_for_readers_abroad),
)


# ------------------------------------------------------------------- session 27: blocks and notes at a page's end
# Small sites end their policy with a person's postal signature or a registered-office block set out as short lines
# (no "contact us at:" before it), and blogs add an affiliate note about the fees they earn from links. Neither states
# a practice. Next to them, a practice stated after such a block, and an affiliate note that tracks purchases.


def _spaced(lines: list[str]) -> list[str]:
    """Lines set apart by blank lines, as paragraphs."""
    return [x for line in lines for x in (line, "")][:-1]


def _at_an_edge(raw: str, rng: random.Random, lines: list[str]) -> str:
    """The raw text with `lines` at its end or above its first heading (the page's header), one or the other."""
    if rng.random() < 0.5:
        return _at_end(raw, lines)
    body = _lines(raw)
    at = _top(body)
    return _join([*body[:at], *lines, "", *body[at:]])


_PEOPLE = ("Maria Okafor", "Daniel Reyes", "Priya Natarajan", "Tomasz Wojcik", "Aiko Tanaka", "Samuel Adeyemi")
_TITLES = ("Head of Partnerships", "Office Manager", "Director, Member Services", "Privacy Coordinator")
_TOWNS = (("Springfield, OR", "97001"), ("Riverton, WY", "82501"), ("Old Town", "560 011"), ("Harbourside", "EC2 4RT"))
_LANDS = ("United States", "India", "United Kingdom", "Canada", "Australia", "Portugal")


def _signature(rng: random.Random) -> list[str]:
    town, code = rng.choice(_TOWNS)
    firm = f"{rng.choice(_FIRMS)} {rng.choice(('Inc.', 'LLC', 'Ltd.', 'Limited'))}"
    lines = [
        rng.choice(_PEOPLE),
        rng.choice(_TITLES),
        firm,
        f"{rng.randint(2, 980)} {rng.choice(_STREETS)}, {rng.randint(2, 30)}th Floor",
        f"{town} {code}",
        rng.choice(_PHONES),
        _mail(rng),
    ]
    return [line + "  " for line in lines[:-1]] + [lines[-1]]


def _office(rng: random.Random) -> list[str]:
    town, code = rng.choice(_TOWNS)
    fields = [
        "**Registered Office:**",
        f"{rng.choice(_FIRMS)} {rng.choice(('Limited', 'Ltd.', 'Inc.'))}",
        f"{rng.randint(2, 200)} {rng.choice(_STREETS)},",
        f"{town} - {code}",
        f"Country: {rng.choice(_LANDS)}.",
    ]
    return [x for f in fields for x in (f, "")][:-1]


def signature_added(raw: str, rng: random.Random) -> Pair | None:
    """A person's postal signature (name, title, company, street, town, phone, e-mail) set at the page's end."""
    return raw, _at_end(raw, _signature(rng))


def signature_replaced(raw: str, rng: random.Random) -> Pair | None:
    """The signature at the page's end replaced by a pointer to a contact form."""
    return _at_end(raw, _signature(rng)), _at_end(raw, ["You can also reach us through our contact form."])


def office_block_added(raw: str, rng: random.Random) -> Pair | None:
    """A registered-office block of field lines ("Country: India.") set at the page's end."""
    return raw, _at_end(raw, _office(rng))


_AFFILIATE_NOTES = (
    "This site takes part in affiliate programs, so we may earn a commission on purchases made through our links.",
    "Some of the links on this blog are affiliate links: we earn a small fee if you buy through them.",
    "We are a participant in the {firm} Associates Program, an affiliate advertising program designed to provide a"
    " means for sites to earn advertising fees by advertising and linking to {firm}.",
    "This blog uses {firm} affiliate programs for monetization.",
)


def affiliate_note_added(raw: str, rng: random.Random) -> Pair | None:
    """A blog's note on the fees or commissions it earns from affiliate links, after a paragraph."""
    note = rng.choice(_AFFILIATE_NOTES).format(firm=rng.choice(_FIRMS).split()[0])
    new = _after_paragraph(raw, rng, [note, ""])
    return (raw, new) if new else None


def m_practice_after_signature(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a practice stated right after a signature block."""
    block = _signature(rng)
    practice = rng.choice(
        (
            "We share your contact details with our marketing partners so they can send you offers.",
            "We keep your messages to us for ten years.",
            "We sell the email addresses of our subscribers to data brokers.",
        )
    )
    return _at_end(raw, block), _at_end(raw, [*block, "", practice])


def m_affiliate_tracking(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: an affiliate note that says its partners track the reader."""
    note = rng.choice(
        (
            "Our affiliate partners set cookies that track the purchases you make after following one of our links.",
            "When you click an affiliate link, we share your email address with the merchant so it can credit us.",
        )
    )
    new = _after_paragraph(raw, rng, [note, ""])
    return (raw, new) if new else None


_BIOS = (
    "{name} has written about home cooking for twenty years and teaches nutrition to university students.",
    "{name} is the founder of this site. She has travelled in Peru, Kenya and Vietnam and writes about what she eats.",
    "{name} holds a degree in history and has taught college students since 2004.",
)


def author_note_added(raw: str, rng: random.Random) -> Pair | None:
    """An author's note at the page's end: the author's name (a link to their page) and a short biography."""
    name = rng.choice(_PEOPLE)
    title = rng.choice(("", "Professor ", "Dr. "))
    bio = rng.choice(_BIOS).format(name=(title + name.split()[1]) if title else name.split()[0])
    return raw, _at_end(raw, [f"[{title}{name}](https://example.org/about)", "", bio])


# ------------------------------------------------------------------------ session 27: a blog page's own furniture
# A policy published as a blog page carries the blog's furniture under it: a comment form ("Your email address will
# not be published"), a newsletter box, the post's byline. None states a practice of the site.

_COMMENT_FORMS = (
    [
        "### Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    ],
    [
        "## Leave a Comment",
        "Your email address will not be published.",
        "You must be logged in to post a comment.",
    ],
    [
        "### Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Notify me of follow-up comments by email.",
        "Notify me of new posts by email.",
    ],
)


def comment_form_added(raw: str, rng: random.Random) -> Pair | None:
    """A blog's comment form captured under the policy ("Your email address will not be published")."""
    form = rng.choice(_COMMENT_FORMS)
    return raw, _at_end(raw, _spaced(form))


_NEWSLETTER_BOXES = (
    ["### Subscribe to our newsletter", "Enter your email address to get new recipes in your inbox.", "Subscribe"],
    ["**Join our mailing list**", "Get weekly tips and updates.", "Email address", "Sign up"],
    ["## Stay in touch", "Sign up for our newsletter and never miss a post.", "Your email", "Subscribe"],
)


def newsletter_box_added(raw: str, rng: random.Random) -> Pair | None:
    """A newsletter sign-up box captured under the policy."""
    box = rng.choice(_NEWSLETTER_BOXES)
    return raw, _at_end(raw, _spaced(box))


def byline_changed(raw: str, rng: random.Random) -> Pair | None:
    """The post's byline under the page title changed (author, date, category)."""
    lines = _lines(raw)
    at = _top(lines) + 1

    def byline(r: random.Random) -> str:
        who = r.choice(("admin", "editor", "Maria Okafor", "Site Team"))
        when = f"{r.choice(('March', 'June', 'October'))} {r.randint(1, 28)}, {r.randint(2012, 2019)}"
        return f"Posted by {who} on {when} in {r.choice(('Uncategorized', 'Legal', 'About'))}"

    a, b = byline(rng), byline(rng)
    if a == b:
        return None
    return _join([*lines[:at], "", a, "", *lines[at:]]), _join([*lines[:at], "", b, "", *lines[at:]])


_SIDEBARS = (
    ["### Meta", "* [Log in](https://example.org/wp-login.php)", "* [Entries feed](https://example.org/feed/)",
     "* [Comments feed](https://example.org/comments/feed/)", "* [WordPress.org](https://wordpress.org/)"],
    ["### Archives", "* [March 2016](https://example.org/2016/03/)", "* [February 2016](https://example.org/2016/02/)",
     "* [January 2016](https://example.org/2016/01/)"],
    ["### Categories", "* [Recipes](https://example.org/c/recipes)", "* [Travel](https://example.org/c/travel)",
     "* [Uncategorized](https://example.org/c/uncategorized)"],
    ["Search for:", "Search"],
    ["Proudly powered by WordPress | Theme: Twenty Twelve by the WordPress team."],
    ["### Like this:", "Like Loading..."],
    ["**[Help support our site!](https://example.org/donate)**",
     "This site is entirely supported by your donations and by our sponsors. Can you give $10 today to keep it "
     "running?"],
)  # fmt: skip


def blog_sidebar_added(raw: str, rng: random.Random) -> Pair | None:
    """A blog's sidebar or footer widget captured under the policy (archives, categories, a "Meta" box of feeds, a
    search box, "Powered by", a like button, a donation appeal)."""
    box = rng.choice(_SIDEBARS)
    return raw, _at_end(raw, _spaced(box))


_PAGE_BITS = (
    ["This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if "
     "you wish. Accept Read More"],
    ["### Privacy Overview", "This website uses cookies to improve your experience while you navigate through the "
     "website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are "
     "essential for the working of basic functionalities of the website.", "Necessary", "Always Enabled",
     "Non-necessary", "SAVE & ACCEPT"],
    ["Select Language", "Powered by [Google Translate](https://translate.google.com)"],
    ["Advertisement"],
    ["### Sponsored Links"],
    ["Trusted by over 10,000 small businesses and their customers."],
    ["### Recent Comments", "* Jane on [Hello world!](https://example.org/hello)",
     "* Sam on [Our spring menu](https://example.org/menu)"],
)  # fmt: skip


def page_bits_added(raw: str, rng: random.Random) -> Pair | None:
    """A bit of the page captured under the policy: a cookie plugin's notice or settings panel, a translation box, an
    ad slot's label, a marketing line, a "Recent Comments" box."""
    bit = rng.choice(_PAGE_BITS)
    return raw, _at_end(raw, _spaced(bit))


_SITE_BITS = (
    ["Get the app:", "[Download on the App Store](https://example.org/ios) | [Get it on Google Play](https://example.org/android)"],
    ["Free shipping on orders over $50 | Easy 30-day returns"],
    ["This site is protected by reCAPTCHA and the Google [Privacy Policy](https://policies.google.com/privacy) and "
     "[Terms of Service](https://policies.google.com/terms) apply."],
    ["### Get our newsletter", "Email address", "Subscribe", "We respect your privacy. Unsubscribe at any time."],
    ["You are here: [Home](https://example.org/) » Privacy Policy"],
    ["Copyright © 2016 Example Media LLC. All Rights Reserved. | [Terms of Use](https://example.org/terms) | "
     "[Sitemap](https://example.org/sitemap)"],
    ["Call us: 1-800-555-0142 | [Sign in](https://example.org/login) | [Cart (0)](https://example.org/cart)"],
)  # fmt: skip


def site_bits_added(raw: str, rng: random.Random) -> Pair | None:
    """A bit of a shop's or site's header or footer captured with the policy: app badges, a shipping banner, a
    reCAPTCHA notice, a newsletter box's "we respect your privacy" note, a breadcrumb, a copyright line, a phone and
    cart header."""
    bit = rng.choice(_SITE_BITS)
    return raw, _at_an_edge(raw, rng, _spaced(bit))


_CREDITS = (
    ["Follow us: [Facebook](https://facebook.com/example) | [Twitter](https://twitter.com/example) | "
     "[Instagram](https://instagram.com/example) | [Pinterest](https://pinterest.com/example)"],
    ["Powered by Shopify"],
    ["Website design by [Brightside Studio](https://brightside.example)"],
    ["English | Español | Français | Deutsch"],
    ["[Print](https://example.org/print) | [Download PDF](https://example.org/policy.pdf) | "
     "[Email this page](mailto:?subject=Privacy)"],
    ["### Find us on social media", "[Facebook](https://facebook.com/example)", "[LinkedIn](https://linkedin.com/company/example)",
     "[YouTube](https://youtube.com/example)"],
)  # fmt: skip


def credits_added(raw: str, rng: random.Random) -> Pair | None:
    """A site's social links, credits ("Powered by Shopify", "Website design by ..."), language menu or print links
    captured with the policy, at its top or its end."""
    bit = rng.choice(_CREDITS)
    return raw, _at_an_edge(raw, rng, _spaced(bit))


_SHOP_TERMS = (
    "Orders ship within two business days. We ship to all 50 states and to Canada.",
    "A 15% restocking fee applies to items returned after 30 days.",
    "Sales tax is charged on orders shipped to New York and California.",
    "Gift cards never expire and can be used on any order.",
    "Prices are shown in US dollars and may change without notice.",
    "Returns are accepted within 30 days of delivery if the item is unused.",
)


def shop_terms_added(raw: str, rng: random.Random) -> Pair | None:
    """A shop's terms of sale captured with the policy (a help-centre page around it): shipping, returns, taxes,
    prices, gift cards. None is about personal data."""
    picked = rng.sample(_SHOP_TERMS, 2)
    return raw, _at_end(raw, ["## Shipping and returns", "", picked[0], "", picked[1]])


_PAGE_NOTES = (
    "This policy is also available in French, German and Spanish.",
    "A printable version of this policy is available as a PDF.",
    "This page was last reviewed by our legal team in March 2019.",
    "Questions about your order? Our support team answers within one business day.",
    "Our offices are closed on public holidays.",
    "Thank you for reading and for being part of our community!",
)


def page_note_added(raw: str, rng: random.Random) -> Pair | None:
    """A note about the page or the site's service (other languages, a PDF, a review date, support hours, thanks),
    added after a paragraph or at the end. None states how personal data is handled."""
    note = rng.choice(_PAGE_NOTES)
    if rng.random() < 0.5:
        return raw, _at_end(raw, [note])
    new = _after_paragraph(raw, rng, [note, ""])
    return (raw, new) if new else None


def person_named(raw: str, rng: random.Random) -> Pair | None:
    """A person named at the end of the page: who to ask, who prepared the page, who is thanked."""
    who = rng.choice(_PEOPLE)
    line = rng.choice(
        (
            f"Questions? Ask {who}, our privacy lead, at {who.split()[0].lower()}@northwind.example.",
            f"This policy was prepared by {who}, {rng.choice(_TITLES)}.",
            f"Special thanks to {who} for her help with this page.",
        )
    )
    return raw, _at_end(raw, [line])


def m_sign_up_shares(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a sign-up box whose prompt says the company shares the address it asks for."""
    box = [
        "### Subscribe to our newsletter",
        rng.choice(
            (
                "Sign up and we will share your email address with our sponsors.",
                "Enter your email address: we sell our mailing list to partners.",
            )
        ),
        "Email address",
        "Subscribe",
    ]
    return raw, _at_end(raw, _spaced(box))


def m_comments_section(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a section on what the site does with comments left on it (a policy section, no comment box)."""
    body = rng.choice(
        (
            "When you leave a comment, we collect your IP address and browser user agent to help spam detection.",
            "Comments you leave are shared with an automated spam-filtering service that receives your email address.",
        )
    )
    return raw, _at_end(raw, ["## Comments", "", body])


MORE += (
    ("signature-added", False, signature_added),
    ("signature-replaced", False, signature_replaced),
    ("office-block-added", False, office_block_added),
    ("affiliate-note-added", False, affiliate_note_added),
    ("author-note-added", False, author_note_added),
    ("comment-form-added", False, comment_form_added),
    ("newsletter-box-added", False, newsletter_box_added),
    ("byline-changed", False, byline_changed),
    ("blog-sidebar-added", False, blog_sidebar_added),
    ("page-bits-added", False, page_bits_added),
    ("site-bits-added", False, site_bits_added),
    ("credits-added", False, credits_added),
    ("shop-terms-added", False, shop_terms_added),
    ("page-note-added", False, page_note_added),
    ("person-named", False, person_named),
    ("m-sign-up-shares", True, m_sign_up_shares),
    ("m-comments-section", True, m_comments_section),
    ("m-practice-after-signature", True, m_practice_after_signature),
    ("m-affiliate-tracking", True, m_affiliate_tracking),
)


# ------------------------------------------------------------ session 28: widgets whose words name data or places
# A small site's page carries widgets whose words are the classifier's own vocabulary: a login box ("Password"), a
# blog's tags or related posts ("Kids", "Health", "location"), a shop's product grid, a map's credits ("Map data
# ©2019 Google"), a chat box, a country picker, a list of events in other countries, a customer's testimonial, the
# cards a shop accepts, an age gate. None states what the site does with personal data.

_WIDGETS = (
    ["### Log in", "Username or Email Address", "Password", "Remember Me", "Log In",
     "[Register](https://example.org/register) | [Lost your password?](https://example.org/lost)"],
    ["### Tags", "[children](https://example.org/t/children) [health](https://example.org/t/health) "
     "[kids](https://example.org/t/kids) [location](https://example.org/t/location) [money](https://example.org/t/money)"],
    ["### Categories", "* [Health & Fitness](https://example.org/c/health)", "* [Kids' Corner](https://example.org/c/kids)",
     "* [Faith](https://example.org/c/faith)", "* [Finance](https://example.org/c/finance)"],
    ["### Related Posts", "* [How to keep your children safe online](https://example.org/p/1)",
     "* [Five apps that know your location](https://example.org/p/2)",
     "* [Is your health data for sale?](https://example.org/p/3)"],
    ["### Best Sellers", "Baby Monitor – $49.99", "Fitness Tracker with Heart Rate – $79.00", "Add to cart",
     "Pregnancy Test Kit (2 pack) – $12.99", "Add to cart"],
    ["Map data ©2019 Google", "Terms of Use", "Report a map error", "View larger map"],
    ["### Chat with us", "We're offline. Leave a message and we'll get back to you.", "Name", "Email", "Message",
     "Send"],
    ["Select your country:", "United States | Canada | United Kingdom | Australia | Germany | France | Japan"],
    ["### Upcoming Events", "* March 12 – Spring Fair, Toronto, Canada",
     "* April 3 – Open Day, Manchester, United Kingdom", "* May 20 – Trade Show, Frankfurt, Germany"],
    ["“Fast delivery and friendly service, I will order again!” – Anna K., Melbourne, Australia"],
    ["We accept: Visa, Mastercard, American Express, PayPal, Apple Pay"],
    ["You must be 21 or older to enter this site.", "I am 21 or older", "Exit"],
    ["Opening hours: Monday to Friday 9am–5pm, Saturday 10am–2pm. Closed on Sundays."],
    ["### We're hiring!", "Join our team of engineers and designers. [See open positions](https://example.org/jobs)"],
)  # fmt: skip


def data_widget_added(raw: str, rng: random.Random) -> Pair | None:
    """A widget whose words name data, people or places captured with the policy, at its top or its end: a login box,
    tags, categories, related posts, a product grid, map credits, a chat box, a country picker, events abroad, a
    testimonial, accepted cards, an age gate, opening hours, a job advert."""
    bit = rng.choice(_WIDGETS)
    return raw, _at_an_edge(raw, rng, _spaced(bit))


def data_widget_changed(raw: str, rng: random.Random) -> Pair | None:
    """One widget under the policy replaced by another (a site's sidebar changes between two captures)."""
    first, second = rng.sample(_WIDGETS, 2)
    return _at_end(raw, _spaced(first)), _at_end(raw, _spaced(second))


_WIDGET_PRACTICES = (
    ["### Log in", "When you log in, we record your IP address and the device you use, and keep them for two years.",
     "Username", "Password", "Log In"],
    ["### Live chat", "Chats are recorded, and transcripts are shared with our customer-support provider."],
    ["### Store locator", "To show the nearest store, we collect your precise location from your device."],
    ["### Payments", "We share your card details and purchase history with our payment partners for marketing."],
    ["You must be 21 or older to enter this site.", "We keep a record of the date of birth you enter here.",
     "I am 21 or older", "Exit"],
)  # fmt: skip


def m_widget_practice(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a widget at the page's end whose text states a practice (what a login, a chat, a store locator,
    a payment or an age gate records or shares)."""
    return raw, _at_end(raw, _spaced(rng.choice(_WIDGET_PRACTICES)))


_EMBED_BITS = (
    ["[Watch on YouTube](https://video.example/watch?v=1)", "YouTube video player"],
    ["Live chat by Zendesk"],
    ["### Newsletter", "Read our latest newsletter"],
    ["Questions? Email hello [at] example [dot] com"],
    ["Click to share on Twitter (Opens in new window)", "Click to share on Facebook (Opens in new window)"],
    ["Sorry, your browser does not support embedded videos."],
    ["Image: Shutterstock"],
    ["[Track your order](https://example.org/orders)"],
    ["Enter your location to see stores near you"],
    ["Notify me of new posts by email."],
    ["Your IP address is 203.0.113.5"],
)  # fmt: skip


def embed_bits_added(raw: str, rng: random.Random) -> Pair | None:
    """A bit of an embed or a widget captured with the policy, at its top or its end: a video player's caption, a
    chat box's credit, a newsletter link, an e-mail address spelled out against spam robots, share buttons, a
    player's fallback text, a picture's credit, an order-tracking link, a store locator's prompt."""
    return raw, _at_an_edge(raw, rng, _spaced(rng.choice(_EMBED_BITS)))


_IMPRINTS = (
    "Registered office: {n} Mill Lane, Harbourside EC2 4RT. Company number 09876543.",
    "Company registered in England and Wales, No. 01234567. VAT No. GB 123 4567 89.",
    "{firm} Ltd is authorised and regulated by the Financial Conduct Authority (FRN 123456).",
    "Trading as {firm} Books, a trading name of {firm} Media Ltd, registered in Ireland under number 654321.",
)


def imprint_added(raw: str, rng: random.Random) -> Pair | None:
    """The company's legal particulars in the page's footer: its registered office, its company or VAT number, its
    regulator, a trading name. Contact details, no controller named as such and no practice."""
    line = rng.choice(_IMPRINTS).format(n=rng.randint(2, 90), firm=rng.choice(_FIRMS).split()[0])
    return raw, _at_end(raw, [line])


MORE += (
    ("data-widget-added", False, data_widget_added),
    ("data-widget-changed", False, data_widget_changed),
    ("m-data-widget-practice", True, m_widget_practice),
    ("embed-bits-added", False, embed_bits_added),
    ("imprint-added", False, imprint_added),
)


# ------------------------------------------------------- session 29: error reports, site titles, listing disclaimers
# A small site's page can carry what its software printed when it failed (a PHP notice and its fields, a warning with
# a file path, a database error naming a user, a stack trace), the site's own title whose words are data words
# ("Family Health Guide") where the policy says where it posts changes, and a shop's or a listing site's disclaimers
# ("prices subject to change without notice", "photographs for illustration only"). None states a practice.

_ERROR_REPORTS = (
    ["#### A PHP Error was encountered", "Severity: Notice", "Message: Undefined index: lang",
     "Filename: controllers/Pages.php", "Line Number: 88", "Backtrace:", "File: /srv/www/app/controllers/Pages.php",
     "Line: 88", "Function: _error_handler"],
    ["Warning: include(header.php): failed to open stream: No such file or directory in"
     " /var/www/html/privacy.php on line 4"],
    ["Deprecated: Function split() is deprecated in /home/site/public_html/inc/lib.php on line 212"],
    ["Warning: mysql_connect(): Access denied for user 'webuser'@'localhost' (using password: YES) in"
     " /home/site/public_html/db.php on line 3"],
    ["Server Error in '/' Application.", "Object reference not set to an instance of an object.",
     "Exception Details: System.NullReferenceException"],
    ["Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in"
     " /var/www/wp-includes/plugin.php on line 423"],
    ["Notice: Trying to get property of non-object in /home/www/wp-content/themes/blog/header.php on line 17"],
)  # fmt: skip


def error_report_added(raw: str, rng: random.Random) -> Pair | None:
    """An error report the site's software printed into the page, at its top or its end, added or gone: a PHP notice
    with its fields, a warning naming a file, a database error naming a user, a .NET server error, a fatal error."""
    report = rng.choice(_ERROR_REPORTS)
    return _edge_direction(raw, _at_an_edge(raw, rng, _maybe_spaced(report, rng)), rng)


_SITE_TITLES = ("Family Health Guide", "Kids Health Corner", "Home Finance Magazine", "Healthy Living Blog",
                "Young Parents Forum", "Senior Care Digest")  # fmt: skip


def site_title_named(raw: str, rng: random.Random) -> Pair | None:
    """A line of the site's own, naming the site by a title whose words are data words: where the policy is posted
    ("This policy applies to Family Health Guide and is posted here.")."""
    title = rng.choice(_SITE_TITLES)
    line = rng.choice(
        (
            f"This privacy policy is posted here on {title}.",
            f"Welcome to {title}.",
            f"Thank you for reading {title}.",
        )
    )
    return _edge_direction(raw, _at_an_edge(raw, rng, [line]), rng)


_DISCLAIMERS = (
    "All information is submitted subject to errors, omissions, change of price or withdrawal without notice.",
    "Photographs are for illustration only and may not show the exact product.",
    "Information deemed reliable but not guaranteed.",
    "Prices and availability are subject to change without notice.",
    "Descriptions and images reflect the property at the time the photographs were taken.",
)


def listing_disclaimer_added(raw: str, rng: random.Random) -> Pair | None:
    """A shop's or a listing site's disclaimer about its offers under the policy (prices, pictures, availability)."""
    return _edge_direction(raw, _at_end(raw, [rng.choice(_DISCLAIMERS)]), rng)


_SITE_PRACTICES = (
    "Warning: we log the user name and password you enter here for security review.",
    "Family Health Guide collects the health conditions you enter in the symptom checker.",
    "Photographs you upload to a listing are shared with our advertising partners.",
)


def m_site_practice(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: a line at the page's end, shaped like an error report, a site's title or a disclaimer, that states
    a practice."""
    return raw, _at_end(raw, [rng.choice(_SITE_PRACTICES)])


MORE += (
    ("error-report-added", False, error_report_added),
    ("site-title-named", False, site_title_named),
    ("listing-disclaimer-added", False, listing_disclaimer_added),
    ("m-site-practice", True, m_site_practice),
)


# ------------------------------------------- session 30: cloaked addresses, the policy's reason, banners, long titles
# A page read without scripts shows, where each e-mail address stood, what the cloaking script prints instead; a
# policy gains or loses an opening that says why it was written ("we want you to know how we ..."); a consent banner's
# sentences come with the capture ("we use cookies to give you the best experience"); a heading in title case runs
# to 9-12 words. None states a practice.

_CLOAKS = (
    "you need javascript to view our email address",
    "This email address is being protected from spambots. You need JavaScript enabled to view it.",
    "enable JavaScript to view the email address",
)
_ADDRESS = re.compile(r"\[?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\]?(?:\(mailto:[^)\s]*\))?")


def cloaked_address(raw: str, rng: random.Random) -> Pair | None:
    """Every e-mail address of the policy shown as a cloaking script's placeholder (a capture without scripts), or
    the other way round."""
    if not _ADDRESS.search(raw):
        return None
    cloak = rng.choice(_CLOAKS)
    return _edge_direction(raw, _ADDRESS.sub(lambda _m: cloak, raw), rng)


_REASONS = (
    "Because we want our users to know how we collect, use, share and protect information we collect, we have"
    " written this privacy policy.",
    "We want you to understand what information we collect and how we use it.",
    "We would like our visitors to be aware of how we handle the information they give us.",
    "The site cares about your privacy and the confidentiality of information shared with us, including through"
    " our website.",
)


def policy_reason_added(raw: str, rng: random.Random) -> Pair | None:
    """An opening saying why the policy was written, under the title, added or dropped."""
    body = _lines(raw)
    at = _top(body) + 1
    return _edge_direction(raw, _join([*body[:at], "", rng.choice(_REASONS), "", *body[at:]]), rng)


_BANNERS = (
    ["We use cookies to ensure that we give you the best experience on our website. If you continue to use this site"
     " we will assume that you are happy with it."],
    ["This website uses cookies so that we can provide you with the best user experience possible."],
    ["We use cookies to ensure that we give you the best experience on our website.", "Ok"],
)  # fmt: skip


def banner_sentences_added(raw: str, rng: random.Random) -> Pair | None:
    """A consent banner's sentences, with or without their button, at the end of the capture."""
    return _edge_direction(raw, _at_end(raw, rng.choice(_BANNERS)), rng)


_LONG_TITLES = (
    "Chat Rooms, Journals and Weblogs, Message Boards, Classifieds and Public Forums",
    "Links to Other Websites, Social Media Pages and Third-Party Services",
    "Questions, Comments and Requests About This Policy or Your Information",
)


def long_title_added(raw: str, rng: random.Random) -> Pair | None:
    """A heading of 9-12 words in title case set above a paragraph in the middle of the policy, added or dropped."""
    edited = _before_paragraph(raw, rng, rng.choice(_LONG_TITLES))
    return None if edited is None else _edge_direction(raw, edited, rng)


def _before_paragraph(raw: str, rng: random.Random, line: str) -> str | None:
    lines = _lines(raw)
    idx = [k for k in _prose_idx(lines) if k and not lines[k - 1].strip()]  # a paragraph after a blank line
    k = _middle(rng, idx, len(lines))
    if k is None:
        return None
    return _join([*lines[:k], line, "", *lines[k:]])


_REASON_PRACTICES = (
    "We want you to know that we share your contact details with our advertising partners.",
    "We use cookies to follow you across other websites and show you advertising.",
    "Since we were founded we have kept the messages you send us for ten years.",
)


def m_reason_practice(raw: str, rng: random.Random) -> Pair | None:
    """Look-alike: an opening shaped like the policy's reason or a banner, that states a practice."""
    body = _lines(raw)
    at = _top(body) + 1
    return raw, _join([*body[:at], "", rng.choice(_REASON_PRACTICES), "", *body[at:]])


def _garbled(text: str) -> str:
    """UTF-8 read as Windows-1252: each character outside ASCII as its bytes would show."""
    return "".join(ch if ord(ch) < 0x80 else ch.encode("utf-8").decode("cp1252", errors="replace") for ch in text)


def wrong_charset(raw: str, rng: random.Random) -> Pair | None:
    """The whole capture decoded with the wrong character set ("youâ€™re" for "you’re"), or the other way round; a
    policy without a character outside ASCII has nothing to garble."""
    if raw.isascii():
        return None
    typographic = raw.replace("'", "’") if rng.random() < 0.5 else raw  # most pages use curly apostrophes
    return _edge_direction(typographic, _garbled(typographic), rng)


def escaped_twice(raw: str, rng: random.Random) -> Pair | None:
    """The capture of a page escaped twice: its apostrophes, quotes and ampersands shown as character references
    ("don&#8217;t", "&amp;amp;"), or the other way round."""
    typographic = raw.replace("'", "\u2019")
    refs = {"\u2019": rng.choice(("&#8217;", "&rsquo;", "&amp;#8217;")), "\u201c": "&#8220;", "\u201d": "&#8221;"}
    edited = typographic.replace("&", "&amp;")
    for ch, ref in refs.items():
        edited = edited.replace(ch, ref)
    return _edge_direction(typographic, edited, rng)


MORE += (
    ("escaped-twice", False, escaped_twice),
    ("wrong-charset", False, wrong_charset),
    ("cloaked-address", False, cloaked_address),
    ("policy-reason-added", False, policy_reason_added),
    ("banner-sentences-added", False, banner_sentences_added),
    ("long-title-added", False, long_title_added),
    ("m-reason-practice", True, m_reason_practice),
)
