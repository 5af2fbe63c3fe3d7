"""``clinicdesk init`` (a new clinic) and ``clinicdesk unlock`` (the recovery key)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.parsing import add_overwrite_option
from clinicdesk.domain.errors import ClinicError, ValidationError
from clinicdesk.domain.i18n import tr, tr_noop

if TYPE_CHECKING:
    from clinicdesk.interop.files import OutputRequest

RECOVERY_WARNING = tr_noop(
    "setup command",
    "Write this recovery key down (or print it) and keep it somewhere safe, away from\n"
    "this computer. It is shown only now. Without it, the clinic data cannot be opened\n"
    "if this computer's keyring entry is ever lost."
)


def register(subparsers: SubParsers) -> None:
    init = subparsers.add_parser(
        "init",
        help="create a new clinic and its first administrator",
        description="Create a new encrypted clinic store in the data folder, with its first "
        "administrator account, and print the recovery key once.",
    )
    init.add_argument("--clinic", required=True, metavar="NAME", help="the clinic's name")
    init.add_argument(
        "--time-zone",
        required=True,
        metavar="TZ",
        help="the clinic's IANA time zone, e.g. Europe/London or America/New_York",
    )
    init.add_argument(
        "--admin", required=True, metavar="USER", help="user name of the first administrator"
    )
    add_recovery_sheet_option(init)
    init.set_defaults(handler=init_clinic)

    unlock = subparsers.add_parser(
        "unlock",
        help="open the clinic with its recovery key when the keyring entry is lost",
        description="Unlock the clinic data with the recovery key from the recovery sheet "
        "and keep its key in this computer's keyring again.",
    )
    unlock.add_argument(
        "--recovery-key",
        metavar="KEY",
        help="the 16 groups of 6 digits (asked for on the terminal when left out)",
    )
    unlock.set_defaults(handler=unlock_store)


def add_recovery_sheet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-sheet",
        metavar="FILE.pdf",
        type=Path,
        help="also write the recovery key as a one-page PDF to print and keep safe",
    )
    add_overwrite_option(parser)


def _recovery_sheet_request(path: Path, overwrite: bool) -> OutputRequest:
    from clinicdesk.interop.files import OutputKind, OutputRequest

    return OutputRequest(path, OutputKind.PDF, overwrite)


def _never_written_into(data_dir: Path) -> tuple[Path, ...]:
    from clinicdesk.store.backup import backup_folder

    return (data_dir, backup_folder(data_dir))


def check_recovery_sheet_path(ctx: CommandContext, args: argparse.Namespace) -> None:
    """Refuse a sheet path that cannot be written, before anything is created."""
    if args.recovery_sheet is None:
        return
    from clinicdesk.interop.files import check_user_file

    request = _recovery_sheet_request(args.recovery_sheet, args.overwrite)
    check_user_file(request, _never_written_into(ctx.data_dir))


def write_recovery_sheet(
    ctx: CommandContext, args: argparse.Namespace, clinic_name: str, recovery_key: str
) -> Path | None:
    """The recovery sheet as PDF, or a warning (the key is on screen) if it cannot be
    written: a failed sheet must not hide a key that is shown only once."""
    if args.recovery_sheet is None:
        return None
    from clinicdesk.domain.common import utc_now
    from clinicdesk.interop.files import write_user_file
    from clinicdesk.printing.models import RecoverySheet
    from clinicdesk.printing.recovery_sheet import render_recovery_sheet

    sheet = RecoverySheet(clinic_name, recovery_key, utc_now(), str(ctx.data_dir))
    request = _recovery_sheet_request(args.recovery_sheet, args.overwrite)
    try:
        return write_user_file(
            request, render_recovery_sheet(sheet), _never_written_into(ctx.data_dir)
        )
    except (OSError, ClinicError) as error:
        ctx.warn(tr(
            "setup command",
            "the recovery sheet could not be written ({error}); copy the key by hand",
        ).format(error=error))
        return None


def init_clinic(ctx: CommandContext, args: argparse.Namespace) -> int:
    # Everything that can be checked is checked before the password is asked for.
    from clinicdesk.bootstrap import (
        NewClinic,
        check_clinic_details,
        check_new_password,
        create_clinic,
        refuse_existing_store,
    )
    from clinicdesk.store.keys import KeyringKeyStore, system_keyring_status

    refuse_existing_store(ctx.data_dir)
    check_clinic_details(args.clinic, args.time_zone, args.admin)
    check_recovery_sheet_path(ctx, args)
    KeyringKeyStore().refuse_new_clinic_without_keyring()
    if warning := system_keyring_status().warning():
        ctx.warn(warning)
    password = ctx.new_password(tr(
        "setup command",
        "Password for {strip}: ",
    ).format(strip=args.admin.strip()))
    check_new_password(password, args.admin)
    created = create_clinic(
        ctx.data_dir, NewClinic(args.clinic, args.time_zone, args.admin, password)
    )
    sheet = write_recovery_sheet(ctx, args, args.clinic.strip(), created.recovery_key)
    human = tr(
        "setup command",
        "Created the clinic {strip!r} in {store_path}\nAdministrator: "
        "{admin_username}\n\nRECOVERY KEY:\n\n    {recovery_key}\n\n{warning}{sheet_note}",
    ).format(
        strip=args.clinic.strip(),
        store_path=created.store_path,
        admin_username=created.admin_username,
        recovery_key=created.recovery_key,
        warning=tr("setup command", RECOVERY_WARNING),
        sheet_note=tr("setup command", "\n\nRecovery sheet to print: {sheet}").format(sheet=sheet)
        if sheet
        else "",
    )
    ctx.emit(
        {
            "store": created.store_path,
            "recovery_key": created.recovery_key,
            "recovery_sheet": sheet,
            "clinic": args.clinic.strip(),
            "time_zone": args.time_zone.strip(),
            "admin": created.admin_username,
            "admin_id": created.admin_user_id,
        },
        human,
    )
    return 0


def unlock_store(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import unlock_clinic_store

    recovery_key = args.recovery_key
    if not recovery_key:
        if not ctx.interactive:
            raise ValidationError(tr("setup command", "Give the recovery key with --recovery-key."))
        recovery_key = getpass.getpass(tr("setup command", "Recovery key: "))
    with unlock_clinic_store(ctx.data_dir, recovery_key) as store:
        path = store.db_path
    ctx.emit(
        {"store": path, "unlocked": True},
        tr(
            "setup command",
            "Unlocked {path}; its key is kept in this computer's keyring again.",
        ).format(path=path),
    )
    return 0
