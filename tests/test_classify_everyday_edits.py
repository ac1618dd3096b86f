"""Everyday edits a careful editor makes without changing a practice: a verb in another form, a condition in legal
register, a number said once less, a report to the company rather than a notice to the reader, a pointer naming a
section. Each reading has look-alikes that change a practice and must stay material. The sentences are our own.

Family: the rewordings of paraphrase batch 18 (bench/paraphrase_edits_18.json), written by a helper who did not
see the classifier, read as general forms."""

from __future__ import annotations

import pytest

from tests.in_a_policy import framed, neither_way, stays_material

OPENING = (
    "# Privacy Policy\n\n"
    'Nordwick Ltd ("Nordwick", "we") runs the Nordwick reading app.\n\n'
    "We collect your name and email address when you create an account.\n\n"
    "We keep your data for as long as your account is open.\n\n"
)

PAIR = framed(OPENING)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a report the reader makes to the company's staff is no notice of a change to the reader
        (
            "If you learn that a child has given us personal data, please contact our support team.",
            "Anyone who learns that a child has given personal data to us should notify the appropriate support team.",
        ),
        # the verb in another form, in a list turned into prose, and marketing told to the reader
        (
            "We use your details for these purposes: To tailor the content you see; To notify you about offers and"
            " products that may interest you.",
            "We use your details for tailoring the content you see and notifying you about offers and products that"
            " may interest you.",
        ),
        (
            "We use your details to: Verify your identity; Fulfil our contract with you.",
            "We use your details for verifying your identity and fulfilling our contract with you.",
        ),
        (
            "When you ask for a copy, we follow our usual process, including verifying your identity.",
            "When you ask for a copy, we follow our usual process, including verification of your identity.",
        ),
        (
            "We may use your details to provide you with materials about offers that may interest you.",
            "We may use your details to send you materials about offers that may interest you.",
        ),
        # a connective, no hedge
        (
            "We urge parents to tell their children never to share their home address online.",
            "More generally, we urge parents to tell their children never to share their home address online.",
        ),
        # an age said once less: the same two ages
        (
            "The app is not directed to children under 13 (and in some countries under the age of 16), and we do"
            " not knowingly collect data from children under 13 (and in some countries under the age of 16).",
            "The app is not directed to children under 13 (or, in some countries, under 16), and we do not"
            " knowingly collect data from them.",
        ),
        # a choice said with another verb: electing to receive e-mails is opting in to them
        (
            "If you have elected to receive marketing emails from us, we keep your marketing preferences until you"
            " unsubscribe.",
            "Where you have opted in to marketing emails from us, we keep your marketing preferences until you"
            " unsubscribe.",
        ),
        # a period counted from a date is no measurement of use
        (
            "We keep your marketing preferences for a reasonable period of time from the date you last opened one of"
            " our emails.",
            "We keep your marketing preferences for a reasonable period measured from the date you last opened one"
            " of our emails.",
        ),
        # a condition on a right in legal register
        (
            "Where we rely on our legitimate interests to process your data, you can object to that processing.",
            "In the event that we rely upon our legitimate interests to process your data, you shall be entitled to"
            " object to such processing.",
        ),
        # an obligation said with "need to" = "shall be required to"
        (
            "Your consent only covers this sign-in, which means that you will need to consent again the next time you"
            " sign in with your face.",
            "Your consent shall cover solely the sign-in in question; accordingly, you shall be required to consent"
            " anew on each subsequent occasion on which you sign in with your face.",
        ),
        # an option kept is no data kept
        (
            "Using face sign-in is voluntary, and you always have the option of signing in with a password.",
            "Use of face sign-in is entirely voluntary, and you shall at all times retain the option of signing in"
            " with a password.",
        ),
        # a place named by what is kept there
        (
            "We use administrative, technical and physical safeguards to protect your information.",
            "We use administrative, technical and physical safeguards to protect your information; in other words,"
            " we combine internal rules, protections built into our systems and physical controls over the places"
            " where information is kept.",
        ),
        # marketing aimed at people, in another construction
        (
            "We do not knowingly market towards, nor collect personal data about, children.",
            "We do not knowingly direct marketing at children, nor do we knowingly collect personal data about them.",
        ),
        # a period bounded by need, in legal register
        (
            "We retain your order history only for so long as necessary to fulfil the purposes for which it was"
            " collected.",
            "The Company shall retain your order history solely for such period as is necessary to fulfil the"
            " purposes for which it was collected.",
        ),
        # one effort in other words
        (
            "If retention is required, we work to keep your order history for the shortest period the law permits.",
            "Where retention is required, we shall endeavour to keep your order history for the shortest period the"
            " law permits.",
        ),
        # a period in halves, and one after "over"
        ("We keep your order history for six months.", "We keep your order history for half a year."),
        ("We keep your order history for 18 months.", "We keep your order history for a year and a half."),
        ("We keep backups for more than 2 years.", "We keep backups for over 2 years."),
        # a condition said in the sentence before, taken up by "if so"
        (
            "If you prefer not to receive our newsletter, you can unsubscribe with the link in each issue.",
            "You may prefer not to receive our newsletter. If so, you can unsubscribe with the link in each issue.",
        ),
    ],
)
def test_an_everyday_edit_is_not_material(old: str, new: str) -> None:
    neither_way(PAIR, old, new)


def test_a_pointer_to_a_named_section_names_no_place() -> None:
    """A sentence repeating what another section states, pointing to it by its title ("As stated in the Nevada
    section above"), adds no fact: the section's name is where to read, not a place the data goes."""
    stated = (
        "# Your rights in Nevada\n\nWe have not sold any personal information to third parties in the past 12"
        " months.\n\n"
    )
    before = stated + "# Your rights in Utah\n\nYou can ask us what we hold about you."
    after = (
        stated
        + "# Your rights in Utah\n\nYou can ask us what we hold about you. As stated in the Nevada section above,"
        " we have not sold any personal information to third parties in the past 12 months."
    )
    neither_way(PAIR, before, after)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a notice of a change to the reader added, in either form of the verb
        ("We may change this policy.", "We may change this policy. We will notify affected users before it applies."),
        ("We may change this policy.", "We may change this policy, notifying you by email before it applies."),
        # identity verification dropped from a request's handling
        (
            "When you ask for a copy, we follow our usual process, including verification of your identity.",
            "When you ask for a copy, we follow our usual process.",
        ),
        # a promise turned into a tendency
        (
            "We will delete your messages after 30 days.",
            "We will generally delete your messages after 30 days.",
        ),
        # an age changed, however often it is said
        (
            "The app is not directed to children under 13, and we do not knowingly collect data from children under"
            " 13.",
            "The app is not directed to children under 16, and we do not knowingly collect data from them.",
        ),
        # the choice dropped
        (
            "If you have elected to receive marketing emails from us, we use your reading history to pick offers.",
            "We use your reading history to pick offers.",
        ),
        # offers sent where there were none
        (
            "We may use your details to answer your questions.",
            "We may use your details to answer your questions and to provide you with special offers.",
        ),
        # a measurement of use added
        (
            "We keep your reading history while your account is open.",
            "We keep your reading history while your account is open and measure how you use the app.",
        ),
        # a condition put on a right in legal register
        (
            "You can object to the processing of your data.",
            "In the event that we rely on our legitimate interests, you shall be entitled to object to the processing"
            " of your data.",
        ),
        # a period bounded by need turned into one without a bound
        (
            "We retain your order history only for so long as necessary to fulfil the purposes for which it was"
            " collected.",
            "The Company shall retain your order history for such period as it sees fit.",
        ),
        # an effort made a promise
        (
            "We work to keep your order history for the shortest period the law permits.",
            "We will keep your order history for the shortest period the law permits.",
        ),
        # a promise made discretionary, with the aside between the modal and its verb
        (
            "To protect your data, we shall employ a number of security safeguards.",
            "To protect your data, we may, at our sole discretion, employ security safeguards.",
        ),
        # the announcement of changes made optional
        (
            "If the changes are substantive, we will also announce the update on our home page.",
            "If the changes are substantive, we may also announce the update on our home page.",
        ),
        # a period changed, said in halves or after "over"
        ("We keep your order history for half a year.", "We keep your order history for a year."),
        ("We keep your order history for a year and a half.", "We keep your order history for a year."),
        ("We keep backups for over 2 years.", "We keep backups for over 5 years."),
        # a right waived
        (
            "If we learn of a breach, we will tell you by email. You may have a right to receive this notice in"
            " writing.",
            "If we learn of a breach, we will tell you by email. By using the app, you waive any right you may have"
            " to receive this notice in writing.",
        ),
        # data kept, not a place
        (
            "We protect your messages with encryption.",
            "We protect your messages with encryption, and they are kept for ten years.",
        ),
        # a period with no end, beside another verb of keeping
        (
            "We retain data from cookies for a reasonable period of time from the date it was created.",
            "Data from cookies is kept indefinitely.",
        ),
    ],
)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    stays_material(PAIR, old, new)


POINTED = "# Privacy Policy\n\n# Sharing\n\nWe share your order details with our delivery partners.\n\n# Cookies\n\n"


@pytest.mark.parametrize(
    "after",
    [
        'We use cookies to remember your basket, and the section "Sharing" above explains how order details go to'
        " delivery partners.",
        "We use cookies to remember your basket; see the Sharing section above for how we share your order details.",
    ],
)
def test_a_pointer_clause_to_what_the_policy_states_is_no_change(after: str) -> None:
    """A clause sending the reader to another section, naming what that section states, adds nothing."""
    pair = framed(POINTED)
    neither_way(pair, "We use cookies to remember your basket.", after)


@pytest.mark.parametrize(
    "after",
    [
        # a practice the policy does not state: a statement, whatever points to it
        'We use cookies to remember your basket, and the section "Sharing" above explains how we disclose your'
        " browsing history to advertisers.",
        # a sale, named in a pointer
        "We use cookies to remember your basket; see the Sharing section above for how we sell your order details.",
    ],
)
def test_a_pointer_clause_naming_a_new_practice_stays_material(after: str) -> None:
    stays_material(framed(POINTED), "We use cookies to remember your basket.", after)


def test_a_number_said_once_less_is_the_same_number() -> None:
    """The numbers two versions of a sentence name are compared as values: an age repeated in one version and said
    once in the other, in another form ("age of 16" / "under 16"), is no age changed; a value gone is."""
    from monitor.classify.evidence import profile
    from monitor.classify.findings import _quantity_findings

    twice = profile(
        "The app is not directed to children under 13 (and in some countries under the age of 16), and we do not"
        " knowingly collect data from children under 13 (and in some countries under the age of 16)."
    )
    once = profile(
        "The app is not directed to children under 13 (or, in some countries, under 16), and we do not knowingly"
        " collect data from them."
    )
    assert _quantity_findings(twice, once, "children") == []
    assert _quantity_findings(once, twice, "children") == []
    raised = profile("The app is not directed to children under 16, and we do not knowingly collect data from them.")
    assert [f.text for f in _quantity_findings(once, raised, "children")] == ['removed "under 13"']


def test_a_period_or_a_size_after_over_is_no_age() -> None:
    """ "over 2 years" after "for" is a period and "over 10 GB" a size; "over 16" alone is an age."""
    from monitor.classify.evidence import profile

    assert [(q.kind, q.value) for q in profile("We keep it for over 2 years.").quantities] == [("time", 730.0)]
    assert [q.kind for q in profile("Files over 10 GB are compressed.").quantities] == ["size"]
    assert [(q.kind, q.value) for q in profile("Users over 16 may sign up.").quantities] == [("age", 16.0)]


def test_an_obligation_said_with_need_to_is_an_obligation() -> None:
    """ "you will need to consent" binds the reader as "you shall be required to consent" does: the same modal on
    the same verb; "you can consent" is a permission, another."""
    from monitor.classify.evidence import profile
    from monitor.classify.findings import _modal_changed_on_a_verb

    needed = profile("Accordingly, you will need to consent again each time you sign in.")
    required = profile("Accordingly, you shall be required to consent again each time you sign in.")
    allowed = profile("Accordingly, you can consent again each time you sign in.")
    assert not _modal_changed_on_a_verb(needed, required)
    assert not _modal_changed_on_a_verb(required, needed)
    assert _modal_changed_on_a_verb(allowed, required)


def test_a_term_in_a_short_form_is_the_same_term() -> None:
    """A concept's term in the form the lexicon reads as another ("ads" = "advertisements", "info" = "information")
    is the same term when two versions of a sentence are compared: an example that says "the ads you see" beside
    "personalised advertisements" adds no kind of advertising."""
    from monitor.classify.findings import _stems

    assert _stems(frozenset({"ads"})) == _stems(frozenset({"advertisements"}))
    assert _stems(frozenset({"contact info"})) == _stems(frozenset({"contact information"}))
    assert _stems(frozenset({"ads"})) != _stems(frozenset({"analytics"}))
    neither_way(
        PAIR,
        "Our advertising partners may use this information to show you personalised advertisements on their networks.",
        "They may use this information to show you personalised advertisements on their networks - for instance,"
        " the ads you see on another site that works with the same advertising partner.",
    )
