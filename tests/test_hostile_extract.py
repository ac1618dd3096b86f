"""Text nested deeper than libxml2 follows (issue 13) is extracted, with everything after it."""

from __future__ import annotations

from monitor.text.deep import flatten
from monitor.text.normalise import normalise


def nested(depth: int, tag: str = "div") -> str:
    return (
        "<html><body><main><h1>Privacy</h1><p>We collect your email to run the service.</p>"
        + f"<{tag}>" * depth
        + "<p>Deep text: we share data with advertisers &amp; brokers.</p><p>A second deep paragraph.</p>"
        + f"</{tag}>" * depth
        + "<p>After the deep part: we keep data 30 days.</p></main></body></html>"
    )


def test_text_nested_5000_deep_is_extracted_with_what_follows():
    text = normalise(nested(5000))
    assert text.split("\n") == [
        "# Privacy",
        "We collect your email to run the service.",
        "Deep text: we share data with advertisers & brokers.",
        "A second deep paragraph.",
        "After the deep part: we keep data 30 days.",
    ]


def test_shallow_pages_are_parsed_as_before():
    assert normalise(nested(50)) == normalise(nested(5000))
    assert normalise(nested(1500, "span")).endswith("After the deep part: we keep data 30 days.")


def test_flatten_keeps_words_and_attributes():
    out = flatten('<div class="a&quot;b">' + "<section>" * 5 + "x &lt; y" + "</section>" * 5 + "</div>", 3)
    assert out.startswith('<div class="a&quot;b"><section><section>') and "x &lt; y" in out
    assert out.count("<section>") == 2
