"""Text decoded with the wrong character set and repaired: UTF-8 bytes read as Windows-1252 or Latin-1 ("youâ€™re"
for "you’re", "Ã©" for "é"), and HTML character references left in the text by a page escaped twice ("don&#8217;t",
"&amp;amp;"). A capture of the same page shows the one or the other as its server or the archive decoded it; the
words are the same. Pure; linear in the text (one scan per kind, each run repaired on its own)."""

from __future__ import annotations

import html
import re

#: the characters a byte 0x80-0xBF (a UTF-8 continuation byte) reads as in Windows-1252, or in Latin-1 where
#: Windows-1252 leaves it undefined
_CONTINUATION = "".join(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in range(0x80, 0xC0)
)
#: what a UTF-8 lead byte of a two-, three- or four-byte sequence reads as: "Â"-"ß", "à"-"ï", "ð"-"ô"
_RUN = re.compile(
    "(?:[\u00c2-\u00df][{c}]|[\u00e0-\u00ef][{c}]{{2}}|[\u00f0-\u00f4][{c}]{{3}})+".format(c=re.escape(_CONTINUATION))
)
#: a quick test: every repair starts with one of these
_LEADS = re.compile("[\u00c2-\u00f4]")


def _byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch)  # U+0080-U+00FF read as Latin-1


def _plausible(ch: str) -> bool:
    """A character a two-byte repair may give: Latin letters and signs, Greek, Cyrillic. Not the rarer scripts a
    letter and a quote next to each other would decode to ("ß“" is no NKo letter); longer sequences (punctuation,
    CJK) cannot arise by chance."""
    code = ord(ch)
    return code >= 0x800 or 0x80 <= code <= 0x2FF or 0x370 <= code <= 0x52F


def _repaired(m: re.Match[str]) -> str:
    run = m.group(0)
    try:
        fixed = bytes(_byte(ch) for ch in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run  # not a UTF-8 sequence after all: the text as written
    return fixed if all(_plausible(ch) for ch in fixed) else run


#: what is left of a garbled no-break space once the space is normalised ("EuropeÂ and") and of a garbled
#: closing quote whose last byte the reader could not show ("Partnersâ€�"), where the text shows other
#: garbling too
_REMNANT = re.compile("\u00c2(?= |$)|\u00e2\u20ac\ufffd", re.MULTILINE)


#: a character reference shown as text ("&#8217;", "&#x2019;", "&rsquo;", "&amp;"), or escaped once more ("&amp;#8217;")
_REFERENCE = re.compile(r"&(?:amp;)?(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")


def _unescaped(m: re.Match[str]) -> str:
    return html.unescape(html.unescape(m.group(0)))


def repaired(text: str) -> str:
    """`text` with each run of UTF-8 read as Windows-1252 or Latin-1 decoded as UTF-8, and each character reference
    left in it read; the rest as it is."""
    if "&" in text and ";" in text:
        text = _REFERENCE.sub(_unescaped, text)
    if not _LEADS.search(text):
        return text
    fixed = _RUN.sub(_repaired, text)
    if fixed == text:
        return text
    return _REMNANT.sub(lambda m: "" if m.group(0) == "\u00c2" else "\u201d", fixed)
