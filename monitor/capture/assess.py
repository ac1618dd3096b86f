"""Decide whether a fetch captured the policy, and extract its text — or say why it did not. Pure.

A failed capture is never a snapshot nor a change: transport errors, HTTP errors, empty or non-HTML bodies,
bot walls and captchas, login walls, maintenance pages, error and redirect stubs, and text that collapsed
compared with the last capture. Page-type signals only count on pages that do not read like a policy, so
a policy that mentions "captcha" or "log in to your account" is still a policy.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.html
from w3lib.encoding import html_to_unicode

from monitor.config.settings import Company, MonitorSettings
from monitor.domain.values import Fetched, Format
from monitor.text import extract
from monitor.text.normalise import blocks, canonical_text, detect_format, has_markup, region_digest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Capture:
    ok: bool
    text: str | None = None  # canonical text when ok
    reason: str | None = None  # why not, when not ok: "HTTP 503", "empty page", "captcha page", ...
    # hash of the extracted policy region, before normalisation (bookkeeping: not part of what was captured)
    region_sha256: str | None = field(default=None, compare=False)


#: Content types read as HTML, and as plain text / Markdown.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown", "text/md"})
XML_TYPES = frozenset({"text/xml", "application/xml"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
#: Content types that say nothing of the body: a PDF served so is still read as one.
UNTYPED = frozenset({"", "application/octet-stream", "binary/octet-stream"})

#: The reason of a page whose policy a script was to insert (an app shell read without a browser).
NO_POLICY_TEXT = "no policy text found"
#: A capture with less text than this is not a policy, whatever it was before.
MIN_CHARS, MIN_WORDS = 200, 30
#: Below this many words (or without privacy vocabulary) a page may be a wall, a stub or an error page.
POLICY_WORDS = 150
#: A short text this long in privacy vocabulary states practices: a (short) policy, not a wall or a stub.
SHORT_POLICY_WORDS, SHORT_POLICY_TERMS = 60, 4

_MAGIC = (
    (b"%PDF", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"RIFF", "application/octet-stream"),
    (b"\xd0\xcf\x11\xe0", "application/msword"),
)

_CAPTCHA = re.compile(
    r"(?<![^\W_])(?:\w*captcha|checking (?:if the site connection is secure|your browser)|"
    r"verify (?:that )?you are (?:a )?human|"
    r"are you a (?:robot|human)|prove you(?:'re| are) (?:a )?human|just a moment|ddos protection|"
    r"bot (?:check|detection|protection)|press (?:&|and) hold|pardon our interruption|"
    r"security check to access)(?![^\W_])",
    re.IGNORECASE,
)
_BLOCKED = re.compile(
    r"(?<![^\W_])(?:access (?:to this page )?(?:has been )?denied|automated (?:requests?|queries|access|traffic)|"
    r"you(?:'ve| have) been blocked|request (?:was |has been )?blocked|unusual traffic|"
    r"attention required|forbidden|not authori[sz]ed to (?:access|view)|rate limit(?:ed)?|too many requests)(?![^\W_])",
    re.IGNORECASE,
)
_LOGIN = re.compile(
    r"(?<![^\W_])(?:(?:sign|log) ?in to (?:continue|your account|view|access)|please (?:sign|log) ?in\b|"
    r"you must (?:be logged|sign|log) ?in|forgot (?:your )?password|session (?:has )?expired)(?![^\W_])",
    re.IGNORECASE,
)
_MAINTENANCE = re.compile(
    r"(?<![^\W_])(?:(?:down|closed) for maintenance|under (?:scheduled )?maintenance|"
    r"undergoing (?:scheduled )?maintenance|"
    r"scheduled maintenance|temporarily (?:unavailable|down|offline)|under construction|coming soon|"
    r"be (?:right )?back soon|service unavailable|site is (?:currently )?(?:offline|down))(?![^\W_])",
    re.IGNORECASE,
)
#: "404" counts only as an error code (a title or heading of its own, or next to error wording), never inside
#: a number, a phone number or a token ("14045", "404-555-1234", "id=x404y").
_NOT_FOUND = re.compile(
    r"(?<![^\W_])(?:page (?:was )?not found|not found|no longer (?:available|exists)|page (?:you requested )?"
    r"(?:does not|doesn't) exist|internal server error|bad gateway|gateway time-?out|an error (?:has )?occurred|"
    r"something went wrong|(?:we|it) ran into (?:an? )?(?:issue|problem|error)|an unexpected error|"
    r"(?:error|http|status)(?: code)?:? 404|404 (?:error|page|not found))(?![^\W_])|"
    r"^(?:# )?404(?![\w-])(?!\s*\d)",
    re.IGNORECASE | re.MULTILINE,
)
_MOVED = re.compile(
    r"(?<![^\W_])(?:(?:has|have|was|were) moved|moved (?:permanently|temporarily)|redirecting|you are being redirected|"
    r"(?:click|tap) here if you are not redirected|if you are not redirected)(?![^\W_])",
    re.IGNORECASE,
)
_JS_SHELL = re.compile(
    r"(?<![^\W_])(?:enable javascript|javascript (?:is )?(?:required|disabled)|you need to enable javascript)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_LOGIN_PATH = re.compile(
    r"/(?:login|log-in|logon|signin|sign-in|sign_in|sso|auth|authenticate|authorize|oauth2?|cas|"
    r"session/new|users/sign_in|account/login|accounts/login)(?:/|$|\.)",
    re.IGNORECASE,
)
_PRIVACY_TERMS = (
    "personal",
    "data",
    "information",
    "privacy",
    "cookie",
    "collect",
    "process",
    "share",
    "third part",
    "right",
    "retain",
    "consent",
    "disclose",
    "contact",
    "protect",
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def assess(
    fetched: Fetched,
    company: Company,
    previous_text: str | None,
    settings: MonitorSettings,
    previous_region: str | None = None,
) -> Capture:
    """The canonical text of the policy in `fetched`, or the reason the fetch did not capture it.

    `previous_region`: the region hash of the capture that gave `previous_text`; an equal region is that
    text again, without normalising (the page is still judged: a wall or an error page is no capture).
    """
    if fetched.error:
        return _fail(f"fetch failed: {_short(fetched.error)}")
    status = fetched.status
    if status is None:
        return _fail("no response")
    if status == 304:
        if previous_text:
            return Capture(ok=True, text=previous_text)
        return _fail("HTTP 304 without an earlier capture")
    if not 200 <= status < 300:
        return _fail(_http_reason(fetched))
    if not fetched.body.strip():
        return _fail("empty page")
    ctype = fetched.content_type
    sniffed = _sniff_binary(fetched.body)
    if ctype in PDF_TYPES or (sniffed == "application/pdf" and ctype in UNTYPED):
        return _pdf_capture(fetched, previous_text, settings)
    if sniffed:
        return _fail(f"non-HTML response ({ctype or sniffed})")
    if ctype and ctype not in HTML_TYPES | TEXT_TYPES | MARKDOWN_TYPES | XML_TYPES:
        return _fail(f"non-HTML response ({ctype})")
    text = decode(fetched)
    if not text.strip():
        return _fail("empty page")
    fmt = _format(ctype, text)
    if fmt is None:
        return _fail(f"non-HTML response ({ctype})")

    page = _Page.read(text) if fmt is Format.HTML else None
    if page is not None and company.select:
        try:
            if not extract.select_all(page.root, company.select):
                return _fail(f"selector {company.select!r} matched nothing")
        except ValueError as exc:
            return _fail(str(exc))
    try:
        found = blocks(text, fmt, select=company.select, remove=company.remove, root=page.root if page else None)
    except ValueError as exc:
        return _fail(str(exc))
    region = region_digest(found)
    same = previous_text is not None and region == previous_region
    canonical = previous_text if same and previous_text is not None else canonical_text(found)

    reason = _page_kind(fetched, canonical, page)
    if reason:
        return _fail(reason)
    words = len(canonical.split())
    if previous_text and len(canonical) < settings.collapse_ratio * len(previous_text):
        return _fail(f"text collapsed to {len(canonical)} characters (was {len(previous_text)})")
    if len(canonical) < MIN_CHARS or words < MIN_WORDS:
        if page is not None and page.app_shell:
            return _fail(f'{NO_POLICY_TEXT} (the page is filled in by JavaScript: render = "auto" reads it)')
        return _fail(f"too little text ({words} words)")
    return Capture(ok=True, text=canonical, region_sha256=region)


def _pdf_capture(fetched: Fetched, previous_text: str | None, settings: MonitorSettings) -> Capture:
    """A PDF's text layer, page furniture removed (see `monitor.text.pdf`), held to the same size checks."""
    from monitor.text.pdf import PdfError, pdf_text

    try:
        text = pdf_text(fetched.body)
    except PdfError as exc:
        return _fail(str(exc))
    canonical = canonical_text(blocks(text, Format.TEXT))
    words = len(canonical.split())
    if previous_text and len(canonical) < settings.collapse_ratio * len(previous_text):
        return _fail(f"text collapsed to {len(canonical)} characters (was {len(previous_text)})")
    if len(canonical) < MIN_CHARS or words < MIN_WORDS:
        return _fail(f"too little text ({words} words)")
    return Capture(ok=True, text=canonical)


def _fail(reason: str) -> Capture:
    return Capture(ok=False, reason=reason)


def _short(message: str, limit: int = 160) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _http_reason(fetched: Fetched) -> str:
    reason = f"HTTP {fetched.status}"
    retry = fetched.headers.get("retry-after")
    if retry:
        reason += f" (Retry-After: {_short(retry, 40)})"
    location = fetched.headers.get("location")
    if location and 300 <= (fetched.status or 0) < 400:
        reason += f" (redirect to {_short(location, 80)})"
    return reason


def _sniff_binary(body: bytes) -> str | None:
    head = body[:16].lstrip()
    for magic, ctype in _MAGIC:
        if head.startswith(magic):
            return ctype
    if b"\x00" in body[:1024] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "application/octet-stream"
    return None


def decode(fetched: Fetched) -> str:
    """The body as text: the fetcher's encoding, else header charset, BOM, meta charset, then UTF-8/cp1252."""
    if fetched.encoding:
        try:
            codecs.lookup(fetched.encoding)
        except LookupError:
            log.debug("unknown encoding %r from the fetcher; sniffing instead", fetched.encoding)
        else:
            body = fetched.body
            for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                if body.startswith(bom):
                    break
            else:
                return body.decode(_whatwg(fetched.encoding), errors="replace")
    header = fetched.headers.get("content-type", "")
    _, text = html_to_unicode(header or None, fetched.body)
    return text


def _whatwg(encoding: str) -> str:
    """Browsers read latin-1 and ASCII labels as windows-1252 (a superset); so do we."""
    name = codecs.lookup(encoding).name
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _format(ctype: str, text: str) -> Format | None:
    if ctype in MARKDOWN_TYPES:
        return Format.MARKDOWN
    if ctype in TEXT_TYPES:
        detected = detect_format(text)
        return Format.TEXT if detected is Format.HTML and not has_markup(text) else detected
    if ctype in XML_TYPES:
        return Format.HTML if re.search(r"<html\b", text[:5000], re.IGNORECASE) else None
    return Format.HTML if has_markup(text) else detect_format(text)


# ------------------------------------------------------------------------------------------ page kinds


@dataclass
class _Page:
    root: lxml.html.HtmlElement
    title: str
    heading: str  # the page's main heading (its first <h1>, else its first heading)
    password_inputs: int
    refresh: str | None
    app_shell: bool = False  # a <noscript> JavaScript wall or an empty app root: the text comes by script

    @classmethod
    def read(cls, content: str) -> _Page:
        root = extract.parse_html(content)
        title = " ".join(" ".join(root.xpath("//title//text()")).split())
        refresh = None
        for meta in root.iter("meta"):
            if (meta.get("http-equiv") or "").strip().lower() == "refresh":
                refresh = meta.get("content") or ""
        passwords = sum(1 for el in root.iter("input") if (el.get("type") or "").lower() == "password")
        heading = ""
        for path in ("//body//h1", "//body//*[self::h2 or self::h3 or @role='heading']"):
            found = root.xpath(path)
            if found:
                heading = " ".join(found[0].text_content().split())[:300]
                break
        return cls(root, title, heading, passwords, refresh, _app_shell(root))


_APP_ROOTS = frozenset({"app", "root", "__next", "__nuxt", "app-root", "application", "main-app", "svelte"})


def _app_shell(root: object) -> bool:
    """A page whose content a script is to insert: a <noscript> asking for JavaScript, or an empty app root."""
    for el in root.iter("noscript"):  # type: ignore[attr-defined]
        if "javascript" in (el.text_content() or "").lower():
            return True
    for el in root.iter("div", "main", "section"):  # type: ignore[attr-defined]
        if (el.get("id") or "").lower() in _APP_ROOTS and not (el.text_content() or "").strip():
            return True
    return False


def needs_browser(fetched: Fetched, company: Company) -> bool:
    """Whether a plain fetch read an HTML page that holds no policy body because a script is to insert it
    (an app shell, a <noscript> wall): what `render = "auto"` renders in a browser."""
    if fetched.error or fetched.status is None or not 200 <= fetched.status < 300 or not fetched.body.strip():
        return False
    if fetched.content_type not in HTML_TYPES | {""} or _sniff_binary(fetched.body):
        return False
    capture = assess(fetched, company, None, MonitorSettings(database=""))
    return not capture.ok and (capture.reason or "").startswith(
        (NO_POLICY_TEXT, "too little text", "page needs JavaScript")
    )


def policy_like(text: str) -> bool:
    """Whether text reads like a privacy policy: long enough and in its vocabulary."""
    lower = text.lower()
    terms = sum(1 for term in _PRIVACY_TERMS if term in lower)
    return len(text.split()) >= POLICY_WORDS and terms >= 6


def _states_practices(text: str) -> bool:
    """Whether a text too short for `policy_like` still reads like a (short) policy rather than a wall."""
    lower = text.lower()
    terms = sum(1 for term in _PRIVACY_TERMS if term in lower)
    return len(text.split()) >= SHORT_POLICY_WORDS and terms >= SHORT_POLICY_TERMS


def _page_kind(fetched: Fetched, canonical: str, page: _Page | None) -> str | None:
    """Why this page is not the policy (a wall, a stub, an error page), or None."""
    final = fetched.final_url or ""
    if final and final != fetched.url:
        final_path = urlsplit(final).path
        if _LOGIN_PATH.search(final_path) and not _LOGIN_PATH.search(urlsplit(fetched.url).path):
            return f"login page (redirected to {_short(final_path, 60)})"
    if policy_like(canonical):
        return None
    # Wording is judged on the extracted text (site chrome removed: a menu's "Forgot your password?" or a
    # footer's "coming soon" say nothing about the page) plus the page's title and main heading. A text that
    # states practices is a short policy: only its title and main heading could still say it is not one.
    states_practices = _states_practices(canonical)
    named = f"{page.title}\n{page.heading}" if page is not None else ""
    if page is not None and page.password_inputs and not states_practices:
        return "login page (password form)"
    sample = named if states_practices else f"{named}\n{canonical[:20_000]}"
    reason = _wording_kind(sample)
    if reason:
        return reason
    if page is not None and page.refresh and "url" in page.refresh.lower():
        target = page.refresh.split("=", 1)[-1].strip(" '\"")
        return f"redirect stub (meta refresh to {_short(target, 80)})"
    return _late_wording_kind(sample)


def wall_reason(canonical: str) -> str | None:
    """Why a canonical text alone reads as a wall, a stub or an error page rather than a policy, or None.

    The same wording rules as for a fetched page, without its HTML (for texts already extracted).
    """
    if policy_like(canonical) or _states_practices(canonical):
        return None
    sample = canonical[:20_000]
    return _wording_kind(sample) or _late_wording_kind(sample)


def _wording_kind(sample: str) -> str | None:
    if _CAPTCHA.search(sample):
        return "captcha or bot-check page"
    if _BLOCKED.search(sample):
        return "access blocked page"
    if _LOGIN.search(sample):
        return "login page"
    if _MAINTENANCE.search(sample):
        return "maintenance page"
    return None


def _late_wording_kind(sample: str) -> str | None:
    if _MOVED.search(sample):
        return "redirect stub (page moved)"
    if _NOT_FOUND.search(sample):
        return "error page (not found)"
    if _JS_SHELL.search(sample):
        return "page needs JavaScript (no policy text)"
    return None
