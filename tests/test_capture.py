"""Capture assessment: every way a fetch fails to capture the policy, and every way it succeeds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.capture.assess import Capture, assess
from monitor.config.settings import Company, MonitorSettings
from monitor.demo.render import render_policy_page
from monitor.domain.values import Fetched, Format
from monitor.text.normalise import normalise

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SETTINGS = MonitorSettings(database="sqlite://")
COMPANY = Company(slug="acme", name="Acme", url="https://acme.example/privacy")
AT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
SEED_TEXT = (SEEDS / "altostack.txt").read_text(encoding="utf-8")
SEED_PAGE = render_policy_page(SEED_TEXT, fmt=Format.TEXT, title="Privacy", company="AltoStack", variant=4)
HTML = {"content-type": "text/html; charset=utf-8"}


def fetched(body: bytes | str = b"", status: int | None = 200, headers: dict | None = None, **kw) -> Fetched:
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Fetched(
        company="acme",
        url=COMPANY.url,
        fetched_at=AT,
        final_url=kw.pop("final_url", COMPANY.url),
        status=status,
        headers=HTML if headers is None else headers,
        body=body,
        **kw,
    )


def run(f: Fetched, previous: str | None = None, company: Company = COMPANY) -> Capture:
    return assess(f, company, previous, SETTINGS)


def failed(f: Fetched, previous: str | None = None, company: Company = COMPANY) -> str:
    capture = run(f, previous, company)
    assert not capture.ok and capture.text is None, capture
    assert capture.reason and len(capture.reason) < 200
    return capture.reason


def simple_page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><nav><a href="/">Home</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></nav>'
        f"{body}<footer>&copy; 2024 Acme Ltd. All rights reserved.</footer></body></html>"
    )


# ------------------------------------------------------------------------------------------ captured


def test_html_page_is_captured_as_canonical_text() -> None:
    capture = run(fetched(SEED_PAGE))
    assert capture == Capture(ok=True, text=normalise(SEED_TEXT, Format.TEXT))


def test_previous_text_of_similar_length_is_fine() -> None:
    previous = normalise(SEED_TEXT, Format.TEXT)
    assert run(fetched(SEED_PAGE), previous=previous).ok


@pytest.mark.parametrize(
    ("ctype", "body", "fmt"),
    [
        ("text/plain; charset=utf-8", SEED_TEXT, Format.TEXT),
        ("text/markdown", (SEEDS / "allocloud.md").read_text(encoding="utf-8"), Format.MARKDOWN),
        ("application/xhtml+xml", SEED_PAGE, Format.HTML),
        ("", SEED_PAGE, Format.HTML),
    ],
)
def test_text_markdown_and_xhtml_are_accepted(ctype: str, body: str, fmt: Format) -> None:
    capture = run(fetched(body, headers={"content-type": ctype} if ctype else {}))
    assert capture.ok
    assert capture.text == normalise(body, fmt)
    assert "](" not in capture.text and "<" not in capture.text


LATIN = (
    "Politique de confidentialité. Nous traitons vos données personnelles (nom, e-mail, adresse) pour "
    "fournir le service; les paiements en £ sont traités par notre prestataire à Zürich. "
)


@pytest.mark.parametrize("declared", ["header", "meta", "fetcher"])
def test_iso_8859_1_pages_decode(declared: str) -> None:
    meta = '<meta charset="iso-8859-1">' if declared == "meta" else ""
    page = f"<html><head>{meta}<title>P</title></head><body><main><p>{LATIN * 3}</p></main></body></html>"
    body = page.encode("iso-8859-1")
    ctype = "text/html; charset=ISO-8859-1" if declared == "header" else "text/html"
    capture = run(
        fetched(body, headers={"content-type": ctype}, encoding="iso-8859-1" if declared == "fetcher" else None)
    )
    assert capture.ok, capture.reason
    assert "confidentialité" in capture.text and "Zürich" in capture.text and "en £ sont" in capture.text


def test_utf8_bom_wins_without_declaration() -> None:
    body = b"\xef\xbb\xbf" + f"<html><body><main><p>{LATIN * 3}</p></main></body></html>".encode()
    capture = run(fetched(body, headers={"content-type": "text/html"}))
    assert capture.ok and "Zürich" in capture.text and "\ufeff" not in capture.text


def test_not_modified_keeps_the_previous_text() -> None:
    assert run(fetched(b"", status=304), previous="earlier text") == Capture(ok=True, text="earlier text")
    assert "304" in failed(fetched(b"", status=304))


def test_a_policy_that_mentions_captchas_and_logins_is_a_policy() -> None:
    extra = (
        "We use reCAPTCHA to check that you are human and not a robot when you sign up. Please log in to your "
        "account to change your settings. Access denied to our systems is logged. If a page is not found, we "
        "record the address. Forgot your password? We send a reset link. Our site may be under maintenance.\n"
    )
    text = SEED_TEXT + "\n" + extra
    capture = run(fetched(render_policy_page(text, fmt=Format.TEXT, title="P", company="A", variant=2)))
    assert capture.ok, capture.reason
    assert "reCAPTCHA" in capture.text


def test_select_and_remove_are_applied() -> None:
    company = Company(slug="acme", name="Acme", url=COMPANY.url, select="article.policy", remove=(".ad",))
    page = SEED_PAGE.replace('<article class="policy">', '<article class="policy"><p class="ad">Buy now!</p>')
    capture = run(fetched(page), company=company)
    assert capture.ok and "Buy now" not in capture.text
    assert capture.text == normalise(SEED_TEXT, Format.TEXT)


# ------------------------------------------------------------------------------------------ not captured


def test_transport_error() -> None:
    reason = failed(fetched(status=None, error="timeout after 30s"))
    assert reason == "fetch failed: timeout after 30s"


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (503, {"retry-after": "120"}, "HTTP 503 (Retry-After: 120)"),
        (500, {}, "HTTP 500"),
        (404, {}, "HTTP 404"),
        (403, {}, "HTTP 403"),
        (429, {"retry-after": "60"}, "HTTP 429 (Retry-After: 60)"),
    ],
)
def test_http_errors(status: int, headers: dict, expected: str) -> None:
    assert failed(fetched(SEED_PAGE, status=status, headers={**HTML, **headers})) == expected


def test_unfollowed_redirect_names_its_target() -> None:
    reason = failed(fetched(b"", status=302, headers={"location": "/login?next=/privacy"}))
    assert reason == "HTTP 302 (redirect to /login?next=/privacy)"


@pytest.mark.parametrize("body", [b"", b"   \n\t  "])
def test_empty_body(body: bytes) -> None:
    assert failed(fetched(body)) == "empty page"


@pytest.mark.parametrize(
    ("ctype", "body"),
    [
        ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("application/json", b'{"policy": "We collect data."}'),
        ("application/octet-stream", b"\x00\x01\x02binary"),
    ],
)
def test_non_html_content_types(ctype: str, body: bytes) -> None:
    assert failed(fetched(body, headers={"content-type": ctype})) == f"non-HTML response ({ctype})"


def test_binary_body_mislabelled_as_html_is_sniffed() -> None:
    assert failed(fetched(b"%PDF-1.7\n%binary", headers=HTML)) == "non-HTML response (text/html)"


CAPTCHA = simple_page(
    "Just a moment...",
    "<div><h1>Checking your browser before accessing acme.example.</h1><p>This process is automatic. Your "
    "browser will redirect to your requested content shortly.</p><form><div class='g-recaptcha'></div></form>"
    "<p>Please complete the security check to access the site.</p></div>",
)
BLOCKED = simple_page(
    "Access denied",
    "<h1>Access denied</h1><p>Automated requests blocked. Your request looks automated; contact the site "
    "owner with reference 8f2c1a if you believe this is an error.</p>",
)
LOGIN = simple_page(
    "Sign in",
    "<main><h1>Sign in to continue</h1><form method='post'><label>Email <input type='email'></label>"
    "<label>Password <input type='password'></label><button>Sign in</button></form>"
    "<p><a href='/reset'>Forgot your password?</a></p></main>",
)
MAINTENANCE = simple_page(
    "Down for maintenance",
    "<main><h1>We&rsquo;ll be back soon!</h1><p>Sorry for the inconvenience. Our website is currently "
    "undergoing scheduled maintenance. Please check back later.</p></main>",
)
NOT_FOUND = simple_page(
    "Page not found", "<main><h1>Oops! That page can&rsquo;t be found.</h1><p>Page not found.</p></main>"
)
REFRESH = (
    '<html><head><meta http-equiv="refresh" content="0; url=https://acme.example/legal/privacy-2024">'
    "</head><body><p>Redirecting to our new privacy page.</p></body></html>"
)
MOVED = simple_page("Moved", "<main><p>This page has moved to our new legal centre.</p></main>")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (CAPTCHA, "captcha or bot-check page"),
        (BLOCKED, "access blocked page"),
        (LOGIN, "login page (password form)"),
        (MAINTENANCE, "maintenance page"),
        (NOT_FOUND, "error page (not found)"),
        (REFRESH, "redirect stub (meta refresh to https://acme.example/legal/privacy-2024)"),
        (MOVED, "redirect stub (page moved)"),
    ],
    ids=["captcha", "blocked", "login-form", "maintenance", "not-found", "meta-refresh", "moved"],
)
def test_walls_and_stubs_served_with_200(page: str, expected: str) -> None:
    previous = normalise(SEED_TEXT, Format.TEXT)
    assert failed(fetched(page)) == expected
    assert failed(fetched(page), previous=previous) == expected


def test_redirect_to_a_login_url() -> None:
    f = fetched(SEED_PAGE, final_url="https://acme.example/login?next=/privacy")
    assert failed(f) == "login page (redirected to /login)"
    sso = fetched(SEED_PAGE, final_url="https://sso.acme.example/sso/authorize")
    assert failed(sso).startswith("login page")


def test_text_collapse_against_the_previous_capture() -> None:
    previous = normalise(SEED_TEXT, Format.TEXT)
    first_part = "\n".join(SEED_TEXT.splitlines()[:30])  # a real but truncated policy
    page = render_policy_page(first_part, fmt=Format.TEXT, title="P", company="A", variant=1)
    shorter = normalise(first_part, Format.TEXT)
    assert len(shorter) < len(previous) / 3
    assert failed(fetched(page), previous=previous).startswith("text collapsed to")
    assert run(fetched(page)).ok  # without history, the same page is a fine first capture


def test_too_little_text_without_history() -> None:
    page = simple_page("Privacy", "<main><h1>Privacy</h1><p>We respect your privacy.</p></main>")
    assert failed(fetched(page)).startswith("too little text")


def test_selector_that_matches_nothing_or_is_invalid() -> None:
    missing = Company(slug="acme", name="Acme", url=COMPANY.url, select="#policy-body")
    assert failed(fetched(SEED_PAGE), company=missing) == "selector '#policy-body' matched nothing"
    broken = Company(slug="acme", name="Acme", url=COMPANY.url, select="div[[")
    assert failed(fetched(SEED_PAGE), company=broken).startswith("invalid CSS selector")


# ------------------------------------------------------------------------------------------ chrome is no signal

SHORT_POLICY = (
    "<main><h1>Privacy Policy</h1><p>Acme Ltd collects your name, e-mail address and order history when you buy "
    "from our shop. We use this personal information only to deliver your orders and to answer your questions. "
    "We share it with our payment processor and our delivery partner, and with no one else. We keep order data "
    "for six years because tax law requires it, and delete the rest when you close your account. You have the "
    "right to see, correct or delete your data: write to privacy@acme.example and we reply within a month.</p>"
    "</main>"
)


def chrome_page(title: str, body: str, *, menu: str = "", footer: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header><nav><a href="/">Home</a> <a href="/shop">Shop</a> {menu}</nav></header>{body}'
        f"<footer><p>&copy; 2024 Acme Ltd. {footer}</p></footer></body></html>"
    )


def test_short_policy_is_long_enough_to_matter() -> None:
    words = len(normalise(SHORT_POLICY).split())
    assert 60 <= words < 150  # states practices, but too short for the full policy vocabulary test


@pytest.mark.parametrize(
    ("menu", "footer"),
    [
        ('<a href="/reset">Forgot your password?</a> <a href="/login">Sign in to your account</a>', ""),
        (
            '<form action="/login"><input type="email"><input type="password"><button>Log in</button></form>',
            "Please log in to see your orders.",
        ),
        ("", "Call +1 415 555 0404. Dark mode coming soon!"),
        ("", "We are temporarily unavailable by phone on Sundays. Under construction: our new blog."),
        ('<a href="/deals?id=x404y&amp;ref=404abc">Deals</a>', "Order line 404-555-1234, store 14045, PO Box 404"),
        ("", "Access denied? Too many requests? Enable JavaScript for live chat. Redirecting soon."),
    ],
    ids=["login-links", "login-form", "coming-soon", "maintenance-words", "numbers", "block-words"],
)
def test_wording_in_site_chrome_does_not_reject_a_short_policy(menu: str, footer: str) -> None:
    capture = run(fetched(chrome_page("Privacy Policy - Acme", SHORT_POLICY, menu=menu, footer=footer)))
    assert capture.ok, capture.reason
    assert capture.text == normalise(SHORT_POLICY)


@pytest.mark.parametrize("seed_variant", range(6))
def test_numbers_in_rendered_chrome_never_read_as_404(seed_variant: int) -> None:
    first_part = "\n".join(SEED_TEXT.splitlines()[:12])  # short: the page-kind signals are consulted
    page = render_policy_page(first_part, fmt=Format.TEXT, title="P", company="404 Labs", variant=seed_variant)
    page = page.replace("</footer>", "<p>Ref 404-555-1234 / 14045 / id=x404y / +1 404 555 0404</p></footer>")
    capture = run(fetched(page))
    assert capture.ok or not (capture.reason or "").startswith("error page"), capture.reason


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (chrome_page("404", "<main><h1>404</h1><p>Sorry, we lost that one.</p></main>"), "error page (not found)"),
        (chrome_page("Acme", "<main><h1>Error 404</h1><p>Try the home page.</p></main>"), "error page (not found)"),
        (
            chrome_page("Acme", "<main><p>Please verify you are human to continue to acme.example.</p></main>"),
            "captcha or bot-check page",
        ),
        (
            chrome_page("Acme", "<main><h1>Coming soon</h1><p>Our new site launches in May.</p></main>"),
            "maintenance page",
        ),
        (
            chrome_page("Acme", "<main><p>Your session has expired. Please log in again.</p></main>"),
            "login page",
        ),
        (
            chrome_page("Log in", "<main><h1>Log in</h1><form><input type='password'></form></main>"),
            "login page (password form)",
        ),
    ],
    ids=["404-title", "error-404", "captcha", "coming-soon", "session-expired", "password-form"],
)
def test_real_walls_and_error_pages_are_still_rejected(page: str, expected: str) -> None:
    assert failed(fetched(page)) == expected
