"""Near-synonyms read as the same facts: a verb of the same act, a data type's or purpose's wording swapped (the
groups of synonyms.toml [[near]], whose examples run here), with the look-alikes that must stay material."""

from __future__ import annotations

import pytest

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.engine import classify_texts
from monitor.classify.modified import _judge_modified
from monitor.domain.values import Change, ChangeKind

BASE = (
    "# About this notice\n"
    "We collect your name and email address when you register.\n"
    "We never sell what we learn about you.\n"
    "# Choices\n"
    "You can ask us to erase your account.\n"
)


def _judge(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def _sentence(before: str, after: str):
    """The verdict on the one modified sentence, before the passage around it is read."""
    return _judge_modified(Change(ChangeKind.MODIFIED, before, after)).verdict


_SAME = [(g.id, b, a) for g in lx.NEAR for b, a in g.same]
_DIFFER = [(g.id, b, a) for g in lx.NEAR for b, a in g.differ]


@pytest.mark.parametrize(("group", "before", "after"), _SAME, ids=[f"{g}-{k}" for k, (g, _, _) in enumerate(_SAME)])
def test_a_near_synonym_group_reads_its_examples_as_one_statement(group, before, after):
    for old, new in ((before, after), (after, before)):
        result = _judge(old, new)
        assert not result.material, (group, _why(result))
        verdict = _sentence(old, new)
        assert not verdict.material, (group, verdict.reason)


@pytest.mark.parametrize(("group", "before", "after"), _DIFFER, ids=[f"{g}-{k}" for k, (g, _, _) in enumerate(_DIFFER)])
def test_a_near_synonym_group_leaves_its_look_alikes_material(group, before, after):
    result = _judge(before, after)
    assert result.material, (group, _why(result))
    assert _sentence(before, after).material


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a verb of keeping data swapped, the rest of the sentence alike
        (
            "The summary of each call is stored with us for as long as your account is open.",
            "The summary of each call is saved with us for as long as your account is open.",
        ),
        # a data type's words swapped, and the sentence restructured around them
        (
            "The processing serves, for example, to produce invoicing data for the shop that sold you the ticket.",
            "Your data is processed to produce, for example, billing information for the shop that sold you the"
            " ticket.",
        ),
        # a near-synonym set beside the word it repeats
        (
            "We use your order history to run loyalty and promotional programmes you join.",
            "We use your order history to run loyalty and promotional/marketing programmes you join.",
        ),
        # a verb of deleting swapped
        (
            "If you close your account we delete your listings within 30 days.",
            "If you close your account we remove your listings within 30 days.",
        ),
    ],
)
def test_a_word_said_by_its_near_synonym_is_not_material(before, after):
    result = _judge(before, after)
    assert not result.material, _why(result)
    # read as the same words, or as two terms of one concept (both verbs of keeping, say)
    assert [c.rule for c in result.changes] in (["same-words"], ["no-practice-change"])


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the swap beside a recipient added
        (
            "We explain how long your photos are stored with us.",
            "We explain how long your photos are saved with us and which partners we share them with.",
        ),
        # the swap beside a new data type that only one wording of the group names ("log data")
        (
            "We keep the information you give us when you book.",
            "We keep the information you give us when you book, and log data.",
        ),
        # a retention period changed beside the swap
        (
            "We store your recordings for 30 days.",
            "We save your recordings for 12 months.",
        ),
        # a negation added beside the swap
        (
            "We remove your reviews when you ask.",
            "We do not delete your reviews when you ask.",
        ),
        # a notice moved from before the practice to after it
        (
            "We will notify you before we share your location with partners.",
            "We will inform you after we share your location with partners.",
        ),
        # a country of storage changed
        ("We store your photos in the European Union.", "We save your photos in the United States."),
        # a limit dropped
        (
            "We hold your card details only until the payment is complete.",
            "We store your card details until you close your account.",
        ),
        # a promise made a permission
        ("We will delete your photos when you ask.", "We may remove your photos when you ask."),
        # the purpose a choice covers changed
        (
            "You can withdraw your consent to marketing at any time.",
            "You can revoke your consent to profiling at any time.",
        ),
        # other kinds of the same category: no group joins them
        ("We ask for your email address to confirm orders.", "We ask for your phone number to confirm orders."),
        ("We use your purchases for analytics.", "We use your purchases for advertising."),
        ("We share your purchases with our service providers.", "We share your purchases with our partners."),
        ("We use invoicing data to settle your orders.", "We use payment card data to settle your orders."),
        # the swap across groups: keeping is no deleting
        ("We store your messages after you close the chat.", "We delete your messages after you close the chat."),
        # a sensitive data type replacing a plain one, beside a near-synonym swapped
        (
            "We keep your billing information to settle your orders.",
            "We keep your health information to settle your orders.",
        ),
    ],
)
def test_a_change_beside_or_across_near_synonyms_stays_material(before, after):
    result = _judge(before, after)
    assert result.material, _why(result)


def test_near_synonym_groups_are_loaded_by_word_and_form():
    group, row, column = lx.NEAR_WORDS["saved"]
    assert lx.NEAR[group].id == "keep"
    assert lx.NEAR[group].forms[row][lx.NEAR_WORDS["stored"][2]] == "stored"
    assert column != lx.NEAR_WORDS["stored"][2]


def test_a_near_synonym_in_two_groups_is_an_error(monkeypatch):
    table = dict(vocabulary.load("synonyms"))
    table["near"] = [
        {"id": "a", "forms": ["store save"], "same": ["x. => y."], "differ": ["x. => z."]},
        {"id": "b", "forms": ["save keep"], "same": ["x. => y."], "differ": ["x. => z."]},
    ]
    monkeypatch.setattr(vocabulary, "load", lambda name: table)
    with pytest.raises(vocabulary.VocabularyError, match="'save' is already in another group"):
        lx._load_near()


def test_a_near_synonym_example_without_its_arrow_is_an_error(monkeypatch):
    table = dict(vocabulary.load("synonyms"))
    table["near"] = [{"id": "a", "forms": ["store save"], "same": ["x. y."], "differ": ["x. => z."]}]
    monkeypatch.setattr(vocabulary, "load", lambda name: table)
    with pytest.raises(vocabulary.VocabularyError, match="is not 'before => after'"):
        lx._load_near()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Your order details may be shared with third-party vendors and other providers who work for us.",
            "Your order details may be disclosed to vendors and other providers who work for us.",
        ),
        (
            "We may share what you buy with third party advertisers.",
            "We may share what you buy with advertisers.",
        ),
    ],
)
def test_a_third_party_qualifier_before_a_recipient_is_no_recipient_of_its_own(before, after):
    for old, new in ((before, after), (after, before)):
        verdict = _sentence(old, new)
        assert not verdict.material, verdict.reason
        # "third-party vendors" reads as the vendors themselves: no finding at all, or the same words re-read
        assert verdict.rule in ("same-words", "no-practice-change")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a recipient widened to every third party
        ("We may share what you buy with our vendors.", "We may share what you buy with third parties."),
        # third parties named beside the recipient
        ("We may share what you buy with our vendors.", "We may share what you buy with third parties and vendors."),
        # "third-party" before a word that names no recipient: the third parties are the recipient
        ("We may share what you buy with our vendors.", "We may share what you buy with third-party services."),
        # another kind of recipient behind the qualifier
        ("We may share what you buy with our vendors.", "We may share what you buy with third-party advertisers."),
    ],
)
def test_a_recipient_changed_around_a_third_party_qualifier_stays_material(before, after):
    assert _sentence(before, after).material
    assert _judge(before, after).material


def test_a_verb_of_watching_systems_is_no_tracking_of_the_user():
    # "monitor" also says watching systems for abuse: it is in no group with "track", which says following a user
    before = "We monitor our systems to detect abuse."
    after = "We track your activity to detect abuse."
    assert _sentence(before, after).material


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "We keep your drafts after you close your account.",
            "We do not save your drafts after you close your account.",
        ),
        (
            "We save your drafts after you close your account.",
            "We do not save your drafts after you close your account.",
        ),
    ],
)
def test_a_negation_added_to_saving_is_material(old: str, new: str) -> None:
    """'save' is a way of keeping data: denying it is a change of retention, whichever word each version uses."""
    from monitor.classify import classify_texts

    base = "# Policy\nWe collect your name when you sign up.\n"
    assert classify_texts(base + old + "\n", base + new + "\n").material
