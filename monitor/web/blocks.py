"""Turn canonical text into display blocks (headings, list items grouped into lists, paragraphs). Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" | "list" | "paragraph"
    text: str = ""
    items: tuple[str, ...] = ()
    line: int = 0  # 1-based line number of the block's first line in the canonical text


def split_blocks(text: str) -> list[Block]:
    """Headings (`# `) and paragraphs become one block each; consecutive list items (`- `) one list."""
    blocks: list[Block] = []
    pending: list[str] = []
    pending_line = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("- "):
            if not pending:
                pending_line = number
            pending.append(line[2:])
            continue
        if pending:
            blocks.append(Block("list", items=tuple(pending), line=pending_line))
            pending = []
        if not line.strip():
            continue
        if line.startswith("# "):
            blocks.append(Block("heading", text=line[2:].lstrip("# "), line=number))
        else:
            blocks.append(Block("paragraph", text=line, line=number))
    if pending:
        blocks.append(Block("list", items=tuple(pending), line=pending_line))
    return blocks


def strip_marker(line: str) -> str:
    """A line without its `# ` or `- ` marker."""
    if line.startswith("# "):
        return line[2:].lstrip("# ")
    if line.startswith("- "):
        return line[2:]
    return line
