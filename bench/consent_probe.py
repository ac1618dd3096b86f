"""Probe: a consent manager's preference centre or banner captured with the policy.

  .venv/bin/python bench/consent_probe.py [--docs 30] [--seed 13] [NAME ...]

A consent block (a preference centre with its category toggles, a consent-framework banner with its purposes, a
short cookie banner) is inserted into study documents at the top, in the middle (before a section heading) or at the
end, and each pair is classified both ways (added and removed). The labelling rules call cookie-banner UI text not
material, so every material call on a `ui-*` probe is a false alarm. The `real-*` probes add a real practice next
to the block (or a cookie policy's own section about its categories, with no controls around it): those must stay
material, so their rate is what is caught. Study documents only (split as score.py splits them).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from perturb import canonical, documents  # noqa: E402

from monitor.capture.pair import classify_pair  # noqa: E402

#: a preference centre in the common layout: title, paragraph, buttons, category headings with toggles
CENTRE = """Privacy Preference Center

When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. \
This information might be about you, your preferences or your device and is mostly used to make the site work as \
you expect it to. The information does not usually directly identify you, but it can give you a more personalized \
web experience. Because we respect your right to privacy, you can choose not to allow some types of cookies. Click \
on the different category headings to find out more and change our default settings.

More information

Allow All

Manage Consent Preferences

Strictly Necessary Cookies

Always Active

These cookies are necessary for the website to function and cannot be switched off in our systems. They are \
usually only set in response to actions made by you which amount to a request for services, such as setting your \
privacy preferences, logging in or filling in forms.

Performance Cookies

These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our \
site. All information these cookies collect is aggregated and therefore anonymous.

Targeting Cookies

These cookies may be set through our site by our advertising partners. They may be used by those companies to \
build a profile of your interests and show you relevant adverts on other sites. They do not store directly personal \
information, but are based on uniquely identifying your browser and internet device.

Cookie List

Clear

checkbox label label

Apply Cancel

Confirm My Choices
"""

#: a consent-framework banner: the partners' purposes listed, then its buttons
FRAMEWORK = """Your consent choices

We and our 143 partners store and access information on your device, such as cookies, and process personal data \
such as unique identifiers and browsing data for personalised advertising and content, measurement, and audience \
research.

You can accept, reject or customise your choices below.

Purposes

Store and/or access information on a device

Use limited data to select advertising

Create profiles for personalised advertising

Measure advertising performance

Vendors

Accept all

Reject all

Save and exit
"""

#: a settings panel in other words: toggles written On / Off, save and reject buttons
PANEL = """Cookie settings

This website uses cookies and similar tools to remember your choices, keep you signed in and see which pages are \
visited. Some are needed for the site to work; others are only set if you switch them on below. You can change \
your mind at any time from the link at the bottom of each page.

Accept all cookies

Reject non-essential cookies

Essential

On

Needed for security, sign-in and load balancing. These cannot be turned off.

Analytics

Off

Help us understand how visitors move around the site, so we can fix what is slow or confusing.

Advertising

Off

Let our partners show you ads that match your interests on this and other websites.

Save my preferences
"""

#: a short banner: one paragraph and three buttons
SHORT = """We care about your privacy

We use cookies to make this site work and, with your permission, to measure traffic and personalise ads. Choose \
"Accept" to allow all of them or "Customise" to pick which ones we may set on your device.

Customise

Decline

Accept
"""

#: a framework banner in other words, with legitimate-interest switches and vendor links
VENDORS = """We value your privacy

With your agreement, we and our partners use cookies or similar technologies to store, access and process \
personal data such as your visit to this website, IP addresses and cookie identifiers. Some partners do not ask for \
your consent to process your data and rely on their legitimate interest instead. You can withdraw your consent or \
object to legitimate interest at any time by clicking "Learn more" or in our privacy settings on this website.

Legitimate interest

Object to all

Show purposes

Show vendors

Agree and close

Disagree

More options
"""

#: a framework banner whose purposes are a bulleted list of long items and whose buttons are links
LISTED = """Manage your privacy

So that this site works well for you, we and our 89 partners use technologies such as cookies to store and read \
information on your device. If you agree, we and our partners may process data such as your browsing behaviour or \
unique identifiers on this site. If you say no or change your mind later, some parts of the site may not work as well.

- Use precise geolocation data
- Actively scan device characteristics to identify it
- Store and/or access information on a device
- Personalised advertising and content, measurement of advertising and content, audience research and product \
development
- Develop and improve services

[Accept](#)

[Deny](#)

[View preferences](#)

[Save preferences](#)

[Cookie Policy](/cookies) [Privacy Statement](/privacy)
"""

#: a one-line banner of buttons under its paragraph
ROW = """Cookies on this site

We use cookies to keep you signed in and, if you agree, to count visits and show you relevant offers.

Accept all · Reject all · Customise
"""

BLOCKS = {
    "centre": CENTRE,
    "framework": FRAMEWORK,
    "panel": PANEL,
    "short": SHORT,
    "vendors": VENDORS,
    "listed": LISTED,
    "row": ROW,
}

#: a real practice, new to the policy
PRACTICE = "We now share your browsing data with advertising partners."

#: a cookie policy's own section describing its categories, no controls around it
OWN_SECTION = """## Types of cookies we use

Strictly necessary cookies. These cookies keep the site secure and let you sign in; the site cannot work without \
them.

Performance cookies. These cookies count visits and traffic sources so we can see which pages are popular.

Targeting cookies. These are set by our advertising partners to build a profile of your interests and show you \
relevant adverts on other sites.
"""

Edit = Callable[[str], "str | None"]


def _at_end(block: str) -> Edit:
    return lambda raw: raw.rstrip() + "\n\n" + block


def _at_top(block: str) -> Edit:
    return lambda raw: block + "\n\n" + raw


def _in_middle(block: str) -> Edit:
    def edit(raw: str) -> str | None:
        lines = raw.splitlines()
        k = len(lines) // 2
        while k < len(lines) and not lines[k].startswith("#"):
            k += 1
        if k >= len(lines):
            return None
        return "\n".join([*lines[:k], "", *block.splitlines(), "", *lines[k:]])

    return edit


def _probes() -> dict[str, tuple[Edit, Edit | None]]:
    """name -> (the edit, or (the edit of the base, the edit of the other version) for a change next to a block)."""
    out: dict[str, tuple[Edit, Edit | None]] = {}
    for name, block in BLOCKS.items():
        for where, place in (("top", _at_top), ("mid", _in_middle), ("end", _at_end)):
            out[f"ui-{name}-{where}"] = (place(block), None)
    # must stay material: a practice next to a block (added with it, or added beside a block both versions have)
    for name in ("centre", "framework", "short"):
        block = BLOCKS[name]
        out[f"real-{name}-before-end"] = (_at_end(PRACTICE + "\n\n" + block), None)
        out[f"real-{name}-after-end"] = (_at_end(block + "\n" + PRACTICE + "\n"), None)
        out[f"real-{name}-beside-end"] = (_at_end(block), _at_end(block + "\n" + PRACTICE + "\n"))
        out[f"real-{name}-before-top"] = (_at_top(block), _at_top(PRACTICE + "\n\n" + block))
    # the practice alone, for comparison: what the classifier catches without a block beside it
    out["real-alone-end"] = (_at_end(PRACTICE), None)
    out["real-alone-top"] = (_at_top(PRACTICE), None)
    out["real-own-section-mid"] = (_in_middle(OWN_SECTION), None)
    out["real-own-section-end"] = (_at_end(OWN_SECTION), None)
    out["real-browser-sentence-end"] = (_at_end("You can accept or reject cookies in your browser settings."), None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    docs = [d for d in documents() if d.name.startswith("study:")]
    random.Random(args.seed).shuffle(docs)
    docs = docs[: args.docs]
    probes = _probes()
    for name in args.names or list(probes):
        first, second = probes[name]
        material = total = 0
        examples = []
        for doc in docs:
            base = doc.raw if second is None else first(doc.raw)
            other = first(doc.raw) if second is None else second(doc.raw)
            if base is None or other is None or base == other:
                continue
            a, b = canonical(doc, base), canonical(doc, other)
            for old, new in ((a, b), (b, a)):
                total += 1
                verdict = classify_pair(old, new)
                if verdict.material:
                    material += 1
                    found = [c for c in verdict.changes if c.material][:1]
                    text = ((found[0].after or found[0].before) or "") if found else ""
                    examples.append((doc.name, verdict.capture, found[0].rule if found else "?", text[:90]))
        print(f"{name:28} material {material}/{total}", flush=True)
        for example in examples[: args.examples]:
            print("    ", example)


if __name__ == "__main__":
    main()
