"""Every recovery-key unlock is in the audit trail, right key or wrong; guessing is slowed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from clinicdesk.store.recovery_key import format_recovery_key
from tests.e2e.conftest import CliResult

Run = Callable[..., CliResult]


def _init(run_cli: Run) -> str:
    made = run_cli(
        "--json", "init", "--clinic", "Test", "--time-zone", "Europe/London", "--admin", "ada"
    )
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)["recovery_key"]


def _unlock_rows(run_cli: Run) -> list[dict[str, str]]:
    shown = run_cli(
        "--user",
        "ada",
        "--json",
        "audit",
        "show",
        "--event",
        "recovery_key.unlock",
        "--oldest-first",
    )
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_right_and_wrong_recovery_keys_are_both_audited(run_cli: Run) -> None:
    recovery_key = _init(run_cli)
    wrong = run_cli("unlock", "--recovery-key", format_recovery_key(os.urandom(32)))
    assert wrong.returncode == 1
    assert "internal error" not in wrong.stderr
    # The wrong key opened nothing; the store's next open writes it into the trail.
    rows = _unlock_rows(run_cli)
    assert [(row["user"], row["outcome"].split(",")[0]) for row in rows] == [
        ("(recovery key)", "wrong key")
    ]
    right = run_cli("unlock", "--recovery-key", recovery_key)
    assert right.returncode == 0, right.stderr
    rows = _unlock_rows(run_cli)
    assert [row["outcome"].split(",")[0] for row in rows] == ["wrong key", "ok"]
    assert all(row["workstation"] for row in rows)
    verified = run_cli("--user", "ada", "audit", "verify")
    assert verified.returncode == 0, verified.stderr


def test_a_mistyped_key_is_pointed_at_and_not_counted(run_cli: Run) -> None:
    _init(run_cli)
    typo = run_cli("unlock", "--recovery-key", "123456-" * 15 + "12345")
    assert typo.returncode == 1 and "Group" in typo.stderr
    assert _unlock_rows(run_cli) == []


def test_guessing_is_refused_for_a_while_and_every_guess_is_kept(run_cli: Run) -> None:
    recovery_key = _init(run_cli)
    for _ in range(5):
        guess = run_cli("unlock", "--recovery-key", format_recovery_key(os.urandom(32)))
        assert guess.returncode == 1
    refused = run_cli("unlock", "--recovery-key", recovery_key)
    assert refused.returncode == 1
    assert "Too many wrong recovery keys" in refused.stderr
    rows = _unlock_rows(run_cli)
    assert [row["outcome"].split(",")[0] for row in rows] == ["wrong key"] * 5
