"""A list's introduction that only says what the list is about ("The following applies to children under 13:") is
stated where the other version names the same topic and numbers; "please do not try to" is the reader's attempt, not
the company's hedge. Our own sentences."""

from __future__ import annotations

from in_a_policy import framed, neither_way, stays_material

HEAD = (
    '# Who we are\nOtter Tasks Ltd ("we") makes a to-do app. We collect your name and email address when you '
    "sign up.\n# Children\n"
)

_pair = framed(HEAD)

PROSE = (
    "We do not knowingly collect personal data from anyone under the age of 13. If you are under 13, please do not"
    " attempt to sign up. If we learn that we hold personal data of a child under 13, we will delete it promptly.\n"
)
LISTED = (
    "The following applies to children under the age of 13:\n\n"
    "- We do not knowingly collect personal data from anyone under 13.\n"
    "- If you are under 13, please do not try to sign up.\n"
    "- If we learn that we hold personal data of a child under 13, we will delete it promptly.\n"
)


def test_prose_turned_into_a_labelled_list_is_not_material():
    neither_way(_pair, PROSE, LISTED)


def test_a_labelled_list_with_another_age_is_material():
    stays_material(_pair, PROSE, LISTED.replace("under 13", "under 16").replace("age of 13", "age of 16"))


def test_a_labelled_list_that_drops_the_deletion_is_material():
    stays_material(_pair, PROSE, LISTED.replace(", we will delete it promptly", ", we will keep it"))
