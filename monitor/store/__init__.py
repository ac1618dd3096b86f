"""Persistence: the one public `Store` over SQLAlchemy (SQLite or PostgreSQL), its schema, rows and migrations."""

from monitor.store.store import Store

__all__ = ["Store"]
