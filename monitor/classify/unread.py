"""A policy in another language: read with that language's vocabulary where there is one (foreign.py), otherwise
its changes are reported as unread rather than judged. Pure.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter
from collections.abc import Sequence

from monitor.classify import foreign
from monitor.classify import lexicon as lx
from monitor.classify.evidence import multiset_delta
from monitor.classify.furniture import _code
from monitor.classify.together import _region_members
from monitor.classify.verdicts import _cosmetic
from monitor.domain.values import Change, ChangeVerdict, Classification, Direction, Severity
from monitor.text.sentences import loose_key

#: the commonest English words: a policy that has few of them is in a language the lexicon does not read
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "we",
        "you",
        "your",
        "our",
        "is",
        "are",
        "for",
        "with",
        "that",
        "this",
        "in",
        "or",
        "by",
        "not",
        "may",
        "be",
        "will",
        "it",
        "as",
        "on",
        "from",
        "information",
        "data",
        "any",
        "use",
        "can",
        "us",
    ]
)
#: negations and modal words of the same languages: an edit touching one is never taken for a typo
_DENIALS = lx.DENIAL_WORDS
_WORD_RE = re.compile(r"[^\W\d_]+")


#: letters of the Latin alphabets (ASCII, Latin-1, Latin Extended): a text mostly in other letters is no English
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
#: so many letters of such a script make a sentence, not a label (about four words' worth)
UNSPACED_SENTENCE = 12


#: a letter of any other script (a word character that is neither a digit, "_" nor a Latin letter)
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def _other_script(text: str) -> bool:
    """Whether most letters of the text (its first part) are of a non-Latin script."""
    sample = text[:20_000]
    if sample.isascii():
        return False
    other = len(_OTHER_LETTER.findall(sample))  # few in a Latin text: counted first, the Latin ones only if needed
    return other >= 20 and other > len(_LATIN_LETTER.findall(sample))


def _unspaced_sentence(text: str) -> bool:
    """A sentence in a script without spaces between words: counting words by spaces would take it for a label."""
    found = len(_UNSPACED.findall(text))
    return found >= UNSPACED_SENTENCE and found >= 0.5 * sum(c.isalpha() for c in text)


#: the fewest words whose language is told by their share of common English words (a sentence or two)
_SHORT_PROSE = 15


def _english(text: str) -> bool:
    """The prose of a policy (lines of several words, not menus or code) is mostly in English; its opening tells.
    A policy mostly in another script is not, whatever its few lines of Latin words."""
    if _other_script(text):
        return False
    words: list[str] = []
    short: list[str] = []  # words of short lines: read only where the prose is too short to tell
    for line in text.splitlines():
        low = line.lower()
        if len(low) > 40 and (_code(low) or sum(c.isalpha() or c == " " for c in low) < 0.8 * len(low)):
            continue  # script or data code captured with the page is in no language
        found = _WORD_RE.findall(low)
        if len(found) >= 6:
            words.extend(found)
            if len(words) >= 800:
                break
        else:
            short.extend(found)
    if len(words) < 50:  # a short policy: its prose tells if there is enough of it, with its labels if not
        words = words if len(words) >= _SHORT_PROSE else words + short
        if len(words) < _SHORT_PROSE:
            return True  # too few words to tell a language: read as English, as most policies are
    return sum(w in _ENGLISH for w in words) >= 0.15 * len(words)


#: verdicts that only say the lexicon found no practice in the text
_UNREAD_REASONS = (
    "added text that states no data practice",
    "removed text that states no data practice",
    "reworded text that states no data practice",
    "reworded; no practice term",
    "reworded: the passage states the same practices",
    "added a general sentence",
    "removed a general sentence",
    # the English rules read no practice on either side of a foreign sentence: its own language may
    "neither version states a practice",
)
#: month names of the languages policies are most often written in besides English (a date line changing)
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    r"|januar|februar|märz|maerz|april|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro"
    r"|january|february|march|may|june|july|august|september|october|november|december"
    r"|januari|februari|augusti|maj|marts|desember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia"
    r"|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień"
    r"|październik|listopad|grudzień"
    r"|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta"
    r"|marraskuuta|joulukuuta|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu"
    r"|lokakuu|marraskuu|joulukuu|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu"
    r"|prosince|leden|únor|březen|duben|květen|červen|červenec|srpen|říjen|prosinec|января|февраля|марта|апреля"
    r"|мая|июня|июля|августа|сентября|октября|ноября|декабря|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos"
    r"|eylül|ekim|kasım|aralık)"
)
_ANY_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+)?\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\s+(?:de\s+)?\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
    # Chinese, Japanese and Korean dates: 2024年5月1日, 2024년 5월 1일
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?"
)


def _small_fix(before: str, after: str) -> bool:
    """The same text but for a date or a few letters (typos, agreement), none of them a number or a negation."""
    a, b = loose_key(before), loose_key(after)
    if a == b:
        return True
    removed, added = multiset_delta(tuple(before.split()), tuple(after.split()))
    touched = {w.strip(".,;:()!?\"'") for w in removed + added}
    if touched & _DENIALS or any(c.isdigit() for w in touched for c in w):
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.97


def _label(text: str) -> bool:
    """A link or menu label of a few words ("Mentions légales"): in any language, no statement of practice."""
    if _unspaced_sentence(text):
        return False  # a sentence of a script without spaces is one "word" long
    return (
        len(text.split()) <= 3
        and not any(map(str.isdigit, text))
        and text.rstrip()[-1:] not in ".:;!?\u3002\uff01\uff1f"
    )


def _unread(
    result: Classification, old: str = "", new: str = "", regions: Sequence[int] | None = None
) -> Classification:
    """A policy in a language the lexicon does not read. Where its language has a vocabulary (foreign.py), a changed
    sentence the English rules could not judge is judged by the concepts it names in that language; otherwise it is
    reported as material for a person to read, rather than passed over in silence (dates, links, layout and typos
    are recognised as such either way)."""
    lang = foreign.language_of(new) or foreign.language_of(old)
    versions = foreign.Versions(lang, old, new) if lang is not None else None
    verdicts = []
    for v in result.changes:
        unread = (
            not v.material
            and (
                v.reason.startswith(_UNREAD_REASONS)
                # in a script without spaces, the English rules' word counts take a sentence for a menu or label
                or (versions is None and any(_unspaced_sentence(t) for t in (v.before, v.after) if t))
            )
            and not all(_label(t) for t in (v.before, v.after) if t)
        )
        if unread and v.before and v.after:
            unread = not _small_fix(_ANY_DATE.sub(" ", v.before.lower()), _ANY_DATE.sub(" ", v.after.lower())) or (
                versions is not None and not foreign.same_bounds(versions.lang, v.before, v.after)
            )
        if versions is not None and (unread or (v.material and v.rule in _ENGLISH_WORDS_RULES)):
            read = foreign.rejudge(v, versions)
            if unread or read.material or read.rule not in ("foreign-no-practice", "foreign-general"):
                v = read  # an English word found in a foreign sentence is kept unless its language says why not
        elif versions is not None and _english_noise(v, versions.lang):
            read = foreign.rejudge(v, versions)
            v = read if read.material else v
        elif unread:
            v = dataclasses.replace(
                v,
                material=True,
                severity=Severity.MAJOR,
                categories=(lx.OT,),
                direction=Direction.NEUTRAL,
                rule="unread-language",
                reason="the policy is not in English, which the classifier does not read: this changed text is "
                "reported for a person to check",
            )
        verdicts.append(v)
    if versions is not None and regions is not None and len(regions) == len(verdicts):
        verdicts = _same_passages(verdicts, regions, versions.lang)
    if not any(v.material for v in verdicts):
        if versions is None or not result.material:
            return result if versions is None else dataclasses.replace(result, changes=tuple(verdicts))
        severity = max(v.severity for v in verdicts)
        summary = f"No material change: the changed passages, read in {versions.lang.name}, state no new practice."
        return Classification(False, severity, Direction.NEUTRAL, (), summary, tuple(verdicts))
    material = [v for v in verdicts if v.material]
    if versions is not None:
        return _read_in(versions.lang.name, result, verdicts)
    summary = (
        f"{len(material)} changed passage(s) of a policy that is not in English: the classifier reads English only,"
        " so they are reported for a person to check."
    )
    severity = max(v.severity for v in verdicts)
    categories = result.categories if result.material else (lx.OT,)
    direction = result.direction if result.material else Direction.NEUTRAL
    return Classification(True, severity, direction, categories, summary, tuple(verdicts))


def _same_passages(
    verdicts: list[ChangeVerdict], regions: Sequence[int], lang: foreign.Language
) -> list[ChangeVerdict]:
    """The changes of one region of the diff read together in their language (`foreign.same_passage`): a passage
    rewritten as a whole that names the same practices before and after is reworded, whatever each sentence alone
    says. Family: foreign policies edited as English ones are (lists into prose, sentences split or merged)."""
    # the diff's regions as the English passes read them (sentences moved whole are no region's)
    members = _region_members([Change(v.kind, v.before, v.after) for v in verdicts], regions)
    out = list(verdicts)
    for ks in members.values():
        if len(ks) > _MAX_REGION or not any(out[k].material and out[k].rule.startswith("foreign-") for k in ks):
            continue
        before = [t for t in (verdicts[k].before for k in ks) if t]
        after = [t for t in (verdicts[k].after for k in ks) if t]
        if foreign.same_passage(lang, before, after):
            why = f"reworded: the passage names the same practices, durations and negations ({lang.name})"
            for k in ks:
                if out[k].material:
                    change = Change(out[k].kind, out[k].before, out[k].after)
                    out[k] = _cosmetic("foreign-same-passage", change, why).verdict
    return out


#: at most this many changes in a region are read together (a rewrite of a whole page is judged change by change)
_MAX_REGION = 40


#: English rules that judge a sentence by the words it names: on a foreign sentence, an English word it happens to
#: contain ("marketing", "cookies") is no reading of it
_ENGLISH_WORDS_RULES = frozenset({"new-or-dropped-practice", "practice-changed", "general-statement", "no-practice"})


#: English rules that call an edit noise because the sentence states no practice they can read, or by English
#: words (a synonym, a channel, an example): in a foreign sentence that names a practice of its language, the edit
#: is judged again in that language, and reported when that reading finds a practice changed
_ENGLISH_NOISE_RULES = frozenset(
    {
        "renamed-party",
        "illustration",
        "gloss",
        "pointer-clause",
        "message-channel",
        "user-connected-service",
        "same-words",
        "contact",
        # a label read off by English words: the statement is read again in its own language
        "run-in-label",
        # the changes read together by their English concepts: a foreign statement "already stated" or "reworded"
        # because it shares an English word or two with another is read again in its own language
        "stated-elsewhere",
        "restated",
        "reworded-pair",
        "same-facts",
        "example-known",
    }
)


def _english_noise(v: ChangeVerdict, lang: foreign.Language) -> bool:
    """A not-material verdict of an English rule that read the sentence as English. A typo is judged again only
    where a number, negation or permission changed ("six" -> "dix"), a contact detail only there or where the
    company named as controller or recipient was replaced along with its address."""
    if v.material or v.rule not in _ENGLISH_NOISE_RULES:
        return False
    if v.rule == "same-words":
        return not foreign.same_bounds(lang, v.before or "", v.after or "")
    if v.rule == "contact":
        before, after = v.before or "", v.after or ""
        return foreign.entity_changed(lang, before, after) or not foreign.same_bounds(lang, before, after)
    return True


def _read_in(language: str, result: Classification, verdicts: list[ChangeVerdict]) -> Classification:
    """The classification of a foreign policy from its verdicts, read in its own language."""
    material = [v for v in verdicts if v.material]
    severity = max(v.severity for v in verdicts)
    cats: Counter[str] = Counter()
    for v in material:
        for k, c in enumerate(v.categories):
            cats[c] += 3 if k == 0 else 1
    categories = tuple(sorted(cats, key=lambda c: (-cats[c], lx.PRIORITY.index(c))))
    signs = {v.direction for v in material} - {Direction.NEUTRAL}
    direction = signs.pop() if len(signs) == 1 else Direction.MIXED if signs else Direction.NEUTRAL
    lead = max(material, key=lambda v: v.severity.rank)
    summary = f"{len(material)} material change(s) in a policy written in {language}: {lead.reason[:200]}"
    return Classification(True, severity, direction, categories, summary, tuple(verdicts))
