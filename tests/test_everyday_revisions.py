"""Everyday revisions (session 20), in our own words, each with material look-alikes.

- "If you wish to exercise your rights, requests go to ..." tells the reader how to ask: no practice waits for that
  wish, so rewording it ("please send your request to ...") drops no condition. A practice that waits for the
  reader's choice ("if you choose to connect your contacts, we upload them") still does.
- A name cut short ("The Harbour Gazette" -> "The Harbour Gaz") is the same name; another name is not.
- A clause naming parties about no one's data ("Our reviews are never paid for by advertisers") states no practice;
  one about the reader's data, or naming a kind of data, does.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name and email address when you subscribe.

{body}

## Contact

Write to privacy@example.net.
"""


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(body=old), POLICY.format(body=new)).material


ASKING = "If you wish to exercise any of your rights, such requests shall be sent to rights@example.net."


def test_rewording_how_to_ask_drops_no_condition():
    new = "If you wish to exercise any of your rights, please send your request to rights@example.net."
    assert not _material(ASKING, new)
    assert not _material(new, ASKING)


def test_a_practice_that_waits_for_the_readers_choice_still_does():
    old = "If you choose to connect your address book, we upload your contacts to find your friends."
    new = "We upload your contacts to find your friends."
    assert _material(old, new)


GAZETTE = (
    "If you enter The Harbour Gazette prize draws, we use your email address to contact winners. With your "
    "permission, we may email you about services provided by The Harbour Gazette."
)


def test_a_name_cut_short_is_the_same_name():
    assert not _material(GAZETTE, GAZETTE.replace("Harbour Gazette", "Harbour Gaz"))


@pytest.mark.parametrize(
    "new",
    [
        GAZETTE.replace("provided by The Harbour Gazette", "provided by Globex Media"),  # another name
        GAZETTE.replace("With your permission, we", "We"),  # the reader's permission dropped
    ],
)
def test_another_name_or_a_dropped_permission_stays_material(new):
    assert _material(GAZETTE, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our editorial content is not influenced by advertisers or sponsors.",
        "Our reviews are written independently and are never paid for by advertisers.",
    ],
)
def test_a_clause_naming_parties_about_no_ones_data_states_no_practice(sentence):
    assert not _material("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Advertisers do not see your personal data.",
        "We work with advertisers.",
        "Health records may be sold to insurers.",
        "Some of our subprocessors are located outside the EEA, including in the United States.",
    ],
)
def test_a_clause_about_data_the_reader_or_a_place_stays_material(sentence):
    assert _material("", sentence)


RIGHTS = (
    "To exercise these rights, email privacy@example.net or call our help line at 1-800-555-0142{bracket}. "
    "We will answer within 30 days."
)


def test_a_phone_numbers_own_bracket_names_no_place_data_goes():
    old = (
        "You may access these rights by sending us an email to privacy@example.net, by calling our help line at "
        "1-800-555-0142. We will answer within 30 days."
    )
    new = RIGHTS.format(bracket=" (toll free in the U.S.)")
    assert not _material(old, new)
    assert not _material(new, old)


def test_a_country_data_goes_to_stays_material():
    old = RIGHTS.format(bracket="") + " We store your data in Ireland."
    new = RIGHTS.format(bracket="") + " We store your data in Ireland and the United States."
    assert _material(old, new)


@pytest.mark.parametrize(
    "sentence, material",
    [
        ("Cookies are used across the web for many everyday tasks, such as remembering your language.", False),
        ("Cookies are used on most websites to keep visitors signed in.", False),
        ("Cookies are used across the web to show you targeted ads.", True),  # a purpose: a practice
    ],
)
def test_what_cookies_do_across_the_web_is_an_explanation(sentence, material):
    assert _material("", sentence) is material


REQUESTS = (
    "In response to access, correction or deletion requests, we will verify the identity of the person asking. "
    "We handle these requests free of charge."
)


def test_when_a_request_arrives_is_no_condition_on_the_right():
    new = (
        "When we receive a request to access, correct or delete data, we will check the identity of the person "
        "asking. We handle these requests free of charge."
    )
    assert not _material(REQUESTS, new)
    assert not _material(new, REQUESTS)


def test_a_condition_on_the_right_stays_material():
    new = REQUESTS.replace("We handle these requests free of charge.", "We charge a fee of 20 euros per request.")
    assert _material(REQUESTS, new)


NOTICE = "We will usually inform you (before collecting your data) if we intend to use it for marketing."


def test_inform_after_an_adverb_tells_as_tell_does():
    new = "Before collecting your data, we will usually tell you if we intend to use it for marketing."
    assert not _material(NOTICE, new)
    assert not _material(new, NOTICE)


def test_dropping_the_notice_stays_material():
    assert _material(NOTICE, "We may use your data for marketing.")


@pytest.mark.parametrize(
    "sentence, material",
    [
        ("You have successfully unsubscribed!", False),
        ("You have been unsubscribed from all emails! [Close](#)", False),
        ("Thanks for signing up!", False),
        ("We never sell your data!", True),
        ("You can opt out of marketing emails at any time!", True),
        ("Your location history is shared with partners!", True),
    ],
)
def test_a_pages_status_message_is_furniture(sentence, material):
    assert _material("", sentence) is material


@pytest.mark.parametrize(
    "sentence, material",
    [
        (
            "Requests to exercise your rights are only accepted by post; requests sent by email will not be processed.",
            True,
        ),
        ("You can send requests to exercise your rights by post or by email.", False),
    ],
)
def test_a_limit_on_how_rights_requests_are_made_is_a_right_not_a_contact(sentence, material):
    old = "You can ask us to access or delete your data. Write to us at 1 Quay Street, Leeds, or privacy@example.net."
    assert _material(old, f"{old}\n\n{sentence}") is material


@pytest.mark.parametrize(
    "sentence",
    [
        "We cannot access your vault data.",
        "Our support staff never read your messages.",
        "We use your order history to profile your spending habits.",
    ],
)
def test_access_to_the_readers_content_and_profiling_as_a_verb_are_practices(sentence):
    assert _material(sentence, "")
    assert _material("", sentence)


def test_the_readers_own_access_is_no_access_by_the_company():
    assert not _material("", "You can access your files from any device.")


MERGER = (
    "In the event of a merger with, acquisition by, or sale of assets to, another entity, we may transfer your "
    "personal information to that entity. We will use reasonable efforts to notify registered users of such a "
    "transfer, by a posting on our home page or by email, as chosen by us in our discretion."
)


def test_a_merger_said_with_verbs_and_a_notice_said_as_let_know_are_the_same():
    new = (
        "If we merge with or are acquired by another entity, or sell assets to another entity, we may transfer your "
        "personal information to that entity. We will make reasonable efforts to let registered users know about "
        "such a transfer, by a posting on our home page or by email, as we choose at our discretion."
    )
    assert not _material(MERGER, new)
    assert not _material(new, MERGER)


@pytest.mark.parametrize(
    "new",
    [
        MERGER.replace("we may transfer your personal information to that entity", "we may sell your data to brokers"),
        MERGER.replace("We will use reasonable efforts to notify registered users of such a transfer, ", "We may, "),
    ],
)
def test_a_sale_of_data_or_a_dropped_notice_beside_a_merger_stays_material(new):
    assert _material(MERGER, new)


CHILDREN = "We do not knowingly collect data from children. We will close the account of a child and will not allow {}."


def test_denying_the_use_of_the_service_denies_no_handling_of_data():
    old, new = CHILDREN.format("the use of our services"), CHILDREN.format("him or her to use our services")
    assert not _material(old, new)
    assert not _material(new, old)


def test_denying_the_use_of_data_stays_a_denial():
    assert _material(
        CHILDREN.format("the use of our services"),
        CHILDREN.format("the use of our services") + (" We will not use their data for advertising."),
    )


OPT_OUT = "We work with ad networks that show you ads based on your visits. {}"


def test_a_pointer_about_how_to_opt_out_stays_a_pointer():
    old = OPT_OUT.format("For more information about this practice and your ability to opt out, [click here](#).")
    new = OPT_OUT.format("To learn more about this practice and how you can opt out, visit the industry opt-out page.")
    assert not _material(old, new)
    assert not _material(new, old)


def test_offering_the_choice_itself_stays_a_choice():
    old = OPT_OUT.format("For more information about this practice, [click here](#).")
    new = OPT_OUT.format("For more information and to opt out of these ads, [click here](#).")
    assert _material(old, new)


SHARED = (
    "We collect your precise location when you turn on location services. Our advertising partners may collect "
    "and store information on your device{example}. They also use tracking technologies{example2} for analytics."
)


@pytest.mark.parametrize(
    "example, example2",
    [
        (", including your precise location", ""),  # sensitive data named in an example: a practice
        ("", ", including device fingerprinting"),  # a tracking technique named in an example
    ],
)
def test_an_example_naming_sensitive_data_or_a_tracking_technique_stays_material(example, example2):
    old = SHARED.format(example="", example2="")
    assert _material(old, SHARED.format(example=example, example2=example2))


def test_an_example_naming_a_known_recipient_is_an_illustration():
    old = "We share your order details with service providers who deliver your parcels, such as couriers."
    new = f"{old} For example, a courier receives your address."
    assert not _material(old, new)


def test_numbered_sections_said_to_explain_what_they_hold_are_no_practice():
    old = "We use cookies on our sites. To learn more about the cookies we use and how you can control them, see below."
    new = (
        "We use cookies on our sites. Sections 5.1 (Cookies we use) and 5.2 (Your choices) below explain which "
        "cookies we use and how you can control them."
    )
    assert not _material(old, new)
    assert not _material(new, old)


def test_search_terms_are_usage_data():
    assert _material(
        "We collect the pages you visit.", "We collect the pages you visit and the search terms you enter."
    )


@pytest.mark.parametrize(
    "old, new",
    [
        # the reader telling the company is no notice of a change
        (
            "If your details change, you may alert us by email so that we can correct them.",
            "If your details change, you may notify us by email so that we can correct them.",
        ),
        # the reader's refusal offered as a choice is no denial
        (
            "If the app crashes, we will ask you to share a report with us, but you always have the choice to decline.",
            "When the app crashes, we will ask whether you want to send us a report, and you can always say no.",
        ),
        # a pointer described by what it provides
        (
            "We use cookies on our site. For details, see our Cookie Policy.",
            "We use cookies on our site. At the end of this policy you will find our Cookie Policy, providing "
            "information about the cookies we use.",
        ),
    ],
)
def test_everyday_rewordings_of_batch_7_are_not_material(old, new):
    assert not _material(old, new)
    assert not _material(new, old)


def test_a_caveat_that_laws_vary_among_countries_is_no_practice():
    assert not _material(
        "", "Data protection laws vary among countries, with some providing more protection than others."
    )


@pytest.mark.parametrize(
    "old, new",
    [
        ("We will notify you of changes by email.", "We may change this policy at any time."),
        ("You can always say no to marketing emails.", "We send you marketing emails."),
        ("We will ask you to share a crash report with us.", "We share your crash reports with advertisers."),
    ],
)
def test_a_notice_a_choice_or_a_disclosure_changed_stays_material(old, new):
    assert _material(old, new)


CHILD = "We do not knowingly collect data from or market to children under 13. If we learn we have, we delete it."


def test_marketing_to_children_dropped_from_a_denial_stays_material():
    new = CHILD.replace("collect data from or market to children", "collect data from children")
    assert _material(CHILD, new)


def test_a_definition_of_when_a_person_is_identifiable_is_no_practice():
    sentence = "A person is identifiable if they can be identified, directly or indirectly, for example by a name."
    assert not _material("", sentence)


SAFEGUARD = (
    "We may transfer your data to other jurisdictions. We will take steps to ensure that your personal information "
    "receives an adequate level of protection in the jurisdictions in which we process it."
)


def test_a_transfer_safeguard_reworded_is_the_same_and_dropped_is_material():
    new = SAFEGUARD.replace("receives an adequate level of protection in", "is adequately protected in")
    assert not _material(SAFEGUARD, new)
    assert _material(SAFEGUARD, "We may transfer your data to other jurisdictions.")
