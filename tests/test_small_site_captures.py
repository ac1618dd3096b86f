"""What small sites' policy pages show between captures, in our own sentences: widgets under the policy's last
sentence whose links the capture lost (a label over a link title: "Top search terms for this post:" / "easy privacy
notice"; a run of call-to-action links: "TRY IT FREE No credit card required Back to the previous page"); a list whose
introduction trails off ("Our partners include ...") is no menu; the reader telling the company is no notice of a
change; a company name set in capitals with its legal form spelled out is no new name; a domain at a sentence's end
names no country; what the reader "can rest assured" of, or is asked to note, is the company's promise, not the reader's
choice; a domain name is no person's name; a copyright notice of the site's content states no practice."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy at Pebble Recipes\nWe collect your email address when you subscribe to the newsletter. We do not sell"
    " it.\n# Changes\nIf we change this policy, we will post the new version on this page.\n"
)


def _both_ways_not_material(old: str, new: str) -> None:
    for a, b in ((old, new), (new, old)):
        result = classify_texts(a, b)
        assert not result.material, [(c.rule, c.reason) for c in result.changes]


def test_a_related_searches_widget_under_the_policy_is_no_change():
    _both_ways_not_material(POLICY, POLICY + "Top search terms for this post:\neasy privacy notice\n")


def test_a_run_of_call_to_action_links_under_the_policy_is_no_change():
    _both_ways_not_material(POLICY, POLICY + "TRY IT FREE No credit card required Back to the previous page\n")


def test_a_data_type_under_a_label_at_the_end_is_still_read():
    result = classify_texts(POLICY, POLICY + "Also collected:\nYour precise location\n")
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_the_reader_notifying_the_company_by_email_is_no_change_notice():
    old = POLICY + "If you think we are not following this policy, please notify us by e-mail.\n"
    new = POLICY + "If you think we are not following this policy, please contact us.\n"
    _both_ways_not_material(old, new)


PARTNERS = (
    "# Advertising\nSome of our advertising partners may place cookies on our site. Our advertising partners include"
    " ......\n- Alphabet\n- Brightline Media\n{extra}Each partner has its own privacy policy.\n"
)


def test_a_partner_dropped_from_a_list_whose_introduction_trails_off_is_material():
    old = POLICY + PARTNERS.format(extra="- Corvid Ad Network\n- Dunmore Media\n")
    new = POLICY + PARTNERS.format(extra="")
    result = classify_texts(old, new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_a_company_name_set_in_capitals_with_its_legal_form_spelled_out_is_no_new_name():
    # the legal form alone names nobody: "Limited" for "Ltd", and a name in brackets after its role

    old = POLICY + "pebble recipes Ltd is registered with the data protection authority for storing personal data.\n"
    new = (
        POLICY
        + '"Pebble Recipes Limited" is registered with the data protection authority for storing personal data.\n'
    )
    _both_ways_not_material(old, new)


def test_a_name_in_brackets_with_its_legal_form_beside_the_role_is_no_new_party():
    old = POLICY + "Our hosting service keeps a log of each visit.\n"
    new = POLICY + "Our hosting service (Harbourline Hosting Limited) keeps a log of each visit.\n"
    _both_ways_not_material(old, new)


def test_a_site_named_by_its_domain_at_a_sentence_end_names_no_country():
    old = POLICY + "You can stop our offers at any time by unsubscribing from emails sent by pebblerecipes.co.uk.\n"
    new = POLICY + "You can stop our offers at any time by unsubscribing from emails sent by Pebble Recipes.\n"
    _both_ways_not_material(old, new)


def test_a_promise_the_reader_can_rest_assured_of_restates_the_promise():
    shared = "We do not share information with third parties unless the law requires it. {promise}\n"
    framed = "You can rest assured that your information will never be shared with a third party without your consent."
    old = POLICY + shared.format(promise=framed)
    new = (
        POLICY
        + "Your information will not be shared with a third party without your consent.\n"
        + shared.format(promise=framed)
    )
    _both_ways_not_material(old, new)


def test_a_promise_the_reader_is_asked_to_note_restates_the_promise():
    old = POLICY + "Please be aware that we only share your email address with third parties with your consent.\n"
    new = POLICY + "We only share your email address with third parties with your consent.\n"
    _both_ways_not_material(old, new)


def test_a_domain_name_in_a_log_list_is_no_persons_name():
    old = POLICY + "Our logs record your browser type and your top level domain name (for example .com, .org).\n"
    new = POLICY + "Our logs record your browser type.\n"
    result = classify_texts(old, new)
    assert all("naming name" not in c.reason for c in result.changes), [(c.rule, c.reason) for c in result.changes]


def test_a_copyright_notice_of_the_site_is_no_practice():
    notice = (
        "This website and its contents are subject to copyright under the laws of New Zealand. Third parties own the"
        " copyright in some images on this website.\n"
    )
    _both_ways_not_material(POLICY, POLICY + notice)


def test_a_licence_to_what_the_reader_posts_is_still_read():
    result = classify_texts(
        POLICY,
        POLICY + "You grant us a licence to the copyright in photos you post, and we may"
        " share them with our partners.\n",
    )
    assert result.material, [(c.rule, c.reason) for c in result.changes]


SITES = "# Scope\nThis policy covers the following sites:\n- Pebble Recipes\n{extra}"
AD_PARTNERS = "# Advertising\nOur advertising partners include:\n- Alphabet\n{extra}"


def test_a_company_added_to_a_list_of_partners_is_material_both_ways():
    # the item names a party and nothing else: read after the introduction it completes
    old = POLICY + AD_PARTNERS.format(extra="")
    new = POLICY + AD_PARTNERS.format(extra="- Corvid Media, Inc.\n")
    for a, b in ((old, new), (new, old)):
        result = classify_texts(a, b)
        assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_a_site_added_to_the_list_of_sites_a_policy_covers_is_no_new_recipient():
    _both_ways_not_material(POLICY + SITES.format(extra=""), POLICY + SITES.format(extra="- Corvid Kitchen Ltd.\n"))


def test_a_title_set_in_bold_over_a_paragraph_is_a_heading():
    body = "We collect your email address.\n\n{title}Ad vendors use cookies to show ads based on past visits.\n"
    _both_ways_not_material(POLICY + body.format(title=""), POLICY + body.format(title="**Partners**\n\n"))


def test_a_practice_set_in_bold_over_a_paragraph_is_still_read():
    body = "We collect your email address.\n\n{title}Ad vendors use cookies to show ads based on past visits.\n"
    new = POLICY + body.format(title="**We sell your email address to advertisers**\n\n")
    assert classify_texts(POLICY + body.format(title=""), new).material


TITLED = "# Pebble Recipes: Privacy Policy\n{tagline}# Privacy Policy\n" + POLICY.split("\n", 1)[1]


def test_a_tagline_between_the_page_title_and_the_policy_title_is_the_site_header():
    tagline = 'Offering cheap cloud hosting to over two million shops - "The Best Rated Cloud Hosting Provider"\n'
    _both_ways_not_material(TITLED.format(tagline=""), TITLED.format(tagline=tagline))


@pytest.mark.parametrize("line", ["We share your email with advertisers.", "Your email address is sold to brokers."])
def test_a_statement_between_the_page_title_and_the_policy_title_is_still_read(line):
    result = classify_texts(TITLED.format(tagline=""), TITLED.format(tagline=line + "\n"))
    assert result.material, [(c.rule, c.reason) for c in result.changes]


SECURE = "# Security\nHow do we protect it? {name} uses a secure server to encrypt your personal information.\n"


def test_a_company_name_gaining_its_legal_form_is_the_same_company():
    _both_ways_not_material(
        POLICY + SECURE.format(name="Pebble Kitchen"), POLICY + SECURE.format(name="Pebble Kitchen Ltd.")
    )


def test_another_company_with_a_legal_form_is_still_named():
    result = classify_texts(
        POLICY + SECURE.format(name="Pebble Kitchen"), POLICY + SECURE.format(name="Corvid Hosting Ltd.")
    )
    assert result.material, [(c.rule, c.reason) for c in result.changes]


SHOP = "# Returns\nReturned items are charged a {fee} restocking fee.\nOrders to Ohio are charged sales{tax} tax.\n"


def test_a_shops_fees_and_taxes_changed_are_no_data_practice():
    _both_ways_not_material(POLICY + SHOP.format(fee="10%", tax=""), POLICY + SHOP.format(fee="15%", tax=" or use"))


def test_a_fee_for_a_copy_of_your_data_is_still_read():
    old = POLICY + "# Your rights\nWe send you a copy of your data free of charge.\n"
    new = POLICY + "# Your rights\nWe send you a copy of your data for a fee of $25.\n"
    result = classify_texts(old, new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]


OPERATOR = '# About\n{company} ("Pebble Recipes") is committed to protecting your privacy.\n'


def test_another_company_given_the_sites_name_is_another_controller():
    old = POLICY + OPERATOR.format(company="Pebble Kitchen, LLC")
    result = classify_texts(old, POLICY + OPERATOR.format(company="Corvid Media Group, Inc."))
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_the_same_company_with_its_legal_form_changed_is_no_new_controller():
    old = POLICY + OPERATOR.format(company="Pebble Kitchen, LLC")
    _both_ways_not_material(old, POLICY + OPERATOR.format(company="Pebble Kitchen Holdings, Inc."))


BRAND = (
    "# Privacy | Pebble Recipes\n{name} collects your email address when you use {name} products.\n"
    "{name} may show you offers on {name} pages.\nWe do not sell your data.\n"
)


def test_the_site_renamed_in_every_sentence_with_its_old_name_left_in_the_page_title_is_no_new_party():
    _both_ways_not_material(BRAND.format(name="Pebble Recipes"), BRAND.format(name="Cookpebble"))


def test_a_party_named_beside_the_site_is_still_read():
    new = BRAND.format(name="Pebble Recipes").replace("We do not sell", "Corvid Media receives")
    result = classify_texts(BRAND.format(name="Pebble Recipes"), new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_the_same_company_renamed_with_its_legal_form_names_no_data():
    # "Education" and "Audio" are words of the company's name, no kind of data
    old = POLICY + OPERATOR.format(company="Pebble Education Audio LLC")
    _both_ways_not_material(old, POLICY + OPERATOR.format(company="Pebble Inc."))


def test_data_shared_with_a_company_named_after_the_data_is_still_read():
    new = POLICY + "We share your education records with Corvid Education Ltd.\n"
    result = classify_texts(POLICY, new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize("line", ["Your data is sold to advertisers", "**Your data is sold to advertisers**"])
def test_a_sentence_without_its_stop_between_paragraphs_is_read_not_taken_for_a_title(line):
    body = "We collect your email address.\n\n{title}Ad vendors use cookies to show ads based on past visits.\n"
    result = classify_texts(POLICY + body.format(title=""), POLICY + body.format(title=line + "\n\n"))
    assert result.material, [(c.rule, c.reason) for c in result.changes]


@pytest.mark.parametrize(
    "line",
    [
        "What is a cookie",
        "How we use your data",
        "Cookies We Use",
        "Data we may share",
        "Cookies that are used",
    ],
)
def test_a_title_between_paragraphs_is_a_heading(line):
    body = "We collect your email address.\n\n{title}Ad vendors use cookies to show ads based on past visits.\n"
    _both_ways_not_material(POLICY + body.format(title=""), POLICY + body.format(title=line + "\n\n"))


SCOPE = (
    "# About\nThis policy applies to us, the organiser of the contest, {company} of {place}, and our website"
    ' pebble.example ("us", "we" or "our").\n'
)


def test_another_company_defined_as_we_is_another_controller_though_both_are_named_for_one_region():
    old = POLICY + SCOPE.format(company="Pebble Asia Pacific Pte Ltd", place="Singapore")
    result = classify_texts(
        old, POLICY + SCOPE.format(company="Corvid Marketing Asia Pacific Limited", place="Hong Kong")
    )
    assert result.material, [(c.rule, c.reason) for c in result.changes]


def test_the_same_company_defined_as_we_with_another_legal_form_is_no_new_controller():
    old = POLICY + SCOPE.format(company="Pebble Asia Pacific Pte Ltd", place="Singapore")
    _both_ways_not_material(old, POLICY + SCOPE.format(company="Pebble Asia Pacific Limited", place="Singapore"))
