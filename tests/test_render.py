"""The demo renderer: a faithful, escaped policy inside chrome that changes with every request."""

from __future__ import annotations

import lxml.html
import pytest

from monitor.demo.render import LAYOUTS, render_policy_page
from monitor.domain.values import Format
from monitor.text.normalise import normalise

TEXT = "\n".join(
    [
        "Privacy Policy",
        "1. What we collect",
        "We collect your name and e-mail address when you register.",
        "  • Contact data",
        "  • Usage data",
        "2. Contact",
        "Write to privacy@acme.example with any question about this policy.",
    ]
)
MARKDOWN = (
    "# Privacy\n\nWe use [Stripe](https://stripe.example/privacy) for **payments**.\n\n- one\n- two\n\n"
    '<script>alert("md")</script>\n\nText with <img src=x onerror=alert(1)> inline HTML.\n'
)


def render(text: str = TEXT, **kw) -> str:
    kw.setdefault("title", "Acme Privacy Policy")
    kw.setdefault("company", "Acme")
    return render_policy_page(text, **kw)


def test_policy_structure_is_rendered_faithfully() -> None:
    doc = lxml.html.document_fromstring(render(chrome=False))
    main = doc.find(".//main")
    assert [h.text for h in main.iter("h2")] == ["Privacy Policy", "1. What we collect", "2. Contact"]
    assert [li.text for li in main.iter("li")] == ["Contact data", "Usage data"]
    assert len(list(main.iter("p"))) == 2


def test_markdown_keeps_links_and_emphasis_but_not_raw_html() -> None:
    page = render(MARKDOWN, fmt=Format.MARKDOWN, chrome=False)
    doc = lxml.html.document_fromstring(page)
    link = doc.find(".//main//a")
    assert link is not None and link.get("href") == "https://stripe.example/privacy" and link.text == "Stripe"
    assert doc.find(".//main//strong").text == "payments"
    assert "<script>alert" not in page and "onerror" not in page
    assert normalise(page) == normalise(MARKDOWN, Format.MARKDOWN)


@pytest.mark.parametrize("fmt", [Format.TEXT, Format.MARKDOWN])
def test_hostile_policy_text_is_escaped(fmt: Format) -> None:
    hostile = (
        'We collect data. </p></main><script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\'\n'
        "- <b>not bold</b>\n"
        "# </title><iframe src=//evil>"
    )
    page = render(hostile, fmt=fmt, title="</title><script>t()</script>", company="<i>Co</i>")
    doc = lxml.html.document_fromstring(page)
    assert not doc.xpath("//iframe | //img[@onerror] | //script[contains(., 'alert')] | //b | //i")
    assert doc.findtext(".//title") == "</title><script>t()</script>"
    if fmt is Format.TEXT:
        assert "</p></main><script>" in normalise(page)  # shown as text, exactly


def test_chrome_has_the_usual_noise_and_changes_per_variant() -> None:
    one, two = render(variant=1), render(variant=2)
    assert one != two
    assert render(variant=1) == one  # reproducible: no clock, no global randomness
    doc = lxml.html.document_fromstring(one)
    assert doc.find(".//nav") is not None and doc.find(".//aside") is not None and doc.find(".//footer") is not None
    assert doc.xpath("//div[contains(@class, 'cookie-banner')]//button")
    assert any("utm_" in a.get("href", "") and "sid=" in a.get("href", "") for a in doc.iter("a"))
    assert doc.xpath("//div[contains(@style, 'display:none')]")
    assert doc.xpath("//img[@alt='logo']") and doc.find(".//script") is not None and doc.find(".//style") is not None
    assert "Page generated at" in one and "Latest posts" in one


def test_divsoup_has_no_semantic_landmarks() -> None:
    doc = lxml.html.document_fromstring(render(layout="divsoup", variant=3))
    for tag in ("main", "article", "nav", "aside", "header", "footer"):
        assert doc.find(f".//{tag}") is None, tag
    assert normalise(render(layout="divsoup", variant=3)) == normalise(TEXT)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_round_trips(layout: str) -> None:
    assert normalise(render(layout=layout, variant=9)) == normalise(TEXT, Format.TEXT)


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        render(layout="flexbox")
