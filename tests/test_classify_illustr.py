"""Examples changed inside an illustration ("settings (like a picture)" -> "(like a snapshot of your face)", a
product added to "apps such as ..."): the statement illustrated is unchanged; with material look-alikes where the
examples gain a sensitive data type, a recipient or a purpose (our own sentences)."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

BASE = "# About this notice\nWe run a recipe sharing app for home cooks.\n# What we collect\n"


def _why(result) -> list[tuple[str, str]]:
    return [(c.rule, c.reason) for c in result.changes]


def _judge(before: str, after: str):
    return classify_texts(BASE + before + "\n", BASE + after + "\n")


def test_example_in_parenthesis_swapped_is_not_material() -> None:
    result = _judge(
        "We may ask for more details to check who you are (like a picture).",
        "We may ask for more details to check who you are (like a snapshot you take).",
    )
    assert result.changes and not result.material, _why(result)


def test_example_in_parenthesis_swapped_for_fingerprints_is_material() -> None:
    result = _judge(
        "We may ask for more details to check who you are (like a picture).",
        "We may ask for more details to check who you are (like your fingerprints).",
    )
    assert result.material, _why(result)


def test_example_dropped_from_a_list_of_settings_is_not_material() -> None:
    result = _judge(
        "You can change what we keep in your profile, like your picture or saved kitchens (e.g., home or work).",
        "You can change what we keep in your profile, like saved kitchens (e.g., home or work).",
    )
    assert result.changes and not result.material, _why(result)


def test_advertising_purpose_added_to_the_examples_is_material() -> None:
    result = _judge(
        "We use your recipes to improve the app, for example to suggest dishes.",
        "We use your recipes to improve the app, for example to suggest dishes and to show targeted ads.",
    )
    assert result.material, _why(result)


def test_recipient_added_to_the_examples_is_material() -> None:
    result = _judge(
        "We share your recipes with partners, such as cookbook publishers.",
        "We share your recipes with partners, such as cookbook publishers and data brokers.",
    )
    assert result.material, _why(result)


def test_statement_after_the_examples_changed_is_material() -> None:
    result = _judge(
        "If you sign in through another site, such as a social network, we collect what you have made public.",
        "If you sign in through another site, such as a social network, we collect what you have made available.",
    )
    assert result.material, _why(result)


def test_one_more_instance_of_a_named_kind_is_not_material() -> None:
    result = _judge(
        "These tools may record usage information, such as pages you open, and the recipes you watch.",
        "These tools may record usage information, such as pages you open, search history, and the recipes you watch.",
    )
    assert result.changes and not result.material, _why(result)


def test_new_kind_of_data_added_to_the_examples_is_material() -> None:
    result = _judge(
        "When you register we collect the details you give us, such as your name and email address.",
        "When you register we collect the details you give us, such as your name, email address and home address.",
    )
    assert result.material, _why(result)


# Verbs of enabling and conditionals swapped within their class: no commitment gained or dropped.


def test_allows_swapped_for_enables_is_not_material() -> None:
    result = _judge(
        "Our payment partner allows us to offer bank account linking and account information services.",
        "Our payment partner enables us to provide our bank account linking and linked account information services "
        "to members.",
    )
    assert result.changes and not result.material, _why(result)


def test_may_share_made_will_share_is_material() -> None:
    result = _judge(
        "We may share your bank account details with our payment partner.",
        "We will share your bank account details with our payment partner.",
    )
    assert result.material, _why(result)


def test_could_swapped_for_would_is_not_material() -> None:
    result = _judge(
        "Anonymising data means removing your phone number, address and any other information that could identify "
        "the member or allow them to be contacted.",
        "Anonymisation consists in removing your name, phone number, postal address and any other element that "
        "would allow the member to be identified or contacted.",
    )
    assert result.changes and not result.material, _why(result)


def test_will_not_made_may_is_material() -> None:
    result = _judge(
        "We will not share your email address with advertisers.",
        "We may share your email address with advertisers.",
    )
    assert result.material, _why(result)
