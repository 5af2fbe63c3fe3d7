"""Each provider's calendar served to calendar apps on this PC only:
``http://127.0.0.1:PORT/providers/<id>.ics``.

The server listens on the loopback address alone, so nothing leaves the PC; it answers
GET and HEAD for that one path shape and nothing else (no folder listing, no files),
and only requests addressed to 127.0.0.1 or localhost (a web page reaching it through a
rebound DNS name is refused).
The feed itself comes from a function given by the caller, called once per request,
one request at a time (the store is not shared between threads). What the caller's
function refuses (FeedRefusedError: an unknown provider, a role without the right) is a
404 or 403 with a one-line reason; anything else
it raises is a 500 that names no internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

from clinicdesk.domain.i18n import tr

LOOPBACK = "127.0.0.1"
_PATH = re.compile(r"/providers/([A-Za-z0-9_-]{1,64})\.ics")


class FeedRefusedError(Exception):
    """The feed cannot be given (no such provider: 404; not allowed: 403); the message
    is shown to the client."""

    def __init__(self, message: str, status: int = HTTPStatus.NOT_FOUND) -> None:
        super().__init__(message)
        self.status = HTTPStatus(status)


Feed = Callable[[str], bytes]


def feed_server(feed: Feed, port: int = 0) -> HTTPServer:
    """A server bound to 127.0.0.1:``port`` (0: any free port; see ``server_port``),
    not yet serving: call ``serve_forever()`` and ``shutdown()`` from another thread."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "clinicdesk-feed"
        sys_version = ""

        def do_GET(self) -> None:
            self._answer(with_body=True)

        def do_HEAD(self) -> None:
            self._answer(with_body=False)

        def _answer(self, *, with_body: bool) -> None:
            # A web page whose name was made to point at 127.0.0.1 (DNS rebinding) sends
            # its own host name: only requests addressed to this PC by address are read.
            port = self.server.server_address[1]
            if self.headers.get("Host", "") not in {f"{LOOPBACK}:{port}", f"localhost:{port}"}:
                self._plain(
                    HTTPStatus.FORBIDDEN,
                    tr("ical feed", "Use http://127.0.0.1:{port}/ for the feeds.").format(
                        port=port
                    ),
                    with_body,
                )
                return
            path = self.path.split("?", 1)[0]
            match = _PATH.fullmatch(path)
            if match is None:
                self._plain(
                    HTTPStatus.NOT_FOUND,
                    tr("ical feed", "Feeds are at /providers/<id>.ics"),
                    with_body,
                )
                return
            try:
                data = feed(match.group(1))
            except FeedRefusedError as error:
                self._plain(error.status, str(error), with_body)
                return
            except Exception:  # the app's reason stays in its own log, not on the wire
                self._plain(
                    HTTPStatus.INTERNAL_SERVER_ERROR, tr("ical feed", "The feed failed."), with_body
                )
                return
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if with_body:
                self.wfile.write(data)

        def _plain(self, status: HTTPStatus, text: str, with_body: bool) -> None:
            body = (text + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Print nothing: every request is audited by the feed function instead."""

    return HTTPServer((LOOPBACK, port), Handler)
