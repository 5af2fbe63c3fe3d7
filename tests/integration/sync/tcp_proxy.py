"""A small loopback TCP proxy that breaks connections on purpose, for sync fault tests.

* ``stall()``: keep accepting bytes (new connections too) but never pass anything on,
  the way a dead middlebox or a frozen server looks from the client.
* ``go_silent()``: a link that died without closing (a dropped network, a firewall that
  lost its state): nothing passes in either direction, and when the client gives up and
  closes its end, the server is not told; its end stays open until the server drops it.
* ``reset_all()``: reset every open connection (RST, not a polite FIN).
* ``cut_after_commit(n)``: let the n-th ``COMMIT`` reply through to nobody: when the
  server's CommandComplete for COMMIT comes back, both sides are reset before the client
  sees it. The server has committed; the client never learns it did.
* ``refuse()``: close new connections at once (server down).

Bounded: at most ``max_links`` connections, two pump threads each; loopback only.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field

# PostgreSQL CommandComplete message for COMMIT: 'C', int32 length (4 + 7), "COMMIT\0".
COMMIT_REPLY = b"C" + struct.pack("!i", 11) + b"COMMIT\x00"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class _Link:
    client: socket.socket
    server: socket.socket | None
    closed: threading.Event = field(default_factory=threading.Event)
    server_closed: threading.Event = field(default_factory=threading.Event)

    def reset(self) -> None:
        self.closed.set()
        self.server_closed.set()
        for sock in (self.client, self.server):
            if sock is None:
                continue
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with contextlib.suppress(OSError):
                sock.close()


class TcpProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, max_links: int = 16) -> None:
        if upstream_host not in _LOOPBACK:
            raise ValueError("the test proxy forwards to loopback only")
        self._upstream = (upstream_host, upstream_port)
        self._max_links = max_links
        self._lock = threading.Lock()
        self._links: list[_Link] = []
        self._stalled = False
        self._silent = False
        self._refusing = False
        self._commits_to_cut: int | None = None
        self.cuts = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    # --- faults -------------------------------------------------------------------------
    def stall(self) -> None:
        with self._lock:
            self._stalled = True

    def go_silent(self) -> None:
        with self._lock:
            self._stalled = True
            self._silent = True

    def server_ends_open(self) -> int:
        """Links whose server end is still open (the server has not dropped them)."""
        with self._lock:
            return sum(1 for link in self._links if not link.server_closed.is_set())

    def refuse(self) -> None:
        with self._lock:
            self._refusing = True

    def cut_after_commit(self, nth: int = 1) -> None:
        with self._lock:
            self._commits_to_cut = nth

    def heal(self) -> None:
        """Back to normal; connections that were stalled are reset (they are dead anyway)."""
        with self._lock:
            was_stalled = self._stalled
            self._stalled = False
            self._silent = False
            self._refusing = False
            self._commits_to_cut = None
        if was_stalled:
            self.reset_all()

    def reset_all(self) -> None:
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.reset()

    def close(self) -> None:
        self._stop.set()
        self.reset_all()
        self._acceptor.join(timeout=2)
        self._listener.close()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing -----------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                refusing = self._refusing
                full = len(self._links) >= self._max_links
            if refusing or full:
                _Link(client, None).reset()
                continue
            try:
                server = socket.create_connection(self._upstream, timeout=2)
            except OSError:
                _Link(client, None).reset()
                continue
            link = _Link(client, server)
            with self._lock:
                self._links.append(link)
            for source, sink, upstream in ((client, server, False), (server, client, True)):
                threading.Thread(
                    target=self._pump, args=(link, source, sink, upstream), daemon=True
                ).start()

    def _pump(
        self, link: _Link, source: socket.socket, sink: socket.socket, upstream: bool
    ) -> None:
        source.settimeout(0.1)
        while not link.closed.is_set() and not self._stop.is_set():
            try:
                data = source.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                data = b""
            if not data:
                with self._lock:
                    keep_server_waiting = self._silent and not upstream
                if keep_server_waiting:
                    # The client gave up; on a dead link the server never hears of it.
                    return
                break
            with self._lock:
                stalled = self._stalled
                cut = upstream and self._should_cut(data)
            if stalled:
                continue  # swallow: bytes accepted, never answered
            if cut:
                self.cuts += 1
                link.reset()
                return
            try:
                sink.sendall(data)
            except OSError:
                break
        link.reset()
        with self._lock:
            if link in self._links:
                self._links.remove(link)

    def _should_cut(self, data: bytes) -> bool:
        """Called under the lock for server-to-client data."""
        if self._commits_to_cut is None:
            return False
        seen = data.count(COMMIT_REPLY)
        if not seen:
            return False
        if seen >= self._commits_to_cut:
            self._commits_to_cut = None
            return True
        self._commits_to_cut -= seen
        return False
