"""user / audit / backup / rekey as a clinic runs them from the command line."""

from __future__ import annotations

import json
import sqlite3  # noqa: F401 - documents that plain sqlite cannot read the store
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import E2E_PASSWORD, CliResult

Run = Callable[..., CliResult]
RECEPTION_PASSWORD = "front desk morning shift"


def _init(run_cli: Run) -> str:
    made = run_cli(
        "--json", "init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada"
    )
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)["recovery_key"]


def test_users_audit_backup_restore_rekey(run_cli: Run, tmp_path: Path) -> None:
    recovery_key = _init(run_cli)
    add = run_cli(
        "--user",
        "ada",
        "--json",
        "user",
        "add",
        "rita",
        "--name",
        "Rita",
        "--role",
        "receptionist",
        env={"CLINICDESK_NEW_PASSWORD": RECEPTION_PASSWORD},
    )
    assert add.returncode == 0, add.stderr
    add = run_cli(
        "--user",
        "ada",
        "user",
        "add",
        "mary",
        "--role",
        "manager",
        env={"CLINICDESK_NEW_PASSWORD": "manager on duty today"},
    )
    assert add.returncode == 0, add.stderr

    # The receptionist may not read the audit trail; the refusal is itself audited.
    denied = run_cli(
        "--user", "rita", "audit", "show", env={"CLINICDESK_PASSWORD": RECEPTION_PASSWORD}
    )
    assert denied.returncode == 1 and "not allowed" in denied.stderr
    # The lock count is the clinic's security setting, changed by the administrator;
    # three wrong passwords lock rita, the manager unlocks her.
    changed = run_cli("--user", "ada", "security", "set", "sign_in_lock_after", "3")
    assert changed.returncode == 0, changed.stderr
    for _ in range(3):
        failed = run_cli(
            "--user", "rita", "audit", "show", env={"CLINICDESK_PASSWORD": "not her password"}
        )
        assert failed.returncode == 1 and "Sign-in failed" in failed.stderr
    locked = run_cli(
        "--user", "rita", "audit", "show", env={"CLINICDESK_PASSWORD": RECEPTION_PASSWORD}
    )
    assert "Sign-in failed" in locked.stderr
    manager = {"CLINICDESK_PASSWORD": "manager on duty today"}
    listed = run_cli("--user", "mary", "--json", "user", "list", env=manager)
    assert {u["username"]: u["locked"] for u in json.loads(listed.stdout)}["rita"] is True
    assert run_cli("--user", "mary", "user", "unlock", "rita", env=manager).returncode == 0

    shown = run_cli("--user", "mary", "--json", "audit", "show", "--event", "user.", env=manager)
    events = [(row["event"], row["outcome"]) for row in json.loads(shown.stdout)]
    assert ("user.lock", "ok") in events and ("user.unlock", "ok") in events
    verified = run_cli("--user", "mary", "--json", "audit", "verify", env=manager)
    assert verified.returncode == 0 and json.loads(verified.stdout)["intact"] is True

    folder = tmp_path / "usb"
    made = run_cli(
        "--user", "mary", "--json", "backup", "create", "--folder", str(folder), env=manager
    )
    assert made.returncode == 0, made.stderr
    backup_file = json.loads(made.stdout)["path"]
    checked = run_cli("--user", "mary", "backup", "verify", backup_file, env=manager)
    assert checked.returncode == 0 and "checks out" in checked.stdout

    # The administrator changes the key; the old recovery key still opens the old backup.
    rekeyed = run_cli("--user", "ada", "--json", "rekey")
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert json.loads(rekeyed.stdout)["recovery_key"] != recovery_key
    assert run_cli("--user", "mary", "user", "list", env=manager).returncode == 0

    # A new PC: no store, no keyring entry; the backup comes back with the recovery key.
    new_pc = tmp_path / "new-pc"
    restored = run_cli(
        "--json",
        "backup",
        "restore",
        backup_file,
        "--recovery-key",
        recovery_key,
        data_dir=new_pc,
        env={"HOME": str(tmp_path / "h2"), "XDG_DATA_HOME": str(tmp_path / "h2")},
    )
    assert restored.returncode == 0, restored.stderr
    again = run_cli(
        "--user",
        "mary",
        "--json",
        "user",
        "list",
        data_dir=new_pc,
        env={**manager, "HOME": str(tmp_path / "h2"), "XDG_DATA_HOME": str(tmp_path / "h2")},
    )
    assert again.returncode == 0, again.stderr
    assert "rita" in {u["username"] for u in json.loads(again.stdout)}


def test_a_damaged_store_is_left_alone_and_a_backup_is_offered(
    run_cli: Run, tmp_path: Path
) -> None:
    _init(run_cli)
    made = run_cli(
        "--user",
        "ada",
        "user",
        "add",
        "mary",
        "--role",
        "manager",
        env={"CLINICDESK_NEW_PASSWORD": "manager on duty today"},
    )
    assert made.returncode == 0
    backup = run_cli(
        "--user",
        "mary",
        "--json",
        "backup",
        "create",
        env={"CLINICDESK_PASSWORD": "manager on duty today"},
    )
    assert backup.returncode == 0, backup.stderr
    store = tmp_path / "data" / "clinic.db"
    damaged = bytearray(store.read_bytes())
    damaged[4096 + 100 : 4096 + 200] = b"\x00" * 100
    store.write_bytes(bytes(damaged))
    opened = run_cli("--user", "ada", "user", "list")
    assert opened.returncode == 1
    assert "damaged" in opened.stderr or "could not be unlocked" in opened.stderr
    assert "clinicdesk backup restore" in opened.stderr
    assert store.read_bytes() == bytes(damaged)  # never replaced silently
    assert E2E_PASSWORD
