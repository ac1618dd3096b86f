"""A line that only sends the reader to a page by its name ("Go to Shared endorsements" -> "Go to Endorsements in
ads") is a link, whatever words the page's name has; a step that says what to do there is read as a statement. A
choice given by its verb ("Choose whether your name appears in ads") is a control: dropping it is material. Our own
sentences."""

from __future__ import annotations

import pytest
from in_a_policy import why as _why

from monitor.classify.engine import classify_texts
from monitor.classify.furniture import _boilerplate

HEAD = (
    '# Who we are\nPinecone Reviews Ltd ("we") runs the review site. We collect your name and email address when '
    "you sign up.\n# Reviews in ads\nChoose whether your name and photo appear next to your reviews in ads.\n"
)
TAIL = "\n# Contact\nWrite to our support team by post.\n"


def test_a_link_to_a_page_renamed_is_not_material():
    old = HEAD + "[Go to Shared endorsements](https://example.com/endorse)\n" + TAIL
    new = HEAD + "[Go to Endorsements in ads](https://example.com/endorse)\n" + TAIL
    for a, b in ((old, new), (new, old)):
        result = classify_texts(a, b)
        assert not result.material, _why(result)


@pytest.mark.parametrize(
    "line",
    ["go to shared endorsements", "open ad settings", "visit the help centre.", "go to endorsements in ads"],
)
def test_links_to_pages_are_furniture(line):
    assert _boilerplate(line, line)


@pytest.mark.parametrize(
    "line",
    ["go to settings to delete your history", "go to settings and turn off sharing", "visit our partners"],
)
def test_a_step_saying_what_to_do_is_no_link(line):
    assert _boilerplate(line, line) is None


def test_a_choice_given_by_its_verb_dropped_is_material():
    old = HEAD + TAIL
    new = old.replace("Choose whether your name and photo appear", "Your name and photo may appear")
    result = classify_texts(old, new)
    assert result.material, _why(result)
