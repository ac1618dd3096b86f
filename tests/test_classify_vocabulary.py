"""The classifier's vocabulary files: they load, ship with the package, and their examples hold."""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import monitor.classify
from monitor.classify import lexicon as lx
from monitor.classify import literals, vocabulary
from monitor.classify.evidence import profile

NEGATION = vocabulary.load("negation")


@pytest.mark.parametrize("example", NEGATION["examples"], ids=lambda e: e["text"][:40])
def test_negation_examples(example):
    """Read as the engine reads a denial: named signals, counts and bounds first taken out."""
    low = profile(example["text"]).low
    assert bool(lx.NEGATION.search(lx.NOT_NEGATING.sub(" ", low))) == example["negated"], example["text"]


def test_every_denial_word_is_read_as_one():
    for word in NEGATION["denials"]["words"] + NEGATION["denials"]["phrases"]:
        assert profile(f"We {word} share your data.").negations, word
    assert set(NEGATION["other_languages"]["denials"]) <= lx.DENIAL_WORDS


CONCEPTS = vocabulary.load("concepts")["concept"]
#: every alternative of every concept's pattern
ALTERNATIVES = [a for e in CONCEPTS for a in literals.alternatives("|".join(e["patterns"]))]
REGEX_TABLES = [
    (name, key)
    for name in ("modifiers", "boilerplate")
    for key, table in vocabulary.load(name).items()
    if "alternatives" in table
]


@pytest.mark.parametrize("entry", CONCEPTS, ids=lambda e: e["name"])
def test_concept_examples(entry):
    """Each example is read as mentioning the concept, each not_example is not, as the engine profiles a sentence."""
    assert entry["examples"], f"{entry['name']}: every concept has an example"
    for text in entry["examples"]:
        assert entry["name"] in profile(text).concepts, text
    for text in entry.get("not_examples", []):
        assert entry["name"] not in profile(text).concepts, text


def test_concepts_are_the_file_in_its_order():
    assert [c.name for c in lx.CONCEPTS] == [e["name"] for e in CONCEPTS]
    assert all(lx.CONCEPTS_BY_NAME[e["name"]].category == e["category"] for e in CONCEPTS)


def test_the_anchor_index_finds_every_example():
    """The prefilter (one scan for every concept's anchors) never leaves out a concept its example mentions."""
    for entry in CONCEPTS:
        for text in entry["examples"]:
            bare = profile(text).bare
            assert lx.CONCEPTS_BY_NAME[entry["name"]] in lx.mentioned_concepts(bare), text


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"e-?mail(?: address)?", ["mail"]),  # an optional character ends a run; an optional group adds nothing
        (r"u\.s\.a?", ["u.s."]),  # escaped punctuation is literal
        (r"messages?(?! rates| frequency)", ["message"]),  # a look-ahead matches nothing
        (r"(?<!affiliate )(?:direct )?marketing", ["marketing"]),
        (r"(?:sell|rent)s? (?:your )?data", ["data"]),  # the most telling candidate: its shortest literal longest
        (r"(?:sell|rent|lease)s?", ["sell", "rent", "lease"]),  # a required group: one of its literals
        (r"we (?:may )?refuse(?= (?:it|them)|\s*[,.;)])", ["refuse"]),  # "|" and ")" inside a class
        (r"h[oe]ld", ["ld"]),
        (r"[a-z]+ing", ["ing"]),
        (r"\w+ \d{2,}", None),  # no literal of two characters
        (r"(?:data|x) broker", ["broker"]),
        (r"(?:data|x)", None),  # an alternative without a literal of two characters
        (r"ab{0,2}c", None),
        (r"ab+c", ["ab"]),
    ],
)
def test_required_literals(pattern, expected):
    """The literals the anchor index reads from a pattern: one of them is in every match."""
    assert literals.required(pattern) == expected
    if expected is not None:  # each literal read is inside the text matched, not in what a look-around reads
        for text in ("we may refuse it", "direct marketing", "the u.s.", "rents your data", "leases", "hold", "abbc"):
            found = re.search(pattern, text)
            assert found is None or any(x in found.group(0) for x in expected), (pattern, text)


def test_every_concept_is_behind_the_anchor_index():
    """No concept's pattern is run on every sentence: each alternative requires a literal the index scans for."""
    assert [c.name for c in lx.CONCEPTS if c.anchors is None] == []


def test_alternatives_split_outside_classes_and_groups():
    assert literals.alternatives(r"a[|)]b|(?:c|d)|e\|f") == [r"a[|)]b", "(?:c|d)", r"e\|f"]


@given(st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_generated_match_holds_an_anchor(data):
    """Strings generated to hold a match of a concept's own alternative each contain one of its literals (the anchor
    index reads every concept through them)."""
    alternative = data.draw(st.sampled_from(ALTERNATIVES))
    found = literals.required(alternative)
    text = data.draw(st.from_regex(re.compile(alternative)))  # holds a match (its look-arounds read)
    assert found is not None and any(x in text for x in found), (alternative, text)


@pytest.mark.parametrize(("name", "key"), REGEX_TABLES, ids=lambda x: x)
def test_regex_examples(name, key):
    table = vocabulary.load(name)[key]
    pattern = vocabulary.pattern(name, key)
    for text in table["examples"]:
        assert pattern.search(text.lower()), f"{name}.toml [{key}] misses {text!r}"
    for text in table.get("not_examples", []):
        assert not pattern.search(text.lower()), f"{name}.toml [{key}] matches {text!r}"


def test_the_lexicon_reads_its_regexes_from_the_files():
    assert lx.LIMITERS.regex is vocabulary.pattern("modifiers", "limiters")  # behind its literals
    assert lx.CHROME is vocabulary.pattern("boilerplate", "chrome")
    assert lx.CHROME.flags & re.IGNORECASE
    assert "e-mail" in lx.CONTACT_CHANNEL


def test_synonyms():
    assert lx.SYNONYMS["gathered"] == "collect"
    assert lx.SYNONYMS["the"] == ""
    assert lx.SYNONYMS.get("cookie", "cookie") == "cookie"


def _vocabulary_from(tmp_path, monkeypatch, name, text):
    """The vocabulary package reading `text` as `<name>.toml` (a copy of the package in tmp_path)."""
    import importlib
    import shutil
    import sys

    pkg = tmp_path / "monitor_vocab_copy"
    shutil.copytree(Path(vocabulary.__file__).parent, pkg)
    (pkg / f"{name}.toml").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("monitor_vocab_copy", None)
    return importlib.import_module("monitor_vocab_copy")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[x]\nalternatives = ['a(']\nexamples = ['a']\n", "[x]: not a valid regex"),
        ("[x]\nalternatives = ['a']\n", "[x]: missing `examples`"),
        ("[x]\nalternatives = ['a']\nexamples = ['a']\nflags = 'i'\n", "[x]: unknown key `flags`"),
        ("[x]\nalternatives = 'a'\nexamples = ['a']\n", "[x]: `alternatives` must be a list"),
        ("[x\n", "not valid TOML"),
    ],
)
def test_a_malformed_regex_table_names_the_file_and_entry(tmp_path, monkeypatch, text, message):
    copy = _vocabulary_from(tmp_path, monkeypatch, "broken", text)
    with pytest.raises(copy.VocabularyError, match=re.escape(f"broken.toml: {message}")):
        copy.pattern("broken", "x")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("name = 'x'\ncategory = 'data_collection'\npatterns = ['x']\n", "concept #1 ('x'): missing `examples`"),
        ("name = 'x'\ncategory = 'nope'\npatterns = ['x']\nexamples = ['x']\n", "concept #1 ('x'): unknown category"),
        (
            "name = 'x'\ncategory = 'other'\npatterns = ['x(']\nexamples = ['x']\n",
            "concept #1 ('x'): not a valid regex",
        ),
        (
            "name = 'x'\ncategory = 'other'\ndirection = 'up'\npatterns = ['x']\nexamples = ['x']\n",
            "concept #1 ('x'): direction must be",
        ),
    ],
)
def test_a_malformed_concept_names_the_file_and_entry(monkeypatch, entry, message):
    """The loader the lexicon runs at import, fed a broken concepts file."""
    broken = tomllib.loads("[[concept]]\n" + entry)
    monkeypatch.setattr(vocabulary, "load", lambda name: broken)
    with pytest.raises(vocabulary.VocabularyError, match=re.escape(f"concepts.toml: {message}")):
        lx._load_concepts()


def test_a_word_listed_twice_in_synonyms_is_an_error(monkeypatch):
    broken = {"dropped": ["the"], "same": {"collect": ["gather", "the"]}}
    monkeypatch.setattr(vocabulary, "load", lambda name: broken)
    with pytest.raises(
        vocabulary.VocabularyError, match=re.escape("synonyms.toml: [same] collect: 'the' is already read")
    ):
        lx._load_synonyms()


def test_the_vocabulary_files_ship_with_the_package():
    """pyproject's package-data lists every file the lexicon loads."""
    root = Path(__file__).resolve().parents[1]
    data = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["monitor"]
    assert "classify/vocabulary/*.toml" in data
    names = {p.stem for p in (root / "monitor/classify/vocabulary").glob("*.toml")}
    assert {"concepts", "synonyms", "modifiers", "boilerplate", "negation"} <= names


PREFILTER_TEXTS = [
    "Read more at https://example.com/privacy or www.example.org.",
    "Write to privacy@example.co.uk or to [email protected] with your question.",
    "See HTTP://LOCALHOST:8080/help and Example.NET for details.",
    "The policy was updated 3 days ago and again an hour ago.",
    "Effective 1 March 2024; last reviewed 2025-01-31 (version 12/05/24).",
    "We keep logs for 90 days in 2026.",
    "Nothing here names a link, an address or a date.",
    "docs.example.io/guide lists our processors.",
]


@pytest.mark.parametrize("name", ["URL", "EMAIL", "DATE"])
def test_a_prefiltered_pattern_answers_as_its_regex(name):
    """The literal prefilter only skips text the regex cannot match: every answer is the regex's own."""
    pattern = getattr(lx, name)
    assert isinstance(pattern, literals.Prefiltered)
    for text in PREFILTER_TEXTS + [t.lower() for t in PREFILTER_TEXTS] + [t.upper() for t in PREFILTER_TEXTS]:
        assert pattern.findall(text) == pattern.regex.findall(text), text
        assert pattern.sub(" ", text) == pattern.regex.sub(" ", text), text
        found, expected = pattern.search(text), pattern.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in pattern.regex.finditer(text)], text
    assert not pattern.hint.search("nothing to see here."), "the prefilter skips plain prose"


def test_contact_in_is_the_contact_pattern():
    for text in [*PREFILTER_TEXTS, "Our office: Hauptstraße 12, Berlin.", "Call us on +44 20 7946 0000."]:
        low = text.lower()
        assert lx.contact_in(low) == bool(lx.CONTACT.search(low)), text
    assert lx.contact_in("write to us at hauptstraße 12.")
    assert not lx.contact_in("we collect your name.")


def _prefiltered_patterns() -> list[tuple[str, literals.Prefiltered]]:
    """Every pattern of the classifier that stands behind its literals, by module and name."""
    found: dict[int, tuple[str, literals.Prefiltered]] = {}
    for info in pkgutil.iter_modules(monitor.classify.__path__):
        module = importlib.import_module(f"monitor.classify.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, literals.Prefiltered):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


_SEED_LINES = sorted(
    {line for p in (Path(__file__).parent.parent / "seeds").iterdir() for line in p.read_text().splitlines() if line}
)


@pytest.mark.parametrize(("name", "pattern"), _prefiltered_patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_prefiltered_pattern_answers_as_its_regex(name, pattern):
    """On every line of the seed policies, as written and lower-cased, a pattern behind its literals finds what its
    regex finds: the literals are a necessary condition, never a filter of their own."""
    assert len(_SEED_LINES) > 500
    for text in _SEED_LINES + [line.lower() for line in _SEED_LINES]:
        found, expected = pattern.search(text), pattern.regex.search(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        found, expected = pattern.match(text), pattern.regex.match(text)
        assert (found and found.span()) == (expected and expected.span()), (name, text)
        assert pattern.findall(text) == pattern.regex.findall(text), (name, text)
        assert pattern.sub(" ", text) == pattern.regex.sub(" ", text), (name, text)


def test_a_pattern_without_a_required_literal_is_read_in_full():
    """An alternative with no literal (a vocabulary file may gain one) leaves the pattern behind no condition."""
    pattern = literals.prefiltered(re.compile(r"\d+|privacy"))
    assert pattern.findall("call 555 about privacy") == ["555", "privacy"]
    assert [m.group(0) for m in literals.prefiltered(re.compile(r"privacy|data")).finditer("42")] == []
    verbose = literals.prefiltered(re.compile(r"pri vacy  # a comment", re.VERBOSE))
    assert verbose.hint.pattern == "" and verbose.search("our privacy notice")
