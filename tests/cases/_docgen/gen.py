# ruff: noqa: RUF005
"""Build the whole-document corpus tests/cases/doc-*/ from base policies and hand-written edit lists.

Each pair applies realistic simultaneous noise (rewording, terminology swaps, voice changes, splits, list <-> prose,
heading restructure, links, dates, moved sections, widgets) and, for material pairs, one or two real edits.
Run: .venv/bin/python tests/cases/_docgen/gen.py
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE.parent
SEEDS = HERE.parent.parent.parent / "seeds"


def r(old: str, new: str) -> tuple:
    return ("r", old, new)


def g(old: str, new: str) -> tuple:
    return ("g", old, new)


def move(heading: str, before: str | None) -> tuple:
    return ("move", heading, before)


def fx(name: str) -> tuple:
    return ("fx", name, None)


def _move(text: str, heading: str, before: str | None) -> str:
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.strip() == heading)
    level = len(heading) - len(heading.lstrip("#")) if heading.startswith("#") else 0
    end = start + 1
    while end < len(lines):
        ln = lines[end]
        if level and ln.startswith("#") and len(ln) - len(ln.lstrip("#")) <= level:
            break
        if not level and ln.strip() and ln == ln.lstrip() and ln.strip() in HEADS:
            break
        end += 1
    block = lines[start:end]
    rest = lines[:start] + lines[end:]
    if before is None:
        rest = rest + [""] + block
    else:
        at = next(i for i, ln in enumerate(rest) if ln.strip().startswith(before))
        rest = rest[:at] + block + rest[at:]
    return "\n".join(rest)


HEADS: set[str] = set()


def _fx(text: str, name: str, rng: random.Random) -> str:
    if name == "track":  # per-crawl tracking ids in links
        tid = "".join(rng.choice("abcdef0123456789") for _ in range(12))
        return re.sub(
            r"\]\((https?://[^)\s?]+)\)", lambda m: f"]({m.group(1)}?utm_source=policy&_hsenc=p2AN{tid})", text
        )
    if name == "zw":  # zero-width characters sprinkled into words
        words = text.split(" ")
        for i in rng.sample(range(len(words)), min(12, len(words))):
            w = words[i]
            if len(w) > 4 and w.isalpha():
                words[i] = w[:2] + "\u200b" + w[2:]
        return " ".join(words)
    if name == "widget":
        return (
            text + "\n\nWas this article helpful?\n\nYes No\n\nRelated articles\n\n- How to download your data\n"
            "- Managing your account settings\n- Contact support\n\nStill need help? Contact us"
        )
    if name == "banner":
        return (
            "We're updating our Privacy Policy. The new version takes effect on 1 October 2024. "
            "[Preview the new version](https://example.com/privacy-preview)\n\n" + text
        )
    if name == "nbsp":
        return text.replace(", ", ",\u00a0", 3)
    if name == "quotes":
        return text.replace('"', "\u201c", 1).replace("'s ", "\u2019s ")
    if name == "crlf":
        return text.replace("\n", "\r\n")
    raise ValueError(name)


def apply(text: str, edits: list, rng: random.Random) -> str:
    for op, a, b in edits:
        if op == "r":
            assert a in text, a[:80]
            text = text.replace(a, b, 1)
        elif op == "g":
            assert a in text, a[:80]
            text = text.replace(a, b)
        elif op == "move":
            text = _move(text, a, b)
        elif op == "fx":
            text = _fx(text, a, rng)
    return text


def emit(name: str, seed: str, base: str, noise: list, material: list, cats: list, note: str) -> None:
    rng = random.Random(name)
    before = base
    after = apply(base, noise, rng)
    after = apply(after, material, rng)
    assert after != before
    d = CASES / f"doc-{name}"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir()
    (d / "before.txt").write_text(before, encoding="utf-8", newline="")
    (d / "after.txt").write_text(after, encoding="utf-8", newline="")
    label = {
        "id": f"doc-{name}",
        "seed": seed,
        "material": bool(material),
        "categories": cats,
        "note": note,
        "noise_edits": len(noise),
    }
    (d / "label.json").write_text(json.dumps(label, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    from spec import SPECS

    for spec in SPECS:
        HEADS.clear()
        HEADS.update(spec.get("heads", ()))
        path = (SEEDS if spec["seed"] != "other" else HERE / "bases") / spec["file"]
        base = path.read_text(encoding="utf-8")
        for name, _seed, noise, material, cats, note in spec["pairs"]:
            emit(name, spec["seed"], base, noise, material, cats, note)


if __name__ == "__main__":
    main()
