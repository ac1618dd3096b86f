"""The README documents every configuration key and every command the code has (Datasette's habit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.cli import COMMANDS, build_parser
from monitor.config.load import (
    CLUSTER_KEYS,
    COMPANY_KEYS,
    MONITOR_KEYS,
    SLACK_KEYS,
    SUBSCRIBER_KEYS,
    WEB_KEYS,
    WEBHOOK_KEYS,
)

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "key", [*MONITOR_KEYS, *COMPANY_KEYS, *SLACK_KEYS, *SUBSCRIBER_KEYS, *WEB_KEYS, *WEBHOOK_KEYS, *CLUSTER_KEYS]
)
def test_every_config_key_is_documented(key):
    assert f"| `{key}` |" in README


@pytest.mark.parametrize("command", [*COMMANDS, "classify"])
def test_every_command_is_documented(command):
    assert f"`policy-monitor {command}" in README


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make run", "make test"]


def test_parser_knows_every_command():
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    assert set(actions[0].choices) == {*COMMANDS, "classify"}


def _integration_routes() -> list[str]:
    from monitor.store import Store
    from monitor.web import create_app

    app = create_app(Store.__new__(Store))  # routes only: the store is never read
    blueprints = ("feeds.", "events.", "metrics.", "health.")
    return sorted(r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith(blueprints))


@pytest.mark.parametrize("endpoint", _integration_routes())
def test_every_integration_endpoint_is_documented(endpoint):
    assert f"| `{endpoint}` |" in README
