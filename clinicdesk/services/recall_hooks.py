"""Recalls follow the appointments, inside the transaction of the appointment's change.

A booking of the type a recall type follows closes the patient's open recall of that
type (called from ``booking.save_new_appointment``, where every new appointment is
saved). Completing a visit of that type sets the next recall one interval after the
visit's day (called from ``changes.record_appointment_change``, where every status
change is recorded); undoing the completion voids the recall it set.
"""

from __future__ import annotations

from dataclasses import replace

from clinicdesk.domain.appointments import Appointment, AppointmentEvent, Status
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.date_policy import LAST_CLINIC_DAY
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.recall import Recall, RecallStatus, close, closes, next_recall_due
from clinicdesk.domain.status import STATUS_EVENT, UNDO_EVENT
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.ports import UnitOfWork

CLOSED_BY_BOOKING = "booked"  # the audit outcome of a recall ended by a booking
SET_BY_COMPLETION = "completed"  # the audit outcome of a recall set by a completed visit
VOIDED_BY_UNDO = "undone"


def _close(uow: UnitOfWork, ctx: ServiceContext, recall: Recall, appointment_id: str) -> None:
    uow.recalls.update(close(recall, appointment_id, ctx.now()))
    uow.audit.record(
        ctx.actor,
        AuditEvent.RECALL_CLOSE,
        object_type="recall",
        object_id=recall.id,
        outcome=CLOSED_BY_BOOKING,
        fields=["status"],
    )


def close_recalls_met_by(
    uow: UnitOfWork, ctx: ServiceContext, appointment: Appointment
) -> list[str]:
    """Close the patient's open recalls this new booking meets; their ids."""
    kinds = {kind.id: kind for kind in uow.recalls.types()}
    closed = []
    for recall in uow.recalls.for_patients([appointment.patient_id]):
        kind = kinds.get(recall.recall_type_id)
        if kind is not None and closes(recall, kind, appointment.patient_id, appointment.type_id):
            _close(uow, ctx, recall, appointment.id)
            closed.append(recall.id)
    return closed


def follow_status_change(uow: UnitOfWork, ctx: ServiceContext, history: AppointmentEvent) -> None:
    """Set the next recall when a visit is completed; void it when that is undone."""
    completed = Status.COMPLETED.value
    if history.kind == STATUS_EVENT and history.new_value == completed:
        appointment = uow.appointments.get(history.appointment_id)
        if appointment is not None:
            _set_next(uow, ctx, appointment)
    elif history.kind == UNDO_EVENT and history.old_value == completed:
        for recall in uow.recalls.from_appointment(history.appointment_id):
            if recall.status is RecallStatus.OPEN:
                uow.recalls.update(replace(recall, status=RecallStatus.VOID, updated_at=ctx.now()))
                uow.audit.record(
                    ctx.actor,
                    AuditEvent.RECALL_VOID,
                    object_type="recall",
                    object_id=recall.id,
                    outcome=VOIDED_BY_UNDO,
                    fields=["status"],
                )


def _set_next(uow: UnitOfWork, ctx: ServiceContext, appointment: Appointment) -> None:
    clinic = uow.catalog.get_clinic()
    if clinic is None:
        return
    kinds = [
        kind for kind in uow.recalls.types() if kind.active and kind.type_id == appointment.type_id
    ]
    if not kinds:
        return
    seen_on = local_date(appointment.start, clinic_zone(clinic.time_zone))
    mine = uow.recalls.for_patients([appointment.patient_id])
    now = ctx.now()
    for kind in kinds:
        for recall in mine:
            if recall.recall_type_id == kind.id and recall.status is RecallStatus.OPEN:
                # Seen for it without a booking that closed it (a walk-in, an import).
                _close(uow, ctx, recall, appointment.id)
        due = min(next_recall_due(seen_on, kind), LAST_CLINIC_DAY)
        recall = Recall(
            id=new_id(),
            patient_id=appointment.patient_id,
            recall_type_id=kind.id,
            due=due,
            created_at=now,
            updated_at=now,
            hide_days=kind.hide_days,
            source_appointment_id=appointment.id,
        )
        uow.recalls.add(recall)
        uow.audit.record(
            ctx.actor,
            AuditEvent.RECALL_ADD,
            object_type="recall",
            object_id=recall.id,
            outcome=SET_BY_COMPLETION,
        )
