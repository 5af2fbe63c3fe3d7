"""The waitlist: patients waiting for an earlier slot, and who to offer a freed one.

:func:`candidates_for_freed` is what cancel, no-show and move call inside their own
transaction, so their results carry the ranked candidates for the time just freed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Appointment, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.date_policy import check_clinic_day
from clinicdesk.domain.errors import NotFoundError, SchedulingConflictError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.text_policy import TextKind, check_text
from clinicdesk.domain.waitlist import WaitlistEntry
from clinicdesk.domain.waitlist_matching import FreedSlot, WaitlistMatch, match_waitlist
from clinicdesk.services.booking import BookingInput, BookingResult, book_input_in_uow
from clinicdesk.services.context import ServiceContext, authorize, reads, writes
from clinicdesk.services.lookups import (
    require_appointment,
    require_clinic,
    require_patient,
    require_provider,
    resolve_type,
)
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, load_schedule
from clinicdesk.services.waitlist_closing import deactivate_entry

MAX_CANDIDATES = 10
UNKNOWN: tuple[str, tuple[str, ...]] = ("(unknown patient)", ())


def phone_lines(patient: Patient) -> tuple[str, ...]:
    """Every number on file as the desk dials it, with its kind: "+44 7700 900123 (mobile)"."""
    return tuple(f"{phone.number} ({phone.kind})" for phone in patient.phones)


@dataclass(frozen=True, slots=True)
class WaitlistInput:
    patient_id: str
    type: str  # id or name
    urgency: Urgency = Urgency.ROUTINE
    provider_ids: tuple[str, ...] = ()  # empty: any provider who gives the type
    weekdays: frozenset[int] = frozenset(range(7))
    times: tuple[TimeRange, ...] = ()  # empty: any time of day
    not_before: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class WaitlistEntryView:
    id: str
    patient_id: str
    patient_name: str
    type: str
    type_id: str
    urgency: Urgency
    provider_ids: tuple[str, ...]
    weekdays: tuple[int, ...]
    times: tuple[TimeRange, ...]
    not_before: date | None
    added_at: datetime
    notes: str
    phones: tuple[str, ...] = ()  # "number (kind)", for the call before booking


@dataclass(frozen=True, slots=True)
class WaitlistCandidate:
    """A ranked offer for a freed slot: who, and the time they would be booked at."""

    rank: int
    entry_id: str
    patient_id: str
    patient_name: str
    type: str
    type_id: str
    urgency: Urgency
    provider_id: str
    start: datetime
    end: datetime
    room_id: str | None
    waiting_since: datetime
    phones: tuple[str, ...] = ()  # "number (kind)": the offer is made by phone


def _contacts(uow: UnitOfWork, patient_ids: set[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Short name and phone numbers of each patient, in one read."""
    return {
        pid: (p.short_name, phone_lines(p)) for pid, p in uow.patients.get_many(patient_ids).items()
    }


def _entry_views(uow: UnitOfWork, entries: Sequence[WaitlistEntry]) -> list[WaitlistEntryView]:
    contacts = _contacts(uow, {e.patient_id for e in entries})
    types = {t.id: t.name for t in uow.catalog.types()}
    return [
        WaitlistEntryView(
            id=e.id,
            patient_id=e.patient_id,
            patient_name=contacts.get(e.patient_id, UNKNOWN)[0],
            type=types.get(e.type_id, "(removed type)"),
            type_id=e.type_id,
            urgency=e.urgency,
            provider_ids=e.provider_ids,
            weekdays=tuple(sorted(e.weekdays)),
            times=e.times,
            not_before=e.not_before,
            added_at=e.added_at,
            notes=e.notes,
            phones=contacts.get(e.patient_id, UNKNOWN)[1],
        )
        for e in entries
    ]


@writes
def add_to_waitlist(ctx: ServiceContext, request: WaitlistInput) -> WaitlistEntryView:
    authorize(ctx, Permission.BOOK, AuditEvent.WAITLIST_ADD)
    if not request.weekdays or any(not 0 <= d <= 6 for d in request.weekdays):
        raise ValidationError(tr("waitlist", "Choose at least one weekday the patient can come."))
    check_text(request.notes, TextKind.NOTE, "The notes")
    if request.not_before is not None:
        check_clinic_day(request.not_before, "The first day")
    with ctx.write() as uow:
        patient = require_patient(uow, request.patient_id)
        kind = resolve_type(uow, request.type)
        refuse_second_entry(uow, patient, kind.id, kind.name)
        for provider_id in request.provider_ids:
            require_provider(uow, provider_id)
        now = ctx.now()
        entry = WaitlistEntry(
            id=new_id(),
            patient_id=request.patient_id,
            type_id=kind.id,
            urgency=request.urgency,
            added_at=now,
            updated_at=now,
            provider_ids=tuple(dict.fromkeys(request.provider_ids)),
            weekdays=frozenset(request.weekdays),
            times=request.times,
            not_before=request.not_before,
            notes=request.notes.strip(),
        )
        uow.waitlist.add(entry)
        uow.audit.record(
            ctx.actor, AuditEvent.WAITLIST_ADD, object_type="waitlist", object_id=entry.id
        )
        view = _entry_views(uow, [entry])[0]
        uow.commit()
    return view


def refuse_second_entry(uow: UnitOfWork, patient: Patient, type_id: str, type_name: str) -> None:
    """One active entry per patient and type: a second would ring the patient twice for
    one need and keep them listed after the first is booked."""
    for entry in uow.waitlist.active_for_patient(patient.id):
        if entry.type_id == type_id:
            raise SchedulingConflictError(
                tr(
                    "waitlist",
                    "{short_name} is already on the waitlist for {type_name} (added "
                    "{added_at:%d %b %Y}); change or remove that entry instead.",
                ).format(
                    short_name=patient.short_name,
                    type_name=type_name,
                    added_at=entry.added_at,
                )
            )


@reads
def list_waitlist(ctx: ServiceContext) -> list[WaitlistEntryView]:
    """Active entries, most urgent first, then longest waiting."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.WAITLIST_LIST)
    order = {Urgency.EMERGENCY: 0, Urgency.URGENT: 1, Urgency.SOON: 2, Urgency.ROUTINE: 3}
    with ctx.read() as uow:
        entries = sorted(uow.waitlist.active(), key=lambda e: (order[e.urgency], e.added_at, e.id))
        return _entry_views(uow, entries)


@writes
def remove_from_waitlist(ctx: ServiceContext, entry_id: str) -> None:
    """Take a patient off the waitlist (kept on record as inactive)."""
    authorize(ctx, Permission.BOOK, AuditEvent.WAITLIST_REMOVE)
    with ctx.write() as uow:
        entry = uow.waitlist.get(entry_id)
        if entry is None or not entry.active:
            raise NotFoundError(tr(
                "waitlist",
                "No active waitlist entry with id {entry_id}.",
            ).format(entry_id=entry_id))
        deactivate_entry(uow, ctx, entry)
        uow.commit()


@writes
def book_from_waitlist(ctx: ServiceContext, candidate: WaitlistCandidate) -> BookingResult:
    """Book a freed time for the waitlist patient who took it and take them off the
    waitlist, in one transaction: booked and still waiting can never both be true."""
    authorize(ctx, Permission.BOOK, AuditEvent.APPOINTMENT_BOOK)
    with ctx.write() as uow:
        entry = uow.waitlist.get(candidate.entry_id)
        if entry is None or not entry.active or entry.patient_id != candidate.patient_id:
            raise NotFoundError(
                tr(
                    "waitlist",
                    "{patient_name} is no longer on the waitlist (booked or removed "
                    "meanwhile); nothing was booked.",
                ).format(patient_name=candidate.patient_name)
            )
        result = book_entry_in_uow(
            uow,
            ctx,
            entry,
            provider_id=candidate.provider_id,
            start=candidate.start,
            room_id=candidate.room_id,
            reason="Offered from the waitlist",
        )
        uow.commit()
    return result


def book_entry_in_uow(
    uow: UnitOfWork,
    ctx: ServiceContext,
    entry: WaitlistEntry,
    *,
    provider_id: str,
    start: datetime,
    room_id: str | None,
    reason: str,
) -> BookingResult:
    """Book what a waitlist entry waits for at this time, through the ordinary clash
    check, and end the entry, inside the caller's transaction (refused: nothing written)."""
    result = book_input_in_uow(
        uow,
        ctx,
        BookingInput(
            patient_id=entry.patient_id,
            type=entry.type_id,
            provider_id=provider_id,
            start=start,
            urgency=entry.urgency,
            room_id=room_id,
            reason=reason,
        ),
    )
    # Saving the booking closes the entries it meets; one that asked for another
    # provider than the offer's is closed here all the same: the patient took it.
    still = uow.waitlist.get(entry.id)
    if still is not None and still.active:
        deactivate_entry(uow, ctx, still)
    return result


def candidates_for_freed(
    uow: UnitOfWork,
    catalogue: Catalogue,
    slot: FreedSlot,
    *,
    ignore_appointment_id: str | None = None,
    limit: int = MAX_CANDIDATES,
) -> list[WaitlistCandidate]:
    """Ranked waitlist candidates for time freed with one provider.

    Reads the slot's window as the transaction now sees it (after the cancel or move),
    with the waiting patients' own appointments so someone already busy is not offered.
    """
    entries = uow.waitlist.active()
    if not entries:
        return []
    schedule = load_schedule(
        uow,
        catalogue,
        slot.start,
        slot.end,
        provider_ids=[slot.provider_id],
        room_ids=[r.id for r in catalogue.rooms],
        patient_ids=sorted({e.patient_id for e in entries}),
    )
    if ignore_appointment_id is not None:
        schedule = schedule.with_changes(removed_ids=[ignore_appointment_id])
    types = {t.id: t for t in uow.catalog.types()}
    matches = match_waitlist(slot, entries, types, schedule, limit=limit)
    return _candidate_views(uow, slot, matches)


def _candidate_views(
    uow: UnitOfWork, slot: FreedSlot, matches: list[WaitlistMatch]
) -> list[WaitlistCandidate]:
    contacts = _contacts(uow, {m.entry.patient_id for m in matches})
    return [
        WaitlistCandidate(
            rank=m.rank,
            entry_id=m.entry.id,
            patient_id=m.entry.patient_id,
            patient_name=contacts.get(m.entry.patient_id, UNKNOWN)[0],
            type=m.appointment_type.name,
            type_id=m.appointment_type.id,
            urgency=m.entry.urgency,
            provider_id=slot.provider_id,
            start=m.start,
            end=m.end,
            room_id=m.room_id,
            waiting_since=m.entry.added_at,
            phones=contacts.get(m.entry.patient_id, UNKNOWN)[1],
        )
        for m in matches
    ]


def freed_slot_of(appointment: Appointment) -> FreedSlot:
    return FreedSlot(
        appointment.provider_id, appointment.start, appointment.end, appointment.room_id
    )


@reads
def match_appointment(ctx: ServiceContext, appointment_id: str) -> list[WaitlistCandidate]:
    """Who could take this appointment's time (whether or not it has been freed yet)."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.WAITLIST_MATCH)
    with ctx.read() as uow:
        appointment = require_appointment(uow, appointment_id)
        catalogue = Catalogue.load(uow, require_clinic(uow))
        return candidates_for_freed(
            uow, catalogue, freed_slot_of(appointment), ignore_appointment_id=appointment.id
        )


@reads
def match_slot(
    ctx: ServiceContext, provider_id: str, start: datetime, end: datetime
) -> list[WaitlistCandidate]:
    """Who could take a given stretch of a provider's time."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.WAITLIST_MATCH)
    if end <= start:
        raise ValidationError(tr("waitlist", "The slot ends before it starts."))
    with ctx.read() as uow:
        require_provider(uow, provider_id)
        catalogue = Catalogue.load(uow, require_clinic(uow))
        return candidates_for_freed(uow, catalogue, FreedSlot(provider_id, start, end))
