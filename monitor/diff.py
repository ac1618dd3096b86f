"""Sentence-aligned comparison of two canonical texts (diff-match-patch underneath). Pure.

INTERFACE SKELETON — to be implemented.
"""

from __future__ import annotations

from .models import Change


def diff_texts(old: str, new: str) -> list[Change]:
    """The differences that remain once reflow, reordering (-> MOVED) and renumbering are aligned away."""
    raise NotImplementedError


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """diff-match-patch operations (-1 delete, 0 equal, 1 insert) at word granularity, for display."""
    raise NotImplementedError


def make_patch(old: str, new: str) -> str:
    """A diff-match-patch patch text that turns `old` into `new`."""
    raise NotImplementedError


def apply_patch(old: str, patch: str) -> str:
    raise NotImplementedError
