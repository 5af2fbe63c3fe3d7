"""List and settle conflicts found while syncing (a clash, two values, edit vs delete,
a possible duplicate patient). Each settlement is one audited transaction; the conflict
row and any change it makes sync to the other PCs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import cast

from clinicdesk.domain.appointments import Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.errors import NotFoundError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.ports import SyncConflict, SyncConflictUnitOfWork

CLASH_ACTIONS = ("cancel", "overbook", "moved")
SIDES = ("ours", "theirs")
RECORD_ACTIONS = ("delete", "keep")


@dataclass(frozen=True, slots=True)
class ConflictNeed:
    """What a person must do to settle one kind of conflict, and the ways to do it."""

    text: str
    actions: tuple[str, ...]


NEEDS: dict[str, ConflictNeed] = {
    "appointment_clash": ConflictNeed(
        "Another booking already holds this time: move this appointment, overbook it "
        "with a reason, or cancel it.",
        CLASH_ACTIONS,
    ),
    "field_conflict": ConflictNeed(
        "Two PCs changed this record differently at the same time: keep one side's "
        "values (the first to reach the server is shown until then).",
        SIDES,
    ),
    "edit_delete": ConflictNeed(
        "Deleted on one PC while edited on another; it is kept for now: delete it again "
        "or keep it.",
        RECORD_ACTIONS,
    ),
    "duplicate_patient": ConflictNeed(
        "Possibly the same person registered twice: review both records (merge them in "
        "the patient screens), then mark it reviewed.",
        ("keep",),
    ),
}
UNKNOWN_NEED = ConflictNeed(
    "A conflict of a kind this version does not know: update clinicdesk to settle it.", ()
)


def need_of(conflict: SyncConflict) -> ConflictNeed:
    return NEEDS.get(conflict.kind, UNKNOWN_NEED)


def _reading(context: ServiceContext) -> SyncConflictUnitOfWork:
    return cast(SyncConflictUnitOfWork, context.read())


def _writing(context: ServiceContext) -> SyncConflictUnitOfWork:
    return cast(SyncConflictUnitOfWork, context.write())


@reads
def open_conflicts(context: ServiceContext) -> list[SyncConflict]:
    authorize(context, Permission.VIEW_SCHEDULE, AuditEvent.SYNC_CONFLICT_LIST)
    with _reading(context) as uow:
        return uow.sync_conflicts.open_conflicts()


@writes
def resolve_clash(context: ServiceContext, conflict_id: str, action: str, reason: str = "") -> None:
    """Settle a clash: ``cancel`` the appointment that lost the slot, ``overbook`` it
    with a reason, or record that it was ``moved`` (after moving it as usual)."""
    authorize(context, Permission.BOOK, AuditEvent.SYNC_CLASH_SETTLE)
    if action not in CLASH_ACTIONS:
        raise ValidationError(tr(
            "sync conflicts",
            "Choose one of: {join}.",
        ).format(join=', '.join(CLASH_ACTIONS)))
    if action in ("cancel", "overbook") and not reason.strip():
        raise ValidationError(tr("sync conflicts", "Give a reason."))
    now = context.now()
    with _writing(context) as uow:
        conflict = _open(uow, conflict_id, "appointment_clash")
        appointment = uow.appointments.get(conflict.row_id)
        if appointment is None:
            raise NotFoundError(tr("sync conflicts", "That appointment no longer exists."))
        if action == "cancel":
            appointment = replace(
                appointment, status=Status.CANCELLED, cancel_reason=reason.strip()
            )
        elif action == "overbook":
            appointment = replace(appointment, override_reason=reason.strip())
        if action != "moved":
            uow.appointments.update(
                replace(appointment, updated_at=now, updated_by=context.actor.user_id)
            )
        uow.sync_conflicts.mark_resolved(conflict.id, action, context.actor.username, now)
        uow.audit.record(
            context.actor,
            AuditEvent.SYNC_CONFLICT_SETTLE,
            object_type="appointment",
            object_id=conflict.row_id,
            fields=(action,),
        )
        uow.commit()


@writes
def choose_side(context: ServiceContext, conflict_id: str, side: str) -> None:
    """Settle two values of the same fields: keep ``ours`` or ``theirs`` for each."""
    authorize(context, Permission.BOOK, AuditEvent.SYNC_CONFLICT_SETTLE)
    if side not in SIDES:
        raise ValidationError(tr("sync conflicts", "Choose 'ours' or 'theirs'."))
    now = context.now()
    with _writing(context) as uow:
        conflict = _open(uow, conflict_id, "field_conflict")
        values = conflict.ours if side == "ours" else conflict.theirs
        uow.sync_conflicts.write_values(conflict.table_name, conflict.row_id, values, now)
        uow.sync_conflicts.mark_resolved(conflict.id, f"kept {side}", context.actor.username, now)
        uow.audit.record(
            context.actor,
            AuditEvent.SYNC_CONFLICT_SETTLE,
            object_type=conflict.table_name,
            object_id=conflict.row_id,
            fields=conflict.fields,
        )
        uow.commit()


@writes
def settle_record(context: ServiceContext, conflict_id: str, delete: bool) -> None:
    """Edit vs delete (``delete`` it after all, or keep it) or a possible duplicate
    patient (reviewed; merging records is done in the patient screens)."""
    authorize(context, Permission.BOOK, AuditEvent.SYNC_CONFLICT_SETTLE)
    now = context.now()
    with _writing(context) as uow:
        conflict = uow.sync_conflicts.get(conflict_id)
        if conflict is None or conflict.status != "open":
            raise NotFoundError(tr("sync conflicts", "That conflict is already settled."))
        if conflict.kind not in ("edit_delete", "duplicate_patient"):
            raise ValidationError(tr("sync conflicts", "This conflict is settled another way."))
        if delete and conflict.kind == "edit_delete":
            uow.sync_conflicts.write_values(
                conflict.table_name, conflict.row_id, {"deleted": 1}, now
            )
        resolution = "deleted" if delete and conflict.kind == "edit_delete" else "kept"
        uow.sync_conflicts.mark_resolved(conflict.id, resolution, context.actor.username, now)
        uow.audit.record(
            context.actor,
            AuditEvent.SYNC_CONFLICT_SETTLE,
            object_type=conflict.table_name,
            object_id=conflict.row_id,
            fields=(resolution,),
        )
        uow.commit()


def _open(uow: SyncConflictUnitOfWork, conflict_id: str, kind: str) -> SyncConflict:
    conflict = uow.sync_conflicts.get(conflict_id)
    if conflict is None or conflict.status != "open":
        raise NotFoundError(tr("sync conflicts", "That conflict is already settled."))
    if conflict.kind != kind:
        raise ValidationError(tr("sync conflicts", "This conflict is settled another way."))
    return conflict
