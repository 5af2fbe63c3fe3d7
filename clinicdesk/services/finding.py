"""Finding time: first available slots and third-next-available.

The search loads the schedule in growing chunks of days (1, 2, 4, 7, then 14 at a
time) and stops as soon as enough slots are found, so the common "something this
week" question reads a few days of rows, and a 90-day search of a busy clinic never
holds more than two weeks of appointments at once. A search narrowed to weekdays or
times of day reads only those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings
from clinicdesk.domain.clinic_time import clinic_zone, day_bounds, local_date, wall_range_bounds
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.date_policy import check_clinic_day
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider
from clinicdesk.domain.slots import (
    HORIZON_DAYS,
    MAX_COUNT,
    Slot,
    SlotQuery,
    first_available,
    matching_providers,
)
from clinicdesk.services.context import ServiceContext, authorize, reads
from clinicdesk.services.lookups import (
    require_clinic,
    require_patient,
    require_provider,
    resolve_type,
)
from clinicdesk.services.ports import UnitOfWork
from clinicdesk.services.schedule_window import Catalogue, days_span

CHUNK_DAYS = (1, 2, 4, 7, 14)


@dataclass(frozen=True, slots=True)
class SlotView:
    """A bookable time (docs/cli.md: ``provider_id, start, end``)."""

    provider_id: str
    provider_name: str
    start: datetime
    end: datetime
    room_id: str | None = None


@dataclass(frozen=True, slots=True)
class SlotSearch:
    """What the receptionist asks for. ``type`` is an id or a type name."""

    type: str
    provider_id: str | None = None
    specialty: str | None = None
    from_day: date | None = None  # default: now
    urgency: Urgency = Urgency.ROUTINE
    count: int = 5
    weekdays: frozenset[int] | None = None
    time_ranges: tuple[TimeRange, ...] = ()
    patient_id: str | None = None


def candidate_providers(catalogue: Catalogue, query: SlotQuery) -> list[Provider]:
    """Bookable providers who give the type and fit the query's narrowing."""
    index = ClinicSchedule.build(
        catalogue.settings, providers=catalogue.providers, working_hours=()
    )
    return matching_providers(query, index)


def search_slots(uow: UnitOfWork, catalogue: Catalogue, query: SlotQuery) -> list[Slot]:
    """The domain's first-available search over chunks of loaded days.

    Only what can answer is read: the days of the asked weekdays and, within them, the
    asked times ("Friday afternoons" reads Friday afternoons, not 90 whole days), and the
    providers' weekly hours once per search rather than once per chunk.
    """
    providers = candidate_providers(catalogue, query)
    if not providers:
        return []
    settings = catalogue.settings
    zone = clinic_zone(settings.time_zone)
    first = local_date(query.earliest, zone)
    last = query.last_day or first + timedelta(days=HORIZON_DAYS[query.urgency] - 1)
    days_span(first, last, settings)  # refuses days outside the clinic's calendar
    provider_ids = sorted(p.id for p in providers)
    room_ids = catalogue.rooms_for(query.appointment_type)
    patients = [query.patient_id] if query.patient_id else []
    days = [
        first + timedelta(days=offset)
        for offset in range((last - first).days + 1)
        if query.weekdays is None or (first + timedelta(days=offset)).weekday() in query.weekdays
    ]
    hours = uow.schedules.hours_for(provider_ids)
    # Once for every day the search may reach, then each chunk takes its own: a query
    # per chunk cost more than the few rows it returns.
    exceptions = uow.schedules.exceptions_between(days[0], days[-1], provider_ids) if days else []
    found: list[Slot] = []
    index, chunk = 0, 0
    while index < len(days) and len(found) < query.count:
        size = CHUNK_DAYS[min(chunk, len(CHUNK_DAYS) - 1)]
        part_days = days[index : index + size]
        booked = uow.appointments.between_spans(
            _spans_to_read(part_days, query.time_ranges, zone),
            provider_ids=provider_ids,
            room_ids=list(room_ids) or None,
            patient_ids=patients or None,
            holding_slot_only=True,
        )
        schedule = ClinicSchedule.build(
            settings,
            providers=catalogue.providers,
            working_hours=hours,
            exceptions=[
                e for e in exceptions if e.first_day <= part_days[-1] and e.last_day >= part_days[0]
            ],
            appointments=booked,
            rooms=catalogue.rooms,
        )
        part = replace(
            query,
            earliest=max(query.earliest, day_bounds(part_days[0], zone).start),
            last_day=part_days[-1],
            count=query.count - len(found),
        )
        found.extend(first_available(part, schedule))
        index, chunk = index + size, chunk + 1
    return found


def _spans_to_read(
    days: Sequence[date], time_ranges: Sequence[TimeRange], zone: ZoneInfo
) -> list[tuple[datetime, datetime]]:
    """The stretches of time whose bookings can change the answer: each asked time
    range on each day, or whole days (consecutive ones read as one stretch)."""
    if time_ranges:
        return [
            wall_range_bounds(day, wanted.start, wanted.end, zone)
            for day in days
            for wanted in time_ranges
        ]
    spans: list[tuple[datetime, datetime]] = []
    for day in days:
        bounds = day_bounds(day, zone)
        if spans and spans[-1][1] == bounds.start:
            spans[-1] = (spans[-1][0], bounds.end)
        else:
            spans.append((bounds.start, bounds.end))
    return spans


def build_query(
    uow: UnitOfWork,
    ctx: ServiceContext,
    search: SlotSearch,
    appointment_type: AppointmentType,
    settings: ClinicSettings | None = None,
) -> SlotQuery:
    """Turn the receptionist's search into the domain query (``earliest`` not in the past).
    ``settings``: the clinic's, when the caller has read them already."""
    settings = settings if settings is not None else require_clinic(uow)
    now = ctx.now()
    earliest = now
    if not 1 <= search.count <= MAX_COUNT:
        raise ValidationError(tr(
            "finding",
            "Ask for between 1 and {MAX_COUNT} slots.",
        ).format(MAX_COUNT=MAX_COUNT))
    if search.from_day is not None:
        check_clinic_day(search.from_day, "The first day")
        earliest = max(now, day_bounds(search.from_day, clinic_zone(settings.time_zone)).start)
    if search.provider_id is not None:
        require_provider(uow, search.provider_id)
    if search.patient_id is not None:
        require_patient(uow, search.patient_id)
    return SlotQuery(
        appointment_type=appointment_type,
        earliest=earliest,
        urgency=search.urgency,
        provider_ids=(search.provider_id,) if search.provider_id else (),
        specialty=search.specialty,
        weekdays=search.weekdays,
        time_ranges=search.time_ranges,
        count=search.count,
        patient_id=search.patient_id,
    )


def explain_no_provider(catalogue: Catalogue, query: SlotQuery) -> None:
    """Refuse a search nobody can answer, naming why, instead of returning nothing."""
    if candidate_providers(catalogue, query):
        return
    kind = query.appointment_type.name
    if query.provider_ids:
        raise ValidationError(tr(
            "finding",
            "That provider is not bookable or does not give {kind}.",
        ).format(kind=kind))
    if query.specialty:
        raise ValidationError(tr(
            "finding",
            "No bookable {specialty} provider gives {kind}.",
        ).format(specialty=query.specialty, kind=kind))
    raise ValidationError(tr("finding", "No bookable provider gives {kind}.").format(kind=kind))


def slot_views(catalogue: Catalogue, slots: list[Slot]) -> list[SlotView]:
    names = {p.id: p.display_name for p in catalogue.providers}
    return [
        SlotView(s.provider_id, names.get(s.provider_id, ""), s.start, s.end, s.room_id)
        for s in slots
    ]


@reads
def find_slots(ctx: ServiceContext, search: SlotSearch) -> list[SlotView]:
    """The soonest fitting slots across matching providers, soonest first.

    Urgency narrows the horizon (emergency: today; urgent: two days; soon: two
    weeks; routine: 90 days). Fewer than ``count`` come back when it runs out.
    """
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.SCHEDULE_FIND_SLOTS)
    with ctx.read() as uow:
        catalogue = Catalogue.load(uow, require_clinic(uow))
        query = build_query(uow, ctx, search, resolve_type(uow, search.type), catalogue.settings)
        explain_no_provider(catalogue, query)
        return slot_views(catalogue, search_slots(uow, catalogue, query))


@dataclass(frozen=True, slots=True)
class AccessMeasure:
    """Third-next-available for one provider: days until the third free slot."""

    provider_id: str
    provider_name: str
    days: int | None  # None: fewer than three slots in the horizon
    third_slot: SlotView | None


@reads
def third_next_available(
    ctx: ServiceContext, type_id_or_name: str, *, specialty: str | None = None
) -> list[AccessMeasure]:
    """The standard access measure per provider who gives the type, from today."""
    authorize(ctx, Permission.VIEW_SCHEDULE, AuditEvent.SCHEDULE_THIRD_NEXT_AVAILABLE)
    with ctx.read() as uow:
        settings = require_clinic(uow)
        catalogue = Catalogue.load(uow, settings)
        kind = resolve_type(uow, type_id_or_name)
        now = ctx.now()
        zone = clinic_zone(settings.time_zone)
        today = local_date(now, zone)
        base = SlotQuery(appointment_type=kind, earliest=now, specialty=specialty, count=3)
        measures = []
        for provider in candidate_providers(catalogue, base):
            query = replace(base, provider_ids=(provider.id,))
            slots = search_slots(uow, catalogue, query)
            if len(slots) < 3:
                measures.append(AccessMeasure(provider.id, provider.display_name, None, None))
                continue
            third = slot_views(catalogue, [slots[2]])[0]
            days = (local_date(third.start, zone) - today).days
            measures.append(AccessMeasure(provider.id, provider.display_name, days, third))
    return measures
