"""``clinicdesk settings show|set``: this PC's preferences (settings.json in the data
folder), and ``clinicdesk security show|set``: the clinic's security settings (in the
store; an administrator changes them, audited)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.session import open_session
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.security_settings import SECURITY_OPTIONS
from clinicdesk.paths import settings_path
from clinicdesk.settings import PC_OPTIONS, load_settings, save_settings, with_setting


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser(
        "settings",
        help="show or change this PC's settings",
        description="This PC's settings, kept in settings.json in the data folder. "
        "The clinic's security settings are under 'clinicdesk security'.",
    )
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="list every setting and its value")
    show.set_defaults(handler=show_settings)
    change = actions.add_parser("set", help="change one setting")
    change.add_argument(
        "name",
        metavar="NAME",
        help="; ".join(f"{o.name}: {o.description}" for o in PC_OPTIONS),
    )
    change.add_argument("value", help="the new value")
    change.set_defaults(handler=set_setting)

    security = subparsers.add_parser(
        "security",
        help="show or change the clinic's security settings",
        description="The clinic's security settings (lockout, idle lock, password length), "
        "kept in the store for every PC. Anyone signed in may look; only an administrator "
        "changes them, and each change is audited.",
    )
    security_actions = security.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    security_show = security_actions.add_parser("show", help="list the security settings")
    security_show.set_defaults(handler=show_security)
    security_set = security_actions.add_parser("set", help="change one security setting")
    security_set.add_argument(
        "name",
        metavar="NAME",
        help="; ".join(
            f"{o.name} ({o.minimum}-{o.maximum} {o.unit}): {o.description}"
            for o in SECURITY_OPTIONS
        ),
    )
    security_set.add_argument("value", help="the new value (a whole number)")
    security_set.set_defaults(handler=set_security)


def show_settings(ctx: CommandContext, args: argparse.Namespace) -> int:
    loaded = load_settings(ctx.data_dir)
    for problem in loaded.problems:
        ctx.warn(problem)
    values = asdict(loaded.settings)
    document = {
        "data_dir": ctx.data_dir,
        "settings_file": settings_path(ctx.data_dir),
        "settings": values,
        "problems": list(loaded.problems),
    }
    rows = [(name, str(value)) for name, value in values.items()]
    headings = (tr("settings command", "setting"), tr("settings command", "value"))
    human = tr(
        "settings command",
        "Settings from {settings_path}\n{table}",
    ).format(settings_path=settings_path(ctx.data_dir), table=table(rows, headings))
    ctx.emit(document, human)
    return 0


def set_setting(ctx: CommandContext, args: argparse.Namespace) -> int:
    loaded = load_settings(ctx.data_dir)
    for problem in loaded.problems:
        ctx.warn(problem)
    updated = with_setting(loaded.settings, args.name, args.value)
    path = save_settings(ctx.data_dir, updated)
    value = getattr(updated, args.name)
    ctx.emit(
        {"setting": args.name, "value": value, "settings_file": path},
        tr(
            "settings command",
            "{name} = {value} (saved in {path})",
        ).format(name=args.name, value=value, path=path),
    )
    return 0


def show_security(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.security import security_settings

    with open_session(ctx) as services:
        settings, problems = security_settings(services)
    for problem in problems:
        ctx.warn(problem)
    values = settings.as_dict()
    rows = [(o.name, f"{values[o.name]} {o.unit}", o.description) for o in SECURITY_OPTIONS]
    ctx.emit(
        {"settings": values, "problems": problems},
        table(
            rows,
            (
                tr("settings command", "setting"),
                tr("settings command", "value"),
                tr("settings command", "what it does"),
            ),
        ),
    )
    return 0


def set_security(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services.security import change_security_setting

    with open_session(ctx) as services:
        settings = change_security_setting(services, args.name, args.value)
    value = settings.as_dict()[args.name]
    ctx.emit(
        {"setting": args.name, "value": value},
        tr(
            "settings command",
            "{name} = {value} (for every PC)",
        ).format(name=args.name, value=value),
    )
    return 0
