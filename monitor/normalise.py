"""Turn HTML, Markdown or plain text into the canonical policy text. Pure: no I/O.

INTERFACE SKELETON — to be implemented.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Format


def detect_format(content: str, filename: str | None = None) -> Format:
    """Decide HTML / Markdown / plain text from the content (the file name is only a hint)."""
    raise NotImplementedError


def normalise(
    content: str, fmt: Format | None = None, *, select: str | None = None, remove: Sequence[str] = ()
) -> str:
    """The canonical text: one block per line, headings as '# ...', list items as '- ...', paragraphs plain."""
    raise NotImplementedError
