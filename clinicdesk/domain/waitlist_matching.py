"""Who on the waitlist should be offered a slot that just came free.

A candidate must fit the freed time: their appointment type is given by that
provider and fits in the slot, the provider is one they accept, the day is one of
their weekdays and not before their ``not_before`` date, the visit lies inside one of
their time ranges, and the booking check allows it (so a patient already busy then,
or a type whose room is taken, is not offered). Candidates are ranked by urgency
(emergency first), then by how long they have waited (earliest ``added_at``), then by
id so the order is stable.

Each match carries the start it would be booked at: the earliest grid time inside
both the freed slot and the patient's preferred hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType

from clinicdesk.domain.appointments import Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.booking import BookingRequest, check_booking
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import wall_range_bounds
from clinicdesk.domain.intervals import Span, intersect, normalize
from clinicdesk.domain.slots import Slot, align_to_grid
from clinicdesk.domain.waitlist import WaitlistEntry

URGENCY_ORDER: Mapping[Urgency, int] = MappingProxyType(
    {Urgency.EMERGENCY: 0, Urgency.URGENT: 1, Urgency.SOON: 2, Urgency.ROUTINE: 3}
)
"""Lower is seen first."""


# Time that just came free with one provider (after a cancel, no-show or move): the same
# value as a bookable slot, named for where it comes from.
FreedSlot = Slot


@dataclass(frozen=True, slots=True)
class WaitlistMatch:
    """A ranked candidate and the time they would be booked at."""

    rank: int
    entry: WaitlistEntry
    appointment_type: AppointmentType
    start: datetime
    end: datetime
    room_id: str | None = None


def ranking_key(entry: WaitlistEntry) -> tuple[int, datetime, str]:
    """Urgency first, then longest waiting, then id."""
    return (URGENCY_ORDER[entry.urgency], entry.added_at, entry.id)


def match_waitlist(
    slot: FreedSlot,
    entries: Iterable[WaitlistEntry],
    appointment_types: Mapping[str, AppointmentType],
    schedule: ClinicSchedule,
    *,
    limit: int = 10,
) -> list[WaitlistMatch]:
    """Rank waitlist entries for a freed slot, best first, at most ``limit``.

    ``schedule`` must already show the slot as free (the freeing appointment
    cancelled or moved) and hold the candidates' own appointments that day if their
    clashes are to be caught.
    """
    provider = schedule.providers.get(slot.provider_id)
    if provider is None or not provider.bookable:
        return []
    zone = schedule.zone
    local_day = slot.start.astimezone(zone).date()
    matches: list[WaitlistMatch] = []
    for entry in sorted(entries, key=ranking_key):
        if entry.deleted or not entry.active:
            continue
        kind = appointment_types.get(entry.type_id)
        if kind is None or kind.deleted or not kind.fits_specialty(provider.specialty):
            continue
        if entry.provider_ids and slot.provider_id not in entry.provider_ids:
            continue
        if local_day.weekday() not in entry.weekdays:
            continue
        if entry.not_before is not None and local_day < entry.not_before:
            continue
        windows: list[Span] = [(slot.start, slot.end)]
        if entry.times:
            preferred = normalize(
                wall_range_bounds(local_day, r.start, r.end, zone) for r in entry.times
            )
            windows = intersect(windows, preferred)
        placed = _earliest_fit(entry, kind, windows, slot, schedule)
        if placed is None:
            continue
        start, end, room_id = placed
        matches.append(WaitlistMatch(len(matches) + 1, entry, kind, start, end, room_id))
        if len(matches) >= limit:
            break
    return matches


def _earliest_fit(
    entry: WaitlistEntry,
    kind: AppointmentType,
    windows: list[Span],
    slot: FreedSlot,
    schedule: ClinicSchedule,
) -> tuple[datetime, datetime, str | None] | None:
    duration = timedelta(minutes=kind.duration_minutes)
    grid = timedelta(minutes=schedule.settings.slot_minutes)
    for window_start, window_end in windows:
        start = align_to_grid(window_start, schedule)
        while start + duration <= window_end:
            room = slot.room_id if slot.room_id and kind.room_kinds else None
            request = BookingRequest(
                entry.patient_id, slot.provider_id, kind, start, start + duration, room
            )
            decision = check_booking(request, schedule)
            if decision.allowed:
                return start, start + duration, decision.room_id
            if room is not None:  # the freed room may be the wrong kind: let the check pick
                request = BookingRequest(
                    entry.patient_id, slot.provider_id, kind, start, start + duration
                )
                decision = check_booking(request, schedule)
                if decision.allowed:
                    return start, start + duration, decision.room_id
            start = align_to_grid(start + grid, schedule)
    return None
