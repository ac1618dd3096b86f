"""config.toml validation: good files load into typed settings, bad ones give one clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.config.load import load_config
from monitor.domain.values import Severity
from monitor.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]

GOOD = """
[monitor]
database = "data/db.sqlite3"
schedule = "0 */6 * * *"
timeout_seconds = 5

[[companies]]
slug = "acme"
name = "Acme"
url = "https://acme.example/privacy"
seed = "seed.txt"
remove = ["nav", ".cookie-banner"]

[[companies]]
slug = "globex"
name = "Globex"
url = "http://globex.example/privacy"
schedule = "*/2 * * * * *"
respect_robots = false

[slack]
token_env = "MY_TOKEN"

[[subscribers]]
name = "legal"
channel = "#legal"
companies = ["acme"]
min_severity = "critical"
categories = ["third_party_sharing"]
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "seed.txt").write_text("We collect your name.", encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_config_is_typed_and_resolved(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.monitor.database == "sqlite:///" + str((tmp_path / "data/db.sqlite3").resolve())
    assert config.monitor.timeout_seconds == 5.0
    acme, globex = config.companies
    assert acme.seed == (tmp_path / "seed.txt").resolve()
    assert acme.remove == ("nav", ".cookie-banner")
    assert globex.respect_robots is False and globex.schedule == "*/2 * * * * *"
    assert config.slack is not None and config.slack.token_env == "MY_TOKEN"
    (legal,) = config.subscribers
    assert legal.min_severity is Severity.CRITICAL and legal.follows("acme") and not legal.follows("globex")


def test_repository_config_is_valid():
    config = load_config(REPO / "config.toml")
    assert {c.slug for c in config.companies} == {"aloscale", "alopal", "alsoft", "allocloud", "altostack"}
    assert all(c.seed and c.seed.is_file() for c in config.companies)


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        (
            lambda s: s.replace("timeout_seconds = 5", "timeout_seconds = 5\ncolour = 'red'"),
            ["monitor.colour", "unknown key 'colour'", ":6"],
        ),
        (
            lambda s: s.replace("timeout_seconds = 5", 'timeout_seconds = "soon"'),
            ["monitor.timeout_seconds", "must be of type"],
        ),
        (lambda s: s.replace('slug = "globex"', 'slug = "acme"'), ["companies[1].slug", "duplicate slug 'acme'"]),
        (
            lambda s: s.replace('seed = "seed.txt"', 'seed = "missing.txt"'),
            ["companies[0].seed", "seed file not found"],
        ),
        (
            lambda s: s.replace('schedule = "0 */6 * * *"', 'schedule = "every day"'),
            ["monitor.schedule", "bad crontab"],
        ),
        (
            lambda s: s.replace('schedule = "0 */6 * * *"', 'schedule = "99 * * * *"'),
            ["monitor.schedule", "bad crontab"],
        ),
        (lambda s: s.replace("https://acme.example/privacy", "ftp://acme"), ["companies[0].url", "not an http(s) URL"]),
        (
            lambda s: s.replace('min_severity = "critical"', 'min_severity = "huge"'),
            ["subscribers[0].min_severity", "must be one of"],
        ),
        (
            lambda s: s.replace('companies = ["acme"]', 'companies = ["nobody"]'),
            ["subscribers[0].companies", "unknown company 'nobody'"],
        ),
        (
            lambda s: s.replace('categories = ["third_party_sharing"]', 'categories = ["spying"]'),
            ["subscribers[0].categories", "unknown category"],
        ),
        (
            lambda s: s.replace('token_env = "MY_TOKEN"', 'token_env = "xoxb-123-secret"'),
            ["slack.token_env", "not an environment variable name"],
        ),
        (
            lambda s: s.replace('remove = ["nav", ".cookie-banner"]', 'remove = ["nav[["]'),
            ["companies[0].remove", "not a valid CSS selector"],
        ),
        (lambda s: s.replace('slug = "acme"', 'slug = "Acme Corp"'), ["companies[0].slug", "bad slug"]),
        (lambda s: s + "\n[extras]\nx = 1\n", ["unknown top-level key 'extras'"]),
        (lambda s: s.replace("[slack]", "[slack"), ["not valid TOML", "line"]),
        (lambda s: s.replace('name = "Globex"\n', ""), ["companies[1].name", "missing required key"]),
        (
            lambda s: s.replace("https://acme.example/privacy", "https://acme .example/privacy"),
            ["companies[0].url", "not a valid URL"],
        ),
        (
            lambda s: s.replace('schedule = "0 */6 * * *"', 'schedule = "0 0 31 2 *"'),
            ["monitor.schedule", "never fires"],
        ),
        (lambda s: s[: s.index("[[companies]]")], ["companies", "no [[companies]]"]),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, mutation, expected):
    path = write(tmp_path, mutation(GOOD))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in expected:
        assert fragment in message


@pytest.mark.e2e
def test_cli_reports_bad_config_in_one_line_without_traceback(tmp_path):
    path = write(tmp_path, GOOD.replace("timeout_seconds = 5", "timeout_seconds = -1"))
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(path), "seed"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and "monitor.timeout_seconds" in lines[0] and "greater than 0" in lines[0]


def test_unreadable_seed_file(tmp_path):
    path = write(tmp_path, GOOD)
    (tmp_path / "seed.txt").unlink()
    (tmp_path / "seed.txt").mkdir()
    with pytest.raises(ConfigError, match="seed file not found"):
        load_config(path)


@pytest.mark.parametrize(
    ("expr", "weekday"),
    [("0 0 * * 0", "Sun"), ("0 0 * * 7", "Sun"), ("0 9 * * 6", "Sat"), ("0 0 * * 1", "Mon"), ("0 0 * * mon", "Mon")],
)
def test_crontab_day_of_week_keeps_crontab_meaning(expr, weekday):
    from datetime import UTC, datetime

    from monitor.config.load import cron_trigger

    wednesday = datetime(2025, 1, 1, tzinfo=UTC)
    fire = cron_trigger(expr, timezone=UTC, jitter=10).get_next_fire_time(None, wednesday)
    assert fire.strftime("%a") == weekday


def test_web_section_and_the_alert_links_that_follow_it(tmp_path):
    from monitor.config.load import load_config

    def load(extra: str) -> object:
        path = tmp_path / "config.toml"
        path.write_text('[[companies]]\nslug = "a"\nname = "A"\nurl = "https://a.example/p"\n' + extra)
        return load_config(path)

    default = load("")
    assert (default.web.enabled, default.web.host, default.web.port) == (True, "127.0.0.1", 8080)
    assert default.monitor.web_base_url == "http://127.0.0.1:8080"
    moved = load('[web]\nhost = "0.0.0.0"\nport = 9090\n')
    assert moved.monitor.web_base_url == "http://127.0.0.1:9090"
    explicit = load('[monitor]\nweb_base_url = "https://pm.example"\n[web]\nport = 9090\n')
    assert explicit.monitor.web_base_url == "https://pm.example"
    assert load("[web]\nenabled = false\n").web.enabled is False
    for bad, message in (
        ("port = 70000", "between 0 and 65535"),
        ("port = true", "must be a number"),
        ("x = 1", "unknown key"),
    ):
        with pytest.raises(ConfigError, match=message) as raised:
            load(f"[web]\n{bad}\n")
        assert "[web." in str(raised.value)
