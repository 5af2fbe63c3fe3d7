"""Urgent insert: make room today for an urgent or emergency patient.

When no free slot is left today, :func:`propose_bump_plans` proposes plans, each one
a time for the urgent patient plus the appointments to move out of the way, each with
a proposed new slot. Nothing is changed here: a person chooses a plan and the service
applies it (moves, call list entries, audit).

Rules:

* Only **routine** appointments that are still **booked or confirmed** and have not
  started yet may be moved. Urgent, emergency and "soon" patients, and anyone who has
  arrived, are never bumped.
* A moved appointment is offered the soonest slot **at or after its original start**
  (nobody is asked to come earlier): with the same provider first, else with any
  provider who gives its type, within the routine horizon.
* Plans are ranked by least disruption: fewest moves, then least total delay of the
  moved patients, then the earliest time for the urgent patient.
* Plans are checked together: the urgent booking and every proposed move are
  treated as booked when looking for the next move's slot, so a plan never double-books.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from clinicdesk.domain.appointments import Appointment, Status, Urgency
from clinicdesk.domain.availability import ClinicSchedule
from clinicdesk.domain.catalog import AppointmentType
from clinicdesk.domain.clinic_time import format_day_and_interval, format_interval
from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.i18n import tr
from clinicdesk.domain.intervals import peak_overlap
from clinicdesk.domain.slots import (
    HORIZON_DAYS,
    Slot,
    SlotQuery,
    align_to_grid,
    first_available,
    matching_providers,
)

BUMPABLE_URGENCIES = frozenset({Urgency.ROUTINE})
BUMPABLE_STATUSES = frozenset({Status.BOOKED, Status.CONFIRMED})
CANDIDATES_TRIED = 40
"""How many cheapest-looking windows get a full re-booking search."""


@dataclass(frozen=True, slots=True)
class BumpMove:
    """One appointment to move and the slot proposed for it."""

    appointment: Appointment
    new_slot: Slot

    @property
    def delay(self) -> timedelta:
        return self.new_slot.start - self.appointment.start


@dataclass(frozen=True, slots=True)
class BumpPlan:
    """A time for the urgent patient and the moves that make it possible."""

    urgent_slot: Slot
    moves: tuple[BumpMove, ...] = ()

    @property
    def move_count(self) -> int:
        return len(self.moves)

    @property
    def total_delay(self) -> timedelta:
        return sum((move.delay for move in self.moves), timedelta())

    def describe(
        self, schedule: ClinicSchedule, patient_names: Mapping[str, str] | None = None
    ) -> list[str]:
        """Plain-language lines for a confirmation dialog."""
        names = patient_names or {}
        zone = schedule.zone

        def who(provider_id: str) -> str:
            provider = schedule.providers.get(provider_id)
            return provider.display_name if provider else "another provider"

        lines = [
            f"See the urgent patient with {who(self.urgent_slot.provider_id)} "
            f"{format_interval(self.urgent_slot.interval, zone)}."
        ]
        for move in self.moves:
            old = move.appointment
            lines.append(
                f"Move {names.get(old.patient_id, 'a patient')} from "
                f"{format_interval(old.interval, zone)} with {who(old.provider_id)} to "
                f"{format_day_and_interval(move.new_slot.interval, zone)} with "
                f"{who(move.new_slot.provider_id)}."
            )
        return lines


def is_bumpable(appointment: Appointment, now: datetime) -> bool:
    """Whether a plan may move this appointment."""
    return (
        appointment.holds_slot
        and appointment.urgency in BUMPABLE_URGENCIES
        and appointment.status in BUMPABLE_STATUSES
        and appointment.start >= now
    )


def propose_bump_plans(
    schedule: ClinicSchedule,
    appointment_type: AppointmentType,
    urgency: Urgency,
    now: datetime,
    *,
    patient_id: str,
    appointment_types: Mapping[str, AppointmentType],
    provider_ids: tuple[str, ...] = (),
    specialty: str | None = None,
    max_plans: int = 3,
) -> list[BumpPlan]:
    """Least-disruptive plans to see an urgent patient today, best first.

    When a slot is still free today the only plan is that slot with no moves. An
    empty list means nothing can be done today without bumping someone who must not
    be bumped. ``schedule`` must hold today and, for re-booking moved patients, the
    routine horizon after today (a shorter window just finds fewer plans).
    ``appointment_types`` maps type ids of the appointments that may be moved.
    """
    if urgency not in {Urgency.URGENT, Urgency.EMERGENCY}:
        raise ValidationError(tr(
            "bumping",
            "A bump plan is only for urgent or emergency patients.",
        ))
    today = SlotQuery(
        appointment_type=appointment_type,
        earliest=now,
        urgency=Urgency.EMERGENCY,
        provider_ids=provider_ids,
        specialty=specialty,
        count=1,
        patient_id=patient_id,
    )
    free = first_available(today, schedule)
    if free:
        return [BumpPlan(free[0])]
    windows = _candidate_windows(today, schedule, now, patient_id)
    plans: list[BumpPlan] = []
    for provider_id, start, moved in windows[:CANDIDATES_TRIED]:
        plan = _try_plan(
            schedule,
            appointment_type,
            (provider_id, start, moved),
            now=now,
            patient_id=patient_id,
            appointment_types=appointment_types,
        )
        if plan is not None:
            plans.append(plan)
    plans.sort(key=lambda p: (p.move_count, p.total_delay, p.urgent_slot.start))
    return plans[:max_plans]


def _candidate_windows(
    query: SlotQuery, schedule: ClinicSchedule, now: datetime, patient_id: str
) -> list[tuple[str, datetime, tuple[Appointment, ...]]]:
    """Grid windows today, with the appointments each would displace, cheapest first.

    A window is kept once per (provider, set of displaced appointments), at its earliest
    start; windows that would displace someone who may not be moved are dropped.
    """
    duration = timedelta(minutes=query.appointment_type.duration_minutes)
    grid = timedelta(minutes=schedule.settings.slot_minutes)
    day = now.astimezone(schedule.zone).date()
    seen: set[tuple[str, frozenset[str]]] = set()
    found: list[tuple[str, datetime, tuple[Appointment, ...]]] = []
    for provider in matching_providers(query, schedule):
        capacity = provider.max_parallel
        for span_start, span_end in schedule.working_spans(provider.id, day):
            start = align_to_grid(max(span_start, now), schedule)
            while start + duration <= span_end:
                end = start + duration
                if schedule.patient_appointments(patient_id, start, end):
                    start = align_to_grid(start + grid, schedule)
                    continue
                moved = _displaced(schedule, provider.id, capacity, start, end, now=now)
                if moved is not None:
                    key = (provider.id, frozenset(a.id for a in moved))
                    if key not in seen:
                        seen.add(key)
                        found.append((provider.id, start, moved))
                start = align_to_grid(start + grid, schedule)
    found.sort(key=lambda item: (len(item[2]), sum(a.interval.minutes for a in item[2]), item[1]))
    return found


def _displaced(
    schedule: ClinicSchedule,
    provider_id: str,
    capacity: int,
    start: datetime,
    end: datetime,
    *,
    now: datetime,
) -> tuple[Appointment, ...] | None:
    """The fewest bumpable appointments to move so one more fits, or None if impossible."""
    overlapping = schedule.provider_appointments(provider_id, start, end)
    remaining = list(overlapping)
    moved: list[Appointment] = []
    # Move the ones overlapping the window most first: fewer moves for the same room.
    candidates = sorted(
        (a for a in overlapping if is_bumpable(a, now)),
        key=lambda a: (-(min(a.end, end) - max(a.start, start)), a.start, a.id),
    )
    while peak_overlap(((a.start, a.end) for a in remaining), start, end) + 1 > capacity:
        if not candidates:
            return None
        victim = candidates.pop(0)
        remaining.remove(victim)
        moved.append(victim)
    return tuple(moved)


def _try_plan(
    schedule: ClinicSchedule,
    appointment_type: AppointmentType,
    window: tuple[str, datetime, Sequence[Appointment]],
    *,
    now: datetime,
    patient_id: str,
    appointment_types: Mapping[str, AppointmentType],
) -> BumpPlan | None:
    """Check a window for real (rooms) and find a new slot for each displaced patient."""
    provider_id, start, moved = window
    end = start + timedelta(minutes=appointment_type.duration_minutes)
    trial = schedule.with_changes(removed_ids=[a.id for a in moved])
    room_id = None
    if appointment_type.room_kinds:
        day = start.astimezone(schedule.zone).date()
        rooms = trial.free_rooms(
            appointment_type, start, end, prefer=trial.usual_room(provider_id, day)
        )
        if not rooms:
            return None
        room_id = rooms[0].id
    urgent = Slot(provider_id, start, end, room_id)
    trial = trial.with_changes(added=[_as_booked(urgent, patient_id, appointment_type.id)])
    moves: list[BumpMove] = []
    for appointment in sorted(moved, key=lambda a: (a.start, a.id)):
        kind = appointment_types.get(appointment.type_id) or _stand_in_type(appointment)
        slot = _rebook(trial, appointment, kind, now)
        if slot is None:
            return None
        moves.append(BumpMove(appointment, slot))
        trial = trial.with_changes(
            added=[
                replace(
                    appointment,
                    provider_id=slot.provider_id,
                    start=slot.start,
                    end=slot.end,
                    room_id=slot.room_id,
                )
            ]
        )
    return BumpPlan(urgent, tuple(moves))


def _rebook(
    trial: ClinicSchedule, appointment: Appointment, kind: AppointmentType, now: datetime
) -> Slot | None:
    earliest = max(appointment.start, now)
    horizon_end = earliest.astimezone(trial.zone).date() + timedelta(
        days=HORIZON_DAYS[Urgency.ROUTINE] - 1
    )
    for providers in ((appointment.provider_id,), ()):
        query = SlotQuery(
            appointment_type=kind,
            earliest=earliest,
            provider_ids=providers,
            count=1,
            patient_id=appointment.patient_id,
            last_day=horizon_end,
        )
        found = first_available(query, trial)
        if found:
            return found[0]
    return None


def _as_booked(slot: Slot, patient_id: str, type_id: str) -> Appointment:
    """The urgent visit as a stand-in appointment so moves do not land on it."""
    return Appointment(
        id="bump-plan-urgent",
        patient_id=patient_id,
        provider_id=slot.provider_id,
        type_id=type_id,
        start=slot.start,
        end=slot.end,
        status=Status.BOOKED,
        urgency=Urgency.URGENT,
        created_by="",
        created_at=slot.start,
        updated_by="",
        updated_at=slot.start,
        room_id=slot.room_id,
    )


def _stand_in_type(appointment: Appointment) -> AppointmentType:
    """A type of the same length when the real one was not passed in."""
    return AppointmentType(
        id=appointment.type_id,
        name="Appointment",
        duration_minutes=max(1, int((appointment.end - appointment.start).total_seconds() // 60)),
        updated_at=appointment.updated_at,
    )
