"""Judge changes: material or not, practice categories, severity, direction and a reason. Pure, offline.

INTERFACE SKELETON — to be implemented.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Change, Classification


def classify(changes: Sequence[Change]) -> Classification:
    raise NotImplementedError


def classify_texts(old: str, new: str) -> Classification:
    """Diff two canonical texts and classify the result."""
    raise NotImplementedError
