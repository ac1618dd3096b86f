"""Judge changes: material or not, practice categories, severity, direction and a reason. Pure, offline."""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence

from monitor.classify import lexicon as lx
from monitor.classify.elsewhere import _ITEM_WORDS
from monitor.classify.evidence import normal, profile
from monitor.classify.layout import Layout
from monitor.classify.modified import _judge_modified
from monitor.classify.placement import _judge_row, _listed_party, _listed_product, _unpresented_label
from monitor.classify.renames import (
    _drop_asides,
    _unrename,
    as_speaker,
    defined_renames,
    replaced_by_we,
    speaker_names,
)
from monitor.classify.statement import _judge_statement
from monitor.classify.together import (
    _examples_known,
    _moved_reworded,
    _moved_to_notice,
    _pair_rewordings,
    _same_facts_by_region,
    _stated_elsewhere,
)
from monitor.classify.unread import _english, _unread
from monitor.classify.verdicts import _LABEL, IMPROVES, NEUTRAL, REDUCES, _cosmetic, _direction, _Judgement, _rank
from monitor.domain.values import Change, ChangeKind, ChangeVerdict, Classification, Direction, Severity
from monitor.text.diff import diff_regions
from monitor.text.mojibake import repaired
from monitor.text.sentences import clean_block, loose_key, split_sentences

log = logging.getLogger(__name__)

_DIRECTION_LABEL = {
    Direction.REDUCES: "reduces privacy",
    Direction.IMPROVES: "improves privacy",
    Direction.NEUTRAL: "neutral",
    Direction.MIXED: "mixed",
}


def judge(change: Change, layout: Layout | None = None, speakers: Sequence[str] = ()) -> tuple[ChangeVerdict, str]:
    """One change's verdict and a headline for the summary. `speakers`: the company's names both versions define as
    "we", read as "we" when a modified sentence is compared (where it sits is read from the text as written)."""
    listed = _listed_party(change, layout) if layout is not None else None
    if listed is not None:
        return listed.verdict, listed.headline
    if layout is not None and change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and _listed_product(change, layout):
        j = _cosmetic("listed-product", change, "a product or service in the list of those the policy covers")
        return j.verdict, j.headline
    if layout is not None and layout.lost_tail(change):
        why = "list items lost at the end of their list by the capture (the list still ends as if they followed)"
        j = _cosmetic("list-tail-lost", change, why)
        return j.verdict, j.headline
    if layout is not None and layout.restored_tail(change):
        why = "list items back at the end of their list, where the old capture had lost them (as if more followed)"
        j = _cosmetic("list-tail-restored", change, why)
        return j.verdict, j.headline
    if layout is not None and change.kind is not ChangeKind.MOVED and layout.completed and layout.cut_off(change):
        why = "a sentence cut off by the capture in one version and whole in the other"
        j = _cosmetic("cut-completed", change, why)
        return j.verdict, j.headline
    if layout is not None and change.kind is not ChangeKind.MOVED:
        where = [layout.placement(t) for t in (change.before, change.after) if t]
        if where and all(where):
            verb = {ChangeKind.ADDED: "added", ChangeKind.REMOVED: "removed"}.get(change.kind, "changed")
            j = _cosmetic("placement", change, f"{verb} {where[-1]}")
            return j.verdict, j.headline
    if (
        layout is not None
        and change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED)
        and _unpresented_label(change, layout)
    ):
        verb = "added" if change.kind is ChangeKind.ADDED else "removed"
        why = f"{verb} a label line that nothing presents as data (a widget's title or link, a product, tags)"
        j = _cosmetic("placement", change, why)
        return j.verdict, j.headline
    if layout is not None and change.kind in (ChangeKind.ADDED, ChangeKind.REMOVED) and _run_in_label(change, layout):
        verb = "added" if change.kind is ChangeKind.ADDED else "removed"
        j = _cosmetic("placement", change, f"{verb} a run-in heading (the text after it states the practice)")
        return j.verdict, j.headline
    row = (change.after or change.before or "") if change.kind is not ChangeKind.MOVED else ""
    if " | " in row:
        header = layout.header_of.get(loose_key(row), ()) if layout is not None else ()
        judged = _judge_row(change, header)
        if judged is not None:
            return judged.verdict, judged.headline
    if change.kind is ChangeKind.MOVED:
        j = _cosmetic("moved", change, "moved to another place; wording unchanged")
    elif change.kind is ChangeKind.MODIFIED:
        spoken = (
            (as_speaker(change.before, speakers, change.after), as_speaker(change.after, speakers, change.before))
            if speakers
            else None
        )
        if spoken and spoken != (change.before, change.after):
            j = _judge_modified(dataclasses.replace(change, before=spoken[0], after=spoken[1]), layout)
            j = dataclasses.replace(j, verdict=dataclasses.replace(j.verdict, before=change.before, after=change.after))
        else:
            j = _judge_modified(change, layout)
    else:
        j = _judge_statement(change)
        if layout is not None and not j.verdict.material and j.verdict.rule in ("general-statement", "no-practice"):
            j = _with_its_introduction(change, layout) or j
    return j.verdict, j.headline


def _with_its_introduction(change: Change, layout: Layout) -> _Judgement | None:
    """A list item added or dropped that states nothing alone but a practice with the introduction it completes
    ("We may reject requests, including where:" + "you made a request of the same type in the last 12 months";
    "We keep your data for:" + "two years after you close your account"): the item read after its introduction,
    when it adds a number, a kind of data or a party, a right, a negation or a condition of its own. The verdict
    quotes the item.

    Family: lists of conditions, periods, exceptions and purposes that complete a practice sentence."""
    text = clean_block((change.after or change.before or "").strip())
    intro = clean_block(layout.intro_of(text))
    if not intro.endswith(":") or not 2 <= len(text.split()) <= _ITEM_WORDS:
        return None
    whole = f"{intro.rstrip(' :')} {text.rstrip(' .;,')}."
    pi, pw = profile(intro), profile(whole)
    adds = (
        (pw.concepts - pi.concepts)
        or len(pw.quantities) > len(pi.quantities)
        or len(pw.negations) > len(pi.negations)
        # a party named: "Our advertising partners include:" + "Acme Media, Inc." (the item's own names first: cheap)
        or (profile(text).entities and pw.entities - pi.entities)
    )
    if not adds:
        return None
    added = change.kind is ChangeKind.ADDED
    read = _judge_statement(
        dataclasses.replace(change, before=None if added else whole, after=whole if added else None)
    )
    if not read.verdict.material:
        return None
    verdict = dataclasses.replace(read.verdict, before=change.before, after=change.after)
    return dataclasses.replace(read, verdict=verdict)


#: the fewest words of a sentence found standing in the other version by its text alone
_STANDING_WORDS = 4


def _run_in_label(change: Change, layout: Layout) -> bool:
    """A run-in label added or removed ("**Location data.** When you turn on ...", "Log Data. When you visit ..."):
    it names what the rest of its block is about. The block's text is judged on its own; the label adds nothing
    when that text stands unchanged (a heading set over it) or states a practice by itself (a section added or
    removed whole, label and all), or presents what follows ("**Your choices.** They are described below."): the
    label titles it. When the text alone states none ("**Precise location.** Where your device allows it."), the
    label is what names the data, and it is judged as a statement.

    Family: policies whose sections and list items open with a bold or title-case label, restructured."""
    text = (change.after if change.kind is ChangeKind.ADDED else change.before) or ""
    body = layout.run_in_body(text)
    if body is None:
        return False
    other = layout.old_low if change.kind is ChangeKind.ADDED else layout.new_low
    for sentence in split_sentences(clean_block(body)):
        if len(sentence.split()) >= _STANDING_WORDS and normal(sentence) in other:
            return True
        alone = dataclasses.replace(
            change,
            before=None if change.kind is ChangeKind.ADDED else sentence,
            after=sentence if change.kind is ChangeKind.ADDED else None,
        )
        verdict = _judge_statement(alone).verdict
        if verdict.material or verdict.rule == "furniture":
            return True  # the text states the practice, or it only presents what follows: the label is its title
    return False


def _summary(judged: list[tuple[ChangeVerdict, str]]) -> str:
    material = [(v, h) for v, h in judged if v.material]
    if not judged:
        return "No change in the policy text."
    if not material:
        contact = [v for v, _ in judged if lx.CO in v.categories]
        if contact:
            return f"Contact details changed ({len(contact)} edit(s)); no material change to data practices."
        kinds = Counter(v.kind.value for v, _ in judged)
        parts = ", ".join(f"{n} {k}" for k, n in kinds.items())
        return f"No material change: {parts} passage(s) reworded, reformatted, moved or boilerplate."
    material.sort(key=lambda vh: -vh[0].severity.rank)
    lead, headline = material[0]
    cats = "; ".join(_LABEL[c] for c in lead.categories[:2])
    text = f"{headline.rstrip('.')} ({cats}; {_DIRECTION_LABEL[lead.direction]})."
    rest = len(material) - 1
    if rest:
        others = sorted({c for v, _ in material[1:] for c in v.categories}, key=lx.PRIORITY.index)
        text += f" {rest} other material change(s): {', '.join(_LABEL[c] for c in others[:4])}."
    return text


def classify(
    changes: Sequence[Change],
    layout: Layout | None = None,
    regions: Sequence[int] | None = None,
    renames: dict[str, str] | None = None,
    speakers: Sequence[str] = (),
) -> Classification:
    """Judge each change, then the changes together. `renames` (new defined term -> old) are undone before judging,
    so that a consistently renamed defined term is not read as a new name; the verdicts keep the real text."""
    shown = list(changes)
    if renames:
        changes = [
            dataclasses.replace(c, before=_drop_asides(c.before, renames), after=_unrename(c.after, renames))
            for c in changes
        ]

    judged = []
    for change in changes:
        try:
            judged.append(judge(change, layout, speakers))
        except Exception:  # a classifier bug must not lose the change: show it, flagged for a human
            log.exception("could not classify a change; reporting it as major")
            verdict = ChangeVerdict(
                change.kind,
                change.before,
                change.after,
                True,
                Severity.MAJOR,
                (lx.OT,),
                "could not be analysed automatically; please review",
                rule="unanalysed",
            )
            judged.append((verdict, "A change could not be analysed automatically"))
    judged = _pair_rewordings(list(changes), judged)
    if regions is not None and len(regions) == len(changes):
        judged = _same_facts_by_region(list(changes), judged, regions)
        judged = _moved_reworded(list(changes), judged, regions)
    if layout is not None and layout.old:
        judged = _examples_known(list(changes), judged, layout)
    if layout is not None and layout.old and layout.new:
        judged = _stated_elsewhere(list(changes), judged, layout, speakers, regions)
        judged = _moved_to_notice(list(changes), judged, layout, regions)
    if renames:
        judged = [
            (dataclasses.replace(v, before=c.before, after=c.after), h) for (v, h), c in zip(judged, shown, strict=True)
        ]
    verdicts = tuple(v for v, _ in judged)
    severity = max((v.severity for v in verdicts), default=Severity.NONE)
    material = any(v.material for v in verdicts)
    cats: Counter[str] = Counter()
    first: list[str] = []
    for v in verdicts:
        if v.material or not material:
            for k, c in enumerate(v.categories):
                cats[c] += 3 if k == 0 else 1
            if v.categories and v.material:
                first.append(v.categories[0])
    categories = _rank(cats, [c for c, _ in Counter(first).most_common(1)])
    direction = _direction(
        [
            {Direction.REDUCES: REDUCES, Direction.IMPROVES: IMPROVES}.get(v.direction, NEUTRAL)
            for v in verdicts
            if v.material
        ]
        + [REDUCES, IMPROVES] * any(v.direction is Direction.MIXED for v in verdicts if v.material)
    )
    return Classification(material, severity, direction, categories, _summary(judged), verdicts)


def _failed_capture(old: str, new: str) -> str | None:
    """Why one side looks like an error / redirect / empty page captured instead of the policy, or None."""
    short, long_ = sorted(((old or "").strip(), (new or "").strip()), key=len)
    if len(long_) < 1000 or len(short) > min(2000, len(long_) // 4):
        return None
    side = "new" if short == (new or "").strip() else "old"
    if not short:
        return f"the {side} text is empty"
    if lx.STUB.search(short):
        return f"the {side} text looks like an error or redirect page"
    sentences = [x for line in short.splitlines() for x in split_sentences(clean_block(line))]
    if not any(profile(x).practice for x in sentences):
        return f"the {side} text states no data practice at all (a stub, not a version of the policy)"
    return None


#: what stands for an address a cloaking script hid: one word, as anti-spam placeholders are
_CLOAKED_MARK = "[email protected]"


def _uncloaked(text: str) -> str:
    """The text with the words a cloaking script prints instead of an e-mail address ("you need JavaScript to view
    our email address") as the one-word placeholder other scripts show: the sentence around it is then compared as
    written, its address changed. Family: pages captured without scripts, their addresses hidden in one capture."""
    low = text.lower()
    if "javascript" not in low and "spam" not in low:
        return text
    return lx.CLOAKED_EMAIL.sub(_CLOAKED_MARK, text)


def classify_texts(old: str, new: str) -> Classification:
    """Diff two canonical texts and classify the result."""
    why = _failed_capture(old, new)
    if why:
        return Classification(
            False,
            Severity.NONE,
            Direction.NEUTRAL,
            (),
            f"Not compared: {why}. A failed capture is not a change of the policy.",
        )
    # a capture's wrong character set ("youâ€™re") and an address hidden by a script are no edits of the words
    old, new = _uncloaked(repaired(old)), _uncloaked(repaired(new))
    changes, regions = diff_regions(old, new)
    # the company named as "we" by both versions, or named by one where the other says "we": the same facts
    speakers = speaker_names(old, new) + replaced_by_we(old, new, changes)
    result = classify(changes, Layout.of(old, new), regions, defined_renames(old, new, changes), speakers)
    if _english(new) or _english(old):
        return result
    return _unread(result, old, new, regions)
