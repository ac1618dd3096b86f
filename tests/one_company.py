"""One company (AloPal at an example URL, its seed policy) configured in a tmp folder, with its SQLite store:
the setting of the in-process check tests (a `Checker` fed with `Fetched` values)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.config.load import load_config
from monitor.config.settings import Config
from monitor.demo.render import render_policy_page
from monitor.domain.values import Fetched
from monitor.store import Store

REPO = Path(__file__).resolve().parents[1]
SEED = (REPO / "seeds" / "alopal.txt").read_text(encoding="utf-8")
T0 = datetime(2026, 1, 1, tzinfo=UTC)
URL = "https://alopal.example/privacy"
COMPANY = f'[[companies]]\nslug = "alopal"\nname = "AloPal"\nurl = "{URL}"\n'


def alopal_config(tmp_path: Path, *, monitor: str = "", subscribers: str = "", seed: bool = False) -> Config:
    """`tmp_path/config.toml` with the database `db.sqlite3` there, `[monitor]` lines, AloPal (seeded from
    seeds/alopal.txt with `seed`) and `[[subscribers]]` tables (TOML text)."""
    company = COMPANY
    if seed:
        (tmp_path / "seed.txt").write_text(SEED, encoding="utf-8")
        company += 'seed = "seed.txt"\n'
    cfg = tmp_path / "config.toml"
    cfg.write_text('[monitor]\ndatabase = "db.sqlite3"\n' + monitor + company + subscribers, encoding="utf-8")
    return load_config(cfg)


@contextlib.contextmanager
def synced_store(config: Config) -> Iterator[Store]:
    """The config's store, its companies synced; closed on leaving."""
    store = Store.open(config.monitor.database)
    try:
        store.sync_companies(config.companies)
        yield store
    finally:
        store.close()


def alopal_fetch(body: bytes, at: int, status: int = 200, duration_s: float = 0.0) -> Fetched:
    """AloPal's page fetched `at` hours after T0."""
    return Fetched(
        company="alopal",
        url=URL,
        fetched_at=T0 + timedelta(hours=at),
        status=status,
        headers={"content-type": "text/html; charset=utf-8"},
        body=body,
        encoding="utf-8",
        duration_s=duration_s,
    )


def alopal_page(text: str, variant: int, status: int = 200, at: int = 0, duration_s: float = 0.0) -> Fetched:
    """AloPal's policy `text` rendered as a web page (chrome `variant`), fetched `at` hours after T0."""
    html = render_policy_page(text, title="Privacy Policy", company="AloPal", variant=variant)
    return alopal_fetch(html.encode("utf-8"), at, status, duration_s)
