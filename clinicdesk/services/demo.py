"""A synthetic demo clinic, the same for the same seed.

Everything comes from one ``random.Random(seed)`` and the day given as "today", so two
loads with the same seed and day hold the same providers, hours, patients and
appointments. Ids are fresh UUIDv7s each time (``new_id``): rows sync between PCs by id,
so two demo stores must never share them.

Appointments are laid end to end (with gaps) inside each provider's working hours, so
none falls outside them and no provider is ever double-booked. Rows go in through the
ports' ``add_many`` in one transaction, streamed, so the large size (200,000 patients,
1,000,000 appointments) needs no more memory than one batch.
"""

from __future__ import annotations

import random
import time as clock
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from clinicdesk.domain.appointments import (
    Appointment,
    AppointmentEvent,
    CancelledBy,
    Status,
    Urgency,
)
from clinicdesk.domain.audit_events import AuditEvent
from clinicdesk.domain.catalog import AppointmentType, ClinicSettings, Room
from clinicdesk.domain.clinic_time import clinic_zone, local_date, wall_to_utc_lenient
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.ids import new_id
from clinicdesk.domain.patients import Patient
from clinicdesk.domain.permissions import Permission
from clinicdesk.domain.providers import Provider, WorkingHours
from clinicdesk.domain.status import STATUS_EVENT
from clinicdesk.services.context import ServiceContext, authorize, writes
from clinicdesk.services.demo_names import PROVIDER_NAMES
from clinicdesk.services.demo_no_shows import NoShowDraw
from clinicdesk.services.demo_patients import demo_patients
from clinicdesk.services.lookups import require_clinic

DEMO_CLINIC_NAME = "Riverside Demo Clinic"
DEMO_TIME_ZONE = "Europe/London"
DEMO_BY = "demo"  # created_by / updated_by of generated appointments
VISIT_HISTORY_DAYS = 60  # recent completed visits get arrived / in room / completed events


class DemoSize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


@dataclass(frozen=True, slots=True)
class DemoSpec:
    providers: int
    patients: int
    days_ahead: int
    days_back: int  # the earliest day generated, counting back from today
    max_appointments: int | None = None  # stop going back once this many are made
    # False: every no-show drawn with the same chance (a model must learn nothing).
    no_show_signal: bool = True


SPECS: dict[DemoSize, DemoSpec] = {
    # About three months around today.
    DemoSize.SMALL: DemoSpec(providers=8, patients=5_000, days_ahead=45, days_back=46),
    DemoSize.MEDIUM: DemoSpec(providers=15, patients=50_000, days_ahead=60, days_back=365),
    # 30 providers need about five years of days to reach a million appointments.
    DemoSize.LARGE: DemoSpec(
        providers=30,
        patients=200_000,
        days_ahead=60,
        days_back=2_800,
        max_appointments=1_000_000,
    ),
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    size: DemoSize
    seed: int
    providers: int
    rooms: int
    appointment_types: int
    patients: int
    appointments: int
    first_day: date
    last_day: date
    seconds: float


# (name, minutes, specialties, room kinds, colour)
_TYPES: tuple[tuple[str, int, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Consultation", 15, ("General practice",), ("consult",), "#4C78A8"),
    ("Long consultation", 30, ("General practice",), ("consult",), "#72B7B2"),
    ("New patient assessment", 40, (), ("consult", "treatment"), "#54A24B"),
    ("Follow-up", 10, (), ("consult", "treatment"), "#EECA3B"),
    ("Vaccination", 10, ("Nursing", "General practice"), ("consult", "treatment"), "#B279A2"),
    ("Blood test", 10, ("Nursing",), ("treatment",), "#FF9DA6"),
    ("Physiotherapy session", 45, ("Physiotherapy",), ("treatment",), "#9D755D"),
    ("Skin check", 20, ("Dermatology",), ("consult",), "#BAB0AC"),
    ("Talking therapy", 50, ("Psychology",), ("consult",), "#E45756"),
    ("Minor procedure", 30, ("Dermatology", "General practice"), ("consult",), "#F58518"),
)
# Specialty, title, own room kind; providers cycle through this list.
_SPECIALTIES: tuple[tuple[str, str, str], ...] = (
    ("General practice", "Dr", "consult"),
    ("Nursing", "Nurse", "treatment"),
    ("General practice", "Dr", "consult"),
    ("Physiotherapy", "", "treatment"),
    ("Dermatology", "Dr", "consult"),
    ("General practice", "Dr", "consult"),
    ("Psychology", "Dr", "consult"),
    ("Nursing", "Nurse", "treatment"),
)
_COLOURS = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#9D755D")
_CANCEL_REASONS = ("Unwell", "Work commitment", "Feeling better", "Transport", "Clinic closure")
_FIXED_REASONS = ("", "", "", "Review", "Repeat prescription", "Results", "Back pain", "Rash")


def _weekly_hours(
    rnd: random.Random, provider: Provider, room: Room, start: date, now: datetime
) -> list[WorkingHours]:
    """Monday-Friday 08:30-17:30 with lunch; part-timers skip days or work mornings only."""
    rows: list[WorkingHours] = []
    part_time = rnd.random() < 0.35
    days_off = set(rnd.sample(range(5), rnd.choice((1, 2)))) if part_time else set()
    short_day = rnd.randrange(5) if rnd.random() < 0.5 else None
    lunch = rnd.choice(((12, 30), (13, 0)))
    for weekday in range(5):
        if weekday in days_off:
            continue
        opens = time(rnd.choice((8, 9)), rnd.choice((0, 30)))
        if weekday == short_day:
            hours, breaks = TimeRange(opens, time(12, 30)), ()
        else:
            hours = TimeRange(opens, time(rnd.choice((17, 18)), 0))
            lunch_start = time(*lunch)
            breaks = (TimeRange(lunch_start, time(lunch_start.hour + 1, lunch_start.minute)),)
        rows.append(
            WorkingHours(
                id=new_id(),
                provider_id=provider.id,
                weekday=weekday,
                hours=hours,
                breaks=breaks,
                effective_from=start,
                updated_at=now,
                room_id=room.id,
            )
        )
    # A Saturday morning list for a few providers.
    if rnd.random() < 0.2:
        rows.append(
            WorkingHours(
                id=new_id(),
                provider_id=provider.id,
                weekday=5,
                hours=TimeRange(time(9, 0), time(12, 0)),
                effective_from=start,
                updated_at=now,
                room_id=room.id,
            )
        )
    return rows


def _spans(hours: WorkingHours) -> list[tuple[time, time]]:
    """The working spans of one day: the hours with the breaks cut out."""
    spans: list[tuple[time, time]] = []
    cursor = hours.hours.start
    for pause in sorted(hours.breaks, key=lambda b: b.start):
        if pause.start > cursor:
            spans.append((cursor, pause.start))
        cursor = max(cursor, pause.end)
    if hours.hours.end > cursor:
        spans.append((cursor, hours.hours.end))
    return spans


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


@dataclass
class _Plan:
    """What the appointment generator needs, fixed before it starts."""

    providers: list[Provider]
    hours: dict[str, dict[int, WorkingHours]]
    types_for: dict[str, list[AppointmentType]]
    patient_ids: list[str]
    zone_name: str
    now: datetime
    no_shows: NoShowDraw


def _status(rnd: random.Random, start: datetime, now: datetime, late_hours: int):
    """Status, who cancelled, whether late: realistic shares for past and future."""
    roll = rnd.random()
    if start < now:
        if roll < 0.85:
            return Status.COMPLETED, None, False
        if roll < 0.90:
            return Status.NO_SHOW, None, False
    elif roll < 0.55:
        return Status.BOOKED, None, False
    elif roll < 0.90:
        return Status.CONFIRMED, None, False
    by = CancelledBy.PATIENT if rnd.random() < 0.8 else CancelledBy.CLINIC
    late = by is CancelledBy.PATIENT and rnd.random() < 0.4 and late_hours > 0
    return Status.CANCELLED, by, late


def _appointments(
    rnd: random.Random, plan: _Plan, first: date, last: date, limit: int | None
) -> Iterator[Appointment]:
    """Appointments day by day from ``last`` back to ``first`` (so a size capped by
    ``limit`` keeps the days around today), each provider's laid end to end.

    The inner loop runs a million times for the large size, so it avoids repeated work:
    offsets are looked up in prebuilt timedelta tables, and ``rnd.randrange(n)`` /
    ``rnd.randint(a, b)`` are called as ``rnd._randbelow`` does for them (the same draws
    from the same generator, so a seed still gives exactly the same clinic).
    """
    zone = clinic_zone(plan.zone_name)
    patients = plan.patient_ids
    # A few patients come often, most rarely: pick with a skew towards low indexes.
    count = len(patients)
    below = (
        rnd._randbelow
    )  # randrange(n) is _randbelow(n); randint(a, b) is a + _randbelow(b - a + 1)
    uniform = rnd.random
    now, today = plan.now, plan.now.date()
    minutes = [timedelta(minutes=m) for m in range(24 * 60 + 1)]
    days_before = [timedelta(days=d) for d in range(46)]
    reasons, cancel_reasons = _FIXED_REASONS, _CANCEL_REASONS
    made = 0
    day = last
    while day >= first:
        weekday = day.weekday()
        fill = 0.88 if day <= today else max(0.25, 0.9 - (day - today).days / 60)
        for provider in plan.providers:
            hours = plan.hours[provider.id].get(weekday)
            if hours is None:
                continue
            kinds = plan.types_for[provider.id]
            kind_count = len(kinds)
            provider_id, room_id = provider.id, hours.room_id
            for span_start, span_end in _spans(hours):
                base = wall_to_utc_lenient(day, span_start, zone)
                cursor, end = 0, _minutes(span_end) - _minutes(span_start)
                while cursor < end:
                    kind = kinds[below(kind_count)]
                    length = kind.duration_minutes
                    if cursor + length > end:
                        break
                    if uniform() > fill:
                        cursor += 5 * (1 + below(3))
                        continue
                    start = base + minutes[cursor]
                    status, by, late = _status(rnd, start, now, 24)
                    created = min(start - days_before[1 + below(45)], now)
                    urgency_roll = uniform()
                    patient = int(count * uniform() ** 1.6)
                    if status is Status.COMPLETED or status is Status.NO_SHOW:
                        hour = (_minutes(span_start) + cursor) // 60
                        lead = (start - created).days
                        missed = plan.no_shows.missed(patient, day, hour, lead)
                        status = Status.NO_SHOW if missed else Status.COMPLETED
                    yield Appointment(
                        id=new_id(),
                        patient_id=patients[patient],
                        provider_id=provider_id,
                        room_id=room_id,
                        type_id=kind.id,
                        start=start,
                        end=start + minutes[length],
                        status=status,
                        urgency=Urgency.ROUTINE
                        if urgency_roll < 0.85
                        else Urgency.SOON
                        if urgency_roll < 0.95
                        else Urgency.URGENT
                        if urgency_roll < 0.99
                        else Urgency.EMERGENCY,
                        reason=reasons[below(len(reasons))],
                        cancel_reason=cancel_reasons[below(len(cancel_reasons))] if by else "",
                        cancelled_by=by,
                        late_cancel=late,
                        created_by=DEMO_BY,
                        created_at=created,
                        updated_by=DEMO_BY,
                        updated_at=now if start < now else created,
                    )
                    made += 1
                    if limit is not None and made >= limit:
                        return
                    cursor += length
        day -= timedelta(days=1)


def _visit_events(
    rnd: random.Random, appointments: list[Appointment], now: datetime, zone_name: str
) -> Iterator[AppointmentEvent]:
    """Arrived, in the room and completed, for the recent completed visits, so the
    waiting-room figures and the waiting-times report have data like a clinic's.

    Most patients come 0-15 minutes early, a few up to 10 minutes late; the wait after
    the booked time grows through each session as the day runs behind. Only the last
    ``VISIT_HISTORY_DAYS`` carry a history (the large demo's million would not add to
    what a report shows).
    """
    since = now - timedelta(days=VISIT_HISTORY_DAYS)
    status = STATUS_EVENT
    zone = clinic_zone(zone_name)
    for appointment in appointments:
        if appointment.status is not Status.COMPLETED or not since <= appointment.start < now:
            continue
        start = appointment.start
        early = rnd.triangular(-10, 15, 5)  # minutes before the booked time
        arrived = start - timedelta(minutes=early)
        hour = start.astimezone(zone).hour
        into_session = hour - (8 if hour < 13 else 13)
        running_late = max(0.0, into_session * 2.5 + rnd.gauss(0, 3))
        in_room = max(arrived, start) + timedelta(minutes=running_late + rnd.expovariate(1 / 4))
        done = in_room + (appointment.end - appointment.start)
        for at, old, new in (
            (arrived, Status.BOOKED, Status.ARRIVED),
            (in_room, Status.ARRIVED, Status.IN_ROOM),
            (done, Status.IN_ROOM, Status.COMPLETED),
        ):
            yield AppointmentEvent(
                id=new_id(),
                appointment_id=appointment.id,
                kind=status,
                at=at.replace(microsecond=0),
                by=DEMO_BY,
                old_value=old.value,
                new_value=new.value,
            )


def _catalogue(rnd: random.Random, spec: DemoSpec, now: datetime, start: date):
    providers: list[Provider] = []
    rooms: list[Room] = []
    hours: list[WorkingHours] = []
    by_provider: dict[str, dict[int, WorkingHours]] = {}
    names = list(_provider_names(rnd, spec.providers))
    for index in range(spec.providers):
        specialty, title, room_kind = _SPECIALTIES[index % len(_SPECIALTIES)]
        provider = Provider(
            id=new_id(),
            name=names[index],
            title=title,
            specialty=specialty,
            colour=_COLOURS[index % len(_COLOURS)],
            updated_at=now,
        )
        room = Room(
            id=new_id(),
            name=f"{'Consulting' if room_kind == 'consult' else 'Treatment'} room {index + 1}",
            kind=room_kind,
            updated_at=now,
        )
        providers.append(provider)
        rooms.append(room)
        weekly = _weekly_hours(rnd, provider, room, start, now)
        hours.extend(weekly)
        by_provider[provider.id] = {row.weekday: row for row in weekly}
    rooms.append(Room(id=new_id(), name="Procedure room", kind="procedure", updated_at=now))
    types = [
        AppointmentType(
            id=new_id(),
            name=name,
            duration_minutes=minutes,
            specialties=specialties,
            room_kinds=room_kinds,
            colour=colour,
            updated_at=now,
        )
        for name, minutes, specialties, room_kinds, colour in _TYPES
    ]
    return providers, rooms, hours, by_provider, types


def _provider_names(rnd: random.Random, count: int) -> Iterator[str]:
    pool = list(PROVIDER_NAMES)
    rnd.shuffle(pool)
    for index in range(count):
        yield pool[index % len(pool)] + ("" if index < len(pool) else f" {index // len(pool) + 1}")


@writes
def load_demo_clinic(
    ctx: ServiceContext,
    *,
    size: DemoSize | str = DemoSize.SMALL,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
    spec: DemoSpec | None = None,
) -> DemoSummary:
    """Fill an empty clinic with synthetic providers, hours, rooms, types, patients and
    appointments around ``today`` (the clinic's today by default).

    Refused when the clinic already has providers or patients: demo data never mixes
    with real records. ``spec`` replaces the size's numbers (benchmarks use it).
    """
    authorize(ctx, Permission.MANAGE_CATALOG, AuditEvent.DEMO_LOAD)
    try:
        chosen = DemoSize(size)
    except ValueError as exc:
        raise ValidationError(tr(
            "demo",
            "Unknown demo size {size!r}: use small, medium or large.",
        ).format(size=size)) from exc
    spec = spec or SPECS[chosen]
    began = clock.perf_counter()
    rnd = random.Random(seed)
    now = ctx.now()
    say = progress or (lambda _message: None)
    with ctx.write() as uow:
        settings = require_clinic(uow)
        if uow.providers.list() or uow.patients.count():
            raise ValidationError(
                tr(
                    "demo",
                    "This clinic already has providers or patients; load the demo clinic into "
                    "a new data folder (--data-dir) instead.",
                )
            )
        zone = clinic_zone(settings.time_zone)
        day = today or local_date(now, zone)
        first, last = day - timedelta(days=spec.days_back), day + timedelta(days=spec.days_ahead)
        uow.catalog.save_clinic(
            ClinicSettings(
                name=settings.name,
                time_zone=settings.time_zone,
                opening_hours={d: TimeRange(time(8, 0), time(18, 30)) for d in range(5)}
                | {5: TimeRange(time(9, 0), time(12, 30))},
                slot_minutes=5,
                late_cancel_hours=24,
            ),
            now,
        )
        providers, rooms, hours, by_provider, types = _catalogue(rnd, spec, now, first)
        for provider in providers:
            uow.providers.add(provider)
        for room in rooms:
            uow.catalog.add_room(room)
        for kind in types:
            uow.catalog.add_type(kind)
        uow.schedules.add_hours_many(hours)
        say(f"{len(providers)} providers, {len(rooms)} rooms, {len(types)} appointment types")

        patient_ids: list[str] = []
        no_shows = NoShowDraw(seed, with_signal=spec.no_show_signal)

        def births_noted(patients: Iterator[Patient]) -> Iterator[Patient]:
            for patient in patients:
                no_shows.add_patient(patient.birth_date)
                yield patient

        def remember(patient_id: str) -> None:
            patient_ids.append(patient_id)

        plan = _Plan(
            providers=providers,
            hours=by_provider,
            types_for={
                p.id: [t for t in types if t.fits_specialty(p.specialty)] for p in providers
            },
            patient_ids=patient_ids,
            zone_name=settings.time_zone,
            now=now,
            no_shows=no_shows,
        )
        made = 0
        earliest = last

        def appointments_made() -> list[Appointment]:
            nonlocal made, earliest
            made_here = list(_appointments(rnd, plan, first, last, spec.max_appointments))
            made = len(made_here)
            earliest = min((a.start.date() for a in made_here), default=last)
            return made_here

        # Bulk loads: indexes and the search index are built once at the end of each
        # block instead of row by row (large size: 123 s -> under 60 s). Building the
        # patients' search index is one long SQLite statement that lets go of the GIL, so
        # the appointments are made meanwhile on a helper thread (the large size holds
        # its million appointments in memory, about 0.4 GB, until they are written).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo") as helper:
            with uow.bulk_load("patients"):
                uow.patients.add_many(
                    births_noted(demo_patients(rnd, spec.patients, day, now, remember))
                )
                say(f"{len(patient_ids)} patients")
                planned = helper.submit(appointments_made)
            appointments = planned.result()
        with uow.bulk_load("appointments"):
            uow.appointments.add_many(appointments)
        # Its own generator: the visits' times never shift the clinic a seed gives.
        uow.appointments.add_events(
            _visit_events(random.Random(seed), appointments, now, settings.time_zone)
        )
        del appointments
        say(f"{made} appointments")
        uow.audit.record(ctx.actor, AuditEvent.DEMO_LOAD, object_type="clinic")
        uow.commit()
    return DemoSummary(
        size=chosen,
        seed=seed,
        providers=len(providers),
        rooms=len(rooms),
        appointment_types=len(types),
        patients=len(patient_ids),
        appointments=made,
        first_day=earliest,
        last_day=last,
        seconds=round(clock.perf_counter() - began, 1),
    )
