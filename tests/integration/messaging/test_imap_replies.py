"""E-mail replies polled from a real IMAP server (Dovecot, started by the test in a
temporary folder): read once, a malformed mail still handed over, a bad login a clear
error. The clinic PC only connects out."""

from __future__ import annotations

import imaplib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicdesk.domain.outbound import DeliveryError
from clinicdesk.messaging.email import ImapReplies, ImapSettings
from tests.integration.messaging.servers import free_port

PASSWORD = "imap-secret"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def _config(folder: Path, port: int) -> str:
    if os.geteuid() == 0:  # Dovecot refuses to log in or read mail as root
        login, internal, mail_user = "dovenull", "dovecot", "dovecot"
        shutil.chown(folder / "mail", mail_user, mail_user)
    else:
        login = internal = mail_user = os.environ.get("USER") or str(os.getuid())
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
default_internal_user = {internal}
default_login_user = {login}
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_user} home={folder}/mail/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
}}
"""


@pytest.fixture
def dovecot() -> Iterator[int]:
    if not Path(DOVECOT).exists():
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    folder = Path(tempfile.mkdtemp(prefix="clinicdesk-imap-"))
    folder.chmod(0o755)
    for name in ("run", "state", "mail"):
        (folder / name).mkdir()
    port = free_port()
    conf = folder / "dovecot.conf"
    conf.write_text(_config(folder, port), encoding="utf-8")
    subprocess.run([DOVECOT, "-c", str(conf)], check=True, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield port
    finally:
        pid_file = folder / "run" / "master.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
            time.sleep(0.3)
        shutil.rmtree(folder, ignore_errors=True)


def _deliver(port: int, *mails: bytes) -> None:
    client = imaplib.IMAP4("127.0.0.1", port, timeout=5)
    client.login("desk", PASSWORD)
    for mail in mails:
        client.append("INBOX", None, None, mail)
    client.logout()


def test_replies_are_polled_once_including_a_malformed_one(dovecot: int) -> None:
    _deliver(
        dovecot,
        b"From: Ann <ann@example.test>\r\nMessage-ID: <r1@example.test>\r\n"
        b"Subject: Re: visit\r\n\r\nYES\r\n\r\nOn Mon, Elm Clinic wrote:\r\n> Reply C\r\n",
        b"this is not a mail at all \xff\xfe",
    )
    replies = ImapReplies(ImapSettings("127.0.0.1", dovecot, "none", "desk", PASSWORD))
    first = replies.poll()
    assert (first[0].gateway_id, first[0].sender) == ("<r1@example.test>", "ann@example.test")
    assert first[0].body.strip().startswith("YES")
    assert len(first) == 2 and first[1].gateway_id.startswith("uid:")
    assert replies.poll() == []  # fetched mail is marked seen


def test_a_wrong_password_is_a_clear_error(dovecot: int) -> None:
    replies = ImapReplies(ImapSettings("127.0.0.1", dovecot, "none", "desk", "wrong"))
    with pytest.raises(DeliveryError, match="The mailbox could not be read"):
        replies.poll()
