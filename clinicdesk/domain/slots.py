"""Finding time: first available slots and third-next-available.

The search walks clinic-local days in order and, for each matching provider, works on
sorted span lists (working time minus saturated busy time, cut to the preferred times
of day), so a 90-day search over 30 providers touches each provider-day once instead
of scanning minutes. Days are searched in order, so as soon as one day completes the
requested count the answer is final.

**Urgency horizons** (:data:`HORIZON_DAYS`), counted from the local date of
``SlotQuery.earliest`` and including it:

=========  ====  =============================================================
emergency   1    today only: seen today or sent elsewhere
urgent      2    today or tomorrow
soon       14    within two weeks
routine    90    within about three months
=========  ====  =============================================================

**Grid.** Slots start on the clinic's wall-clock grid (``ClinicSettings.slot_minutes``
past local midnight). One provider's offered slots do not overlap each other: after a
slot, the next one starts a duration later (rounded up to the grid), so a list of five
answers is five real choices. Slots of different providers may share a time.

**Bounded windows.** The search only knows the rows in the :class:`ClinicSchedule` it
is given. A service can load one week, call :func:`first_available` with
``last_day`` set to the end of that week, and, when fewer than ``count`` slots come
back, load the next week and call again from there for the rest.

Every slot returned passes :func:`clinicdesk.domain.booking.check_booking` as
``allowed`` for the same schedule (the property tests hold this).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from types import MappingProxyType

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import wall_range_bounds
from clinicdesk.domain.common import Interval, TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.intervals import Span, intersect, normalize, subtract
from clinicdesk.domain.providers import Provider

HORIZON_DAYS: Mapping[Urgency, int] = MappingProxyType(
    {Urgency.EMERGENCY: 1, Urgency.URGENT: 2, Urgency.SOON: 14, Urgency.ROUTINE: 90}
)
"""How many local days (from the earliest date, inclusive) each urgency searches."""

MAX_COUNT = 200
"""The most slots one search returns: enough for any screen, bounded for speed."""


@dataclass(frozen=True, slots=True)
class SlotQuery:
    """What a receptionist asks for.

    ``earliest`` is a UTC instant (usually "now", or local midnight of a chosen date)
    before which no slot may start. ``provider_ids`` and ``specialty`` narrow the
    providers; otherwise every bookable provider who gives the type is searched.
    ``weekdays`` (Monday = 0) and ``time_ranges`` (wall clock) are preferences that
    filter slots; the whole appointment must fit inside one range. ``patient_id`` skips
    times the patient is already booked. ``last_day`` (inclusive) overrides the
    urgency horizon, e.g. to search one loaded week at a time.
    """

    appointment_type: AppointmentType
    earliest: datetime
    urgency: Urgency = Urgency.ROUTINE
    provider_ids: tuple[str, ...] = ()
    specialty: str | None = None
    weekdays: frozenset[int] | None = None
    time_ranges: tuple[TimeRange, ...] = ()
    count: int = 5
    patient_id: str | None = None
    last_day: date | None = None


@dataclass(frozen=True, slots=True)
class Slot:
    """A bookable time with one provider, and the room it would use (if any)."""

    provider_id: str
    start: datetime
    end: datetime
    room_id: str | None = None

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)


@dataclass(frozen=True, slots=True)
class ThirdNextAvailable:
    """The third slot a provider could offer for a type, and how many days away it is."""

    provider_id: str
    slot: Slot | None
    days: int | None  # local days from the search date; None when fewer than 3 slots


def search_days(query: SlotQuery, schedule: ClinicSchedule) -> list[date]:
    """The clinic-local dates a query searches, in order."""
    first = query.earliest.astimezone(schedule.zone).date()
    last = query.last_day
    if last is None:
        last = first + timedelta(days=HORIZON_DAYS[query.urgency] - 1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def matching_providers(query: SlotQuery, schedule: ClinicSchedule) -> list[Provider]:
    """Bookable providers who give the type, narrowed by ids and specialty, by name."""
    wanted = set(query.provider_ids)
    found = [
        p
        for p in schedule.providers.values()
        if p.bookable
        and query.appointment_type.fits_specialty(p.specialty)
        and (not wanted or p.id in wanted)
        and (query.specialty is None or p.specialty == query.specialty)
    ]
    found.sort(key=lambda p: (p.display_name, p.id))
    return found


def first_available(query: SlotQuery, schedule: ClinicSchedule) -> list[Slot]:
    """The ``count`` soonest fitting slots across matching providers, soonest first.

    Ties at the same start are ordered by provider name. Fewer come back when the
    horizon (or ``last_day``) runs out.
    """
    if query.count < 1 or query.count > MAX_COUNT:
        raise ValidationError(tr(
            "slots",
            "Ask for between 1 and {MAX_COUNT} slots.",
        ).format(MAX_COUNT=MAX_COUNT))
    if query.appointment_type.duration_minutes <= 0:
        raise ValidationError(tr(
            "slots",
            "{name} has no duration set.",
        ).format(name=query.appointment_type.name))
    earliest = query.earliest.astimezone(UTC)
    providers = matching_providers(query, schedule)
    results: list[Slot] = []
    for day in search_days(query, schedule):
        if query.weekdays is not None and day.weekday() not in query.weekdays:
            continue
        need = query.count - len(results)
        limits = _day_limits(query, schedule, day, earliest)
        if limits is None:
            continue
        found: list[tuple[datetime, int, Slot]] = []
        for order, provider in enumerate(providers):
            # A provider's own slots come soonest first: more than `need` never count.
            for slot in islice(_provider_day_slots(query, schedule, provider, day, limits), need):
                found.append((slot.start, order, slot))
        found.sort(key=lambda item: (item[0], item[1]))
        results.extend(slot for _, _, slot in found[:need])
        if len(results) == query.count:
            break
    return results


def third_next_available(
    schedule: ClinicSchedule,
    provider_id: str,
    appointment_type: AppointmentType,
    earliest: datetime,
    *,
    horizon_days: int = HORIZON_DAYS[Urgency.ROUTINE],
) -> ThirdNextAvailable:
    """The standard access measure: days from ``earliest``'s date to the third slot."""
    first_day = earliest.astimezone(schedule.zone).date()
    query = SlotQuery(
        appointment_type=appointment_type,
        earliest=earliest,
        provider_ids=(provider_id,),
        count=3,
        last_day=first_day + timedelta(days=horizon_days - 1),
    )
    slots = first_available(query, schedule)
    if len(slots) < 3:
        return ThirdNextAvailable(provider_id, None, None)
    third = slots[2]
    days = (third.start.astimezone(schedule.zone).date() - first_day).days
    return ThirdNextAvailable(provider_id, third, days)


# ---------------------------------------------------------------------------


def _day_limits(
    query: SlotQuery, schedule: ClinicSchedule, day: date, earliest: datetime
) -> list[Span] | None:
    """The parts of a local day the query allows (preferred times, not before
    ``earliest``), or None when nothing of the day is left."""
    day_start, day_end = schedule.day_span(day)
    if day_end <= earliest:
        return None
    if query.time_ranges:
        spans = normalize(
            wall_range_bounds(day, r.start, r.end, schedule.zone) for r in query.time_ranges
        )
    else:
        spans = [(day_start, day_end)]
    spans = intersect(spans, [(max(day_start, earliest), day_end)])
    return spans or None


def _provider_day_slots(
    query: SlotQuery,
    schedule: ClinicSchedule,
    provider: Provider,
    day: date,
    limits: list[Span],
) -> Iterator[Slot]:
    # Cut working time to the allowed part of the day before looking at bookings:
    # a provider who does not work in the preferred hours costs almost nothing.
    window = intersect(schedule.working_spans(provider.id, day), limits)
    if not window:
        return
    free = subtract(window, schedule.busy_spans(provider.id, window[0][0], window[-1][1]))
    if free and query.patient_id is not None:
        taken = schedule.patient_appointments(query.patient_id, free[0][0], free[-1][1])
        free = subtract(free, normalize((a.start, a.end) for a in taken))
    if not free:
        return
    kind = query.appointment_type
    duration = timedelta(minutes=kind.duration_minutes)
    grid = schedule.settings.slot_minutes
    usual_room = schedule.usual_room(provider.id, day) if kind.room_kinds else None
    for span_start, span_end in free:
        start = align_to_grid(span_start, schedule)
        while start + duration <= span_end:
            end = start + duration
            room_id = None
            if kind.room_kinds:
                rooms = schedule.free_rooms(kind, start, end, prefer=usual_room)
                if not rooms:
                    start = align_to_grid(start + timedelta(minutes=grid), schedule)
                    continue
                room_id = rooms[0].id
            yield Slot(provider.id, start, end, room_id)
            # The next offer starts on the first grid time after this one ends.
            start = align_to_grid(end, schedule)


def align_to_grid(instant: datetime, schedule: ClinicSchedule) -> datetime:
    """The first instant at or after ``instant`` on the clinic's wall-clock grid."""
    local = instant.astimezone(schedule.zone)
    grid = schedule.settings.slot_minutes
    past = timedelta(
        minutes=(local.hour * 60 + local.minute) % grid,
        seconds=local.second,
        microseconds=local.microsecond,
    )
    if not past:
        return instant
    return instant + timedelta(minutes=grid) - past
