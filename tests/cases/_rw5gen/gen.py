# ruff: noqa: E501
"""Write tests/cases/rw-5-*: cases for the patterns the second blind real-policy round found (own wording)."""

import json
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent
EN = """Corvina Travel Privacy Policy

Last updated: 2 February 2026

Corvina Travel Ltd ("Corvina", "we") sells train and ferry tickets through its website and app.

## Information we collect

We collect your name, email address, travel dates and payment details when you book. Children under 16 are not allowed to create an account.

## How we share information

When we transfer personal data to other countries, we will ensure that it is protected by standard contractual clauses.

## Security

Corvina takes reasonable measures to protect your information from loss and unauthorised access. This includes encryption of data in transit. No method of storage or transmission is 100% secure, so while we strive to protect your data, we cannot guarantee its absolute security.

## Changes to this policy

How will you know this policy has changed?

We'll notify you by email before we make material changes to this policy.

## More resources

- Booking help
- Refund rules

How do we use your booking history?

We use your booking history to show you your past trips and to process refunds.
"""
ES = """Política de privacidad de Corvina Travel

Última actualización: 2 de febrero de 2026

Corvina Travel Ltd ("Corvina", "nosotros") vende billetes de tren y de ferry a través de su sitio web y su aplicación.

Información que recopilamos

Recopilamos su nombre, su dirección de correo electrónico, las fechas de viaje y los datos de pago cuando usted reserva.

Sus derechos

Puede solicitar el acceso a sus datos o su eliminación. Responderemos a las solicitudes verificadas en un plazo de 30 días naturales.

No vendemos sus datos personales a terceros.
"""


def case(name, material, categories, note, edits, base=EN):
    after = base
    for old, new in edits:
        assert after.count(old) == 1, (name, old)
        after = after.replace(old, new)
    folder = CASES / f"rw-5-{name}"
    folder.mkdir(exist_ok=True)
    (folder / "before.txt").write_text(base, encoding="utf-8")
    (folder / "after.txt").write_text(after, encoding="utf-8")
    label = {"id": folder.name, "seed": "other", "material": material, "categories": categories, "note": note}
    if base is ES:
        label["language"] = "es"
    (folder / "label.json").write_text(json.dumps(label, indent=1) + "\n", encoding="utf-8")


TOP = "Corvina Travel Privacy Policy\n"
case(
    "cookie-banner-buttons",
    False,
    [],
    "a cookie banner with its buttons on lines of their own",
    [
        (
            TOP,
            'Your cookie choices\n\nWe use necessary cookies to run this site and optional cookies to measure visits. You can choose "Customise" to pick which ones we set.\n\nAccept\n\nDecline\n\nCustomise\n\n'
            + TOP,
        ),
    ],
)
case(
    "cookie-banner-row",
    False,
    [],
    "a one-line cookie banner ending in a row of buttons",
    [
        (
            TOP,
            "> We value your privacy. We use cookies to improve your experience and measure our audience. [Cookie Settings](https://corvina.example/cookies) · [Reject All](#) · [Accept All](#)\n\n"
            + TOP,
        ),
    ],
)
case(
    "copyright-footer",
    False,
    [],
    "a copyright footer naming the company and its affiliates",
    [
        ("- Refund rules\n", "- Refund rules\n\n© 2026 Corvina Travel Ltd and its affiliates. All rights reserved.\n"),
    ],
)
case(
    "prose-after-resources",
    True,
    ["data_use"],
    "a new purpose in prose that follows a 'More resources' block",
    [
        (
            "to show you your past trips and to process refunds.",
            "to show you your past trips, to process refunds and to build advertising audiences that we sell to partners.",
        ),
    ],
)
case(
    "notify-let-you-know",
    False,
    [],
    "'we'll notify you before' reworded as 'before ..., we'll let you know'",
    [
        (
            "We'll notify you by email before we make material changes to this policy.",
            "Before we make material changes to this policy, we'll let you know by email.",
        ),
    ],
)
case(
    "notify-before-to-may",
    True,
    ["policy_change"],
    "advance notice of changes becomes optional",
    [
        (
            "We'll notify you by email before we make material changes to this policy.",
            "We may notify you by email when we make material changes to this policy.",
        ),
    ],
)
case(
    "another-country",
    False,
    [],
    "'other countries' reworded as 'another country'",
    [
        (
            "When we transfer personal data to other countries, we will ensure that it is protected",
            "Whenever we transfer personal data to another country, we will make sure it is protected",
        ),
    ],
)
case(
    "children-not-allowed-reword",
    False,
    [],
    "the same age rule in passive voice",
    [
        (
            "Children under 16 are not allowed to create an account.",
            "An account may not be created by children under the age of 16.",
        ),
    ],
)
case(
    "security-paraphrase",
    False,
    [],
    "the security paragraph paraphrased, sentences merged",
    [
        (
            "Corvina takes reasonable measures to protect your information from loss and unauthorised access. This includes encryption of data in transit. No method of storage or transmission is 100% secure, so while we strive to protect your data, we cannot guarantee its absolute security.",
            "Corvina uses reasonable measures, including encryption of data in transit, to protect your information against loss and unauthorised access. Because no method of transmission or storage is completely secure, we cannot guarantee absolute security, although we strive to protect your data.",
        ),
    ],
)
case(
    "es-deadline",
    True,
    ["user_rights"],
    "Spanish policy: answer deadline 30 -> 90 days",
    [
        ("en un plazo de 30 días naturales", "en un plazo de 90 días naturales"),
    ],
    base=ES,
)
case(
    "es-may-sell",
    True,
    ["third_party_sharing"],
    "Spanish policy: 'we do not sell' -> 'we may sell'",
    [
        ("No vendemos sus datos personales a terceros.", "Podemos vender sus datos personales a terceros."),
    ],
    base=ES,
)
case(
    "es-date-typo",
    False,
    [],
    "Spanish policy: new date and a spelling fix",
    [
        ("2 de febrero de 2026", "14 de abril de 2026"),
        ("las fechas de viaje", "las fechas del viaje"),
    ],
    base=ES,
)

MORE = """Pellucid Labs Privacy Notice

## Business transfers

If Pellucid Labs is sold or merged, we will notify you before your personal data is transferred to the buyer.

## Your rights

As a resident of California, you have the right to ask us to delete your personal data and to know what we hold about you.

## Contact

Write to privacy@pellucid.example.
"""
case(
    "notice-after-transfer",
    True,
    ["policy_change", "third_party_sharing"],
    "notice of a transfer moves from before it to after it",
    [
        (
            "we will notify you before your personal data is transferred to the buyer.",
            "we will notify you once your personal data has been transferred to the buyer.",
        )
    ],
    base=MORE,
)
case(
    "rights-for-everyone",
    True,
    ["user_rights"],
    "rights extended from one state's residents to every user",
    [
        (
            "As a resident of California, you have the right to ask us",
            "Wherever you live, you have the right to ask us",
        )
    ],
    base=MORE,
)

OPERATOR = """Quillory Privacy Statement

Brightwell BV (company number 0634.118.207) is a Dutch company that operates the quillory.example website and is called Quillory below.

## Advertising

Approximate geographic locations are used to choose which ads to show you.
"""
case(
    "operator-renamed",
    True,
    ["other"],
    "the company that operates the site (the controller) changes",
    [("Brightwell BV (company number 0634.118.207)", "Harrowgate Media SRL (company number 0791.552.860)")],
    base=OPERATOR,
)
case(
    "precise-geographic-location",
    True,
    ["data_collection"],
    "approximate geographic location becomes precise geographic location",
    [("Approximate geographic locations are used", "Precise geographic locations are used")],
    base=OPERATOR,
)

USES = """Tallowmere Privacy Policy

Shop deals: Save 20% on your first order with code WELCOME.

## How we use information

We use the information we collect:

- to process your orders and deliver them
- to support our local supplier programs and community grants
- to improve the quality and safety of our products and services

## Cookies

It is not uncommon for websites to use cookies to recognise returning visitors. At this time, we do not honor "do no track" signals sent by browsers.
"""
case(
    "uses-swapped",
    False,
    [],
    "two items of a list of uses swap places",
    [
        (
            "- to support our local supplier programs and community grants\n- to improve the quality and safety of our products and services",
            "- to improve the quality and safety of our products and services\n- to support our local supplier programs and community grants",
        )
    ],
    base=USES,
)
case("promo-discount", False, [], "a shop promotion's discount changes", [("Save 20%", "Save 35%")], base=USES)
case(
    "not-uncommon-reword",
    False,
    [],
    "'it is not uncommon for websites to use' reworded as 'many websites use'",
    [("It is not uncommon for websites to use cookies to recognise", "Many websites use cookies to recognise")],
    base=USES,
)
case("dnt-typo", False, [], "'do no track' typo fixed", [('"do no track"', '"do not track"')], base=USES)

KEEP = """Marrowfield Privacy Notice

## How long we keep data

We will only retain your personal data for as long as necessary to fulfil the purposes we collected it for, including to meet legal and accounting requirements. Backups are deleted after 35 days.
"""
case(
    "retention-kept-no-longer",
    False,
    [],
    "'only retain ... for as long as necessary' reworded as 'kept no longer than necessary'",
    [
        (
            "We will only retain your personal data for as long as necessary to fulfil the purposes we collected it for,",
            "Your personal data is kept by us no longer than necessary to fulfil the purposes for which it was collected,",
        )
    ],
    base=KEEP,
)
case(
    "retention-indefinite",
    True,
    ["data_retention"],
    "kept as long as necessary becomes kept indefinitely",
    [
        (
            "for as long as necessary to fulfil the purposes we collected it for",
            "indefinitely, whatever the purposes we collected it for",
        )
    ],
    base=KEEP,
)

NOTICE = """Fernhollow Privacy Policy

Because your privacy matters to us, this policy explains how we collect and share your personal information, so that you can make informed choices about it.

We will retain your personal data for the period necessary to fulfil the purposes in this policy.

Our apps may contain links to third-party websites. We are not responsible for the privacy practices of those third-party websites.
"""
case(
    "informed-decisions",
    False,
    [],
    "'make informed choices' reworded as 'make informed decisions'",
    [("so that you can make informed choices about it.", "so you can make informed decisions about it.")],
    base=NOTICE,
)
case(
    "updated-version-banner",
    False,
    [],
    "a banner announcing an updated version",
    [
        (
            "Fernhollow Privacy Policy\n",
            "Fernhollow Privacy Policy\n\nNotice: An updated version of this Privacy Policy will take effect on 1 March 2027.\n",
        )
    ],
    base=NOTICE,
)
case(
    "period-necessary-reword",
    False,
    [],
    "'for the period necessary' reworded as 'only for as long as necessary'",
    [
        (
            "We will retain your personal data for the period necessary",
            "We keep your personal data only for as long as necessary",
        )
    ],
    base=NOTICE,
)
case(
    "links-operated-by-third-parties",
    False,
    [],
    "'third-party websites' reworded as 'websites operated by third parties'",
    [("may contain links to third-party websites.", "may include links to websites operated by third parties.")],
    base=NOTICE,
)
