"""Classifier: the disclosures a tracking section gains, each a change of practice: a kind of recipient named among
the companies that set cookies ("including advertisers"), the reader followed "over time and across different
websites", and how the site answers a browser's DNT signal. Look-alikes stay not material: the same sentences
reworded, an example naming only a party the sentence already names, and cross-site wording said two ways. The
policy is made up for these tests."""

from __future__ import annotations

from monitor.classify.engine import classify_texts

POLICY = (
    "# Privacy policy\n\n"
    "We collect your name and email address when you create an account.\n\n"
    "## Cookies\n\n"
    "We work with outside companies that use cookies to collect information about your visits to our app in order "
    "to help us understand how it is used.\n\n"
    "These companies analyse information about your activities on our app and other websites.\n\n"
    "You can click an advertiser's banner to visit its site.\n\n"
    "## Contact\n\n"
    "Write to privacy@example.com with any question.\n"
)


def _material(old: str, new: str) -> bool:
    return classify_texts(old, new).material


def test_advertisers_named_among_the_companies_that_set_cookies_is_material() -> None:
    new = POLICY.replace("outside companies that use", "outside companies, including advertisers, that use")
    assert _material(POLICY, new)
    assert _material(new, POLICY)


def test_an_example_of_a_party_the_sentence_already_names_is_not_material() -> None:
    new = POLICY.replace("You can click an advertiser's banner", "You can click an advertiser's banner, for example")
    assert not _material(POLICY, new)


def test_following_the_reader_over_time_and_across_websites_is_read_as_cross_site_tracking() -> None:
    old = POLICY.replace("on our app and other websites", "on our app")
    new = POLICY.replace("on our app and other websites", "over time and across different websites")
    assert _material(old, new)
    # the same reach said two ways: "on our app and other websites" = "across our app and other sites"
    assert not _material(POLICY, POLICY.replace("on our app and other websites", "across our app and other sites"))


def test_the_answer_to_dnt_signals_added_is_material() -> None:
    new = POLICY.replace(
        "## Contact",
        "Because browsers send DNT signals in different ways, we do not respond to them at present.\n\n## Contact",
    )
    assert _material(POLICY, new)
