"""Sentence-aligned comparison of two canonical texts (diff-match-patch underneath). Pure."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from math import isqrt

import fast_diff_match_patch
from diff_match_patch import diff_match_patch

from monitor.domain.values import Change, ChangeKind
from monitor.text.sentences import Unit, raw_sentences, units, words

log = logging.getLogger(__name__)

#: Work (diagonals walked by the Myers bisection, ~0.2 us each) one alignment may take before diff-match-patch
#: settles for a coarser, still valid answer: a count, not seconds, so the verdict never depends on the machine's load.
DIFF_BUDGET = 300_000
#: The work all the alignments of one comparison of two texts may take together (then every hunk left is coarse).
TOTAL_BUDGET = 3_000_000
#: The same bound for the word-level diff of one changed passage (quoting, evidence, display).
WORD_BUDGET = 1_000_000
#: Sequences of at most this many items together are diffed by diff-match-patch's C++ port (fast-diff-match-patch),
#: whose answer is the library's own with no deadline (tests/test_speeddiff.py compares them): at this size its worst
#: case (two sequences with nothing in common) takes some 50 ms, a bound by size instead of a budget. Longer ones
#: take the budgeted search below.
NATIVE_MAX = 6000
#: diff-match-patch reads a deadline of 0 as "no half-match speed-up": a deadline past any run keeps it, as here
_NO_DEADLINE = 1e9
_NATIVE_OPS = {"=": 0, "-": -1, "+": 1}
#: Hunks with more words than this are paired by word overlap instead of a word-level diff.
MAX_HUNK_WORDS = 2500
#: Two sentences at least this similar (Dice over word sets) are one modified sentence.
PAIR_SIMILARITY = 0.5
#: At most this many removed x added sentences are compared when looking for moved-and-edited ones.
MAX_PAIRINGS = 40_000

_DISPLAY_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


class _Steps:
    """A deadline counted in work instead of seconds. diff-match-patch asks `time.time() > deadline` once per step
    `d` of a Myers bisection; Python answers that through this object's `__lt__`, which charges the step's cost (the
    2d + 2 diagonals it walks) to the budget of the whole diff and says "past the deadline" once it is spent."""

    __slots__ = ("budget", "d")

    def __init__(self, budget: list[int]) -> None:
        self.budget = budget  # shared by every bisection of one diff: [work left]
        self.d = 0

    def spent(self) -> bool:
        """Charge the next step and say whether the budget is spent."""
        self.budget[0] -= 2 * self.d + 2
        self.d += 1
        return self.budget[0] < 0

    def __lt__(self, _now: object) -> bool:  # `now > deadline`
        return self.spent()

    def __gt__(self, _now: object) -> bool:  # pragma: no cover - diff-match-patch only asks "now > deadline"
        return not self.__lt__(_now)


class _BoundedDiff(diff_match_patch):
    """diff-match-patch whose bisections share one deterministic work budget (no wall clock is ever read)."""

    def __init__(self, budget: int, total: list[int] | None = None) -> None:
        super().__init__()
        self.Diff_Timeout = 1.0  # > 0 keeps the half-match speed-up; the deadline itself is a _Steps, never a time
        self._total = total  # [work left] for every diff of one comparison, charged after each diff
        self._budget = [max(0, min(budget, total[0])) if total is not None else budget]

    def diff_bisect(self, text1: str, text2: str, deadline: object) -> list[tuple[int, str]]:
        return _bisect(self, text1, text2, _Steps(self._budget))

    def diff(self, text1: str, text2: str) -> list[tuple[int, str]]:
        """`diff_main` without a line-mode pass: in C++ up to `NATIVE_MAX` items, else within the budget."""
        if len(text1) + len(text2) <= NATIVE_MAX:
            return _native(text1, text2)
        return self.budgeted(text1, text2)

    def budgeted(self, text1: str, text2: str) -> list[tuple[int, str]]:
        """`diff_main` without a line-mode pass, within the budget (in Python, whatever the size)."""
        before = self._budget[0]
        result: list[tuple[int, str]] = self.diff_main(text1, text2, False, _Steps(self._budget))
        if self._total is not None:
            self._total[0] -= before - self._budget[0]
        return result


def _native(text1: str, text2: str) -> list[tuple[int, str]]:
    """`diff_main(text1, text2, False)` with no deadline, by diff-match-patch's C++ port."""
    found = fast_diff_match_patch.diff(text1, text2, timelimit=_NO_DEADLINE, checklines=False, cleanup="No")
    out: list[tuple[int, str]] = []
    i = j = 0
    for op, n in found:  # (operation, length): the text is sliced from the inputs
        if op == "+":
            out.append((1, text2[j : j + n]))
            j += n
        else:
            out.append((_NATIVE_OPS[op], text1[i : i + n]))
            i += n
            j += n if op == "=" else 0
    return out


def _out_of_reach(text1: str, text2: str, steps: _Steps, max_d: int) -> bool:
    """Whether the budget left ends the middle-snake search before it could find the overlap, whatever the texts: the
    search then answers "delete one, insert the other" once it has spent the budget, so the steps are charged (as
    `_bisect` would, one by one) without walking a diagonal. The forward and reverse paths of `d` steps each can only
    overlap once 2d >= D, the number of characters deleted and inserted by the shortest edit (Myers 1986, lemma 3),
    and D >= len1 + len2 - 2 * (characters the texts can share at most: the overlap of their multisets). Only checked
    when the budget could end the search at all (a big diff, or the budget of the comparison nearly spent)."""
    left = steps.budget[0]
    if max_d * (max_d + 1) <= left:
        return False  # room for every step (the first a steps cost 2 + 4 + ... + 2a = a(a + 1))
    allowed = (isqrt(4 * max(left, 0) + 1) - 1) // 2  # the most steps a with a(a + 1) <= left
    shared = (Counter(text1) & Counter(text2)).total()
    if (len(text1) + len(text2) - 2 * shared + 1) // 2 < allowed:
        return False
    for _ in range(max_d):
        if steps.spent():
            break
    return True


def _bisect(dmp: diff_match_patch, text1: str, text2: str, steps: _Steps) -> list[tuple[int, str]]:
    """diff-match-patch's `diff_bisect` (Myers' middle snake, forward and reverse paths) step for step: the same
    furthest-reaching point on every diagonal, the same overlap found first, the same steps charged to the budget, so
    the same answer, only about twice as fast. The library walks each diagonal with bounds tests and string indexing
    (a new one-character string per comparison for code points past 255, which every encoded text of more than 255
    distinct words has); here the texts are lists of code points with padding that matches nothing past their ends
    (-1 and -2) and, after the padding, a copy of the text, so that an index below zero reads the same character as
    the library's (Python's) wrap-around read. The V arrays are indexed by the diagonal k itself (k < 0 wraps to the
    end of the list) and are long enough that every entry the library would find out of its bounds is one never set
    (-1): x = max(v[k-1] + 1, v[k+1]) is then the library's choice between the two neighbours on every diagonal, its
    edges (k = -d, k = d) included, and an unset entry of the other path can never pass the overlap test (x - 1 >= n1
    would have run off the graph). tests/test_speeddiff.py compares it with the library's own on random texts and
    budgets."""
    n1, n2 = len(text1), len(text2)
    max_d = (n1 + n2 + 1) // 2
    if _out_of_reach(text1, text2, steps, max_d):
        return [(dmp.DIFF_DELETE, text1), (dmp.DIFF_INSERT, text2)]
    delta = n1 - n2
    front = delta % 2 != 0  # the forward path meets the reverse one (else the reverse path meets the forward one)
    # diagonals -max_d - 1 .. max_d + 1 are read and the other path's delta - k too: set ones only for |k| < max_d
    v1 = [-1] * (2 * max_d + abs(delta) + 4)
    v1[1] = 0
    v2 = v1[:]
    codes1, codes2 = list(map(ord, text1)), list(map(ord, text2))
    end1, end2 = [-1] * (max_d + 2), [-2] * (max_d + 2)
    f1, f2 = codes1 + end1 + codes1, codes2 + end2 + codes2
    codes1.reverse()
    codes2.reverse()
    r1, r2 = codes1 + end1 + codes1, codes2 + end2 + codes2
    k1start = k1end = k2start = k2end = 0
    for d in range(max_d):
        if steps.spent():
            break
        # walk the front path one step
        for k in range(k1start - d, d + 1 - k1end, 2):
            x = v1[k + 1]
            left = v1[k - 1]
            if left >= x:
                x = left + 1
            y = x - k
            while f1[x] == f2[y]:
                x += 1
                y += 1
            v1[k] = x
            if x > n1:  # ran off the right of the graph
                k1end += 2
            elif y > n2:  # ran off the bottom of the graph
                k1start += 2
            elif front and x + v2[delta - k] >= n1:  # overlap
                return dmp.diff_bisectSplit(text1, text2, x, y, steps)
        # walk the reverse path one step
        for k in range(k2start - d, d + 1 - k2end, 2):
            x = v2[k + 1]
            left = v2[k - 1]
            if left >= x:
                x = left + 1
            y = x - k
            while r1[x] == r2[y]:
                x += 1
                y += 1
            v2[k] = x
            if x > n1:  # ran off the left of the graph
                k2end += 2
            elif y > n2:  # ran off the top of the graph
                k2start += 2
            elif not front and v1[delta - k] + x >= n1:  # overlap: split at the front path's point
                x1 = v1[delta - k]
                return dmp.diff_bisectSplit(text1, text2, x1, x1 - delta + k, steps)
    return [(dmp.DIFF_DELETE, text1), (dmp.DIFF_INSERT, text2)]


def _dmp(budget: int = DIFF_BUDGET, total: list[int] | None = None) -> _BoundedDiff:
    return _BoundedDiff(budget, total)


def _encode(seqs: Sequence[Sequence[str]]) -> list[str]:
    """Map each distinct item to one character (diff-match-patch's linesToChars trick) for every sequence."""
    # one code per item in order of first appearance, skipping the surrogate block: such code points cannot live in
    # a Python str handed to dmp safely
    table: dict[str, str] = dict.fromkeys(chain.from_iterable(seqs), "")
    for code, item in enumerate(table, 1):
        table[item] = chr(code if code < 0xD800 else code + 0x800)
    return ["".join(map(table.__getitem__, seq)) for seq in seqs]


@dataclass(frozen=True)
class _Edit:
    kind: ChangeKind
    before: tuple[Unit, ...]
    after: tuple[Unit, ...]
    region: int = -1  # the hunk (run of edited sentences between unchanged ones) the edit came from

    def change(self, old_text: _Verbatim, new_text: _Verbatim) -> Change:
        before = " ".join(old_text(u) for u in self.before) or None
        after = " ".join(new_text(u) for u in self.after) or None
        return Change(self.kind, before, after)


class _Verbatim:
    """The policy's own words for a unit (its cleaned text is only a comparison key); blocks split on demand."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._cache: dict[int, list[str]] = {}

    def __call__(self, unit: Unit) -> str:
        parts = self._cache.get(unit.block)
        if parts is None:
            parts = self._cache[unit.block] = raw_sentences(self._lines[unit.block])
        return parts[unit.part] if unit.part < len(parts) else unit.text


def _hunks(old: list[Unit], new: list[Unit], total: list[int]) -> list[tuple[list[Unit], list[Unit]]]:
    """Runs of deleted/inserted sentence units between sentences that are equal by exact key."""
    old_keys, new_keys = [u.key for u in old], [u.key for u in new]
    # a sentence found on one side only is an edit whatever the alignment: leave it out of the diff (as GNU diff
    # discards unique lines), so that a rewrite costs a diff of what the two texts share, not a search timing out
    shared = set(old_keys) & set(new_keys)
    old_at = [i for i, key in enumerate(old_keys) if key in shared]
    new_at = [j for j, key in enumerate(new_keys) if key in shared]
    a, b = _encode([[old_keys[i] for i in old_at], [new_keys[j] for j in new_at]])
    hunks: list[tuple[list[Unit], list[Unit]]] = []
    i = j = 0  # the first unit of old / new not yet placed
    x = y = 0  # the same in the filtered sequences
    for op, chunk in _dmp(total=total).diff(a, b) if a or b else ():
        n = len(chunk)
        if op == 0:
            for k in range(n):  # each shared sentence closes the run of edits before it
                to_i, to_j = old_at[x + k], new_at[y + k]
                if to_i > i or to_j > j:
                    hunks.append((old[i:to_i], new[j:to_j]))
                i, j = to_i + 1, to_j + 1
            x += n
            y += n
        elif op == -1:
            x += n
        else:
            y += n
    if i < len(old) or j < len(new):
        hunks.append((old[i:], new[j:]))
    return hunks


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


NO_HEADINGS: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


def _heading_lines(text: str) -> frozenset[int]:
    """The indices of the lines of a canonical text that are Markdown headings."""
    if "#" not in text:
        return frozenset()
    return frozenset(i for i, line in enumerate(text.splitlines()) if line.startswith("#"))


def _clusters(
    old: list[Unit], new: list[Unit], total: list[int], heads: tuple[frozenset[int], frozenset[int]] = NO_HEADINGS
) -> list[_Edit]:
    """Align one hunk word by word; sentences joined by shared words form one edit (tolerates re-splitting). A
    heading and a line that is none are not joined by the words they share (`heads`: the heading lines of each
    side): a section retitled and a sub-title or sentence added under it are two edits, each judged as what it is."""
    old_words = [words(u.text) for u in old]
    new_words = [words(u.text) for u in new]
    old_owner = [k for k, ws in enumerate(old_words) for _ in ws]
    new_owner = [k for k, ws in enumerate(new_words) for _ in ws]
    a, b = _encode([[w for ws in old_words for w in ws], [w for ws in new_words for w in ws]])
    dmp = _dmp(total=total)
    diffs = dmp.diff(a, b)
    dmp.diff_cleanupSemantic(diffs)
    parent = list(range(len(old) + len(new)))
    # a heading on each side: each pairs with a heading (a heading made a plain line is still that line's pair)
    both_headed = any(u.block in heads[0] for u in old) and any(u.block in heads[1] for u in new)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    i = j = 0
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            for k in range(n):
                ko, kn = old_owner[i + k], new_owner[j + k]
                if both_headed and (old[ko].block in heads[0]) != (new[kn].block in heads[1]):
                    continue
                ra, rb = find(ko), find(len(old) + kn)
                if ra != rb:
                    parent[ra] = rb
            i += n
            j += n
        elif op == -1:
            i += n
        else:
            j += n
    groups: dict[int, tuple[list[Unit], list[Unit]]] = {}
    order: list[int] = []
    for k, unit in enumerate(old):
        root = find(k)
        if root not in groups:
            groups[root] = ([], [])
            order.append(root)
        groups[root][0].append(unit)
    for k, unit in enumerate(new):
        root = find(len(old) + k)
        if root not in groups:
            groups[root] = ([], [])
            order.append(root)
        groups[root][1].append(unit)
    edits: list[_Edit] = []
    for root in order:
        before, after = groups[root]
        if before and after:
            if "".join(u.loose for u in before) != "".join(u.loose for u in after):
                edits.append(_Edit(ChangeKind.MODIFIED, tuple(before), tuple(after)))
        elif before:
            edits.extend(_Edit(ChangeKind.REMOVED, (u,), ()) for u in before)
        else:
            edits.extend(_Edit(ChangeKind.ADDED, (), (u,)) for u in after)
    return edits


def _pair_by_overlap(old: list[Unit], new: list[Unit]) -> list[_Edit]:
    """Big hunks (rewrites): pair each old sentence with its most similar new one through an inverted index."""
    new_sets = [frozenset(words(u.text)) for u in new]
    index: dict[str, list[int]] = defaultdict(list)
    for k, ws in enumerate(new_sets):
        for w in ws:
            index[w].append(k)
    taken: set[int] = set()
    edits: list[_Edit] = []
    for unit in old:
        ws = frozenset(words(unit.text))
        counts: dict[int, int] = defaultdict(int)
        skipped = 0
        for w in ws:
            postings = index.get(w, ())
            if len(postings) > 50:  # a function word: says nothing about which sentence matches
                skipped += 1
                continue
            for k in postings:
                counts[k] += 1
        best, score = -1, 0.0
        for k in sorted(counts):  # in document order (a tie goes to the first): not in the order of a set's words
            shared = counts[k]
            if k not in taken:
                # the words shared are at most those counted plus the function words skipped: a sentence that
                # could not beat the best so far (nor reach the pairing threshold) needs no exact score
                size = len(ws) + len(new_sets[k])
                if 2 * (shared + skipped) < max(score, PAIR_SIMILARITY) * size:
                    continue
                s = _dice(ws, new_sets[k])
                if s > score:
                    best, score = k, s
        if best >= 0 and score >= PAIR_SIMILARITY:
            taken.add(best)
            if unit.loose != new[best].loose:
                edits.append(_Edit(ChangeKind.MODIFIED, (unit,), (new[best],)))
        else:
            edits.append(_Edit(ChangeKind.REMOVED, (unit,), ()))
    edits.extend(_Edit(ChangeKind.ADDED, (), (u,)) for k, u in enumerate(new) if k not in taken)
    return edits


def _resolve_moves(edits: list[_Edit], old: list[Unit], new: list[Unit]) -> list[_Edit]:
    """Removed+added pairs of one sentence become MOVED (or MODIFIED when edited); repeats of kept text go."""
    removed = [k for k, e in enumerate(edits) if e.kind is ChangeKind.REMOVED]
    added = [k for k, e in enumerate(edits) if e.kind is ChangeKind.ADDED]
    if not removed or not added:
        return _drop_repeats(edits, old, new)
    by_loose: dict[str, list[int]] = defaultdict(list)
    for k in added:
        by_loose[edits[k].after[0].loose].append(k)
    result: dict[int, _Edit | None] = {}
    for k in removed:
        bucket = by_loose.get(edits[k].before[0].loose)
        if bucket:
            m = bucket.pop(0)
            result[k] = _Edit(ChangeKind.MOVED, edits[k].before, edits[m].after, edits[k].region)
            result[m] = None
    rest_removed = [k for k in removed if k not in result]
    rest_added = [k for k in added if k not in result]
    if rest_removed and rest_added and len(rest_removed) * len(rest_added) <= MAX_PAIRINGS:
        added_sets = {m: frozenset(words(edits[m].after[0].text)) for m in rest_added}
        for k in rest_removed:
            ws = frozenset(words(edits[k].before[0].text))
            best, score = -1, 0.0
            size = len(ws)
            if not size:
                continue  # similar to nothing
            for m, ms in added_sets.items():
                # _dice, inline; a sentence whose size alone keeps it below the best so far or below the threshold
                # (2 min(a, b) / (a + b) bounds the score) cannot be the one kept: it is passed over unscored
                both = size + len(ms)
                if 2 * min(size, len(ms)) / both < 0.7 or 2 * min(size, len(ms)) / both <= score:
                    continue
                s = 2 * len(ws & ms) / both
                if s > score:
                    best, score = m, s
            if best >= 0 and score >= 0.7:
                result[k] = _Edit(ChangeKind.MODIFIED, edits[k].before, edits[best].after, edits[k].region)
                result[best] = None
                del added_sets[best]
    merged = [result.get(k, e) for k, e in enumerate(edits)]
    return _drop_repeats([e for e in merged if e is not None], old, new)


def _drop_repeats(edits: list[_Edit], old: list[Unit], new: list[Unit]) -> list[_Edit]:
    """An added/removed sentence that is also present, unchanged, elsewhere in both texts (a table of
    contents entry, a repeated heading or promise) changes nothing the policy says."""
    old_keys = {u.loose for u in old}
    new_keys = {u.loose for u in new}
    kept: list[_Edit] = []
    for edit in edits:
        unit = edit.after[0] if edit.kind is ChangeKind.ADDED else edit.before[0] if edit.before else None
        repeated = unit is not None and unit.loose in old_keys and unit.loose in new_keys
        if unit is not None and edit.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and repeated:
            log.debug("dropping repeated sentence %r", unit.text[:60])
            continue
        if (
            edit.kind is ChangeKind.MODIFIED
            and all(u.loose in new_keys for u in edit.before)
            and all(u.loose in old_keys for u in edit.after)
        ):
            # two unchanged list items that swapped places, aligned with each other: a move, not an edit
            kept.extend(_Edit(ChangeKind.MOVED, (u,), (u,), edit.region) for u in edit.before)
            continue
        kept.append(edit)
    return kept


def diff_texts(old: str, new: str) -> list[Change]:
    """The differences that remain once reflow, reordering (-> MOVED) and renumbering are aligned away."""
    return diff_regions(old, new)[0]


def diff_regions(old: str, new: str) -> tuple[list[Change], list[int]]:
    """`diff_texts` and, for each change, the region (hunk of edited sentences between unchanged ones) it came
    from: a rewritten passage is judged as a whole, however its sentences were split, merged or reordered."""
    if old == new:
        return [], []
    old_units, new_units = units(old or ""), units(new or "")
    if [u.loose for u in old_units] == [u.loose for u in new_units]:
        return [], []
    edits: list[_Edit] = []
    total = [TOTAL_BUDGET]  # the work every alignment of this comparison may take together
    heads = (_heading_lines(old or ""), _heading_lines(new or ""))
    for region, (before, after) in enumerate(_hunks(old_units, new_units, total)):
        if "".join(u.loose for u in before) == "".join(u.loose for u in after):
            continue  # the same words, split into blocks/sentences differently
        if not before:
            found = [_Edit(ChangeKind.ADDED, (), (u,)) for u in after]
        elif not after:
            found = [_Edit(ChangeKind.REMOVED, (u,), ()) for u in before]
        elif sum(len(u.text) for u in before) + sum(len(u.text) for u in after) > MAX_HUNK_WORDS * 6:
            found = _pair_by_overlap(before, after)
        else:
            found = _clusters(before, after, total, heads)
        edits.extend(_Edit(e.kind, e.before, e.after, region) for e in found)
    old_text, new_text = _Verbatim(old or ""), _Verbatim(new or "")
    resolved = _resolve_moves(edits, old_units, new_units)
    return [e.change(old_text, new_text) for e in resolved], [e.region for e in resolved]


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """diff-match-patch operations (-1 delete, 0 equal, 1 insert) at word granularity, for display."""
    return list(_word_diff(old, new))


@lru_cache(maxsize=2048)
def _word_diff(old: str, new: str) -> tuple[tuple[int, str], ...]:
    """word_diff, once per pair of sentences (several rules read the same edit)."""
    old_tokens = _DISPLAY_TOKEN.findall(old or "")
    new_tokens = _DISPLAY_TOKEN.findall(new or "")
    a, b = _encode([old_tokens, new_tokens])
    table = {c: t for t, c in zip(old_tokens + new_tokens, a + b, strict=True)}
    dmp = _dmp(WORD_BUDGET)
    diffs = dmp.diff(a, b)
    dmp.diff_cleanupSemantic(diffs)
    out: list[tuple[int, str]] = []
    for op, chunk in diffs:
        text = "".join(table[c] for c in chunk)
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        elif text:
            out.append((op, text))
    return tuple(out)
