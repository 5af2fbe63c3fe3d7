"""Real local servers for the channel tests: an SMTP server (aiosmtpd) with STARTTLS or
TLS and login, and an HTTP server implementing the Twilio Messages API subset the SMS
channel uses, including its error answers and rate limit."""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "clinic", "s3cret-pass"


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost/127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def client_context(cert: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert))


class MailBox:
    """Keeps what the SMTP server accepted."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        self.messages.append(
            (envelope.mail_from or "", list(envelope.rcpt_tos), bytes(envelope.content or b""))
        )
        return "250 OK"


def _authenticate(
    server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def smtp_server(mailbox: MailBox, *, mode: str, cert: Path, key: Path) -> Controller:
    """Started on a free port; ``mode`` "starttls" (login only after STARTTLS) or "tls"."""
    context = server_context(cert, key)
    kwargs: dict[str, Any] = {
        "hostname": "127.0.0.1",
        "port": free_port(),
        "authenticator": _authenticate,
        "auth_require_tls": mode != "tls",  # implicit TLS: the session is encrypted
    }
    if mode == "tls":
        kwargs["ssl_context"] = context
    else:
        kwargs["server_kwargs"] = {"tls_context": context, "require_starttls": True}
    controller = Controller(mailbox, **kwargs)
    controller.start()
    return controller


@dataclass
class FakeTwilio:
    """The Messages API subset: create (POST) and list (GET), with basic auth."""

    account: str = "AC123"
    token: str = "tok-xyz"
    sent: list[dict[str, str]] = field(default_factory=list)
    inbound: list[dict[str, Any]] = field(default_factory=list)
    # Answers to give to the next POSTs, in order: (status, body bytes, headers).
    scripted: list[tuple[int, bytes, dict[str, str]]] = field(default_factory=list)
    list_answer: Callable[[], tuple[int, bytes]] | None = None
    page_size: int = 2
    # The message resources' statuses by sid (a sent message starts "queued"); the
    # tests move them on as a carrier would. A sid listed in ``broken`` answers garbage.
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                return

            def _authorised(self) -> bool:
                expected = base64.b64encode(f"{api.account}:{api.token}".encode()).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    self._answer(401, {"code": 20003, "message": "Authenticate", "status": 401})
                    return False
                return True

            def _answer(
                self, status: int, body: Any, headers: dict[str, str] | None = None
            ) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _resource(self, sid: str) -> None:
                if not self._authorised():
                    return
                if sid in api.broken:
                    self._answer(200, b"<html>maintenance</html>")
                    return
                known = api.statuses.get(sid)
                if known is None:
                    self._answer(404, {"code": 20404, "message": "Not found", "status": 404})
                    return
                self._answer(200, {"sid": sid, "error_message": None, **known})

            def do_POST(self) -> None:
                path = f"/2010-04-01/Accounts/{api.account}/Messages.json"
                if self.path != path:
                    self._answer(404, {"code": 20404, "message": "Not found", "status": 404})
                    return
                if not self._authorised():
                    return
                length = int(self.headers.get("Content-Length", "0"))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                if api.scripted:
                    status, body, headers = api.scripted.pop(0)
                    self._answer(status, body, headers)
                    return
                if not form.get("To", "").startswith("+"):
                    self._answer(
                        400,
                        {"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400},
                    )
                    return
                sid = f"SM{len(api.sent) + 1:032d}"
                api.sent.append(form)
                api.statuses[sid] = {"status": "queued", "error_code": None}
                self._answer(201, {"sid": sid, "status": "queued", "to": form["To"]})

            def do_GET(self) -> None:
                parsed = urllib.parse.urlparse(self.path)
                prefix = f"/2010-04-01/Accounts/{api.account}/Messages/"
                if parsed.path.startswith(prefix) and parsed.path.endswith(".json"):
                    self._resource(parsed.path.removeprefix(prefix).removesuffix(".json"))
                    return
                if parsed.path != f"/2010-04-01/Accounts/{api.account}/Messages.json":
                    self._answer(404, {"code": 20404, "message": "Not found", "status": 404})
                    return
                if not self._authorised():
                    return
                if api.list_answer is not None:
                    status, body = api.list_answer()
                    self._answer(status, body)
                    return
                query = dict(urllib.parse.parse_qsl(parsed.query))
                page = int(query.get("Page", "0"))
                items = [m for m in api.inbound if m.get("to") == query.get("To")]
                chunk = items[page * api.page_size : (page + 1) * api.page_size]
                more = (page + 1) * api.page_size < len(items)
                next_uri = None
                if more:
                    next_query = urllib.parse.urlencode({**query, "Page": page + 1})
                    next_uri = f"{parsed.path}?{next_query}"
                self._answer(200, {"messages": chunk, "next_page_uri": next_uri})

        return Handler


def inbound_sms(sid: str, sender: str, to: str, body: str, when: dt.datetime) -> dict[str, Any]:
    return {
        "sid": sid,
        "from": sender,
        "to": to,
        "body": body,
        "direction": "inbound",
        "date_sent": format_datetime(when),
    }


def start_http(api: FakeTwilio) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), api.handler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def dropping_smtp_server() -> tuple[socket.socket, int, list[bytes]]:
    """A plain SMTP server that takes the envelope, reads the start of the message, and
    hangs up before answering it: the line dropped mid-message."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    received: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection, connection.makefile("rwb") as stream:
                stream.write(b"220 drop.test ESMTP\r\n")
                stream.flush()
                for line in stream:
                    command = line.strip().upper()
                    if command.startswith((b"EHLO", b"HELO")):
                        stream.write(b"250 drop.test\r\n")
                    elif command == b"DATA":
                        stream.write(b"354 go on\r\n")
                        stream.flush()
                        received.append(stream.readline())
                        break  # hang up in the middle of the message
                    elif command == b"QUIT":
                        stream.write(b"221 bye\r\n")
                        stream.flush()
                        break
                    else:
                        stream.write(b"250 ok\r\n")
                    stream.flush()

    threading.Thread(target=serve, daemon=True).start()
    return listener, int(listener.getsockname()[1]), received
