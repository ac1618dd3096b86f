"""The privacy-practice lexicon, read from vocabulary/*.toml (concepts, synonyms, modifiers, boilerplate, negation)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from monitor.classify import literals, vocabulary

#: polarity of a concept: more of it in a practice statement REDUCES privacy (+1) or IMPROVES it (-1).
MORE_DATA = 1
PROTECTS = -1


@dataclass(frozen=True)
class Concept:
    name: str  # what the reason calls it
    category: str
    polarity: int
    critical: bool
    pattern: ConceptPattern  # matches read in another sense (its `senses`) left out
    specific: bool = True  # False: generic words ("personal data") that alone do not state a practice
    anchors: tuple[str, ...] | None = None  # literal prefixes one of which every match contains (None: unknown)
    #: words the sentence must also have for a mention to state this practice (a country in an address is no
    #: transfer; a regulator named as the lead authority is no right to complain)
    needs: re.Pattern[str] | None = None
    #: its terms name one kind of party ("service providers", "vendors", "suppliers"): a term of it joining or
    #: leaving a sentence that names the concept by another term is no new party
    alike: bool = False


# ---------------------------------------------------------------------------------------- senses
#
# Many words of the vocabulary have a second, harmless sense in a policy: "messages" the company sends the reader
# are no content of the reader's communications, "email" in "by email" is a channel and no e-mail address, "bank"
# in "bank account" names an account and no bank as a recipient. A concept whose `senses` (concepts.toml) name
# tests below leaves out every match a test reads in the other sense, wherever its pattern is matched (the engine
# reads concepts through `Concept.pattern` alone). Each test reads the grammar around the word: who sends to whom,
# which word it modifies, whether it is a verb. Without such evidence a word keeps the concept's sense.

#: a word, or one punctuation mark (the words around a match, read one by one)
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
#: modals, "not" and "do": they end a run of modifiers and stand between a subject and its verb
_MODALS = frozenset(
    {"may", "might", "will", "would", "can", "could", "shall", "should", "must", "not", "do", "does", "did"}
)
#: words that end a run of modifiers read backwards from a noun: pronouns and possessives (an owner named),
#: prepositions, relative and subordinating words, auxiliaries and modals
_STOPS = (
    frozenset(
        {
            "i",
            "me",
            "my",
            "we",
            "us",
            "our",
            "you",
            "your",
            "he",
            "him",
            "his",
            "she",
            "her",
            "it",
            "its",
            "they",
            "them",
            "their",
            "itself",
            "themselves",
            "yourself",
            "ourselves",
            "of",
            "from",
            "to",
            "with",
            "by",
            "via",
            "through",
            "over",
            "per",
            "in",
            "on",
            "at",
            "for",
            "about",
            "regarding",
            "concerning",
            "between",
            "among",
            "within",
            "into",
            "onto",
            "upon",
            "after",
            "before",
            "during",
            "under",
            "without",
            "across",
            "against",
            "than",
            "as",
            "like",
            "including",
            "using",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "where",
            "while",
            "if",
            "unless",
            "because",
            "whether",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "has",
            "have",
            "had",
            "no",
        }
    )
    | _MODALS
)
#: words joining the items of a list ("promotional emails, text messages and calls")
_JOINS = frozenset({",", "and", "or", "&", "/"})
#: verbs of doing something to a message (reading, keeping, sharing it): they end a run of modifiers and are no
#: sign of the message being sent to the reader
_ACTS = re.compile(
    r"(?:collect|gather|obtain|read|scan|analy[sz]|review|monitor|intercept|stor|keep|kept|retain|sav|archiv|cop(?:y|ie)"
    r"|shar|sell|sold|disclos|transfer|transmit|upload|access|use|using|process|moderat|filter|record|captur|sync"
    r"|import|see|seen|saw|view|open|check|inspect|examin|delet|forward|publish|display|show|send|sent|deliver"
    r"|receiv|get|got)\w*"
)
#: verbs of sending (the reader is the recipient when named right after them: "send you", "email users")
_SEND = re.compile(r"(?:send|sends|sending|sent|deliver(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|text(?:s|ed|ing)?)")
#: verbs of receiving
_RECEIVE = re.compile(r"(?:receiv(?:e|es|ed|ing)|get|gets|getting|got)")
#: the reader, as the recipient of what is sent
_READERS = frozenset({"you", "users", "customers", "members", "subscribers"})
#: words between a subject and its verb that leave the subject as it is ("we may also send")
_AUXILIARIES = _MODALS | {"also", "still", "occasionally", "periodically", "sometimes", "then", "only", "regularly"}
#: words that say the reader turns something down ("opt out of", "unsubscribe from", "stop receiving")
_DECLINES = frozenset(
    {
        "out",
        "opt",
        "opted",
        "opt-out",
        "unsubscribe",
        "unsubscribing",
        "unsubscribed",
        "stop",
        "stopping",
        "longer",
        "not",
        "decline",
        "refuse",
        "withdraw",
    }
)
#: people other than the company, as the subject of a verb of sending ("other users can send you messages")
_PEOPLE = frozenset(
    {
        "you",
        "they",
        "he",
        "she",
        "someone",
        "anyone",
        "nobody",
        "everyone",
        "others",
        "people",
        "users",
        "members",
        "friends",
        "contacts",
        "participants",
        "individuals",
        "customers",
    }
)
#: the ways a message travels ("by email", "via text message", "through live chat")
_CHANNELS = frozenset({"by", "via", "through", "over", "per"})
#: someone other than the company writes or exchanges the message: the content of communications
_AUTHORED = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:you|users?|members?|customers?|others|other users|people|participants|they|he|she"
    r"|someone|anyone|individuals)\s+(?:[a-z]+\s+){0,2}?(?:send|sent|write|wrote|written|exchange|post|share|creat"
    r"|compos|upload|type|dictat|make|made|submit|leave|left|draft)"
    r"|\s+(?:sent|written|exchanged|posted|shared|uploaded|created|composed|submitted)\s+(?:by|between|among|from)"
    r"\s+(?!us\b)|\s+(?:between|among)\b"
)
#: the company sends the message ("messages we send", "emails from us")
_FROM_US = re.compile(
    r"\s*(?:(?:that|which)\s+)?we\s+(?:[a-z]+\s+){0,2}?(?:send|sent|deliver\w*|e-?mail\w*|push\w*|text)\b"
    r"|\s+(?:sent\s+|delivered\s+)?(?:from|by)\s+us\b"
    r"|\s+(?:(?:that|which)\s+)?you\s+(?:[a-z]+\s+){0,2}?(?:receiv\w*|get)\s+from\s+us\b"
)
#: someone named sends the message to the reader ("email messages Acme sends to you"): the company, unless the word
#: before the verb is one of `_PEOPLE` ("messages friends send you")
_NAMED_SENDER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:sends?|sent)\s+(?:to\s+)?you\b"
)
#: the reader named as the recipient after the message ("send messages to you")
_TO_READER = re.compile(r"\s+to\s+you\b")
_MESSAGE_NOUN = re.compile(r"(?:messages?|e-?mails?|chats?)")


def _left_words(text: str, start: int, width: int = 160) -> list[str]:
    """The tokens before `start` (lower case), nearest last."""
    return _TOKEN.findall(text[max(0, start - width) : start].lower())


def _modifier(word: str) -> bool:
    """Whether a word can stand between a noun and what governs it: no function word, no verb acting on the
    noun, no possessive ("users'", "the company's": an owner named)."""
    return (
        word[0].isalnum()
        and word not in _STOPS
        and not word.endswith(("'", "’", "'s", "’s"))
        and not _ACTS.fullmatch(word)
    )


def _phrase_start(tokens: list[str], modifiers: int = 3, items: int = 5) -> int:
    """Index of the token that governs the noun phrase ending `tokens` (the word before its modifiers, and before
    the earlier items of a list it ends), or -1: "send you [promotional emails, text messages]" -> "you"."""
    i, run, joined = len(tokens) - 1, 0, 0
    while i >= 0:
        word = tokens[i]
        if word in _JOINS and joined < items:
            joined, run = joined + 1, 0
        elif run < modifiers and _modifier(word):
            run += 1
        else:
            break
        i -= 1
    return i


def _subject(tokens: list[str], verb: int) -> str:
    """The word before the verb at `verb` past auxiliaries and adverbs ("we may also send" -> "we"), and for an
    infinitive the word before its "to" ("allow users to send" -> "users"); "" at the start."""
    i = verb - 1
    while i >= 0 and (tokens[i] in _AUXILIARIES or tokens[i].endswith("ly")) and verb - i < 5:
        i -= 1
    if i >= 1 and tokens[i] == "to":
        i -= 1
    return tokens[i] if i >= 0 else ""


#: what a message the company sends holds for the reader to act on ("the unsubscribe link in emails")
_HOLDS_A_LINK = frozenset(("link", "links", "instructions", "button", "footer", "provided", "included", "contained"))


def _addressed_by_left(tokens: list[str], at: int, right: str) -> bool:
    """What governs a message noun phrase says the company sends it to the reader (see `addressed_to_reader`)."""
    if at < 0:
        return False
    word, before = tokens[at], tokens[at - 1] if at else ""
    if word in _READERS and _SEND.fullmatch(before):
        return _subject(tokens, at - 1) not in _PEOPLE  # "we send you (service messages)", not "users can send you"
    if word == "our" or word in _CHANNELS:
        return True  # "(our) newsletters", "by (text message)"
    if word in ("in", "within") and _HOLDS_A_LINK.intersection(tokens[max(0, at - 4) : at]):
        return True  # "the unsubscribe instructions provided in (emails)", "the link contained in (messages)"
    if _SEND.fullmatch(word):
        if _subject(tokens, at) in _PEOPLE:
            return False  # "users can send (messages)"
        return _subject(tokens, at) == "we" or bool(_TO_READER.match(right))  # "we send (messages)", "... to you"
    if _RECEIVE.fullmatch(word):
        near = tokens[max(0, at - 4) : at]
        if before in _RECEIVING_KIT:
            return True  # "from the mobile device receiving (the messages)": the reader's device gets what is sent
        if _DECLINES.intersection(near):
            return True  # "opt out of receiving (marketing emails)": the reader turns down what is sent
        # "you will receive (messages)", not "from other users"
        return "you" in near and not re.match(r"\s+(?:from|by)\s+(?!us\b|our\b)", right)
    return word in ("of", "from") and before in _DECLINES  # "unsubscribe from (marketing emails)"


def addressed_to_reader(text: str, m: re.Match[str]) -> bool:
    """A message noun ("messages", "emails", "chat") for a communication the company sends the reader, or the
    channel it travels by, not the content of the reader's communications: the reader is the recipient ("we send
    you service messages", "you will receive emails from us", "opt out of receiving marketing messages"), the
    company the sender ("our newsletters and emails", "messages we send"), or the word names a channel ("contact
    you by email or text message"). Someone else writing it ("messages you send", "emails exchanged between
    users") or an owner named ("your messages") keeps the content sense."""
    if not _MESSAGE_NOUN.fullmatch(m.group(0)):
        return False
    right = text[m.end() : m.end() + 80]
    if _AUTHORED.match(right):
        return False
    sender = _NAMED_SENDER.match(right)
    if _FROM_US.match(right) or (sender and sender.group(1) not in _PEOPLE):
        return True
    if right.startswith(":") and _READER_RECEIVES.search(text, m.end()):
        return True  # a list item's label ("Essential messages: you will still receive them ...")
    if _RECEIVED_BY_READER.match(right) or _TURNED_OFF.match(right):
        return True  # "reply STOP to any message you receive from us", "these messages can be stopped"
    tokens = _left_words(text, m.start())
    at = _phrase_start(tokens)
    if _SENT_KINDS.intersection(tokens[at + 1 :]) and (at < 0 or tokens[at] not in _OWNERS):
        return True  # "transactional account messages", "service emails": kinds only the company sends
    return _addressed_by_left(tokens, at, right)


#: the reader as the one a message reaches, right after it ("a message you receive", "texts that you get"); not
#: messages other people send the reader ("the messages you receive from hosts": the reader's communications)
_RECEIVED_BY_READER = re.compile(
    r"\s*(?:that |which )?you (?:[a-z]+ ){0,2}?(?:receive|get)\b(?!\s+(?:from|by)\s+(?!us\b|our\b))"  # not "from hosts"
)
#: messages said to be turned off by the reader ("some of these messages can be stopped", "emails may be switched
#: off in your settings"): what is sent to the reader
_TURNED_OFF = re.compile(
    r"\s*(?:(?:can|may|will|could|cannot|can't|won't)\s+(?:not\s+)?(?:also\s+)?|are\s+)?be\s+"
    r"(?:stopped|turned off|switched off|disabled|paused|unsubscribed from|opted out of|declined|silenced)\b"
)
#: the reader's equipment or address that gets the messages sent ("the phone receiving the texts")
_RECEIVING_KIT = frozenset(("device", "phone", "handset", "number", "inbox", "address"))
#: kinds of message only the company sends the reader ("transactional account messages", "service emails"), unless an
#: owner is named ("your marketing emails" are the reader's own)
_SENT_KINDS = frozenset(("transactional", "administrative", "promotional", "operational", "service", "advertising"))
_OWNERS = frozenset(("your", "their", "users", "users'", "his", "her", "my"))

#: the reader as the one who gets what the company sends ("you will still receive", "you continue to receive"), or
#: who turns it down
_READER_RECEIVES = re.compile(
    r"\byou (?:(?:will|may|can|would|still|also|continue to|have signed up to|signed up to) ){0,3}(?:receive|get)\b"
    r"|\b(?:unsubscribe|opt[- ]out|stop receiving)\b",  # or turns it down ("Text messages: reply STOP to unsubscribe")
    re.I,
)


#: kinds of mail and what carries it: the word before them is a modifier ("email newsletters", "email provider")
_MAIL_KINDS = re.compile(
    r"\s+(?:messages?|messaging|communications?|notifications?|newsletters?|marketing|campaigns?|updates?|alerts?"
    r"|reminders?|receipts?|invitations?|digests?|subscriptions?|correspondence|promotions?|offers?|surveys?"
    r"|lists?|services?|providers?|clients?|delivery|servers?)\b"
)
#: what a phone carries or where it is answered: the word before them is a modifier ("telephone support", "phone
#: lines", "phone calls")
_CALL_KINDS = re.compile(
    r"\s+(?:calls?|lines?|support|hotlines?|helplines?|answer(?:s|ing)?|conversations?|consultations?|enquir(?:y|ies)"
    r"|inquir(?:y|ies)|interviews?|services?|queues?|menus?|hours|banking|appointments?)\b"
)
#: an object after a verb ("email us", "email our team"), or the company after a preposition ("e-mail at us", "email
#: to us")
_VERB_OBJECT = re.compile(
    r"\s+(?:you|us|them|him|her|me|users|customers|members|subscribers|our|the|your|their|this|these|it|an?)\b"
    r"|\s+(?:at|to) (?:us|our)\b"
)
#: words that make the next word a noun ("the email you gave us", "your email")
_DETERMINERS = frozenset(
    {"the", "a", "an", "your", "our", "their", "its", "this", "that", "these", "those", "any", "each", "every", "such"}
)
#: one message, not an address ("an email", "each email")
_ONE_OF = frozenset({"a", "an", "each", "every", "any", "another", "this"})
#: kinds of mail named before the word: "marketing email", "each promotional email" (the mirror of `_MAIL_KINDS`)
_MAIL_PURPOSES = frozenset(
    {
        "marketing",
        "promotional",
        "transactional",
        "commercial",
        "advertising",
        "service",
        "welcome",
        "confirmation",
        "verification",
        "reminder",
        "newsletter",
        "automated",
        "weekly",
        "monthly",
        "daily",
    }
)


def message_or_channel(text: str, m: re.Match[str]) -> bool:
    """The bare word "email" (or "phone") for a message, a channel or the act of sending, not an e-mail address (a
    phone number): a verb ("email you", "phone us"), a channel ("by email", "over the phone", "in each email"), one
    message or device ("an email", "a phone"), a label before an address ("Email: ..."), or a modifier of a kind of
    mail or call ("email newsletters", "telephone support", "phone lines"). "Your email", "name, email and phone"
    stay an address and a number.

    Family: policies that say how to reach the company or how it reaches the reader ("our telephone line is open
    on weekdays", "you can ask by phone"): a channel, not data collected."""
    word = m.group(0)
    if word not in ("email", "e-mail", "phone", "telephone"):
        return False
    right = text[m.end() : m.end() + 40]
    tokens = _left_words(text, m.start(), 60)
    kinds = _CALL_KINDS if word.endswith("phone") else _MAIL_KINDS
    purposes = frozenset() if word.endswith("phone") else _MAIL_PURPOSES
    if re.match(r"\s*:", right) or kinds.match(right) or (tokens and tokens[-1] in _ONE_OF | purposes):
        return True  # "Email: ...", "email newsletters", "an email", "marketing email", "telephone support"
    if _VERB_OBJECT.match(right) and not (tokens and tokens[-1] in _DETERMINERS):
        return True  # "email us", "email our team"; not "the email you gave us"
    at = _phrase_start(tokens, modifiers=2, items=3)
    return at >= 0 and (tokens[at] in _CHANNELS or tokens[at] in ("in", "within") or bool(_SEND.fullmatch(tokens[at])))


#: a word after a noun that makes the noun its subject: an auxiliary, a verb of handling, or a word followed by an
#: object or a particle ("the bank blocks your card", "the insurer carries out")
_OBJECT_NEXT = frozenset(
    {
        "the",
        "a",
        "an",
        "your",
        "our",
        "their",
        "its",
        "you",
        "us",
        "them",
        "it",
        "this",
        "that",
        "these",
        "those",
        "out",
        "up",
        "off",
    }
)


#: words after a noun that are no noun themselves (adverbs, "other", "itself")
_NO_NOUNS = frozenset(
    {"other", "else", "itself", "alone", "only", "also", "too", "online", "here", "there", "again", "now"}
)


def modifies_a_noun(text: str, m: re.Match[str]) -> bool:
    """A singular party noun directly before another noun, as its modifier ("bank account", "bank transfer",
    "employer name"): it names the thing, not the party as a recipient. A verb after it ("the bank may", "the bank
    receives", "the bank blocks your card") or a list ("banks and insurers") keeps the party."""
    word = m.group(0)
    if " " in word or word.endswith("s"):
        return False
    nxt = re.match(r" ([a-z][\w-]*)(?: ([\w']+))?", text[m.end() : m.end() + 60])
    if not nxt:
        return False
    noun, after = nxt.group(1), nxt.group(2) or ""
    if noun in _STOPS or noun in _JOINS or noun.endswith("ed") or (noun.endswith("s") and _ACTS.fullmatch(noun)):
        return False  # "the bank may", "the bank blocked", "the bank receives": a verb after its subject
    if noun in _NO_NOUNS or noun in _DETERMINERS or noun.endswith("ly"):
        return False  # "no bank other than", "the bank directly", "your bank online", "customers of the bank the"
    return after not in _OBJECT_NEXT


def unit_of_time(text: str, m: re.Match[str]) -> bool:
    """A word before a unit of time, naming how it is counted ("calendar days", "the prior calendar year")."""
    return bool(re.match(r"\s+(?:days?|weeks?|months?|quarters?|years?)\b", text[m.end() : m.end() + 12]))


#: words after which the next word is a noun's (a verb takes "to": "to message you")
_PREPOSITIONS = _STOPS & frozenset(
    {"of", "from", "with", "by", "via", "through", "over", "per", "in", "on", "at", "for", "about", "between", "among"}
)


def verb_with_object(text: str, m: re.Match[str]) -> bool:
    """A plural noun that is a verb here, as an object follows it ("the device contacts our servers", "the app
    contacts you about it"), not the things it names ("your contacts", "contacts you invite": a relative clause;
    "the messages your friends send": a determiner before it)."""
    nxt = re.match(r" (the|our|their|its|your|us|you|them|him|her)\b(?: ([\w']+))?", text[m.end() : m.end() + 30])
    before = _left_words(text, m.start(), 30)
    if not nxt or (before and (before[-1] in _DETERMINERS or before[-1] in _PREPOSITIONS)):
        return False  # "the messages your friends send", "of contacts the app finds": a noun after its determiner
    return nxt.group(1) not in ("us", "you", "them", "him", "her") or (nxt.group(2) or "of") in _STOPS


def partnering(text: str, m: re.Match[str]) -> bool:
    """ "Partner(s) with" as a verb ("Acme Group partners with other businesses", "we also partner with retailers"):
    working with someone, said of the company; the parties it names are read by their own words. A noun stays one
    after a determiner, a preposition or a conjunction ("our partners with access to it", "affiliates and partners
    with whom we share"). Family: "partners with" reworded as "works with" or "teams up with"."""
    if " " in m.group(0) or not re.match(r" with (?!whom\b|which\b)", text[m.end() : m.end() + 12]):
        return False
    before = _left_words(text, m.start(), 30)
    return bool(before) and before[-1] not in _DETERMINERS | _PREPOSITIONS | _NOUN_BEFORE


#: words after which "partners" is a noun: a conjunction of a list, a quantifier or an adjective of kind
_NOUN_BEFORE = frozenset({"and", "or", "other", "such", "these", "those", "selected", "certain", "some", "all", "any"})


#: who receives, when it is no other party: the company or the reader (or a verb with no subject of its own)
_RECEIVERS = frozenset({"we", "you", "i", "to", "not", "and", "or"})


def received_by_us_or_you(text: str, m: re.Match[str]) -> bool:
    """The plural verb "receive" with the company or the reader as its subject ("we receive your order", "you may
    receive a code"), or none of its own ("to receive", "and receive"): no party given the data. Other subjects
    ("Acme and Bolt receive data about your orders") are recipients: the sentence discloses to them.

    Family: policies that name their recipients by their names alone ("Acme Pay and Bolt Ads receive ...")."""
    if not m.group(0).startswith("receive "):
        return False
    tokens = [
        t
        for t in _left_words(text, m.start(), 60)
        if (t not in _AUXILIARIES and t != "never" and not t.endswith("ly")) or t in _RECEIVERS
    ]
    return not tokens or tokens[-1] in _RECEIVERS or not tokens[-1][0].isalnum()


#: what a business's sales function does or has: the nouns "sales" modifies there ("Sales calls", "our sales team",
#: "sales tax", "sales records"), and the things on sale ("sale price", "sale items")
_SALES_NOUNS = frozenset(
    {
        "call", "calls", "team", "teams", "department", "departments", "representative", "representatives", "rep",
        "reps", "staff", "people", "personnel", "inquiries", "enquiries", "inquiry", "enquiry", "contact", "contacts",
        "lead", "leads", "process", "processes", "meeting", "meetings", "demo", "demos", "materials", "organization",
        "organisation", "force", "manager", "managers", "agent", "agents", "office", "offices", "tax", "taxes",
        "volume", "volumes", "figures", "records", "history", "transactions", "receipts", "events", "purposes",
        "activities", "communications", "opportunities", "engineers", "associates", "channels", "price", "prices",
        "items", "outreach", "conversations",
    }
)  # fmt: skip


#: what is sold, named after "sale of" / "sales of": goods, not data ("sales of those products or services")
_SALES_OF = re.compile(
    r" of (?:[a-z'’-]+ ){0,3}?(?:products?|services?|goods|items?|merchandise|tickets?|books?|vehicles?|cars?"
    r"|subscriptions?|licen[cs]es?|memberships?|gift cards?|devices?|hardware|software)\b"
)
#: the business itself sold ("sells its assets", "selling all or part of our business")
_SELLS_THE_BUSINESS = re.compile(
    r" (?:(?:all or (?:a )?(?:part|portion)|any|some|all|(?:substantially )?all|most) of )?(?:(?:its|our|their|the) )?"
    r"(?:business|assets|company|shares)\b"
)
#: a word that names data in what is sold ("the sale of customer data or services")
_DATA_WORD = re.compile(r"\b(?:data|information|details|lists?|records?|profiles?)\b")


#: what pays for a site ("supported by your donations and by our sponsors")
_FUNDED = re.compile(
    r"\b(?:(?:supported|funded|financed|paid for|made possible|sponsored) (?:\w+ ){0,3}by|donations?)\b"
)
#: what a site earns from the links and ads on its pages: an affiliate programme, fees or commissions earned
_EARNED = re.compile(
    r"\b(?:affiliate (?:(?:advertising|marketing|referral|partner) )?(?:programm?e?s?|links?)|associates? programm?e?"
    r"|earn\w* (?:\w+ ){0,2}(?:fees?|commissions?|revenue|income|money)|(?:fees?|commissions?) (?:on|from|for) "
    r"(?:\w+ ){0,2}(?:purchases?|sales|links?|referrals?))\b"
)
#: words that say data is handled in such a sentence: then it states a practice
_HANDLES_DATA = re.compile(
    r"\b(?:data|information|details|cookies?|pixels?|beacons?|track\w*|identif\w*|browsing|profil\w*|collect\w*"
    r"|shar(?:e|es|ed|ing)|personal)\b"
)


def earning(text: str, m: re.Match[str]) -> bool:
    """ "Advertising" in a sentence about what the site earns from its links or an affiliate programme ("an affiliate
    advertising program designed to provide a means for sites to earn advertising fees by advertising and linking to
    ...") or what pays for it (`funding`), naming no data, cookie or tracking: the site's income, not a use of the
    reader's data. "Our affiliate partners set cookies to track the purchases you make" handles data and stays
    advertising.

    Family: affiliate and sponsorship disclosures of blogs and review sites, added or reworded."""
    earns = _EARNED.search(text) is not None or _FUNDED.search(text) is not None
    return earns and _HANDLES_DATA.search(text) is None


#: what a shop sells and on what terms: the things a notice of change may be about besides the policy
_SHOP_WORDS = (
    r"prices?|pricing|products?|items?|stock|availability|shipping|specifications?|menus?|promotions?|discounts?"
    r"|fares?|rates?"
)
_GOODS = re.compile(rf"\b(?:{_SHOP_WORDS}|orders?|coupons?|gift cards?|fees?)\b")
#: what makes a notice one of this document or of the handling of data
_OF_THE_POLICY = re.compile(r"\b(?:polic(?:y|ies)|privacy|terms|statement|data|practices?|personal|cookies?|consent)\b")
#: "information", which is data where a person or an act on it is named ("how we use information"), and the
#: particulars of an offer where not ("all information is submitted subject to errors, omissions, change of price")
_INFORMATION = re.compile(r"\binformation\b")


def goods_terms(text: str, m: re.Match[str]) -> bool:
    """ "Without notice" in a sentence about a shop's goods or terms of sale ("Prices are shown in US dollars and may
    change without notice"), naming neither the policy nor data: the shop's terms, not how changes to the policy are
    told.
    "We may change this policy without notice" and "We may change how we use your data without notice" stay.

    Family: a shop's help or terms text (prices, stock, shipping) captured around its policy."""
    if not (m.group(0).startswith("notice") and text[max(0, m.start() - 16) : m.start()].rstrip().endswith("without")):
        return False  # only "without notice": "we will notify you of changes to our products" tells the reader
    rest = text[: m.start()] + " " + text[m.end() :]
    if _GOODS.search(rest) is None or _OF_THE_POLICY.search(rest) is not None:
        return False
    return _INFORMATION.search(rest) is None or _PERSON_OR_HANDLING.search(rest) is None


#: what a shop or a listing site offers, and its pictures said to illustrate it
_ON_OFFER = re.compile(rf"\b(?:{_SHOP_WORDS}|propert(?:y|ies)|listings?|illustrat\w*|homes?|vehicles?|rooms?)\b")
#: the words of pictures and of a withdrawal: what `offer_described` may read in another sense
_PICTURE_OR_WITHDRAWAL = re.compile(r"photo|picture|image|video|withdraw")
#: a person the sentence names (the reader, users, customers, people in a picture), or an act on data
_PERSON_OR_HANDLING = re.compile(
    r"\b(?:you|your|yours|users?|members?|customers?|clients?|people|persons?|individuals?|visitors?|guests?"
    r"|patients?|children|kids|employees?|staff|faces?|collect\w*|shar\w*|upload\w*|stor(?:e|es|ed|ing)|us(?:e|es|ed|ing)"
    r"|process\w*|sell\w*|sold|disclos\w*|post(?:s|ed|ing)?|publish\w*|record\w*|keep\w*|kept|retain\w*)\b"
)


def offer_described(text: str, m: re.Match[str]) -> bool:
    """Pictures, or a withdrawal, in a sentence about what a shop or a listing site offers ("Photographs are for
    illustration only and may not show the exact product", "subject to change of price or withdrawal without
    notice"), naming no person and no act on data: the offer described, not photos of people nor a choice of the
    reader's. "Photos you upload to a listing" and "you can withdraw from the product panel" stay.

    Family: a shop's or an estate agent's disclaimers captured around the policy."""
    if not _PICTURE_OR_WITHDRAWAL.match(m.group(0)):
        return False
    return _ON_OFFER.search(text) is not None and _PERSON_OR_HANDLING.search(text) is None


def funding(text: str, m: re.Match[str]) -> bool:
    """ "Sponsors" in a sentence about what pays for the site ("supported by your donations and by our sponsors"),
    naming no data, cookie or tracking: who pays, not who receives. Partners whose links earn the site a fee ("we
    earn a fee when you buy through partner offers") learn of the purchase, and stay parties."""
    return _FUNDED.search(text) is not None and _HANDLES_DATA.search(text) is None


def commerce_word(text: str, m: re.Match[str]) -> bool:
    """ "Sale" or "sales" as the business of selling the company's own products, not selling data: a noun it
    modifies names the sales function or its records ("We record Sales calls", "our sales team", "sales tax", "sales
    and marketing teams"), or a thing is on sale ("point of sale", "items for sale", "on sale"). "The sale of your
    data", "sales of personal information", "we do not sell" stay sales of data.

    Family: support and sales call recordings, contact routes to a sales team, commerce records, read as selling."""
    word = m.group(0)
    if word.startswith("moneti"):
        return _DATA_WORD.search(text) is None  # "this blog uses ads for monetization": its income, no data sold
    if word.startswith("sell") and _SELLS_THE_BUSINESS.match(text, m.end()):
        return True  # "if the company sells its assets to another entity": a merger, read as such
    if word not in ("sale", "sales"):
        return False
    goods = _SALES_OF.match(text, m.end())
    if goods and not _DATA_WORD.search(goods.group(0)):
        return True  # "commission on sales of those products", "the sale of tickets": the goods, not data, are sold
    left = _left_words(text, m.start(), 30)
    if left and (left[-1] in ("for", "on") or left[-2:] == ["point", "of"] or text[: m.start()].endswith("point-of-")):
        return not text[m.end() : m.end() + 4].startswith(" of ")
    if left[-2:] in (["terms", "of"], ["conditions", "of"]) or (
        left[-1:] in (["and"], ["&"]) and any(w in ("terms", "conditions") for w in left[-4:-1])
    ):
        # the contract of the company's own sales: "conditions of sale", "Terms of Use and Sale"
        return not text[m.end() : m.end() + 4].startswith(" of ")
    nxt = re.match(r" ([a-z]+)(?: ([a-z]+) ([a-z]+))?", text[m.end() : m.end() + 40])
    if not nxt:
        return False
    if nxt.group(1) in ("and", "&") and nxt.group(2) == "marketing":
        return nxt.group(3) in _SALES_NOUNS
    if nxt.group(1) in ("and", "or") and nxt.group(3) in ("tax", "taxes"):
        return True  # "sales or use tax", "sales and excise taxes": a tax on the company's sales
    return nxt.group(1) in _SALES_NOUNS


#: what a setting is about: the nouns before "preferences" that make them a setting ("cookie preferences")
_SETTING_TOPICS = frozenset(
    {
        "cookie", "cookies", "privacy", "communication", "communications", "email", "e-mail", "marketing",
        "notification", "notifications", "consent", "ad", "ads", "advertising", "account", "subscription",
        "browser", "language", "display", "contact", "newsletter", "tracking", "sharing", "mailing", "sms",
    }
)  # fmt: skip
#: the verbs that act on a setting ("update your preferences", "cookies remember your preferences")
_SETTING_VERBS = frozenset(
    {
        "manage", "managing", "change", "changing", "update", "updating", "adjust", "adjusting", "set", "setting",
        "edit", "editing", "review", "modify", "modifying", "select", "save", "saves", "saving", "remember",
        "remembers", "remembering", "store", "stores", "storing", "indicate", "express", "respect", "honor",
        "honour", "reflect", "record", "recording",
    }
)  # fmt: skip
#: words that concede a choice of the reader's ("despite your preferences", "regardless of those preferences")
_CONCEDING = frozenset({"despite", "regardless", "notwithstanding", "overriding", "override"})
_SETTING_AFTER = re.compile(r" (?:cent(?:er|re)|page|panel|settings|tools?|link|menu|dashboard|form|portal|tab)\b")
_SETTING_FILLERS = frozenset(
    {"your", "their", "his", "her", "my", "our", "its", "the", "these", "those", "any", "user"}
)


def a_setting(text: str, m: re.Match[str]) -> bool:
    """ "Preferences" as a setting the reader chooses, not interests inferred about them: a setting's topic before it
    ("cookie preferences", "your communication preferences"), a verb that acts on a setting ("update your
    preferences", "cookies that remember your preferences"), or a control after it ("preferences page"). "Your
    preferences and interests", "we infer your preferences" stay a profile.

    Family: cookie and communication controls reworded between "settings", "choices" and "preferences"."""
    if m.group(0) != "preferences":
        return False
    if _SETTING_AFTER.match(text, m.end()):
        return True
    left = [w for w in _left_words(text, m.start(), 40)[-4:] if w not in _SETTING_FILLERS]
    # a choice something is done in spite of ("despite these preferences, we may still send ..."): a setting
    conceded = left[-2:] if left[-1:] == ["of"] else left[-1:]
    return bool(left) and (left[-1] in _SETTING_TOPICS or left[-1] in _SETTING_VERBS or conceded[0] in _CONCEDING)


_SITE_AFTER = re.compile(r" (?:web ?sites?|sites|links|pages|content)\b")
_SITE_BEFORE = re.compile(
    r"\b(?:web ?sites?|sites|pages|links|content) (?:that are |which are )?(?:operated|run|owned|maintained|controlled"
    r"|hosted|published|provided) by (?:the |other |such )?$"
)


def site_linked_to(text: str, m: re.Match[str]) -> bool:
    """Third parties as the owners of sites a policy links to ("links to third-party websites", "websites operated
    by third parties"): places the reader may go, whose practices are their own, not parties data goes to. "We share
    it with third parties that run websites" keeps its recipients.

    Family: link disclaimers reworded ("other websites" -> "third-party websites")."""
    return bool(_SITE_AFTER.match(text, m.end()) or _SITE_BEFORE.search(text[max(0, m.start() - 60) : m.start()]))


#: the reader, or people like them, just before where they are ("if you're outside the UK", "users based abroad")
_READER_THERE = re.compile(
    r"\b(?:you|you're|you’re|users?|visitors?|customers?|members?|residents?|individuals?)"
    r"(?: (?:who|are|is|live|living|reside|residing|located|based|currently|outside|in|from|the))* $"
)
#: a sentence that moves, keeps or shows data somewhere (a transfer, whoever is where)
#: the verbs of data going to someone or somewhere (not of collecting or keeping it: "we collect it under UK law",
#: "we keep it as long as Irish law requires" name the law only)
_MOVING = r"transfer|sen[dt]|transmit|mov(?:e|ed|ing)|shar|disclos"
_DATA_MOVES = re.compile(rf"\b(?:{_MOVING})")
#: and of data kept, reached or gathered where it is
_DATA_GOES = re.compile(rf"\b(?:{_MOVING}|stor(?:e|ed|age|ing)|process|host|access|receiv|kept|keep|collect)")


def where_the_reader_is(text: str, m: re.Match[str]) -> bool:
    """A place that says where the reader is ("if you're outside the UK, contact our representative", "users
    based abroad can write to us"), in a sentence that moves, keeps or collects no data: who to contact from there,
    not a transfer. "If you live outside the EEA, your data is stored in the US" keeps its transfer.

    Family: contact and representative lines addressed to readers in other countries."""
    if not _READER_THERE.search(text[max(0, m.start() - 40) : m.start()]):
        return False
    return not _DATA_GOES.search(text)


#: the legal forms that close a company's name ("Acme Ltd", "Acme Deutschland GmbH", "Acme Australia Pty Ltd")
LEGAL_FORMS = frozenset(
    re.findall(
        r"\S+",
        "inc inc. ltd ltd. llc plc gmbh ag sa s.a. sas sarl bv b.v. nv n.v. corp corp. corporation limited company"
        " co co. lp llp pty kg ab oy as srl s.r.l. spa s.p.a. sro s.r.o. kft sl s.l. bvba sprl",
    )
)
#: the legal forms that are no common word too ("as", "co", "company": "stored in the UK as the law requires")
PLAIN_LEGAL_FORMS = LEGAL_FORMS - {"as", "co", "co.", "company"}


def company_name(text: str, m: re.Match[str]) -> bool:
    """A place named inside a company's name ("Fujitsu Australia Ltd", "Acme UK Limited", "Acme Deutschland GmbH"):
    a legal form follows within two words. The company is named (a controller, a processor, a contact), not a
    place data goes to. Family: processors and group companies named with their country."""
    return any(w.strip(",;:()") in PLAIN_LEGAL_FORMS for w in text[m.end() : m.end() + 40].split()[:3])


#: after a place, the law it qualifies ("UK and Swiss data protection law", "EU GDPR"); not its courts or
#: authorities, which may receive data
_LAW_AFTER_PLACE = re.compile(
    r"(?:(?: and| or) (?!(?:the|wh\w*|that|as|if|in|to|our|your|its|their|a|an|all|any)\b)[a-z]+)?(?: and| or)?"
    r"\s+(?:data protection |privacy |consumer |national |local )?(?:laws?|legislation|gdpr|regulations?|acts?)\b"
    r"(?! enforcement)"
)
#: before a place, the law of it ("the laws of Ireland", "governed by the law of England")
_LAW_BEFORE_PLACE = re.compile(r"\b(?:laws?|legislation) of (?:the )?$")


def a_law_of_the_place(text: str, m: re.Match[str]) -> bool:
    """A place that says whose law ("the equivalent provisions of UK and Swiss data protection law", "the laws of
    Ireland", "EU GDPR"), in a sentence that sends, transfers or discloses no data: which law, not a place data goes to.
    "Disclosed to authorities under the laws of China" keeps its destination. Family: legal bases and governing-law
    clauses rewritten with the law's country."""
    if not (
        _LAW_AFTER_PLACE.match(text, m.end()) or _LAW_BEFORE_PLACE.search(text[max(0, m.start() - 30) : m.start()])
    ):
        return False
    return not _DATA_MOVES.search(text)


#: the end of a postal address before a country: a postcode, perhaps with the city or a street number ("Tokyo
#: 151-0051, Japan", "Dublin 2, Ireland", "10115 Berlin, Germany")
_POSTCODE_BEFORE = re.compile(r"(?:\b\d{3,6}(?:[- ]\d{3,4})?,?|\b\d{4,6} [a-z][\w.-]*,|\b[a-z][\w.-]* \d{1,2},) $")


def an_address(text: str, m: re.Match[str]) -> bool:
    """A country closing a postal address ("..., Shibuya-ku, Tokyo 151-0051, Japan", "10115 Berlin, Germany"): where
    a company is, a contact detail, not a place data goes to. Family: the company's address re-laid as a sentence
    with its country written out."""
    return bool(_POSTCODE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))


#: the sense tests a concept may name in its `senses`
SENSES: dict[str, Callable[[str, re.Match[str]], bool]] = {
    "received by the company or the reader": received_by_us_or_you,
    "addressed to the reader": addressed_to_reader,
    "a message or channel": message_or_channel,
    "a modifier": modifies_a_noun,
    "a unit of time": unit_of_time,
    "a verb": verb_with_object,
    "partnering": partnering,
    "commerce": commerce_word,
    "earning": earning,
    "funding": funding,
    "goods and terms of sale": goods_terms,
    "an offer described": offer_described,
    "a company's name": company_name,
    "a law of the place": a_law_of_the_place,
    "an address": an_address,
    "a setting": a_setting,
    "a site linked to": site_linked_to,
    "where the reader is": where_the_reader_is,
}


class SensePattern:
    """A concept's pattern whose matches read in another sense (by any of `senses`) are left out: it answers as
    the regex does for the matches that remain."""

    __slots__ = ("flags", "pattern", "regex", "senses")

    def __init__(self, regex: re.Pattern[str], senses: tuple[Callable[[str, re.Match[str]], bool], ...]) -> None:
        self.regex = regex
        self.senses = senses
        self.pattern = regex.pattern
        self.flags = regex.flags

    def kept(self, m: re.Match[str]) -> bool:
        """Whether a match of the regex is read in the concept's sense."""
        return not any(test(m.string, m) for test in self.senses)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return (m for m in self.regex.finditer(text, pos) if self.kept(m))

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self.finditer(text)]

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next(self.finditer(text, pos), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self.regex.match(text, pos)
        return m if m is not None and self.kept(m) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        def one(m: re.Match[str]) -> str:
            if not self.kept(m):
                return m.group(0)
            return m.expand(repl) if isinstance(repl, str) else repl(m)

        return self.regex.sub(one, text)


#: what a concept's pattern is: its regex, or the regex behind its sense tests
ConceptPattern = re.Pattern[str] | SensePattern


DC, DU, TP, DR, DS = "data_collection", "data_use", "third_party_sharing", "data_retention", "data_security"
UR, UC, TR, CH, IT = "user_rights", "user_choice", "tracking", "children", "international_transfer"
PC, CO, OT = "policy_change", "contact", "other"
_CATEGORIES = frozenset({DC, DU, TP, DR, DS, UR, UC, TR, CH, IT, PC, CO, OT})
_DIRECTIONS = {"more_data": MORE_DATA, "protects": PROTECTS}


def _load_concepts() -> tuple[Concept, ...]:
    """The concepts of vocabulary/concepts.toml, checked: a malformed entry is an error naming the file and entry."""
    entries = vocabulary.load("concepts").get("concept")
    if not isinstance(entries, list) or not entries:
        raise vocabulary.VocabularyError("concepts.toml: expected [[concept]] tables")
    out: list[Concept] = []
    for k, entry in enumerate(entries, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        where = f"concept #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "concepts",
            where,
            entry,
            required={"name": str, "category": str, "patterns": list, "examples": list},
            optional={
                "direction": str,
                "critical": bool,
                "specific": bool,
                "needs": list,
                "not_examples": list,
                "senses": list,
                "alike": bool,
            },
        )
        if entry["category"] not in _CATEGORIES:
            known = ", ".join(sorted(_CATEGORIES))
            raise vocabulary.VocabularyError(
                f"concepts.toml: {where}: unknown category {entry['category']!r} ({known})"
            )
        direction = entry.get("direction", "more_data")
        if direction not in _DIRECTIONS:
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: direction must be 'more_data' or 'protects'")
        if not entry["patterns"] or not entry["examples"]:
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: `patterns` and `examples` must not be empty")
        if any(c.name == entry["name"] for c in out):
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: a second concept of that name")
        words = "|".join(entry["patterns"])
        needs = "|".join(entry.get("needs", ()))
        unknown = [s for s in entry.get("senses", ()) if s not in SENSES]
        if unknown:
            known = ", ".join(sorted(SENSES))
            raise vocabulary.VocabularyError(f"concepts.toml: {where}: unknown sense {unknown[0]!r} ({known})")
        regex = vocabulary.compile_regex("concepts", where, rf"(?<![\w-])(?:{words})(?![\w-])")
        senses = tuple(SENSES[s] for s in entry.get("senses", ()))
        out.append(
            Concept(
                entry["name"],
                entry["category"],
                _DIRECTIONS[direction],
                entry.get("critical", False),
                SensePattern(regex, senses) if senses else regex,
                entry.get("specific", True),
                literals.anchors(words),
                vocabulary.compile_regex("concepts", where + " needs", rf"(?<![\w-])(?:{needs})") if needs else None,
                entry.get("alike", False),
            )
        )
    return tuple(out)


def _load_synonyms() -> dict[str, str]:
    """vocabulary/synonyms.toml as word -> representative ("" for a dropped word); a word listed twice is an error."""
    # [[near]]: read by _load_near; [[heads]]: read by heads.py; [[kinds]]: read by kinds.py
    table = {k: v for k, v in vocabulary.load("synonyms").items() if k not in ("near", "heads", "kinds")}
    data = vocabulary.check("synonyms", "the file", table, {"dropped": list, "same": dict}, {})
    groups = {"": data["dropped"], **data["same"]}
    out: dict[str, str] = {}
    for rep, words in groups.items():
        where = f"[same] {rep}" if rep else "dropped"
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: must be a list of non-empty words")
        for word in words:
            if word in out:
                raise vocabulary.VocabularyError(f"synonyms.toml: {where}: {word!r} is already read as {out[word]!r}")
            out[word] = rep
    return out


CONCEPTS: tuple[Concept, ...] = _load_concepts()

CONCEPTS_BY_NAME = {c.name: c for c in CONCEPTS}


def any_critical(names: Iterable[str]) -> bool:
    """Whether any of these concepts (by name) is `critical`: a change about it is material on its own (a sale,
    sensitive data, AI training). A name the lexicon does not know is not critical."""
    return any(c is not None and c.critical for c in map(CONCEPTS_BY_NAME.get, names))


def _anchor_index() -> tuple[frozenset[int], re.Pattern[str], dict[str, frozenset[int]]]:
    always = frozenset(k for k, c in enumerate(CONCEPTS) if c.anchors is None)
    owners: dict[str, set[int]] = {}
    for k, concept in enumerate(CONCEPTS):
        for anchor in concept.anchors or ():
            owners.setdefault(anchor, set()).add(k)
    # the trie reports the longest anchor at each position; the shorter ones there are its prefixes
    # (each anchor's prefixes looked up: linear in the anchors' length, not quadratic in their number)
    implied = {a: frozenset().union(*(owners[a[:n]] for n in range(1, len(a) + 1) if a[:n] in owners)) for a in owners}
    return always, re.compile(f"(?=({literals.trie(sorted(owners))}))"), implied


_ALWAYS, _ANCHORS_AT, _IMPLIED = _anchor_index()


def mentioned_concepts(text: str) -> list[Concept]:
    """The concepts whose pattern may match `text`, in CONCEPTS order (each left out has none of its anchors in the
    text): one scan for every anchor at once."""
    ks = set(_ALWAYS)
    for anchor in set(_ANCHORS_AT.findall(text)):
        if anchor:
            ks |= _IMPLIED[anchor]
    return [CONCEPTS[k] for k in sorted(ks)]


#: concepts whose terms are phrasings of one promise ("under contracts that limit" = "their contracts require"):
#: a different term is no different fact
PHRASINGS_ONLY = frozenset({"contractual limits", "retention"})  # "retain" = "keep"; periods are limits and numbers
#: the verbs of keeping among the retention terms: one said for another is the same fact (unlike "until you delete",
#: "indefinitely", "as long as necessary", which are periods)
KEEPING_VERB = re.compile(r"(?:retain|keep|kept|stor|sav|archiv|h[oe]ld)", re.IGNORECASE)
#: a period of keeping with no end ("kept indefinitely", "stored forever"): not the period of a statement that sets
#: one ("for a reasonable period from the date it was created"), whatever verb of keeping either uses
NO_END_PERIOD = re.compile(
    r"(?<![\w-])(?:indefinitely|forever|for an unlimited (?:period|time)|without (?:any )?time limit)\b"
)

#: Categories in the order a reader cares about them (used to rank a change's categories).
PRIORITY: tuple[str, ...] = (
    CH,
    TP,
    DU,
    DC,
    DR,
    UR,
    UC,
    IT,
    TR,
    DS,
    PC,
    OT,
    CO,
)

# ---------------------------------------------------------------------------------------- modifiers

_NEG = vocabulary.load("negation")
#: a word or phrase that denies what follows ("we do not", "never", "under no circumstances", "prohibited")
NEGATION = literals.prefiltered(
    re.compile(
        r"(?<![\w-])(?:"
        + "|".join(
            [re.escape(w) for w in _NEG["denials"]["words"] + _NEG["denials"]["phrases"]]
            + [re.escape(w) + r"\w*" for w in _NEG["denials"]["stems"]]
        )
        + r")(?![\w-])"
    )
)
#: "no more than", "not exceeding": a negation that bounds a number
BOUND_NEGATION = literals.prefiltered(re.compile("|".join(_NEG["bound"]["patterns"])))
#: "not only X but also Y": a "not" that adds, denying nothing
#: (and "the consequences of not providing it": a possibility named, `hypothetical`; "opting out does not stop
#: account e-mails": what a choice leaves in place, `choice_reach`; "not ... any vendor that has not signed": two
#: denials that cancel, `double`)
IDLE_NOT = re.compile(
    "|".join(
        _NEG["not_negating"]["additive"]
        + _NEG["not_negating"]["hypothetical"]
        + _NEG["not_negating"]["choice_reach"]
        + _NEG["not_negating"]["double"]
    )
)
#: "ensure no unauthorized access": a threat a safeguard rules out, denying no practice
THREAT_NO = re.compile("|".join(_NEG["not_negating"]["threat"]))
#: "say no", "answer no": the reader's refusal offered as a choice, denying nothing
REFUSAL_NO = re.compile("|".join(_NEG["not_negating"]["refusal"]))
#: the phrase of a "without", up to where it ends: a comma or a semicolon (`stop`), the modal of the main verb after
#: it ("a parent who finds that a child gave us data without consent should ask us to delete it"), or the end of the
#: sentence (`end`: "we delete data collected from a child without parental consent"): it denies that phrase, not
#: what follows nor the act it qualifies
WITHOUT_PHRASE = re.compile(
    r"(?<![\w-])without(?![\w-])[^,;]*?"
    r"(?=(?P<stop>[,;])|\s(?:should|may|might|can|could|must|will|would|shall)(?![\w-])|(?P<end>[.!]?\s*$))"
)
#: a sentence's lead saying it repeats what the policy says elsewhere ("As noted above, ...", "As stated in section 4,
#: ...", "As further explained in Section 3 ("Sharing"), ...")
BACK_REFERENCE = re.compile(
    r"^\W*as (?:(?:further|also|already|previously|briefly|more fully) )?"
    r"(?:noted|stated|explained|described|mentioned|set out|discussed|detailed|outlined|indicated)\b"
    r"[^,;:]{0,100},\s*",
    re.IGNORECASE,
)
#: the reader's wish in a condition ("if you no longer wish to receive them"): no denial
WISH_NOT = re.compile("|".join(_NEG["not_negating"]["wish"]))
#: "not ... any": the words before an "any" that a negation governs ("not ... from anyone" = "from no one" too)
NEGATED_ANY = re.compile(
    r"(\b(?:" + "|".join(re.escape(w) for w in _NEG["denials"]["scope_words"]) + r")\b[^,.;:]*?)\bany(?:one|body)?\b"
)
#: names of signals and links that contain a "not" ("Do Not Track"), and a "no" that counts ("with no activity")
NAMED_NOT = re.compile("|".join(_NEG["not_negating"]["named"]))
#: what another country's laws may not do ("countries whose laws may not protect your data"): no denial
FOREIGN_LAW_NOT = re.compile("|".join(_NEG["not_negating"]["foreign_law"]))
NOT_NEGATING = literals.prefiltered(
    re.compile(
        "|".join(
            _NEG["not_negating"]["named"]
            + _NEG["not_negating"]["foreign_law"]
            + _NEG["not_negating"]["counting"]
            + _NEG["not_negating"]["additive"]
            + _NEG["not_negating"]["hypothetical"]
            + _NEG["not_negating"]["choice_reach"]
            + _NEG["not_negating"]["double"]
            + _NEG["not_negating"]["refusal"]
            + _NEG["not_negating"]["wish"]
            + _NEG["not_negating"]["inability"]
            + _NEG["not_negating"]["threat"]
            + _NEG["bound"]["patterns"]
        )
    )
)
#: denials and permissions of every language the vocabulary lists, as plain words (an edit touching one is no typo)
DENIAL_WORDS = frozenset(
    _NEG["denials"]["words"] + _NEG["other_languages"]["denials"] + _NEG["other_languages"]["permissions"]
)
PERMISSIVE = vocabulary.pattern("modifiers", "permissive")
COMMITMENT = vocabulary.pattern("modifiers", "commitment")
LIMITERS = literals.prefiltered(vocabulary.pattern("modifiers", "limiters"))
#: Hedges that turn a promise into a tendency ("you will not have to pay" -> "you will usually not have to pay").
HEDGES = literals.prefiltered(vocabulary.pattern("modifiers", "hedges"))
BROADENERS = vocabulary.pattern("modifiers", "broadeners")

# ---------------------------------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "single": 1,
}
#: tens that take a unit after a hyphen or a space ("twenty-four", "forty five")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: a share's unit, as written in figures or in words, American or British ("50%", "50 percent", "50 per cent")
PERCENT = r"%|percent|per cent"
#: a number written in words ("thirty", "forty-five")
NUM_WORDS = rf"(?:{'|'.join(TENS)})[- ](?:{'|'.join(_UNITS)})(?![\w-])|" + "|".join(
    sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True)
)
_NUM = r"\d+(?:[.,]\d+)?|" + NUM_WORDS
#: a number in words repeated in figures ("thirty (30) days"): the figures say it; or in figures repeated in words
#: ("30 (thirty) days"): the words add nothing
_FIGURES = rf"(?:\s*\((?P<{{}}>\d+)\)|\s*\((?:{NUM_WORDS})\))?"
QUANTITY = re.compile(
    rf"(?<![\w.])(?P<age3>{_NUM}){_FIGURES.format('age3f')}\s+years?(?:\s+of\s+age|\s+old)(?!\w)"
    rf"|(?<![\w-])(?:age[sd]?|aged|between the ages of)\s+(?P<agelo>\d+)\s*(?:to|-|and|through)\s*(?P<agehi>\d+)"
    r"(?!\s*(?:%|days|months|hours|weeks))(?!\w)"
    rf"|(?<![\w.])(?P<num>{_NUM}){_FIGURES.format('numf')}[\s-]*(?:(?:business|calendar|working|full)\s+)?"
    rf"(?P<unit>hours?|days?|weeks?|months?|years?|yrs?|decades?|{PERCENT}|gb|mb)(?![\w])"
    # an amount with its currency's sign, its code before or after it, or its name ("$10", "USD 10", "10 euros",
    # "ten dollars"): one amount however a house style writes it
    rf"|(?P<cur>[$€£])\s?(?P<amount>\d+(?:[.,]\d+)?)"
    r"|(?<![\w-])(?P<cur3>usd|eur|gbp|cad|aud|chf|jpy|us\$|c\$|a\$)\s?(?P<amount3>\d+(?:[.,]\d+)?)(?![\w])"
    rf"|(?P<amount2>\d+(?:[.,]\d+)?|(?<![\w-])(?:{NUM_WORDS}))\s?(?P<cur2>usd|eur|gbp|cad|aud|chf|jpy"
    r"|(?:us |u\.s\. )?dollars?|euros?|pounds?(?: sterling)?)(?!\w)"
    # an age after its preposition, with the years it counts ("under 13", "under thirteen (13) years of age"); not a
    # period ("kept for over 2 years") nor a size ("over 10 GB")
    rf"|(?<![\w-])(?<!\bfor )(?:age[sd]?|aged|under|over|below|above|younger than"
    rf"|older than)\s+(?:of\s+)?(?:at\s+least\s+)?(?P<age>{_NUM}){_FIGURES.format('agef')}"
    r"(?:\s+years?(?:\s+of\s+age|\s+old)(?!\w))?(?!\s*(?:%|days|months|hours|weeks|[gmkt]b\b))(?!\w)"
    rf"|(?P<age2>{_NUM})\+?\s+(?:or|and)\s+(?:older|over|above|up)(?!\w)"
    # an age stated as a label and its value, as summaries and tables give it ("Minimum age: 13", "Age limit - 16+")
    r"|(?<![\w-])(?:minimum|min\.?|required|lowest) age(?: requirement| limit)?(?: (?:to|for) [a-z ]{1,40}?)?"
    r"\s*[:=\u2013\u2014-]\s*(?P<age4>\d{1,2})\+?(?![\w%])"
    r"|(?<![\w-])age (?:requirement|limit)\s*[:=\u2013\u2014-]?\s*(?P<age5>\d{1,2})\+?(?![\w%])"
    # an age the reader must be, said bare ("you must be at least 16 to use it", "users must be 18 to register")
    r"|(?<![\w-])(?:(?:must|should|to)\s+be|(?:are|is)\s+at\s+least)\s+(?:at\s+least\s+)?(?P<age6>\d{1,2})"
    r"(?=\s+(?:to(?!\s+\d)|in order to|or older|or over|and over|before|if|\("
    # the low end of an age range ("at least 14 but under 18")
    r"|(?:but|and)\s+(?:under|below|younger|not yet)\b)|[.;),])"
)
DATE_LINE = re.compile(
    r"^\W*(?:(?:this )?(?:privacy )?(?:policy|notice|statement)? ?(?:was "
    r"|has been )?(?:last )?(?:updated|revised|modified"
    r"|amended|reviewed|changed)(?: on| as of)?|effective(?: date| as of| from| on)?"
    r"|date of (?:last )?(?:update|revision)"
    r"|version(?: date)?|published|as of|valid from)\b",
    re.IGNORECASE,
)
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
DATE = literals.Prefiltered(
    re.compile(
        # a relative time stamp ("3 days ago", "an hour ago") dates a comment or post shown beside the policy
        rf"(?<!\w)(?:(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
        rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd"
        rf"|th)?,?\s+)?\d{{4}}"
        rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|(?:19|20)\d{{2}})(?!\w)",
        re.IGNORECASE,
    ),
    r"\d|ago",  # every form has a digit but "an hour ago"
)

#: a date a practice is done by, until or from ("delete the recordings by 12/31/2024", "kept until June 2025"),
#: unlike the date a document was updated or took effect (`DATE_LINE`)
DEADLINE = re.compile(
    r"(?<![\w-])(?:by|until|till|before|after|from|through|no later than|starting(?: on)?|beginning(?: on)?)"
    rf"\s+(?:the end of\s+)?(?P<date>{DATE.pattern})",
    DATE.flags,
)

#: words that make a date the document's own (when it took effect, was updated or posted), whatever the sentence
_DOCUMENT_DATED = re.compile(
    r"(?<![\w-])(?:effective|in effect|in force|takes? effect|took effect|valid|updated|revised|modified|amended"
    r"|published|posted|version|dated?)(?![\w-])",
    re.IGNORECASE,
)


def practice_deadlines(text: str) -> list[str]:
    """The dates a sentence says a practice is done by, until or from, normalised ("by 12/31/2024"); none in a
    sentence dating the document itself ("This notice is effective from 2025-07-04", "Last updated on ...")."""
    if not any(map(str.isdigit, text)) or DATE_LINE.search(text) or _DOCUMENT_DATED.search(text):
        return []
    return [
        " ".join(text[m.start() : m.start("date")].split()).casefold()
        + " "
        + _calendar_date(" ".join(m.group("date").split()).casefold())
        for m in DEADLINE.finditer(text)
    ]


#: a month by the first three letters of its name
_MONTH_NUMBER = {m[:3]: k for k, m in enumerate(MONTHS.split("|"), start=1)}
_WRITTEN_DATE = re.compile(
    rf"^(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({MONTHS})\.?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(\d{{4}})$"
)
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def _calendar_date(date: str) -> str:
    """A date as year, month and day, however it is written: "march 11, 2013" = "11 march 2013" = "2013-03-11"; a
    numeric date is read so only where its day cannot be its month ("31/12/2024" = "12/31/2024", not "1/2/2024")."""
    written = _WRITTEN_DATE.match(date)
    if written:
        day = written.group(1) or written.group(3)
        month = _MONTH_NUMBER[written.group(2)[:3]]
        return f"{written.group(4)}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    numeric = _NUMERIC_DATE.match(date)
    if numeric:
        a, b, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
        if a > 12 >= b:
            return f"{year}-{b:02d}-{a:02d}"
        if b > 12 >= a:
            return f"{year}-{a:02d}-{b:02d}"
    return date


# ---------------------------------------------------------------------------------------- chrome and boilerplate

BANNER = literals.prefiltered(vocabulary.pattern("boilerplate", "banner"))
CHROME = vocabulary.pattern("boilerplate", "chrome")
#: a promotional call to action the page shows around the policy ("Get our newsletter", "Download the app")
PROMO = vocabulary.pattern("boilerplate", "promo")
#: words that make a short imperative a statement about data after all ("download a copy of your data")
DATA_WORDS = vocabulary.pattern("boilerplate", "data_words")
META = vocabulary.pattern("boilerplate", "meta")
#: A banner announcing that the policy will change or is being revised, without saying what changes
#: ("Revisions to the privacy policy are under discussion", "We are updating our privacy notice").
ANNOUNCEMENT = vocabulary.pattern("boilerplate", "announcement")
#: Words that make a sentence about policy changes a promise about how they are announced.
ANNOUNCES_HOW = vocabulary.pattern("boilerplate", "announces_how")
DEFINITION = vocabulary.pattern("boilerplate", "definition")
#: A term defined by what it is ("OAuth is an authorisation protocol"): see furniture._term_definition.
TERM_DEFINITION = vocabulary.pattern("boilerplate", "term_definition")
CONTACT = vocabulary.pattern("boilerplate", "contact")
#: Headings of page furniture: everything under them until the next heading is navigation, not policy.
FURNITURE_HEADING = vocabulary.pattern("boilerplate", "furniture_heading")
#: A link whose text says nothing ("Learn more", "click here") in raw Markdown.
GENERIC_LINK = re.compile(
    r"\s*\[\s*(?:(?:learn|read|see|find out|view|show|get) more[^\]]{0,20}|click here|here|more (?:info|information"
    r"|details)|details|this (?:page|link|article)|link)\s*\]\((?:[^()\s]|\([^)]*\))*\)",
    re.IGNORECASE,
)
#: An error, block or redirect page captured instead of the policy.
STUB = vocabulary.pattern("boilerplate", "stub")
#: Words that only say how to reach someone (with e-mail addresses, phones and URLs removed first).
CONTACT_CHANNEL = frozenset(vocabulary.words("boilerplate", "contact_channel"))
#: "or" / "and" go on a channel only after another one ("by email or text message"); after a kind of data ("phone
#: number and email") they go on a list of data
_AFTER_CHANNEL = (
    "".join(
        f"(?<={w} )|" for w in ("mail", "sms", "text", "phone", "post", "letter", "message", "messages", "notification")
    )
    + "(?<=notifications )"
)
#: A channel a message travels by ("by email or text message", "via push notification").
CHANNEL_PHRASE = re.compile(
    rf"(?<![\w-])(?:by|via|through|using|(?:{_AFTER_CHANNEL})(?:or|and)) (?:an? )?(?:e-?mail|text(?: messages?)?|sms"
    r"|phone|telephone|post"
    r"|(?:postal )?mail|letter|push notifications?|in-app (?:messages?|notifications?)|notifications?)(?![\w-])"
    # "and phone number", "or email address": a kind of data listed, not a channel
    r"(?!\s+(?:numbers?|address(?:es)?|ids?|contacts?|lists?|records?)(?![\w-]))"
)
#: Words about changes to the policy itself.
CHANGE_WORDS = vocabulary.pattern("boilerplate", "change_words")
#: Absolute security disclaimed ("no method of transmission is 100% secure", "we cannot guarantee its security").
SECURITY_DISCLAIMER = vocabulary.pattern("boilerplate", "security_disclaimer")
URL = literals.Prefiltered(
    re.compile(
        r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)+/[^\s<>\"')\]]*"
        # a bare domain, the stop after it ending the sentence ("... from example.co.uk.")
        r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|info|eu|co\.uk|org\.uk|gov\.uk|de|fr|nl|ca)"
        r"(?![\w-]|\.[\w-])",
        re.IGNORECASE,
    ),
    r"://|www\.|/|\.(?:com|org|net|io|gov|info|eu|co|de|fr|nl|ca)",  # a scheme, a path or a known domain
)
#: the words a cloaking script prints where an e-mail address stood, when the page is read without scripts (read by
#: `engine._uncloaked`)
CLOAKED_EMAIL = re.compile(
    r"\b(?:this )?e-?mail address is (?:being )?protected from spam ?bots\b\.?"
    r"(?:\s*you need javascript enabled to view it\b\.?)?"
    r"|\b(?:you need|please enable|enable) javascript(?: enabled)? to (?:view|see) (?:it|(?:our|this|the|an?) "
    r"e-?mail(?: address)?)\b",
    re.IGNORECASE,
)
#: an e-mail address, or the placeholder an anti-spam script shows instead of one ("[email protected]", or without
#: its brackets once a link's markup is gone: "email protected" where the address stood, before a punctuation mark
#: or the end of the line), or an address spelled out against spam robots ("privacy [at] example [dot] com"); the
#: words a cloaking script prints instead (`CLOAKED_EMAIL`) become that placeholder before a pair is compared
EMAIL = literals.Prefiltered(
    re.compile(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email(?:&#160;|\s)*protected\s*\]"
        r"|\bemail(?:&#160;|\s)+protected(?=\s*(?:$|[).,;:!?\]]))"
        r"|[\w.+-]+\s*[\[({]\s*at\s*[\])}]\s*[\w-]+(?:\s*(?:[\[({]\s*dot\s*[\])}]|\.)\s*[\w-]+)+",
        re.IGNORECASE | re.MULTILINE,
    ),
    r"@|protected|[\[({]\s*at\s*[\])}]",
)
#: a telephone number; a date written in digits ("10/15/2020", "2020-10-15", "15.10.2020") is none, nor is the number
#: of a law, a year and a serial ("Regulation (EU) 2016/679", "Law No. 13.709/2018", "Decree 2019-536")
PHONE = re.compile(
    r"(?<!\w)(?!(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d[/-]\d{1,4}"
    r"|\d{1,3}(?:\.\d{3})?/(?:19|20)\d\d)(?!\w|[/.-]\d))\+?\(?\d[\d ()./-]{6,}\d(?!\w)"
)

PRACTICE_VERB = vocabulary.pattern("modifiers", "practice_verb")


#: a postal address named as a kind of data, not one to write to
_ADDRESS_TERM = re.compile(r"(?:mailing|postal) address(?:es)?")
#: the word "we" (the company speaking: "we collect your name and postal address", "we sell your data")
WE = re.compile(r"(?<![\w-])we(?![\w-])", re.IGNORECASE)
#: what comes just before an address to write to ("our", "at", "to"), and before the reader's own ("your")
_TO_SOMEONE = re.compile(r"(?<![\w'])(?:our|its|the company's|at|to)\s+$")
_THE_READERS = re.compile(r"(?<![\w'])(?:your|their|users'|customers')\s+$")


@lru_cache(maxsize=16384)
def contact_in(low: str) -> bool:
    """Whether a (lower-cased) sentence names a way to reach someone: CONTACT, asked once per sentence (the rules
    ask it of the same sentence many times). A postal or mailing address is one only when it is not the reader's
    data: not "your postal address", nor one that the company handles ("we collect your name and postal address",
    "we use mailing addresses to ship orders"); "write to our postal address" still is.

    Family: collection statements whose list of data names the reader's address beside other contact data (an
    e-mail address, a phone number added there is data collected, not a way to reach the company)."""
    for m in CONTACT.finditer(low):
        if not _ADDRESS_TERM.fullmatch(m.group(0)) or _addresses_someone(low, m.start()):
            return True
    return False


def _addresses_someone(low: str, at: int) -> bool:
    """The address term at `at` is one to write to: "our", "the company's", "at", "to" before it, or no handling of
    data by the company before it, nor "your" / "their" just before."""
    before = low[max(0, at - 40) : at]
    if _TO_SOMEONE.search(before):
        return True
    if _THE_READERS.search(before):
        return False
    last = max((m.end() for m in WE.finditer(low, 0, at)), default=-1)  # the nearest "we" before it
    return not (last >= 0 and PRACTICE_VERB.search(low, last, at))


# ---------------------------------------------------------------------------------------- rewording

#: Words mapped to one representative before comparing wordings (same meaning in a policy).
SYNONYMS: dict[str, str] = _load_synonyms()


@dataclass(frozen=True)
class NearGroup:
    """Words a rewording swaps for one another without changing a fact ("store" / "save" / "hold"), one column per
    word and one row per grammatical form, with the sentence pairs that prove it: `same` must read as one
    statement, `differ` (look-alikes) must stay material."""

    id: str
    forms: tuple[tuple[str, ...], ...]
    same: tuple[tuple[str, str], ...]
    differ: tuple[tuple[str, str], ...]


def _example_pairs(where: str, key: str, entries: list[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for entry in entries:
        parts = entry.split(" => ")
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `{key}`: {entry!r} is not 'before => after'")
        out.append((parts[0].strip(), parts[1].strip()))
    return tuple(out)


def _load_near() -> tuple[tuple[NearGroup, ...], dict[str, tuple[int, int, int]]]:
    """The [[near]] groups of vocabulary/synonyms.toml, and each of their words -> (group, row, column). Every row
    has one word per column; a word stands in one group and one column only (two forms alike, "put" / "put", are
    read as the first)."""
    groups: list[NearGroup] = []
    index: dict[str, tuple[int, int, int]] = {}
    entries = vocabulary.load("synonyms").get("near", [])
    if not isinstance(entries, list):
        raise vocabulary.VocabularyError("synonyms.toml: expected [[near]] tables")
    for k, entry in enumerate(entries, 1):
        name = entry.get("id") if isinstance(entry, dict) else None
        where = f"near #{k}" + (f" ({name!r})" if isinstance(name, str) else "")
        entry = vocabulary.check(
            "synonyms", where, entry, required={"id": str, "forms": list, "same": list, "differ": list}, optional={}
        )
        rows = tuple(tuple(row.lower().split()) for row in entry["forms"])
        if not rows or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `forms` rows must name the same 2+ words")
        if not entry["same"] or not entry["differ"]:
            raise vocabulary.VocabularyError(f"synonyms.toml: {where}: `same` and `differ` must not be empty")
        for r, row in enumerate(rows):
            for c, word in enumerate(row):
                if word in index and index[word][::2] != (len(groups), c):  # "put" past = "put": one word
                    raise vocabulary.VocabularyError(f"synonyms.toml: {where}: {word!r} is already in another group")
                index.setdefault(word, (len(groups), r, c))
        groups.append(
            NearGroup(
                entry["id"],
                rows,
                _example_pairs(where, "same", entry["same"]),
                _example_pairs(where, "differ", entry["differ"]),
            )
        )
    return tuple(groups), index


#: Near-synonyms (synonyms.toml [[near]]): a word swapped for another of its group is read as the word it replaced.
NEAR, NEAR_WORDS = _load_near()

# ------------------------------------------------------------------------------ legal citations and regulators

#: A citation of a legal provision ("Art. 6(1)(f) GDPR", "Article 28 UK GDPR", "§ 1798.121", "Regulation (EU)
#: 2016/679", "Cal. Civ. Code"): it names the law a statement rests on, not a practice, a party or a country.
CITATION = re.compile(
    r"(?:(?:\b(?:art(?:icle)?s?\.?|sec(?:tion)?s?\.?|recital)|§+)\s*\d+[a-z]?(?:\s*\(\s*\w{1,4}\s*\))*"
    # the parts of a provision: "Art. 6 para. 1 lit. b)", "§ 25 para. 2 no. 2", "Art. 6 (1) sentence 1"
    r"(?:\s*,?\s*(?:para(?:graph)?|subpara(?:graph)?|sub-para(?:graph)?|no|nr|number|sentence|sent|lit|letter|point"
    r"|clause|subsection|abs|satz)\.?\s*\w{1,4}\)?)*"
    r"(?:\s*(?:,|and|or|-|in conjunction with|in connection with|i\.?\s?v\.?\s?m\.?)\s*\d+[a-z]?"
    r"(?:\s*\(\s*\w{1,4}\s*\))*)*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:uk|eu|swiss|federal|california|cal\.)\s+(?:and\s+)?)*"
    r"(?:gdpr|dsgvo|ccpa|cpra|fadp|revfadp|lgpd|pipeda|(?:[a-z][\w.]*\s+){0,3}?(?:act|code|regulation|law"
    r"|directive|ordinance)(?:\s+of\s+obligations)?"
    # (and the number of an EU act: "Article 6(1)(e) of Regulation (EU) 2016/679")
    r"(?:\s*\((?:eu|ec|eec)\)\s*(?:no\.?\s*)?\d{2,4}/\d{1,4})?"
    r"|(?-i:[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*))\b)?"  # a statute's abbreviation after the provision: "TTDSG", "BDSG"
    r"|§+\s*\d[\d.]*(?:\s*\(\s*\w{1,4}\s*\))*"
    r"|\b(?:regulation|directive)\s*\((?:eu|ec|eec)\)\s*(?:no\.?\s*)?\d{2,4}/\d{1,4}"
    r"|\bcal(?:ifornia)?\.?\s+civ(?:il)?\.?\s+code\b"
    # a title of a federal code ("16 C.F.R. § 312.5", "15 U.S.C. 6501"); a chapter of a law ("Chapter V of the GDPR")
    r"|\b\d{1,2}\s+(?:C\.?\s?F\.?\s?R|U\.?\s?S\.?\s?C)\.?(?:\s*§*\s*\d[\d.]*(?:\s*\(\s*\w{1,4}\s*\))*)?"
    r"|\bchapter\s+[ivx\d]+\s+of\s+(?:the\s+)?"
    r"|:\s*20\d\d\b(?<=27001:20\d\d|27701:20\d\d|27018:20\d\d|27017:20\d\d))",
    re.IGNORECASE,
)
#: A data protection regulator, however it is called ("the ICO", "the Information Commissioner's Office (ICO),
#: the UK's data protection regulator", "Finland's supervisory authority", "the Autoriteit Persoonsgegevens"):
#: the body a complaint goes to, not a recipient of data and not a transfer destination.
REGULATOR = re.compile(
    r"(?:\bthe\s+)?(?:\b[A-Z][\w'’.-]*\s+(?:\b(?:[A-Z][\w'’.-]*|of|the|for|and|on|de|des|du|la|le|für|den)\s+){0,7}?)?"
    r"(?:(?i:(?:data protection|supervisory|privacy|protection|competent)\s+(?:authority|authorities|regulator"
    r"|agency|board|commission|commissioner))|Commissioner(?:['’]s\s+Office)?|Ombudsman|Autoriteit\s+Persoonsgegevens"
    r"|Datatilsynet|Garante[\w ]{0,40}?personali|Agencia Española[\w ]{0,40}?Datos|ICO|CNIL|FDPIC|EDÖB|PFPDT"
    r"|AEPD|BfDI|DPC|APD|GBA)\b(?:\s*\([A-Za-zÀ-ÿ/ ]{2,40}\))?"
    r"(?:\s*,\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:data protection|supervisory|privacy)\s+)?"
    r"(?:authority|regulator)\b)?",
)
#: A pointer to another part of the policy ("see Section 7", '(see "Your rights and choices" below)').
CROSS_REFERENCE = re.compile(
    r"(?i)\bsee\s+(?:(?:our\s+|the\s+)?(?:section|part|clause|paragraph|chapter|heading)\s+[\w.]+"
    r"(?:\s*,?\s*[\"“][^\"”]{2,60}[\"”])?|(?:the\s+)?[\"“][^\"”]{2,60}[\"”](?:\s+(?:section|heading))?)"
    r"(?:\s+(?:below|above))?"
)
#: a section pointed to by its number and its title in quotes, after any words ('Read more below in Section 8.4 "Right
#: to erasure".', 'under clause 3, "Who we share with"'): where to read; the title's words state nothing
_NUMBERED_TITLE = re.compile(
    r"(?i)\b(?:section|part|clause|paragraph|chapter)\s+\d+(?:\.\d+)*\.?\s*,?\s*[\"“][^\"”]{2,80}[\"”]"
)
_CITATION_HINT = re.compile(
    r"(?i)\b(?:art(?:icle)?s?\b|sec(?:tion)?s?\b|recital|regulation|directive|civ(?:il)?\b|chapter\s+[ivx\d]+\s+of\b"
    r"|\d{1,2}\s+(?:c\.?\s?f\.?\s?r|u\.?\s?s\.?\s?c)\b)|§|:\s*20\d\d"
)
#: "EU law", "UK law", "Swiss accounting law": a source of obligations, not a place data goes.
_COUNTRY_LAW = re.compile(
    r"\b(?:EU|EEA|UK|US|U\.S\.|Swiss|Federal|European|British|German|French|Irish|Dutch)\s+"
    r"(?:(?:accounting|tax|data protection|privacy|employment|consumer)\s+)?law\b"
)
_EMPTIED_PARENS = re.compile(r"\(\s*[,;]?\s*\)|\(\s*([^()]*?)\s*[,;]\s*\)")
_REPEATED_REGULATOR = re.compile(r"(the supervisory authority)(?:\W+the supervisory authority\)?)+")


#: The title of a law ("the Children's Online Privacy Protection Act", "the UK's Money Laundering Regulations 2017",
#: "the EU's Fifth Anti-Money Laundering Directive", "the Transfer of Funds (Information on the Payer) Regulations
#: 2017"): capitalised words (and the small words of a title) ending in a word for a law, with its year. Which law a
#: statement cites is no practice, party or country ("Transfer" and "Payer" in a title name neither). Not "Rules":
#: "Binding Corporate Rules" are a transfer mechanism.
LAW_TITLE = re.compile(
    r"(?:\bthe\s+)?(?!(?:Under|Pursuant|As|In|With|By|For|To|Per|Our|We|This|These|That|Any|All|If|When)\b)"
    r"(?:[A-Z][\w-]*['’]s?\s+)?"
    r"(?:(?:[A-Z][\w-]*(?:['’]s)?|\d+(?:st|nd|rd|th)|of|and|on|the|for|to|in)(?:,|\s+\([A-Z][^()]{1,60}\))?\s+){1,10}"
    r"(?:Act|Acts|Regulations?|Directive|Code|Law|Ordinance|Statute)\b"
    r"(?:\s+(?:of\s+)?(?:19|20)\d\d\b)?(?:\s*\((?:the\s+)?(?:[A-Z][\w-]*\s*){1,3}\))?"
)
#: a word for a law, as a title ends with it: the cheap test before `LAW_TITLE` ("Act", not "Activity")
_LAW_WORD = re.compile(r"\b(?:Acts?|Regulations?|Directive|Code|Law|Ordinance|Statute)\b")
#: A sentence's opening words saying which law it rests on ("As provided under COPPA, parents can ...", "Pursuant to
#: the law, we ..."): the statement after them is the same without them.
_LAW_LEAD_IN = re.compile(
    r"^(?:as\s+(?:provided|required|permitted|allowed|set\s+out|set\s+forth|defined)\s+(?:under|by|in)"
    r"|pursuant\s+to|in\s+accordance\s+with)\s+(?:(?:the\s+)?(?-i:[A-Z]{2,}[\w-]*)(?:\s+and\s+(?-i:[A-Z]{2,}\w*))?"
    r"|the\s+law)\s*,\s*",
    re.IGNORECASE,
)


def canonical_legal(text: str) -> str:
    """The text with cross-references and legal citations removed and every regulator called 'the supervisory
    authority' (cheap substring tests first: this runs on every sentence profiled)."""
    low = text.lower()
    out = text
    if "see " in low:
        out = CROSS_REFERENCE.sub("see", out)
    if ('"' in out or "“" in out) and _NUMBERED_TITLE.search(out):
        out = _NUMBERED_TITLE.sub("the section", out)
    if any(w in low for w in _CITATION_WORDS) and _CITATION_HINT.search(out):
        out = CITATION.sub(" ", out)
        out = _EMPTIED_PARENS.sub(lambda m: f"({m.group(1)})" if m.group(1) else "", out)
    if _LAW_WORD.search(out):
        out = LAW_TITLE.sub("the law", out)
    if " law" in low:
        out = _COUNTRY_LAW.sub("law", out)
    if low.startswith(("as ", "pursuant", "in accordance")):
        out = _LAW_LEAD_IN.sub("", out.lstrip())
        out = out[:1].upper() + out[1:]
    if any(w in low for w in _REGULATOR_WORDS) or _REGULATOR_ACRONYM.search(out):
        out = REGULATOR.sub("the supervisory authority", out)
        out = _REPEATED_REGULATOR.sub(r"\1", out)
    return out


_CITATION_WORDS = (
    *("art", "sec", "recital", "regulation", "directive", "civ", "§", ":"),
    *("chapter", "c.f.r", "u.s.c", "cfr"),
)
_REGULATOR_WORDS = (
    "authorit",
    "regulator",
    "commission",
    "ombudsman",
    "persoonsgegevens",
    "datatilsynet",
    "garante",
    "agencia",
)
_REGULATOR_ACRONYM = literals.prefiltered(re.compile(r"\b(?:ICO|CNIL|FDPIC|EDÖB|PFPDT|AEPD|BfDI|DPC|APD|GBA)\b"))

#: The buttons of a cookie-consent banner ("[Accept all] [Reject all]", "[OK]", "Cookie settings").
CONSENT_BUTTONS = re.compile(
    r"(?i)\[\s*(?:accept|reject|allow|deny|decline|refuse|agree|i agree|ok|okay|got it|dismiss|close|manage"
    r"|customi[sz]e|cookie (?:settings|preferences)|settings|preferences)[^\]]{0,20}\]"
)
#: The label of one such button, as a line of its own or in a row of them ("Cookie Settings · Reject All · Accept All").
_BUTTON = (
    r"(?:(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|customi[sz]e|(?:cookie )?(?:settings"
    r"|preferences)|manage (?:cookies|preferences|settings|choices)|save (?:preferences|settings|choices)"
    r"|(?:strictly )?necessary only|got it|ok|okay|i agree|dismiss)"
)
#: the label of one such button, to build other patterns with
BUTTON_LABEL = _BUTTON
BUTTON_LINE = re.compile(rf"(?i)^\W*{_BUTTON}\W*$")
BUTTON_ROW = re.compile(rf"(?i){_BUTTON}\s*[·|•]\s*{_BUTTON}\W*$")
