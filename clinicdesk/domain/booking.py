"""The one conflict check every booking, move and series occurrence goes through.

:func:`check_booking` looks at the provider, the room and the patient together and
returns a :class:`BookingDecision`:

* **refused** — cannot happen whatever anyone says: the patient is already booked
  at that time, the room is taken (or no room of the needed kind is free), the
  provider does not give this type or is not bookable, the times are nonsense.
* **needs override** — a policy stands in the way and a person may overrule it with
  a reason that is recorded on the appointment: the provider's parallel limit
  (``Provider.max_parallel``) would be exceeded, the time is outside their working
  hours or in their time off, the start is off the clinic's booking grid, or it
  starts in the past.
* **allowed** — none of the above.

Every reason is a sentence a receptionist can read, with times in the clinic's wall
clock ("Dr Ana Lee is booked 09:00-09:20 with J. Smith").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from clinicdesk.domain.appointments import Appointment
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import (
    format_day_and_interval,
    format_interval,
    format_wall,
    wall_range_bounds,
)
from clinicdesk.domain.common import Interval
from clinicdesk.domain.errors import SchedulingConflictError, ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.intervals import covers, normalize, peak_overlap
from clinicdesk.domain.providers import ExceptionKind


class Verdict(StrEnum):
    ALLOWED = "allowed"
    NEEDS_OVERRIDE = "needs_override"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class BookingRequest:
    """What someone wants to book (or where they want to move an appointment to).

    ``end`` defaults to ``start`` plus the type's duration. ``appointment_id`` names the
    appointment being moved or re-instated, so it is not counted as its own clash.
    ``room_id`` None lets the check choose a free room when the type needs one.
    ``current_room_id`` is the room a moved appointment has now: it is kept when it is
    free at the new time, so a move never loses a room it could keep.
    """

    patient_id: str
    provider_id: str
    appointment_type: AppointmentType
    start: datetime
    end: datetime | None = None
    room_id: str | None = None
    appointment_id: str | None = None
    current_room_id: str | None = None

    @property
    def interval(self) -> Interval:
        end = self.end or self.start + timedelta(minutes=self.appointment_type.duration_minutes)
        return Interval(self.start, end)


@dataclass(frozen=True, slots=True)
class BookingDecision:
    """The outcome of :func:`check_booking`.

    ``refusals`` cannot be overridden; ``override_reasons`` can, with a recorded reason.
    ``room_id`` is the room to book (the one asked for, or the one chosen), or None.
    """

    verdict: Verdict
    start: datetime
    end: datetime
    room_id: str | None = None
    refusals: tuple[str, ...] = ()
    override_reasons: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOWED

    @property
    def needs_override(self) -> bool:
        return self.verdict is Verdict.NEEDS_OVERRIDE

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason, hard ones first."""
        return self.refusals + self.override_reasons

    def allowed_with(self, override_reason: str = "") -> bool:
        """Whether the booking may go ahead given this override reason (blank = none)."""
        if self.verdict is Verdict.REFUSED:
            return False
        return self.verdict is Verdict.ALLOWED or bool(override_reason.strip())

    def enforce(self, override_reason: str = "") -> None:
        """Raise SchedulingConflictError unless :meth:`allowed_with` the reason."""
        if self.allowed_with(override_reason):
            return
        if self.verdict is Verdict.REFUSED:
            message = "Cannot book: " + "; ".join(self.refusals)
        else:
            message = "Needs an override with a reason: " + "; ".join(self.override_reasons)
        raise SchedulingConflictError(
            message, self.reasons, overridable=self.verdict is Verdict.NEEDS_OVERRIDE
        )


def check_booking(
    request: BookingRequest,
    schedule: ClinicSchedule,
    *,
    patient_names: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> BookingDecision:
    """Check a booking or move against the provider, the room and the patient at once.

    ``schedule`` must hold the rows for the local day(s) the request touches: the
    provider's hours and exceptions, the rooms, and the slot-holding appointments of
    that provider, of the candidate rooms and of the patient. ``patient_names`` maps
    patient ids to short names ("J. Smith") used in clash messages. ``now`` (UTC)
    enables the "starts in the past" rule.
    """
    interval = request.interval
    start, end = interval.start, interval.end
    names = patient_names or {}
    refusals: list[str] = []
    overrides: list[str] = []
    zone = schedule.zone
    when = format_interval(interval, zone)

    provider = schedule.providers.get(request.provider_id)
    kind = request.appointment_type
    if provider is None:
        raise ValidationError(tr("booking", "That provider does not exist or was removed."))
    who = provider.display_name
    if not provider.bookable:
        refusals.append(f"{who} is not taking bookings.")
    if kind.deleted:
        refusals.append(f"The appointment type {kind.name} is no longer offered.")
    if not kind.fits_specialty(provider.specialty):
        refusals.append(f"{who} ({provider.specialty}) does not give {kind.name}.")

    for other in _others(schedule.patient_appointments(request.patient_id, start, end), request):
        refusals.append(_patient_clash(other, schedule, names))

    room_id, room_problems = _choose_room(request, interval, schedule, names)
    refusals.extend(room_problems)

    own = _others(schedule.provider_appointments(provider.id, start, end), request)
    if own and peak_overlap(((a.start, a.end) for a in own), start, end) + 1 > (
        provider.max_parallel
    ):
        overrides.extend(
            f"{who} is booked {format_interval(a.interval, zone)} with "
            f"{names.get(a.patient_id, 'another patient')}"
            for a in own
        )
        if provider.max_parallel > 1:
            overrides.append(f"{who} already has {provider.max_parallel} patients at {when}.")

    overrides.extend(_hours_problems(provider.id, who, interval, schedule))

    local = start.astimezone(zone)
    grid = schedule.settings.slot_minutes
    if local.second or local.microsecond or (local.hour * 60 + local.minute) % grid:
        overrides.append(
            f"{format_wall(start, zone)} is not on the clinic's {grid}-minute booking grid."
        )
    if now is not None and start < now:
        overrides.append(f"{format_day_and_interval(interval, zone)} is in the past.")

    if refusals:
        verdict = Verdict.REFUSED
    elif overrides:
        verdict = Verdict.NEEDS_OVERRIDE
    else:
        verdict = Verdict.ALLOWED
    return BookingDecision(verdict, start, end, room_id, tuple(refusals), tuple(overrides))


def _others(found: list[Appointment], request: BookingRequest) -> list[Appointment]:
    return [a for a in found if a.id != request.appointment_id]


def _patient_clash(other: Appointment, schedule: ClinicSchedule, names: Mapping[str, str]) -> str:
    patient = names.get(other.patient_id, "The patient")
    provider = schedule.providers.get(other.provider_id)
    with_whom = f" with {provider.display_name}" if provider else ""
    return (
        f"{patient} already has an appointment "
        f"{format_interval(other.interval, schedule.zone)}{with_whom}."
    )


def _room_users(appointments: list[Appointment], request: BookingRequest) -> list[Appointment]:
    """Who else holds the room: the provider's own overlapping patients do not count
    (an overbooked patient is seen in the same room, one after the other; the provider's
    double booking is the overridable reason that says so)."""
    return [a for a in _others(appointments, request) if a.provider_id != request.provider_id]


def _room_clash(
    other: Appointment, room_name: str, schedule: ClinicSchedule, names: Mapping[str, str]
) -> str:
    provider = schedule.providers.get(other.provider_id)
    by = provider.display_name if provider else "another provider"
    patient = names.get(other.patient_id, "another patient")
    return (
        f"{room_name} is in use {format_interval(other.interval, schedule.zone)} "
        f"by {by} with {patient}."
    )


def _choose_room(
    request: BookingRequest,
    interval: Interval,
    schedule: ClinicSchedule,
    names: Mapping[str, str],
) -> tuple[str | None, list[str]]:
    """The room to book and any reasons it cannot be had."""
    kind = request.appointment_type
    start, end = interval.start, interval.end
    if request.room_id is not None:
        room = schedule.rooms.get(request.room_id)
        if room is None:
            return request.room_id, ["That room does not exist or was removed."]
        problems: list[str] = []
        if kind.room_kinds and room.kind not in kind.room_kinds:
            wanted = " or ".join(kind.room_kinds)
            problems.append(f"{kind.name} needs a {wanted} room; {room.name} is {room.kind}.")
        clashes = _room_users(schedule.room_appointments(room.id, start, end), request)
        problems.extend(_room_clash(a, room.name, schedule, names) for a in clashes)
        return room.id, problems
    current = schedule.rooms.get(request.current_room_id or "")
    if not kind.room_kinds:
        # The type needs no room: keep the one it has if it is still free, else none.
        if current is not None and not _room_users(
            schedule.room_appointments(current.id, start, end), request
        ):
            return current.id, []
        return None, []
    day = start.astimezone(schedule.zone).date()
    usual = current.id if current is not None else schedule.usual_room(request.provider_id, day)
    candidates = [room for room in schedule.rooms.values() if room.kind in kind.room_kinds]
    candidates.sort(key=lambda room: (room.id != usual, room.name, room.id))
    busy_lines: list[str] = []
    for room in candidates:
        clashes = _room_users(schedule.room_appointments(room.id, start, end), request)
        if not clashes:
            return room.id, []
        busy_lines.extend(_room_clash(a, room.name, schedule, names) for a in clashes)
    wanted = " or ".join(kind.room_kinds)
    when = format_interval(interval, schedule.zone)
    if not candidates:
        return None, [f"The clinic has no {wanted} room for {kind.name}."]
    return None, [f"No {wanted} room is free {when}.", *busy_lines]


def _local_days(interval: Interval, schedule: ClinicSchedule) -> list[date]:
    first = interval.start.astimezone(schedule.zone).date()
    last = (interval.end - timedelta(microseconds=1)).astimezone(schedule.zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _hours_problems(
    provider_id: str, who: str, interval: Interval, schedule: ClinicSchedule
) -> list[str]:
    """Why the interval is not inside the provider's working time, if it is not."""
    days = _local_days(interval, schedule)
    working = normalize(span for day in days for span in schedule.working_spans(provider_id, day))
    if covers(working, interval.start, interval.end):
        return []
    zone = schedule.zone
    for day in days:
        for exception in schedule.exceptions.get(provider_id, ()):
            if exception.kind is not ExceptionKind.TIME_OFF or not exception.applies_on(day):
                continue
            note = f" ({exception.reason})" if exception.reason else ""
            if exception.start is None or exception.end is None:
                return [f"{who} is on time off{note} on {day:%a %Y-%m-%d}."]
            off_start, off_end = wall_range_bounds(day, exception.start, exception.end, zone)
            if not (off_start < interval.end and interval.start < off_end):
                continue
            return [
                f"{who} is on time off{note} {exception.start:%H:%M}-{exception.end:%H:%M} "
                f"on {day:%a %Y-%m-%d}."
            ]
    worked = ", ".join(format_interval(Interval(s, e), zone) for s, e in working)
    hours = f" ({worked})" if worked else " (not working that day)"
    return [f"{format_day_and_interval(interval, zone)} is outside {who}'s working hours{hours}."]

