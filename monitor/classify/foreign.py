"""A minimal reading of policies in French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian,
Polish, Finnish, Czech, Russian, Turkish, Chinese, Japanese and Korean. Pure.

The English rules cannot read these policies: without this module every changed sentence of one is reported for a
person to check. Each language's vocabulary (vocabulary/lang_<code>.toml) names the same practice concepts as
concepts.toml, in its own words, with its negations, permissions and units of time; a changed sentence is then
judged by what it names, as an English one is, only more coarsely:

- text that names no practice term of its language states no practice (a menu, a product, a greeting);
- a modified sentence that names the same concepts, durations, negations, permissions (and, where it shares data
  or names the controller, the same parties) on both sides is reworded;
- a statement added or removed whose concepts, durations, negation and parties still stand in one sentence of the
  other version was moved or was a duplicate;
- anything else that touches a practice term is material, with the concepts it touches.
A language without vocabulary (Hungarian, Greek, Thai...) keeps the old fallback: reported for a person to check.

Family: policies of European services written in those languages, edited the way English ones are (rewording,
menus, renamed products, contact details, paragraphs restated elsewhere).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

from monitor.classify import lexicon as lx
from monitor.classify import vocabulary
from monitor.classify.verdicts import IMPROVES, REDUCES, Finding, _cosmetic, _Judgement, _material, _q, _rank
from monitor.domain.values import Change, ChangeKind, ChangeVerdict
from monitor.text.sentences import clean_block, split_sentences

#: the languages with a vocabulary file `vocabulary/lang_<code>.toml`
LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "fi", "cs", "ru", "tr", "zh", "ja", "ko")
#: language identification: the best stopword share of the prose words, and its margin over the next language
_MIN_SHARE, _MARGIN, _SAMPLE_WORDS = 0.07, 2.0, 1500
#: sentences of one version read for statements that stand elsewhere (bounds the work on 500 KB pages)
_MAX_SENTENCES = 6000
#: a statement stands in another sentence that has at least this share of its content words (and its concepts)
_SHARED_WORDS = 0.5
#: ... and is the same sentence edited when each has this share of the other's content words
_SAME_SENTENCE = 0.8
#: a content word in more sentences than this is counted as shared rather than looked up; at most this many
#: sentences are read in full for one statement (beyond, it is reported rather than matched)
_COMMON_POSTINGS, _MAX_CANDIDATES = 300, 400
#: content words are compared by their first letters, so that "conservons" and "conserver" are one word
_STEM = 5
_WORD = re.compile(r"[^\W\d_]+")
_UNITS = ("hour", "day", "week", "month", "year", "percent")
_EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
#: a postcode or a street number with its street: the sentence gives an address
_POSTCODE = re.compile(
    r"(?<![\w.,])\d{4,5}(?![\w.,])|(?<![\w.,])[A-Z]{1,2}\d[\dA-Z]? \d[A-Z]{2}\b"
    r"|(?<![\w.,-])\d{3} \d{2}(?![\w.,])|(?<![\w.,-])\d{2}-\d{3}(?![\w.,-])"  # Swedish "114 35", Polish "00-950"
)
#: the scripts written without spaces between words, as character ranges: Han (with extension A), kana (hiragana and
#: katakana), katakana alone, Hangul
_HAN, _KANA, _KATAKANA, _HANGUL = "\u4e00-\u9fff\u3400-\u4dbf", "\u3040-\u30ff", "\u30a0-\u30ff", "\uac00-\ud7af"
#: a letter of a company's name in those scripts
_CJK_LETTER = f"[{_HAN}{_KATAKANA}{_HANGUL}]"
#: a capital letter of the Latin, Greek and Cyrillic scripts ("Örnek", "Příklad", "Пример")
_CAP = "[" + "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper()) + "]"
#: a company's legal form: the word before it names a party even in German, where every noun is capitalised
_LEGAL_FORM = re.compile(
    rf"\b((?:{_CAP}[\w&-]*\s+){{0,2}}{_CAP}[\w&-]*)\s+(?:GmbH|AG|SE|KG|SAS?|SARL|SLU?|SpA|Srl|S\.A\.S?\.?|S\.p\.A\.?"
    r"|S\.r\.l\.?|S\.L\.U?\.?|Ltda?\.?|B\.V\.|BV|N\.V\.|NV|Inc\.?|LLC|Ltd\.?|Limited|plc"
    r"|AB|A/S|ApS|I/S|P/S|IVS|ASA|AS|Oyj?|[sS]p\. z o\.o\.|s\.r\.o\.|a\.s\.|A\.Ş\.)(?!\w)"
    # a form written before the name, in quotes: "ООО «Пример»", "АО «Группа»"
    r"|(?:ООО|АО|ПАО|ЗАО|ОАО)\s+[«\"„]([^»\"“]{1,60})[»\"“]"
    # Chinese, Japanese and Korean forms, after the name or before it, with no space: "示例有限公司", "株式会社サンプル"
    rf"|(?<!{_CJK_LETTER})({_CJK_LETTER}{{2,12}}?)(?:股份有限公司|有限责任公司|有限公司|株式会社|주식회사)"
    rf"|(?:株式会社|주식회사|\(주\))\s*({_CJK_LETTER}{{2,12}})"
)


#: the characters of a name in a script without spaces kept beside its legal form
_CJK_NAME = 4


def _legal_names(text: str) -> set[str]:
    """The names of the companies a text gives with their legal form, whichever side of the name the form stands."""
    out = set()
    for latin, quoted, cjk_before, cjk_after in _LEGAL_FORM.findall(text):
        # a name in a script without spaces runs into the words around it: its last (or first) few characters
        # stand for it ("数据控制者为示例科技有限公司" -> "示例科技")
        out.add(" ".join((latin or quoted).split()) or cjk_before[-_CJK_NAME:] or cjk_after[:_CJK_NAME])
    return out


_MIXED_CASE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][\w]*\b|\b[A-Z]{2,}[a-z]*\b")


class Language:
    """One language's vocabulary, compiled."""

    def __init__(self, code: str) -> None:
        name = f"lang_{code}"
        table = dict(vocabulary.load(name))
        entries = table.pop("concept", None)
        if not isinstance(entries, list) or not entries:
            raise vocabulary.VocabularyError(f"{name}.toml: expected [[concept]] tables")
        data = vocabulary.check(
            name,
            "the file",
            table,
            required={
                "language": str,
                "stopwords": list,
                "negations": list,
                "permissions": list,
                "numbers": dict,
                "units": dict,
            },
            optional={
                "compounds": bool,
                "unspaced": bool,
                "nouns_capitalised": bool,
                "examples": list,
                "function_words": list,
                "right_lists": dict,
            },
        )
        self.code = code
        self.name: str = data["language"]
        self.stopwords = frozenset(data["stopwords"])
        #: pronouns, articles and linking words: capitalised after a comma by a careless writer, they name nobody
        self.function_words = frozenset(data.get("function_words", [])) | self.stopwords
        #: written without spaces between words (Chinese, Japanese): every pattern is read anywhere in the text
        self.unspaced: bool = data.get("unspaced", False)
        self.compounds: bool = data.get("compounds", False) or self.unspaced
        self.nouns_capitalised: bool = data.get("nouns_capitalised", False)
        start, end = (r"(?<![\w-])", r"(?!\w)") if not self.compounds else ("", "")
        left, right = (r"(?<![\w-])", r"(?:(?<=')|(?!\w))") if not self.unspaced else ("", "")
        self.negation = vocabulary.compile_regex(name, "negations", rf"{left}(?:{'|'.join(data['negations'])}){right}")
        after = "" if self.unspaced else r"(?!\w)"
        permissions = "|".join(data["permissions"])
        self.permission = vocabulary.compile_regex(name, "permissions", rf"{left}(?:{permissions}){after}")
        words = data["numbers"]
        if not all(isinstance(v, int) for v in words.values()):
            raise vocabulary.VocabularyError(f"{name}.toml: [numbers]: each word's value must be an integer")
        self.number_words: dict[str, int] = words
        unknown = set(data["units"]) - set(_UNITS)
        if unknown:
            raise vocabulary.VocabularyError(f"{name}.toml: [units]: unknown unit(s) {sorted(unknown)} ({_UNITS})")
        number = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        units = "|".join(f"(?P<{u}>{'|'.join(data['units'][u])})" for u in data["units"])
        lead, tail = (r"(?<![\w.,])", r"(?!\w)") if not self.unspaced else (r"(?<![\d.,])", "")
        self.quantity = vocabulary.compile_regex(
            name, "units", rf"{lead}(?P<n>{number})(?:\s*\(\d+\))?\s*(?:{units}){tail}"
        )
        self.right_list = _right_list(name, data.get("right_lists"))  # optional: see _rights_distributed
        self.concepts: list[tuple[str, re.Pattern[str]]] = []
        self.examples: list[tuple[str, str, bool]] = []  # (concept, sentence, whether it mentions the concept)
        for k, entry in enumerate(entries, 1):
            where = f"concept #{k}" + (f" ({entry.get('name')!r})" if isinstance(entry, dict) else "")
            entry = vocabulary.check(
                name,
                where,
                entry,
                required={"name": str, "patterns": list, "examples": list},
                optional={"not_examples": list},
            )
            if entry["name"] not in lx.CONCEPTS_BY_NAME:
                raise vocabulary.VocabularyError(f"{name}.toml: {where}: not a concept of concepts.toml")
            if not entry["patterns"] or not entry["examples"]:
                raise vocabulary.VocabularyError(f"{name}.toml: {where}: `patterns` and `examples` must not be empty")
            pattern = vocabulary.compile_regex(name, where, rf"{start}(?:{'|'.join(entry['patterns'])}){end}")
            self.concepts.append((entry["name"], pattern))
            self.examples += [(entry["name"], t, True) for t in entry["examples"]]
            self.examples += [(entry["name"], t, False) for t in entry.get("not_examples", [])]
        if len({n for n, _ in self.concepts}) != len(self.concepts):
            raise vocabulary.VocabularyError(f"{name}.toml: a concept is listed twice")


def _right_list(name: str, spec: object) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The patterns of rights listed under one head noun ("droit d'accès, de rectification et d'effacement", "Recht
    auf Auskunft, Berichtigung und Löschung") and of one item of such a list: `head` the noun, `lead` the preposition
    that may open an item, `joins` the words for "and" and "or"."""
    if spec is None:
        return None
    spec = vocabulary.check(name, "[right_lists]", spec, required={"head": str, "lead": str, "joins": str}, optional={})
    word = rf"(?<![\w-])(?!(?:{spec['joins']})(?!\w))[\w-]+"
    item = rf"(?:{spec['lead']})?{word}"
    sep = rf"(?:\s*,\s*(?:(?:{spec['joins']})\s+)?|\s+(?:{spec['joins']})\s+)"
    whole = rf"(?<![\w-])(?P<head>{spec['head']})\s+(?P<items>{item}(?:{sep}{item}){{1,8}})(?![\w-])"
    one = rf"(?P<lead>(?:{spec['lead']})?)(?P<word>{word})"
    return vocabulary.compile_regex(name, "[right_lists]", whole), vocabulary.compile_regex(name, "[right_lists]", one)


def _rights_distributed(lang: Language, low: str) -> str:
    """The text with a list of rights under one head noun written out right by right, as each pattern reads a
    right: "droit d'accès, de rectification, d'effacement" -> "droit d'accès, droit de rectification, droit
    d'effacement"; "Recht auf Auskunft, Berichtigung und Löschung" -> "recht auf auskunft, recht auf berichtigung,
    recht auf löschung". An item that repeats no preposition takes the first item's. Family: any list of rights
    sharing its head noun, in the languages that write one."""
    if lang.right_list is None:
        return low
    whole, one = lang.right_list
    if whole.search(low) is None:
        return low

    def written_out(m: re.Match[str]) -> str:
        noun = m.group("head")
        items = list(one.finditer(m.group("items")))
        first = items[0].group("lead")
        return ", ".join(f"{noun} {i.group('lead') or first}{i.group('word')}" for i in items)

    return whole.sub(written_out, low)


@cache
def language(code: str) -> Language:
    return Language(code)


@cache
def _stopwords(code: str) -> frozenset[str]:
    """A language's stopwords, without compiling the rest of its vocabulary (only the policy's language is)."""
    words = vocabulary.load(f"lang_{code}").get("stopwords")
    return frozenset(words) if isinstance(words, list) else frozenset()


def _share(stopwords: frozenset[str], words: list[str]) -> float:
    return sum(w in stopwords for w in words) / max(1, len(words))


def _has_vocabulary(code: str) -> bool:
    return resources.files(vocabulary.__name__).joinpath(f"lang_{code}.toml").is_file()


#: the scripts that write no spaces between words, and the language each tells (kana: Japanese, over Han alone)
_HAN_LETTER, _KANA_LETTER, _HANGUL_LETTER = (re.compile(f"[{r}]") for r in (_HAN, _KANA, _HANGUL))
#: a character that carries content in a text without spaces: a Han character, katakana, a Latin letter or a digit
#: (hiragana mostly writes endings and particles)
_CONTENT = re.compile(f"[{_HAN}{_KATAKANA}A-Za-z0-9]")
#: the share of a text's letters a script must hold to tell its language
_SCRIPT_SHARE = 0.3


def _unspaced_language(text: str) -> str | None:
    """Chinese, Japanese or Korean, told by the script most of the text's letters are written in."""
    sample = text[: 20 * _SAMPLE_WORDS]
    letters = sum(c.isalpha() for c in sample)
    if not letters:
        return None
    han, kana, hangul = (len(p.findall(sample)) for p in (_HAN_LETTER, _KANA_LETTER, _HANGUL_LETTER))
    if hangul >= _SCRIPT_SHARE * letters:
        return "ko"
    if han + kana >= _SCRIPT_SHARE * letters:
        return "ja" if kana >= 0.05 * (han + kana) else "zh"
    return None


def language_of(text: str) -> Language | None:
    """The language of a policy's prose (lines of several words), when one with a vocabulary clearly leads; a
    language written without spaces, by its script."""
    unspaced = _unspaced_language(text)
    if unspaced is not None:
        return language(unspaced) if unspaced in LANGUAGES and _has_vocabulary(unspaced) else None
    words: list[str] = []
    for line in text.splitlines():
        found = _WORD.findall(line.lower())
        if len(found) >= 6:
            words.extend(found)
            if len(words) >= _SAMPLE_WORDS:
                break
    if len(words) < 30:
        return None
    shares = sorted(((_share(_stopwords(c), words), c) for c in LANGUAGES if _has_vocabulary(c)), reverse=True)
    (best, code), (second, _) = shares[0], shares[1]
    return language(code) if best >= _MIN_SHARE and best >= _MARGIN * second else None


#: the concept that names personal data itself, the object of the practices
_DATA_ITSELF = frozenset({"personal data"})


@dataclass(frozen=True)
class Reading:
    """What one sentence says, as far as its language's vocabulary reads it."""

    concepts: frozenset[str]
    negations: int  # how many negation words: "ne ... pas" dropped from one clause of two still changes it
    permissive: bool
    quantities: tuple[tuple[float, str], ...]  # sorted (value, unit): durations, ages, shares
    names: frozenset[str]  # parties named (capitalised names, a company before its legal form)
    address: bool  # the sentence gives a postal address
    entities: frozenset[str] = frozenset()  # companies named with their legal form ("Exemple SAS")
    stems: frozenset[str] = frozenset()  # its content words, cut to their first letters (inflections read alike)

    @property
    def negated(self) -> bool:
        return self.negations > 0

    @property
    def specific(self) -> frozenset[str]:
        return frozenset(c for c in self.concepts if lx.CONCEPTS_BY_NAME[c].specific)

    @property
    def parties_matter(self) -> bool:
        """A sentence that shares data or names the controller: a name changed in it is a recipient or an entity."""
        return any(lx.CONCEPTS_BY_NAME[c].category in (lx.TP, lx.OT) for c in self.concepts)

    def signature(self) -> tuple[object, ...]:
        """What a reworded sentence keeps. The data a practice is done to, named or not ("ces données" -> "ces
        informations": every vocabulary reads "data" alone as personal data, "information" only with a qualifier),
        is no practice of its own: a sentence that only names it or stops naming it says the same."""
        names = frozenset() if not self.parties_matter else self.entities if self.address else self.names
        return (self.concepts - _DATA_ITSELF, self.negations, self.permissive, self.quantities, names)

    def stated_by(self, other: Reading) -> bool:
        """This sentence's practice stands in `other`: its concepts (and more), the same negation, permission and
        durations, the parties it names, and most of its words (a sentence that names only "data" and a denial is
        not stated by every other denial about data)."""
        return (
            len(self.stems & other.stems) >= _SHARED_WORDS * len(self.stems)
            and self.concepts <= other.concepts
            and self.negations == other.negations
            and self.permissive == other.permissive
            and set(self.quantities) <= set(other.quantities)
            and (not self.parties_matter or self.names <= other.names)
        )


#: a section of the policy named by its quoted title ('la rubrique « Quels sont vos droits ? »', 'im Abschnitt
#: "Ihre Rechte"'): where to read, the title's words state nothing (quotes are straight once the text is cleaned)
_QUOTED_SECTION = re.compile(
    r"(?i)\b(?P<noun>rubriques?|sections?|parties?|chapitres?|abschnitt\w*|kapitel\w*|secci[oó]n\w*|apartados?"
    r"|sezion[ei]|capitol[oi]|sec[cç][aã]o|sec[cç][oõ]es|cap[ií]tulos?|secties?|hoofdstuk\w*|avsnitt\w*|afsnit\w*"
    r"|kapitl\w*|kohda\w*|kohta\w*|sekcj\w*|rozdzia\w*|раздел\w*|bölüm\w*)"
    r"(?P<gap>[^\"\n]{0,12}?)\"[^\"\n]{1,100}\""
)


def _plain(text: str) -> str:
    from monitor.classify.unread import _ANY_DATE  # the month names of every language live there

    text = _EMAIL_OR_URL.sub(" ", text)
    if '"' in text:
        text = _QUOTED_SECTION.sub(r"\g<noun>\g<gap> ", text)
    return _YEAR.sub(" ", _ANY_DATE.sub(" ", text.lower()))


def read(lang: Language, text: str) -> Reading:
    """The concepts, negation, permission, durations and parties of one sentence."""
    return _read(lang.code, text)


@lru_cache(maxsize=16384)
def _read(code: str, text: str) -> Reading:
    lang = language(code)
    low = _rights_distributed(lang, _plain(text))
    concepts = frozenset(name for name, pattern in lang.concepts if pattern.search(low))
    quantities = []
    for m in lang.quantity.finditer(low):
        raw = m.group("n")
        value = float(raw.replace(",", ".")) if raw[0].isdigit() else float(lang.number_words[raw])
        unit = next(u for u in _UNITS if m.groupdict().get(u))
        quantities.append((value, unit))
    return Reading(
        concepts=concepts,
        negations=len(lang.negation.findall(low)),
        permissive=bool(lang.permission.search(low)),
        quantities=tuple(sorted(quantities)),
        names=_names(lang, text),
        address=bool(_POSTCODE.search(text)),
        entities=frozenset(_legal_names(_EMAIL_OR_URL.sub(" ", text))),
        stems=_stems(lang, low),
    )


def _stems(lang: Language, low: str) -> frozenset[str]:
    if lang.unspaced:  # no spaces to cut words at: pairs of characters stand for them, not pairs of kana endings
        return frozenset(
            a + b
            for w in _WORD.findall(low)
            for a, b in itertools.pairwise(w)
            if _CONTENT.match(a) or _CONTENT.match(b)
        )
    return frozenset(w[:_STEM] for w in _WORD.findall(low) if len(w) >= 4 and w not in lang.stopwords)


def same_bounds(lang: Language, before: str, after: str) -> bool:
    """The same negation, permission and durations on both sides: a few letters changed ("six" -> "dix") may be a
    number in words."""
    a, b = read(lang, before), read(lang, after)
    return (a.negations, a.permissive, a.quantities) == (b.negations, b.permissive, b.quantities)


def entity_changed(lang: Language, before: str, after: str) -> bool:
    """A company named with its legal form replaced in a sentence that names the controller or a recipient."""
    a, b = read(lang, before), read(lang, after)
    return (a.parties_matter or b.parties_matter) and a.entities != b.entities


def _names(lang: Language, text: str) -> frozenset[str]:
    text = _EMAIL_OR_URL.sub(" ", text)
    found = _legal_names(text) | set(_MIXED_CASE.findall(text))
    if not lang.nouns_capitalised:
        words = re.findall(r"(?<=[\w,;:)] )[A-Z][\w&-]+", text)  # capitalised, not opening the sentence
        found |= {w for w in words if w.lower() not in lang.function_words}
    return frozenset(found) - _LAWS


#: the names of data protection laws and the words that cite them ("l'article 46 du RGPD", "Règlement général"):
#: a law cited, in any language, is no party
_LAWS = frozenset(
    {
        "GDPR", "RGPD", "DSGVO", "AVG", "UK GDPR", "CCPA", "CPRA", "LGPD", "PIPEDA", "APPI", "PIPL", "BDSG", "LOPD",
        "LOPDGDD", "RGPD-UE", "Règlement", "Regulation", "Verordnung", "Reglamento", "Regolamento", "Regulamento",
        "Loi", "Ley", "Legge", "Lei", "Gesetz", "Directive", "Richtlinie", "Directiva", "Direttiva", "Article",
        "Artikel", "Artículo", "Articolo", "Artigo", "Code", "Código", "Codice",
    }
)  # fmt: skip


class Versions:
    """The sentences of both versions, for statements that stand elsewhere: each is cut into its content words once,
    and read in full only when it shares enough of them with the statement looked for (bounded work on 500 KB pages).
    """

    def __init__(self, lang: Language, old: str, new: str) -> None:
        self.lang = lang
        self._texts = {False: old, True: new}

    def _sentences(self, text: str) -> list[tuple[str, frozenset[str]]]:
        out: list[tuple[str, frozenset[str]]] = []
        for line in text.splitlines():
            for sentence in split_sentences(clean_block(line)):
                if len(out) >= _MAX_SENTENCES:
                    return out
                out.append((sentence, _stems(self.lang, sentence.lower())))
        return out

    @cached_property
    def old(self) -> _Index:
        return _Index(self._sentences(self._texts[False]))

    @cached_property
    def new(self) -> _Index:
        return _Index(self._sentences(self._texts[True]))

    def counterpart(self, reading: Reading, in_new: bool) -> Reading | None:
        """The same sentence in the other version (nearly all its words) with another period, negation or
        permission: one sentence edited, which the diff set out as one removed and one added."""
        index = self.new if in_new else self.old
        for sentence in index.candidates(reading.stems, _SAME_SENTENCE):
            other = read(self.lang, sentence)
            if len(other.stems & reading.stems) < _SAME_SENTENCE * len(other.stems):
                continue
            if (other.quantities, other.negations, other.permissive) != (
                reading.quantities,
                reading.negations,
                reading.permissive,
            ):
                return other
        return None

    def stands_in(self, reading: Reading, in_new: bool) -> bool:
        index = self.new if in_new else self.old
        return any(reading.stated_by(read(self.lang, s)) for s in index.candidates(reading.stems, _SHARED_WORDS))


class _Index:
    """Sentences by their content words: those that share a share of a statement's words, found without reading
    every sentence for every statement. A word found in very many sentences is counted as shared by all (so no
    candidate is missed); when that leaves too many candidates, none is returned and the statement is reported."""

    def __init__(self, sentences: list[tuple[str, frozenset[str]]]) -> None:
        self.sentences = [s for s, _ in sentences]
        self.postings: dict[str, list[int]] = {}
        for k, (_, stems) in enumerate(sentences):
            for stem in stems:
                self.postings.setdefault(stem, []).append(k)

    def candidates(self, stems: frozenset[str], share: float) -> list[str]:
        need = share * len(stems)
        common = [s for s in stems if len(self.postings.get(s, ())) > _COMMON_POSTINGS]
        counts: Counter[int] = Counter()
        for stem in stems:
            if stem not in common:
                counts.update(self.postings.get(stem, ()))
        found: list[int] = (
            list(range(len(self.sentences)))
            if len(common) >= need
            else [k for k, n in counts.items() if n + len(common) >= need]
        )
        if len(found) > _MAX_CANDIDATES:
            return []
        return [self.sentences[k] for k in found]


def _sign(reading: Reading, added: bool) -> int:
    """More of a practice that collects or shares reduces privacy; more of a right, a safeguard or a denial of a
    practice improves it; removing either does the reverse."""
    protects = reading.negated or sum(lx.CONCEPTS_BY_NAME[c].polarity < 0 for c in reading.specific) > sum(
        lx.CONCEPTS_BY_NAME[c].polarity > 0 for c in reading.specific
    )
    return (IMPROVES if protects else REDUCES) * (1 if added else -1)


def _findings(concepts: frozenset[str], sign: int, text: str, headline: str) -> list[Finding]:
    ranked = _rank(Counter(lx.CONCEPTS_BY_NAME[c].category for c in concepts))
    critical = lx.any_critical(concepts)
    return [Finding(cat, sign, critical, text, headline) for cat in ranked[:3]]


def _names_of(concepts: frozenset[str]) -> str:
    return ", ".join(c.name for c in lx.CONCEPTS if c.name in concepts)


def judge(change: Change, versions: Versions) -> _Judgement:
    """One changed passage of a policy in `versions.lang`, judged by the concepts it names."""
    lang = versions.lang
    if change.kind is ChangeKind.MODIFIED and change.before and change.after:
        return _judge_modified(change, versions)
    added = change.kind is ChangeKind.ADDED
    text = (change.after if added else change.before) or ""
    verb = "added" if added else "removed"
    reading = read(lang, text)
    other = versions.counterpart(reading, in_new=not added) if reading.stems else None
    if other is not None and (reading.concepts or other.concepts or reading.quantities or other.quantities):
        # only the period, denial or permission is compared: the rest of the two sentences is the same wording
        other = dataclasses.replace(other, concepts=reading.concepts, names=reading.names, entities=reading.entities)
        old, new = (other, reading) if added else (reading, other)
        return _judge_modified(change, versions, old, new)
    if not reading.concepts:
        return _cosmetic("foreign-no-practice", change, f"{verb} text that names no data practice ({lang.name})")
    if versions.stands_in(reading, in_new=not added):
        where = "the old version already stated it" if added else "the new version still states it"
        return _cosmetic("foreign-stated-elsewhere", change, f"{verb} a statement that {where} ({lang.name})")
    if not reading.specific and not reading.negated and not reading.quantities:
        why = f"{verb} a general sentence that names no specific practice ({lang.name}): {_q(text)}"
        return _cosmetic("foreign-general", change, why)
    concepts = reading.specific or reading.concepts
    what = f"{verb} a statement naming {_names_of(concepts)} ({lang.name}): {_q(text)}"
    headline = f"The policy {'now says' if added else 'no longer says'} {_q(text, 140)}"
    return _material("foreign-practice", change, _findings(concepts, _sign(reading, added), what, headline), None)


def _judge_modified(
    change: Change, versions: Versions, before: Reading | None = None, after: Reading | None = None
) -> _Judgement:
    lang = versions.lang
    before = before or read(lang, change.before or "")
    after = after or read(lang, change.after or "")
    if not before.concepts and not after.concepts and before.quantities == after.quantities:
        return _cosmetic("foreign-no-practice", change, f"reworded text that names no data practice ({lang.name})")
    if before.signature() == after.signature() or _same_but_case(before, after, change.before, change.after):
        why = f"reworded: the same practices, durations and negations ({lang.name})"
        if before.names != after.names and (before.parties_matter or after.parties_matter):
            why = f"a postal address changed ({lang.name})"
        return _cosmetic("foreign-reworded", change, why)
    parts = []
    gained, lost = after.concepts - before.concepts, before.concepts - after.concepts
    if gained:
        parts.append(f"added {_names_of(gained)}")
    if lost:
        parts.append(f"removed {_names_of(lost)}")
    if before.negations != after.negations:
        parts.append("removed a negation" if before.negations > after.negations else "added a negation")
    if before.permissive != after.permissive:
        parts.append("added a permission" if after.permissive else "removed a permission")
    if before.quantities != after.quantities:
        parts.append(f"changed a duration or number {_quantities(before)} → {_quantities(after)}")
    old_names, new_names = before.signature()[4], after.signature()[4]
    if old_names != new_names:
        assert isinstance(old_names, frozenset) and isinstance(new_names, frozenset)
        gone, came = sorted(old_names - new_names), sorted(new_names - old_names)
        parts.append(f"named parties changed: {', '.join(gone) or 'none'} → {', '.join(came) or 'none'}")
    quote = f"{_q(change.before or '', 80)} → {_q(change.after or '', 80)}"
    text = f"{'; '.join(parts)} ({lang.name}): {quote}"
    # a period changed in a sentence that names nothing else limits how long something is kept
    touched = (gained | lost) or (after.concepts | before.concepts) or frozenset({"retention"})
    sign = _sign(after, True) if gained or before.negations > after.negations else _sign(before, False)
    if before.quantities != after.quantities and not (gained or lost):
        sign = REDUCES if sum(v for v, _ in after.quantities) > sum(v for v, _ in before.quantities) else IMPROVES
        if lx.DR not in {lx.CONCEPTS_BY_NAME[c].category for c in touched}:
            sign = 0
    headline = f"The policy changed {_q(change.before or '', 70)} to {_q(change.after or '', 70)}"
    return _material("foreign-practice", change, _findings(touched, sign, text, headline), None)


def same_passage(lang: Language, before: list[str], after: list[str]) -> bool:
    """A passage rewritten as a whole (a list turned into prose, sentences split, merged or reordered, a statement
    removed and restated beside it): read together, its sentences name the same concepts, negations, permission,
    durations and parties before and after. Each changed sentence alone may name more or less than its
    counterpart; the passage does not."""
    if not before or not after:
        return False
    text_b, text_a = "\n".join(before), "\n".join(after)
    rb, ra = read(lang, text_b), read(lang, text_a)
    return rb.signature() == ra.signature() or _same_but_case(rb, ra, text_b, text_a)


def _same_but_case(before: Reading, after: Reading, text_b: str | None, text_a: str | None) -> bool:
    """The same signature but for names that the other side writes too, in another case ("la Commission Européenne"
    -> "la Commission européenne"): a capital dropped names no other party."""
    sb, sa = before.signature(), after.signature()
    if sb[:4] != sa[:4]:
        return False
    low_b, low_a = (text_b or "").lower(), (text_a or "").lower()
    names_b, names_a = sb[4], sa[4]
    assert isinstance(names_b, frozenset) and isinstance(names_a, frozenset)
    return all(n.lower() in low_a for n in names_b - names_a) and all(n.lower() in low_b for n in names_a - names_b)


def _quantities(reading: Reading) -> str:
    return ", ".join(f"{v:g} {u}" for v, u in reading.quantities) or "none"


def _concept_examples(lang: Language) -> list[tuple[str, str, bool]]:
    """The vocabulary's examples, for the tests: (concept, sentence, whether it must be read as naming it)."""
    return lang.examples


def rejudge(verdict: ChangeVerdict, versions: Versions) -> ChangeVerdict:
    """`verdict`'s change judged in its own language."""
    change = Change(verdict.kind, verdict.before, verdict.after)
    return judge(change, versions).verdict
