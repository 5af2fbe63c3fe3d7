"""Third-next-available over time: bookings rebuilt as they stood on each sample day."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from clinicdesk.domain.access import (
    access_trend,
    bookings_as_of,
    freed_at,
    sample_days,
    usual_types,
)
from clinicdesk.domain.appointments import AppointmentEvent, Status
from clinicdesk.domain.status import STATUS_EVENT, UNDO_EVENT
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

# One hour a day and 20-minute visits: three slots a day, so one booking on a day
# pushes that day's third slot to the next working day.
CONSULT = kind("t20", 20)
BASE = schedule(providers=[provider("p1")], hours=weekly("p1", span("09:00", "10:00")))


def _trend(appointments, freed=None, day=MONDAY):  # type: ignore[no-untyped-def]
    points = access_trend(BASE, appointments, freed or {}, [day], {"p1": CONSULT})
    return [point.days_to_third for point in points]


def _made(aid: str, wall: str, made_at, status: Status = Status.BOOKED):  # type: ignore[no-untyped-def]
    booked = appointment(aid, at(MONDAY, wall), status=status)
    return replace(booked, created_at=made_at, updated_at=made_at)


def _status_event(aid: str, new: Status, when, kind: str = STATUS_EVENT) -> AppointmentEvent:  # type: ignore[no-untyped-def]
    return AppointmentEvent(f"e-{aid}-{when}", aid, kind, when, "u1", "booked", new.value)


def test_an_empty_day_offers_its_third_slot_the_same_day() -> None:
    assert _trend([]) == [0]


def test_a_booking_made_before_the_day_pushes_the_third_slot_to_the_next_day() -> None:
    assert _trend([_made("a1", "09:00", at(MONDAY, "09:00") - timedelta(days=3))]) == [1]


def test_a_booking_made_later_that_day_did_not_exist_yet() -> None:
    assert _trend([_made("a1", "09:20", at(MONDAY, "07:30"))]) == [0]


def test_a_cancellation_counts_only_from_when_it_happened() -> None:
    made = at(MONDAY, "09:00") - timedelta(days=5)
    cancelled = _made("a1", "09:00", made, status=Status.CANCELLED)
    before_the_day = {"a1": at(MONDAY, "08:00") - timedelta(days=1)}
    during_the_day = {"a1": at(MONDAY, "08:30")}
    assert _trend([cancelled], before_the_day) == [0]
    assert _trend([cancelled], during_the_day) == [1]


def test_freed_at_is_the_latest_change_into_a_freeing_status() -> None:
    cancelled = _made("a1", "09:00", at(MONDAY, "07:00"), status=Status.CANCELLED)
    first = at(MONDAY, "07:10")
    later = at(MONDAY, "07:40")
    events = [
        _status_event("a1", Status.CANCELLED, first),
        _status_event("a1", Status.BOOKED, at(MONDAY, "07:20"), kind=UNDO_EVENT),
        _status_event("a1", Status.CANCELLED, later),
    ]
    assert freed_at(cancelled, events) == later
    assert freed_at(cancelled, []) == cancelled.updated_at  # rows made without history
    holding = _made("a2", "09:20", at(MONDAY, "07:00"))
    assert freed_at(holding, events) is None


def test_bookings_as_of_returns_freed_rows_as_slot_holding() -> None:
    cancelled = _made("a1", "09:00", at(MONDAY, "06:00"), status=Status.CANCELLED)
    held = bookings_as_of([cancelled], {"a1": at(MONDAY, "08:00")}, at(MONDAY, "07:00"))
    assert [a.status for a in held] == [Status.BOOKED]
    assert bookings_as_of([cancelled], {"a1": at(MONDAY, "08:00")}, at(MONDAY, "08:30")) == []


def test_short_ranges_sample_daily_and_long_ranges_weekly() -> None:
    assert sample_days(MONDAY, MONDAY + timedelta(days=2)) == [
        MONDAY,
        MONDAY + timedelta(days=1),
        MONDAY + timedelta(days=2),
    ]
    weekly_samples = sample_days(MONDAY, MONDAY + timedelta(days=60))
    assert weekly_samples[:2] == [MONDAY, MONDAY + timedelta(days=7)]
    assert all(day.weekday() == MONDAY.weekday() for day in weekly_samples)
    assert len(weekly_samples) == 9


def test_each_provider_is_measured_on_their_most_booked_type() -> None:
    review = kind("t10", 10, name="Review")
    types = {CONSULT.id: CONSULT, review.id: review}
    both = schedule(providers=[provider("p1"), provider("p2", "Ben Cho")], hours=[])
    booked = [
        appointment("a1", at(MONDAY, "09:00"), 10, type_id="t10"),
        appointment("a2", at(MONDAY, "09:10"), 10, type_id="t10"),
        appointment("a3", at(MONDAY, "09:20"), type_id="t20"),
    ]
    chosen = usual_types(booked, types, both)
    assert chosen["p1"] is review
    assert chosen["p2"] is CONSULT  # no bookings: first type by name that fits (Consultation)


def test_no_third_slot_within_the_horizon_is_reported_as_none() -> None:
    saturday = MONDAY + timedelta(days=5)  # nobody works at weekends
    points = access_trend(BASE, [], {}, [saturday], {"p1": CONSULT}, horizon_days=2)
    assert [point.days_to_third for point in points] == [None]
