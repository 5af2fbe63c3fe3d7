"""Small builders for scheduling tests: one clinic, providers, templates, bookings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.booking import BookingRequest
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, wall_to_utc
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.providers import Provider, ScheduleException, WorkingHours

STAMP = datetime(2025, 1, 1, tzinfo=UTC)
MONDAY = date(2025, 3, 3)  # an ordinary week in both London and New York


def hm(text: str) -> time:
    return time.fromisoformat(text)


def span(start: str, end: str) -> TimeRange:
    return TimeRange(hm(start), hm(end))


def clinic(
    zone: str = "Europe/London",
    *,
    opening: TimeRange | None = None,
    days: Iterable[int] = range(7),
    slot_minutes: int = 5,
    late_cancel_hours: int = 24,
) -> ClinicSettings:
    hours = opening or span("07:00", "20:00")
    return ClinicSettings(
        name="Test Clinic",
        time_zone=zone,
        opening_hours={day: hours for day in days},
        slot_minutes=slot_minutes,
        late_cancel_hours=late_cancel_hours,
    )


def provider(
    pid: str = "p1", name: str = "Ana Lee", specialty: str = "gp", max_parallel: int = 1
) -> Provider:
    return Provider(
        id=pid, name=name, specialty=specialty, updated_at=STAMP, max_parallel=max_parallel
    )


def weekly(
    pid: str = "p1",
    hours: TimeRange | None = None,
    *,
    days: Iterable[int] = range(5),
    breaks: Sequence[TimeRange] = (),
    effective_from: date = date(2024, 1, 1),
    effective_to: date | None = None,
    room_id: str | None = None,
) -> list[WorkingHours]:
    hours = hours or span("09:00", "17:00")
    return [
        WorkingHours(
            id=f"wh-{pid}-{effective_from}-{day}-{hours.start}",
            provider_id=pid,
            weekday=day,
            hours=hours,
            effective_from=effective_from,
            effective_to=effective_to,
            updated_at=STAMP,
            breaks=tuple(breaks),
            room_id=room_id,
        )
        for day in days
    ]


def kind(
    tid: str = "t20",
    minutes: int = 20,
    *,
    name: str = "Consultation",
    specialties: tuple[str, ...] = (),
    room_kinds: tuple[str, ...] = (),
) -> AppointmentType:
    return AppointmentType(
        id=tid,
        name=name,
        duration_minutes=minutes,
        updated_at=STAMP,
        specialties=specialties,
        room_kinds=room_kinds,
    )


def room(rid: str, name: str, room_kind: str = "consult") -> Room:
    return Room(id=rid, name=name, kind=room_kind, updated_at=STAMP)


def exception(pid: str, **fields: object) -> ScheduleException:
    return ScheduleException(
        id=f"ex-{pid}-{fields.get('first_day')}-{fields.get('kind')}",
        provider_id=pid,
        updated_at=STAMP,
        **fields,  # type: ignore[arg-type]
    )


def at(day: date, wall: str, zone: str = "Europe/London") -> datetime:
    return wall_to_utc(day, hm(wall), clinic_zone(zone))


def appointment(
    aid: str,
    start: datetime,
    minutes: int = 20,
    *,
    pid: str = "p1",
    patient: str = "pat-x",
    status: Status = Status.BOOKED,
    urgency: Urgency = Urgency.ROUTINE,
    room_id: str | None = None,
    type_id: str = "t20",
    override_reason: str = "",
    series_id: str | None = None,
) -> Appointment:
    return Appointment(
        id=aid,
        patient_id=patient,
        provider_id=pid,
        type_id=type_id,
        start=start,
        end=start + timedelta(minutes=minutes),
        status=status,
        urgency=urgency,
        created_by="u1",
        created_at=STAMP,
        updated_by="u1",
        updated_at=STAMP,
        room_id=room_id,
        override_reason=override_reason,
        series_id=series_id,
    )


def schedule(
    settings: ClinicSettings | None = None,
    *,
    providers: Sequence[Provider] = (),
    hours: Sequence[WorkingHours] = (),
    exceptions: Sequence[ScheduleException] = (),
    appointments: Sequence[Appointment] = (),
    rooms: Sequence[Room] = (),
) -> ClinicSchedule:
    return ClinicSchedule.build(
        settings or clinic(),
        providers=providers or [provider()],
        working_hours=hours,
        exceptions=exceptions,
        appointments=appointments,
        rooms=rooms,
    )


def booking_request(
    start: str, *, patient: str = "pat-jones", pid: str = "p1", day: date = MONDAY, **extra: object
) -> BookingRequest:
    """A request for ``start`` (wall clock, ``HH:MM``) on ``day``, a plain visit unless
    ``kind=`` says otherwise."""
    wanted = extra.pop("kind", kind())
    return BookingRequest(patient, pid, wanted, at(day, start), **extra)  # type: ignore[arg-type]
