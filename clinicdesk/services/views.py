"""Read-models of the schedule shaped for screens, the CLI and printing.

:class:`AppointmentView` is the one shape an appointment leaves the services in
(docs/cli.md: ``id, patient_id, provider_id, type, start, end, status, urgency``), with the
names a day list needs so no screen looks them up row by row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clinicdesk.domain.appointments import Appointment, CancelledBy, Status, Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.clinic_time import clinic_zone, local_date
from clinicdesk.domain.common import Interval
from clinicdesk.domain.intervals import to_intervals
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.status import status_label
from clinicdesk.services.booking_scope import visible_provider
from clinicdesk.services.context import ServiceContext, authorize, reads
from clinicdesk.services.lookups import require_clinic, require_provider
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, days_span, patient_names


@dataclass(frozen=True, slots=True)
class AppointmentView:
    id: str
    patient_id: str
    patient_name: str  # short form, "J. Smith"
    provider_id: str
    provider_name: str
    type: str  # the appointment type's name
    type_id: str
    start: datetime
    end: datetime
    status: Status
    status_label: str
    urgency: Urgency
    room_id: str | None
    room_name: str
    series_id: str | None
    override_reason: str
    cancel_reason: str
    cancelled_by: CancelledBy | None
    late_cancel: bool
    reason: str
    # Open sync conflicts naming this appointment (a clash, two values): settle them first.
    sync_conflicts: tuple[str, ...] = ()

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)


def appointment_views(
    uow: UnitOfWork,
    appointments: Sequence[Appointment],
    *,
    catalogue: Catalogue | None = None,
    known_names: Mapping[str, str] | None = None,
    known_types: Mapping[str, str] | None = None,
) -> list[AppointmentView]:
    """Views for many appointments with one look-up per table, not per row.

    A caller that already holds the catalogue, patient names or type names passes
    them in so nothing is read twice (booking's hot path).
    """
    if not appointments:
        return []
    names = dict(known_names or {})
    missing_names = {a.patient_id for a in appointments} - names.keys()
    if missing_names:
        names.update(patient_names(uow, missing_names))
    provider_rows = catalogue.providers if catalogue else uow.providers.list()
    room_rows = catalogue.rooms if catalogue else uow.catalog.rooms()
    providers = {p.id: p.display_name for p in provider_rows}
    rooms = {r.id: r.name for r in room_rows}
    types = dict(known_types or {})
    if {a.type_id for a in appointments} - types.keys():
        types.update({t.id: t.name for t in uow.catalog.types()})
    for type_id in {a.type_id for a in appointments} - types.keys():
        found = uow.catalog.get_type(type_id)  # retired types still name old appointments
        types[type_id] = found.name if found else "(removed type)"
    in_conflict = uow.sync_conflicts.open_ids_by_row("appointments", {a.id for a in appointments})
    return [
        AppointmentView(
            id=a.id,
            patient_id=a.patient_id,
            patient_name=names.get(a.patient_id, "(unknown patient)"),
            provider_id=a.provider_id,
            provider_name=providers.get(a.provider_id, "(removed provider)"),
            type=types[a.type_id],
            type_id=a.type_id,
            start=a.start,
            end=a.end,
            status=a.status,
            status_label=status_label(a.status),
            urgency=a.urgency,
            room_id=a.room_id,
            room_name=rooms.get(a.room_id, "") if a.room_id else "",
            series_id=a.series_id,
            override_reason=a.override_reason,
            cancel_reason=a.cancel_reason,
            cancelled_by=a.cancelled_by,
            late_cancel=a.late_cancel,
            reason=a.reason,
            sync_conflicts=tuple(in_conflict.get(a.id, ())),
        )
        for a in appointments
    ]


def appointment_view(uow: UnitOfWork, appointment: Appointment) -> AppointmentView:
    return appointment_views(uow, [appointment])[0]


@dataclass(frozen=True, slots=True)
class DaySchedule:
    """One clinic-local day's appointments (every status), by start then provider."""

    date: date
    time_zone: str
    appointments: tuple[AppointmentView, ...]

    def for_provider(self, provider_id: str) -> list[AppointmentView]:
        return [a for a in self.appointments if a.provider_id == provider_id]

    @property
    def active(self) -> list[AppointmentView]:
        """The appointments still holding their time (not cancelled or no-show)."""
        return [a for a in self.appointments if a.status not in _FREED]


_FREED = frozenset({Status.CANCELLED, Status.NO_SHOW})


@reads
def day_schedule(
    ctx: ServiceContext, day: date | None = None, provider_id: str | None = None
) -> DaySchedule:
    """The appointments of a local day (default today), for one provider or all.

    A signed-in provider sees their own schedule only: asking for everyone gives theirs,
    asking for a colleague's is refused.
    """
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.SCHEDULE_DAY)
    provider_id = visible_provider(ctx, AuditEvent.SCHEDULE_DAY, provider_id)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        zone = clinic_zone(settings.time_zone)
        on = day or local_date(ctx.now(), zone)
        if provider_id is not None:
            require_provider(uow, provider_id)
        start, end = days_span(on, on, settings)
        found = uow.appointments.between(
            start, end, provider_ids=[provider_id] if provider_id else None
        )
        views = appointment_views(uow, found)
    views.sort(key=lambda v: (v.start, v.provider_name, v.id))
    return DaySchedule(on, settings.time_zone, tuple(views))


@dataclass(frozen=True, slots=True)
class ProviderDay:
    """One provider's row of the availability grid."""

    provider_id: str
    provider_name: str
    specialty: str
    working: tuple[Interval, ...]
    free: tuple[Interval, ...]
    booked: int  # slot-holding appointments that day

    @property
    def free_minutes(self) -> int:
        return sum(i.minutes for i in self.free)


@dataclass(frozen=True, slots=True)
class AvailabilityGrid:
    date: date
    time_zone: str
    providers: tuple[ProviderDay, ...]


@reads
def availability_grid(
    ctx: ServiceContext, day: date | None = None, specialty: str | None = None
) -> AvailabilityGrid:
    """Every bookable provider's working and free time on a local day (default today)."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.SCHEDULE_GRID)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        on = day or local_date(ctx.now(), clinic_zone(settings.time_zone))
        catalogue = Catalogue.load(uow, settings)
        providers = [
            p
            for p in catalogue.providers
            if p.bookable and (specialty is None or p.specialty == specialty)
        ]
        ids = [p.id for p in providers]
        start, end = days_span(on, on, settings)
        schedule = ClinicSchedule.build(
            settings,
            providers=catalogue.providers,
            working_hours=uow.schedules.hours_for(ids),
            exceptions=uow.schedules.exceptions_between(on, on, ids),
            appointments=uow.appointments.between(
                start, end, provider_ids=ids, holding_slot_only=True
            ),
            rooms=catalogue.rooms,
        )
    rows = []
    for provider in sorted(providers, key=lambda p: (p.display_name, p.id)):
        working = schedule.working_spans(provider.id, on)
        rows.append(
            ProviderDay(
                provider_id=provider.id,
                provider_name=provider.display_name,
                specialty=provider.specialty,
                working=tuple(to_intervals(working)),
                free=tuple(schedule.free_intervals(provider.id, on)),
                booked=len(schedule.provider_appointments(provider.id, start, end)),
            )
        )
    return AvailabilityGrid(on, settings.time_zone, tuple(rows))
