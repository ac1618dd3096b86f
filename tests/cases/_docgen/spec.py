# ruff: noqa: E501, RUF005
"""Edit lists for the whole-document corpus (see gen.py). Material edits are labelled by the issue-3 contract."""

from __future__ import annotations

from gen import fx, g, move, r

SPECS: list[dict] = []

# ------------------------------------------------------------------ chirply (social app, Markdown)
CH = [
    r("Last updated: March 3, 2024", "Last updated: September 18, 2024"),
    g("personal information", "personal data"),
    r(
        "When you create an account, we collect your name, username, email address, phone number and date of birth.",
        "We collect your name, username, email address, phone number and date of birth when you create an account.",
    ),
    r(
        "We automatically collect information about how you use the Services, such as",
        "Information about how you use the Services is collected automatically, such as",
    ),
    r(
        "We use the information we collect to:\n\n- provide, maintain and improve the Services;\n- personalize your feed "
        "and recommend accounts you may want to follow;\n- send you service messages, such as security alerts and account "
        "notices;\n",
        "We use the information we collect to provide, maintain and improve the Services, to personalize your feed and "
        "recommend accounts you may want to follow, and to send you service messages, such as security alerts and account "
        "notices. We also use it to:\n\n",
    ),
    r(
        "When you delete your account, we delete your profile and posts within 30 days.",
        "If you do, we will delete your profile and your posts. This happens within 30 days.",
    ),
    g("How We Share Information", "Sharing of Information"),
    r(
        "cloud hosting, customer support and payment processing providers.",
        "cloud hosting, customer support and payment processing providers. For example, a cloud hosting provider stores "
        "the photos you upload on our behalf.",
    ),
    move("## International Transfers", "## Children"),
    r("We protect your information with encryption", "Chirply protects your information with encryption"),
    r(
        "Chirply is not intended for children under 13.",
        "The Services are not directed to children under the age of 13.",
    ),
    r("500 Market Street, San Francisco, CA 94105", "1 Embarcadero Center, Suite 800, San Francisco, CA 94111"),
    r(
        "Depending on where you live, you may have the right to",
        "Depending on your location, you might have the right to",
    ),
    r(
        "Other users may give us information about you, for example when they mention you in a post or upload their "
        "contacts.",
        "We may also get information about you from other users. For instance, they may mention you in a post, or "
        "upload their contacts.",
    ),
    r("## Your Choices and Rights", "## Your Rights and Choices"),
    r(
        "We share aggregated or de-identified information with advertisers to help them understand how their ads "
        "perform. This information does not identify you.",
        "To help advertisers understand how their ads perform, we share with them information that is aggregated or "
        "de-identified, which does not identify you.",
    ),
]
CH_TOC = r(
    "## Table of Contents\n\n- [Information We Collect](#information-we-collect)\n- [How We Use Information]"
    "(#how-we-use-information)\n- [How We Share Information](#how-we-share-information)\n- [Your Choices and "
    "Rights](#your-choices-and-rights)\n- [Retention](#retention)\n- [Children](#children)\n- [Changes to this "
    "Policy](#changes)\n- [Contact Us](#contact-us)\n\n",
    "",
)
CH2 = [CH_TOC] + [e for e in CH if e[0] != "g"] + [fx("widget"), fx("zw")]
SPECS.append(
    {
        "seed": "other",
        "file": "chirply.md",
        "pairs": [
            ("chirply-nm-legal-rewrite", "other", [CH_TOC] + CH, [], [], "16 rewordings, TOC removed, section moved"),
            (
                "chirply-nm-help-centre-crawl",
                "other",
                CH2[:9] + CH2[-2:],
                [],
                [],
                "help widget, zero-width, rewordings",
            ),
            (
                "chirply-m-precise-location",
                "other",
                [CH_TOC] + CH,
                [
                    r(
                        "We do not collect your precise location.",
                        "If you turn on location services, we also collect your precise location from your device's GPS.",
                    )
                ],
                ["data_collection"],
                "precise location now collected",
            ),
            (
                "chirply-m-log-retention",
                "other",
                CH2,
                [r("is kept for 90 days", "is kept for 18 months")],
                ["data_retention"],
                "log retention 90 days -> 18 months",
            ),
            (
                "chirply-m-ai-training",
                "other",
                CH[6:],
                [
                    r(
                        "- measure the performance of ads and features;",
                        "- measure the performance of ads and features;\n- train our artificial intelligence models, including "
                        "generative AI features;",
                    )
                ],
                ["data_use"],
                "AI training purpose",
            ),
            (
                "chirply-m-notice-by-posting",
                "other",
                CH[:10],
                [
                    r(
                        "we will notify you by email and in the app before the changes take effect.",
                        "we will post the updated policy on this page.",
                    )
                ],
                ["policy_change"],
                "notice by email -> posting",
            ),
            (
                "chirply-m-dm-ads",
                "other",
                CH,
                [r("\n\nWe do not use the content of your direct messages to show you ads.", "")],
                ["data_use"],
                "DM-content ads promise dropped",
            ),
        ],
    }
)

# ------------------------------------------------------------------ tradewell (marketplace, Markdown numbered)
TW = [
    r("**Effective date: 12 January 2024**", "**Effective date: 3 June 2024**"),
    g("personal data", "personal information"),
    r("## 1. Personal", "## 1 Personal"),
    g("### 1.1 Data you provide", "### Information you give us"),
    g("### 1.2 Data we collect automatically", "### Information we collect automatically"),
    g("### 1.3 Data from third parties", "### Information from third parties"),
    r(
        "1. create and manage your account;\n2. enable you to buy and sell items and to process payments;\n3. arrange "
        "delivery of items;",
        "- create and manage your account;\n- enable you to buy and sell items and to process payments;\n- arrange "
        "delivery of items;",
    ),
    r(
        "4. provide customer support and resolve disputes between buyers and sellers;",
        "- provide customer support, and help resolve disputes between buyers and sellers;",
    ),
    r(
        "5. prevent fraud and keep the marketplace safe;\n6. send you marketing emails, if you have agreed to receive "
        "them;\n7. improve our services and develop new features.",
        "- prevent fraud and keep the marketplace safe;\n- send you marketing emails, if you have agreed to receive "
        "them;\n- improve our services and develop new features.",
    ),
    r("We never sell your personal", "Tradewell never sells your personal"),
    r(
        "We use TLS encryption for all data in transit, and we store passwords using strong one-way hashing.",
        "All data in transit is protected with TLS encryption. Passwords are stored using strong one-way hashing.",
    ),
    r(
        "Tradewell Marketplace Ltd, 14 Canal Street, Manchester M1 3HE, United Kingdom.",
        "Tradewell Marketplace Ltd, Floor 5, 1 Spinningfields, Manchester M3 3AP, United Kingdom.",
    ),
    r("**Cookies:** see section 6.", "**Cookies:** see the Cookies section below."),
    move("## 6. Cookies", "## 2. How we use"),
    r("Welcome to Tradewell. ", ""),
    r(
        "You also have the right to complain to the Information Commissioner's Office (ICO).",
        "If you are not satisfied with our response, you can complain to the Information Commissioner's Office (ICO), "
        "the UK data protection regulator.",
    ),
    r("## 3. Who we share", "## 3. Who do we share"),
]
SPECS.append(
    {
        "seed": "other",
        "file": "tradewell.md",
        "pairs": [
            (
                "tradewell-nm-renumbered-restructure",
                "other",
                TW,
                [],
                [],
                "numbering dropped, lists, moved cookies section",
            ),
            (
                "tradewell-nm-light",
                "other",
                TW[:2] + TW[9:13] + [fx("nbsp"), fx("quotes")],
                [],
                [],
                "terminology, voice",
            ),
            (
                "tradewell-m-new-recipient",
                "other",
                TW,
                [
                    r(
                        "- **fraud-prevention agencies**, to prevent and detect fraud;",
                        "- **fraud-prevention agencies**, to prevent and detect fraud;\n- **advertising partners**, to measure and "
                        "personalise our ads;",
                    )
                ],
                ["third_party_sharing"],
                "advertising partners added to recipient list",
            ),
            (
                "tradewell-m-only-dropped",
                "other",
                TW[:2] + TW[9:],
                [r("We share your personal information only with:", "We share your personal information with:")],
                ["third_party_sharing"],
                "exhaustive list 'only' dropped",
            ),
            (
                "tradewell-m-messages-retention",
                "other",
                TW[2:],
                [r("deleted 2 years after the conversation ends", "deleted 5 years after the conversation ends")],
                ["data_retention"],
                "messages retention 2 -> 5 years",
            ),
            (
                "tradewell-m-portability-dropped",
                "other",
                TW[:8],
                [r("- receive your data in a portable format;\n", "")],
                ["user_rights"],
                "portability right dropped",
            ),
        ],
    }
)

# ------------------------------------------------------------------ northbridge (bank, plain text)
NB_HEADS = [
    "Who we are",
    "What information we collect",
    "How we use your information",
    "Who we share your information with",
    "How long we keep your information",
    "Keeping your information secure",
    "Your rights",
    "Transfers outside the UK",
    "Children",
    "Changes to this notice",
    "Contact us",
]
NB = [
    r("Version 4.2 - effective 1 February 2024", "Version 4.3 - effective 1 August 2024"),
    g("personal information", "personal data"),
    r("  * Identity information:", "  - Identity information:"),
    r("  * Contact information:", "  - Contact information:"),
    r(
        "We use your personal data to open and run your accounts, to process payments, to assess applications for "
        "credit, to prevent and detect fraud and money laundering, to meet our legal and regulatory obligations, and to "
        "improve our products and services.",
        "We use your personal data to:\n  * open and run your accounts;\n  * process payments;\n  * assess applications "
        "for credit;\n  * prevent and detect fraud and money laundering;\n  * meet our legal and regulatory obligations; "
        "and\n  * improve our products and services.",
    ),
    r(
        "We use automated decision-making when you apply for a credit card or a loan. Our systems assess your "
        "application using your credit information and the information you give us.",
        "When you apply for a credit card or a loan, your application is assessed by our systems using automated "
        "decision-making, based on your credit information and the information you give us.",
    ),
    r("Keeping your information secure", "How we protect your information"),
    r(
        "Our staff receive data protection training every year.",
        "Every year, our staff receive training on data protection.",
    ),
    r(
        "Data Protection Officer, Northbridge Bank plc, PO Box 100, Leeds LS1 9ZZ.",
        "Data Protection Officer, Northbridge Bank plc, PO Box 2500, Leeds LS1 8XX.",
    ),
    r(
        "You can make a request by calling 0800 123 4567 or by writing to us.",
        "To make a request, call 0800 123 4567 or write to us.",
    ),
    r(
        "If you are unhappy with how we have handled your information, you can complain to the Information "
        "Commissioner's Office.",
        "You can complain to the Information Commissioner's Office (ico.org.uk) if you are unhappy with how we have "
        "handled your information.",
    ),
    move("Transfers outside the UK", "Your rights"),
    r(
        "We do not collect biometric information. You can log in to the mobile app with your fingerprint, but your "
        "fingerprint stays on your device and we never receive it.",
        "We do not collect biometric information: although you can log in to the mobile app with your fingerprint, it "
        "stays on your device and is never received by us.",
    ),
    r("NORTHBRIDGE BANK\n", "Northbridge Bank\n"),
]
SPECS.append(
    {
        "seed": "other",
        "file": "northbridge.txt",
        "heads": NB_HEADS,
        "pairs": [
            ("northbridge-nm-annual-review", "other", NB, [], [], "list<->prose, voice, moved section"),
            ("northbridge-nm-light", "other", NB[:4] + NB[6:9] + [fx("crlf")], [], [], "terminology, glyphs, CRLF"),
            (
                "northbridge-m-share-marketing",
                "other",
                NB,
                [
                    r(
                        "We do not share your personal data with other companies for their own marketing.",
                        "We may share your personal data with carefully selected partners for their own marketing, if you agree.",
                    )
                ],
                ["third_party_sharing"],
                "sharing for partners' marketing",
            ),
            (
                "northbridge-m-transfers",
                "other",
                NB[:6],
                [
                    r(
                        "We do not transfer your personal data outside the UK and the European Economic Area.",
                        "Some of our service providers are in India and the United States, and we transfer your personal data to "
                        "them using contracts approved by the ICO.",
                    )
                ],
                ["international_transfer"],
                "new transfers outside UK/EEA",
            ),
            (
                "northbridge-m-call-recording-retention",
                "other",
                NB[1:],
                [r("Call recordings are kept for 5 years.", "Call recordings are kept for 10 years.")],
                ["data_retention"],
                "call recordings 5 -> 10 years",
            ),
        ],
    }
)

# ------------------------------------------------------------------ mednow (telehealth, Markdown)
MN = [
    r("*Last revised: April 8, 2024*", "*Last revised: October 2, 2024*"),
    r(
        "[Notice of Privacy Practices](https://mednow.example/npp)",
        "[Notice of Privacy Practices](https://mednow.example/legal/notice-of-privacy-practices)",
    ),
    r("**Account information.** Your name,", "**Account information:** your name,"),
    r("**Health information.** Your symptoms,", "**Health information:** your symptoms,"),
    r(
        "- To connect you with a licensed clinician and provide care.",
        "- To connect you with a licensed clinician who "
        "can provide care (for example, a board-certified physician or nurse practitioner).",
    ),
    r(
        "- To send appointment reminders by text message and email.",
        "- To send appointment reminders by email and SMS.",
    ),
    r("## Who we share it with", "## Sharing your information"),
    r("## How long we keep it", "## Data retention"),
    r("## How we protect it", "## Security"),
    r("We encrypt your information in transit and at rest.", "Your information is encrypted in transit and at rest."),
    r("We log and review access to medical records.", "Access to medical records is logged and reviewed."),
    r(
        "MedNow Health, LLC — Privacy Office, 200 Congress Ave, Austin, TX 78701 — privacy@mednow.example",
        "MedNow Health, LLC\n\nAttn: Privacy Office\n\n401 Congress Ave, Suite 1500, Austin, TX 78701\n\n"
        "privacy@mednow.example",
    ),
    r(
        "We do not sell your personal information or your health information.",
        "MedNow does not sell your personal information. MedNow does not sell your health information either.",
    ),
    move("## Where we process data", "## Your rights"),
    r("You must be 18 or older to create an account.", "To create an account, you must be at least 18 years old."),
]
SPECS.append(
    {
        "seed": "other",
        "file": "mednow.md",
        "pairs": [
            (
                "mednow-nm-restyle",
                "other",
                MN,
                [],
                [],
                "headings renamed, voice, split sentence, example added, address",
            ),
            (
                "mednow-nm-banner",
                "other",
                MN[:8] + [fx("banner"), fx("track")],
                [],
                [],
                "upcoming-version banner, tracking",
            ),
            (
                "mednow-m-ad-pixels",
                "other",
                MN,
                [
                    r(
                        "We configure these tools so that they do not receive health information.",
                        "These tools may receive information about the pages you visit, including pages about conditions and "
                        "treatments.",
                    )
                ],
                ["third_party_sharing", "tracking"],
                "analytics may now receive health page views",
            ),
            (
                "mednow-m-record-video",
                "other",
                MN[4:],
                [
                    r(
                        "We do not record video visits.",
                        "We record video visits and keep the recordings in your medical record.",
                    )
                ],
                ["data_collection"],
                "video visits now recorded",
            ),
            (
                "mednow-m-notice-14-days",
                "other",
                MN[:12],
                [r("at least 14 days before the change takes effect.", "when the change takes effect.")],
                ["policy_change"],
                "advance notice dropped",
            ),
        ],
    }
)

# ------------------------------------------------------------------ brightbuds (kids learning, Markdown)
BB = [
    r("Updated: 2 September 2023", "Updated: 14 May 2024"),
    g("personal data", "personal information"),
    r(
        "BrightBuds is a learning app for children aged 4 to 10, made by",
        "BrightBuds, a learning app for children aged 4 to 10, is made by",
    ),
    r(
        "We designed BrightBuds to collect as little information about children as possible.",
        "BrightBuds was designed to collect as little information about children as possible (data minimisation).",
    ),
    r("## Information about parents", "## What we collect from parents"),
    r("## Information about children", "## What we collect about children"),
    r(
        "A child profile contains a first name or nickname, an age band (4-6, 7-8 or 9-10) and an avatar chosen from our "
        "library.",
        "Each child profile contains:\n\n- a first name or nickname;\n- an age band (4-6, 7-8 or 9-10);\n- an avatar "
        "chosen from our library.",
    ),
    r(
        "Children cannot chat with other users, and there are no ads in BrightBuds.",
        "There are no ads in BrightBuds. Children cannot chat with other users.",
    ),
    r("All data is encrypted in transit and at rest.", "We encrypt all data in transit and at rest."),
    r(
        "BrightBuds Learning GmbH, Torstraße 12, 10119 Berlin. Data protection officer: Dr. Anna Keller, "
        "dpo@brightbuds.de",
        "BrightBuds Learning GmbH, Torstraße 12, 10119 Berlin. Data protection officer: Jonas Weber, dpo@brightbuds.de",
    ),
    move("## Consent", "## What we collect about children"),
    r("## Parents' rights", "## Your rights as a parent"),
]
SPECS.append(
    {
        "seed": "other",
        "file": "brightbuds.md",
        "pairs": [
            ("brightbuds-nm-restructure", "other", BB, [], [], "list conversion, moved consent section, DPO change"),
            ("brightbuds-nm-light", "other", BB[:4] + BB[7:10] + [fx("widget")], [], [], "rewording, widget"),
            (
                "brightbuds-m-voice-upload",
                "other",
                BB,
                [
                    r(
                        "The recording is processed on the device to check pronunciation and is not sent to our servers.",
                        "The recording is sent to our speech recognition provider to check pronunciation.",
                    )
                ],
                ["data_collection", "third_party_sharing"],
                "voice recordings leave the device",
            ),
            (
                "brightbuds-m-inactive-36",
                "other",
                BB[:8],
                [r("If an account is inactive for 12 months", "If an account is inactive for 36 months")],
                ["data_retention"],
                "inactivity deletion 12 -> 36 months",
            ),
            (
                "brightbuds-m-age-range",
                "other",
                BB[2:],
                [r("children aged 4 to 10, is made by", "children aged 4 to 13, is made by")],
                ["children"],
                "audience age widened to 13",
            ),
        ],
    }
)

# ------------------------------------------------------------------ ledgerly (B2B SaaS, plain text numbered)
LG = [
    r("Last Updated: 15 November 2023", "Last Updated: 1 July 2024"),
    r("1. Roles", "1. Our role"),
    r("2. Personal data we process", "2. What personal data we process"),
    r(
        "Billing data: billing address, VAT number and payment method. Card payments are handled by Adyen; we do not "
        "store card numbers.",
        "Billing data: billing address, VAT number and payment method. Card payments are handled by Adyen. Ledgerly does "
        "not store card numbers.",
    ),
    r(
        "We process account, billing and usage data to provide the Platform and to bill you (performance of a contract).",
        "To provide the Platform and to bill you, we process account, billing and usage data. The legal basis is the "
        "performance of a contract.",
    ),
    r(
        "You can unsubscribe at any time using the link in each email.",
        'You can unsubscribe at any time by clicking the "unsubscribe" link at the bottom of each email.',
    ),
    r(
        "A current list is available at ledgerly.io/subprocessors.",
        "A current list is available at https://ledgerly.io/legal/subprocessors.",
    ),
    r(
        "Ledgerly B.V., Keizersgracht 100, 1015 AA Amsterdam, the Netherlands.",
        "Ledgerly B.V., Herengracht 420, 1017 BZ Amsterdam, the Netherlands.",
    ),
    move("9. Cookies", "5. Retention"),
    r("9. Cookies", "Cookies"),
    r("Ledgerly is ISO 27001 certified.", "Ledgerly holds ISO/IEC 27001 certification."),
    r(
        "You may lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
        "You also have the right to lodge a complaint with the Dutch Data Protection Authority (Autoriteit "
        "Persoonsgegevens).",
    ),
    g("Customer Data", "Customer Content"),
]
LG_HEADS = [
    "1. Roles",
    "2. Personal data we process",
    "3. Purposes and legal bases",
    "4. Sub-processors and recipients",
    "5. Retention",
    "6. Security",
    "7. International transfers",
    "8. Your rights",
    "9. Cookies",
    "10. Changes",
    "11. Contact",
]
SPECS.append(
    {
        "seed": "other",
        "file": "ledgerly.txt",
        "heads": LG_HEADS,
        "pairs": [
            ("ledgerly-nm-terminology", "other", LG, [], [], "Customer Data -> Customer Content, moved cookies, voice"),
            ("ledgerly-nm-light", "other", LG[:8], [], [], "headings, split sentences, link"),
            (
                "ledgerly-m-ai-training",
                "other",
                LG,
                [
                    r(
                        "We do not use Customer Content to train machine learning models.",
                        "We may use de-identified Customer Content to train and improve our machine learning models.",
                    )
                ],
                ["data_use"],
                "AI training on customer content",
            ),
            (
                "ledgerly-m-breach-72h",
                "other",
                LG[:8],
                [r("within 48 hours", "within 72 hours")],
                ["data_security"],
                "breach notice 48 -> 72 hours",
            ),
            (
                "ledgerly-m-subprocessor-notice",
                "other",
                LG[3:],
                [
                    r(
                        "We will notify customers at least 30 days before adding a new sub-processor, and customers may object.",
                        "We will update this list when we add a new sub-processor.",
                    )
                ],
                ["third_party_sharing", "user_rights"],
                "advance notice and objection right for new sub-processors dropped",
            ),
        ],
    }
)

# ------------------------------------------------------------------ hearthly (smart home, Markdown)
HL = [
    r("Effective: June 1, 2024", "Effective: November 12, 2024"),
    r("### Account information", "### Your account"),
    r(
        "We use your home address to provide local weather and energy-saving features.",
        "Your home address is used to provide local weather and energy-saving features (for example, pre-cooling your "
        "home before a heat wave).",
    ),
    r("- **Thermostat data:**", "- **Thermostat data** -"),
    r("- **Plug data:**", "- **Plug data** -"),
    r(
        "We use information to:\n\n- operate your devices and let you control them remotely;\n- create automatic schedules "
        "that save energy;\n- send you alerts, such as motion alerts and low-temperature warnings;\n- provide energy "
        "reports;\n- troubleshoot problems and improve our products.",
        "We use information to operate your devices and let you control them remotely, to create automatic schedules "
        "that save energy, to send you alerts (such as motion alerts and low-temperature warnings), to provide energy "
        "reports, and to troubleshoot problems and improve our products.",
    ),
    r(
        "Hearthly employees do not view your camera recordings unless you give us permission when you ask for support.",
        "Unless you give us permission when you ask for support, Hearthly employees do not view your camera "
        "recordings.",
    ),
    r("## Sharing information", "## How we share information"),
    r("Device communications are encrypted.", "All communications between your devices and our cloud are encrypted."),
    r(
        "77 Innovation Way, Boulder, CO 80301, USA. privacy@hearthly.com",
        "77 Innovation Way, Suite 300, Boulder, CO 80301, USA. Email: privacy@hearthly.com. Phone: 1-877-555-0100.",
    ),
    move("## Your choices", "## Retention"),
    g("we do not", "we don't"),
]
SPECS.append(
    {
        "seed": "other",
        "file": "hearthly.md",
        "pairs": [
            ("hearthly-nm-rewrite", "other", HL, [], [], "list->prose, voice, contractions, moved choices, new phone"),
            ("hearthly-nm-crawl-noise", "other", HL[:5] + [fx("track"), fx("zw"), fx("widget")], [], [], "crawl noise"),
            (
                "hearthly-m-facial-recognition",
                "other",
                HL,
                [
                    r(
                        "We do not use facial recognition.",
                        "With Familiar Faces, the camera uses facial recognition to tell you who is at the door.",
                    )
                ],
                ["data_collection"],
                "facial recognition introduced",
            ),
            (
                "hearthly-m-utility-default",
                "other",
                HL[:6],
                [
                    r(
                        "- **Energy partners**, only if you enroll in a demand-response program, in which case we share your "
                        "thermostat data with your utility company;",
                        "- **Energy partners**, such as your utility company, which receive your thermostat data to offer energy "
                        "programs;",
                    )
                ],
                ["third_party_sharing"],
                "utility sharing no longer conditional on enrolment",
            ),
            (
                "hearthly-m-government-notice",
                "other",
                HL[6:],
                [r(" We will notify you of a government request for your data unless the law prohibits it.", "")],
                ["third_party_sharing"],
                "promise to notify of government requests dropped",
            ),
            (
                "hearthly-m-security-updates",
                "other",
                HL,
                [r("for at least 5 years after we stop selling it", "for at least 2 years after we stop selling it")],
                ["data_security"],
                "security update support 5 -> 2 years",
            ),
        ],
    }
)

# ------------------------------------------------------------------ meridian (news site, Markdown)
MR = [
    r("Last updated: January 22, 2024", "Last updated: July 9, 2024"),
    r("**When you register or subscribe:** name,", "**Registration and subscriptions.** Your name,"),
    r("**When you comment:** your display name", "**Comments.** Your display name"),
    r("## How we use it", "## How we use your information"),
    r(
        "- recommend articles you may like;",
        "- recommend articles you may like (for example, more coverage of a topic you follow);",
    ),
    r(
        "We work with advertising partners who place cookies on our site to show you ads and measure their "
        "effectiveness.",
        "Advertising partners place cookies on our site. They use them to show you ads and to measure how effective "
        "those ads are.",
    ),
    r(
        'through the "Privacy Choices" link in the footer of every page',
        "through the [Privacy Choices](https://dailymeridian.com/privacy-choices) link at the bottom of every page",
    ),
    r(
        "You can submit a request through our online form or by calling 1-888-555-0199.",
        "To submit a request, use our [online form](https://dailymeridian.com/privacy-request) or call 1-888-555-0199.",
    ),
    r(
        "Meridian Media Group, Inc., 1 Press Plaza, New York, NY 10001.",
        "Meridian Media Group, Inc., 250 West 55th Street, New York, NY 10019.",
    ),
    move("## Security", "## Retention"),
    g("personal information", "personal data"),
    r(
        "We will not discriminate against you for exercising your rights.",
        "Exercising your rights will not lead to discrimination against you.",
    ),
]
SPECS.append(
    {
        "seed": "other",
        "file": "meridian.md",
        "pairs": [
            ("meridian-nm-refresh", "other", MR, [], [], "heading, links, voice, examples, address"),
            ("meridian-nm-light", "other", MR[:6] + [fx("banner")], [], [], "banner and rewording"),
            (
                "meridian-m-gpc-dropped",
                "other",
                MR,
                [
                    r(
                        " We honor Global Privacy Control signals as an opt-out of the sale or sharing of personal data.",
                        "",
                    )
                ],
                ["user_choice", "tracking"],
                "GPC honouring dropped",
            ),
            (
                "meridian-m-sell-emails",
                "other",
                MR[:9],
                [
                    r(
                        "We do not sell the email addresses of our subscribers.",
                        "We may share hashed email addresses of our subscribers with advertising partners.",
                    )
                ],
                ["third_party_sharing"],
                "subscriber emails shared",
            ),
            (
                "meridian-m-reading-history-retention",
                "other",
                MR,
                [
                    r(
                        "Reading history is kept for 24 months.",
                        "Reading history is kept for as long as your account is active.",
                    )
                ],
                ["data_retention"],
                "reading history retention unbounded",
            ),
            (
                "meridian-m-children-13",
                "other",
                MR[3:],
                [
                    r(
                        "not directed to children under 16, and we do not knowingly sell the personal data of consumers under 16.",
                        "not directed to children under 13, and we do not knowingly sell the personal data of consumers under 13.",
                    )
                ],
                ["children"],
                "age threshold 16 -> 13",
            ),
        ],
    }
)

# ------------------------------------------------------------------ seeds
AC = [
    r("# Privacy & Cookie Policy", "# Privacy and Cookie Policy\n\nLast updated: 4 March 2024"),
    r("[www.allocloud.com/gdpr](http://www.allocloud.com/gdpr)", "[our GDPR page](https://www.allocloud.com/en/gdpr)"),
    r("### **Data Subject**", "### Data Subject"),
    r("### **User**", "### User"),
    r(
        "- Email address\n- First name and last name\n- Phone number",
        "- First name and last name\n- Email address\n- Phone number",
    ),
    r(
        "We use cookies and similar tracking technologies to track the activity on our Service and hold certain "
        "information.",
        "Cookies and similar tracking technologies are used to track the activity on our Service and to hold certain "
        "information.",
    ),
    r(
        "ALLOcloud uses the collected data for various purposes:",
        "We use the data we collect for the following purposes:",
    ),
    r(
        "The security of your data is important to us, but remember that",
        "Your data's security is important to us. Please remember, however, that",
    ),
    r("## Legal Requirements", "### Legal Requirements"),
    r("## Links to Other Sites", "## Links to Third-Party Sites"),
    move("## Links to Third-Party Sites", "## Service Providers"),
    r(
        "Cookies are small pieces of data stored on a User's device.",
        "Cookies are small pieces of data (text files) stored on a User's device, such as a computer or phone.",
    ),
]
SPECS.append(
    {
        "seed": "allocloud",
        "file": "allocloud.md",
        "pairs": [
            (
                "allocloud-nm-cleanup",
                "allocloud",
                AC,
                [],
                [],
                "headings, reordered list, voice, moved section, example",
            ),
            (
                "allocloud-m-sell-data",
                "allocloud",
                AC,
                [
                    r(
                        "These third parties have access to your Personal Data only to perform these tasks on our behalf and are "
                        "obligated not to disclose or use it for any other purpose.",
                        "These third parties have access to your Personal Data to perform these tasks on our behalf and may also use "
                        "it for their own purposes.",
                    )
                ],
                ["third_party_sharing"],
                "service providers may use data for own purposes",
            ),
            (
                "allocloud-m-dpf",
                "allocloud",
                AC[:6],
                [
                    r(
                        "Your consent to this Privacy Policy followed by your submission of such information represents your "
                        "agreement to that transfer.",
                        "Your consent to this Privacy Policy followed by your submission of such information represents your "
                        "agreement to that transfer. For transfers to the United States, we rely on the EU-U.S. Data Privacy "
                        "Framework.",
                    )
                ],
                ["international_transfer"],
                "new DPF transfer basis",
            ),
        ],
    }
)

AS = [
    r("logo\n\nPrivacy Policy\n", "Privacy Policy\n\nLast updated: 12 February 2024\n"),
    g("  • ", "  - "),
    r(
        "If you visit our website, we may collect, use, store and transfer different kinds of personal data about you "
        "which we have grouped together follows:",
        "If you visit our website, we may collect, use, store and transfer different kinds of personal data about you, "
        "which we have grouped together as follows:",
    ),
    r(
        "please contact the DPO by emailing dpo@altostack.io.",
        "please contact the DPO by emailing privacy@altostack.io.",
    ),
    r(
        "You have the right to make a complaint at any time to the Information Commissioner’s Office (ICO), the UK "
        "supervisory authority for data protection issues.",
        "You have the right to make a complaint at any time to the Information Commissioner’s Office (ICO), which is the "
        "UK supervisory authority for data protection issues (www.ico.org.uk).",
    ),
    r(
        "We do not control these third-party websites and are not responsible for their privacy statements.",
        "These third-party websites are not controlled by us, and we are not responsible for their privacy statements.",
    ),
    r(
        "Where we need to collect personal data, for example to send you newsletters or information about our services "
        "and you fail to provide that data when requested, we may not be able to do what you have requested from us.",
        "Where we need to collect personal data (for example, to send you newsletters or information about our "
        "services) and you fail to provide it when requested, we may not be able to do what you have asked us to do.",
    ),
    r("Data retention\n\nHow long will you use my personal data for?", "Data retention"),
]
SPECS.append(
    {
        "seed": "altostack",
        "file": "altostack.txt",
        "pairs": [
            ("altostack-nm-tidy", "altostack", AS, [], [], "glyphs, grammar, heading merged, DPO email"),
            (
                "altostack-m-third-party-marketing",
                "altostack",
                AS,
                [
                    r(
                        "We will always inform you before we share your personal data with any company outside AltoStack for "
                        "marketing purposes.",
                        "We may share your personal data with companies outside AltoStack for their marketing purposes.",
                    )
                ],
                ["third_party_sharing"],
                "third-party marketing sharing without notice",
            ),
            (
                "altostack-m-new-source",
                "altostack",
                AS[1:],
                [
                    r(
                        "  - Identity and Contact Data from publicly available sources such as LinkedIn",
                        "  - Identity and Contact Data from publicly available sources such as LinkedIn\n  - Contact Data and Technical "
                        "Data from data brokers such as ZoomInfo",
                    )
                ],
                ["data_collection"],
                "data brokers as new source",
            ),
        ],
    }
)

SC = [
    r("1. Definition of Personal Information", "1. What is Personal Information?"),
    r("3. When We Collect Personal Information", "3. When Do We Collect Personal Information"),
    r(
        "- Visiting our Site, application or browsing our online content\n- Requesting a demo, consultation, or trial of "
        "our products or services",
        "- Requesting a demo, consultation, or trial of our products or services\n- Visiting our Site, application or "
        "browsing our online content",
    ),
    r(
        "- Technical Information: IP address, MAC address, browser type, device type, and operating system",
        "- Technical Information: IP address, MAC address, browser type, device type and operating system",
    ),
    r(
        "For more information on GPC, visit www.globalprivacycontrol.org.",
        "For more information on GPC, visit https://globalprivacycontrol.org/.",
    ),
    r(
        "We encourage parents and guardians to monitor their children's online activities and educate them on "
        "responsible data sharing.",
        "Parents and guardians are encouraged to monitor their children's online activities and to educate them on "
        "responsible data sharing.",
    ),
    g("support@aloportal.com", "privacy@aloscale.com"),
    r(
        "Even after opting out, you may still receive service-related communications regarding transactions, security "
        "updates, or product changes.",
        "Even after opting out, you may still receive service-related communications (for example, about transactions, "
        "security updates, or product changes).",
    ),
    r("12. Children and Minors", "13. Children and Minors"),
    r("13. Updates to this Privacy Policy", "14. Updates to this Privacy Policy"),
    r("14. How We Protect Your Personal Information", "15. How We Protect Your Personal Information"),
]
SPECS.append(
    {
        "seed": "aloscale",
        "file": "aloscale.txt",
        "pairs": [
            ("aloscale-nm-renumber-contact", "aloscale", SC, [], [], "renumbering, contact email, reordering, voice"),
            (
                "aloscale-m-sell-minors",
                "aloscale",
                SC,
                [r("- We do not sell or share the personal information of individuals under 16 years of age\n", "")],
                ["children", "third_party_sharing"],
                "minors sale promise dropped",
            ),
            (
                "aloscale-m-deletion-days",
                "aloscale",
                SC[:6],
                [
                    r(
                        "We aim to process deletion requests within 30 days of receiving a verified request.",
                        "We aim to process deletion requests within 60 days of receiving a verified request.",
                    )
                ],
                ["user_rights", "data_retention"],
                "deletion 30 -> 60 days",
            ),
        ],
    }
)

AP = [
    r(
        "Log Information: We collect information about your use of our websites, such as",
        "Log Information: We collect information about how you use our websites, such as",
    ),
    r(
        "We only collect personal information as required to meet the purposes that we have identified.",
        "We collect personal information only as required to meet the purposes we have identified.",
    ),
    r(
        "Respond to your comments, questions and requests and provide customer service;",
        "Respond to your comments, questions and requests, and provide customer service;",
    ),
    r("Monitor and analyze trends, usage and activities;", "Monitor and analyse trends, usage and activities;"),
    r(
        "External Links\nOur website contains links to third party web sites.",
        "External Links\nOur website contains links to third-party websites.",
    ),
]
SPECS.append(
    {
        "seed": "alopal",
        "file": "alopal.txt",
        "pairs": [
            ("alopal-nm-copyedit", "alopal", AP + [fx("zw")], [], [], "copy edits, zero-width"),
            (
                "alopal-m-video-recorded",
                "alopal",
                AP,
                [r("The sessions are NEVER video recorded.", "Sessions may be video recorded for quality purposes.")],
                ["data_collection"],
                "sessions recorded",
            ),
        ],
    }
)

ALS = [
    r("ISO 9001:2015 Certified\n", ""),
    r("Your privacy is ALSOFT’s topmost priority.", "Your privacy is ALSOFT's top priority."),
    r(
        "We prefer maintaining a transparent relationship with our customers.",
        "We prefer to maintain a transparent relationship with our customers.",
    ),
    r("Please report it by emailing support@alsoft.org.", "Please report it by emailing privacy@alsoft.org."),
    r(
        "However, sending and receiving information over the internet is not completely secure in any situation.",
        "However, no method of sending and receiving information over the internet is completely secure.",
    ),
]
SPECS.append(
    {
        "seed": "alsoft",
        "file": "alsoft.txt",
        "pairs": [
            ("alsoft-nm-copyedit", "alsoft", ALS, [], [], "copy edits, contact email"),
            (
                "alsoft-m-dnt",
                "alsoft",
                ALS,
                [
                    r(
                        "However, we do not recognize or respond to browser-initiated DNT signals",
                        "We recognize and respond to browser-initiated DNT signals",
                    )
                ],
                ["tracking", "user_choice"],
                "DNT now honoured (improvement)",
            ),
        ],
    }
)
