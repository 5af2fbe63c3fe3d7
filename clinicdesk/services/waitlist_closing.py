"""A waitlist entry ends when its patient is booked for what they were waiting for.

Called from the one place every new appointment is saved, inside the booking's own
transaction, so a patient booked by phone, by first available, by a series or from a
freed-slot offer is never still listed (and offered the next freed time) afterwards.
"""

from __future__ import annotations

import dataclasses

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.waitlist import WaitlistEntry
from clinicdesk.services.context import ServiceContext
from clinicdesk.services.ports import UnitOfWork

CLOSED_BY_BOOKING = "booked"  # the audit outcome that tells this apart from a removal


def deactivate_entry(
    uow: UnitOfWork, ctx: ServiceContext, entry: WaitlistEntry, *, outcome: str = "ok"
) -> None:
    """Take the entry off the list (kept on record as inactive), with its audit row."""
    uow.waitlist.update(dataclasses.replace(entry, active=False, updated_at=ctx.now()))
    uow.audit.record(
        ctx.actor,
        AuditEvent.WAITLIST_REMOVE,
        object_type="waitlist",
        object_id=entry.id,
        outcome=outcome,
        fields=["active"],
    )


def booking_meets(entry: WaitlistEntry, appointment: Appointment) -> bool:
    """The booking is what the entry waits for: its type, with a provider it accepts."""
    if entry.patient_id != appointment.patient_id or entry.type_id != appointment.type_id:
        return False
    return not entry.provider_ids or appointment.provider_id in entry.provider_ids


def close_entries_met_by(
    uow: UnitOfWork, ctx: ServiceContext, appointment: Appointment
) -> list[str]:
    """Deactivate the patient's active entries this new booking meets; their ids."""
    closed: list[str] = []
    for entry in uow.waitlist.active_for_patient(appointment.patient_id):
        if booking_meets(entry, appointment):
            deactivate_entry(uow, ctx, entry, outcome=CLOSED_BY_BOOKING)
            closed.append(entry.id)
    return closed
