"""Classifier: sentences added or dropped in which the company states no practice of its own - advice to the reader,
how a technology works or what a law says in general, other parties left to their own rules - each family with
look-alikes in which the company does act, which must stay material. The sentences are the tests' own."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy notice of a small recipe app\n"
    "We collect your name, email address and the recipes you save when you open an account.\n"
    "We use cookies to keep you signed in.\n"
    "We share your data with the hosting company that runs our servers.\n"
    "We do not sell your personal information.\n"
    "You can ask us to delete your account by writing to our support team.\n"
    "We keep invoices for six years to meet tax law."
)


def _rules(old: str, new: str) -> tuple[bool, set[str]]:
    result = classify_texts(old, new)
    return result.material, {c.rule for c in result.changes}


def _neither_way(sentence: str, rule: str) -> None:
    """Added or dropped, the sentence is not material, and `rule` is the one that says so."""
    for old, new in ((POLICY, POLICY + "\n" + sentence), (POLICY + "\n" + sentence, POLICY)):
        material, rules = _rules(old, new)
        assert not material, (sentence, rules)
        assert rule in rules, (sentence, rules)


def _stays_material(sentence: str) -> None:
    assert classify_texts(POLICY, POLICY + "\n" + sentence).material, sentence
    assert classify_texts(POLICY + "\n" + sentence, POLICY).material, sentence


@pytest.mark.parametrize(
    "advice",
    [
        "Pick a long password and change it every few months.",
        "We encourage you to use a different password for each account you hold.",
        "Use two-factor authentication wherever you can.",
        "Never reuse a password that you use on another website.",
        "Be careful about what you post publicly in recipe comments.",
        "Do not post your email address or phone number in public comments.",
        "You should review the privacy settings of any social network you link to the app.",
        "We urge you to keep your login details and phone number to yourself.",
        "Simple steps include a strong password and locking your phone when you are not using it.",
        "You are responsible for the personal details you choose to post publicly.",
        # the reader kept from sending their own data to the company
        "Please do not send us your credit card number by email.",
        "Do not send us your bank details through the chat window.",
    ],
)
def test_advice_to_the_reader_states_no_practice(advice):
    _neither_way(advice, "advice")


@pytest.mark.parametrize(
    "practice",
    [
        # the company acts in the same sentence
        "Choose a strong password; we encrypt it before we store it.",
        "We recommend that you use a strong password, and we share failed sign-in attempts with a fraud service.",
        # an age limit, a link to opt out, a purpose in a list: not advice, whatever the imperative
        "You must be at least 16 years old to use the app; do not share your password.",
        "Do not sell or share my personal information.",
        "Protect against fraud and abuse of the app.",
        "Use your sensitive data to verify your identity.",
        "Check your identity against public records.",
        "Choose whether to share your location with us.",
        # how to act on one's data
        "To stop targeted ads, never share your advertising ID with us and switch it off in your phone settings.",
        # the company says when it asks for the data, or what it does with it
        "Please do not send us your passport or other identity documents unless we ask for them.",
        "Do not send us your credit card number; we collect it through our payment processor.",
        "Please do not send us sensitive information through the contact form, as we keep all messages for 5 years.",
    ],
)
def test_advice_look_alikes_in_which_the_company_acts_stay_material(practice):
    _stays_material(practice)


@pytest.mark.parametrize(
    "explanation",
    [
        "Pixels let a sender know whether an email was opened.",
        "Most browsers accept cookies by default.",
        "Session cookies are deleted when you close your browser, while persistent cookies remain on your device"
        " until they expire.",
        "First-party cookies are set by the site you are on, while third-party cookies are set by other domains.",
        "Local storage can keep small amounts of data in the browser between visits.",
        "Under the GDPR, a controller is the body that decides why and how personal data is processed.",
        "The CCPA allows businesses to offer consumers financial incentives for sharing personal information.",
        "Some state laws treat device identifiers as personal data.",
        "This practice is often called interest-based advertising.",
    ],
)
def test_a_general_explanation_with_nobody_acting_states_no_practice(explanation):
    _neither_way(explanation, "general-explanation")


@pytest.mark.parametrize(
    "practice",
    [
        # the company (or a named party) uses the technology
        "We use pixels to know whether you opened our emails.",
        "Pixels in our emails tell us whether you opened them.",
        "Most browsers accept cookies by default, and our partner Brightlane reads them to measure visits.",
        # a purpose, a handling in the passive, a denial: the site's own cookies described
        "Advertising cookies track you across websites.",
        "Cookies are used to show you ads based on your interests.",
        "These cookies do not collect information that identifies you.",
        "Session cookies are kept for 90 days.",
        "Cookies are stored alongside your account number and order history.",
        "Log files contain your IP address, browser type and the pages you view.",
        # what the law makes the company do, or a right given to the reader
        "Nevada law requires us to let you opt out of the sale of your data.",
        "Tax law requires payment records to be kept by the shop that sells you a meal kit.",
        "Under the CCPA, you have the right to know what we collect.",
        # a name given, with the company's practice in the same sentence
        "This is called profiling, and we do it to choose the offers we show you.",
    ],
)
def test_explanation_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


@pytest.mark.parametrize(
    "others",
    [
        "Third parties' use of your data is governed by their own privacy policies.",
        "This policy does not apply to the websites of other companies.",
        "What an advertising network does with your device identifiers is subject to its own privacy notice.",
        "Other websites follow different rules about the phone numbers and addresses you give them.",
        "We have no control over third-party platforms, and they may keep copies of your posts.",
    ],
)
def test_other_parties_left_to_their_own_rules_state_no_practice(others):
    _neither_way(others, "others-rules")


@pytest.mark.parametrize(
    "practice",
    [
        "We share your data with advertisers, whose use of it is governed by their own privacy policies.",
        "Your data is shared with partners and is governed by their own terms.",
        "Data brokers may sell the data they buy from us under their own privacy policies.",
        "We do not control what our advertising partners do with the data we share with them.",
        "We will remain liable if a third party acting for us mishandles your data.",
    ],
)
def test_other_parties_look_alikes_in_which_data_is_handed_over_stay_material(practice):
    _stays_material(practice)


@pytest.mark.parametrize(
    "caveat",
    [
        "Disabling cookies may affect how well the site works for you.",
        "If you withdraw your consent, you may not be able to receive some services that rely on it.",
        "However, adjusting your browser preferences may impact your experience with the app.",
        "If you do not accept cookies, you may not be able to use all parts of the site.",
    ],
)
def test_a_warning_that_a_choice_may_cost_features_states_no_practice(caveat):
    _neither_way(caveat, "choice-cost")


@pytest.mark.parametrize(
    "practice",
    [
        # the choice offered in the same sentence
        "You can block cookies in your browser, but some features may not work properly.",
        # the company acts, or a purpose or a sale is named
        "If you withdraw consent, we will delete your data and you may not be able to use the service.",
        "Rejecting cookies does not remove ads but will result in ads that are not personalised.",
        "If you opt out of sales, we will be unable to provide services that rely on selling your data.",
        "If you withdraw your consent, this will not affect the lawfulness of processing based on consent before"
        " its withdrawal.",
    ],
)
def test_choice_cost_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


@pytest.mark.parametrize(
    "introduction",
    [
        "Below we describe the choices you have about your location data.",
        "The following sections explain how we use your location data.",
        "The advertisers and the purposes of each disclosure are described in the table below.",
    ],
)
def test_a_sentence_introducing_the_next_part_states_no_practice(introduction):
    _neither_way(introduction, "furniture")


@pytest.mark.parametrize(
    "practice",
    [
        "Below we explain that we sell your location data to data brokers.",
        "The following table does not list every partner we share data with.",
        "Your location data is shared with the advertisers listed in the table below.",
    ],
)
def test_introduction_look_alikes_that_state_a_practice_stay_material(practice):
    _stays_material(practice)


def test_a_run_in_label_over_an_introduction_titles_it() -> None:
    """A label opening a block whose text only presents what follows is the block's title, not a statement of its
    own; over a text that states nothing by itself, the label is what names the data and stays material."""
    from monitor.classify import classify_texts

    base = "# Policy\nWe collect your name when you sign up.\n"
    title = "Your Privacy Choices. Your choices depend on applicable law and are described below.\n"
    assert not classify_texts(base, base + title).material
    assert not classify_texts(base + title, base).material
    assert classify_texts(base, base + "Precise Location. Where your device allows it.\n").material
