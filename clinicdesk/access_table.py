"""Which role may run which command, read from the code itself.

Every command of the argparse registry (``cli.build_parser``) is followed from its
handler to the service calls it makes (``services/registry.py``); the permissions those
services check, looked up in ``ROLE_PERMISSIONS``, say which roles may run it. Nothing is
listed by hand except the few commands that run without anyone signed in, so a new
command or service appears in ``docs/permissions.md`` (made by running this module) and
in the role tests as soon as it is written.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from clinicdesk.domain.permissions import PERMISSION_DESCRIPTIONS, ROLE_PERMISSIONS, Permission
from clinicdesk.domain.users import Role

# Commands that reach the store without a sign-in, each with why that is safe. A command
# not listed here that calls no service fails the role tests.
WITHOUT_SIGN_IN: dict[str, str] = {
    "init": "creates a new clinic; refused where one exists",
    "unlock": "needs the recovery key typed in",
    "demo": "creates a demo clinic in an empty data folder",
    "settings show": "this PC's preferences (settings.json), no clinic data",
    "settings set": "this PC's preferences (settings.json), no clinic data",
    "sync join": "joins with a sign-in checked against the shared database",
    "backup list": "file names and dates in the backup folder; opens no store",
    "sync server-init": "sets up the shared server with the server's own credentials",
    "sync now": "moves changes between this store and the server; shows no clinic data",
    "sync status": "counts and times only, no clinic data",
    "self-check": "versions, folders, keyring and fonts; opens no clinic data",
    "hl7 outbound show": "this PC's HL7 drop folder and version (settings.json), no clinic data",
    "hl7 outbound set": "this PC's HL7 drop folder and version (settings.json), no clinic data",
}


@dataclass(frozen=True)
class CommandAccess:
    command: str  # "print week"
    handler: Callable[..., Any]
    services: tuple[str, ...]  # registry names of the service calls it can make
    permissions: tuple[Permission, ...]  # every permission those services check

    def roles(self) -> tuple[Role, ...]:
        """Roles allowed every permission the command needs (all of them for none)."""
        return tuple(role for role in Role if all(p in ROLE_PERMISSIONS[role] for p in self.gates))

    @property
    def gates(self) -> tuple[Permission, ...]:
        """The permissions checked first by each service the command calls."""
        from clinicdesk.services.registry import service_calls

        first = {call.name: call.permission for call in service_calls()}
        return tuple(
            dict.fromkeys(p for name in self.services if (p := first.get(name)) is not None)
        )


def leaf_commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, Callable[..., Any]]]:
    """(command words, handler) for every command that runs something."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            handler = sub.get_default("handler")
            if handler is not None:
                yield name, handler
            for words, nested in leaf_commands(sub):
                yield f"{name} {words}", nested


@cache
def command_table() -> tuple[CommandAccess, ...]:
    from clinicdesk.cli import build_parser
    from clinicdesk.services.registry import service_calls

    calls = {call.name: call for call in service_calls()}
    rows = []
    for command, handler in leaf_commands(build_parser()):
        reached = tuple(sorted(_services_reached(handler, set(calls), set())))
        permissions = tuple(dict.fromkeys(p for name in reached for p in calls[name].permissions))
        rows.append(CommandAccess(command, handler, reached, permissions))
    return tuple(sorted(rows, key=lambda row: row.command))


def _qualified(target: object) -> str:
    return f"{getattr(target, '__module__', '')}.{getattr(target, '__name__', '')}"


def _services_reached(function: Callable[..., Any], services: set[str], seen: set[str]) -> set[str]:
    """Registry services called by ``function`` or by the clinicdesk.commands functions
    it calls (imports inside the function body included)."""
    key = _qualified(function)
    if key in seen:
        return set()
    seen.add(key)
    module = sys.modules[function.__module__]
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError):
        return set()
    local: dict[str, object] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("clinicdesk")
        ):
            imported = importlib.import_module(node.module)
            for alias in node.names:
                local[alias.asname or alias.name] = getattr(imported, alias.name, None)
    found: set[str] = set()
    for node in ast.walk(tree):
        target = _resolve(node, module, local)
        if target is None:
            continue
        name = _qualified(target)
        if name in services:
            found.add(name)
        elif name.startswith("clinicdesk.commands.") and inspect.isfunction(target):
            found |= _services_reached(target, services, seen)
    return found


def _resolve(node: ast.AST, module: ModuleType, local: dict[str, object]) -> object | None:
    """The function a name or ``module.name`` in the handler refers to, if any."""
    if isinstance(node, ast.Name):
        return local.get(node.id, getattr(module, node.id, None))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = local.get(node.value.id, getattr(module, node.value.id, None))
        if isinstance(owner, ModuleType):
            return getattr(owner, node.attr, None)
    return None


# --- docs/permissions.md --------------------------------------------------------------------


def render_markdown() -> str:
    roles = list(Role)
    lines = [
        "# Who may do what",
        "",
        "Generated from the code by `python -m clinicdesk.access_table`; a test",
        "fails when this page and `clinicdesk/domain/permissions.py` disagree.",
        "Services enforce the table; the window and the command line only mirror it.",
        "A provider's account sees bookings of its own provider only (day views,",
        "printed sheets, call lists); the administrator sees no patients and no bookings.",
        "",
        "## Permissions by role",
        "",
        "| permission | what it allows | " + " | ".join(r.value for r in roles) + " |",
        "|---|---|" + "---|" * len(roles),
    ]
    for permission in Permission:
        marks = " | ".join("yes" if permission in ROLE_PERMISSIONS[r] else "" for r in roles)
        lines.append(f"| `{permission.value}` | {PERMISSION_DESCRIPTIONS[permission]} | {marks} |")
    lines += [
        "",
        "## Commands by role",
        "",
        "| command | needs | " + " | ".join(r.value for r in roles) + " |",
        "|---|---|" + "---|" * len(roles),
    ]
    for row in command_table():
        if row.command in WITHOUT_SIGN_IN:
            needs = f"no sign-in: {WITHOUT_SIGN_IN[row.command]}"
            marks = " | ".join("" for _ in roles)
        else:
            gates = row.gates
            needs = ", ".join(f"`{p.value}`" for p in gates) if gates else "any signed-in user"
            allowed = set(row.roles())
            marks = " | ".join("yes" if r in allowed else "" for r in roles)
        lines.append(f"| `{row.command}` | {needs} | {marks} |")
    return "\n".join(lines) + "\n"


DOC_PATH = Path("docs") / "permissions.md"


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    (root / DOC_PATH).write_text(render_markdown(), encoding="utf-8")
    print(f"wrote {root / DOC_PATH}")
