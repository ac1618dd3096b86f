"""What every language's tests check, once: a base policy edited line by line, noise that must stay not material
both ways, a changed practice that must be material with its category and words, and a sentence's reading
(negation, permission, durations). The per-language test files hold the sentences."""

from __future__ import annotations

from monitor.classify import foreign
from monitor.classify.engine import classify_texts


def pair(base: list[str], edit: dict[int, str | None], extra: list[str] | None = None) -> tuple[str, str]:
    """The base policy, and the same with lines replaced (None: dropped) and lines appended."""
    new = [edit.get(k, line) for k, line in enumerate(base)]
    return "\n".join(base), "\n".join([line for line in new if line is not None] + (extra or []))


def noise_is_not_material(base: list[str], edit: dict[int, str | None], extra: list[str] | None) -> None:
    """The edit changes something, is not material, and neither is its undoing (the summary dropped, the menu
    removed, the old name or address back)."""
    old, new = pair(base, edit, extra)
    result = classify_texts(old, new)
    assert result.changes
    assert not result.material, [(c.rule, c.reason) for c in result.changes]
    assert not classify_texts(new, old).material


def practice_is_material(
    base: list[str], edit: dict[int, str | None], extra: list[str] | None, category: str, word: str
) -> None:
    """The edit is material, decided by the language's own reading, in `category`, with `word` in a reason."""
    old, new = pair(base, edit, extra)
    result = classify_texts(old, new)
    assert result.material, [(c.rule, c.reason) for c in result.changes]
    decisive = [c for c in result.changes if c.material]
    assert {c.rule for c in decisive} == {"foreign-practice"}, [(c.rule, c.reason) for c in decisive]
    assert category in result.categories, result.categories
    assert any(word in c.reason for c in decisive), [c.reason for c in decisive]


def reading_holds(code: str, sentence: str, negated: bool, permissive: bool, quantities: tuple) -> None:
    reading = foreign.read(foreign.language(code), sentence)
    assert (reading.negated, reading.permissive, reading.quantities) == (negated, permissive, quantities)
