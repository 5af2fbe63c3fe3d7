"""``audit verify`` on the command line names a trail cut together with its head row, or
a damaged head row, with exit 1 and a sentence; signing in keeps working meanwhile."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from clinicdesk.store.engine import open_engine
from clinicdesk.store.recovery_key import recovery_store_key
from tests.e2e.conftest import CliResult

Run = Callable[..., CliResult]


def _tamper(data_dir: Path, recovery_key: str, *statements: str) -> None:
    from sqlalchemy import text

    engine = open_engine(data_dir / "clinic.db", recovery_store_key(recovery_key))
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statements",
    [
        (
            "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)",
            "DELETE FROM store_meta WHERE key = 'audit_chain_head'",
        ),
        ("UPDATE store_meta SET value = 'garbage' WHERE key = 'audit_chain_head'",),
    ],
    ids=["cut-with-head", "garbage-head"],
)
def test_audit_verify_names_the_tampering(
    run_cli: Run, tmp_path: Path, statements: tuple[str, ...]
) -> None:
    made = run_cli(
        "--json", "init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada"
    )
    assert made.returncode == 0, made.stderr
    recovery_key = json.loads(made.stdout)["recovery_key"]
    for _ in range(3):
        assert run_cli("--user", "ada", "user", "list").returncode == 0
    assert run_cli("--user", "ada", "audit", "verify").returncode == 0
    _tamper(tmp_path / "data", recovery_key, *statements)

    listed = run_cli("--user", "ada", "user", "list")  # signing in still works
    assert listed.returncode == 0, listed.stderr
    verified = run_cli("--user", "ada", "--json", "audit", "verify")
    assert verified.returncode == 1
    assert "internal error" not in verified.stderr
    assert "tampered" in verified.stderr
    assert json.loads(verified.stdout)["intact"] is False
    again = run_cli("--user", "ada", "audit", "verify")  # and it stays named
    assert again.returncode == 1
