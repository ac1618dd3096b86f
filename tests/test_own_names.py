"""Classifier: a name of the service's own thing renamed throughout (a plan, a product edition, a settings page:
"your Acme for Teams account" -> "your Acme for Business account") is no change of practice. Look-alikes that
stay material: a recipient or a controller replaced by another everywhere (no noun of the service's own after the
name), and a renamed plan whose sentence also changes what is done. The policies are made up for these tests."""

from __future__ import annotations

from monitor.classify.engine import classify_texts
from monitor.classify.renames import defined_renames
from monitor.text.diff import diff_texts

OLD = (
    "# Privacy notice\n\n"
    "We collect your name and email address to run your account.\n\n"
    "## Acme for Teams Users\n\n"
    "If you have an Acme for Teams account, your administrator may be able to:\n\n"
    "- access information in and about your Teams account;\n"
    "- restrict or access information you provide when using the Teams account; and\n"
    "- control how your Teams account may be accessed or deleted.\n\n"
    "We share usage statistics with Northwind Analytics to measure performance.\n\n"
    "Northwind Analytics may process your device identifiers for that purpose.\n\n"
    "Acme Holdings Inc. is the controller of your data.\n"
)


def _renamed(text: str) -> str:
    return (
        text.replace("Acme for Teams", "Acme for Business")
        .replace("your Teams account", "your Acme for Business account")
        .replace("the Teams account", "your Acme for Business account")
    )


def test_an_edition_renamed_throughout_is_not_material() -> None:
    new = _renamed(OLD)
    result = classify_texts(OLD, new)
    assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]
    assert not classify_texts(new, OLD).material


def test_a_recipient_replaced_everywhere_stays_material() -> None:
    new = OLD.replace("Northwind Analytics", "Contoso Metrics")
    assert classify_texts(OLD, new).material


def test_a_controller_replaced_stays_material() -> None:
    new = OLD.replace("Acme Holdings Inc.", "Fabrikam Group plc")
    assert classify_texts(OLD, new).material


def test_a_rename_beside_a_new_practice_stays_material() -> None:
    new = _renamed(OLD).replace("or deleted.", "or deleted, and sell its contents to data brokers.")
    assert classify_texts(OLD, new).material


def test_the_rename_is_found_once_repeated_and_never_for_one_swap() -> None:
    new = _renamed(OLD)
    assert defined_renames(OLD, new, diff_texts(OLD, new)) == {"Acme for Business": "Acme for Teams"}
    # a name swapped in one sentence only may be an edit: it is not undone as a rename
    one = OLD.replace("about your Teams account", "about your Enterprise account")
    assert defined_renames(OLD, one, diff_texts(OLD, one)) == {}


# A programme renamed with its abbreviation: 'our Reading Room ("RR") programme' -> 'our Partner Library ("PL")
# programme', the abbreviation renamed everywhere. The full name is the same thing renamed with it; a recipient
# defined the same way ('with Acme Analytics ("AA")', no "our" before it, no own noun after it) is another party.
PROGRAMME = (
    "# Privacy notice\n\n"
    "We collect your name and email address when you sign up.\n\n"
    'Our Reading Room ("RR") programme lets independent publishers offer guides on our site. When you download a '
    "guide from an RR publisher, we share your name and email address with that RR publisher so it can help you.\n\n"
    "RR publishers use this information under their own privacy notices.\n\n"
    'We share your email address with Acme Analytics ("AA") to measure how our newsletters perform. AA keeps it '
    "for one year.\n"
)


def test_a_programme_renamed_with_its_abbreviation_is_not_material() -> None:
    new = (
        PROGRAMME.replace("Reading Room", "Partner Library")
        .replace('("RR")', '("PL")')
        .replace("RR publishers", "PL publishers")
        .replace("an RR publisher", "a PL publisher")
        .replace("that RR publisher", "that publisher")
    )
    assert defined_renames(PROGRAMME, new, diff_texts(PROGRAMME, new)) == {
        "PL": "RR",
        "Partner Library": "Reading Room",
    }
    for old, changed in ((PROGRAMME, new), (new, PROGRAMME)):
        result = classify_texts(old, changed)
        assert not result.material, [(c.rule, c.reason) for c in result.changes if c.material]


def test_a_recipient_renamed_with_its_abbreviation_stays_material() -> None:
    new = PROGRAMME.replace("Acme Analytics", "Bolt Metrics").replace('("AA")', '("BM")')
    new = new.replace("AA keeps", "BM keeps")
    assert "Bolt Metrics" not in defined_renames(PROGRAMME, new, diff_texts(PROGRAMME, new))
    assert classify_texts(PROGRAMME, new).material
    assert classify_texts(new, PROGRAMME).material
