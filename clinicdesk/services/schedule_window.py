"""Load a bounded window of the schedule and run the domain's booking check on it.

Every scheduling service asks the store only for the rows its question needs: the
slot-holding appointments of the providers, rooms and patient involved that overlap
the requested span (one indexed range query), those providers' hours and the
exceptions touching the span's local days. The domain's :class:`ClinicSchedule`
indexes them once.

Refusals from the domain become :class:`SchedulingConflictError` with one clash line
per problem ("Dr Ana Lee is booked 09:00-09:20 with J. Smith").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.booking import BookingDecision, BookingRequest, check_booking
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds
from clinicdesk.domain.date_policy import check_clinic_days, check_clinic_instant
from clinicdesk.domain.providers import Provider
from clinicdesk.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The small tables every scheduling question needs, read once per transaction."""

    settings: ClinicSettings
    providers: tuple[Provider, ...]
    rooms: tuple[Room, ...]

    @classmethod
    def load(cls, uow: UnitOfWork, settings: ClinicSettings) -> Catalogue:
        return cls(settings, tuple(uow.providers.list()), tuple(uow.catalog.rooms()))

    def rooms_for(self, appointment_type: AppointmentType) -> list[str]:
        kinds = set(appointment_type.room_kinds)
        return [room.id for room in self.rooms if room.kind in kinds]


def local_days(start: datetime, end: datetime, settings: ClinicSettings) -> tuple[date, date]:
    """The first and last clinic-local dates that [start, end) touches."""
    zone = clinic_zone(settings.time_zone)
    first = start.astimezone(zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return first, max(first, last)


def days_span(first: date, last: date, settings: ClinicSettings) -> tuple[datetime, datetime]:
    """Local midnight of ``first`` to local midnight after ``last``, in UTC; days
    outside the clinic's calendar are refused (date_policy), never overflowed."""
    check_clinic_days(first, last)
    zone = clinic_zone(settings.time_zone)
    return day_bounds(first, zone).start, day_bounds(last, zone).end


def load_schedule(
    uow: UnitOfWork,
    catalogue: Catalogue,
    start: datetime,
    end: datetime,
    *,
    provider_ids: Collection[str],
    room_ids: Sequence[str] = (),
    patient_ids: Sequence[str] = (),
    extra: Iterable[Appointment] = (),
) -> ClinicSchedule:
    """A schedule for [start, end): the named providers', rooms' and patients' bookings.

    Hours and exceptions are loaded for the providers over the local days the span
    touches. ``extra`` adds appointments already in hand (e.g. planned but unsaved).
    """
    first, last = local_days(start, end, catalogue.settings)
    providers = sorted(provider_ids)
    appointments = uow.appointments.between(
        start,
        end,
        provider_ids=providers,
        room_ids=list(room_ids) or None,
        patient_ids=list(patient_ids) or None,
        holding_slot_only=True,
    )
    return ClinicSchedule.build(
        catalogue.settings,
        providers=catalogue.providers,
        working_hours=uow.schedules.hours_for(providers),
        exceptions=uow.schedules.exceptions_between(first, last, providers),
        appointments=[*appointments, *extra],
        rooms=catalogue.rooms,
    )


def patient_names(uow: UnitOfWork, patient_ids: Iterable[str]) -> dict[str, str]:
    """Short names ("J. Smith") for clash messages and day lists."""
    return {pid: p.short_name for pid, p in uow.patients.get_many(patient_ids).items()}


def check_request(
    uow: UnitOfWork,
    catalogue: Catalogue,
    request: BookingRequest,
    now: datetime,
    *,
    schedule: ClinicSchedule | None = None,
) -> BookingDecision:
    """The domain's booking check for one request, on a freshly loaded window.

    Patient names are only looked up when there is something to explain, so the
    common, clash-free booking costs no extra query.
    """
    check_clinic_instant(request.start, "The appointment's start")
    interval = request.interval
    kind = request.appointment_type
    if schedule is None:
        rooms = [request.room_id] if request.room_id else catalogue.rooms_for(kind)
        if request.current_room_id and request.current_room_id not in rooms:
            rooms = [*rooms, request.current_room_id]
        schedule = load_schedule(
            uow,
            catalogue,
            interval.start,
            interval.end,
            provider_ids=[request.provider_id],
            room_ids=rooms,
            patient_ids=[request.patient_id],
        )
    decision = check_booking(request, schedule, now=now)
    if decision.allowed:
        return decision
    involved = [request.patient_id]
    for found in (
        schedule.provider_appointments(request.provider_id, interval.start, interval.end),
        schedule.patient_appointments(request.patient_id, interval.start, interval.end),
    ):
        involved.extend(a.patient_id for a in found)
    for room_id in schedule.rooms:
        involved.extend(
            a.patient_id for a in schedule.room_appointments(room_id, interval.start, interval.end)
        )
    names = patient_names(uow, involved)
    return check_booking(request, schedule, patient_names=names, now=now)
