"""Two false readings found on real pairs of versions of services outside ../shared/real-cases (session 17's probe),
in our own words, with material look-alikes:

- a capitalised common noun the policy defines as its own term ('all of our websites and apps (the "Properties")')
  is no party: the policy renaming its term ("the Acme Properties" -> "the Acme Services") names nobody new and
  drops nobody;
- the number of a law, a year and a serial ("Regulation (EU) 2016/679", "Law No. 13.709/2018") is no telephone
  number: citing the law, or no longer citing it, changes no way of exercising a right;
- "consenting" is consent ("you are consenting to" = "you consent to");
- "third-party providers" and "third-party vendors" are service providers ("collected by vendors"), and "other
  parties" are third parties;
- a product's qualifier dropped before its name ("a Promoted Pin" -> "a Pin") names nobody new and drops nobody;
- radio and positioning techniques ("Wi-Fi", "WLAN", "Bluetooth") are no parties.
"""

from __future__ import annotations

import pytest

from monitor.classify import lexicon as lx
from monitor.classify.engine import classify_texts


def _not_material_either_way(old: str, new: str) -> None:
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


TERMS = """# Privacy policy

This policy covers all of our websites and apps ({definition}).

We collect your name and email address when you register for the {term}, and use them to run your account.

The {term} are intended only for adults, eighteen years of age and older.

By using the {term}, you are transmitting information to us in the United States.

We share your email address with our payment processor to take payments.

## Contact

Write to privacy@example.org.
"""

OLD_TERMS = TERMS.format(definition='"Properties" or "Acme Properties"', term="Acme Properties")
NEW_TERMS = TERMS.format(definition="the “Services” or “Acme Services”", term="Acme Services")


def test_a_defined_term_renamed_throughout_names_no_party():
    _not_material_either_way(OLD_TERMS, NEW_TERMS)


@pytest.mark.parametrize(
    "old, new",
    [
        # a party named where the term stood, not a defined term
        (
            "We share your email address with our payment processor to take payments.",
            "We share your email address with Brightwave Payments to take payments.",
        ),
        # a party defined by a shorter name of its own is still a party
        (
            "We share your email address with our payment processor to take payments.",
            'We share your email address with Brightwave Analytics Ltd ("Brightwave") to take payments.',
        ),
    ],
)
def test_a_party_named_beside_the_defined_term_stays_material(old, new):
    assert classify_texts(OLD_TERMS, OLD_TERMS.replace(old, new)).material


RIGHTS = """# Privacy policy

We collect your name and email address when you register, and use them to run your account.

## Your rights

You can ask for a copy of your data or its deletion by writing to privacy@example.org{law}.
"""


@pytest.mark.parametrize(
    "law",
    [
        ", as the General Data Protection Regulation (EU) 2016/679 provides",
        ", as Brazil's Law No. 13.709/2018 provides",
        ", as Law no. 2004-801 provides",
    ],
)
def test_citing_a_law_by_its_number_changes_no_channel(law):
    _not_material_either_way(RIGHTS.format(law=""), RIGHTS.format(law=law))


def test_a_right_dropped_beside_the_law_s_number_stays_material():
    law = ", as Brazil's Law No. 13.709/2018 provides"
    dropped = RIGHTS.format(law=law).replace("a copy of your data or its deletion", "a copy of your data")
    assert classify_texts(RIGHTS.format(law=""), dropped).material


def test_no_before_a_number_is_no_negation():
    old = RIGHTS.format(law="")
    assert not classify_texts(old, old.replace("by writing to", "under Law No. 5, by writing to")).material
    assert classify_texts(old, old.replace("You can ask", "You can no longer ask")).material


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Regulation (EU) 2016/679", False),
        ("Law No. 13.709/2018", False),
        ("Decree 2019-536", False),
        ("call 0211/1234567", True),
        ("call 555-2016", True),
        ("call +1 (800) 555-0134", True),
        ("updated 10/15/2020", False),
    ],
)
def test_law_numbers_and_dates_are_no_telephone_numbers(text, phone):
    assert bool(lx.PHONE.search(text)) is phone


SHARING = """# Privacy policy

When you use the app, you are consenting to the collection and use of your information as this policy describes.

Some information we receive may be collected by third-party providers on our behalf.

We tell advertisers how many people who saw a Sponsored Post went on to visit their site. We do not sell your data.

Our app works with other services, such as Chatter, Photoframe and Beamline, which have policies of their own.

We find your approximate location through GPS, Wi-Fi or your mobile network.

We show you personalised ads based on information we collect from you and third parties.
"""


@pytest.mark.parametrize(
    "old, new",
    [
        ("you are consenting to the collection", "you also consent to the collection"),
        ("collected by third-party providers on our behalf", "collected by vendors on our behalf"),
        ("collected by third-party providers on our behalf", "collected by third-party vendors on our behalf"),
        ("who saw a Sponsored Post went", "who saw a Post went"),
        ("through GPS, Wi-Fi or", "through GPS, WLAN or"),
        ("from you and third parties.", "from you and other parties."),
    ],
)
def test_the_same_thing_said_another_way_is_not_material(old, new):
    assert old in SHARING
    _not_material_either_way(SHARING, SHARING.replace(old, new))


@pytest.mark.parametrize(
    "old, new",
    [
        ("collected by third-party providers on our behalf", "collected by third parties and advertisers"),
        ("We tell advertisers how many people", "We tell advertisers and Brightwave how many people"),
        ("We do not sell your data.", "We do not sell your data without your consent."),
        ("through GPS, Wi-Fi or your mobile network.", "through GPS, Wi-Fi or your mobile network, and Brightwave."),
    ],
)
def test_their_look_alikes_stay_material(old, new):
    assert old in SHARING
    assert classify_texts(SHARING, SHARING.replace(old, new)).material


HELP_PAGE = """# Privacy policy

We collect your name and email address when you sign up, and use them to run your account.

We share your email address with our payment processor to take payments.

## Contact

Please write to us with any questions about this notice or our disclosure practices.

Was this article helpful? 310 out of 402 found this helpful

*   Share
*   Print

Have more questions? Submit a request 0 Comments Article is closed for comments. Related articles

{items}

Powered by a help desk
"""


def _help_page(*items: str) -> str:
    return HELP_PAGE.format(items="\n".join(f"* {item}" for item in items))


def test_related_articles_run_into_the_line_before_them_are_page_furniture():
    old = _help_page("General Terms of Use", "How do I cancel my membership?", "Uploader Agreement", "Help")
    new = _help_page(
        "General Terms of Use", "How do I cancel my membership?", "Accessibility Policy", "Takedown notification policy"
    )
    _not_material_either_way(old, new)


def test_prose_after_the_related_articles_is_read_again():
    old = _help_page("General Terms of Use")
    new = old.replace(
        "Powered by a help desk",
        "We also sell your email address and your purchase history to advertising partners in other countries.",
    )
    assert classify_texts(old, new).material


FRENCH = """# Politique de confidentialité

Nous collectons votre nom, votre adresse e-mail et votre historique de commandes lorsque vous achetez chez nous.

Nous utilisons et divulguons ces données pour accomplir les finalités décrites ci-dessous, et nous les conservons
pendant trois ans après votre dernière commande.

Nous ne vendons pas vos données à caractère personnel à des tiers. Vous pouvez nous demander de supprimer vos données
en écrivant à notre délégué à la protection des données.
"""


def test_data_called_information_in_another_language_is_a_rewording():
    new = FRENCH.replace("divulguons ces données", "divulguons ces informations")
    _not_material_either_way(FRENCH, new)


def test_a_practice_dropped_beside_it_stays_material():
    new = FRENCH.replace("Nous utilisons et divulguons ces données", "Nous utilisons ces informations")
    assert classify_texts(FRENCH, new).material


@pytest.mark.parametrize(
    "line",
    [
        "If you're outside the UK, please contact our Data Protection Officer at dpo@example.org.",
        "Users based in Canada can write to our representative at rep@example.org.",
    ],
)
def test_where_the_reader_is_told_whom_to_contact_is_no_transfer(line):
    new = OLD_TERMS.replace("## Contact\n", f"## Contact\n\n{line}\n")
    _not_material_either_way(OLD_TERMS, new)


@pytest.mark.parametrize(
    "line",
    [
        "If you live outside the UK, your data is stored on our servers in the United States.",
        "If you are based in Canada, we transfer your order history to our office in India.",
    ],
)
def test_a_transfer_for_readers_elsewhere_stays_material(line):
    new = OLD_TERMS.replace("## Contact\n", f"{line}\n\n## Contact\n")
    assert classify_texts(OLD_TERMS, new).material


POLICY = """# Privacy policy

Acme Ltd ("Acme", "we") runs the Acme app.

## What we collect

We collect your name, email address and payment details when you create an account.

## Sharing

We share your data with service providers that host our servers. We do not sell your personal data.

## Retention

We keep your account data until you close your account.

## Your rights

You can access, correct or delete your data by writing to privacy@acme.example.
"""


def test_the_controller_s_registration_details_are_no_other_controller():
    new = POLICY.replace(
        'Acme Ltd ("Acme", "we") runs',
        "Acme Ltd, a company registered in Ireland under number 123456 with its registered office at 1 Harbour"
        ' Road, Dublin ("Acme", "we"), runs',
    )
    _not_material_either_way(POLICY, new)


def test_another_controller_stays_material():
    old = POLICY.replace('("Acme", "we") runs the Acme app.', '("Acme", "we") is the controller of the Acme app.')
    new = old.replace("Acme Ltd (", "Brightwave Holdings Ltd, registered in Ireland under number 654321 (")
    assert classify_texts(old, new).material


def test_a_table_of_contents_on_one_line_is_page_furniture():
    new = POLICY.replace(
        "## What we collect", "Contents: What we collect · Sharing · Retention · Your rights\n\n## What we collect"
    )
    _not_material_either_way(POLICY, new)


def test_a_list_of_data_on_one_line_is_read():
    new = POLICY.replace(
        "## What we collect\n", "## What we collect\n\nWe also collect: Health records · Precise location · Contacts\n"
    )
    assert classify_texts(POLICY, new).material


def test_a_sign_up_form_with_its_only_field_run_into_the_prompt_is_page_furniture():
    form = "## Stay in touch\n\nSign up for news and offers. Your email address\n\nSign up\n"
    _not_material_either_way(POLICY, POLICY + "\n" + form)


def test_a_sentence_about_the_data_before_a_sign_up_button_is_read():
    form = (
        "## Stay in touch\n\nSign up for offers. We share your email address with our advertising partners.\n\n"
        "Sign up\n"
    )
    assert classify_texts(POLICY, POLICY + "\n" + form).material


CONTROLLER = """# Privacy policy

Acme Example Ltd ("Acme", "we") is the controller of your personal data.

We collect your name and email address when you sign up. Our parent, Brightwave Holdings, audits our security.

## Contact

Write to privacy@acme.example.
"""


def test_another_company_defined_as_we_is_another_controller_even_when_named_elsewhere():
    new = CONTROLLER.replace('Acme Example Ltd ("Acme", "we")', 'Brightwave Holdings Ltd ("Brightwave", "we")')
    assert classify_texts(CONTROLLER, new).material
    assert classify_texts(new, CONTROLLER).material


def test_the_terms_of_the_company_s_own_sales_are_no_sale_of_data():
    old = CONTROLLER.replace("## Contact", "We may share data to enforce our Terms of Use.\n\n## Contact")
    new = old.replace("our Terms of Use.", "our Terms of Use and Sale for Businesses.")
    assert not classify_texts(old, new).material
    assert classify_texts(old, old.replace("our Terms of Use.", "our Terms of Use, and sell your data.")).material


def test_another_company_defined_as_we_in_a_sentence_stating_no_practice_is_another_controller():
    new = POLICY.replace('Acme Ltd ("Acme", "we") runs', 'Brightwave Holdings Ltd ("Brightwave", "we") runs')
    assert classify_texts(POLICY, new).material
    assert classify_texts(new, POLICY).material
