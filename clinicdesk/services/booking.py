"""Booking an appointment: at a chosen time, or in the first available slot.

The conflict check and the insert run in one transaction that holds SQLite's write
lock (BEGIN IMMEDIATE), so two desks can never both pass the check for one slot.
A booking that only a policy stands in the way of (parallel limit, outside hours,
off the grid, in the past) needs ``override_reason``; the reason is stored on the
appointment and in its history, and the audit row is marked ``override``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Appointment, AppointmentEvent, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.booking import BookingDecision, BookingRequest
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.errors import SchedulingConflictError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.slots import HORIZON_DAYS
from clinicdesk.domain.status import urgency_label
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.services.changes import record_appointment_change
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.finding import SlotSearch, build_query, explain_no_provider, search_slots
from clinicdesk.services.lookups import require_clinic, require_patient, resolve_type
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.recall_hooks import close_recalls_met_by
from clinicdesk.services.schedule_window import Catalogue, check_request
from clinicdesk.services.views import AppointmentView, appointment_views
from clinicdesk.services.waitlist_closing import close_entries_met_by

CREATED_EVENT = "created"


@dataclass(frozen=True, slots=True)
class BookingInput:
    patient_id: str
    type: str  # id or name
    provider_id: str
    start: datetime  # aware
    urgency: Urgency = Urgency.ROUTINE
    room_id: str | None = None
    override_reason: str = ""
    reason: str = ""  # why the patient is coming (free text for the provider)
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BookingResult:
    appointment: AppointmentView
    overridden: tuple[str, ...] = ()  # the policy lines a person chose to overrule


def enforce(decision: BookingDecision, override_reason: str) -> tuple[str, ...]:
    """Raise the clash unless allowed; the policy lines being overridden otherwise."""
    check_text(override_reason, TextKind.REASON, "The reason for overriding")
    decision.enforce(override_reason)
    return decision.override_reasons if decision.needs_override else ()


def save_new_appointment(
    uow: UnitOfWork,
    ctx: ServiceContext,
    appointment: Appointment,
    *,
    overridden: bool,
    event_reason: str = "",
) -> None:
    """Insert the appointment, its "created" history entry and its one audit row, and
    end the waitlist entries and recalls it meets."""
    uow.appointments.add(appointment)
    close_entries_met_by(uow, ctx, appointment)
    close_recalls_met_by(uow, ctx, appointment)
    record_appointment_change(
        uow,
        ctx,
        AppointmentEvent(
            id=new_id(),
            appointment_id=appointment.id,
            kind=CREATED_EVENT,
            at=appointment.created_at,
            by=ctx.actor.username,
            new_value=appointment.start.isoformat(),
            reason=appointment.override_reason or event_reason,
        ),
        AuditEvent.APPOINTMENT_BOOK,
        outcome="override" if overridden else "ok",
        fields=["override_reason"] if overridden else (),
    )


def new_appointment(
    ctx: ServiceContext,
    request: BookingRequest,
    decision: BookingDecision,
    *,
    urgency: Urgency,
    override_reason: str = "",
    reason: str = "",
    notes: str = "",
    series_id: str | None = None,
) -> Appointment:
    check_text(reason, TextKind.REASON, "The reason for the visit")
    check_text(notes, TextKind.NOTE, "The notes")
    now = ctx.now()
    return Appointment(
        id=new_id(),
        patient_id=request.patient_id,
        provider_id=request.provider_id,
        type_id=request.appointment_type.id,
        start=decision.start,
        end=decision.end,
        status=Status.BOOKED,
        urgency=urgency,
        created_by=ctx.actor.username,
        created_at=now,
        updated_by=ctx.actor.username,
        updated_at=now,
        room_id=decision.room_id,
        reason=reason.strip(),
        notes=notes.strip(),
        series_id=series_id,
        override_reason=override_reason.strip() if decision.needs_override else "",
    )


def book_in_uow(
    uow: UnitOfWork,
    ctx: ServiceContext,
    catalogue: Catalogue,
    request: BookingRequest,
    *,
    urgency: Urgency,
    override_reason: str = "",
    reason: str = "",
    notes: str = "",
) -> tuple[Appointment, tuple[str, ...]]:
    """Check and insert one booking inside an open unit of work (not committed)."""
    decision = check_request(uow, catalogue, request, ctx.now())
    overridden = enforce(decision, override_reason)
    appointment = new_appointment(
        ctx,
        request,
        decision,
        urgency=urgency,
        override_reason=override_reason,
        reason=reason,
        notes=notes,
    )
    save_new_appointment(uow, ctx, appointment, overridden=bool(overridden))
    return appointment, overridden


@writes
def book_appointment(ctx: ServiceContext, booking: BookingInput) -> BookingResult:
    """Book at a chosen time, refused with the clash named unless it is allowed."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BOOK)
    with ctx.write() as uow:
        result = book_input_in_uow(uow, ctx, booking)
        uow.commit()
    return result


def book_input_in_uow(uow: UnitOfWork, ctx: ServiceContext, booking: BookingInput) -> BookingResult:
    """:func:`book_appointment`'s work inside a transaction the caller commits (a use
    case that books and changes something else at once, all or nothing)."""
    catalogue = Catalogue.load(uow, require_clinic(uow))
    patient = require_patient(uow, booking.patient_id)
    kind = resolve_type(uow, booking.type)
    request = BookingRequest(
        booking.patient_id, booking.provider_id, kind, booking.start, room_id=booking.room_id
    )
    appointment, overridden = book_in_uow(
        uow,
        ctx,
        catalogue,
        request,
        urgency=booking.urgency,
        override_reason=booking.override_reason,
        reason=booking.reason,
        notes=booking.notes,
    )
    (view,) = appointment_views(
        uow,
        [appointment],
        catalogue=catalogue,
        known_names={patient.id: patient.short_name},
        known_types={kind.id: kind.name},
    )
    return BookingResult(view, overridden)


@writes
def book_first_available(
    ctx: ServiceContext,
    *,
    patient_id: str,
    type_id_or_name: str,
    provider_id: str | None = None,
    specialty: str | None = None,
    urgency: Urgency = Urgency.ROUTINE,
    from_day: date | None = None,
    reason: str = "",
) -> BookingResult:
    """Book the soonest fitting slot, found and booked in one transaction."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BOOK)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        kind: AppointmentType = resolve_type(uow, type_id_or_name)
        search = SlotSearch(
            type=kind.id,
            provider_id=provider_id,
            specialty=specialty,
            from_day=from_day,
            urgency=urgency,
            count=1,
            patient_id=patient_id,
        )
        query = build_query(uow, ctx, search, kind)
        explain_no_provider(catalogue, query)
        found = search_slots(uow, catalogue, query)
        if not found:
            days = HORIZON_DAYS[urgency]
            raise SchedulingConflictError(
                tr(
                    "booking",
                    "No free {name} slot in the next %n day(s) for {urgency} care; add the "
                    "patient to the waitlist.",
                    n=days,
                ).format(name=kind.name, urgency=urgency_label(urgency))
            )
        slot = found[0]
        request = BookingRequest(
            patient_id, slot.provider_id, kind, slot.start, slot.end, slot.room_id
        )
        appointment, _ = book_in_uow(uow, ctx, catalogue, request, urgency=urgency, reason=reason)
        (view,) = appointment_views(
            uow, [appointment], catalogue=catalogue, known_types={kind.id: kind.name}
        )
        uow.commit()
    return BookingResult(view)
