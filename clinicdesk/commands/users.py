"""``clinicdesk user add|list|disable|enable|unlock|role|reset-password|passwd``."""

from __future__ import annotations

import argparse
import getpass
from typing import TYPE_CHECKING

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.session import open_session
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.users import Role

if TYPE_CHECKING:
    from clinicdesk.services.accounts import UserInfo


# The signed-in user's own password is CLINICDESK_PASSWORD; the one being set is this.
NEW_PASSWORD_ENV = "CLINICDESK_NEW_PASSWORD"
ROLES = [role.value for role in Role]


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("user", help="user accounts: add, list, disable, unlock")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a named account (administrator)")
    add.add_argument("username", help="the person's own user name, e.g. j.lee")
    add.add_argument("--name", default="", help="full name shown on screen")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--provider", metavar="ID", help="provider id (role provider)")
    add.set_defaults(handler=add_user)

    actions.add_parser("list", help="list accounts (manager, administrator)").set_defaults(
        handler=list_users
    )
    for name, handler, text in (
        ("disable", disable_user, "stop an account signing in (administrator)"),
        ("enable", enable_user, "let a disabled account sign in again (administrator)"),
        ("unlock", unlock_user, "unlock after too many failed sign-ins (manager)"),
        ("reset-password", reset_password, "set a new password for someone (administrator)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("username")
        action.set_defaults(handler=handler)

    role = actions.add_parser("role", help="change an account's role (administrator)")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    role.add_argument("--provider", metavar="ID", help="provider id (role provider)")
    role.set_defaults(handler=set_role)

    actions.add_parser("passwd", help="change your own password").set_defaults(
        handler=change_own_password
    )


def _new_password(ctx: CommandContext) -> str:
    from_env = ctx.environ.get(NEW_PASSWORD_ENV)
    if from_env:
        return from_env
    if not ctx.interactive:
        raise ValidationError(tr(
            "users command",
            "Give the new password in {NEW_PASSWORD_ENV}.",
        ).format(NEW_PASSWORD_ENV=NEW_PASSWORD_ENV))
    first = getpass.getpass(tr("users command", "New password: "))
    if first != getpass.getpass(tr("users command", "Type it again: ")):
        raise ValidationError(tr(
            "users command",
            "The two passwords do not match; nothing was changed.",
        ))
    return first


def _show(ctx: CommandContext, info: UserInfo, done: str) -> int:
    ctx.emit(info, f"{done}: {info.username} ({info.role.value})")
    return 0


def add_user(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        password = _new_password(ctx)
        info = accounts.add_user(
            session, args.username, args.name, args.role, password, provider_id=args.provider
        )
    return _show(ctx, info, "Added")


def list_users(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        users = accounts.list_users(session)
    rows = [
        (
            u.username,
            u.display_name,
            u.role.value,
            "yes" if u.active else "no",
            "LOCKED" if u.locked else "",
        )
        for u in users
    ]
    ctx.emit(
        users,
        table(
            rows,
            (
                tr("users command", "user"),
                tr("users command", "name"),
                tr("users command", "role"),
                tr("users command", "active"),
                tr("users command", "lock"),
            ),
        ),
    )
    return 0


def disable_user(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        return _show(ctx, accounts.disable_user(session, args.username), "Disabled")


def enable_user(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        return _show(ctx, accounts.enable_user(session, args.username), "Enabled")


def unlock_user(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        return _show(ctx, accounts.unlock_user(session, args.username), "Unlocked")


def reset_password(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        password = _new_password(ctx)
        info = accounts.reset_password(session, args.username, password)
    return _show(ctx, info, tr("users command", "New password set"))


def set_role(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        info = accounts.set_role(session, args.username, args.role, provider_id=args.provider)
    return _show(ctx, info, tr("users command", "Role changed"))


def change_own_password(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import accounts

    with open_session(ctx) as session:
        accounts.change_own_password(session, ctx.password(), _new_password(ctx))
    ctx.emit({"changed": True}, tr("users command", "Your password was changed."))
    return 0
