"""A list whose items open with the name of what they are about ("- Right to Erasure. You may ...") labels every item
so, whatever case or length each label is written in: folded into prose, the labels go and the rights stay. A right
given a condition in the same rewrite ("... once your account has been closed") stays material. Our own sentences."""

from __future__ import annotations

from monitor.classify import classify_texts

LIST = (
    "# Privacy Policy\n\n"
    "## Your rights\n\n"
    "Residents of the EEA have the following rights.\n\n"
    "- Right of Access. You may ask us for a copy of the personal data we hold about you.\n"
    "- Right to Erasure. You may ask us to delete the personal data we hold about you.\n"
    "- Right to Restriction of Processing and Right to Object to It. You may ask us to restrict or stop processing"
    " your personal data.\n"
    "- Right to complain. You may lodge a complaint with a data protection authority.\n"
)
PROSE = (
    "# Privacy Policy\n\n"
    "## Your rights\n\n"
    "Residents of the EEA have the following rights. You may ask us for a copy of the personal data we hold about"
    " you. You may ask us to delete the personal data we hold about you{condition}. You may ask us to restrict or"
    " stop processing your personal data. You may lodge a complaint with a data protection authority.\n"
)


def test_a_labelled_list_folded_into_prose_is_no_change() -> None:
    prose = PROSE.format(condition="")
    assert not classify_texts(LIST, prose).material
    assert not classify_texts(prose, LIST).material


def test_a_right_given_a_condition_in_the_same_rewrite_stays_material() -> None:
    assert classify_texts(LIST, PROSE.format(condition=" once your account has been closed")).material
