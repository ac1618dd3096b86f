"""Build the Flask app (pages, JSON API, security headers, error pages) and serve it with a threaded WSGI server."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from flask import Flask, Response, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.serving import BaseWSGIServer
from werkzeug.serving import make_server as werkzeug_server

from monitor.config.settings import Company
from monitor.store import Store
from monitor.web import api, events, feeds, filters, health, metrics, views
from monitor.web.data import Site
from monitor.web.events import StreamState
from monitor.web.health import HealthSettings

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(
    store: Store,
    *,
    companies: Sequence[Company] | None = None,
    web_base_url: str = "",
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    health_settings: HealthSettings | None = None,
) -> Flask:
    """The web UI over `store`; `companies` (from the config) are listed even before their first check.

    `web_base_url` roots the permalinks shown and returned by the API (default: the request's host);
    `clock` gives "now" for ages and the end of the changes chart; `health_settings` tell /healthz the
    daemon's schedules.
    """
    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["policy_monitor"] = Site(store, companies, web_base_url, clock)
    app.extensions["policy_monitor_streams"] = StreamState()
    app.extensions["policy_monitor_health"] = health_settings or HealthSettings()
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    for integration in (feeds, events, metrics, health):
        app.register_blueprint(integration.bp)
    filters.register(app)
    app.after_request(_secure)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def _secure(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)  # the raw download sets a stricter CSP of its own
    return response


def _http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500
    message = error.description or error.name
    if request.path.startswith("/api/"):
        return jsonify({"error": {"status": code, "title": error.name, "message": message}}), code
    return render_template("error.html", code=code, title=error.name, message=message), code


def _unexpected_error(error: Exception) -> ResponseReturnValue:
    log.exception("unhandled error on %s", request.path)
    return _http_error(InternalServerError("Something went wrong on our side; the error has been logged."))


def make_server(app: Flask, host: str = "127.0.0.1", port: int = 8080) -> BaseWSGIServer:
    """A threaded werkzeug WSGI server bound to host:port (port 0 picks a free one)."""
    return werkzeug_server(host, port, app, threaded=True)


def close_streams(app: Flask) -> None:
    """End the app's open /events streams (before the server shuts down)."""
    app.extensions["policy_monitor_streams"].stop.set()


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(app, host, port)
    log.info("web UI on http://%s:%d/", host, server.server_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("web UI stopped")
    finally:
        close_streams(app)
        server.server_close()
