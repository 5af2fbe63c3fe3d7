"""Paths the system cannot look at (a name too long, a loop of links, a FIFO, a folder)
given where a backup file or the data folder is expected: a one-line refusal, exit 1,
and no file replaced; never an internal error."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import CliResult

Run = Callable[..., CliResult]


def _unusable_paths(tmp_path: Path) -> dict[str, Path]:
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "loop-a").symlink_to(odd / "loop-b")
    (odd / "loop-b").symlink_to(odd / "loop-a")
    os.mkfifo(odd / "fifo")
    return {
        "name-too-long": odd / ("n" * 300),
        "folder-name-too-long": odd / ("f" * 200) / ("g" * 200) / "backup.db",
        "link-loop": odd / "loop-a",
        "fifo": odd / "fifo",
        "folder": odd,
    }


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "logs" not in path.parts
    }


def _assert_refused(result: CliResult, kind: str) -> None:
    assert result.returncode == 1, (kind, result.stdout, result.stderr)
    assert "internal error" not in result.stderr, (kind, result.stderr)
    assert "Traceback" not in result.stderr, (kind, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, (kind, result.stderr)


def test_backup_files_the_system_cannot_read_are_refused_and_change_nothing(
    run_cli: Run, tmp_path: Path
) -> None:
    made = run_cli(
        "--json", "init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada"
    )
    assert made.returncode == 0, made.stderr
    recovery_key = json.loads(made.stdout)["recovery_key"]
    before = _fingerprint(run_cli.data_dir)  # type: ignore[attr-defined]
    for kind, path in _unusable_paths(tmp_path).items():
        verified = run_cli("--user", "ada", "backup", "verify", str(path))
        _assert_refused(verified, f"verify {kind}")
        restored = run_cli(
            "--user", "ada", "backup", "restore", str(path), "--recovery-key", recovery_key
        )
        _assert_refused(restored, f"restore {kind}")
    after = _fingerprint(run_cli.data_dir)  # type: ignore[attr-defined]
    # Each refused attempt is audited in the store, so the store itself moves on; no file
    # appears or goes, and the key's record is untouched.
    assert after.keys() == before.keys()
    assert after["store.json"] == before["store.json"]


@pytest.mark.parametrize("given_by", ["option", "variable"])
def test_a_data_folder_the_system_cannot_look_at_is_named_in_one_line(
    run_cli: Run, tmp_path: Path, given_by: str
) -> None:
    paths = _unusable_paths(tmp_path)
    for kind in ("name-too-long", "link-loop"):
        folder = str(paths[kind])
        if given_by == "option":
            result = run_cli("--user", "ada", "day", data_dir=Path(folder))
        else:
            result = run_cli(
                "--user", "ada", "day", pass_data_dir=False, env={"CLINICDESK_DATA_DIR": folder}
            )
        _assert_refused(result, kind)
        assert "cannot be used" in result.stderr, (kind, result.stderr)
