"""The command line as a user runs it: `classify` on files, helpful errors, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CliResult, run_cli

from monitor.domain.values import CATEGORIES

pytestmark = pytest.mark.e2e  # starts the program (CLI, daemon, crawl or store workers) as processes

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> CliResult:
    """The CLI in its own process (forked from this worker: see tests/forked.py)."""
    return run_cli(None, *args, timeout=120, cwd=cwd)


def run_cold(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m monitor ARGS` in a fresh interpreter: the entry point itself."""
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], capture_output=True, text=True, timeout=120, cwd=cwd or REPO
    )


def test_classify_json_contract_across_formats(tmp_path):
    from monitor.demo.render import render_policy_page

    seed = (REPO / "seeds" / "altostack.txt").read_text(encoding="utf-8")
    old = tmp_path / "old.txt"  # HTML with a misleading extension: the format comes from the content
    old.write_text(render_policy_page(seed, title="Privacy", company="AltoStack"), encoding="utf-8")
    sentence = "We do not allow our third-party service providers to use your personal data for their own purposes"
    assert sentence in seed
    new = tmp_path / "new.md"
    new.write_text(seed.replace(sentence, sentence.replace("do not allow", "allow")), encoding="utf-8")
    proc = run("classify", str(old), str(new), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) >= {"material", "severity", "direction", "categories", "summary", "changes"}
    assert doc["material"] is True and doc["severity"] in ("major", "critical")
    assert doc["direction"] in ("reduces_privacy", "mixed")
    assert "third_party_sharing" in doc["categories"] and set(doc["categories"]) <= set(CATEGORIES)
    assert doc["summary"]
    material = [c for c in doc["changes"] if c["material"]]
    assert material and material[0]["kind"] in ("added", "removed", "modified", "moved")
    assert "allow" in material[0]["reason"]


def test_classify_html_rendering_of_seed_is_not_material(tmp_path):
    from monitor.demo.render import render_policy_page

    for seed in sorted((REPO / "seeds").iterdir()):
        page = tmp_path / f"{seed.stem}.html"
        page.write_text(
            render_policy_page(seed.read_text(encoding="utf-8"), title="Privacy", company=seed.stem, variant=7),
            encoding="utf-8",
        )
        proc = run("classify", str(seed), str(page), "--json")
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["material"] is False, (seed.name, proc.stdout[:2000])


def test_missing_file_and_unknown_company_are_one_line_errors(tmp_path):
    proc = run("classify", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "nope.txt" in proc.stderr
    proc = run_cold("--config", str(REPO / "config.toml"), "history", "nobody")
    assert proc.returncode == 2 and "unknown company 'nobody'" in proc.stderr and "Traceback" not in proc.stderr


def test_help_lists_every_command():
    proc = run_cold("--help")
    assert proc.returncode == 0
    for command in ("seed", "check", "run", "history", "show", "diff", "classify", "serve", "notify-test"):
        assert command in proc.stdout


def test_classify_judges_binary_and_empty_files_as_failed_captures(tmp_path):
    good = tmp_path / "a.md"
    good.write_text("# Privacy\n\nWe collect your email address to run your account.\n", encoding="utf-8")
    binary = tmp_path / "policy.pdf"
    binary.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for bad, why in ((binary, "binary content"), (empty, "no policy text")):
        proc = run("classify", str(good), str(bad), "--json")
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        doc = json.loads(proc.stdout)
        assert doc["material"] is False and doc["changes"] == []
        assert doc["capture"].startswith("new version is not a capture of the policy") and why in doc["capture"]
        back = run("classify", str(bad), str(good))  # the other way round: the old one was broken
        assert back.returncode == 0 and "not material" in back.stdout and "old version was not a capture" in back.stdout
