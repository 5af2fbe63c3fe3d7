"""Connections to the sync server that are given up within a bounded time.

libpq's ``connect_timeout`` bounds the connection set-up. After that, a server (or a
middlebox) that accepts bytes but never answers can hang a blocking read for as long as
TCP keeps the connection alive, and ``statement_timeout`` is enforced by the very server
that stopped answering. So every operation runs under a :class:`Deadline`: a watchdog
thread that, when time is up, shuts the socket down underneath the blocked call (on a
duplicate of its descriptor, so the descriptor number is never closed from another
thread). The blocked read then fails at once and the connection is abandoned.

The server must give up too. A PC whose link dies without closing (a dropped network, a
firewall that lost its state) leaves its server session waiting for the next command,
and a push holds the single sequence-counter lock: every other PC would wait behind it
until the server's TCP keepalive (two hours by default) notices. So every session this
layer opens carries its own server-side limits (:func:`session_options`), derived from
the same deadline: an idle transaction ends after half of it, a lock wait or a statement
after all of it, and the server's keepalives and TCP user timeout drop a silent peer
within seconds. A waiting PC therefore gets the lock before its own deadline.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from types import TracebackType
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from clinicdesk.domain.i18n import tr
from clinicdesk.sync.errors import SyncOfflineError

DEFAULT_CONNECT_TIMEOUT_S = 5
DEFAULT_OPERATION_DEADLINE_S = 20.0


def session_options(deadline_seconds: float) -> dict[str, int | str]:
    """Server settings for one sync session, so the server drops a dead PC's session
    (and the locks it holds) as soon as the PC itself has given up on it."""
    deadline_ms = max(1000, int(deadline_seconds * 1000))
    return {
        # Between the statements of one push the PC sends at once; a longer silence
        # inside a transaction is a dead link, and it holds the counter lock.
        "idle_in_transaction_session_timeout": max(1000, deadline_ms // 2),
        "statement_timeout": deadline_ms,
        "lock_timeout": deadline_ms,
        # A peer that stops acknowledging (a dead link while the server writes) or
        # stops answering keepalives is dropped within seconds, not two hours.
        "tcp_user_timeout": deadline_ms,
        "tcp_keepalives_idle": 5,
        "tcp_keepalives_interval": 2,
        "tcp_keepalives_count": 3,
        # A PC that closed its end while a statement runs: stop the statement.
        "client_connection_check_interval": 1000,
        # A batch's statements are short; compiling them costs more than running them.
        "jit": "off",
    }


def build_conninfo(
    url: str,
    password: str | None,
    connect_timeout: int,
    deadline_seconds: float = DEFAULT_OPERATION_DEADLINE_S,
) -> str:
    """The libpq connection string, with timeouts and keepalives the caller cannot forget."""
    given = conninfo_to_dict(url)
    options = " ".join(
        [str(given.get("options") or "").strip()]
        + [f"-c {name}={value}" for name, value in session_options(deadline_seconds).items()]
    ).strip()
    extra: dict[str, Any] = {
        "connect_timeout": max(2, int(connect_timeout)),
        "application_name": "clinicdesk-sync",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": int(connect_timeout * 1000) + 10_000,
    }
    if password:
        extra["password"] = password
    kept = {k: v for k, v in extra.items() if k not in given}
    # The session limits always apply; anything the URL sets comes first and is kept.
    return make_conninfo(url, **kept, options=options)


def connect(
    url: str,
    password: str | None = None,
    *,
    connect_timeout: int = DEFAULT_CONNECT_TIMEOUT_S,
    deadline_seconds: float = DEFAULT_OPERATION_DEADLINE_S,
) -> psycopg.Connection[Any]:
    """A new connection (never pooled: a pooled connection may be a dead one) whose
    server session gives up on its own within ``deadline_seconds`` (see above)."""
    conninfo = build_conninfo(url, password, connect_timeout, deadline_seconds)
    try:
        # Autocommit: every transaction is an explicit ``with conn.transaction()`` block, so a
        # read can never leave one open that would turn the next block into a savepoint.
        conn = psycopg.connect(conninfo, autocommit=True)
    except psycopg.Error as exc:
        raise SyncOfflineError(
            tr(
                "connection",
                "The sync server cannot be reached ({reason}). Changes stay on this PC and are "
                "sent at the next sync.",
            ).format(reason=_reason(exc))
        ) from exc
    except OSError as exc:
        raise SyncOfflineError(
            tr(
                "connection",
                "The sync server cannot be reached ({value}). Changes stay on this PC and are "
                "sent at the next sync.",
            ).format(value=exc.strerror or exc)
        ) from exc
    return conn


class Deadline:
    """``with Deadline(conn, seconds, "pushing changes"):`` - the block finishes in time
    or the connection is cut and ``SyncOfflineError`` raised."""

    def __init__(self, conn: psycopg.Connection[Any], seconds: float, what: str) -> None:
        self._conn = conn
        self._seconds = seconds
        self._what = what
        self._lock = threading.Lock()
        self._finished = False
        self.expired = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Deadline:
        self._timer = threading.Timer(self._seconds, self._abandon)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _abandon(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.expired = True
            cut_connection(self._conn)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with self._lock:
            self._finished = True
        if self._timer is not None:
            self._timer.cancel()
        if self.expired:
            _close_quietly(self._conn)
            raise SyncOfflineError(
                tr(
                    "connection",
                    "The sync server stopped answering while {what} (gave up after {seconds:g} "
                    "s). Changes stay on this PC and are sent at the next sync.",
                ).format(what=self._what, seconds=self._seconds)
            ) from exc
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            _close_quietly(self._conn)
            raise SyncOfflineError(
                tr(
                    "connection",
                    "The connection to the sync server was lost while {what} ({reason}). "
                    "Changes stay on this PC and are sent at the next sync.",
                ).format(what=self._what, reason=_reason(exc))
            ) from exc


def cut_connection(conn: psycopg.Connection[Any]) -> None:
    """Shut the connection's socket down from any thread; the owner's I/O fails at once."""
    try:
        descriptor = conn.pgconn.socket
    except (psycopg.OperationalError, psycopg.InterfaceError, ValueError):
        return
    try:
        duplicate = socket.socket(fileno=os.dup(descriptor))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # already closed by the peer: nothing to cut
            duplicate.shutdown(socket.SHUT_RDWR)
    finally:
        duplicate.close()


def _close_quietly(conn: psycopg.Connection[Any]) -> None:
    # The connection is being abandoned anyway; a failure to close it changes nothing.
    with contextlib.suppress(Exception):
        conn.close()


def _reason(exc: BaseException) -> str:
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return first_line[:200]
