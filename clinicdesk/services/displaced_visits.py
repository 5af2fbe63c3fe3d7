"""Visits left inside a provider's new time off: a worklist to ring and rebook from.

Adding time off never moves a booking (services/schedules.py); it opens a call-list
entry for each visit inside it. The worklist shows every such visit with the patient's
phone numbers, ticks the call off when made, rebooks at the first free time with the
same provider or with anyone else who gives the type (a move: same appointment, its
history kept), and prints as a call list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.clinic_time import clinic_zone, format_wall
from clinicdesk.domain.errors import SchedulingConflictError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.slots import HORIZON_DAYS
from clinicdesk.domain.status import status_label
from clinicdesk.domain.waitlist import CallListEntry
from clinicdesk.services.appointment_changes import (
    MOVED_EVENT,
    appointment_type_of,
    moved_appointment,
)
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.finding import SlotSearch, build_query, explain_no_provider, search_slots
from clinicdesk.services.lookups import require_appointment, require_clinic
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue
from clinicdesk.services.schedules import DISPLACED_REASON
from clinicdesk.services.views import AppointmentView, appointment_views
from clinicdesk.services.waitlist import phone_lines

REBOOK_NOTE = "Rebooked at first available: the provider is away"
MAX_WORKLIST = 2_000  # one time off cannot displace more (90 days of a full diary)


@dataclass(frozen=True, slots=True)
class DisplacedVisit:
    appointment: AppointmentView  # as it is now (moved once rebooked)
    patient_name: str  # "Family, Given"
    birth_date: date | None
    phones: tuple[str, ...]  # "number (kind)"
    called: bool  # the call-list entry is ticked off (or there never was one)
    rebooked: bool  # moved since the worklist began, or no longer holding a slot


def _require_ids(appointment_ids: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(appointment_ids))
    if len(ids) > MAX_WORKLIST:
        raise ValidationError(tr(
            "displaced visits",
            "A worklist holds at most {MAX_WORKLIST} visits.",
        ).format(MAX_WORKLIST=MAX_WORKLIST))
    return ids


def _open_calls(uow: UnitOfWork, ids: Sequence[str]) -> dict[str, CallListEntry]:
    wanted = set(ids)
    return {
        c.appointment_id: c
        for c in uow.waitlist.open_calls()
        if c.appointment_id in wanted and c.reason == DISPLACED_REASON
    }


def _visits(
    uow: UnitOfWork, ctx: ServiceContext, ids: Sequence[str], event: str, since: datetime | None
) -> list[DisplacedVisit]:
    own = visible_provider(ctx, event, None)
    found: list[Appointment] = []
    for appointment_id in ids:
        appointment = uow.appointments.get(appointment_id)
        if appointment is not None and (own is None or appointment.provider_id == own):
            found.append(appointment)
    found.sort(key=lambda a: (a.start, a.id))
    patients = uow.patients.get_many({a.patient_id for a in found})
    calls = _open_calls(uow, ids)
    histories = uow.appointments.events_for_many(a.id for a in found) if since else {}
    visits = []
    for view, appointment in zip(appointment_views(uow, found), found, strict=True):
        patient = patients.get(appointment.patient_id)
        visits.append(
            DisplacedVisit(
                appointment=view,
                patient_name=patient.display_name if patient else "(unknown patient)",
                birth_date=patient.birth_date if patient else None,
                phones=phone_lines(patient) if patient else (),
                called=appointment.id not in calls,
                rebooked=not appointment.holds_slot
                or any(
                    e.kind == MOVED_EVENT and since is not None and e.at >= since
                    for e in histories.get(appointment.id, ())
                ),
            )
        )
    return visits


@reads
def displaced_visits(
    ctx: ServiceContext, appointment_ids: Sequence[str], since: datetime | None = None
) -> list[DisplacedVisit]:
    """The worklist: each visit as it is now, with the patient's phones, by time;
    ``since`` (when the time off was added) tells which were rebooked meanwhile."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.SCHEDULE_DISPLACED_VISITS)
    ids = _require_ids(appointment_ids)
    with ctx.read() as uow:
        return _visits(uow, ctx, ids, AuditEvent.SCHEDULE_DISPLACED_VISITS, since)


@writes
def mark_called(ctx: ServiceContext, appointment_id: str) -> None:
    """Tick off the call about a displaced visit (already ticked: nothing to do)."""
    authorize(ctx, Permission.BOOK, AuditEvent.CALL_LIST_COMPLETE)
    with ctx.write() as uow:
        call = _open_calls(uow, [appointment_id]).get(appointment_id)
        if call is None:
            return
        uow.waitlist.update_call(dataclasses.replace(call, done=True, updated_at=ctx.now()))
        uow.audit.record(
            ctx.actor,
            AuditEvent.CALL_LIST_COMPLETE,
            object_type="call_list",
            object_id=call.id,
            fields=["done"],
        )
        uow.commit()


@writes
def rebook_first_available(
    ctx: ServiceContext, appointment_id: str, *, same_provider: bool
) -> AppointmentView:
    """Move the visit to the first free time for its type: with its own provider, or
    with another who gives the type. One transaction: the search and the move."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_MOVE)
    with ctx.write() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        appointment = require_appointment(uow, appointment_id)
        if not appointment.holds_slot:
            raise ValidationError(
                tr(
                    "displaced visits",
                    "This visit is {status}; there is nothing to rebook.",
                ).format(status=status_label(appointment.status))
            )
        kind = appointment_type_of(uow, appointment)
        search = SlotSearch(
            type=kind.id,
            provider_id=appointment.provider_id if same_provider else None,
            urgency=appointment.urgency,
            count=20,
            patient_id=appointment.patient_id,
        )
        query = build_query(uow, ctx, search, kind)
        explain_no_provider(catalogue, query)
        found = [
            slot
            for slot in search_slots(uow, catalogue, query)
            if same_provider or slot.provider_id != appointment.provider_id
        ]
        if not found:
            who = "this provider" if same_provider else "another provider"
            raise SchedulingConflictError(
                tr(
                    "displaced visits",
                    "No free {name} time with {who} in the next %n day(s); ring the patient "
                    "and choose a time in the booking dialog.",
                    n=HORIZON_DAYS[appointment.urgency],
                ).format(name=kind.name, who=who)
            )
        slot = found[0]
        after, _ = moved_appointment(
            uow,
            ctx,
            catalogue,
            appointment,
            slot.start,
            provider_id=slot.provider_id,
            history_reason=REBOOK_NOTE,
        )
        (view,) = appointment_views(uow, [after], catalogue=catalogue)
        uow.commit()
    return view


@writes
def print_displaced_visits(
    ctx: ServiceContext, appointment_ids: Sequence[str], since: datetime | None = None
) -> bytes:
    """The worklist as a call list PDF: every visit, phone, and where it is now."""
    from clinicdesk.printing.call_list import render_call_list
    from clinicdesk.printing.models import CallList, CallListRow

    authorize(ctx, Permission.PRINT_DAY_SHEETS, AuditEvent.PRINT_CALL_LIST)
    ids = _require_ids(appointment_ids)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        visits = _visits(uow, ctx, ids, AuditEvent.PRINT_CALL_LIST, since)
        uow.audit.record(
            ctx.actor, AuditEvent.PRINT_CALL_LIST, object_type="displaced", object_id=str(len(ids))
        )
        uow.commit()
    rows = []
    for visit in visits:
        view = visit.appointment
        local = view.start.astimezone(zone)
        rows.append(
            CallListRow(
                when=local,
                time_label=f"{local:%a %Y-%m-%d} {format_wall(view.start, zone)}",
                patient_name=visit.patient_name,
                birth_date=visit.birth_date,
                phone="\n".join(visit.phones),
                provider_name=view.provider_name,
                appointment_type=view.type,
                outcome=("Rebooked" if visit.rebooked else "To rebook")
                + (", called" if visit.called else ""),
                reason=view.status_label,
            )
        )
    now = ctx.now().astimezone(zone)
    days = [r.when.date() for r in rows] or [now.date()]
    return render_call_list(CallList(settings.name, min(days), max(days), now, tuple(rows)))
