"""E-mail out over SMTP (STARTTLS or TLS, with login) and replies in over IMAP.

The clinic PC only connects out: replies are polled from the mailbox, never received on
an open port. A reply's id is its Message-ID (else the IMAP UID), so a reply fetched
twice is recognised.
"""

from __future__ import annotations

import contextlib
import email.policy
import email.utils
import imaplib
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage

from clinicdesk.domain.i18n import tr
from clinicdesk.domain.outbound import Channel, DeliveryError, PolledReply

SECURITY_MODES = ("starttls", "tls", "none")
TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # starttls | tls | none (a test server on this PC only)
    user: str
    password: str
    sender: str
    ssl_context: ssl.SSLContext | None = None


class SmtpChannel:
    """Sends one message per connection's transaction; a connection is reused."""

    def __init__(self, settings: SmtpSettings) -> None:
        if settings.security not in SECURITY_MODES:
            raise DeliveryError(
                tr(
                    "email",
                    "SMTP security '{security}' is not one of {join}.",
                ).format(security=settings.security, join=', '.join(SECURITY_MODES)),
                permanent=True,
            )
        if not settings.host or not settings.sender:
            raise DeliveryError(
                tr(
                    "email",
                    "E-mail is not set up: give smtp_host and smtp_from in the message "
                    "settings.",
                ),
                permanent=True,
            )
        self.settings = settings
        self._client: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = s.ssl_context or ssl.create_default_context()
        if s.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                s.host, s.port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_SECONDS)
            if s.security == "starttls":
                client.starttls(context=context)
        if s.user:
            client.login(s.user, s.password)
        return client

    def send(self, address: str, subject: str, body: str) -> str:
        message = EmailMessage(policy=email.policy.SMTP)
        message["From"] = self.settings.sender
        message["To"] = address
        message["Subject"] = subject
        message["Date"] = email.utils.formatdate(localtime=False)
        domain = self.settings.sender.rpartition("@")[2] or "clinicdesk.invalid"
        message_id = email.utils.make_msgid(domain=domain)
        message["Message-ID"] = message_id
        message.set_content(body)
        try:
            if self._client is None:
                self._client = self._connect()
            refused = self._client.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise DeliveryError(
                tr(
                    "email",
                    "The mail server refused the login; check smtp_user and its keyring "
                    "password.",
                ),
                permanent=True,
            ) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(
                tr(
                    "email",
                    "The mail server refused the address {address}.",
                ).format(address=address), permanent=True
            ) from exc
        except smtplib.SMTPResponseException as exc:
            self.close()
            permanent = 500 <= exc.smtp_code < 600
            raise DeliveryError(
                tr(
                    "email",
                    "The mail server answered {smtp_code}.",
                ).format(smtp_code=exc.smtp_code), permanent=permanent
            ) from exc
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            self.close()
            raise DeliveryError(
                tr(
                    "email",
                    "The mail server could not be reached or dropped the line ({name}).",
                ).format(name=type(exc).__name__)
            ) from exc
        if refused:
            raise DeliveryError(tr(
                "email",
                "The mail server refused the address {address}.",
            ).format(address=address), permanent=True)
        return message_id

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: str  # tls | starttls | none
    user: str
    password: str
    mailbox: str = "INBOX"
    ssl_context: ssl.SSLContext | None = None


class ImapReplies:
    """Polls unseen mail; each fetched message is marked seen on the server."""

    channel = Channel.EMAIL

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings

    def _connect(self) -> imaplib.IMAP4:
        s = self.settings
        context = s.ssl_context or ssl.create_default_context()
        if s.security == "tls":
            client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                s.host, s.port, ssl_context=context, timeout=TIMEOUT_SECONDS
            )
        else:
            client = imaplib.IMAP4(s.host, s.port, timeout=TIMEOUT_SECONDS)
            if s.security == "starttls":
                client.starttls(ssl_context=context)
        client.login(s.user, s.password)
        return client

    def poll(self) -> list[PolledReply]:
        try:
            client = self._connect()
        except (TimeoutError, imaplib.IMAP4.error, OSError, ssl.SSLError) as exc:
            raise DeliveryError(tr(
                "email",
                "The mailbox could not be read ({name}).",
            ).format(name=type(exc).__name__)) from exc
        replies: list[PolledReply] = []
        try:
            client.select(self.settings.mailbox)
            status, data = client.uid("search", None, "UNSEEN")
            if status != "OK":
                raise DeliveryError(tr("email", "The mailbox refused the search for new mail."))
            for uid in data[0].split():
                status, parts = client.uid("fetch", uid, "(RFC822)")
                raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
                if status != "OK" or raw is None:
                    continue
                replies.append(parse_reply(raw, f"uid:{uid.decode()}"))
        except (imaplib.IMAP4.error, OSError) as exc:
            raise DeliveryError(tr(
                "email",
                "Reading the mailbox failed ({name}).",
            ).format(name=type(exc).__name__)) from exc
        finally:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                client.logout()
        return replies


def parse_reply(raw: bytes, fallback_id: str) -> PolledReply:
    """A reply from raw mail; malformed mail still gives a reply (for the staff inbox)
    with whatever text could be read, never an exception."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    sender = email.utils.parseaddr(str(parsed.get("From", "")))[1]
    message_id = str(parsed.get("Message-ID", "")).strip() or fallback_id
    received = datetime.now(UTC)
    date_header = parsed.get("Date")
    if date_header:
        with contextlib.suppress(TypeError, ValueError):
            received = email.utils.parsedate_to_datetime(str(date_header)).astimezone(UTC)
    body = ""
    try:
        part = parsed.get_body(preferencelist=("plain",))
        if part is not None:
            body = part.get_content()
    except (LookupError, ValueError, AttributeError):
        body = ""
    if not body:
        body = raw.decode("utf-8", errors="replace")[:2000]
    return PolledReply(message_id, sender, body, received)
