"""Backups, restore and rekey as the user asks for them: permission checks and audit rows.

The file work is the store's (``clinicdesk.store.backup`` / ``rekey``), reached through
``BackupPort``; restore and rekey replace the store file while it is closed, so they are
split into an approval (checked and audited in the old store) and a record (audited in
the store that comes back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.backups import BackupInfo, RestoreResult
from clinicdesk.domain.errors import ClinicError
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.ports import UnitOfWork

RECOVERY_KEY_USER = "(recovery key)"


class BackupPort(Protocol):
    def create(self, folder: Path, keep: int | None = None) -> BackupInfo: ...
    def verify(self, path: Path) -> BackupInfo: ...


@writes
def create_backup(
    ctx: ServiceContext, port: BackupPort, folder: Path, *, keep: int | None = None
) -> BackupInfo:
    authorize(ctx, Permission.BACKUP, AuditEvent.BACKUP_CREATE)
    try:
        info = port.create(Path(folder), keep)
    except ClinicError:
        _record(ctx, AuditEvent.BACKUP_CREATE, "", "failed")
        raise
    _record(ctx, AuditEvent.BACKUP_CREATE, info.path.name, "ok")
    return info


@writes
def verify_backup(ctx: ServiceContext, port: BackupPort, path: Path) -> BackupInfo:
    authorize(ctx, Permission.BACKUP, AuditEvent.BACKUP_VERIFY)
    try:
        info = port.verify(Path(path))
    except ClinicError:
        _record(ctx, AuditEvent.BACKUP_VERIFY, Path(path).name, "failed")
        raise
    _record(ctx, AuditEvent.BACKUP_VERIFY, info.path.name, "ok")
    return info


@writes
def approve_restore(ctx: ServiceContext, backup: Path) -> None:
    """Check the user may restore and record the attempt in the store about to be replaced."""
    authorize(ctx, Permission.BACKUP, AuditEvent.BACKUP_RESTORE)
    _record(ctx, AuditEvent.BACKUP_RESTORE, Path(backup).name, "started")


@writes
def record_restore(ctx: ServiceContext, result: RestoreResult) -> None:
    """Record the finished restore in the restored store (``ctx`` opens that one)."""
    authorize(ctx, Permission.BACKUP, AuditEvent.BACKUP_RESTORE)
    _record(ctx, AuditEvent.BACKUP_RESTORE, result.restored_from.path.name, "ok")


def record_recovery_restore(
    uow_factory: Callable[[], UnitOfWork], workstation: str, result: RestoreResult
) -> None:
    """A restore with the recovery key where nobody could sign in (a new PC, a damaged
    store): holding the key is the authority, and its use is recorded."""
    with uow_factory() as uow:
        uow.audit.record_unidentified(
            RECOVERY_KEY_USER, workstation, AuditEvent.RECOVERY_KEY_USE, outcome="ok"
        )
        uow.audit.record_unidentified(
            RECOVERY_KEY_USER, workstation, AuditEvent.BACKUP_RESTORE, outcome="ok"
        )
        uow.commit()


@writes
def approve_rekey(ctx: ServiceContext) -> None:
    authorize(ctx, Permission.RECOVERY, AuditEvent.STORE_REKEY)
    _record(ctx, AuditEvent.STORE_REKEY, "", "started")


@writes
def record_rekey(ctx: ServiceContext) -> None:
    authorize(ctx, Permission.RECOVERY, AuditEvent.STORE_REKEY)
    _record(ctx, AuditEvent.STORE_REKEY, "", "ok")


def _record(ctx: ServiceContext, event: str, object_id: str, outcome: str) -> None:
    with ctx.write() as uow:
        uow.audit.record(
            ctx.actor, event, object_type="backup", object_id=object_id, outcome=outcome
        )
        uow.commit()
