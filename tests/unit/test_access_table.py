"""The role x command table: every command is in it, and docs/permissions.md is it.

Commands come from the argparse registry and services from services/registry.py, so a
new command or service is checked here without anyone adding it by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicdesk.access_table import (
    DOC_PATH,
    WITHOUT_SIGN_IN,
    CommandAccess,
    command_table,
    render_markdown,
)
from clinicdesk.domain.permissions import PATIENT_DATA, ROLE_PERMISSIONS, Permission
from clinicdesk.domain.users import Role

ROOT = Path(__file__).resolve().parents[2]
ROWS = command_table()


def test_the_table_holds_every_command_of_the_parser() -> None:
    names = {row.command for row in ROWS}
    assert {"day", "print week", "print call-list", "waitlist list", "user add"} <= names
    assert set(WITHOUT_SIGN_IN) <= names, "WITHOUT_SIGN_IN names a command that is gone"


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.command)
def test_every_command_goes_through_a_gated_service(row: CommandAccess) -> None:
    if row.command in WITHOUT_SIGN_IN:
        return
    assert row.services, (
        f"'clinicdesk {row.command}' calls no service from services/registry.py, so no "
        "role is checked: call the service that does the work (with open_session), or "
        "list the command in WITHOUT_SIGN_IN with why it is safe without a sign-in"
    )


@pytest.mark.parametrize(
    "command",
    ["day", "waitlist list", "waitlist match", "print day", "print week", "report", "slots"],
)
def test_the_administrator_runs_no_command_that_shows_patients(command: str) -> None:
    row = next(row for row in ROWS if row.command == command)
    assert Role.ADMIN not in row.roles()


def test_the_administrator_holds_no_permission_that_shows_patients() -> None:
    admin = ROLE_PERMISSIONS[Role.ADMIN]
    assert not admin & PATIENT_DATA
    assert {
        Permission.MANAGE_USERS,
        Permission.MANAGE_SECURITY,
        Permission.VIEW_AUDIT,
        Permission.BACKUP,
    } <= admin


def test_only_the_administrator_changes_security_settings() -> None:
    holders = {role for role in Role if Permission.MANAGE_SECURITY in ROLE_PERMISSIONS[role]}
    assert holders == {Role.ADMIN}


def test_the_permissions_page_is_generated_from_the_code() -> None:
    page = (ROOT / DOC_PATH).read_text(encoding="utf-8")
    assert page == render_markdown(), (
        "docs/permissions.md is out of date: run python -m clinicdesk.access_table"
    )
