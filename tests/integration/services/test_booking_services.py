"""Booking, moving, cancelling and status changes through the services, on the real store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from clinicdesk.domain.appointments import CancelledBy, Status, Urgency
from clinicdesk.domain.common import TimeRange
from clinicdesk.domain.errors import PermissionDeniedError, SchedulingConflictError, ValidationError
from clinicdesk.domain.users import Role
from clinicdesk.services import schedules
from clinicdesk.services.appointment_changes import (
    appointment_history,
    cancel_appointment,
    move_appointment,
    set_status,
    undo_last_status,
)
from clinicdesk.services.booking import BookingInput, book_appointment, book_first_available
from clinicdesk.services.finding import SlotSearch, find_slots, third_next_available
from clinicdesk.services.views import availability_grid, day_schedule
from clinicdesk.services.waitlist import WaitlistInput, add_to_waitlist, list_waitlist
from tests.integration.services.conftest import SmallClinic, at, audit_rows


def _book(clinic: SmallClinic, patient_id: str, start, provider_id=None, **kw):
    return book_appointment(
        clinic.ctx,
        BookingInput(patient_id, "consultation", provider_id or clinic.ana.id, start, **kw),
    )


def test_booking_is_saved_viewed_and_audited_once(clinic: SmallClinic) -> None:
    result = _book(clinic, clinic.smith.id, at(3, 9))
    view = result.appointment
    assert (view.start, view.end) == (at(3, 9), at(3, 9, 20))
    assert view.type == "Consultation" and view.status is Status.BOOKED
    assert view.patient_name == "J. Smith" and view.provider_name == "Dr Ana Lee"
    assert result.overridden == ()
    booked = [row for row in audit_rows(clinic.ctx) if row[0] == "appointment.book"]
    assert booked == [("appointment.book", view.id, "ok", "")]
    history = appointment_history(clinic.ctx, view.id)
    assert [e.kind for e in history] == ["created"]


def test_a_clash_is_refused_with_the_clash_named_and_nothing_written(clinic: SmallClinic) -> None:
    _book(clinic, clinic.smith.id, at(3, 9))
    before = audit_rows(clinic.ctx)
    with pytest.raises(SchedulingConflictError) as caught:
        _book(clinic, clinic.jones.id, at(3, 9, 10))
    assert caught.value.clashes == ("Dr Ana Lee is booked 09:00-09:20 with J. Smith",)
    assert caught.value.message == (
        "Needs an override with a reason: Dr Ana Lee is booked 09:00-09:20 with J. Smith"
    )
    # The patient cannot be in two places, and that is not overridable.
    with pytest.raises(SchedulingConflictError) as patient_clash:
        _book(clinic, clinic.smith.id, at(3, 9), clinic.ben.id, override_reason="please")
    assert patient_clash.value.clashes[0] == (
        "J. Smith already has an appointment 09:00-09:20 with Dr Ana Lee."
    )
    assert audit_rows(clinic.ctx) == before
    assert len(day_schedule(clinic.ctx, date(2026, 3, 3)).appointments) == 1


def test_overbooking_with_a_reason_is_recorded(clinic: SmallClinic) -> None:
    _book(clinic, clinic.smith.id, at(3, 9))
    result = _book(clinic, clinic.jones.id, at(3, 9), override_reason="fits in, bloods only")
    assert result.overridden and "J. Smith" in result.overridden[0]
    assert result.appointment.override_reason == "fits in, bloods only"
    history = appointment_history(clinic.ctx, result.appointment.id)
    assert history[0].reason == "fits in, bloods only"
    last = audit_rows(clinic.ctx)[-1]
    assert last == ("appointment.book", result.appointment.id, "override", "override_reason")


def test_outside_hours_and_time_off_need_an_override(clinic: SmallClinic) -> None:
    with pytest.raises(SchedulingConflictError, match="outside Dr Ana Lee's working hours"):
        _book(clinic, clinic.smith.id, at(3, 12, 20))
    schedules.add_time_off(clinic.ctx, clinic.ana.id, date(2026, 3, 4), reason="course")
    with pytest.raises(SchedulingConflictError, match="time off"):
        _book(clinic, clinic.smith.id, at(4, 10))


def test_move_keeps_history_and_offers_the_old_slot_to_the_waitlist(clinic: SmallClinic) -> None:
    booked = _book(clinic, clinic.smith.id, at(3, 9)).appointment
    # Jones waits for any Tuesday morning consultation.
    add_to_waitlist(
        clinic.ctx,
        WaitlistInput(clinic.jones.id, "Consultation", times=(TimeRange(time(9), time(12)),)),
    )
    result = move_appointment(clinic.ctx, booked.id, at(3, 14), provider_id=clinic.ben.id)
    assert (result.appointment.start, result.appointment.provider_id) == (at(3, 14), clinic.ben.id)
    assert result.freed is not None and result.freed.start == at(3, 9)
    assert [c.patient_id for c in result.waitlist_candidates] == [clinic.jones.id]
    assert result.waitlist_candidates[0].start == at(3, 9)
    kinds = [e.kind for e in appointment_history(clinic.ctx, booked.id)]
    assert kinds == ["created", "moved"]
    move_row = audit_rows(clinic.ctx)[-1]
    assert move_row[0] == "appointment.move"
    assert set(move_row[3].split(",")) == {"provider_id", "start", "end"}


def test_move_into_a_clash_is_refused(clinic: SmallClinic) -> None:
    first = _book(clinic, clinic.smith.id, at(3, 9)).appointment
    second = _book(clinic, clinic.jones.id, at(3, 10)).appointment
    with pytest.raises(SchedulingConflictError, match=r"booked 09:00-09:20 with J\. Smith"):
        move_appointment(clinic.ctx, second.id, at(3, 9, 10))
    # Moving onto its own time (a small shift) is not a clash with itself.
    moved = move_appointment(clinic.ctx, first.id, at(3, 9, 5)).appointment
    assert moved.start == at(3, 9, 5)


def test_cancel_frees_the_slot_and_returns_waitlist_candidates(clinic: SmallClinic) -> None:
    booked = _book(clinic, clinic.smith.id, at(2, 9)).appointment
    urgent = add_to_waitlist(
        clinic.ctx, WaitlistInput(clinic.brown.id, "consultation", urgency=Urgency.URGENT)
    )
    routine = add_to_waitlist(clinic.ctx, WaitlistInput(clinic.jones.id, "consultation"))
    assert [e.id for e in list_waitlist(clinic.ctx)] == [urgent.id, routine.id]

    result = cancel_appointment(clinic.ctx, booked.id, "feeling better", by=CancelledBy.PATIENT)
    assert result.appointment.status is Status.CANCELLED
    assert result.appointment.late_cancel  # an hour before the start
    assert [c.entry_id for c in result.waitlist_candidates] == [urgent.id, routine.id]
    # The slot really is free again.
    rebooked = _book(clinic, clinic.jones.id, at(2, 9)).appointment
    assert rebooked.start == at(2, 9)
    with pytest.raises(ValidationError, match="reason"):
        cancel_appointment(clinic.ctx, rebooked.id, "  ")


def test_status_workflow_and_undo(clinic: SmallClinic) -> None:
    booked = _book(clinic, clinic.smith.id, at(3, 9)).appointment
    set_status(clinic.ctx, booked.id, Status.CONFIRMED)
    set_status(clinic.ctx, booked.id, Status.ARRIVED)
    with pytest.raises(ValidationError, match="cannot be marked"):
        set_status(clinic.ctx, booked.id, Status.CONFIRMED)
    undone = undo_last_status(clinic.ctx, booked.id).appointment
    assert undone.status is Status.CONFIRMED
    assert undo_last_status(clinic.ctx, booked.id).appointment.status is Status.BOOKED
    with pytest.raises(ValidationError, match="no status change to undo"):
        undo_last_status(clinic.ctx, booked.id)
    events = [row[0] for row in audit_rows(clinic.ctx)][-4:]
    assert events == [
        "appointment.status",
        "appointment.status",
        "appointment.status_undo",
        "appointment.status_undo",
    ]


def test_undoing_a_cancellation_rechecks_the_slot(clinic: SmallClinic) -> None:
    booked = _book(clinic, clinic.smith.id, at(3, 9)).appointment
    cancel_appointment(clinic.ctx, booked.id, "clinic closed early")
    _book(clinic, clinic.jones.id, at(3, 9))
    with pytest.raises(SchedulingConflictError, match=r"with M\. Jones"):
        undo_last_status(clinic.ctx, booked.id)
    restored = undo_last_status(clinic.ctx, booked.id, override_reason="double up").appointment
    assert restored.status is Status.BOOKED and restored.cancel_reason == ""
    assert restored.override_reason == "double up"


def test_first_available_skips_busy_time_and_can_book(clinic: SmallClinic) -> None:
    _book(clinic, clinic.smith.id, at(2, 9))
    slots = find_slots(clinic.ctx, SlotSearch(type="Consultation", count=3))
    # "Now" is Monday 08:00; Ana is booked 09:00-09:20, Ben is free from 09:00.
    assert [(s.provider_name, s.start) for s in slots] == [
        ("Dr Ben Cho", at(2, 9)),
        ("Dr Ana Lee", at(2, 9, 20)),
        ("Dr Ben Cho", at(2, 9, 20)),
    ]
    result = book_first_available(
        clinic.ctx, patient_id=clinic.jones.id, type_id_or_name="consultation"
    )
    assert (result.appointment.provider_id, result.appointment.start) == (clinic.ben.id, at(2, 9))
    # Smith is busy at 09:00 and Jones now too: Smith's own search skips his booked time.
    mine = find_slots(
        clinic.ctx,
        SlotSearch(
            type="consultation", provider_id=clinic.ben.id, patient_id=clinic.smith.id, count=1
        ),
    )
    assert mine[0].start == at(2, 9, 20)
    with pytest.raises(ValidationError, match="No bookable cardiology provider"):
        find_slots(clinic.ctx, SlotSearch(type="consultation", specialty="cardiology"))
    emergency = find_slots(
        clinic.ctx, SlotSearch(type="consultation", urgency=Urgency.EMERGENCY, count=200)
    )
    assert {s.start.date() for s in emergency} == {date(2026, 3, 2)}


def test_day_schedule_and_grid(clinic: SmallClinic) -> None:
    _book(clinic, clinic.smith.id, at(3, 9))
    _book(clinic, clinic.jones.id, at(3, 10), clinic.ben.id)
    day = day_schedule(clinic.ctx, date(2026, 3, 3))
    assert [(a.patient_name, a.provider_name) for a in day.appointments] == [
        ("J. Smith", "Dr Ana Lee"),
        ("M. Jones", "Dr Ben Cho"),
    ]
    assert [
        a.patient_name
        for a in day_schedule(clinic.ctx, date(2026, 3, 3), clinic.ben.id).appointments
    ] == ["M. Jones"]
    grid = availability_grid(clinic.ctx, date(2026, 3, 3))
    ana = grid.providers[0]
    assert ana.provider_name == "Dr Ana Lee" and ana.booked == 1
    assert ana.free[0].start == at(3, 9, 20)
    assert ana.free_minutes == 7 * 60 - 20
    measures = third_next_available(clinic.ctx, "consultation")
    assert [m.days for m in measures] == [0, 0]


def test_receptionist_cannot_change_hours_and_the_refusal_is_audited(clinic: SmallClinic) -> None:
    desk = clinic.as_role(Role.RECEPTIONIST)
    before = schedules.weekly_hours(clinic.ctx, clinic.ana.id)
    with pytest.raises(PermissionDeniedError):
        schedules.add_time_off(desk, clinic.ana.id, date(2026, 3, 3))
    assert schedules.weekly_hours(clinic.ctx, clinic.ana.id) == before
    assert audit_rows(clinic.ctx)[-1][0::2] == ("schedule.time_off_add", "denied")
    # A provider may look but not book.
    with pytest.raises(PermissionDeniedError):
        _book_as(clinic, Role.PROVIDER)
    assert day_schedule(clinic.ctx, date(2026, 3, 3)).appointments == ()


def _book_as(clinic: SmallClinic, role: Role) -> None:
    book_appointment(
        clinic.as_role(role),
        BookingInput(clinic.smith.id, "consultation", clinic.ana.id, at(3, 9)),
    )


def test_moving_an_appointment_keeps_the_room_it_was_given(clinic: SmallClinic) -> None:
    from clinicdesk.services.catalog import add_room

    room = add_room(clinic.ctx, name="Room 2", kind="consult")
    booked = _book(clinic, clinic.smith.id, at(3, 9), room_id=room.id).appointment
    moved = move_appointment(clinic.ctx, booked.id, at(3, 10))
    with clinic.ctx.uow_factory() as uow:
        stored = uow.appointments.get(booked.id)
    assert stored is not None and stored.room_id == room.id
    assert moved.appointment.start == at(3, 10)


def test_a_narrowed_search_reads_only_its_days_and_times_and_finds_the_same_slots(
    clinic: SmallClinic,
) -> None:
    """Fridays 15:00-17:00: the narrowed search (which reads only those stretches) gives
    exactly the first slots of the wide search that fall in them, across the clocks
    going forward (29 March) and with bookings on the edges of the window."""
    for day in (6, 13, 27):  # Fridays in March 2026
        _book(clinic, clinic.smith.id, at(day, 14, 50))  # overlaps 15:00 on Ana's side
        _book(clinic, clinic.jones.id, at(day, 15, 40), clinic.ben.id)
        _book(clinic, clinic.brown.id, at(day, 16, 40))  # ends at the window's end
    _book(clinic, clinic.brown.id, at(5, 15))  # a Thursday: must not matter
    window = TimeRange(time(15), time(17))
    narrowed = find_slots(
        clinic.ctx,
        SlotSearch(type="consultation", count=60, weekdays=frozenset({4}), time_ranges=(window,)),
    )
    # The wide search, day by day (at most 200 slots an ask): every slot of each Friday.
    wide = [
        slot
        for day in range(6, 6 + 7 * 8, 7)
        for slot in find_slots(
            clinic.ctx,
            SlotSearch(
                type="consultation",
                count=200,
                from_day=date(2026, 3, 1) + timedelta(days=day - 1),
            ),
        )
        if slot.start.astimezone(ZoneInfo("Europe/London")).date()
        == date(2026, 3, 1) + timedelta(days=day - 1)
    ]
    zone = ZoneInfo("Europe/London")

    def in_window(start: datetime, end: datetime) -> bool:
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
        return (
            local_start.weekday() == 4
            and time(15) <= local_start.time()
            and local_end.time() <= time(17)
            and local_end.date() == local_start.date()
        )

    expected = [(s.provider_id, s.start) for s in wide if in_window(s.start, s.end)][:60]
    assert [(s.provider_id, s.start) for s in narrowed] == expected
    assert len(narrowed) == 60
    # Past the clock change: 15:00 London is 14:00 UTC from 29 March.
    assert any(s.start.astimezone(zone).date() > date(2026, 3, 29) for s in narrowed)
    assert all(s.start.astimezone(zone).hour in (15, 16) for s in narrowed)
    # The window's edge bookings hold: nobody is offered Ana at 15:00 on those Fridays.
    assert (clinic.ana.id, at(6, 15)) not in [(s.provider_id, s.start) for s in narrowed]
