"""``clinicdesk self-check``: what support asks first (see clinicdesk/self_check.py)."""

from __future__ import annotations

import argparse

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext


def register(subparsers: SubParsers) -> None:
    check = subparsers.add_parser(
        "self-check",
        help="versions, where data and logs live, keyring, SQLCipher, fonts",
        description="Report what support asks first: versions, where the data and logs "
        "live, the keyring in use, the SQLCipher version and the bundled fonts. Opens no "
        "clinic data. Exit status 1 when something the program needs is missing.",
    )
    check.set_defaults(handler=self_check_command)


def self_check_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.self_check import format_self_check, run_self_check

    report = run_self_check(ctx.data_dir)
    ctx.emit(report.as_dict(), format_self_check(report))
    return 0 if report.healthy else 1
