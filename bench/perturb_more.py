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


def notice_inline_entry(raw: str, rng: random.Random) -> Pair | None:
    """A notice added to a sentence that lists the other notices that also apply."""
    names = rng.sample(_OTHER_NOTICES, 4)
    form = rng.choice(
        (
            "This policy should be read together with our {x}.",
            "Our {x} also apply to your use of the services.",
            "For more information, please also read our {x}.",
        )
    )
    old = form.format(x=", ".join(names[:2]) + " and " + names[2])
    new = form.format(x=", ".join(names[:3]) + " and " + names[3])
    seed = rng.random()
    a = _after_paragraph(raw, random.Random(seed), [old])
    b = _after_paragraph(raw, random.Random(seed), [new])
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
    ("help-links-other", False, help_links_other),
    ("topic-menu-top", False, topic_menu_top),
    ("m-list-at-end", True, m_list_at_end),
)
