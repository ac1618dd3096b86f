"""Flatten markup nested deeper than libxml2 can follow, keeping every word of it. Pure.

libxml2 stops parsing at 2048 levels of nesting, even with its huge-tree option, and silently drops all the
text that follows. A hostile (or badly generated) page could hide its policy that way. `flatten` rewrites
the page with the stdlib tokenizer: elements nested deeper than `MAX_DEPTH` lose their tags (a block tag
becomes a line break, so paragraphs stay apart) but keep their text, so the page parses whole.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

#: Nesting kept as it is; deeper elements are unwrapped.
MAX_DEPTH = 1000
_VOID = "area base br col embed hr img input link meta param source track wbr"
_BLOCKS = (
    "address article aside blockquote dd div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul"
)
VOID = frozenset(_VOID.split(" "))
BLOCKS = frozenset(_BLOCKS.split(" "))


def flatten(markup: str, max_depth: int = MAX_DEPTH) -> str:
    """`markup` with no element nested deeper than `max_depth`; the text of deeper ones is kept."""
    writer = _Flattener(max_depth)
    writer.feed(markup)
    writer.close()
    return "".join(writer.out)


class _Flattener(HTMLParser):
    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.stack: list[str] = []
        self.unwrapped = 0  # open elements below the depth limit, written without their tags
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.out.append(self._tag(tag, attrs))
            return
        if len(self.stack) >= self.max_depth:
            self.unwrapped += 1
            self.out.append("<br>" if tag in BLOCKS else " ")
            return
        self.stack.append(tag)
        self.out.append(self._tag(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._tag(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.unwrapped:
            self.unwrapped -= 1
            self.out.append("<br>" if tag in BLOCKS else " ")
            return
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    @staticmethod
    def _tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
        parts = [tag] + [name if value is None else f'{name}="{html.escape(value)}"' for name, value in attrs]
        return "<" + " ".join(parts) + ">"
