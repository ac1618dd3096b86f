"""Documents of a company: their types, render modes, and the key that names one (company, document) unit.

Each document of a company is fetched, checked and stored on its own under a *unit key*: the company's slug
for its `privacy_policy` document (so databases made before documents existed keep their history), and
``slug.document`` for every other one. A slug and a document name never hold a dot, so the key splits back.
"""

from __future__ import annotations

#: The document vocabulary, in display order.
DOCUMENT_TYPES: tuple[str, ...] = (
    "privacy_policy",
    "cookie_policy",
    "regional_notice",
    "subprocessors",
    "dpa",
    "terms_of_service",
)
DEFAULT_DOCUMENT = "privacy_policy"

#: How a document's page is read: plainly, in headless Chromium, or plainly unless that yields no policy body.
RENDER_MODES: tuple[str, ...] = ("never", "auto", "always")
DEFAULT_RENDER = "never"

_TITLES = {
    "privacy_policy": "privacy policy",
    "cookie_policy": "cookie policy",
    "regional_notice": "regional notice",
    "subprocessors": "sub-processor list",
    "dpa": "data processing addendum",
    "terms_of_service": "terms of service",
}
SEPARATOR = "."


def unit_key(company: str, document: str = DEFAULT_DOCUMENT) -> str:
    """The key under which one document of a company is checked and stored."""
    return company if document == DEFAULT_DOCUMENT else f"{company}{SEPARATOR}{document}"


def split_key(key: str) -> tuple[str, str]:
    """(company slug, document name) of a unit key."""
    company, sep, document = key.partition(SEPARATOR)
    return (company, document) if sep else (company, DEFAULT_DOCUMENT)


def document_title(name: str, doc_type: str | None = None) -> str:
    """A reader's name of a document: its type's title, or its own name when it has one."""
    if doc_type is not None and name == doc_type:
        return _TITLES.get(doc_type, name.replace("_", " "))
    return _TITLES.get(name, name.replace("_", " ").replace("-", " "))
