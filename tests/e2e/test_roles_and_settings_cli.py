"""The side doors found by trying the command line as an attacker, closed.

A provider's account prints only its own provider's bookings; the administrator's
account lists no patients; the clinic's security settings cannot be changed without
the administrator's sign-in, and no value of a PC setting breaks later commands.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.conftest import E2E_PASSWORD, CliResult

Run = Callable[..., CliResult]


@pytest.fixture
def demo(run_cli: Run) -> tuple[Run, str, str]:
    """A demo clinic with a provider account ``dr.own`` for the first provider; returns
    (run, own provider id, a colleague's provider id)."""
    made = run_cli("demo", "--size", "small", "--seed", "3")
    assert made.returncode == 0, made.stderr
    listed = run_cli("--user", "admin", "--json", "provider", "list")
    assert listed.returncode == 0, listed.stderr
    ids = [p["id"] for p in json.loads(listed.stdout)]
    added = run_cli(
        "--user",
        "admin",
        "user",
        "add",
        "dr.own",
        "--role",
        "provider",
        "--provider",
        ids[0],
        env={"CLINICDESK_NEW_PASSWORD": E2E_PASSWORD},
    )
    assert added.returncode == 0, added.stderr
    return run_cli, ids[0], ids[1]


def test_a_provider_prints_no_colleagues_patients(
    demo: tuple[Run, str, str], tmp_path: Path
) -> None:
    run, own, other = demo
    as_provider = ("--user", "dr.own", "print")
    week = run(*as_provider, "week", "--provider", other, "--out", str(tmp_path / "w.pdf"))
    assert week.returncode == 1 and "your own schedule" in week.stderr
    assert not (tmp_path / "w.pdf").exists()
    mine = run(*as_provider, "week", "--provider", own, "--out", str(tmp_path / "mine.pdf"))
    assert mine.returncode == 0, mine.stderr
    day = run(*as_provider, "day", "--provider", other, "--out", str(tmp_path / "d.pdf"))
    assert day.returncode == 1 and "your own schedule" in day.stderr
    pack = run(*as_provider, "downtime", "--out", str(tmp_path / "pack"))
    assert pack.returncode == 1 and "your own schedule" in pack.stderr
    first = (date.today() - timedelta(days=30)).isoformat()
    calls = run(
        *as_provider,
        "call-list",
        "--from",
        first,
        "--to",
        date.today().isoformat(),
        "--out",
        str(tmp_path / "calls.pdf"),
    )
    assert calls.returncode == 0, calls.stderr


@pytest.mark.parametrize(
    "command",
    [("day",), ("waitlist", "list"), ("waitlist", "match", "x@2026-03-03T09:00/09:30"), ("grid",)],
    ids=lambda command: " ".join(command[:2]),
)
def test_the_administrator_lists_no_patients(
    demo: tuple[Run, str, str], command: tuple[str, ...]
) -> None:
    run, _, _ = demo
    done = run("--user", "admin", *command)
    assert done.returncode == 1 and "not allowed" in done.stderr
    assert "internal error" not in done.stderr


def test_security_settings_need_the_administrator(demo: tuple[Run, str, str]) -> None:
    run, _, _ = demo
    per_pc = run("settings", "set", "sign_in_lock_after", "1000000")
    assert per_pc.returncode == 1 and "clinicdesk security set" in per_pc.stderr
    manager = run("--user", "manager", "security", "set", "sign_in_lock_after", "10")
    assert manager.returncode == 1 and "not allowed" in manager.stderr
    too_many = run("--user", "admin", "security", "set", "sign_in_lock_after", "1000000")
    assert too_many.returncode == 1 and "from 3 to 20" in too_many.stderr
    done = run("--user", "admin", "--json", "security", "set", "sign_in_lock_after", "4")
    assert done.returncode == 0, done.stderr
    shown = run("--user", "reception", "--json", "security", "show")
    assert json.loads(shown.stdout)["settings"]["sign_in_lock_after"] == 4
    audit = run("--user", "admin", "--json", "audit", "show", "--event", "security.")
    assert audit.returncode == 0, audit.stderr
    assert "security.setting_change" in audit.stdout


def test_no_workstation_name_breaks_later_commands(demo: tuple[Run, str, str]) -> None:
    run, _, _ = demo
    # A byte that is not UTF-8 is turned away by the command line itself (usage, 2);
    # an escape character reaches the setting's own check (1).
    not_text = run("settings", "set", "workstation", "pc\udcff")  # argv byte 0xff
    assert not_text.returncode == 2 and "internal error" not in not_text.stderr
    refused = run("settings", "set", "workstation", "pc\x1b[31m")
    assert refused.returncode == 1 and "printable" in refused.stderr
    settings_file = run.data_dir / "settings.json"  # type: ignore[attr-defined]
    settings_file.write_text('{"workstation": "pc\\udcff\\u202e"}', encoding="utf-8")
    day = run("--user", "reception", "day")
    assert day.returncode == 0, day.stderr
    assert "workstation" in day.stderr and "internal error" not in day.stderr
