"""Sub-commands of ``clinicdesk``.

Each command module exposes ``register(subparsers)``: it adds its parsers to the
``argparse`` sub-parser group and points each at a handler with
``parser.set_defaults(handler=...)``. A handler is called as
``handler(ctx, args)`` with a :class:`~clinicdesk.commands.context.CommandContext`
and the parsed arguments; it returns an exit status (``None`` means 0), prints
through ``ctx.emit`` and raises ``ClinicError`` for anything the user must fix.
Every parser made from ``subparsers`` (and nested ones) already accepts the
global options, so ``clinicdesk day --json`` works as well as ``clinicdesk --json day``.

To add a command, write a module here and add one line with its name to
``COMMAND_MODULES`` in ``clinicdesk/cli.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from clinicdesk.commands.context import CommandContext

Handler = Callable[[CommandContext, argparse.Namespace], int | None]
# What ``register`` receives: the result of ``ArgumentParser.add_subparsers()``.
SubParsers = argparse._SubParsersAction
