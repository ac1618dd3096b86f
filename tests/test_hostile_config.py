"""The database setting against bad input (issue 13): a malformed URL is a configuration error that never
quotes the password, and `database_env` keeps the URL (and its password) out of the config file."""

from __future__ import annotations

import pytest

from monitor.config.load import load_config
from monitor.errors import ConfigError, StoreError
from monitor.store import Store

COMPANY = '[[companies]]\nslug = "a"\nname = "A"\nurl = "https://a.example/privacy"\n'


def write(tmp_path, monitor: str):
    path = tmp_path / "config.toml"
    path.write_text(f"[monitor]\n{monitor}\n{COMPANY}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://monitor:s3cretpw@127.0.0.1:notaport/policies",
        "postgresql://monitor:s3cretpw@[::1/policies",
        "postgresql://monitor:s3cretpw@127.0.0.1:5432:5433/policies",
    ],
)
def test_a_malformed_database_url_is_a_configuration_error(tmp_path, url):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, f'database = "{url}"'))
    message = str(caught.value)
    assert "database" in message and "not a valid database URL" in message and "config.toml:2" in message
    assert "s3cretpw" not in message
    with pytest.raises(StoreError) as opened:
        Store.open(url)
    assert "s3cretpw" not in str(opened.value)


def test_the_database_url_can_come_from_the_environment(tmp_path, monkeypatch):
    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("PM_TEST_DATABASE_URL", f"sqlite:///{db}")
    config = load_config(write(tmp_path, 'database_env = "PM_TEST_DATABASE_URL"'))
    assert config.monitor.database == f"sqlite:///{db}"
    with Store.open(config.monitor.database) as store:
        store.sync_companies(config.companies)
    assert db.is_file()


def test_database_env_errors_name_the_key(tmp_path, monkeypatch):
    monkeypatch.delenv("PM_TEST_UNSET", raising=False)
    with pytest.raises(ConfigError, match=r"database_env.*PM_TEST_UNSET is not set"):
        load_config(write(tmp_path, 'database_env = "PM_TEST_UNSET"'))
    monkeypatch.setenv("PM_TEST_SET", "sqlite:///x.db")
    with pytest.raises(ConfigError, match="either database or database_env"):
        load_config(write(tmp_path, 'database = "db.sqlite3"\ndatabase_env = "PM_TEST_SET"'))
    monkeypatch.setenv("PM_TEST_BAD", "postgresql://u:hunter22@h:port/x")
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, 'database_env = "PM_TEST_BAD"'))
    assert "database_env" in str(caught.value) and "hunter22" not in str(caught.value)
