"""``clinicdesk settings show|set``: this PC's preferences (settings.json in the data folder)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.paths import settings_path
from clinicdesk.settings import load_settings, save_settings, setting_names, with_setting


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser(
        "settings",
        help="show or change this PC's settings",
        description="This PC's settings, kept in settings.json in the data folder.",
    )
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="list every setting and its value")
    show.set_defaults(handler=show_settings)
    change = actions.add_parser("set", help="change one setting")
    change.add_argument(
        "name",
        choices=setting_names(),
        metavar="NAME",
        help="one of: " + ", ".join(setting_names()),
    )
    change.add_argument("value", help="the new value")
    change.set_defaults(handler=set_setting)


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
    human = f"Settings from {settings_path(ctx.data_dir)}\n" + table(rows, ("setting", "value"))
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
        f"{args.name} = {value} (saved in {path})",
    )
    return 0
