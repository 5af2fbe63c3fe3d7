"""A real MLLP listener on 127.0.0.1 playing the EHR: it answers each message it reads
as scripted, so tests see what a real interface engine does on a bad day."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from collections.abc import Iterable

START, END = b"\x0b", b"\x1c\r"

# What the peer does with one message:
#   AA, AE, AR   answer with that ACK code (AE/AR say why in MSA-3)
#   wrong-id     an AA that answers another message's control id
#   garbage      bytes that are not an MLLP block
#   drop         close the connection after reading part of the message
#   half-ack     send half of an AA, then close
#   silent       read the message and never answer
MODES = ("AA", "AE", "AR", "wrong-id", "garbage", "drop", "half-ack", "silent")


def control_id(message: bytes) -> str:
    msh = message.split(b"\r", 1)[0].decode("utf-8")
    return msh.split("|")[9]


def ack(message: bytes, code: str, answered: str | None = None) -> bytes:
    said = {"AE": "Patient record locked", "AR": "Unsupported version"}.get(code, "")
    answered = control_id(message) if answered is None else answered
    text = (
        f"MSH|^~\\&|EHR|NORTH|clinicdesk|Riverside|20260301120000||ACK^S12|A{answered}|P|2.5.1\r"
        f"MSA|{code}|{answered}|{said}\r"
    )
    return START + text.encode() + END


class MllpPeer:
    def __init__(self, script: Iterable[str] = ()) -> None:
        self.script: deque[str] = deque(script)
        self.received: list[bytes] = []  # every whole message read, in order
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def control_ids(self) -> list[str]:
        return [control_id(m) for m in self.received]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def __enter__(self) -> MllpPeer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(10)
                with contextlib.suppress(OSError):
                    self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        buffer = b""
        if self.script and self.script[0] == "drop":  # on a connection's first message
            self.script.popleft()
            conn.recv(20)
            return
        while True:
            while END not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            mode = self.script.popleft() if self.script else "AA"
            block, buffer = buffer.split(END, 1)
            message = block.lstrip(START)
            self.received.append(message)
            if mode in ("AA", "AE", "AR"):
                conn.sendall(ack(message, mode))
            elif mode == "wrong-id":
                conn.sendall(ack(message, "AA", "SOMETHING-ELSE"))
            elif mode == "garbage":
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n" + END)
            elif mode == "half-ack":
                conn.sendall(ack(message, "AA")[:30])
                return
            elif mode == "silent":
                while not self._stop.is_set() and conn.recv(65536):
                    pass  # until the sender gives up and closes
                return
