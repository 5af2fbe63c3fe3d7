"""``clinicdesk init`` and ``unlock`` as an administrator runs them."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import CliResult

RECOVERY_KEY = re.compile(r"\b\d{6}(?:-\d{6}){15}\b")
INIT = ("init", "--clinic", "Oak Street Clinic", "--time-zone", "Europe/London", "--admin", "admin")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_a_store_and_prints_the_recovery_key_once(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli(*INIT)
    assert result.returncode == 0, result
    store = tmp_path / "data" / "clinic.db"
    assert store.exists()
    assert len(RECOVERY_KEY.findall(result.stdout)) == 1
    assert "shown only now" in result.stdout
    # Encrypted: not an SQLite file, and the clinic's name is not in it in plain text.
    content = store.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    assert b"Oak Street Clinic" not in content


def test_init_json_gives_store_and_recovery_key(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli("--json", *INIT)
    assert result.returncode == 0, result
    document = json.loads(result.stdout)
    assert document["store"] == str(tmp_path / "data" / "clinic.db")
    assert RECOVERY_KEY.fullmatch(document["recovery_key"])
    assert document["admin"] == "admin"


def test_init_again_refuses_and_leaves_the_store_alone(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    assert run_cli(*INIT).returncode == 0
    store = tmp_path / "data" / "clinic.db"
    before = file_digest(store)
    again = run_cli("init", "--clinic", "Other", "--time-zone", "UTC", "--admin", "boss")
    assert again.returncode == 1
    assert "already exists" in again.stderr
    assert "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert file_digest(store) == before


def test_bad_time_zone_is_refused_clearly_and_makes_nothing(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli("init", "--clinic", "Oak", "--time-zone", "Europe/Atlantis", "--admin", "a")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "clinicdesk: 'Europe/Atlantis' is not a known time zone; use a name like Europe/London."
    )
    assert not (tmp_path / "data" / "clinic.db").exists()


def test_short_password_is_refused_before_anything_is_made(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli(*INIT, env={"CLINICDESK_PASSWORD": "short"})
    assert result.returncode == 1
    assert "too short" in result.stderr
    assert not (tmp_path / "data" / "clinic.db").exists()


def test_no_password_and_no_terminal_is_refused(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli(*INIT, env={"CLINICDESK_PASSWORD": None})
    assert result.returncode == 1
    assert "CLINICDESK_PASSWORD" in result.stderr
    assert not (tmp_path / "data" / "clinic.db").exists()


def test_unlock_with_the_recovery_key_after_the_keyring_is_lost(
    run_cli: Callable[..., CliResult], cli_env: dict[str, str]
) -> None:
    recovery_key = json.loads(run_cli("--json", *INIT).stdout)["recovery_key"]
    shutil.rmtree(Path(cli_env["XDG_DATA_HOME"]) / "python_keyring")

    mistyped = recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1")
    refused = run_cli("unlock", "--recovery-key", mistyped)
    assert refused.returncode == 1
    assert "Group 16" in refused.stderr

    unlocked = run_cli("--json", "unlock", "--recovery-key", recovery_key)
    assert unlocked.returncode == 0, unlocked
    assert json.loads(unlocked.stdout)["unlocked"] is True
    # The key is back in the keyring: a fresh keyring file holds it again.
    assert any((Path(cli_env["XDG_DATA_HOME"]) / "python_keyring").iterdir())


def test_init_writes_a_recovery_sheet_holding_the_same_key(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    sheet = tmp_path / "recovery.pdf"
    result = run_cli("--json", *INIT, "--recovery-sheet", str(sheet))
    assert result.returncode == 0, result
    document = json.loads(result.stdout)
    assert document["recovery_sheet"] == str(sheet)
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    groups = document["recovery_key"].split("-")
    assert all(group in text for group in groups)
    assert "Oak Street Clinic" in text


def test_a_bad_recovery_sheet_path_is_refused_before_anything_is_made(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    result = run_cli(*INIT, "--recovery-sheet", str(tmp_path / "no-such-folder" / "key.pdf"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "data" / "clinic.db").exists()
