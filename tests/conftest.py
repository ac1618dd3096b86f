"""Shared fixtures: the bundled policy site on loopback, a config writer and the real CLI as a process."""

from __future__ import annotations

import atexit
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import forked
import pytest

from monitor.demo.site import PolicySite


def _own_tests_package() -> None:
    """`tests` names this directory. A dependency may install a package of that name into site-packages
    (fast-diff-match-patch's wheel ships one), and a regular package there would shadow this namespace package:
    `from tests.fakes import ...` would fail. Set before any test module is imported."""
    here = str(Path(__file__).resolve().parent)
    current = sys.modules.get("tests")
    if current is None or here not in list(getattr(current, "__path__", [])):
        package = ModuleType("tests")
        package.__path__ = [here]
        sys.modules["tests"] = package


_own_tests_package()

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED_SLUGS = ("aloscale", "alopal", "alsoft", "allocloud", "altostack")
#: The HTML layout of each company's page: semantic tags, anonymous divs, or a table layout.
LAYOUTS = {
    "aloscale": "semantic",
    "alopal": "divsoup",
    "alsoft": "table",
    "allocloud": "semantic",
    "altostack": "divsoup",
}

#: Fast settings for tests: short timeouts, no retries, no jitter, a short delivery wait.
TEST_MONITOR: dict[str, Any] = {
    "database": "db.sqlite3",
    "schedule": "0 */6 * * *",
    "timeout_seconds": 2,
    "retries": 0,
    "jitter_seconds": 0,
    "failure_threshold": 3,
    "delivery_wait_seconds": 5,
    "per_domain_concurrency": 8,  # every test company lives on 127.0.0.1
    "download_delay_seconds": 0,
}


#: Where forked CLI children write their stdout and stderr (files: a full pipe can never block them).
_FORK_OUTPUT = Path(tempfile.mkdtemp(prefix="policy-monitor-cli-"))
atexit.register(shutil.rmtree, _FORK_OUTPUT, ignore_errors=True)
forked.warm_up()  # at collection, before any test sets a log level


class CliResult(NamedTuple):
    returncode: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        return json_lines(self.stdout)

    def alerts(self) -> list[str]:
        """Console alerts: on stdout, or on stderr when `--json` keeps stdout for the JSON lines."""
        return console_alerts(self.stdout) + console_alerts(self.stderr)

    def by_company(self) -> dict[str, dict[str, Any]]:
        """`check --json` results keyed by company slug."""
        return {r["company"]: r for r in self.json_lines() if "outcome" in r}


_RULE = "─" * 20
_CONSOLE_ALERT = re.compile(rf"{_RULE}─*\n(alert \d+ for [^\n]*\n.*?)\n{_RULE}─*(?:\n|$)", re.S)


def console_alerts(text: str) -> list[str]:
    """The alerts the CLI printed on the console (no Slack configured): header line and body of each."""
    return _CONSOLE_ALERT.findall(text)


def json_lines(text: str) -> list[dict[str, Any]]:
    """The JSON objects printed one per line (other lines, such as console alerts, are skipped)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                found.append(value)
    return found


# ------------------------------------------------------------------------------------------ TOML


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def toml_table(header: str, values: Mapping[str, Any]) -> str:
    lines = [header] + [f"{k} = {toml_value(v)}" for k, v in values.items() if v is not None]
    return "\n".join(lines) + "\n"


def write_config(
    tmp_path: Path,
    site: PolicySite | None = None,
    *,
    companies: Sequence[str] | Sequence[Mapping[str, Any]] | None = None,
    company_overrides: Mapping[str, Mapping[str, Any]] | None = None,
    seeds: bool = True,
    slack: Mapping[str, Any] | None = None,
    subscribers: Sequence[Mapping[str, Any]] = (),
    name: str = "config.toml",
    **monitor: Any,
) -> Path:
    """Write `tmp_path/config.toml` monitoring `site`'s companies (all, or the slugs in `companies`).

    The seed files are copied to `tmp_path/seeds/` (tests may edit the copies); `monitor` overrides keys of
    `[monitor]` (defaults: TEST_MONITOR); `company_overrides[slug]` adds or replaces company keys (a None
    value removes the key). `companies` may also be a list of ready company tables.
    """
    tmp_path.mkdir(parents=True, exist_ok=True)
    seed_dir = tmp_path / "seeds"
    if seeds and not seed_dir.exists():
        shutil.copytree(SEEDS, seed_dir, ignore=shutil.ignore_patterns("README*"))
    parts = [toml_table("[monitor]", {**TEST_MONITOR, **monitor})]
    tables: list[Mapping[str, Any]]
    if companies and not isinstance(companies[0], str):
        tables = list(companies)  # type: ignore[arg-type]
    else:
        if site is None:
            raise ValueError("write_config needs a site or ready company tables")
        slugs = list(companies) if companies else site.slugs
        tables = []
        for slug in slugs:
            table: dict[str, Any] = {"slug": slug, "name": site.policy(slug).name, "url": site.url(slug)}
            if seeds:
                seed = next((p for p in seed_dir.glob(f"{slug}.*")), None)
                if seed is not None:
                    table["seed"] = f"seeds/{seed.name}"
            table.update((company_overrides or {}).get(slug, {}))
            tables.append(table)
    parts += [toml_table("[[companies]]", t) for t in tables]
    if slack is not None:
        parts.append(toml_table("[slack]", slack))
    parts += [toml_table("[[subscribers]]", s) for s in subscribers]
    path = tmp_path / name
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ CLI


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a CLI subprocess: no Slack secrets from the developer's shell, no proxies."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "POLICY_MONITOR_")) and k.lower() not in ("http_proxy", "https_proxy")
    }
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.update(extra or {})
    return env


def cli_command(config: Path | None, *args: str) -> list[str]:
    head = [sys.executable, "-m", "monitor"]
    return head + (["--config", str(config)] if config is not None else []) + [str(a) for a in args]


def run_cli(
    config: Path | None,
    *args: str,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    cold: bool = False,
) -> CliResult:
    """Run the real CLI (`monitor --config CONFIG ARGS...`) in its own process; its exit code and output.

    The process is forked from this already-imported test worker (see tests/forked.py): the same program
    without the 2 s cold start. It is a `python -m monitor` subprocess (`run_cli_cold`) with `cold=True`, and
    while this process has the test's SQLite database open (see `forked.safe_to_fork`).
    """
    where = cwd or (config.parent if config is not None else REPO)
    if cold or not forked.can_fork() or not forked.safe_to_fork(where):
        return run_cli_cold(config, *args, timeout=timeout, env=env, cwd=cwd)
    argv = (["--config", str(config)] if config is not None else []) + [str(a) for a in args]
    code, stdout, stderr = forked.run_forked(
        argv,
        env=cli_env(env),
        cwd=where,
        timeout=timeout,
        out_dir=_FORK_OUTPUT,
    )
    return CliResult(code, stdout, stderr)


def run_cli_cold(
    config: Path | None,
    *args: str,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> CliResult:
    """Run the real CLI as a fresh interpreter (`python -m monitor --config CONFIG ARGS...`)."""
    proc = subprocess.run(
        cli_command(config, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(env),
        cwd=cwd or (config.parent if config is not None else REPO),
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def start_cli(
    config: Path | None, *args: str, env: Mapping[str, str] | None = None, cold: bool = False
) -> subprocess.Popen | forked.ForkedCli:
    """The CLI as a running process (for kill -9 and SIGTERM tests and the daemon): poll, wait, send_signal,
    kill, communicate. Forked from this worker (see `run_cli`); `cold=True` starts `python -m monitor`."""
    if cold or not forked.can_fork() or not forked.safe_to_fork(config.parent if config else REPO):
        return subprocess.Popen(
            cli_command(config, *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(env),
            cwd=config.parent if config else REPO,
        )
    argv = (["--config", str(config)] if config is not None else []) + [str(a) for a in args]
    return forked.start_forked(argv, env=cli_env(env), cwd=config.parent if config else REPO, out_dir=_FORK_OUTPUT)


def run_command(config: Path, *args: str) -> CliResult:
    """A CLI command run in this process, through the same parser and command functions as `run_cli`.

    For setting a test up and reading state back (seed, history): no interpreter start-up, no imports, so the
    subprocesses are left to what a test exercises. Errors propagate as exceptions.
    """
    from monitor import cli
    from monitor.config.load import load_config

    parsed = cli.build_parser().parse_args(["--config", str(config), *args])
    out = io.StringIO()
    code = cli.COMMANDS[parsed.command](parsed, load_config(config), out)
    return CliResult(code, out.getvalue(), "")


def seed(config: Path) -> CliResult:
    """`seed` the config's companies (in this process); asserts it succeeded."""
    result = run_command(config, "seed")
    assert result.returncode == 0, result.stdout
    return result


def history(config: Path, slug: str) -> dict[str, Any]:
    """`history --json` of one company (read in this process)."""
    result = run_command(config, "history", slug, "--json", "--limit", "1000")
    assert result.returncode == 0, result.stdout
    docs = result.json_lines()
    assert docs, f"history --json printed no JSON: {result.stdout!r}"
    return docs[0]


def histories(config: Path, slugs: Sequence[str]) -> dict[str, dict[str, Any]]:
    """`history --json` of several companies."""
    return {slug: history(config, slug) for slug in slugs}


# ------------------------------------------------------------------------------------------ fixtures


@pytest.fixture
def policy_site() -> Iterator[PolicySite]:
    """The five seed policies served as web pages on 127.0.0.1 (chrome changes on every request)."""
    with PolicySite.from_seeds(SEEDS, layouts=LAYOUTS) as site:
        yield site


@pytest.fixture
def make_config() -> Callable[..., Path]:
    """`make_config(tmp_path, site, **overrides)` writes a config.toml for the site (see `write_config`)."""
    return write_config


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """`cli(config, *args, timeout=...)` runs the real CLI in its own process: (returncode, stdout, stderr)."""
    return run_cli


@pytest.fixture
def seeded(tmp_path: Path, policy_site: PolicySite) -> Path:
    """A config for the policy site, already seeded with the five seed policies."""
    config = write_config(tmp_path, policy_site)
    seed(config)
    return config


def subprocess_ok(result: CliResult | subprocess.CompletedProcess) -> str:
    """A readable failure message for an unexpected exit code."""
    return f"exit {result.returncode}\n--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"
