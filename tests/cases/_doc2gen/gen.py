"""Build tests/cases/doc2-* (round 4 blind batch) from hand-written base policies and edit lists.

Each base (bases/*) is a policy in the voice of a different industry. NOISE lists same-meaning edits a legal or
web team makes in one go (paragraph rewrites, defined-term renames, questions as headings, lists as prose,
regulator names, legal citations, banners, contact changes); MATERIAL lists single edits that change a practice.
An edit is (old, new): `old` must occur exactly once, unless it starts with "*", which replaces every occurrence
(a consistent rename). Labels follow the contract of issue 3. Run: python tests/cases/_doc2gen/gen.py
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE.parent

NOISE: dict[str, list[tuple[str, str]]] = {
    "skyreward": [
        ("Last updated: 3 February 2025", "Last updated: 14 July 2025"),
        (
            "[Home](https://www.skyreward.example/) | [Programme rules](https://www.skyreward.example/rules) | "
            "[Help](https://www.skyreward.example/help)\n\n",
            "",
        ),
        ("## 1. Information we collect", "## 1. What information do we collect?"),
        ("## 2. How we use your information", "## 2. How do we use your information?"),
        (
            "When you join the Programme we collect your name, date of birth, postal address, email address, mobile "
            "number and preferred language. We also collect your membership number, tier status and points balance.",
            "We collect the following when you join the Programme: your name, date of birth, postal address, email "
            "address, mobile number and preferred language. Your membership number, tier status and points balance "
            "are also recorded.",
        ),
        (
            "including points theft and account takeover;",
            "including points theft, account takeover and the creation of fake accounts;",
        ),
        (
            "the Information Commissioner's Office.",
            "the Information Commissioner's Office (ICO), the UK's data protection regulator.",
        ),
        (
            "We protect your information with encryption in transit and at rest, access controls and regular security "
            "testing. Only staff who need your information to do their jobs can access it.",
            "Only staff who need your information to do their jobs can access it. We protect your information with "
            "encryption in transit and at rest, access controls and regular security testing.",
        ),
        ("dpo@aurora-air.example", "privacy.office@aurora-air.example"),
        ("(see Section 7)", '(see Section 7, "Your rights")'),
        (
            "# SkyReward Loyalty Programme — Privacy Notice\n",
            "# SkyReward Loyalty Programme — Privacy Notice\n\nWe use cookies to make this site work and to "
            "understand how it is used. [Accept all] [Reject all] [Cookie settings]\n",
        ),
        (
            "We keep your membership information for as long as your account is open. If your account has had no "
            "activity for 36 months, we close it and delete your information within 6 months of closure, unless we "
            "need to keep it longer to meet legal obligations.",
            "Your membership information is kept while your account remains open. Accounts with no activity for 36 "
            "months are closed, and the information in them is deleted within 6 months of closure unless a legal "
            "obligation requires us to keep it for longer.",
        ),
        (
            "We share your information with:\n\n- partner airlines and hotel partners when you earn or redeem points "
            "with them, limited to the details needed to credit or redeem the points;\n- service providers who host "
            "our systems, send emails on our behalf and operate our call centre, under contracts that require them to "
            "protect your information and use it only on our instructions;\n- government authorities and border "
            "agencies where the law requires us to disclose passenger data.",
            "When you earn or redeem points with partner airlines and hotel partners, we share with them only the "
            "details needed to credit or redeem the points. Service providers host our systems, send emails on our "
            "behalf and operate our call centre; their contracts require them to protect your information and to use "
            "it only on our instructions. Where the law requires us to disclose passenger data, we share it with "
            "government authorities and border agencies.",
        ),
        ("*Programme", "Scheme"),
    ],
    "pixelquest": [
        ("*Effective: 12 March 2025*", "*Effective: 1 September 2025*"),
        ("## What we collect", "## What data do we collect?"),
        ("## How we use it", "## What do we use your data for?"),
        (
            "Hi! This is the privacy policy for **Pixel Quest**, a mobile game published by Moonbyte Games Oy, "
            'Tallberginkatu 9, 00180 Helsinki, Finland ("Moonbyte", "we"). We wrote it to be readable. If something '
            "is unclear, write to us.",
            "Hello! This privacy policy covers **Pixel Quest**, a mobile game from Moonbyte Games Oy, "
            'Tallberginkatu 9, 00180 Helsinki, Finland ("Moonbyte", "we"). We have tried to keep it readable; '
            "if anything is unclear, please get in touch.",
        ),
        (
            "we look for cheating, bots and abuse of chat.",
            "we look for cheating (for example, modified game clients or speed hacks), bots and abuse of chat.",
        ),
        ("## Kids", "## Children"),
        (
            "- Game data: while your account exists, and 90 days after you delete it (so you can change your mind).\n"
            "- Chat messages: 30 days.\n- Support tickets: 2 years.\n- Device data and logs: 12 months.",
            "We keep game data while your account exists and for 90 days after you delete it, so that you can change "
            "your mind. Chat messages are kept for 30 days, support tickets for 2 years, and device data and logs for "
            "12 months.",
        ),
        (
            "the Finnish Data Protection Ombudsman.",
            "the Office of the Data Protection Ombudsman, Finland's supervisory authority.",
        ),
        ("(performance of a contract)", "(performance of a contract, Art. 6(1)(b) GDPR)"),
        (
            "**Hosting and analytics providers** process",
            "**Hosting and analytics providers** (such as our cloud host and the analytics SDK provider described "
            "above) process",
        ),
        ("privacy@moonbyte.example", "dataprotection@moonbyte.example"),
        ("*rewarded videos", "reward ads"),
        (
            "The provider stores these events for us and cannot use them for its own purposes.",
            "These events are stored by the provider on our behalf; it is not allowed to use them for its own "
            "purposes.",
        ),
        (
            "\n## Contact\n",
            "\n## Contact\n\nNeed help? [Chat with us](https://help.moonbyte.example/chat?utm_source=policy) 💬\n",
        ),
    ],
    "payrolla": [
        ("Version 4.2 - effective 1 April 2025", "Version 4.3 - effective 1 October 2025"),
        ("*Employee Data", "Worker Data"),
        ("3. HOW WE USE INFORMATION", "3. HOW DO WE USE INFORMATION?"),
        (
            "We disclose information where required by law or a court order. Where the law allows, we will notify the "
            "affected customer before disclosing Employee Data.",
            "If a law or court order requires it, we disclose information. Before disclosing Employee Data, we will "
            "notify the affected customer, where the law allows us to do so.",
        ),
        ("(see section 3)", "(see Section 3, How we use information)"),
        ("the Information Commissioner's Office (ICO)", "the UK Information Commissioner"),
        (
            "Payrolla is certified to ISO/IEC 27001. We encrypt all data in transit and at rest, require "
            "multi-factor authentication for staff, and test our systems",
            "We encrypt all data in transit and at rest, and Payrolla is certified to ISO/IEC 27001:2022. We require "
            "multi-factor authentication for staff and test our systems",
        ),
        (
            "We use usage information to monitor performance, investigate incidents and improve the usability of the "
            "application. We analyse it in aggregated form.",
            "Usage information helps us monitor performance, investigate incidents and make the application easier "
            "to use; our analysis of it is done in aggregated form.",
        ),
        ("7 Ledger Lane, Leeds LS1 4AP", "Unit 3, 200 Wellington Street, Leeds LS1 4DL"),
        ("under our Data Processing Addendum", "under our Data Processing Addendum and Article 28 UK GDPR"),
        (
            "Data protection enquiries: privacy@payrolla.example.",
            "Data protection enquiries: privacy@payrolla.example.\n\nCookie notice: this site uses only strictly "
            "necessary cookies. [OK]",
        ),
        (
            "We send product newsletters to customer users who have opted in; every newsletter contains a link to "
            "unsubscribe.",
            "Product newsletters go only to customer users who have opted in, and each one contains an unsubscribe "
            "link.",
        ),
        (
            "2.1 Customer users. We collect the name, work email, job title, company name and phone number of people "
            "who register for the service, together with their login history, settings and the messages they send to "
            "our support team.",
            "2.1 Customer users. When someone registers for the service, we collect their name, work email, job "
            "title, company name and phone number. We also keep their login history and settings, and the messages "
            "they send to our support team.",
        ),
    ],
    "kindred": [
        ("**Last revised: January 20, 2025**", "**Last revised: August 4, 2025**"),
        ("* * *\n\n", ""),
        ("## How we use information", "## How do we use your information?"),
        (
            "You can leave any of these blank. Some of this (like religion) is sensitive, and we only collect it if "
            "you choose to add it.",
            "All of these are optional. Because some of them, such as religion, are sensitive, we collect them only "
            "if you decide to add them.",
        ),
        ("1. show your profile", "- show your profile"),
        ("2. let you message", "- let you message"),
        ("3. keep Kindred safe", "- keep Kindred safe"),
        ("4. provide Kindred Plus", "- provide Kindred Plus"),
        ("5. fix bugs", "- fix bugs"),
        ("6. communicate with", "- communicate with"),
        (
            "to detect fake profiles, scams and harassment,",
            "to detect fake profiles, scams, harassment and underage users,",
        ),
        (
            "limit the use of sensitive personal information.",
            "limit the use of sensitive personal information (Cal. Civ. Code § 1798.121).",
        ),
        ("*privacy@kindred.example", "privacy@kindredapp.example"),
        (
            "# Kindred — Privacy Policy\n",
            "# Kindred — Privacy Policy\n\n> **We've updated our Privacy Policy.** "
            "[See what's new](/privacy/changes)\n",
        ),
        (
            "We use industry-standard security measures, including encryption of data in transit and at rest. "
            "Messages are encrypted in storage.",
            "Messages are encrypted in storage. We use industry-standard security measures, including encryption of "
            "data in transit and at rest.",
        ),
        (
            "Our matching algorithm uses your preferences and activity to rank the profiles we show you. It does not "
            'use your optional sensitive information, such as religion, unless you turn on the "Match on values" '
            "filter.",
            "To rank the profiles you see, our matching algorithm relies on your preferences and activity. Optional "
            'sensitive information such as religion is not used by it unless you switch on the "Match on values" '
            "filter.",
        ),
        (
            "500 Mission Street, San Francisco, CA 94105.\n",
            "500 Mission Street, San Francisco, CA 94105.\n\nRelated articles\n\n- How do I delete my account?\n"
            "- How does photo verification work?\n",
        ),
    ],
    "tunnelguard": [
        ("Last modified: 9 May 2025", "Last modified: 2 October 2025"),
        ("Home > Legal > Privacy Policy\n\n", ""),
        ("\nWas this article helpful? Yes / No\n", "\n"),
        (
            "We do not log your browsing activity, the websites you visit, the content of your traffic, DNS queries, "
            "or the IP address assigned to you by the VPN server.",
            "We do not log your browsing activity: not the websites you visit, not the content of your traffic, not "
            "your DNS queries, and not the IP address the VPN server assigns to you.",
        ),
        ("What we do collect", "What data do we collect?"),
        (
            "We share data only with:\n- payment processors, to process your payments;\n- our email provider, to "
            "send you account emails;\n- our support platform provider, which stores support conversations.",
            "We share data only with payment processors (to process your payments), our email provider (to send you "
            "account emails) and our support platform provider, which stores support conversations.",
        ),
        (
            "the Federal Data Protection and Information Commissioner (FDPIC)",
            "the Swiss Federal Data Protection and Information Commissioner (FDPIC/EDÖB)",
        ),
        (
            "because Swiss accounting law requires it.",
            "because Swiss accounting law requires it (Art. 958f of the Code of Obligations).",
        ),
        (
            "All servers run from RAM only, so no data is written to hard drives. We use AES-256 encryption for VPN "
            "traffic, and our apps include a kill switch",
            "We use AES-256 encryption for VPN traffic. All servers run from RAM only, so no data is written to hard "
            "drives. Our apps include a kill switch",
        ),
        ("prevent fraud such as card testing.", "prevent fraud such as card testing or chargeback abuse."),
        (
            "The counter is deleted when the session ends.",
            "The counter is deleted when the session ends. For example, if you are connected on your phone and your "
            "laptop, the counter shows two sessions.",
        ),
        ("*privacy@tunnelguard.example", "legal@tunnelguard.example"),
        ("How we use data", "How do we use data?"),
    ],
    "voltdrive": [
        ("Version 2025.1.", "Version 2025.2."),
        ("## 2. Why we use it", "## 2. Why do we use your data?"),
        (
            "| Purpose | Data | Legal basis |\n|---|---|---|\n"
            "| Providing connected services (navigation, remote climate, charging) | Vehicle, location, account | "
            "Contract |\n| Emergency call | Location, VIN | Legal obligation |\n| Over-the-air software updates | "
            "Vehicle data | Contract |\n| Improving battery and vehicle quality | Vehicle data (pseudonymised) | "
            "Legitimate interest |\n| Improving voice recognition | Voice transcripts | Legitimate interest |",
            "- Providing connected services (navigation, remote climate, charging): vehicle, location and account "
            "data; legal basis: contract.\n- Emergency call: location and VIN; legal basis: legal obligation.\n"
            "- Over-the-air software updates: vehicle data; legal basis: contract.\n- Improving battery and vehicle "
            "quality: pseudonymised vehicle data; legal basis: legitimate interest.\n- Improving voice recognition: "
            "voice transcripts; legal basis: legitimate interest.",
        ),
        (
            "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
            "the Autoriteit Persoonsgegevens, the Dutch supervisory authority.",
        ),
        ("which is required by EU law.", "which is required by Regulation (EU) 2015/758."),
        (
            "We do not collect data about your driving behaviour, such as speed, acceleration or braking, except in "
            "the few seconds before and after a crash, which the vehicle stores locally in its event data recorder.",
            "Data about how you drive, such as speed, acceleration or braking, is not collected by us. The only "
            "exception is the few seconds before and after a crash, which the vehicle stores locally in its event "
            "data recorder.",
        ),
        (
            "the vehicle remains drivable, but remote features will stop working.",
            "the vehicle remains drivable, but remote features will stop working. For example, you will no longer be "
            "able to pre-heat the cabin from the app.",
        ),
        (
            "that host our back end, run the speech recognition and process payments,",
            "(for example, our cloud hosting provider and our speech recognition provider) that host our back end, "
            "run the speech recognition and process payments,",
        ),
        ("## 1. What data", "## What data"),
        ("### 1.1 Vehicle data", "### Vehicle data"),
        ("### 1.2 Location data", "### Location data"),
        ("### 1.3 Driving data", "### Driving data"),
        ("### 1.4 Voice assistant", "### Voice assistant"),
        ("### 1.5 App and account data", "### App and account data"),
        ("## 3. Who", "## Who"),
        ("## 4. Transfers", "## Transfers"),
        ("## 5. Retention", "## Retention"),
        ("## 6. Security", "## Security"),
        ("## 7. Your rights", "## Your rights"),
        ("## 8. Children", "## Children"),
        ("## 9. Changes", "## Changes"),
        ("## 10. Contact", "## Contact"),
        ("(see Section 7)", '(see "Your rights and choices" below)'),
        ("dpo@voltaro.example", "privacy@voltaro.example"),
    ],
}

# id suffix -> (material edits, categories, note); noise subset is chosen per variant below
MATERIAL: dict[str, list[tuple[str, list[tuple[str, str]], list[str], str]]] = {
    "skyreward": [
        (
            "partner-holidays",
            [
                (
                    "We do not sell your personal information, and we do not share it with third parties for their "
                    "own marketing.",
                    "We may also share your flight history with selected travel partners so they can offer you "
                    "holidays and car hire.\n\nWe do not sell your personal information, and we do not share it with "
                    "third parties for their own marketing.",
                )
            ],
            ["third_party_sharing"],
            "added sentence: flight history shared with travel partners for their offers",
        ),
        (
            "age-13",
            [
                ("You must be 16 or older", "You must be 13 or older"),
                ("account for a child under 16", "account for a child under 13"),
            ],
            ["children"],
            "own-account age 16 -> 13",
        ),
        (
            "unsubscribe-removed",
            [
                (
                    " You can withdraw your consent at any time (see Section 7) by using the unsubscribe link in any "
                    "marketing email or by changing your preferences in the app.",
                    "",
                )
            ],
            ["user_choice"],
            "removed sentence: how to withdraw marketing consent",
        ),
    ],
    "pixelquest": [
        (
            "contextual-dropped",
            [(" These ads are contextual: they are not based on a profile of you.", "")],
            ["data_use", "tracking"],
            "removed sentence: ads not based on a profile",
        ),
        (
            "chat-180-days",
            [("- Chat messages: 30 days.", "- Chat messages: 180 days.")],
            ["data_retention"],
            "chat retention 30 -> 180 days",
        ),
        (
            "sdk-audiences",
            [
                (
                    "The provider stores these events for us and cannot use them for its own purposes.",
                    "The provider stores these events for us and cannot use them for its own purposes. We may also "
                    "share these events with advertising networks to build audiences for our ad campaigns.",
                )
            ],
            ["third_party_sharing", "tracking", "data_use"],
            "appended sentence: events shared with ad networks for audiences",
        ),
        (
            "share-third-parties",
            [
                (
                    "- **Authorities**, when we are legally required to disclose information.",
                    "- **Authorities**, when we are legally required to disclose information.\n\nWe may also share "
                    "your game data with third parties.",
                )
            ],
            ["third_party_sharing"],
            "added sentence: generic sharing with third parties",
        ),
    ],
    "payrolla": [
        (
            "ml-training",
            [
                (
                    "We do not use Employee Data for our own purposes, and we do not use it to train machine learning "
                    "models.",
                    "We do not use Employee Data for our own purposes, and we do not use it to train machine learning "
                    "models. We may, however, use de-identified salary data to train the models behind our pay "
                    "benchmarking feature.",
                )
            ],
            ["data_use"],
            "added sentence: de-identified salary data trains models",
        ),
        (
            "backups-90",
            [("backups are overwritten within a further 35 days", "backups are overwritten within a further 90 days")],
            ["data_retention"],
            "backup retention 35 -> 90 days",
        ),
        (
            "india-support",
            [
                (
                    "All Employee Data is stored in data centres in the United Kingdom.",
                    "All Employee Data is stored in data centres in the United Kingdom. Our support engineers in "
                    "India may access Employee Data remotely to resolve customer issues.",
                )
            ],
            ["international_transfer"],
            "added sentence: remote access from India",
        ),
    ],
    "kindred": [
        (
            "selfie-30-days",
            [("then delete the video within 24 hours", "then delete the video within 30 days")],
            ["data_retention"],
            "verification video retention 24 hours -> 30 days",
        ),
        (
            "ad-partners",
            [
                (
                    "They may only use your information to provide services to us.",
                    "They may only use your information to provide services to us. We also share your device "
                    "identifiers and app activity with advertising partners to measure our marketing campaigns.",
                )
            ],
            ["third_party_sharing", "tracking"],
            "appended sentence: identifiers and activity to advertising partners",
        ),
        (
            "location-history",
            [(" We do not store your location history.", "")],
            ["data_collection"],
            "removed sentence: no location history",
        ),
    ],
    "tunnelguard": [
        (
            "source-ip-7-days",
            [
                (
                    "we do not link any session to your account.",
                    "we do not link any session to your account. We do, however, keep the IP address you connect "
                    "from for 7 days to prevent abuse.",
                )
            ],
            ["data_collection", "data_retention"],
            "added sentence: source IP kept for 7 days",
        ),
        (
            "crash-default",
            [(" Crash reporting is off by default.", "")],
            ["user_choice", "data_collection"],
            "removed sentence: crash reporting off by default",
        ),
        (
            "notice-blog-only",
            [
                (
                    "We will announce changes to this policy on our blog and by email to account holders at least 14 "
                    "days in advance.",
                    "We will announce changes to this policy on our blog.",
                )
            ],
            ["policy_change"],
            "change notice: email and 14 days' advance dropped",
        ),
    ],
    "voltdrive": [
        (
            "insurers-dropped",
            [
                (
                    "\n\nWe do not use your data to sell insurance, and we do not share driving or location data with "
                    "insurers.",
                    "",
                )
            ],
            ["third_party_sharing", "data_use"],
            "removed sentence: no insurance use / no sharing with insurers",
        ),
        (
            "updates-5-years",
            [("security updates for at least 8 years", "security updates for at least 5 years")],
            ["data_security"],
            "security updates 8 -> 5 years",
        ),
        (
            "china-engineering",
            [
                (
                    "All other processing takes place in the EEA.",
                    "All other processing takes place in the EEA. Vehicle data may also be accessed by our engineering "
                    "teams in China for quality analysis.",
                )
            ],
            ["international_transfer"],
            "added sentence: vehicle data accessed from China",
        ),
    ],
}

#: A second, smaller held-out set written after the first fixes and run before the next ones (7 tp, 1 fp, 3 fn, 4 tn
#: when first measured): (name, base, edits, material); each gets the rotating noise window 3.
HELD_OUT = [
    (
        "kindred-m-precise-location",
        "kindred",
        [("We store your approximate location (to about 1 km).", "We store your precise location.")],
        True,
    ),
    (
        "kindred-m-example-new-type",
        "kindred",
        [
            (
                "companies that host our servers, moderate images,",
                "companies (for example, identity verification vendors that check your government ID) that host our "
                "servers, moderate images,",
            )
        ],
        True,
    ),
    (
        "kindred-m-complaint-removed",
        "kindred",
        [("We won't discriminate against you for exercising your rights.", "")],
        True,
    ),
    (
        "kindred-nm-example-known",
        "kindred",
        [
            (
                "**Push notifications**: you can turn them off in the app settings.",
                "**Push notifications**: you can turn them off in the app settings. For example, you can switch off "
                "match notifications but keep message notifications.",
            )
        ],
        False,
    ),
    (
        "payrolla-m-rename-plus-sale",
        "payrolla",
        [
            (
                "4.4 No sale. We do not sell personal information and we do not share it for advertising.",
                "4.4 Sale. We may sell aggregated personal information to market research firms.",
            )
        ],
        True,
    ),
    (
        "payrolla-nm-para-rewrite",
        "payrolla",
        [
            (
                "We keep Employee Data for as long as the customer's contract is in force.",
                "Employee Data is kept for the duration of the customer's contract.",
            )
        ],
        False,
    ),
    (
        "tunnelguard-m-not-swiss",
        "tunnelguard",
        [
            (
                "We answer only legally binding orders from Swiss courts.",
                "We answer legally binding orders from courts and authorities in any country.",
            )
        ],
        True,
    ),
    (
        "tunnelguard-m-audit-dropped",
        "tunnelguard",
        [
            (
                "Our no-logs policy and server infrastructure are audited by an independent auditing firm once a "
                "year. ",
                "",
            )
        ],
        True,
    ),
    (
        "tunnelguard-nm-reorder",
        "tunnelguard",
        [
            (
                "We use account and payment data to provide the service, process payments and prevent fraud such as "
                "card testing. We use the connection counter only to enforce the connection limit.",
                "We use the connection counter only to enforce the connection limit. We use account and payment data "
                "to provide the service, process payments and prevent fraud such as card testing.",
            )
        ],
        False,
    ),
    (
        "voltdrive-m-driving-collected",
        "voltdrive",
        [
            (
                "We do not collect data about your driving behaviour, such as speed, acceleration or braking, except "
                "in the few seconds",
                "We collect data about your driving behaviour, such as speed, acceleration and braking, including in "
                "the few seconds",
            )
        ],
        True,
    ),
    (
        "voltdrive-m-ecall-30",
        "voltdrive",
        [("eCall data: deleted after 13 days", "eCall data: deleted after 30 days")],
        True,
    ),
    (
        "skyreward-m-transfer-any",
        "skyreward",
        [
            (
                "we use the International Data Transfer Agreement or another safeguard approved by UK law.",
                "we use the International Data Transfer Agreement or another safeguard approved by UK law. We may "
                "also transfer your information to partner airlines in any country where they operate.",
            )
        ],
        True,
    ),
    (
        "skyreward-nm-regulator-only",
        "skyreward",
        [("the Information Commissioner's Office.", "the ICO (the UK supervisory authority for data protection).")],
        False,
    ),
    (
        "pixelquest-m-precise-location",
        "pixelquest",
        [
            (
                "We don't ask for your real name, your contacts or your precise location.",
                "We don't ask for your real name or your contacts.",
            )
        ],
        True,
    ),
    (
        "pixelquest-nm-example",
        "pixelquest",
        [
            (
                "To answer your support requests.",
                "To answer your support requests (for example, when you have lost your progress or a purchase did "
                "not arrive).",
            )
        ],
        False,
    ),
]
HELD_OUT_CATEGORIES = {
    "kindred-m-precise-location": ["data_collection"],
    "kindred-m-example-new-type": ["third_party_sharing", "data_collection"],
    "kindred-m-complaint-removed": ["user_rights"],
    "payrolla-m-rename-plus-sale": ["third_party_sharing"],
    "tunnelguard-m-not-swiss": ["third_party_sharing", "international_transfer"],
    "tunnelguard-m-audit-dropped": ["data_security"],
    "voltdrive-m-driving-collected": ["data_collection"],
    "voltdrive-m-ecall-30": ["data_retention"],
    "skyreward-m-transfer-any": ["international_transfer", "third_party_sharing"],
    "pixelquest-m-precise-location": ["data_collection"],
}

#: not-material variants: (suffix, which noise edits, note)
NM_VARIANTS = [("all-edits", "all"), ("legal-review", "even"), ("web-refresh", "odd")]


def _apply(text: str, edits: list[tuple[str, str]], where: str) -> str:
    # consistent renames ("*old") last, so that other edits can quote the old wording
    for old, new in sorted(edits, key=lambda e: e[0].startswith("*")):
        if old.startswith("*"):
            assert old[1:] in text, (where, old)
            text = text.replace(old[1:], new)
            continue
        count = text.count(old)
        assert count == 1, (where, old[:60], count)
        text = text.replace(old, new)
    return text


def _subset(edits: list, which: str | int) -> list:
    if which == "all":
        return list(edits)
    if which == "even":
        return edits[0::2]
    if which == "odd":
        return edits[1::2]
    # material variants: a rotating window of about two thirds of the noise edits
    n = len(edits)
    keep = max(5, (2 * n) // 3)
    start = (int(which) * 5) % n
    idx = sorted((start + i) % n for i in range(keep))
    return [edits[i] for i in idx]


def _write(name: str, before: str, after: str, label: dict) -> None:
    d = CASES / name
    d.mkdir(exist_ok=True)
    (d / "before.txt").write_text(before, encoding="utf-8")
    (d / "after.txt").write_text(after, encoding="utf-8")
    (d / "label.json").write_text(json.dumps(label, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for old in CASES.glob("doc2-*"):
        shutil.rmtree(old)
    for base_path in sorted((HERE / "bases").iterdir()):
        base = base_path.stem
        before = base_path.read_text(encoding="utf-8")
        noise = NOISE[base]
        for suffix, which in NM_VARIANTS:
            edits = _subset(noise, which)
            name = f"doc2-{base}-nm-{suffix}"
            after = _apply(before, edits, name)
            label = {"id": name, "seed": base, "material": False, "categories": [], "noise_edits": len(edits)}
            label["note"] = "same-meaning edits only"
            _write(name, before, after, label)
        for i, (suffix, medits, cats, note) in enumerate(MATERIAL[base]):
            name = f"doc2-{base}-m-{suffix}"
            after = _apply(before, medits, name)
            edits = [e for e in _subset(noise, i + 1) if e[0].lstrip("*") in after]
            after = _apply(after, edits, name)
            label = {"id": name, "seed": base, "material": True, "categories": cats, "note": note}
            label["noise_edits"] = len(edits)
            _write(name, before, after, label)
    for suffix, base, medits, material in HELD_OUT:
        before = next((HERE / "bases").glob(base + ".*")).read_text(encoding="utf-8")
        name = f"doc2-h-{suffix}"
        after = _apply(before, medits, name)
        edits = [e for e in _subset(NOISE[base], 3) if e[0].lstrip("*") in after]
        after = _apply(after, edits, name)
        cats = HELD_OUT_CATEGORIES.get(suffix, [])
        label = {"id": name, "seed": base, "material": material, "categories": cats, "noise_edits": len(edits)}
        label["note"] = "held-out probe: " + "; ".join(f"{a[:40]!r} -> {b[:40]!r}" for a, b in medits)
        _write(name, before, after, label)


if __name__ == "__main__":
    main()
