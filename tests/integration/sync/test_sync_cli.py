"""``clinicdesk sync ...`` run as a user runs it: server-init, join (first PC, a new PC,
a PC with its own clinic), now, status; the password goes to the keyring only."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from psycopg.conninfo import make_conninfo

from clinicdesk.sync.server_schema import SERVER_SCHEMA_VERSION

pytestmark = pytest.mark.postgres

CLINICDESK = Path(sys.executable).parent / "clinicdesk"
PASSWORD = "cli-password-123"


def run(home: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINICDESK_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        CLINICDESK_PASSWORD=PASSWORD,
    )
    return subprocess.run(
        [str(CLINICDESK), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_sync_commands_end_to_end(tmp_path: Path, pg_url: str) -> None:
    home = tmp_path / "home"
    # Trust auth ignores the password; it must still end up in the keyring, not settings.
    url_with_secret = make_conninfo(pg_url, password="s3cret-sync-pw")
    first, second, third = tmp_path / "a", tmp_path / "b", tmp_path / "c"

    made = run(home, first, "sync", "server-init", "--url", pg_url, "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["schema_version_before"] == 0
    again = run(home, first, "sync", "server-init", "--url", pg_url, "--json")
    assert json.loads(again.stdout)["schema_version_before"] == SERVER_SCHEMA_VERSION

    init = run(
        home, first, "init", "--clinic", "North", "--time-zone", "Europe/London", "--admin", "boss"
    )
    assert init.returncode == 0, init.stderr
    refused = run(home, first, "sync", "join", "--url", url_with_secret)
    assert refused.returncode == 1 and "--user" in refused.stderr
    joined = run(home, first, "--user", "boss", "sync", "join", "--url", url_with_secret, "--json")
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["sent"] >= 2  # the clinic and its administrator
    settings_text = (first / "settings.json").read_text()
    assert "s3cret-sync-pw" not in settings_text and "sync_url" in settings_text
    keyring_files = list(home.rglob("keyring_pass.cfg"))
    # keyrings.alt's plaintext file keeps values base64-encoded
    stored = base64.b64encode(b"s3cret-sync-pw").decode()
    assert keyring_files and stored in keyring_files[0].read_text()

    new_pc = run(home, second, "sync", "join", "--url", pg_url, "--json")
    assert new_pc.returncode == 0, new_pc.stderr
    document = json.loads(new_pc.stdout)
    assert document["received"] >= 2 and document["recovery_key"]
    status = run(home, second, "sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    state = json.loads(status.stdout)
    assert state["joined"] and state["online"] and state["pending_changes"] == 0
    # The administrator made on the first PC can sign in on the second.
    now = run(home, second, "--user", "boss", "sync", "now", "--json")
    assert now.returncode == 0, now.stderr
    assert json.loads(now.stdout)["open_conflicts"] == 0
    # Conflicts carry patients' details: the administrator (who sees no patients) is
    # refused with a sentence, not an internal error.
    listed = run(home, second, "--user", "boss", "sync", "conflicts", "--json")
    assert listed.returncode == 1 and listed.stdout == ""
    assert "not allowed" in listed.stderr and "internal error" not in listed.stderr

    own = run(
        home, third, "init", "--clinic", "South", "--time-zone", "Europe/London", "--admin", "other"
    )
    assert own.returncode == 0, own.stderr
    mixed = run(home, third, "--user", "other", "sync", "join", "--url", pg_url)
    assert mixed.returncode == 1
    assert "never mixed" in mixed.stderr

    alone = run(home, third, "sync", "status")
    assert alone.returncode == 0 and "alone" in alone.stdout
