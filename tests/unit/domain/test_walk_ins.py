"""Walk-ins: a free gap today, or a queue place with an estimate."""

from __future__ import annotations

from datetime import timedelta

from clinicdesk.domain.walk_ins import place_walk_in
from tests.unit.domain.factories import (
    MONDAY,
    appointment,
    at,
    kind,
    provider,
    schedule,
    span,
    weekly,
)

CONSULT = kind()
NOW = at(MONDAY, "09:05")


def booked_until(end: str, pid: str = "p1") -> list:
    items = []
    start = at(MONDAY, "09:00")
    n = 0
    while start < at(MONDAY, end):
        items.append(appointment(f"{pid}-{n}", start, pid=pid, patient=f"pat-{pid}-{n}"))
        start += timedelta(minutes=20)
        n += 1
    return items


def test_walk_in_takes_the_soonest_gap_without_displacing_anyone() -> None:
    items = [a for a in booked_until("12:00") if a.id != "p1-3"]  # 10:00-10:20 is free
    index = schedule(hours=weekly(hours=span("09:00", "12:00")), appointments=items)
    placement = place_walk_in(index, CONSULT, NOW)
    assert placement.placed and placement.slot is not None
    assert placement.slot.start == at(MONDAY, "10:00")
    assert placement.message == "Seen at 10:00 in a free gap."


def test_no_gap_queues_with_an_estimate_and_after_hours_warning() -> None:
    hours = weekly("p1", span("09:00", "12:00")) + weekly("p2", span("09:00", "13:00"))
    items = booked_until("12:00", "p1") + booked_until("12:00", "p2")
    items = [a for a in items]  # p2 keeps 12:00-13:00 free: fill it too
    items += [
        appointment(f"p2-late{n}", at(MONDAY, "12:00") + timedelta(minutes=20 * n), pid="p2")
        for n in range(3)
    ]
    index = schedule(
        providers=[provider(), provider("p2", "Ben Ode")], hours=hours, appointments=items
    )
    first = place_walk_in(index, CONSULT, NOW)
    assert not first.placed and first.queue_position == 1
    assert first.estimated_start == at(MONDAY, "12:00") and first.estimated_provider_id == "p1"
    assert first.after_hours  # p1 stops at 12:00
    assert first.estimated_wait(NOW) == timedelta(hours=2, minutes=55)
    third = place_walk_in(index, CONSULT, NOW, queued_ahead=2)
    assert third.queue_position == 3
    assert third.estimated_start == at(MONDAY, "12:40")


def test_people_already_queued_get_gaps_first() -> None:
    items = [a for a in booked_until("12:00") if a.id != "p1-3"]
    index = schedule(hours=weekly(hours=span("09:00", "12:00")), appointments=items)
    placement = place_walk_in(index, CONSULT, NOW, queued_ahead=1)
    assert not placement.placed and placement.queue_position == 2


def test_nobody_working_for_the_rest_of_the_day() -> None:
    index = schedule(hours=weekly(hours=span("09:00", "12:00")))
    placement = place_walk_in(index, CONSULT, at(MONDAY, "12:30"))
    assert not placement.placed and placement.after_hours
    assert placement.estimated_start is None
