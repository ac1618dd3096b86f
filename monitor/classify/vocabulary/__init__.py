"""The classifier's vocabulary as data files shipped with the package (`*.toml`), each with examples run as tests."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `<name>.toml` of this package (read once: static data, like the code beside it)."""
    return tomllib.loads(resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
