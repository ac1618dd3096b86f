"""The web UI in a thread beside the daemon (`run`): built and bound in that thread, stopped with the daemon."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask
    from werkzeug.serving import BaseWSGIServer

log = logging.getLogger(__name__)


class BackgroundServer:
    """The web UI in a thread beside the daemon. The thread builds the app and binds the port, so the daemon
    never waits for it; a port in use is logged, never raised."""

    def __init__(self, make_app: Callable[[], Flask], host: str, port: int):
        self.make_app, self.host, self.port = make_app, host, port
        self.app: Flask | None = None
        self.server: BaseWSGIServer | None = None
        self.thread = threading.Thread(target=self._serve, name="web", daemon=True)
        self._lock = threading.Lock()
        self._stopping = False

    def start(self) -> None:
        self.thread.start()

    def _serve(self) -> None:
        try:
            from monitor.web.app import make_server  # imported here: the daemon does not wait for Flask

            app = self.make_app()
            server = make_server(app, self.host, self.port)
        except (OSError, SystemExit) as exc:  # werkzeug exits when the port is taken
            reason = getattr(exc, "strerror", None) or "address already in use or not available"
            log.error(
                "web UI not started: cannot listen on %s:%d (%s); the daemon runs on without it. Free the "
                "port or set [web] port (or enabled = false) in the config.",
                self.host,
                self.port,
                reason,
            )
            return
        except Exception:
            log.exception("web UI not started; the daemon runs on without it")
            return
        with self._lock:
            if self._stopping:
                server.server_close()
                return
            self.app, self.server = app, server
        log.info("web UI on http://%s:%d/", self.host, server.server_port)
        server.serve_forever()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            app, server = self.app, self.server
        if app is not None and server is not None:
            from monitor.web.app import close_streams

            close_streams(app)
            server.shutdown()  # returns once serve_forever (started right after the lock) has ended
            server.server_close()
            log.info("web UI stopped")
        self.thread.join(timeout=3)
