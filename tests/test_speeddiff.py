"""Speed work on the diff must not change a single answer: the faster middle-snake search gives diff-match-patch's
own result, with the same work charged to the same budget, on every input."""

from __future__ import annotations

import random

import pytest
from diff_match_patch import diff_match_patch as _DMP

from monitor.text import diff as D


class _Library(D._BoundedDiff):
    """The same bounded diff, with the library's own (slower) `diff_bisect`."""

    def diff_bisect(self, text1: str, text2: str, deadline: object) -> list[tuple[int, str]]:
        result: list[tuple[int, str]] = _DMP.diff_bisect(self, text1, text2, D._Steps(self._budget))
        return result


def _texts(rng: random.Random, longest: int) -> tuple[str, str]:
    size = rng.choice([1, 2, 3, 5, 20, 300, 3000])  # few symbols: long snakes; many: code points past 255
    alphabet = [chr(0x41 + i) if i < 200 else chr(0x4E00 + i) for i in range(size)]
    one = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
    if rng.random() < 0.4:  # an edited copy: the usual case, a few insertions and deletions
        two = list(one)
        for _ in range(rng.randint(0, 8)):
            at = rng.randint(0, len(two))
            if two and rng.random() < 0.5:
                del two[min(at, len(two) - 1)]
            else:
                two.insert(at, rng.choice(alphabet))
        return one, "".join(two)
    return one, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


@pytest.mark.parametrize("seed", range(4))
def test_the_bisection_answers_as_the_library_does_within_the_same_budget(seed):
    rng = random.Random(seed)
    for _ in range(1500 if seed < 3 else 60):
        one, two = _texts(rng, 50 if seed < 3 else 600)
        budget = rng.choice([10**9, rng.randint(0, 300), rng.randint(0, 30_000)])  # many searches stop early
        total_a, total_b = [2 * budget], [2 * budget]
        ours, theirs = D._BoundedDiff(budget, total_a), _Library(budget, total_b)
        assert ours.budgeted(one, two) == theirs.budgeted(one, two), (one, two, budget)
        assert ours._budget == theirs._budget and total_a == total_b


def test_edge_cases_of_the_bisection():
    # one side inside the other's reach, one symbol repeated, disjoint alphabets, odd and even length differences
    for one, two in [
        ("ab", "ba"),
        ("a" * 40, "a" * 39 + "b"),
        ("abc" * 30, "cab" * 31),
        ("xyz", "uvw"),
        ("\u4e00\u4e01" * 20, "\u4e01\u4e00" * 21),
        ("ab" * 100 + "c", "c" + "ba" * 100),
        ("abc", "d" * 200),  # far longer on one side: paths run off the graph for many steps
        ("x", "xy" * 150),
        ("pq" * 120, "q"),
        ("abcdefgh" * 20, "ijklmnop" * 25),  # nothing shared: the budget, not the texts, ends the search
    ]:
        for budget in (10**9, 0, 7, 50, 500, 5000):
            ours, theirs = D._BoundedDiff(budget), _Library(budget)
            assert ours.budgeted(one, two) == theirs.budgeted(one, two)
            assert ours._budget == theirs._budget


@pytest.mark.parametrize("seed", range(3))
def test_the_native_diff_answers_as_the_library_does_with_no_deadline(seed):
    """diff-match-patch's C++ port, used up to `NATIVE_MAX` items, gives the Python library's own answer (with its
    half-match speed-up, with no deadline) on every input."""
    rng = random.Random(100 + seed)
    for _ in range(800 if seed < 2 else 40):
        one, two = _texts(rng, 60 if seed < 2 else 700)
        library = _DMP()
        library.Diff_Timeout = 10**9
        assert D._native(one, two) == library.diff_main(one, two, False), (one, two)
    for one, two in [("", ""), ("", "ab"), ("ab", ""), ("\U0001f600x", "x\U0001f600"), ("abc" * 30, "cab" * 31)]:
        library = _DMP()
        library.Diff_Timeout = 10**9
        assert D._native(one, two) == library.diff_main(one, two, False), (one, two)


def test_a_long_sequence_takes_the_budgeted_search():
    """Past `NATIVE_MAX` items the search is the budgeted one: bounded by the work it may take, not by size."""
    one, two = "ab" * D.NATIVE_MAX, "ba" * D.NATIVE_MAX
    assert D._BoundedDiff(1000).diff(one, two) == D._BoundedDiff(1000).budgeted(one, two)
    assert D._BoundedDiff(1000).diff("ab", "ba") == D._native("ab", "ba")


def test_the_library_bisection_is_not_the_one_run(monkeypatch):
    # the speed-up is in use: the library's pure-Python search is never called (its answer is still the same)
    def slow(*_args: object) -> None:
        raise AssertionError("the library's diff_bisect ran")

    monkeypatch.setattr(_DMP, "diff_bisect", slow)
    changes = D.diff_texts(
        "We keep your data for 30 days. We share it with partners for advertising and analytics.",
        "We keep your data for 90 days. We share it with our partners for analytics and advertising.",
    )
    assert changes and changes[0].before != changes[0].after
