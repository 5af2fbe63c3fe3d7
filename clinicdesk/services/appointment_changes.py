"""Changing an appointment: move, cancel, set status, undo the last status change.

Nothing is hard-deleted: every change updates the row, adds an entry to the
appointment's history (``appointment_events``) and writes one audit row, all in one
transaction. Changes that free time (cancel, no-show, move) return the ranked
waitlist candidates for the freed slot so the desk can offer it at once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from clinicdesk.domain.appointments import (
    FREEING_STATUSES,
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
)
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.booking import BookingRequest
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.errors import NotFoundError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.recurrence import EDITABLE_STATUSES
from clinicdesk.domain.status import change_status, status_label, undo_status
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.domain.waitlist_matching import FreedSlot
from clinicdesk.services.booking import enforce
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.changes import save_appointment_change, save_status_change
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import require_appointment, require_clinic
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, check_request
from clinicdesk.services.slot_offers import queue_offers
from clinicdesk.services.views import AppointmentView, appointment_view
from clinicdesk.services.waitlist import WaitlistCandidate, candidates_for_freed, freed_slot_of

MOVED_EVENT = "moved"


@dataclass(frozen=True, slots=True)
class ChangeResult:
    """The appointment after the change; the freed time and who could take it."""

    appointment: AppointmentView
    freed: FreedSlot | None = None
    waitlist_candidates: tuple[WaitlistCandidate, ...] = ()
    overridden: tuple[str, ...] = ()


def appointment_type_of(uow: UnitOfWork, appointment: Appointment) -> AppointmentType:
    kind = uow.catalog.get_type(appointment.type_id)
    if kind is None:
        raise NotFoundError(tr(
            "appointment changes",
            "This appointment's type is no longer offered; book a new one.",
        ))
    return kind


def moved_appointment(
    uow: UnitOfWork,
    ctx: ServiceContext,
    catalogue: Catalogue,
    appointment: Appointment,
    start: datetime,
    *,
    provider_id: str | None = None,
    override_reason: str = "",
    history_reason: str = "",
) -> tuple[Appointment, tuple[str, ...]]:
    """Check and write a move inside an open unit of work (not committed)."""
    check_text(history_reason, TextKind.REASON, "The reason for the move")
    if appointment.status not in EDITABLE_STATUSES:
        raise ValidationError(
            tr(
                "appointment changes",
                "Only booked or confirmed appointments can be moved; this one is {status}.",
            ).format(status=status_label(appointment.status))
        )
    kind = appointment_type_of(uow, appointment)
    target = provider_id or appointment.provider_id
    request = BookingRequest(
        appointment.patient_id,
        target,
        kind,
        start,
        start + (appointment.end - appointment.start),
        appointment_id=appointment.id,
        current_room_id=appointment.room_id,
    )
    decision = check_request(uow, catalogue, request, ctx.now())
    overridden = enforce(decision, override_reason)
    now = ctx.now()
    after = dataclasses.replace(
        appointment,
        provider_id=target,
        start=decision.start,
        end=decision.end,
        room_id=decision.room_id,
        override_reason=override_reason.strip() if overridden else appointment.override_reason,
        updated_by=ctx.actor.username,
        updated_at=now,
    )
    save_appointment_change(
        uow,
        ctx,
        appointment,
        after,
        kind=MOVED_EVENT,
        audit_event=AuditEvent.APPOINTMENT_MOVE,
        old_value=f"{appointment.start.isoformat()} {appointment.provider_id}",
        new_value=f"{after.start.isoformat()} {after.provider_id}",
        reason=override_reason.strip() if overridden else history_reason,
        outcome="override" if overridden else "ok",
    )
    return after, overridden


@writes
def move_appointment(
    ctx: ServiceContext,
    appointment_id: str,
    start: datetime,
    *,
    provider_id: str | None = None,
    override_reason: str = "",
) -> ChangeResult:
    """Reschedule to ``start`` (same length), optionally with another provider."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_MOVE)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        before = require_appointment(uow, appointment_id)
        after, overridden = moved_appointment(
            uow,
            ctx,
            catalogue,
            before,
            start,
            provider_id=provider_id,
            override_reason=override_reason,
        )
        freed = freed_slot_of(before)
        candidates = candidates_for_freed(uow, catalogue, freed)
        queue_offers(uow, ctx, catalogue, freed)
        view = appointment_view(uow, after)
        uow.commit()
    return ChangeResult(view, freed, tuple(candidates), overridden)


def _status_result(
    uow: UnitOfWork,
    ctx: ServiceContext,
    catalogue: Catalogue,
    before: Appointment,
    after: Appointment,
) -> ChangeResult:
    freed = None
    candidates: list[WaitlistCandidate] = []
    if before.holds_slot and after.status in FREEING_STATUSES:
        freed = freed_slot_of(before)
        candidates = candidates_for_freed(uow, catalogue, freed)
        queue_offers(uow, ctx, catalogue, freed)
    return ChangeResult(appointment_view(uow, after), freed, tuple(candidates))


@writes
def cancel_appointment(
    ctx: ServiceContext,
    appointment_id: str,
    reason: str,
    *,
    by: CancelledBy = CancelledBy.CLINIC,
) -> ChangeResult:
    """Cancel (kept on record); a patient's cancellation inside the notice is late."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_CANCEL)
    if not reason.strip():
        raise ValidationError(tr("appointment changes", "Give a reason for the cancellation."))
    check_text(reason, TextKind.REASON, "The reason for the cancellation")
    return _change_status(
        ctx,
        appointment_id,
        Status.CANCELLED,
        AuditEvent.APPOINTMENT_CANCEL,
        reason=reason.strip(),
        cancelled_by=by,
    )


@writes
def set_status(
    ctx: ServiceContext, appointment_id: str, status: Status, *, reason: str = ""
) -> ChangeResult:
    """Move along the status workflow (cancelling goes through :func:`cancel_appointment`)."""
    if status is Status.CANCELLED:
        raise ValidationError(tr(
            "appointment changes",
            "To cancel, give a reason and who cancelled (use cancel).",
        ))
    check_text(reason, TextKind.REASON, "The reason")
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_STATUS)
    return _change_status(
        ctx, appointment_id, status, AuditEvent.APPOINTMENT_STATUS, reason=reason.strip()
    )


def _change_status(
    ctx: ServiceContext,
    appointment_id: str,
    status: Status,
    event: AuditEvent,
    *,
    reason: str,
    cancelled_by: CancelledBy | None = None,
) -> ChangeResult:
    """One status change in one transaction: the domain's rules, the write with its
    history and audit row, and the slot it frees offered to the waitlist."""
    with ctx.write() as uow:
        settings = require_clinic(uow)
        catalogue = Catalogue.load(uow, settings)
        before = require_appointment(uow, appointment_id)
        change = change_status(
            before,
            status,
            at=ctx.now(),
            by=ctx.actor.username,
            settings=settings,
            cancelled_by=cancelled_by,
            reason=reason,
        )
        save_status_change(uow, ctx, before, change, event)
        result = _status_result(uow, ctx, catalogue, before, change.appointment)
        uow.commit()
    return result


@writes
def undo_last_status(
    ctx: ServiceContext, appointment_id: str, *, override_reason: str = ""
) -> ChangeResult:
    """Revert the most recent status change still in effect.

    Undoing a cancellation or no-show takes the slot back, so the booking check runs
    again: if someone was booked into the freed time meanwhile, it is refused (or
    needs an override, as a new booking would).
    """
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_STATUS_UNDO)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        before = require_appointment(uow, appointment_id)
        history = uow.appointments.events_for(appointment_id)
        change = undo_status(before, history, at=ctx.now(), by=ctx.actor.username)
        overridden: tuple[str, ...] = ()
        if change.retakes_slot:
            request = BookingRequest(
                before.patient_id,
                before.provider_id,
                appointment_type_of(uow, before),
                before.start,
                before.end,
                before.room_id,
                appointment_id=before.id,
            )
            # The past is no reason to refuse an undo: check as of the appointment's start.
            decision = check_request(uow, catalogue, request, before.start)
            overridden = enforce(decision, override_reason)
            if overridden:
                kept = dataclasses.replace(
                    change.appointment, override_reason=override_reason.strip()
                )
                change = dataclasses.replace(change, appointment=kept)
        save_status_change(uow, ctx, before, change, AuditEvent.APPOINTMENT_STATUS_UNDO)
        view = appointment_view(uow, change.appointment)
        uow.commit()
    return ChangeResult(view, overridden=overridden)


@reads
def appointment_history(ctx: ServiceContext, appointment_id: str) -> list[AppointmentEvent]:
    """Every recorded change to an appointment, oldest first."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.APPOINTMENT_HISTORY)
    with ctx.read() as uow:
        appointment = require_appointment(uow, appointment_id)
        events = uow.appointments.events_for(appointment_id)
    visible_provider(ctx, AuditEvent.APPOINTMENT_HISTORY, appointment.provider_id)
    return events
