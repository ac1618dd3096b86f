"""A Block Kit checker for the limits and shapes our messages use; the fake Slack server answers
`invalid_blocks` when it fails, as Slack would."""

from __future__ import annotations

from typing import Any

BLOCK_TYPES = {"header", "section", "divider", "context", "actions"}


def block_problems(payload: dict[str, Any]) -> list[str]:
    """Every violation of the Block Kit rules we rely on (empty when the payload is valid)."""
    problems: list[str] = []
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("missing fallback text")
    elif len(text) > 40000:
        problems.append("fallback text too long")
    blocks = payload.get("blocks", [])
    if not isinstance(blocks, list):
        return [*problems, "blocks must be a list"]
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks (max 50)")
    for i, block in enumerate(blocks):
        kind = block.get("type")
        if kind not in BLOCK_TYPES:
            problems.append(f"block {i}: unknown type {kind!r}")
        elif kind == "header":
            t = block.get("text", {})
            if t.get("type") != "plain_text" or not 0 < len(t.get("text", "")) <= 150:
                problems.append(f"block {i}: header must be plain_text of 1-150 chars")
        elif kind == "section":
            t = block.get("text", {})
            if t.get("type") not in ("mrkdwn", "plain_text") or not 0 < len(t.get("text", "")) <= 3000:
                problems.append(f"block {i}: section text must be 1-3000 chars")
        elif kind == "context":
            elements = block.get("elements", [])
            if not 0 < len(elements) <= 10:
                problems.append(f"block {i}: context needs 1-10 elements")
            for e in elements:
                if e.get("type") in ("mrkdwn", "plain_text") and not 0 < len(e.get("text", "")) <= 3000:
                    problems.append(f"block {i}: context text must be 1-3000 chars")
        elif kind == "actions":
            for e in block.get("elements", []):
                if len(e.get("text", {}).get("text", "")) > 75:
                    problems.append(f"block {i}: button text over 75 chars")
    return problems


def texts(payload: dict[str, Any]) -> list[str]:
    """Every text a reader sees: the fallback and each text object of each block."""
    found = [payload.get("text", "")]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload.get("blocks", []))
    return found
