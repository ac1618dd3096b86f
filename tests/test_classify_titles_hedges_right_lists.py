"""A section's quoted title in a pointer, "there may be situations where" as a hedge, a possibility named with
"of not", and rights listed under one head noun in other languages (session 40). Our own sentences."""

from __future__ import annotations

import pytest

from monitor.classify import foreign
from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile

POLICY = (
    "# Privacy at Fernhollow Books\n\n## What we collect\n\nWe collect your name and postal address when you"
    " order.\n\n## Transfers\n\n{passage}\n\n## Contact\n\nWrite to privacy@fernhollow.example.\n"
)


def _material(old: str, new: str) -> bool:
    """Judged material either way."""
    a, b = POLICY.format(passage=old), POLICY.format(passage=new)
    return classify_texts(a, b).material or classify_texts(b, a).material


SAME = [
    # a section's quoted title in a pointer names no practice (here: "legal basis")
    (
        'There may be certain situations (such as answering a court order - see Section 4 "Why do we use your'
        ' data and what is our legal basis?" above) where we transfer your data abroad under an exemption of the law.',
        'In certain situations - for example, when we answer a court order (see "Court Orders" in Section 4 above)'
        " - we may transfer your data abroad under an exemption of the law.",
    ),
    # "there may be situations where X happens" = "in some situations X may happen"
    (
        "There may be situations where we transfer your data abroad under an exemption of the law.",
        "In some situations, we may transfer your data abroad under an exemption of the law.",
    ),
    # "the consequences of not giving consent": a possibility named, no denial whose reach a re-cut list moves
    (
        "Your rights include: the right to information about public or private bodies we shared your data with,"
        " And, the right to information on the consequences of not giving consent.",
        "Your rights include the right to information about the public or private bodies we shared your data with;"
        " and the right to information on the consequences of not giving consent.",
    ),
]

DIFFERENT = [
    # a legal basis stated outside any title is read
    (
        "We transfer your data abroad (see Section 4 above).",
        "We transfer your data abroad because we have a legitimate interest in doing so (see Section 4 above).",
    ),
    # a denial of the company's own is still a denial
    (
        "We have a policy of not selling your data to advertisers.",
        "We have a policy of selling your data to advertisers.",
    ),
    # a hedge added to a promise that stood without one
    (
        "We will delete your data when you close your account.",
        "There may be situations where we delete your data when you close your account.",
    ),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_the_same_facts_said_another_way(old: str, new: str) -> None:
    assert not _material(old, new)


@pytest.mark.parametrize(("old", "new"), DIFFERENT)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    assert _material(old, new)


def test_a_quoted_section_title_after_a_pointer_names_no_concept() -> None:
    p = profile('We may transfer it (see Section 4 "What is our legal basis for processing?" above).')
    assert "legal basis" not in p.concepts
    assert "legal basis" in profile("We may transfer it; our legal basis for processing is consent.").concepts


@pytest.mark.parametrize(
    ("code", "sentence", "right"),
    [
        ("fr", "Vous disposez d'un droit d'accès, de rectification et d'effacement.", "right to erasure"),
        ("de", "Sie haben das Recht auf Auskunft, Berichtigung und Löschung.", "right to erasure"),
        ("es", "Tiene derecho de acceso, rectificación y supresión.", "right to erasure"),
        ("it", "Hai diritto di rettifica e di accesso.", "right of access"),
        ("pt", "Tem direito de retificação e ao apagamento.", "right to erasure"),
        ("nl", "U heeft recht op rectificatie en verwijdering.", "right to erasure"),
    ],
)
def test_rights_listed_under_one_head_noun_are_each_read(code: str, sentence: str, right: str) -> None:
    lang = foreign.language(code)
    assert right in foreign.read(lang, sentence).concepts


def test_a_french_rights_sentence_turned_into_a_list_names_the_same_rights() -> None:
    lang = foreign.language("fr")
    before = ["Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité."]
    after = [
        "Vous disposez des droits suivants : un droit d'accès ;",
        "un droit de rectification ;",
        "un droit d'effacement ;",
        "un droit à la portabilité.",
    ]
    assert foreign.same_passage(lang, before, after)
    assert not foreign.same_passage(lang, before, after[:2] + after[3:])  # erasure dropped


RIGHTS = (
    "# Privacy at Fernhollow Books\n\n## What we collect\n\nWe collect your name and postal address when you"
    " order.\n\n{rights}\n\n## Contact\n\nWrite to privacy@fernhollow.example.\n"
)


def _rights_material(old: str, new: str) -> bool:
    a, b = RIGHTS.format(rights=old), RIGHTS.format(rights=new)
    return classify_texts(a, b).material or classify_texts(b, a).material


def test_a_section_retitled_with_a_sub_title_added_under_it_is_no_condition_on_a_right() -> None:
    body = (
        "You have the right to ask us to limit how we process your data. This right applies if you think the data"
        " is wrong or if you have objected to our processing."
    )
    old = f"## Right to restriction of processing\n\n{body}"
    new = (
        f"## Right to restrict our processing of your data\n\n**When you can ask us to restrict processing**\n\n{body}"
    )
    assert not _rights_material(old, new)


def test_a_heading_is_not_joined_with_a_new_line_under_it_by_the_words_they_share() -> None:
    from monitor.text.diff import diff_texts

    old = "# Right to restriction of processing\nYou may ask us to restrict processing of your data.\n"
    new = (
        "# Right to restrict our processing\nWhen you can ask us to restrict processing\n"
        "You may ask us to restrict processing of your data.\n"
    )
    changes = diff_texts(old, new)
    assert [(c.before, c.after) for c in changes] == [
        ("Right to restriction of processing", "Right to restrict our processing"),
        (None, "When you can ask us to restrict processing"),
    ]


def test_the_authority_named_another_way_keeps_the_right_to_complain() -> None:
    old = (
        "## Complaints\n\nYou have the right to complain to the supervisory authority. You can find out how to"
        " submit a complaint to the supervisory authority on its website."
    )
    new = (
        "## Complaints\n\nYou have the right to complain to the supervisory authority. Information on how to"
        " submit a complaint is on its website."
    )
    assert not _rights_material(old, new)


def test_a_condition_put_on_the_right_to_complain_is_material() -> None:
    old = "## Complaints\n\nYou have the right to lodge a complaint with the Northland Office for Privacy."
    new = (
        "## Complaints\n\nYou have the right to lodge a complaint with the Northland Office for Privacy, once we"
        " have answered your complaint to us."
    )
    assert _rights_material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # what an opt-out leaves in place, said as a denial of its effect or as what goes on after it
        (
            "You can opt out of newsletters with the link in each one. You are able to opt out of newsletters,"
            " however, if you keep an account we will still need to e-mail you about your orders.",
            "You can opt out of newsletters with the link in each one. Opting out of newsletters does not stop order"
            " e-mails: if you keep an account, we will still need to e-mail you about your orders.",
        ),
        (
            "You can opt out of model training in your settings. Opting out will not affect your saved games.",
            "You can opt out of model training in your settings. Your saved games will not be affected if you opt out.",
        ),
        # a clause that relies on "the same" basis "described above": a pointer to that statement
        (
            "We analyse visits to improve our pages. The legal basis is our legitimate interest.\n\nWe also measure"
            " which pages are read. The legal basis is Article 6(1)(f) GDPR.",
            "We analyse visits to improve our pages. The legal basis is our legitimate interest.\n\nWe also measure"
            " which pages are read. The legal basis is Article 6(1)(f) GDPR, relying on the same legitimate interest"
            " described above for analysing visits.",
        ),
        # the right the sentence grants, named with the law that gives it
        (
            "You may ask us to delete your order history, and we will erase it promptly unless the law requires us"
            " to keep it.",
            "You may ask us to delete your order history (your right to erasure under Article 17 GDPR). We will"
            " erase it promptly unless the law requires us to keep it.",
        ),
    ],
)
def test_more_of_the_same_facts_said_another_way(old: str, new: str) -> None:
    assert not _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # data that could not be tied to the reader now may be
        (
            "These statistics cannot be associated with a specific person.",
            "These statistics may be associated with your customer account.",
        ),
        # a right named in parentheses that the sentence does not grant
        (
            "You may ask us to delete your order history.",
            "You may ask us to delete your order history (and to receive a copy of it first).",
        ),
        # the company's own "does not stop" is still a denial
        (
            "We stop sending newsletters when you ask us to.",
            "We do not stop sending newsletters when you ask us to.",
        ),
    ],
)
def test_more_look_alikes_stay_material(old: str, new: str) -> None:
    assert _material(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a period changed in one item of a list of purposes, while the old figure stands in another item
        (
            "- Customer surveys. Your answers may be kept for three (3) years from the date of the survey.\n"
            "- Fraud checks. Your data may be kept for five (5) years from the closing of the case.",
            "- Customer surveys. We may keep your answers for five (5) years from the date of the survey.\n"
            "- Fraud checks. We may keep your data for no more than five (5) years from the closing of the case.",
        ),
        # a party the vocabulary does not know, added as a recipient
        (
            "We keep a record of passengers who endangered the safety of a flight.",
            "We keep a record of passengers who endangered the safety of a flight, and share this record with"
            " other airlines.",
        ),
        # recipients now use the data for their own research
        (
            "We may ask research firms to help us run our surveys.",
            "We may ask research firms to help us run our surveys, and we may share your answers with those firms"
            " for their own research.",
        ),
        # a step the reader must take first, set between commas inside the grant, beside a condition both state
        (
            "If the law of your country gives it, you have the right to lodge a complaint with your data"
            " protection authority.",
            "If the law of your country gives it, you have the right, after first completing our internal"
            " complaints process, to lodge a complaint with your data protection authority.",
        ),
    ],
)
def test_changes_of_practice_found_in_rewritten_passages(old: str, new: str) -> None:
    assert _material(old, new)


def test_a_list_of_periods_reordered_is_not_renumbered() -> None:
    old = (
        "- Customer surveys. Your answers may be kept for three (3) years.\n"
        "- Fraud checks. Your data may be kept for five (5) years."
    )
    new = (
        "- Fraud checks. Your data may be kept for five (5) years.\n"
        "- Customer surveys. Your answers may be kept for three (3) years."
    )
    assert not _material(old, new)


def test_two_denials_that_cancel_restate_an_only() -> None:
    old = (
        "We only work with cloud vendors who have signed our data terms. We check their terms every year.\n\nWe"
        " keep your files in the European Union."
    )
    new = (
        "We only work with cloud vendors who have signed our data terms. In practice, this means that we do not"
        " use any cloud vendor that has not signed them. We check their terms every year.\n\nWe keep your files"
        " in the European Union."
    )
    assert not _material(old, new)


def test_a_french_section_named_by_its_quoted_title_names_no_right() -> None:
    lang = foreign.language("fr")
    pointed = "Vous pouvez retirer votre consentement, comme rappelé à la rubrique « Quels sont vos droits ? »."
    assert "rights" not in foreign.read(lang, pointed.replace("«", '"').replace("»", '"')).concepts
    assert "rights" in foreign.read(lang, "Vous disposez de droits sur vos données.").concepts


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "to notify you" = "so that you are notified"
        (
            "You can set your browser to notify you when a cookie is set, and to block cookies altogether.",
            "You can set your browser so that you are notified when a cookie is set, and so that cookies are"
            " blocked altogether.",
        ),
        # a permission said once per sentence once a sentence is split
        (
            "We reserve the right to keep your data (a) as required by law and (b) for as long as reasonably"
            " necessary for the purposes for which it was collected.",
            "We reserve the right to keep your data as required by law. In addition, we may keep it for as long as"
            " reasonably necessary for the purposes for which it was collected.",
        ),
        # a condition without its comma, read as one
        (
            "You can object to the use of your data provided we have no other lawful basis to use it.",
            "You can object to the use of your data, provided we have no other lawful basis to use it.",
        ),
        # an aside set off by commas between a modal and its verb
        (
            "We may refuse to act on your request to erase your data if we need it to defend legal claims.",
            "We may, however, refuse to act on your request to erase your data if we need it to defend legal claims.",
        ),
        # a pointer said in the passive, naming the page it points to
        (
            "Your data may be transferred to other countries. For a list of those countries, please see our"
            " Affiliates page.",
            "Your data may be transferred to other countries. The countries to which your data may be transferred"
            " are listed on our Affiliates page.",
        ),
        # places listed by "where", no condition on the right
        (
            "You can complain to the supervisory authority in the place where you live or work.",
            "You can complain to the supervisory authority where you live, where you work, or where the"
            " infringement took place.",
        ),
        # a past consent ("you may have given") is no possible right
        (
            "You can withdraw any consent you may have given at any time, and you have the right to lodge a"
            " complaint with a supervisory authority.",
            "You can withdraw any consent you may have given at any time. You also have the right to lodge a"
            " complaint with a supervisory authority.",
        ),
        # a condition that leads one clause does not reach a grant coordinated after it
        (
            "Where we rely on your consent, you can withdraw it at any time. You may also lodge a complaint with"
            " a supervisory authority.",
            "Where we rely on your consent, you can withdraw it at any time, and you may lodge a complaint with a"
            " supervisory authority.",
        ),
    ],
)
def test_still_more_of_the_same_facts_said_another_way(old: str, new: str) -> None:
    assert not _material(old, new)


def test_the_words_after_sharing_reach_a_party_only_in_its_own_clause() -> None:
    from monitor.classify.facts import _UNKNOWN_PARTY

    assert _UNKNOWN_PARTY.search("we share this record with other airlines.")
    assert not _UNKNOWN_PARTY.search("we may share it if we believe your acts are inconsistent with the spirit.")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the law's leave as a limit and as a condition
        (
            "As permitted under law, you have the right to ask us for a copy of the data we hold about you.",
            "Where permitted by law, you have the right to ask us for a copy of the data we hold about you.",
        ),
        # "you will be opted out" = "it will opt you out"
        (
            "If you send us the signal, you will be opted out of the sharing of your data for advertising.",
            "If you send us the signal, it will opt you out of the sharing of your data for advertising.",
        ),
    ],
)
def test_the_same_bound_or_choice_in_another_voice(old: str, new: str) -> None:
    assert not _material(old, new)


def test_a_heading_made_a_plain_line_is_still_paired_with_it() -> None:
    from monitor.text.diff import diff_texts

    old = "# 4. Ads and Your Choices\nWe show ads based on the pages you read.\n"
    new = "4. Ads and the User's Choices\nWe show ads based on the pages you read.\n"
    changes = diff_texts(old, new)
    assert [(c.before, c.after) for c in changes] == [("Ads and Your Choices", "Ads and the User's Choices")]
