"""The classifier's rules by name: what each decides, why, and examples that run as tests.

Every per-change verdict carries the id of the rule that gave it (`ChangeVerdict.rule`), so a false alarm points
to the rule to fix; `bench/rules_report.py` counts how often each fires on the labelled cases. The order of the
sections is the order in which the engine tries them: where a change sits (placement, tables, moves), then one
statement added or removed, then one sentence modified, then the changes read together and with the whole
versions (rewordings, regions, examples, statements that stand elsewhere, unread languages).
The rules of each stage are given by the module named after it (`placement.py`, `statement.py`, `modified.py`,
`together.py` for "document", `unread.py`) or, where the layout alone decides (a move, a completed cut-off, a
lost list tail, a listed product, a rewrite left unanalysed), by `judge` and `classify` in `engine.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

_BASE = (
    "# Privacy notice\n"
    "We collect your name and email address when you open an account.\n"
    "We use your email address to send you receipts.\n"
    "We do not sell your personal information.\n"
    "We keep invoices for six years to meet tax law."
)

#: a small policy in French, for the rules that read a policy in its own language (foreign.py)
_FR = (
    "# Politique de confidentialité\n"
    "Nous collectons votre nom et votre adresse e-mail lorsque vous ouvrez un compte.\n"
    "Nous utilisons votre adresse e-mail pour vous envoyer vos reçus.\n"
    "Nous ne vendons pas vos données personnelles.\n"
    "Nous conservons les factures pendant six ans pour respecter la loi fiscale.\n"
    "Vous pouvez demander l'accès à vos données et leur suppression à tout moment.\n"
    "Nous transmettons votre adresse de livraison à notre transporteur pour livrer vos colis."
)


@dataclass(frozen=True)
class Example:
    """Two versions of a small policy and whether the change between them is material."""

    before: str
    after: str
    material: bool


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str  # "placement" | "statement" | "modified" | "document"
    doc: str  # one line: what the rule decides and why
    examples: tuple[Example, ...] = ()


def _ex(before_extra: str, after_extra: str, material: bool) -> Example:
    return Example(_BASE + before_extra, _BASE + after_extra, material)


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        # ---- where a change sits
        Rule(
            "placement",
            "placement",
            "A heading, or a line under a related-articles / navigation heading or in a menu run, names sections or"
            " links; the text under headings states the practice. So does the site's header or footer: a run of"
            " short link titles (mostly title case or known chrome, with a copyright line) at an edge of the page,"
            " that no line ending in ':' nor heading about a practice introduces, whatever the labels name;"
            " and a consent banner at an edge (a paragraph about cookies, short button lines, one a known button);"
            " rows of links on one line; one-paragraph widgets framed by their controls (sign-up forms, chat boxes)"
            " (monitor/classify/chrome.py); and a consent manager's banner or preference centre anywhere on the page,"
            " found by its cluster of buttons and toggles (monitor/classify/consent.py).",
            (
                _ex("\n# Your choices", "\n# Your choices and controls", False),
                # a footer whose links name choices ("sell", "sensitive"), re-laid under the policy
                _ex(
                    "\n- Terms of Use\n- Sitemap\n- Accessibility\n© 2024 Brightwave Ltd.",
                    "\n- Terms of Use\n- Your Privacy Choices\n- Do Not Sell or Share My Personal Information\n"
                    "- Limit the Use of My Sensitive Personal Information\n© 2025 Brightwave Ltd. All rights reserved.",
                    False,
                ),
            ),
        ),
        Rule(
            "listed-party",
            "placement",
            "A name set out as a heading in a list of parties under a section about recipients or trackers: a"
            " recipient named or dropped.",
            (
                Example(
                    _BASE + "\n# Advertising partners we work with\n# Brightads\nSee their notice.",
                    _BASE + "\n# Advertising partners we work with\n# Brightads\nSee their notice.\n# Quorvio\n"
                    "See their notice.",
                    True,
                ),
            ),
        ),
        Rule(
            "listed-recipient",
            "placement",
            "An item added to or dropped from a list introduced as those data goes to ('We share it with:'), whose"
            " words alone state nothing: a recipient named or dropped.",
            (
                _ex(
                    "\nWe may share your information with:\n- Our hosts\n- Our auditors",
                    "\nWe may share your information with:\n- Our hosts\n- Our auditors\n- Event organisers",
                    True,
                ),
            ),
        ),
        Rule(
            "table-row",
            "placement",
            "A row of a yes/no table per data category: a flipped answer or a new row is a changed practice.",
            (
                Example(
                    _BASE + "\n| Category | Sold | Shared |\n| Identifiers | No | Yes |",
                    _BASE + "\n| Category | Sold | Shared |\n| Identifiers | Yes | Yes |",
                    True,
                ),
            ),
        ),
        Rule(
            "cut-completed",
            "placement",
            "A line the capture cut off mid-sentence in one version (no sentence end, an open last word) and whole"
            " in the other: a broken capture, not an edit.",
            (
                Example(
                    _BASE + "\nWe answer requests within 30 days and",
                    _BASE + "\nWe answer requests within 30 days and tell you when we need more time.",
                    False,
                ),
            ),
        ),
        Rule(
            "list-tail-lost",
            "placement",
            "List items missing at the end of lists of the new version, where at least one list still ends as if"
            " items followed (';', ':', ', and'): the capture lost them, the policy did not drop them.",
            (
                Example(
                    _BASE + "\nWe may disclose data:\n- to comply with the law;\n- to prevent fraud; or\n"
                    "- with your consent.\n# Security",
                    _BASE + "\nWe may disclose data:\n- to comply with the law;\n# Security",
                    False,
                ),
            ),
        ),
        Rule(
            "list-tail-restored",
            "placement",
            "List items back at the end of lists of the new version, where the old capture ended lists as if items"
            " followed (';', ':', ', and'), on two lists or on an introduction left with no items: a capture"
            " recovering, not items added.",
            (
                Example(
                    _BASE + "\nWe may disclose data:\n- to comply with the law;\n\nWe may share data such as:\n\n"
                    "# Security",
                    _BASE + "\nWe may disclose data:\n- to comply with the law;\n- to prevent fraud; or\n"
                    "- with your consent.\n\nWe may share data such as:\n- your name\n- your email address\n\n"
                    "# Security",
                    False,
                ),
            ),
        ),
        Rule(
            "listed-product",
            "placement",
            "A name (capitalised words, no verb) in a list introduced as the products, apps or services the policy"
            " covers: a product, not a data type.",
            (
                Example(
                    _BASE + "\nThis policy applies to our apps:\n- Acme Maps\n- Acme Photos",
                    _BASE + "\nThis policy applies to our apps:\n- Acme Maps\n- Acme Photos\n- Acme Health",
                    False,
                ),
            ),
        ),
        Rule(
            "moved",
            "placement",
            "A passage moved with its wording unchanged.",
            (
                Example(
                    _BASE + "\nWe answer requests within 30 days.\nCookies help us remember your language.",
                    _BASE + "\nCookies help us remember your language.\nWe answer requests within 30 days.",
                    False,
                ),
            ),
        ),
        # ---- one statement added or removed
        Rule(
            "furniture",
            "statement",
            "Page furniture read from the line's form: a date line, a date or number only, a navigation bar, a"
            " short link or call to action, a copyright line, script or JSON code, a sentence about the document,"
            " a definition, a cookie banner, a pointer to more information or to a separate notice (what it offers"
            " and where it points taken out, nothing handling data is left and no choice is offered: `_pointer`).",
            (
                _ex("", "\nLast updated: 9 May 2025", False),
                _ex("", '\n{"nav":{"items":[{"label":"Shop"}]},"theme":{"dark":true}}', False),
                _ex("", "\nFor more information, please see our Cookie Notice.", False),
                _ex("", "\nResearchers can find out about our bug bounty programme here.", False),
            ),
        ),
        Rule(
            "question",
            "statement",
            "A question (an FAQ heading): the answer states the practice, not the question.",
            (_ex("", "\nWhat do we do with your email address?", False),),
        ),
        Rule(
            "announcement",
            "statement",
            "A banner that the policy is being revised, or a dated line about when a version of it applies, stating no"
            " practice and no way of announcing it: minor, policy_change.",
            (
                _ex("", "\nRevisions to this privacy notice are under way.", False),
                _ex("", "\nHeads up: a revised privacy statement is in force from 2 February 2027.", False),
            ),
        ),
        Rule(
            "new-or-dropped-practice",
            "statement",
            "A statement or list item added or removed that names a data type, purpose, recipient, right, choice,"
            " period or safeguard.",
            (
                _ex("", "\nWe share your purchase history with advertising partners.", True),
                _ex("\nYou can ask us for a copy of your data.", "", True),
            ),
        ),
        Rule(
            "rights-for-everyone",
            "statement",
            "A sentence extending rights to every user, wherever they live (or taking that back).",
            (_ex("", "\nWe extend these rights to all of our users.", True),),
        ),
        Rule(
            "response-period",
            "statement",
            "A period within which requests about the reader's data are answered, added or dropped (user rights).",
            (
                _ex("", "\nWe will respond to your request within 45 days.", True),
                _ex("\nWe will answer your request within one month.", "", True),
            ),
        ),
        Rule(
            "rights-channel-limited",
            "statement",
            "A limit on how, by whom or how often rights requests may be made, added or dropped ('requests are only"
            " accepted by post', 'requests sent by e-mail will not be processed', 'we will only act on requests made by"
            " users with a verified account', 'no more than once in any 12-month period'): a right's condition, not a"
            " contact detail.",
            (
                _ex("", "\nRequests to exercise your rights are only accepted by post.", True),
                _ex("\nRights requests sent by email will not be processed; please write to us by post.", "", True),
            ),
        ),
        Rule(
            "contact",
            "statement",
            "Contact details: addresses, e-mail addresses, phones, forms, representatives, DPOs, and a company"
            " renamed at the same address (minor, contact) - unless a right's conditions or the controller change.",
            (
                _ex("\nWrite to us at privacy@example.org.", "\nWrite to us at legal@example.org.", False),
                _ex("", "\nOur EU representative is Rep Ltd, 2 Dock Road, Dublin, Ireland.", False),
            ),
        ),
        Rule(
            "general-statement",
            "statement",
            "A sentence with a practice word but no specific data type, purpose or recipient (minor).",
            (_ex("", "\nWe take the protection of your data seriously.", False),),
        ),
        Rule(
            "advice",
            "statement",
            "Advice to the reader about their own care (passwords, what to post, other sites' policies), stating"
            " nothing the company does.",
            (
                _ex("", "\nChoose a strong password and change it regularly.", False),
                # the reader kept from sending their own data to the company
                _ex("", "\nPlease do not send us your credit card number by email.", False),
            ),
        ),
        Rule(
            "general-explanation",
            "statement",
            "How a kind of technology works or what a law says, in general, with nobody of the policy acting and"
            " only mechanics named (no purpose, recipient or right); and the stock caveats that other countries'"
            " laws may differ and that no method of transmission or storage is perfectly secure.",
            (
                _ex("", "\nSession cookies are deleted when you close your browser.", False),
                _ex(
                    "",
                    "\nNo method of transmission over the Internet, or of electronic storage, is 100% secure.",
                    False,
                ),
                _ex("", "\nData protection laws in other countries may differ from the laws where you live.", False),
            ),
        ),
        Rule(
            "others-rules",
            "statement",
            "Other parties' handling left to their own policies, or this policy's reach ended at them, the company"
            " handing nothing over in it.",
            (_ex("", "\nThird parties' use of your data is governed by their own privacy policies.", False),),
        ),
        Rule(
            "choice-cost",
            "statement",
            "A warning that a choice about cookies, settings or consent may cost features of the service, offering no"
            " choice and naming no purpose, recipient or data.",
            (_ex("", "\nDisabling cookies may affect how well the site works for you.", False),),
        ),
        Rule(
            "request-procedure",
            "statement",
            "How a request about the reader's data is checked or made (identity verified, what to include, an agent"
            " asking for the reader), granting no right itself and naming no period, limit, recipient or sensitive"
            " data.",
            (_ex("", "\nWe will verify your identity before we act on your request.", False),),
        ),
        Rule(
            "agreement-by-use",
            "statement",
            "The reader's agreement to this policy read from their use of the service (by using the site you agree;"
            " continued use after changes is acceptance; if you do not agree, do not use it), naming no data,"
            " technology, recipient or purpose.",
            (
                _ex(
                    "",
                    "\nBy using the app, you consent to the use of your information as described in this policy.",
                    False,
                ),
            ),
        ),
        Rule(
            "request-figures",
            "statement",
            "Figures reported about the requests handled (how many requests to know, delete or opt out were received,"
            " answered or denied, a median of days, over a past period) as a list line, a table row or a sentence:"
            " added, dropped, relabelled or refreshed, they say what happened, not what the company does. Also"
            " decides a modified line when both versions report figures.",
            (
                _ex("", "\nRequests to opt out of the sale of personal information received in 2024: 512", False),
                _ex(
                    "\nRequests to delete received in 2024: 3,410",
                    "\nRequests to delete received in 2024: 4,022",
                    False,
                ),
            ),
        ),
        Rule(
            "links-out",
            "statement",
            "The service links to other parties' sites, or a click takes the reader there, and no data is handled in"
            " the sentence.",
            (_ex("", "\nOur apps may contain links to our partners' websites.", False),),
        ),
        Rule(
            "choice-reach",
            "statement",
            "A note on how far a choice about cookies or ads reaches, settled by the technology: made per browser"
            " and device, lost with the cookies holding it, not carried to apps, made in the browser's settings; no"
            " choice offered, the company not speaking, nothing but the choice and its cookies named.",
            (_ex("", "\nPlease remember that an opt-out has to be made again on every browser you use.", False),),
        ),
        Rule(
            "no-practice",
            "statement",
            "Text that names no data practice at all.",
            (_ex("", "\nThank you for choosing our bakery.", False),),
        ),
        # ---- one sentence modified
        Rule(
            "punctuation",
            "modified",
            "Only punctuation, case, quotes or spacing changed (the diff drops most such edits itself).",
        ),
        Rule(
            "link",
            "modified",
            "Only a link, a URL or the words of a generic link changed.",
            (_ex("\nSee www.example.org/privacy for details.", "\nSee www.example.com/legal for details.", False),),
        ),
        Rule(
            "deadline-moved",
            "modified",
            "Only a date changed, and it is the date a practice is done by, until or from ('delete the recordings by"
            " 12/31/2024'), not when the document was updated or took effect.",
            (
                _ex(
                    "\nWe will delete all voice recordings by 12/31/2024.",
                    "\nWe will delete all voice recordings by 12/31/2026.",
                    True,
                ),
                _ex("\nWe keep order records until June 2025.", "\nWe keep order records until June 2027.", True),
            ),
        ),
        Rule(
            "date",
            "modified",
            "Only a date (or a relative time stamp such as '3 days ago') changed.",
            (_ex("\nPosted 2 days ago", "\nPosted 3 days ago", False),),
        ),
        Rule(
            "same-words",
            "modified",
            "The same words up to synonyms, typos (one letter off, two adjacent letters swapped in a word of five or"
            " more; a misspelt word is read as the word it became before synonyms are mapped) or grammar; or a"
            " near-synonym of a [[near]] group of synonyms.toml swapped in ('stored' -> 'saved', 'invoicing' ->"
            " 'billing'), when no finding is left whichever word of the group both versions say.",
            (
                _ex("\nWe gather your email address.", "\nWe collect your email address.", False),
                _ex(
                    "\nWe may pass your order to our delivery patrners.",
                    "\nWe may pass your order to our delivery partners.",
                    False,
                ),
            ),
        ),
        Rule(
            "run-in-label",
            "modified",
            "A run-in label set before a statement that is otherwise the same, or dropped from it (a passage turned"
            " into a labelled list: 'No excess data: we will not keep ...'), where the label names nothing the"
            " statement does not: no kind of data, party, number, limit or negation of its own.",
            (
                _ex(
                    "\nWe will not keep more data than we need.",
                    "\nNo excess data: we will not keep more data than we need.",
                    False,
                ),
            ),
        ),
        Rule(
            "place-renamed",
            "modified",
            "A page, menu or tab of the service renamed in a sentence that is otherwise the same ('on the User"
            " Settings page' -> 'on the Account page', 'Settings > Privacy' -> 'Account > Privacy Controls'): a name in"
            " title case before a noun of the service's own (page, tab, menu, settings ...), one holding a word of the"
            " service's interface (Settings, Account, Profile, Dashboard ...), or a step of a path ('>'); never a place"
            " or a party (a country, a recipient). Where to act moved; what can be done did not.",
            (
                _ex(
                    "\nYou can change your email address on the User Settings page.",
                    "\nYou can change your email address on the Account page.",
                    False,
                ),
                _ex(
                    "\nYou can change your email address in Settings > Profile.",
                    "\nYou can change your email address in Account > Personal Details.",
                    False,
                ),
            ),
        ),
        Rule(
            "message-channel",
            "modified",
            "Only the channel a message travels by changed (outside change notices).",
            (
                _ex(
                    "\nWe send receipts for your orders by email.",
                    "\nWe send receipts for your orders by email or text message.",
                    False,
                ),
            ),
        ),
        Rule(
            "document-titles",
            "modified",
            "Only titles of other documents (title case, ending in Policy, Notice, Terms...) added to or dropped"
            " from an enumeration of them: a reference; the named document states its own practices. The rest of"
            " the sentence must be the same and most names of the list documents (a title-case name among them"
            " is one more page, whatever its words), unless the sentence without the list states no practice.",
            (
                _ex(
                    "\nPlease also read our Cookie Notice and Terms of Use.",
                    "\nPlease also read our Cookie Notice, Terms of Use and Location Data Statement.",
                    False,
                ),
                _ex(
                    "\nOur Store Terms, Reviews Policy and Marketing Choices also apply to the app.",
                    "\nOur Store Terms, Reviews Policy, Marketing Choices and Openness Report also apply to the app.",
                    False,
                ),
            ),
        ),
        Rule(
            "rights-channel",
            "modified",
            "A kind of channel for exercising rights (e-mail, telephone, post, online form) withdrawn, as when e-mail"
            " is replaced by a web form or the reverse: a practice; another address of the same kind is a contact"
            " detail, and a channel offered besides the old ones leaves the old way open.",
            (
                _ex(
                    "\nTo exercise your rights, please email us at rights@example.org.",
                    "\nTo exercise your rights, please use the request form in your account settings.",
                    True,
                ),
                _ex(
                    "\nYou can exercise these rights by submitting a request through our online portal.",
                    "\nYou can exercise these rights by writing to us at our postal address.",
                    True,
                ),
            ),
        ),
        Rule(
            "data-item-listed",
            "modified",
            "An item added to, or dropped from, a list of the data a sentence says is collected, where the vocabulary"
            " knows the item by no term ('name, email address and shoe size'): the rest of the sentence the same but"
            " for the list's joining words, the list naming at least two kinds of data, the item a short noun phrase"
            " of its own (not 'other information').",
            (
                _ex(
                    "\nWe collect your name, email address and phone number when you join.",
                    "\nWe collect your name, email address, phone number and blood type when you join.",
                    True,
                ),
            ),
        ),
        Rule(
            "condition-swapped",
            "modified",
            "A practice left to another kind of condition, the rest of the sentence alike: the reader's consent or"
            " request, a duty the law sets, what the law allows, the company's own judgement ('where required by law'"
            " -> 'where permitted by law', 'when you ask us to' -> 'when we decide to'). Only a swap; the same kind in"
            " other words ('if the law requires us to' / 'where we are legally required to') is no change.",
            (
                _ex(
                    "\nWe may disclose your messages to the police where required by law.",
                    "\nWe may disclose your messages to the police where permitted by law.",
                    True,
                ),
                _ex(
                    "\nWe will delete your old invoices when you ask us to.",
                    "\nWe will delete your old invoices when we decide to.",
                    True,
                ),
            ),
        ),
        Rule(
            "illustration",
            "modified",
            "An inserted example ('for example ...') that names no new data type, purpose, recipient or number; or"
            " examples given, dropped or changed in parentheses after terms both versions name ('Identifiers (e.g.,"
            " IP address)'), the rest word for word the same, naming no sensitive data, party, number or negation, and"
            " no recipient or purpose of their own where the sentence states an act (a table row of categories takes"
            " any example of them). A removed and an added row that differ so are paired (stage document).",
            (
                _ex(
                    "\nWe collect device information and usage information when you visit the website.",
                    "\nWe collect device information (for example, your IP address and browser type) and usage"
                    " information (for example, your browsing history on our pages) when you visit the website.",
                    False,
                ),
            ),
        ),
        Rule(
            "gloss",
            "modified",
            "A term explained in parentheses right after it ('hashing (a technique that ...)', '(that is, ...)',"
            " '(also known as ...)', '(asking for ... out loud)'), the statement around it judged the same without"
            " it. Not a parenthesis that names the company, a party, a number, a limit or breadth, a sensitive kind"
            " of data, a recipient or a right, nor an example, a condition ('(if ...)', '(even when ...)') or, after"
            " a gerund, a handling of data ('(using your location)').",
            (
                _ex(
                    "\nWe protect stored passwords with hashing.",
                    "\nWe protect stored passwords with hashing (a technique that turns a password into a string"
                    " from which it cannot be read back).",
                    False,
                ),
                _ex(
                    "\nWe keep usage statistics only in aggregated form.",
                    "\nWe keep usage statistics only in aggregated form (that is, combined so that no one can be"
                    " told apart).",
                    False,
                ),
            ),
        ),
        Rule(
            "pronoun-for-name",
            "modified",
            "A party or a kind of data named in a sentence, said by a pronoun in the other version ('These photos are"
            " kept for 30 days' -> 'They are kept for 30 days'), where the sentence before names it: read with the name"
            " in the pronoun's place, the same statement.",
            (
                _ex(
                    "\nWe take photos of damaged parcels to settle claims. These photos of parcels are kept for 30"
                    " days.",
                    "\nWe take photos of damaged parcels to settle claims. They are kept for 30 days.",
                    False,
                ),
            ),
        ),
        Rule(
            "right-named",
            "modified",
            "A parenthesis that names the right the sentence already grants, with the law that gives it or not ('You"
            " may ask us to delete your data' -> '... (your right to erasure under Article 17 GDPR)'): read without"
            " it, the same statement. One naming another right, a party, a limit or a denial is read.",
            (
                _ex(
                    "\nYou can ask us to delete your order history, and we will erase it promptly unless the law"
                    " requires us to keep it.",
                    "\nYou can ask us to delete your order history (your right to erasure under Article 17 GDPR). We"
                    " will erase it promptly unless the law requires us to keep it.",
                    False,
                ),
            ),
        ),
        Rule(
            "column-label",
            "modified",
            "A table row set out as labelled prose ('| Backups | Legitimate interest in a reliable service. |' ->"
            " 'Backups. Legal basis: legitimate interest in a reliable service.'): read without the labels that name"
            " what a column heading of the policy's tables names, the same statement. A label naming anything no"
            " heading names is read.",
            (
                _ex(
                    "\n\n| Purpose | Legal basis | How long we keep it |\n| --- | --- | --- |\n| Backups of your"
                    " account | Legitimate interest in a service we can restore. | 30 days after each backup. |",
                    "\n\nBackups of your account. Legal basis: legitimate interest in a service we can restore.\n\n"
                    "How long we keep it: 30 days after each backup.",
                    False,
                ),
            ),
        ),
        Rule(
            "said-by-heading",
            "modified",
            "A sentence whose edit is only a word its section's heading says for every item under it ('## Where we"
            " rely on your consent' over '* consent to place cookies' -> '* to place cookies'): read after the new"
            " heading, where both headings name a practice in common, both versions state the same.",
            (
                _ex(
                    "\n## Where we rely on your consent\n\n* Where the law requires it, consent to send you"
                    " newsletters.",
                    "\n## Processing based on your consent\n\n* Where the law requires it, to send you newsletters.",
                    False,
                ),
            ),
        ),
        Rule(
            "pointer-clause",
            "modified",
            "A clause sending the reader to another part of the policy or another notice and saying what is there"
            " ('..., and the section \"Sharing\" above describes how data is disclosed to ad networks', '...; see"
            " the Cookies section for how to refuse them'), added or dropped beside a statement judged the same"
            " without it, naming only what the other version states: no number, name, denial or critical practice.",
            (
                _ex(
                    "\nWe share your order details with our delivery partners.\n\nWe use cookies to remember your"
                    " basket.",
                    "\nWe share your order details with our delivery partners.\n\nWe use cookies to remember your"
                    " basket, and the section on sharing above explains how order details go to delivery partners.",
                    False,
                ),
            ),
        ),
        Rule(
            "security-disclaimer",
            "modified",
            "Both versions disclaim absolute security ('no method of transmission or storage is 100% secure', 'we"
            " cannot guarantee the security of your data') and name no safeguard, recipient, breach notice, kind of"
            " data, limit or number but 100 %.",
            (
                _ex(
                    "\nNo method of transmission over the Internet, or of electronic storage, is 100% secure.",
                    "\nNo method of transmission over the Internet, or of electronic storage, is 100% secure, and"
                    " we cannot guarantee that it is.",
                    False,
                ),
            ),
        ),
        Rule(
            "sample-value",
            "modified",
            "A line explaining one part of a worked example ('<value> is the <what it is>') whose sample value (a"
            " short value with a figure: a version, an address, a code; no practice term, no number with a unit) was"
            " replaced, the explanation word for word the same.",
            (
                _ex(
                    "\n- Navigator 4.2; Deskos 9.1 is the browser and operating system that sent the request.",
                    "\n- Wayfarer 5.0; Tilesys X 11.3 is the browser and operating system that sent the request.",
                    False,
                ),
            ),
        ),
        Rule(
            "pointer-renamed",
            "modified",
            "A line that only sends the reader to a page or control by its name ('Go to History Switches' -> 'Go to"
            " Timeline settings'): the place was renamed; nothing may follow the name.",
            (_ex("\nGo to History Switches", "\nGo to Timeline and Suggestions settings", False),),
        ),
        Rule(
            "no-practice-either",
            "modified",
            "Each version, read alone as a statement, states no practice of the company (advice, a general"
            " explanation, other parties' own rules, the cost of a choice, a general sentence; statement.py), and no"
            " number, negation, modal, limit or controller changed.",
            (
                _ex(
                    "\nWe are not responsible for those websites, and we recommend that you review their policies.",
                    "\nWe are not responsible for those third parties and their websites, products or services, and"
                    " we recommend that you review their policies.",
                    False,
                ),
            ),
        ),
        Rule(
            "no-practice-change",
            "modified",
            "Reworded: no practice term, number, negation, modality, limit or named party changed (minor). A number"
            " is read the same in figures or words ('twenty-four (24) months'), a term the same with its acronym"
            " defined or spelled out ('Internet Protocol (IP) address', 'UK' / 'United Kingdom').",
            (
                _ex("\nWe use cookies.", "\nWe use small files called cookies.", False),
                _ex(
                    "\nWe keep server logs with your IP address for 24 months.",
                    "\nWe keep server logs with your Internet Protocol (IP) address for twenty-four (24) months.",
                    False,
                ),
            ),
        ),
        Rule(
            "user-connected-service",
            "modified",
            "Another service the user may choose to connect: data exchanged at the user's request.",
            (
                _ex(
                    "\nIf you connect Fitbit or Garmin, we receive your step count at your request.",
                    "\nIf you connect Fitbit, Garmin or Polar, we receive your step count at your request.",
                    False,
                ),
            ),
        ),
        Rule(
            "renamed-party",
            "modified",
            "A party renamed in a sentence that states no data practice (minor).",
        ),
        Rule(
            "practice-changed",
            "modified",
            "A negation, modality, limit, scope, number, practice term or named party changed in a sentence about"
            " handling data.",
            (
                Example(_BASE, _BASE.replace("do not sell", "may sell"), True),
                Example(_BASE, _BASE.replace("six years", "ten years"), True),
            ),
        ),
        # ---- the changes together, and the whole versions
        Rule(
            "reworded-pair",
            "document",
            "A removed and an added statement that state the same practice in other words cancel out.",
        ),
        Rule(
            "same-facts",
            "document",
            "A passage rewritten as a whole (split, merged, reordered, voice changed) that states the same facts.",
        ),
        Rule(
            "example-known",
            "document",
            "An example, explanation or definition of a term, added or removed, that names nothing the other version"
            " does not name.",
        ),
        Rule(
            "stated-elsewhere",
            "document",
            "A statement added that the old version already stated elsewhere, or removed while the new version"
            " still states it (same practices, negations, numbers, names and limits); a list's introduction ending"
            " in ':' read as a statement (one naming only an act is restated by an affirmed sentence of the other"
            " version doing it); and a pointer to a section or a document whose topics the other version names.",
            (
                Example(
                    _BASE + "\nAs noted above, we do not sell your personal information.",
                    _BASE,
                    False,
                ),
                _ex("", "\nWe use your email address for the following purposes:\n- to send you receipts.", False),
                _ex(
                    "\nYou can ask us to delete your data.",
                    "\nYou can ask us to delete your data.\nTo have your data deleted, please see the section below.",
                    False,
                ),
            ),
        ),
        Rule(
            "restated",
            "document",
            "A sentence added or removed that says it restates or explains the sentences right before it ('In"
            " short, ...', 'In other words, ...', 'That is why ...', '... simply means ...'), after a passage the"
            " other version keeps, naming no number, name or sensitive data the passage lacks, no kind of data,"
            " recipient, period, safeguard, transfer or children's rule the passage does not name with the same"
            " polarity, and nothing of a kind the passage does not name.",
            (
                _ex(
                    "",
                    "\nIn other words, we use your email address only to send you receipts.",
                    False,
                ),
            ),
        ),
        Rule(
            "moved-to-notice",
            "document",
            "Statements removed with a section whose subject an added sentence points to in a separate document:"
            " the pointer names its own section's heading, and the statement stood under that heading, or in the"
            " same edited passage (sub-sections and all), or was itself turned into the pointer"
            " (monitor/classify/moved.py). Additions next to a pointer are judged on their own.",
            (
                Example(
                    _BASE + "\n# Tracking on our pages\nAdvertising partners may place pixels on our pages.",
                    _BASE + "\n# Tracking on our pages\nFor information about tracking on our pages, please see our"
                    " separate Cookie Notice.",
                    False,
                ),
                # the section's body had sub-sections of its own: the whole passage gave way to the pointer
                Example(
                    _BASE + "\n# Sharing with others\n## Payment firms\nWe pass card numbers to our payment firm."
                    "\n## Couriers\nWe give couriers your postal address.\n# Contact\nWrite to us by post.",
                    _BASE + "\n# Sharing with others\nDetails on sharing with others are now set out in our separate"
                    " Sharing Notice.\n# Contact\nWrite to us by post.",
                    False,
                ),
                # the section's first sentence turned into the pointer
                Example(
                    _BASE + "\n# Location data\nWe read your device's GPS position to show nearby stores.",
                    _BASE + "\n# Location data\nInformation about location data has moved to our Location Data"
                    " Notice, available on our website.",
                    False,
                ),
            ),
        ),
        Rule(
            "foreign-no-practice",
            "document",
            "Changed text of a policy in a language with a vocabulary (vocabulary/lang_*.toml) that names no practice"
            " term of that language: a menu, a product, a greeting (monitor/classify/foreign.py).",
            (Example(_FR, _FR + "\nMerci d'avoir choisi notre boulangerie.", False),),
        ),
        Rule(
            "foreign-reworded",
            "document",
            "A modified sentence of a policy in another language that names the same concepts, durations, negation and"
            " permission on both sides (and the same parties where it shares data or names the controller, unless"
            " only a postal address changed): reworded.",
            (
                Example(
                    _FR,
                    _FR.replace("Nous utilisons votre adresse e-mail pour", "Votre adresse e-mail nous sert à"),
                    False,
                ),
            ),
        ),
        Rule(
            "foreign-stated-elsewhere",
            "document",
            "A statement of a policy in another language added or removed whose concepts, negation, permission,"
            " durations, parties and most words stand in one sentence of the other version: a duplicate or a move.",
            (Example(_FR + "\nEn bref, nous ne vendons jamais vos données personnelles.", _FR, False),),
        ),
        Rule(
            "foreign-same-passage",
            "document",
            "The changes of one passage of a policy in another language read together: sentences split, merged or"
            " reordered, a list turned into prose, whose passage names the same concepts, negations, permission,"
            " durations and parties before and after, whatever each sentence alone names (monitor/classify/unread.py).",
            (
                Example(
                    _FR,
                    _FR.replace(
                        "Nous ne vendons pas vos données personnelles.\nNous conservons les factures pendant six ans"
                        " pour respecter la loi fiscale.",
                        "Les factures sont conservées six ans pour respecter la loi fiscale, et vos données"
                        " personnelles ne sont jamais vendues.",
                    ),
                    False,
                ),
            ),
        ),
        Rule(
            "foreign-general",
            "document",
            "A statement of a policy in another language that names only generic words (data, rights, security)"
            " with no negation or duration (minor).",
            (Example(_FR, _FR + "\nNous attachons une grande importance à la sécurité de vos informations.", False),),
        ),
        Rule(
            "foreign-practice",
            "document",
            "A changed sentence of a policy in another language that touches a practice term: a concept added or"
            " dropped, a negation, permission, duration or a party sharing data changed; the reason names them.",
            (
                Example(_FR, _FR.replace("ne vendons pas", "vendons"), True),
                Example(_FR, _FR.replace("six ans", "dix ans"), True),
                Example(_FR, _FR + "\nNous partageons votre historique d'achats avec des annonceurs.", True),
            ),
        ),
        Rule(
            "unread-language",
            "document",
            "A changed sentence of a policy not in English, in a language without a vocabulary (Japanese, Korean,"
            " Chinese, Polish...): reported for a person to read.",
        ),
        Rule(
            "unanalysed",
            "document",
            "The classifier failed on this change: reported as major for a person to read.",
        ),
    )
}
