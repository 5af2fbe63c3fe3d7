"""``clinicdesk backup create|verify|restore|list`` and ``clinicdesk rekey``.

``backup create`` suits a nightly Windows Task Scheduler job. Restore and rekey replace
the store file, so they refuse while the clinicdesk window has the store open.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from clinicdesk.commands import SubParsers
from clinicdesk.commands.context import CommandContext
from clinicdesk.commands.output import table
from clinicdesk.commands.parsing import bounded_int
from clinicdesk.commands.session import open_session
from clinicdesk.domain.backups import BackupInfo, RestoreResult
from clinicdesk.domain.errors import StoreError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.settings import load_settings

if TYPE_CHECKING:
    from clinicdesk.store.backup import StoreBackups
    from clinicdesk.store.uow import SqlUnitOfWork


RECOVERY_KEY_ENV = "CLINICDESK_RECOVERY_KEY"


def register(subparsers: SubParsers) -> None:
    group = subparsers.add_parser("backup", help="encrypted backups: create, verify, restore")
    actions = group.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="write a checked backup now")
    create.add_argument("--folder", metavar="DIR", help="default: the backup_dir setting")
    create.add_argument(
        "--keep", type=bounded_int(1, 10_000), help="keep only the newest N backups there"
    )
    create.set_defaults(handler=create_command)
    verify = actions.add_parser("verify", help="open a backup and run its integrity check")
    verify.add_argument("file", type=Path)
    verify.add_argument("--recovery-key", metavar="KEY", help="for a backup of another PC")
    verify.set_defaults(handler=verify_command)
    restore = actions.add_parser(
        "restore", help="replace the clinic data with a backup (only if it checks out)"
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--recovery-key",
        metavar="KEY",
        help=f"needed on a new PC or for a damaged store (or set {RECOVERY_KEY_ENV})",
    )
    restore.set_defaults(handler=restore_command)
    listing = actions.add_parser("list", help="the backups in the backup folder, newest first")
    listing.add_argument("--folder", metavar="DIR")
    listing.set_defaults(handler=list_folder)

    rekey = subparsers.add_parser(
        "rekey", help="give the clinic data a new key and print the new recovery key"
    )
    rekey.set_defaults(handler=rekey_command)


def _folder(ctx: CommandContext, given: str | None) -> Path:
    from clinicdesk.store.backup import backup_folder

    if given:
        return Path(given).expanduser()
    return backup_folder(ctx.data_dir, load_settings(ctx.data_dir).settings.backup_dir)


def _human(info: BackupInfo) -> str:
    return (
        tr(
            "backup command",
            "{path}\n  checks out: taken {taken_at:%Y-%m-%d %H:%M} UTC, {value} KiB, schema "
            "{schema_revision}",
        ).format(
            path=info.path,
            taken_at=info.taken_at,
            value=info.size_bytes // 1024,
            schema_revision=info.schema_revision,
        )
    )


def _port(ctx: CommandContext) -> StoreBackups:
    from clinicdesk.store.backup import StoreBackups
    from clinicdesk.store.keys import key_store_for

    return StoreBackups(ctx.data_dir, key_store_for(ctx.data_dir))


def create_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import backups

    keep = args.keep if args.keep is not None else load_settings(ctx.data_dir).settings.backup_keep
    if keep < 1:
        raise ValidationError(tr("backup command", "--keep must be at least 1."))
    with open_session(ctx) as session:
        info = backups.create_backup(session, _port(ctx), _folder(ctx, args.folder), keep=keep)
    ctx.emit(info, tr(
        "backup command",
        "Backup written and checked: {human}",
    ).format(human=_human(info)))
    return 0


def _recovery_key(ctx: CommandContext, args: argparse.Namespace) -> str | None:
    return args.recovery_key or ctx.environ.get(RECOVERY_KEY_ENV) or None


def verify_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.services import backups
    from clinicdesk.store.backup import verify_backup
    from clinicdesk.store.lifecycle import store_exists
    from clinicdesk.store.recovery_key import store_keys_from_recovery

    recovery_key = _recovery_key(ctx, args)
    if store_exists(ctx.data_dir) and not recovery_key:
        with open_session(ctx) as session:
            info = backups.verify_backup(session, _port(ctx), args.file)
    else:
        if not recovery_key:
            raise ValidationError(tr(
                "backup command",
                "There is no clinic here: give the backup's --recovery-key.",
            ))
        info, _ = verify_backup(args.file, store_keys_from_recovery(recovery_key))
    ctx.emit(info, tr("backup command", "Backup checks out: {human}").format(human=_human(info)))
    return 0


def list_folder(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.store.backup import list_backups

    folder = _folder(ctx, args.folder)
    found = list_backups(folder)
    rows = [(path.name, f"{path.stat().st_size // 1024} KiB") for path in found]
    ctx.emit(
        {"folder": folder, "backups": found},
        table(rows, (tr("backup command", "backup"), tr("backup command", "size")))
        or tr("backup command", "No backups in {folder}.").format(folder=folder),
    )
    return 0


def restore_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Restore as a signed-in user allowed to, or with the recovery key typed in.

    When the store cannot be opened to check a sign-in (damaged, key lost), only the
    recovery key will do; a wrong password or an unknown user is never passed over.
    """
    from clinicdesk.bootstrap import open_clinic_store, workstation_name
    from clinicdesk.services import backups
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.store.backup import restore_backup
    from clinicdesk.store.keys import key_store_for
    from clinicdesk.store.lifecycle import refuse_read_only, store_exists
    from clinicdesk.store.uow import SqlUnitOfWork

    key_store = key_store_for(ctx.data_dir)
    refuse_read_only(ctx.data_dir)
    recovery_key = _recovery_key(ctx, args)
    signed_in = None
    if recovery_key is None:
        if store_exists(ctx.data_dir) and ctx.user:
            try:
                with open_session(ctx) as session:
                    backups.approve_restore(session, args.file)
                    signed_in = session.actor
            except StoreError as exc:
                # Sign-in failures are not StoreErrors and go straight up; this is a store
                # that will not open, so nobody can be checked: the recovery key decides.
                recovery_key = _ask_recovery_key(ctx, exc.message)
        else:
            recovery_key = _ask_recovery_key(ctx, "")
    result = restore_backup(
        ctx.data_dir,
        args.file,
        key_store=key_store,
        recovery_key=recovery_key if signed_in is None else None,
    )
    store = open_clinic_store(ctx.data_dir, key_store=key_store)
    with store:

        def uow_factory() -> SqlUnitOfWork:
            return SqlUnitOfWork(store.engine)

        if signed_in is not None:
            backups.record_restore(ServiceContext(uow_factory, signed_in), result)
        else:
            backups.record_recovery_restore(uow_factory, workstation_name(ctx.data_dir), result)
    ctx.emit(result, _restored(result))
    return 0


def _ask_recovery_key(ctx: CommandContext, why: str) -> str:
    """The recovery key, asked on the terminal; refused without one when not interactive."""
    reason = (why + " ") if why else ""
    if ctx.interactive:
        typed = getpass.getpass(tr("backup command", "Recovery key: ")).strip()
        if typed:
            return typed
    raise ValidationError(
        tr(
            "backup command",
            "{reason}Restoring needs a signed-in user allowed to restore (--user), or the "
            "recovery key from the recovery sheet (--recovery-key or {RECOVERY_KEY_ENV}).",
        ).format(reason=reason, RECOVERY_KEY_ENV=RECOVERY_KEY_ENV)
    )


def _restored(result: RestoreResult) -> str:
    kept = (
        tr(
            "backup command",
            "\nThe clinic data it replaced is kept as {previous_store}.",
        ).format(previous_store=result.previous_store)
        if result.previous_store
        else ""
    )
    return tr(
        "backup command",
        "Restored from {human}{kept}",
    ).format(human=_human(result.restored_from), kept=kept)


def rekey_command(ctx: CommandContext, args: argparse.Namespace) -> int:
    from clinicdesk.bootstrap import open_clinic_store
    from clinicdesk.services import backups
    from clinicdesk.services.context import ServiceContext
    from clinicdesk.store.keys import key_store_for
    from clinicdesk.store.rekey import rekey_store
    from clinicdesk.store.uow import SqlUnitOfWork

    key_store = key_store_for(ctx.data_dir)
    with open_session(ctx) as session:
        backups.approve_rekey(session)
        actor = session.actor
    recovery_key = rekey_store(ctx.data_dir, key_store=key_store)
    with open_clinic_store(ctx.data_dir, key_store=key_store) as store:
        backups.record_rekey(ServiceContext(lambda: SqlUnitOfWork(store.engine), actor))
    ctx.emit(
        {"recovery_key": recovery_key},
        tr(
            "backup command",
            "The clinic data has a new key. NEW RECOVERY KEY:\n\n    {recovery_key}\n\nPrint it "
            "and keep it safe; the old recovery key no longer opens the clinic data (it still "
            "opens backups made before today).",
        ).format(recovery_key=recovery_key),
    )
    return 0
