"""Urgent insert: bump plans, least disruption first."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinicdesk.domain.appointments import Status, Urgency
from clinicdesk.domain.booking import BookingRequest, check_booking
from clinicdesk.domain.bumping import propose_bump_plans
from clinicdesk.domain.errors import ValidationError
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    kind,
    schedule,
    span,
    weekly,
)

CONSULT = kind()
TYPES = {CONSULT.id: CONSULT}
NOW = at(MONDAY, "08:30")


def full_morning(overrides: dict[int, dict] | None = None) -> list:
    """09:00-12:00 fully booked with 20-minute routine appointments."""
    items = []
    for n in range(9):
        fields = (overrides or {}).get(n, {})
        items.append(
            appointment(
                f"a{n}",
                at(MONDAY, "09:00") + timedelta(minutes=20 * n),
                patient=f"pat-{n}",
                **fields,
            )
        )
    return items


def plans_for(items: list, hours: list | None = None, urgency: Urgency = Urgency.URGENT) -> list:
    index = schedule(hours=hours or weekly(hours=span("09:00", "12:00")), appointments=items)
    return propose_bump_plans(
        index, CONSULT, urgency, NOW, patient_id="pat-urgent", appointment_types=TYPES
    )


def test_free_slot_today_needs_no_moves() -> None:
    plans = plans_for(full_morning()[:-1])
    assert len(plans) == 1 and plans[0].moves == ()
    assert plans[0].urgent_slot.start == at(MONDAY, "11:40")


def test_full_day_moves_one_routine_patient_to_the_soonest_later_slot() -> None:
    plans = plans_for(full_morning())
    best = plans[0]
    assert best.move_count == 1
    # Every routine patient would go to Tuesday 09:00 (the day is full); moving the
    # 11:40 patient delays them least, so the urgent patient takes 11:40.
    move = best.moves[0]
    assert move.appointment.id == "a8"
    assert move.new_slot.start == at(MONDAY + timedelta(days=1), "09:00")
    assert best.urgent_slot.start == at(MONDAY, "11:40")
    assert [p.moves[0].appointment.id for p in plans] == ["a8", "a7", "a6"]
    assert all(p.move_count == 1 for p in plans)
    # Least total delay first.
    assert [p.total_delay for p in plans] == sorted(p.total_delay for p in plans)


def test_urgent_emergency_and_arrived_are_never_bumped() -> None:
    protected = {n: {"urgency": Urgency.URGENT} for n in range(0, 9, 3)}
    protected.update({n: {"status": Status.ARRIVED} for n in range(1, 9, 3)})
    protected.update({n: {"urgency": Urgency.EMERGENCY} for n in range(2, 9, 3)})
    assert plans_for(full_morning(protected)) == []
    protected.pop(4)  # one routine appointment at 10:20
    plans = plans_for(full_morning(protected))
    assert [m.appointment.id for p in plans for m in p.moves] == ["a4"]


def test_plans_never_double_book_and_the_urgent_slot_is_then_bookable() -> None:
    items = full_morning()
    plans = plans_for(items)
    for plan in plans:
        moved_ids = {m.appointment.id for m in plan.moves}
        index = schedule(
            hours=weekly(hours=span("09:00", "12:00")), appointments=items
        ).with_changes(removed_ids=moved_ids)
        urgent = BookingRequest(
            "pat-urgent", plan.urgent_slot.provider_id, CONSULT, plan.urgent_slot.start
        )
        assert check_booking(urgent, index).allowed
        new_slots = [m.new_slot.interval for m in plan.moves]
        assert all(not s.overlaps(plan.urgent_slot.interval) for s in new_slots)


def test_describe_reads_like_instructions() -> None:
    index = schedule(hours=weekly(hours=span("09:00", "12:00")), appointments=full_morning())
    plan = propose_bump_plans(
        index, CONSULT, Urgency.EMERGENCY, NOW, patient_id="pat-urgent", appointment_types=TYPES
    )[0]
    lines = plan.describe(index, {"pat-8": "J. Smith"})
    assert lines == [
        "See the urgent patient with Dr Ana Lee 11:40-12:00.",
        "Move J. Smith from 11:40-12:00 with Dr Ana Lee to Tue 2025-03-04 09:00-09:20 "
        "with Dr Ana Lee.",
    ]


def test_only_for_urgent_patients() -> None:
    with pytest.raises(ValidationError):
        plans_for(full_morning(), urgency=Urgency.ROUTINE)
