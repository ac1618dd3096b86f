"""The classifier's vocabulary as data files shipped with the package (`*.toml`), each with examples run as tests."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


class VocabularyError(ValueError):
    """A vocabulary file that is not what the classifier reads: the message names the file and the entry."""


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `<name>.toml` of this package (read once: static data, like the code beside it)."""
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{name}.toml: not valid TOML: {exc}") from exc


def check(name: str, where: str, entry: object, required: dict[str, type], optional: dict[str, type]) -> dict[str, Any]:
    """`entry` as a table with the `required` keys and only known keys, each of the given type (lists: of
    non-empty strings)."""
    if not isinstance(entry, dict):
        raise VocabularyError(f"{name}.toml: {where}: expected a table, got {type(entry).__name__}")
    for key in required:
        if key not in entry:
            raise VocabularyError(f"{name}.toml: {where}: missing `{key}`")
    for key, value in entry.items():
        kind = required.get(key) or optional.get(key)
        if kind is None:
            known = ", ".join(sorted({*required, *optional}))
            raise VocabularyError(f"{name}.toml: {where}: unknown key `{key}` (known: {known})")
        if not isinstance(value, kind):
            raise VocabularyError(f"{name}.toml: {where}: `{key}` must be a {kind.__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) and v for v in value):
            raise VocabularyError(f"{name}.toml: {where}: `{key}` must be a list of non-empty strings")
    return entry


def compile_regex(name: str, where: str, source: str, flags: int = 0) -> re.Pattern[str]:
    """`source` compiled, or a VocabularyError naming the file and the entry."""
    try:
        return re.compile(source, flags)
    except re.error as exc:
        raise VocabularyError(f"{name}.toml: {where}: not a valid regex ({exc}): {source[:200]}") from exc


@cache
def pattern(name: str, key: str) -> re.Pattern[str]:
    """The regex `[key]` of `<name>.toml`: `start` + its `alternatives` joined with "|" + `end`, case-insensitive
    if `ignore_case`; it must have `examples` (the tests check them, and that `not_examples` do not match)."""
    table = load(name)
    if key not in table:
        raise VocabularyError(f"{name}.toml: missing table [{key}]")
    entry = check(
        name,
        f"[{key}]",
        table[key],
        required={"alternatives": list, "examples": list},
        optional={"start": str, "end": str, "ignore_case": bool, "not_examples": list},
    )
    if not entry["alternatives"] or not entry["examples"]:
        raise VocabularyError(f"{name}.toml: [{key}]: `alternatives` and `examples` must not be empty")
    source = entry.get("start", "") + "|".join(entry["alternatives"]) + entry.get("end", "")
    return compile_regex(name, f"[{key}]", source, re.IGNORECASE if entry.get("ignore_case") else 0)


def words(name: str, key: str) -> list[str]:
    """The list of plain words `[key].words` of `<name>.toml`."""
    table = load(name)
    entry = check(name, f"[{key}]", table.get(key), required={"words": list}, optional={})
    for word in entry["words"]:
        if not re.fullmatch(r"\S+", word):
            raise VocabularyError(f"{name}.toml: [{key}]: {word!r} is not one word")
    return list(entry["words"])
