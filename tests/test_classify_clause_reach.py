"""What a "without", a denial's "anyone" and a request to the reader reach (session 39). Our own sentences."""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts
from monitor.classify.evidence import profile
from monitor.classify.facts import _sentence_facts

POLICY = (
    "# Privacy at Larchmere Games\n\n## What we collect\n\nWe collect your nickname and e-mail address when you"
    " register.\n\n## Children\n\n{passage}\n\n## Contact\n\nWrite to privacy@larchmere.example.\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(POLICY.format(passage=old), POLICY.format(passage=new)).material


SAME = [
    # "without" at the end of a sentence denies its own phrase, not the act it qualifies
    (
        "We erase records that we find were collected from a child under 13 without a parent's consent.",
        "If we find that we collected records from a child under 13 without a parent's consent, we will erase them.",
    ),
    # "from anyone under 16" under a denial = "from people under 16"
    (
        "We do not knowingly collect data from people under 16.",
        "We don't knowingly collect data from anyone under 16.",
    ),
    # the reader asked not to send the company data: the reader's act, no handling the company denies
    (
        "We do not knowingly collect information from people under 16. If you are such a person, please do not use"
        " the app or send us your information.",
        "We don't knowingly collect information from anyone under 16. If you are under 16, please don't use the app"
        " or give us any of your information.",
    ),
]


@pytest.mark.parametrize(("old", "new"), SAME)
def test_the_same_facts_said_another_way(old: str, new: str) -> None:
    assert not _material(old, new)
    assert not _material(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (SAME[0][0], SAME[0][1].replace("we will erase them", "we may keep them")),
        (SAME[0][0], SAME[0][1].replace(" without a parent's consent", "")),
        (SAME[1][0], "We knowingly collect data from anyone under 16."),
        (SAME[2][0], SAME[2][1].replace("under 16, please", "under 13, please")),
    ],
)
def test_a_look_alike_stays_material(old: str, new: str) -> None:
    assert _material(old, new)


def test_without_at_the_end_of_a_sentence_reaches_back_to_its_relative_clause_only() -> None:
    facts, _ = _sentence_facts("We erase records that we find were collected from a child without a parent's consent.")
    assert ("negated", "consent") in facts
    assert ("concept", "deletion", False) in facts
    assert ("negated", "deletion") not in facts
    # with no relative clause, it reaches the whole clause
    facts, _ = _sentence_facts("We share your e-mail address with advertisers without your consent.")
    assert ("negated", "disclosure") in facts


def test_anyone_under_a_denial_widens_nothing() -> None:
    assert profile("we do not knowingly collect data from anyone under 16.").broadeners == ()
    assert profile("we may show your profile to anyone.").broadeners == ("anyone",)


def test_a_handling_whose_recipient_is_the_company_is_the_readers_act() -> None:
    _, denied = _sentence_facts("If you are such a person, please do not send us your information.")
    assert denied == ()
    _, denied = _sentence_facts("We do not send your information to advertisers.")
    assert denied != ()


CHANGES = (
    "# Privacy at Larchmere Games\n\n## Cookies\n\nWe use cookies to keep you signed in.\n\n## Sharing\n\nWe share"
    " your e-mail address with our mailing provider.\n\n## Changes\n\n{passage}\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "reserves the right to" is the company's leave, as "may" is
        (
            "Larchmere reserves the right, at its discretion, to change this policy at any time. Your continued use"
            " of the games 14 days after a change is posted means you accept it.",
            "Larchmere may change this policy at any time, at its discretion. Any change takes effect 14 days after"
            " it is posted, and if you keep using the games once those 14 days have passed, you accept it.",
        ),
    ],
)
def test_a_change_clause_reworded(old: str, new: str) -> None:
    assert not classify_texts(CHANGES.format(passage=old), CHANGES.format(passage=new)).material
    assert not classify_texts(CHANGES.format(passage=new), CHANGES.format(passage=old)).material


def test_a_change_clause_with_a_shorter_delay_stays_material() -> None:
    old = (
        "Larchmere reserves the right, at its discretion, to change this policy at any time. Your continued use of"
        " the games 14 days after a change is posted means you accept it."
    )
    new = (
        "Larchmere may change this policy at any time, at its discretion. Any change takes effect 2 days after it is"
        " posted, and if you keep using the games once those 2 days have passed, you accept it."
    )
    assert classify_texts(CHANGES.format(passage=old), CHANGES.format(passage=new)).material


def test_the_company_saying_it_does_not_track_is_a_denial_not_the_signals_name() -> None:
    facts, _ = _sentence_facts("When your browser sends a signal, we do not track you or show you ads.")
    assert ("negated", "track") in facts
    facts, _ = _sentence_facts("We respond to Do Not Track signals from your browser.")
    assert not any(f[0] == "negated" for f in facts)


def test_a_lead_pointing_to_another_section_is_no_statement() -> None:
    old = CHANGES.format(passage="We post every change on this page.").replace(
        "We use cookies to keep you signed in.", "We do not share cookie data with advertisers."
    )
    new = old.replace(
        "We do not share cookie data with advertisers.",
        'As further explained in Section 2 ("Sharing"), we do not share cookie data with advertisers.',
    )
    assert not classify_texts(old, new).material
    assert classify_texts(old, new.replace("we do not share", "we share")).material


def test_where_reasonably_practicable_hedges_a_promise() -> None:
    old = CHANGES.format(passage="We will notify you by e-mail before a change takes effect.")
    new = CHANGES.format(
        passage="We will notify you by e-mail before a change takes effect, where reasonably practicable."
    )
    assert classify_texts(old, new).material


HEADED = (
    "# Privacy at Larchmere Games\n\n## Where we rely on your consent\n\n* Where the law requires it, consent to"
    " send you newsletters.\n* Consent to show you ads based on your play history.\n\n## Contact\n\nWrite to"
    " privacy@larchmere.example.\n"
)


def test_a_word_the_heading_says_dropped_from_an_item() -> None:
    new = HEADED.replace(
        "Where the law requires it, consent to send you newsletters.",
        "Where the law requires it, to send you newsletters.",
    )
    assert not classify_texts(HEADED, new).material
    assert not classify_texts(new, HEADED).material
    # under a heading that names no consent, the word dropped is consent dropped
    plain = HEADED.replace("## Where we rely on your consent", "## Newsletters and ads")
    assert classify_texts(plain, plain.replace("it, consent to send", "it, to send")).material


APP = (
    "# Privacy at Larchmere Games\n\n## Location\n\n{passage}\n\n## Cookies\n\nIf you decide at any time that you no"
    " longer wish to accept cookies, you can change your browser settings to stop accepting cookies.\n\n## Marketing"
    "\n\nWe send newsletters about new games.\n\nTo stop newsletters, see the Unsubscribe section below.\n\n"
    "## Unsubscribe\n\n"
    "Click the link at the bottom of any newsletter.\n\n## Your choices\n\nYou can ask us to delete your account.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the reader's choice to share or switch on = an opt-in; "when the app is closed" = "while it is closed";
        # "as permitted by your settings" = "to the extent your settings permit"
        (
            "If you opt in to background location, we collect your location when the app is closed (as permitted by"
            " your device settings).",
            "If you choose to turn on background location, we collect your location while it is closed, to the"
            " extent your device settings permit.",
        ),
        # what may interest the reader is no leave the company keeps
        (
            "We e-mail you about new games that are of interest to you.",
            "We e-mail you about new games that may interest you.",
        ),
        # "alerting you" = "alert you"
        (
            "We keep your friends list for purposes of alerting you when a friend joins.",
            "We keep your friends list so that we can alert you when a friend joins.",
        ),
    ],
)
def test_the_same_practice_in_other_words(old: str, new: str) -> None:
    assert not classify_texts(APP.format(passage=old), APP.format(passage=new)).material
    assert not classify_texts(APP.format(passage=new), APP.format(passage=old)).material


def test_a_restated_choice_without_the_readers_wish_is_stated_elsewhere() -> None:
    """The reader's wish ("if you no longer wish to accept cookies") sets no condition the restatement drops."""
    old = APP.format(passage="We collect your city from your IP address.")
    new = old.replace(
        "## Marketing",
        "As noted above, you can change your browser settings to stop accepting cookies.\n\n## Marketing",
    )
    assert not classify_texts(old, new).material


def test_two_pointers_joined_by_a_semicolon_point() -> None:
    old = APP.format(passage="We collect your city from your IP address.")
    new = old.replace(
        "To stop newsletters, see the Unsubscribe section below.",
        "To stop newsletters, see the Unsubscribe section below; for your other choices, see the Your choices section.",
    )
    assert not classify_texts(old, new).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "If you opt in to background location, we collect your location when the app is closed.",
            "We collect your location while the app is closed.",
        ),
        (
            "We collect your location when the app is closed (as permitted by your device settings).",
            "We collect your location when the app is closed.",
        ),
    ],
)
def test_a_condition_or_a_limit_dropped_stays_material(old: str, new: str) -> None:
    assert classify_texts(APP.format(passage=old), APP.format(passage=new)).material


PARCELS = (
    "# Privacy at Larchmere Parcels\n\n## Claims\n\nWe take photos of damaged parcels to settle claims. {passage}\n\n"
    "## Partners\n\nWe work with carriers, including Swiftline, to deliver parcels. {partners}\n"
)
PARTNERS = "The carriers' ability to use your address is restricted by our contract with them."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            PARCELS.format(passage="These photos of parcels are kept for 30 days.", partners=PARTNERS),
            PARCELS.format(passage="They are kept for 30 days.", partners=PARTNERS),
        ),
        (
            PARCELS.format(passage="They are kept for 30 days.", partners=PARTNERS),
            PARCELS.format(
                passage="They are kept for 30 days.",
                partners="Their ability to use your address is restricted by our contract with them.",
            ),
        ),
    ],
)
def test_a_name_said_by_a_pronoun_the_sentence_before_names(old: str, new: str) -> None:
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_a_pronoun_with_the_practice_changed_stays_material() -> None:
    old = PARCELS.format(passage="These photos of parcels are kept for 30 days.", partners=PARTNERS)
    assert classify_texts(old, PARCELS.format(passage="They are kept for 90 days.", partners=PARTNERS)).material


def test_a_right_held_in_a_relative_clause_is_its_antecedents() -> None:
    from monitor.classify.rights import granted

    low = "we share it with our providers who do not have an independent right to access or use it."
    assert granted(low).rights == frozenset()
    assert granted("you have the right to access your data.").rights == frozenset({("reader", "access", False)})


STREAM = (
    "# Privacy at Larchmere Stream\n\n## Devices\n\n{passage}\n\n## Sharing\n\n{sharing}\n\n## 2.1.3 Data from others"
    "\n\nWe receive your e-mail address from partners who sell our subscriptions.\n\n## 3. Who we share data with\n\n"
    "We share your viewing history with our analytics provider.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "any such" points back; a pointer to two sections (one numbered 2.1.3) and "you can find more
        # information ... in section 3" both point
        (
            STREAM.format(
                passage="We collect your device model.",
                sharing="We tell you about possible sharing before it happens. You can find more information about"
                " the parties that receive your data in section 3.",
            ),
            STREAM.format(
                passage="We collect your device model.",
                sharing="We tell you about any such sharing before it happens. See also section 2.1.3 (Data from"
                " others) and section 3 (Who we share data with) for more information about the parties that receive"
                " your data.",
            ),
        ),
        # a denial does not reach past "but" before the same subject's next verb; a title-case label names no party
        (
            STREAM.format(
                passage="This information does not reveal who you are but may include usage data used for our"
                " analytics.\n\n* **Device and Connection Information** - We may collect your device model.",
                sharing="We share your viewing history with our analytics provider.",
            ),
            STREAM.format(
                passage="This information does not reveal who you are, but it may include usage data used for our"
                " analytics. We may collect your device model.",
                sharing="We share your viewing history with our analytics provider.",
            ),
        ),
    ],
)
def test_pointers_back_references_and_labels(old: str, new: str) -> None:
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_any_such_after_a_practice_changed_stays_material() -> None:
    base = STREAM.format(
        passage="We collect your device model.", sharing="We tell you about possible sharing before it happens."
    )
    new = base.replace(
        "We tell you about possible sharing before it happens.", "We do not tell you about any such sharing."
    )
    assert classify_texts(base, new).material


HEALTH = (
    "# Privacy at Larchmere Health\n\n## Purposes\n\nThe data is used to:\n\n{items}\n\n## Legal basis\n\n{basis}\n\n"
    "## On your phone\n\n{local}\n"
)
ITEMS = "1° Raising awareness of the symptoms;\n\n2° Keeping your vaccination certificates."
BASIS = "This processing is part of a public interest mission (article 6.1.e of the GDPR)."
LOCAL = "For the notification of eligibility for a booster, the information is processed on your phone only."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a capital after a list item's number opens the item, no name
        (
            HEALTH.format(items=ITEMS, basis=BASIS, local=LOCAL),
            HEALTH.format(
                items="1° Raise awareness of the symptoms;\n\n2° Keep your vaccination certificates.",
                basis=BASIS,
                local=LOCAL,
            ),
        ),
        # an EU act's number names no country
        (
            HEALTH.format(items=ITEMS, basis=BASIS, local=LOCAL),
            HEALTH.format(
                items=ITEMS,
                basis="This processing is part of a public interest mission within the meaning of Article 6(1)(e) of"
                " Regulation (EU) 2016/679.",
                local=LOCAL,
            ),
        ),
        # an app's notification of eligibility is no notice of a change
        (
            HEALTH.format(items=ITEMS, basis=BASIS, local=LOCAL),
            HEALTH.format(
                items=ITEMS,
                basis=BASIS,
                local="Notifications of eligibility for a booster are generated on your phone only.",
            ),
        ),
    ],
)
def test_numbers_citations_and_notifications(old: str, new: str) -> None:
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


def test_a_notification_of_changes_is_still_a_change_notice() -> None:
    old = HEALTH.format(items=ITEMS, basis=BASIS, local=LOCAL + " We send a notification of changes to this notice.")
    new = HEALTH.format(items=ITEMS, basis=BASIS, local=LOCAL)
    assert classify_texts(old, new).material


def test_contractual_obligations_name_the_contract_basis() -> None:
    old = (
        "# P\n\nWe collect your name.\n\n## Bases\n\n* To meet our contractual obligations to you: we process your"
        " order.\n"
    )
    new = old.replace("To meet our contractual obligations to you", "Performance of a contract")
    assert not classify_texts(old, new).material
    assert not classify_texts(new, old).material


@pytest.mark.parametrize(
    "sentence",
    ["Google: we share your usage data with it.", "Usage Data: we collect it.", "Device Data - we collect it."],
)
def test_a_run_in_label_of_one_word_is_read(sentence: str) -> None:
    _sentence_facts(sentence)  # no error on a label of one word


def test_a_run_in_label_naming_data_names_no_party() -> None:
    facts, _ = _sentence_facts("Device and Connection Information - We may collect your device model.")
    assert not [f for f in facts if f[0] == "name"]
