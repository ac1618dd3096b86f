"""Read-only web UI and JSON API over the snapshot history (Flask, Jinja2 autoescape)."""

from monitor.web.app import create_app, make_server, serve

__all__ = ["create_app", "make_server", "serve"]
