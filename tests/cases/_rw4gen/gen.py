# ruff: noqa: E501
"""Write tests/cases/rw-4-*: cases for the patterns a blind real-policy round found (own wording)."""

import json
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent
BASE = """# Lumenfield Privacy Notice

Last updated: 9 June 2025

Lumenfield Media Inc. ("Lumenfield", "we") publishes cooking videos and recipes at lumenfield.example.

## 1. What we collect

When you create an account we collect your name, email address and the recipes you save. When you watch videos we collect your device type, IP address and the videos you played.

## 2. Cookies

A cookie is a small file stored on your device. We recommend that you keep cookies enabled because cookies allow you to stay signed in and keep your saved recipes.

## 3. Sharing

We share information with hosting and email providers who process it on our behalf. It is possible that we will need to disclose information when a court orders us to do so.

## 4. Retention

We generally retain your account information as long as you keep your account open, and delete it within 30 days after you close it.

## 5. Security

We encrypt data in transit with TLS. We continuously monitor our networks for intrusion attempts and unusual activity. No system is perfectly secure.

## 6. Your choices

You can unsubscribe from our emails at any time with the link in each email.

## 7. Contact

You can write to our privacy team by post.
"""


def case(name: str, material: bool, categories: list[str], note: str, edits: list[tuple[str, str]]) -> None:
    after = BASE
    for old, new in edits:
        assert after.count(old) == 1, (name, old)
        after = after.replace(old, new)
    folder = CASES / f"rw-4-{name}"
    folder.mkdir(exist_ok=True)
    (folder / "before.txt").write_text(BASE, encoding="utf-8")
    (folder / "after.txt").write_text(after, encoding="utf-8")
    label = {"id": folder.name, "seed": "other", "material": material, "categories": categories, "note": note}
    (folder / "label.json").write_text(json.dumps(label, indent=1) + "\n", encoding="utf-8")


END = "You can write to our privacy team by post.\n"
case(
    "promo-digest",
    False,
    [],
    "a newsletter call to action appended",
    [
        (
            END,
            END
            + "\n**Get the Sunday Supper digest** - new dishes every week, straight to your inbox.\n\n[Subscribe](https://lumenfield.example/digest)\n",
        ),
    ],
)
case(
    "help-chat-widget",
    False,
    [],
    "a support chat widget captured with the page",
    [
        (END, END + "\nTalk to our help team - replies usually within a day.\n"),
    ],
)
case(
    "new-report-banner",
    False,
    [],
    "a product announcement banner at the top",
    [
        (
            "Last updated: 9 June 2025\n",
            "Last updated: 9 June 2025\n\nNew: the Lumenfield Flavour Report 2026 is out - explore what home cooks will make next year.\n",
        ),
    ],
)
case(
    "related-help-block",
    False,
    [],
    "a related-help-articles block with action-like titles",
    [
        (
            END,
            END
            + "\nRelated help articles\n\n* [Export your saved recipes](https://help.lumenfield.example/export)\n* [Change email preferences](https://help.lumenfield.example/email)\n* [Delete your profile](https://help.lumenfield.example/delete)\n",
        ),
    ],
)
case(
    "cookies-let-you",
    False,
    [],
    "'allow you to' reworded as 'let you'",
    [
        (
            "We recommend that you keep cookies enabled because cookies allow you to stay signed in",
            "We recommend keeping cookies enabled, because they let you stay signed in",
        ),
    ],
)
case(
    "possible-will-may",
    False,
    [],
    "'it is possible that we will' reworded as 'we may'",
    [
        (
            "It is possible that we will need to disclose information when a court orders us to do so.",
            "We may need to disclose information when a court orders us to do so.",
        ),
    ],
)
case(
    "retention-keep-reword",
    False,
    [],
    "retention sentence reworded with 'keep'",
    [
        (
            "We generally retain your account information as long as you keep your account open, and",
            "As a general rule, we keep your account information for as long as your account stays open, and",
        ),
    ],
)
case(
    "postal-address-added",
    False,
    ["contact"],
    "a postal address added to the contact sentence",
    [
        (
            "You can write to our privacy team by post.",
            "You can write to our privacy team by post at Lumenfield Media Inc., Attn: Privacy, 400 Harbor Street, Portland, OR 97204, USA.",
        ),
    ],
)
case(
    "intrusion-monitoring-dropped",
    True,
    ["data_security"],
    "continuous network monitoring no longer promised",
    [
        (" We continuously monitor our networks for intrusion attempts and unusual activity.", ""),
    ],
)
case(
    "vulnerability-scans-added",
    True,
    ["data_security"],
    "a new security commitment (quarterly vulnerability scans)",
    [
        (
            "We encrypt data in transit with TLS.",
            "We encrypt data in transit with TLS and run vulnerability scans of our systems every quarter.",
        ),
    ],
)
