"""PDF → plain text without page furniture, so a re-paginated PDF reads the same. Pure (bytes in, text out).

pypdf extracts each page's text layer; running headers and footers (lines that recur at the top or bottom of
most pages, page numbers counted as one) and lone page numbers are dropped; the lines left are joined into
paragraphs across page breaks, one paragraph per line, for `normalise` to read as plain text.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence

log = logging.getLogger(__name__)

#: Pages read at most (a policy is a few dozen; a hostile file may claim millions).
MAX_PAGES = 400
#: Lines at the top and at the bottom of a page where running headers and footers sit.
ZONE = 2
#: Running headers and footers are short; a longer line is body text even if it recurs.
FURNITURE_WORDS = 12
#: Fewer letters than this per page on average: no text layer (a scan).
MIN_LETTERS_PER_PAGE = 20


class PdfError(ValueError):
    """The PDF cannot be read as text; the message is the reason shown in the check history."""


_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—(\[]*\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]*"
    r"(?:\s*(?:of|/|von|de|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?:;]['\")\]]*$")
_ITEM = re.compile(r"^(?:[•·▪◦‣*\-–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")


def pdf_pages(data: bytes) -> list[str]:
    """The text layer of each page. Raises PdfError for an unreadable or encrypted PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files warn on every page
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("encrypted PDF (needs a password)")
        pages = []
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                log.info("PDF has more than %d pages; reading the first %d", MAX_PAGES, MAX_PAGES)
                break
            pages.append(page.extract_text() or "")
    except PdfError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        log.info("unreadable PDF: %s: %s", type(exc).__name__, exc)
        raise PdfError("unreadable PDF (damaged, truncated or not a PDF)") from exc
    return pages


def pdf_text(data: bytes) -> str:
    """The PDF's text, furniture removed, one paragraph per line. Raises PdfError when there is none."""
    pages = pdf_pages(data)
    if not pages:
        raise PdfError("PDF without pages")
    letters = sum(sum(ch.isalpha() for ch in page) for page in pages)
    if letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise PdfError("PDF without text, probably scanned")
    return "\n".join(paragraphs(strip_furniture([page.splitlines() for page in pages])))


def _key(line: str) -> str:
    """A line with its numbers blanked: "Page 3 of 9" and "Page 4 of 9" are the same furniture."""
    return _DIGITS.sub("#", _SPACES.sub(" ", line.strip().lower()))


def strip_furniture(pages: Sequence[Sequence[str]]) -> list[str]:
    """Every page's lines in order, without running headers, footers and page numbers."""
    cleaned = [[line.strip() for line in page if line.strip()] for page in pages]
    recurring: Counter[str] = Counter()
    for lines in cleaned:
        recurring.update({_key(line) for line in _zone(lines) if len(line.split()) <= FURNITURE_WORDS})
    # a line in the header/footer zone of most pages (at least two) is furniture wherever it sits there
    needed = max(2, (len(cleaned) + 1) // 2)
    furniture = {key for key, count in recurring.items() if count >= needed}
    out: list[str] = []
    for lines in cleaned:
        zone = set(range(min(ZONE, len(lines)))) | set(range(max(0, len(lines) - ZONE), len(lines)))
        for index, line in enumerate(lines):
            if index in zone and (_key(line) in furniture or _PAGE_NUMBER.match(line)):
                continue
            out.append(line)
    return out


def _zone(lines: Sequence[str]) -> list[str]:
    return list(lines[:ZONE]) + list(lines[max(ZONE, len(lines) - ZONE) :])


def paragraphs(lines: Sequence[str]) -> list[str]:
    """Join wrapped lines into paragraphs: a line continues the previous one unless that one ended short (a
    heading or a paragraph's last line) or ended a sentence, or the line starts a list item."""
    if not lines:
        return []
    lengths = sorted(len(line) for line in lines)
    full = lengths[int(len(lengths) * 0.8)] * 0.7  # a line this long was wrapped, not ended
    out: list[str] = []
    previous = ""
    for line in lines:
        if out and _continues(previous, line, full):
            joined = out[-1]
            if joined.endswith("-") and joined[-2:-1].isalpha() and line[:1].islower():
                out[-1] = joined[:-1] + line  # a word hyphenated at the line end
            else:
                out[-1] = f"{joined} {line}"
        else:
            out.append(line)
        previous = line
    return out


def _continues(previous: str, line: str, full: float) -> bool:
    """Whether `line` goes on with the paragraph whose last line was `previous`."""
    if _ITEM.match(line) or _SENTENCE_END.search(previous):
        return False
    return len(previous) >= full or line[:1].islower()
