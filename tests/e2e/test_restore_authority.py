"""Who may replace the clinic data with a backup: a signed-in user allowed to restore,
or whoever types the recovery key; nobody else, whatever state the store is in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from clinicdesk.store.recovery_key import format_recovery_key
from tests.e2e.conftest import CLINICDESK, CliResult

Run = Callable[..., CliResult]
MANAGER = {"CLINICDESK_PASSWORD": "manager on duty today"}


def _clinic_with_backup(run_cli: Run) -> tuple[str, str]:
    """A clinic with a manager and one backup; (recovery key, backup path)."""
    made = run_cli(
        "--json", "init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada"
    )
    assert made.returncode == 0, made.stderr
    recovery_key = json.loads(made.stdout)["recovery_key"]
    added = run_cli(
        "--user",
        "ada",
        "user",
        "add",
        "mary",
        "--role",
        "manager",
        env={"CLINICDESK_NEW_PASSWORD": MANAGER["CLINICDESK_PASSWORD"]},
    )
    assert added.returncode == 0, added.stderr
    backup = run_cli("--user", "mary", "--json", "backup", "create", env=MANAGER)
    assert backup.returncode == 0, backup.stderr
    return recovery_key, json.loads(backup.stdout)["path"]


def _damage(store: Path) -> bytes:
    damaged = bytearray(store.read_bytes())
    damaged[4096 + 100 : 4096 + 200] = b"\x00" * 100
    store.write_bytes(bytes(damaged))
    return bytes(damaged)


def _wrong_recovery_key() -> str:
    return format_recovery_key(os.urandom(32))  # well formed, opens nothing here


@pytest.mark.parametrize(
    ("who", "env"),
    [
        (("--user", "nosuchuser"), {"CLINICDESK_PASSWORD": "wrong"}),
        (("--user", "mary"), {"CLINICDESK_PASSWORD": "wrong"}),
        (("--user", "mary"), MANAGER),  # right password, but the store cannot check it
        ((), {}),
    ],
    ids=["unknown-user", "wrong-password", "right-password", "nobody"],
)
def test_a_damaged_store_is_restored_only_with_the_recovery_key(
    run_cli: Run, tmp_path: Path, who: tuple[str, ...], env: dict[str, str]
) -> None:
    recovery_key, backup = _clinic_with_backup(run_cli)
    store = tmp_path / "data" / "clinic.db"
    damaged = _damage(store)

    refused = run_cli(*who, "backup", "restore", backup, env=env)
    assert refused.returncode == 1, refused.stdout
    assert "recovery key" in refused.stderr
    assert "internal error" not in refused.stderr
    wrong_key = run_cli(*who, "backup", "restore", backup, "--recovery-key", _wrong_recovery_key())
    assert wrong_key.returncode == 1, wrong_key.stdout
    assert store.read_bytes() == damaged
    assert not list(store.parent.glob("clinic.db.before-restore-*"))

    restored = run_cli(*who, "backup", "restore", backup, "--recovery-key", recovery_key, env=env)
    assert restored.returncode == 0, restored.stderr
    trail = run_cli(
        "--user", "ada", "--json", "audit", "show", "--event", "backup.restore", "--oldest-first"
    )
    assert trail.returncode == 0, trail.stderr
    rows = json.loads(trail.stdout)
    assert [(row["user"], row["outcome"]) for row in rows][-1] == ("(recovery key)", "ok")


def test_a_healthy_store_needs_a_sign_in_or_the_recovery_key(run_cli: Run, tmp_path: Path) -> None:
    recovery_key, backup = _clinic_with_backup(run_cli)
    store = tmp_path / "data" / "clinic.db"
    for who, env in (
        (("--user", "nosuchuser"), {"CLINICDESK_PASSWORD": "wrong"}),
        (("--user", "mary"), {"CLINICDESK_PASSWORD": "wrong"}),
        ((), {}),
    ):
        refused = run_cli(*who, "backup", "restore", backup, env=env)
        assert refused.returncode == 1, (who, refused.stdout)
        assert "internal error" not in refused.stderr
        wrong_key = run_cli(
            *who, "backup", "restore", backup, "--recovery-key", _wrong_recovery_key(), env=env
        )
        assert wrong_key.returncode == 1, (who, wrong_key.stdout)
    assert not list(store.parent.glob("clinic.db.before-restore-*"))
    # A receptionist signs in fine but is not allowed to restore.
    added = run_cli(
        "--user",
        "ada",
        "user",
        "add",
        "rita",
        "--role",
        "receptionist",
        env={"CLINICDESK_NEW_PASSWORD": "front desk morning shift"},
    )
    assert added.returncode == 0, added.stderr
    denied = run_cli(
        "--user",
        "rita",
        "backup",
        "restore",
        backup,
        env={"CLINICDESK_PASSWORD": "front desk morning shift"},
    )
    assert denied.returncode == 1
    assert not list(store.parent.glob("clinic.db.before-restore-*"))
    allowed = run_cli("--user", "mary", "backup", "restore", backup, env=MANAGER)
    assert allowed.returncode == 0, allowed.stderr
    assert recovery_key


def _run_on_read_only_folder(
    cli_env: dict[str, str], data_dir: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """clinicdesk with ``data_dir`` mounted read-only in a private mount namespace (the
    tests run as root, for whom permission bits alone never make a folder read-only)."""
    unshare = shutil.which("unshare")
    assert unshare is not None, "util-linux's unshare is needed for the read-only folder test"
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(
        [
            unshare,
            "-m",
            "sh",
            "-c",
            script,
            "sh",
            str(data_dir),
            str(CLINICDESK),
            "--data-dir",
            str(data_dir),
            *args,
        ],
        capture_output=True,
        text=True,
        env=cli_env,
        timeout=120,
        check=False,
    )


def test_a_read_only_data_folder_is_reported_as_read_only(
    run_cli: Run, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    recovery_key, backup = _clinic_with_backup(run_cli)
    data_dir = tmp_path / "data"
    before = (data_dir / "clinic.db").read_bytes()
    for args in (
        ("--user", "mary", "user", "list"),
        ("--user", "nosuchuser", "backup", "restore", backup),
        ("backup", "restore", backup, "--recovery-key", recovery_key),
    ):
        result = _run_on_read_only_folder({**cli_env, **MANAGER}, data_dir, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "read-only" in result.stderr, (args, result.stderr)
        assert "damaged" not in result.stderr
    assert (data_dir / "clinic.db").read_bytes() == before
