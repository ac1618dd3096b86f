"""Terms read in rewritten passages: a tracking technique, a recipient or a recipient's own purpose added is a new
practice (spelt out: "software development kits", "co-sponsors", "for their own marketing"); "operated by us" names
no controller; a live feed beside the policy ("Email | 1 min ago") is furniture. Our own sentences."""

from __future__ import annotations

import pytest
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts

HEAD = '# Who we are\nTallow Books Ltd ("we") runs an online bookshop.\n# What we collect\n'
TAIL = "\n# Contact\nWrite to our support team by post.\n"

AS_LIST = (
    "We also collect data about you when you browse the shop. For example:\n\n"
    "* how you use the shop, such as the books you search for and the pages you view;\n"
    "* your device, such as its model, operating system, language and IP address; and\n"
    "* data from cookies, pixels and other technologies, such as a cookie ID and an advertising ID.\n\n"
    "You can control some cookies in your browser settings.\n"
)
AS_PROSE = (
    "When you browse the shop, we also gather further data about you. Examples include how you use the shop, for "
    "instance the books you search for and the pages you view; your device, for instance its model, operating "
    "system, language and IP address; and data derived from {trackers}, for instance a cookie ID and an advertising "
    "ID. Your browser settings let you control some cookies.\n"
)


def test_a_list_rewritten_as_prose_is_not_material():
    before, after = (
        HEAD + AS_LIST + TAIL,
        HEAD + AS_PROSE.format(trackers="cookies, pixels and other technologies") + TAIL,
    )
    for b, a in ((before, after), (after, before)):
        result = classify_texts(b, a)
        assert not result.material, _why(result)


def test_a_tracking_technique_added_in_the_rewrite_stays_material():
    after = AS_PROSE.format(trackers="cookies, pixels, device fingerprinting and other technologies")
    result = classify_texts(HEAD + AS_LIST + TAIL, HEAD + after + TAIL)
    assert result.material, _why(result)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Our analytics partners receive data about your visits through cookies on our website.",
            "Our analytics partners receive data about your visits through cookies on our website and software "
            "development kits in our apps.",
        ),
        (
            "The webinar host collects your registration details under its own terms.",
            "The webinar host collects your registration details under its own terms and shares them with the "
            "webinar's co-sponsors.",
        ),
        (
            "By business partners we mean companies that run joint marketing programmes with us.",
            "By business partners we mean companies that run joint marketing programmes with us and may use your "
            "information for their own marketing.",
        ),
    ],
)
def test_a_technique_recipient_or_purpose_spelt_out_stays_material(before, after):
    result = classify_texts(HEAD + before + TAIL, HEAD + after + TAIL)
    assert result.material, _why(result)


def test_operated_by_us_names_no_controller():
    before = "Our Content is hosted and operated by us or our service providers in the United States."
    after = "We, or our service providers, host and operate our Content in the United States."
    for b, a in ((before, after), (after, before)):
        result = classify_texts(HEAD + b + TAIL, HEAD + a + TAIL)
        assert not result.material, _why(result)


def test_another_operator_named_stays_material():
    result = classify_texts(
        HEAD + "The shop is operated by Tallow Books Ltd." + TAIL,
        HEAD + "The shop is operated by Quire Retail GmbH." + TAIL,
    )
    assert result.material, _why(result)


def _feed(entries: list[tuple[str, str]]) -> str:
    lines = ["", "[Recent posts](https://example.com/recent)", ""]
    for title, stamp in entries:
        lines += [f"* [{title}](https://example.com/p)", "", f"    {stamp}", ""]
    return "\n".join(lines)


def test_a_live_feed_beside_the_policy_is_furniture():
    before = _feed(
        [
            ("Birthday card ideas", "Text | 6 min ago"),
            ("My reading list", "Text | 17 min ago"),
            ("Untitled", "Text | 27 min ago"),
        ]
    )
    after = _feed(
        [
            ("Free accounts and passwords", "Email | 1 min ago"),
            ("Phone numbers list", "Text | 3 min ago"),
            ("Untitled", "Text | 8 min ago"),
        ]
    )
    for b, a in ((before, after), (after, before)):
        result = classify_texts(HEAD + "We sell nothing." + b + TAIL, HEAD + "We sell nothing." + a + TAIL)
        assert not result.material, _why(result)


def test_a_practice_stated_beside_a_feed_stays_material():
    feed = _feed([("Untitled", "Text | 6 min ago"), ("Notes", "Text | 7 min ago"), ("List", "Text | 9 min ago")])
    result = classify_texts(
        HEAD + "We sell nothing." + feed + TAIL,
        HEAD + "We sell nothing." + feed + "\nWe share your email address with advertisers.\n" + TAIL,
    )
    assert result.material, _why(result)
