"""Same-meaning rewordings of real policies (session 18's paraphrase probe: passages of study policies rewritten
by a careful editor, keeping every practice), in our own words, each with a material look-alike:

- being able is a "can": "we are unable to guarantee" = "we cannot guarantee", "may be unable to" = "may not be
  able to", "nobody is able to view it" = "no one can view it"; "such as, without limitation," = "such as";
- a pronoun right before a power is its subject ("For your convenience, we may link ..."), and "it" is no party;
- a modality change needs a verb both versions say under another kind of modal, not a count of modals that went
  with their clauses; "required or permitted by law" = "the law requires or permits";
- a modal of what may be the case is no permission ("wherever it may be", "no method can be completely secure");
  "to ensure" / "to make sure" say a purpose, and "we require providers to agree" binds them as "providers must";
- a list introduction in the passive ("Data is shared in the following ways:") is read by its act; a list item
  whose words all stand in one sentence of the other version is stated there (a list turned into prose);
- a list item that states nothing alone is read after its introduction ("We keep these records for:" + "ten
  years"), nested introductions included;
- a statement moved elsewhere and reworded on the way is one statement reworded;
- word senses: "keep this in mind", "in keeping with", "keep using" keep no data; a notice of product recalls is
  no change notice; "run by" = "operated by"; "to stop receiving" is opting out; "it is up to you" bounds nothing;
  what the reader shares with us is no disclosure; "recording the address" is no recording; "your account" ->
  "the account" puts nobody in the reader's place; "not intended for use by" denies no use.
"""

from __future__ import annotations

import pytest

from monitor.classify.engine import classify_texts

POLICY = """# Privacy policy

We collect your name, email address and order history when you create an account.

{body}

## Contact

Write to privacy@example.org.
"""


def _policy(body: str) -> str:
    return POLICY.format(body=body)


def _not_material_either_way(old: str, new: str) -> None:
    assert not classify_texts(_policy(old), _policy(new)).material, "forwards"
    assert not classify_texts(_policy(new), _policy(old)).material, "backwards"


def _material(old: str, new: str) -> None:
    assert classify_texts(_policy(old), _policy(new)).material


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "However, no system is entirely secure, so we cannot guarantee the security of your data.",
            "No system is entirely secure, however, and we are unable to guarantee the security of your data.",
        ),
        (
            "We may not be able to honour a request to restrict processing where we need the data to run the service.",
            "We may be unable to honour a request to restrict processing where we need the data to run the service.",
        ),
        (
            "We limit access to your files so that no one on our staff can read them unless you allow it.",
            "We limit access to your files so that nobody on our staff is able to read them unless you allow it.",
        ),
        (
            "Account data includes, but is not limited to, your name, avatar and time zone.",
            "Account data includes, without limitation, your name, avatar and time zone.",
        ),
        (
            "For your convenience we may link to websites run by other organizations that we think may interest you.",
            "As a convenience, we may include links to websites run by other organizations that you may find of "
            "interest.",
        ),
        (
            "We follow the laws on moving personal data between countries to help ensure your data is protected, "
            "wherever it may be.",
            "To help ensure that your data is protected wherever it is located, we follow the laws on moving personal "
            "data between countries.",
        ),
        (
            "We require our payment processors to agree to strict data protection terms.",
            "Our payment processors must agree to strict data protection terms.",
        ),
        (
            "If you delete a note and then sync, it will no longer be accessible to you or others.",
            "Once you delete a note and sync, it can no longer be accessed by you or by others.",
        ),
        (
            "For members who are inactive for a long time, we may close your account in line with our retention "
            "policy.",
            "If a member remains inactive for a long time, we may close the account in line with our retention policy.",
        ),
        (
            "Please keep this in mind before you post anything in a public forum.",
            "Please bear this in mind before you post anything in a public forum.",
        ),
        (
            "We will email you important safety information and notice of product recalls.",
            "We will email you important safety information and notices of product recalls.",
        ),
        (
            "You can opt out of promotional emails by clicking the link at the bottom of each email.",
            "To stop receiving promotional emails, click the link at the bottom of each email.",
        ),
        (
            "You have the option of telling us how you wish to be named next to your photos.",
            "It is up to you how you want to be named next to your photos.",
        ),
        (
            "You may choose to share extra details with us for your profile, such as a saved home address.",
            "For your profile, you have the option of giving us extra details, such as a saved home address.",
        ),
        (
            "Collecting this may involve logging the address of the page you came from.",
            "Gathering this may involve recording the address of the page you came from.",
        ),
        (
            "We do not intend for our apps to be used by anyone under the age of 13.",
            "Our apps are not intended for use by anyone under 13 years of age.",
        ),
        (
            "We do not knowingly collect personal data from children under 13.",
            "We do not knowingly collect personal data from children younger than 13.",
        ),
        (
            "We share your order with the courier so that they can deliver it.",
            "We share your order with the courier in order to deliver it.",
        ),
        (
            "We may update this policy, and you can keep using the app after the change.",
            "We may update this policy, and you can continue using the app after the change.",
        ),
        # modals that went with their clauses, no act's modal changed
        (
            "We retain your order history in order to keep providing our services to you.",
            "We retain your order history so that we can continue providing our services to you.",
        ),
        # a duty and a leave said together, either way
        (
            "We keep your data as long as needed, unless a longer period is required or permitted by law.",
            "We keep your data as long as needed, unless the law requires or permits a longer period.",
        ),
    ],
)
def test_the_same_practice_reworded_is_not_material(old, new):
    _not_material_either_way(old, new)


@pytest.mark.parametrize(
    "old, new",
    [
        # a negation dropped, whatever "able" says
        (
            "We are unable to share your files with advertisers.",
            "We are able to share your files with advertisers.",
        ),
        # a commitment made a permission
        (
            "We require our payment processors to delete your card data after each payment.",
            "Our payment processors may keep your card data after each payment.",
        ),
        # "may be shared" is a practice: made certain
        ("Your order history may be shared with our partners.", "Your order history will be sold to our partners."),
        # another party in the reader's place
        (
            "You can see the files stored in your account.",
            "Your employer can see the files stored in your account.",
        ),
        # a real bound
        ("We keep your invoices for up to five years.", "We keep your invoices for up to ten years."),
        # the reader's sharing, then the company's
        (
            "You may choose to share your location with us to see nearby stores.",
            "We may share your location with advertising partners to show you ads.",
        ),
        # a use no longer denied
        (
            "We do not use your messages to train our models.",
            "We use your messages to train our models.",
        ),
        # an age raised
        (
            "We do not knowingly collect personal data from children under 13.",
            "We do not knowingly collect personal data from children younger than 16.",
        ),
        # a sale added where the old wording said "as well as" (no typo of "sell")
        (
            "We share data with our business partners, as well as with companies that host our site.",
            "Data is shared with our business partners, and we may also sell your data to them.",
        ),
        # a new use: the reader's risk as a borrower or an insured person
        (
            "Our partners use the information for marketing and reporting purposes.",
            "Our partners use the information for marketing and reporting purposes, and to assess your insurance risk.",
        ),
        # an act's modal changed
        ("We may share your order history with partners.", "We will share your order history with partners."),
        ("We will notify you before we share your order history.", "We may notify you before we share it."),
        ("We can delete your order history on request.", "We delete your order history on request."),
        # a duty swapped for a leave
        ("We share your order history where required by law.", "We share your order history where permitted by law."),
        # opting out dropped
        (
            "You can opt out of promotional emails by clicking the link at the bottom of each email.",
            "We send promotional emails to every member.",
        ),
    ],
)
def test_their_look_alikes_stay_material(old, new):
    _material(old, new)


SHARING_LIST = """We share personal information {intro}

* With service providers that host our website and send our emails;
* With the courier that delivers your order;{extra}
* When the law requires us to."""


def test_a_list_introduction_said_in_the_passive_is_the_same_act():
    old = SHARING_LIST.format(intro="as follows:", extra="")
    new = SHARING_LIST.replace(
        "We share personal information {intro}", "Personal information is shared by us in the following ways:"
    ).format(extra="")
    _not_material_either_way(old, new)


def test_a_party_added_to_such_a_list_stays_material():
    old = SHARING_LIST.format(intro="as follows:", extra="")
    new = SHARING_LIST.format(intro="as follows:", extra="\n* With our affiliates, for their own marketing;")
    _material(old, new)


def test_a_list_turned_into_prose_keeps_its_items():
    old = (
        "We use your information to:\n\n* process and fulfil your orders;\n* maintain and service your account;\n"
        "* answer your questions."
    )
    new = (
        "We use your information to process and fulfil your orders, to maintain and service your account and to "
        "answer your questions."
    )
    _not_material_either_way(old, new)


RECORDS = """We keep the following records for the periods below:

* Account records: until you close your account.
* Support tickets: two years.{extra}

We may refuse a request to delete your data where:

* the law requires us to keep it;
* the request is manifestly unfounded.{reason}"""


@pytest.mark.parametrize(
    "extra, reason",
    [
        ("\n* Payment records: ten years.", ""),  # a period completing its introduction
        ("", "\n* you made a similar request in the last 12 months."),  # a reason to refuse a right
    ],
)
def test_an_item_that_completes_its_introduction_is_read_with_it(extra, reason):
    _material(RECORDS.format(extra="", reason=""), RECORDS.format(extra=extra, reason=reason))


def test_a_nested_list_item_is_read_with_its_own_introduction():
    old = (
        "Please note:\n\n* **Refused requests.** We may refuse a request where:\n"
        "    * we cannot verify who you are;\n    * the request is unlawful."
    )
    new = old + "\n    * you made the same request within the last 12 months."
    _material(old, new)


MOVED = """## Your choices

{here}You can change your password in your account settings.

## Security

We encrypt your data in transit and at rest. Our staff are trained in data protection every year.

## Retention

We keep your data while your account is open.{there}"""


def test_a_statement_moved_and_reworded_is_not_material():
    """Moved to another section and reworded on the way: the diff sees it removed and added, not modified."""
    old = MOVED.format(
        here="You can tell us at any time not to send you marketing emails by clicking the unsubscribe link in them. ",
        there="",
    )
    new = MOVED.format(
        here="",
        there="\n\nYou may ask us to stop sending you marketing emails at any time by using the unsubscribe link "
        "in them.",
    )
    _not_material_either_way(old, new)


def test_a_statement_moved_with_a_practice_changed_stays_material():
    old = MOVED.format(here="We keep your support tickets for two years. ", there="")
    new = MOVED.format(here="", there="\n\nYour support tickets are kept for ten years.")
    _material(old, new)


def test_a_removed_statement_is_matched_with_its_rewording_added_elsewhere():
    """The pairing the diff could not make: a removed statement and the added one that says it in other words."""
    from monitor.classify.together import _reworded_elsewhere

    old = "You can tell us at any time not to send you marketing emails by clicking the unsubscribe link in them."
    added = [
        (3, "We keep your support tickets for two years."),
        (7, "You may ask us to stop sending you marketing emails at any time by using the unsubscribe link in them."),
    ]
    assert _reworded_elsewhere(old, added) == 7
    # the same words with a practice changed are no rewording
    assert (
        _reworded_elsewhere(old, [(7, "We send you marketing emails, and you cannot unsubscribe from them.")]) is None
    )


@pytest.mark.parametrize(
    "old, new, retitled",
    [
        ("**Children**", "**Use by Minors**", True),
        ("DATA RETENTION.", "HOW LONG WE KEEP YOUR DATA.", True),
        ("# Children", "# Use by minors", True),
        ("**Children**", "**Sale of Data**", False),  # another topic
        ("**Children Under 13**", "**Children Under 16**", False),  # another number
        ("We keep your data for two years.", "**How long we keep your data**", False),  # a sentence is no title
    ],
)
def test_a_removed_heading_is_matched_with_the_heading_that_retitles_it(old, new, retitled):
    from monitor.classify.together import _heading_retitled

    assert (_heading_retitled(old, [(4, new)]) == 4) is retitled
