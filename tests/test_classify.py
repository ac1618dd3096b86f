"""Classifier: labelled cases (ours and, when present, the shared dev cases) plus unit tests of each rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify.engine import classify, classify_texts
from monitor.classify.modified import _address_only
from monitor.domain.values import CATEGORIES, Change, ChangeKind, Classification, Direction, Severity

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "cases"
#: The shared data sits beside the repository (../shared), in a worktree as in CI's fresh clone.
DEV_CASES = REPO.parent / "shared" / "dev-cases"


def _case_dirs(root: Path) -> list[Path]:
    # whole-document pairs (doc-*, doc2-*) are judged in test_classify_documents.py
    dirs = root.iterdir() if root.is_dir() else ()
    return sorted(d for d in dirs if (d / "label.json").exists() and not d.name.startswith(("doc-", "doc2-")))


def _run(case: Path) -> tuple[dict, Classification]:
    label = json.loads((case / "label.json").read_text(encoding="utf-8"))
    before = (case / "before.txt").read_text(encoding="utf-8")
    after = (case / "after.txt").read_text(encoding="utf-8")
    return label, classify_texts(before, after)


def _check(case: Path) -> None:
    label, result = _run(case)
    assert result.material == label["material"], (case.name, result.summary, [c.reason for c in result.changes])
    if label["material"] and label.get("language", "en") == "en":
        assert set(label["categories"]) & set(result.categories), (case.name, result.categories)
    elif label["material"]:
        # the lexicon reads English only: a change in another language is reported, uncategorised, for a person
        assert result.categories == ("other",), (case.name, result.categories)


@pytest.mark.parametrize("case", _case_dirs(CASES), ids=lambda p: p.name)
def test_labelled_case(case):
    _check(case)


@pytest.mark.skipif(not DEV_CASES.is_dir(), reason="shared dev cases not present (CI clones only the repo)")
@pytest.mark.parametrize("case", _case_dirs(DEV_CASES), ids=lambda p: p.name)
def test_shared_dev_case(case):
    _check(case)


def test_materiality_precision_and_recall_on_our_corpus():
    tp = fp = fn = tn = 0
    for case in _case_dirs(CASES):
        label, result = _run(case)
        tp += label["material"] and result.material
        fp += not label["material"] and result.material
        fn += label["material"] and not result.material
        tn += not label["material"] and not result.material
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"\nmateriality on {tp + fp + fn + tn} cases: precision {precision:.3f} recall {recall:.3f}")
    assert tp + fn >= 40 and fp + tn >= 25
    assert precision >= 0.95 and recall >= 0.95


def _one(before: str | None, after: str | None, kind: ChangeKind = ChangeKind.MODIFIED):
    result = classify([Change(kind, before, after)])
    return result, result.changes[0]


def test_negation_removed_is_material_and_quoted():
    result, verdict = _one(
        "We do not allow our service providers to use your personal data for their own purposes.",
        "We allow our service providers to use your personal data for their own purposes.",
    )
    assert result.material and verdict.direction is Direction.REDUCES
    assert "do not allow" in verdict.reason and "third_party_sharing" in verdict.categories


def test_never_to_may_sell_is_critical():
    result, verdict = _one("We will never sell your personal information.", "We may sell your personal information.")
    assert result.severity is Severity.CRITICAL and verdict.material


def test_retention_number_with_unit():
    result, verdict = _one("We keep your logs for 30 days.", "We keep your logs for 90 days.")
    assert result.material and result.categories[0] == "data_retention"
    assert '"30 days"' in verdict.reason and '"90 days"' in verdict.reason
    assert verdict.direction is Direction.REDUCES
    shorter, _ = _one("We keep your logs for 90 days.", "We keep your logs for three months.")
    assert not shorter.material or shorter.direction is not Direction.REDUCES


def test_age_threshold_lowered():
    result, verdict = _one(
        "Our service is not directed at children under 16.", "Our service is not directed at children under 13."
    )
    assert result.material and "children" in verdict.categories and verdict.direction is Direction.REDUCES


def test_new_list_item_naming_a_data_type_is_material():
    result, _ = _one(None, "Biometric identifiers such as face scans", ChangeKind.ADDED)
    assert result.material and result.categories[0] == "data_collection"
    assert result.severity is Severity.CRITICAL


def test_removed_right_bullet_is_material():
    result, verdict = _one(
        "Right to object: you may object to processing for direct marketing", None, ChangeKind.REMOVED
    )
    assert result.material and {"user_rights", "user_choice"} & set(verdict.categories)
    assert verdict.direction is Direction.REDUCES


def test_improvement_is_material_with_direction():
    result, _ = _one("We may share your data with advertisers.", "We do not share your data with advertisers.")
    assert result.material and result.direction is Direction.IMPROVES


def test_a_country_added_to_the_controllers_postal_address_is_a_contact_detail():
    before = "The data controller is Brightcards Ltd, 4 Mill Lane, Leeds LS1 4AB."
    after = "The data controller is Brightcards Ltd, 4 Mill Lane, Leeds LS1 4AB, United Kingdom."
    for old, new in ((before, after), (after, before)):
        result, verdict = _one(old, new)
        assert not result.material and verdict.rule == "contact", verdict
    # another controller, or a second one with its own address, is still a change
    assert _one(before, after.replace("Brightcards Ltd", "Brightcards Inc"))[0].material
    assert _one(before, after[:-1] + ", and Brightcards Inc, 9 Elm Road, Austin, United States.")[0].material


def test_an_age_is_read_from_a_whole_word_only():
    # "page 2", "stage 3", "passage 18" name no age: a page number dropped is no change about children
    for before, after in (
        ("Topics recommended on the home page 2.", "Topics recommended on the home page"),
        ("Read stage 3 of the setup guide.", "Read the setup guide."),
    ):
        result, verdict = _one(before, after)
        assert not result.material and "age" not in verdict.reason.replace("page", "").replace("stage", ""), verdict
    assert _one("Users aged 16 may sign up.", "Users aged 13 may sign up.")[0].material


def test_a_modal_changes_the_commitment_only_with_its_verb():
    # a capture that cut the clause holding the modal off changes no commitment (the concepts judge the rest)
    cut = _one(
        "Biometric data: images of your face from which an identifier such as a face template can be derived."
        " | - Advertising networks - Analytics providers",
        "Biometric data: images of your face from which an identifier such as a face template"
        " | - Advertising networks - Analytics providers",
    )[1]
    assert "commitment" not in cut.reason, cut.reason
    # the same verb, now certain or now optional: a change of commitment
    for before, after in (
        ("We may share your location with advertisers.", "We will share your location with advertisers."),
        ("We will delete your data when you close your account.", "We may delete your data when you close it."),
    ):
        result, verdict = _one(before, after)
        assert result.material and "commitment" in verdict.reason, (before, verdict.reason)


def test_cosmetic_kinds_are_not_material():
    pairs = [
        ("We collect your e-mail address.", "We collect your email address."),
        ("Many ad companies use cookies.", "Many advertising companies use cookies."),
        ("See https://a.example/privacy?utm_source=x for details.", "See https://a.example/privacy for details."),
        ("We recieve requests by post.", "We receive requests by post."),
        ("Contact us at privacy@a.example.", "Contact us at dpo@a.example."),
    ]
    for before, after in pairs:
        result, _ = _one(before, after)
        assert not result.material, (before, after, result.changes[0].reason)
    contact, _ = _one("Contact us at privacy@a.example.", "Contact us at dpo@a.example.")
    assert contact.severity is Severity.MINOR and contact.categories == ("contact",)
    for text in (
        "Last updated: 1 March 2026",
        "Was this article helpful?",
        "Home | Products | Contact",
        "We're updating our privacy policy. The new version takes effect on 1 May 2026.",
    ):
        added, _ = _one(None, text, ChangeKind.ADDED)
        assert not added.material, text


def test_moved_is_not_material():
    result, verdict = _one("We sell nothing.", "We sell nothing.", ChangeKind.MOVED)
    assert not result.material and verdict.severity is Severity.COSMETIC


def test_identical_and_empty():
    for old, new in (("", ""), ("Same text.", "Same text.")):
        result = classify_texts(old, new)
        assert (result.material, result.severity, result.changes) == (False, Severity.NONE, ())


def test_overall_aggregation_and_summary():
    changes = [
        Change(ChangeKind.MODIFIED, "We keep logs for 30 days.", "We keep logs for 7 days."),
        Change(ChangeKind.ADDED, None, "We share your precise location with advertisers."),
        Change(ChangeKind.MOVED, "A.", "A."),
    ]
    result = classify(changes)
    assert result.material and result.severity is max(c.severity for c in result.changes)
    assert result.direction is Direction.MIXED
    assert set(result.categories) <= set(CATEGORIES) and "data_retention" in result.categories
    assert "precise location" in result.summary.lower() or "advertisers" in result.summary
    assert Severity.NONE < Severity.COSMETIC < Severity.MINOR < Severity.MAJOR < Severity.CRITICAL


def test_to_dict_is_json_and_round_trips():
    result = classify_texts("We do not sell data.\nCookies.", "We sell data.\nCookies.")
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"material", "severity", "direction", "categories", "summary", "changes", "capture"}
    assert set(data["changes"][0]) == {
        "kind",
        "before",
        "after",
        "material",
        "severity",
        "categories",
        "reason",
        "direction",
        "rule",
    }
    assert data["changes"][0]["rule"] == "practice-changed"
    assert Classification.from_dict(data) == result


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_classifier_never_crashes_on_arbitrary_unicode(old, new):
    result = classify_texts(old, new)
    assert result.material == any(c.material for c in result.changes)
    assert set(result.categories) <= set(CATEGORIES)


POLICY = "\n".join(
    [
        "# Privacy Policy",
        "We collect your name, email address and the pages you visit on our website.",
        "We share your data with payment processors and hosting providers to run the service.",
        "We do not sell your personal information.",
        "We keep account data while your account is open and delete it within 30 days after you close it.",
        "You can ask for a copy of your data or its deletion by writing to privacy@example.com.",
        "# Contact",
        "Example Ltd, 12 High Street, London EC1A 1BB, United Kingdom.",
    ]
    * 3
)


@pytest.mark.parametrize(
    "stub",
    [
        "# Access Denied\nYou don't have permission to access this page on this server.\nReference #18.2f.1699",
        "Redirecting...\nIf you are not redirected automatically, follow this link.",
        "",
    ],
)
def test_failed_capture_is_not_a_change(stub):
    for old, new in ((POLICY, stub), (stub, POLICY)):
        result = classify_texts(old, new)
        assert not result.material and result.changes == () and "failed capture" in result.summary


def test_a_short_policy_that_still_states_practices_is_compared():
    short = "We now sell your personal information to data brokers. We keep it forever."
    assert classify_texts(POLICY, short).material


def test_heading_and_related_article_furniture_are_not_material():
    renamed = POLICY.replace("# Contact", "# How to share feedback with us")
    assert not classify_texts(POLICY, renamed).material
    widget = POLICY + "\n# Related articles\n- About personalized ads\n- Sharing your location with friends"
    assert not classify_texts(POLICY, widget).material


def test_contact_channel_and_postal_address_edits_are_minor_contact():
    for old, new in (
        ("privacy@example.com.", "privacy@example.com or through the form in your account settings."),
        ("12 High Street, London EC1A 1BB", "40 Bank Road, London EC2R 8AH"),
    ):
        result = classify_texts(POLICY, POLICY.replace(old, new))
        assert not result.material and "contact" in result.categories, result.summary


def test_legal_entity_or_country_swap_is_not_an_address_edit():
    def hunks(old, new):
        return [("", old, new, "")]

    assert _address_only(hunks("12 High Street, London EC1A 1BB", "40 Bank Road, London EC2R 8AH"))
    assert not _address_only(hunks("Example Ltd, 12 High Street", "Example Inc, 5 Main Street"))
    assert not _address_only(hunks("12 High Street, London", "5 Main Street, Dublin, Ireland"))
    assert not _address_only(hunks("13", "16"))


def test_plain_future_and_present_tense_state_the_same_practice():
    result, _ = _one(
        "We will keep your data only as long as necessary.", "We keep your data only as long as necessary."
    )
    assert not result.material
    result, _ = _one(
        "We will keep your data only as long as necessary.", "We may keep your data only as long as necessary."
    )
    assert result.material


def test_a_term_dropped_from_a_concept_still_counts():
    result, _ = _one("We will never rent or sell your data.", "We will never rent your data.")
    assert result.material and "third_party_sharing" in result.categories


def test_age_and_response_deadlines_without_practice_nouns():
    assert _one("You must be 18 or older to use the app.", "You must be 16 or older to use the app.")[0].material
    assert _one("We will respond within one month.", "We will respond within three months.")[0].material


def test_unpaired_rewrite_of_the_same_practice_cancels_out():
    old = POLICY.replace(
        "We share your data with payment processors and hosting providers to run the service.",
        "We disclose data to our payment processors and hosting providers for running the service.",
    )
    assert not classify_texts(POLICY, old).material
    other = POLICY.replace(
        "We share your data with payment processors and hosting providers to run the service.",
        "We disclose data to advertisers for running the service.",
    )
    assert classify_texts(POLICY, other).material


def test_channel_of_a_message_is_not_material_but_the_channel_of_change_notices_is():
    assert not _one("We send you appointment reminders.", "We send you appointment reminders by text message.")[
        0
    ].material
    assert _one(
        "We will notify you of changes to this policy by email.", "We will notify you of changes to this policy."
    )[0].material


def test_concept_pre_test_never_hides_a_match():
    from monitor.classify import lexicon as lx
    from monitor.classify.evidence import normal
    from monitor.text.sentences import units

    seeds = (REPO / "seeds").iterdir()
    texts = [p.read_text(encoding="utf-8") for p in [*seeds, *CASES.glob("*/after.*")]]
    # each distinct sentence once: the cases are edits of the seeds, so most of their sentences are the seeds' own
    sentences = {normal(unit.text) for text in texts for unit in units(text)}
    for low in sorted(sentences):
        candidates = lx.mentioned_concepts(low)
        for concept in lx.CONCEPTS:
            if concept.pattern.search(low):
                assert concept in candidates, (concept.name, concept.anchors, low[:80])


_NOISE = (
    lambda t: t.replace("\n", "\nWas this article helpful?\nYes\nNo\n", 1),
    lambda t: (
        'We use cookies to improve your experience. By clicking "Accept all", you consent.\nAccept all\n'
        "Manage preferences\n" + t
    ),
    lambda t: t + "\n# Related articles\n- How do I delete my account?\n- Managing your ad preferences",
    lambda t: t + "\nPeople also ask\n- Does this company sell my data?",
    lambda t: (
        "We're updating our Privacy Policy. The changes take effect on 1 March 2025. Read the updated policy.\n" + t
    ),
    lambda t: t.replace(". ", ".\u200b ", 3).replace(" ", "\u00a0", 5),
    lambda t: t.replace("organization", "organisation").replace("personalize", "personalise"),
    lambda t: "\n".join(
        line + " [Learn more](https://help.example.com/a/1?sid=8f3a)" if k == 5 else line
        for k, line in enumerate(t.split("\n"))
    ),
)


@pytest.mark.parametrize("seed", sorted((REPO / "seeds").iterdir()), ids=lambda p: p.name)
def test_page_noise_around_a_seed_is_never_material(seed):
    text = seed.read_text(encoding="utf-8")
    for k, noise in enumerate(_NOISE):
        result = classify_texts(text, noise(text))
        assert not result.material, (k, result.summary)


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


_BASE = (
    '# Privacy\n\nAcme Ltd ("Acme") provides the Service ("Customer Data" means data you upload).',
    "We collect your name, email address and device identifiers to provide the Service.",
    "We share Customer Data with service providers that host our systems, under contract.",
    "We keep Customer Data for 30 days after your account closes.",
    "You can complain to the Information Commissioner's Office.",
)


def test_legal_citation_and_regulator_name_are_not_material():
    after = list(_BASE)
    after[1] = after[1].rstrip(".") + " (Art. 6(1)(b) UK GDPR)."
    after[4] = "You can complain to the Information Commissioner's Office (ICO), the UK's data protection regulator."
    assert not classify_texts(_doc(*_BASE), _doc(*after)).material


def test_defined_term_renamed_consistently_is_not_a_new_name():
    after = [p.replace("Customer Data", "Customer Content") for p in _BASE]
    result = classify_texts(_doc(*_BASE), _doc(*after))
    assert not result.material
    assert any("Customer Content" in (c.after or "") for c in result.changes)  # the verdicts keep the real text


def test_example_naming_only_what_the_policy_states_is_not_material():
    after = list(_BASE)
    after[2] = after[2].replace("service providers", "service providers (for example, our cloud hosting provider)")
    assert not classify_texts(_doc(*_BASE), _doc(*after)).material
    after[2] = _BASE[2].replace("service providers", "service providers (for example, advertising networks)")
    assert classify_texts(_doc(*_BASE), _doc(*after)).material


def test_cookie_banner_with_buttons_is_furniture():
    after = [_BASE[0], "We use cookies to understand how this site is used. [Accept all] [Reject all]", *_BASE[1:]]
    assert not classify_texts(_doc(*_BASE), _doc(*after)).material


def test_retention_list_turned_into_prose_is_not_material():
    before = _doc(_BASE[0], "## How long we keep it", "- Chat messages: 30 days.\n- Support tickets: 2 years.")
    after = _doc(
        _BASE[0], "## How long we keep it", "Chat messages are kept for 30 days and support tickets for 2 years."
    )
    assert not classify_texts(before, after).material
    changed = _doc(_BASE[0], "## How long we keep it", "- Chat messages: 180 days.\n- Support tickets: 2 years.")
    result = classify_texts(before, changed)
    assert result.material and "data_retention" in result.categories


def test_added_transfer_to_any_country_is_material():
    result, _ = _one(
        None, "We may transfer your personal data to any country without additional safeguards.", ChangeKind.ADDED
    )
    assert result.material and "international_transfer" in result.categories


def test_title_case_term_renamed_consistently_is_not_a_new_name():
    before = _doc(
        "# Privacy",
        "We process Customer Data only on your instructions.",
        "Customer Data is hosted in the European Union.",
        "We do not use Customer Data to train models.",
    )
    assert not classify_texts(before, before.replace("Customer Data", "Customer Content")).material
    # a country is never renamed away
    moved = before.replace("European Union", "United States")
    assert classify_texts(before, moved).material


def test_negated_any_is_no_broadening():
    result, _ = _one(
        "Sending information over the internet is not completely secure in any situation.",
        "No method of sending information over the internet is completely secure.",
    )
    assert not result.material


@pytest.mark.parametrize(
    ("before", "after", "material"),
    [
        ("Logs are kept for 12 months.", "Logs are kept for one year.", False),
        ("Logs are kept for 18 months.", "Logs are kept for 1.5 years.", False),
        ("Logs are kept for 90 days.", "Logs are kept for three months.", False),
        ("Logs are kept for 12 months.", "Logs are kept for 13 months.", True),
        ("Logs are kept for 1 year.", "Logs are kept for 24 months.", True),
    ],
)
def test_equal_durations_compare_equal(before, after, material):
    assert classify_texts(before, after).material is material


def test_reasons_quote_each_fact_once_without_stray_spaces():
    result = classify_texts(
        "We do not share personal information for cross-context behavioral advertising.",
        "We may share identifiers and usage information with advertising partners for cross-context behavioral"
        " advertising, and we do.",
    )
    reason = result.changes[0].reason
    assert result.material
    assert reason.count("→") <= 2, reason
    assert " ," not in reason and " ." not in reason and " - " not in reason, reason


def test_yes_no_table_row_read_with_its_header():
    before = "Category | Collected | Sold or shared\nIdentifiers | Yes | No\nCommercial information | Yes | No\n"
    result = classify_texts(before, before.replace("Identifiers | Yes | No", "Identifiers | Yes | Yes"))
    assert result.material and "third_party_sharing" in result.categories
    assert '"Sold or shared"' in result.changes[0].reason
    nav = classify_texts("Home | About | Privacy | Contact", "Home | About us | Privacy | Contact")
    assert not nav.material


@pytest.mark.parametrize(
    ("after", "material"),
    [
        ("We use cookies. For more information, see our Cookie Policy.", False),
        (
            "We use cookies. For more information, see our Cookie Policy, and note we now share cookie data with"
            " advertisers.",
            True,
        ),
    ],
)
def test_pointer_to_another_page_is_no_practice(after, material):
    assert classify_texts("We use cookies.", after).material is material


def test_user_initiated_integration_and_contractual_limits():
    connect = "If you connect Apple Health or Google Fit, data is exchanged with those services at your request."
    more = connect.replace("Apple Health or Google Fit", "Apple Health, Google Fit or Garmin Connect")
    assert not classify_texts(connect, more).material
    assert classify_texts(connect, connect.replace(" at your request", "")).material
    vendors = "We share data with vendors on our behalf, under contracts that limit their use of the data."
    assert classify_texts(vendors, "We share data with vendors on our behalf.").material


@pytest.mark.parametrize(
    ("before", "after", "material"),
    [
        # "not" before an "un-" adjective affirms it: the same statement either way
        (
            "It is not unusual for apps to share usage data with analytics providers.",
            "It is usual for apps to share usage data with analytics providers.",
            False,
        ),
        (
            "Sharing this data with our auditors would not be unreasonable.",
            "Sharing this data with our auditors would be reasonable.",
            False,
        ),
        # a "not" before anything else still denies
        (
            "Your data is not unlawfully shared with advertisers.",
            "Your data is unlawfully shared with advertisers.",
            True,
        ),
        ("We are not under any obligation to sell your data.", "We are under an obligation to sell your data.", True),
    ],
)
def test_double_negation_of_an_un_adjective_affirms_it(before, after, material):
    assert classify_texts(before, after).material is material


@pytest.mark.parametrize("degree", ["100 percent", "100%", "fully", "totally", "entirely"])
def test_the_whole_amount_before_a_word_is_a_degree_not_a_quantity(degree):
    before = "We keep backups for 30 days. No method of storing data is completely safe, but we try hard."
    assert not classify_texts(before, before.replace("completely", degree)).material


@pytest.mark.parametrize("decide", ["make informed decisions", "make informed choices", "make better decisions"])
def test_choices_the_user_makes_well_are_no_control(decide):
    before = (
        "Because your privacy matters to us, this policy explains how we collect and share your personal information,"
        " so you can make sensible choices about it.\n\nWe keep logs for 30 days."
    )
    assert not classify_texts(before, before.replace("make sensible choices", decide)).material
    # the choices a policy offers are a control
    offered = "You can make choices about the ads you see in your account."
    assert classify_texts(offered + " We keep logs.", "We keep logs.").material
