"""The ``clinicdesk`` command: no argument opens the window, sub-commands do the rest.

Exit status (docs/cli.md): 0 done; 1 refused or failed, with a one-line reason on stderr;
2 wrong usage. A ``ClinicError`` is the user's to fix and is printed as it is;
anything else is a bug: one line on stderr, the scrubbed traceback in the data
folder's ``logs/crash.log``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from clinicdesk import __version__
from clinicdesk.commands.context import PASSWORD_ENV, USER_ENV, CommandContext
from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.i18n import tr
from clinicdesk.paths import DATA_DIR_ENV, resolve_data_dir

# One line per command module; each has ``register(subparsers)`` (see commands/__init__.py).
COMMAND_MODULES: tuple[str, ...] = (
    "clinicdesk.commands.setup",
    "clinicdesk.commands.sync",
    "clinicdesk.commands.settings",
    "clinicdesk.commands.printing",
    "clinicdesk.commands.reports",
    "clinicdesk.commands.providers",
    "clinicdesk.commands.patients",
    "clinicdesk.commands.demo",
    "clinicdesk.commands.catalog",
    "clinicdesk.commands.schedule",
    "clinicdesk.commands.waitlist",
    "clinicdesk.commands.users",
    "clinicdesk.commands.audit",
    "clinicdesk.commands.backup",
    "clinicdesk.commands.self_check",
    "clinicdesk.commands.interop",
    "clinicdesk.commands.hl7",
    "clinicdesk.commands.risk",
    "clinicdesk.commands.messages",
    "clinicdesk.commands.recall",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandParser(argparse.ArgumentParser):
    """A parser that accepts the global options too, so they may follow the command.

    ``add_subparsers`` makes sub-parsers of the same class, so every nested command
    gets them. On sub-parsers their default is SUPPRESS: an option left out there
    must not overwrite the value given before the command.
    """

    def __init__(self, *args: object, top_level: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        default: object = None if top_level else argparse.SUPPRESS
        group = self.add_argument_group("global options")
        group.add_argument(
            "--data-dir",
            metavar="DIR",
            default=default,
            help=f"folder holding the clinic's store (or set {DATA_DIR_ENV}; "
            "default: your per-user data folder)",
        )
        group.add_argument(
            "--user",
            metavar="NAME",
            default=default,
            help=f"who runs the command (or set {USER_ENV}); the password comes from "
            "CLINICDESK_PASSWORD or is asked on the terminal",
        )
        group.add_argument(
            "--json",
            action="store_true",
            default=False if top_level else argparse.SUPPRESS,
            help="print exactly one JSON document on stdout, for scripts",
        )


def build_parser() -> CommandParser:
    parser = CommandParser(
        prog="clinicdesk",
        top_level=True,
        description="Appointment scheduling for small clinics. "
        "Without a command, opens the clinicdesk window.",
        epilog="Run 'clinicdesk COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"clinicdesk {__version__}")
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _display_available() -> bool:
    """False on a Linux machine with no display, where Qt would abort the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_window(data_dir: Path) -> int:
    if not _display_available():
        print(
            tr(
                "command line",
                "clinicdesk: no display found; use the command line instead (try 'clinicdesk "
                "--help'), or set QT_QPA_PLATFORM.",
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    from clinicdesk.app import run_gui  # Qt loads only when the window is wanted.

    return run_gui(data_dir)


def _report_bug(data_dir: Path, exc: BaseException, where: str) -> None:
    from clinicdesk.crashlog import describe_exception, write_crash_report

    # The message may quote patient data, so only the exception's type is shown.
    try:
        log = write_crash_report(data_dir, exc, where)
        detail = tr("command line", "details in {log}").format(log=log)
    except OSError as log_error:
        detail = tr(
            "command line",
            "could not write the crash log ({strerror})",
        ).format(strerror=log_error.strerror)
    print(tr(
        "command line",
        "clinicdesk: internal error: {describe_exception}; {detail}",
    ).format(describe_exception=describe_exception(exc), detail=detail), file=sys.stderr)


def _parse(parser: CommandParser, arguments: list[str]) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status argparse chose (--help: 0, bad usage: 2)."""
    try:
        return parser.parse_args(arguments)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE


def _one_line(message: str) -> str:
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def _data_dir_before_parsing(arguments: list[str]) -> tuple[Path, bool]:
    """``--data-dir`` as given, before the parser exists, and whether that is all there
    is (the window is wanted). A bug that stops the parser being built (a command
    module missing from a bundle) is logged where asked, and the window starts without
    loading every command module first."""
    explicit: str | None = None
    others = 0
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--data-dir" and index + 1 < len(arguments):
            explicit = arguments[index + 1]
            index += 2
            continue
        if argument.startswith("--data-dir=") and argument != "--data-dir=":
            explicit = argument.partition("=")[2]
        else:
            others += 1
        index += 1
    return resolve_data_dir(explicit), others == 0


def _not_text(arguments: Sequence[str]) -> str | None:
    """The first argument (or variable clinicdesk reads) that is not valid text.

    Bytes that are not UTF-8 reach Python as lone surrogates; no store, file or
    terminal can take them, so they are refused before anything runs.
    """
    named = [(f"argument {index}", value) for index, value in enumerate(arguments, 1)]
    named += [
        (f"variable {name}", os.environ[name])
        for name in (DATA_DIR_ENV, USER_ENV, PASSWORD_ENV)
        if name in os.environ
    ]
    for where, value in named:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
    return None


def _choose_language(data_dir: Path) -> None:
    """Messages from services and commands in the PC's language (the window installs
    its own translators when it opens)."""
    from clinicdesk.settings import load_settings
    from clinicdesk.translations import chosen_language, install_for_command_line

    install_for_command_line(chosen_language(load_settings(data_dir).settings.language))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    broken = _not_text(arguments)
    if broken is not None:
        print(tr(
            "command line",
            "clinicdesk: {broken} is not valid text (UTF-8); retype it.",
        ).format(broken=broken), file=sys.stderr)
        return EXIT_USAGE
    try:
        data_dir, window_only = _data_dir_before_parsing(arguments)
    except ClinicError as exc:
        print(
            tr("command line", "clinicdesk: {message}").format(message=_one_line(exc.message)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    where = "clinicdesk"
    _choose_language(data_dir)
    try:
        if window_only:
            where = "clinicdesk window"
            return _open_window(data_dir)
        parser = build_parser()
        parsed = _parse(parser, arguments)
        if isinstance(parsed, int):
            return parsed
        data_dir = resolve_data_dir(parsed.data_dir)
        if parsed.command is None:
            where = "clinicdesk window"
            return _open_window(data_dir)
        where = f"clinicdesk {parsed.command}"
        handler = getattr(parsed, "handler", None)
        if handler is None:
            # A command group (e.g. "patient") given without one of its sub-commands.
            print(
                tr(
                    "command line",
                    "clinicdesk {command}: choose one of its sub-commands (see 'clinicdesk "
                    "{command} --help')",
                ).format(command=parsed.command),
                file=sys.stderr,
            )
            return EXIT_USAGE
        ctx = CommandContext(
            data_dir=data_dir,
            user=parsed.user or os.environ.get(USER_ENV) or None,
            as_json=parsed.json,
        )
        status = handler(ctx, parsed)
        return EXIT_OK if status is None else int(status)
    except ClinicError as exc:
        print(
            tr("command line", "clinicdesk: {message}").format(message=_one_line(exc.message)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(tr("command line", "clinicdesk: interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:
        _report_bug(data_dir, exc, where)
        return EXIT_FAILED
