"""Classifier: statements added or removed in real pairs of versions that no label covers (bench/gap_pairs.py),
whose facts still stand in the other version, and numbered sub-section titles closed by a full stop. Each family
with look-alikes that must stay material. The policies are made up for these tests."""

from __future__ import annotations

from monitor.classify.engine import classify_texts
from monitor.classify.layout import _form_heading
from monitor.domain.values import ChangeVerdict

BASE = (
    "# How we handle your data\n\n"
    "We collect your name and your e-mail address when you open an account.\n\n"
    "We keep your order history for six years to meet our tax duties.\n\n"
    "You can ask us to delete your account at any time by writing to our help desk.\n\n"
    "We share your delivery address with the courier that brings your parcel.\n"
)

#: practices a rewrite adds, each new to BASE: more than the reading bound of a dozen (together._NEW_STATEMENTS_ENOUGH)
NEW_PRACTICES = [
    "We share your order history with our insurance partner.",
    "We use your purchase history to show you targeted advertising.",
    "We disclose your name and e-mail address to our affiliates for their own marketing.",
    "We sell your e-mail address to data brokers in other countries.",
    "We share your browsing history with social media companies.",
    "We collect your fingerprint when you unlock the app.",
    "We read the precise location of your phone to show nearby pick-up points.",
    "We record your voice when you call our support line.",
    "We share your purchase history with advertising networks.",
    "We use your browsing history to build a profile of your interests.",
    "We scan a photo of your identity card to verify your age.",
    "We send your phone number to a fraud-scoring agency.",
    "We keep your chat messages with sellers for ten years.",
    "We use your contacts to suggest friends who also use the app.",
    "We collect your heart rate from a linked fitness watch.",
    "We disclose your payment card details to our lending partner.",
    "We train our recommendation models on the reviews you write.",
    "We match your e-mail address with lists held by social networks.",
    "We collect the serial number of your television set.",
    "We share the list of apps on your phone with analytics companies.",
]


def _verdicts(old: str, new: str) -> tuple[ChangeVerdict, ...]:
    return classify_texts(old, new).changes


def _verdict_of(old: str, new: str, words: str) -> ChangeVerdict:
    found = [v for v in _verdicts(old, new) if words in (v.after or v.before or "")]
    assert found, f"no change holds {words!r}"
    return found[0]


def _rewrite(*tail: str) -> str:
    return BASE + "\n# New in this version\n\n" + "\n\n".join([*NEW_PRACTICES, *tail]) + "\n"


def test_a_restatement_among_the_first_dozen_new_statements_is_read_as_one():
    # a rewrite's restatement of what the old version said of deletion, read while fewer than a dozen stand
    restated = "At any time, you may ask our help desk to delete your account."
    new = BASE + "\n# New in this version\n\n" + "\n\n".join([*NEW_PRACTICES[:5], restated]) + "\n"
    verdict = _verdict_of(BASE, new, "our help desk to delete")
    assert not verdict.material
    assert verdict.rule == "stated-elsewhere"
    assert classify_texts(BASE, new).material


def test_past_a_dozen_new_statements_the_rest_keep_their_verdicts():
    # the reading is bounded (time on a rewrite or a wrong page): past a dozen new statements the pair is material
    # whatever the rest say, and a restatement after them keeps the verdict it was given alone
    restated = "At any time, you may ask our help desk to delete your account."
    verdict = _verdict_of(BASE, _rewrite(restated), "our help desk to delete")
    assert verdict.material and verdict.rule != "stated-elsewhere"
    assert _verdict_of(BASE, _rewrite(restated), "heart rate").material
    assert classify_texts(BASE, _rewrite(restated)).material


def test_a_new_practice_after_a_dozen_new_statements_stays_material():
    # look-alikes: same place, but the practice is new (a sale; a longer retention than the old version set)
    sold = "We sell your order history to data brokers."
    assert _verdict_of(BASE, _rewrite(sold), "data brokers").material
    longer = "We keep your order history for twenty years."
    assert _verdict_of(BASE, _rewrite(longer), "twenty years").material


def test_a_restatement_removed_among_a_few_removals_is_read_as_one():
    old = (
        BASE
        + "\n# Old section\n\n"
        + "\n\n".join([*NEW_PRACTICES[:4], "You may ask our help desk at any time to delete your account."])
        + "\n"
    )
    verdict = _verdict_of(old, BASE, "our help desk at any time to delete")
    assert not verdict.material
    # a removal whose practice the new version no longer states stays material, wherever it stands
    dropped = _rewrite("We never share your e-mail address with advertisers.")
    assert _verdict_of(dropped, BASE, "never share your e-mail").material


#: canonical text, as the classifier reads it: the bold of the lettered titles is gone
SECTIONED = (
    "# What we collect\n\n"
    "Below is what we collect.\n\n"
    "(a) Contact details.\n\n"
    "- When you sign up we collect your name and your postal address to deliver your orders.\n\n"
    "(b) Device data.\n\n"
    "- We collect your device model and browser version to fix display problems.\n"
)


def test_a_numbered_title_closed_by_a_full_stop_is_a_heading():
    lines = [
        "We do not collect your precise location.",
        "(c) Email address.",
        "- Depending on where you live, we may share your email address with our mailing provider.",
    ]
    assert _form_heading(lines, 1)
    # the title dropped over the same body (the sub-sections merged): no change of practice
    dropped = SECTIONED.replace("(b) Device data.\n\n", "")
    assert not classify_texts(SECTIONED, dropped).material
    assert not classify_texts(dropped, SECTIONED).material


def test_numbered_short_items_and_numbered_sentences_are_no_titles():
    # a list of numbered data types: each item is a data type, not a title
    items = ["(a) Name.", "(b) Email address.", "(c) Phone number."]
    assert not _form_heading(items, 1)
    # an item right after a list's introduction
    assert not _form_heading(["We collect:", "(b) Health records.", "- We use them to book your visits."], 1)
    # a numbered line that speaks is a statement
    assert not _form_heading(["Intro line.", "(b) We sell data.", "- The buyers are listed in our notice."], 1)
    # look-alikes that stay material: a data type added to a numbered list, a body added under a new title
    old = "# What we collect\n\nWe collect the following:\n\n(a) Name.\n\n(b) Email address.\n"
    assert classify_texts(old, old + "\n(c) Health records.\n").material
    body = "- We collect your precise location from your phone's GPS to suggest nearby stores.\n"
    assert classify_texts(SECTIONED, SECTIONED + "\n(c) Location data.\n\n" + body).material
