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
