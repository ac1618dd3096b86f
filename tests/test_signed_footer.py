"""Classifier: the site's footer, signed with a copyright line, right after a list of the policy's own. Its link
titles go on in the same list form ("- Internet activity", then "- Terms of Use", "- Ad Choices", "© 2026 ..."), or
the capture made them headings with only the signature under the last one. Look-alikes that stay material: data
types in title case added at the end of the policy's list, signed or not, when nothing says they are the site's
links. The policies are made up for these tests."""

from __future__ import annotations

import pytest

from monitor.classify.chrome import _bodiless
from monitor.classify.engine import classify_texts

BASE = (
    "# Privacy policy\n\n"
    "We collect your name and email address to run your account.\n\n"
    "## Categories of personal information we collected and disclosed:\n\n"
    "- Identifiers\n"
    "- Commercial information\n"
    "- Internet activity\n"
)


def _ending(*lines: str) -> str:
    return BASE + "\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "footer",
    [
        (
            "- Terms of Use",
            "- Limit the Use of My Sensitive Personal Information",
            "- Ad Choices",
            "",
            "© 2026 Acme Inc.",
        ),
        ("- Careers", "- Do Not Sell or Share My Personal Information", "- Press", "", "© 2026 Acme Inc."),
        ("# Press", "# Terms of Service", "# Consumer Health Privacy", "Do Not Sell My Info", "© 2026 Acme Inc."),
    ],
)
def test_a_signed_footer_after_the_policys_own_list_is_furniture(footer: tuple[str, ...]) -> None:
    assert not classify_texts(BASE, _ending(*footer)).material
    assert not classify_texts(_ending(*footer), BASE).material


@pytest.mark.parametrize(
    "ending",
    [
        ("- Precise Geolocation", "- Health Information", "- Biometric Identifiers"),
        ("- Precise Geolocation", "- Health Information", "- Biometric Identifiers", "", "© 2026 Acme Inc."),
    ],
)
def test_title_case_data_types_added_to_the_policys_list_stay_material(ending: tuple[str, ...]) -> None:
    assert classify_texts(BASE, _ending(*ending)).material


def test_a_heading_with_only_the_signature_and_one_link_under_it_has_no_body():
    lines = ["# Consumer Health Privacy", "Do Not Sell My Info", "© 2026 Acme Inc."]
    assert _bodiless(lines, 0)
    # a heading over two lines of its own has a body, signed or not
    assert not _bodiless(["# Your choices", "Opt out of ads", "Delete your account", "© 2026 Acme Inc."], 0)
