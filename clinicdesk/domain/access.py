"""Access over time: third-next-available as it stood on past days.

Third-next-available (days until a provider's third free slot) is the standard measure
of how long patients wait to be seen. To chart it over past dates, the bookings are
rebuilt as they stood at the start of each sample day: an appointment counts if it had
been made by then and had not yet been cancelled or marked a no-show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from clinicdesk.domain.appointments import (
    FREEING_STATUSES,
    Appointment,
    AppointmentEvent,
    Status,
)
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import wall_to_utc
from clinicdesk.domain.slots import third_next_available
from clinicdesk.domain.status import STATUS_EVENT

# Beyond this many days a report samples weekly rather than daily.
DAILY_SAMPLES_UP_TO_DAYS = 31


@dataclass(frozen=True, slots=True)
class AccessPoint:
    day: date
    provider_id: str
    type_id: str
    days_to_third: int | None  # None: fewer than three free slots within the horizon


def sample_days(first: date, last: date) -> list[date]:
    """Every day of a short range; the first day and every seventh after it for longer."""
    span = (last - first).days
    step = 1 if span < DAILY_SAMPLES_UP_TO_DAYS else 7
    return [first + timedelta(days=offset) for offset in range(0, span + 1, step)]


def freed_at(appointment: Appointment, events: Sequence[AppointmentEvent]) -> datetime | None:
    """When a cancelled or no-show appointment gave its slot back; None while it holds it.

    The latest status change into a freeing status says when; rows made without history
    (imports, the demo clinic) fall back to their last update.
    """
    if appointment.status not in FREEING_STATUSES:
        return None
    freeing = {status.value for status in FREEING_STATUSES}
    changes = [e.at for e in events if e.kind == STATUS_EVENT and e.new_value in freeing]
    return max(changes) if changes else appointment.updated_at


def bookings_as_of(
    appointments: Iterable[Appointment], freed: Mapping[str, datetime | None], instant: datetime
) -> list[Appointment]:
    """The appointments that held their slot at ``instant``, as slot-holding rows."""
    held = []
    for appointment in appointments:
        if appointment.deleted or appointment.created_at > instant:
            continue
        if appointment.status not in FREEING_STATUSES:
            held.append(appointment)
            continue
        released = freed.get(appointment.id)
        if released is not None and released > instant:
            held.append(replace(appointment, status=Status.BOOKED))
    return held


def usual_types(
    appointments: Iterable[Appointment],
    types: Mapping[str, AppointmentType],
    schedule: ClinicSchedule,
) -> dict[str, AppointmentType]:
    """Each provider's most booked type: the one whose access a clinic tracks for them.

    Providers with no bookings get the first type (by name) their specialty may give.
    """
    counts: dict[str, Counter[str]] = {}
    for appointment in appointments:
        if appointment.type_id in types:
            counts.setdefault(appointment.provider_id, Counter())[appointment.type_id] += 1
    chosen: dict[str, AppointmentType] = {}
    by_name = sorted(types.values(), key=lambda t: t.name.casefold())
    for provider in schedule.providers.values():
        if not provider.bookable:
            continue
        tally = counts.get(provider.id)
        if tally:
            # Ties go to the type name, so the report is the same on every run.
            best = max(tally.items(), key=lambda item: (item[1], types[item[0]].name))[0]
            chosen[provider.id] = types[best]
            continue
        fitting = next((t for t in by_name if t.fits_specialty(provider.specialty)), None)
        if fitting is not None:
            chosen[provider.id] = fitting
    return chosen


def access_trend(
    base: ClinicSchedule,
    appointments: Sequence[Appointment],
    freed: Mapping[str, datetime | None],
    days: Sequence[date],
    types_by_provider: Mapping[str, AppointmentType],
    *,
    horizon_days: int = 90,
) -> list[AccessPoint]:
    """Third-next-available per provider at the start of each of ``days``.

    ``base`` carries the clinic's providers, hours and exceptions for the whole span
    (the sample days plus the horizon); its own appointments are ignored.
    """
    points: list[AccessPoint] = []
    for day in days:
        instant = wall_to_utc(day, datetime.min.time(), base.zone)
        horizon_end = instant + timedelta(days=horizon_days + 1)
        window = [a for a in appointments if a.end > instant and a.start < horizon_end]
        schedule = base.with_changes(added=bookings_as_of(window, freed, instant))
        for provider_id, kind in sorted(types_by_provider.items()):
            measure = third_next_available(
                schedule, provider_id, kind, instant, horizon_days=horizon_days
            )
            points.append(AccessPoint(day, provider_id, kind.id, measure.days))
    return points
