"""Editorial revisions that change no practice: prose turned into a list whose middle items share no word with the
prose, a section pointed to by its number and quoted title or by a passive "is described in", an example that
supposes a case, the reader's habit, a postal channel named by "the address below", "free of charge" said as "no fee
shall be charged". Each reading has look-alikes that change a practice and must stay material. The sentences are our
own.

Family: the rewordings of paraphrase batch 28 (bench/paraphrase_edits_28.json), written by a helper who did not see
the classifier, read as general forms."""

from __future__ import annotations

import pytest

from monitor.classify.elsewhere import Document, covered
from monitor.classify.evidence import normal, profile
from monitor.classify.facts import _facts, _sentence_facts
from monitor.classify.furniture import _boilerplate, _explains_term
from monitor.classify.modified import _channel_kinds
from monitor.classify.placement import _RECIPIENTS_INTRO
from monitor.classify.restated import restates_passage
from monitor.classify.rights import granted
from monitor.classify.statement import _explains_in_general
from monitor.classify.together import _items_with_intro, _names_known, _unreferenced
from tests.in_a_policy import SIGN_IN_PAIR, neither_way, stays_material

PAIR = SIGN_IN_PAIR

RIGHTS_PROSE = (
    "If you live in the EU, you can use the tools described in this policy to exercise your right to request access"
    " to, update, remove, and restrict the processing of your data.\n\n"
    "You also have the right to object to the processing of your data.\n"
)


def _rights_list(items: list[str]) -> str:
    return (
        "If you live in the EU, you can use the tools described in this policy to exercise your right to request:\n\n"
        + "".join(f"* {item}\n" for item in items)
        + "\nYou also have the right to:\n\n* object to the processing of your data\n"
    )


ALL_ITEMS = [
    "access to your data",
    "an update of your data",
    "removal of your data",
    "restriction of the processing of your data",
]


def test_prose_turned_into_a_list_is_no_change() -> None:
    # the middle items share no word with the prose: they are read with their list's introduction
    neither_way(PAIR, RIGHTS_PROSE, _rights_list(ALL_ITEMS))


def test_a_right_dropped_from_the_list_stays_material() -> None:
    stays_material(PAIR, RIGHTS_PROSE, _rights_list([i for i in ALL_ITEMS if not i.startswith("removal")]))


def test_items_are_read_under_each_introduction_in_turn() -> None:
    readings = _items_with_intro(["We may share it with:", "Our right to request: access", "removal of it"])
    assert ["We may share it with:, removal of it", "Our right to request: access"] in readings
    assert ["We may share it with:", "Our right to request: access, removal of it"] in readings
    # no list introduction: nothing to read the fragments with
    assert _items_with_intro(["We keep it.", "removal of it"]) == [["We keep it.", "removal of it"]]


def test_a_right_to_request_introduces_no_recipients() -> None:
    assert not _RECIPIENTS_INTRO.search("we provide tools so you can exercise your right to request:")
    assert _RECIPIENTS_INTRO.search("we may share your data with:")
    assert _RECIPIENTS_INTRO.search("we provide your information to the following companies:")


def test_an_export_to_another_service_is_portability() -> None:
    facts = _facts(["You have the right to export your data to another service."])
    assert ("right", "reader", "portability", False) in facts
    assert ("right", "reader", "access", False) in _facts(["You can export a copy of your data."])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the reader's habit is no hedge of the company's promise
        (
            "You can complain to the supervisory authority in the country where you live.",
            "You can complain to the supervisory authority in the country where you normally live.",
        ),
        # a postal channel said as "the address below"
        (
            "To exercise your rights, email us at privacy@example.com or write to us at the address below.",
            "To exercise your rights, contact us by email at privacy@example.com, or via the address below.",
        ),
        # a pointer said by its topic, and one said in the passive
        (
            "We use cookies to keep you signed in. (Regarding your right to object, see the next subsection.)",
            'We use cookies to keep you signed in. (Your right to object is described in section 5.5, "Right to'
            ' object", below.)',
        ),
        # a fee denied in any words
        (
            "It is free of charge for you to exercise your rights, unless a request is manifestly unfounded.",
            "No fee shall be charged for the exercise of your rights, save where a request is manifestly unfounded.",
        ),
        # an opt-in in any tense
        (
            "If you opt in to sharing your location with us, we receive your precise location.",
            "Where you have opted in to share your location with us, we receive your precise location.",
        ),
        # an exception for what the law allows, said with "unless"
        (
            "We do not knowingly collect data from children under 13, unless permitted by law.",
            "Except as permitted by applicable law, we do not knowingly collect data from any child under 13.",
        ),
        # a condition said by "provided", and the topic of how long data is kept
        (
            "The criterion for the duration of the storage of your data is the legal retention period. After it"
            " expires, the data is deleted, provided that it is no longer needed for the contract.",
            "The criterion for how long we store your data is the legal retention period. Once it has expired, the"
            " data is deleted, provided it is no longer needed for the contract.",
        ),
        # a use bounded by its one purpose, said by a denial of every other
        (
            "Support logs are not used for any other purposes than to provide you with the support you asked for.",
            "Support logs are used for no purpose other than providing you with the support you asked for.",
        ),
        # a condition on a party's act, said by "subject to" or "provided that"
        (
            "We may disclose your data in a sale of our company, subject to the buyer accepting the commitments of"
            " this policy.",
            "Your data may be disclosed in a sale of our company, provided that the buyer accepts the commitments of"
            " this policy.",
        ),
        # the company's postal addresses are a contact detail
        ("Contact our privacy team. Our addresses are:", "Contact our privacy team. Our postal addresses are:"),
        # an example of what may happen to the reader's own file
        (
            "When you delete a file, copies are removed from our backup systems over time.",
            "When you delete a file, copies are removed from our backup systems over time. For example, a file that"
            " you delete may still exist in a backup copy for a while.",
        ),
        # a need to know, said of whoever needs the data
        (
            "Our staff can only access your data when they need it to do their job.",
            "Only staff who need access to your data to do their job can access it.",
        ),
        # the company failing a request is a condition, not a denial of the answer
        (
            "We will let you know if we cannot fulfil a request you have made, and the reasons for it.",
            "If we cannot fulfil your request, we will tell you so and explain why.",
        ),
        # a receipt for a request is no right of access
        (
            "You will always receive a confirmation of the action we have taken on your request.",
            "We will always confirm the action we have taken on your request.",
        ),
        # a need to know, in other words
        (
            "We share it with advisers who have a need to access your information.",
            "We share it with advisers that need access to your information.",
        ),
        # a period not kept beyond, said with a "not"
        (
            "We keep account data for no longer than the period set out above.",
            "We do not keep account data beyond the period set out above.",
        ),
        # a general rule, said either way, and an exception in legal register
        (
            "In principle, we do not provide your data to third parties; provided, however, that this excludes the"
            " cases set out below.",
            "As a rule, we do not provide your data to third parties, except in the cases set out below.",
        ),
        # a name given to what the sentence says
        (
            "We do not sell your data to third parties (a sale of data is hereinafter referred to as a Sale).",
            "We do not sell your data to third parties (such a sale being referred to below as a Sale).",
        ),
        # a name's parts written as one word
        (
            "Optional data you enter: name, firstname, city.",
            "Optional data you enter: name, first name, city.",
        ),
        # a place said with "other than"
        (
            "Other than the UK and the EEA, the recipients of your data are located in the US.",
            "Outside the UK and the EEA, the recipients of your data are located in the US.",
        ),
        # what is needed, said of whoever needs it
        (
            "Do not include personal data in your essays, except information required to submit them.",
            "Do not include personal data in your essays, except information you need in order to submit them.",
        ),
        # opposing a request is refusing it
        (
            "If a request is manifestly unfounded, we may charge a reasonable fee or oppose your request.",
            "If a request is manifestly unfounded, we may charge a reasonable fee or refuse to act on the request.",
        ),
    ],
)
def test_an_editorial_revision_is_no_change(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the hedge on the company's own promise stays one
        (
            "We delete your data when you close your account.",
            "We normally delete your data when you close your account.",
        ),
        # a channel withdrawn
        (
            "To exercise your rights, email us at privacy@example.com or write to us at the address below.",
            "To exercise your rights, write to us at the address below.",
        ),
        # a fee brought in, however the free request was worded
        (
            "You can exercise your rights free of charge.",
            "You can exercise your rights for a reasonable fee.",
        ),
        (
            "No fee shall be charged for the exercise of your rights.",
            "A fee shall be charged for the exercise of your rights.",
        ),
        # a refusal added
        (
            "If a request is manifestly unfounded, we may charge a reasonable fee.",
            "If a request is manifestly unfounded, we may charge a reasonable fee or oppose your request.",
        ),
        # a denial of the act done by means of the app dropped
        ("The app is not used to collect your contacts.", "The app is used to collect your contacts."),
        # every other purpose allowed
        (
            "Support logs are not used for any other purposes than to provide you with the support you asked for.",
            "Support logs are used for other purposes than to provide you with the support you asked for.",
        ),
        # the condition dropped
        (
            "We may disclose your data in a sale of our company, subject to the buyer accepting the commitments of"
            " this policy.",
            "We may disclose your data in a sale of our company.",
        ),
        # an example in which the company gives itself leave
        (
            "When you delete a file, copies are removed from our backup systems over time.",
            "When you delete a file, copies are removed from our backup systems over time. For example, we may keep a"
            " file that you delete in a backup copy for two years.",
        ),
        # a new kind of data asked for
        (
            "We may also ask for your home address and date of birth.",
            "We may also ask for your home address, nationality and date of birth.",
        ),
        # consent given before, replaced by a notice
        (
            "We share it with third parties where we have obtained your prior consent.",
            "We share it with third parties where you have been notified in advance.",
        ),
        # a bound dropped for good
        (
            "We do not keep account data beyond the period set out above.",
            "We keep account data.",
        ),
        # a recipient's own use of the data, said by a noun
        (
            "Our vendors receive your data so that they can process it on our behalf.",
            "Our vendors receive your data so that they can process it on our behalf and for their own product"
            " development.",
        ),
        # a pointer that states a practice of its own
        (
            "We use cookies to keep you signed in.",
            "We use cookies to keep you signed in. Your data is sold to brokers, as described in section 5 below.",
        ),
    ],
)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    stays_material(PAIR, old, new)


def test_an_example_supposing_a_case_states_no_figure() -> None:
    before = (
        "Children under the age of digital consent in their country may not open an account. That age is set by the"
        " law of the country and generally varies from 13 to 16."
    )
    after = before + " For example, if the age in your country is 15, a 14-year-old living there may not sign up."
    neither_way(PAIR, before, after)


def test_the_figures_of_a_supposed_case_are_known() -> None:
    old = "children under the age of digital consent may not open an account. that age varies from 13 to 16."
    assert _names_known("For example, if the age in your country is 15, a 14-year-old may not sign up.", old)
    assert not _names_known("For example, we keep your IP address for 90 days.", old)


def test_a_section_named_by_its_number_and_quoted_title_states_nothing() -> None:
    assert not profile('Read more below in Section 8.4 "Right to erasure".').concepts
    assert not profile('See clause 3, "Who we share your data with".').concepts
    assert "sale of data" in profile("Under section 3 we sell your data.").concepts


def test_an_example_stating_a_figure_of_the_policy_stays_material() -> None:
    before = "We keep server logs for a short time."
    stays_material(PAIR, before, before + " For example, we keep your IP address for 90 days.")


def test_a_notice_to_recipients_is_no_change_notice() -> None:
    assert (
        "change notice"
        not in profile(
            "You may ask for notification of any correction or deletion to the recipients of your data."
        ).concepts
    )
    assert "change notice" in profile("We will send you a notification of any changes to this policy.").concepts


@pytest.mark.parametrize(
    "sentence",
    [
        "Regarding your right to object, see the next subsection.",
        'Your right to object is described in section 5.5, "Right to object", below.',
        "Cookies are explained in the next section.",
    ],
)
def test_a_pointer_within_the_document(sentence: str) -> None:
    assert _boilerplate(normal(sentence), sentence) == "a pointer to another part of this document"


@pytest.mark.parametrize(
    "sentence",
    [
        "Your data is sold to brokers, as described in section 5 below.",
        "Your data is not shared, as explained in section 4.",
    ],
)
def test_a_statement_with_a_pointer_is_no_pointer(sentence: str) -> None:
    assert _boilerplate(normal(sentence), sentence) is None


def test_a_channel_named_by_the_address() -> None:
    assert _channel_kinds("contact us by emailing privacy@example.com, or via the address below") == {"e-mail", "post"}
    assert _channel_kinds("reach us at the following address: privacy@example.com") == {"e-mail"}
    assert _channel_kinds("email us at the email address below") == {"e-mail"}


def test_used_as_the_means_denies_the_act_after_it() -> None:
    # "used" as the means of the act denied, in either voice
    active = _sentence_facts("We do not use the platform to collect your name or email address.")[1]
    passive = _sentence_facts("The platform is not used to collect your name or email address.")[1]
    assert active == passive == ("colle",)
    assert _sentence_facts("Your data is not used for advertising.")[1] == ("use",)


def test_a_term_told_by_an_example_is_a_definition() -> None:
    sentence = "Fraudulent clicks are, for example, automated clicks on ads made only to earn money."
    assert _explains_term(normal(sentence))


def test_whether_or_not_denies_nothing() -> None:
    facts = _facts(["We process your data, whether or not by automated means, to send your orders."])
    assert not any(f[0] in ("negated", "denials") for f in facts)


def test_who_is_in_charge_is_no_fee() -> None:
    assert "fee" not in profile("The person in charge of data protection handles access requests.").concepts
    assert "fee" in profile("We may charge a fee for access requests.").concepts


def test_the_company_failing_a_request_denies_nothing() -> None:
    facts = _facts(["We will let you know if we cannot fulfil a request you have made."])
    assert ("concept", "change notice", False) in facts
    assert not any(f[0] == "negated" for f in facts)


def test_a_receipt_for_an_action_is_no_right_of_access() -> None:
    assert not granted("you will always receive a confirmation of the action we have taken on your request.").rights
    assert granted("you can obtain confirmation as to whether we process your data.").rights == {
        ("reader", "access", False)
    }


def test_a_period_not_kept_beyond_is_a_bound() -> None:
    assert ("limit", "at most") in _facts(["We do not keep account data beyond the period set out above."])
    assert ("negated", "retention") in _facts(["We do not keep account data."])


def test_a_defined_term_in_brackets_states_nothing() -> None:
    low = profile("We do not sell data (a sale to a third party is hereinafter referred to as a Sale).").low
    assert "third party" not in low


def test_a_name_written_as_one_word_is_the_same_term() -> None:
    assert _facts(["We collect your name, firstname and city."]) == _facts(
        ["We collect your name, first name and city."]
    )


def test_a_lead_saying_where_else_the_policy_says_it_is_no_practice() -> None:
    assert _unreferenced("As noted above, you can control the ads you see in your settings.") == (
        "You can control the ads you see in your settings."
    )
    assert _unreferenced("As stated in the Your Rights section below, we do not sell your data.") == (
        "We do not sell your data."
    )
    assert _unreferenced("We do not sell your data.") == "We do not sell your data."


def test_what_a_law_does_with_transfers_is_an_explanation() -> None:
    law = "European and UK data protection laws restrict transfers of personal data abroad so that its protection"
    assert _explains_in_general(profile(law + " does not depend on where it is held."))
    # the company speaking, or a transfer in the passive, is a practice
    assert not _explains_in_general(profile("Data protection laws restrict transfers, so we transfer data abroad."))
    assert not _explains_in_general(profile("Under these laws, personal data is transferred abroad."))


def test_information_you_need_is_the_necessary_information() -> None:
    needed = profile("Send us only the information you need in order to submit it.")
    required = profile("Send us only the information required to submit it.")
    assert needed.limiters == required.limiters == ("only", "necessary")
    assert profile("You need to log in to use it.").limiters == ()


def test_other_than_a_place_is_outside_it() -> None:
    assert profile("Other than the EEA, recipients are in the US.").limiters == ()
    assert profile("We do not share it with anyone other than our processors.").limiters == ("other than",)


def test_a_country_closing_a_postal_address_is_no_transfer() -> None:
    assert (
        "named countries"
        not in profile("We are Acme Inc., located at 4-23-5 Sendagaya, Shibuya-ku, Tokyo 151-0051, Japan.").concepts
    )
    assert "named countries" not in profile("Write to Acme GmbH, Hauptstrasse 5, 10115 Berlin, Germany.").concepts
    assert "named countries" in profile("We store your data on servers in Japan.").concepts
    assert "named countries" in profile("We transfer your data to 3 countries, including Japan.").concepts


def test_a_label_over_nested_items_is_a_heading() -> None:
    intro = "We may share information about you with other parties, including:"
    old = Document(
        "We share data with credit agencies. We keep your data for a year. We check payments to help prevent fraud."
    )
    assert covered("Preventing harm, fraud and misuse:", old, lambda t: _facts([t]), True, intro)
    assert not covered("Selling your data:", old, lambda t: _facts([t]), True, intro)


def test_a_reason_given_for_the_passage_restates_it() -> None:
    version = (
        "We limit the visibility of demographic attributes where few people have contributed. We do this because,"
        " when only a few people have contributed, their demographic attributes could identify them."
    )
    other = Document("We limit the visibility of demographic attributes where few people have contributed.")
    assert restates_passage(
        "We do this because, when only a few people have contributed, their demographic attributes could identify"
        " them.",
        version,
        other,
    )


def test_an_aside_on_making_changes_leaves_the_promise() -> None:
    aside = profile("Any changes to this policy, which we may make from time to time, will be posted on this page.")
    plain = profile("We will post any changes to this policy on this page.")
    assert aside.permissive == plain.permissive == ()
    assert "change notice" in profile("We will post any privacy policy changes on this page.").concepts
    # a "may" of the main clause stays one
    assert profile("Any changes to this policy may be posted on this page.").permissive


def test_the_length_of_time_data_is_kept_is_retention() -> None:
    assert "retention" in profile("In determining the length of time, we consider why we collected it.").concepts
    assert "retention" not in profile("We measure the length of time you spend on a page.").concepts


def test_countries_other_than_the_one_of_collection_is_no_place() -> None:
    one = profile("We may transfer your data to countries other than the country in which it was collected.")
    other = profile("We may transfer your data to countries other than the one in which it was collected.")
    assert one.limiters == other.limiters
